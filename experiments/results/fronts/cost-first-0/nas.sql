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
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','6a32ee0b6e491d6d34b522bb2e3373ed45c9e2a6',0);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','16c7791513e2e9b802052774dcc2afa49035ab8f',1);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','4b6863327cfaf2c494abcdf4a05ff98d5a4ceb56',2);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','fe8109f50e6d3538fc1df6fc7fcac62ed4ce6d5f',3);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','fa55ee86b1ff4f15dbd3a3f509940aa1b951eca9',4);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','85358158063aab6ae48aab6cc7355f622c9aa0ab',5);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','a4e499eb84f7a5296718303f4b0e001c04544f6d',6);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','1282a977aa221974653cf9a22901fb7a20dcda13',7);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','c53b589739bdc0b166ebbe6e8dc1f4e7198c2f29',8);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','46225fcc061662c4358ddf73ad2b12a07fa020ac',9);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','189223858fddbe7fa8d691d56806edc0e0dd0123',10);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','63253a335c541406a8cdc6a0f18a2c9e81efa8a5',11);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','7ba47ade73fdb94ecbac32a62bdb693cba2ee496',12);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','97e98b8e24427e3d1a621393a997d7003c3354e4',13);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','3f226310482c6fb46471f2e8ede50ee5e87c9956',14);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','178805ce2581b6fd759f63dca6c1dd58384b6319',15);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','93e5c33f0d106cb5e41aaaebb4783d771840f459',16);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','91ddbc5f6fe9545d156b09f1ef683885ed34dde5',17);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','084bd6659f9015a40cb8f63cca8b7cdac125e5fe',18);
INSERT INTO "nas_arch_claims" VALUES('69773c46351d4aa994ae111dcf223e3a','519487b4c8e01a83430bd6372b7cf0e2b44f2a2c',19);
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
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"cost-first-0\",\"storage\":\"sqlite:////work/main/experiments/results/fronts-work/cost-first-0/nas.db\",\"sampler\":\"cost-first\",\"population_size\":8,\"seed\":0,\"n_trials\":20,\"timeout_s\":null,\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/fronts-work/cost-first-0/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/fronts-work/cost-first-0/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"69773c46351d4aa994ae111dcf223e3a"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.00022828804588651084, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.06352449999269538, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0008449870237654648, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.23793999999099924, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [3.194173943661953e-05, 0.0008449870237654648], \"latency\": [0.008922999995775172, 0.23793999999099924]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_final:trial-11','{"trial": 11, "reference": null, "record": {"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e1_c16_se_hs-ir_r3_k3_s2_e6_c32_se_hs-ir_r3_k3_s2_e1_c56", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 89906, "inference_params": 88458, "macs": 2244816, "static_costs": {"params": 89906.0, "macs": 2244816.0, "peak_memory": 94080.0}, "dataflow": null, "measurement": {"latency_ms_median": 0.08287349999136495, "latency_ms_p90": 0.08472690005874028, "latency_ms_iqr": 0.0011964997952418344, "cpu_ms_per_call": 0.08475994237276116, "energy_j": 0.0002935660352347884, "energy_cv": 0.0075842688534108835, "energy_source": "model:cpu-ccf", "runs_per_window": 590, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.01053855929689318, "windows": 5, "cpu_pressure": 0.008604290458572502, "load_average": 3.2470703125, "rejected_windows": 0, "window_energies_j": [0.000296659798304664, 0.00029753188356162113, 0.00029177359166567387, 0.0002935660352347884, 0.00029697556355925264]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.9231666666666667, "test_accuracy": 0.9243, "val_curve": [0.7875, 0.847, 0.8565, 0.8631666666666666, 0.8821666666666667, 0.8821666666666667, 0.8906666666666667, 0.8945, 0.8845, 0.9, 0.894, 0.8953333333333333, 0.9081666666666667, 0.9068333333333334, 0.9073333333333333, 0.9111666666666667, 0.9118333333333334, 0.9173333333333333, 0.92, 0.9195, 0.9228333333333333, 0.9225, 0.9231666666666667, 0.9231666666666667], "epochs_run": 24, "stop_reason": "finalized: 24 epochs", "train_seconds": 591.8040632269996, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 3493.30867746432, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 3493.30867746432}, "train_energy_net_j": 3493.30867746432, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-0/artifacts/cost-first-0-69773c46/final/trial-11.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}, "proxy": {"val_accuracy": 0.8725, "test_accuracy": 0.8675, "val_curve": [0.7625, 0.8125, 0.8435, 0.8615, 0.8651666666666666, 0.8725], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.946134316999974, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "recipe": {"epochs": 24, "batch_size": 128, "lr": 0.003, "warmup_epochs": 1.0, "weight_decay": 0.05, "label_smoothing": 0.1, "augment": "crop-flip", "seed": 0}, "interleaved_with": []}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-11-27 12:25:55');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-11-27 12:26:02');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-11-27 12:26:14');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-11-27 12:26:50.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-11-27 12:27:04');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-11-27 12:27:10');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-11-27 12:27:27');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-11-27 12:28:37.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-11-27 12:28:48');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-11-27 12:28:58');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-11-27 12:29:04');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-11-27 12:29:11');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-11-27 12:29:33');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-11-27 12:29:37');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-11-27 12:29:48');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-11-27 12:30:10');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-11-27 12:30:23');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-11-27 12:30:27');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-11-27 12:30:38');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-11-27 12:31:02');
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
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
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
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 346, "inference_params": 322, "macs": 40848, "static_costs": {"params": 346.0, "macs": 40848.0, "peak_memory": 18816.0, "latency": 0.008893000000398388, "energy": 3.1701765421929615e-05}, "dataflow": {"joules": 6.014500799999999e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.008893000000398388, "latency_ms_p90": 0.009043999995128615, "latency_ms_iqr": 0.00011000003041772288, "cpu_ms_per_call": 0.009062522149600618, "energy_j": 3.1701765421929615e-05, "energy_cv": 0.004128892591067172, "energy_source": "model:cpu-ccf", "runs_per_window": 5463, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0005382066722614542, "windows": 5, "cpu_pressure": 0.07862141475112128, "load_average": 1.00146484375, "rejected_windows": 0, "window_energies_j": [3.178187257059051e-05, 3.1701765421929615e-05, 3.154828867478629e-05, 3.1718827523602164e-05, 3.1953219716495076e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9662655695000008, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.278020558999998, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5545, "test_accuracy": 0.571, "val_curve": [0.31866666666666665, 0.4653333333333333, 0.5148333333333334, 0.5503333333333333, 0.5303333333333333, 0.5545], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 3.9670593879999956, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 24.888581701119996, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 24.888581701119996}, "train_energy_net_j": 24.888581701119996, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e1_c16_se_hs-ir_r2_k7_s2_e1_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 6290, "inference_params": 6122, "macs": 579736, "static_costs": {"params": 6290.0, "macs": 579736.0, "peak_memory": 37632.0, "latency": 0.02252300001259755, "energy": 7.97462774965473e-05}, "dataflow": {"joules": 3.24653856e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02252300001259755, "latency_ms_p90": 0.02277400000139096, "latency_ms_iqr": 0.0002009999775509641, "cpu_ms_per_call": 0.02285016451612869, "energy_j": 7.97462774965473e-05, "energy_cv": 0.0037107447775428758, "energy_source": "model:cpu-ccf", "runs_per_window": 2173, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0028753481303631645, "windows": 5, "cpu_pressure": 0.058500821738728274, "load_average": 1.00048828125, "rejected_windows": 0, "window_energies_j": [7.997557580645042e-05, 7.968544974874377e-05, 7.97462774965473e-05, 8.025777652733348e-05, 8.046238067655296e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.949007589499998, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8471193929999856, "paired": {"energy_j": 8.097805578502628e-05, "latency_ms": 0.022603537745618237, "with_trials": [0], "rounds": 5, "ratio_spread": 0.02966403462704159}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8225, "test_accuracy": 0.8253, "val_curve": [0.6985, 0.7711666666666667, 0.7736666666666666, 0.8066666666666666, 0.819, 0.8225], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.209078504000018, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 70.5655221406, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 70.5655221406}, "train_energy_net_j": 70.5655221406, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c16_se-ir_r1_k3_s2_e1_c40_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2194, "inference_params": 2106, "macs": 117600, "static_costs": {"params": 2194.0, "macs": 117600.0, "peak_memory": 18816.0, "latency": 0.015582999992602709, "energy": 5.522926700411093e-05}, "dataflow": {"joules": 1.295076e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.015582999992602709, "latency_ms_p90": 0.015904000008504227, "latency_ms_iqr": 0.00028899998483211675, "cpu_ms_per_call": 0.015801497131931623, "energy_j": 5.522926700411093e-05, "energy_cv": 0.004769544116189782, "energy_source": "model:cpu-ccf", "runs_per_window": 3147, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0013755923583793628, "windows": 5, "cpu_pressure": 0.0031684879959354706, "load_average": 1.154296875, "rejected_windows": 0, "window_energies_j": [5.589159638168122e-05, 5.5305239961760674e-05, 5.522926700411093e-05, 5.5156238971756485e-05, 5.550842294248572e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8598764260000014, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.108592088999984, "paired": {"energy_j": 5.5024369608973555e-05, "latency_ms": 0.015362071253553426, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.03288241992057195}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7551666666666667, "test_accuracy": 0.751, "val_curve": [0.566, 0.6106666666666667, 0.664, 0.703, 0.738, 0.7551666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 4.507342682000001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 31.251328979559986, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 31.251328979559986}, "train_energy_net_j": 31.251328979559986, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e6_c16_se_hs-ir_r1_k7_s2_e1_c32_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 25650, "inference_params": 25042, "macs": 1846096, "static_costs": {"params": 25650.0, "macs": 1846096.0, "peak_memory": 163072.0, "latency": 0.0633739999784666, "energy": 0.00022466002322580892}, "dataflow": {"joules": 0.00014291984159999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0633739999784666, "latency_ms_p90": 0.06453700001429752, "latency_ms_iqr": 0.0007019999941348942, "cpu_ms_per_call": 0.06438217829457397, "energy_j": 0.00022466002322580892, "energy_cv": 0.0043035904130833465, "energy_source": "model:cpu-ccf", "runs_per_window": 773, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003016116510051736, "windows": 5, "cpu_pressure": 0.00547289618075789, "load_average": 1.22216796875, "rejected_windows": 0, "window_energies_j": [0.00022428145342820368, 0.0002253376240310089, 0.00022466002322580892, 0.00022644036931078883, 0.000226767994140629]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.005444476999987, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8634229730000129, "paired": {"energy_j": 0.0002218778923576619, "latency_ms": 0.0620894099137127, "with_trials": [1], "rounds": 5, "ratio_spread": 0.011435340522661486}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.83, "test_accuracy": 0.8281, "val_curve": [0.6561666666666667, 0.7773333333333333, 0.6916666666666667, 0.8018333333333333, 0.8188333333333333, 0.83], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 41.99011879899999, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 289.04357003463997, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 289.04357003463997}, "train_energy_net_j": 289.04357003463997, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c8_hs-ir_r1_k7_s2_e1_c40_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 1786, "inference_params": 1698, "macs": 102840, "static_costs": {"params": 1786.0, "macs": 102840.0, "peak_memory": 18816.0, "latency": 0.017306000017924816, "energy": 6.107424284719653e-05}, "dataflow": {"joules": 1.4115264e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.017306000017924816, "latency_ms_p90": 0.017626999976982916, "latency_ms_iqr": 0.0003000000106112566, "cpu_ms_per_call": 0.017579262917400234, "energy_j": 6.107424284719653e-05, "energy_cv": 0.007997186361192211, "energy_source": "model:cpu-ccf", "runs_per_window": 2845, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.007420106129487403, "windows": 5, "cpu_pressure": 0.001558148887958171, "load_average": 1.634765625, "rejected_windows": 0, "window_energies_j": [6.152742021090081e-05, 6.087418274289735e-05, 6.107424284719653e-05, 6.204444366952395e-05, 6.208518051117574e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0070310285000303, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2886364510000021, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7491666666666666, "test_accuracy": 0.7488, "val_curve": [0.6121666666666666, 0.6501666666666667, 0.7261666666666666, 0.7395, 0.7361666666666666, 0.7491666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 5.285658971999993, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 36.56212014223994, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 36.56212014223994}, "train_energy_net_j": 36.56212014223994, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_se_hs-ir_r3_k3_s2_e6_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 21722, "inference_params": 20914, "macs": 1164864, "static_costs": {"params": 21722.0, "macs": 1164864.0, "peak_memory": 61152.0, "latency": 0.039478499985534654, "energy": 0.00014065173743923752}, "dataflow": {"joules": 9.16341744e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.039478499985534654, "latency_ms_p90": 0.04018000001337896, "latency_ms_iqr": 0.0004510000053414842, "cpu_ms_per_call": 0.04028965365853402, "energy_j": 0.00014065173743923752, "energy_cv": 0.010828582849463817, "energy_source": "model:cpu-ccf", "runs_per_window": 1234, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00257409095844241, "windows": 5, "cpu_pressure": 0.003195261810166494, "load_average": 1.6640625, "rejected_windows": 0, "window_energies_j": [0.0001403959389067846, 0.00014065173743923752, 0.00014455581208608657, 0.00014101378780486908, 0.00014101628917609322]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9750866819999686, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1433295260000023, "paired": {"energy_j": 0.00014100125714689135, "latency_ms": 0.03936764145946453, "with_trials": [1, 3], "rounds": 5, "ratio_spread": 0.01883533259228054}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8373333333333334, "test_accuracy": 0.8359, "val_curve": [0.6828333333333333, 0.742, 0.813, 0.8066666666666666, 0.8351666666666666, 0.8373333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.993819201999997, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 110.25935639140003, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 110.25935639140003}, "train_energy_net_j": 110.25935639140003, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e1_c8_hs-ir_r3_k5_s2_e1_c32_se_hs-ir_r1_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9562, "inference_params": 9266, "macs": 318136, "static_costs": {"params": 9562.0, "macs": 318136.0, "peak_memory": 25088.0, "latency": 0.025547999996433646, "energy": 9.041140845070075e-05}, "dataflow": {"joules": 3.03572256e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.025547999996433646, "latency_ms_p90": 0.02599900000177513, "latency_ms_iqr": 0.00033099996699093026, "cpu_ms_per_call": 0.02586133540694703, "energy_j": 9.041140845070075e-05, "energy_cv": 0.009411400358980495, "energy_source": "model:cpu-ccf", "runs_per_window": 1917, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0011421730441261158, "windows": 5, "cpu_pressure": 0.0036353366628377234, "load_average": 1.76025390625, "rejected_windows": 0, "window_energies_j": [9.0802180366503e-05, 9.257136995755316e-05, 9.021487149534095e-05, 9.051467392431461e-05, 9.041140845070075e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9879521045000526, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.151896287999989, "paired": {"energy_j": 9.247296547489983e-05, "latency_ms": 0.025788706961596033, "with_trials": [1, 5], "rounds": 5, "ratio_spread": 0.03554860507335178}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8453333333333334, "test_accuracy": 0.8341, "val_curve": [0.7196666666666667, 0.8048333333333333, 0.808, 0.826, 0.8435, 0.8453333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.169319986999994, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 56.18922989931995, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 56.18922989931995}, "train_energy_net_j": 56.18922989931995, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e6_c16_hs-ir_r1_k3_s2_e6_c48_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 32626, "inference_params": 31890, "macs": 3801376, "static_costs": {"params": 32626.0, "macs": 3801376.0, "peak_memory": 163072.0, "latency": 0.06461599997464873, "energy": 0.000230043288461537}, "dataflow": {"joules": 0.0001846741296, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06461599997464873, "latency_ms_p90": 0.06554800000913019, "latency_ms_iqr": 0.0005910000027142814, "cpu_ms_per_call": 0.06585435856573574, "energy_j": 0.000230043288461537, "energy_cv": 0.0035023418942193647, "energy_source": "model:cpu-ccf", "runs_per_window": 755, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0019429670021118284, "windows": 5, "cpu_pressure": 0.0037715864204450346, "load_average": 1.7978515625, "rejected_windows": 0, "window_energies_j": [0.000230043288461537, 0.00023119588410594547, 0.00022886779446639952, 0.0002308452972258743, 0.00023049025498007508]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.0267908614999115, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8694546429999832, "paired": {"energy_j": 0.00022970218721444051, "latency_ms": 0.06416152001572668, "with_trials": [6], "rounds": 5, "ratio_spread": 0.01404871405776631}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8576666666666667, "test_accuracy": 0.8608, "val_curve": [0.7146666666666667, 0.7153333333333334, 0.8231666666666667, 0.8233333333333334, 0.8505, 0.8576666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 68.94431729500002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 420.5465987841199, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 420.5465987841199}, "train_energy_net_j": 420.5465987841199, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c16_se_hs-ir_r3_k3_s2_e1_c32_se_hs-ir_r1_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9618, "inference_params": 9290, "macs": 328448, "static_costs": {"params": 9618.0, "macs": 328448.0, "peak_memory": 37632.0, "latency": 0.03423099997235113, "energy": 0.00012152258061155115}, "dataflow": {"joules": 3.710746079999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03423099997235113, "latency_ms_p90": 0.03484200004777449, "latency_ms_iqr": 0.00044099999740865314, "cpu_ms_per_call": 0.034741895511907386, "energy_j": 0.00012152258061155115, "energy_cv": 0.0037299356090045557, "energy_source": "model:cpu-ccf", "runs_per_window": 1428, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0006093820568329189, "windows": 5, "cpu_pressure": 0.01318562397788677, "load_average": 2.0595703125, "rejected_windows": 0, "window_energies_j": [0.0001221464261603471, 0.00012152258061155115, 0.00012099680495457637, 0.0001222425465686107, 0.00012159663429167587]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.100629907499993, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.178228655000055, "paired": {"energy_j": 0.00012152881236170657, "latency_ms": 0.03376424108595393, "with_trials": [6, 7], "rounds": 5, "ratio_spread": 0.03152152128352048}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.847, "test_accuracy": 0.8426, "val_curve": [0.7428333333333333, 0.8083333333333333, 0.8303333333333334, 0.8405, 0.8433333333333334, 0.847], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.56122969300003, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 59.04595592704011, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 59.04595592704011}, "train_energy_net_j": 59.04595592704011, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se-ir_r1_k3_s2_e1_c16_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 962, "inference_params": 914, "macs": 50984, "static_costs": {"params": 962.0, "macs": 50984.0, "peak_memory": 18816.0, "latency": 0.014141000008294213, "energy": 5.002450417147596e-05}, "dataflow": {"joules": 8.5311264e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.014141000008294213, "latency_ms_p90": 0.014421999992464407, "latency_ms_iqr": 0.00017999997226070263, "cpu_ms_per_call": 0.014463288243835255, "energy_j": 5.002450417147596e-05, "energy_cv": 0.006489707199632689, "energy_source": "model:cpu-ccf", "runs_per_window": 3445, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.011934244863297305, "windows": 5, "cpu_pressure": 0.06621530993674159, "load_average": 2.05029296875, "rejected_windows": 0, "window_energies_j": [5.064003588095776e-05, 5.062150885342339e-05, 5.068501578025363e-05, 5.002450417147596e-05, 4.994497281358785e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.85881615699995, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1088424319999604, "paired": {"energy_j": 5.108852667792752e-05, "latency_ms": 0.014314102187169359, "with_trials": [0, 2], "rounds": 5, "ratio_spread": 0.0290980428448806}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6501666666666667, "test_accuracy": 0.6542, "val_curve": [0.386, 0.5121666666666667, 0.6185, 0.6371666666666667, 0.6438333333333334, 0.6501666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 3.597814028000016, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 24.878843165600028, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 24.878843165600028}, "train_energy_net_j": 24.878843165600028, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e1_c16_se_hs-ir_r3_k3_s2_e1_c32_se_hs-ir_r1_k3_s2_e1_c56_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 17018, "inference_params": 16594, "macs": 365200, "static_costs": {"params": 17018.0, "macs": 365200.0, "peak_memory": 18816.0, "latency": 0.029534000020703388, "energy": 0.00010449775104729425}, "dataflow": {"joules": 3.579972e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.029534000020703388, "latency_ms_p90": 0.029844000039247476, "latency_ms_iqr": 0.00022099999341662624, "cpu_ms_per_call": 0.0298897375971373, "energy_j": 0.00010449775104729425, "energy_cv": 0.0021939033419621826, "energy_source": "model:cpu-ccf", "runs_per_window": 1671, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0011132348928126756, "windows": 5, "cpu_pressure": 0.005335072313806277, "load_average": 2.0458984375, "rejected_windows": 0, "window_energies_j": [0.00010449775104729425, 0.0001048090081472424, 0.00010419899791666389, 0.0001048209350728423, 0.00010461408158998055]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1261841989999795, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.32342375299998594, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.832, "test_accuracy": 0.8262, "val_curve": [0.715, 0.7748333333333334, 0.792, 0.8206666666666667, 0.8298333333333333, 0.832], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.103150052999979, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 49.17502812996001, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 49.17502812996001}, "train_energy_net_j": 49.17502812996001, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e1_c16_se_hs-ir_r3_k3_s2_e6_c32_se_hs-ir_r3_k3_s2_e1_c56", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 89906, "inference_params": 88458, "macs": 2244816, "static_costs": {"params": 89906.0, "macs": 2244816.0, "peak_memory": 94080.0, "latency": 0.0694530000373561, "energy": 0.0002454445980392803}, "dataflow": {"joules": 0.00018112275359999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0694530000373561, "latency_ms_p90": 0.07075870000221585, "latency_ms_iqr": 0.0008309999657285516, "cpu_ms_per_call": 0.0702656652542343, "energy_j": 0.0002454445980392803, "energy_cv": 0.0068296515837848425, "energy_source": "model:cpu-ccf", "runs_per_window": 709, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0019769445097423954, "windows": 5, "cpu_pressure": 0.002728536490499739, "load_average": 1.95849609375, "rejected_windows": 0, "window_energies_j": [0.0002496861178161533, 0.0002454445980392803, 0.00024592982838982, 0.0002471060571227257, 0.0002449795528913205]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.15866332249999, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9062391160000516, "paired": {"energy_j": 0.0002509499514354555, "latency_ms": 0.06985839053047192, "with_trials": [7], "rounds": 5, "ratio_spread": 0.007201785431248053}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8725, "test_accuracy": 0.8675, "val_curve": [0.7625, 0.8125, 0.8435, 0.8615, 0.8651666666666666, 0.8725], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.946134316999974, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 138.10260013924002, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 138.10260013924002}, "train_energy_net_j": 138.10260013924002, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8-ir_r1_k3_s2_e1_c16_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 818, "inference_params": 770, "macs": 50856, "static_costs": {"params": 818.0, "macs": 50856.0, "peak_memory": 18816.0, "latency": 0.012239000000136002, "energy": 4.318903358854074e-05}, "dataflow": {"joules": 8.4161376e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.012239000000136002, "latency_ms_p90": 0.012348000041129126, "latency_ms_iqr": 0.00010999997357430402, "cpu_ms_per_call": 0.012346279115967624, "energy_j": 4.318903358854074e-05, "energy_cv": 0.0024773281171414988, "energy_source": "model:cpu-ccf", "runs_per_window": 4037, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0005312301628355165, "windows": 5, "cpu_pressure": 0.030103308317593634, "load_average": 2.0380859375, "rejected_windows": 0, "window_energies_j": [4.3298780034677934e-05, 4.3020072965614506e-05, 4.318903358854074e-05, 4.321197690588669e-05, 4.33235824639803e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8256299409999452, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0979187910000405, "paired": {"energy_j": 4.366735641979662e-05, "latency_ms": 0.012231337783926478, "with_trials": [0, 9], "rounds": 5, "ratio_spread": 0.03237721707399044}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6816666666666666, "test_accuracy": 0.6837, "val_curve": [0.434, 0.5061666666666667, 0.5121666666666667, 0.6123333333333333, 0.6816666666666666, 0.6753333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 2.7618492500000116, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 19.138454406640044, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 19.138454406640044}, "train_energy_net_j": 19.138454406640044, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c16_se_hs-ir_r3_k3_s2_e1_c32_se-ir_r3_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 21074, "inference_params": 20522, "macs": 448512, "static_costs": {"params": 21074.0, "macs": 448512.0, "peak_memory": 37632.0, "latency": 0.04215750001890228, "energy": 0.00014907809071558554}, "dataflow": {"joules": 4.98069552e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04215750001890228, "latency_ms_p90": 0.04268399999318717, "latency_ms_iqr": 0.00033125000697964424, "cpu_ms_per_call": 0.04283442304385843, "energy_j": 0.00014907809071558554, "energy_cv": 0.004356741902897311, "energy_source": "model:cpu-ccf", "runs_per_window": 1166, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0056506622393364125, "windows": 5, "cpu_pressure": 0.004631838237842379, "load_average": 1.95458984375, "rejected_windows": 0, "window_energies_j": [0.00015001327206514518, 0.00015075821341465194, 0.00014992048065350447, 0.00014900024099488598, 0.00014907809071558554]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.214652155499948, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.34865179999997054, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8386666666666667, "test_accuracy": 0.8363, "val_curve": [0.7666666666666667, 0.7848333333333334, 0.797, 0.8231666666666667, 0.833, 0.8386666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 9.540544606999958, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 65.62520890415995, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 65.62520890415995}, "train_energy_net_j": 65.62520890415995, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e3_c16_se_hs-ir_r3_k3_s2_e1_c32_se-ir_r3_k3_s2_e6_c48_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 193986, "inference_params": 191946, "macs": 2264688, "static_costs": {"params": 193986.0, "macs": 2264688.0, "peak_memory": 87808.0, "latency": 0.0856379999731871, "energy": 0.00030585849295776147}, "dataflow": {"joules": 0.0002380137648, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0856379999731871, "latency_ms_p90": 0.08852100000353857, "latency_ms_iqr": 0.0009609999978010819, "cpu_ms_per_call": 0.08763795957819118, "energy_j": 0.00030585849295776147, "energy_cv": 0.0028789816174229765, "energy_source": "model:cpu-ccf", "runs_per_window": 568, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0028587258030738916, "windows": 5, "cpu_pressure": 0.004645081577303394, "load_average": 1.9619140625, "rejected_windows": 0, "window_energies_j": [0.0003071238561278642, 0.00030673285852366914, 0.00030585849295776147, 0.0003047023913043868, 0.00030683458053098914]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2862020290000087, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3699664670000402, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8695, "test_accuracy": 0.8597, "val_curve": [0.7943333333333333, 0.8288333333333333, 0.8306666666666667, 0.8575, 0.8588333333333333, 0.8695], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 21.60243865000001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 149.39846282396007, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 149.39846282396007}, "train_energy_net_j": 149.39846282396007, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e1_c16_se_hs-ir_r3_k5_s2_e1_c32_se_hs-ir_r3_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 22794, "inference_params": 22226, "macs": 564672, "static_costs": {"params": 22794.0, "macs": 564672.0, "peak_memory": 37632.0, "latency": 0.043204999997215054, "energy": 0.00015332706934626596}, "dataflow": {"joules": 5.5536091200000004e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.043204999997215054, "latency_ms_p90": 0.04379500001050474, "latency_ms_iqr": 0.0003500000502754119, "cpu_ms_per_call": 0.04384700614574925, "energy_j": 0.00015332706934626596, "energy_cv": 0.0064861059692956965, "energy_source": "model:cpu-ccf", "runs_per_window": 1132, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008964637780037865, "windows": 5, "cpu_pressure": 0.07485357468454343, "load_average": 1.9736328125, "rejected_windows": 0, "window_energies_j": [0.0001553557062500488, 0.00015425605688892575, 0.00015346452151012235, 0.00015332706934626596, 0.00015237948472942323]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.2331217704999915, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2149090610000712, "paired": {"energy_j": 0.00015821613347601852, "latency_ms": 0.044074441057155966, "with_trials": [8, 7], "rounds": 5, "ratio_spread": 0.015123991756619048}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8528333333333333, "test_accuracy": 0.8504, "val_curve": [0.7685, 0.8166666666666667, 0.8263333333333334, 0.8418333333333333, 0.8523333333333334, 0.8528333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.558512805999953, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 73.16793663083998, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 73.16793663083998}, "train_energy_net_j": 73.16793663083998, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c16", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 506, "inference_params": 474, "macs": 53472, "static_costs": {"params": 506.0, "macs": 53472.0, "peak_memory": 18816.0, "latency": 0.008621999995739316, "energy": 3.054342643698464e-05}, "dataflow": {"joules": 7.1957712e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.008621999995739316, "latency_ms_p90": 0.008772999990469543, "latency_ms_iqr": 9.000001455206075e-05, "cpu_ms_per_call": 0.008791894875858826, "energy_j": 3.054342643698464e-05, "energy_cv": 0.004570857387871341, "energy_source": "model:cpu-ccf", "runs_per_window": 5679, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.007471513682070885, "windows": 5, "cpu_pressure": 0.0030769398602322117, "load_average": 1.97998046875, "rejected_windows": 0, "window_energies_j": [3.077163206550589e-05, 3.086432672827435e-05, 3.053379912511927e-05, 3.054342643698464e-05, 3.0820205472193384e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.8428562119999583, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8157198650000055, "paired": {"energy_j": 3.1142973695730524e-05, "latency_ms": 0.008699961005382421, "with_trials": [0], "rounds": 5, "ratio_spread": 0.05980151769500375}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5853333333333334, "test_accuracy": 0.5945, "val_curve": [0.3408333333333333, 0.49566666666666664, 0.48483333333333334, 0.5086666666666667, 0.5735, 0.5853333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 2.6979426390000185, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 18.639547493480006, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 18.639547493480006}, "train_energy_net_j": 18.639547493480006, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c16_se-ir_r3_k5_s2_e1_c48_se-ir_r2_k5_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 25978, "inference_params": 25458, "macs": 649504, "static_costs": {"params": 25978.0, "macs": 649504.0, "peak_memory": 37632.0, "latency": 0.03475099998695441, "energy": 0.00012340934437317315}, "dataflow": {"joules": 5.29415184e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03475099998695441, "latency_ms_p90": 0.035423000025502915, "latency_ms_iqr": 0.00043000000005122274, "cpu_ms_per_call": 0.035299823321552924, "energy_j": 0.00012340934437317315, "energy_cv": 0.004089152567164271, "energy_source": "model:cpu-ccf", "runs_per_window": 1407, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00113473783507545, "windows": 5, "cpu_pressure": 0.022436741738742633, "load_average": 1.9013671875, "rejected_windows": 0, "window_energies_j": [0.00012294674187849752, 0.00012421817499998157, 0.00012354938162543525, 0.00012340934437317315, 0.00012428108706467525]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.19267033500013, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2039570979999326, "paired": {"energy_j": 0.00012719605078300128, "latency_ms": 0.035500005919621304, "with_trials": [8, 15], "rounds": 5, "ratio_spread": 0.026866936133060904}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8605, "test_accuracy": 0.8617, "val_curve": [0.7955, 0.8045, 0.845, 0.8431666666666666, 0.8525, 0.8605], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 9.348067456000024, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 64.50175037912007, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 64.50175037912007}, "train_energy_net_j": 64.50175037912007, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c16_se_hs-ir_r3_k3_s2_e6_c32_se-ir_r3_k3_s2_e1_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 98194, "inference_params": 96674, "macs": 2260960, "static_costs": {"params": 98194.0, "macs": 2260960.0, "peak_memory": 94080.0, "latency": 0.07487199997058269, "energy": 0.0002649621068179251}, "dataflow": {"joules": 0.000183797016, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07487199997058269, "latency_ms_p90": 0.07668399996418884, "latency_ms_iqr": 0.0010819999261002522, "cpu_ms_per_call": 0.07571938262200167, "energy_j": 0.0002649621068179251, "energy_cv": 0.004686031423785041, "energy_source": "model:cpu-ccf", "runs_per_window": 656, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00021034086628501925, "windows": 5, "cpu_pressure": 0.004322074455521189, "load_average": 1.9970703125, "rejected_windows": 0, "window_energies_j": [0.0002642864424240174, 0.00026501783917700587, 0.0002649621068179251, 0.00026729143518499515, 0.00026719192900754793]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.347907368499989, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3868159400000195, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8721666666666666, "test_accuracy": 0.8634, "val_curve": [0.768, 0.8105, 0.8376666666666667, 0.8491666666666666, 0.8655, 0.8721666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.648411595000027, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 156.2323386151201, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 156.2323386151201}, "train_energy_net_j": 156.2323386151201, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c16_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 650, "inference_params": 618, "macs": 53600, "static_costs": {"params": 650.0, "macs": 53600.0, "peak_memory": 18816.0, "latency": 0.010696000003918016, "energy": 3.795528751355215e-05}, "dataflow": {"joules": 7.31076e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.010696000003918016, "latency_ms_p90": 0.010986000006596441, "latency_ms_iqr": 0.00017000002117129043, "cpu_ms_per_call": 0.010878339548147986, "energy_j": 3.795528751355215e-05, "energy_cv": 0.009052322554230155, "energy_source": "model:cpu-ccf", "runs_per_window": 4559, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0031326572068079983, "windows": 5, "cpu_pressure": 0.0068516102033089245, "load_average": 1.99951171875, "rejected_windows": 0, "window_energies_j": [3.8821426203823766e-05, 3.829085726869979e-05, 3.807418841851795e-05, 3.795528751355215e-05, 3.784265357764854e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.826874635499962, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.099687791000008, "paired": {"energy_j": 3.849082590568054e-05, "latency_ms": 0.010818209764313046, "with_trials": [16, 12], "rounds": 5, "ratio_spread": 0.10305749751012239}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5976666666666667, "test_accuracy": 0.5955, "val_curve": [0.4056666666666667, 0.47733333333333333, 0.425, 0.5741666666666667, 0.5976666666666667, 0.5958333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 3.128920070999982, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 21.5482601161597, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 21.5482601161597}, "train_energy_net_j": 21.5482601161597, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts-work/cost-first-0/artifacts/cost-first-0-69773c46/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,0.5545,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,3.17017654219296145332e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,8.8930000003983877832e-03,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,0.8225,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,8.09780557850262798329e-05,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,2.26035377456182372257e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,7.55166666666666652751e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,5.50243696089735545313e-05,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,1.5362071253553426231e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,0.83,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,2.21877892357661901786e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,0.0620894099137127,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,7.49166666666666647422e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,6.10742428471965266307e-05,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,1.73060000179248163476e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,8.37333333333333373893e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,1.41001257146891346158e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,3.93676414594645307509e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.45333333333333380998e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,9.24729654748998348024e-05,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,2.57887069615960334845e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.57666666666666688279e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,2.29702187214440514554e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,6.41615200157266835079e-02,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,0.847,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,1.2152881236170656905e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,3.37642410859539318646e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,6.50166666666666670515e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,5.10885266779275169562e-05,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,1.43141021871693585598e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,0.832,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,1.04497751047294247452e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,2.95340000207033881451e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,0.8725,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,2.50949951435455525464e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,6.9858390530471922708e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,6.81666666666666642981e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,4.366735641979661766e-05,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,1.22313377839264776636e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,8.38666666666666671403e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,1.49078090715585540601e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,4.21575000189022830454e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,0.8695,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,3.05858492957761468698e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,0.0856379999731871,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.52833333333333332149e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,1.58216133476018518122e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,4.40744410571559663836e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,5.85333333333333372117e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,3.11429736957305241997e-05,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,8.69996100538242105038e-03,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,0.8605,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,1.27196050783001278136e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,3.55000059196213038625e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.72166666666666645646e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,2.64962106817925098934e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,7.48719999705826921854e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,5.97666666666666679397e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,3.84908259056805421138e-05,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,1.0818209764313045651e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-11-27 12:25:55.683732','2026-11-27 12:26:00.297382');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-11-27 12:26:02.809567','2026-11-27 12:26:14.287138');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-11-27 12:26:14.412508','2026-11-27 12:26:20.479289');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-11-27 12:26:20.584860','2026-11-27 12:27:03.901654');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-11-27 12:27:04.049028','2026-11-27 12:27:09.996453');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-11-27 12:27:10.091406','2026-11-27 12:27:27.746479');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-11-27 12:27:27.879532','2026-11-27 12:27:37.725247');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-11-27 12:27:37.891840','2026-11-27 12:28:48.195341');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-11-27 12:28:48.310636','2026-11-27 12:28:58.625176');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-11-27 12:28:58.769927','2026-11-27 12:29:03.949891');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-11-27 12:29:04.044183','2026-11-27 12:29:11.832591');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-11-27 12:29:11.968089','2026-11-27 12:29:33.311127');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-11-27 12:29:33.469151','2026-11-27 12:29:37.736388');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-11-27 12:29:37.820931','2026-11-27 12:29:48.058032');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-11-27 12:29:48.219518','2026-11-27 12:30:10.546340');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-11-27 12:30:10.966029','2026-11-27 12:30:23.314705');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-11-27 12:30:23.492558','2026-11-27 12:30:27.380369');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-11-27 12:30:27.454686','2026-11-27 12:30:38.649217');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-11-27 12:30:38.819585','2026-11-27 12:31:02.210491');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-11-27 12:31:02.414604','2026-11-27 12:31:07.058946');
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
