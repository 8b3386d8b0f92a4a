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
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','58174f21a3dbcd2b977b65031e9ac7559c4e0414',0);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','51a298e59e64952640c1e7f17436526caab0eb63',1);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','bc9894a434ab7c5448034a69ba7ac723a6f0b38c',2);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','c8e656f6182f10b54b20fa0fa98015aba2e0bee7',3);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','e1a0bf2fb0c3691d39f1e48b48249377889af8aa',4);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','20eb11c75ecb310eabbafeefed257eb65da4cc4c',5);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','bbf6ac3a2989956eb98496d2cb71f92140385c9f',6);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','60cf6bca6c6f6ded2330cddf34ef065659f70d05',7);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','19b032f29ed038f1039808a7b79782232e3bca3c',8);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','edfea08b4b2bede266fa121bd58e46e16149edf6',9);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','6b9d1c94d4a9038f685e3b8f10cdfdc94767179b',10);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','59bddb4a3c871ef6e3dda590d5ae1fda1e560d37',11);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','706d9ea279cf0a2dbf483e73c86167d4886e0895',12);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','b22c447b3aaf9f57e39d1bef33d417bac06f7546',13);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','93fa6f7300cf518091e8a966b78bb8ee85efa566',14);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','22008fcd58706169d6ce3434ab48f1e1fe368fcc',15);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','68629eb7309075c1dc50f17b205b4b618631a4ff',16);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','b7850ec383c2c6f09b29236d78d9ecd77004be1c',17);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','aadb424955ed6ace41085782c64d777d92ec26be',18);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','d32fc6e1746e0e48371c9face83ee3938f7e9b8c',19);
INSERT INTO "nas_arch_claims" VALUES('2dff5575078d471ab90062f75da9c83f','62587219e7b7dc6c5f1905015039effc5629833f',20);
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
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"tpe-0\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget/tpe-0/nas.db\",\"sampler\":\"tpe\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":0,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"8229.1J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget/tpe-0/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget/tpe-0/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"2dff5575078d471ab90062f75da9c83f"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.00045408602840827826, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.12248799976077862, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.00045408602840827826, \"latency\": 0.12248799976077862}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0018749559150000115, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.5082504999336379, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0018749559150000115, \"latency\": 0.5082504999336379}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [7.005351540674612e-05, 0.0018749559150000115], \"latency\": [0.0188450003406615, 0.5082504999336379]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','8229.1');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 21:24:34.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 21:25:49.000000');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 21:26:20.000000');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 21:27:04.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 21:27:19');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 21:27:48');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 21:28:35.000000');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 21:29:44.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 21:30:18.000000');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 21:31:13.000000');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 21:31:56.000000');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 21:33:22.000000');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 21:33:58.000000');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 21:34:47.000000');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 21:34:50');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 21:35:20');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 21:36:15.000000');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 21:37:06.000000');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 21:37:57.000000');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 21:38:21');
INSERT INTO "trial_heartbeats" VALUES(21,21,'2026-12-06 21:38:43');
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
INSERT INTO "trial_params" VALUES(404,21,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(405,21,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(406,21,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(407,21,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(408,21,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(409,21,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(410,21,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(411,21,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(412,21,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(413,21,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(414,21,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(415,21,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(416,21,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(417,21,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(418,21,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(419,21,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(420,21,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e3_c24_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 9378, "inference_params": 9074, "macs": 1670160, "static_costs": {"params": 9378.0, "macs": 1670160.0, "peak_memory": 131712.0, "energy": 0.00031450596589319347, "latency": 0.08314499973494094}, "dataflow": {"joules": 8.8514136e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08314499973494094, "latency_ms_p90": 0.10315969993826002, "latency_ms_iqr": 0.010376750196883222, "cpu_ms_per_call": 0.09341956007751952, "energy_j": 0.00031450596589319347, "energy_cv": 0.03448276690556657, "energy_source": "model:cpu-ccf", "runs_per_window": 535, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.03962562154498861, "windows": 5, "cpu_pressure": 0.09035627049734277, "load_average": 1.41259765625, "rejected_windows": 0, "window_energies_j": [0.00030429577992958007, 0.00031450596589319347, 0.0003359667215447116, 0.00032714513739184463, 0.00032696846027131826]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1249509810000018, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3267967090014281, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7866666666666666, "test_accuracy": 0.7869, "val_curve": [0.6065, 0.6856666666666666, 0.7088333333333333, 0.743, 0.7745, 0.7866666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 40.01949809699909, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 272.5626846596387, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 272.5626846596387}, "train_energy_net_j": 272.5626846596387, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e6_c24_se_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 14658, "inference_params": 14298, "macs": 1558208, "static_costs": {"params": 14658.0, "macs": 1558208.0, "peak_memory": 150528.0, "energy": 0.0003432121549100402, "latency": 0.09432650040253066}, "dataflow": {"joules": 9.26375568e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09432650040253066, "latency_ms_p90": 0.1019629999063909, "latency_ms_iqr": 0.0060969978221692145, "cpu_ms_per_call": 0.09857835728953435, "energy_j": 0.0003432121549100402, "energy_cv": 0.010000500290775205, "energy_source": "model:cpu-ccf", "runs_per_window": 506, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005279811852249239, "windows": 5, "cpu_pressure": 0.00039805227450163125, "load_average": 1.64208984375, "rejected_windows": 0, "window_energies_j": [0.0003432121549100402, 0.00034502425051337023, 0.00034636465513965937, 0.00035216304525861983, 0.00034237905078704495]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0979305225000076, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3200452929995663, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7756666666666666, "test_accuracy": 0.7776, "val_curve": [0.5685, 0.711, 0.6685, 0.7405, 0.758, 0.7756666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 60.10711019900009, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 412.5885756097994, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 412.5885756097994}, "train_energy_net_j": 412.5885756097994, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e1_c16_se-ir_r2_k3_s2_e6_c16_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 24698, "inference_params": 24074, "macs": 1158784, "static_costs": {"params": 24698.0, "macs": 1158784.0, "peak_memory": 94080.0, "energy": 0.0003043848506151234, "latency": 0.08140399950207211}, "dataflow": {"joules": 9.125780640000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08140399950207211, "latency_ms_p90": 0.08958860016718972, "latency_ms_iqr": 0.006537000444950536, "cpu_ms_per_call": 0.0886088930481329, "energy_j": 0.0003043848506151234, "energy_cv": 0.01787482788922838, "energy_source": "model:cpu-ccf", "runs_per_window": 556, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.018878321446449187, "windows": 5, "cpu_pressure": 0.11840641830883575, "load_average": 1.9013671875, "rejected_windows": 0, "window_energies_j": [0.0003162650066667538, 0.0003116534586330856, 0.0003006024663023421, 0.0003101311256684651, 0.0003043848506151234]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.5330901864999547, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.032416052001281, "paired": {"figures": {"energy": 0.00031817136380692037, "latency": 0.08332687046944347}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.08008997635866733}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8378333333333333, "test_accuracy": 0.8382, "val_curve": [0.6458333333333334, 0.7788333333333334, 0.769, 0.824, 0.8293333333333334, 0.8378333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 42.55026865099899, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 290.6952472172796, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 290.6952472172796}, "train_energy_net_j": 290.6952472172796, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e1_c8_se-ir_r2_k5_s2_e3_c40-ir_r3_k3_s2_e3_c24_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 38842, "inference_params": 37706, "macs": 1329648, "static_costs": {"params": 38842.0, "macs": 1329648.0, "peak_memory": 54880.0, "energy": 0.00035889266122010133, "latency": 0.09679450067778816}, "dataflow": {"joules": 8.84453808e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09679450067778816, "latency_ms_p90": 0.10407299851067364, "latency_ms_iqr": 0.006029999894963112, "cpu_ms_per_call": 0.10302577983465097, "energy_j": 0.00035889266122010133, "energy_cv": 0.009501606022305122, "energy_source": "model:cpu-ccf", "runs_per_window": 477, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004730016477366705, "windows": 5, "cpu_pressure": 0.0005364905470906452, "load_average": 2.23388671875, "rejected_windows": 0, "window_energies_j": [0.0003605902294212784, 0.00036190434825328523, 0.000358258246428974, 0.00035889266122010133, 0.0003678791593357161]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.771103049000004, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1030961599990405, "paired": {"figures": {"energy": 0.00035971683516848607, "latency": 0.09614372661371551}, "with_trials": [2], "rounds": 5, "ratio_spread": 0.1067796963546992}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8653333333333333, "test_accuracy": 0.8564, "val_curve": [0.7815, 0.8141666666666667, 0.8436666666666667, 0.8451666666666666, 0.8605, 0.8653333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 43.03950185800022, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 292.89993996768095, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 292.89993996768095}, "train_energy_net_j": 292.89993996768095, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c16_hs-ir_r2_k5_s2_e3_c16_se-ir_r1_k5_s2_e1_c32_se_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 11746, "inference_params": 11402, "macs": 568608, "static_costs": {"params": 11746.0, "macs": 568608.0, "peak_memory": 50176.0, "energy": 0.00024795189253043, "latency": 0.06542600021930411}, "dataflow": {"joules": 5.32141968e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06542600021930411, "latency_ms_p90": 0.07409099998767488, "latency_ms_iqr": 0.0045152496568334755, "cpu_ms_per_call": 0.07108924857975167, "energy_j": 0.00024795189253043, "energy_cv": 0.016236309052080147, "energy_source": "model:cpu-ccf", "runs_per_window": 663, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003470340516135595, "windows": 5, "cpu_pressure": 0.0027863826138063365, "load_average": 2.21533203125, "rejected_windows": 0, "window_energies_j": [0.00025692317021268194, 0.00025497626856012343, 0.000246739093514418, 0.0002488123700291308, 0.00024795189253043]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.6028157794999913, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0527200749984331, "paired": {"figures": {"energy": 0.00025340677189318746, "latency": 0.06507991577310682}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.02632405359181611}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8566666666666667, "test_accuracy": 0.8445, "val_curve": [0.6591666666666667, 0.7983333333333333, 0.8041666666666667, 0.8368333333333333, 0.8435, 0.8566666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 26.74466474899964, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 182.97315263984115, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 182.97315263984115}, "train_energy_net_j": 182.97315263984115, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k5_s1_e1_c24_hs-ir_r3_k3_s2_e3_c40_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 51698, "inference_params": 50834, "macs": 1884984, "static_costs": {"params": 51698.0, "macs": 1884984.0, "peak_memory": 75264.0, "energy": 0.0004255941696426545, "latency": 0.11404849919927074}, "dataflow": {"joules": 0.0001202499264, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.11404849919927074, "latency_ms_p90": 0.12588939971465152, "latency_ms_iqr": 0.005893000434298301, "cpu_ms_per_call": 0.12284284107553435, "energy_j": 0.0004255941696426545, "energy_cv": 0.009895096482709101, "energy_source": "model:cpu-ccf", "runs_per_window": 402, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.010234571881877486, "windows": 5, "cpu_pressure": 0.000816616187494976, "load_average": 2.140625, "rejected_windows": 0, "window_energies_j": [0.0004299499437643702, 0.0004255941696426545, 0.0004354737089665855, 0.00043435314173212214, 0.0004252742281524546]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4679954870000527, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4308882420009468, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.721, "test_accuracy": 0.7164, "val_curve": [0.6456666666666667, 0.721], "epochs_run": 2, "stop_reason": "pareto: validation 0.721 after epoch 2 cannot pass 0.865 of trial 3, which costs no more (bound 0.842: finished curves gained at most 0.101 later, margin 0.02)", "train_seconds": 15.871817396000552, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 108.53571980347817, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 108.53571980347817}, "train_energy_net_j": 108.53571980347817, "train_device_share": 1.0, "pareto_saved_energy_j": 217.07143960695635, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c16_se-ir_r1_k5_s2_e6_c64_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 26866, "inference_params": 26410, "macs": 1372000, "static_costs": {"params": 26866.0, "macs": 1372000.0, "peak_memory": 94080.0, "energy": 0.00030951077532243726, "latency": 0.08163900020008441}, "dataflow": {"joules": 8.13498e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08163900020008441, "latency_ms_p90": 0.09101800042117247, "latency_ms_iqr": 0.007160001587180886, "cpu_ms_per_call": 0.08864277345076846, "energy_j": 0.00030951077532243726, "energy_cv": 0.014238047182146744, "energy_source": "model:cpu-ccf", "runs_per_window": 543, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0023874185138870185, "windows": 5, "cpu_pressure": 0.018503432407100423, "load_average": 2.16259765625, "rejected_windows": 0, "window_energies_j": [0.00031707898689145825, 0.0003102497070776896, 0.00031205886744637687, 0.0003033621178537327, 0.00030951077532243726]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.243989288499975, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3645323399996414, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8476666666666667, "test_accuracy": 0.8404, "val_curve": [0.6936666666666667, 0.7833333333333333, 0.7956666666666666, 0.8216666666666667, 0.8316666666666667, 0.8476666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 37.83460683500016, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 260.40951361696176, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 260.40951361696176}, "train_energy_net_j": 260.40951361696176, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k5_s1_e1_c16_se-ir_r3_k5_s2_e6_c24_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 63874, "inference_params": 62826, "macs": 2027072, "static_costs": {"params": 63874.0, "macs": 2027072.0, "peak_memory": 94080.0, "energy": 0.00047064261021141743, "latency": 0.12728899946523597}, "dataflow": {"joules": 0.0001477719312, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.12728899946523597, "latency_ms_p90": 0.14490560060949065, "latency_ms_iqr": 0.011498001185827889, "cpu_ms_per_call": 0.13651534332616233, "energy_j": 0.00047064261021141743, "energy_cv": 0.012079886642058706, "energy_source": "model:cpu-ccf", "runs_per_window": 360, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.015215561181198156, "windows": 5, "cpu_pressure": 0.0005186243178884799, "load_average": 2.2734375, "rejected_windows": 0, "window_energies_j": [0.00048493382909615984, 0.00047064261021141743, 0.0004812369454024017, 0.0004778037016415681, 0.0004703632111110935]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.5247990695001474, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.44200834600087546, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8563333333333333, "test_accuracy": 0.8489, "val_curve": [0.7661666666666667, 0.7993333333333333, 0.8275, 0.8243333333333334, 0.8546666666666667, 0.8563333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 62.04887061699992, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 426.0077702763596, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 426.0077702763596}, "train_energy_net_j": 426.0077702763596, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c32-ir_r1_k3_s2_e6_c16_hs-ir_r2_k7_s2_e1_c56-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 29954, "inference_params": 29178, "macs": 1958592, "static_costs": {"params": 29954.0, "macs": 1958592.0, "peak_memory": 188160.0, "energy": 0.0002867439157144826, "latency": 0.0742464999348158}, "dataflow": {"joules": 0.00011221132320000001, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0742464999348158, "latency_ms_p90": 0.08286300089821452, "latency_ms_iqr": 0.005738500931329327, "cpu_ms_per_call": 0.08279049834439076, "energy_j": 0.0002867439157144826, "energy_cv": 0.013070945800827986, "energy_source": "model:cpu-ccf", "runs_per_window": 604, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.010541909785088288, "windows": 5, "cpu_pressure": 0.007738712813053197, "load_average": 2.09912109375, "rejected_windows": 0, "window_energies_j": [0.00028271187253314204, 0.0002867439157144826, 0.0002909909391772757, 0.00028976674420536764, 0.0002937209492617598]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.753042059500074, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3950913250009762, "paired": {"figures": {"energy": 0.000274065019836047, "latency": 0.07236449049757793}, "with_trials": [4, 3], "rounds": 5, "ratio_spread": 0.14177693870875663}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.864, "test_accuracy": 0.856, "val_curve": [0.7796666666666666, 0.7768333333333334, 0.8261666666666667, 0.8453333333333334, 0.8583333333333333, 0.864], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 51.993204777001665, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 355.64478685340055, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 355.64478685340055}, "train_energy_net_j": 355.64478685340055, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e3_c32_se_hs-ir_r2_k3_s2_e1_c48-ir_r3_k3_s2_e3_c40-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 50122, "inference_params": 48850, "macs": 1624400, "static_costs": {"params": 50122.0, "macs": 1624400.0, "peak_memory": 75264.0, "energy": 0.00037586073895478267, "latency": 0.09155274960903625}, "dataflow": {"joules": 0.00011308164, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09155274960903625, "latency_ms_p90": 0.15543559984507738, "latency_ms_iqr": 0.03432850053286529, "cpu_ms_per_call": 0.11788026902786347, "energy_j": 0.00037586073895478267, "energy_cv": 0.14057533029860222, "energy_source": "model:cpu-ccf", "runs_per_window": 403, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0976962976895468, "windows": 6, "cpu_pressure": 0.05880209247096923, "load_average": 2.185546875, "rejected_windows": 0, "window_energies_j": [0.0003771326952053197, 0.000513461072916499, 0.000493267524096655, 0.0004480291879897245, 0.00037543675353793695, 0.0003615217834990711]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.233290466999961, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2554961500009085, "paired": {"figures": {"energy": 0.0003154379336171464, "latency": 0.08501659948586292}, "with_trials": [3], "rounds": 5, "ratio_spread": 0.0578185721362412}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8731666666666666, "test_accuracy": 0.8683, "val_curve": [0.7493333333333333, 0.8206666666666667, 0.8093333333333333, 0.846, 0.8708333333333333, 0.8731666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 40.285055719999946, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 275.2570686888789, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 275.2570686888789}, "train_energy_net_j": 275.2570686888789, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e6_c8_hs-ir_r1_k7_s2_e3_c32_hs-ir_r2_k5_s2_e6_c24_se_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 63330, "inference_params": 62314, "macs": 1267368, "static_costs": {"params": 63330.0, "macs": 1267368.0, "peak_memory": 81536.0, "energy": 0.00043808243500016876, "latency": 0.10622000081639271}, "dataflow": {"joules": 0.0001350992928, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10622000081639271, "latency_ms_p90": 0.16422549924755003, "latency_ms_iqr": 0.006544750249304343, "cpu_ms_per_call": 0.1252401937983934, "energy_j": 0.00043808243500016876, "energy_cv": 0.018291607038459088, "energy_source": "model:cpu-ccf", "runs_per_window": 384, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0005894856163499718, "windows": 5, "cpu_pressure": 0.03533573188311477, "load_average": 2.08056640625, "rejected_windows": 0, "window_energies_j": [0.0004400005788045847, 0.0004383406782943769, 0.0004191652864579491, 0.00043808243500016876, 0.0004394918356166421]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.572682317499897, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4716358339992439, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8675, "test_accuracy": 0.8625, "val_curve": [0.7743333333333333, 0.8265, 0.8261666666666667, 0.8585, 0.8641666666666666, 0.8675], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 54.94839479399889, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 376.6463383338005, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 376.6463383338005}, "train_energy_net_j": 376.6463383338005, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e3_c32-ir_r1_k7_s2_e6_c24_hs-ir_r2_k7_s2_e1_c40", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 29754, "inference_params": 29114, "macs": 2415312, "static_costs": {"params": 29754.0, "macs": 2415312.0, "peak_memory": 188160.0, "energy": 0.000376798739790668, "latency": 0.10082799963129219}, "dataflow": {"joules": 0.0001182590352, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10082799963129219, "latency_ms_p90": 0.12204779995954596, "latency_ms_iqr": 0.006013499842083547, "cpu_ms_per_call": 0.10774970322663355, "energy_j": 0.000376798739790668, "energy_cv": 0.028087646300627087, "energy_source": "model:cpu-ccf", "runs_per_window": 454, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008631172777544549, "windows": 5, "cpu_pressure": 0.0013759579960211717, "load_average": 2.09228515625, "rejected_windows": 0, "window_energies_j": [0.0004021065700717151, 0.000376798739790668, 0.000388009443925381, 0.0003771239612932174, 0.0003722042698234994]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.3028490755000346, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3815472389997012, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8655, "test_accuracy": 0.8585, "val_curve": [0.7785, 0.8178333333333333, 0.84, 0.856, 0.8648333333333333, 0.8655], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 63.988543071000095, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 439.5627185127996, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 439.5627185127996}, "train_energy_net_j": 439.5627185127996, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e1_c32-ir_r1_k3_s2_e6_c24_hs-ir_r2_k7_s2_e1_c40", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 20506, "inference_params": 19906, "macs": 1747344, "static_costs": {"params": 20506.0, "macs": 1747344.0, "peak_memory": 188160.0, "energy": 0.0002830766536581771, "latency": 0.07634800022060517}, "dataflow": {"joules": 9.90091824e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07634800022060517, "latency_ms_p90": 0.08445519961242098, "latency_ms_iqr": 0.006299500455497764, "cpu_ms_per_call": 0.0808899422442271, "energy_j": 0.0002830766536581771, "energy_cv": 0.00946942047226785, "energy_source": "model:cpu-ccf", "runs_per_window": 607, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00013474864890761218, "windows": 5, "cpu_pressure": 0.0057250326456906395, "load_average": 2.13671875, "rejected_windows": 0, "window_energies_j": [0.0002830766536581771, 0.0002831147978547949, 0.0002896706902821313, 0.00028221591176468463, 0.0002852576783403101]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2457864999997241, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3606949139993958, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8558333333333333, "test_accuracy": 0.8504, "val_curve": [0.7481666666666666, 0.8146666666666667, 0.8331666666666667, 0.8325, 0.8488333333333333, 0.8558333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 48.44071437800085, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 332.445956399801, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 332.445956399801}, "train_energy_net_j": 332.445956399801, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e3_c24_hs-ir_r2_k3_s2_e3_c16_hs-ir_r1_k5_s2_e1_c32_se_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 9834, "inference_params": 9434, "macs": 933624, "static_costs": {"params": 9834.0, "macs": 933624.0, "peak_memory": 75264.0, "energy": 0.0002780382888892695, "latency": 0.0731290001567686}, "dataflow": {"joules": 6.31300704e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0731290001567686, "latency_ms_p90": 0.08186030008801026, "latency_ms_iqr": 0.006359000508382451, "cpu_ms_per_call": 0.07945939523779089, "energy_j": 0.0002780382888892695, "energy_cv": 0.023651042829274122, "energy_source": "model:cpu-ccf", "runs_per_window": 608, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0002503052485205437, "windows": 5, "cpu_pressure": 0.0012929883568567222, "load_average": 2.24951171875, "rejected_windows": 0, "window_energies_j": [0.0002780382888892695, 0.00027447626891405195, 0.0002781078833322681, 0.0002895921557099311, 0.00029082440697006964]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.3408883670001615, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3887209280001116, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8485, "test_accuracy": 0.8393, "val_curve": [0.7283333333333334, 0.8001666666666667, 0.7986666666666666, 0.8395, 0.8485, 0.8465], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 31.818249706000643, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 218.91389427823827, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 218.91389427823827}, "train_energy_net_j": 218.91389427823827, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e6_c8_hs-ir_r1_k7_s2_e1_c24_se-ir_r1_k7_s2_e1_c48_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 11274, "inference_params": 10890, "macs": 765320, "static_costs": {"params": 11274.0, "macs": 765320.0, "peak_memory": 150528.0, "energy": 0.0002534791522389615, "latency": 0.06865999966976233}, "dataflow": {"joules": 7.0457472e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06865999966976233, "latency_ms_p90": 0.0773175999711384, "latency_ms_iqr": 0.005996249910822371, "cpu_ms_per_call": 0.07365182032499192, "energy_j": 0.0002534791522389615, "energy_cv": 0.013759033914734209, "energy_source": "model:cpu-ccf", "runs_per_window": 671, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.016972673533539373, "windows": 5, "cpu_pressure": 0.0002792048246623849, "load_average": 2.359375, "rejected_windows": 0, "window_energies_j": [0.0002577813711374717, 0.00025900522307726806, 0.0002611411184841794, 0.0002534791522389615, 0.00025162151724157145]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2723807459997827, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.36815263100106677, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8356666666666667, "test_accuracy": 0.8287, "val_curve": [0.659, 0.7783333333333333, 0.807, 0.8243333333333334, 0.8265, 0.8356666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 28.338892032999865, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 194.5815060248402, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 194.5815060248402}, "train_energy_net_j": 194.5815060248402, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e1_c16-ir_r2_k5_s2_e3_c16_hs-ir_r2_k5_s2_e1_c32_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 15178, "inference_params": 14682, "macs": 607648, "static_costs": {"params": 15178.0, "macs": 607648.0, "peak_memory": 50176.0, "energy": 0.0001746275902324004, "latency": 0.049934000344364904}, "dataflow": {"joules": 4.81937808e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.049934000344364904, "latency_ms_p90": 0.053990901142242365, "latency_ms_iqr": 0.005922250238654669, "cpu_ms_per_call": 0.05085125051537784, "energy_j": 0.0001746275902324004, "energy_cv": 0.013605391021990518, "energy_source": "model:cpu-ccf", "runs_per_window": 970, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.01919391183810837, "windows": 5, "cpu_pressure": 0.011207412872237178, "load_average": 2.27294921875, "rejected_windows": 0, "window_energies_j": [0.00017797937680382242, 0.000173678979169583, 0.00017962205685437946, 0.0001746275902324004, 0.00017912282241022974]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.5741034875001105, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0418526559988095, "paired": {"figures": {"energy": 0.0001838746648432852, "latency": 0.04863456114741851}, "with_trials": [4], "rounds": 5, "ratio_spread": 0.14566812240370108}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8448333333333333, "test_accuracy": 0.8448, "val_curve": [0.7298333333333333, 0.7873333333333333, 0.798, 0.8263333333333334, 0.8448333333333333, 0.8446666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.16048663299989, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 159.6713584771573, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 159.6713584771573}, "train_energy_net_j": 159.6713584771573, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c16_hs-ir_r3_k5_s2_e3_c32_se_hs-ir_r1_k5_s2_e6_c32_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 52058, "inference_params": 50994, "macs": 1778480, "static_costs": {"params": 52058.0, "macs": 1778480.0, "peak_memory": 50176.0, "energy": 0.00041502443483075956, "latency": 0.1070969992724713}, "dataflow": {"joules": 0.000123025608, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1070969992724713, "latency_ms_p90": 0.12250399959157221, "latency_ms_iqr": 0.00877799993759254, "cpu_ms_per_call": 0.11944285897435783, "energy_j": 0.00041502443483075956, "energy_cv": 0.010217635908888837, "energy_source": "model:cpu-ccf", "runs_per_window": 416, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.007290104691610733, "windows": 5, "cpu_pressure": 0.0003954525018600894, "load_average": 2.09912109375, "rejected_windows": 0, "window_energies_j": [0.0004213912584068916, 0.00041805000641025237, 0.00040938682241813633, 0.0004199501895673732, 0.00041502443483075956]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8701492095000276, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.146367060000557, "paired": {"figures": {"energy": 0.0003754737900626217, "latency": 0.10148540858007184}, "with_trials": [9], "rounds": 5, "ratio_spread": 0.07907775161591335}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.875, "test_accuracy": 0.8674, "val_curve": [0.7636666666666667, 0.8246666666666667, 0.8325, 0.85, 0.8728333333333333, 0.875], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 48.11873209100122, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 330.09691604939974, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 330.09691604939974}, "train_energy_net_j": 330.09691604939974, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c32-ir_r1_k3_s2_e6_c24_hs-ir_r2_k7_s2_e1_c56-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 32362, "inference_params": 31570, "macs": 2047296, "static_costs": {"params": 32362.0, "macs": 2047296.0, "peak_memory": 188160.0, "energy": 0.0002908129360527477, "latency": 0.07837900102458661}, "dataflow": {"joules": 0.0001148501616, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07837900102458661, "latency_ms_p90": 0.08662760010338388, "latency_ms_iqr": 0.006659999598923605, "cpu_ms_per_call": 0.08475649525626482, "energy_j": 0.0002908129360527477, "energy_cv": 0.017927759872609264, "energy_source": "model:cpu-ccf", "runs_per_window": 561, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.020063747587627523, "windows": 5, "cpu_pressure": 0.017849010018851426, "load_average": 1.96142578125, "rejected_windows": 0, "window_energies_j": [0.000303930385918085, 0.00029005585926391333, 0.0002966477333969269, 0.0002908129360527477, 0.0002999925324675073]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2869075344999032, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.37921796099908534, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8625, "test_accuracy": 0.8567, "val_curve": [0.7635, 0.8006666666666666, 0.8283333333333334, 0.8508333333333333, 0.8578333333333333, 0.8625], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 49.89798290200088, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 341.4495319245621, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 341.4495319245621}, "train_energy_net_j": 341.4495319245621, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e1_c24-ir_r2_k3_s2_e6_c16_hs-ir_r3_k7_s2_e1_c48_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 31818, "inference_params": 30882, "macs": 1448624, "static_costs": {"params": 31818.0, "macs": 1448624.0, "peak_memory": 141120.0, "energy": 0.0003134786179668709, "latency": 0.08209800034819636}, "dataflow": {"joules": 0.00010431707040000001, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08209800034819636, "latency_ms_p90": 0.09022030080814147, "latency_ms_iqr": 0.007160000222938834, "cpu_ms_per_call": 0.09189284587299788, "energy_j": 0.0003134786179668709, "energy_cv": 0.02268857053726633, "energy_source": "model:cpu-ccf", "runs_per_window": 545, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.025986916241549363, "windows": 5, "cpu_pressure": 0.010626161837660249, "load_average": 1.98486328125, "rejected_windows": 0, "window_energies_j": [0.0003134786179668709, 0.0003085892342074147, 0.00032679099795076145, 0.0003216249605554926, 0.0003265465289257839]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.5010579779998918, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4433591950000846, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8553333333333333, "test_accuracy": 0.8511, "val_curve": [0.7468333333333333, 0.7995, 0.809, 0.8396666666666667, 0.854, 0.8553333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 52.04516218400022, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 355.140654385839, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 355.140654385839}, "train_energy_net_j": 355.140654385839, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c8-ir_r1_k7_s2_e1_c32_hs-ir_r2_k3_s2_e1_c56-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 16698, "inference_params": 16290, "macs": 446216, "static_costs": {"params": 16698.0, "macs": 446216.0, "peak_memory": 25088.0, "energy": 0.00014313316681876744, "latency": 0.036203999115969054}, "dataflow": {"joules": 3.14715936e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.036203999115969054, "latency_ms_p90": 0.04345799970906228, "latency_ms_iqr": 0.00821424919195124, "cpu_ms_per_call": 0.041187911908204276, "energy_j": 0.00014313316681876744, "energy_cv": 0.024880561137909468, "energy_source": "model:cpu-ccf", "runs_per_window": 1183, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.007157843864691094, "windows": 5, "cpu_pressure": 0.0459013736326523, "load_average": 2.4130859375, "rejected_windows": 0, "window_energies_j": [0.00013706649843386724, 0.00014313316681876744, 0.00014415769167871496, 0.00014477144459363038, 0.0001479860887568776]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.6684638619998395, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0851301540005807, "paired": {"figures": {"energy": 0.00013344901907312283, "latency": 0.03507540623488363}, "with_trials": [15], "rounds": 5, "ratio_spread": 0.13605966875431674}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.838, "test_accuracy": 0.8318, "val_curve": [0.71, 0.786, 0.7848333333333334, 0.8191666666666667, 0.8323333333333334, 0.838], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.892402475999916, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 135.36595763860095, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 135.36595763860095}, "train_energy_net_j": 135.36595763860095, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/tpe-0/artifacts/tpe-0-2dff5575/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(21,21,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e1_c8-ir_r3_k3_s2_e6_c56-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 98370, "inference_params": 96578, "macs": 4861296, "static_costs": {"params": 98370.0, "macs": 4861296.0, "peak_memory": 142688.0}, "dataflow": {"joules": 0.0002156849616, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1497530001870473, "latency_ms_p90": 0.22526799875777215, "latency_ms_iqr": 0.009442500413570087, "cpu_ms_per_call": 0.16801961433456208, "energy_j": 0.0005791189799270982, "energy_cv": 0.03994711397168194, "energy_source": "model:cpu-ccf", "runs_per_window": 288, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.015453940475229633, "windows": 5, "cpu_pressure": 0.07438222268490903, "load_average": 2.294921875, "rejected_windows": 0, "window_energies_j": [0.0005996958090279176, 0.0006402733417713489, 0.0005733384304637893, 0.0005791189799270982, 0.0005880686501709673]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.5631859600001121, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.46948211599919887, "paired": null, "zero_cost": {}, "rejected": null, "training": null, "train_energy_j": 0.0, "train_energy_source": "", "train_energy_by_source": {}, "train_energy_net_j": null, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": null, "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(2,1,1,3.14505965893193469452e-04,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,8.31449997349409386515e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,7.75666666666666615448e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,3.43212154910040219153e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,9.43265004025306552648e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.37833333333333318826e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,3.18171363806920366908e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,8.33268704694434675372e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.6533333333333328774e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,3.59716835168486068381e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,9.61437266137155077672e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,8.5666666666666668739e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,2.53406771893187462638e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,6.50799157731068167453e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,0.721,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,4.25594169642654475242e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,1.14048499199270736426e-01,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.47666666666666679397e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,3.09510775322437256713e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,8.16390002000844106078e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.56333333333333279746e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,4.7064261021141743117e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,1.27288999465235974639e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,0.864,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,0.000274065019836047,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,7.23644904975779268418e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.73166666666666646534e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,3.15437933617146383687e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,8.50165994858629175956e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,0.8675,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,4.38082435000168763945e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,1.06220000816392712295e-01,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,0.8655,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,0.000376798739790668,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,1.00827999631292186677e-01,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,8.55833333333333334813e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,2.83076653658177117105e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,7.63480002206051722168e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,0.8485,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,2.78038288889269477252e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,0.0731290001567686,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,8.35666666666666668739e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,2.5347915223896148526e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,6.8659999669762328267e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.44833333333333325043e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,1.83874664843285210704e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,4.86345611474185077205e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,0.875,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,3.7547379006262169036e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,1.01485408580071836959e-01,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,0.8625,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,2.90812936052747676198e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,7.83790010245866142213e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.55333333333333278858e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,3.13478617966870881303e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,8.20980003481963649392e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,0.838,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,1.3344901907312283081e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,3.50754062348836298523e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 21:24:04.040372','2026-12-06 21:24:44.877138');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 21:24:48.966774','2026-12-06 21:25:49.844063');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 21:25:50.011046','2026-12-06 21:26:34.290857');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 21:26:34.613658','2026-12-06 21:27:19.595495');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 21:27:19.971379','2026-12-06 21:27:48.463050');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 21:27:48.778703','2026-12-06 21:28:05.546181');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 21:28:05.838439','2026-12-06 21:28:44.487632');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 21:28:44.706428','2026-12-06 21:29:47.651645');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 21:29:48.440573','2026-12-06 21:30:42.815156');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 21:30:43.207431','2026-12-06 21:31:25.752032');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 21:31:26.211343','2026-12-06 21:32:22.300448');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 21:32:22.622784','2026-12-06 21:33:27.573313');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 21:33:28.158591','2026-12-06 21:34:17.501187');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 21:34:17.735343','2026-12-06 21:34:50.509996');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 21:34:50.744041','2026-12-06 21:35:19.984178');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 21:35:20.216141','2026-12-06 21:35:45.279568');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 21:35:45.574564','2026-12-06 21:36:35.802337');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 21:36:36.593931','2026-12-06 21:37:27.445143');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 21:37:27.729181','2026-12-06 21:38:20.902998');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 21:38:21.272809','2026-12-06 21:38:43.224425');
INSERT INTO "trials" VALUES(21,20,1,'RUNNING','2026-12-06 21:38:43.550833',NULL);
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
