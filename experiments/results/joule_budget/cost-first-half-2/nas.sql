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
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','6a32ee0b6e491d6d34b522bb2e3373ed45c9e2a6',0);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','8260f50f174bd18ed3ce15b949d90fdcea8eb74a',1);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','8c06fed44b3b0e1c0bdf26542618ad170580ffe2',2);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','481fe375cffae127add4c977ab048a41c2e0e050',3);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','545de9d39d542406ee744ff039972e8f344397dd',4);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','ec4b6c7b3c92cdc9f396fea118ddc2c69d87d5ed',5);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','93d89132cba119b57f5828d8d142ab5a93331b77',6);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','8b48a84a4903463821a67bc940c5f50ab30c8dd5',7);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','59b6d7db6c8c156cf61f80fe743b4b6e587acaa3',8);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','c82a0f9e2411c4b5676048bd7aed54695cf4f82d',9);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','6ac920d6360952b58b2761a491e692e10cfa3c1d',10);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','39e3fb33cb5a778bedf491a2103383b1def5b13e',11);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','751fda4c5d9196bb82d3dbc2e66479d885e2b765',12);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','66b416136a14492bf67af0362aac51c9f66893ba',13);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','c133b7b9cdb989d8ccc9e5108f7658e8cccb5fb6',14);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','7c1b2c8fc2fe5001b442a94aea59d70a036ce70b',15);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','9a9d3711a6382f3dba3026a19a8a8cf14e77f0a1',16);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','b452fa072f8ca3259d0ba0bd7a6a4f4bcf358065',17);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','bc48aab0ff8e4b5694bfeb964f9bbc8fb87d0c68',18);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','2c7ea286f0c07b5f4b064be1325603de5a825c9c',19);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','fcf1dbd911fef55c7673534c390af9c2548331f4',20);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','c280193406555319cfcd63c820306f323948e318',21);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','a74f9a44b261f00a2bbee5ebedc4ae9a2f57b0ef',22);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','d52fe3bbe7cffd5ff367eb36774105e768e8c920',23);
INSERT INTO "nas_arch_claims" VALUES('9e96c2cb6fdd4d949c1441b327b26c8a','6e2edcf5cf625861f044c5fbdc5464edd586f50f',24);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'cost-first-half-2');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"cost-first-half-2\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 2}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"cost-first-half-2\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget/cost-first-half-2/nas.db\",\"sampler\":\"cost-first\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.5,\"seed\":2,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"5682.8J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget/cost-first-half-2/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"9e96c2cb6fdd4d949c1441b327b26c8a"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0004490690092320347, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.12327325043770543, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.0004490690092320347, \"latency\": 0.12327325043770543}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0018847457825080039, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.5033619997902861, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0018847457825080039, \"latency\": 0.5033619997902861}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [6.819047682224964e-05, 0.0018847457825080039], \"latency\": [0.018646999706106726, 0.5033619997902861]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','5682.8');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 20:34:18');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 20:34:29');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 20:34:54');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 20:36:07.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 20:36:09');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 20:36:15');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 20:36:28');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 20:37:05.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 20:37:33');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 20:37:54');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 20:38:05');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 20:38:15');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 20:38:18');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 20:38:43');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 20:39:03');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 20:39:31');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 20:39:50');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 20:40:14');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 20:41:04.000000');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 20:41:14');
INSERT INTO "trial_heartbeats" VALUES(21,21,'2026-12-06 20:41:35');
INSERT INTO "trial_heartbeats" VALUES(22,22,'2026-12-06 20:42:31.000000');
INSERT INTO "trial_heartbeats" VALUES(23,23,'2026-12-06 20:44:30.000000');
INSERT INTO "trial_heartbeats" VALUES(24,24,'2026-12-06 20:46:05.000000');
INSERT INTO "trial_heartbeats" VALUES(25,25,'2026-12-06 20:48:33.000000');
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
INSERT INTO "trial_params" VALUES(21,2,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(22,2,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(23,2,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(24,2,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(25,2,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(26,2,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(27,2,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(28,2,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(29,2,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(30,2,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(31,2,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(32,2,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(33,2,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(34,2,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(35,2,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(36,2,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(37,2,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(38,2,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(39,2,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(40,2,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(41,3,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(42,3,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(43,3,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(44,3,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(45,3,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(46,3,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(47,3,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(48,3,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(49,3,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(50,3,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(51,3,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(52,3,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(53,3,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(54,3,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(55,3,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(56,3,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(57,3,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(58,3,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(59,3,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(60,3,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(61,4,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(62,4,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(63,4,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(64,4,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(65,4,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(66,4,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(67,4,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(68,4,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(69,4,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(70,4,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(71,4,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(72,4,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(73,4,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(74,4,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(75,4,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(76,4,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(77,4,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(78,4,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(79,4,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(80,4,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(81,5,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(82,5,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(83,5,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(84,5,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(85,5,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(86,5,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(87,5,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(88,5,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(89,5,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(90,5,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(91,5,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(92,5,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(93,5,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(94,5,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(95,5,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(96,5,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(97,5,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(98,5,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(99,5,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(100,5,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(101,6,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(102,6,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(103,6,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(104,6,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(105,6,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(106,6,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(107,6,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(108,6,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(109,6,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(110,6,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(111,6,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(112,6,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(113,6,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(114,6,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(115,6,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(116,6,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(117,6,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(118,6,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(119,6,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(120,6,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(121,7,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(122,7,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(123,7,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(124,7,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(125,7,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(126,7,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(127,7,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(128,7,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(129,7,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(130,7,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(131,7,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(132,7,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(133,7,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(134,7,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(135,7,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(136,7,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(137,7,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(138,7,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(139,7,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(140,7,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(141,8,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(142,8,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(143,8,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(144,8,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(145,8,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(146,8,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(147,8,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(148,8,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(149,8,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(150,8,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(151,8,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(152,8,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(153,8,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(154,8,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(155,8,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(156,8,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(157,8,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(158,8,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(159,8,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(160,8,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(178,9,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(179,9,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(180,9,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(181,10,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(182,10,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(183,10,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(184,10,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(185,10,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(186,10,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(187,10,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(188,10,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(189,10,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(190,10,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(191,10,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(192,10,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(193,10,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(194,10,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(195,10,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(196,10,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(197,10,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(198,10,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(199,10,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(200,10,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(401,21,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(402,21,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(403,21,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(404,21,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(405,21,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(406,21,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(407,21,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(408,21,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(409,21,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(410,21,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(411,21,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(412,21,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(413,21,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(414,21,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(415,21,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(416,21,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(417,21,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(418,21,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(419,21,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(420,21,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(421,22,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(422,22,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(423,22,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(424,22,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(425,22,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(426,22,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(427,22,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(428,22,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(429,22,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(430,22,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(431,22,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(432,22,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(433,22,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(434,22,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(435,22,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(436,22,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(437,22,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(438,22,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(439,22,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(440,22,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(441,23,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(442,23,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(443,23,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(444,23,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(445,23,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(446,23,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(447,23,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(448,23,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(449,23,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(450,23,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(451,23,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(452,23,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(453,23,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(454,23,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(455,23,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(456,23,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(457,23,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(458,23,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(459,23,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(460,23,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(461,24,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(462,24,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(463,24,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(464,24,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(465,24,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(466,24,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(467,24,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(468,24,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(469,24,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(470,24,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(471,24,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(472,24,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(473,24,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(474,24,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(475,24,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(476,24,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(477,24,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(478,24,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(479,24,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(480,24,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(481,25,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(482,25,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(483,25,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(484,25,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(485,25,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(486,25,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(487,25,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(488,25,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(489,25,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(490,25,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(491,25,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(492,25,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(493,25,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(494,25,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(495,25,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(496,25,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(497,25,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(498,25,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(499,25,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 346, "inference_params": 322, "macs": 40848, "static_costs": {"params": 346.0, "macs": 40848.0, "peak_memory": 18816.0, "energy": 6.665430921553636e-05, "latency": 0.01813099970604526}, "dataflow": {"joules": 6.014500799999999e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.01813099970604526, "latency_ms_p90": 0.024936699628597125, "latency_ms_iqr": 0.009105250455831992, "cpu_ms_per_call": 0.01911131639255499, "energy_j": 6.665430921553636e-05, "energy_cv": 0.024357210110630426, "energy_source": "model:cpu-ccf", "runs_per_window": 2514, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0035301267266192315, "windows": 5, "cpu_pressure": 0.016846600603335687, "load_average": 1.90087890625, "rejected_windows": 0, "window_energies_j": [6.717606801909354e-05, 6.665430921553636e-05, 6.65025793939388e-05, 6.688960737394247e-05, 7.088380089820368e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0470918219999987, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.30699431099947105, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5215, "test_accuracy": 0.5282, "val_curve": [0.36466666666666664, 0.4675, 0.48883333333333334, 0.51, 0.5203333333333333, 0.5215], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.213646106999477, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 39.363578898479226, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 39.363578898479226}, "train_energy_net_j": 39.363578898479226, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c32_hs-ir_r1_k7_s2_e1_c48_se_hs-ir_r3_k3_s2_e1_c40_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 12802, "inference_params": 12386, "macs": 573232, "static_costs": {"params": 12802.0, "macs": 573232.0, "peak_memory": 43904.0, "energy": 0.00018268654436326228, "latency": 0.050545500016596634}, "dataflow": {"joules": 4.3542667200000005e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.050545500016596634, "latency_ms_p90": 0.05441960001917323, "latency_ms_iqr": 0.00462200023321202, "cpu_ms_per_call": 0.05240601943844753, "energy_j": 0.00018268654436326228, "energy_cv": 0.018135034458987176, "energy_source": "model:cpu-ccf", "runs_per_window": 948, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004020677460752298, "windows": 5, "cpu_pressure": 0.026966593740113287, "load_average": 1.8359375, "rejected_windows": 0, "window_energies_j": [0.00018471538713125285, 0.00018342106803456636, 0.00018268654436326228, 0.00018780144971750895, 0.00017759259482937092]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.322444387499994, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9617513089997374, "paired": {"figures": {"energy": 0.00018986046074304455, "latency": 0.052715172835959015}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.03852191625546575}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8541666666666666, "test_accuracy": 0.8544, "val_curve": [0.7736666666666666, 0.7871666666666667, 0.8231666666666667, 0.8355, 0.8503333333333334, 0.8541666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.052262264999626, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 157.8192620533996, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 157.8192620533996}, "train_energy_net_j": 157.8192620533996, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c8-ir_r1_k3_s2_e1_c16_se-ir_r1_k3_s2_e3_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 5794, "inference_params": 5546, "macs": 179656, "static_costs": {"params": 5794.0, "macs": 179656.0, "peak_memory": 25088.0, "energy": 0.00010696557952411407, "latency": 0.028837999707320705}, "dataflow": {"joules": 2.19514176e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.028837999707320705, "latency_ms_p90": 0.03492879986879416, "latency_ms_iqr": 0.005862500074726995, "cpu_ms_per_call": 0.03129190607388952, "energy_j": 0.00010696557952411407, "energy_cv": 0.01856001385548139, "energy_source": "model:cpu-ccf", "runs_per_window": 1597, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.02389639495126561, "windows": 5, "cpu_pressure": 0.0009493608171050109, "load_average": 1.892578125, "rejected_windows": 0, "window_energies_j": [0.00010952167125861332, 0.00011210873772696759, 0.00010661139403061777, 0.00010982807147651928, 0.00010696557952411407]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.4096928749999975, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2818295009992653, "paired": {"figures": {"energy": 0.00010437416669452641, "latency": 0.02883506592580512}, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.14845745923662212}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.813, "test_accuracy": 0.814, "val_curve": [0.6686666666666666, 0.7611666666666667, 0.7711666666666667, 0.8006666666666666, 0.806, 0.813], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.472427017999507, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 71.94377533128018, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 71.94377533128018}, "train_energy_net_j": 71.94377533128018, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k5_s1_e3_c24-ir_r3_k5_s2_e1_c40_se_hs-ir_r2_k5_s2_e3_c24_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 40842, "inference_params": 39754, "macs": 2467912, "static_costs": {"params": 40842.0, "macs": 2467912.0, "peak_memory": 131712.0, "energy": 0.00048057739589038936, "latency": 0.12579700069181854}, "dataflow": {"joules": 0.0001451717952, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.12579700069181854, "latency_ms_p90": 0.15633420043741353, "latency_ms_iqr": 0.0081409998529125, "cpu_ms_per_call": 0.13990789367815423, "energy_j": 0.00048057739589038936, "energy_cv": 0.019050864187194934, "energy_source": "model:cpu-ccf", "runs_per_window": 348, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.01893603831759516, "windows": 5, "cpu_pressure": 0.02431139922268133, "load_average": 1.904296875, "rejected_windows": 0, "window_energies_j": [0.0004896776278735398, 0.0004989052378049065, 0.0004718002075502947, 0.0004902719134328491, 0.00048057739589038936]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.939513795, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1437080840005365, "paired": {"figures": {"energy": 0.00046408137468369236, "latency": 0.12651698578046122}, "with_trials": [1], "rounds": 5, "ratio_spread": 0.049075390402692154}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8691666666666666, "test_accuracy": 0.8696, "val_curve": [0.6728333333333333, 0.8281666666666667, 0.826, 0.8513333333333334, 0.8633333333333333, 0.8691666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 60.02112353299981, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 411.35132864348, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 411.35132864348}, "train_energy_net_j": 411.35132864348, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c16_se", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 1394, "inference_params": 1330, "macs": 132256, "static_costs": {"params": 1394.0, "macs": 132256.0, "peak_memory": 37632.0, "energy": 0.00012720121984010146, "latency": 0.035027999729209114}, "dataflow": {"joules": 1.63201776e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.035027999729209114, "latency_ms_p90": 0.042036000195366796, "latency_ms_iqr": 0.007883999387559015, "cpu_ms_per_call": 0.036652983882439524, "energy_j": 0.00012720121984010146, "energy_cv": 0.02937154266872979, "energy_source": "model:cpu-ccf", "runs_per_window": 1352, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00852368986555141, "windows": 5, "cpu_pressure": 0.0029738017050568535, "load_average": 1.96728515625, "rejected_windows": 0, "window_energies_j": [0.000133408961128142, 0.00013502683492825162, 0.0001282854435885383, 0.00012497708099113735, 0.00012720121984010146]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1965497040000415, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3475210980004704, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5943333333333334, "test_accuracy": 0.596, "val_curve": [0.4045, 0.5943333333333334], "epochs_run": 2, "stop_reason": "pareto: validation 0.594 after epoch 2 cannot pass 0.813 of trial 2, which costs no more (bound 0.681: finished curves gained at most 0.067 later, margin 0.02)", "train_seconds": 4.555409335999684, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 31.31693108008058, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 31.31693108008058}, "train_energy_net_j": 31.31693108008058, "train_device_share": 1.0, "pareto_saved_energy_j": 62.63386216016116, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c24-ir_r1_k7_s2_e6_c16-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 15642, "inference_params": 15234, "macs": 1252688, "static_costs": {"params": 15642.0, "macs": 1252688.0, "peak_memory": 141120.0, "energy": 0.0002457906121994717, "latency": 0.06575099996553035}, "dataflow": {"joules": 7.533576479999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06575099996553035, "latency_ms_p90": 0.07423349961754866, "latency_ms_iqr": 0.004869250460615149, "cpu_ms_per_call": 0.07073147916666556, "energy_j": 0.0002457906121994717, "energy_cv": 0.010132603982293433, "energy_source": "model:cpu-ccf", "runs_per_window": 683, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00719948116822966, "windows": 5, "cpu_pressure": 0.1475196309404928, "load_average": 1.97021484375, "rejected_windows": 0, "window_energies_j": [0.0002475601770833294, 0.0002516561074496081, 0.00024985544594596, 0.0002457906121994717, 0.00024488742606149186]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.132889530500016, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3349716669999907, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7475, "test_accuracy": 0.744, "val_curve": [0.7145, 0.7475], "epochs_run": 2, "stop_reason": "pareto: validation 0.748 after epoch 2 cannot pass 0.854 of trial 1, which costs no more (bound 0.835: finished curves gained at most 0.067 later, margin 0.02)", "train_seconds": 12.394163237999237, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 85.25450419527999, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 85.25450419527999}, "train_energy_net_j": 85.25450419527999, "train_device_share": 1.0, "pareto_saved_energy_j": 170.50900839055998, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e1_c24_hs-ir_r1_k7_s2_e1_c24-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 6882, "inference_params": 6666, "macs": 303512, "static_costs": {"params": 6882.0, "macs": 303512.0, "peak_memory": 29792.0, "energy": 0.00011649852561471182, "latency": 0.03248650045861723}, "dataflow": {"joules": 2.36547552e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03248650045861723, "latency_ms_p90": 0.03813699913735036, "latency_ms_iqr": 0.005806999979540706, "cpu_ms_per_call": 0.03337186582108976, "energy_j": 0.00011649852561471182, "energy_cv": 0.01709332229509446, "energy_source": "model:cpu-ccf", "runs_per_window": 1489, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0026009321362954196, "windows": 5, "cpu_pressure": 0.004440428014280369, "load_average": 1.9775390625, "rejected_windows": 0, "window_energies_j": [0.00011276168834550982, 0.00011649852561471182, 0.00011756833310811193, 0.00011864832926832838, 0.00011680153037381416]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1073534289999571, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3207266499994148, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7121666666666666, "test_accuracy": 0.7195, "val_curve": [0.6381666666666667, 0.7121666666666666], "epochs_run": 2, "stop_reason": "pareto: validation 0.712 after epoch 2 cannot pass 0.813 of trial 2, which costs no more (bound 0.799: finished curves gained at most 0.067 later, margin 0.02)", "train_seconds": 5.707534641000166, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 39.35677812744059, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 39.35677812744059}, "train_energy_net_j": 39.35677812744059, "train_device_share": 1.0, "pareto_saved_energy_j": 78.71355625488118, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e6_c32_se-ir_r1_k5_s2_e3_c40_se_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 65514, "inference_params": 64498, "macs": 5035552, "static_costs": {"params": 65514.0, "macs": 5035552.0, "peak_memory": 326144.0, "energy": 0.0007741817599079123, "latency": 0.20493800002441276}, "dataflow": {"joules": 0.0002706601392, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.20493800002441276, "latency_ms_p90": 0.2679905996956222, "latency_ms_iqr": 0.012435749567885068, "cpu_ms_per_call": 0.22179330836972302, "energy_j": 0.0007741817599079123, "energy_cv": 0.012147890213854767, "energy_source": "model:cpu-ccf", "runs_per_window": 225, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002705849575127539, "windows": 5, "cpu_pressure": 0.0002573439683423419, "load_average": 1.9794921875, "rejected_windows": 0, "window_energies_j": [0.0007741817599079123, 0.0007732519708516666, 0.0007781773533335783, 0.0007987770981309714, 0.0007762765792940306]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.40117179300006, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.40499698000076023, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8063333333333333, "test_accuracy": 0.7979, "val_curve": [0.7093333333333334, 0.7841666666666667, 0.8063333333333333], "epochs_run": 3, "stop_reason": "pareto: validation 0.806 after epoch 3 cannot pass 0.869 of trial 3, which costs no more (bound 0.868: finished curves gained at most 0.042 later, margin 0.02)", "train_seconds": 57.483817029999955, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 394.70089349335944, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 394.70089349335944}, "train_energy_net_j": 394.70089349335944, "train_device_share": 1.0, "pareto_saved_energy_j": 394.70089349335944, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e1_c8_se_hs-ir_r1_k3_s2_e1_c48_se-ir_r3_k3_s2_e3_c32_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 29810, "inference_params": 28962, "macs": 721096, "static_costs": {"params": 29810.0, "macs": 721096.0, "peak_memory": 37632.0, "energy": 0.00023410173930508738, "latency": 0.06350599960569525}, "dataflow": {"joules": 5.42224416e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06350599960569525, "latency_ms_p90": 0.07170200024120277, "latency_ms_iqr": 0.004913000339001883, "cpu_ms_per_call": 0.06770907757403843, "energy_j": 0.00023410173930508738, "energy_cv": 0.028129488611894654, "energy_source": "model:cpu-ccf", "runs_per_window": 721, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.012302481017852696, "windows": 5, "cpu_pressure": 0.004995813269594396, "load_average": 2.21044921875, "rejected_windows": 0, "window_energies_j": [0.0002452108970587955, 0.0002369817715091345, 0.00023410173930508738, 0.00022634798803185867, 0.00024275499029420295]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.3853253014999465, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4001369210000121, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8486666666666667, "test_accuracy": 0.8447, "val_curve": [0.7361666666666666, 0.8016666666666666, 0.792, 0.8213333333333334, 0.8421666666666666, 0.8486666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.885272041000462, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 135.89682944056082, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 135.89682944056082}, "train_energy_net_j": 135.89682944056082, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k5_s1_e1_c32_hs-ir_r2_k3_s2_e1_c24_se-ir_r3_k3_s2_e3_c48_se_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 69458, "inference_params": 68426, "macs": 959576, "static_costs": {"params": 69458.0, "macs": 959576.0, "peak_memory": 37632.0, "energy": 0.00031713726851860557, "latency": 0.08589649996793014}, "dataflow": {"joules": 9.362784959999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08589649996793014, "latency_ms_p90": 0.09508550019745599, "latency_ms_iqr": 0.007925749059722875, "cpu_ms_per_call": 0.09121694227185129, "energy_j": 0.00031713726851860557, "energy_cv": 0.010835214142425297, "energy_source": "model:cpu-ccf", "runs_per_window": 541, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006691201708289407, "windows": 5, "cpu_pressure": 0.010558633433526426, "load_average": 2.14990234375, "rejected_windows": 0, "window_energies_j": [0.00031368771326161204, 0.00031713726851860557, 0.0003205925128242644, 0.0003192592979514795, 0.00032404339833752165]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.5091240815000617, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4358553620004386, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.747, "test_accuracy": 0.7438, "val_curve": [0.747, 0.7046666666666667], "epochs_run": 2, "stop_reason": "pareto: validation 0.747 after epoch 2 cannot pass 0.854 of trial 1, which costs no more (bound 0.834: finished curves gained at most 0.067 later, margin 0.02)", "train_seconds": 9.211872780999329, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 63.49697981639983, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 63.49697981639983}, "train_energy_net_j": 63.49697981639983, "train_device_share": 1.0, "pareto_saved_energy_j": 126.99395963279966, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8-ir_r1_k3_s2_e1_c16-ir_r1_k3_s2_e1_c24-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 3426, "inference_params": 3274, "macs": 84232, "static_costs": {"params": 3426.0, "macs": 84232.0, "peak_memory": 18816.0, "energy": 8.621032324006583e-05, "latency": 0.02422800025669858}, "dataflow": {"joules": 1.2214867199999998e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02422800025669858, "latency_ms_p90": 0.031060199944477063, "latency_ms_iqr": 0.010192999980063178, "cpu_ms_per_call": 0.02521778258426366, "energy_j": 8.621032324006583e-05, "energy_cv": 0.02433708614122811, "energy_source": "model:cpu-ccf", "runs_per_window": 1931, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.023801277245453445, "windows": 5, "cpu_pressure": 0.1793523600629189, "load_average": 2.12646484375, "rejected_windows": 0, "window_energies_j": [8.82622390449228e-05, 8.480858009950559e-05, 8.621032324006583e-05, 8.954060417755831e-05, 9.06650494564979e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.133480732499876, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1995518450003146, "paired": {"figures": {"energy": 8.979364591631886e-05, "latency": 0.02523971583392557}, "with_trials": [0, 2], "rounds": 5, "ratio_spread": 0.10705033439375322}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.769, "test_accuracy": 0.7637, "val_curve": [0.5663333333333334, 0.684, 0.7316666666666667, 0.7595, 0.7675, 0.769], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.618137618999754, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 59.230513533799936, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 59.230513533799936}, "train_energy_net_j": 59.230513533799936, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 490, "inference_params": 466, "macs": 40976, "static_costs": {"params": 490.0, "macs": 40976.0, "peak_memory": 18816.0, "energy": 7.778170190949714e-05, "latency": 0.02145649978047004}, "dataflow": {"joules": 6.1294896e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02145649978047004, "latency_ms_p90": 0.02853699970728485, "latency_ms_iqr": 0.010008500339608872, "cpu_ms_per_call": 0.022292048574019643, "energy_j": 7.778170190949714e-05, "energy_cv": 0.024429775528299294, "energy_source": "model:cpu-ccf", "runs_per_window": 2240, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0030915767290793372, "windows": 5, "cpu_pressure": 0.0012129929279971873, "load_average": 2.1064453125, "rejected_windows": 0, "window_energies_j": [7.778170190949714e-05, 8.0769179439244e-05, 7.802217000906873e-05, 7.687820624999731e-05, 8.193557403937733e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0607747955000093, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.30518387499978417, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.38816666666666666, "test_accuracy": 0.3907, "val_curve": [0.3401666666666667, 0.38816666666666666], "epochs_run": 2, "stop_reason": "pareto: validation 0.388 after epoch 2 cannot pass 0.521 of trial 0, which costs no more (bound 0.493: finished curves gained at most 0.085 later, margin 0.02)", "train_seconds": 1.8296634680000352, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 12.554844194319058, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 12.554844194319058}, "train_energy_net_j": 12.554844194319058, "train_device_share": 1.0, "pareto_saved_energy_j": 25.109688388638116, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k5_s1_e1_c8-ir_r3_k3_s2_e1_c16_se-ir_r2_k5_s2_e3_c24_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 16498, "inference_params": 15938, "macs": 442888, "static_costs": {"params": 16498.0, "macs": 442888.0, "peak_memory": 25088.0, "energy": 0.00024214149723279706, "latency": 0.06438550008169841}, "dataflow": {"joules": 4.2334684799999995e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06438550008169841, "latency_ms_p90": 0.07445679984812159, "latency_ms_iqr": 0.005438000698632095, "cpu_ms_per_call": 0.06978056978414643, "energy_j": 0.00024214149723279706, "energy_cv": 0.015408335433015228, "energy_source": "model:cpu-ccf", "runs_per_window": 699, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.008633369478613595, "windows": 5, "cpu_pressure": 0.005669671453312577, "load_average": 2.09765625, "rejected_windows": 0, "window_energies_j": [0.00025048380901623716, 0.0002476258498563006, 0.00024214149723279706, 0.0002442319942445125, 0.00023994775479653453]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.5639030679999593, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.44988877899959334, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8476666666666667, "test_accuracy": 0.8456, "val_curve": [0.7158333333333333, 0.769, 0.8193333333333334, 0.8335, 0.8378333333333333, 0.8476666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.92177971199999, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 163.96152985040038, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 163.96152985040038}, "train_energy_net_j": 163.96152985040038, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c24-ir_r2_k3_s2_e1_c16_se-ir_r3_k3_s2_e3_c24_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 14346, "inference_params": 13762, "macs": 375896, "static_costs": {"params": 14346.0, "macs": 375896.0, "peak_memory": 31360.0, "energy": 0.000187785568403918, "latency": 0.052851499731332297}, "dataflow": {"joules": 4.14285216e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.052851499731332297, "latency_ms_p90": 0.057543999901099596, "latency_ms_iqr": 0.00536700008524349, "cpu_ms_per_call": 0.054188686890887953, "energy_j": 0.000187785568403918, "energy_cv": 0.010040460178198533, "energy_source": "model:cpu-ccf", "runs_per_window": 921, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00998391798754783, "windows": 5, "cpu_pressure": 0.005645841133753678, "load_average": 2.06298828125, "rejected_windows": 0, "window_energies_j": [0.000187785568403918, 0.0001896604041181078, 0.00019200840371601734, 0.00019012475407236606, 0.00018653623951435987]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.658358970999956, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3481539710001016, "paired": {"figures": {"energy": 0.00017677667556843303, "latency": 0.04961549624059941}, "with_trials": [2, 1], "rounds": 5, "ratio_spread": 0.08408797458359585}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8433333333333334, "test_accuracy": 0.8419, "val_curve": [0.702, 0.8003333333333333, 0.8046666666666666, 0.8346666666666667, 0.841, 0.8433333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.019227403000514, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 123.91618941391911, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 123.91618941391911}, "train_energy_net_j": 123.91618941391911, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k5_s1_e1_c8-ir_r3_k5_s2_e1_c16_se-ir_r2_k5_s2_e3_c24_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 17138, "inference_params": 16578, "macs": 474248, "static_costs": {"params": 17138.0, "macs": 474248.0, "peak_memory": 25088.0, "energy": 0.00024452839090882835, "latency": 0.06582199966942426}, "dataflow": {"joules": 4.28949408e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06582199966942426, "latency_ms_p90": 0.07486979993700515, "latency_ms_iqr": 0.007159500000852859, "cpu_ms_per_call": 0.07001308333332779, "energy_j": 0.00024452839090882835, "energy_cv": 0.02085671619477414, "energy_source": "model:cpu-ccf", "runs_per_window": 696, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0021159128226209134, "windows": 5, "cpu_pressure": 0.023365274988154605, "load_average": 1.96435546875, "rejected_windows": 0, "window_energies_j": [0.00024452839090882835, 0.00024606735899297916, 0.00023428912499960408, 0.0002450457916666472, 0.0002494304402018878]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.5355756744998814, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.44648023300032946, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8505, "test_accuracy": 0.8488, "val_curve": [0.739, 0.7851666666666667, 0.8241666666666667, 0.8323333333333334, 0.8396666666666667, 0.8505], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 25.597648075000507, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 175.95694469464019, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 175.95694469464019}, "train_energy_net_j": 175.95694469464019, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e1_c8-ir_r3_k3_s2_e1_c16-ir_r2_k5_s2_e3_c32_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 17506, "inference_params": 16962, "macs": 432232, "static_costs": {"params": 17506.0, "macs": 432232.0, "peak_memory": 25088.0, "energy": 0.00014762406521744316, "latency": 0.04005150049124495}, "dataflow": {"joules": 3.94152672e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04005150049124495, "latency_ms_p90": 0.046032499994907994, "latency_ms_iqr": 0.006943750577192986, "cpu_ms_per_call": 0.042382794915391646, "energy_j": 0.00014762406521744316, "energy_cv": 0.01874679325630775, "energy_source": "model:cpu-ccf", "runs_per_window": 1176, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004848240599345077, "windows": 5, "cpu_pressure": 0.00019962059710182267, "load_average": 2.033203125, "rejected_windows": 0, "window_energies_j": [0.0001445422485551985, 0.00015320600903352208, 0.00014890219047661697, 0.00014762406521744316, 0.00014833978220387073]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.592736385999842, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3301351019990761, "paired": {"figures": {"energy": 0.00013711648835882441, "latency": 0.03797595828913891}, "with_trials": [2, 13], "rounds": 5, "ratio_spread": 0.09365291775173623}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.846, "test_accuracy": 0.8401, "val_curve": [0.6755, 0.768, 0.8156666666666667, 0.839, 0.843, 0.846], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.95402882899998, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 115.98000647971924, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 115.98000647971924}, "train_energy_net_j": 115.98000647971924, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k5_s1_e1_c8-ir_r3_k3_s2_e1_c16_se-ir_r2_k5_s2_e3_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 14194, "inference_params": 13698, "macs": 417672, "static_costs": {"params": 14194.0, "macs": 417672.0, "peak_memory": 25088.0, "energy": 0.0002368120613792551, "latency": 0.06438599939428968}, "dataflow": {"joules": 4.00554912e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06438599939428968, "latency_ms_p90": 0.07281540028998279, "latency_ms_iqr": 0.004497250301938038, "cpu_ms_per_call": 0.06803606784296111, "energy_j": 0.0002368120613792551, "energy_cv": 0.008556815919231863, "energy_source": "model:cpu-ccf", "runs_per_window": 725, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005549447369592064, "windows": 5, "cpu_pressure": 0.0004785924977481964, "load_average": 2.02294921875, "rejected_windows": 0, "window_energies_j": [0.0002368120613792551, 0.00023812623745036389, 0.00023856100764933395, 0.00023649971390003464, 0.00024221976207382636]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4961725380001383, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4357816740002818, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8411666666666666, "test_accuracy": 0.8388, "val_curve": [0.7025, 0.78, 0.7993333333333333, 0.8331666666666667, 0.8368333333333333, 0.8411666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.060452482000073, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 158.61257602452008, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 158.61257602452008}, "train_energy_net_j": 158.61257602452008, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c8_se-ir_r2_k3_s2_e1_c16-ir_r3_k3_s2_e3_c32_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 22218, "inference_params": 21482, "macs": 437976, "static_costs": {"params": 22218.0, "macs": 437976.0, "peak_memory": 25088.0, "energy": 0.0001795326363158342, "latency": 0.05046099977334961}, "dataflow": {"joules": 4.50316896e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05046099977334961, "latency_ms_p90": 0.05479239989654161, "latency_ms_iqr": 0.00637500033917604, "cpu_ms_per_call": 0.05185465388563389, "energy_j": 0.0001795326363158342, "energy_cv": 0.010710240639468002, "energy_source": "model:cpu-ccf", "runs_per_window": 957, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.010909728303876376, "windows": 5, "cpu_pressure": 0.0191117779354278, "load_average": 2.1689453125, "rejected_windows": 0, "window_energies_j": [0.00018291329153826848, 0.0001839030553763758, 0.00018149128859971863, 0.0001795326363158342, 0.00017878565608743085]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.674964378000055, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3566377580000335, "paired": {"figures": {"energy": 0.00016793975153510653, "latency": 0.04726258213462184}, "with_trials": [15, 1], "rounds": 5, "ratio_spread": 0.14409617662917218}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8508333333333333, "test_accuracy": 0.8438, "val_curve": [0.7256666666666667, 0.805, 0.8283333333333334, 0.8385, 0.8433333333333334, 0.8508333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 17.647841547000098, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 121.1654552244398, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 121.1654552244398}, "train_energy_net_j": 121.1654552244398, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e3_c8_se-ir_r3_k3_s2_e1_c16_se-ir_r3_k3_s2_e3_c32_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 27306, "inference_params": 26402, "macs": 834632, "static_costs": {"params": 27306.0, "macs": 834632.0, "peak_memory": 75264.0, "energy": 0.0003718198582089032, "latency": 0.1004289997581509}, "dataflow": {"joules": 8.69223072e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1004289997581509, "latency_ms_p90": 0.10911959998338716, "latency_ms_iqr": 0.0064719997681095265, "cpu_ms_per_call": 0.1067725294118029, "energy_j": 0.0003718198582089032, "energy_cv": 0.010496616895531705, "energy_source": "model:cpu-ccf", "runs_per_window": 461, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005066955652886174, "windows": 5, "cpu_pressure": 0.005843585231068271, "load_average": 2.1943359375, "rejected_windows": 0, "window_energies_j": [0.0003716438709326249, 0.0003761606598737972, 0.00037370385294131016, 0.0003718198582089032, 0.0003822934374997366]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.7209756374999756, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.49710542499997246, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8503333333333334, "test_accuracy": 0.851, "val_curve": [0.5341666666666667, 0.771, 0.7963333333333333, 0.831, 0.8396666666666667, 0.8503333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 38.72375922699939, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 265.66672348524105, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 265.66672348524105}, "train_energy_net_j": 265.66672348524105, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k5_s1_e1_c8_hs-ir_r3_k3_s2_e1_c16-ir_r3_k3_s2_e3_c32_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 20162, "inference_params": 19458, "macs": 474408, "static_costs": {"params": 20162.0, "macs": 474408.0, "peak_memory": 25088.0, "energy": 0.0001622768058403008, "latency": 0.046069000291026896}, "dataflow": {"joules": 4.487167679999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.046069000291026896, "latency_ms_p90": 0.05090119975648122, "latency_ms_iqr": 0.006450000000768341, "cpu_ms_per_call": 0.04679216370488568, "energy_j": 0.0001622768058403008, "energy_cv": 0.018965618139339592, "energy_source": "model:cpu-ccf", "runs_per_window": 1060, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00921738087617463, "windows": 5, "cpu_pressure": 0.00043464221754541566, "load_average": 2.1669921875, "rejected_windows": 0, "window_energies_j": [0.0001637725729670999, 0.0001683534060636251, 0.0001622768058403008, 0.0001601124033018503, 0.00016751401480245062]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.444895014500105, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.41755727700001444, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8446666666666667, "test_accuracy": 0.8331, "val_curve": [0.7293333333333333, 0.747, 0.8158333333333333, 0.8356666666666667, 0.8375, 0.8446666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.874427203999403, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 136.3705541256397, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 136.3705541256397}, "train_energy_net_j": 136.3705541256397, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(21,21,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e1_c8_hs-ir_r3_k3_s2_e1_c16-ir_r3_k5_s2_e3_c24", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 17018, "inference_params": 16418, "macs": 476152, "static_costs": {"params": 17018.0, "macs": 476152.0, "peak_memory": 25088.0, "energy": 0.00020142665439431908, "latency": 0.0548250000065309}, "dataflow": {"joules": 4.45624992e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0548250000065309, "latency_ms_p90": 0.060305200258881086, "latency_ms_iqr": 0.00395774986827746, "cpu_ms_per_call": 0.058059954761869814, "energy_j": 0.00020142665439431908, "energy_cv": 0.027697691187936056, "energy_source": "model:cpu-ccf", "runs_per_window": 842, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00885278702358061, "windows": 5, "cpu_pressure": 0.0005971088229620643, "load_average": 2.1181640625, "rejected_windows": 0, "window_energies_j": [0.00020336101219501455, 0.00020320984166654436, 0.0002132989695480488, 0.00020142665439431908, 0.00019586166778480112]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.523734397500192, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.44145716299954074, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8476666666666667, "test_accuracy": 0.8418, "val_curve": [0.7463333333333333, 0.8103333333333333, 0.8211666666666667, 0.8255, 0.8476666666666667, 0.8455], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 24.33576808699945, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 166.60446888471924, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 166.60446888471924}, "train_energy_net_j": 166.60446888471924, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00020.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(22,22,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e6_c16-ir_r2_k5_s2_e6_c48_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 97426, "inference_params": 96378, "macs": 2873824, "static_costs": {"params": 97426.0, "macs": 2873824.0, "peak_memory": 122304.0, "energy": 0.00047126833469910995, "latency": 0.12692850032181013}, "dataflow": {"joules": 0.0001830437904, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.12692850032181013, "latency_ms_p90": 0.13810799919156125, "latency_ms_iqr": 0.007470499440387357, "cpu_ms_per_call": 0.1351562567566435, "energy_j": 0.00047126833469910995, "energy_cv": 0.01722162854170731, "energy_source": "model:cpu-ccf", "runs_per_window": 360, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0037739941731453897, "windows": 5, "cpu_pressure": 0.0004981305062498245, "load_average": 2.2802734375, "rejected_windows": 0, "window_energies_j": [0.0004730468986482523, 0.00047126833469910995, 0.00048712478888748796, 0.00046983774225338145, 0.0004889157527931592]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8423685265001097, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1151250479997543, "paired": {"figures": {"energy": 0.00043455220111256654, "latency": 0.11709844855131675}, "with_trials": [3], "rounds": 5, "ratio_spread": 0.03189596805544026}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8726666666666667, "test_accuracy": 0.8695, "val_curve": [0.6548333333333334, 0.7633333333333333, 0.8473333333333334, 0.8585, 0.8673333333333333, 0.8726666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 56.63541667299978, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 388.4076986037997, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 388.4076986037997}, "train_energy_net_j": 388.4076986037997, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00021.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(23,23,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k7_s1_e6_c24-ir_r1_k7_s2_e3_c40_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 37530, "inference_params": 36778, "macs": 4422184, "static_costs": {"params": 37530.0, "macs": 4422184.0, "peak_memory": 244608.0, "energy": 0.00060987926678448, "latency": 0.1637010000195005}, "dataflow": {"joules": 0.0001866406464, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1637010000195005, "latency_ms_p90": 0.21208460038906196, "latency_ms_iqr": 0.0070780006353743374, "cpu_ms_per_call": 0.17888537218042053, "energy_j": 0.00060987926678448, "energy_cv": 0.020806077785357424, "energy_source": "model:cpu-ccf", "runs_per_window": 279, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.02659466673216726, "windows": 5, "cpu_pressure": 0.01690870563637384, "load_average": 2.10107421875, "rejected_windows": 0, "window_energies_j": [0.0006033554742282103, 0.000639144272388752, 0.000627741421147703, 0.0006260988026314719, 0.00060987926678448]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.37303285699997, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3994916949995968, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8705, "test_accuracy": 0.8671, "val_curve": [0.738, 0.7876666666666666, 0.8255, 0.8438333333333333, 0.8681666666666666, 0.8705], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 94.00318437900023, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 642.7876725486806, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 642.7876725486806}, "train_energy_net_j": 642.7876725486806, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00022.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(24,24,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k7_s1_e6_c24_se-ir_r3_k5_s2_e3_c40_se_hs-ir_r3_k5_s2_e1_c24-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 93674, "inference_params": 92202, "macs": 5467992, "static_costs": {"params": 93674.0, "macs": 5467992.0, "peak_memory": 244608.0, "energy": 0.001146280565067188, "latency": 0.2903145004893304}, "dataflow": {"joules": 0.0002644489632, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.2903145004893304, "latency_ms_p90": 0.4756859000735858, "latency_ms_iqr": 0.07914624961813388, "cpu_ms_per_call": 0.33585786577120397, "energy_j": 0.001146280565067188, "energy_cv": 0.03570704144218634, "energy_source": "model:cpu-ccf", "runs_per_window": 147, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.025492855782923263, "windows": 5, "cpu_pressure": 0.014132268853597965, "load_average": 2.087890625, "rejected_windows": 0, "window_energies_j": [0.00113181311486545, 0.0011922669047629867, 0.0012524030698511477, 0.0011755025301992137, 0.001146280565067188]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.9403885480001009, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.5645054310007254, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.867, "test_accuracy": 0.8652, "val_curve": [0.7685, 0.8308333333333333, 0.8328333333333333, 0.8446666666666667, 0.863, 0.867], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 115.62293253600001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 793.3638146858004, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 793.3638146858004}, "train_energy_net_j": 793.3638146858004, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00023.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(25,25,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e6_c32_se-ir_r3_k5_s2_e6_c32-ir_r3_k3_s2_e3_c24-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 115586, "inference_params": 113106, "macs": 7792928, "static_costs": {"params": 115586.0, "macs": 7792928.0, "peak_memory": 326144.0, "energy": 0.0010548985184043694, "latency": 0.2868010005840915}, "dataflow": {"joules": 0.0003841304688, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.2868010005840915, "latency_ms_p90": 0.35716329994102125, "latency_ms_iqr": 0.013354000429899315, "cpu_ms_per_call": 0.3014877891594124, "energy_j": 0.0010548985184043694, "energy_cv": 0.008764284640525246, "energy_source": "model:cpu-ccf", "runs_per_window": 163, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0002926761657044974, "windows": 5, "cpu_pressure": 0.004811096550622209, "load_average": 2.00146484375, "rejected_windows": 0, "window_energies_j": [0.0010788157576664239, 0.0010544065214728741, 0.0010552072620579433, 0.0010548985184043694, 0.0010618514030311691]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.061707859999842, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1784815409992007, "paired": {"figures": {"energy": 0.0009998300030467984, "latency": 0.26815446233255597}, "with_trials": [21], "rounds": 5, "ratio_spread": 0.08481698994228104}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8741666666666666, "test_accuracy": 0.8722, "val_curve": [0.7063333333333334, 0.798, 0.8141666666666667, 0.8576666666666667, 0.8628333333333333, 0.8741666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 145.06768079799986, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 997.9682175294, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 997.9682175294}, "train_energy_net_j": 997.9682175294, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-2/artifacts/cost-first-half-2-9e96c2cb/trial-00024.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,0.5215,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,6.66543092155363572264e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,1.81309997060452587902e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,8.54166666666666629659e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,1.89860460743044548621e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,5.27151728359590149297e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,0.813,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.04374166694526414669e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,2.88350659258051200684e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.69166666666666642981e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,4.64081374683692361032e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,1.26516985780461221899e-01,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,5.9433333333333338011e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.27201219840101462923e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,3.5027999729209113866e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,0.7475,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,2.4579061219947168906e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,6.57509999655303545296e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,7.1216666666666661456e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,1.16498525614711824645e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,3.24865004586172290146e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.06333333333333346359e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,7.74181759907912291074e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,2.04938000024412758648e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,8.48666666666666680285e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,2.341017393050873782e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,6.35059996056952513754e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,0.747,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,3.17137268518605567289e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,8.58964999679301399737e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,0.769,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,8.97936459163188566839e-05,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,2.52397158339255703318e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,3.88166666666666659857e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,7.77817019094971382657e-05,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,2.14564997804700396955e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,8.47666666666666679397e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,2.42141497232797062253e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,6.43855000816984102129e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,8.43333333333333379222e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,1.76776675568433025778e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,4.96154962405994104379e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,0.8505,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,2.44528390908828351969e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,6.58219996694242581725e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,0.846,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,1.3711648835882441497e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,3.79759582891389113612e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,8.41166666666666618112e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,2.36812061379255094474e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,6.43859993942896835505e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.50833333333333330372e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,1.67939751535106532396e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,4.72625821346218388807e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.50333333333333385439e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,3.71819858208903206413e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,1.00428999758150894194e-01,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,8.44666666666666676732e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,1.62276805840300808849e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,4.60690002910268958657e-02,'FINITE');
INSERT INTO "trial_values" VALUES(61,21,0,8.47666666666666679397e-01,'FINITE');
INSERT INTO "trial_values" VALUES(62,21,1,2.01426654394319079892e-04,'FINITE');
INSERT INTO "trial_values" VALUES(63,21,2,0.0548250000065309,'FINITE');
INSERT INTO "trial_values" VALUES(64,22,0,8.72666666666666701601e-01,'FINITE');
INSERT INTO "trial_values" VALUES(65,22,1,4.34552201112566537609e-04,'FINITE');
INSERT INTO "trial_values" VALUES(66,22,2,1.1709844855131675001e-01,'FINITE');
INSERT INTO "trial_values" VALUES(67,23,0,0.8705,'FINITE');
INSERT INTO "trial_values" VALUES(68,23,1,0.00060987926678448,'FINITE');
INSERT INTO "trial_values" VALUES(69,23,2,1.63701000019500497728e-01,'FINITE');
INSERT INTO "trial_values" VALUES(70,24,0,0.867,'FINITE');
INSERT INTO "trial_values" VALUES(71,24,1,1.14628056506718809144e-03,'FINITE');
INSERT INTO "trial_values" VALUES(72,24,2,2.9031450048933038488e-01,'FINITE');
INSERT INTO "trial_values" VALUES(73,25,0,8.74166666666666647422e-01,'FINITE');
INSERT INTO "trial_values" VALUES(74,25,1,9.99830003046798436797e-04,'FINITE');
INSERT INTO "trial_values" VALUES(75,25,2,2.68154462332555965087e-01,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 20:34:18.702905','2026-12-06 20:34:25.695251');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 20:34:29.947437','2026-12-06 20:34:54.557177');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 20:34:54.813269','2026-12-06 20:35:07.270979');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 20:35:07.511771','2026-12-06 20:36:09.426433');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 20:36:09.789431','2026-12-06 20:36:15.144702');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 20:36:15.337958','2026-12-06 20:36:28.487646');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 20:36:28.646374','2026-12-06 20:36:35.088294');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 20:36:35.260677','2026-12-06 20:37:33.582285');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 20:37:33.837647','2026-12-06 20:37:54.567877');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 20:37:54.807063','2026-12-06 20:38:04.876129');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 20:38:05.171247','2026-12-06 20:38:15.556623');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 20:38:15.742146','2026-12-06 20:38:18.271549');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 20:38:18.415860','2026-12-06 20:38:43.203186');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 20:38:43.484602','2026-12-06 20:39:03.601899');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 20:39:03.891154','2026-12-06 20:39:30.374067');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 20:39:31.023640','2026-12-06 20:39:50.084143');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 20:39:50.337080','2026-12-06 20:40:14.256898');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 20:40:14.571045','2026-12-06 20:40:34.390396');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 20:40:34.657199','2026-12-06 20:41:14.310436');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 20:41:14.695334','2026-12-06 20:41:35.418405');
INSERT INTO "trials" VALUES(21,20,1,'COMPLETE','2026-12-06 20:41:35.695973','2026-12-06 20:42:00.921427');
INSERT INTO "trials" VALUES(22,21,1,'COMPLETE','2026-12-06 20:42:01.599590','2026-12-06 20:43:00.132919');
INSERT INTO "trials" VALUES(23,22,1,'COMPLETE','2026-12-06 20:43:00.438272','2026-12-06 20:44:35.274939');
INSERT INTO "trials" VALUES(24,23,1,'COMPLETE','2026-12-06 20:44:35.928018','2026-12-06 20:46:32.582946');
INSERT INTO "trials" VALUES(25,24,1,'COMPLETE','2026-12-06 20:46:32.986560','2026-12-06 20:49:00.004543');
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
