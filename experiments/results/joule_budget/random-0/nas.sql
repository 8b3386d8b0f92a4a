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
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','58174f21a3dbcd2b977b65031e9ac7559c4e0414',0);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','51a298e59e64952640c1e7f17436526caab0eb63',1);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','bc9894a434ab7c5448034a69ba7ac723a6f0b38c',2);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','c8e656f6182f10b54b20fa0fa98015aba2e0bee7',3);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','e1a0bf2fb0c3691d39f1e48b48249377889af8aa',4);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','20eb11c75ecb310eabbafeefed257eb65da4cc4c',5);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','bbf6ac3a2989956eb98496d2cb71f92140385c9f',6);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','60cf6bca6c6f6ded2330cddf34ef065659f70d05',7);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','19b032f29ed038f1039808a7b79782232e3bca3c',8);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','edfea08b4b2bede266fa121bd58e46e16149edf6',9);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','c2440e0bfd309fd6576442510ce9ef9da06bd5fa',10);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','e76855dd11ef8c03b18c99f8060a5a4b86b35ce3',11);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','d7bb15a1f64a11375707e8a97385048b9c8b6cc7',12);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','2c6beae634961aa8ea63b439e594a4bcdcd806f2',13);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','986f4eb1e7e001d59fa7e4f752a28cfa7079b398',14);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','69195c9caba9c8ad906a9f7e12e7c8c2e97c199d',15);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','8994183bf8f064370bf4649dec397c1271d6f8ed',16);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','1bcb6e2a5d14209ccea538a41752da1e5027a24e',17);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','d3ac1cb8c17f02d026f8c504248d78eaaf27b6c3',18);
INSERT INTO "nas_arch_claims" VALUES('c53b364da13d425e9464927b3e7e59b1','e8f6f11f582749841debe0ed51a9114f85770712',19);
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
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"random-0\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget/random-0/nas.db\",\"sampler\":\"random\",\"population_size\":8,\"seed\":0,\"n_trials\":20,\"timeout_s\":null,\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget/random-0/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget/random-0/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"c53b364da13d425e9464927b3e7e59b1"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0005249711988167243, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.14514224999118142, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0028749041650000607, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.8175604999962616, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [6.919802272721681e-05, 0.0028749041650000607], \"latency\": [0.018334000003505935, 0.8175604999962616]}}"');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 12:50:27.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 12:51:47.000000');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 12:53:12.000000');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 12:54:31.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 12:55:54.000000');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 12:56:35.000000');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 12:57:25.000000');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 12:58:41.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 13:00:11.000000');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 13:01:36.000000');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 13:05:07.000000');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 13:08:09.000000');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 13:09:10.000000');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 13:12:51.000000');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 13:12:57');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 13:17:43.000000');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 13:18:49.000000');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 13:22:18.000000');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 13:26:56.000000');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 13:31:03.000000');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e3_c24_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9378, "inference_params": 9074, "macs": 1670160, "static_costs": {"params": 9378.0, "macs": 1670160.0, "peak_memory": 131712.0, "latency": 0.17377600002532745, "energy": 0.0006173067206405741}, "dataflow": {"joules": 8.8514136e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.17377600002532745, "latency_ms_p90": 0.20466799999212526, "latency_ms_iqr": 0.020382999991852557, "cpu_ms_per_call": 0.1795017132617904, "energy_j": 0.0006173067206405741, "energy_cv": 0.020341243542362348, "energy_source": "model:cpu-ccf", "runs_per_window": 279, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.017737172477776397, "windows": 5, "cpu_pressure": 7.96280335668232e-05, "load_average": 0.44970703125, "rejected_windows": 0, "window_energies_j": [0.0006406249397811616, 0.0006173067206405741, 0.0006082177986116556, 0.0006403892527675269, 0.0006282559964162664]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1624906265000017, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3336821679999957, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7866666666666666, "test_accuracy": 0.7868, "val_curve": [0.6066666666666667, 0.6855, 0.7093333333333334, 0.743, 0.774, 0.7866666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 44.98592416700001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 303.1532417548399, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 303.1532417548399}, "train_energy_net_j": 303.1532417548399, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e6_c24_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 14658, "inference_params": 14298, "macs": 1558208, "static_costs": {"params": 14658.0, "macs": 1558208.0, "peak_memory": 150528.0, "latency": 0.09367824998207652, "energy": 0.00035393227169423563}, "dataflow": {"joules": 9.26375568e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09367824998207652, "latency_ms_p90": 0.16389760004358322, "latency_ms_iqr": 0.0583789999950568, "cpu_ms_per_call": 0.14819926268655984, "energy_j": 0.00035393227169423563, "energy_cv": 0.2084661078156414, "energy_source": "model:cpu-ccf", "runs_per_window": 335, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.4655273364025576, "windows": 7, "cpu_pressure": 0.0002989478470733202, "load_average": 1.52734375, "rejected_windows": 0, "window_energies_j": [0.0005186974194029594, 0.0003620304979339222, 0.0005479411044304212, 0.0005444687826089084, 0.0005414071386292833, 0.0003458340454545491, 0.00033401885163777506]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.4287331820000446, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9845261979999691, "paired": {"energy_j": 0.000653075406237968, "latency_ms": 0.1833108776055037, "with_trials": [0], "rounds": 5, "ratio_spread": 0.15108513955842406}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7758333333333334, "test_accuracy": 0.7769, "val_curve": [0.567, 0.7078333333333333, 0.6851666666666667, 0.7411666666666666, 0.7576666666666667, 0.7758333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 82.97664909999997, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 448.32115307052, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 448.32115307052}, "train_energy_net_j": 448.32115307052, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e1_c16_se-ir_r2_k3_s2_e6_c16_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 24698, "inference_params": 24074, "macs": 1158784, "static_costs": {"params": 24698.0, "macs": 1158784.0, "peak_memory": 94080.0, "latency": 0.10924499997599924, "energy": 0.0003989494229884535}, "dataflow": {"joules": 9.125780640000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10924499997599924, "latency_ms_p90": 0.14813000003073284, "latency_ms_iqr": 0.015153999981976085, "cpu_ms_per_call": 0.11531470967748575, "energy_j": 0.0003989494229884535, "energy_cv": 0.07496244569451126, "energy_source": "model:cpu-ccf", "runs_per_window": 434, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.011660778571626507, "windows": 5, "cpu_pressure": 0.0003377455350435692, "load_average": 2.2353515625, "rejected_windows": 0, "window_energies_j": [0.00047948588397782235, 0.0003966863257919309, 0.0003989494229884535, 0.00040360148387120007, 0.0004083932423529625]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.4470421020000117, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.991192467000019, "paired": {"energy_j": 0.0007986855533528292, "latency_ms": 0.22451550149010172, "with_trials": [0], "rounds": 5, "ratio_spread": 0.24513230121488294}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.841, "test_accuracy": 0.8367, "val_curve": [0.6418333333333334, 0.7596666666666667, 0.7761666666666667, 0.8213333333333334, 0.8281666666666667, 0.841], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 77.51498122999999, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 402.06566389824, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 402.06566389824}, "train_energy_net_j": 402.06566389824, "train_device_share": 0.9261658031088082, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e1_c8_se-ir_r2_k5_s2_e3_c40-ir_r3_k3_s2_e3_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 38842, "inference_params": 37706, "macs": 1329648, "static_costs": {"params": 38842.0, "macs": 1329648.0, "peak_memory": 54880.0, "latency": 0.10177100000419159, "energy": 0.00037198971974505525}, "dataflow": {"joules": 8.84453808e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10177100000419159, "latency_ms_p90": 0.1756550000209245, "latency_ms_iqr": 0.01602499997943596, "cpu_ms_per_call": 0.1075568872017772, "energy_j": 0.00037198971974505525, "energy_cv": 0.16848037007046657, "energy_source": "model:cpu-ccf", "runs_per_window": 461, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.011987926613190147, "windows": 5, "cpu_pressure": 0.0010362894206485003, "load_average": 2.56640625, "rejected_windows": 0, "window_energies_j": [0.0005536022340765216, 0.0004219388397591063, 0.0003672079386891136, 0.00037198971974505525, 0.00037644910520622015]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.515960531999937, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.033748743999979, "paired": {"energy_j": 0.0006856381208012991, "latency_ms": 0.19456711229791018, "with_trials": [0], "rounds": 5, "ratio_spread": 0.20201468107716858}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.863, "test_accuracy": 0.86, "val_curve": [0.7731666666666667, 0.8111666666666667, 0.8373333333333334, 0.8541666666666666, 0.857, 0.863], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 80.18953188599994, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 434.0895069240001, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 434.0895069240001}, "train_energy_net_j": 434.0895069240001, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c16_hs-ir_r2_k5_s2_e3_c16_se-ir_r1_k5_s2_e1_c32_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 11746, "inference_params": 11402, "macs": 568608, "static_costs": {"params": 11746.0, "macs": 568608.0, "peak_memory": 50176.0, "latency": 0.06719599991811265, "energy": 0.0002520392243287188}, "dataflow": {"joules": 5.32141968e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06719599991811265, "latency_ms_p90": 0.0921429999607426, "latency_ms_iqr": 0.0038369998947018757, "cpu_ms_per_call": 0.0724123288888576, "energy_j": 0.0002520392243287188, "energy_cv": 0.03108931471062271, "energy_source": "model:cpu-ccf", "runs_per_window": 653, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005570271000563398, "windows": 5, "cpu_pressure": 0.11839496692289228, "load_average": 2.8427734375, "rejected_windows": 0, "window_energies_j": [0.0002520392243287188, 0.0002534431511110016, 0.00026542475650849994, 0.0002484403991353374, 0.0002688912608695536]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.4275833444998938, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0475096590000703, "paired": {"energy_j": 0.00048382400377545444, "latency_ms": 0.1338231003847605, "with_trials": [0], "rounds": 5, "ratio_spread": 0.1631510221207464}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8536666666666667, "test_accuracy": 0.8474, "val_curve": [0.7111666666666666, 0.7998333333333333, 0.8043333333333333, 0.8371666666666666, 0.8436666666666667, 0.8536666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 68.41642568500004, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 335.2030008868799, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 335.2030008868799}, "train_energy_net_j": 335.2030008868799, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k5_s1_e1_c24_hs-ir_r3_k3_s2_e3_c40_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 51698, "inference_params": 50834, "macs": 1884984, "static_costs": {"params": 51698.0, "macs": 1884984.0, "peak_memory": 75264.0, "latency": 0.12209899995241358, "energy": 0.00046183593403653064}, "dataflow": {"joules": 0.0001202499264, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.12209899995241358, "latency_ms_p90": 0.17594600001302751, "latency_ms_iqr": 0.022356499982834066, "cpu_ms_per_call": 0.13394118108104103, "energy_j": 0.00046183593403653064, "energy_cv": 0.0548407660603321, "energy_source": "model:cpu-ccf", "runs_per_window": 368, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.015066388806728392, "windows": 5, "cpu_pressure": 0.09037216634633728, "load_average": 2.86572265625, "rejected_windows": 0, "window_energies_j": [0.0005318929279144273, 0.00048452954834260394, 0.00046879413378364353, 0.00046183593403653064, 0.0004616651032605692]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.609246098499767, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.038826596999911, "paired": {"energy_j": 0.000633541466166494, "latency_ms": 0.14730148202632756, "with_trials": [4], "rounds": 5, "ratio_spread": 1.0481698583707133}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8443333333333334, "test_accuracy": 0.8379, "val_curve": [0.6685, 0.7516666666666667, 0.7915, 0.8235, 0.8375, 0.8443333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 47.67045401500002, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 163.8443155475, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 163.8443155475}, "train_energy_net_j": 163.8443155475, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c16_se-ir_r1_k5_s2_e6_c64_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 26866, "inference_params": 26410, "macs": 1372000, "static_costs": {"params": 26866.0, "macs": 1372000.0, "peak_memory": 94080.0, "latency": 0.08995374997766703, "energy": 0.000329192861360927}, "dataflow": {"joules": 8.13498e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08995374997766703, "latency_ms_p90": 0.18014200002198777, "latency_ms_iqr": 0.058249750026106994, "cpu_ms_per_call": 0.13615488919662527, "energy_j": 0.000329192861360927, "energy_cv": 0.22609870991996828, "energy_source": "model:cpu-ccf", "runs_per_window": 361, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.44760767356284736, "windows": 7, "cpu_pressure": 0.03737870267464133, "load_average": 2.1689453125, "rejected_windows": 0, "window_energies_j": [0.00047966116716394543, 0.0005098789198813189, 0.0005870252623236879, 0.0004765421121881885, 0.00033411596621634983, 0.0003242697565055041, 0.00032360150841114036]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.708752393500049, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0875305629998593, "paired": {"energy_j": 0.0005806006928088148, "latency_ms": 0.16833466726833954, "with_trials": [4], "rounds": 5, "ratio_spread": 0.45202414554639536}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8453333333333334, "test_accuracy": 0.8417, "val_curve": [0.69, 0.7971666666666667, 0.783, 0.8196666666666667, 0.837, 0.8453333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 43.74851395900009, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 149.90025855699994, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 149.90025855699994}, "train_energy_net_j": 149.90025855699994, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k5_s1_e1_c16_se-ir_r3_k5_s2_e6_c24_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 63874, "inference_params": 62826, "macs": 2027072, "static_costs": {"params": 63874.0, "macs": 2027072.0, "peak_memory": 94080.0, "latency": 0.16326600001548286, "energy": 0.0005875499743151818}, "dataflow": {"joules": 0.0001477719312, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.16326600001548286, "latency_ms_p90": 0.19148999999742955, "latency_ms_iqr": 0.016621000042960077, "cpu_ms_per_call": 0.1683216979867724, "energy_j": 0.0005875499743151818, "energy_cv": 0.15446047598711216, "energy_source": "model:cpu-ccf", "runs_per_window": 293, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0026822716490770837, "windows": 5, "cpu_pressure": 0.017415280413020144, "load_average": 2.06689453125, "rejected_windows": 0, "window_energies_j": [0.0008346922500001568, 0.0005875499743151818, 0.0005875182652026467, 0.0005896152918083188, 0.0005891259429537034]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.361554544500024, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.54985672600003, "paired": {"energy_j": 0.0011091131306193924, "latency_ms": 0.3073476192475463, "with_trials": [4, 3], "rounds": 5, "ratio_spread": 1.399083289387785}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.859, "test_accuracy": 0.8583, "val_curve": [0.7613333333333333, 0.7945, 0.827, 0.822, 0.8515, 0.859], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 86.573084, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 283.8067293775, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 283.8067293775}, "train_energy_net_j": 283.8067293775, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c32-ir_r1_k3_s2_e6_c16_hs-ir_r2_k7_s2_e1_c56-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 29954, "inference_params": 29178, "macs": 1958592, "static_costs": {"params": 29954.0, "macs": 1958592.0, "peak_memory": 188160.0, "latency": 0.09751300001425989, "energy": 0.00035909393237734997}, "dataflow": {"joules": 0.00011221132320000001, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09751300001425989, "latency_ms_p90": 0.136095000016212, "latency_ms_iqr": 0.00901799990060681, "cpu_ms_per_call": 0.10556987341773327, "energy_j": 0.00035909393237734997, "energy_cv": 0.06194081950288647, "energy_source": "model:cpu-ccf", "runs_per_window": 474, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.028963520814345278, "windows": 5, "cpu_pressure": 0.003980944334145577, "load_average": 2.05078125, "rejected_windows": 0, "window_energies_j": [0.00035909393237734997, 0.0003582286807849802, 0.00036949455696206647, 0.00037864321288202414, 0.00042174181084362087]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.3509264809999024, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9621293689999675, "paired": {"energy_j": 0.0006811406624222584, "latency_ms": 0.1893967923713756, "with_trials": [4], "rounds": 5, "ratio_spread": 0.06022049869109414}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.865, "test_accuracy": 0.8574, "val_curve": [0.7706666666666667, 0.7945, 0.8363333333333334, 0.8455, 0.858, 0.865], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 83.48596984300002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 542.4581597991203, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 542.4581597991203}, "train_energy_net_j": 542.4581597991203, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e3_c32_se_hs-ir_r2_k3_s2_e1_c48-ir_r3_k3_s2_e3_c40-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 50122, "inference_params": 48850, "macs": 1624400, "static_costs": {"params": 50122.0, "macs": 1624400.0, "peak_memory": 75264.0, "latency": 0.10001700002248981, "energy": 0.00036398571503093696}, "dataflow": {"joules": 0.00011308164, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10001700002248981, "latency_ms_p90": 0.12194299999919167, "latency_ms_iqr": 0.00382775007778946, "cpu_ms_per_call": 0.10470931645561939, "energy_j": 0.00036398571503093696, "energy_cv": 0.019615400421513943, "energy_source": "model:cpu-ccf", "runs_per_window": 475, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006859864166698593, "windows": 5, "cpu_pressure": 0.005382835644330193, "load_average": 2.36767578125, "rejected_windows": 0, "window_energies_j": [0.00036648260759466784, 0.00036898717578998525, 0.0003799597707423217, 0.00036398571503093696, 0.0003580672839507923]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.5095336359996736, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0123767800000678, "paired": {"energy_j": 0.0006870910332063093, "latency_ms": 0.19090144391458166, "with_trials": [4], "rounds": 5, "ratio_spread": 0.017232774333211465}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8683333333333333, "test_accuracy": 0.8684, "val_curve": [0.7151666666666666, 0.7976666666666666, 0.8271666666666667, 0.848, 0.8648333333333333, 0.8683333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 57.51276554000003, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 314.8737384974801, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 314.8737384974801}, "train_energy_net_j": 314.8737384974801, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e6_c16_se-ir_r2_k3_s2_e6_c32_se-ir_r2_k3_s2_e3_c32_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 79658, "inference_params": 78346, "macs": 2644256, "static_costs": {"params": 79658.0, "macs": 2644256.0, "peak_memory": 163072.0, "latency": 0.19162950002282741, "energy": 0.0006958128192774937}, "dataflow": {"joules": 0.00019385417759999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.19162950002282741, "latency_ms_p90": 0.21718559996770637, "latency_ms_iqr": 0.017893500057653, "cpu_ms_per_call": 0.19918862698439568, "energy_j": 0.0006958128192774937, "energy_cv": 0.004109925740383414, "energy_source": "model:cpu-ccf", "runs_per_window": 250, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0019364046343530728, "windows": 5, "cpu_pressure": 0.0041857160764651805, "load_average": 2.7509765625, "rejected_windows": 0, "window_energies_j": [0.0006971601944453849, 0.0006958128192774937, 0.0007014408660013485, 0.0006925296559998059, 0.0006971658888896096]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.5409093000001233, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4467815539999265, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8676666666666667, "test_accuracy": 0.8642, "val_curve": [0.7543333333333333, 0.8193333333333334, 0.8053333333333333, 0.8398333333333333, 0.8638333333333333, 0.8676666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 210.34262275100002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 1037.85725208732, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 1037.85725208732}, "train_energy_net_j": 1037.85725208732, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c32-ir_r3_k3_s2_e3_c64_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 76538, "inference_params": 75170, "macs": 4245856, "static_costs": {"params": 76538.0, "macs": 4245856.0, "peak_memory": 100352.0, "latency": 0.15383400011614867, "energy": 0.0005547605221510412}, "dataflow": {"joules": 0.0001872179376, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.15383400011614867, "latency_ms_p90": 0.19798200014520262, "latency_ms_iqr": 0.03958674977866394, "cpu_ms_per_call": 0.15963515923563049, "energy_j": 0.0005547605221510412, "energy_cv": 0.09848044088964891, "energy_source": "model:cpu-ccf", "runs_per_window": 314, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00714278506751187, "windows": 5, "cpu_pressure": 0.0004978022924810885, "load_average": 2.74951171875, "rejected_windows": 0, "window_energies_j": [0.0005547605221510412, 0.0005506915506327697, 0.0005587230573247067, 0.0006147710300347364, 0.0007044982590364125]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.60761416150018, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.4188318679998702, "paired": {"energy_j": 0.001057231104559593, "latency_ms": 0.29165728311360783, "with_trials": [4, 8], "rounds": 5, "ratio_spread": 0.8123840045111017}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8701666666666666, "test_accuracy": 0.861, "val_curve": [0.73, 0.791, 0.8193333333333334, 0.8506666666666667, 0.857, 0.8701666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 206.57861372699995, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 888.2804705106796, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 888.2804705106796}, "train_energy_net_j": 888.2804705106796, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c16_se_hs-ir_r3_k5_s2_e3_c16_se_hs-ir_r2_k3_s2_e1_c64_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 33306, "inference_params": 32570, "macs": 879888, "static_costs": {"params": 33306.0, "macs": 879888.0, "peak_memory": 50176.0, "latency": 0.11581700005081075, "energy": 0.0004199093220336181}, "dataflow": {"joules": 7.87948848e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.11581700005081075, "latency_ms_p90": 0.1338209999630635, "latency_ms_iqr": 0.005640500148729188, "cpu_ms_per_call": 0.12172332762840779, "energy_j": 0.0004199093220336181, "energy_cv": 0.014757303331776188, "energy_source": "model:cpu-ccf", "runs_per_window": 409, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.014580111334891788, "windows": 5, "cpu_pressure": 0.00673534996620187, "load_average": 3.53173828125, "rejected_windows": 0, "window_energies_j": [0.0004260316466994272, 0.0004199093220336181, 0.0004139006860182009, 0.00042749081234626793, 0.000431791335395871]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.794461839999656, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.696295489000022, "paired": {"energy_j": 0.0008051734718005077, "latency_ms": 0.22351548824204087, "with_trials": [4], "rounds": 5, "ratio_spread": 0.8860229129869988}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.85, "test_accuracy": 0.8538, "val_curve": [0.7371666666666666, 0.7908333333333334, 0.8283333333333334, 0.8281666666666667, 0.8426666666666667, 0.85], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 38.108466102999955, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 128.60255099299985, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 128.60255099299985}, "train_energy_net_j": 128.60255099299985, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e3_c24_se_hs-ir_r3_k5_s2_e6_c32_se_hs-ir_r3_k5_s2_e3_c48-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 154226, "inference_params": 151954, "macs": 4117904, "static_costs": {"params": 154226.0, "macs": 4117904.0, "peak_memory": 141120.0, "latency": 0.26766699983227227, "energy": 0.000965030177373059}, "dataflow": {"joules": 0.0002649205584, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.26766699983227227, "latency_ms_p90": 0.5280005000258825, "latency_ms_iqr": 0.2220487501176649, "cpu_ms_per_call": 0.3384193559772126, "energy_j": 0.000965030177373059, "energy_cv": 0.28844525427947415, "energy_source": "model:cpu-ccf", "runs_per_window": 139, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.2273893331963186, "windows": 6, "cpu_pressure": 0.45339928603649665, "load_average": 2.68896484375, "rejected_windows": 0, "window_energies_j": [0.0018311613249994707, 0.0017635054499965008, 0.0014033367599972735, 0.0009648406592163405, 0.0009421871478493617, 0.0009655987318432146]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.442117538000275, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.798025232999862, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8678333333333333, "test_accuracy": 0.8649, "val_curve": [0.764, 0.8403333333333334, 0.8355, 0.848, 0.8678333333333333, 0.8675], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 213.49522223300005, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 579.1469053509996, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 579.1469053509996}, "train_energy_net_j": 579.1469053509996, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e1_c32_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 954, "inference_params": 906, "macs": 103808, "static_costs": {"params": 954.0, "macs": 103808.0, "peak_memory": 31360.0, "latency": 0.02471100003731408, "energy": 0.00010004413806775193}, "dataflow": {"joules": 9.756916800000001e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02471100003731408, "latency_ms_p90": 0.05061700003352598, "latency_ms_iqr": 0.007674000016777427, "cpu_ms_per_call": 0.032792151807140714, "energy_j": 0.00010004413806775193, "energy_cv": 0.2105354910917108, "energy_source": "model:cpu-ccf", "runs_per_window": 415, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.14721895297119958, "windows": 7, "cpu_pressure": 0.9103005573857926, "load_average": 2.3486328125, "rejected_windows": 0, "window_energies_j": [0.0001147725313249925, 9.460605645109178e-05, 0.0001594222631574507, 0.00015816560869642504, 0.0001169203618239234, 0.00010349086029414004, 9.65974158413638e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.6365746399999352, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2733659099999386, "paired": {"energy_j": 0.00014646896218227027, "latency_ms": 0.04023696373123897, "with_trials": [4], "rounds": 5, "ratio_spread": 0.6838468286289952}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6791666666666667, "test_accuracy": 0.6741, "val_curve": [0.492, 0.4285, 0.6453333333333333, 0.6606666666666666, 0.6773333333333333, 0.6791666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.796211099999937, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 37.06673560099995, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 37.06673560099995}, "train_energy_net_j": 37.06673560099995, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e6_c16-ir_r3_k3_s2_e6_c64_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 284498, "inference_params": 282082, "macs": 7724576, "static_costs": {"params": 284498.0, "macs": 7724576.0, "peak_memory": 163072.0, "latency": 0.5655405001334657, "energy": 0.001987074914997038}, "dataflow": {"joules": 0.00047360964960000004, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.5655405001334657, "latency_ms_p90": 0.6026538001378867, "latency_ms_iqr": 0.02695824991860718, "cpu_ms_per_call": 0.5697921999990285, "energy_j": 0.001987074914997038, "energy_cv": 0.015783733700069393, "energy_source": "model:cpu-ccf", "runs_per_window": 100, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0036223017789804857, "windows": 5, "cpu_pressure": 0.1422951103309828, "load_average": 2.2939453125, "rejected_windows": 0, "window_energies_j": [0.001987074914997038, 0.0019942726999965994, 0.001957347104996643, 0.0020262862549930106, 0.0020481675899941365]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.466434864501139, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3030556920000436, "paired": {"energy_j": 0.0022479755747713444, "latency_ms": 0.6355909555552215, "with_trials": [11], "rounds": 5, "ratio_spread": 0.394165086478488}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.882, "test_accuracy": 0.8779, "val_curve": [0.7328333333333333, 0.764, 0.8391666666666666, 0.8398333333333333, 0.8673333333333333, 0.882], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 271.98689050400003, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 863.4908349724998, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 863.4908349724998}, "train_energy_net_j": 863.4908349724998, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c32-ir_r1_k7_s2_e3_c32_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 18162, "inference_params": 17850, "macs": 1307936, "static_costs": {"params": 18162.0, "macs": 1307936.0, "peak_memory": 100352.0, "latency": 0.10384450001765799, "energy": 0.00040604468007097717}, "dataflow": {"joules": 7.23295056e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10384450001765799, "latency_ms_p90": 0.20059299993135937, "latency_ms_iqr": 0.0764312500223241, "cpu_ms_per_call": 0.13938306042318993, "energy_j": 0.00040604468007097717, "energy_cv": 0.22582819448494432, "energy_source": "model:cpu-ccf", "runs_per_window": 341, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.20144588865414859, "windows": 15, "cpu_pressure": 0.2515110426978017, "load_average": 2.00341796875, "rejected_windows": 0, "window_energies_j": [0.0006204204624992825, 0.0004998784472131627, 0.0007195196562470585, 0.0006521459403866349, 0.0005670283876245891, 0.00046847451923125703, 0.0003420330616439072, 0.0003896074350794271, 0.0003886580222703229, 0.00040091001639226665, 0.00044953659922616814, 0.0004111793437496877, 0.00048784071148116464, 0.0006294874501850497, 0.0006582491098483119]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.969457889499608, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.760956415999999, "paired": {"energy_j": 0.0005457314350513695, "latency_ms": 0.15365205344115682, "with_trials": [14, 4], "rounds": 5, "ratio_spread": 0.13349107021282136}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.847, "test_accuracy": 0.8433, "val_curve": [0.6541666666666667, 0.7621666666666667, 0.7901666666666667, 0.8301666666666667, 0.8306666666666667, 0.847], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 86.688598275, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 180.46187999000063, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 180.46187999000063}, "train_energy_net_j": 180.46187999000063, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e6_c16-ir_r2_k3_s2_e3_c40-ir_r3_k7_s2_e1_c40_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 35082, "inference_params": 33994, "macs": 2531512, "static_costs": {"params": 35082.0, "macs": 2531512.0, "peak_memory": 163072.0, "latency": 0.13973199997963093, "energy": 0.0005451559679061335}, "dataflow": {"joules": 0.00018460475519999997, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.13973199997963093, "latency_ms_p90": 0.25723419994392316, "latency_ms_iqr": 0.08971900001597533, "cpu_ms_per_call": 0.15682945070399051, "energy_j": 0.0005451559679061335, "energy_cv": 0.2254737662664409, "energy_source": "model:cpu-ccf", "runs_per_window": 284, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006873463336052987, "windows": 5, "cpu_pressure": 0.07853877491818642, "load_average": 2.46923828125, "rejected_windows": 0, "window_energies_j": [0.0005451559679061335, 0.0005258929322276782, 0.0005489030774639668, 0.0007252044149396751, 0.0009052485689619908]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.546157538999864, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3438036800000646, "paired": {"energy_j": 0.0009103472110457343, "latency_ms": 0.25646318103374877, "with_trials": [4, 8], "rounds": 5, "ratio_spread": 0.7156741587138715}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8756666666666667, "test_accuracy": 0.8741, "val_curve": [0.7926666666666666, 0.8093333333333333, 0.8358333333333333, 0.8566666666666667, 0.8688333333333333, 0.8756666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 184.56700063200014, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 357.22618979249955, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 357.22618979249955}, "train_energy_net_j": 357.22618979249955, "train_device_share": 0.9699453551912568, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e3_c32_hs-ir_r3_k5_s2_e6_c32-ir_r3_k3_s2_e1_c64-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 80970, "inference_params": 79098, "macs": 4675136, "static_costs": {"params": 80970.0, "macs": 4675136.0, "peak_memory": 188160.0, "latency": 0.21186200001466204, "energy": 0.0007577075926758816}, "dataflow": {"joules": 0.0002350514256, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.21186200001466204, "latency_ms_p90": 0.2337180000722583, "latency_ms_iqr": 0.014937500054656994, "cpu_ms_per_call": 0.2181465374452966, "energy_j": 0.0007577075926758816, "energy_cv": 0.015291840069540985, "energy_source": "model:cpu-ccf", "runs_per_window": 227, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.007661647367363411, "windows": 5, "cpu_pressure": 0.007904895957221237, "load_average": 3.27197265625, "rejected_windows": 0, "window_energies_j": [0.000788725583332335, 0.0007696854955733077, 0.0007577075926758816, 0.0007635128810585381, 0.000756476228263597]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.2130374184994253, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 3.5546077489998424, "paired": {"energy_j": 0.001591921326084414, "latency_ms": 0.43667536212279073, "with_trials": [9, 17], "rounds": 5, "ratio_spread": 0.47597619632458366}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8733333333333333, "test_accuracy": 0.8656, "val_curve": [0.7655, 0.828, 0.8455, 0.8505, 0.8688333333333333, 0.8733333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 268.35404077999965, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 423.2463995094994, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 423.2463995094994}, "train_energy_net_j": 423.2463995094994, "train_device_share": 0.8431151241534989, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e6_c32_se_hs-ir_r2_k5_s2_e3_c64-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 51570, "inference_params": 50666, "macs": 3138176, "static_costs": {"params": 51570.0, "macs": 3138176.0, "peak_memory": 100352.0, "latency": 0.15956200002165133, "energy": 0.0005879870149976794}, "dataflow": {"joules": 0.00014789100959999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.15956200002165133, "latency_ms_p90": 0.27670099998431397, "latency_ms_iqr": 0.0526737499058072, "cpu_ms_per_call": 0.1822272200001862, "energy_j": 0.0005879870149976794, "energy_cv": 0.11461542897273894, "energy_source": "model:cpu-ccf", "runs_per_window": 100, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.08470978734652657, "windows": 7, "cpu_pressure": 1.0, "load_average": 3.556640625, "rejected_windows": 0, "window_energies_j": [0.0005859281399978044, 0.0007048366500043812, 0.0007978685749958458, 0.0006550146050039985, 0.0006377952700006517, 0.0005724874749989795, 0.0005900458899975546]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.825410683500195, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 3.19952144600029, "paired": {"energy_j": 0.0009432590284238433, "latency_ms": 0.26881354344568326, "with_trials": [4, 8], "rounds": 5, "ratio_spread": 1.0927440400377764}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8646666666666667, "test_accuracy": 0.8663, "val_curve": [0.7298333333333333, 0.8045, 0.823, 0.8428333333333333, 0.8536666666666667, 0.8646666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 250.35111263099998, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 283.4043070355, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 283.4043070355}, "train_energy_net_j": 283.4043070355, "train_device_share": 0.6814874696847211, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-0/artifacts/random-0-c53b364d/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(2,1,1,6.17306720640574098715e-04,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,1.73776000025327448383e-01,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,7.75833333333333374781e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,0.000653075406237968,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,1.83310877605503713683e-01,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,0.841,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,7.98685553352829202822e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,2.2451550149010171542e-01,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,0.863,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,6.85638120801299109745e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,1.94567112297910183027e-01,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,8.53666666666666684726e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,4.83824003775454444462e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,1.33823100384760501624e-01,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,8.4433333333333338011e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,0.000633541466166494,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,1.47301482026327562602e-01,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.45333333333333380998e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,5.80600692808814784068e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,1.68334667268339538415e-01,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,0.859,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,1.10911313061939236813e-03,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,3.07347619247546277598e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,0.865,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,6.81140662422258431375e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,1.8939679237137560519e-01,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.68333333333333290404e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,6.87091033206309255605e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,1.90901443914581664396e-01,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.6766666666666669716e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,6.95812819277493691157e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,1.91629500022827414795e-01,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,8.7016666666666664387e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,1.05723110455959302782e-03,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,2.91657283113607834756e-01,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,0.85,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,8.05173471800507689621e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,2.23515488242040871735e-01,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,8.67833333333333345471e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,0.000965030177373059,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,2.67666999832272267667e-01,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,6.79166666666666696272e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,1.4646896218227026796e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,4.02369637312389727412e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,0.882,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,2.24797557477134438141e-03,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,6.355909555552214929e-01,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,0.847,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,5.45731435051369532726e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,1.53652053441156816182e-01,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.75666666666666704266e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,9.1034721104573431815e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,2.56463181033748766068e-01,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.73333333333333294845e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,1.5919213260844140758e-03,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,4.36675362122790733376e-01,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,8.64666666666666694496e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,9.43259028423843251531e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,2.68813543445683256205e-01,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 12:49:57.557826','2026-12-06 12:50:43.351978');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 12:50:47.845908','2026-12-06 12:52:12.300155');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 12:52:12.460464','2026-12-06 12:53:31.568310');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 12:53:31.850616','2026-12-06 12:54:53.877945');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 12:54:54.407757','2026-12-06 12:56:04.782708');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 12:56:05.332042','2026-12-06 12:56:54.778768');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 12:56:55.230006','2026-12-06 12:57:40.839152');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 12:57:41.566652','2026-12-06 12:59:10.752246');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 12:59:11.292844','2026-12-06 13:00:36.419141');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 13:00:36.652571','2026-12-06 13:01:36.783934');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 13:01:37.439068','2026-12-06 13:05:08.634019');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 13:05:08.970717','2026-12-06 13:08:38.127583');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 13:08:40.044054','2026-12-06 13:09:21.197608');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 13:09:21.755066','2026-12-06 13:12:56.489154');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 13:12:57.059407','2026-12-06 13:13:13.132588');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 13:13:13.848261','2026-12-06 13:17:48.034038');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 13:17:49.241961','2026-12-06 13:19:18.381080');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 13:19:18.587349','2026-12-06 13:22:25.273168');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 13:22:26.072767','2026-12-06 13:27:00.403738');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 13:27:02.838019','2026-12-06 13:31:17.939242');
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
