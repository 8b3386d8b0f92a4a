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
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','1c30ef7bd59e242d2bab5ed1da5d5d3d0128fdb1',0);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','8e260eb7231a6460d220dd94870a27eba4ec9039',1);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','9c61787be6267d7d1b961490cfba39495a6e9571',2);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','0b23ef8c3f45a0b3c24e54daee42ffbd4b512fd9',3);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','5ccc019e0a879d8c40f3ecfdefe93b91d05789cd',4);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','30451cdbf31c3fc574b1e31f07d0eba147c5eae4',5);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','8cccd124df42b5ac8312327ef29bf9f6e1f83e27',6);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','33afdfe1ef425460825a5fac3fd440e6a2dfbdf7',7);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','1ae5806f18e09db71e99758c897a32f26fa16dcd',8);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','341d921519a178d4ff30cacfeed9d5054baf438f',9);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','396e6a54b9b3786a1accba5d31cc67af2b661ace',10);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','dc0d848f5b43d8dfe6468cefb7960fb2da9f2764',11);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','0cc9903d05678a08bcbf158f54fcf91704692f27',12);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','7d7cdce69957ba762810cd7cf7afe4d62cf4d612',13);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','b58d0b07966f1ef8b13e1a4ed23b46f0716d48ef',14);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','de2264270e8b80c36cb9d01d5c5f301e9c391f4f',15);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','e5b4aa19153bc00a95c677ab06f40dbba1743f92',16);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','b1b4226a6b3b0975dbeb3fb122295c7dc5ec13e3',17);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','2f361c9a481d540c9ff44aaf1d6adb47d722e12f',18);
INSERT INTO "nas_arch_claims" VALUES('97632a98834948ffbd659a0fdee15582','23fe94bbacfd1bff5052f0e9acdefc6614cb152b',19);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'nsga2-2');
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
INSERT INTO "study_system_attributes" VALUES(2,1,'NSGAIISampler:parent:1','[1, 3, 5, 6, 8, 2, 4, 7]');
INSERT INTO "study_system_attributes" VALUES(3,1,'NSGAIISampler:parent:2','[10, 11, 14, 5, 6, 8, 15, 16]');
CREATE TABLE study_user_attributes (
	study_user_attribute_id INTEGER NOT NULL, 
	study_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (study_user_attribute_id), 
	UNIQUE (study_id, "key"), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"nsga2-2\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 2}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"nsga2-2\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/nsga2-2/nas.db\",\"sampler\":\"nsga2\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":2,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"2726.8J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/nsga2-2/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"97632a98834948ffbd659a0fdee15582"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.00021748706510112256, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.061491500218835426, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.00021748706510112256, \"latency\": 0.061491500218835426}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0008176418297924364, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.23160300042945892, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0008176418297924364, \"latency\": 0.23160300042945892}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [3.118250267220476e-05, 0.0008176418297924364], \"latency\": [0.008813000022200868, 0.23160300042945892]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','2726.8');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-07 00:05:12');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-07 00:05:37');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-07 00:05:51');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-07 00:06:12');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-07 00:06:24');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-07 00:07:38.000000');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-07 00:07:44');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-07 00:08:12');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-07 00:08:21');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-07 00:08:28');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-07 00:08:45');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-07 00:08:52');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-07 00:09:06');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-07 00:09:47.000000');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-07 00:10:36.000000');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-07 00:10:41');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-07 00:11:14.000000');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-07 00:11:16');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-07 00:11:58.000000');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-07 00:12:03');
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
INSERT INTO "trial_params" VALUES(2,1,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(3,1,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(4,1,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(5,1,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(6,1,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(7,1,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(8,1,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(9,1,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(10,1,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(11,1,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(12,1,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(13,1,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(14,1,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(15,1,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(16,1,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(17,1,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(18,1,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(19,1,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(20,1,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(21,2,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(22,2,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(23,2,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(24,2,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(25,2,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(26,2,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(27,2,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(28,2,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(29,2,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(30,2,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(31,2,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(32,2,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(33,2,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(34,2,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(35,2,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(36,2,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(37,2,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(38,2,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(39,2,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(40,2,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(41,3,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(42,3,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(43,3,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(44,3,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(45,3,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(46,3,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(47,3,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(48,3,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(49,3,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(50,3,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(51,3,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(52,3,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(53,3,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(54,3,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(55,3,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(56,3,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(57,3,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(58,3,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(59,3,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(60,3,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(61,4,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(62,4,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(63,4,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(64,4,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(65,4,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(66,4,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(67,4,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(68,4,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(69,4,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(70,4,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(71,4,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(72,4,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(73,4,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(74,4,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(75,4,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(76,4,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(77,4,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(78,4,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(79,4,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(80,4,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(81,5,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(82,5,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(83,5,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(84,5,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(85,5,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(86,5,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(87,5,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(88,5,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(89,5,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(90,5,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(91,5,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(92,5,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(93,5,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(94,5,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(95,5,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(96,5,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(97,5,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(98,5,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(99,5,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(100,5,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(101,6,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(102,6,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(103,6,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(104,6,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(105,6,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(106,6,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(107,6,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(108,6,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(109,6,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(110,6,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(111,6,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(112,6,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(113,6,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(114,6,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(115,6,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(116,6,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(117,6,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(118,6,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(119,6,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(120,6,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(121,7,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(122,7,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(123,7,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(124,7,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(125,7,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(126,7,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(127,7,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(128,7,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(129,7,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(130,7,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(131,7,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(132,7,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(133,7,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(134,7,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(135,7,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(136,7,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(137,7,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(138,7,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(139,7,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(140,7,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(141,8,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(142,8,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(143,8,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(144,8,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(145,8,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(146,8,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(147,8,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(148,8,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(149,8,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(150,8,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(151,8,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(152,8,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(153,8,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(154,8,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(155,8,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(156,8,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(157,8,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(158,8,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(159,8,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(160,8,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(178,9,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(179,9,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(180,9,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(181,10,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(182,10,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(183,10,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(184,10,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(185,10,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(186,10,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(187,10,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(188,10,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(189,10,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(190,10,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(191,10,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(192,10,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(193,10,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(194,10,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(195,10,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(196,10,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(197,10,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(198,10,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(199,10,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(200,10,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_system_attributes" VALUES(17,17,'NSGAIISampler:generation','2');
INSERT INTO "trial_system_attributes" VALUES(18,18,'NSGAIISampler:generation','2');
INSERT INTO "trial_system_attributes" VALUES(19,19,'NSGAIISampler:generation','2');
INSERT INTO "trial_system_attributes" VALUES(20,20,'NSGAIISampler:generation','2');
CREATE TABLE trial_user_attributes (
	trial_user_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_user_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c16_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 4394, "inference_params": 4202, "macs": 534400, "static_costs": {"params": 4394.0, "macs": 534400.0, "peak_memory": 112896.0, "energy": 6.973171642088483e-05, "latency": 0.019699999938893598}, "dataflow": {"joules": 3.840324e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.019699999938893598, "latency_ms_p90": 0.019969999812019523, "latency_ms_iqr": 0.00019999970390927047, "cpu_ms_per_call": 0.01992952051488333, "energy_j": 6.973171642088483e-05, "energy_cv": 0.006090615623988989, "energy_source": "model:cpu-ccf", "runs_per_window": 2493, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0003098357865796153, "windows": 5, "cpu_pressure": 0.00019983327510142413, "load_average": 1.77001953125, "rejected_windows": 0, "window_energies_j": [7.07661168300653e-05, 6.987808263477993e-05, 6.975332180209164e-05, 6.973171642088483e-05, 6.956221500200522e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9693101354999988, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2784296700001505, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7425, "test_accuracy": 0.7431, "val_curve": [0.49283333333333335, 0.6735, 0.7113333333333334, 0.7281666666666666, 0.7375, 0.7425], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 21.404663082000297, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 146.8083848895603, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 146.8083848895603}, "train_energy_net_j": 146.8083848895603, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e3_c24_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 8602, "inference_params": 8402, "macs": 1168768, "static_costs": {"params": 8602.0, "macs": 1168768.0, "peak_memory": 75264.0, "energy": 8.945742886704429e-05, "latency": 0.02515699998184573}, "dataflow": {"joules": 5.428493279999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02515699998184573, "latency_ms_p90": 0.02580900036264211, "latency_ms_iqr": 0.00038100006349850446, "cpu_ms_per_call": 0.025592720061711743, "energy_j": 8.945742886704429e-05, "energy_cv": 0.00277925847224841, "energy_source": "model:cpu-ccf", "runs_per_window": 1944, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0013089058162050193, "windows": 5, "cpu_pressure": 0.00021981374741323218, "load_average": 1.7685546875, "rejected_windows": 0, "window_energies_j": [9.006744444527255e-05, 8.975571547248631e-05, 8.936303802974677e-05, 8.945742886704429e-05, 8.95745202159911e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.8425421850000134, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.821705868999743, "paired": {"figures": {"energy": 8.758574341778578e-05, "latency": 0.024740767195289632}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.030711626790064672}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7906666666666666, "test_accuracy": 0.793, "val_curve": [0.6311666666666667, 0.6888333333333333, 0.7215, 0.7465, 0.785, 0.7906666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.585381537999638, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 93.81993560939951, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 93.81993560939951}, "train_energy_net_j": 93.81993560939951, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e3_c16_hs-ir_r2_k5_s2_e3_c40_hs-ir_r2_k5_s2_e6_c40-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 75106, "inference_params": 73514, "macs": 2443112, "static_costs": {"params": 75106.0, "macs": 2443112.0, "peak_memory": 62400.0, "energy": 0.00017310348813055082, "latency": 0.048301999413524754}, "dataflow": {"joules": 0.0001461913152, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.048301999413524754, "latency_ms_p90": 0.05002450006941217, "latency_ms_iqr": 0.0011620004443102516, "cpu_ms_per_call": 0.049467367529879736, "energy_j": 0.00017310348813055082, "energy_cv": 0.007707385223963487, "energy_source": "model:cpu-ccf", "runs_per_window": 1004, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0001865833229419689, "windows": 5, "cpu_pressure": 0.0015583786317093413, "load_average": 1.81298828125, "rejected_windows": 0, "window_energies_j": [0.00017310348813055082, 0.00017313578635457907, 0.00017494903846085801, 0.0001741931867469903, 0.00017098952054794833]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.012246901999987, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8642438369997762, "paired": {"figures": {"energy": 0.00017182872252716717, "latency": 0.04841284861436937}, "with_trials": [1], "rounds": 5, "ratio_spread": 0.02757951999856645}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8691666666666666, "test_accuracy": 0.8625, "val_curve": [0.7651666666666667, 0.789, 0.8171666666666667, 0.8446666666666667, 0.8611666666666666, 0.8691666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.755118048999975, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 130.03902970423934, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 130.03902970423934}, "train_energy_net_j": 130.03902970423934, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c8_se_hs-ir_r3_k5_s2_e1_c16_se_hs-ir_r2_k7_s2_e3_c24_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 23034, "inference_params": 22530, "macs": 448744, "static_costs": {"params": 23034.0, "macs": 448744.0, "peak_memory": 43904.0, "energy": 0.00015052935993061192, "latency": 0.04249300036462955}, "dataflow": {"joules": 4.82272224e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04249300036462955, "latency_ms_p90": 0.043095000364701264, "latency_ms_iqr": 0.0004309995347284712, "cpu_ms_per_call": 0.043120416666665565, "energy_j": 0.00015052935993061192, "energy_cv": 0.005263996191979151, "energy_source": "model:cpu-ccf", "runs_per_window": 1153, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002604796850915303, "windows": 5, "cpu_pressure": 0.00023943264041726588, "load_average": 1.7236328125, "rejected_windows": 0, "window_energies_j": [0.00015170758864630342, 0.00015135774200523665, 0.00015092145833332947, 0.00014941135665363375, 0.00015052935993061192]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.0882671059999645, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1736205580000387, "paired": {"figures": {"energy": 0.00014859688738042695, "latency": 0.041881423067186486}, "with_trials": [1, 2], "rounds": 5, "ratio_spread": 0.023990651361837312}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8518333333333333, "test_accuracy": 0.8465, "val_curve": [0.7601666666666667, 0.8095, 0.8226666666666667, 0.8305, 0.8495, 0.8518333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.915777592000268, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 75.76730211560029, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 75.76730211560029}, "train_energy_net_j": 75.76730211560029, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c8_se-ir_r2_k7_s2_e1_c48_se_hs-ir_r3_k3_s2_e3_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 34682, "inference_params": 33714, "macs": 1071544, "static_costs": {"params": 34682.0, "macs": 1071544.0, "peak_memory": 37632.0, "energy": 0.00012620450396665645, "latency": 0.035723000110010616}, "dataflow": {"joules": 6.84393024e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.035723000110010616, "latency_ms_p90": 0.03621399991970975, "latency_ms_iqr": 0.0003209997885278426, "cpu_ms_per_call": 0.036060495314109785, "energy_j": 0.00012620450396665645, "energy_cv": 0.0049777770256964815, "energy_source": "model:cpu-ccf", "runs_per_window": 1377, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 5.7285061155099015e-05, "windows": 5, "cpu_pressure": 0.00019973286528158002, "load_average": 1.7666015625, "rejected_windows": 0, "window_energies_j": [0.0001266885138686042, 0.00012620450396665645, 0.000127816791022838, 0.00012621173359938424, 0.00012616181590411262]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.082333213000005, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1767121419998148, "paired": {"figures": {"energy": 0.00012549687781931155, "latency": 0.03546136729519192}, "with_trials": [1, 3], "rounds": 5, "ratio_spread": 0.04402041806851176}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.866, "test_accuracy": 0.8549, "val_curve": [0.7323333333333333, 0.7903333333333333, 0.7713333333333333, 0.8363333333333334, 0.8633333333333333, 0.866], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 11.31200851199992, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 78.54525950879966, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 78.54525950879966}, "train_energy_net_j": 78.54525950879966, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e3_c32_hs-ir_r3_k7_s2_e6_c48_se-ir_r3_k5_s2_e1_c32_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 239354, "inference_params": 236970, "macs": 8869248, "static_costs": {"params": 239354.0, "macs": 8869248.0, "peak_memory": 188160.0, "energy": 0.0005186693333333695, "latency": 0.1467889997002203}, "dataflow": {"joules": 0.0004398075408, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1467889997002203, "latency_ms_p90": 0.1511250002295128, "latency_ms_iqr": 0.0027689998205460142, "cpu_ms_per_call": 0.14948596716437093, "energy_j": 0.0005186693333333695, "energy_cv": 0.00845511699511369, "energy_source": "model:cpu-ccf", "runs_per_window": 335, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.008736880032612415, "windows": 5, "cpu_pressure": 0.00029899613244673066, "load_average": 1.73876953125, "rejected_windows": 0, "window_energies_j": [0.0005243913162650098, 0.0005232008850752982, 0.0005305132789633274, 0.0005184590902377781, 0.0005186693333333695]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.273667792500028, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9400819480006248, "paired": {"figures": {"energy": 0.0005004741021556047, "latency": 0.1407867889774551}, "with_trials": [2], "rounds": 5, "ratio_spread": 0.04979428288091281}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8808333333333334, "test_accuracy": 0.881, "val_curve": [0.7258333333333333, 0.8141666666666667, 0.8553333333333333, 0.8551666666666666, 0.8735, 0.8808333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 64.30554553399998, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 444.9079073679193, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 444.9079073679193}, "train_energy_net_j": 444.9079073679193, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e3_c32_hs-ir_r2_k3_s2_e6_c16_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 27066, "inference_params": 26146, "macs": 3626944, "static_costs": {"params": 27066.0, "macs": 3626944.0, "peak_memory": 188160.0, "energy": 0.00022931933047489023, "latency": 0.0649019998490985}, "dataflow": {"joules": 0.0001886141424, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0649019998490985, "latency_ms_p90": 0.08225700003094971, "latency_ms_iqr": 0.0015175005501077976, "cpu_ms_per_call": 0.06586936447365738, "energy_j": 0.00022931933047489023, "energy_cv": 0.08309622408756293, "energy_source": "model:cpu-ccf", "runs_per_window": 758, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005335115798467349, "windows": 5, "cpu_pressure": 0.0060115311952955225, "load_average": 1.91357421875, "rejected_windows": 0, "window_energies_j": [0.0002794022921348136, 0.00023054277565780077, 0.00022931933047489023, 0.00022706290856028, 0.000232204046728977]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1149562760000578, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31989491599961184, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8388333333333333, "test_accuracy": 0.8401, "val_curve": [0.679, 0.7675, 0.8033333333333333, 0.8141666666666667, 0.8388333333333333], "epochs_run": 5, "stop_reason": "pareto: validation 0.839 after epoch 5 cannot pass 0.869 of trial 2, which costs no more (bound 0.867: finished curves gained at most 0.008 later, margin 0.02)", "train_seconds": 27.838814486000047, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 192.15253410268073, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 192.15253410268073}, "train_energy_net_j": 192.15253410268073, "train_device_share": 1.0, "pareto_saved_energy_j": 38.430506820536145, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c32-ir_r1_k5_s2_e1_c16_se_hs-ir_r2_k7_s2_e1_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 18554, "inference_params": 18170, "macs": 343904, "static_costs": {"params": 18554.0, "macs": 343904.0, "peak_memory": 31360.0, "energy": 8.475984593021275e-05, "latency": 0.023474999579775613}, "dataflow": {"joules": 3.41053584e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.023474999579775613, "latency_ms_p90": 0.040712100508244475, "latency_ms_iqr": 0.0007187502433225745, "cpu_ms_per_call": 0.024780492567082802, "energy_j": 8.475984593021275e-05, "energy_cv": 0.13819608908963463, "energy_source": "model:cpu-ccf", "runs_per_window": 2018, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.02326429493749438, "windows": 5, "cpu_pressure": 0.00045863386730016394, "load_average": 1.94873046875, "rejected_windows": 0, "window_energies_j": [8.475984593021275e-05, 0.00010919007784055619, 0.00011471529816509526, 8.40942206095652e-05, 8.67317239847898e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8922661819999718, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1169728249997206, "paired": {"figures": {"energy": 7.912947168271096e-05, "latency": 0.022259576371818794}, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.04220911969885033}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8558333333333333, "test_accuracy": 0.8461, "val_curve": [0.6625, 0.8195, 0.834, 0.8326666666666667, 0.854, 0.8558333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.649072210000668, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 46.020841566681, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 46.020841566681}, "train_energy_net_j": 46.020841566681, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c32_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 7578, "inference_params": 7338, "macs": 1139648, "static_costs": {"params": 7578.0, "macs": 1139648.0, "peak_memory": 125440.0, "energy": 9.41485559441609e-05, "latency": 0.026598999284033198}, "dataflow": {"joules": 5.54561808e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.026598999284033198, "latency_ms_p90": 0.027070000214735046, "latency_ms_iqr": 0.0003899995135725476, "cpu_ms_per_call": 0.027005897267763108, "energy_j": 9.41485559441609e-05, "energy_cv": 0.007932166268821978, "energy_source": "model:cpu-ccf", "runs_per_window": 1840, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003952099841346923, "windows": 5, "cpu_pressure": 0.051176247379393636, "load_average": 1.953125, "rejected_windows": 0, "window_energies_j": [9.452786684786527e-05, 9.41485559441609e-05, 9.540150522838184e-05, 9.452064043717086e-05, 9.308763283340541e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9770443060000104, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.28090472300027614, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.687, "test_accuracy": 0.6797, "val_curve": [0.5656666666666667, 0.687], "epochs_run": 2, "stop_reason": "pareto: validation 0.687 after epoch 2 cannot pass 0.856 of trial 7, which costs no more (bound 0.809: finished curves gained at most 0.102 later, margin 0.02)", "train_seconds": 6.280377692000002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 43.0313393412401, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 43.0313393412401}, "train_energy_net_j": 43.0313393412401, "train_device_share": 1.0, "pareto_saved_energy_j": 86.0626786824802, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e3_c8-ir_r2_k5_s2_e1_c48_se_hs-ir_r3_k7_s2_e3_c40_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 67026, "inference_params": 65794, "macs": 1644152, "static_costs": {"params": 67026.0, "macs": 1644152.0, "peak_memory": 43904.0, "energy": 0.0001683161994191228, "latency": 0.04695999996329192}, "dataflow": {"joules": 0.0001030012992, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04695999996329192, "latency_ms_p90": 0.048332000005757436, "latency_ms_iqr": 0.0009010000212583691, "cpu_ms_per_call": 0.04809097386253449, "energy_j": 0.0001683161994191228, "energy_cv": 0.007877741129437172, "energy_source": "model:cpu-ccf", "runs_per_window": 1033, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 1.3124700744882034e-05, "windows": 5, "cpu_pressure": 0.01533214958778322, "load_average": 1.9609375, "rejected_windows": 0, "window_energies_j": [0.00017123635177866348, 0.00016729855704692676, 0.0001683161994191228, 0.0001683248694605385, 0.0001683184085188707]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.1154219504999645, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1804605400002401, "paired": {"figures": {"energy": 0.0001561512190244101, "latency": 0.043791549366314964}, "with_trials": [4, 2], "rounds": 5, "ratio_spread": 0.035567352419451304}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8701666666666666, "test_accuracy": 0.8635, "val_curve": [0.781, 0.8095, 0.8493333333333334, 0.8491666666666666, 0.8663333333333333, 0.8701666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.33609166199949, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 106.3394127796002, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 106.3394127796002}, "train_energy_net_j": 106.3394127796002, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c24-ir_r2_k7_s2_e1_c48-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 11954, "inference_params": 11666, "macs": 625096, "static_costs": {"params": 11954.0, "macs": 625096.0, "peak_memory": 31360.0, "energy": 5.709392626729059e-05, "latency": 0.016125000001920853}, "dataflow": {"joules": 3.8024841600000004e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.016125000001920853, "latency_ms_p90": 0.016573999346292112, "latency_ms_iqr": 0.00031099989428184927, "cpu_ms_per_call": 0.016420787112012742, "energy_j": 5.709392626729059e-05, "energy_cv": 0.009054164535320111, "energy_source": "model:cpu-ccf", "runs_per_window": 2964, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006635182575822185, "windows": 5, "cpu_pressure": 0.6704932036501705, "load_average": 1.97021484375, "rejected_windows": 0, "window_energies_j": [5.845805334017898e-05, 5.7526762547525515e-05, 5.747275489204459e-05, 5.697899152542862e-05, 5.709392626729059e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.853690839999942, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8271101150003233, "paired": {"figures": {"energy": 5.615393720042939e-05, "latency": 0.01596349211672786}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.02873352516392602}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8326666666666667, "test_accuracy": 0.8329, "val_curve": [0.6656666666666666, 0.7668333333333334, 0.7843333333333333, 0.8131666666666667, 0.8236666666666667, 0.8326666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.033830048999334, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 41.84868788076076, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 41.84868788076076}, "train_energy_net_j": 41.84868788076076, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e3_c8_se_hs-ir_r2_k3_s2_e1_c16_se-ir_r2_k3_s2_e3_c24_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 23426, "inference_params": 22834, "macs": 930392, "static_costs": {"params": 23426.0, "macs": 930392.0, "peak_memory": 75264.0, "energy": 0.00014396896258374095, "latency": 0.04077099947608076}, "dataflow": {"joules": 6.35884032e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04077099947608076, "latency_ms_p90": 0.042052000026160385, "latency_ms_iqr": 0.0007610001375724096, "cpu_ms_per_call": 0.041272604651171975, "energy_j": 0.00014396896258374095, "energy_cv": 0.00961620609073938, "energy_source": "model:cpu-ccf", "runs_per_window": 1204, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0033698492137064218, "windows": 5, "cpu_pressure": 0.006771557763459448, "load_average": 1.89453125, "rejected_windows": 0, "window_energies_j": [0.00014768720109606932, 0.0001444541162791019, 0.00014393223848797656, 0.00014506218515429923, 0.00014396896258374095]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1811903144999434, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33852608899996994, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8448333333333333, "test_accuracy": 0.8389, "val_curve": [0.7455, 0.79, 0.7921666666666667, 0.825, 0.8433333333333334, 0.8448333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 12.881991362000008, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 89.3078821361604, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 89.3078821361604}, "train_energy_net_j": 89.3078821361604, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c24_se-ir_r2_k5_s2_e1_c24_se-ir_r3_k5_s2_e3_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 26474, "inference_params": 25690, "macs": 733168, "static_costs": {"params": 26474.0, "macs": 733168.0, "peak_memory": 31360.0, "energy": 0.00011826186655433638, "latency": 0.03353000010974938}, "dataflow": {"joules": 5.60719728e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03353000010974938, "latency_ms_p90": 0.03439739975874545, "latency_ms_iqr": 0.0005615006557491142, "cpu_ms_per_call": 0.03401302719244058, "energy_j": 0.00011826186655433638, "energy_cv": 0.006625790612022268, "energy_source": "model:cpu-ccf", "runs_per_window": 1471, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006627061131709411, "windows": 5, "cpu_pressure": 0.006650992693513795, "load_average": 1.9111328125, "rejected_windows": 0, "window_energies_j": [0.00011904559517354204, 0.00011809906245753919, 0.00011826186655433638, 0.00011978226809096635, 0.0001200744663931667]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.154429258500059, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33093334899967886, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.855, "test_accuracy": 0.8489, "val_curve": [0.6991666666666667, 0.7448333333333333, 0.8325, 0.8425, 0.8511666666666666, 0.855], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.545974226999533, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 73.14077965047997, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 73.14077965047997}, "train_energy_net_j": 73.14077965047997, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e3_c8-ir_r3_k7_s2_e6_c48_se_hs-ir_r3_k5_s2_e3_c32_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 218738, "inference_params": 216338, "macs": 6277968, "static_costs": {"params": 218738.0, "macs": 6277968.0, "peak_memory": 122304.0, "energy": 0.00042512529975707376, "latency": 0.12022900000374648}, "dataflow": {"joules": 0.0003365808528, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.12022900000374648, "latency_ms_p90": 0.12269699982425664, "latency_ms_iqr": 0.0010009998732130043, "cpu_ms_per_call": 0.12156346844711911, "energy_j": 0.00042512529975707376, "energy_cv": 0.0010399857058671395, "energy_source": "model:cpu-ccf", "runs_per_window": 411, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.000815853133279365, "windows": 5, "cpu_pressure": 0.0013567535059401151, "load_average": 2.01171875, "rejected_windows": 0, "window_energies_j": [0.00042512529975707376, 0.0004258035391198192, 0.0004260401569277799, 0.0004248177885084888, 0.0004254721395649169]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.30903617550004, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2359245030002057, "paired": {"figures": {"energy": 0.00041739395115112244, "latency": 0.11725277975796253}, "with_trials": [9, 5], "rounds": 5, "ratio_spread": 0.012812076005691786}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8703333333333333, "test_accuracy": 0.8672, "val_curve": [0.7603333333333333, 0.8126666666666666, 0.8305, 0.842, 0.864, 0.8703333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 46.16752572899986, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 319.5417798492399, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 319.5417798492399}, "train_energy_net_j": 319.5417798492399, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e3_c32_hs-ir_r2_k7_s2_e6_c40_se_hs-ir_r3_k5_s2_e1_c32-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 120130, "inference_params": 118770, "macs": 4202160, "static_costs": {"params": 120130.0, "macs": 4202160.0, "peak_memory": 188160.0, "energy": 0.00031261750625048983, "latency": 0.08804200024314923}, "dataflow": {"joules": 0.000222574536, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08804200024314923, "latency_ms_p90": 0.09004309995361837, "latency_ms_iqr": 0.0012564992175612133, "cpu_ms_per_call": 0.0896610490798192, "energy_j": 0.00031261750625048983, "energy_cv": 0.0026438622810901796, "energy_source": "model:cpu-ccf", "runs_per_window": 558, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0038262909304858095, "windows": 5, "cpu_pressure": 0.20304675444693412, "load_average": 2.00439453125, "rejected_windows": 0, "window_energies_j": [0.0003138136717793672, 0.0003123644435484332, 0.00031261750625048983, 0.00031449367927911966, 0.0003140350663075768]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.112910620499946, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.32486327100014023, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8693333333333333, "test_accuracy": 0.8594, "val_curve": [0.7581666666666667, 0.8295, 0.8313333333333334, 0.8645, 0.8675, 0.8693333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 34.033773861000554, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 235.69768811832037, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 235.69768811832037}, "train_energy_net_j": 235.69768811832037, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c32_se-ir_r1_k5_s2_e1_c24_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 8058, "inference_params": 7810, "macs": 386208, "static_costs": {"params": 8058.0, "macs": 386208.0, "peak_memory": 37632.0, "energy": 6.635688741453075e-05, "latency": 0.018728000213741325}, "dataflow": {"joules": 3.14867568e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.018728000213741325, "latency_ms_p90": 0.019148999854223803, "latency_ms_iqr": 0.00032999923860188574, "cpu_ms_per_call": 0.01901871178700556, "energy_j": 6.635688741453075e-05, "energy_cv": 0.005233584824134249, "energy_source": "model:cpu-ccf", "runs_per_window": 2617, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003143665233807047, "windows": 5, "cpu_pressure": 0.021302554987559424, "load_average": 2.0009765625, "rejected_windows": 0, "window_energies_j": [6.706651178515466e-05, 6.656549125451946e-05, 6.708399671429832e-05, 6.635688741453075e-05, 6.625627187619804e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0513765219998845, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31465383599970664, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.619, "test_accuracy": 0.625, "val_curve": [0.31116666666666665, 0.619], "epochs_run": 2, "stop_reason": "pareto: validation 0.619 after epoch 2 cannot pass 0.833 of trial 10, which costs no more (bound 0.749: finished curves gained at most 0.110 later, margin 0.02)", "train_seconds": 2.217239360000349, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 15.332197788758926, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 15.332197788758926}, "train_energy_net_j": 15.332197788758926, "train_device_share": 1.0, "pareto_saved_energy_j": 30.66439557751785, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e3_c32-ir_r1_k7_s2_e6_c48_se_hs-ir_r2_k7_s2_e3_c32_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 107514, "inference_params": 106042, "macs": 4855104, "static_costs": {"params": 107514.0, "macs": 4855104.0, "peak_memory": 188160.0, "energy": 0.000320248451552832, "latency": 0.09070499982044566}, "dataflow": {"joules": 0.00026936727839999995, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09070499982044566, "latency_ms_p90": 0.09223800016116002, "latency_ms_iqr": 0.0011427493973314995, "cpu_ms_per_call": 0.09177199449493505, "energy_j": 0.000320248451552832, "energy_cv": 0.00460154908001396, "energy_source": "model:cpu-ccf", "runs_per_window": 544, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0029774669473565663, "windows": 5, "cpu_pressure": 0.007215983475132665, "load_average": 2.00048828125, "rejected_windows": 0, "window_energies_j": [0.00032243955844184663, 0.00032120198073227265, 0.00031912989062497213, 0.000320248451552832, 0.0003232527914340144]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.134390116499816, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1869076160000986, "paired": {"figures": {"energy": 0.00031701879567221975, "latency": 0.08899815544239056}, "with_trials": [9, 13], "rounds": 5, "ratio_spread": 0.014916197337328851}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8788333333333334, "test_accuracy": 0.8794, "val_curve": [0.8105, 0.8478333333333333, 0.8438333333333333, 0.8685, 0.8755, 0.8788333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 30.436004088999653, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 210.46633760620037, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 210.46633760620037}, "train_energy_net_j": 210.46633760620037, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c8-ir_r2_k5_s2_e1_c48_se_hs-ir_r3_k3_s2_e3_c48-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 61698, "inference_params": 60370, "macs": 1336952, "static_costs": {"params": 61698.0, "macs": 1336952.0, "peak_memory": 37632.0, "energy": 0.0001161409938201412, "latency": 0.032789000442789984}, "dataflow": {"joules": 9.44433792e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.032789000442789984, "latency_ms_p90": 0.03956700011258363, "latency_ms_iqr": 0.000589999217481818, "cpu_ms_per_call": 0.0350063002338714, "energy_j": 0.0001161409938201412, "energy_cv": 0.16560376670476165, "energy_source": "model:cpu-ccf", "runs_per_window": 1425, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.054942331630901675, "windows": 6, "cpu_pressure": 0.0029761893467220636, "load_average": 2.05615234375, "rejected_windows": 0, "window_energies_j": [0.0001167880683041075, 0.0001293608640066591, 0.0001770272116787835, 0.0001282560333329923, 0.00011537323204788933, 0.00011592530232548576]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.197455850000097, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2054931400007263, "paired": {"figures": {"energy": 0.00011519084068551308, "latency": 0.03249495203896452}, "with_trials": [7, 4], "rounds": 5, "ratio_spread": 0.01619465778123219}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8655, "test_accuracy": 0.8616, "val_curve": [0.7753333333333333, 0.7635, 0.8498333333333333, 0.8526666666666667, 0.8603333333333333, 0.8655], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.009064144999684, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 69.37773997480073, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 69.37773997480073}, "train_energy_net_j": 69.37773997480073, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e3_c8-ir_r2_k7_s2_e6_c48_se_hs-ir_r3_k7_s2_e6_c32_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 179778, "inference_params": 177442, "macs": 4490832, "static_costs": {"params": 179778.0, "macs": 4490832.0, "peak_memory": 122304.0, "energy": 0.0003171829347819028, "latency": 0.08966399946075398}, "dataflow": {"joules": 0.00025447842719999997, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08966399946075398, "latency_ms_p90": 0.09114600015891483, "latency_ms_iqr": 0.0008484992122248514, "cpu_ms_per_call": 0.09065872262774652, "energy_j": 0.0003171829347819028, "energy_cv": 0.002054055033609101, "energy_source": "model:cpu-ccf", "runs_per_window": 550, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.000386510123233208, "windows": 5, "cpu_pressure": 0.0019977286624132894, "load_average": 2.111328125, "rejected_windows": 0, "window_energies_j": [0.00031854487000006513, 0.0003173055291971128, 0.0003171829347819028, 0.00031822513119268806, 0.00031683470253391293]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1854198369999267, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3400224920005712, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8636666666666667, "test_accuracy": 0.8647, "val_curve": [0.7043333333333334, 0.801, 0.8243333333333334, 0.837, 0.8595, 0.8636666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 33.717871924000065, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 233.1017963008393, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 233.1017963008393}, "train_energy_net_j": 233.1017963008393, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e3_c32_hs-ir_r2_k7_s2_e1_c48_se-ir_r3_k5_s2_e1_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 25010, "inference_params": 24394, "macs": 1448784, "static_costs": {"params": 25010.0, "macs": 1448784.0, "peak_memory": 75264.0, "energy": 0.00013030734375026518, "latency": 0.03640500017354498}, "dataflow": {"joules": 7.59830064e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03640500017354498, "latency_ms_p90": 0.03731500046342262, "latency_ms_iqr": 0.0005609999789157882, "cpu_ms_per_call": 0.03724775204766212, "energy_j": 0.00013030734375026518, "energy_cv": 0.0036891311902795126, "energy_source": "model:cpu-ccf", "runs_per_window": 1337, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0004588261477176392, "windows": 5, "cpu_pressure": 0.0025503252391838736, "load_average": 2.0380859375, "rejected_windows": 0, "window_energies_j": [0.0001310784973504013, 0.00013036713216681741, 0.00012973693455498733, 0.00013030734375026518, 0.00013093368188689947]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1183896149999555, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.321064793000005, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8641666666666666, "test_accuracy": 0.8582, "val_curve": [0.7456666666666667, 0.8025, 0.8356666666666667, 0.8488333333333333, 0.8641666666666666, 0.8641666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.67953873100032, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 94.74555093516064, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 94.74555093516064}, "train_energy_net_j": 94.74555093516064, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-2/artifacts/nsga2-2-97632a98/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,0.7425,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,6.97317164208848292794e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,1.9699999938893597573e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,7.90666666666666628771e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,8.75857434177857823928e-05,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,2.47407671952896320022e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.69166666666666642981e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.71828722527167174205e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,4.841284861436936926e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.5183333333333333126e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,1.48596887380426950124e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,4.18814230671864864974e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,0.866,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.25496877819311549329e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,3.54613672951919201015e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,8.80833333333333357018e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,5.0047410215560471456e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,1.40786788977455112892e-01,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.38833333333333319714e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,2.29319330474890228531e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,0.0649019998490985,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.55833333333333334813e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,7.91294716827109636614e-05,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,2.22595763718187941715e-02,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,0.687,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,9.41485559441609e-05,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,2.65989992840331979095e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.7016666666666664387e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,1.56151219024410088925e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,4.37915493663149635317e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.32666666666666666074e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,5.61539372004293870204e-05,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,1.59634921167278592823e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,8.44833333333333325043e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,1.43968962583740947526e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,4.07709994760807603597e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,0.855,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,1.18261866554336382778e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,3.35300001097493804991e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,8.70333333333333292181e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,4.17393951151122442715e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,1.17252779757962527495e-01,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,8.69333333333333291292e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,3.12617506250489830994e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,8.80420002431492321193e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,0.619,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,6.63568874145307476507e-05,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,1.87280002137413248419e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,8.78833333333333355241e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,3.17018795672219754182e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,8.89981554423905640849e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,0.8655,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,1.15190840685513079316e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,3.24949520389645196694e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.63666666666666693608e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,3.1718293478190281694e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,8.96639994607539847493e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,8.64166666666666638541e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,1.30307343750265175246e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,3.64050001735449768602e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-07 00:05:12.618804','2026-12-07 00:05:34.668958');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-07 00:05:36.988038','2026-12-07 00:05:51.813866');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-07 00:05:51.897142','2026-12-07 00:06:11.957825');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-07 00:06:12.087512','2026-12-07 00:06:24.696047');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-07 00:06:24.842130','2026-12-07 00:06:37.871968');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-07 00:06:38.017012','2026-12-07 00:07:43.795852');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-07 00:07:43.998347','2026-12-07 00:08:12.516124');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-07 00:08:12.816774','2026-12-07 00:08:21.084651');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-07 00:08:21.205429','2026-12-07 00:08:28.117119');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-07 00:08:28.193605','2026-12-07 00:08:45.281335');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-07 00:08:45.416793','2026-12-07 00:08:52.674046');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-07 00:08:52.773977','2026-12-07 00:09:06.347497');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-07 00:09:06.495322','2026-12-07 00:09:17.724099');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-07 00:09:17.868060','2026-12-07 00:10:05.894978');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-07 00:10:06.250359','2026-12-07 00:10:40.960951');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-07 00:10:41.109859','2026-12-07 00:10:43.998932');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-07 00:10:44.095930','2026-12-07 00:11:16.379584');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-07 00:11:16.540199','2026-12-07 00:11:28.313915');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-07 00:11:28.642403','2026-12-07 00:12:03.058701');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-07 00:12:03.240532','2026-12-07 00:12:17.603699');
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
