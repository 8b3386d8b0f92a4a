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
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','6a32ee0b6e491d6d34b522bb2e3373ed45c9e2a6',0);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','0954d19574dda84e11813edfe14a8e851d977fd8',1);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','b00283fa7e7a717f0b365ac3b0d0338456c39cb4',2);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','8929d0d486b42caaa9e84caac003b8b79892ea6a',3);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','1eb0149b231b13c202c5dc1977e0715ee89ee7f2',4);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','54962a8c10dbd1375a426ca2922bcf91005a4b51',5);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','bb77db9d162d9035ecd88b7995049d238d69842e',6);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','4e7f129b321474f96ada4a653a9ee8a6c9745824',7);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','a41b45ace942f446868f68bc958dfbd41d0349df',8);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','36f030d0d4c30f88e3091f689facbc0d7c82a8c3',9);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','43e40cf0501a008f1724ce4442c834d12760e469',10);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','d24975d05bea0a711b1f3153ef82e07df7c128b3',11);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','be34851d948150d29fe4b07bdae31872566f932a',12);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','e67dc8c0c0c3d75bf4282896682950dbcf3c59b1',13);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','d314eee0a25b3da1c9acabd4c2d77a42d66bfb10',14);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','cc6bfba499e92a32aaf3652cae155f514bf9c045',15);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','00ce98db5c1306c15be6ccfa21ecd521f82b22c1',16);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','28d1ad220ce8937287d1a1ee11934c1ea353a338',17);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','5508eed09272df12ca30fbffd478b1261b1e238c',18);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','bef3fcb96d868c9c87979243781b166c0422afbb',19);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','14f3ca115ecde7824f5db0d6723d1e3b909449d9',20);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','c6261b4c1867687933d0fff06bb595397b7eb1fa',21);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','b64265924d84757971bf0e0ae69e7a637449626e',22);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','178bb53739ebc40a1359ba39662c7daf8877eced',23);
INSERT INTO "nas_arch_claims" VALUES('bf7e8fdc47f84e0f8045575c9709f54c','cebea53d1ebd6976d79634ef5434c69050245a1e',24);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'cost-first-tail-1');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"cost-first-tail-1\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 1}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"cost-first-tail-1\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/nas.db\",\"sampler\":\"cost-first\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":1,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"2683.1J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"bf7e8fdc47f84e0f8045575c9709f54c"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.00022348843796887163, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.06322400031422148, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.00022348843796887163, \"latency\": 0.06322400031422148}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0008387741961705093, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.23731149963168718, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0008387741961705093, \"latency\": 0.23731149963168718}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [3.153367441480949e-05, 0.0008387741961705093], \"latency\": [0.008924000212573446, 0.23731149963168718]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','2683.1');
INSERT INTO "study_user_attributes" VALUES(8,1,'nas_final:trial-24','{"trial": 24, "reference": null, "record": {"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e6_c32_se_hs-ir_r3_k7_s2_e3_c40_hs-ir_r1_k3_s2_e6_c32_se_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 150242, "inference_params": 148154, "macs": 8037264, "static_costs": {"params": 150242.0, "macs": 8037264.0, "peak_memory": 326144.0}, "dataflow": null, "measurement": {"latency_ms_median": 0.23178600031315, "latency_ms_p90": 0.26903039988610544, "latency_ms_iqr": 0.013735000266024144, "cpu_ms_per_call": 0.24177206280334895, "energy_j": 0.0008412674521486568, "energy_cv": 0.01082658430543742, "energy_source": "model:cpu-ccf", "runs_per_window": 207, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005865872559862817, "windows": 5, "cpu_pressure": 0.005585988664642387, "load_average": 2.09228515625, "rejected_windows": 0, "window_energies_j": [0.0008584079411751226, 0.0008626989901050266, 0.0008412674521486568, 0.0008399531100526234, 0.0008462022198117213]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.9323333333333333, "test_accuracy": 0.9335, "val_curve": [0.8111666666666667, 0.8711666666666666, 0.8388333333333333, 0.893, 0.889, 0.895, 0.8993333333333333, 0.9006666666666666, 0.9078333333333334, 0.9106666666666666, 0.9116666666666666, 0.9155, 0.9083333333333333, 0.9171666666666667, 0.923, 0.9243333333333333, 0.9266666666666666, 0.93, 0.9285, 0.9308333333333333, 0.9323333333333333, 0.9311666666666667, 0.9306666666666666, 0.9323333333333333], "epochs_run": 24, "stop_reason": "finalized: 24 epochs", "train_seconds": 2112.939370301001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 14165.407236949319, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 14165.407236949319}, "train_energy_net_j": 14165.407236949319, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/final/trial-24.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}, "proxy": {"val_accuracy": 0.8883333333333333, "test_accuracy": 0.8758, "val_curve": [0.7935, 0.823, 0.8668333333333333, 0.8583333333333333, 0.876, 0.8883333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 71.28245273900029, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "recipe": {"epochs": 24, "batch_size": 128, "lr": 0.003, "warmup_epochs": 1.0, "weight_decay": 0.05, "label_smoothing": 0.1, "augment": "crop-flip", "seed": 0}, "interleaved_with": [], "attempt": 1, "earlier": []}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 23:15:33');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 23:15:38');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 23:15:50');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 23:16:00');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 23:16:19');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 23:16:28');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 23:16:34');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 23:17:13.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 23:17:19');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 23:17:21');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 23:17:33');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 23:17:50');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 23:18:01');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 23:18:14');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 23:18:39');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 23:18:51');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 23:19:07');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 23:19:18');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 23:19:33');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 23:19:50');
INSERT INTO "trial_heartbeats" VALUES(21,21,'2026-12-06 23:20:09');
INSERT INTO "trial_heartbeats" VALUES(22,22,'2026-12-06 23:20:20');
INSERT INTO "trial_heartbeats" VALUES(23,23,'2026-12-06 23:20:30');
INSERT INTO "trial_heartbeats" VALUES(24,24,'2026-12-06 23:21:19.000000');
INSERT INTO "trial_heartbeats" VALUES(25,25,'2026-12-06 23:22:20.000000');
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
INSERT INTO "trial_params" VALUES(23,2,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(24,2,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(25,2,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(26,2,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(27,2,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(28,2,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(29,2,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(30,2,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(31,2,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(32,2,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(33,2,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(34,2,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(35,2,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(36,2,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(37,2,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(38,2,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(39,2,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(40,2,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(41,3,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(42,3,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(43,3,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(44,3,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(45,3,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(46,3,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(47,3,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(48,3,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(49,3,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(50,3,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(51,3,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(52,3,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(53,3,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(54,3,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(55,3,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(56,3,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(57,3,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(58,3,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(59,3,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(60,3,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(61,4,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(62,4,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(63,4,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(64,4,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(65,4,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(66,4,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(67,4,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(68,4,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(69,4,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(70,4,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(71,4,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(72,4,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(73,4,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(74,4,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(75,4,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(76,4,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(77,4,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(78,4,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(79,4,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(80,4,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(81,5,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(82,5,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(83,5,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(84,5,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(85,5,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(86,5,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(87,5,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(88,5,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(89,5,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(90,5,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(91,5,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(92,5,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(93,5,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(94,5,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(95,5,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(96,5,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(97,5,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(98,5,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(99,5,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(100,5,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(101,6,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(102,6,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(103,6,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(104,6,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(105,6,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(106,6,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(107,6,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(108,6,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(109,6,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(110,6,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(111,6,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(112,6,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(113,6,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(114,6,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(115,6,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(116,6,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(117,6,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(118,6,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(119,6,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(120,6,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(121,7,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(122,7,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(123,7,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(124,7,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(125,7,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(126,7,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(127,7,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(128,7,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(129,7,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(130,7,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(131,7,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(132,7,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(133,7,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(134,7,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(135,7,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(136,7,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(137,7,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(138,7,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(139,7,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(140,7,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(141,8,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(142,8,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(143,8,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(144,8,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(145,8,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(146,8,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(147,8,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(148,8,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(149,8,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(150,8,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(151,8,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(152,8,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(153,8,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(154,8,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(155,8,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(156,8,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(157,8,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(158,8,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(159,8,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(160,8,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(178,9,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(179,9,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(180,9,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(181,10,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(182,10,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(183,10,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(184,10,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(185,10,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(186,10,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(187,10,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(188,10,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(189,10,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(190,10,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(191,10,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(192,10,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(193,10,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(194,10,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(195,10,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(196,10,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(197,10,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(198,10,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(199,10,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(200,10,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(401,21,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(402,21,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(403,21,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(404,21,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(405,21,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(406,21,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(407,21,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(408,21,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(409,21,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(410,21,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(411,21,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(412,21,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(413,21,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(414,21,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(415,21,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(416,21,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(417,21,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(418,21,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(419,21,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(420,21,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(421,22,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(422,22,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(423,22,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(424,22,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(425,22,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(426,22,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(427,22,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(428,22,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(429,22,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(430,22,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(431,22,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(432,22,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(433,22,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(434,22,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(435,22,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(436,22,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(437,22,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(438,22,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(439,22,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(440,22,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(441,23,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(442,23,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(443,23,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(444,23,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(445,23,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(446,23,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(447,23,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(448,23,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(449,23,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(450,23,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(451,23,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(452,23,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(453,23,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(454,23,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(455,23,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(456,23,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(457,23,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(458,23,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(459,23,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(460,23,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(461,24,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(462,24,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(463,24,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(464,24,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(465,24,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(466,24,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(467,24,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(468,24,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(469,24,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(470,24,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(471,24,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(472,24,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(473,24,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(474,24,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(475,24,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(476,24,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(477,24,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(478,24,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(479,24,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(480,24,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(481,25,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(482,25,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(483,25,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(484,25,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(485,25,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(486,25,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(487,25,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(488,25,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(489,25,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(490,25,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(491,25,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(492,25,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(493,25,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(494,25,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(495,25,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(496,25,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(497,25,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(498,25,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(499,25,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(500,25,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 346, "inference_params": 322, "macs": 40848, "static_costs": {"params": 346.0, "macs": 40848.0, "peak_memory": 18816.0, "energy": 3.096150702972058e-05, "latency": 0.008723000064492226}, "dataflow": {"joules": 6.014500799999999e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.008723000064492226, "latency_ms_p90": 0.008864000847097486, "latency_ms_iqr": 0.00010099938663188368, "cpu_ms_per_call": 0.008846578453969363, "energy_j": 3.096150702972058e-05, "energy_cv": 0.004363599842965306, "energy_source": "model:cpu-ccf", "runs_per_window": 5619, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 4.901438327031826e-05, "windows": 5, "cpu_pressure": 0.0012189112928022903, "load_average": 1.92236328125, "rejected_windows": 0, "window_energies_j": [3.1174668251121095e-05, 3.11347707925201e-05, 3.07994174929179e-05, 3.0963024588892766e-05, 3.096150702972058e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9551483654999996, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.27392173299995193, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.52, "test_accuracy": 0.5246, "val_curve": [0.37766666666666665, 0.423, 0.488, 0.5175, 0.5121666666666667, 0.52], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 2.8317987930004165, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 17.636802715599256, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 17.636802715599256}, "train_energy_net_j": 17.636802715599256, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e1_c8_se_hs-ir_r1_k7_s2_e3_c32-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9986, "inference_params": 9722, "macs": 631608, "static_costs": {"params": 9986.0, "macs": 631608.0, "peak_memory": 31360.0, "energy": 9.492443054801989e-05, "latency": 0.02688000040507177}, "dataflow": {"joules": 3.79039968e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02688000040507177, "latency_ms_p90": 0.027099999897473026, "latency_ms_iqr": 0.00021099913283251226, "cpu_ms_per_call": 0.027154488321563815, "energy_j": 9.492443054801989e-05, "energy_cv": 0.0038193041367446173, "energy_source": "model:cpu-ccf", "runs_per_window": 1841, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0012249594417599319, "windows": 5, "cpu_pressure": 0.0003597859417541508, "load_average": 1.9287109375, "rejected_windows": 0, "window_energies_j": [9.515306253413424e-05, 9.504070912547336e-05, 9.515519732532866e-05, 9.492443054801989e-05, 9.418761602806234e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.9320946725000017, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8407985819994792, "paired": {"figures": {"energy": 9.480976216557507e-05, "latency": 0.026723160296682154}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.015862927240421598}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8183333333333334, "test_accuracy": 0.8147, "val_curve": [0.6706666666666666, 0.7473333333333333, 0.7213333333333334, 0.8076666666666666, 0.8146666666666667, 0.8183333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.3845371540001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 71.96778276500038, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 71.96778276500038}, "train_energy_net_j": 71.96778276500038, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e1_c16_se_hs-ir_r1_k3_s2_e3_c24_se_hs-ir_r3_k3_s2_e1_c24-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9970, "inference_params": 9610, "macs": 409072, "static_costs": {"params": 9970.0, "macs": 409072.0, "peak_memory": 50176.0, "energy": 8.943920025773339e-05, "latency": 0.025256999833800364}, "dataflow": {"joules": 3.74211312e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.025256999833800364, "latency_ms_p90": 0.02569899970694678, "latency_ms_iqr": 0.00029100101528456435, "cpu_ms_per_call": 0.025569111963381304, "energy_j": 8.943920025773339e-05, "energy_cv": 0.004968612833161218, "energy_source": "model:cpu-ccf", "runs_per_window": 1947, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0005891333324685721, "windows": 5, "cpu_pressure": 0.0002391486404083577, "load_average": 1.94482421875, "rejected_windows": 0, "window_energies_j": [8.943920025773339e-05, 8.949189187183455e-05, 9.048807798644009e-05, 8.988620005136301e-05, 8.922416795069546e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9577197485000024, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1358560389999184, "paired": {"figures": {"energy": 8.63261155596033e-05, "latency": 0.02435249616434977}, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.04686552832034008}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8413333333333334, "test_accuracy": 0.8349, "val_curve": [0.6351666666666667, 0.7218333333333333, 0.8051666666666667, 0.8361666666666666, 0.8343333333333334, 0.8413333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.625647327000479, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 59.872270842480475, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 59.872270842480475}, "train_energy_net_j": 59.872270842480475, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_hs-ir_r2_k5_s2_e6_c32-ir_r3_k5_s2_e3_c32_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 52282, "inference_params": 50938, "macs": 1798512, "static_costs": {"params": 52282.0, "macs": 1798512.0, "peak_memory": 81536.0, "energy": 0.0001571511540880418, "latency": 0.04444699970918009}, "dataflow": {"joules": 0.0001208349552, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04444699970918009, "latency_ms_p90": 0.04502609999690321, "latency_ms_iqr": 0.000380000528821256, "cpu_ms_per_call": 0.04514159525979945, "energy_j": 0.0001571511540880418, "energy_cv": 0.0047371248499818285, "energy_source": "model:cpu-ccf", "runs_per_window": 1103, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005373357428754222, "windows": 5, "cpu_pressure": 0.0043138320828933485, "load_average": 1.9541015625, "rejected_windows": 0, "window_energies_j": [0.00015884323397436664, 0.0001580637379872975, 0.00015671087828054742, 0.0001571511540880418, 0.00015799558340929808]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.066147273000004, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8870500399998491, "paired": {"figures": {"energy": 0.00015574035770215565, "latency": 0.04380009957809951}, "with_trials": [2], "rounds": 5, "ratio_spread": 0.02393320776730712}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8678333333333333, "test_accuracy": 0.8585, "val_curve": [0.7341666666666666, 0.8038333333333333, 0.8073333333333333, 0.8456666666666667, 0.8511666666666666, 0.8678333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 17.07598909599983, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 118.51051017127874, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 118.51051017127874}, "train_energy_net_j": 118.51051017127874, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c8-ir_r2_k5_s2_e1_c16_se-ir_r1_k5_s2_e1_c64_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 13266, "inference_params": 12962, "macs": 271160, "static_costs": {"params": 13266.0, "macs": 271160.0, "peak_memory": 18816.0, "energy": 8.137983770491601e-05, "latency": 0.023024000256555155}, "dataflow": {"joules": 2.7078336e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.023024000256555155, "latency_ms_p90": 0.023364999833574984, "latency_ms_iqr": 0.00030099909054115415, "cpu_ms_per_call": 0.023327487873071977, "energy_j": 8.137983770491601e-05, "energy_cv": 0.005870966927309348, "energy_source": "model:cpu-ccf", "runs_per_window": 2141, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003273167634000096, "windows": 5, "cpu_pressure": 0.0001598550434466124, "load_average": 1.88720703125, "rejected_windows": 0, "window_energies_j": [8.175078818193874e-05, 8.219869370861283e-05, 8.164620755575192e-05, 8.137983770491601e-05, 8.074575392068782e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9770002090000034, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1408894449996296, "paired": {"figures": {"energy": 7.805920549587773e-05, "latency": 0.022047546786732906}, "with_trials": [0, 2], "rounds": 5, "ratio_spread": 0.027899351334720768}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8273333333333334, "test_accuracy": 0.8207, "val_curve": [0.718, 0.772, 0.8033333333333333, 0.8151666666666667, 0.8193333333333334, 0.8273333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.365413749000254, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 51.14023986516091, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 51.14023986516091}, "train_energy_net_j": 51.14023986516091, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e3_c16_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 7690, "inference_params": 7498, "macs": 993152, "static_costs": {"params": 7690.0, "macs": 993152.0, "peak_memory": 87808.0, "energy": 8.462878025169953e-05, "latency": 0.023906000023998786}, "dataflow": {"joules": 5.08510992e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.023906000023998786, "latency_ms_p90": 0.024156000108632725, "latency_ms_iqr": 0.00016999911167658865, "cpu_ms_per_call": 0.024265419699151164, "energy_j": 8.462878025169953e-05, "energy_cv": 0.0031157405715566623, "energy_source": "model:cpu-ccf", "runs_per_window": 2061, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003547123028794008, "windows": 5, "cpu_pressure": 0.001038547342300099, "load_average": 1.896484375, "rejected_windows": 0, "window_energies_j": [8.462878025169953e-05, 8.508982474226419e-05, 8.492896894702908e-05, 8.519626460481159e-05, 8.450505287392386e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.004129490000004, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2879217849995257, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6325, "test_accuracy": 0.6282, "val_curve": [0.5853333333333334, 0.6325], "epochs_run": 2, "stop_reason": "pareto: validation 0.632 after epoch 2 cannot pass 0.827 of trial 4, which costs no more (bound 0.772: finished curves gained at most 0.120 later, margin 0.02)", "train_seconds": 4.922213727000781, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 34.153678321959816, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 34.153678321959816}, "train_energy_net_j": 34.153678321959816, "train_device_share": 1.0, "pareto_saved_energy_j": 68.30735664391963, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e3_c32", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2714, "inference_params": 2626, "macs": 433088, "static_costs": {"params": 2714.0, "macs": 433088.0, "peak_memory": 43904.0, "energy": 5.2922878275436264e-05, "latency": 0.014922999980626628}, "dataflow": {"joules": 2.25816048e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.014922999980626628, "latency_ms_p90": 0.015112000255612656, "latency_ms_iqr": 0.00014099987311055884, "cpu_ms_per_call": 0.01512488358028873, "energy_j": 5.2922878275436264e-05, "energy_cv": 0.002107179721975565, "energy_source": "model:cpu-ccf", "runs_per_window": 3297, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0002685843256733378, "windows": 5, "cpu_pressure": 0.00781021910639232, "load_average": 1.90478515625, "rejected_windows": 0, "window_energies_j": [5.293709253101056e-05, 5.2922878275436264e-05, 5.273640238022723e-05, 5.295506841783592e-05, 5.308498089155436e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.831196704999993, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0988622479999322, "paired": {"figures": {"energy": 5.098245732240625e-05, "latency": 0.014383897429053086}, "with_trials": [0, 4], "rounds": 5, "ratio_spread": 0.018628922269227077}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7496666666666667, "test_accuracy": 0.749, "val_curve": [0.5006666666666667, 0.6778333333333333, 0.6748333333333333, 0.7158333333333333, 0.74, 0.7496666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.280553274999875, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 50.1374617281201, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 50.1374617281201}, "train_energy_net_j": 50.1374617281201, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c24_se_hs-ir_r3_k7_s2_e3_c40_hs-ir_r1_k5_s2_e1_c32_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 58194, "inference_params": 57010, "macs": 3538200, "static_costs": {"params": 58194.0, "macs": 3538200.0, "peak_memory": 131712.0, "energy": 0.0003117920492831714, "latency": 0.08790099991529132}, "dataflow": {"joules": 0.00019487232, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08790099991529132, "latency_ms_p90": 0.09006700001918944, "latency_ms_iqr": 0.001571999746374786, "cpu_ms_per_call": 0.0905770813740963, "energy_j": 0.0003117920492831714, "energy_cv": 0.01144045110425513, "energy_source": "model:cpu-ccf", "runs_per_window": 553, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.016766737760582906, "windows": 5, "cpu_pressure": 0.0062034662735874265, "load_average": 1.77197265625, "rejected_windows": 0, "window_energies_j": [0.0003089700740749749, 0.0003117920492831714, 0.0003177866987319689, 0.0003176337723949218, 0.000317019784809337]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.1477037199999742, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.903112890000557, "paired": {"figures": {"energy": 0.00030546218940407743, "latency": 0.0860675596501909}, "with_trials": [3], "rounds": 5, "ratio_spread": 0.02009028822648684}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.88, "test_accuracy": 0.8776, "val_curve": [0.7901666666666667, 0.8176666666666667, 0.8558333333333333, 0.8713333333333333, 0.8776666666666667, 0.88], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 34.3866781910001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 238.40342893844084, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 238.40342893844084}, "train_energy_net_j": 238.40342893844084, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 514, "inference_params": 474, "macs": 67504, "static_costs": {"params": 514.0, "macs": 67504.0, "peak_memory": 18816.0, "energy": 4.4528230740190766e-05, "latency": 0.012599000001500826}, "dataflow": {"joules": 1.03127184e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.012599000001500826, "latency_ms_p90": 0.01274900023418013, "latency_ms_iqr": 0.0001299986251979135, "cpu_ms_per_call": 0.012735731839256973, "energy_j": 4.4528230740190766e-05, "energy_cv": 0.0023238454862696037, "energy_source": "model:cpu-ccf", "runs_per_window": 3892, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0010517080160197256, "windows": 5, "cpu_pressure": 0.0006176660253808362, "load_average": 1.94775390625, "rejected_windows": 0, "window_energies_j": [4.4768275129537095e-05, 4.4652698137276016e-05, 4.447020413668187e-05, 4.4528230740190766e-05, 4.4575061437399404e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9844595950000112, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.28308402499988006, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.37783333333333335, "test_accuracy": 0.387, "val_curve": [0.35283333333333333, 0.37783333333333335], "epochs_run": 2, "stop_reason": "pareto: validation 0.378 after epoch 2 cannot pass 0.520 of trial 0, which costs no more (bound 0.517: finished curves gained at most 0.120 later, margin 0.02)", "train_seconds": 1.5200875780001297, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 10.543487668800307, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 10.543487668800307}, "train_energy_net_j": 10.543487668800307, "train_device_share": 1.0, "pareto_saved_energy_j": 21.086975337600613, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e1_c8_se_hs-ir_r1_k5_s2_e3_c32_hs-ir_r3_k5_s2_e3_c24_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 23954, "inference_params": 23234, "macs": 589848, "static_costs": {"params": 23954.0, "macs": 589848.0, "peak_memory": 25088.0, "energy": 0.00010536670770591685, "latency": 0.02974400013044942}, "dataflow": {"joules": 5.0457100799999995e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02974400013044942, "latency_ms_p90": 0.030064999918977264, "latency_ms_iqr": 0.00022900076146470383, "cpu_ms_per_call": 0.030108813365349044, "energy_j": 0.00010536670770591685, "energy_cv": 0.0028576495550887665, "energy_source": "model:cpu-ccf", "runs_per_window": 1661, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00013418918662866375, "windows": 5, "cpu_pressure": 0.0003186810302053808, "load_average": 1.79150390625, "rejected_windows": 0, "window_energies_j": [0.00010521449699520017, 0.00010541994049788052, 0.00010536670770591685, 0.00010607863072693913, 0.00010538084677872166]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.05934321799996, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1649898280002162, "paired": {"figures": {"energy": 0.00010341162410261348, "latency": 0.029100551002259348}, "with_trials": [2, 3], "rounds": 5, "ratio_spread": 0.02581293195917267}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8641666666666666, "test_accuracy": 0.8534, "val_curve": [0.7535, 0.805, 0.8193333333333334, 0.8441666666666666, 0.8593333333333333, 0.8641666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 9.94392025399975, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 69.00083325704028, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 69.00083325704028}, "train_energy_net_j": 69.00083325704028, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_hs-ir_r2_k5_s2_e3_c32-ir_r3_k5_s2_e3_c24_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 45434, "inference_params": 44450, "macs": 1161016, "static_costs": {"params": 45434.0, "macs": 1161016.0, "peak_memory": 43904.0, "energy": 0.00017474186267603172, "latency": 0.04933300078846514}, "dataflow": {"joules": 9.172047359999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04933300078846514, "latency_ms_p90": 0.050056800318998285, "latency_ms_iqr": 0.0005110005076858215, "cpu_ms_per_call": 0.049956536463718955, "energy_j": 0.00017474186267603172, "energy_cv": 0.0035498368716759465, "energy_source": "model:cpu-ccf", "runs_per_window": 996, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0006066946143361562, "windows": 5, "cpu_pressure": 0.0002994693104381271, "load_average": 1.82421875, "rejected_windows": 0, "window_energies_j": [0.00017545314914053583, 0.00017484787762301633, 0.00017474186267603172, 0.00017586541365512836, 0.00017405894232697713]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2273661855000029, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.35267458299949794, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8621666666666666, "test_accuracy": 0.8527, "val_curve": [0.7311666666666666, 0.7753333333333333, 0.8181666666666667, 0.8465, 0.8603333333333333, 0.8621666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.622601068000222, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 114.83702726860083, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 114.83702726860083}, "train_energy_net_j": 114.83702726860083, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c8_se-ir_r1_k3_s2_e1_c16_se_hs-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 32178, "inference_params": 31226, "macs": 588040, "static_costs": {"params": 32178.0, "macs": 588040.0, "peak_memory": 24960.0, "energy": 0.00010774130123116685, "latency": 0.030365000384335872}, "dataflow": {"joules": 5.3501184e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.030365000384335872, "latency_ms_p90": 0.03087599998252699, "latency_ms_iqr": 0.00039000042306724936, "cpu_ms_per_call": 0.030864699750313026, "energy_j": 0.00010774130123116685, "energy_cv": 0.005403751738505653, "energy_source": "model:cpu-ccf", "runs_per_window": 1609, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0026465978382508304, "windows": 5, "cpu_pressure": 0.003276370698698269, "load_average": 1.94873046875, "rejected_windows": 0, "window_energies_j": [0.00010878290832694184, 0.00010802644912609558, 0.00010774130123116685, 0.00010808654452054712, 0.00010697925641943361]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1573792579999918, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33209707500009245, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8606666666666667, "test_accuracy": 0.8522, "val_curve": [0.7578333333333334, 0.7848333333333334, 0.8356666666666667, 0.841, 0.8561666666666666, 0.8606666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 9.98020897599963, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 69.23563434096063, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 69.23563434096063}, "train_energy_net_j": 69.23563434096063, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se-ir_r2_k5_s2_e1_c16_se_hs-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 33178, "inference_params": 32194, "macs": 601624, "static_costs": {"params": 33178.0, "macs": 601624.0, "peak_memory": 24960.0, "energy": 0.0001195236670110439, "latency": 0.03362000006745802}, "dataflow": {"joules": 5.6262470399999996e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03362000006745802, "latency_ms_p90": 0.03423100042709848, "latency_ms_iqr": 0.0003909999577444978, "cpu_ms_per_call": 0.034203132967787334, "energy_j": 0.0001195236670110439, "energy_cv": 0.006611367230089345, "energy_source": "model:cpu-ccf", "runs_per_window": 1452, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00156704007579056, "windows": 5, "cpu_pressure": 0.0022911437214186274, "load_average": 1.95703125, "rejected_windows": 0, "window_energies_j": [0.00011971096538725567, 0.00012067807207526424, 0.00012054860055252729, 0.0001195236670110439, 0.00011848815696946799]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.128756019499917, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.184254036999846, "paired": {"figures": {"energy": 0.00011502073656415062, "latency": 0.03233353597899488}, "with_trials": [9, 3], "rounds": 5, "ratio_spread": 0.02616019501363165}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8673333333333333, "test_accuracy": 0.8574, "val_curve": [0.7638333333333334, 0.8156666666666667, 0.8168333333333333, 0.8598333333333333, 0.8576666666666667, 0.8673333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.566114389999711, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 73.33657561720011, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 73.33657561720011}, "train_energy_net_j": 73.33657561720011, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e1_c24_se_hs-ir_r2_k3_s2_e3_c40-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 67786, "inference_params": 66026, "macs": 2656224, "static_costs": {"params": 67786.0, "macs": 2656224.0, "peak_memory": 75264.0, "energy": 0.00023162093733338906, "latency": 0.06551249998665298}, "dataflow": {"joules": 0.0001600052304, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06551249998665298, "latency_ms_p90": 0.06653180025750771, "latency_ms_iqr": 0.000612000803812407, "cpu_ms_per_call": 0.0664919641434373, "energy_j": 0.00023162093733338906, "energy_cv": 0.005759575231285007, "energy_source": "model:cpu-ccf", "runs_per_window": 750, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004753185015639705, "windows": 5, "cpu_pressure": 0.008040584561223136, "load_average": 1.96435546875, "rejected_windows": 0, "window_energies_j": [0.00023079035742705728, 0.00023272187450203055, 0.00023461917500002514, 0.0002334100393315263, 0.00023162093733338906]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.198817080500007, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2036392039999555, "paired": {"figures": {"energy": 0.00022203446299620802, "latency": 0.06255764731220093}, "with_trials": [3, 7], "rounds": 5, "ratio_spread": 0.02928862167946855}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8685, "test_accuracy": 0.8595, "val_curve": [0.7771666666666667, 0.8301666666666667, 0.8316666666666667, 0.8506666666666667, 0.8613333333333333, 0.8685], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.76835067600041, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 164.38826931960045, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 164.38826931960045}, "train_energy_net_j": 164.38826931960045, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se-ir_r2_k5_s2_e1_c16_se-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 33178, "inference_params": 32194, "macs": 601624, "static_costs": {"params": 33178.0, "macs": 601624.0, "peak_memory": 24960.0, "energy": 0.0001149554986763153, "latency": 0.032467999517393764}, "dataflow": {"joules": 5.6262470399999996e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.032467999517393764, "latency_ms_p90": 0.03312999979243614, "latency_ms_iqr": 0.00041100065573118627, "cpu_ms_per_call": 0.032966056691222746, "energy_j": 0.0001149554986763153, "energy_cv": 0.005743483424143291, "energy_source": "model:cpu-ccf", "runs_per_window": 1511, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003703169903711556, "windows": 5, "cpu_pressure": 0.00043948632838200307, "load_average": 1.95361328125, "rejected_windows": 0, "window_energies_j": [0.0001167338076664382, 0.00011544549142512561, 0.00011489555231783721, 0.0001153811984192796, 0.0001149554986763153]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1716458285000186, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33662649399957445, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8523333333333334, "test_accuracy": 0.8443, "val_curve": [0.7223333333333334, 0.7918333333333333, 0.8318333333333333, 0.8263333333333334, 0.8498333333333333, 0.8523333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.517566594000527, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 72.98148325559904, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 72.98148325559904}, "train_energy_net_j": 72.98148325559904, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c8_se-ir_r2_k3_s2_e3_c16-ir_r3_k5_s2_e6_c24_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 63722, "inference_params": 62578, "macs": 835336, "static_costs": {"params": 63722.0, "macs": 835336.0, "peak_memory": 43904.0, "energy": 0.0001797289419907748, "latency": 0.05072600015409989}, "dataflow": {"joules": 0.00010011274559999999, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05072600015409989, "latency_ms_p90": 0.05152600006113062, "latency_ms_iqr": 0.00046099921746645123, "cpu_ms_per_call": 0.05136314078675163, "energy_j": 0.0001797289419907748, "energy_cv": 0.002666706633264412, "energy_source": "model:cpu-ccf", "runs_per_window": 968, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00023396767593530932, "windows": 5, "cpu_pressure": 0.00804903215363869, "load_average": 1.9609375, "rejected_windows": 0, "window_energies_j": [0.0001797709927536307, 0.00018030574768537232, 0.00018054613361161452, 0.0001797289419907748, 0.0001791768341942269]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2489293670000592, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3587645000006887, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8611666666666666, "test_accuracy": 0.8584, "val_curve": [0.7135, 0.8026666666666666, 0.8331666666666667, 0.8468333333333333, 0.8578333333333333, 0.8611666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.091413170999658, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 104.66380149639954, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 104.66380149639954}, "train_energy_net_j": 104.66380149639954, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e1_c8_hs-ir_r1_k5_s2_e3_c32-ir_r3_k5_s2_e3_c24_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 33450, "inference_params": 32794, "macs": 551176, "static_costs": {"params": 33450.0, "macs": 551176.0, "peak_memory": 25088.0, "energy": 0.0001212444986154057, "latency": 0.03431100049056113}, "dataflow": {"joules": 5.59368096e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03431100049056113, "latency_ms_p90": 0.034754700391204096, "latency_ms_iqr": 0.00029099987841618713, "cpu_ms_per_call": 0.03484867929824089, "energy_j": 0.0001212444986154057, "energy_cv": 0.003908680438638978, "energy_source": "model:cpu-ccf", "runs_per_window": 1433, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005986901976805958, "windows": 5, "cpu_pressure": 0.003176427345120055, "load_average": 1.97021484375, "rejected_windows": 0, "window_energies_j": [0.0001221359704225067, 0.00012220313014591483, 0.00012197037754384311, 0.0001212444986154057, 0.000121059237447694]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.157378379500031, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33226663900040876, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8595, "test_accuracy": 0.8587, "val_curve": [0.7625, 0.7901666666666667, 0.826, 0.8491666666666666, 0.8518333333333333, 0.8595], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.669023487000231, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 73.8760021776401, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 73.8760021776401}, "train_energy_net_j": 73.8760021776401, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e1_c24_se-ir_r2_k3_s2_e1_c40_se_hs-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 53450, "inference_params": 52058, "macs": 1357632, "static_costs": {"params": 53450.0, "macs": 1357632.0, "peak_memory": 62400.0, "energy": 0.00016075960881540928, "latency": 0.04531699960352853}, "dataflow": {"joules": 9.86517072e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04531699960352853, "latency_ms_p90": 0.04643000011128606, "latency_ms_iqr": 0.0005310002961778082, "cpu_ms_per_call": 0.04602863324049891, "energy_j": 0.00016075960881540928, "energy_cv": 0.008356406800018146, "energy_source": "model:cpu-ccf", "runs_per_window": 1077, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0021187382132037413, "windows": 5, "cpu_pressure": 0.07728491657717457, "load_average": 1.97509765625, "rejected_windows": 0, "window_energies_j": [0.00016404732341836198, 0.00016288308480899764, 0.00016062184458836504, 0.00016075960881540928, 0.00016110021634174618]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1735693199999702, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3368707090003227, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8661666666666666, "test_accuracy": 0.8604, "val_curve": [0.7455, 0.8246666666666667, 0.8335, 0.8553333333333333, 0.863, 0.8661666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.345507960999385, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 99.49634341947885, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 99.49634341947885}, "train_energy_net_j": 99.49634341947885, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e1_c8_se_hs-ir_r2_k3_s2_e3_c32-ir_r3_k5_s2_e6_c40_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 84802, "inference_params": 82946, "macs": 1881592, "static_costs": {"params": 84802.0, "macs": 1881592.0, "peak_memory": 49920.0, "energy": 0.0001668376772333652, "latency": 0.04695999996329192}, "dataflow": {"joules": 0.0001325687232, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04695999996329192, "latency_ms_p90": 0.04777739977726014, "latency_ms_iqr": 0.0005209994924371131, "cpu_ms_per_call": 0.04768533365098989, "energy_j": 0.0001668376772333652, "energy_cv": 0.003985122439332054, "energy_source": "model:cpu-ccf", "runs_per_window": 1041, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00036556817447230827, "windows": 5, "cpu_pressure": 0.06741497824060036, "load_average": 1.9814453125, "rejected_windows": 0, "window_energies_j": [0.00016651929471149282, 0.00016689866777846462, 0.0001680611177325779, 0.00016811212103744717, 0.0001668376772333652]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2958716365000527, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3725209280000854, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8653333333333333, "test_accuracy": 0.8631, "val_curve": [0.7683333333333333, 0.798, 0.8238333333333333, 0.8448333333333333, 0.8591666666666666, 0.8653333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.90218119400015, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 109.857608558159, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 109.857608558159}, "train_energy_net_j": 109.857608558159, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e3_c16_se_hs-ir_r2_k3_s2_e1_c32_se-ir_r3_k7_s2_e6_c40_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 96826, "inference_params": 95114, "macs": 2061872, "static_costs": {"params": 96826.0, "macs": 2061872.0, "peak_memory": 49920.0, "energy": 0.00020645045518869235, "latency": 0.058276999880035874}, "dataflow": {"joules": 0.00013682481119999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.058276999880035874, "latency_ms_p90": 0.059208000493526924, "latency_ms_iqr": 0.0005499996404978447, "cpu_ms_per_call": 0.059068376190482684, "energy_j": 0.00020645045518869235, "energy_cv": 0.003417973383165522, "energy_source": "model:cpu-ccf", "runs_per_window": 845, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0013991806302051657, "windows": 5, "cpu_pressure": 0.0067917638996298655, "load_average": 2.06103515625, "rejected_windows": 0, "window_energies_j": [0.00020727737278102373, 0.0002067393166666894, 0.00020645045518869235, 0.00020818386510787043, 0.0002061882815087623]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1840097955000317, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3397767259993998, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8598333333333333, "test_accuracy": 0.8581, "val_curve": [0.7678333333333334, 0.8253333333333334, 0.8288333333333333, 0.833, 0.8378333333333333, 0.8598333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.01368918499975, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 124.89067768151945, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 124.89067768151945}, "train_energy_net_j": 124.89067768151945, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(21,21,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se-ir_r2_k7_s2_e1_c16_se-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 33754, "inference_params": 32770, "macs": 629848, "static_costs": {"params": 33754.0, "macs": 629848.0, "peak_memory": 24960.0, "energy": 0.00012328094119695867, "latency": 0.034421000236761756}, "dataflow": {"joules": 5.676670079999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.034421000236761756, "latency_ms_p90": 0.03533299968694337, "latency_ms_iqr": 0.0005109995981911197, "cpu_ms_per_call": 0.03525847780169747, "energy_j": 0.00012328094119695867, "energy_cv": 0.055204739657487116, "energy_source": "model:cpu-ccf", "runs_per_window": 1416, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0010036515602585006, "windows": 5, "cpu_pressure": 0.01178551442419656, "load_average": 2.259765625, "rejected_windows": 0, "window_energies_j": [0.00014066259919713207, 0.00012220784886997905, 0.00012340467230594114, 0.00012405165082205285, 0.00012328094119695867]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1706477790000918, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33627780499955406, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8568333333333333, "test_accuracy": 0.8588, "val_curve": [0.752, 0.7986666666666666, 0.8295, 0.8396666666666667, 0.8531666666666666, 0.8568333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.102962546000526, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 70.00178302856024, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 70.00178302856024}, "train_energy_net_j": 70.00178302856024, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00020.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(22,22,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e1_c8_se_hs-ir_r2_k5_s2_e1_c16_hs-ir_r3_k5_s2_e3_c32_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 26066, "inference_params": 25346, "macs": 477336, "static_costs": {"params": 26066.0, "macs": 477336.0, "peak_memory": 18816.0, "energy": 9.033741946308051e-05, "latency": 0.02547799977037357}, "dataflow": {"joules": 4.36371456e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02547799977037357, "latency_ms_p90": 0.025817999812716153, "latency_ms_iqr": 0.0002299993866472505, "cpu_ms_per_call": 0.02584920930248629, "energy_j": 9.033741946308051e-05, "energy_cv": 0.0014840347138157825, "energy_source": "model:cpu-ccf", "runs_per_window": 1923, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0014923283886427718, "windows": 5, "cpu_pressure": 0.00653879925110926, "load_average": 2.21923828125, "rejected_windows": 0, "window_energies_j": [9.062174648252698e-05, 9.0472232558702e-05, 9.025707358302905e-05, 9.033741946308051e-05, 9.05510999479017e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.013478283499751, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.150485645000117, "paired": {"figures": {"energy": 8.679942056137283e-05, "latency": 0.024472793518951312}, "with_trials": [2, 9], "rounds": 5, "ratio_spread": 0.016522404004528424}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.858, "test_accuracy": 0.8477, "val_curve": [0.7383333333333333, 0.8173333333333334, 0.8315, 0.8326666666666667, 0.8538333333333333, 0.858], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.614492089000123, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 52.83629725064033, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 52.83629725064033}, "train_energy_net_j": 52.83629725064033, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00021.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(23,23,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e1_c24_se_hs-ir_r3_k3_s2_e3_c16_hs-ir_r3_k5_s2_e6_c32_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 97114, "inference_params": 95570, "macs": 1495336, "static_costs": {"params": 97114.0, "macs": 1495336.0, "peak_memory": 75264.0, "energy": 0.0002078843830167952, "latency": 0.058646999605116434}, "dataflow": {"joules": 0.00014551834559999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.058646999605116434, "latency_ms_p90": 0.05949440001131734, "latency_ms_iqr": 0.0005020001481170766, "cpu_ms_per_call": 0.05944754750603643, "energy_j": 0.0002078843830167952, "energy_cv": 0.0022079204132618552, "energy_source": "model:cpu-ccf", "runs_per_window": 839, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008756466055346301, "windows": 5, "cpu_pressure": 0.0003596952949237668, "load_average": 2.10498046875, "rejected_windows": 0, "window_energies_j": [0.0002078843830167952, 0.00020750121326175143, 0.0002080664162711275, 0.0002086193529412164, 0.00020873135220657668]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2317526269999632, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.353214076999393, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8606666666666667, "test_accuracy": 0.8553, "val_curve": [0.7735, 0.8173333333333334, 0.8316666666666667, 0.8435, 0.8548333333333333, 0.8606666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.47854674300015, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 127.70522463587967, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 127.70522463587967}, "train_energy_net_j": 127.70522463587967, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00022.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(24,24,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c16-ir_r3_k7_s2_e6_c40-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 82602, "inference_params": 81130, "macs": 4250560, "static_costs": {"params": 82602.0, "macs": 4250560.0, "peak_memory": 101920.0, "energy": 0.0002434213484637861, "latency": 0.06892300007166341}, "dataflow": {"joules": 0.000194680776, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06892300007166341, "latency_ms_p90": 0.06968399975448847, "latency_ms_iqr": 0.0004977496246283408, "cpu_ms_per_call": 0.06955582614741698, "energy_j": 0.0002434213484637861, "energy_cv": 0.0020912699765452485, "energy_source": "model:cpu-ccf", "runs_per_window": 716, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 9.877133753910528e-05, "windows": 5, "cpu_pressure": 0.004434572615295835, "load_average": 2.0810546875, "rejected_windows": 0, "window_energies_j": [0.00024427630014035113, 0.00024344539151595942, 0.0002434213484637861, 0.00024284704854438225, 0.000244067174125919]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.08233054650006, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3099215539996294, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8665, "test_accuracy": 0.8639, "val_curve": [0.6675, 0.8163333333333334, 0.7993333333333333, 0.8476666666666667, 0.8606666666666667, 0.8665], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 29.78710019099981, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 206.36237654980073, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 206.36237654980073}, "train_energy_net_j": 206.36237654980073, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00023.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(25,25,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e6_c32_se_hs-ir_r3_k7_s2_e3_c40_hs-ir_r1_k3_s2_e6_c32_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 150242, "inference_params": 148154, "macs": 8037264, "static_costs": {"params": 150242.0, "macs": 8037264.0, "peak_memory": 326144.0, "energy": 0.0005761606513203786, "latency": 0.16318349980792846}, "dataflow": {"joules": 0.00039295561439999996, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.16318349980792846, "latency_ms_p90": 0.1659274998928595, "latency_ms_iqr": 0.0019652504761324963, "cpu_ms_per_call": 0.1646538289486144, "energy_j": 0.0005761606513203786, "energy_cv": 0.005474855803459749, "energy_source": "model:cpu-ccf", "runs_per_window": 304, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00022172635267447838, "windows": 5, "cpu_pressure": 0.0004185332502228965, "load_average": 1.94921875, "rejected_windows": 0, "window_energies_j": [0.0005814623837207015, 0.0005795697906975431, 0.0005762884013201505, 0.0005722766875000629, 0.0005761606513203786]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.203124711499896, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9182458830000542, "paired": {"figures": {"energy": 0.0005523127631674109, "latency": 0.15579965294473316}, "with_trials": [7], "rounds": 5, "ratio_spread": 0.017791275676651397}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8883333333333333, "test_accuracy": 0.8758, "val_curve": [0.7935, 0.823, 0.8668333333333333, 0.8583333333333333, 0.876, 0.8883333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 71.28245273900029, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 492.98934576260103, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 492.98934576260103}, "train_energy_net_j": 492.98934576260103, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-1/artifacts/cost-first-tail-1-bf7e8fdc/trial-00024.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,0.52,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,3.09615070297205810133e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,8.72300006449222564697e-03,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,8.18333333333333357018e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,9.48097621655750706984e-05,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,2.67231602966821538136e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.41333333333333377446e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,8.63261155596033e-05,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,2.43524961643497711571e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.67833333333333345471e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,1.55740357702155652252e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,4.38000995780995078243e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,8.27333333333333365011e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,7.80592054958777258142e-05,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,2.20475467867329057158e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,0.6325,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,8.46287802516995304839e-05,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,2.39060000239987857639e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,7.49666666666666703378e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,5.09824573224062498749e-05,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,1.43838974290530861172e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,0.88,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,3.05462189404077434119e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,0.0860675596501909,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,3.77833333333333354353e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,4.45282307401907663426e-05,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,1.25990000015008263289e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.64166666666666638541e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,1.03411624102613477777e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,2.91005510022593477659e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.62166666666666636764e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,1.74741862676031724276e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,4.933300078846514225e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,8.60666666666666690943e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,1.07741301231166852303e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,3.03650003843358717858e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,8.67333333333333289516e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,1.15020736564150620907e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,3.23335359789948817432e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,0.8685,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,2.22034462996208018566e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,6.25576473122009257821e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,8.52333333333333387216e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,1.14955498676315301864e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,3.24679995173937641084e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.61166666666666635876e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,1.79728941990774809551e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,5.07260001540998928248e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,0.8595,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,1.21244498615405698217e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,3.43110004905611276626e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.66166666666666640317e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,1.6075960881540928395e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,4.53169996035285294055e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.6533333333333328774e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,1.66837677233365200843e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,4.69599999632919207215e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,8.59833333333333338366e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,2.06450455188692352272e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,5.82769998800358735024e-02,'FINITE');
INSERT INTO "trial_values" VALUES(61,21,0,8.56833333333333335701e-01,'FINITE');
INSERT INTO "trial_values" VALUES(62,21,1,1.23280941196958666612e-04,'FINITE');
INSERT INTO "trial_values" VALUES(63,21,2,3.44210002367617562413e-02,'FINITE');
INSERT INTO "trial_values" VALUES(64,22,0,0.858,'FINITE');
INSERT INTO "trial_values" VALUES(65,22,1,8.67994205613728297965e-05,'FINITE');
INSERT INTO "trial_values" VALUES(66,22,2,2.44727935189513121083e-02,'FINITE');
INSERT INTO "trial_values" VALUES(67,23,0,8.60666666666666690943e-01,'FINITE');
INSERT INTO "trial_values" VALUES(68,23,1,2.07884383016795204609e-04,'FINITE');
INSERT INTO "trial_values" VALUES(69,23,2,5.86469996051164343953e-02,'FINITE');
INSERT INTO "trial_values" VALUES(70,24,0,0.8665,'FINITE');
INSERT INTO "trial_values" VALUES(71,24,1,2.43421348463786105069e-04,'FINITE');
INSERT INTO "trial_values" VALUES(72,24,2,6.89230000716634094715e-02,'FINITE');
INSERT INTO "trial_values" VALUES(73,25,0,8.88333333333333308168e-01,'FINITE');
INSERT INTO "trial_values" VALUES(74,25,1,5.52312763167410892412e-04,'FINITE');
INSERT INTO "trial_values" VALUES(75,25,2,1.55799652944733163506e-01,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 23:15:33.163676','2026-12-06 23:15:36.619464');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 23:15:38.720240','2026-12-06 23:15:50.355130');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 23:15:50.471899','2026-12-06 23:16:00.716926');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 23:16:00.848180','2026-12-06 23:16:19.295078');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 23:16:19.433641','2026-12-06 23:16:28.422579');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 23:16:28.549472','2026-12-06 23:16:34.113830');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 23:16:34.204193','2026-12-06 23:16:43.030609');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 23:16:43.113979','2026-12-06 23:17:18.909849');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 23:17:19.060507','2026-12-06 23:17:21.217136');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 23:17:21.297050','2026-12-06 23:17:32.951448');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 23:17:33.115975','2026-12-06 23:17:50.459932');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 23:17:50.631929','2026-12-06 23:18:01.308806');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 23:18:01.444441','2026-12-06 23:18:13.764241');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 23:18:14.111046','2026-12-06 23:18:39.700704');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 23:18:39.864959','2026-12-06 23:18:51.074271');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 23:18:51.225570','2026-12-06 23:19:07.038372');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 23:19:07.212251','2026-12-06 23:19:18.564773');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 23:19:18.711195','2026-12-06 23:19:33.750947');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 23:19:33.895193','2026-12-06 23:19:50.525687');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 23:19:50.880350','2026-12-06 23:20:09.591906');
INSERT INTO "trials" VALUES(21,20,1,'COMPLETE','2026-12-06 23:20:09.763740','2026-12-06 23:20:20.555747');
INSERT INTO "trials" VALUES(22,21,1,'COMPLETE','2026-12-06 23:20:20.694430','2026-12-06 23:20:29.989680');
INSERT INTO "trials" VALUES(23,22,1,'COMPLETE','2026-12-06 23:20:30.112273','2026-12-06 23:20:49.298807');
INSERT INTO "trials" VALUES(24,23,1,'COMPLETE','2026-12-06 23:20:49.458246','2026-12-06 23:21:19.899414');
INSERT INTO "trials" VALUES(25,24,1,'COMPLETE','2026-12-06 23:21:20.223939','2026-12-06 23:22:32.936926');
CREATE TABLE version_info (
	version_info_id INTEGER NOT NULL, 
	schema_version INTEGER, 
	library_version VARCHAR(256), 
	PRIMARY KEY (version_info_id), 
	CHECK (version_info_id=1)
);
INSERT INTO "version_info" VALUES(1,12,'5.1.0');
CREATE UNIQUE INDEX ix_studies_study_name ON studies (study_name);
CREATE INDEX ix_trials_study_id ON trials (study_id);
COMMIT;
