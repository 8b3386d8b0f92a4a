BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('v3.2.0.a');
CREATE TABLE nas_arch_claims (
	study_uid VARCHAR(64) NOT NULL, 
	arch_id VARCHAR(64) NOT NULL, 
	trial_number INTEGER NOT NULL, 
	PRIMARY KEY (study_uid, arch_id)
);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','6a32ee0b6e491d6d34b522bb2e3373ed45c9e2a6',0);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','16c7791513e2e9b802052774dcc2afa49035ab8f',1);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','4b6863327cfaf2c494abcdf4a05ff98d5a4ceb56',2);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','fe8109f50e6d3538fc1df6fc7fcac62ed4ce6d5f',3);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','fa55ee86b1ff4f15dbd3a3f509940aa1b951eca9',4);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','85358158063aab6ae48aab6cc7355f622c9aa0ab',5);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','a4e499eb84f7a5296718303f4b0e001c04544f6d',6);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','1282a977aa221974653cf9a22901fb7a20dcda13',7);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','ad8568633bdd75bb05869c0ba91a98159f1068af',8);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','46225fcc061662c4358ddf73ad2b12a07fa020ac',9);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','4d11d5f3a034f931cc8eb4a4110e90020b89d9d2',10);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','3c7b3a2aa2d7a495befb51cfcb5726d2593a95e7',11);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','55114355942facbcc006dcc2a328a099f59756e6',12);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','6223f438078b94cd9cc41718e161dce8be60ea9a',13);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','59f40671d50c100bebda6c189e5d89afe5f72135',14);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','2c19b4feb2d1cd4e0af348dc92d94f5e32e6e0c8',15);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','2af69040438513213d5f2d78c855db1fd98799d1',16);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','eb7cc147f8b36d7424d9fd0a2c81080b34538478',17);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','83bc91d5011e362bc269d31e80faa39262fe58ae',18);
INSERT INTO "nas_arch_claims" VALUES('d65b2f3370264200898422a0b7bfcbe7','4af759ef8001535e838367340a96fda5e13ffa2f',19);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'cost-first-0');
CREATE TABLE study_directions (
	study_direction_id INTEGER NOT NULL, 
	direction VARCHAR(8) NOT NULL, 
	study_id INTEGER NOT NULL, 
	objective INTEGER NOT NULL, 
	PRIMARY KEY (study_direction_id), 
	UNIQUE (study_id, objective), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "study_directions" VALUES(1,'MAXIMIZE',1,0);
INSERT INTO "study_directions" VALUES(2,'MINIMIZE',1,1);
INSERT INTO "study_directions" VALUES(3,'MINIMIZE',1,2);
CREATE TABLE study_system_attributes (
	study_system_attribute_id INTEGER NOT NULL, 
	study_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (study_system_attribute_id), 
	UNIQUE (study_id, "key"), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "study_system_attributes" VALUES(1,1,'study:metric_names','["accuracy", "energy", "latency"]');
CREATE TABLE study_user_attributes (
	study_user_attribute_id INTEGER NOT NULL, 
	study_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (study_user_attribute_id), 
	UNIQUE (study_id, "key"), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"cost-first-0\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 0}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"cost-first-0\",\"storage\":\"sqlite:////work/main/experiments/results/fronts/cost-first-0/nas.db\",\"sampler\":\"cost-first\",\"population_size\":8,\"seed\":0,\"n_trials\":20,\"timeout_s\":null,\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/fronts/cost-first-0/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/fronts/cost-first-0/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"d65b2f3370264200898422a0b7bfcbe7"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0007636825380434738, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.21330300000954594, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0026566522675000037, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.7998766249670552, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [6.707604099615326e-05, 0.0026566522675000037], \"latency\": [0.017241999785255757, 0.7998766249670552]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_final:trial-11','{"trial": 11, "reference": null, "record": {"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e6_c16_hs-ir_r3_k7_s2_e1_c32_se_hs-ir_r1_k3_s2_e6_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 61410, "inference_params": 60242, "macs": 2484112, "static_costs": {"params": 61410.0, "macs": 2484112.0, "peak_memory": 163072.0}, "dataflow": null, "measurement": {"latency_ms_median": 0.25576699954399373, "latency_ms_p90": 0.31746300010127015, "latency_ms_iqr": 0.012502999197749887, "cpu_ms_per_call": 0.2645204550262668, "energy_j": 0.00092405892287098, "energy_cv": 0.04868236775560362, "energy_source": "model:cpu-ccf", "runs_per_window": 188, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0019075295712500662, "windows": 5, "cpu_pressure": 0.060974429915622755, "load_average": 3.37451171875, "rejected_windows": 0, "window_energies_j": [0.0010402141272751661, 0.0009258215925919339, 0.0009222309920188125, 0.0009275893148149542, 0.00092405892287098]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.9225, "test_accuracy": 0.921, "val_curve": [0.7768333333333334, 0.8428333333333333, 0.8336666666666667, 0.845, 0.8781666666666667, 0.879, 0.8855, 0.8946666666666667, 0.8881666666666667, 0.9, 0.9023333333333333, 0.9, 0.9003333333333333, 0.9118333333333334, 0.913, 0.9096666666666666, 0.9168333333333333, 0.9158333333333334, 0.9186666666666666, 0.918, 0.921, 0.9201666666666667, 0.9223333333333333, 0.9225], "epochs_run": 24, "stop_reason": "finalized: 24 epochs", "train_seconds": 2548.0709978620007, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 13130.504855713478, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 13130.504855713478}, "train_energy_net_j": 13130.504855713478, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/final/trial-11.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}, "proxy": {"val_accuracy": 0.8723333333333333, "test_accuracy": 0.8667, "val_curve": [0.7385, 0.8106666666666666, 0.825, 0.8553333333333333, 0.8621666666666666, 0.8723333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 74.07306753400007, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "recipe": {"epochs": 24, "batch_size": 128, "lr": 0.003, "warmup_epochs": 1.0, "weight_decay": 0.05, "label_smoothing": 0.1, "augment": "crop-flip", "seed": 0}, "interleaved_with": []}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-11-27 15:46:00');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-11-27 15:46:45.000000');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-11-27 15:47:02');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-11-27 15:49:49.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-11-27 15:49:51');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-11-27 15:50:41.000000');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-11-27 15:52:39.000000');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-11-27 15:55:19.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-11-27 15:58:07.000000');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-11-27 15:58:21');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-11-27 15:58:33');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-11-27 15:59:58.000000');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-11-27 16:00:15');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-11-27 16:00:19');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-11-27 16:01:31.000000');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-11-27 16:02:30.000000');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-11-27 16:03:36.000000');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-11-27 16:05:07.000000');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-11-27 16:06:11.000000');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-11-27 16:06:45.000000');
