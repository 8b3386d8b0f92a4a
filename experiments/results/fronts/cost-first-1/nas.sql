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
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','6a32ee0b6e491d6d34b522bb2e3373ed45c9e2a6',0);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','0954d19574dda84e11813edfe14a8e851d977fd8',1);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','b00283fa7e7a717f0b365ac3b0d0338456c39cb4',2);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','8929d0d486b42caaa9e84caac003b8b79892ea6a',3);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','1eb0149b231b13c202c5dc1977e0715ee89ee7f2',4);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','54962a8c10dbd1375a426ca2922bcf91005a4b51',5);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','bb77db9d162d9035ecd88b7995049d238d69842e',6);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','4e7f129b321474f96ada4a653a9ee8a6c9745824',7);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','a41b45ace942f446868f68bc958dfbd41d0349df',8);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','36f030d0d4c30f88e3091f689facbc0d7c82a8c3',9);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','43e40cf0501a008f1724ce4442c834d12760e469',10);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','d24975d05bea0a711b1f3153ef82e07df7c128b3',11);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','be34851d948150d29fe4b07bdae31872566f932a',12);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','e4716eaabd46f8fa6eaffa588c3d17f9db83e4df',13);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','d314eee0a25b3da1c9acabd4c2d77a42d66bfb10',14);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','cc6bfba499e92a32aaf3652cae155f514bf9c045',15);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','3b8c38da72c2cb8e74e903aa14424a4a64042592',16);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','c715a642a85e65af6492a753d6a9739ca9cfb15b',17);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','3044a32efc2728b3fd41f04a2b30cf9b3519fd07',18);
INSERT INTO "nas_arch_claims" VALUES('3308e303b7de4de78fc08717e2e4641d','c4144a8bad838916c347243b5762dfdd2ec7ae0f',19);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'cost-first-1');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"cost-first-1\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 1}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"cost-first-1\",\"storage\":\"sqlite:////work/main/experiments/results/fronts/cost-first-1/nas.db\",\"sampler\":\"cost-first\",\"population_size\":8,\"seed\":1,\"n_trials\":20,\"timeout_s\":null,\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/fronts/cost-first-1/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/fronts/cost-first-1/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"3308e303b7de4de78fc08717e2e4641d"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.00029781782179445987, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.08255450006799947, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.00134403962214265, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.3743885004041658, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [4.3885931294208855e-05, 0.00134403962214265], \"latency\": [0.012030499874526868, 0.3743885004041658]}}"');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-05 21:46:46');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-05 21:46:53');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-05 21:47:14');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-05 21:47:29');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-05 21:47:59');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-05 21:48:12');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-05 21:48:21');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-05 21:49:04.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-05 21:49:28');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-05 21:49:30');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-05 21:49:48');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-05 21:50:15');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-05 21:50:31');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-05 21:50:50');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-05 21:51:14');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-05 21:51:31');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-05 21:51:57');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-05 21:52:21');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-05 21:52:45');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-05 21:53:08');
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
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 346, "inference_params": 322, "macs": 40848, "static_costs": {"params": 346.0, "macs": 40848.0, "peak_memory": 18816.0, "latency": 0.01201250006488408, "energy": 4.388313822784841e-05}, "dataflow": {"joules": 6.014500799999999e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.01201250006488408, "latency_ms_p90": 0.014944999747967813, "latency_ms_iqr": 0.00041000021155923605, "cpu_ms_per_call": 0.012652175779253995, "energy_j": 4.388313822784841e-05, "energy_cv": 0.005712512950119346, "energy_source": "model:cpu-ccf", "runs_per_window": 3950, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.009103200356054941, "windows": 5, "cpu_pressure": 0.0010570980965854332, "load_average": 1.751953125, "rejected_windows": 0, "window_energies_j": [4.4282615227388966e-05, 4.430653721538885e-05, 4.388313822784841e-05, 4.370789248206655e-05, 4.43013818646235e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.963878114500001, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.27682394399926125, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5203333333333333, "test_accuracy": 0.5242, "val_curve": [0.37766666666666665, 0.42283333333333334, 0.4875, 0.5168333333333334, 0.5116666666666667, 0.5203333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 4.0283011960000294, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 25.625115993679337, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 25.625115993679337}, "train_energy_net_j": 25.625115993679337, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e1_c8_se_hs-ir_r1_k7_s2_e3_c32-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 9986, "inference_params": 9722, "macs": 631608, "static_costs": {"params": 9986.0, "macs": 631608.0, "peak_memory": 31360.0, "latency": 0.03781400027946802, "energy": 0.00013598873348641128}, "dataflow": {"joules": 3.79039968e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03781400027946802, "latency_ms_p90": 0.04066659948875895, "latency_ms_iqr": 0.0019990002328995615, "cpu_ms_per_call": 0.039071276562197, "energy_j": 0.00013598873348641128, "energy_cv": 0.00996989421557921, "energy_source": "model:cpu-ccf", "runs_per_window": 1280, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005594099318192658, "windows": 5, "cpu_pressure": 0.0007989094406778997, "load_average": 1.77197265625, "rejected_windows": 0, "window_energies_j": [0.00013879014540375947, 0.00013829849121405944, 0.0001367494679676895, 0.00013516919461778096, 0.00013598873348641128]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.9943717615, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8597203979998085, "paired": {"energy_j": 0.00013016827923077685, "latency_ms": 0.03616997019251714, "with_trials": [0], "rounds": 5, "ratio_spread": 0.040655095160247345}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8193333333333334, "test_accuracy": 0.8148, "val_curve": [0.672, 0.7451666666666666, 0.7141666666666666, 0.8068333333333333, 0.8151666666666667, 0.8193333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.461383465000836, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 134.92602743351927, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 134.92602743351927}, "train_energy_net_j": 134.92602743351927, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e1_c16_se_hs-ir_r1_k3_s2_e3_c24_se_hs-ir_r3_k3_s2_e1_c24-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 9970, "inference_params": 9610, "macs": 409072, "static_costs": {"params": 9970.0, "macs": 409072.0, "peak_memory": 50176.0, "latency": 0.0328364994857111, "energy": 0.00011900449278846336}, "dataflow": {"joules": 3.74211312e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0328364994857111, "latency_ms_p90": 0.03629300044849515, "latency_ms_iqr": 0.001764999979059212, "cpu_ms_per_call": 0.03433421208000383, "energy_j": 0.00011900449278846336, "energy_cv": 0.008166038100761273, "energy_source": "model:cpu-ccf", "runs_per_window": 1456, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.009791642855210059, "windows": 5, "cpu_pressure": 0.0033554165681047104, "load_average": 1.77001953125, "rejected_windows": 0, "window_energies_j": [0.00012029741512122394, 0.00011900449278846336, 0.0001178416224763363, 0.00012032915121951799, 0.00012016974228001342]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.0322710085000075, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1594965939993926, "paired": {"energy_j": 0.00011120907421624819, "latency_ms": 0.030925704696345518, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.0643205323742142}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8358333333333333, "test_accuracy": 0.831, "val_curve": [0.6396666666666667, 0.725, 0.8025, 0.8296666666666667, 0.8331666666666667, 0.8358333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 12.868225401000018, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 89.4242655345603, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 89.4242655345603}, "train_energy_net_j": 89.4242655345603, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_hs-ir_r2_k5_s2_e6_c32-ir_r3_k5_s2_e3_c32_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 52282, "inference_params": 50938, "macs": 1798512, "static_costs": {"params": 52282.0, "macs": 1798512.0, "peak_memory": 81536.0, "latency": 0.06363100055750692, "energy": 0.00022710016472114448}, "dataflow": {"joules": 0.0001208349552, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06363100055750692, "latency_ms_p90": 0.06669410040558432, "latency_ms_iqr": 0.002023749630097882, "cpu_ms_per_call": 0.06547598167563444, "energy_j": 0.00022710016472114448, "energy_cv": 0.010912302063138573, "energy_source": "model:cpu-ccf", "runs_per_window": 764, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.009096299626698334, "windows": 5, "cpu_pressure": 0.0007584751615438419, "load_average": 1.8056640625, "rejected_windows": 0, "window_energies_j": [0.00023061370882844398, 0.00022418896830532666, 0.00022710016472114448, 0.00023087946205062023, 0.00022916593586472055]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.131105400499976, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8981582870010243, "paired": {"energy_j": 0.0002119988192985877, "latency_ms": 0.059892165675993786, "with_trials": [2], "rounds": 5, "ratio_spread": 0.08410224691478962}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.867, "test_accuracy": 0.8559, "val_curve": [0.718, 0.8118333333333333, 0.821, 0.8426666666666667, 0.8573333333333333, 0.867], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 27.914068895999662, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 193.9172090808008, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 193.9172090808008}, "train_energy_net_j": 193.9172090808008, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c8-ir_r2_k5_s2_e1_c16_se-ir_r1_k5_s2_e1_c64_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 13266, "inference_params": 12962, "macs": 271160, "static_costs": {"params": 13266.0, "macs": 271160.0, "peak_memory": 18816.0, "latency": 0.029398000151559245, "energy": 0.00010605750666329062}, "dataflow": {"joules": 2.7078336e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.029398000151559245, "latency_ms_p90": 0.032102699424285674, "latency_ms_iqr": 0.000984499365586089, "cpu_ms_per_call": 0.030432934355825638, "energy_j": 0.00010605750666329062, "energy_cv": 0.004085746025672463, "energy_source": "model:cpu-ccf", "runs_per_window": 1637, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004316182762549969, "windows": 5, "cpu_pressure": 0.0004782665039221069, "load_average": 1.77783203125, "rejected_windows": 0, "window_energies_j": [0.00010568493339417695, 0.00010691350366499835, 0.00010661788466258272, 0.00010605750666329062, 0.00010651527024538974]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.025985445999936, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.156272063999495, "paired": {"energy_j": 0.00010207021619424763, "latency_ms": 0.02850782015456718, "with_trials": [0, 2], "rounds": 5, "ratio_spread": 0.021227063899866838}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8243333333333334, "test_accuracy": 0.8206, "val_curve": [0.7163333333333334, 0.7665, 0.806, 0.8173333333333334, 0.8195, 0.8243333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 11.265476182999919, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 77.98183554468011, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 77.98183554468011}, "train_energy_net_j": 77.98183554468011, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e3_c16_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 7690, "inference_params": 7498, "macs": 993152, "static_costs": {"params": 7690.0, "macs": 993152.0, "peak_memory": 87808.0, "latency": 0.034811000205081655, "energy": 0.00012681843188371545}, "dataflow": {"joules": 5.08510992e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.034811000205081655, "latency_ms_p90": 0.03808630026469473, "latency_ms_iqr": 0.0012404998415149748, "cpu_ms_per_call": 0.036243041666661154, "energy_j": 0.00012681843188371545, "energy_cv": 0.003979359046981089, "energy_source": "model:cpu-ccf", "runs_per_window": 1368, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0002540163059903122, "windows": 5, "cpu_pressure": 0.00934616337896786, "load_average": 1.82763671875, "rejected_windows": 0, "window_energies_j": [0.00012805714228219072, 0.00012668761163982272, 0.00012735976654452811, 0.00012685064583331404, 0.00012681843188371545]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0162684069999983, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.29173006500059273, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6288333333333334, "test_accuracy": 0.6254, "val_curve": [0.5873333333333334, 0.6288333333333334], "epochs_run": 2, "stop_reason": "pareto: validation 0.629 after epoch 2 cannot pass 0.836 of trial 2, which costs no more (bound 0.760: finished curves gained at most 0.111 later, margin 0.02)", "train_seconds": 8.612829456999862, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 59.8578803391996, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 59.8578803391996}, "train_energy_net_j": 59.8578803391996, "train_device_share": 1.0, "pareto_saved_energy_j": 119.7157606783992, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e3_c32", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 2714, "inference_params": 2626, "macs": 433088, "static_costs": {"params": 2714.0, "macs": 433088.0, "peak_memory": 43904.0, "latency": 0.020770499759237282, "energy": 7.570510142649189e-05}, "dataflow": {"joules": 2.25816048e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.020770499759237282, "latency_ms_p90": 0.023508000322181033, "latency_ms_iqr": 0.0008287508990179049, "cpu_ms_per_call": 0.021732298729740057, "energy_j": 7.570510142649189e-05, "energy_cv": 0.008970120551563139, "energy_source": "model:cpu-ccf", "runs_per_window": 2283, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0047281374815391075, "windows": 5, "cpu_pressure": 0.00019973270571052516, "load_average": 1.8544921875, "rejected_windows": 0, "window_energies_j": [7.734183072801069e-05, 7.570510142649189e-05, 7.635446750109077e-05, 7.53337602326573e-05, 7.60630455540902e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8168003159999557, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0956461659989145, "paired": {"energy_j": 7.498026032891571e-05, "latency_ms": 0.02075915333557575, "with_trials": [0, 4], "rounds": 5, "ratio_spread": 0.07325055784129164}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7485, "test_accuracy": 0.7465, "val_curve": [0.4985, 0.6765, 0.6721666666666667, 0.7218333333333333, 0.7383333333333333, 0.7485], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 11.295370623999588, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 78.5131270257211, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 78.5131270257211}, "train_energy_net_j": 78.5131270257211, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c24_se_hs-ir_r3_k7_s2_e3_c40_hs-ir_r1_k5_s2_e1_c32_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 58194, "inference_params": 57010, "macs": 3538200, "static_costs": {"params": 58194.0, "macs": 3538200.0, "peak_memory": 131712.0, "latency": 0.1209719994221814, "energy": 0.00044256845419842074}, "dataflow": {"joules": 0.00019487232, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1209719994221814, "latency_ms_p90": 0.14259939980547642, "latency_ms_iqr": 0.007115499329302111, "cpu_ms_per_call": 0.12739074936061537, "energy_j": 0.00044256845419842074, "energy_cv": 0.013519601988711969, "energy_source": "model:cpu-ccf", "runs_per_window": 391, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0074545949500814945, "windows": 5, "cpu_pressure": 0.00019904699879779927, "load_average": 1.876953125, "rejected_windows": 0, "window_energies_j": [0.0004458676227621537, 0.0004387937017526654, 0.00044256845419842074, 0.00045471190909335165, 0.0004529031171875049]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.211031543999944, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9212370509994798, "paired": {"energy_j": 0.0004314545452380585, "latency_ms": 0.1202189347143918, "with_trials": [3], "rounds": 5, "ratio_spread": 0.04913353727547354}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8808333333333334, "test_accuracy": 0.8769, "val_curve": [0.7906666666666666, 0.818, 0.8548333333333333, 0.8728333333333333, 0.8765, 0.8808333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 52.11144109599991, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 361.8299475999194, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 361.8299475999194}, "train_energy_net_j": 361.8299475999194, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c8", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 514, "inference_params": 474, "macs": 67504, "static_costs": {"params": 514.0, "macs": 67504.0, "peak_memory": 18816.0, "latency": 0.01662499926169403, "energy": 6.0543326876529946e-05}, "dataflow": {"joules": 1.03127184e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.01662499926169403, "latency_ms_p90": 0.019574700036173454, "latency_ms_iqr": 0.0005887497991352575, "cpu_ms_per_call": 0.017330118881119263, "energy_j": 6.0543326876529946e-05, "energy_cv": 0.011866980452872046, "energy_source": "model:cpu-ccf", "runs_per_window": 2860, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0018513883060318204, "windows": 5, "cpu_pressure": 0.00021974693503403245, "load_average": 1.994140625, "rejected_windows": 0, "window_energies_j": [5.9468565387246393e-05, 6.065541608391742e-05, 6.0543326876529946e-05, 6.144714685067124e-05, 6.140249491384957e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9967719789999591, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2859458259999883, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.37466666666666665, "test_accuracy": 0.3843, "val_curve": [0.35283333333333333, 0.37466666666666665], "epochs_run": 2, "stop_reason": "pareto: validation 0.375 after epoch 2 cannot pass 0.520 of trial 0, which costs no more (bound 0.505: finished curves gained at most 0.111 later, margin 0.02)", "train_seconds": 1.799285291999695, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 12.4906967499602, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 12.4906967499602}, "train_energy_net_j": 12.4906967499602, "train_device_share": 1.0, "pareto_saved_energy_j": 24.9813934999204, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e1_c8_se_hs-ir_r1_k5_s2_e3_c32_hs-ir_r3_k5_s2_e3_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 23954, "inference_params": 23234, "macs": 589848, "static_costs": {"params": 23954.0, "macs": 589848.0, "peak_memory": 25088.0, "latency": 0.03654400006780634, "energy": 0.0001316095859197828}, "dataflow": {"joules": 5.0457100799999995e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03654400006780634, "latency_ms_p90": 0.03947200002585305, "latency_ms_iqr": 0.0021239993657218292, "cpu_ms_per_call": 0.03774949283018392, "energy_j": 0.0001316095859197828, "energy_cv": 0.011040638619643444, "energy_source": "model:cpu-ccf", "runs_per_window": 1324, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0039027475261106392, "windows": 5, "cpu_pressure": 0.00021975352883862038, "load_average": 1.99462890625, "rejected_windows": 0, "window_energies_j": [0.00012990599215240953, 0.0001321232249056437, 0.0001316095859197828, 0.00013225130929012872, 0.00013445749380321624]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.091404856000125, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1748823740008447, "paired": {"energy_j": 0.0001297077476607705, "latency_ms": 0.036044347549761366, "with_trials": [2, 3], "rounds": 5, "ratio_spread": 0.03271589167922628}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.864, "test_accuracy": 0.8545, "val_curve": [0.7535, 0.8068333333333333, 0.817, 0.8428333333333333, 0.8598333333333333, 0.864], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.380819160000101, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 106.89655318867975, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 106.89655318867975}, "train_energy_net_j": 106.89655318867975, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_hs-ir_r2_k5_s2_e3_c32-ir_r3_k5_s2_e3_c24_se_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 45434, "inference_params": 44450, "macs": 1161016, "static_costs": {"params": 45434.0, "macs": 1161016.0, "peak_memory": 43904.0, "latency": 0.06276800013438333, "energy": 0.00022640747024413123}, "dataflow": {"joules": 9.172047359999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06276800013438333, "latency_ms_p90": 0.07202699998742901, "latency_ms_iqr": 0.006363749662341434, "cpu_ms_per_call": 0.0683972872776791, "energy_j": 0.00022640747024413123, "energy_cv": 0.03835069207208099, "energy_source": "model:cpu-ccf", "runs_per_window": 731, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.057343669861008584, "windows": 5, "cpu_pressure": 0.07684789582711013, "load_average": 1.99609375, "rejected_windows": 0, "window_energies_j": [0.00023939050547187684, 0.000250057439481148, 0.0002397127578875627, 0.0002261768357235858, 0.00022640747024413123]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2784268699999757, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3666839830002573, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8603333333333333, "test_accuracy": 0.8571, "val_curve": [0.7071666666666667, 0.7941666666666667, 0.8268333333333333, 0.8491666666666666, 0.8535, 0.8603333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 25.907114044999616, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 179.05006263031987, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 179.05006263031987}, "train_energy_net_j": 179.05006263031987, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c8_se-ir_r1_k3_s2_e1_c16_se_hs-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 32178, "inference_params": 31226, "macs": 588040, "static_costs": {"params": 32178.0, "macs": 588040.0, "peak_memory": 24960.0, "latency": 0.037792499369970756, "energy": 0.00013588079891336668}, "dataflow": {"joules": 5.3501184e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.037792499369970756, "latency_ms_p90": 0.04113430022698594, "latency_ms_iqr": 0.0019497495031828294, "cpu_ms_per_call": 0.03936102301586577, "energy_j": 0.00013588079891336668, "energy_cv": 0.015119867741399262, "energy_source": "model:cpu-ccf", "runs_per_window": 1260, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.013856127261688611, "windows": 5, "cpu_pressure": 0.0004382556373808108, "load_average": 1.91845703125, "rejected_windows": 0, "window_energies_j": [0.00013982717270528695, 0.00014063160803038863, 0.0001377635805555302, 0.00013588079891336668, 0.00013535773224045426]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.183739571000018, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3395381489999636, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8596666666666667, "test_accuracy": 0.8531, "val_curve": [0.759, 0.7765, 0.8375, 0.8373333333333334, 0.8551666666666666, 0.8596666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.237391546999788, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 105.93393561791939, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 105.93393561791939}, "train_energy_net_j": 105.93393561791939, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se-ir_r2_k5_s2_e1_c16_se_hs-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 33178, "inference_params": 32194, "macs": 601624, "static_costs": {"params": 33178.0, "macs": 601624.0, "peak_memory": 24960.0, "latency": 0.04209749977235333, "energy": 0.00015304395541963187}, "dataflow": {"joules": 5.6262470399999996e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04209749977235333, "latency_ms_p90": 0.04535979951469926, "latency_ms_iqr": 0.0021739997464464977, "cpu_ms_per_call": 0.04378141119824557, "energy_j": 0.00015304395541963187, "energy_cv": 0.0031423444972794585, "energy_source": "model:cpu-ccf", "runs_per_window": 1143, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0012479014522590592, "windows": 5, "cpu_pressure": 0.0001797669357649472, "load_average": 1.9375, "rejected_windows": 0, "window_energies_j": [0.00015304395541963187, 0.00015346354067189075, 0.00015323493919385951, 0.00015397670400000153, 0.00015251301219516944]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.251245544000071, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2191960290001589, "paired": {"energy_j": 0.00014624877623721868, "latency_ms": 0.04091833361054878, "with_trials": [9, 3], "rounds": 5, "ratio_spread": 0.07075982031039585}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8666666666666667, "test_accuracy": 0.8581, "val_curve": [0.765, 0.8143333333333334, 0.8118333333333333, 0.8596666666666667, 0.8565, 0.8666666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 17.10620810599994, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 118.8914095942004, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 118.8914095942004}, "train_energy_net_j": 118.8914095942004, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e1_c16_se_hs-ir_r2_k3_s2_e3_c40_se_hs-ir_r3_k3_s2_e3_c24-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 45346, "inference_params": 44234, "macs": 1369576, "static_costs": {"params": 45346.0, "macs": 1369576.0, "peak_memory": 54880.0, "latency": 0.06382999981724424, "energy": 0.00023106849472352562}, "dataflow": {"joules": 9.803064959999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06382999981724424, "latency_ms_p90": 0.06920279993209988, "latency_ms_iqr": 0.0031625004339730367, "cpu_ms_per_call": 0.06606999067908878, "energy_j": 0.00023106849472352562, "energy_cv": 0.008822281672608283, "energy_source": "model:cpu-ccf", "runs_per_window": 751, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0007637244250726649, "windows": 5, "cpu_pressure": 0.00027887358497114873, "load_average": 1.87548828125, "rejected_windows": 0, "window_energies_j": [0.00023300019640479463, 0.00023356398521497587, 0.0002277288244474111, 0.00023124496737681073, 0.00023106849472352562]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2515811140000466, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.358851374000551, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8521666666666666, "test_accuracy": 0.851, "val_curve": [0.7538333333333334, 0.797, 0.8176666666666667, 0.8341666666666666, 0.845, 0.8521666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.144577995999498, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 160.62465429879944, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 160.62465429879944}, "train_energy_net_j": 160.62465429879944, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se-ir_r2_k5_s2_e1_c16_se-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 33178, "inference_params": 32194, "macs": 601624, "static_costs": {"params": 33178.0, "macs": 601624.0, "peak_memory": 24960.0, "latency": 0.04253449969837675, "energy": 0.00015413316945466545}, "dataflow": {"joules": 5.6262470399999996e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04253449969837675, "latency_ms_p90": 0.04539519941317849, "latency_ms_iqr": 0.002156999471480958, "cpu_ms_per_call": 0.04403821897163041, "energy_j": 0.00015413316945466545, "energy_cv": 0.009622945538363643, "energy_source": "model:cpu-ccf", "runs_per_window": 1128, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 3.872923933778694e-06, "windows": 5, "cpu_pressure": 0.0004777213741388174, "load_average": 1.97412109375, "rejected_windows": 0, "window_energies_j": [0.00015456218477283022, 0.0001576303016231204, 0.0001533365101679889, 0.00015413316945466545, 0.00015413376640070642]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2718485430000896, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3653129190006439, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.851, "test_accuracy": 0.8427, "val_curve": [0.7375, 0.7936666666666666, 0.8283333333333334, 0.8215, 0.8493333333333334, 0.851], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.139844280000034, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 112.23688125340031, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 112.23688125340031}, "train_energy_net_j": 112.23688125340031, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c8_se-ir_r2_k3_s2_e3_c16-ir_r3_k5_s2_e6_c24_se_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 63722, "inference_params": 62578, "macs": 835336, "static_costs": {"params": 63722.0, "macs": 835336.0, "peak_memory": 43904.0, "latency": 0.06395650007107179, "energy": 0.00023041521447064373}, "dataflow": {"joules": 0.00010011274559999999, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06395650007107179, "latency_ms_p90": 0.06836050051788334, "latency_ms_iqr": 0.0026349996460339753, "cpu_ms_per_call": 0.06646414725570879, "energy_j": 0.00023041521447064373, "energy_cv": 0.011741570489993147, "energy_source": "model:cpu-ccf", "runs_per_window": 748, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.009588346539583847, "windows": 5, "cpu_pressure": 0.0004776480989682876, "load_average": 1.982421875, "rejected_windows": 0, "window_energies_j": [0.00023262451539498078, 0.00023041521447064373, 0.0002284998717104782, 0.00023427221457189353, 0.00023621126666658446]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2995059315001638, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.37300329899971985, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8598333333333333, "test_accuracy": 0.8557, "val_curve": [0.7486666666666667, 0.816, 0.8325, 0.8465, 0.8556666666666667, 0.8598333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 24.399806114999592, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 169.5235032284797, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 169.5235032284797}, "train_energy_net_j": 169.5235032284797, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_se_hs-ir_r2_k5_s2_e1_c16_se-ir_r3_k5_s2_e6_c32_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 49242, "inference_params": 48002, "macs": 999000, "static_costs": {"params": 49242.0, "macs": 999000.0, "peak_memory": 43904.0, "latency": 0.05462199987960048, "energy": 0.0001962453954803804}, "dataflow": {"joules": 8.307119999999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05462199987960048, "latency_ms_p90": 0.05851210044056643, "latency_ms_iqr": 0.002471750121912919, "cpu_ms_per_call": 0.056332601351035315, "energy_j": 0.0001962453954803804, "energy_cv": 0.013118818172034571, "energy_source": "model:cpu-ccf", "runs_per_window": 885, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004681430848322732, "windows": 5, "cpu_pressure": 0.14511296418566122, "load_average": 2.05615234375, "rejected_windows": 0, "window_energies_j": [0.00019716410472862356, 0.0001962453954803804, 0.00019615325139984776, 0.00020162450870628138, 0.00020194862182444672]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2328417674999912, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3568981239995992, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.857, "test_accuracy": 0.8454, "val_curve": [0.755, 0.7851666666666667, 0.842, 0.8418333333333333, 0.8553333333333333, 0.857], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.073113669000122, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 159.92045603731952, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 159.92045603731952}, "train_energy_net_j": 159.92045603731952, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e1_c16_hs-ir_r2_k5_s2_e3_c32-ir_r3_k5_s2_e3_c24_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 46754, "inference_params": 45754, "macs": 1212368, "static_costs": {"params": 46754.0, "macs": 1212368.0, "peak_memory": 50176.0, "latency": 0.056416000006720424, "energy": 0.00020266555192527622}, "dataflow": {"joules": 9.22946928e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.056416000006720424, "latency_ms_p90": 0.06272040027397452, "latency_ms_iqr": 0.003600001036829781, "cpu_ms_per_call": 0.05792442939772863, "energy_j": 0.00020266555192527622, "energy_cv": 0.015502328302681884, "energy_source": "model:cpu-ccf", "runs_per_window": 857, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00034515469506013474, "windows": 5, "cpu_pressure": 0.00021951527514842904, "load_average": 2.10986328125, "rejected_windows": 0, "window_energies_j": [0.00020814481976064931, 0.0002027355028920502, 0.00020266555192527622, 0.0002021197378752701, 0.00020966791375137437]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.332815739000097, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2431728740002654, "paired": {"energy_j": 0.00020625725577173252, "latency_ms": 0.05758481437685571, "with_trials": [12, 3], "rounds": 5, "ratio_spread": 0.027394902415706746}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8671666666666666, "test_accuracy": 0.8623, "val_curve": [0.7568333333333334, 0.7848333333333334, 0.8361666666666666, 0.8515, 0.8636666666666667, 0.8671666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.02488102300049, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 153.15429196552068, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 153.15429196552068}, "train_energy_net_j": 153.15429196552068, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c8_hs-ir_r2_k5_s2_e3_c16_hs-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 36322, "inference_params": 35178, "macs": 863752, "static_costs": {"params": 36322.0, "macs": 863752.0, "peak_memory": 43904.0, "latency": 0.04557800002658041, "energy": 0.00016429361268930552}, "dataflow": {"joules": 8.17574592e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04557800002658041, "latency_ms_p90": 0.0487146000523353, "latency_ms_iqr": 0.00201124976229039, "cpu_ms_per_call": 0.047342505714271156, "energy_j": 0.00016429361268930552, "energy_cv": 0.007404051990422805, "energy_source": "model:cpu-ccf", "runs_per_window": 1054, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.008552720264912494, "windows": 5, "cpu_pressure": 0.0814928875185964, "load_average": 2.0712890625, "rejected_windows": 0, "window_energies_j": [0.00016588447942585106, 0.00016589172485768824, 0.00016569876999994904, 0.00016429361268930552, 0.00016277957417844017]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1964389640001798, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.34444897400044283, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8598333333333333, "test_accuracy": 0.8625, "val_curve": [0.7691666666666667, 0.799, 0.8383333333333334, 0.8468333333333333, 0.847, 0.8598333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 21.791229898999518, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 151.19863579867953, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 151.19863579867953}, "train_energy_net_j": 151.19863579867953, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k7_s1_e1_c8_hs-ir_r2_k5_s2_e3_c24_hs-ir_r3_k5_s2_e6_c32_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 56642, "inference_params": 55210, "macs": 1393472, "static_costs": {"params": 56642.0, "macs": 1393472.0, "peak_memory": 37440.0, "latency": 0.05568150027102092, "energy": 0.00020127646569762398}, "dataflow": {"joules": 0.0001027061712, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05568150027102092, "latency_ms_p90": 0.061813000229449244, "latency_ms_iqr": 0.003320500582049135, "cpu_ms_per_call": 0.05850878011794217, "energy_j": 0.00020127646569762398, "energy_cv": 0.017151975851415254, "energy_source": "model:cpu-ccf", "runs_per_window": 855, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.01741020592262421, "windows": 5, "cpu_pressure": 0.0015968924154128766, "load_average": 2.05029296875, "rejected_windows": 0, "window_energies_j": [0.0002047807304127976, 0.00020702605959485487, 0.00020965305569001442, 0.00020127646569762398, 0.0002002325639987248]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1943267489999698, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3428260800001226, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8586666666666667, "test_accuracy": 0.8576, "val_curve": [0.7433333333333333, 0.7808333333333334, 0.8206666666666667, 0.8185, 0.8411666666666666, 0.8586666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 28.521650413000316, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 198.3207462278395, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 198.3207462278395}, "train_energy_net_j": 198.3207462278395, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/cost-first-1/artifacts/cost-first-1-3308e303/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,5.20333333333333314385e-01,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,4.38831382278484109565e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,1.20125000648840796202e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,8.19333333333333357906e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,1.30168279230776851636e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,3.61699701925171368532e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.3583333333333331705e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.11209074216248190135e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,3.09257046963455177468e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,0.867,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,2.11998819298587712085e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,5.98921656759937859337e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,8.24333333333333362347e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.02070216194247634215e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,2.85078201545671816585e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,6.28833333333333355241e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,1.26818431883715454023e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,3.48110002050816547125e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,0.7485,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,7.49802603289157089784e-05,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,2.07591533355757501544e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.80833333333333357018e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,4.31454545238058484891e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,1.20218934714391795237e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,3.74666666666666647866e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,6.05433268765299460213e-05,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,1.66249992616940289735e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,0.864,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,1.2970774766077049038e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,3.60443475497613657898e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.60333333333333283299e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,2.2640747024413123453e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,6.27680001343833282589e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,8.59666666666666690055e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,1.3588079891336667538e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,3.77924993699707556515e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,8.66666666666666696272e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,1.46248776237218680931e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,4.09183336105487793776e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,8.52166666666666627882e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,2.31068494723525618469e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,6.38299998172442428767e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,0.851,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,1.54133169454665451547e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,4.25344996983767487108e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.59833333333333338366e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,2.30415214470643727471e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,6.39565000710717868059e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,0.857,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,1.96245395480380407102e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,5.46219998796004801988e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.67166666666666641205e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,2.06257255771732516021e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,5.75848143768557113597e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.59833333333333338366e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,1.64293612689305520545e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,4.55780000265804119408e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,8.58666666666666689167e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,2.01276465697623979742e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,5.56815002710209228098e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-05 21:46:46.811196','2026-12-05 21:46:51.504465');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-05 21:46:53.901130','2026-12-05 21:47:14.671285');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-05 21:47:14.812075','2026-12-05 21:47:29.358568');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-05 21:47:29.519378','2026-12-05 21:47:58.861085');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-05 21:47:59.023269','2026-12-05 21:48:11.969447');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-05 21:48:12.115976','2026-12-05 21:48:21.386914');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-05 21:48:21.488774','2026-12-05 21:48:34.342880');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-05 21:48:34.432387','2026-12-05 21:49:28.009574');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-05 21:49:28.193450','2026-12-05 21:49:30.641463');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-05 21:49:30.737812','2026-12-05 21:49:47.888463');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-05 21:49:48.074947','2026-12-05 21:50:14.731420');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-05 21:50:15.137491','2026-12-05 21:50:31.090450');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-05 21:50:31.266743','2026-12-05 21:50:50.227605');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-05 21:50:50.425593','2026-12-05 21:51:14.307206');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-05 21:51:14.518905','2026-12-05 21:51:31.403578');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-05 21:51:31.597626','2026-12-05 21:51:56.766459');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-05 21:51:57.193406','2026-12-05 21:52:21.000492');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-05 21:52:21.191634','2026-12-05 21:52:45.119239');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-05 21:52:45.344568','2026-12-05 21:53:07.876566');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-05 21:53:08.057698','2026-12-05 21:53:37.305408');
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
