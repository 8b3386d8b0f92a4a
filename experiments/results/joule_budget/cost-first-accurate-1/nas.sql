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
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','6a32ee0b6e491d6d34b522bb2e3373ed45c9e2a6',0);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','0954d19574dda84e11813edfe14a8e851d977fd8',1);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','b00283fa7e7a717f0b365ac3b0d0338456c39cb4',2);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','8929d0d486b42caaa9e84caac003b8b79892ea6a',3);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','1eb0149b231b13c202c5dc1977e0715ee89ee7f2',4);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','54962a8c10dbd1375a426ca2922bcf91005a4b51',5);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','bb77db9d162d9035ecd88b7995049d238d69842e',6);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','4e7f129b321474f96ada4a653a9ee8a6c9745824',7);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','8e9d9506db525b8705142aabc571a57a5b8b0fe7',8);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','bbed6a7d32e3d12255e36069b7eb451a5d5947f2',9);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','bb08a34d9807d6640a178974ff10af8fa2cca41a',10);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','3a405fcaffad95bb1617382e978dfd22b84e082b',11);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','55114355942facbcc006dcc2a328a099f59756e6',12);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','6e090c42bbc866a1deb1a4051ca4b338bbfdb6ea',13);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','b69273a92e6c571163322b4d661e7b48bb9f194a',14);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','39e3fb33cb5a778bedf491a2103383b1def5b13e',15);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','5a0badc4458323b238bf40223f79018adcb66376',16);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','f7548d56fefc031169d04968970d2a72ad5531ef',17);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','7bad17f56682d034aba3ada8f9ecdc086524d186',18);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','66d6a168cb3849793aafe25719a6785d64ccb842',19);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','c8c2fab60cf651bdef20f16ceb2802c6724f904b',20);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','2760853c5f67837ef00d6bb7d00d3eb79daf80d4',21);
INSERT INTO "nas_arch_claims" VALUES('1548f7725ec04d7a9e3321ac90ecc371','1404dd31d9e7458d62a6cdedd91314ee5999a63e',22);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'cost-first-accurate-1');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"cost-first-accurate-1\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 1}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"cost-first-accurate-1\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget/cost-first-accurate-1/nas.db\",\"sampler\":\"cost-first\",\"population_size\":8,\"accurate_every\":3,\"seed\":1,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"8865.5J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget/cost-first-accurate-1/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"1548f7725ec04d7a9e3321ac90ecc371"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0005086840073737905, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.14048599950911012, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0018547662350000072, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.5288742495395127, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [6.136090080735477e-05, 0.0018547662350000072], \"latency\": [0.01712300036160741, 0.5288742495395127]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','8865.5');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 15:13:14');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 15:13:24');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 15:13:48');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 15:14:33.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 15:14:46');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 15:15:04');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 15:15:14');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 15:16:30.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 15:17:00.000000');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 15:17:10');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 15:17:24');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 15:18:48.000000');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 15:19:14');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 15:19:20');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 15:20:02.000000');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 15:20:19');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 15:20:54.000000');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 15:21:34.000000');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 15:21:43');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 15:22:42.000000');
INSERT INTO "trial_heartbeats" VALUES(21,21,'2026-12-06 15:24:00.000000');
INSERT INTO "trial_heartbeats" VALUES(22,22,'2026-12-06 15:24:07');
INSERT INTO "trial_heartbeats" VALUES(23,23,'2026-12-06 15:24:36');
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
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(178,9,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(179,9,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(180,9,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(181,10,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(182,10,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(183,10,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(184,10,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(185,10,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(186,10,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(187,10,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(188,10,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(189,10,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(190,10,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(191,10,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(192,10,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(193,10,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(194,10,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(195,10,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(196,10,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(197,10,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(198,10,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(199,10,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(200,10,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(401,21,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(402,21,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(403,21,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(404,21,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(405,21,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(406,21,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(407,21,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(408,21,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(409,21,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(410,21,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(411,21,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(412,21,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(413,21,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(414,21,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(415,21,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(416,21,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(417,21,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(418,21,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(419,21,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(420,21,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(421,22,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(422,22,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(423,22,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(424,22,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(425,22,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(426,22,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(427,22,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(428,22,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(429,22,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(430,22,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(431,22,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(432,22,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(433,22,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(434,22,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(435,22,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(436,22,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(437,22,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(438,22,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(439,22,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(440,22,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(441,23,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(442,23,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(443,23,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(444,23,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(445,23,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(446,23,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(447,23,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(448,23,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(449,23,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(450,23,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(451,23,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(452,23,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(453,23,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(454,23,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(455,23,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(456,23,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(457,23,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(458,23,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(459,23,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(460,23,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 346, "inference_params": 322, "macs": 40848, "static_costs": {"params": 346.0, "macs": 40848.0, "peak_memory": 18816.0, "latency": 0.016832000255817547, "energy": 6.0781237061479516e-05}, "dataflow": {"joules": 6.014500799999999e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.016832000255817547, "latency_ms_p90": 0.01743299981171731, "latency_ms_iqr": 0.00031099989428184927, "cpu_ms_per_call": 0.017399156249999857, "energy_j": 6.0781237061479516e-05, "energy_cv": 0.004742050571140494, "energy_source": "model:cpu-ccf", "runs_per_window": 2873, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0019053546640197538, "windows": 5, "cpu_pressure": 0.0002792482692461207, "load_average": 0.4296875, "rejected_windows": 0, "window_energies_j": [6.0781237061479516e-05, 6.08970468749995e-05, 6.0936687261236846e-05, 6.13399487632502e-05, 6.044192541436524e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9908550715000003, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.28438351699878694, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5203333333333333, "test_accuracy": 0.5242, "val_curve": [0.37766666666666665, 0.423, 0.4876666666666667, 0.5165, 0.5115, 0.5203333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 5.105523581998568, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 32.47296827132061, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 32.47296827132061}, "train_energy_net_j": 32.47296827132061, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e1_c8_se_hs-ir_r1_k7_s2_e3_c32-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9986, "inference_params": 9722, "macs": 631608, "static_costs": {"params": 9986.0, "macs": 631608.0, "peak_memory": 31360.0, "latency": 0.06143500104371924, "energy": 0.00022090176878981105}, "dataflow": {"joules": 3.79039968e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06143500104371924, "latency_ms_p90": 0.0670679994072998, "latency_ms_iqr": 0.0008509996405337006, "cpu_ms_per_call": 0.06314402038216564, "energy_j": 0.00022090176878981105, "energy_cv": 0.0009286341630280321, "energy_source": "model:cpu-ccf", "runs_per_window": 785, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00046311330293624664, "windows": 5, "cpu_pressure": 7.983862060081992e-05, "load_average": 0.59130859375, "rejected_windows": 0, "window_energies_j": [0.00022100407133757974, 0.00022131446459865305, 0.00022088162929936203, 0.00022136238495694613, 0.00022090176878981105]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.0774852954999954, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.88335887500034, "paired": {"energy_j": 0.00022144572166781653, "latency_ms": 0.061779837137234984, "with_trials": [0], "rounds": 5, "ratio_spread": 0.13924533992235566}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.82, "test_accuracy": 0.8151, "val_curve": [0.6741666666666667, 0.7458333333333333, 0.7238333333333333, 0.8078333333333333, 0.8168333333333333, 0.82], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.530414807000852, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 156.46917127968095, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 156.46917127968095}, "train_energy_net_j": 156.46917127968095, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e1_c16_se_hs-ir_r1_k3_s2_e3_c24_se_hs-ir_r3_k3_s2_e1_c24-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9970, "inference_params": 9610, "macs": 409072, "static_costs": {"params": 9970.0, "macs": 409072.0, "peak_memory": 50176.0, "latency": 0.051977000111946836, "energy": 0.00018683454511278944}, "dataflow": {"joules": 3.74211312e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.051977000111946836, "latency_ms_p90": 0.05625550056720385, "latency_ms_iqr": 0.0007687508514209185, "cpu_ms_per_call": 0.05346864743562317, "energy_j": 0.00018683454511278944, "energy_cv": 0.0030099571564990426, "energy_source": "model:cpu-ccf", "runs_per_window": 933, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0016363189778798581, "windows": 5, "cpu_pressure": 0.00017965629595057643, "load_average": 0.9921875, "rejected_windows": 0, "window_energies_j": [0.00018635109265176483, 0.00018789814324324, 0.00018769332583064765, 0.00018683454511278944, 0.00018714026602468104]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.150905965499991, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1902708539982996, "paired": {"energy_j": 0.00018643787053587382, "latency_ms": 0.051879406965593476, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.07572518004227602}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8396666666666667, "test_accuracy": 0.834, "val_curve": [0.6313333333333333, 0.7191666666666666, 0.8063333333333333, 0.8286666666666667, 0.8363333333333334, 0.8396666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.742781701999775, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 95.27490292747979, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 95.27490292747979}, "train_energy_net_j": 95.27490292747979, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_hs-ir_r2_k5_s2_e6_c32-ir_r3_k5_s2_e3_c32_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 52282, "inference_params": 50938, "macs": 1798512, "static_costs": {"params": 52282.0, "macs": 1798512.0, "peak_memory": 81536.0, "latency": 0.10768699939944781, "energy": 0.0003862789834437157}, "dataflow": {"joules": 0.0001208349552, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10768699939944781, "latency_ms_p90": 0.12296600016270531, "latency_ms_iqr": 0.0032732482395658735, "cpu_ms_per_call": 0.11115708000337084, "energy_j": 0.0003862789834437157, "energy_cv": 0.007139510640342942, "energy_source": "model:cpu-ccf", "runs_per_window": 450, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.007173045096526387, "windows": 5, "cpu_pressure": 0.00023967402415120642, "load_average": 1.2158203125, "rejected_windows": 0, "window_energies_j": [0.00038904978001179786, 0.000385905131111078, 0.0003862789834437157, 0.0003921747950450707, 0.0003924162885893222]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.3465147275000113, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9605119779989764, "paired": {"energy_j": 0.0003802575465091245, "latency_ms": 0.10641787151584627, "with_trials": [2], "rounds": 5, "ratio_spread": 0.018957213370957016}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8663333333333333, "test_accuracy": 0.8618, "val_curve": [0.6801666666666667, 0.8118333333333333, 0.8098333333333333, 0.8453333333333334, 0.853, 0.8663333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 40.428926904000036, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 280.6792497657985, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 280.6792497657985}, "train_energy_net_j": 280.6792497657985, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c8-ir_r2_k5_s2_e1_c16_se-ir_r1_k5_s2_e1_c64_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 13266, "inference_params": 12962, "macs": 271160, "static_costs": {"params": 13266.0, "macs": 271160.0, "peak_memory": 18816.0, "latency": 0.04276999970898032, "energy": 0.00015411346038743585}, "dataflow": {"joules": 2.7078336e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04276999970898032, "latency_ms_p90": 0.046367000322788954, "latency_ms_iqr": 0.0005710026016458869, "cpu_ms_per_call": 0.04410012522203093, "energy_j": 0.00015411346038743585, "energy_cv": 0.0032286436333557617, "energy_source": "model:cpu-ccf", "runs_per_window": 1126, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0015376845674393014, "windows": 5, "cpu_pressure": 0.00023906304498654687, "load_average": 1.5498046875, "rejected_windows": 0, "window_energies_j": [0.00015467500445232732, 0.0001540689287578034, 0.00015542735880251513, 0.00015411346038743585, 0.00015435043827710827]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.199846493500054, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2057225600019592, "paired": {"energy_j": 0.00015127086226931417, "latency_ms": 0.04218240047456395, "with_trials": [0, 2], "rounds": 5, "ratio_spread": 0.026511151314398518}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8276666666666667, "test_accuracy": 0.8202, "val_curve": [0.7225, 0.7601666666666667, 0.806, 0.815, 0.8208333333333333, 0.8276666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.69003796800098, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 116.09681159124263, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 116.09681159124263}, "train_energy_net_j": 116.09681159124263, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e3_c16_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 7690, "inference_params": 7498, "macs": 993152, "static_costs": {"params": 7690.0, "macs": 993152.0, "peak_memory": 87808.0, "latency": 0.07574699975521071, "energy": 0.00027169472790732004}, "dataflow": {"joules": 5.08510992e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07574699975521071, "latency_ms_p90": 0.08740210105315782, "latency_ms_iqr": 0.0009717509783513378, "cpu_ms_per_call": 0.077678948756606, "energy_j": 0.00027169472790732004, "energy_cv": 0.005246165618017262, "energy_source": "model:cpu-ccf", "runs_per_window": 644, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0006683704987564543, "windows": 5, "cpu_pressure": 0.00039917465849544147, "load_average": 1.59765625, "rejected_windows": 0, "window_energies_j": [0.00027187632064812095, 0.0002728427480314718, 0.0002714907457348019, 0.0002753588446909095, 0.00027169472790732004]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0800773725, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.310209945000679, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6305, "test_accuracy": 0.6252, "val_curve": [0.5908333333333333, 0.6305], "epochs_run": 2, "stop_reason": "pareto: validation 0.630 after epoch 2 cannot pass 0.840 of trial 2, which costs no more (bound 0.771: finished curves gained at most 0.121 later, margin 0.02)", "train_seconds": 9.059414929999548, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 62.49807175368072, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 62.49807175368072}, "train_energy_net_j": 62.49807175368072, "train_device_share": 1.0, "pareto_saved_energy_j": 124.99614350736144, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e3_c32", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2714, "inference_params": 2626, "macs": 433088, "static_costs": {"params": 2714.0, "macs": 433088.0, "peak_memory": 43904.0, "latency": 0.037690999306505546, "energy": 0.0001354980914777066}, "dataflow": {"joules": 2.25816048e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.037690999306505546, "latency_ms_p90": 0.040486000216333196, "latency_ms_iqr": 0.00043125010051880963, "cpu_ms_per_call": 0.03882337019607509, "energy_j": 0.0001354980914777066, "energy_cv": 0.027937119799851168, "energy_source": "model:cpu-ccf", "runs_per_window": 1279, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0028318052628755197, "windows": 5, "cpu_pressure": 0.00031937670442039047, "load_average": 1.65966796875, "rejected_windows": 0, "window_energies_j": [0.00013588179568626278, 0.0001364658211223705, 0.0001354488688524454, 0.00014540060465118278, 0.0001354980914777066]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9192582380000185, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1265834830010135, "paired": {"energy_j": 0.00013354776042538293, "latency_ms": 0.03711925837821233, "with_trials": [0, 4], "rounds": 5, "ratio_spread": 0.021470859409987275}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7493333333333333, "test_accuracy": 0.7471, "val_curve": [0.49916666666666665, 0.6775, 0.6776666666666666, 0.7163333333333334, 0.7385, 0.7493333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.606886221999957, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 94.67649892452152, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 94.67649892452152}, "train_energy_net_j": 94.67649892452152, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c24_se_hs-ir_r3_k7_s2_e3_c40_hs-ir_r1_k5_s2_e1_c32_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 58194, "inference_params": 57010, "macs": 3538200, "static_costs": {"params": 58194.0, "macs": 3538200.0, "peak_memory": 131712.0, "latency": 0.1996950013563037, "energy": 0.000711741703256168}, "dataflow": {"joules": 0.00019487232, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1996950013563037, "latency_ms_p90": 0.21508800018636975, "latency_ms_iqr": 0.009937999493558891, "cpu_ms_per_call": 0.20383811885239322, "energy_j": 0.000711741703256168, "energy_cv": 0.002838419636947778, "energy_source": "model:cpu-ccf", "runs_per_window": 245, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0023768632910912135, "windows": 5, "cpu_pressure": 5.984551717532035e-05, "load_average": 1.6552734375, "rejected_windows": 0, "window_energies_j": [0.0007108413428568382, 0.000711741703256168, 0.0007150880967078064, 0.0007162967285694322, 0.0007134334159833763]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.4889045834999877, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0035959139986517, "paired": {"energy_j": 0.000709985701089572, "latency_ms": 0.19982128161288645, "with_trials": [3], "rounds": 5, "ratio_spread": 0.01616798532912811}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8788333333333334, "test_accuracy": 0.8725, "val_curve": [0.7833333333333333, 0.8185, 0.858, 0.8686666666666667, 0.8768333333333334, 0.8788333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 58.80820208499972, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 408.4015409068812, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 408.4015409068812}, "train_energy_net_j": 408.4015409068812, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e3_c24_se_hs-ir_r3_k3_s2_e3_c40_hs-ir_r3_k3_s2_e1_c32-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 39962, "inference_params": 38818, "macs": 2150584, "static_costs": {"params": 39962.0, "macs": 2150584.0, "peak_memory": 75264.0, "latency": 0.11136799912492279, "energy": 0.0004019453784525917}, "dataflow": {"joules": 0.0001363956864, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.11136799912492279, "latency_ms_p90": 0.15579200044157915, "latency_ms_iqr": 0.017583000953891315, "cpu_ms_per_call": 0.11602135747659599, "energy_j": 0.0004019453784525917, "energy_cv": 0.10380525179895589, "energy_source": "model:cpu-ccf", "runs_per_window": 428, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.010273467333774322, "windows": 5, "cpu_pressure": 9.963151681947603e-05, "load_average": 1.87548828125, "rejected_windows": 0, "window_energies_j": [0.00040607475116808593, 0.0005144888328550623, 0.0004642277266666117, 0.0004019453784525917, 0.00039993037241389486]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.599791206500072, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3207644069989328, "paired": {"energy_j": 0.0003953398004644308, "latency_ms": 0.11069100446499468, "with_trials": [3, 7], "rounds": 5, "ratio_spread": 0.025986921212763026}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8701666666666666, "test_accuracy": 0.8643, "val_curve": [0.7288333333333333, 0.8095, 0.84, 0.8523333333333334, 0.8601666666666666, 0.8701666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 36.801546715998484, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 255.89606645119989, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 255.89606645119989}, "train_energy_net_j": 255.89606645119989, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c8_se_hs-ir_r1_k5_s2_e1_c32_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2082, "inference_params": 1978, "macs": 154760, "static_costs": {"params": 2082.0, "macs": 154760.0, "peak_memory": 43904.0, "latency": 0.033472999348305166, "energy": 0.00012192455665025008}, "dataflow": {"joules": 2.0412096e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.033472999348305166, "latency_ms_p90": 0.037060000613564625, "latency_ms_iqr": 0.0007710004865657538, "cpu_ms_per_call": 0.03490529099790219, "energy_j": 0.00012192455665025008, "energy_cv": 0.006266883415212716, "energy_source": "model:cpu-ccf", "runs_per_window": 1422, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002000924580824126, "windows": 5, "cpu_pressure": 0.0015170427072775656, "load_average": 1.9931640625, "rejected_windows": 0, "window_energies_j": [0.00012310353094544194, 0.00012192455665025008, 0.00012366868856067008, 0.00012161933765781697, 0.00012216851849265766]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.952550979999984, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1356073539991485, "paired": {"energy_j": 0.00011895933809573293, "latency_ms": 0.03298318338930199, "with_trials": [0, 6], "rounds": 5, "ratio_spread": 0.38342190475636073}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7235, "test_accuracy": 0.7293, "val_curve": [0.5741666666666667, 0.6203333333333333, 0.6491666666666667, 0.716, 0.7143333333333334, 0.7235], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 12.712172764999195, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 87.75468438691998, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 87.75468438691998}, "train_energy_net_j": 87.75468438691998, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e1_c8-ir_r2_k5_s2_e1_c24-ir_r3_k5_s2_e1_c32_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 13434, "inference_params": 13002, "macs": 341504, "static_costs": {"params": 13434.0, "macs": 341504.0, "peak_memory": 18816.0, "latency": 0.04183349938102765, "energy": 0.00015064916131830847}, "dataflow": {"joules": 3.10679184e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04183349938102765, "latency_ms_p90": 0.04467899907467654, "latency_ms_iqr": 0.0005420001798484009, "cpu_ms_per_call": 0.04310746120734558, "energy_j": 0.00015064916131830847, "energy_cv": 0.003313939182129249, "energy_source": "model:cpu-ccf", "runs_per_window": 1153, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0015064996407214704, "windows": 5, "cpu_pressure": 0.008444129082175258, "load_average": 1.91455078125, "rejected_windows": 0, "window_energies_j": [0.00015119450962376604, 0.0001508761142257095, 0.00015064916131830847, 0.00015123096200459228, 0.00014985904043474262]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.244476971000012, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2214078310007608, "paired": {"energy_j": 0.00014868884186803775, "latency_ms": 0.041465276737930365, "with_trials": [6, 4], "rounds": 5, "ratio_spread": 0.022766331865571532}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.844, "test_accuracy": 0.8383, "val_curve": [0.7465, 0.7861666666666667, 0.8125, 0.8331666666666667, 0.836, 0.844], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 20.918492730001162, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 145.49359911023936, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 145.49359911023936}, "train_energy_net_j": 145.49359911023936, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e3_c24_se_hs-ir_r3_k7_s2_e6_c32-ir_r3_k5_s2_e3_c32_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 100242, "inference_params": 98106, "macs": 4935216, "static_costs": {"params": 100242.0, "macs": 4935216.0, "peak_memory": 141120.0, "latency": 0.2802654998959042, "energy": 0.000996384099998977}, "dataflow": {"joules": 0.00027004779360000004, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.2802654998959042, "latency_ms_p90": 0.29574599939223845, "latency_ms_iqr": 0.013666000086232089, "cpu_ms_per_call": 0.28484485795326525, "energy_j": 0.000996384099998977, "energy_cv": 0.0027098472758732197, "energy_source": "model:cpu-ccf", "runs_per_window": 175, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0005749819145568491, "windows": 5, "cpu_pressure": 7.977060208375693e-05, "load_average": 1.939453125, "rejected_windows": 0, "window_energies_j": [0.0009969570028364285, 0.000996384099998977, 0.0009945195511446318, 0.0009974715600003493, 0.0010026142400238313]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.885064603000046, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.11457951400007, "paired": {"energy_j": 0.0009836604428759181, "latency_ms": 0.27843155716075635, "with_trials": [7], "rounds": 5, "ratio_spread": 0.00951114497788308}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8793333333333333, "test_accuracy": 0.8709, "val_curve": [0.6868333333333333, 0.8051666666666667, 0.8363333333333334, 0.8605, 0.8736666666666667, 0.8793333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 83.98115827699985, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 583.3558489676004, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 583.3558489676004}, "train_energy_net_j": 583.3558489676004, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 474, "inference_params": 450, "macs": 65936, "static_costs": {"params": 474.0, "macs": 65936.0, "peak_memory": 18816.0, "latency": 0.01882600008684676, "energy": 6.782383669311765e-05}, "dataflow": {"joules": 6.2131056e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.01882600008684676, "latency_ms_p90": 0.019547000192687847, "latency_ms_iqr": 0.00033099968277383596, "cpu_ms_per_call": 0.019468926800465955, "energy_j": 6.782383669311765e-05, "energy_cv": 0.002993755626709623, "energy_source": "model:cpu-ccf", "runs_per_window": 2563, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0046798754536603315, "windows": 5, "cpu_pressure": 0.0005589987884409886, "load_average": 2.431640625, "rejected_windows": 0, "window_energies_j": [6.782383669311765e-05, 6.819238991729887e-05, 6.779530092766778e-05, 6.814124380163084e-05, 6.83008080369272e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8737631520000093, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.114594542001214, "paired": {"energy_j": 6.618099371993207e-05, "latency_ms": 0.018311344304276715, "with_trials": [0, 9], "rounds": 5, "ratio_spread": 0.022460283217363486}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6043333333333333, "test_accuracy": 0.609, "val_curve": [0.3636666666666667, 0.5073333333333333, 0.49833333333333335, 0.5811666666666667, 0.5923333333333334, 0.6043333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 4.827934635999554, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 16.813365082499985, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 16.813365082499985}, "train_energy_net_j": 16.813365082499985, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se-ir_r1_k3_s2_e1_c40", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 1298, "inference_params": 1226, "macs": 60504, "static_costs": {"params": 1298.0, "macs": 60504.0, "peak_memory": 18816.0, "latency": 0.025207000362570398, "energy": 9.266835205989087e-05}, "dataflow": {"joules": 9.5369184e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.025207000362570398, "latency_ms_p90": 0.030138800138956867, "latency_ms_iqr": 0.0005319998308550566, "cpu_ms_per_call": 0.026517429102492156, "energy_j": 9.266835205989087e-05, "energy_cv": 0.0032983699470782515, "energy_source": "model:cpu-ccf", "runs_per_window": 1869, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0015393583209450945, "windows": 5, "cpu_pressure": 0.11368912713459702, "load_average": 2.1376953125, "rejected_windows": 0, "window_energies_j": [9.266835205989087e-05, 9.248396857008041e-05, 9.309090226169688e-05, 9.281100185872254e-05, 9.334731886791008e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9763087350000887, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1422404920012923, "paired": {"energy_j": 8.964405927412138e-05, "latency_ms": 0.024734254164187286, "with_trials": [12, 9], "rounds": 5, "ratio_spread": 0.01705161332640892}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.675, "test_accuracy": 0.6848, "val_curve": [0.4776666666666667, 0.5765, 0.6101666666666666, 0.655, 0.6673333333333333, 0.675], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 9.611600792999525, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 66.85118585171966, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 66.85118585171966}, "train_energy_net_j": 66.85118585171966, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e3_c8-ir_r3_k5_s2_e1_c24-ir_r3_k5_s2_e3_c32_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 34322, "inference_params": 33322, "macs": 874328, "static_costs": {"params": 34322.0, "macs": 874328.0, "peak_memory": 43904.0, "latency": 0.07342300068557961, "energy": 0.0002655226636334467}, "dataflow": {"joules": 8.240930879999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07342300068557961, "latency_ms_p90": 0.08359100120287621, "latency_ms_iqr": 0.003336001100251451, "cpu_ms_per_call": 0.07597322546019905, "energy_j": 0.0002655226636334467, "energy_cv": 0.0034422175899200386, "energy_source": "model:cpu-ccf", "runs_per_window": 657, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0014447937211852224, "windows": 5, "cpu_pressure": 0.0001194106867680887, "load_average": 2.1162109375, "rejected_windows": 0, "window_energies_j": [0.00026652115053777027, 0.0002661815744644666, 0.0002638990783866405, 0.0002655226636334467, 0.0002659062891106967]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.7019761949998715, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3500243639991822, "paired": {"energy_j": 0.0002557180628087561, "latency_ms": 0.07172915076290226, "with_trials": [10, 3], "rounds": 5, "ratio_spread": 0.02009680809187575}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8516666666666667, "test_accuracy": 0.8503, "val_curve": [0.7533333333333333, 0.8101666666666667, 0.8305, 0.8393333333333334, 0.8475, 0.8516666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 44.33393219500067, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 284.9079006276017, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 284.9079006276017}, "train_energy_net_j": 284.9079006276017, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 490, "inference_params": 466, "macs": 40976, "static_costs": {"params": 490.0, "macs": 40976.0, "peak_memory": 18816.0, "latency": 0.022652999177807942, "energy": 8.146983387745221e-05}, "dataflow": {"joules": 6.1294896e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.022652999177807942, "latency_ms_p90": 0.02363680032431148, "latency_ms_iqr": 0.00037000063457526267, "cpu_ms_per_call": 0.023301601978326807, "energy_j": 8.146983387745221e-05, "energy_cv": 0.005354116269955942, "energy_source": "model:cpu-ccf", "runs_per_window": 2135, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0010528197077293022, "windows": 5, "cpu_pressure": 0.00011982372731165914, "load_average": 2.18505859375, "rejected_windows": 0, "window_energies_j": [8.232576117982513e-05, 8.146983387745221e-05, 8.155560692414382e-05, 8.198070819594622e-05, 8.105617422830648e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0320084040000665, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2964940750007372, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5455, "test_accuracy": 0.5513, "val_curve": [0.4106666666666667, 0.48433333333333334, 0.517, 0.5455], "epochs_run": 4, "stop_reason": "pareto: validation 0.545 after epoch 4 cannot pass 0.604 of trial 12, which costs no more (bound 0.598: finished curves gained at most 0.033 later, margin 0.02)", "train_seconds": 4.095632862999992, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 27.94609120736203, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 27.94609120736203}, "train_energy_net_j": 27.94609120736203, "train_device_share": 1.0, "pareto_saved_energy_j": 13.973045603681015, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e3_c8_hs-ir_r2_k3_s2_e1_c40_se-ir_r3_k5_s2_e1_c64_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 31466, "inference_params": 30730, "macs": 826928, "static_costs": {"params": 31466.0, "macs": 826928.0, "peak_memory": 75264.0, "latency": 0.07105300028342754, "energy": 0.0002604241775619431}, "dataflow": {"joules": 7.202006879999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07105300028342754, "latency_ms_p90": 0.08477100018353667, "latency_ms_iqr": 0.0030099990908638574, "cpu_ms_per_call": 0.07447239548869938, "energy_j": 0.0002604241775619431, "energy_cv": 0.005371016981791731, "energy_source": "model:cpu-ccf", "runs_per_window": 666, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008801281457448962, "windows": 5, "cpu_pressure": 0.00027928225577367736, "load_average": 2.08984375, "rejected_windows": 0, "window_energies_j": [0.00026292211786839816, 0.0002606533842104478, 0.0002604241775619431, 0.00026238226550673994, 0.0002590475244031137]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.42952685350005, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2715191059996869, "paired": {"energy_j": 0.0002510511544148082, "latency_ms": 0.06997464113514237, "with_trials": [14, 3], "rounds": 5, "ratio_spread": 0.013472064340395384}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8553333333333333, "test_accuracy": 0.8523, "val_curve": [0.7528333333333334, 0.8, 0.8253333333333334, 0.845, 0.8503333333333334, 0.8553333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 38.11807145500097, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 221.7376421700419, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 221.7376421700419}, "train_energy_net_j": 221.7376421700419, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e3_c8_se_hs-ir_r3_k7_s2_e1_c32-ir_r3_k5_s2_e3_c32_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 38314, "inference_params": 37290, "macs": 1080744, "static_costs": {"params": 38314.0, "macs": 1080744.0, "peak_memory": 43904.0, "latency": 0.10264200045639882, "energy": 0.00036957809915703796}, "dataflow": {"joules": 8.989002240000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10264200045639882, "latency_ms_p90": 0.11582300030568149, "latency_ms_iqr": 0.004214749424136244, "cpu_ms_per_call": 0.10566268354425967, "energy_j": 0.00036957809915703796, "energy_cv": 0.0026009317910836295, "energy_source": "model:cpu-ccf", "runs_per_window": 474, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0006528883838661237, "windows": 5, "cpu_pressure": 0.001936150815978351, "load_average": 2.1123046875, "rejected_windows": 0, "window_energies_j": [0.0003698193924049089, 0.00037110698931626466, 0.00036957809915703796, 0.0003718598884120915, 0.000369396475736015]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.668075184500026, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3415358579986787, "paired": {"energy_j": 0.0003610068991176679, "latency_ms": 0.10073339585747754, "with_trials": [16, 3], "rounds": 5, "ratio_spread": 0.04664787281392435}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8628333333333333, "test_accuracy": 0.8555, "val_curve": [0.7446666666666667, 0.7781666666666667, 0.8205, 0.8495, 0.857, 0.8628333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 36.27377140799945, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 251.58749602876065, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 251.58749602876065}, "train_energy_net_j": 251.58749602876065, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c24_hs-ir_r3_k3_s2_e1_c40_se-ir_r3_k5_s2_e1_c64_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 35258, "inference_params": 34466, "macs": 831208, "static_costs": {"params": 35258.0, "macs": 831208.0, "peak_memory": 37632.0, "latency": 0.07603199992445298, "energy": 0.0002717595837164608}, "dataflow": {"joules": 7.04849568e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07603199992445298, "latency_ms_p90": 0.08585099967604037, "latency_ms_iqr": 0.0012945010894327424, "cpu_ms_per_call": 0.07783785400315009, "energy_j": 0.0002717595837164608, "energy_cv": 0.003100571814218241, "energy_source": "model:cpu-ccf", "runs_per_window": 642, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0024761051123280975, "windows": 5, "cpu_pressure": 9.980699721936217e-05, "load_average": 2.10986328125, "rejected_windows": 0, "window_energies_j": [0.00027163997054247745, 0.0002739815758295314, 0.00027279080139781163, 0.0002724324890110253, 0.0002717595837164608]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.509863662499839, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3002379480003583, "paired": {"energy_j": 0.0002729958780526841, "latency_ms": 0.07608389566279995, "with_trials": [16, 17], "rounds": 5, "ratio_spread": 0.013417056133264937}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8665, "test_accuracy": 0.8588, "val_curve": [0.7576666666666667, 0.7916666666666666, 0.8271666666666667, 0.852, 0.8543333333333333, 0.8665], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 26.762886540998807, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 186.16805278079792, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 186.16805278079792}, "train_energy_net_j": 186.16805278079792, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k7_s1_e1_c24-ir_r3_k5_s2_e1_c24_hs-ir_r3_k5_s2_e3_c64_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 121266, "inference_params": 119866, "macs": 1878568, "static_costs": {"params": 121266.0, "macs": 1878568.0, "peak_memory": 56448.0, "latency": 0.13366000166570302, "energy": 0.0004787570341612906}, "dataflow": {"joules": 0.00014617361280000002, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.13366000166570302, "latency_ms_p90": 0.14690399912069552, "latency_ms_iqr": 0.004509000063990243, "cpu_ms_per_call": 0.13691949453562655, "energy_j": 0.0004787570341612906, "energy_cv": 0.004709992934729047, "energy_source": "model:cpu-ccf", "runs_per_window": 366, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0009633210177479867, "windows": 5, "cpu_pressure": 7.986944700023255e-05, "load_average": 2.0654296875, "rejected_windows": 0, "window_energies_j": [0.00047641235326028903, 0.00048341585654586007, 0.0004787570341612906, 0.0004793612279002933, 0.0004792182308746929]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4902446440000288, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.43015630999980203, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8601666666666666, "test_accuracy": 0.8543, "val_curve": [0.7368333333333333, 0.7946666666666666, 0.82, 0.8225, 0.852, 0.8601666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 46.311169237000286, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 321.4940693272386, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 321.4940693272386}, "train_energy_net_j": 321.4940693272386, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(21,21,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e1_c8_se_hs-ir_r3_k5_s2_e6_c40-ir_r3_k5_s2_e3_c64_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 188330, "inference_params": 185802, "macs": 4286736, "static_costs": {"params": 188330.0, "macs": 4286736.0, "peak_memory": 101920.0, "latency": 0.22692499987897463, "energy": 0.0008056586582682972}, "dataflow": {"joules": 0.0002635703856, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.22692499987897463, "latency_ms_p90": 0.24090199985948857, "latency_ms_iqr": 0.008558500212529907, "cpu_ms_per_call": 0.2304530046068959, "energy_j": 0.0008056586582682972, "energy_cv": 0.008006143479116243, "energy_source": "model:cpu-ccf", "runs_per_window": 216, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001150434922192467, "windows": 5, "cpu_pressure": 0.0002587065397324921, "load_average": 2.107421875, "rejected_windows": 0, "window_energies_j": [0.0008222089084493349, 0.0008128867102806067, 0.0008056586582682972, 0.0008051172986116984, 0.0008065855161241357]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.6002238140002305, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.45888722500058066, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8693333333333333, "test_accuracy": 0.8594, "val_curve": [0.7928333333333333, 0.8285, 0.8473333333333334, 0.8608333333333333, 0.869, 0.8693333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 66.33812404499986, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 460.63071135223936, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 460.63071135223936}, "train_energy_net_j": 460.63071135223936, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00020.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(22,22,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_se_hs-ir_r2_k5_s2_e1_c40-ir_r3_k5_s2_e1_c64_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 35978, "inference_params": 35298, "macs": 737200, "static_costs": {"params": 35978.0, "macs": 737200.0, "peak_memory": 43904.0, "latency": 0.08229400009440724, "energy": 0.0002959072576018684}, "dataflow": {"joules": 6.053652e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08229400009440724, "latency_ms_p90": 0.09342699995613657, "latency_ms_iqr": 0.002356500772293657, "cpu_ms_per_call": 0.0845772610921009, "energy_j": 0.0002959072576018684, "energy_cv": 0.0010935482668291098, "energy_source": "model:cpu-ccf", "runs_per_window": 587, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0003824043431774893, "windows": 5, "cpu_pressure": 0.0015350976349861086, "load_average": 2.111328125, "rejected_windows": 0, "window_energies_j": [0.00029602041382235315, 0.00029653777833603265, 0.00029619663225202925, 0.0002959072576018684, 0.0002955564923338284]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4128221939997727, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.40563872599886963, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.861, "test_accuracy": 0.847, "val_curve": [0.7373333333333333, 0.8083333333333333, 0.8236666666666667, 0.8301666666666667, 0.8575, 0.861], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 27.61349652700119, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 191.2808564673204, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 191.2808564673204}, "train_energy_net_j": 191.2808564673204, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-accurate-1/artifacts/cost-first-accurate-1-1548f772/trial-00021.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(23,23,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e1_c24_se_hs-ir_r3_k3_s2_e1_c32-ir_r3_k3_s2_e3_c40", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 37482, "inference_params": 36418, "macs": 1066696, "static_costs": {"params": 37482.0, "macs": 1066696.0, "peak_memory": 56448.0}, "dataflow": {"joules": 8.350220159999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08435800009465311, "latency_ms_p90": 0.09542900043015834, "latency_ms_iqr": 0.002224998752353713, "cpu_ms_per_call": 0.08667015559449187, "energy_j": 0.0003027329092495968, "energy_cv": 0.0027933701372523305, "energy_source": "model:cpu-ccf", "runs_per_window": 573, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002023682633788715, "windows": 5, "cpu_pressure": 5.990813686217446e-05, "load_average": 2.06640625, "rejected_windows": 0, "window_energies_j": [0.00030381256567440465, 0.00030457893566167705, 0.0003027329092495968, 0.00030212979396028147, 0.00030334554458072156]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4533649200000125, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4171367859999009, "paired": null, "zero_cost": {}, "rejected": null, "training": null, "train_energy_j": 0.0, "train_energy_source": "", "train_energy_by_source": {}, "train_energy_net_j": null, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": null, "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(2,1,1,6.07812370614795160865e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,1.68320002558175474405e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,0.82,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,2.21445721667816534375e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,6.17798371372349844343e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.39666666666666672291e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.86437870535873819171e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,5.1879406965593476142e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.66333333333333288628e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,3.8025754650912452345e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,1.06417871515846265695e-01,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,8.27666666666666661633e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.51270862269314171084e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,4.21824004745639524749e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,0.6305,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,2.71694727907320035965e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,7.57469997552107088267e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,7.49333333333333295733e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,1.33547760425382927183e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,3.71192583782123317059e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.78833333333333355241e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,0.000709985701089572,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,1.99821281612886453293e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,8.7016666666666664387e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,3.95339800464430827023e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,1.10691004464994677269e-01,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,0.7235,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,1.18959338095732926007e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,3.29831833893019926717e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,0.844,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,1.48688841868037748862e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,4.14652767379303649475e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,8.79333333333333300174e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,9.83660442875918146488e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,2.78431557160756348867e-01,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,6.0433333333333327797e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,6.61809937199320718823e-05,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,1.83113443042767151669e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,0.675,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,8.96440592741213753379e-05,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,2.47342541641872859514e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,8.51666666666666682949e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,2.55718062808756073714e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,7.17291507629022606629e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,0.5455,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,8.1469833877452211869e-05,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,2.26529991778079420328e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,8.55333333333333278858e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,2.51051154414808216312e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,6.99746411351423736046e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.6283333333333334103e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,3.6100689911766788414e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,1.00733395857477536772e-01,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,0.8665,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,2.72995878052684107055e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,7.60838956627999524195e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,8.60166666666666634988e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,4.78757034161290614699e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,1.33660001665703020989e-01,'FINITE');
INSERT INTO "trial_values" VALUES(61,21,0,8.69333333333333291292e-01,'FINITE');
INSERT INTO "trial_values" VALUES(62,21,1,8.05658658268297188029e-04,'FINITE');
INSERT INTO "trial_values" VALUES(63,21,2,2.26924999878974631428e-01,'FINITE');
INSERT INTO "trial_values" VALUES(64,22,0,0.861,'FINITE');
INSERT INTO "trial_values" VALUES(65,22,1,2.9590725760186842308e-04,'FINITE');
INSERT INTO "trial_values" VALUES(66,22,2,8.22940000944072380661e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 15:13:14.563547','2026-12-06 15:13:20.346573');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 15:13:24.112486','2026-12-06 15:13:48.010852');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 15:13:48.184208','2026-12-06 15:14:03.694502');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 15:14:03.897356','2026-12-06 15:14:45.896544');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 15:14:46.132862','2026-12-06 15:15:04.656031');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 15:15:04.861424','2026-12-06 15:15:14.615783');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 15:15:14.758380','2026-12-06 15:15:30.040362');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 15:15:30.167263','2026-12-06 15:16:30.641659');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 15:16:30.913304','2026-12-06 15:17:09.850539');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 15:17:10.160933','2026-12-06 15:17:24.508707');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 15:17:24.653971','2026-12-06 15:17:47.437181');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 15:17:48.001335','2026-12-06 15:19:13.859519');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 15:19:14.196970','2026-12-06 15:19:20.640620');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 15:19:20.783741','2026-12-06 15:19:32.062527');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 15:19:32.219876','2026-12-06 15:20:18.706997');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 15:20:19.302115','2026-12-06 15:20:24.082900');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 15:20:24.204363','2026-12-06 15:21:04.393553');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 15:21:04.633525','2026-12-06 15:21:43.120357');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 15:21:43.417742','2026-12-06 15:22:12.282909');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 15:22:12.540382','2026-12-06 15:22:59.686662');
INSERT INTO "trials" VALUES(21,20,1,'COMPLETE','2026-12-06 15:23:00.312269','2026-12-06 15:24:07.515507');
INSERT INTO "trials" VALUES(22,21,1,'COMPLETE','2026-12-06 15:24:07.842103','2026-12-06 15:24:36.256351');
INSERT INTO "trials" VALUES(23,22,1,'RUNNING','2026-12-06 15:24:36.501620',NULL);
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