CREATE TABLE trial_intermediate_values (
	trial_intermediate_value_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	step INTEGER NOT NULL, 
	intermediate_value FLOAT, 
	intermediate_value_type VARCHAR(7) NOT NULL, 
	PRIMARY KEY (trial_intermediate_value_id), 
	UNIQUE (trial_id, step), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
CREATE TABLE trial_params (
	param_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	param_name VARCHAR(512), 
	param_value FLOAT, 
	distribution_json TEXT, 
	PRIMARY KEY (param_id), 
	UNIQUE (trial_id, param_name), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_params" VALUES(1,1,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(2,1,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(3,1,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(4,1,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(5,1,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(6,1,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(7,1,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(8,1,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(9,1,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(10,1,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(11,1,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(12,1,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(13,1,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(14,1,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(15,1,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(16,1,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(17,1,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(18,1,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(19,1,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(20,1,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(21,2,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(22,2,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(23,2,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(24,2,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(25,2,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(26,2,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(27,2,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(28,2,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(29,2,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(30,2,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(31,2,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(32,2,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(33,2,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(34,2,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(35,2,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(36,2,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(37,2,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(38,2,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(39,2,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(40,2,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(41,3,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(42,3,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(43,3,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(44,3,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(45,3,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(46,3,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(47,3,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(48,3,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(49,3,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(50,3,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(51,3,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(52,3,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(53,3,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(54,3,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(55,3,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(56,3,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(57,3,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(58,3,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(59,3,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(60,3,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(61,4,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(62,4,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(63,4,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(64,4,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(65,4,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(66,4,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(67,4,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(68,4,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(69,4,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(70,4,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(71,4,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(72,4,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(73,4,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(74,4,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(75,4,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(76,4,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(77,4,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(78,4,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(79,4,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(80,4,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(81,5,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(82,5,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(83,5,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(84,5,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(85,5,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(86,5,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(87,5,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(88,5,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(89,5,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(90,5,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(91,5,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(92,5,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(93,5,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(94,5,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(95,5,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(96,5,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(97,5,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(98,5,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(99,5,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(100,5,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(101,6,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(102,6,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(103,6,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(104,6,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(105,6,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(106,6,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(107,6,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(108,6,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(109,6,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(110,6,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(111,6,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(112,6,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(113,6,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(114,6,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(115,6,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(116,6,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(117,6,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(118,6,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(119,6,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(120,6,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(121,7,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(122,7,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(123,7,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(124,7,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(125,7,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(126,7,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(127,7,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(128,7,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(129,7,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(130,7,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(131,7,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(132,7,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(133,7,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(134,7,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(135,7,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(136,7,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(137,7,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(138,7,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(139,7,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(140,7,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(141,8,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(142,8,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(143,8,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(144,8,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(145,8,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(146,8,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(147,8,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(148,8,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(149,8,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(150,8,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(151,8,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(152,8,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(153,8,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(154,8,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(155,8,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(156,8,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(157,8,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(158,8,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(159,8,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(160,8,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(178,9,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(179,9,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(180,9,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(181,10,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(182,10,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(183,10,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(184,10,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(185,10,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(186,10,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(187,10,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(188,10,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(189,10,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(190,10,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(191,10,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(192,10,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(193,10,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(194,10,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(195,10,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(196,10,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(197,10,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(198,10,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(199,10,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(200,10,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
CREATE TABLE trial_system_attributes (
	trial_system_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_system_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
CREATE TABLE trial_user_attributes (
	trial_user_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_user_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 346, "inference_params": 322, "macs": 40848, "static_costs": {"params": 346.0, "macs": 40848.0, "peak_memory": 18816.0, "latency": 0.01695099990683957, "energy": 6.213461776339465e-05}, "dataflow": {"joules": 6.014500799999999e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.01695099990683957, "latency_ms_p90": 0.018004000003202236, "latency_ms_iqr": 0.00035199991543777287, "cpu_ms_per_call": 0.018013525117455596, "energy_j": 6.213461776339465e-05, "energy_cv": 0.02726672151876421, "energy_source": "model:cpu-ccf", "runs_per_window": 2767, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.014689398286403366, "windows": 5, "cpu_pressure": 0.003367819069924993, "load_average": 0.6669921875, "rejected_windows": 0, "window_energies_j": [6.30473379110946e-05, 6.213461776339465e-05, 6.208265844570565e-05, 6.524558496608901e-05, 6.639716907020881e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.005658073000002, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2892669550001301, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5548333333333333, "test_accuracy": 0.5706, "val_curve": [0.31866666666666665, 0.4613333333333333, 0.5143333333333333, 0.549, 0.5321666666666667, 0.5548333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.275286909999977, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 45.77513846576005, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 45.77513846576005}, "train_energy_net_j": 45.77513846576005, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e1_c16_se_hs-ir_r2_k7_s2_e1_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 6290, "inference_params": 6122, "macs": 579736, "static_costs": {"params": 6290.0, "macs": 579736.0, "peak_memory": 37632.0, "latency": 0.12018400002489216, "energy": 0.00040399951923741206}, "dataflow": {"joules": 3.24653856e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.12018400002489216, "latency_ms_p90": 0.15746830003990908, "latency_ms_iqr": 0.022377750099167315, "cpu_ms_per_call": 0.12862909968846953, "energy_j": 0.00040399951923741206, "energy_cv": 0.11208886696331714, "energy_source": "model:cpu-ccf", "runs_per_window": 370, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.11436233825090358, "windows": 7, "cpu_pressure": 0.22167463100961843, "load_average": 0.81494140625, "rejected_windows": 0, "window_energies_j": [0.00039175209523811816, 0.00038064986761487707, 0.0004502018489096434, 0.000526481624999997, 0.0004949610918367446, 0.00047085923783784286, 0.00041624694323670597]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.783172267000001, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1108372769999733, "paired": {"energy_j": 0.00023567309177972707, "latency_ms": 0.06747583682653807, "with_trials": [0], "rounds": 5, "ratio_spread": 0.7035991807109729}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8213333333333334, "test_accuracy": 0.8198, "val_curve": [0.7028333333333333, 0.768, 0.7735, 0.8023333333333333, 0.821, 0.8213333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 45.644988554000065, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 115.16279558, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 115.16279558}, "train_energy_net_j": 115.16279558, "train_device_share": 0.881578947368421, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c16_se-ir_r1_k3_s2_e1_c40_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2194, "inference_params": 2106, "macs": 117600, "static_costs": {"params": 2194.0, "macs": 117600.0, "peak_memory": 18816.0, "latency": 0.031874999990577635, "energy": 0.00014423100107917064}, "dataflow": {"joules": 1.295076e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.031874999990577635, "latency_ms_p90": 0.07580909998523566, "latency_ms_iqr": 0.025414499930320744, "cpu_ms_per_call": 0.04210174446336957, "energy_j": 0.00014423100107917064, "energy_cv": 0.19516196773909508, "energy_source": "model:cpu-ccf", "runs_per_window": 1174, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.021667356665627135, "windows": 7, "cpu_pressure": 0.15993341212045048, "load_average": 1.65966796875, "rejected_windows": 0, "window_energies_j": [0.0002217305509554338, 0.0001331745786042886, 0.0001473561056217935, 0.00020844374098556611, 0.00014578259941519365, 0.00018757575524862562, 0.00014267940274314764]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.554427479000051, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.863767738999968, "paired": {"energy_j": 0.0001163195545089915, "latency_ms": 0.03687436219834442, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 1.2716579599455424}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7543333333333333, "test_accuracy": 0.7519, "val_curve": [0.5656666666666667, 0.6141666666666666, 0.667, 0.7065, 0.7371666666666666, 0.7543333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.176933214999963, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 42.2668630405, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 42.2668630405}, "train_energy_net_j": 42.2668630405, "train_device_share": 0.852112676056338, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e6_c16_se_hs-ir_r1_k7_s2_e1_c32_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 25650, "inference_params": 25042, "macs": 1846096, "static_costs": {"params": 25650.0, "macs": 1846096.0, "peak_memory": 163072.0, "latency": 0.19936100011364033, "energy": 0.0007088701052629647}, "dataflow": {"joules": 0.00014291984159999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.19936100011364033, "latency_ms_p90": 0.24499670007571694, "latency_ms_iqr": 0.027327500049523223, "cpu_ms_per_call": 0.2130623846154068, "energy_j": 0.0007088701052629647, "energy_cv": 0.04132604873275131, "energy_source": "model:cpu-ccf", "runs_per_window": 234, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.051981654491255025, "windows": 5, "cpu_pressure": 0.08521432652792174, "load_average": 1.66162109375, "rejected_windows": 0, "window_energies_j": [0.0007754840270270617, 0.0007016872125505888, 0.0007088701052629647, 0.0007709111036035729, 0.0007457183461539237]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.740479035000085, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 2.045131504999972, "paired": {"energy_j": 0.0005897061658347517, "latency_ms": 0.18603402740604508, "with_trials": [1], "rounds": 5, "ratio_spread": 0.918376970708676}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8315, "test_accuracy": 0.8294, "val_curve": [0.6463333333333333, 0.7803333333333333, 0.6826666666666666, 0.8025, 0.8193333333333334, 0.8315], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 147.32194471499997, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 420.23034908049993, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 420.23034908049993}, "train_energy_net_j": 420.23034908049993, "train_device_share": 0.9277929155313351, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c8_hs-ir_r1_k7_s2_e1_c40_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 1786, "inference_params": 1698, "macs": 102840, "static_costs": {"params": 1786.0, "macs": 102840.0, "peak_memory": 18816.0, "latency": 0.048287500078458834, "energy": 0.00019072379588039822}, "dataflow": {"joules": 1.4115264e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.048287500078458834, "latency_ms_p90": 0.05893450008898071, "latency_ms_iqr": 0.008072250011537108, "cpu_ms_per_call": 0.05601646927384307, "energy_j": 0.00019072379588039822, "energy_cv": 0.06388681949311616, "energy_source": "model:cpu-ccf", "runs_per_window": 256, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.02796634029556211, "windows": 7, "cpu_pressure": 0.5395889810058313, "load_average": 1.99560546875, "rejected_windows": 0, "window_energies_j": [0.00017619076494854264, 0.00018851736704149165, 0.0002200974999999627, 0.0001976383973801906, 0.00019605764245845075, 0.00020396677929707116, 0.00019293022471930478]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.8461619040000556, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.766833318999943, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7495, "test_accuracy": 0.7491, "val_curve": [0.6118333333333333, 0.6496666666666666, 0.7253333333333334, 0.7395, 0.736, 0.7495], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 17.800320988000067, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 40.18813702050001, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 40.18813702050001}, "train_energy_net_j": 40.18813702050001, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_se_hs-ir_r3_k3_s2_e6_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 21722, "inference_params": 20914, "macs": 1164864, "static_costs": {"params": 21722.0, "macs": 1164864.0, "peak_memory": 61152.0, "latency": 0.16494300007252605, "energy": 0.0005961656552901383}, "dataflow": {"joules": 9.16341744e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.16494300007252605, "latency_ms_p90": 0.1775480001242613, "latency_ms_iqr": 0.007880000055138225, "cpu_ms_per_call": 0.1707203972602994, "energy_j": 0.0005961656552901383, "energy_cv": 0.01150008091539523, "energy_source": "model:cpu-ccf", "runs_per_window": 292, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0022740912846610506, "windows": 5, "cpu_pressure": 0.0974179064176194, "load_average": 2.06396484375, "rejected_windows": 0, "window_energies_j": [0.0006016002249134918, 0.0005975213904110478, 0.0005961656552901383, 0.00059333697260256, 0.0006130806328670743]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.5355403370000857, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1689861489999203, "paired": {"energy_j": 0.0004487796684163447, "latency_ms": 0.1667315419805887, "with_trials": [3], "rounds": 5, "ratio_spread": 0.7522738116117653}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8386666666666667, "test_accuracy": 0.8373, "val_curve": [0.6688333333333333, 0.7455, 0.8075, 0.8086666666666666, 0.8345, 0.8386666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 55.64239872500002, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 158.89180531699998, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 158.89180531699998}, "train_energy_net_j": 158.89180531699998, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e1_c8_hs-ir_r3_k5_s2_e1_c32_se_hs-ir_r1_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9562, "inference_params": 9266, "macs": 318136, "static_costs": {"params": 9562.0, "macs": 318136.0, "peak_memory": 25088.0, "latency": 0.09553849997701036, "energy": 0.00036777429219427064}, "dataflow": {"joules": 3.03572256e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09553849997701036, "latency_ms_p90": 0.13438399994356587, "latency_ms_iqr": 0.02844550010649982, "cpu_ms_per_call": 0.11022534265737223, "energy_j": 0.00036777429219427064, "energy_cv": 0.09204828492864367, "energy_source": "model:cpu-ccf", "runs_per_window": 429, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.048982235813851416, "windows": 5, "cpu_pressure": 0.2802636138532097, "load_average": 2.31201171875, "rejected_windows": 0, "window_energies_j": [0.00036777429219427064, 0.0004341934256198402, 0.0004585689483568243, 0.00038578869930080273, 0.00036731478587205676]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.498227579999906, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.5192813669998486, "paired": {"energy_j": 0.00030600268879730976, "latency_ms": 0.10493869494213925, "with_trials": [1, 5], "rounds": 5, "ratio_spread": 1.317946660163829}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8445, "test_accuracy": 0.8408, "val_curve": [0.7206666666666667, 0.805, 0.8046666666666666, 0.8236666666666667, 0.8421666666666666, 0.8445], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 96.29648566500009, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 423.61114444595995, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 423.61114444595995}, "train_energy_net_j": 423.61114444595995, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e6_c16_hs-ir_r1_k3_s2_e6_c48_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 32626, "inference_params": 31890, "macs": 3801376, "static_costs": {"params": 32626.0, "macs": 3801376.0, "peak_memory": 163072.0, "latency": 0.3924079999251262, "energy": 0.001399990097561746}, "dataflow": {"joules": 0.0001846741296, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.3924079999251262, "latency_ms_p90": 0.46649030000480707, "latency_ms_iqr": 0.02403575012976944, "cpu_ms_per_call": 0.4014309032256843, "energy_j": 0.001399990097561746, "energy_cv": 0.011618841830686512, "energy_source": "model:cpu-ccf", "runs_per_window": 123, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003584356587156279, "windows": 5, "cpu_pressure": 0.04526276325029053, "load_average": 2.82275390625, "rejected_windows": 0, "window_energies_j": [0.0014424925666669233, 0.0014085978360651365, 0.001399990097561746, 0.0014050081612898952, 0.0013972488577236822]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.093186177500002, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3674844279996705, "paired": {"energy_j": 0.001067505349545229, "latency_ms": 0.3957915527972767, "with_trials": [6], "rounds": 5, "ratio_spread": 0.797204904810455}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8631666666666666, "test_accuracy": 0.8564, "val_curve": [0.7253333333333334, 0.7366666666666667, 0.8331666666666667, 0.8308333333333333, 0.8528333333333333, 0.8631666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 165.43108143199993, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 524.168261372, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 524.168261372}, "train_energy_net_j": 524.168261372, "train_device_share": 0.9921020656136087, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e6_c8_se_hs-ir_r3_k3_s2_e6_c48_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 164450, "inference_params": 162842, "macs": 4664208, "static_costs": {"params": 164450.0, "macs": 4664208.0, "peak_memory": 150528.0, "latency": 0.42288900010589714, "energy": 0.0014218919432219363}, "dataflow": {"joules": 0.0002803763568, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.42288900010589714, "latency_ms_p90": 0.5389625998759584, "latency_ms_iqr": 0.0899470001058944, "cpu_ms_per_call": 0.4782905600001186, "energy_j": 0.0014218919432219363, "energy_cv": 0.11831842923778547, "energy_source": "model:cpu-ccf", "runs_per_window": 102, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.1773165801946779, "windows": 11, "cpu_pressure": 0.1499012599183151, "load_average": 2.1318359375, "rejected_windows": 0, "window_energies_j": [0.001694259789215157, 0.0017420834899996862, 0.0017498799849983012, 0.0017500991199986512, 0.0015063721217391344, 0.001674016960000415, 0.0017344850949990583, 0.001647691533332818, 0.0013273826999999562, 0.0013374117647047383, 0.0012299254250009994]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.632327344499998, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.780400555000142, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8543333333333333, "test_accuracy": 0.8516, "val_curve": [0.7291666666666666, 0.752, 0.8123333333333334, 0.8403333333333334, 0.852, 0.8543333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 161.4437697110002, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 560.6372138499997, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 560.6372138499997}, "train_energy_net_j": 560.6372138499997, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se-ir_r1_k3_s2_e1_c16_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 962, "inference_params": 914, "macs": 50984, "static_costs": {"params": 962.0, "macs": 50984.0, "peak_memory": 18816.0, "latency": 0.029063999818390585, "energy": 0.00014140833385483872}, "dataflow": {"joules": 8.5311264e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.029063999818390585, "latency_ms_p90": 0.08198299974537804, "latency_ms_iqr": 0.040871999772207346, "cpu_ms_per_call": 0.05091630855394939, "energy_j": 0.00014140833385483872, "energy_cv": 0.28833385913643256, "energy_source": "model:cpu-ccf", "runs_per_window": 982, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.2602303915252937, "windows": 15, "cpu_pressure": 0.0111449204712773, "load_average": 1.07568359375, "rejected_windows": 0, "window_energies_j": [0.00017534178723371306, 0.00020818357907246516, 0.00022252622820175623, 0.00029053315557496507, 0.0002935199404757462, 0.00021626211610475295, 0.00014261793005796857, 0.0001401987376517089, 0.0001246713637671235, 0.00014941480903681744, 0.00020251662470890326, 0.00017820707993882284, 0.00021220240073539705, 0.00011576719212927047, 0.00012992017578729436]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 6.187603064999962, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.7912747159998617, "paired": {"energy_j": 9.861566461557196e-05, "latency_ms": 0.029549764495499457, "with_trials": [2, 1], "rounds": 5, "ratio_spread": 1.484020720619473}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6508333333333334, "test_accuracy": 0.6507, "val_curve": [0.38716666666666666, 0.5185, 0.6116666666666667, 0.6391666666666667, 0.642, 0.6508333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 9.271384748999935, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 63.963953064599906, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 63.963953064599906}, "train_energy_net_j": 63.963953064599906, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c8-ir_r3_k5_s2_e1_c32_se-ir_r1_k3_s2_e1_c24_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 8082, "inference_params": 7818, "macs": 287320, "static_costs": {"params": 8082.0, "macs": 287320.0, "peak_memory": 18816.0, "latency": 0.11275500014562567, "energy": 0.0003637725809622919}, "dataflow": {"joules": 2.8920672e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.11275500014562567, "latency_ms_p90": 0.1561900002798211, "latency_ms_iqr": 0.08020500013117271, "cpu_ms_per_call": 0.1417087790366912, "energy_j": 0.0003637725809622919, "energy_cv": 0.2081866144598372, "energy_source": "model:cpu-ccf", "runs_per_window": 353, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.36343625821494197, "windows": 15, "cpu_pressure": 0.06622938144893006, "load_average": 1.20068359375, "rejected_windows": 0, "window_energies_j": [0.00044332211053960786, 0.0004107881745847034, 0.00046276618096517365, 0.0005010606206394509, 0.0004996095114942841, 0.0005389210076932963, 0.0005198653746274159, 0.0004959807266284193, 0.0005275964862383036, 0.0005353277079514232, 0.0005343642391979815, 0.00028231142822533224, 0.00030060254856067764, 0.00031675698733988033, 0.00031224210720753805]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.411682578499778, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9843746699998519, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8393333333333334, "test_accuracy": 0.8366, "val_curve": [0.6901666666666667, 0.7965, 0.7768333333333334, 0.8285, 0.8375, 0.8393333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.53854600900013, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 154.7029694345602, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 154.7029694345602}, "train_energy_net_j": 154.7029694345602, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e6_c16_hs-ir_r3_k7_s2_e1_c32_se_hs-ir_r1_k3_s2_e6_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 61410, "inference_params": 60242, "macs": 2484112, "static_costs": {"params": 61410.0, "macs": 2484112.0, "peak_memory": 163072.0, "latency": 0.2072340000722761, "energy": 0.0007872391637821737}, "dataflow": {"joules": 0.00019146911519999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.2072340000722761, "latency_ms_p90": 0.3240403998461261, "latency_ms_iqr": 0.12714700051219552, "cpu_ms_per_call": 0.24812348969071912, "energy_j": 0.0007872391637821737, "energy_cv": 0.16876891983874825, "energy_source": "model:cpu-ccf", "runs_per_window": 194, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.10313644680132938, "windows": 15, "cpu_pressure": 0.033467376403207835, "load_average": 1.3935546875, "rejected_windows": 0, "window_energies_j": [0.0009671192178776389, 0.0009696480248607188, 0.001061273585364813, 0.0007863167802681158, 0.0011161546217944253, 0.0011015339339652118, 0.0010373518333324228, 0.0009236256105276354, 0.0008684322139175169, 0.0006611682291663507, 0.0008140751682455341, 0.000810308965277784, 0.0007670120530976109, 0.0007881615472962318, 0.0006178373138287006]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 6.887762059500233, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.9809756769996056, "paired": {"energy_j": 0.0008118334935611486, "latency_ms": 0.2943228705662493, "with_trials": [6, 7], "rounds": 5, "ratio_spread": 0.836973848278034}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8723333333333333, "test_accuracy": 0.8667, "val_curve": [0.7385, 0.8106666666666666, 0.825, 0.8553333333333333, 0.8621666666666666, 0.8723333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 74.07306753400007, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 508.37392701999966, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 508.37392701999966}, "train_energy_net_j": 508.37392701999966, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 474, "inference_params": 450, "macs": 65936, "static_costs": {"params": 474.0, "macs": 65936.0, "peak_memory": 18816.0, "latency": 0.030015999982424546, "energy": 0.00010976075863184298}, "dataflow": {"joules": 6.2131056e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.030015999982424546, "latency_ms_p90": 0.033181200160470325, "latency_ms_iqr": 0.0016940002751653083, "cpu_ms_per_call": 0.03170175930676011, "energy_j": 0.00010976075863184298, "energy_cv": 0.02461261884823199, "energy_source": "model:cpu-ccf", "runs_per_window": 1558, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.010890950069204486, "windows": 5, "cpu_pressure": 0.0020159157949244757, "load_average": 1.84326171875, "rejected_windows": 0, "window_energies_j": [0.00011095615757366039, 0.00010962081630113656, 0.00010976075863184298, 0.00011675791454428268, 0.00011399456884037622]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0513834555001722, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.303259971999978, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5255, "test_accuracy": 0.5324, "val_curve": [0.41683333333333333, 0.4955, 0.5255], "epochs_run": 3, "stop_reason": "pareto: validation 0.525 after epoch 3 cannot pass 0.651 of trial 9, which costs no more (bound 0.633: finished curves gained at most 0.087 later, margin 0.02)", "train_seconds": 3.346583315999851, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 23.13153781327991, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 23.13153781327991}, "train_energy_net_j": 23.13153781327991, "train_device_share": 1.0, "pareto_saved_energy_j": 23.13153781327991, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c8_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 514, "inference_params": 474, "macs": 67504, "static_costs": {"params": 514.0, "macs": 67504.0, "peak_memory": 18816.0, "latency": 0.020338000012998236, "energy": 7.694532769234612e-05}, "dataflow": {"joules": 1.03127184e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.020338000012998236, "latency_ms_p90": 0.02265249986521667, "latency_ms_iqr": 0.0005409997356764507, "cpu_ms_per_call": 0.02245434979786447, "energy_j": 7.694532769234612e-05, "energy_cv": 0.05803104361049045, "energy_source": "model:cpu-ccf", "runs_per_window": 2227, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.021377472154727517, "windows": 5, "cpu_pressure": 0.04109271467031806, "load_average": 1.85595703125, "rejected_windows": 0, "window_energies_j": [7.571074496489703e-05, 7.859022429252564e-05, 8.884184753600022e-05, 7.694532769234612e-05, 8.052113511629888e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.03791602549984, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1643368899999587, "paired": {"energy_j": 6.964359863330572e-05, "latency_ms": 0.02053603621605827, "with_trials": [0, 9], "rounds": 5, "ratio_spread": 0.6816232158986146}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5651666666666667, "test_accuracy": 0.5843, "val_curve": [0.42133333333333334, 0.44566666666666666, 0.5146666666666667, 0.5445, 0.5483333333333333, 0.5651666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 9.164879579000171, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 63.38762589355932, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 63.38762589355932}, "train_energy_net_j": 63.38762589355932, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e1_c8-ir_r3_k3_s2_e1_c24_se_hs-ir_r3_k7_s2_e6_c48_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 203626, "inference_params": 201890, "macs": 2019032, "static_costs": {"params": 203626.0, "macs": 2019032.0, "peak_memory": 39936.0, "latency": 0.169506000020192, "energy": 0.0006592495928029765}, "dataflow": {"joules": 0.0001952369472, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.169506000020192, "latency_ms_p90": 0.28411400016921107, "latency_ms_iqr": 0.029173999337217538, "cpu_ms_per_call": 0.19525542745089064, "energy_j": 0.0006592495928029765, "energy_cv": 0.04689740243640335, "energy_source": "model:cpu-ccf", "runs_per_window": 255, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.036624070061969105, "windows": 5, "cpu_pressure": 0.0003967890166235142, "load_average": 1.87841796875, "rejected_windows": 0, "window_energies_j": [0.0006592495928029765, 0.0007307490749999108, 0.0006833939960781173, 0.0006489221277829698, 0.0007197828533047274]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.357380377999846, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.5401708690001215, "paired": {"energy_j": 0.0009192848494158921, "latency_ms": 0.32709334217222136, "with_trials": [6, 11], "rounds": 5, "ratio_spread": 1.6289894060473138}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8606666666666667, "test_accuracy": 0.8531, "val_curve": [0.75, 0.7895, 0.827, 0.8421666666666666, 0.8476666666666667, 0.8606666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 86.36104767400002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 586.0504531413601, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 586.0504531413601}, "train_energy_net_j": 586.0504531413601, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c8_hs-ir_r3_k7_s2_e1_c32_se-ir_r2_k7_s2_e3_c24_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 34202, "inference_params": 33610, "macs": 737048, "static_costs": {"params": 34202.0, "macs": 737048.0, "peak_memory": 25088.0, "latency": 0.09845649969975057, "energy": 0.0004105560091915317}, "dataflow": {"joules": 5.8923820799999994e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09845649969975057, "latency_ms_p90": 0.19958159982707002, "latency_ms_iqr": 0.04475975003970234, "cpu_ms_per_call": 0.12217684175069833, "energy_j": 0.0004105560091915317, "energy_cv": 0.08338053008009226, "energy_source": "model:cpu-ccf", "runs_per_window": 408, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.041560558252484725, "windows": 6, "cpu_pressure": 0.0002987687024717708, "load_average": 1.97509765625, "rejected_windows": 0, "window_energies_j": [0.00041745042500072784, 0.0004913602407940622, 0.00048007840136929874, 0.0004377874672541603, 0.00039245786434913813, 0.00040825787058846637]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.450301814999875, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.5700539190002019, "paired": {"energy_j": 0.00036471988560417653, "latency_ms": 0.10541587457534027, "with_trials": [6, 11], "rounds": 5, "ratio_spread": 1.164873704894871}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8568333333333333, "test_accuracy": 0.8495, "val_curve": [0.7783333333333333, 0.8278333333333333, 0.8201666666666667, 0.849, 0.849, 0.8568333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 32.31794353899977, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 223.74387609208011, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 223.74387609208011}, "train_energy_net_j": 223.74387609208011, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c8_hs-ir_r3_k3_s2_e1_c24_se_hs-ir_r3_k7_s2_e3_c48_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 83154, "inference_params": 82122, "macs": 1050424, "static_costs": {"params": 83154.0, "macs": 1050424.0, "peak_memory": 21504.0, "latency": 0.2162637499623088, "energy": 0.0006920922585911683}, "dataflow": {"joules": 9.83721504e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.2162637499623088, "latency_ms_p90": 0.26867699989452376, "latency_ms_iqr": 0.11529050016179099, "cpu_ms_per_call": 0.2222110140844517, "energy_j": 0.0006920922585911683, "energy_cv": 0.17298853160319044, "energy_source": "model:cpu-ccf", "runs_per_window": 214, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.12374981751530556, "windows": 15, "cpu_pressure": 0.6903993407605218, "load_average": 2.09130859375, "rejected_windows": 0, "window_energies_j": [0.0008862680279185274, 0.000888829375000455, 0.0008946217857125508, 0.001004877275862646, 0.0007777385492955811, 0.0007095599392522817, 0.0008497542068970814, 0.0008089818333326038, 0.0008060899097217687, 0.000632451110700198, 0.0004430999025321167, 0.0007517812424256673, 0.0006513282193312495, 0.000687959169960387, 0.0006962253472219496]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 7.470577621499785, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 2.1944176659999357, "paired": {"energy_j": 0.000515795554451104, "latency_ms": 0.15702086182222702, "with_trials": [15, 11], "rounds": 5, "ratio_spread": 1.5282085381392254}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8578333333333333, "test_accuracy": 0.8531, "val_curve": [0.7543333333333333, 0.811, 0.8183333333333334, 0.8501666666666666, 0.8531666666666666, 0.8578333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 56.84475740400012, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 390.6036823336, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 390.6036823336}, "train_energy_net_j": 390.6036823336, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e1_c16_hs-ir_r3_k3_s2_e1_c32_se-ir_r3_k7_s2_e6_c48_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 220594, "inference_params": 218658, "macs": 2384240, "static_costs": {"params": 220594.0, "macs": 2384240.0, "peak_memory": 49920.0, "latency": 0.3334870000344381, "energy": 0.0012056968259272522}, "dataflow": {"joules": 0.00022930250399999999, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.3334870000344381, "latency_ms_p90": 0.45827359999748296, "latency_ms_iqr": 0.0668449997647258, "cpu_ms_per_call": 0.36298275757627435, "energy_j": 0.0012056968259272522, "energy_cv": 0.03436241972899908, "energy_source": "model:cpu-ccf", "runs_per_window": 132, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.053697433880127265, "windows": 5, "cpu_pressure": 0.059512127529194055, "load_average": 1.7783203125, "rejected_windows": 0, "window_energies_j": [0.001300661276121588, 0.0012704396515169601, 0.0012995540833331788, 0.0012041855846776585, 0.0012056968259272522]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.3834421939998833, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.7366919689998213, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8596666666666667, "test_accuracy": 0.8612, "val_curve": [0.7798333333333334, 0.807, 0.8455, 0.8458333333333333, 0.8553333333333333, 0.8596666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 91.7401301990003, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 621.4658960331993, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 621.4658960331993}, "train_energy_net_j": 621.4658960331993, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e1_c8_hs-ir_r3_k5_s2_e3_c32_se-ir_r3_k7_s2_e3_c24_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 67474, "inference_params": 66338, "macs": 1557672, "static_costs": {"params": 67474.0, "macs": 1557672.0, "peak_memory": 43904.0, "latency": 0.17389499998898827, "energy": 0.0007060063414635943}, "dataflow": {"joules": 0.0001194150912, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.17389499998898827, "latency_ms_p90": 0.32412800014753884, "latency_ms_iqr": 0.12110149998534325, "cpu_ms_per_call": 0.21706590789493244, "energy_j": 0.0007060063414635943, "energy_cv": 0.13472977155431085, "energy_source": "model:cpu-ccf", "runs_per_window": 228, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.07609610992628646, "windows": 9, "cpu_pressure": 0.03205463288120181, "load_average": 2.271484375, "rejected_windows": 0, "window_energies_j": [0.0007060063414635943, 0.0010247891929819623, 0.0008872809285703298, 0.0008375627607661456, 0.0008618695247509261, 0.0006644742045444108, 0.0007597306776322634, 0.0007476206127668116, 0.0007031041457491615]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 6.358300956000392, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.82478648399956, "paired": {"energy_j": 0.0006816833244099366, "latency_ms": 0.23090879951517385, "with_trials": [16, 11], "rounds": 5, "ratio_spread": 0.6435451699834323}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8615, "test_accuracy": 0.8579, "val_curve": [0.7226666666666667, 0.8133333333333334, 0.8238333333333333, 0.8285, 0.8558333333333333, 0.8615], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 60.03774380699997, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 411.47955274008007, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 411.47955274008007}, "train_energy_net_j": 411.47955274008007, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c8_hs-ir_r3_k3_s2_e1_c32_se_hs-ir_r3_k7_s2_e3_c24_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 42194, "inference_params": 41434, "macs": 711128, "static_costs": {"params": 42194.0, "macs": 711128.0, "peak_memory": 25088.0, "latency": 0.10284199993293441, "energy": 0.00044379447462006283}, "dataflow": {"joules": 6.75093888e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10284199993293441, "latency_ms_p90": 0.23252800019690767, "latency_ms_iqr": 0.10552699995969306, "cpu_ms_per_call": 0.14955499701540953, "energy_j": 0.00044379447462006283, "energy_cv": 0.257528329363715, "energy_source": "model:cpu-ccf", "runs_per_window": 335, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.1794704970179224, "windows": 9, "cpu_pressure": 0.014853017051994504, "load_average": 2.009765625, "rejected_windows": 0, "window_energies_j": [0.0004183204332537447, 0.00044379447462006283, 0.0004917730169490233, 0.0007253024545458955, 0.0005960235034356869, 0.0007581789393946041, 0.0008316459186620374, 0.0005234424895539332, 0.00041447570525098574]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 6.261395248499979, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.8003386159998627, "paired": {"energy_j": 0.0003447276652489157, "latency_ms": 0.1016998846051197, "with_trials": [15, 16], "rounds": 5, "ratio_spread": 1.361908622664548}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8533333333333334, "test_accuracy": 0.8497, "val_curve": [0.7788333333333334, 0.8093333333333333, 0.8216666666666667, 0.8445, 0.8451666666666666, 0.8533333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 43.169163903000026, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 296.69297336792, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 296.69297336792}, "train_energy_net_j": 296.69297336792, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-d65b2f33/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
CREATE TABLE trial_values (
	trial_value_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	objective INTEGER NOT NULL, 
	value FLOAT, 
	value_type VARCHAR(7) NOT NULL, 
	PRIMARY KEY (trial_value_id), 
	UNIQUE (trial_id, objective), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_values" VALUES(1,1,0,5.54833333333333289516e-01,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,6.21346177633946502878e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,1.69509999068395700305e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,8.21333333333333359682e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,2.35673091779727066031e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,6.74758368265380714667e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,7.54333333333333300174e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.16319554508991494269e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,3.68743621983444180845e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,0.8315,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,5.89706165834751700957e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,1.86034027406045077146e-01,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,0.7495,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.90723795880398216788e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,4.8287500078458833741e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,8.38666666666666671403e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,4.48779668416344687531e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,1.66731541980588704454e-01,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,0.8445,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,3.06002688797309759134e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,1.04938694942139254528e-01,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.63166666666666637652e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,1.06750534954522897576e-03,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,3.95791552797276680042e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,8.5433333333333327797e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,1.42189194322193631671e-03,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,4.22889000105897139292e-01,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,6.50833333333333374781e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,9.86156646155719583332e-05,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,2.95497644954994566346e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.39333333333333375669e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,3.63772580962291891028e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,1.12755000145625672303e-01,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,8.72333333333333293957e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,8.11833493561148634293e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,2.94322870566249283896e-01,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,0.5255,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,1.0976075863184297978e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,3.00159999824245460331e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,5.65166666666666706042e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,6.96435986333057244039e-05,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,2.0536036216058269066e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,8.60666666666666690943e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,9.19284849415892145636e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,3.27093342172221357433e-01,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.56833333333333335701e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,3.64719885604176529293e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,1.05415874575340268171e-01,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,8.57833333333333336589e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,0.000515795554451104,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,1.57020861822227020265e-01,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.59666666666666690055e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,1.20569682592725217935e-03,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,3.33487000034438096918e-01,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,0.8615,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,6.81683324409936616111e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,2.30908799515173845939e-01,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,8.53333333333333388104e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,3.44727665248915709182e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,1.01699884605119694747e-01,'FINITE');
CREATE TABLE trials (
	trial_id INTEGER NOT NULL, 
	number INTEGER, 
	study_id INTEGER, 
	state VARCHAR(8) NOT NULL, 
	datetime_start DATETIME, 
	datetime_complete DATETIME, 
	PRIMARY KEY (trial_id), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-11-27 15:46:00.510588','2026-11-27 15:46:08.502807');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-11-27 15:46:14.990246','2026-11-27 15:47:02.399519');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-11-27 15:47:02.693523','2026-11-27 15:47:19.419672');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-11-27 15:47:19.744551','2026-11-27 15:49:50.893540');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-11-27 15:49:51.687571','2026-11-27 15:50:10.988485');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-11-27 15:50:11.251374','2026-11-27 15:51:08.981210');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-11-27 15:51:09.560701','2026-11-27 15:52:48.298674');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-11-27 15:52:49.438654','2026-11-27 15:55:37.099711');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-11-27 15:55:37.884754','2026-11-27 15:58:20.605955');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-11-27 15:58:21.031097','2026-11-27 15:58:32.935512');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-11-27 15:58:33.298753','2026-11-27 15:58:57.289256');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-11-27 15:58:58.173569','2026-11-27 16:00:15.234463');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-11-27 16:00:15.664130','2026-11-27 16:00:19.767821');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-11-27 16:00:19.880729','2026-11-27 16:00:30.818783');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-11-27 16:00:31.005471','2026-11-27 16:02:00.066976');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-11-27 16:02:00.537482','2026-11-27 16:02:35.532909');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-11-27 16:02:36.451892','2026-11-27 16:03:36.932083');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-11-27 16:03:37.520653','2026-11-27 16:05:10.518809');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-11-27 16:05:11.077075','2026-11-27 16:06:14.004368');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-11-27 16:06:14.986211','2026-11-27 16:07:01.303925');
CREATE TABLE version_info (
	version_info_id INTEGER NOT NULL, 
	schema_version INTEGER, 
	library_version VARCHAR(256), 
	PRIMARY KEY (version_info_id), 
	CHECK (version_info_id=1)
);
INSERT INTO "version_info" VALUES(1,12,'5.0.0');
CREATE UNIQUE INDEX ix_studies_study_name ON studies (study_name);
CREATE INDEX ix_trials_study_id ON trials (study_id);
COMMIT;
