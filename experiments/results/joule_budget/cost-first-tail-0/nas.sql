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
INSERT INTO "nas_arch_claims" VALUES('d6675c7911394d879680f6e32b7eea76','6a32ee0b6e491d6d34b522bb2e3373ed45c9e2a6',0);
INSERT INTO "nas_arch_claims" VALUES('d6675c7911394d879680f6e32b7eea76','16c7791513e2e9b802052774dcc2afa49035ab8f',1);
INSERT INTO "nas_arch_claims" VALUES('d6675c7911394d879680f6e32b7eea76','4b6863327cfaf2c494abcdf4a05ff98d5a4ceb56',2);
INSERT INTO "nas_arch_claims" VALUES('d6675c7911394d879680f6e32b7eea76','fe8109f50e6d3538fc1df6fc7fcac62ed4ce6d5f',3);
INSERT INTO "nas_arch_claims" VALUES('d6675c7911394d879680f6e32b7eea76','fa55ee86b1ff4f15dbd3a3f509940aa1b951eca9',4);
INSERT INTO "nas_arch_claims" VALUES('d6675c7911394d879680f6e32b7eea76','85358158063aab6ae48aab6cc7355f622c9aa0ab',5);
INSERT INTO "nas_arch_claims" VALUES('d6675c7911394d879680f6e32b7eea76','a4e499eb84f7a5296718303f4b0e001c04544f6d',6);
INSERT INTO "nas_arch_claims" VALUES('d6675c7911394d879680f6e32b7eea76','1282a977aa221974653cf9a22901fb7a20dcda13',7);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'cost-first-tail-0');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"cost-first-tail-0\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 0}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"cost-first-tail-0\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget/cost-first-tail-0/nas.db\",\"sampler\":\"cost-first\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":0,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"8229.1J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget/cost-first-tail-0/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget/cost-first-tail-0/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"d6675c7911394d879680f6e32b7eea76"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0005196372650904696, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.13887900000497666, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0019213027224998557, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.5223132500020711, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [6.36858356388795e-05, 0.0019213027224998557], \"latency\": [0.017092000007323804, 0.5223132500020711]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','8229.1');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 15:50:41');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 15:50:52');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 15:51:14');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 15:52:57.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 15:53:57.000000');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 15:54:36.000000');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 15:55:02');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 15:55:31');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 346, "inference_params": 322, "macs": 40848, "static_costs": {"params": 346.0, "macs": 40848.0, "peak_memory": 18816.0, "latency": 0.016648499951088525, "energy": 6.375610565636136e-05}, "dataflow": {"joules": 6.014500799999999e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.016648499951088525, "latency_ms_p90": 0.030388799984848447, "latency_ms_iqr": 0.0005809999379380315, "cpu_ms_per_call": 0.020451944500163983, "energy_j": 6.375610565636136e-05, "energy_cv": 0.08273091993195686, "energy_source": "model:cpu-ccf", "runs_per_window": 2432, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.12274432407136437, "windows": 8, "cpu_pressure": 0.07698188064934666, "load_average": 0.814453125, "rejected_windows": 0, "window_energies_j": [6.297675017985585e-05, 7.142733752577304e-05, 7.173627397537484e-05, 7.281269172616514e-05, 7.731421930212053e-05, 6.270678537821165e-05, 7.80394578689146e-05, 6.401589081519654e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.5427533589999995, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4428016619999653, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5548333333333333, "test_accuracy": 0.5706, "val_curve": [0.31866666666666665, 0.4613333333333333, 0.5143333333333333, 0.549, 0.5321666666666667, 0.5548333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 5.924140277999982, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 37.53188146088001, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 37.53188146088001}, "train_energy_net_j": 37.53188146088001, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-0/artifacts/cost-first-tail-0-d6675c79/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e1_c16_se_hs-ir_r2_k7_s2_e1_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 6290, "inference_params": 6122, "macs": 579736, "static_costs": {"params": 6290.0, "macs": 579736.0, "peak_memory": 37632.0, "latency": 0.06476999999449617, "energy": 0.00024020607803867253}, "dataflow": {"joules": 3.24653856e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06476999999449617, "latency_ms_p90": 0.07579500003203066, "latency_ms_iqr": 0.0014519999922413263, "cpu_ms_per_call": 0.06935975244754918, "energy_j": 0.00024020607803867253, "energy_cv": 0.0175025665912264, "energy_source": "model:cpu-ccf", "runs_per_window": 717, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.010628605023635274, "windows": 5, "cpu_pressure": 0.0021527037121471153, "load_average": 0.9169921875, "rejected_windows": 0, "window_energies_j": [0.0002515096530172447, 0.00024020607803867253, 0.00023964916552668417, 0.0002427591335664221, 0.0002443904191075111]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.183816698999978, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9211348629999634, "paired": {"energy_j": 0.0002541162841556444, "latency_ms": 0.0652834446263935, "with_trials": [0], "rounds": 5, "ratio_spread": 0.37482239649041116}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8225, "test_accuracy": 0.8242, "val_curve": [0.6981666666666667, 0.7701666666666667, 0.7771666666666667, 0.807, 0.819, 0.8225], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.777526604000002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 136.98805708216005, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 136.98805708216005}, "train_energy_net_j": 136.98805708216005, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-0/artifacts/cost-first-tail-0-d6675c79/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c16_se-ir_r1_k3_s2_e1_c40_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2194, "inference_params": 2106, "macs": 117600, "static_costs": {"params": 2194.0, "macs": 117600.0, "peak_memory": 18816.0, "latency": 0.056299999982911686, "energy": 0.00021200488983052858}, "dataflow": {"joules": 1.295076e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.056299999982911686, "latency_ms_p90": 0.07920800001670614, "latency_ms_iqr": 0.01775800004111261, "cpu_ms_per_call": 0.06324750442477595, "energy_j": 0.00021200488983052858, "energy_cv": 0.04455993338262394, "energy_source": "model:cpu-ccf", "runs_per_window": 791, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.04415641386229585, "windows": 5, "cpu_pressure": 0.01575455724001135, "load_average": 1.2255859375, "rejected_windows": 0, "window_energies_j": [0.00021200488983052858, 0.00023245788711820402, 0.00020631774703790926, 0.00022136626548671583, 0.00022854525197369321]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.296582755499987, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2381784869999706, "paired": {"energy_j": 0.00011712358652043051, "latency_ms": 0.030674668559157743, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.7105051695535567}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7548333333333334, "test_accuracy": 0.751, "val_curve": [0.5666666666666667, 0.6155, 0.6643333333333333, 0.7028333333333333, 0.7375, 0.7548333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 11.044776056999979, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 76.00970948872006, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 76.00970948872006}, "train_energy_net_j": 76.00970948872006, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-0/artifacts/cost-first-tail-0-d6675c79/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e6_c16_se_hs-ir_r1_k7_s2_e1_c32_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 25650, "inference_params": 25042, "macs": 1846096, "static_costs": {"params": 25650.0, "macs": 1846096.0, "peak_memory": 163072.0, "latency": 0.1319760000342285, "energy": 0.0005238018925372692}, "dataflow": {"joules": 0.00014291984159999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1319760000342285, "latency_ms_p90": 0.2511354000034771, "latency_ms_iqr": 0.10477500001115914, "cpu_ms_per_call": 0.18142320879122328, "energy_j": 0.0005238018925372692, "energy_cv": 0.22143988725618166, "energy_source": "model:cpu-ccf", "runs_per_window": 273, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.21225455619006128, "windows": 9, "cpu_pressure": 0.0007557385866018449, "load_average": 1.3173828125, "rejected_windows": 0, "window_energies_j": [0.0006349812307692815, 0.0008442913365377135, 0.00084285593203883, 0.0008752211125005261, 0.0008474460536585859, 0.0006131468269230607, 0.0005098094441176298, 0.0005238018925372692, 0.0005056726008772276]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.050903790499987, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1728532379999592, "paired": {"energy_j": 0.0005356787417088507, "latency_ms": 0.13033084781108192, "with_trials": [1], "rounds": 5, "ratio_spread": 0.3601727742874694}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8296666666666667, "test_accuracy": 0.8297, "val_curve": [0.6595, 0.7766666666666666, 0.686, 0.802, 0.8173333333333334, 0.8296666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 88.520803054, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 551.1787015980399, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 551.1787015980399}, "train_energy_net_j": 551.1787015980399, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-0/artifacts/cost-first-tail-0-d6675c79/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c8_hs-ir_r1_k7_s2_e1_c40_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 1786, "inference_params": 1698, "macs": 102840, "static_costs": {"params": 1786.0, "macs": 102840.0, "peak_memory": 18816.0, "latency": 0.028532999976960127, "energy": 0.00010659984999998614}, "dataflow": {"joules": 1.4115264e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.028532999976960127, "latency_ms_p90": 0.05808000005345093, "latency_ms_iqr": 0.0007865000952733681, "cpu_ms_per_call": 0.030788698275864043, "energy_j": 0.00010659984999998614, "energy_cv": 0.24593652819898118, "energy_source": "model:cpu-ccf", "runs_per_window": 1624, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.010887388355032002, "windows": 5, "cpu_pressure": 0.030054423668657657, "load_average": 2.0625, "rejected_windows": 0, "window_energies_j": [0.00010776044396552416, 0.00010659614825046597, 0.00011720879107981183, 0.00010659984999998614, 0.00018559524231178084]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.086874812999909, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1743633190000082, "paired": {"energy_j": 0.00010628039822007624, "latency_ms": 0.027771315635508966, "with_trials": [0, 2], "rounds": 5, "ratio_spread": 1.0103982141821368}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.75, "test_accuracy": 0.7491, "val_curve": [0.6121666666666666, 0.6503333333333333, 0.7256666666666667, 0.7398333333333333, 0.7361666666666666, 0.75], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 66.880513995, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 286.55522352219987, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 286.55522352219987}, "train_energy_net_j": 286.55522352219987, "train_device_share": 0.7477477477477478, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-0/artifacts/cost-first-tail-0-d6675c79/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_se_hs-ir_r3_k3_s2_e6_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 21722, "inference_params": 20914, "macs": 1164864, "static_costs": {"params": 21722.0, "macs": 1164864.0, "peak_memory": 61152.0, "latency": 0.0817975000018123, "energy": 0.00037353704878528333}, "dataflow": {"joules": 9.16341744e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0817975000018123, "latency_ms_p90": 0.1634790000252906, "latency_ms_iqr": 0.05890999989333068, "cpu_ms_per_call": 0.1388641487342262, "energy_j": 0.00037353704878528333, "energy_cv": 0.13550188286569745, "energy_source": "model:cpu-ccf", "runs_per_window": 355, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.30114140525099153, "windows": 7, "cpu_pressure": 0.505177504805995, "load_average": 2.326171875, "rejected_windows": 0, "window_energies_j": [0.0003702854559584044, 0.00048602452056979175, 0.0004920515536723314, 0.0004977828602303232, 0.0004910897225350552, 0.00037678864161216224, 0.0003673839787234645]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.3729285995, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 2.4438144139999167, "paired": {"energy_j": 0.00031920687835851276, "latency_ms": 0.0812243827360778, "with_trials": [1, 3], "rounds": 5, "ratio_spread": 0.4134735352988814}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8386666666666667, "test_accuracy": 0.8373, "val_curve": [0.6688333333333333, 0.7455, 0.8075, 0.8086666666666666, 0.8345, 0.8386666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 52.15402915600009, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 161.48783516250006, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 161.48783516250006}, "train_energy_net_j": 161.48783516250006, "train_device_share": 0.7019230769230769, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-0/artifacts/cost-first-tail-0-d6675c79/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e1_c8_hs-ir_r3_k5_s2_e1_c32_se_hs-ir_r1_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9562, "inference_params": 9266, "macs": 318136, "static_costs": {"params": 9562.0, "macs": 318136.0, "peak_memory": 25088.0, "latency": 0.11690824996435367, "energy": 0.0004306715346043949}, "dataflow": {"joules": 3.03572256e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.11690824996435367, "latency_ms_p90": 0.17244100001789775, "latency_ms_iqr": 0.01107850002313171, "cpu_ms_per_call": 0.12962470914125135, "energy_j": 0.0004306715346043949, "energy_cv": 0.07026580837704638, "energy_source": "model:cpu-ccf", "runs_per_window": 366, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.05343967627469448, "windows": 15, "cpu_pressure": 0.22709515476488565, "load_average": 2.18505859375, "rejected_windows": 0, "window_energies_j": [0.00038914950688077475, 0.00046345021739124803, 0.00045968353551903294, 0.00043043586842098617, 0.00043063299999994534, 0.0004459757403847238, 0.0005012975048233659, 0.000460159589673999, 0.0004959397611939811, 0.0004996567268517309, 0.0004902321876876391, 0.0004536864819943797, 0.00044489684324321995, 0.0004126598437499919, 0.00043071006920884444]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.477690445500045, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.626214920999928, "paired": {"energy_j": 0.00022432287066565348, "latency_ms": 0.05621025333400997, "with_trials": [5], "rounds": 5, "ratio_spread": 0.7945370845235469}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8446666666666667, "test_accuracy": 0.8346, "val_curve": [0.7175, 0.8018333333333333, 0.8096666666666666, 0.8211666666666667, 0.8426666666666667, 0.8446666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 25.655898500000035, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 77.81746231349995, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 77.81746231349995}, "train_energy_net_j": 77.81746231349995, "train_device_share": 0.703125, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-tail-0/artifacts/cost-first-tail-0-d6675c79/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e6_c16_hs-ir_r1_k3_s2_e6_c48_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 32626, "inference_params": 31890, "macs": 3801376, "static_costs": {"params": 32626.0, "macs": 3801376.0, "peak_memory": 163072.0}, "dataflow": {"joules": 0.0001846741296, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.37216399999806526, "latency_ms_p90": 0.4513276000125188, "latency_ms_iqr": 0.04287000001568231, "cpu_ms_per_call": 0.3826065846154209, "energy_j": 0.001337674611538594, "energy_cv": 0.02794488557944051, "energy_source": "model:cpu-ccf", "runs_per_window": 130, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0010828004081748777, "windows": 5, "cpu_pressure": 0.026482133403778273, "load_average": 2.0263671875, "rejected_windows": 0, "window_energies_j": [0.0014119323680019985, 0.001337674611538594, 0.0013448284847330466, 0.0013391230461539732, 0.0012949485629622746]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4903172619999197, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.42933749999997417, "paired": null, "zero_cost": {}, "rejected": null, "training": null, "train_energy_j": 0.0, "train_energy_source": "", "train_energy_by_source": {}, "train_energy_net_j": null, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": null, "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,5.54833333333333289516e-01,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,6.37561056563613632458e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,1.66484999510885245399e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,0.8225,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,2.54116284155644412724e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,0.0652834446263935,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,7.54833333333333356129e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.17123586520430513586e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,3.06746685591577430973e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.2966666666666666341e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,5.35678741708850740185e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,1.30330847811081923515e-01,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,0.75,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.06280398220076236848e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,2.77713156355089661742e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,8.38666666666666671403e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,3.19206878358512761029e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,0.0812243827360778,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.44666666666666676732e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,2.24322870665653477167e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,5.62102533340099672076e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 15:50:41.339907','2026-12-06 15:50:48.123394');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 15:50:52.501498','2026-12-06 15:51:13.736419');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 15:51:14.058674','2026-12-06 15:51:27.004428');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 15:51:27.254004','2026-12-06 15:52:57.575676');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 15:52:57.784117','2026-12-06 15:54:06.384410');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 15:54:06.626567','2026-12-06 15:55:02.195671');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 15:55:02.665620','2026-12-06 15:55:30.850963');
INSERT INTO "trials" VALUES(8,7,1,'RUNNING','2026-12-06 15:55:31.231768',NULL);
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
