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
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','58174f21a3dbcd2b977b65031e9ac7559c4e0414',0);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','51a298e59e64952640c1e7f17436526caab0eb63',1);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','bc9894a434ab7c5448034a69ba7ac723a6f0b38c',2);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','c8e656f6182f10b54b20fa0fa98015aba2e0bee7',3);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','e1a0bf2fb0c3691d39f1e48b48249377889af8aa',4);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','20eb11c75ecb310eabbafeefed257eb65da4cc4c',5);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','bbf6ac3a2989956eb98496d2cb71f92140385c9f',6);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','60cf6bca6c6f6ded2330cddf34ef065659f70d05',7);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','06b5ea47a9f0f3f4f732e71290a9e0c7193d5a5d',8);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','e7ad1a9cc305d007fab6a0dfdd7e6c37a6d457ad',9);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','b4b806f27c5591b4e6da5f9f4aed8b4da3eeeafd',11);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','775aed0edb8340537ea41d57d8e3c53c5f63fd5b',12);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','4ecc44858077f158c314890e3b61c09f973582a7',13);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','c5c66d8eab4799c3d05993879352d9d153077a46',14);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','0d8f24cb54548ee07a32674cba01943527dd7e23',15);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','f80253424e1875b3d77a5b8f834d139ffd0856da',16);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','7653813ee33a0837b4516918ccc10acfb26599f7',17);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','cd489517ece656cd9c4d0c46f9e77bd2f2c90f3a',18);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','8378df9e55fb2a3d759e36fa9f11cb57e01464f8',19);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','3792cb2c14096ff91236df079c6c1e6be63f96d0',21);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','b564a5cc2d8dadfefd8f2e541b5a79bf13c11030',22);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','e9399c0bda4436ff7048fb765a3fb5627bbe0884',23);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','3c579c89028e7574a170e1bda90c730df9cfd194',24);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','4112b61bfcfca60621f30661c09343d9467c71ed',25);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','f5e01c95112f81950b9c499251b6fdd86a1b2944',26);
INSERT INTO "nas_arch_claims" VALUES('009f37e1333942c6aad326da23555c4d','7e710bd774ff6a3dbda587c89d21bebc6f59d1ee',27);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'nsga2-0');
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
INSERT INTO "study_system_attributes" VALUES(2,1,'NSGAIISampler:parent:1','[4, 5, 7, 8, 1, 3, 2, 6]');
INSERT INTO "study_system_attributes" VALUES(3,1,'NSGAIISampler:parent:2','[12, 15, 17, 4, 5, 16, 14, 13]');
INSERT INTO "study_system_attributes" VALUES(4,1,'NSGAIISampler:parent:3','[19, 20, 22, 24, 5, 15, 17, 25]');
CREATE TABLE study_user_attributes (
	study_user_attribute_id INTEGER NOT NULL, 
	study_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (study_user_attribute_id), 
	UNIQUE (study_id, "key"), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"nsga2-0\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 0}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"nsga2-0\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/nsga2-0/nas.db\",\"sampler\":\"nsga2\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":0,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"2702.9J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/nsga2-0/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"009f37e1333942c6aad326da23555c4d"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.00021795260122062368, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.06163199941511266, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.00021795260122062368, \"latency\": 0.06163199941511266}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0008392954219553634, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.23747150021335983, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0008392954219553634, \"latency\": 0.23747150021335983}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [3.057837004020267e-05, 0.0008392954219553634], \"latency\": [0.008633000106783584, 0.23747150021335983]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','2702.9');
INSERT INTO "study_user_attributes" VALUES(8,1,'nas_final:trial-18','{"trial": 18, "reference": null, "record": {"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e3_c24_se_hs-ir_r2_k5_s2_e3_c40_se_hs-ir_r3_k5_s2_e1_c64_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 73482, "inference_params": 72282, "macs": 2889760, "static_costs": {"params": 73482.0, "macs": 2889760.0, "peak_memory": 131712.0}, "dataflow": null, "measurement": {"latency_ms_median": 0.1343725000424456, "latency_ms_p90": 0.14603499987515534, "latency_ms_iqr": 0.004284750104943669, "cpu_ms_per_call": 0.13913025555578112, "energy_j": 0.00048641527083267033, "energy_cv": 0.0013844858097678931, "energy_source": "model:cpu-ccf", "runs_per_window": 360, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0011114445721207566, "windows": 5, "cpu_pressure": 0.000496627275051245, "load_average": 2.08642578125, "rejected_windows": 0, "window_energies_j": [0.00048567583241015255, 0.0004870844416675229, 0.00048641527083267033, 0.00048695589444523393, 0.0004876726364904507]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.921, "test_accuracy": 0.9195, "val_curve": [0.7538333333333334, 0.8558333333333333, 0.8573333333333333, 0.8463333333333334, 0.877, 0.8893333333333333, 0.8748333333333334, 0.8878333333333334, 0.8853333333333333, 0.896, 0.8958333333333334, 0.8966666666666666, 0.9105, 0.9136666666666666, 0.9096666666666666, 0.9101666666666667, 0.9123333333333333, 0.9156666666666666, 0.9216666666666666, 0.9196666666666666, 0.9213333333333333, 0.9221666666666667, 0.9215, 0.921], "epochs_run": 24, "stop_reason": "finalized: 24 epochs", "train_seconds": 1050.9432772589998, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 7122.02038798772, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 7122.02038798772}, "train_energy_net_j": 7122.02038798772, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/final/trial-18.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}, "proxy": {"val_accuracy": 0.8708333333333333, "test_accuracy": 0.8644, "val_curve": [0.7676666666666667, 0.8226666666666667, 0.841, 0.8448333333333333, 0.8643333333333333, 0.8708333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 29.679941231999692, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "recipe": {"epochs": 24, "batch_size": 128, "lr": 0.003, "warmup_epochs": 1.0, "weight_decay": 0.05, "label_smoothing": 0.1, "augment": "crop-flip", "seed": 0}, "interleaved_with": [], "attempt": 1, "earlier": []}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 23:51:15');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 23:51:35');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 23:51:56');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 23:52:13');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 23:52:29');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 23:52:39');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 23:52:46');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 23:53:30.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 23:53:32');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 23:53:39');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 23:53:52');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 23:53:52');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 23:54:08');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 23:54:24');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 23:54:28');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 23:54:46');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 23:55:14');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 23:55:23');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 23:56:09.000000');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 23:56:11');
INSERT INTO "trial_heartbeats" VALUES(21,21,'2026-12-06 23:56:29');
INSERT INTO "trial_heartbeats" VALUES(22,22,'2026-12-06 23:56:29');
INSERT INTO "trial_heartbeats" VALUES(23,23,'2026-12-06 23:56:46');
INSERT INTO "trial_heartbeats" VALUES(24,24,'2026-12-06 23:56:59');
INSERT INTO "trial_heartbeats" VALUES(25,25,'2026-12-06 23:57:16');
INSERT INTO "trial_heartbeats" VALUES(26,26,'2026-12-06 23:57:32');
INSERT INTO "trial_heartbeats" VALUES(27,27,'2026-12-06 23:57:48');
INSERT INTO "trial_heartbeats" VALUES(28,28,'2026-12-06 23:58:09');
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
INSERT INTO "trial_params" VALUES(1,1,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(2,1,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(3,1,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(4,1,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(5,1,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(6,1,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(7,1,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(8,1,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(9,1,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(10,1,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(11,1,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(12,1,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(13,1,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(14,1,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(15,1,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(16,1,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(17,1,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(18,1,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(19,1,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(20,1,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(21,2,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(22,2,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(23,2,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(24,2,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(25,2,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(26,2,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(27,2,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(28,2,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(29,2,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(30,2,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(31,2,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(32,2,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(33,2,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(34,2,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(35,2,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(36,2,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(37,2,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(38,2,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(39,2,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(40,2,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(41,3,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(42,3,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(43,3,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(44,3,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(45,3,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(46,3,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(47,3,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(48,3,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(49,3,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(50,3,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(51,3,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(52,3,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(53,3,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(54,3,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(55,3,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(56,3,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(57,3,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(58,3,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(59,3,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(60,3,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(61,4,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(62,4,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(63,4,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(64,4,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(65,4,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(66,4,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(67,4,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(68,4,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(69,4,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(70,4,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(71,4,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(72,4,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(73,4,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(74,4,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(75,4,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(76,4,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(77,4,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(78,4,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(79,4,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(80,4,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(81,5,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(82,5,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(83,5,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(84,5,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(85,5,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(86,5,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(87,5,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(88,5,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(89,5,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(90,5,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(91,5,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(92,5,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(93,5,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(94,5,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(95,5,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(96,5,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(97,5,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(98,5,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(99,5,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(100,5,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(101,6,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(102,6,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(103,6,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(104,6,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(105,6,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(106,6,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(107,6,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(108,6,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(109,6,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(110,6,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(111,6,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(112,6,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(113,6,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(114,6,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(115,6,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(116,6,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(117,6,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(118,6,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(119,6,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(120,6,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(121,7,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(122,7,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(123,7,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(124,7,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(125,7,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(126,7,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(127,7,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(128,7,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(129,7,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(130,7,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(131,7,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(132,7,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(133,7,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(134,7,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(135,7,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(136,7,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(137,7,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(138,7,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(139,7,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(140,7,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(141,8,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(142,8,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(143,8,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(144,8,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(145,8,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(146,8,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(147,8,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(148,8,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(149,8,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(150,8,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(151,8,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(152,8,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(153,8,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(154,8,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(155,8,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(156,8,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(157,8,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(158,8,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(159,8,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(160,8,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(178,9,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(179,9,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(180,9,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(181,10,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(182,10,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(183,10,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(184,10,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(185,10,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(186,10,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(187,10,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(188,10,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(189,10,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(190,10,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(191,10,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(192,10,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(193,10,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(194,10,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(195,10,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(196,10,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(197,10,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(198,10,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(199,10,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(200,10,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(401,21,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(402,21,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(403,21,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(404,21,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(405,21,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(406,21,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(407,21,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(408,21,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(409,21,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(410,21,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(411,21,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(412,21,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(413,21,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(414,21,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(415,21,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(416,21,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(417,21,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(418,21,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(419,21,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(420,21,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(421,22,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(422,22,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(423,22,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(424,22,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(425,22,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(426,22,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(427,22,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(428,22,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(429,22,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(430,22,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(431,22,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(432,22,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(433,22,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(434,22,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(435,22,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(436,22,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(437,22,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(438,22,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(439,22,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(440,22,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(441,23,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(442,23,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(443,23,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(444,23,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(445,23,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(446,23,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(447,23,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(448,23,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(449,23,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(450,23,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(451,23,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(452,23,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(453,23,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(454,23,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(455,23,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(456,23,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(457,23,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(458,23,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(459,23,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(460,23,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(461,24,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(462,24,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(463,24,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(464,24,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(465,24,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(466,24,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(467,24,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(468,24,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(469,24,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(470,24,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(471,24,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(472,24,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(473,24,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(474,24,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(475,24,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(476,24,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(477,24,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(478,24,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(479,24,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(480,24,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(481,25,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(482,25,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(483,25,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(484,25,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(485,25,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(486,25,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(487,25,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(488,25,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(489,25,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(490,25,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(491,25,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(492,25,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(493,25,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(494,25,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(495,25,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(496,25,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(497,25,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(498,25,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(499,25,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(500,25,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(501,26,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(502,26,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(503,26,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(504,26,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(505,26,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(506,26,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(507,26,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(508,26,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(509,26,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(510,26,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(511,26,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(512,26,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(513,26,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(514,26,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(515,26,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(516,26,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(517,26,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(518,26,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(519,26,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(520,26,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(521,27,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(522,27,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(523,27,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(524,27,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(525,27,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(526,27,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(527,27,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(528,27,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(529,27,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(530,27,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(531,27,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(532,27,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(533,27,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(534,27,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(535,27,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(536,27,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(537,27,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(538,27,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(539,27,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(540,27,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(541,28,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(542,28,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(543,28,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(544,28,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(545,28,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(546,28,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(547,28,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(548,28,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(549,28,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(550,28,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(551,28,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(552,28,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(553,28,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(554,28,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(555,28,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(556,28,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(557,28,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(558,28,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(559,28,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(560,28,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
CREATE TABLE trial_system_attributes (
	trial_system_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_system_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_system_attributes" VALUES(1,1,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(2,2,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(3,3,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(4,4,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(5,5,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(6,6,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(7,7,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(8,8,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(9,9,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(10,10,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(11,11,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(12,12,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(13,13,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(14,14,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(15,15,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(16,16,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(17,17,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(18,18,'NSGAIISampler:generation','2');
INSERT INTO "trial_system_attributes" VALUES(19,19,'NSGAIISampler:generation','2');
INSERT INTO "trial_system_attributes" VALUES(20,20,'NSGAIISampler:generation','2');
INSERT INTO "trial_system_attributes" VALUES(21,21,'NSGAIISampler:generation','2');
INSERT INTO "trial_system_attributes" VALUES(22,22,'NSGAIISampler:generation','2');
INSERT INTO "trial_system_attributes" VALUES(23,23,'NSGAIISampler:generation','2');
INSERT INTO "trial_system_attributes" VALUES(24,24,'NSGAIISampler:generation','2');
INSERT INTO "trial_system_attributes" VALUES(25,25,'NSGAIISampler:generation','2');
INSERT INTO "trial_system_attributes" VALUES(26,26,'NSGAIISampler:generation','2');
INSERT INTO "trial_system_attributes" VALUES(27,27,'NSGAIISampler:generation','3');
INSERT INTO "trial_system_attributes" VALUES(28,28,'NSGAIISampler:generation','3');
CREATE TABLE trial_user_attributes (
	trial_user_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_user_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e3_c24_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9378, "inference_params": 9074, "macs": 1670160, "static_costs": {"params": 9378.0, "macs": 1670160.0, "peak_memory": 131712.0, "energy": 0.00012890785867952616, "latency": 0.03652400027931435}, "dataflow": {"joules": 8.8514136e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03652400027931435, "latency_ms_p90": 0.036994999391026795, "latency_ms_iqr": 0.00030999945010989904, "cpu_ms_per_call": 0.03695533801775145, "energy_j": 0.00012890785867952616, "energy_cv": 0.004771546403541477, "energy_source": "model:cpu-ccf", "runs_per_window": 1348, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003380898473283933, "windows": 5, "cpu_pressure": 0.005376443805044193, "load_average": 2.005859375, "rejected_windows": 0, "window_energies_j": [0.00013037705326331578, 0.00012934368306213008, 0.00012950961913626213, 0.00012855683480071593, 0.00012890785867952616]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9764385960000002, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2801210039997386, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7866666666666666, "test_accuracy": 0.7868, "val_curve": [0.6065, 0.6856666666666666, 0.7088333333333333, 0.7426666666666667, 0.7741666666666667, 0.7866666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 17.371548461999737, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 118.55548353375961, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 118.55548353375961}, "train_energy_net_j": 118.55548353375961, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e6_c24_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 14658, "inference_params": 14298, "macs": 1558208, "static_costs": {"params": 14658.0, "macs": 1558208.0, "peak_memory": 150528.0, "energy": 0.00015156845454453792, "latency": 0.04266300038580084}, "dataflow": {"joules": 9.26375568e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04266300038580084, "latency_ms_p90": 0.04330399970058352, "latency_ms_iqr": 0.000461000126961153, "cpu_ms_per_call": 0.043315391342206785, "energy_j": 0.00015156845454453792, "energy_cv": 0.0031678671769882743, "energy_source": "model:cpu-ccf", "runs_per_window": 1155, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00023365781021023047, "windows": 5, "cpu_pressure": 0.00019978349861763447, "load_average": 2.00390625, "rejected_windows": 0, "window_energies_j": [0.00015156845454453792, 0.00015080397363872493, 0.00015160386969772374, 0.00015225531255448692, 0.00015190538811691537]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9775658935000066, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.27985150099993916, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7761666666666667, "test_accuracy": 0.7784, "val_curve": [0.5666666666666667, 0.7093333333333334, 0.6788333333333333, 0.7405, 0.7538333333333334, 0.7761666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 20.98920107399954, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 145.20208709447908, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 145.20208709447908}, "train_energy_net_j": 145.20208709447908, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e1_c16_se-ir_r2_k3_s2_e6_c16_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 24698, "inference_params": 24074, "macs": 1158784, "static_costs": {"params": 24698.0, "macs": 1158784.0, "peak_memory": 94080.0, "energy": 0.00013829990955765864, "latency": 0.03917899994121399}, "dataflow": {"joules": 9.125780640000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03917899994121399, "latency_ms_p90": 0.039598999410372926, "latency_ms_iqr": 0.00041000021155923605, "cpu_ms_per_call": 0.03959838827258392, "energy_j": 0.00013829990955765864, "energy_cv": 0.0075284957179345665, "energy_source": "model:cpu-ccf", "runs_per_window": 1262, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0021290642729039355, "windows": 5, "cpu_pressure": 0.08005267992994484, "load_average": 2.14404296875, "rejected_windows": 0, "window_energies_j": [0.00013829990955765864, 0.000137253713665091, 0.0001385943589540437, 0.0001404789218372265, 0.00013885503092688132]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.9907935994999946, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8574437600009333, "paired": {"figures": {"energy": 0.00013319801552164566, "latency": 0.037691826520480476}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.021471496118115718}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8381666666666666, "test_accuracy": 0.8384, "val_curve": [0.6446666666666667, 0.7705, 0.778, 0.8208333333333333, 0.8346666666666667, 0.8381666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.275271401999817, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 105.87704535004016, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 105.87704535004016}, "train_energy_net_j": 105.87704535004016, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e1_c8_se-ir_r2_k5_s2_e3_c40-ir_r3_k3_s2_e3_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 38842, "inference_params": 37706, "macs": 1329648, "static_costs": {"params": 38842.0, "macs": 1329648.0, "peak_memory": 54880.0, "energy": 0.00016292361302179794, "latency": 0.0460680003016023}, "dataflow": {"joules": 8.84453808e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0460680003016023, "latency_ms_p90": 0.046860000111337285, "latency_ms_iqr": 0.0005100000635138713, "cpu_ms_per_call": 0.04664367323943691, "energy_j": 0.00016292361302179794, "energy_cv": 0.005727841863752138, "energy_source": "model:cpu-ccf", "runs_per_window": 1065, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0020208446776048827, "windows": 5, "cpu_pressure": 0.00019979589251298125, "load_average": 2.11181640625, "rejected_windows": 0, "window_energies_j": [0.00016529960953730072, 0.0001632528563380292, 0.00016292361302179794, 0.00016340392488261337, 0.00016263727205054307]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.119095542500016, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8948489279991918, "paired": {"figures": {"energy": 0.00015770569676795449, "latency": 0.04442881456481725}, "with_trials": [2], "rounds": 5, "ratio_spread": 0.07080757624079825}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8606666666666667, "test_accuracy": 0.8585, "val_curve": [0.7768333333333334, 0.81, 0.8415, 0.838, 0.8575, 0.8606666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.568613938999988, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 100.91260589355967, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 100.91260589355967}, "train_energy_net_j": 100.91260589355967, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c16_hs-ir_r2_k5_s2_e3_c16_se-ir_r1_k5_s2_e1_c32_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 11746, "inference_params": 11402, "macs": 568608, "static_costs": {"params": 11746.0, "macs": 568608.0, "peak_memory": 50176.0, "energy": 0.00010691133567436509, "latency": 0.030286000765045173}, "dataflow": {"joules": 5.32141968e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.030286000765045173, "latency_ms_p90": 0.030915999559510965, "latency_ms_iqr": 0.0004410003384691663, "cpu_ms_per_call": 0.03073328624534773, "energy_j": 0.00010691133567436509, "energy_cv": 0.009053723881264764, "energy_source": "model:cpu-ccf", "runs_per_window": 1617, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006128126453751381, "windows": 5, "cpu_pressure": 0.07292859459017426, "load_average": 2.08642578125, "rejected_windows": 0, "window_energies_j": [0.0001095572074400932, 0.00010691133567436509, 0.00010762400649349525, 0.00010688734615293011, 0.00010756650185871707]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.0051500815000125, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8615702569995847, "paired": {"figures": {"energy": 0.00010168091564668818, "latency": 0.02906561726677245}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.2547766620985996}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8548333333333333, "test_accuracy": 0.845, "val_curve": [0.6686666666666666, 0.7786666666666666, 0.8028333333333333, 0.8366666666666667, 0.8436666666666667, 0.8548333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.507355785000073, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 59.01906495359928, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 59.01906495359928}, "train_energy_net_j": 59.01906495359928, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k5_s1_e1_c24_hs-ir_r3_k3_s2_e3_c40_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 51698, "inference_params": 50834, "macs": 1884984, "static_costs": {"params": 51698.0, "macs": 1884984.0, "peak_memory": 75264.0, "energy": 0.00018074173180872744, "latency": 0.05110599977342645}, "dataflow": {"joules": 0.0001202499264, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05110599977342645, "latency_ms_p90": 0.052907999452145305, "latency_ms_iqr": 0.0012519994925241917, "cpu_ms_per_call": 0.051995282744188416, "energy_j": 0.00018074173180872744, "energy_cv": 0.01175458280372197, "energy_source": "model:cpu-ccf", "runs_per_window": 962, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006870343575362758, "windows": 5, "cpu_pressure": 0.00015980352157057062, "load_average": 2.07275390625, "rejected_windows": 0, "window_energies_j": [0.00018198348960465945, 0.00018369292706131089, 0.00018632646542465273, 0.00018074173180872744, 0.00018056166236982385]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1147442074999816, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31962190000012924, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7376666666666667, "test_accuracy": 0.734, "val_curve": [0.6413333333333333, 0.7376666666666667], "epochs_run": 2, "stop_reason": "pareto: validation 0.738 after epoch 2 cannot pass 0.861 of trial 3, which costs no more (bound 0.859: finished curves gained at most 0.101 later, margin 0.02)", "train_seconds": 5.947181185999398, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 40.81793335743909, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 40.81793335743909}, "train_energy_net_j": 40.81793335743909, "train_device_share": 1.0, "pareto_saved_energy_j": 81.63586671487818, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c16_se-ir_r1_k5_s2_e6_c64_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 26866, "inference_params": 26410, "macs": 1372000, "static_costs": {"params": 26866.0, "macs": 1372000.0, "peak_memory": 94080.0, "energy": 0.00012373101060070147, "latency": 0.03502300023683347}, "dataflow": {"joules": 8.13498e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03502300023683347, "latency_ms_p90": 0.03539299996191403, "latency_ms_iqr": 0.000299000930681359, "cpu_ms_per_call": 0.03540654423167765, "energy_j": 0.00012373101060070147, "energy_cv": 0.003078594968626436, "energy_source": "model:cpu-ccf", "runs_per_window": 1413, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0015508982690650708, "windows": 5, "cpu_pressure": 0.00689239975084457, "load_average": 1.9814453125, "rejected_windows": 0, "window_energies_j": [0.00012373101060070147, 0.00012471121413200228, 0.00012392290481087176, 0.00012393976977903158, 0.0001236234975275523]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.038998439500034, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.29782136700032424, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8451666666666666, "test_accuracy": 0.8389, "val_curve": [0.6465, 0.7655, 0.7983333333333333, 0.8216666666666667, 0.8261666666666667, 0.8451666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.7193307309999, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 95.13843821987997, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 95.13843821987997}, "train_energy_net_j": 95.13843821987997, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k5_s1_e1_c16_se-ir_r3_k5_s2_e6_c24_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 63874, "inference_params": 62826, "macs": 2027072, "static_costs": {"params": 63874.0, "macs": 2027072.0, "peak_memory": 94080.0, "energy": 0.00021956457455991383, "latency": 0.06213300002855249}, "dataflow": {"joules": 0.0001477719312, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06213300002855249, "latency_ms_p90": 0.06306400009634672, "latency_ms_iqr": 0.0008010001693037339, "cpu_ms_per_call": 0.06284368308080278, "energy_j": 0.00021956457455991383, "energy_cv": 0.0035021569559876573, "energy_source": "model:cpu-ccf", "runs_per_window": 794, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0017685741138988575, "windows": 5, "cpu_pressure": 0.004966884444936081, "load_average": 1.98486328125, "rejected_windows": 0, "window_energies_j": [0.00021995289078280972, 0.00021956457455991383, 0.00021898548616352208, 0.0002204925195239013, 0.00022123127290072191]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.17535390700003, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33676037399982306, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8581666666666666, "test_accuracy": 0.8588, "val_curve": [0.7656666666666667, 0.8001666666666667, 0.8213333333333334, 0.8265, 0.8413333333333334, 0.8581666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 31.39469322900004, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 217.69621577427952, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 217.69621577427952}, "train_energy_net_j": 217.69621577427952, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e3_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 7442, "inference_params": 7194, "macs": 1312656, "static_costs": {"params": 7442.0, "macs": 1312656.0, "peak_memory": 131712.0, "energy": 0.00011803470142660635, "latency": 0.03343999924254604}, "dataflow": {"joules": 7.13788176e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03343999924254604, "latency_ms_p90": 0.03412099977140315, "latency_ms_iqr": 0.00044099942897446454, "cpu_ms_per_call": 0.033949833672441296, "energy_j": 0.00011803470142660635, "energy_cv": 0.009299699815194152, "energy_source": "model:cpu-ccf", "runs_per_window": 1472, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006690544538118237, "windows": 5, "cpu_pressure": 0.00918843965649189, "load_average": 2.04345703125, "rejected_windows": 0, "window_energies_j": [0.0001201983513420622, 0.00012023867498270413, 0.00011882441785354454, 0.00011803470142660635, 0.00011751892919427145]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0071242020000426, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2891586299992923, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6195, "test_accuracy": 0.6267, "val_curve": [0.6195, 0.5378333333333334], "epochs_run": 2, "stop_reason": "pareto: validation 0.620 after epoch 2 cannot pass 0.855 of trial 4, which costs no more (bound 0.741: finished curves gained at most 0.101 later, margin 0.02)", "train_seconds": 5.911237880000044, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 40.98130525175952, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 40.98130525175952}, "train_energy_net_j": 40.98130525175952, "train_device_share": 1.0, "pareto_saved_energy_j": 81.96261050351904, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c8_se-ir_r3_k5_s2_e3_c24_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 23058, "inference_params": 22562, "macs": 759528, "static_costs": {"params": 23058.0, "macs": 759528.0, "peak_memory": 32928.0, "energy": 0.00015708007847346618, "latency": 0.044456000068748835}, "dataflow": {"joules": 5.7758428799999995e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.044456000068748835, "latency_ms_p90": 0.04518799960351316, "latency_ms_iqr": 0.0005609990694210865, "cpu_ms_per_call": 0.045002910326094804, "energy_j": 0.00015708007847346618, "energy_cv": 0.004141580096815306, "energy_source": "model:cpu-ccf", "runs_per_window": 1104, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0027381426852182145, "windows": 5, "cpu_pressure": 0.002396783325038197, "load_average": 2.03955078125, "rejected_windows": 0, "window_energies_j": [0.00015861003894858936, 0.0001575101861413318, 0.00015665641234312804, 0.0001575868171506147, 0.00015708007847346618]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.13658276550008, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3258792569995421, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8405, "test_accuracy": 0.8337, "val_curve": [0.7223333333333334, 0.7665, 0.7965, 0.8085, 0.8333333333333334, 0.8405], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 11.628723380000338, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 80.21618163487906, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 80.21618163487906}, "train_energy_net_j": 80.21618163487906, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e1_c16_se-ir_r2_k3_s2_e6_c16_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": null, "inference_params": null, "macs": null, "static_costs": {}, "dataflow": null, "measurement": null, "energy_meter": "", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": null, "train_energy_j": 0.0, "train_energy_source": "", "train_energy_by_source": {}, "train_energy_net_j": null, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": null, "fail_reason": null, "surplus": false, "duplicate_of": 2, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e3_c16_hs-ir_r2_k5_s2_e3_c16_se_hs-ir_r1_k3_s2_e1_c64_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 15730, "inference_params": 15242, "macs": 1184544, "static_costs": {"params": 15730.0, "macs": 1184544.0, "peak_memory": 87808.0, "energy": 0.00015132484551784187, "latency": 0.04276300023775548}, "dataflow": {"joules": 8.743470240000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04276300023775548, "latency_ms_p90": 0.04395500027385424, "latency_ms_iqr": 0.000642000486550387, "cpu_ms_per_call": 0.0432412900696844, "energy_j": 0.00015132484551784187, "energy_cv": 0.011341319800462449, "energy_source": "model:cpu-ccf", "runs_per_window": 1148, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00012998345371628695, "windows": 5, "cpu_pressure": 0.0012966889307576902, "load_average": 2.0302734375, "rejected_windows": 0, "window_energies_j": [0.00015134451524389538, 0.00015090332672194749, 0.00015132484551784187, 0.00015309263723723305, 0.00015555688695260983]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.038714911, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1575653300005797, "paired": {"figures": {"energy": 0.00014729015353306753, "latency": 0.041767612381296275}, "with_trials": [4, 3], "rounds": 5, "ratio_spread": 0.4025181447907047}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8586666666666667, "test_accuracy": 0.8531, "val_curve": [0.7638333333333334, 0.7715, 0.8143333333333334, 0.847, 0.8538333333333333, 0.8586666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.747785763999673, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 101.64212862535908, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 101.64212862535908}, "train_energy_net_j": 101.64212862535908, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c8_se_hs-ir_r2_k5_s2_e3_c40_se_hs-ir_r3_k5_s2_e1_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 33802, "inference_params": 33082, "macs": 991056, "static_costs": {"params": 33802.0, "macs": 991056.0, "peak_memory": 54880.0, "energy": 0.00017273021868782374, "latency": 0.048693000280763954}, "dataflow": {"joules": 7.593665759999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.048693000280763954, "latency_ms_p90": 0.04959400030202232, "latency_ms_iqr": 0.0007555004231107887, "cpu_ms_per_call": 0.04943953685258624, "energy_j": 0.00017273021868782374, "energy_cv": 0.0061982598483003755, "energy_source": "model:cpu-ccf", "runs_per_window": 1004, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0017840554974635214, "windows": 5, "cpu_pressure": 0.00019983775572222245, "load_average": 2.02294921875, "rejected_windows": 0, "window_energies_j": [0.00017415781863721868, 0.00017501358699999512, 0.00017273021868782374, 0.00017197921091442742, 0.00017303837898405183]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.108756945000053, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8914703959999315, "paired": {"figures": {"energy": 0.00016465710676081126, "latency": 0.046479920225099294}, "with_trials": [3], "rounds": 5, "ratio_spread": 0.02495146590184638}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8615, "test_accuracy": 0.8546, "val_curve": [0.7528333333333334, 0.8095, 0.813, 0.8441666666666666, 0.86, 0.8615], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.853773024000475, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 95.57653461124006, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 95.57653461124006}, "train_energy_net_j": 95.57653461124006, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e1_c8_se-ir_r3_k3_s2_e1_c56_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 18058, "inference_params": 17602, "macs": 852568, "static_costs": {"params": 18058.0, "macs": 852568.0, "peak_memory": 36064.0, "energy": 0.00010915416802762662, "latency": 0.03092600036325166}, "dataflow": {"joules": 4.8618412799999994e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03092600036325166, "latency_ms_p90": 0.03128700063825818, "latency_ms_iqr": 0.00026999987312592566, "cpu_ms_per_call": 0.03126483123426187, "energy_j": 0.00010915416802762662, "energy_cv": 0.004464395051868666, "energy_source": "model:cpu-ccf", "runs_per_window": 1588, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002498679594359343, "windows": 5, "cpu_pressure": 0.00039855091669778095, "load_average": 2.08544921875, "rejected_windows": 0, "window_energies_j": [0.00011019103709572051, 0.0001102296391683775, 0.00010942690931991652, 0.0001091242975090719, 0.00010915416802762662]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0805973850000896, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3098626860000877, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7325, "test_accuracy": 0.7278, "val_curve": [0.6786666666666666, 0.7325], "epochs_run": 2, "stop_reason": "pareto: validation 0.733 after epoch 2 cannot pass 0.855 of trial 4, which costs no more (bound 0.854: finished curves gained at most 0.101 later, margin 0.02)", "train_seconds": 3.8065672920001816, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 26.412314535360103, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 26.412314535360103}, "train_energy_net_j": 26.412314535360103, "train_device_share": 1.0, "pareto_saved_energy_j": 52.824629070720206, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e1_c16_se-ir_r2_k5_s2_e3_c40_se-ir_r3_k3_s2_e1_c56-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 47594, "inference_params": 46666, "macs": 1411432, "static_costs": {"params": 47594.0, "macs": 1411432.0, "peak_memory": 54880.0, "energy": 0.00017044852359873822, "latency": 0.0480819999211235}, "dataflow": {"joules": 9.77239872e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0480819999211235, "latency_ms_p90": 0.048953000259643886, "latency_ms_iqr": 0.0007509997885790654, "cpu_ms_per_call": 0.048708479064965324, "energy_j": 0.00017044852359873822, "energy_cv": 0.0061162182140071745, "energy_source": "model:cpu-ccf", "runs_per_window": 1017, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00018277147834822038, "windows": 5, "cpu_pressure": 0.000976292898697895, "load_average": 2.078125, "rejected_windows": 0, "window_energies_j": [0.00017044852359873822, 0.00017047967672737863, 0.0001719463541667052, 0.00016869601444935306, 0.00017079945226379915]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.1903918654999757, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9198396110004978, "paired": {"figures": {"energy": 0.00016228949516363197, "latency": 0.045681849995663826}, "with_trials": [12], "rounds": 5, "ratio_spread": 0.039505759966613985}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8631666666666666, "test_accuracy": 0.8522, "val_curve": [0.772, 0.7925, 0.8401666666666666, 0.8443333333333334, 0.8605, 0.8631666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.738928006999231, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 108.7874986201607, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 108.7874986201607}, "train_energy_net_j": 108.7874986201607, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e3_c24_hs-ir_r2_k5_s2_e6_c40_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 85618, "inference_params": 84634, "macs": 2902672, "static_costs": {"params": 85618.0, "macs": 2902672.0, "peak_memory": 141120.0, "energy": 0.0002418003379693769, "latency": 0.06798199956392637}, "dataflow": {"joules": 0.0001844556912, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06798199956392637, "latency_ms_p90": 0.0694029995429446, "latency_ms_iqr": 0.0010720004866016097, "cpu_ms_per_call": 0.06941436477113358, "energy_j": 0.0002418003379693769, "energy_cv": 0.006958463883463461, "energy_source": "model:cpu-ccf", "runs_per_window": 719, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004755736651353315, "windows": 5, "cpu_pressure": 0.0016741838184342493, "load_average": 1.9755859375, "rejected_windows": 0, "window_energies_j": [0.00023880644398907808, 0.0002418003379693769, 0.00024325634770512063, 0.00024320784803914344, 0.0002429502766989675]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0601981740000355, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.30427756200060685, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8616666666666667, "test_accuracy": 0.8578, "val_curve": [0.6821666666666667, 0.7636666666666667, 0.8213333333333334, 0.827, 0.8573333333333333, 0.8616666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 27.16647135400035, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 188.14920106843917, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 188.14920106843917}, "train_energy_net_j": 188.14920106843917, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k5_s1_e1_c24_hs-ir_r3_k5_s2_e1_c16_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 8114, "inference_params": 7826, "macs": 396920, "static_costs": {"params": 8114.0, "macs": 396920.0, "peak_memory": 31360.0, "energy": 8.41135944257805e-05, "latency": 0.02360500002396293}, "dataflow": {"joules": 3.2586432e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02360500002396293, "latency_ms_p90": 0.024025999664445408, "latency_ms_iqr": 0.0002499991751392372, "cpu_ms_per_call": 0.024075103033359715, "energy_j": 8.41135944257805e-05, "energy_cv": 0.005059702235960616, "energy_source": "model:cpu-ccf", "runs_per_window": 2077, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001774578675391103, "windows": 5, "cpu_pressure": 0.0005194043678519728, "load_average": 2.06494140625, "rejected_windows": 0, "window_energies_j": [8.487479631429368e-05, 8.42705992718289e-05, 8.41135944257805e-05, 8.353912962960862e-05, 8.4262860616759e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.023052868499974, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8669071329995859, "paired": {"figures": {"energy": 7.986247033309674e-05, "latency": 0.022812296846055072}, "with_trials": [4], "rounds": 5, "ratio_spread": 0.0269154180276725}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8245, "test_accuracy": 0.8179, "val_curve": [0.6893333333333334, 0.7671666666666667, 0.7755, 0.8061666666666667, 0.8205, 0.8245], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.9022259329994995, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 54.79254552171979, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 54.79254552171979}, "train_energy_net_j": 54.79254552171979, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k5_s1_e3_c24_hs-ir_r2_k5_s2_e3_c16_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 20242, "inference_params": 19706, "macs": 1363768, "static_costs": {"params": 20242.0, "macs": 1363768.0, "peak_memory": 75264.0, "energy": 0.00013538477764697113, "latency": 0.03833699975075433}, "dataflow": {"joules": 8.97047328e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03833699975075433, "latency_ms_p90": 0.03921900042769266, "latency_ms_iqr": 0.0006199998097144999, "cpu_ms_per_call": 0.03917350631912314, "energy_j": 0.00013538477764697113, "energy_cv": 0.006840105070921842, "energy_source": "model:cpu-ccf", "runs_per_window": 1274, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.012722955267920888, "windows": 5, "cpu_pressure": 0.0002597474423672908, "load_average": 2.0546875, "rejected_windows": 0, "window_energies_j": [0.00013535922386894667, 0.00013538477764697113, 0.0001372907452531477, 0.00013740590384618296, 0.00013710727211693096]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0746435384999842, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.30835684900011984, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8535, "test_accuracy": 0.8494, "val_curve": [0.6941666666666667, 0.7591666666666667, 0.8235, 0.8431666666666666, 0.8425, 0.8535], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.3567991660002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 106.45787873752019, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 106.45787873752019}, "train_energy_net_j": 106.45787873752019, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e3_c24_se_hs-ir_r2_k5_s2_e3_c40_se_hs-ir_r3_k5_s2_e1_c64_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 73482, "inference_params": 72282, "macs": 2889760, "static_costs": {"params": 73482.0, "macs": 2889760.0, "peak_memory": 131712.0, "energy": 0.00034024709708866736, "latency": 0.09635399965191027}, "dataflow": {"joules": 0.000176970696, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09635399965191027, "latency_ms_p90": 0.097715200172388, "latency_ms_iqr": 0.0007965004442667123, "cpu_ms_per_call": 0.09775009375001531, "energy_j": 0.00034024709708866736, "energy_cv": 0.003240515930482956, "energy_source": "model:cpu-ccf", "runs_per_window": 512, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005520197093398682, "windows": 5, "cpu_pressure": 0.0005378764958726385, "load_average": 2.0419921875, "rejected_windows": 0, "window_energies_j": [0.0003421253281250536, 0.00034240081791358894, 0.0003401183242751305, 0.00034270180276115334, 0.00034024709708866736]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.2717697215000783, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9415609690004203, "paired": {"figures": {"energy": 0.0003360540883213846, "latency": 0.0948855743435642}, "with_trials": [14], "rounds": 5, "ratio_spread": 0.024550737346278773}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8708333333333333, "test_accuracy": 0.8644, "val_curve": [0.7676666666666667, 0.8226666666666667, 0.841, 0.8448333333333333, 0.8643333333333333, 0.8708333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 29.679941231999692, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 205.13451714936062, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 205.13451714936062}, "train_energy_net_j": 205.13451714936062, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k5_s1_e1_c8_se_hs-ir_r3_k5_s2_e6_c16_se-ir_r3_k5_s2_e1_c56_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 50122, "inference_params": 49130, "macs": 1136368, "static_costs": {"params": 50122.0, "macs": 1136368.0, "peak_memory": 47040.0, "energy": 0.0002047584817217661, "latency": 0.05623400011245394}, "dataflow": {"joules": 9.88922928e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05623400011245394, "latency_ms_p90": 0.059082599727844354, "latency_ms_iqr": 0.0016820004020701163, "cpu_ms_per_call": 0.05922560236688067, "energy_j": 0.0002047584817217661, "energy_cv": 0.010036137047180498, "energy_source": "model:cpu-ccf", "runs_per_window": 845, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.012361522419157112, "windows": 5, "cpu_pressure": 0.0002995970240285105, "load_average": 1.94189453125, "rejected_windows": 0, "window_energies_j": [0.0002072896082840823, 0.00020833772661867455, 0.0002074750610179728, 0.0002047584817217661, 0.0002027405949055113]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.392314447500013, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.259287877001043, "paired": {"figures": {"energy": 0.00019006802086543985, "latency": 0.05355078907448896}, "with_trials": [14, 18], "rounds": 5, "ratio_spread": 0.02005859698956658}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8661666666666666, "test_accuracy": 0.8563, "val_curve": [0.77, 0.7391666666666666, 0.8311666666666667, 0.846, 0.8575, 0.8661666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.323902661999455, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 113.12394788688066, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 113.12394788688066}, "train_energy_net_j": 113.12394788688066, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(21,21,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e1_c8_se-ir_r3_k3_s2_e1_c56_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": null, "inference_params": null, "macs": null, "static_costs": {}, "dataflow": null, "measurement": null, "energy_meter": "", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": null, "train_energy_j": 0.0, "train_energy_source": "", "train_energy_by_source": {}, "train_energy_net_j": null, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": null, "fail_reason": null, "surplus": false, "duplicate_of": 13, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(22,22,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e3_c16-ir_r2_k5_s2_e3_c16_se-ir_r1_k5_s2_e1_c56-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 23626, "inference_params": 23018, "macs": 1301664, "static_costs": {"params": 23626.0, "macs": 1301664.0, "peak_memory": 87808.0, "energy": 0.00013950385338460934, "latency": 0.03955899956054054}, "dataflow": {"joules": 9.486865440000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03955899956054054, "latency_ms_p90": 0.040070000068226364, "latency_ms_iqr": 0.0003399991328478791, "cpu_ms_per_call": 0.03989172231136467, "energy_j": 0.00013950385338460934, "energy_cv": 0.004224035755275206, "energy_source": "model:cpu-ccf", "runs_per_window": 1246, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008399388427211552, "windows": 5, "cpu_pressure": 0.00039968767605333454, "load_average": 1.95556640625, "rejected_windows": 0, "window_energies_j": [0.00014101696417073446, 0.00013962102808977634, 0.00013950385338460934, 0.00014024428985500754, 0.00013948262470318197]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.081001189999739, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1702612350009076, "paired": {"figures": {"energy": 0.0001319751300310898, "latency": 0.03755799685441204}, "with_trials": [4, 11], "rounds": 5, "ratio_spread": 0.2070355491324123}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8568333333333333, "test_accuracy": 0.8553, "val_curve": [0.7175, 0.752, 0.8163333333333334, 0.8358333333333333, 0.8535, 0.8568333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.774699010999939, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 101.96467995000003, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 101.96467995000003}, "train_energy_net_j": 101.96467995000003, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00021.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(23,23,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e3_c16_hs-ir_r2_k5_s2_e3_c16-ir_r3_k3_s2_e1_c24_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 11754, "inference_params": 11210, "macs": 970128, "static_costs": {"params": 11754.0, "macs": 970128.0, "peak_memory": 87808.0, "energy": 0.00012005084116020363, "latency": 0.03401000003577792}, "dataflow": {"joules": 8.51847888e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03401000003577792, "latency_ms_p90": 0.03468200065981364, "latency_ms_iqr": 0.0005210004019318148, "cpu_ms_per_call": 0.03442847401246741, "energy_j": 0.00012005084116020363, "energy_cv": 0.007072825462874925, "energy_source": "model:cpu-ccf", "runs_per_window": 1443, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0037385650870480625, "windows": 5, "cpu_pressure": 0.05187117385309136, "load_average": 2.03564453125, "rejected_windows": 0, "window_energies_j": [0.00012049965904363592, 0.00011953136885248254, 0.00012005084116020363, 0.00012183818580271365, 0.00012142401923075464]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1196532444999718, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.32102537299942924, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8471666666666666, "test_accuracy": 0.845, "val_curve": [0.7401666666666666, 0.8113333333333334, 0.8295, 0.8366666666666667, 0.8423333333333334, 0.8471666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 12.3367936249997, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 85.47764339128044, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 85.47764339128044}, "train_energy_net_j": 85.47764339128044, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00022.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(24,24,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e1_c8_hs-ir_r2_k5_s2_e6_c24_se-ir_r3_k5_s2_e1_c64_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 52034, "inference_params": 51074, "macs": 1175648, "static_costs": {"params": 52034.0, "macs": 1175648.0, "peak_memory": 61152.0, "energy": 0.00015256348780628574, "latency": 0.043154000195499975}, "dataflow": {"joules": 9.897418079999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.043154000195499975, "latency_ms_p90": 0.04399409999678028, "latency_ms_iqr": 0.0006210002538864501, "cpu_ms_per_call": 0.043762493403659966, "energy_j": 0.00015256348780628574, "energy_cv": 0.0026723574462524376, "energy_source": "model:cpu-ccf", "runs_per_window": 1137, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003967129456902807, "windows": 5, "cpu_pressure": 0.00039856587230886065, "load_average": 2.02978515625, "rejected_windows": 0, "window_energies_j": [0.0001531687269128099, 0.0001525091371959428, 0.00015352750617825703, 0.00015256348780628574, 0.0001533150339505244]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.142882072000106, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1881073370004742, "paired": {"figures": {"energy": 0.00014423057270524338, "latency": 0.04065532553730403}, "with_trials": [11, 3], "rounds": 5, "ratio_spread": 0.48085436366116774}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.861, "test_accuracy": 0.8588, "val_curve": [0.745, 0.7971666666666667, 0.833, 0.8473333333333334, 0.8485, 0.861], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.41756799400082, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 99.89915455551917, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 99.89915455551917}, "train_energy_net_j": 99.89915455551917, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00023.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(25,25,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e1_c16_se-ir_r2_k5_s2_e3_c48_se-ir_r3_k3_s2_e1_c56_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 52986, "inference_params": 52050, "macs": 1620800, "static_costs": {"params": 52986.0, "macs": 1620800.0, "peak_memory": 65856.0, "energy": 0.0001735258062434199, "latency": 0.049092999688582495}, "dataflow": {"joules": 0.00010576427999999999, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.049092999688582495, "latency_ms_p90": 0.04984499992133351, "latency_ms_iqr": 0.0004710007033281727, "cpu_ms_per_call": 0.04979623547094621, "energy_j": 0.0001735258062434199, "energy_cv": 0.003159170866174185, "energy_source": "model:cpu-ccf", "runs_per_window": 1002, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00438561803207671, "windows": 5, "cpu_pressure": 0.0001598305061409913, "load_average": 2.0224609375, "rejected_windows": 0, "window_energies_j": [0.00017339671584171683, 0.0001742868241483117, 0.00017476580039933352, 0.00017455870511529848, 0.0001735258062434199]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.232390015500016, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3531475539994062, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8616666666666667, "test_accuracy": 0.8577, "val_curve": [0.7575, 0.8023333333333333, 0.8355, 0.8456666666666667, 0.8595, 0.8616666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.702751122000336, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 108.72936599424003, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 108.72936599424003}, "train_energy_net_j": 108.72936599424003, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00024.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(26,26,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e1_c8_se-ir_r2_k5_s2_e3_c40_hs-ir_r3_k3_s2_e1_c56-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 35290, "inference_params": 34434, "macs": 1123376, "static_costs": {"params": 35290.0, "macs": 1123376.0, "peak_memory": 54880.0, "energy": 0.00014751315110362798, "latency": 0.04163250059718848}, "dataflow": {"joules": 7.439772959999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04163250059718848, "latency_ms_p90": 0.042189999930997146, "latency_ms_iqr": 0.0003410004865145311, "cpu_ms_per_call": 0.04219588085106807, "energy_j": 0.00014751315110362798, "energy_cv": 0.0028450786445429472, "energy_source": "model:cpu-ccf", "runs_per_window": 1179, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0011689254403435267, "windows": 5, "cpu_pressure": 0.00045959640082759523, "load_average": 1.89208984375, "rejected_windows": 0, "window_energies_j": [0.00014815094580868663, 0.00014768558297873825, 0.0001472213095035776, 0.00014751315110362798, 0.0001483754465648577]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.185709584499989, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3401076890004333, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8593333333333333, "test_accuracy": 0.8542, "val_curve": [0.6506666666666666, 0.8001666666666667, 0.8326666666666667, 0.8408333333333333, 0.8551666666666666, 0.8593333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.68126798799949, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 101.35124132943939, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 101.35124132943939}, "train_energy_net_j": 101.35124132943939, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00025.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(27,27,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e3_c16_se-ir_r2_k5_s2_e3_c40_se-ir_r1_k5_s2_e1_c56-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 45266, "inference_params": 44442, "macs": 1880616, "static_costs": {"params": 45266.0, "macs": 1880616.0, "peak_memory": 87808.0, "energy": 0.00022165645759454074, "latency": 0.06214299992279848}, "dataflow": {"joules": 0.00012442623359999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06214299992279848, "latency_ms_p90": 0.06358500013448065, "latency_ms_iqr": 0.0007932501375762513, "cpu_ms_per_call": 0.06357054884320933, "energy_j": 0.00022165645759454074, "energy_cv": 0.006516123109137749, "energy_source": "model:cpu-ccf", "runs_per_window": 784, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0037917386473316217, "windows": 5, "cpu_pressure": 0.0002389492398333839, "load_average": 1.91650390625, "rejected_windows": 0, "window_energies_j": [0.00022539454545448157, 0.00022347124553334652, 0.0002224969209512326, 0.00022165645759454074, 0.0002213867232142722]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.3599470359999657, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.39055866499984404, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.865, "test_accuracy": 0.8591, "val_curve": [0.7415, 0.7905, 0.8203333333333334, 0.8196666666666667, 0.8573333333333333, 0.865], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 20.364075295000475, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 140.99390486019894, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 140.99390486019894}, "train_energy_net_j": 140.99390486019894, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00026.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(28,28,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e1_c16-ir_r3_k5_s2_e3_c16_se-ir_r3_k3_s2_e1_c56_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 36210, "inference_params": 35402, "macs": 929424, "static_costs": {"params": 36210.0, "macs": 929424.0, "peak_memory": 50176.0, "energy": 0.0001665093358926123, "latency": 0.04704999992100056}, "dataflow": {"joules": 7.86483504e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04704999992100056, "latency_ms_p90": 0.04780099970957963, "latency_ms_iqr": 0.00059100057114847, "cpu_ms_per_call": 0.047575186312066066, "energy_j": 0.0001665093358926123, "energy_cv": 0.0072726927911482215, "energy_source": "model:cpu-ccf", "runs_per_window": 1042, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 2.291883273985995e-05, "windows": 5, "cpu_pressure": 0.0004993076001649125, "load_average": 1.94091796875, "rejected_windows": 0, "window_energies_j": [0.00016651315209223125, 0.0001669823219441452, 0.0001692310463741543, 0.0001665093358926123, 0.00016561372847609886]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2704983515001231, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3644370150004761, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7158333333333333, "test_accuracy": 0.7173, "val_curve": [0.7158333333333333, 0.6981666666666667], "epochs_run": 2, "stop_reason": "pareto: validation 0.716 after epoch 2 cannot pass 0.863 of trial 14, which costs no more (bound 0.841: finished curves gained at most 0.105 later, margin 0.02)", "train_seconds": 4.8768932470002255, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 33.72320706036033, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 33.72320706036033}, "train_energy_net_j": 33.72320706036033, "train_device_share": 1.0, "pareto_saved_energy_j": 67.44641412072066, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-0/artifacts/nsga2-0-009f37e1/trial-00027.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,7.86666666666666625218e-01,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,1.28907858679526155778e-04,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,3.65240002793143503367e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,7.76166666666666671403e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,1.51568454544537923678e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,4.26630003858008421957e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.38166666666666615448e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.33198015521645662766e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,3.76918265204804758816e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.60666666666666690943e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,1.5770569676795448584e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,4.4428814564817252497e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,8.54833333333333333925e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.01680915646688179755e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,2.90656172667724498059e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,7.37666666666666692719e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,1.80741731808727436672e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,5.11059997734264470636e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.45166666666666621665e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,1.23731010600701467295e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,3.50230002368334680795e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.58166666666666633211e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,2.19564574559913834031e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,6.21330000285524874925e-02,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,0.6195,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,1.18034701426606347587e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,3.34399992425460368394e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,0.8405,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,1.57080078473466176356e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,4.44560000687488354742e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,12,0,8.58666666666666689167e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,12,1,1.47290153533067533523e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,12,2,4.17676123812962749037e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,13,0,0.8615,'FINITE');
INSERT INTO "trial_values" VALUES(35,13,1,1.64657106760811257004e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,13,2,4.64799202250992943286e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,14,0,0.7325,'FINITE');
INSERT INTO "trial_values" VALUES(38,14,1,1.09154168027626621677e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,14,2,3.09260003632516600191e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,15,0,8.63166666666666637652e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,15,1,1.62289495163631971013e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,15,2,4.56818499956638257586e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,16,0,8.61666666666666691831e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,16,1,2.41800337969376899667e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,16,2,6.79819995639263652265e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,17,0,0.8245,'FINITE');
INSERT INTO "trial_values" VALUES(47,17,1,7.98624703330967443794e-05,'FINITE');
INSERT INTO "trial_values" VALUES(48,17,2,2.28122968460550724911e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,18,0,0.8535,'FINITE');
INSERT INTO "trial_values" VALUES(50,18,1,1.35384777646971126395e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,18,2,3.83369997507543303072e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,19,0,8.70833333333333348136e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,19,1,3.36054088321384621107e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,19,2,0.0948855743435642,'FINITE');
INSERT INTO "trial_values" VALUES(55,20,0,8.66166666666666640317e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,20,1,1.90068020865439852445e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,20,2,5.35507890744889580858e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,22,0,8.56833333333333335701e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,22,1,1.31975130031089786953e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,22,2,3.75579968544120373907e-02,'FINITE');
INSERT INTO "trial_values" VALUES(61,23,0,8.47166666666666623441e-01,'FINITE');
INSERT INTO "trial_values" VALUES(62,23,1,1.20050841160203628724e-04,'FINITE');
INSERT INTO "trial_values" VALUES(63,23,2,3.4010000035777920857e-02,'FINITE');
INSERT INTO "trial_values" VALUES(64,24,0,0.861,'FINITE');
INSERT INTO "trial_values" VALUES(65,24,1,1.44230572705243383687e-04,'FINITE');
INSERT INTO "trial_values" VALUES(66,24,2,4.06553255373040267617e-02,'FINITE');
INSERT INTO "trial_values" VALUES(67,25,0,8.61666666666666691831e-01,'FINITE');
INSERT INTO "trial_values" VALUES(68,25,1,1.73525806243419902612e-04,'FINITE');
INSERT INTO "trial_values" VALUES(69,25,2,4.90929996885824948549e-02,'FINITE');
INSERT INTO "trial_values" VALUES(70,26,0,8.59333333333333282411e-01,'FINITE');
INSERT INTO "trial_values" VALUES(71,26,1,1.47513151103627977635e-04,'FINITE');
INSERT INTO "trial_values" VALUES(72,26,2,4.1632500597188482061e-02,'FINITE');
INSERT INTO "trial_values" VALUES(73,27,0,0.865,'FINITE');
INSERT INTO "trial_values" VALUES(74,27,1,2.21656457594540743771e-04,'FINITE');
INSERT INTO "trial_values" VALUES(75,27,2,6.21429999227984808385e-02,'FINITE');
INSERT INTO "trial_values" VALUES(76,28,0,7.1583333333333332149e-01,'FINITE');
INSERT INTO "trial_values" VALUES(77,28,1,1.66509335892612295778e-04,'FINITE');
INSERT INTO "trial_values" VALUES(78,28,2,4.70499999210005626082e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 23:51:15.039885','2026-12-06 23:51:33.047633');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 23:51:35.088703','2026-12-06 23:51:56.700539');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 23:51:56.774744','2026-12-06 23:52:13.348285');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 23:52:13.471704','2026-12-06 23:52:29.433975');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 23:52:29.582292','2026-12-06 23:52:39.382345');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 23:52:39.508629','2026-12-06 23:52:46.122868');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 23:52:46.243381','2026-12-06 23:53:00.605128');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 23:53:00.703301','2026-12-06 23:53:32.785995');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 23:53:32.943535','2026-12-06 23:53:39.498365');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 23:53:39.582365','2026-12-06 23:53:51.888720');
INSERT INTO "trials" VALUES(11,10,1,'PRUNED','2026-12-06 23:53:52.218153','2026-12-06 23:53:52.260904');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 23:53:52.266972','2026-12-06 23:54:08.740230');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 23:54:08.868202','2026-12-06 23:54:24.124995');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 23:54:24.256760','2026-12-06 23:54:28.721681');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 23:54:28.845975','2026-12-06 23:54:46.033818');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 23:54:46.200284','2026-12-06 23:55:14.025942');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 23:55:14.330612','2026-12-06 23:55:23.569809');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 23:55:23.683795','2026-12-06 23:55:39.704401');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 23:55:39.808004','2026-12-06 23:56:10.974377');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 23:56:11.204177','2026-12-06 23:56:29.457120');
INSERT INTO "trials" VALUES(21,20,1,'PRUNED','2026-12-06 23:56:29.634391','2026-12-06 23:56:29.676061');
INSERT INTO "trials" VALUES(22,21,1,'COMPLETE','2026-12-06 23:56:29.682128','2026-12-06 23:56:46.180532');
INSERT INTO "trials" VALUES(23,22,1,'COMPLETE','2026-12-06 23:56:46.517804','2026-12-06 23:56:59.529384');
INSERT INTO "trials" VALUES(24,23,1,'COMPLETE','2026-12-06 23:56:59.657127','2026-12-06 23:57:15.853877');
INSERT INTO "trials" VALUES(25,24,1,'COMPLETE','2026-12-06 23:57:16.007901','2026-12-06 23:57:32.419664');
INSERT INTO "trials" VALUES(26,25,1,'COMPLETE','2026-12-06 23:57:32.589239','2026-12-06 23:57:47.969422');
INSERT INTO "trials" VALUES(27,26,1,'COMPLETE','2026-12-06 23:57:48.120355','2026-12-06 23:58:09.242875');
INSERT INTO "trials" VALUES(28,27,1,'COMPLETE','2026-12-06 23:58:09.611644','2026-12-06 23:58:15.222306');
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
