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
INSERT INTO "nas_arch_claims" VALUES('fc7eaba86ce440d7ba35f0fda8c4664e','6a32ee0b6e491d6d34b522bb2e3373ed45c9e2a6',0);
INSERT INTO "nas_arch_claims" VALUES('fc7eaba86ce440d7ba35f0fda8c4664e','0954d19574dda84e11813edfe14a8e851d977fd8',1);
INSERT INTO "nas_arch_claims" VALUES('fc7eaba86ce440d7ba35f0fda8c4664e','b00283fa7e7a717f0b365ac3b0d0338456c39cb4',2);
INSERT INTO "nas_arch_claims" VALUES('fc7eaba86ce440d7ba35f0fda8c4664e','8929d0d486b42caaa9e84caac003b8b79892ea6a',3);
INSERT INTO "nas_arch_claims" VALUES('fc7eaba86ce440d7ba35f0fda8c4664e','1eb0149b231b13c202c5dc1977e0715ee89ee7f2',4);
INSERT INTO "nas_arch_claims" VALUES('fc7eaba86ce440d7ba35f0fda8c4664e','54962a8c10dbd1375a426ca2922bcf91005a4b51',5);
INSERT INTO "nas_arch_claims" VALUES('fc7eaba86ce440d7ba35f0fda8c4664e','bb77db9d162d9035ecd88b7995049d238d69842e',6);
INSERT INTO "nas_arch_claims" VALUES('fc7eaba86ce440d7ba35f0fda8c4664e','4e7f129b321474f96ada4a653a9ee8a6c9745824',7);
INSERT INTO "nas_arch_claims" VALUES('fc7eaba86ce440d7ba35f0fda8c4664e','a41b45ace942f446868f68bc958dfbd41d0349df',8);
INSERT INTO "nas_arch_claims" VALUES('fc7eaba86ce440d7ba35f0fda8c4664e','36f030d0d4c30f88e3091f689facbc0d7c82a8c3',9);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'cost-first-tail-bred-1');
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
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"cost-first-tail-1\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget/cost-first-tail-1/nas.db\",\"sampler\":\"cost-first\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":1,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"8865.5J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget/cost-first-tail-1/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget/cost-first-tail-1/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"fc7eaba86ce440d7ba35f0fda8c4664e"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0005149034927702711, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.13846800004557736, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.001955471367499999, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.5641064999508671, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [6.888280106302255e-05, 0.001955471367499999], \"latency\": [0.01709199977995013, 0.5641064999508671]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','8865.5');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 16:30:52');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 16:31:34.000000');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 16:31:37');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 16:33:00.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 16:33:39.000000');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 16:34:09');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 16:34:19');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 16:35:33.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 16:35:45');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 16:35:48');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 346, "inference_params": 322, "macs": 40848, "static_costs": {"params": 346.0, "macs": 40848.0, "peak_memory": 18816.0, "latency": 0.01630099995963974, "energy": 6.016326394180818e-05}, "dataflow": {"joules": 6.014500799999999e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.01630099995963974, "latency_ms_p90": 0.016932000107772183, "latency_ms_iqr": 0.000270999862550525, "cpu_ms_per_call": 0.017208158835904586, "energy_j": 6.016326394180818e-05, "energy_cv": 0.005727878105317613, "energy_source": "model:cpu-ccf", "runs_per_window": 2875, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001085246703387277, "windows": 5, "cpu_pressure": 0.4055594379601086, "load_average": 2.8681640625, "rejected_windows": 0, "window_energies_j": [6.044538317535597e-05, 6.0302242608695726e-05, 6.016326394180818e-05, 5.9456551558752794e-05, 6.022855592566605e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9860297159999987, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3250150410003698, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5196666666666667, "test_accuracy": 0.5242, "val_curve": [0.37783333333333335, 0.4235, 0.485, 0.5173333333333333, 0.5118333333333334, 0.5196666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.139177875000314, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 20.908891920000002, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 20.908891920000002}, "train_energy_net_j": 20.908891920000002, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-1/artifacts/cost-first-tail-1-fc7eaba8/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e1_c8_se_hs-ir_r1_k7_s2_e3_c32-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9986, "inference_params": 9722, "macs": 631608, "static_costs": {"params": 9986.0, "macs": 631608.0, "peak_memory": 31360.0, "latency": 0.06184599988046102, "energy": 0.0002270021788990832}, "dataflow": {"joules": 3.79039968e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06184599988046102, "latency_ms_p90": 0.06704769994030357, "latency_ms_iqr": 0.001034499973684433, "cpu_ms_per_call": 0.06490834650856467, "energy_j": 0.0002270021788990832, "energy_cv": 0.011513664541505294, "energy_source": "model:cpu-ccf", "runs_per_window": 759, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.000779877452065314, "windows": 5, "cpu_pressure": 0.04522239278093121, "load_average": 2.58056640625, "rejected_windows": 0, "window_energies_j": [0.0002270021788990832, 0.00022380164130434668, 0.00022764266218130652, 0.0002320019122340454, 0.00022717921277997627]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.0833939605000182, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8987461360002271, "paired": {"energy_j": 0.00022224466037851605, "latency_ms": 0.060742359586225134, "with_trials": [0], "rounds": 5, "ratio_spread": 0.8365182108873472}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.821, "test_accuracy": 0.8145, "val_curve": [0.672, 0.7438333333333333, 0.7321666666666666, 0.8086666666666666, 0.8111666666666667, 0.821], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 31.419305683999937, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 95.07273631449999, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 95.07273631449999}, "train_energy_net_j": 95.07273631449999, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-1/artifacts/cost-first-tail-1-fc7eaba8/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e1_c16_se_hs-ir_r1_k3_s2_e3_c24_se_hs-ir_r3_k3_s2_e1_c24-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9970, "inference_params": 9610, "macs": 409072, "static_costs": {"params": 9970.0, "macs": 409072.0, "peak_memory": 50176.0, "latency": 0.051605999942694325, "energy": 0.00018804823765433755}, "dataflow": {"joules": 3.74211312e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.051605999942694325, "latency_ms_p90": 0.08092500011116499, "latency_ms_iqr": 0.0017584995930519653, "cpu_ms_per_call": 0.05459771255506521, "energy_j": 0.00018804823765433755, "energy_cv": 0.0910294594900219, "energy_source": "model:cpu-ccf", "runs_per_window": 859, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.016186039956330722, "windows": 5, "cpu_pressure": 0.093504986315023, "load_average": 2.40771484375, "rejected_windows": 0, "window_energies_j": [0.00023497242934052018, 0.00020211112630966253, 0.00019109199394272823, 0.00018804823765433755, 0.000185390913553895]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.070887705500024, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.207460679999258, "paired": {"energy_j": 0.00018807543578140012, "latency_ms": 0.05049086966114241, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.27905075954701397}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.837, "test_accuracy": 0.8325, "val_curve": [0.647, 0.7355, 0.7968333333333333, 0.8248333333333333, 0.8348333333333333, 0.837], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 21.11959591899995, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 69.21639967899998, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 69.21639967899998}, "train_energy_net_j": 69.21639967899998, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-1/artifacts/cost-first-tail-1-fc7eaba8/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_hs-ir_r2_k5_s2_e6_c32-ir_r3_k5_s2_e3_c32_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 52282, "inference_params": 50938, "macs": 1798512, "static_costs": {"params": 52282.0, "macs": 1798512.0, "peak_memory": 81536.0, "latency": 0.10647850012901472, "energy": 0.0003904748434683997}, "dataflow": {"joules": 0.0001208349552, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10647850012901472, "latency_ms_p90": 0.12337979969743174, "latency_ms_iqr": 0.002924999989772914, "cpu_ms_per_call": 0.11272046347033841, "energy_j": 0.0003904748434683997, "energy_cv": 0.026488762751607442, "energy_source": "model:cpu-ccf", "runs_per_window": 438, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.010363737243196391, "windows": 5, "cpu_pressure": 0.13649324750674682, "load_average": 2.484375, "rejected_windows": 0, "window_energies_j": [0.0003904748434683997, 0.00039452162214618445, 0.00038507109666667815, 0.00041338330481923677, 0.0004071431462264238]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.414650305499997, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9983999669993864, "paired": {"energy_j": 0.00037356506741176645, "latency_ms": 0.1041589307536048, "with_trials": [2], "rounds": 5, "ratio_spread": 0.21796525559378055}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8715, "test_accuracy": 0.8639, "val_curve": [0.6883333333333334, 0.8101666666666667, 0.807, 0.837, 0.8526666666666667, 0.8715], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 67.29483261199994, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 215.68878451049994, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 215.68878451049994}, "train_energy_net_j": 215.68878451049994, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-1/artifacts/cost-first-tail-1-fc7eaba8/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c8-ir_r2_k5_s2_e1_c16_se-ir_r1_k5_s2_e1_c64_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 13266, "inference_params": 12962, "macs": 271160, "static_costs": {"params": 13266.0, "macs": 271160.0, "peak_memory": 18816.0, "latency": 0.042488999952183804, "energy": 0.00015491139560932956}, "dataflow": {"joules": 2.7078336e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.042488999952183804, "latency_ms_p90": 0.04522600011114264, "latency_ms_iqr": 0.0008209999577957205, "cpu_ms_per_call": 0.044383015971694445, "energy_j": 0.00015491139560932956, "energy_cv": 0.010123036400677044, "energy_source": "model:cpu-ccf", "runs_per_window": 1116, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002770359726687044, "windows": 5, "cpu_pressure": 0.07584110297225542, "load_average": 2.0439453125, "rejected_windows": 0, "window_energies_j": [0.00015534055590093053, 0.00015491139560932956, 0.00015411689876638202, 0.00015623263257920757, 0.00015870608794265998]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.375868084000004, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2564933399999063, "paired": {"energy_j": 0.0001507914203496643, "latency_ms": 0.040772372922004835, "with_trials": [0, 2], "rounds": 5, "ratio_spread": 0.02679465655222546}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8276666666666667, "test_accuracy": 0.8202, "val_curve": [0.7225, 0.7601666666666667, 0.806, 0.815, 0.8208333333333333, 0.8276666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 57.30107583200015, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 282.47092543475964, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 282.47092543475964}, "train_energy_net_j": 282.47092543475964, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-1/artifacts/cost-first-tail-1-fc7eaba8/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e3_c16_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 7690, "inference_params": 7498, "macs": 993152, "static_costs": {"params": 7690.0, "macs": 993152.0, "peak_memory": 87808.0, "latency": 0.07532999961767928, "energy": 0.0002727244025156342}, "dataflow": {"joules": 5.08510992e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07532999961767928, "latency_ms_p90": 0.08433500015598838, "latency_ms_iqr": 0.0015929999790387228, "cpu_ms_per_call": 0.07944536291573256, "energy_j": 0.0002727244025156342, "energy_cv": 0.03628339990609271, "energy_source": "model:cpu-ccf", "runs_per_window": 631, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.019559554041461036, "windows": 5, "cpu_pressure": 0.0011945779302360506, "load_average": 2.52001953125, "rejected_windows": 0, "window_energies_j": [0.0002727244025156342, 0.0002717938043489361, 0.0002841800294117779, 0.0002780587702050639, 0.00029968794051727884]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1354248044999906, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.32572843999969336, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6305, "test_accuracy": 0.6252, "val_curve": [0.5908333333333333, 0.6305], "epochs_run": 2, "stop_reason": "pareto: validation 0.630 after epoch 2 cannot pass 0.837 of trial 2, which costs no more (bound 0.752: finished curves gained at most 0.101 later, margin 0.02)", "train_seconds": 9.777336663999904, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 67.72038519331954, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 67.72038519331954}, "train_energy_net_j": 67.72038519331954, "train_device_share": 1.0, "pareto_saved_energy_j": 135.4407703866391, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-1/artifacts/cost-first-tail-1-fc7eaba8/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e3_c32", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2714, "inference_params": 2626, "macs": 433088, "static_costs": {"params": 2714.0, "macs": 433088.0, "peak_memory": 43904.0, "latency": 0.0370689999726892, "energy": 0.00013388730619208329}, "dataflow": {"joules": 2.25816048e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0370689999726892, "latency_ms_p90": 0.03844009997919784, "latency_ms_iqr": 0.00047100002120714635, "cpu_ms_per_call": 0.03848451286049441, "energy_j": 0.00013388730619208329, "energy_cv": 0.004921154267087776, "energy_source": "model:cpu-ccf", "runs_per_window": 1284, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0060385770887585455, "windows": 5, "cpu_pressure": 0.011893188884305551, "load_average": 2.439453125, "rejected_windows": 0, "window_energies_j": [0.00013496844808740782, 0.00013321419520630592, 0.0001346957950117304, 0.00013388730619208329, 0.00013478167445482917]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.011177691499995, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.153645958999732, "paired": {"energy_j": 0.00013283062087416622, "latency_ms": 0.035881339352257485, "with_trials": [0, 4], "rounds": 5, "ratio_spread": 0.8950659640127163}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7493333333333333, "test_accuracy": 0.7471, "val_curve": [0.49916666666666665, 0.6775, 0.6776666666666666, 0.7163333333333334, 0.7385, 0.7493333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 11.415843840000434, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 78.48888150280013, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 78.48888150280013}, "train_energy_net_j": 78.48888150280013, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-1/artifacts/cost-first-tail-1-fc7eaba8/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c24_se_hs-ir_r3_k7_s2_e3_c40_hs-ir_r1_k5_s2_e1_c32_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 58194, "inference_params": 57010, "macs": 3538200, "static_costs": {"params": 58194.0, "macs": 3538200.0, "peak_memory": 131712.0, "latency": 0.20389999986036855, "energy": 0.0007635522391282116}, "dataflow": {"joules": 0.00019487232, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.20389999986036855, "latency_ms_p90": 0.3772580000713788, "latency_ms_iqr": 0.049339499810230336, "cpu_ms_per_call": 0.22147806696423292, "energy_j": 0.0007635522391282116, "energy_cv": 0.16982166136430485, "energy_source": "model:cpu-ccf", "runs_per_window": 224, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.015219646608425785, "windows": 5, "cpu_pressure": 0.0007163656620847187, "load_average": 2.3291015625, "rejected_windows": 0, "window_energies_j": [0.0007751732343748152, 0.0007635522391282116, 0.0007566208999999385, 0.000892101441915353, 0.0011430886710524764]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.6866754084998945, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0622260179998193, "paired": {"energy_j": 0.0006991407989041994, "latency_ms": 0.19555752421664735, "with_trials": [3], "rounds": 5, "ratio_spread": 0.13267835838519493}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8788333333333334, "test_accuracy": 0.8725, "val_curve": [0.7833333333333333, 0.8185, 0.858, 0.8686666666666667, 0.8768333333333334, 0.8788333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 69.75081359299975, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 472.4591967703195, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 472.4591967703195}, "train_energy_net_j": 472.4591967703195, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-1/artifacts/cost-first-tail-1-fc7eaba8/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 514, "inference_params": 474, "macs": 67504, "static_costs": {"params": 514.0, "macs": 67504.0, "peak_memory": 18816.0, "latency": 0.019956999949499732, "energy": 7.533430615379845e-05}, "dataflow": {"joules": 1.03127184e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.019956999949499732, "latency_ms_p90": 0.02189100009672984, "latency_ms_iqr": 0.0004919997991237324, "cpu_ms_per_call": 0.02153856373809, "energy_j": 7.533430615379845e-05, "energy_cv": 0.014718874058500203, "energy_source": "model:cpu-ccf", "runs_per_window": 2298, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0006725611756894789, "windows": 5, "cpu_pressure": 0.08765664916454706, "load_average": 2.13916015625, "rejected_windows": 0, "window_energies_j": [7.772975777112267e-05, 7.439317464419071e-05, 7.616299281985578e-05, 7.533430615379845e-05, 7.5384973083315e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0851367764999225, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31262313599972913, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.372, "test_accuracy": 0.3775, "val_curve": [0.35283333333333333, 0.372], "epochs_run": 2, "stop_reason": "pareto: validation 0.372 after epoch 2 cannot pass 0.520 of trial 0, which costs no more (bound 0.493: finished curves gained at most 0.101 later, margin 0.02)", "train_seconds": 2.8120156719996885, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 19.493158847160018, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 19.493158847160018}, "train_energy_net_j": 19.493158847160018, "train_device_share": 1.0, "pareto_saved_energy_j": 38.986317694320036, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-1/artifacts/cost-first-tail-1-fc7eaba8/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e1_c8_se_hs-ir_r1_k5_s2_e3_c32_hs-ir_r3_k5_s2_e3_c24_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 23954, "inference_params": 23234, "macs": 589848, "static_costs": {"params": 23954.0, "macs": 589848.0, "peak_memory": 25088.0, "latency": 0.11320600003728032, "energy": 0.0004073212542990333}, "dataflow": {"joules": 5.0457100799999995e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.11320600003728032, "latency_ms_p90": 0.13460200034387526, "latency_ms_iqr": 0.014030249758434366, "cpu_ms_per_call": 0.11935738313246497, "energy_j": 0.0004073212542990333, "energy_cv": 0.09305829383794322, "energy_source": "model:cpu-ccf", "runs_per_window": 415, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.02560530921113502, "windows": 15, "cpu_pressure": 0.00955814488350325, "load_average": 2.1279296875, "rejected_windows": 0, "window_energies_j": [0.0002815595313515903, 0.0004259101960785444, 0.00044076765452266594, 0.00041267926666677113, 0.00042473901699038565, 0.00040426394302343406, 0.0004176075901439501, 0.0003975090883029559, 0.0004027190034483429, 0.0004177508409636274, 0.0004417613383838149, 0.0004563039300790036, 0.0004359278905461571, 0.00042207327427193597, 0.00041037856557463257]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.2548538575000805, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9496112120000362, "paired": null, "zero_cost": {}, "rejected": null, "training": null, "train_energy_j": 0.0, "train_energy_source": "", "train_energy_by_source": {}, "train_energy_net_j": null, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": null, "fail_reason": "interrupted (SIGTERM)", "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,5.19666666666666721141e-01,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,6.0163263941808181219e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,1.63009999596397392451e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,0.821,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,2.22244660378516053263e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,6.07423595862251336496e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,0.837,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.88075435781400119097e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,5.04908696611424123723e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,0.8715,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,3.73565067411766454918e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,1.04158930753604800356e-01,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,8.27666666666666661633e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.50791420349664310324e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,4.0772372922004834761e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,0.6305,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,2.72724402515634226605e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,7.53299996176792774349e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,7.49333333333333295733e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,1.32830620874166221122e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,3.58813393522574852756e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.78833333333333355241e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,6.99140798904199418407e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,1.95557524216647349302e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,0.372,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,7.53343061537984466039e-05,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,1.99569999494997318834e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 16:30:52.961392','2026-12-06 16:30:59.940782');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 16:31:04.170115','2026-12-06 16:31:37.013067');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 16:31:37.283036','2026-12-06 16:32:00.234621');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 16:32:00.440998','2026-12-06 16:33:09.406328');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 16:33:09.670618','2026-12-06 16:34:09.054686');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 16:34:09.321354','2026-12-06 16:34:19.824328');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 16:34:19.972853','2026-12-06 16:34:33.120509');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 16:34:33.342424','2026-12-06 16:35:44.896722');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 16:35:45.270360','2026-12-06 16:35:48.843159');
INSERT INTO "trials" VALUES(10,9,1,'FAIL','2026-12-06 16:35:48.990360','2026-12-06 16:35:58.781784');
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
