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
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','58174f21a3dbcd2b977b65031e9ac7559c4e0414',0);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','51a298e59e64952640c1e7f17436526caab0eb63',1);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','bc9894a434ab7c5448034a69ba7ac723a6f0b38c',2);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','c8e656f6182f10b54b20fa0fa98015aba2e0bee7',3);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','e1a0bf2fb0c3691d39f1e48b48249377889af8aa',4);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','20eb11c75ecb310eabbafeefed257eb65da4cc4c',5);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','bbf6ac3a2989956eb98496d2cb71f92140385c9f',6);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','60cf6bca6c6f6ded2330cddf34ef065659f70d05',7);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','19b032f29ed038f1039808a7b79782232e3bca3c',8);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','edfea08b4b2bede266fa121bd58e46e16149edf6',9);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','c2440e0bfd309fd6576442510ce9ef9da06bd5fa',10);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','e76855dd11ef8c03b18c99f8060a5a4b86b35ce3',11);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','d7bb15a1f64a11375707e8a97385048b9c8b6cc7',12);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','2c6beae634961aa8ea63b439e594a4bcdcd806f2',13);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','986f4eb1e7e001d59fa7e4f752a28cfa7079b398',14);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','69195c9caba9c8ad906a9f7e12e7c8c2e97c199d',15);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','8994183bf8f064370bf4649dec397c1271d6f8ed',16);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','1bcb6e2a5d14209ccea538a41752da1e5027a24e',17);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','d3ac1cb8c17f02d026f8c504248d78eaaf27b6c3',18);
INSERT INTO "nas_arch_claims" VALUES('2d8b6f46890a4b4b8c6947a44e40962c','e8f6f11f582749841debe0ed51a9114f85770712',19);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'random-0');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"random-0\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 0}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"random-0\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/random-0/nas.db\",\"sampler\":\"random\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":0,\"n_trials\":20,\"timeout_s\":null,\"budget\":null,\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget_vm2/random-0/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/random-0/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"2d8b6f46890a4b4b8c6947a44e40962c"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.00023132552542884052, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.06548250007654133, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.00023132552542884052, \"latency\": 0.06548250007654133}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0008614238725679561, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.24448249996567029, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0008614238725679561, \"latency\": 0.24448249996567029}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [3.190726855055363e-05, 0.0008614238725679561], \"latency\": [0.009052999757841462, 0.24448249996567029]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_final:trial-15','{"trial": 15, "reference": null, "record": {"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e6_c16-ir_r3_k3_s2_e6_c64_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 284498, "inference_params": 282082, "macs": 7724576, "static_costs": {"params": 284498.0, "macs": 7724576.0, "peak_memory": 163072.0}, "dataflow": null, "measurement": {"latency_ms_median": 0.13766600022790954, "latency_ms_p90": 0.14086999944993295, "latency_ms_iqr": 0.0019330018403707072, "cpu_ms_per_call": 0.1398751257013386, "energy_j": 0.00048737741111734876, "energy_cv": 0.005061611062078276, "energy_source": "model:cpu-ccf", "runs_per_window": 358, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004484263709156888, "windows": 5, "cpu_pressure": 0.008120143251118, "load_average": 2.18115234375, "rejected_windows": 0, "window_energies_j": [0.0004922500141631234, 0.0004906608394379309, 0.00048521015789265725, 0.00048737741111734876, 0.0004895629399546851]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.9343333333333333, "test_accuracy": 0.9333, "val_curve": [0.7495, 0.8398333333333333, 0.8573333333333333, 0.8648333333333333, 0.8838333333333334, 0.8878333333333334, 0.889, 0.8896666666666667, 0.9086666666666666, 0.9011666666666667, 0.8895, 0.9158333333333334, 0.909, 0.9175, 0.9133333333333333, 0.9205, 0.92, 0.9266666666666666, 0.9281666666666667, 0.9313333333333333, 0.9311666666666667, 0.9336666666666666, 0.9333333333333333, 0.9343333333333333], "epochs_run": 24, "stop_reason": "finalized: 24 epochs", "train_seconds": 1079.284181842002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 6890.800674006725, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 6890.800674006725}, "train_energy_net_j": 6890.800674006725, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/final/trial-15.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}, "proxy": {"val_accuracy": 0.8771666666666667, "test_accuracy": 0.8731, "val_curve": [0.6195, 0.8013333333333333, 0.8123333333333334, 0.8265, 0.8666666666666667, 0.8771666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 55.54207547999977, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "recipe": {"epochs": 24, "batch_size": 128, "lr": 0.003, "warmup_epochs": 1.0, "weight_decay": 0.05, "label_smoothing": 0.1, "augment": "crop-flip", "seed": 0}, "interleaved_with": [], "attempt": 1, "earlier": []}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 22:46:09');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 22:46:29');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 22:46:48');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 22:47:03');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 22:47:20');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 22:47:30');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 22:47:37');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 22:47:51');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 22:48:14');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 22:48:43');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 22:48:56');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 22:49:21');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 22:49:43');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 22:50:27.000000');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 22:50:32');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 22:51:06.000000');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 22:51:33');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 22:51:46');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 22:52:40.000000');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 22:52:41');
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
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(178,9,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(179,9,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(180,9,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(181,10,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(182,10,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(183,10,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(184,10,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(185,10,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(186,10,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(187,10,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(188,10,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(189,10,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(190,10,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(191,10,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(192,10,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(193,10,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(194,10,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(195,10,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(196,10,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(197,10,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(198,10,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(199,10,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(200,10,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e3_c24_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9378, "inference_params": 9074, "macs": 1670160, "static_costs": {"params": 9378.0, "macs": 1670160.0, "peak_memory": 131712.0, "energy": 0.00013322663501144256, "latency": 0.03774600008910056}, "dataflow": {"joules": 8.8514136e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03774600008910056, "latency_ms_p90": 0.03849699987767963, "latency_ms_iqr": 0.0004410003384691663, "cpu_ms_per_call": 0.03823312193251554, "energy_j": 0.00013322663501144256, "energy_cv": 0.007080041273725884, "energy_source": "model:cpu-ccf", "runs_per_window": 1304, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00442322777507087, "windows": 5, "cpu_pressure": 0.00035941282726484846, "load_average": 1.060546875, "rejected_windows": 0, "window_energies_j": [0.000134836757164989, 0.00013542612258344173, 0.00013322663501144256, 0.00013292831648936094, 0.0001338159267638044]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9750406189999997, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2791681419998895, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7866666666666666, "test_accuracy": 0.7868, "val_curve": [0.6065, 0.6856666666666666, 0.7088333333333333, 0.7426666666666667, 0.7741666666666667, 0.7866666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.362611472000026, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 111.97300504100032, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 111.97300504100032}, "train_energy_net_j": 111.97300504100032, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e6_c24_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 14658, "inference_params": 14298, "macs": 1558208, "static_costs": {"params": 14658.0, "macs": 1558208.0, "peak_memory": 150528.0, "energy": 0.00015458504421767713, "latency": 0.04354500015324447}, "dataflow": {"joules": 9.26375568e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04354500015324447, "latency_ms_p90": 0.04491699974096264, "latency_ms_iqr": 0.0007310001137739164, "cpu_ms_per_call": 0.044471862377120024, "energy_j": 0.00015458504421767713, "energy_cv": 0.01291809078650577, "energy_source": "model:cpu-ccf", "runs_per_window": 1098, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0068989474864151745, "windows": 5, "cpu_pressure": 0.5369863243231597, "load_average": 1.24755859375, "rejected_windows": 0, "window_energies_j": [0.00015458504421767713, 0.0001543297969991146, 0.00015803309475621134, 0.00015950000136607376, 0.00015565151831992006]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9586983069999969, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2798240199999782, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7761666666666667, "test_accuracy": 0.7784, "val_curve": [0.5666666666666667, 0.7093333333333334, 0.6788333333333333, 0.7405, 0.7538333333333334, 0.7761666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.857957228000032, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 130.9200435326397, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 130.9200435326397}, "train_energy_net_j": 130.9200435326397, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e1_c16_se-ir_r2_k3_s2_e6_c16_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 24698, "inference_params": 24074, "macs": 1158784, "static_costs": {"params": 24698.0, "macs": 1158784.0, "peak_memory": 94080.0, "energy": 0.00014009852080016573, "latency": 0.03960899994126521}, "dataflow": {"joules": 9.125780640000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03960899994126521, "latency_ms_p90": 0.040160000025935005, "latency_ms_iqr": 0.0003910004124918487, "cpu_ms_per_call": 0.0402192004870109, "energy_j": 0.00014009852080016573, "energy_cv": 0.008382933219110024, "energy_source": "model:cpu-ccf", "runs_per_window": 1233, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004772933365415177, "windows": 5, "cpu_pressure": 0.08038662155983123, "load_average": 1.4619140625, "rejected_windows": 0, "window_energies_j": [0.00014252734486969773, 0.00014076720170453814, 0.00014009852080016573, 0.00014098689781021344, 0.00013891894166641173]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.9792191274999738, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8547188739999001, "paired": {"figures": {"energy": 0.0001377109585009683, "latency": 0.039025062396405845}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.01676774933745584}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8381666666666666, "test_accuracy": 0.8384, "val_curve": [0.6446666666666667, 0.7705, 0.778, 0.8208333333333333, 0.8346666666666667, 0.8381666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.669612463999783, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 94.86384711948, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 94.86384711948}, "train_energy_net_j": 94.86384711948, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e1_c8_se-ir_r2_k5_s2_e3_c40-ir_r3_k3_s2_e3_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 38842, "inference_params": 37706, "macs": 1329648, "static_costs": {"params": 38842.0, "macs": 1329648.0, "peak_memory": 54880.0, "energy": 0.00016696260134486032, "latency": 0.047171000005619135}, "dataflow": {"joules": 8.84453808e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.047171000005619135, "latency_ms_p90": 0.04778099992108764, "latency_ms_iqr": 0.00038100006349850446, "cpu_ms_per_call": 0.04771245896929642, "energy_j": 0.00016696260134486032, "energy_cv": 0.005268487056518214, "energy_source": "model:cpu-ccf", "runs_per_window": 1041, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00018570055465949586, "windows": 5, "cpu_pressure": 0.0006793391931840655, "load_average": 1.50146484375, "rejected_windows": 0, "window_energies_j": [0.00016696260134486032, 0.00016699360639253744, 0.00016795036025145287, 0.00016886145270269125, 0.00016635218055554844]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.076889458999986, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.882246992999626, "paired": {"figures": {"energy": 0.00016236782431470865, "latency": 0.045736838109042555}, "with_trials": [2], "rounds": 5, "ratio_spread": 0.010638728046942658}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8606666666666667, "test_accuracy": 0.8585, "val_curve": [0.7768333333333334, 0.81, 0.8415, 0.838, 0.8575, 0.8606666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.49846818900005, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 107.6785011765604, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 107.6785011765604}, "train_energy_net_j": 107.6785011765604, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c16_hs-ir_r2_k5_s2_e3_c16_se-ir_r1_k5_s2_e1_c32_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 11746, "inference_params": 11402, "macs": 568608, "static_costs": {"params": 11746.0, "macs": 568608.0, "peak_memory": 50176.0, "energy": 0.00010805503333313589, "latency": 0.030606000109401066}, "dataflow": {"joules": 5.32141968e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.030606000109401066, "latency_ms_p90": 0.030916000014258316, "latency_ms_iqr": 0.00022099993657320738, "cpu_ms_per_call": 0.030946406367047517, "energy_j": 0.00010805503333313589, "energy_cv": 0.0032821275801255046, "energy_source": "model:cpu-ccf", "runs_per_window": 1609, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0023820172331712186, "windows": 5, "cpu_pressure": 0.0007193340117994709, "load_average": 1.61279296875, "rejected_windows": 0, "window_energies_j": [0.00010874714045992213, 0.00010844893301887165, 0.00010805503333313589, 0.0001083124222846663, 0.0001076999163588127]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.9476875994999503, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8462291050004751, "paired": {"figures": {"energy": 0.00010713568211278989, "latency": 0.03034945697365962}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.016066580138868858}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8548333333333333, "test_accuracy": 0.845, "val_curve": [0.6686666666666666, 0.7786666666666666, 0.8028333333333333, 0.8366666666666667, 0.8436666666666667, 0.8548333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.723463423999874, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 60.16702489204017, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 60.16702489204017}, "train_energy_net_j": 60.16702489204017, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k5_s1_e1_c24_hs-ir_r3_k3_s2_e3_c40_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 51698, "inference_params": 50834, "macs": 1884984, "static_costs": {"params": 51698.0, "macs": 1884984.0, "peak_memory": 75264.0, "energy": 0.00018554713233724624, "latency": 0.052338000386953354}, "dataflow": {"joules": 0.0001202499264, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.052338000386953354, "latency_ms_p90": 0.05306000002747169, "latency_ms_iqr": 0.0005119995876157191, "cpu_ms_per_call": 0.05303329692449885, "energy_j": 0.00018554713233724624, "energy_cv": 0.004250181986872345, "energy_source": "model:cpu-ccf", "runs_per_window": 940, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00037406613417001466, "windows": 5, "cpu_pressure": 0.0033773405469663806, "load_average": 1.6728515625, "rejected_windows": 0, "window_energies_j": [0.0001863786377653207, 0.00018554713233724624, 0.00018403803049321497, 0.00018592760461369758, 0.00018561653923574595]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1027340589999852, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3163894459999028, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7376666666666667, "test_accuracy": 0.734, "val_curve": [0.6413333333333333, 0.7376666666666667], "epochs_run": 2, "stop_reason": "pareto: validation 0.738 after epoch 2 cannot pass 0.861 of trial 3, which costs no more (bound 0.859: finished curves gained at most 0.101 later, margin 0.02)", "train_seconds": 6.242732396000065, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 43.33544172480008, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 43.33544172480008}, "train_energy_net_j": 43.33544172480008, "train_device_share": 1.0, "pareto_saved_energy_j": 86.67088344960015, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c16_se-ir_r1_k5_s2_e6_c64_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 26866, "inference_params": 26410, "macs": 1372000, "static_costs": {"params": 26866.0, "macs": 1372000.0, "peak_memory": 94080.0, "energy": 0.00012835087380072324, "latency": 0.035893999665859155}, "dataflow": {"joules": 8.13498e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.035893999665859155, "latency_ms_p90": 0.03737599990927265, "latency_ms_iqr": 0.0011610000001383014, "cpu_ms_per_call": 0.03672092909896445, "energy_j": 0.00012835087380072324, "energy_cv": 0.014200908656622095, "energy_source": "model:cpu-ccf", "runs_per_window": 1354, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0013430219876799931, "windows": 5, "cpu_pressure": 0.006137283459032924, "load_average": 1.69921875, "rejected_windows": 0, "window_energies_j": [0.0001319736747535889, 0.00012967334592594345, 0.00012852325184637556, 0.00012638624584806394, 0.00012835087380072324]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0412208239999714, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.29846257400004106, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8451666666666666, "test_accuracy": 0.8389, "val_curve": [0.6465, 0.7655, 0.7983333333333333, 0.8216666666666667, 0.8261666666666667, 0.8451666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.337208184999781, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 92.4369308551596, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 92.4369308551596}, "train_energy_net_j": 92.4369308551596, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k5_s1_e1_c16_se-ir_r3_k5_s2_e6_c24_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 63874, "inference_params": 62826, "macs": 2027072, "static_costs": {"params": 63874.0, "macs": 2027072.0, "peak_memory": 94080.0, "energy": 0.0002248290551989567, "latency": 0.06329400002869079}, "dataflow": {"joules": 0.0001477719312, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06329400002869079, "latency_ms_p90": 0.0652869998702954, "latency_ms_iqr": 0.001401000190526247, "cpu_ms_per_call": 0.06504613892530836, "energy_j": 0.0002248290551989567, "energy_cv": 0.01206075515142698, "energy_source": "model:cpu-ccf", "runs_per_window": 767, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.012598153904601395, "windows": 5, "cpu_pressure": 0.001059103003296636, "load_average": 1.63037109375, "rejected_windows": 0, "window_energies_j": [0.00023127192486699485, 0.00022796659973923773, 0.00022766148623857928, 0.0002248290551989567, 0.0002233734100257266]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1826283734999805, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3390935260003971, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8581666666666666, "test_accuracy": 0.8588, "val_curve": [0.7656666666666667, 0.8001666666666667, 0.8213333333333334, 0.8265, 0.8413333333333334, 0.8581666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 21.318014030000086, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 147.88837788176022, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 147.88837788176022}, "train_energy_net_j": 147.88837788176022, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c32-ir_r1_k3_s2_e6_c16_hs-ir_r2_k7_s2_e1_c56-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 29954, "inference_params": 29178, "macs": 1958592, "static_costs": {"params": 29954.0, "macs": 1958592.0, "peak_memory": 188160.0, "energy": 0.00013202274924471177, "latency": 0.037335999877541326}, "dataflow": {"joules": 0.00011221132320000001, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.037335999877541326, "latency_ms_p90": 0.037772399991808925, "latency_ms_iqr": 0.0003210002432751935, "cpu_ms_per_call": 0.03787618098859991, "energy_j": 0.00013202274924471177, "energy_cv": 0.003989457353029206, "energy_source": "model:cpu-ccf", "runs_per_window": 1317, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004119624977509062, "windows": 5, "cpu_pressure": 0.0716986601934543, "load_average": 1.7578125, "rejected_windows": 0, "window_energies_j": [0.00013202274924471177, 0.00013322258288769382, 0.0001329041632501562, 0.0001325666334600997, 0.0001318074435237711]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9075854615000836, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1213509279996288, "paired": {"figures": {"energy": 0.00012767652319980072, "latency": 0.03616930041173215}, "with_trials": [4, 3], "rounds": 5, "ratio_spread": 0.025530727039388523}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8656666666666667, "test_accuracy": 0.8564, "val_curve": [0.773, 0.7906666666666666, 0.8323333333333334, 0.8543333333333333, 0.8606666666666667, 0.8656666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 27.49886662500012, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 190.14148536247959, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 190.14148536247959}, "train_energy_net_j": 190.14148536247959, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e3_c32_se_hs-ir_r2_k3_s2_e1_c48-ir_r3_k3_s2_e3_c40-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 50122, "inference_params": 48850, "macs": 1624400, "static_costs": {"params": 50122.0, "macs": 1624400.0, "peak_memory": 75264.0, "energy": 0.00014627688011647978, "latency": 0.04138199983572122}, "dataflow": {"joules": 0.00011308164, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04138199983572122, "latency_ms_p90": 0.041882999994413694, "latency_ms_iqr": 0.0003800000740739051, "cpu_ms_per_call": 0.04183038991596873, "energy_j": 0.00014627688011647978, "energy_cv": 0.002977222916866038, "energy_source": "model:cpu-ccf", "runs_per_window": 1195, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008852020176235431, "windows": 5, "cpu_pressure": 0.00023972302880708585, "load_average": 1.82666015625, "rejected_windows": 0, "window_energies_j": [0.0001459077229166065, 0.00014640636470589056, 0.00014627688011647978, 0.00014723654610826643, 0.00014654674267750202]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.1097781190000404, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.891666910999902, "paired": {"figures": {"energy": 0.00013833786002900067, "latency": 0.039370697475720716}, "with_trials": [8], "rounds": 5, "ratio_spread": 0.3117851019224238}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8723333333333333, "test_accuracy": 0.8721, "val_curve": [0.7481666666666666, 0.8051666666666667, 0.847, 0.848, 0.8655, 0.8723333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 11.77352682799983, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 81.72801031808005, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 81.72801031808005}, "train_energy_net_j": 81.72801031808005, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e6_c16_se-ir_r2_k3_s2_e6_c32_se-ir_r2_k3_s2_e3_c32_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 79658, "inference_params": 78346, "macs": 2644256, "static_costs": {"params": 79658.0, "macs": 2644256.0, "peak_memory": 163072.0, "energy": 0.00026379889242418363, "latency": 0.07437100020979415}, "dataflow": {"joules": 0.00019385417759999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07437100020979415, "latency_ms_p90": 0.07560299991382635, "latency_ms_iqr": 0.000711000211595092, "cpu_ms_per_call": 0.07538590799397953, "energy_j": 0.00026379889242418363, "energy_cv": 0.003524836095703298, "energy_source": "model:cpu-ccf", "runs_per_window": 660, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00019630694529748638, "windows": 5, "cpu_pressure": 0.0009388836485570695, "load_average": 1.85400390625, "rejected_windows": 0, "window_energies_j": [0.00026379889242418363, 0.0002630473663664496, 0.00026491928191486907, 0.0002638506779789283, 0.00026569282572305204]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.1517325315000875, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9029052320001938, "paired": {"figures": {"energy": 0.0002578598737933026, "latency": 0.07328442833678019}, "with_trials": [9], "rounds": 5, "ratio_spread": 0.013555841396212243}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8733333333333333, "test_accuracy": 0.8702, "val_curve": [0.7725, 0.82, 0.7698333333333334, 0.8295, 0.8701666666666666, 0.8733333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.47504866700001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 162.83519564024002, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 162.83519564024002}, "train_energy_net_j": 162.83519564024002, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c32-ir_r3_k3_s2_e3_c64_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 76538, "inference_params": 75170, "macs": 4245856, "static_costs": {"params": 76538.0, "macs": 4245856.0, "peak_memory": 100352.0, "energy": 0.0002310517186262334, "latency": 0.06538799971167464}, "dataflow": {"joules": 0.0001872179376, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06538799971167464, "latency_ms_p90": 0.0659980000818905, "latency_ms_iqr": 0.0004500002432905603, "cpu_ms_per_call": 0.06619206000001061, "energy_j": 0.0002310517186262334, "energy_cv": 0.0026643851807053036, "energy_source": "model:cpu-ccf", "runs_per_window": 755, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0026855085843682236, "windows": 5, "cpu_pressure": 0.0025915698306669573, "load_average": 1.90478515625, "rejected_windows": 0, "window_energies_j": [0.00023167221000003718, 0.00023190709801316483, 0.00023190882868531738, 0.0002310517186262334, 0.00023030761791824065]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0833770639999187, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31027080500007287, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8705, "test_accuracy": 0.8609, "val_curve": [0.7336666666666667, 0.8131666666666667, 0.8173333333333334, 0.8503333333333334, 0.859, 0.8705], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 20.75399511500018, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 143.42137873412042, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 143.42137873412042}, "train_energy_net_j": 143.42137873412042, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c16_se_hs-ir_r3_k5_s2_e3_c16_se_hs-ir_r2_k3_s2_e1_c64_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 33306, "inference_params": 32570, "macs": 879888, "static_costs": {"params": 33306.0, "macs": 879888.0, "peak_memory": 50176.0, "energy": 0.00017877251699284692, "latency": 0.050424999699316686}, "dataflow": {"joules": 7.87948848e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.050424999699316686, "latency_ms_p90": 0.051838000217685476, "latency_ms_iqr": 0.0010009998732130043, "cpu_ms_per_call": 0.05185706321249741, "energy_j": 0.00017877251699284692, "energy_cv": 0.009544001446710694, "energy_source": "model:cpu-ccf", "runs_per_window": 965, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.01525516503749369, "windows": 5, "cpu_pressure": 0.01236494592566349, "load_average": 1.85791015625, "rejected_windows": 0, "window_energies_j": [0.00017802325940994838, 0.00017877251699284692, 0.00018149972124374095, 0.00018233813602944673, 0.00018165909128679025]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2433271374999748, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.35670281300008355, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8503333333333334, "test_accuracy": 0.8528, "val_curve": [0.729, 0.7838333333333334, 0.8341666666666666, 0.8313333333333334, 0.845, 0.8503333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.30964675999985, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 92.25399380600011, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 92.25399380600011}, "train_energy_net_j": 92.25399380600011, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e3_c24_se_hs-ir_r3_k5_s2_e6_c32_se_hs-ir_r3_k5_s2_e3_c48-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 154226, "inference_params": 151954, "macs": 4117904, "static_costs": {"params": 154226.0, "macs": 4117904.0, "peak_memory": 141120.0, "energy": 0.0003812184572369042, "latency": 0.10786099983306485}, "dataflow": {"joules": 0.0002649205584, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10786099983306485, "latency_ms_p90": 0.11001400025634211, "latency_ms_iqr": 0.0013519997992261779, "cpu_ms_per_call": 0.10955304845818155, "energy_j": 0.0003812184572369042, "energy_cv": 0.005517976693495645, "energy_source": "model:cpu-ccf", "runs_per_window": 456, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005816120192085217, "windows": 5, "cpu_pressure": 0.054495547294252676, "load_average": 1.88037109375, "rejected_windows": 0, "window_energies_j": [0.00038406612938601613, 0.0003812184572369042, 0.0003868452571743705, 0.00038343566960363535, 0.00038109348260911206]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.3024610620000487, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.37342050099960034, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.865, "test_accuracy": 0.8709, "val_curve": [0.7206666666666667, 0.8301666666666667, 0.8243333333333334, 0.8561666666666666, 0.8628333333333333, 0.865], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 33.65376855300019, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 232.86780304, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 232.86780304}, "train_energy_net_j": 232.86780304, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e1_c32_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 954, "inference_params": 906, "macs": 103808, "static_costs": {"params": 954.0, "macs": 103808.0, "peak_memory": 31360.0, "energy": 3.799327718677151e-05, "latency": 0.010766000286821509}, "dataflow": {"joules": 9.756916800000001e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.010766000286821509, "latency_ms_p90": 0.01098689981517964, "latency_ms_iqr": 0.00014999977793195285, "cpu_ms_per_call": 0.010949985946411308, "energy_j": 3.799327718677151e-05, "energy_cv": 0.006224441009297161, "energy_source": "model:cpu-ccf", "runs_per_window": 4555, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.008729797749154278, "windows": 5, "cpu_pressure": 0.07727576941283494, "load_average": 2.029296875, "rejected_windows": 0, "window_energies_j": [3.856816642670005e-05, 3.799327718677151e-05, 3.796438884054144e-05, 3.842103830968179e-05, 3.832495081243958e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.81022134050005, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8080435319998287, "paired": {"figures": {"energy": 3.565533327360617e-05, "latency": 0.010132437104674244}, "with_trials": [4], "rounds": 5, "ratio_spread": 0.019040369907728172}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6791666666666667, "test_accuracy": 0.6739, "val_curve": [0.492, 0.42883333333333334, 0.6453333333333333, 0.6606666666666666, 0.6775, 0.6791666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 3.065965500999937, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 21.307034331959567, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 21.307034331959567}, "train_energy_net_j": 21.307034331959567, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e6_c16-ir_r3_k3_s2_e6_c64_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 284498, "inference_params": 282082, "macs": 7724576, "static_costs": {"params": 284498.0, "macs": 7724576.0, "peak_memory": 163072.0, "energy": 0.0004677325882355149, "latency": 0.13254799978312803}, "dataflow": {"joules": 0.00047360964960000004, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.13254799978312803, "latency_ms_p90": 0.13588299998446018, "latency_ms_iqr": 0.0015329998177548987, "cpu_ms_per_call": 0.1339709144384782, "energy_j": 0.0004677325882355149, "energy_cv": 0.007190984331328836, "energy_source": "model:cpu-ccf", "runs_per_window": 374, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002492048509076472, "windows": 5, "cpu_pressure": 0.00043887749181917084, "load_average": 2.107421875, "rejected_windows": 0, "window_energies_j": [0.00046889820053467365, 0.00047659784196150387, 0.00047129372311730786, 0.0004677325882355149, 0.000467462641333744]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.192316630999784, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9153717699996378, "paired": {"figures": {"energy": 0.0004599714482217494, "latency": 0.13130649150757293}, "with_trials": [10], "rounds": 5, "ratio_spread": 0.02422265273473201}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8771666666666667, "test_accuracy": 0.8731, "val_curve": [0.6195, 0.8013333333333333, 0.8123333333333334, 0.8265, 0.8666666666666667, 0.8771666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 55.54207547999977, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 384.3101121653599, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 384.3101121653599}, "train_energy_net_j": 384.3101121653599, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c32-ir_r1_k7_s2_e3_c32_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 18162, "inference_params": 17850, "macs": 1307936, "static_costs": {"params": 18162.0, "macs": 1307936.0, "peak_memory": 100352.0, "energy": 0.00011051105725197531, "latency": 0.031216000024869572}, "dataflow": {"joules": 7.23295056e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.031216000024869572, "latency_ms_p90": 0.031708000278740656, "latency_ms_iqr": 0.0003000000106112566, "cpu_ms_per_call": 0.03166854609474567, "energy_j": 0.00011051105725197531, "energy_cv": 0.00487019576184526, "energy_source": "model:cpu-ccf", "runs_per_window": 1572, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0029757572482969064, "windows": 5, "cpu_pressure": 0.005657731508258852, "load_average": 2.0830078125, "rejected_windows": 0, "window_energies_j": [0.0001117389926141061, 0.00011122308672232561, 0.00011083991133160984, 0.00011019611807310433, 0.00011051105725197531]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0139654875000872, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2909730180003862, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8461666666666666, "test_accuracy": 0.8447, "val_curve": [0.6845, 0.7503333333333333, 0.7775, 0.812, 0.8335, 0.8461666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 11.890878824000083, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 82.41073578784057, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 82.41073578784057}, "train_energy_net_j": 82.41073578784057, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e6_c16-ir_r2_k3_s2_e3_c40-ir_r3_k7_s2_e1_c40_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 35082, "inference_params": 33994, "macs": 2531512, "static_costs": {"params": 35082.0, "macs": 2531512.0, "peak_memory": 163072.0, "energy": 0.00018429943319201694, "latency": 0.052037999921594746}, "dataflow": {"joules": 0.00018460475519999997, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.052037999921594746, "latency_ms_p90": 0.05319999991115765, "latency_ms_iqr": 0.0008609999895270448, "cpu_ms_per_call": 0.05282407919747517, "energy_j": 0.00018429943319201694, "energy_cv": 0.008816915217878049, "energy_source": "model:cpu-ccf", "runs_per_window": 943, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00317333585359858, "windows": 5, "cpu_pressure": 0.0015986895541685048, "load_average": 2.06982421875, "rejected_windows": 0, "window_energies_j": [0.00018488427719116308, 0.00018633180322576932, 0.0001832308028239868, 0.00018429943319201694, 0.00018791452631573616]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.0088465585001245, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1500587869995798, "paired": {"figures": {"energy": 0.0001816553066653416, "latency": 0.051753209504658955}, "with_trials": [9, 10], "rounds": 5, "ratio_spread": 0.020151845666789514}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8746666666666667, "test_accuracy": 0.8725, "val_curve": [0.8076666666666666, 0.8243333333333334, 0.8008333333333333, 0.8583333333333333, 0.863, 0.8746666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.078536837999764, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 152.9700937555604, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 152.9700937555604}, "train_energy_net_j": 152.9700937555604, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e3_c32_hs-ir_r3_k5_s2_e6_c32-ir_r3_k3_s2_e1_c64-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 80970, "inference_params": 79098, "macs": 4675136, "static_costs": {"params": 80970.0, "macs": 4675136.0, "peak_memory": 188160.0, "energy": 0.0002511657747485204, "latency": 0.0704849999237922}, "dataflow": {"joules": 0.0002350514256, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0704849999237922, "latency_ms_p90": 0.07143700004235143, "latency_ms_iqr": 0.0008610004442743957, "cpu_ms_per_call": 0.07191004310348637, "energy_j": 0.0002511657747485204, "energy_cv": 0.04035118093830013, "energy_source": "model:cpu-ccf", "runs_per_window": 696, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0020678618103995294, "windows": 5, "cpu_pressure": 0.00021985268550900948, "load_average": 2.044921875, "rejected_windows": 0, "window_energies_j": [0.0002769089417861298, 0.0002511657747485204, 0.0002522699419449084, 0.00025168515086220226, 0.00024950389655192996]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1474696939998523, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.32946038099998987, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8705, "test_accuracy": 0.8629, "val_curve": [0.7785, 0.8166666666666667, 0.8408333333333333, 0.8513333333333334, 0.8666666666666667, 0.8705], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 30.14249374100018, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 208.4873082104801, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 208.4873082104801}, "train_energy_net_j": 208.4873082104801, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e6_c32_se_hs-ir_r2_k5_s2_e3_c64-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 51570, "inference_params": 50666, "macs": 3138176, "static_costs": {"params": 51570.0, "macs": 3138176.0, "peak_memory": 100352.0, "energy": 0.0001884808760775328, "latency": 0.05331900001692702}, "dataflow": {"joules": 0.00014789100959999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05331900001692702, "latency_ms_p90": 0.0540500000170141, "latency_ms_iqr": 0.000559999534743838, "cpu_ms_per_call": 0.05406474378400457, "energy_j": 0.0001884808760775328, "energy_cv": 0.003185049705915182, "energy_source": "model:cpu-ccf", "runs_per_window": 925, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003956513689889807, "windows": 5, "cpu_pressure": 0.0006391593520592132, "load_average": 2.02587890625, "rejected_windows": 0, "window_energies_j": [0.0001884808760775328, 0.00018820805027020638, 0.00018975579902594797, 0.00018955075054452144, 0.00018922660324401596]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0772269654999889, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3087354240001332, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.862, "test_accuracy": 0.8665, "val_curve": [0.7456666666666667, 0.8076666666666666, 0.806, 0.8366666666666667, 0.8486666666666667, 0.862], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 17.26651125999979, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 119.59432023743958, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 119.59432023743958}, "train_energy_net_j": 119.59432023743958, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-0/artifacts/random-0-2d8b6f46/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(2,1,1,1.33226635011442559727e-04,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,3.7746000089100562036e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,7.76166666666666671403e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,1.54585044217677125251e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,4.35450001532444730401e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.38166666666666615448e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.37710958500968300762e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,3.90250623964058449e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.60666666666666690943e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,1.6236782431470865389e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,4.57368381090425546453e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,8.54833333333333333925e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.07135682112789886355e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,3.03494569736596185582e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,7.37666666666666692719e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,1.85547132337246240951e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,5.23380003869533538818e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.45166666666666621665e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,1.28350873800723241056e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,3.58939996658591553568e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.58166666666666633211e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,2.24829055198956691274e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,6.32940000286907888948e-02,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,8.65666666666666695384e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,1.27676523199800719468e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,3.61693004117321498247e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.72333333333333293957e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,1.38337860029000666228e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,3.93706974757207159298e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.73333333333333294845e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,2.57859873793302618767e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,7.32844283367801857531e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,0.8705,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,2.31051718626233411162e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,6.53879997116746380925e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,8.50333333333333385439e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,1.78772516992846918198e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,5.04249996993166860193e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,0.865,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,3.81218457236904217314e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,1.07860999833064852282e-01,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,6.79166666666666696272e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,3.56553332736061711857e-05,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,1.0132437104674244313e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.77166666666666650087e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,4.59971448221749420678e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,1.31306491507572925536e-01,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,8.46166666666666622553e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,1.10511057251975309103e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,3.12160000248695723712e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.74666666666666703378e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,1.81655306665341607008e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,5.17532095046589549203e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,0.8705,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,2.51165774748520408913e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,0.0704849999237922,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,0.862,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,1.88480876077532795822e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,5.33190000169270206242e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 22:46:09.874945','2026-12-06 22:46:26.870014');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 22:46:29.032334','2026-12-06 22:46:48.513486');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 22:46:48.590933','2026-12-06 22:47:03.543155');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 22:47:03.665971','2026-12-06 22:47:20.533355');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 22:47:20.675218','2026-12-06 22:47:30.664956');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 22:47:30.781319','2026-12-06 22:47:37.681353');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 22:47:37.809354','2026-12-06 22:47:51.786124');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 22:47:51.887187','2026-12-06 22:48:13.893110');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 22:48:14.041065','2026-12-06 22:48:43.191220');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 22:48:43.316895','2026-12-06 22:48:56.450979');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 22:48:56.773211','2026-12-06 22:49:21.655510');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 22:49:21.814327','2026-12-06 22:49:43.223580');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 22:49:43.329388','2026-12-06 22:49:57.344483');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 22:49:57.530654','2026-12-06 22:50:31.914080');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 22:50:32.262026','2026-12-06 22:50:36.548244');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 22:50:36.613659','2026-12-06 22:51:33.583626');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 22:51:33.737487','2026-12-06 22:51:46.260189');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 22:51:46.514248','2026-12-06 22:52:10.355539');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 22:52:10.489533','2026-12-06 22:52:41.310806');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 22:52:41.452646','2026-12-06 22:52:59.371633');
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
