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
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','6a32ee0b6e491d6d34b522bb2e3373ed45c9e2a6',0);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','16c7791513e2e9b802052774dcc2afa49035ab8f',1);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','4b6863327cfaf2c494abcdf4a05ff98d5a4ceb56',2);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','fe8109f50e6d3538fc1df6fc7fcac62ed4ce6d5f',3);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','fa55ee86b1ff4f15dbd3a3f509940aa1b951eca9',4);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','85358158063aab6ae48aab6cc7355f622c9aa0ab',5);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','a4e499eb84f7a5296718303f4b0e001c04544f6d',6);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','1282a977aa221974653cf9a22901fb7a20dcda13',7);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','ad8568633bdd75bb05869c0ba91a98159f1068af',8);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','46225fcc061662c4358ddf73ad2b12a07fa020ac',9);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','4d11d5f3a034f931cc8eb4a4110e90020b89d9d2',10);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','3c7b3a2aa2d7a495befb51cfcb5726d2593a95e7',11);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','55114355942facbcc006dcc2a328a099f59756e6',12);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','6223f438078b94cd9cc41718e161dce8be60ea9a',13);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','59f40671d50c100bebda6c189e5d89afe5f72135',14);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','2c19b4feb2d1cd4e0af348dc92d94f5e32e6e0c8',15);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','2af69040438513213d5f2d78c855db1fd98799d1',16);
INSERT INTO "nas_arch_claims" VALUES('23b24ce549e344c0996ce270d4a4b25b','eb7cc147f8b36d7424d9fd0a2c81080b34538478',17);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'cost-first-accurate-0');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"cost-first-accurate-0\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 0}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"cost-first-accurate-0\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget/cost-first-accurate-0/nas.db\",\"sampler\":\"cost-first\",\"population_size\":8,\"accurate_every\":3,\"seed\":0,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"8229.1J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget/cost-first-accurate-0/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"23b24ce549e344c0996ce270d4a4b25b"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0005977477363115624, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.16217349980252038, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0033488913324999942, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.9568967500399594, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [7.045069786860956e-05, 0.0033488913324999942], \"latency\": [0.018359000023338012, 0.9568967500399594]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','8229.1');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 13:31:53');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 13:32:36.000000');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 13:33:11.000000');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 13:34:34.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 13:35:04');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 13:35:47.000000');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 13:36:46.000000');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 13:41:48.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 13:52:20.000000');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 13:52:44');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 13:53:06');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 13:57:57.000000');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 13:58:05');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 13:58:14');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 14:00:23.000000');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 14:00:54.000000');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 14:01:59.000000');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 14:06:46.000000');
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
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(178,9,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(179,9,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(180,9,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(181,10,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(182,10,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(183,10,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(184,10,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(185,10,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(186,10,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(187,10,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(188,10,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(189,10,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(190,10,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(191,10,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(192,10,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(193,10,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(194,10,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(195,10,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(196,10,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(197,10,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(198,10,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(199,10,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(200,10,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 346, "inference_params": 322, "macs": 40848, "static_costs": {"params": 346.0, "macs": 40848.0, "peak_memory": 18816.0, "latency": 0.033071999951062026, "energy": 0.00012534177868852483}, "dataflow": {"joules": 6.014500799999999e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.033071999951062026, "latency_ms_p90": 0.04492399989430851, "latency_ms_iqr": 0.0065662496808727155, "cpu_ms_per_call": 0.0364734347146209, "energy_j": 0.00012534177868852483, "energy_cv": 0.03286673020812064, "energy_source": "model:cpu-ccf", "runs_per_window": 1296, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.018471437352119757, "windows": 5, "cpu_pressure": 0.08070205649371034, "load_average": 2.798828125, "rejected_windows": 0, "window_energies_j": [0.00012534177868852483, 0.00012121032920792085, 0.00012765702150117317, 0.00013405764274691278, 0.00012819720833333323]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1815971754999999, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.40143313099997613, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5555, "test_accuracy": 0.5703, "val_curve": [0.3185, 0.465, 0.5141666666666667, 0.5505, 0.5341666666666667, 0.5555], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.247362432000045, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 25.125148363, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 25.125148363}, "train_energy_net_j": 25.125148363, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e1_c16_se_hs-ir_r2_k7_s2_e1_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 6290, "inference_params": 6122, "macs": 579736, "static_costs": {"params": 6290.0, "macs": 579736.0, "peak_memory": 37632.0, "latency": 0.07208550027826277, "energy": 0.0002654922681047758}, "dataflow": {"joules": 3.24653856e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07208550027826277, "latency_ms_p90": 0.09140000015577243, "latency_ms_iqr": 0.0028960002964595333, "cpu_ms_per_call": 0.07626630674846271, "energy_j": 0.0002654922681047758, "energy_cv": 0.01531943015091237, "energy_source": "model:cpu-ccf", "runs_per_window": 647, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005423154222613746, "windows": 5, "cpu_pressure": 0.08722282756502157, "load_average": 2.6279296875, "rejected_windows": 0, "window_energies_j": [0.0002669320736196195, 0.00026925873738171095, 0.0002654922681047758, 0.0002637461027820546, 0.00027558308154122655]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.137643921999988, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9195201719999204, "paired": {"energy_j": 0.0004761273243935947, "latency_ms": 0.13085853789239696, "with_trials": [0], "rounds": 5, "ratio_spread": 0.2024932780587081}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8213333333333334, "test_accuracy": 0.8198, "val_curve": [0.7028333333333333, 0.768, 0.7735, 0.8023333333333333, 0.821, 0.8213333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 33.17547526299995, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 111.60437716049998, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 111.60437716049998}, "train_energy_net_j": 111.60437716049998, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c16_se-ir_r1_k3_s2_e1_c40_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2194, "inference_params": 2106, "macs": 117600, "static_costs": {"params": 2194.0, "macs": 117600.0, "peak_memory": 18816.0, "latency": 0.034043999903587974, "energy": 0.00012710069418418683}, "dataflow": {"joules": 1.295076e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.034043999903587974, "latency_ms_p90": 0.07382569992842036, "latency_ms_iqr": 0.009338000040770567, "cpu_ms_per_call": 0.043764403726705786, "energy_j": 0.00012710069418418683, "energy_cv": 0.20355300036944596, "energy_source": "model:cpu-ccf", "runs_per_window": 1127, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.20515009006557805, "windows": 7, "cpu_pressure": 0.12683104612754237, "load_average": 2.390625, "rejected_windows": 0, "window_energies_j": [0.00015317541304347025, 0.0002021139531249798, 0.00020163714879356903, 0.00018156074454826705, 0.00012836642841246749, 0.00012520048994975086, 0.00012583495995590618]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.381207165999989, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.277745030999995, "paired": {"energy_j": 0.00023524077080208327, "latency_ms": 0.06272376961574186, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.08761249412130345}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7548333333333334, "test_accuracy": 0.751, "val_curve": [0.5666666666666667, 0.6155, 0.6643333333333333, 0.7028333333333333, 0.7375, 0.7548333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 50.487028334000115, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 234.66412458171988, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 234.66412458171988}, "train_energy_net_j": 234.66412458171988, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e6_c16_se_hs-ir_r1_k7_s2_e1_c32_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 25650, "inference_params": 25042, "macs": 1846096, "static_costs": {"params": 25650.0, "macs": 1846096.0, "peak_memory": 163072.0, "latency": 0.14024299980519572, "energy": 0.0005482432784810297}, "dataflow": {"joules": 0.00014291984159999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.14024299980519572, "latency_ms_p90": 0.2606339999147167, "latency_ms_iqr": 0.10091500007547438, "cpu_ms_per_call": 0.18540811111220304, "energy_j": 0.0005482432784810297, "energy_cv": 0.18479667997615581, "energy_source": "model:cpu-ccf", "runs_per_window": 270, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.18365042375100438, "windows": 9, "cpu_pressure": 0.00863836080376644, "load_average": 2.63134765625, "rejected_windows": 0, "window_energies_j": [0.0008327304320389827, 0.0008713003955260015, 0.0008384679004853192, 0.0006489283888927107, 0.0005438052908805331, 0.0007266396618258161, 0.0005482432784810297, 0.0006406626861309739, 0.0005378260389406896]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.2897288945000085, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2433743010001308, "paired": {"energy_j": 0.0008862043944447408, "latency_ms": 0.2522765274555336, "with_trials": [1], "rounds": 5, "ratio_spread": 0.46733593793711203}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8296666666666667, "test_accuracy": 0.8297, "val_curve": [0.6595, 0.7766666666666666, 0.686, 0.802, 0.8173333333333334, 0.8296666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 86.7192024410001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 538.2456680643602, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 538.2456680643602}, "train_energy_net_j": 538.2456680643602, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c8_hs-ir_r1_k7_s2_e1_c40_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 1786, "inference_params": 1698, "macs": 102840, "static_costs": {"params": 1786.0, "macs": 102840.0, "peak_memory": 18816.0, "latency": 0.028823999855376314, "energy": 0.00010718319714818454}, "dataflow": {"joules": 1.4115264e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.028823999855376314, "latency_ms_p90": 0.054314300086844014, "latency_ms_iqr": 0.002254000264656497, "cpu_ms_per_call": 0.031731826446288025, "energy_j": 0.00010718319714818454, "energy_cv": 0.22778317825108632, "energy_source": "model:cpu-ccf", "runs_per_window": 1573, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.036182867436411525, "windows": 5, "cpu_pressure": 0.047720163217587784, "load_average": 2.48388671875, "rejected_windows": 0, "window_energies_j": [0.00010603376093558049, 0.00010718319714818454, 0.00011106139256200806, 0.00018114885594114807, 0.00011957533971291399]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.3392063319999887, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.070823016000304, "paired": {"energy_j": 0.00020287042538892755, "latency_ms": 0.05317654911835602, "with_trials": [0], "rounds": 5, "ratio_spread": 0.6640423996755644}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7495, "test_accuracy": 0.7491, "val_curve": [0.6118333333333333, 0.6496666666666666, 0.7253333333333334, 0.7395, 0.736, 0.7495], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 11.336748622999949, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 38.531667562500076, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 38.531667562500076}, "train_energy_net_j": 38.531667562500076, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_se_hs-ir_r3_k3_s2_e6_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 21722, "inference_params": 20914, "macs": 1164864, "static_costs": {"params": 21722.0, "macs": 1164864.0, "peak_memory": 61152.0, "latency": 0.0894480001534248, "energy": 0.0003535058000001153}, "dataflow": {"joules": 9.16341744e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0894480001534248, "latency_ms_p90": 0.15925279985822272, "latency_ms_iqr": 0.020077000044693705, "cpu_ms_per_call": 0.10119064081634963, "energy_j": 0.0003535058000001153, "energy_cv": 0.08674107529653345, "energy_source": "model:cpu-ccf", "runs_per_window": 490, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0018710947800804067, "windows": 5, "cpu_pressure": 0.05228522086779935, "load_average": 2.4091796875, "rejected_windows": 0, "window_energies_j": [0.0004275948012345809, 0.0003363708504854374, 0.00038500990243886096, 0.0003535058000001153, 0.00035416724285722366]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.507812382499921, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3071008269998856, "paired": {"energy_j": 0.0006701628251330779, "latency_ms": 0.16379136018807156, "with_trials": [2, 1], "rounds": 5, "ratio_spread": 2.3553636972520136}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8386666666666667, "test_accuracy": 0.8373, "val_curve": [0.6688333333333333, 0.7455, 0.8075, 0.8086666666666666, 0.8345, 0.8386666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 56.89052478699978, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 194.65513607399993, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 194.65513607399993}, "train_energy_net_j": 194.65513607399993, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e1_c8_hs-ir_r3_k5_s2_e1_c32_se_hs-ir_r1_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9562, "inference_params": 9266, "macs": 318136, "static_costs": {"params": 9562.0, "macs": 318136.0, "peak_memory": 25088.0, "latency": 0.10166099991693045, "energy": 0.0003742104298057034}, "dataflow": {"joules": 3.03572256e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10166099991693045, "latency_ms_p90": 0.1294440003221098, "latency_ms_iqr": 0.007697250111959875, "cpu_ms_per_call": 0.10884755726871968, "energy_j": 0.0003742104298057034, "energy_cv": 0.016903659935422664, "energy_source": "model:cpu-ccf", "runs_per_window": 455, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.01805406823728406, "windows": 5, "cpu_pressure": 0.07892394340072699, "load_average": 1.826171875, "rejected_windows": 0, "window_energies_j": [0.0003908803283752526, 0.00038393807692325657, 0.0003809664504405189, 0.0003735749029832488, 0.0003742104298057034]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.762624611499916, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3787713180004175, "paired": {"energy_j": 0.0004271304111334981, "latency_ms": 0.11645997173107478, "with_trials": [2, 1], "rounds": 5, "ratio_spread": 0.17349462830053342}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8445, "test_accuracy": 0.8408, "val_curve": [0.7206666666666667, 0.805, 0.8046666666666666, 0.8236666666666667, 0.8421666666666666, 0.8445], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 29.284851519000313, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 171.48466220564035, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 171.48466220564035}, "train_energy_net_j": 171.48466220564035, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e6_c16_hs-ir_r1_k3_s2_e6_c48_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 32626, "inference_params": 31890, "macs": 3801376, "static_costs": {"params": 32626.0, "macs": 3801376.0, "peak_memory": 163072.0, "latency": 0.22811799999544746, "energy": 0.0008222480985918463}, "dataflow": {"joules": 0.0001846741296, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.22811799999544746, "latency_ms_p90": 0.3360294999765756, "latency_ms_iqr": 0.026736999757304147, "cpu_ms_per_call": 0.2392820825243733, "energy_j": 0.0008222480985918463, "energy_cv": 0.19525712387712854, "energy_source": "model:cpu-ccf", "runs_per_window": 206, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.01853356702138731, "windows": 5, "cpu_pressure": 0.08023000118047086, "load_average": 2.1923828125, "rejected_windows": 0, "window_energies_j": [0.0012798908860288344, 0.0008130249652759226, 0.0008374872888353065, 0.0008222480985918463, 0.0008533314827583001]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.7060643934999717, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1639115279999714, "paired": {"energy_j": 0.0015660362104670696, "latency_ms": 0.4343367670887075, "with_trials": [6], "rounds": 5, "ratio_spread": 0.11774921979666009}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8605, "test_accuracy": 0.8577, "val_curve": [0.7038333333333333, 0.7361666666666666, 0.827, 0.8298333333333333, 0.8545, 0.8605], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 298.7670617069998, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 1374.4768141203594, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 1374.4768141203594}, "train_energy_net_j": 1374.4768141203594, "train_device_share": 0.9962938005390836, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e6_c8_se_hs-ir_r3_k3_s2_e6_c48_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 164450, "inference_params": 162842, "macs": 4664208, "static_costs": {"params": 164450.0, "macs": 4664208.0, "peak_memory": 150528.0, "latency": 0.27686400017046253, "energy": 0.0009888488305087432}, "dataflow": {"joules": 0.0002803763568, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.27686400017046253, "latency_ms_p90": 0.3192626998952619, "latency_ms_iqr": 0.025191999725393543, "cpu_ms_per_call": 0.28610567241375506, "energy_j": 0.0009888488305087432, "energy_cv": 0.029856320331003904, "energy_source": "model:cpu-ccf", "runs_per_window": 174, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.012662221517678596, "windows": 5, "cpu_pressure": 7.971974364708056e-05, "load_average": 2.7841796875, "rejected_windows": 0, "window_energies_j": [0.0010412601272152841, 0.0010632664939023693, 0.0009880030056183898, 0.0010013698534481425, 0.0009888488305087432]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.287389428000182, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 2.617635432000043, "paired": {"energy_j": 0.0019523114168140958, "latency_ms": 0.5806574029027924, "with_trials": [6, 7], "rounds": 5, "ratio_spread": 0.641020635308633}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8571666666666666, "test_accuracy": 0.8557, "val_curve": [0.7436666666666667, 0.7598333333333334, 0.8261666666666667, 0.8378333333333333, 0.8475, 0.8571666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 642.0594503799998, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 2349.1494225548795, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 2349.1494225548795}, "train_energy_net_j": 2349.1494225548795, "train_device_share": 0.9961776102209656, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se-ir_r1_k3_s2_e1_c16_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 962, "inference_params": 914, "macs": 50984, "static_costs": {"params": 962.0, "macs": 50984.0, "peak_memory": 18816.0, "latency": 0.03212999990864773, "energy": 0.00014158688238994897}, "dataflow": {"joules": 8.5311264e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03212999990864773, "latency_ms_p90": 0.06375780021699029, "latency_ms_iqr": 0.003206500196029083, "cpu_ms_per_call": 0.04083589896368401, "energy_j": 0.00014158688238994897, "energy_cv": 0.02708850329081191, "energy_source": "model:cpu-ccf", "runs_per_window": 596, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0094554238383322, "windows": 5, "cpu_pressure": 0.712579839630194, "load_average": 5.61181640625, "rejected_windows": 0, "window_energies_j": [0.00013778129362459755, 0.00014292564637289403, 0.00014158688238994897, 0.00014719952211682301, 0.0001485337118642207]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.868626769000059, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.5721174380000775, "paired": {"energy_j": 0.00020180373789283344, "latency_ms": 0.053562044947696535, "with_trials": [0, 4], "rounds": 5, "ratio_spread": 0.515330701833717}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6483333333333333, "test_accuracy": 0.6525, "val_curve": [0.3873333333333333, 0.5125, 0.6146666666666667, 0.6375, 0.6413333333333333, 0.6483333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 17.504058083000018, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 32.71131861549998, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 32.71131861549998}, "train_energy_net_j": 32.71131861549998, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c8-ir_r3_k5_s2_e1_c32_se-ir_r1_k3_s2_e1_c24_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 8082, "inference_params": 7818, "macs": 287320, "static_costs": {"params": 8082.0, "macs": 287320.0, "peak_memory": 18816.0, "latency": 0.06399749980801062, "energy": 0.00025516090861356063}, "dataflow": {"joules": 2.8920672e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06399749980801062, "latency_ms_p90": 0.1540709999972023, "latency_ms_iqr": 0.034338999967076234, "cpu_ms_per_call": 0.08762426495770434, "energy_j": 0.00025516090861356063, "energy_cv": 0.2468460391016736, "energy_source": "model:cpu-ccf", "runs_per_window": 564, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.2019275562952212, "windows": 10, "cpu_pressure": 0.16709000193397772, "load_average": 4.9931640625, "rejected_windows": 0, "window_energies_j": [0.0003235896399256454, 0.00030773314542184576, 0.0002610857179106393, 0.00024012119363755544, 0.00044662023214365424, 0.0003142490407608536, 0.0002325154628160672, 0.0004697892024456406, 0.00030563670928208464, 0.0002531859721812011]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.430407265500207, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.6009876540001642, "paired": {"energy_j": 0.00042027661906183855, "latency_ms": 0.11439505530434343, "with_trials": [2, 6], "rounds": 5, "ratio_spread": 0.48781066101871073}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8395, "test_accuracy": 0.8388, "val_curve": [0.6783333333333333, 0.7901666666666667, 0.7866666666666666, 0.8298333333333333, 0.8386666666666667, 0.8395], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.06193084100005, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 65.98921317449987, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 65.98921317449987}, "train_energy_net_j": 65.98921317449987, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e6_c16_hs-ir_r3_k7_s2_e1_c32_se_hs-ir_r1_k3_s2_e6_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 61410, "inference_params": 60242, "macs": 2484112, "static_costs": {"params": 61410.0, "macs": 2484112.0, "peak_memory": 163072.0, "latency": 0.1658609999140026, "energy": 0.0005976078608245097}, "dataflow": {"joules": 0.00019146911519999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1658609999140026, "latency_ms_p90": 0.18806399980348942, "latency_ms_iqr": 0.013525750091503141, "cpu_ms_per_call": 0.1721498090279599, "energy_j": 0.0005976078608245097, "energy_cv": 0.025035414155964327, "energy_source": "model:cpu-ccf", "runs_per_window": 290, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.008226917843026094, "windows": 5, "cpu_pressure": 0.025889158869826186, "load_average": 4.13720703125, "rejected_windows": 0, "window_energies_j": [0.0006050864086201445, 0.0005976078608245097, 0.0006328528620688702, 0.0006025243315978595, 0.0005873681795292778]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.335622697000019, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.440530826000213, "paired": {"energy_j": 0.0011997808436558272, "latency_ms": 0.33235912987449273, "with_trials": [6, 7], "rounds": 5, "ratio_spread": 0.19305531385009478}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8723333333333333, "test_accuracy": 0.8667, "val_curve": [0.7385, 0.8106666666666666, 0.825, 0.8553333333333333, 0.8621666666666666, 0.8723333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 271.98733996799956, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 1151.48650700816, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 1151.48650700816}, "train_energy_net_j": 1151.48650700816, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 474, "inference_params": 450, "macs": 65936, "static_costs": {"params": 474.0, "macs": 65936.0, "peak_memory": 18816.0, "latency": 0.0188450003406615, "energy": 6.991954369523791e-05}, "dataflow": {"joules": 6.2131056e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0188450003406615, "latency_ms_p90": 0.021089000256324653, "latency_ms_iqr": 0.0007510002433264162, "cpu_ms_per_call": 0.020139303966595107, "energy_j": 6.991954369523791e-05, "energy_cv": 0.02424678463600316, "energy_source": "model:cpu-ccf", "runs_per_window": 2395, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.008123911539251738, "windows": 5, "cpu_pressure": 0.4927144857465917, "load_average": 3.44140625, "rejected_windows": 0, "window_energies_j": [7.442502468706358e-05, 7.160549245182754e-05, 7.048756388308288e-05, 6.991954369523791e-05, 6.971446797521356e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.8549906665004414, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9549857539996083, "paired": {"energy_j": 0.00013531661489228403, "latency_ms": 0.03604692837978494, "with_trials": [0], "rounds": 5, "ratio_spread": 0.08136244475294263}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5835, "test_accuracy": 0.591, "val_curve": [0.418, 0.49566666666666664, 0.5151666666666667, 0.5366666666666666, 0.5833333333333334, 0.5835], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.289938758999597, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 20.250750768499813, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 20.250750768499813}, "train_energy_net_j": 20.250750768499813, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c8_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 514, "inference_params": 474, "macs": 67504, "static_costs": {"params": 514.0, "macs": 67504.0, "peak_memory": 18816.0, "latency": 0.020528999812086113, "energy": 7.62401730670119e-05}, "dataflow": {"joules": 1.03127184e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.020528999812086113, "latency_ms_p90": 0.024448999738524435, "latency_ms_iqr": 0.0009019995559356175, "cpu_ms_per_call": 0.022426271370401585, "energy_j": 7.62401730670119e-05, "energy_cv": 0.04878883895766921, "energy_source": "model:cpu-ccf", "runs_per_window": 1927, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.02953530453576536, "windows": 5, "cpu_pressure": 0.5029707814280636, "load_average": 3.40576171875, "rejected_windows": 0, "window_energies_j": [7.849194979640555e-05, 8.115388156199815e-05, 8.647576955114972e-05, 7.62401730670119e-05, 7.59474910285679e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.773962540999719, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8699807989996771, "paired": {"energy_j": 0.00015125377661122277, "latency_ms": 0.03902882390846769, "with_trials": [0], "rounds": 5, "ratio_spread": 0.4447699018109794}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5655, "test_accuracy": 0.5846, "val_curve": [0.42133333333333334, 0.44533333333333336, 0.5148333333333334, 0.5443333333333333, 0.5485, 0.5655], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.865691508999589, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 23.311751561000047, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 23.311751561000047}, "train_energy_net_j": 23.311751561000047, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e1_c8-ir_r3_k3_s2_e1_c24_se_hs-ir_r3_k7_s2_e6_c48_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 203626, "inference_params": 201890, "macs": 2019032, "static_costs": {"params": 203626.0, "macs": 2019032.0, "peak_memory": 39936.0, "latency": 0.17393599955539685, "energy": 0.0006290590559566499}, "dataflow": {"joules": 0.0001952369472, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.17393599955539685, "latency_ms_p90": 0.3602894001232926, "latency_ms_iqr": 0.032063999697129475, "cpu_ms_per_call": 0.18869793725481906, "energy_j": 0.0006290590559566499, "energy_cv": 0.30647099764111224, "energy_source": "model:cpu-ccf", "runs_per_window": 255, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.049889949342657, "windows": 5, "cpu_pressure": 0.01904282215484077, "load_average": 3.26904296875, "rejected_windows": 0, "window_energies_j": [0.0006604427803918667, 0.0012716122137687203, 0.0008496861642149323, 0.0006290590559566499, 0.0006211270860216992]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.0096675369999275, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.4474899759998152, "paired": {"energy_j": 0.0012550553373253909, "latency_ms": 0.3491531887157962, "with_trials": [6, 11], "rounds": 5, "ratio_spread": 0.04392734286257283}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8603333333333333, "test_accuracy": 0.8498, "val_curve": [0.7506666666666667, 0.7935, 0.828, 0.8336666666666667, 0.853, 0.8603333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 118.37490320600045, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 400.8164709710002, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 400.8164709710002}, "train_energy_net_j": 400.8164709710002, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c8_hs-ir_r3_k7_s2_e1_c32_se-ir_r2_k7_s2_e3_c24_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 34202, "inference_params": 33610, "macs": 737048, "static_costs": {"params": 34202.0, "macs": 737048.0, "peak_memory": 25088.0, "latency": 0.10291299986420199, "energy": 0.00037235636170257844}, "dataflow": {"joules": 5.8923820799999994e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10291299986420199, "latency_ms_p90": 0.12312499939071131, "latency_ms_iqr": 0.005408499646364362, "cpu_ms_per_call": 0.10732362906706848, "energy_j": 0.00037235636170257844, "energy_cv": 0.013605490773344003, "energy_source": "model:cpu-ccf", "runs_per_window": 461, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0087989366347343, "windows": 5, "cpu_pressure": 0.0003384697781346464, "load_average": 1.9140625, "rejected_windows": 0, "window_energies_j": [0.00037235636170257844, 0.00037912507002166724, 0.00038169683115531634, 0.00037563270173473964, 0.000367174822855472]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.0137059139999, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.4423213030004263, "paired": {"energy_j": 0.0007079278827680593, "latency_ms": 0.19104816178827766, "with_trials": [2, 10], "rounds": 5, "ratio_spread": 2.15906863511977}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8568333333333333, "test_accuracy": 0.8495, "val_curve": [0.7783333333333333, 0.8278333333333333, 0.8201666666666667, 0.849, 0.849, 0.8568333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 32.0428465240002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 221.97503033632034, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 221.97503033632034}, "train_energy_net_j": 221.97503033632034, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c8_hs-ir_r3_k3_s2_e1_c24_se_hs-ir_r3_k7_s2_e3_c48_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 83154, "inference_params": 82122, "macs": 1050424, "static_costs": {"params": 83154.0, "macs": 1050424.0, "peak_memory": 21504.0, "latency": 0.11947900020459201, "energy": 0.000431404870689558}, "dataflow": {"joules": 9.83721504e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.11947900020459201, "latency_ms_p90": 0.13662389992532553, "latency_ms_iqr": 0.005976749662295333, "cpu_ms_per_call": 0.12390561904741028, "energy_j": 0.000431404870689558, "energy_cv": 0.009712963227452708, "energy_source": "model:cpu-ccf", "runs_per_window": 399, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005249815498740151, "windows": 5, "cpu_pressure": 0.0001394798600755625, "load_average": 2.08837890625, "rejected_windows": 0, "window_energies_j": [0.0004306567947757891, 0.0004416290478647461, 0.00043845798731020517, 0.000431404870689558, 0.00043366966666593597]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.14471916700046, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.478725265000321, "paired": {"energy_j": 0.0008437103646325378, "latency_ms": 0.23616969732385557, "with_trials": [6, 15], "rounds": 5, "ratio_spread": 1.31241805144868}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8578333333333333, "test_accuracy": 0.8531, "val_curve": [0.7543333333333333, 0.811, 0.8183333333333334, 0.8501666666666666, 0.8531666666666666, 0.8578333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 74.19949627699953, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 437.31209417076013, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 437.31209417076013}, "train_energy_net_j": 437.31209417076013, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e1_c16_hs-ir_r3_k3_s2_e1_c32_se-ir_r3_k7_s2_e6_c48_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 220594, "inference_params": 218658, "macs": 2384240, "static_costs": {"params": 220594.0, "macs": 2384240.0, "peak_memory": 49920.0, "latency": 0.1955464995262446, "energy": 0.0007083270285712777}, "dataflow": {"joules": 0.00022930250399999999, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1955464995262446, "latency_ms_p90": 0.2209940003012889, "latency_ms_iqr": 0.018925000404124148, "cpu_ms_per_call": 0.2033861707317319, "energy_j": 0.0007083270285712777, "energy_cv": 0.01348083432183481, "energy_source": "model:cpu-ccf", "runs_per_window": 245, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004975906392973739, "windows": 5, "cpu_pressure": 9.978534575645807e-05, "load_average": 2.3701171875, "rejected_windows": 0, "window_energies_j": [0.0007226814691369706, 0.0007011283461532975, 0.0007276510456462823, 0.0007083270285712777, 0.0007118515975610616]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.454776421500242, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.5684289320006428, "paired": {"energy_j": 0.001369370149461249, "latency_ms": 0.38455633004875067, "with_trials": [15, 16], "rounds": 5, "ratio_spread": 0.8196840784105666}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8596666666666667, "test_accuracy": 0.8612, "val_curve": [0.7798333333333334, 0.807, 0.8455, 0.8458333333333333, 0.8553333333333333, 0.8596666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 279.68479746699995, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 1325.5476392052788, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 1325.5476392052788}, "train_energy_net_j": 1325.5476392052788, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-0/artifacts/cost-first-accurate-0-23b24ce5/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,0.5555,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,1.25341778688524825525e-04,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,3.30719999510620255023e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,8.21333333333333359682e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,4.76127324393594685697e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,1.30858537892396958879e-01,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,7.54833333333333356129e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,2.35240770802083270759e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,6.27237696157418589404e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.2966666666666666341e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,8.86204394444740787065e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,2.52276527455533583488e-01,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,0.7495,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,2.02870425388927547779e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,5.31765491183560229382e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,8.38666666666666671403e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,6.7016282513307793775e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,1.63791360188071555281e-01,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,0.8445,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,4.27130411133498080408e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,1.1645997173107477951e-01,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,0.8605,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,1.56603621046706958756e-03,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,4.34336767088707498274e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,8.57166666666666632323e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,1.95231141681409580204e-03,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,5.80657402902792441068e-01,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,6.4833333333333331705e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,2.01803737892833443424e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,5.35620449476965354573e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,0.8395,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,4.20276619061838547456e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,1.14395055304343434832e-01,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,8.72333333333333293957e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,1.19978084365582717343e-03,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,3.32359129874492731371e-01,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,0.5835,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,1.35316614892284025305e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,3.60469283797849385231e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,0.5655,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,1.51253776611222768948e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,3.90288239084676871759e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,8.60333333333333283299e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,1.25505533732539085664e-03,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,3.491531887157962033e-01,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.56833333333333335701e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,7.07927882768059294621e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,1.91048161788277659489e-01,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,8.57833333333333336589e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,8.43710364632537825058e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,2.3616969732385556524e-01,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.59666666666666690055e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,1.36937014946124889502e-03,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,3.84556330048750671934e-01,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 13:31:53.213724','2026-12-06 13:32:01.430648');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 13:32:06.328318','2026-12-06 13:32:41.004046');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 13:32:41.237183','2026-12-06 13:33:34.253294');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 13:33:34.719358','2026-12-06 13:35:03.964386');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 13:35:04.406179','2026-12-06 13:35:17.334733');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 13:35:17.614564','2026-12-06 13:36:16.527487');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 13:36:16.807243','2026-12-06 13:36:48.245345');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 13:36:48.566406','2026-12-06 13:41:49.180129');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 13:41:50.107133','2026-12-06 13:52:41.712167');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 13:52:44.720822','2026-12-06 13:53:05.370511');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 13:53:06.036501','2026-12-06 13:53:27.539130');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 13:53:27.802919','2026-12-06 13:58:03.167252');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 13:58:05.603984','2026-12-06 13:58:14.499105');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 13:58:14.640421','2026-12-06 13:58:22.988504');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 13:58:23.117785','2026-12-06 14:00:23.884500');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 14:00:24.393262','2026-12-06 14:00:58.770589');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 14:00:59.189142','2026-12-06 14:02:15.905724');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 14:02:16.319968','2026-12-06 14:06:58.695328');
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
