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
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','58174f21a3dbcd2b977b65031e9ac7559c4e0414',0);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','51a298e59e64952640c1e7f17436526caab0eb63',1);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','bc9894a434ab7c5448034a69ba7ac723a6f0b38c',2);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','c8e656f6182f10b54b20fa0fa98015aba2e0bee7',3);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','e1a0bf2fb0c3691d39f1e48b48249377889af8aa',4);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','20eb11c75ecb310eabbafeefed257eb65da4cc4c',5);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','bbf6ac3a2989956eb98496d2cb71f92140385c9f',6);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','60cf6bca6c6f6ded2330cddf34ef065659f70d05',7);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','19b032f29ed038f1039808a7b79782232e3bca3c',8);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','edfea08b4b2bede266fa121bd58e46e16149edf6',9);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','6b9d1c94d4a9038f685e3b8f10cdfdc94767179b',10);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','59bddb4a3c871ef6e3dda590d5ae1fda1e560d37',11);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','706d9ea279cf0a2dbf483e73c86167d4886e0895',12);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','b22c447b3aaf9f57e39d1bef33d417bac06f7546',13);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','93fa6f7300cf518091e8a966b78bb8ee85efa566',14);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','22008fcd58706169d6ce3434ab48f1e1fe368fcc',15);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','68629eb7309075c1dc50f17b205b4b618631a4ff',16);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','b7850ec383c2c6f09b29236d78d9ecd77004be1c',17);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','aadb424955ed6ace41085782c64d777d92ec26be',18);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','d32fc6e1746e0e48371c9face83ee3938f7e9b8c',19);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','dd1c7013bfd002ee7c42119dd904e24804d00285',20);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','2a6d050ecf987944418d61ceee45d3159ad3686d',21);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','599814ba920320ed14e7958ec1eb09d9ac7ad67d',22);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','1ec2f6447f75ba930758a0843d75e9bee6acf7ce',23);
INSERT INTO "nas_arch_claims" VALUES('b6de10f007c24168bb7905f445e4641f','87eca7a4ace8b4ffb51bcfdbc86454eccfbc2a29',24);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'tpe-0');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"tpe-0\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 0}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"tpe-0\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/tpe-0/nas.db\",\"sampler\":\"tpe\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":0,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"2702.9J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/tpe-0/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"b6de10f007c24168bb7905f445e4641f"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0002380160522258581, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.06397550009751285, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.0002380160522258581, \"latency\": 0.06397550009751285}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0008466826243968709, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.23967749984876718, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0008466826243968709, \"latency\": 0.23967749984876718}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [3.147310350719411e-05, 0.0008466826243968709], \"latency\": [0.008903999969334109, 0.23967749984876718]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','2702.9');
INSERT INTO "study_user_attributes" VALUES(8,1,'nas_final:trial-16','{"trial": 16, "reference": null, "record": {"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c16_hs-ir_r3_k5_s2_e3_c32_se_hs-ir_r1_k5_s2_e6_c32_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 52058, "inference_params": 50994, "macs": 1778480, "static_costs": {"params": 52058.0, "macs": 1778480.0, "peak_memory": 50176.0}, "dataflow": null, "measurement": {"latency_ms_median": 0.06845999996585306, "latency_ms_p90": 0.07261239998115343, "latency_ms_iqr": 0.002324999968550401, "cpu_ms_per_call": 0.07065186158191257, "energy_j": 0.00024673175070408346, "energy_cv": 0.0029275766375524543, "energy_source": "model:cpu-ccf", "runs_per_window": 708, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0022281884315324962, "windows": 5, "cpu_pressure": 0.06584978751836543, "load_average": 2.0, "rejected_windows": 0, "window_energies_j": [0.00024728151553669403, 0.0002475762178220867, 0.00024673175070408346, 0.00024783135643584764, 0.0002457956928472682]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.9243333333333333, "test_accuracy": 0.9173, "val_curve": [0.809, 0.8413333333333334, 0.871, 0.864, 0.887, 0.8903333333333333, 0.8726666666666667, 0.8875, 0.8888333333333334, 0.9016666666666666, 0.9001666666666667, 0.898, 0.901, 0.9123333333333333, 0.9108333333333334, 0.9095, 0.9198333333333333, 0.9185, 0.9221666666666667, 0.9183333333333333, 0.9223333333333333, 0.9248333333333333, 0.9253333333333333, 0.9243333333333333], "epochs_run": 24, "stop_reason": "finalized: 24 epochs", "train_seconds": 642.3947495159999, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 4313.231413741795, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 4313.231413741795}, "train_energy_net_j": 4313.231413741795, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/final/trial-16.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}, "proxy": {"val_accuracy": 0.8725, "test_accuracy": 0.8653, "val_curve": [0.7625, 0.8265, 0.8338333333333333, 0.8461666666666666, 0.8725, 0.8723333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.51784670699999, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "recipe": {"epochs": 24, "batch_size": 128, "lr": 0.003, "warmup_epochs": 1.0, "weight_decay": 0.05, "label_smoothing": 0.1, "augment": "crop-flip", "seed": 0}, "interleaved_with": [], "attempt": 1, "earlier": []}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 23:01:38');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 23:02:03');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 23:02:26');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 23:02:42');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 23:02:59');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 23:03:09');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 23:03:16');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 23:03:30');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 23:03:51');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 23:04:18');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 23:04:33');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 23:04:54');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 23:05:18');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 23:05:47');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 23:06:01');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 23:06:17');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 23:06:27');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 23:06:45');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 23:07:05');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 23:07:30');
INSERT INTO "trial_heartbeats" VALUES(21,21,'2026-12-06 23:07:37');
INSERT INTO "trial_heartbeats" VALUES(22,22,'2026-12-06 23:07:52');
INSERT INTO "trial_heartbeats" VALUES(23,23,'2026-12-06 23:08:06');
INSERT INTO "trial_heartbeats" VALUES(24,24,'2026-12-06 23:08:18');
INSERT INTO "trial_heartbeats" VALUES(25,25,'2026-12-06 23:08:24');
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
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(401,21,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(402,21,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(403,21,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(404,21,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(405,21,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(406,21,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(407,21,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(408,21,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(409,21,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(410,21,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(411,21,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(412,21,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(413,21,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(414,21,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(415,21,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(416,21,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(417,21,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(418,21,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(419,21,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(420,21,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(421,22,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(422,22,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(423,22,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(424,22,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(425,22,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(426,22,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(427,22,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(428,22,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(429,22,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(430,22,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(431,22,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(432,22,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(433,22,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(434,22,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(435,22,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(436,22,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(437,22,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(438,22,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(439,22,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(440,22,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(441,23,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(442,23,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(443,23,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(444,23,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(445,23,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(446,23,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(447,23,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(448,23,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(449,23,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(450,23,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(451,23,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(452,23,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(453,23,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(454,23,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(455,23,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(456,23,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(457,23,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(458,23,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(459,23,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(460,23,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(461,24,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(462,24,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(463,24,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(464,24,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(465,24,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(466,24,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(467,24,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(468,24,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(469,24,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(470,24,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(471,24,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(472,24,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(473,24,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(474,24,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(475,24,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(476,24,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(477,24,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(478,24,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(479,24,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(480,24,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(481,25,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(482,25,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(483,25,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(484,25,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(485,25,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(486,25,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(487,25,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(488,25,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(489,25,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(490,25,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(491,25,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(492,25,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(493,25,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(494,25,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(495,25,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(496,25,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(497,25,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(498,25,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(499,25,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(500,25,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e3_c24_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9378, "inference_params": 9074, "macs": 1670160, "static_costs": {"params": 9378.0, "macs": 1670160.0, "peak_memory": 131712.0, "energy": 0.0001355026449218746, "latency": 0.038126999697851716}, "dataflow": {"joules": 8.8514136e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.038126999697851716, "latency_ms_p90": 0.038637999750790186, "latency_ms_iqr": 0.00032199977795244195, "cpu_ms_per_call": 0.03872617182653195, "energy_j": 0.0001355026449218746, "energy_cv": 0.005020647273957631, "energy_source": "model:cpu-ccf", "runs_per_window": 1280, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00028749601906064015, "windows": 5, "cpu_pressure": 0.003295554099763895, "load_average": 2.0400390625, "rejected_windows": 0, "window_energies_j": [0.0001355026449218746, 0.0001344446552651801, 0.00013658031825334403, 0.00013554160139286184, 0.00013572544644253307]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9859318629999986, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2830853380000917, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7866666666666666, "test_accuracy": 0.7868, "val_curve": [0.6065, 0.6856666666666666, 0.7088333333333333, 0.7426666666666667, 0.7741666666666667, 0.7866666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.45511453600011, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 152.78858181979987, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 152.78858181979987}, "train_energy_net_j": 152.78858181979987, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e6_c24_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 14658, "inference_params": 14298, "macs": 1558208, "static_costs": {"params": 14658.0, "macs": 1558208.0, "peak_memory": 150528.0, "energy": 0.00015387272978817815, "latency": 0.04347499998402782}, "dataflow": {"joules": 9.26375568e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04347499998402782, "latency_ms_p90": 0.0438849997408397, "latency_ms_iqr": 0.000270999862550525, "cpu_ms_per_call": 0.04397131914893385, "energy_j": 0.00015387272978817815, "energy_cv": 0.000939139385048491, "energy_source": "model:cpu-ccf", "runs_per_window": 1136, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00017473683041369092, "windows": 5, "cpu_pressure": 0.0005594450640631817, "load_average": 1.83935546875, "rejected_windows": 0, "window_energies_j": [0.0001541387676056395, 0.00015372930646589763, 0.00015387272978817815, 0.00015389961702126845, 0.00015406019938394094]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9776850300000035, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2805834229998254, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7761666666666667, "test_accuracy": 0.7784, "val_curve": [0.5666666666666667, 0.7093333333333334, 0.6788333333333333, 0.7405, 0.7538333333333334, 0.7761666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 21.593519385000036, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 149.85976447463986, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 149.85976447463986}, "train_energy_net_j": 149.85976447463986, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e1_c16_se-ir_r2_k3_s2_e6_c16_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 24698, "inference_params": 24074, "macs": 1158784, "static_costs": {"params": 24698.0, "macs": 1158784.0, "peak_memory": 94080.0, "energy": 0.00013368757674598103, "latency": 0.03782700014198781}, "dataflow": {"joules": 9.125780640000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03782700014198781, "latency_ms_p90": 0.038316999962262344, "latency_ms_iqr": 0.00033099968277383596, "cpu_ms_per_call": 0.03833902758627631, "energy_j": 0.00013368757674598103, "energy_cv": 0.002495724086190973, "energy_source": "model:cpu-ccf", "runs_per_window": 1303, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0037327313287622843, "windows": 5, "cpu_pressure": 0.006015242905310122, "load_average": 1.88623046875, "rejected_windows": 0, "window_energies_j": [0.00013368757674598103, 0.00013418659655196706, 0.00013365541992337138, 0.0001343716964696909, 0.00013444020554273728]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.9677946094999506, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8502360340003179, "paired": {"figures": {"energy": 0.00013823476491847946, "latency": 0.03895178608851714}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.01817170312615013}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8381666666666666, "test_accuracy": 0.8384, "val_curve": [0.6446666666666667, 0.7705, 0.778, 0.8208333333333333, 0.8346666666666667, 0.8381666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.054437589000372, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 104.07432387307978, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 104.07432387307978}, "train_energy_net_j": 104.07432387307978, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e1_c8_se-ir_r2_k5_s2_e3_c40-ir_r3_k3_s2_e3_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 38842, "inference_params": 37706, "macs": 1329648, "static_costs": {"params": 38842.0, "macs": 1329648.0, "peak_memory": 54880.0, "energy": 0.0001655327599999623, "latency": 0.046619000158898416}, "dataflow": {"joules": 8.84453808e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.046619000158898416, "latency_ms_p90": 0.04804199988939217, "latency_ms_iqr": 0.0004309995347284712, "cpu_ms_per_call": 0.04732083254494255, "energy_j": 0.0001655327599999623, "energy_cv": 0.003812053986291534, "energy_source": "model:cpu-ccf", "runs_per_window": 1050, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0005446287933374983, "windows": 5, "cpu_pressure": 0.0038554373982620255, "load_average": 1.9921875, "rejected_windows": 0, "window_energies_j": [0.00016590588999998584, 0.0001666810966662524, 0.0001655327599999623, 0.0001656229139072989, 0.00016472215527063772]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.097899052499997, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8881655049995061, "paired": {"figures": {"energy": 0.00016286359870672752, "latency": 0.045733294656482154}, "with_trials": [2], "rounds": 5, "ratio_spread": 0.02878850679474043}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8606666666666667, "test_accuracy": 0.8585, "val_curve": [0.7768333333333334, 0.81, 0.8415, 0.838, 0.8575, 0.8606666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.243613497999831, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 105.68593916808011, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 105.68593916808011}, "train_energy_net_j": 105.68593916808011, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c16_hs-ir_r2_k5_s2_e3_c16_se-ir_r1_k5_s2_e1_c32_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 11746, "inference_params": 11402, "macs": 568608, "static_costs": {"params": 11746.0, "macs": 568608.0, "peak_memory": 50176.0, "energy": 0.00010522687740327923, "latency": 0.029754000024695415}, "dataflow": {"joules": 5.32141968e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.029754000024695415, "latency_ms_p90": 0.030064999918977264, "latency_ms_iqr": 0.00020100060282857157, "cpu_ms_per_call": 0.030077863773355463, "energy_j": 0.00010522687740327923, "energy_cv": 0.003814075285270484, "energy_source": "model:cpu-ccf", "runs_per_window": 1659, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0004337846431567982, "windows": 5, "cpu_pressure": 0.0002798620280223469, "load_average": 1.91455078125, "rejected_windows": 0, "window_energies_j": [0.00010604725410833889, 0.00010566620609505117, 0.00010527252320674413, 0.00010522687740327923, 0.00010487665865386383]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.963727318999986, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8490281970002798, "paired": {"figures": {"energy": 0.00010835555023463596, "latency": 0.030486046179517185}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.019918496694293575}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8548333333333333, "test_accuracy": 0.845, "val_curve": [0.6686666666666666, 0.7786666666666666, 0.8028333333333333, 0.8366666666666667, 0.8436666666666667, 0.8548333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.775970904000133, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 60.91018327620003, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 60.91018327620003}, "train_energy_net_j": 60.91018327620003, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k5_s1_e1_c24_hs-ir_r3_k3_s2_e3_c40_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 51698, "inference_params": 50834, "macs": 1884984, "static_costs": {"params": 51698.0, "macs": 1884984.0, "peak_memory": 75264.0, "energy": 0.000179036720347365, "latency": 0.05048499997428735}, "dataflow": {"joules": 0.0001202499264, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05048499997428735, "latency_ms_p90": 0.0526252997588017, "latency_ms_iqr": 0.0010020003173849545, "cpu_ms_per_call": 0.05188731535264683, "energy_j": 0.000179036720347365, "energy_cv": 0.008276819405790692, "energy_source": "model:cpu-ccf", "runs_per_window": 964, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.014348360391738701, "windows": 5, "cpu_pressure": 0.00017934225510592632, "load_average": 1.84765625, "rejected_windows": 0, "window_energies_j": [0.00018234045754714377, 0.0001816056037342639, 0.00018218063155135523, 0.000179036720347365, 0.0001790193539094961]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1194424395000127, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3208860649997405, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7376666666666667, "test_accuracy": 0.734, "val_curve": [0.6413333333333333, 0.7376666666666667], "epochs_run": 2, "stop_reason": "pareto: validation 0.738 after epoch 2 cannot pass 0.861 of trial 3, which costs no more (bound 0.859: finished curves gained at most 0.101 later, margin 0.02)", "train_seconds": 5.761517604000346, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 39.96968119668001, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 39.96968119668001}, "train_energy_net_j": 39.96968119668001, "train_device_share": 1.0, "pareto_saved_energy_j": 79.93936239336001, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c16_se-ir_r1_k5_s2_e6_c64_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 26866, "inference_params": 26410, "macs": 1372000, "static_costs": {"params": 26866.0, "macs": 1372000.0, "peak_memory": 94080.0, "energy": 0.00012379919206235193, "latency": 0.03508250006234448}, "dataflow": {"joules": 8.13498e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03508250006234448, "latency_ms_p90": 0.035523000406101346, "latency_ms_iqr": 0.00030999990485724993, "cpu_ms_per_call": 0.03543354886693463, "energy_j": 0.00012379919206235193, "energy_cv": 0.004634585087738764, "energy_source": "model:cpu-ccf", "runs_per_window": 1411, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0017627657199037472, "windows": 5, "cpu_pressure": 0.0006179707324270254, "load_average": 1.85986328125, "rejected_windows": 0, "window_energies_j": [0.00012526616249105315, 0.00012439257367669106, 0.00012401742103427122, 0.00012379919206235193, 0.00012365852471731865]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0373393834999902, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2971596200000022, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8451666666666666, "test_accuracy": 0.8389, "val_curve": [0.6465, 0.7655, 0.7983333333333333, 0.8216666666666667, 0.8261666666666667, 0.8451666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.391042018999997, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 92.88745431548003, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 92.88745431548003}, "train_energy_net_j": 92.88745431548003, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k5_s1_e1_c16_se-ir_r3_k5_s2_e6_c24_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 63874, "inference_params": 62826, "macs": 2027072, "static_costs": {"params": 63874.0, "macs": 2027072.0, "peak_memory": 94080.0, "energy": 0.00021573111771990916, "latency": 0.06096100014474359}, "dataflow": {"joules": 0.0001477719312, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06096100014474359, "latency_ms_p90": 0.06182200013427064, "latency_ms_iqr": 0.0006520001534227049, "cpu_ms_per_call": 0.06176566419717234, "energy_j": 0.00021573111771990916, "energy_cv": 0.0041555967868744164, "energy_source": "model:cpu-ccf", "runs_per_window": 807, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0020799362416348277, "windows": 5, "cpu_pressure": 0.010928225092670076, "load_average": 1.96533203125, "rejected_windows": 0, "window_energies_j": [0.00021453686093946876, 0.0002171747568237651, 0.00021573111771990916, 0.0002161798246901032, 0.00021664783043480953]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1602567794999956, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33253221499990104, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8581666666666666, "test_accuracy": 0.8588, "val_curve": [0.7656666666666667, 0.8001666666666667, 0.8213333333333334, 0.8265, 0.8413333333333334, 0.8581666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 20.82358290900038, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 143.98877744460006, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 143.98877744460006}, "train_energy_net_j": 143.98877744460006, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c32-ir_r1_k3_s2_e6_c16_hs-ir_r2_k7_s2_e1_c56-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 29954, "inference_params": 29178, "macs": 1958592, "static_costs": {"params": 29954.0, "macs": 1958592.0, "peak_memory": 188160.0, "energy": 0.00012506921433716063, "latency": 0.03538299984029436}, "dataflow": {"joules": 0.00011221132320000001, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03538299984029436, "latency_ms_p90": 0.03616399999373243, "latency_ms_iqr": 0.00046000013753655367, "cpu_ms_per_call": 0.03591923465705394, "energy_j": 0.00012506921433716063, "energy_cv": 0.007747305889458876, "energy_source": "model:cpu-ccf", "runs_per_window": 1387, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0051819863582174275, "windows": 5, "cpu_pressure": 0.012331108951583796, "load_average": 2.05615234375, "rejected_windows": 0, "window_energies_j": [0.00012760947047971095, 0.00012608649062725993, 0.00012506921433716063, 0.00012486136661880873, 0.00012571732129968878]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9349208639999773, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1284468569997443, "paired": {"figures": {"energy": 0.00012996774575995746, "latency": 0.03645206036725668}, "with_trials": [4, 3], "rounds": 5, "ratio_spread": 0.03252517744482386}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8656666666666667, "test_accuracy": 0.8564, "val_curve": [0.773, 0.7906666666666666, 0.8323333333333334, 0.8543333333333333, 0.8606666666666667, 0.8656666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 25.297476540999924, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 175.29062529639964, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 175.29062529639964}, "train_energy_net_j": 175.29062529639964, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e3_c32_se_hs-ir_r2_k3_s2_e1_c48-ir_r3_k3_s2_e3_c40-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 50122, "inference_params": 48850, "macs": 1624400, "static_costs": {"params": 50122.0, "macs": 1624400.0, "peak_memory": 75264.0, "energy": 0.00014295505057566955, "latency": 0.04038999986732961}, "dataflow": {"joules": 0.00011308164, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04038999986732961, "latency_ms_p90": 0.04111099997317069, "latency_ms_iqr": 0.0005309998414304573, "cpu_ms_per_call": 0.04126093646843128, "energy_j": 0.00014295505057566955, "energy_cv": 0.0053028904581696925, "energy_source": "model:cpu-ccf", "runs_per_window": 1212, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.010200598425643026, "windows": 5, "cpu_pressure": 0.00041851278968954814, "load_average": 2.005859375, "rejected_windows": 0, "window_energies_j": [0.00014295505057566955, 0.000144435028465694, 0.00014287742310850176, 0.00014441327763950945, 0.00014455925083201482]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.0153042989999648, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8870506019998174, "paired": {"figures": {"energy": 0.000142460377875259, "latency": 0.039901362191030604}, "with_trials": [8], "rounds": 5, "ratio_spread": 0.04586144349749732}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8723333333333333, "test_accuracy": 0.8721, "val_curve": [0.7481666666666666, 0.8051666666666667, 0.847, 0.848, 0.8655, 0.8723333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 12.989408811999965, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 90.10836109880032, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 90.10836109880032}, "train_energy_net_j": 90.10836109880032, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e6_c8_hs-ir_r1_k7_s2_e3_c32_hs-ir_r2_k5_s2_e6_c24_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 63330, "inference_params": 62314, "macs": 1267368, "static_costs": {"params": 63330.0, "macs": 1267368.0, "peak_memory": 81536.0, "energy": 0.00019075108846154675, "latency": 0.053900999773759395}, "dataflow": {"joules": 0.0001350992928, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.053900999773759395, "latency_ms_p90": 0.054861000080563826, "latency_ms_iqr": 0.0007409997806462343, "cpu_ms_per_call": 0.05467555837005955, "energy_j": 0.00019075108846154675, "energy_cv": 0.004974984206050329, "energy_source": "model:cpu-ccf", "runs_per_window": 908, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0032155299275544724, "windows": 5, "cpu_pressure": 0.0009164218492151914, "load_average": 2.0048828125, "rejected_windows": 0, "window_energies_j": [0.00019075108846154675, 0.00018981858622520474, 0.00019136445429520843, 0.0001926889922907724, 0.00019163054680610813]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1294344110000196, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3324116639996646, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8678333333333333, "test_accuracy": 0.8632, "val_curve": [0.7731666666666667, 0.8276666666666667, 0.8298333333333333, 0.8541666666666666, 0.8616666666666667, 0.8678333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.947160152999913, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 138.32413224523975, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 138.32413224523975}, "train_energy_net_j": 138.32413224523975, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e3_c32-ir_r1_k7_s2_e6_c24_hs-ir_r2_k7_s2_e1_c40", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 29754, "inference_params": 29114, "macs": 2415312, "static_costs": {"params": 29754.0, "macs": 2415312.0, "peak_memory": 188160.0, "energy": 0.00018046568298936123, "latency": 0.051045999953203136}, "dataflow": {"joules": 0.0001182590352, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.051045999953203136, "latency_ms_p90": 0.05213750000621076, "latency_ms_iqr": 0.0007209997647805721, "cpu_ms_per_call": 0.05162871517028429, "energy_j": 0.00018046568298936123, "energy_cv": 0.0066771915817021585, "energy_source": "model:cpu-ccf", "runs_per_window": 964, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0013011898037569303, "windows": 5, "cpu_pressure": 0.007388819976493486, "load_average": 1.88916015625, "rejected_windows": 0, "window_energies_j": [0.00018331277486935817, 0.0001818385130753606, 0.00018046568298936123, 0.00017990662966802662, 0.000180700503095995]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0466386140000026, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3001915539998663, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8665, "test_accuracy": 0.8633, "val_curve": [0.7728333333333334, 0.795, 0.8363333333333334, 0.8548333333333333, 0.864, 0.8665], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.382455429999936, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 162.11902698323988, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 162.11902698323988}, "train_energy_net_j": 162.11902698323988, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e1_c32-ir_r1_k3_s2_e6_c24_hs-ir_r2_k7_s2_e1_c40", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 20506, "inference_params": 19906, "macs": 1747344, "static_costs": {"params": 20506.0, "macs": 1747344.0, "peak_memory": 188160.0, "energy": 0.00013179929969882605, "latency": 0.037306000194803346}, "dataflow": {"joules": 9.90091824e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.037306000194803346, "latency_ms_p90": 0.0376859998141299, "latency_ms_iqr": 0.00036100027500651777, "cpu_ms_per_call": 0.037726504559268396, "energy_j": 0.00013179929969882605, "energy_cv": 0.006326561474687659, "energy_source": "model:cpu-ccf", "runs_per_window": 1316, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0018472500170310102, "windows": 5, "cpu_pressure": 0.007576020531334658, "load_average": 1.921875, "rejected_windows": 0, "window_energies_j": [0.00013204276595743937, 0.00013179929969882605, 0.00013101023149549233, 0.00013275782343985984, 0.00013345988390807471]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0242866795000651, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.29407528699994145, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8558333333333333, "test_accuracy": 0.8488, "val_curve": [0.7321666666666666, 0.8141666666666667, 0.8345, 0.8378333333333333, 0.8466666666666667, 0.8558333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 27.82650039500004, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 192.3675889742798, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 192.3675889742798}, "train_energy_net_j": 192.3675889742798, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e3_c24_hs-ir_r2_k3_s2_e3_c16_hs-ir_r1_k5_s2_e1_c32_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9834, "inference_params": 9434, "macs": 933624, "static_costs": {"params": 9834.0, "macs": 933624.0, "peak_memory": 75264.0, "energy": 0.0001166054158878342, "latency": 0.032969999892884516}, "dataflow": {"joules": 6.31300704e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.032969999892884516, "latency_ms_p90": 0.0332689996866975, "latency_ms_iqr": 0.00023999973564059474, "cpu_ms_per_call": 0.03335014516128571, "energy_j": 0.0001166054158878342, "energy_cv": 0.0026769669979980603, "energy_source": "model:cpu-ccf", "runs_per_window": 1488, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0010299022198190233, "windows": 5, "cpu_pressure": 0.002317135325599952, "load_average": 1.84814453125, "rejected_windows": 0, "window_energies_j": [0.0001167255080645, 0.0001161973732573072, 0.00011685268291860063, 0.0001166054158878342, 0.0001171501991210807]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0899528395000289, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31282348500008084, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.847, "test_accuracy": 0.8401, "val_curve": [0.7285, 0.7976666666666666, 0.7995, 0.8401666666666666, 0.847, 0.8466666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.689357383000242, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 94.84993375092012, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 94.84993375092012}, "train_energy_net_j": 94.84993375092012, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e6_c8_hs-ir_r1_k7_s2_e1_c24_se-ir_r1_k7_s2_e1_c48_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 11274, "inference_params": 10890, "macs": 765320, "static_costs": {"params": 11274.0, "macs": 765320.0, "peak_memory": 150528.0, "energy": 0.00011375304970785276, "latency": 0.032127999929798534}, "dataflow": {"joules": 7.0457472e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.032127999929798534, "latency_ms_p90": 0.0330299999404815, "latency_ms_iqr": 0.0006310001481324434, "cpu_ms_per_call": 0.03266530000000276, "energy_j": 0.00011375304970785276, "energy_cv": 0.010284531181682283, "energy_source": "model:cpu-ccf", "runs_per_window": 1520, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005059207587268411, "windows": 5, "cpu_pressure": 0.0011162339383124348, "load_average": 2.03564453125, "rejected_windows": 0, "window_energies_j": [0.00011676294414536361, 0.00011555179306963421, 0.00011368797642437542, 0.00011375304970785276, 0.00011432855000000964]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1218240355000546, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.32204669300017486, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8345, "test_accuracy": 0.828, "val_curve": [0.6448333333333334, 0.7758333333333334, 0.8155, 0.8221666666666667, 0.8311666666666667, 0.8345], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.717104650999772, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 101.89220473079975, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 101.89220473079975}, "train_energy_net_j": 101.89220473079975, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e1_c16-ir_r2_k5_s2_e3_c16_hs-ir_r2_k5_s2_e1_c32_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 15178, "inference_params": 14682, "macs": 607648, "static_costs": {"params": 15178.0, "macs": 607648.0, "peak_memory": 50176.0, "energy": 7.99987961255154e-05, "latency": 0.022634000288235256}, "dataflow": {"joules": 4.81937808e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.022634000288235256, "latency_ms_p90": 0.022924999939277768, "latency_ms_iqr": 0.0002100000529026147, "cpu_ms_per_call": 0.02295195039044652, "energy_j": 7.99987961255154e-05, "energy_cv": 0.005521454483936215, "energy_source": "model:cpu-ccf", "runs_per_window": 2168, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004162940658818393, "windows": 5, "cpu_pressure": 0.0018341207991404696, "load_average": 2.02734375, "rejected_windows": 0, "window_energies_j": [8.064087174117325e-05, 8.033182636656283e-05, 8.085234692449825e-05, 7.961418326492576e-05, 7.99987961255154e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.0271661315000244, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8688526740002089, "paired": {"figures": {"energy": 8.146540172458245e-05, "latency": 0.023106698773417103}, "with_trials": [4], "rounds": 5, "ratio_spread": 0.015801044174205803}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8468333333333333, "test_accuracy": 0.8446, "val_curve": [0.7345, 0.783, 0.8043333333333333, 0.8318333333333333, 0.8451666666666666, 0.8468333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.58217590600043, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 59.52924532940004, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 59.52924532940004}, "train_energy_net_j": 59.52924532940004, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c16_hs-ir_r3_k5_s2_e3_c32_se_hs-ir_r1_k5_s2_e6_c32_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 52058, "inference_params": 50994, "macs": 1778480, "static_costs": {"params": 52058.0, "macs": 1778480.0, "peak_memory": 50176.0, "energy": 0.00018820334731197398, "latency": 0.05320899981597904}, "dataflow": {"joules": 0.000123025608, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05320899981597904, "latency_ms_p90": 0.05434999998215062, "latency_ms_iqr": 0.0006500004019471817, "cpu_ms_per_call": 0.05378059371617039, "energy_j": 0.00018820334731197398, "energy_cv": 0.007466676849747656, "energy_source": "model:cpu-ccf", "runs_per_window": 923, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0001526577238541993, "windows": 5, "cpu_pressure": 0.00039950001773721806, "load_average": 2.0224609375, "rejected_windows": 0, "window_energies_j": [0.000191807127624387, 0.0001880953458638894, 0.0001887969923996753, 0.00018820334731197398, 0.00018823207800659636]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.128001313499965, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8980667989999347, "paired": {"figures": {"energy": 0.0001887645190879295, "latency": 0.053062549744595004}, "with_trials": [9], "rounds": 5, "ratio_spread": 0.013934151390252003}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8725, "test_accuracy": 0.8653, "val_curve": [0.7625, 0.8265, 0.8338333333333333, 0.8461666666666666, 0.8725, 0.8723333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.51784670699999, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 114.15286474956025, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 114.15286474956025}, "train_energy_net_j": 114.15286474956025, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c32-ir_r1_k3_s2_e6_c24_hs-ir_r2_k7_s2_e1_c56-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 32362, "inference_params": 31570, "macs": 2047296, "static_costs": {"params": 32362.0, "macs": 2047296.0, "peak_memory": 188160.0, "energy": 0.0001379088289785947, "latency": 0.038757500078645535}, "dataflow": {"joules": 0.0001148501616, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.038757500078645535, "latency_ms_p90": 0.03945200010093686, "latency_ms_iqr": 0.00046000013753655367, "cpu_ms_per_call": 0.03943568675657296, "energy_j": 0.0001379088289785947, "energy_cv": 0.005124516118618692, "energy_source": "model:cpu-ccf", "runs_per_window": 1261, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008416768547041542, "windows": 5, "cpu_pressure": 0.0003796070990606688, "load_average": 2.078125, "rejected_windows": 0, "window_energies_j": [0.00013802490364800535, 0.0001389673443209615, 0.0001393734243394932, 0.0001374643626377292, 0.0001379088289785947]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0549968310001816, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3023018239996418, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8618333333333333, "test_accuracy": 0.8572, "val_curve": [0.7605, 0.7866666666666666, 0.8335, 0.845, 0.8593333333333333, 0.8618333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.514479144000234, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 128.2801197790805, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 128.2801197790805}, "train_energy_net_j": 128.2801197790805, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e1_c24-ir_r2_k3_s2_e6_c16_hs-ir_r3_k7_s2_e1_c48_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 31818, "inference_params": 30882, "macs": 1448624, "static_costs": {"params": 31818.0, "macs": 1448624.0, "peak_memory": 141120.0, "energy": 0.00013933048676827454, "latency": 0.03930349998881866}, "dataflow": {"joules": 0.00010431707040000001, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03930349998881866, "latency_ms_p90": 0.03988899970863713, "latency_ms_iqr": 0.00035999983083456755, "cpu_ms_per_call": 0.03998880691874829, "energy_j": 0.00013933048676827454, "energy_cv": 0.004282021834070591, "energy_source": "model:cpu-ccf", "runs_per_window": 1245, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004524045397134024, "windows": 5, "cpu_pressure": 0.00035940449550405946, "load_average": 2.13623046875, "rejected_windows": 0, "window_energies_j": [0.00014011421186453223, 0.00014063484096372137, 0.00013933048676827454, 0.00013893410555536117, 0.000139960824215619]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1079616590000967, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31768532000023697, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8556666666666667, "test_accuracy": 0.8561, "val_curve": [0.7471666666666666, 0.7896666666666666, 0.8081666666666667, 0.8381666666666666, 0.8518333333333333, 0.8556666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 24.733130033999714, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 171.43242396484013, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 171.43242396484013}, "train_energy_net_j": 171.43242396484013, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c8-ir_r1_k7_s2_e1_c32_hs-ir_r2_k3_s2_e1_c56-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 16698, "inference_params": 16290, "macs": 446216, "static_costs": {"params": 16698.0, "macs": 446216.0, "peak_memory": 25088.0, "energy": 5.7103532448349664e-05, "latency": 0.01611400011825026}, "dataflow": {"joules": 3.14715936e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.01611400011825026, "latency_ms_p90": 0.01645399970584549, "latency_ms_iqr": 0.0002509996193111874, "cpu_ms_per_call": 0.01644936135837655, "energy_j": 5.7103532448349664e-05, "energy_cv": 0.009171645380581007, "energy_source": "model:cpu-ccf", "runs_per_window": 3033, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00821722029880867, "windows": 5, "cpu_pressure": 0.0021976202409884136, "load_average": 2.0888671875, "rejected_windows": 0, "window_energies_j": [5.828064175601747e-05, 5.784447339725244e-05, 5.7103532448349664e-05, 5.757276475431792e-05, 5.6791020521211546e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.901131891000233, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8308627329997762, "paired": {"figures": {"energy": 5.802516934869239e-05, "latency": 0.016448854068930333}, "with_trials": [15], "rounds": 5, "ratio_spread": 0.004678619083351654}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8363333333333334, "test_accuracy": 0.8325, "val_curve": [0.7095, 0.7908333333333334, 0.7881666666666667, 0.8261666666666667, 0.8333333333333334, 0.8363333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 5.401412425999752, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 37.066521548440484, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 37.066521548440484}, "train_energy_net_j": 37.066521548440484, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(21,21,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c8_hs-ir_r3_k7_s2_e1_c32_se-ir_r1_k3_s2_e6_c24_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 42314, "inference_params": 41562, "macs": 1164312, "static_costs": {"params": 42314.0, "macs": 1164312.0, "peak_memory": 75264.0, "energy": 0.00017008962621821097, "latency": 0.048072000026877504}, "dataflow": {"joules": 0.0001053596352, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.048072000026877504, "latency_ms_p90": 0.048662000153854024, "latency_ms_iqr": 0.00036000028558191843, "cpu_ms_per_call": 0.04877271345050535, "energy_j": 0.00017008962621821097, "energy_cv": 0.00336209595103187, "energy_source": "model:cpu-ccf", "runs_per_window": 1026, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003614981537844786, "windows": 5, "cpu_pressure": 0.0017383045620237882, "load_average": 2.08154296875, "rejected_windows": 0, "window_energies_j": [0.00017008962621821097, 0.00016988952133885463, 0.00017148591025652405, 0.00017070449707676873, 0.00017089136301387796]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1522308769999938, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.330112022999856, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8598333333333333, "test_accuracy": 0.8518, "val_curve": [0.7013333333333334, 0.7868333333333334, 0.81, 0.8236666666666667, 0.8463333333333334, 0.8598333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.02573927200001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 97.25107162787984, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 97.25107162787984}, "train_energy_net_j": 97.25107162787984, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00020.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(22,22,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e3_c8_se_hs-ir_r2_k7_s2_e1_c48-ir_r3_k3_s2_e3_c40-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 49746, "inference_params": 48522, "macs": 1441336, "static_costs": {"params": 49746.0, "macs": 1441336.0, "peak_memory": 75264.0, "energy": 0.0001398101039324992, "latency": 0.03952899987780256}, "dataflow": {"joules": 0.0001043823456, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03952899987780256, "latency_ms_p90": 0.039958999877853785, "latency_ms_iqr": 0.00031100034902920015, "cpu_ms_per_call": 0.039978077537955604, "energy_j": 0.0001398101039324992, "energy_cv": 0.001089826861140967, "energy_source": "model:cpu-ccf", "runs_per_window": 1251, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008094368515743078, "windows": 5, "cpu_pressure": 0.00023931906546314894, "load_average": 2.14306640625, "rejected_windows": 0, "window_energies_j": [0.00013992657833729625, 0.0001398101039324992, 0.0001399232713828446, 0.00013955344084740654, 0.00013997677400006978]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2600910769999984, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3609607479997976, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8653333333333333, "test_accuracy": 0.8563, "val_curve": [0.7795, 0.8101666666666667, 0.8353333333333334, 0.8341666666666666, 0.8651666666666666, 0.8653333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 12.741149810000024, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 88.39876826464003, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 88.39876826464003}, "train_energy_net_j": 88.39876826464003, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00021.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(23,23,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e3_c16_se_hs-ir_r2_k7_s2_e1_c48-ir_r3_k3_s2_e3_c32-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 41690, "inference_params": 40570, "macs": 1410496, "static_costs": {"params": 41690.0, "macs": 1410496.0, "peak_memory": 87808.0, "energy": 0.0001303105666421835, "latency": 0.03680499958136352}, "dataflow": {"joules": 9.91236816e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03680499958136352, "latency_ms_p90": 0.03717500021593878, "latency_ms_iqr": 0.00037099971450516023, "cpu_ms_per_call": 0.03724930156370668, "energy_j": 0.0001303105666421835, "energy_cv": 0.005197018628267559, "energy_source": "model:cpu-ccf", "runs_per_window": 1343, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0004757007231814825, "windows": 5, "cpu_pressure": 0.00025972442200011613, "load_average": 2.11083984375, "rejected_windows": 0, "window_energies_j": [0.0001304959925093332, 0.0001303105666421835, 0.00013046207361740235, 0.00013037255547297338, 0.00012872823709430707]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1261139049999827, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.32229261400016185, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8618333333333333, "test_accuracy": 0.8562, "val_curve": [0.6718333333333333, 0.7941666666666667, 0.8056666666666666, 0.8498333333333333, 0.8581666666666666, 0.8618333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 11.599535363000086, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 80.43136211867954, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 80.43136211867954}, "train_energy_net_j": 80.43136211867954, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00022.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(24,24,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e3_c8_se_hs-ir_r2_k7_s2_e1_c48-ir_r3_k3_s2_e3_c40_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 77114, "inference_params": 75890, "macs": 1468216, "static_costs": {"params": 77114.0, "macs": 1468216.0, "peak_memory": 75264.0, "energy": 0.00018267727568127825, "latency": 0.051606999932118924}, "dataflow": {"joules": 0.0001229295936, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.051606999932118924, "latency_ms_p90": 0.052337999932206, "latency_ms_iqr": 0.0005219999366090633, "cpu_ms_per_call": 0.05226448484852096, "energy_j": 0.00018267727568127825, "energy_cv": 0.004042878620646444, "energy_source": "model:cpu-ccf", "runs_per_window": 954, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0013598915772017328, "windows": 5, "cpu_pressure": 0.004695101037712184, "load_average": 2.09326171875, "rejected_windows": 0, "window_energies_j": [0.00018180362201457428, 0.00018267727568127825, 0.0001837659685212624, 0.00018378059272915618, 0.00018292569696982337]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.18190367400004, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3384338820001176, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7468333333333333, "test_accuracy": 0.7495, "val_curve": [0.7468333333333333, 0.7231666666666666], "epochs_run": 2, "stop_reason": "pareto: validation 0.747 after epoch 2 cannot pass 0.872 of trial 9, which costs no more (bound 0.868: finished curves gained at most 0.101 later, margin 0.02)", "train_seconds": 4.94035868400033, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 34.258028056279954, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 34.258028056279954}, "train_energy_net_j": 34.258028056279954, "train_device_share": 1.0, "pareto_saved_energy_j": 68.51605611255991, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00023.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(25,25,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e3_c16_se_hs-ir_r1_k3_s2_e1_c40-ir_r2_k3_s2_e3_c48-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 36722, "inference_params": 35850, "macs": 1090256, "static_costs": {"params": 36722.0, "macs": 1090256.0, "peak_memory": 87808.0, "energy": 0.00010886963090796943, "latency": 0.030826000056549674}, "dataflow": {"joules": 8.39329776e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.030826000056549674, "latency_ms_p90": 0.031056000261742156, "latency_ms_iqr": 0.00019099979908787645, "cpu_ms_per_call": 0.03111892669172724, "energy_j": 0.00010886963090796943, "energy_cv": 0.0010873678592191443, "energy_source": "model:cpu-ccf", "runs_per_window": 1599, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0004281498218297042, "windows": 5, "cpu_pressure": 0.000739576725449035, "load_average": 1.931640625, "rejected_windows": 0, "window_energies_j": [0.00010906860444020043, 0.00010886963090796943, 0.0001090727406132247, 0.0001087653717387065, 0.00010891624342104534]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8921300320000967, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1144262949997028, "paired": {"figures": {"energy": 0.00011125219542525393, "latency": 0.031209040025608144}, "with_trials": [4, 8], "rounds": 5, "ratio_spread": 0.028609109354535978}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8693333333333333, "test_accuracy": 0.8626, "val_curve": [0.6891666666666667, 0.8146666666666667, 0.828, 0.8583333333333333, 0.865, 0.8693333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 9.49739663299988, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 65.42190637640023, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 65.42190637640023}, "train_energy_net_j": 65.42190637640023, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-0/artifacts/tpe-0-b6de10f0/trial-00024.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(2,1,1,1.35502644921874602912e-04,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,3.81269996978517156094e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,7.76166666666666671403e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,1.53872729788178151189e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,4.34749999840278178453e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.38166666666666615448e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.38234764918479459579e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,3.89517860885171401941e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.60666666666666690943e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,1.62863598706727521385e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,4.57332946564821540835e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,8.54833333333333333925e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.08355550234635959446e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,3.04860461795171851229e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,7.37666666666666692719e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,0.000179036720347365,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,5.0484999974287347868e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.45166666666666621665e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,1.23799192062351928484e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,3.50825000623444793745e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.58166666666666633211e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,2.15731117719909163549e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,6.09610001447435934096e-02,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,8.65666666666666695384e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,1.29967745759957461083e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,3.64520603672566778641e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.72333333333333293957e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,0.000142460377875259,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,3.99013621910306037765e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.67833333333333345471e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,1.90751088461546753141e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,5.39009997737593948841e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,0.8665,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,1.80465682989361234957e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,5.10459999532031361013e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,8.55833333333333334813e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,1.31799299698826048428e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,3.73060001948033459484e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,0.847,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,1.16605415887834193335e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,3.29699998928845161572e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,0.8345,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,1.13753049707852763126e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,3.21279999297985341399e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.4683333333333332682e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,8.14654017245824529566e-05,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,2.31066987734171030988e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,0.8725,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,1.88764519087929497857e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,5.30625497445950042307e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.61833333333333340142e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,1.37908828978594707667e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,3.87575000786455348134e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.55666666666666686502e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,1.39330486768274541776e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,3.93034999888186575844e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,8.36333333333333373005e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,5.80251693486923917231e-05,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,1.64488540689303325281e-02,'FINITE');
INSERT INTO "trial_values" VALUES(61,21,0,8.59833333333333338366e-01,'FINITE');
INSERT INTO "trial_values" VALUES(62,21,1,1.70089626218210970831e-04,'FINITE');
INSERT INTO "trial_values" VALUES(63,21,2,4.80720000268775038421e-02,'FINITE');
INSERT INTO "trial_values" VALUES(64,22,0,8.6533333333333328774e-01,'FINITE');
INSERT INTO "trial_values" VALUES(65,22,1,1.39810103932499194857e-04,'FINITE');
INSERT INTO "trial_values" VALUES(66,22,2,3.95289998778025619685e-02,'FINITE');
INSERT INTO "trial_values" VALUES(67,23,0,8.61833333333333340142e-01,'FINITE');
INSERT INTO "trial_values" VALUES(68,23,1,1.30310566642183496555e-04,'FINITE');
INSERT INTO "trial_values" VALUES(69,23,2,3.6804999581363517791e-02,'FINITE');
INSERT INTO "trial_values" VALUES(70,24,0,7.46833333333333349024e-01,'FINITE');
INSERT INTO "trial_values" VALUES(71,24,1,1.82677275681278247212e-04,'FINITE');
INSERT INTO "trial_values" VALUES(72,24,2,5.16069999321189243346e-02,'FINITE');
INSERT INTO "trial_values" VALUES(73,25,0,8.69333333333333291292e-01,'FINITE');
INSERT INTO "trial_values" VALUES(74,25,1,1.11252195425253926053e-04,'FINITE');
INSERT INTO "trial_values" VALUES(75,25,2,3.12090400256081444696e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 23:01:38.561644','2026-12-06 23:02:01.668061');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 23:02:03.871956','2026-12-06 23:02:26.096765');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 23:02:26.169439','2026-12-06 23:02:42.499374');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 23:02:42.619019','2026-12-06 23:02:59.241993');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 23:02:59.384098','2026-12-06 23:03:09.429693');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 23:03:09.554666','2026-12-06 23:03:15.982669');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 23:03:16.110701','2026-12-06 23:03:30.137640');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 23:03:30.232107','2026-12-06 23:03:51.734584');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 23:03:51.873565','2026-12-06 23:04:18.831951');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 23:04:18.971365','2026-12-06 23:04:33.310755');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 23:04:33.622732','2026-12-06 23:04:54.304600');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 23:04:54.439876','2026-12-06 23:05:18.524170');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 23:05:18.622273','2026-12-06 23:05:47.141632');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 23:05:47.240139','2026-12-06 23:06:01.641230');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 23:06:01.751227','2026-12-06 23:06:17.202064');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 23:06:17.304793','2026-12-06 23:06:27.281381');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 23:06:27.601323','2026-12-06 23:06:45.574723');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 23:06:45.720809','2026-12-06 23:07:04.937488');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 23:07:05.046116','2026-12-06 23:07:30.510252');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 23:07:30.632987','2026-12-06 23:07:37.335740');
INSERT INTO "trials" VALUES(21,20,1,'COMPLETE','2026-12-06 23:07:37.423422','2026-12-06 23:07:52.173215');
INSERT INTO "trials" VALUES(22,21,1,'COMPLETE','2026-12-06 23:07:52.492823','2026-12-06 23:08:05.984836');
INSERT INTO "trials" VALUES(23,22,1,'COMPLETE','2026-12-06 23:08:06.111242','2026-12-06 23:08:18.422231');
INSERT INTO "trials" VALUES(24,23,1,'COMPLETE','2026-12-06 23:08:18.546937','2026-12-06 23:08:24.213605');
INSERT INTO "trials" VALUES(25,24,1,'COMPLETE','2026-12-06 23:08:24.355425','2026-12-06 23:08:35.498736');
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
