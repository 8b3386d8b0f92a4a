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
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','1c30ef7bd59e242d2bab5ed1da5d5d3d0128fdb1',0);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','8e260eb7231a6460d220dd94870a27eba4ec9039',1);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','9c61787be6267d7d1b961490cfba39495a6e9571',2);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','0b23ef8c3f45a0b3c24e54daee42ffbd4b512fd9',3);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','5ccc019e0a879d8c40f3ecfdefe93b91d05789cd',4);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','30451cdbf31c3fc574b1e31f07d0eba147c5eae4',5);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','8cccd124df42b5ac8312327ef29bf9f6e1f83e27',6);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','33afdfe1ef425460825a5fac3fd440e6a2dfbdf7',7);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','f49faa963b9476267ce79ef204b615b675f2bf42',8);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','63d0e71e92c77feab45774c81a7b9608a84e4b74',9);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','6c20b486e5815bb1be8a436f96ef9355b9c8f1d5',10);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','070c7ad03c77c941c55a19e81e88c0f9536b76be',11);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','58a9ce6bdbdce2bc52125c4501b4fafd82712a64',12);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','7563ce36ad218f3c9645cb3bfbf6f8f5c66de63f',13);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','af2da0922fe8b665e1dd082db65f0b5a8c307990',14);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','c0afbcde029392175298213db8a09c4ab012606b',15);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','c44f9de2feafb4da6c623bcb02139c88b88056cd',16);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','1b8525b9f96102564f7984c3a6785c8c7e5029c2',17);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','711ab8d5ebaa62171a61d2997b2a834b0a251eae',18);
INSERT INTO "nas_arch_claims" VALUES('2a26992fcbcf412584f2b6db5c872c8a','2e7c480ec70f63720ae2163117cb4dae50a8ef15',19);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'random-2');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"random-2\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 2}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"random-2\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget/random-2/nas.db\",\"sampler\":\"random\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.0,\"seed\":2,\"n_trials\":20,\"timeout_s\":null,\"budget\":null,\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget/random-2/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget/random-2/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"2a26992fcbcf412584f2b6db5c872c8a"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.00036789665867251176, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.10503149999152583, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.00036789665867251176, \"latency\": 0.10503149999152583}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0016144323478805025, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.4512352499972394, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0016144323478805025, \"latency\": 0.4512352499972394}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [5.13053398529412e-05, 0.0016144323478805025], \"latency\": [0.012594500006457565, 0.4512352499972394]}}"');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 18:50:39.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 18:51:25.000000');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 18:53:27.000000');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 18:53:51');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 18:54:17');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 18:56:41.000000');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 18:57:18.000000');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 18:57:39');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 18:58:22.000000');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 18:58:58.000000');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 18:59:08');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 18:59:56.000000');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 18:59:57');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 19:00:13');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 19:00:24');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 19:01:15.000000');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 19:02:10.000000');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 19:02:54.000000');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 19:04:02.000000');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 19:05:04.000000');
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
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(178,9,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(179,9,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(180,9,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(181,10,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(182,10,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(183,10,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(184,10,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(185,10,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(186,10,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(187,10,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(188,10,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(189,10,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(190,10,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(191,10,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(192,10,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(193,10,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(194,10,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(195,10,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(196,10,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(197,10,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(198,10,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(199,10,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(200,10,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c16_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 4394, "inference_params": 4202, "macs": 534400, "static_costs": {"params": 4394.0, "macs": 534400.0, "peak_memory": 112896.0, "energy": 0.00010588273049001943, "latency": 0.028727499994829486}, "dataflow": {"joules": 3.840324e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.028727499994829486, "latency_ms_p90": 0.03689300000075946, "latency_ms_iqr": 0.008767999986503128, "cpu_ms_per_call": 0.03028512348669513, "energy_j": 0.00010588273049001943, "energy_cv": 0.014333138820253317, "energy_source": "model:cpu-ccf", "runs_per_window": 1635, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00108801230267086, "windows": 5, "cpu_pressure": 0.061141037117313196, "load_average": 0.8486328125, "rejected_windows": 0, "window_energies_j": [0.00010599793220343294, 0.00010542191064871474, 0.00010706123027526264, 0.00010967512943037985, 0.00010588273049001943]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0172121540000019, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.29201977700000725, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7423333333333333, "test_accuracy": 0.7436, "val_curve": [0.49316666666666664, 0.6715, 0.7101666666666666, 0.7276666666666667, 0.7376666666666667, 0.7423333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 42.03856788899998, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 287.00590068272, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 287.00590068272}, "train_energy_net_j": 287.00590068272, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e3_c24_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 8602, "inference_params": 8402, "macs": 1168768, "static_costs": {"params": 8602.0, "macs": 1168768.0, "peak_memory": 75264.0, "energy": 0.00018189054847208097, "latency": 0.05161000001407956}, "dataflow": {"joules": 5.428493279999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05161000001407956, "latency_ms_p90": 0.06038340000031894, "latency_ms_iqr": 0.009571999953550403, "cpu_ms_per_call": 0.05426154185021975, "energy_j": 0.00018189054847208097, "energy_cv": 0.028902362393016582, "energy_source": "model:cpu-ccf", "runs_per_window": 911, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0441191038847184, "windows": 5, "cpu_pressure": 0.004217128068550635, "load_average": 1.45849609375, "rejected_windows": 0, "window_energies_j": [0.00018991539647576913, 0.00018076284210529514, 0.00018189054847208097, 0.00019215399176726302, 0.00019407518483147276]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.9624679805000014, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8511342919999834, "paired": {"figures": {"energy": 0.00016944141263271358, "latency": 0.047983804393786}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.0629599976872508}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7888333333333334, "test_accuracy": 0.7929, "val_curve": [0.6375, 0.6711666666666667, 0.706, 0.7416666666666667, 0.7838333333333334, 0.7888333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 30.730156948, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 207.17561544631994, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 207.17561544631994}, "train_energy_net_j": 207.17561544631994, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e3_c16_hs-ir_r2_k5_s2_e3_c40_hs-ir_r2_k5_s2_e6_c40-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 75106, "inference_params": 73514, "macs": 2443112, "static_costs": {"params": 75106.0, "macs": 2443112.0, "peak_memory": 62400.0, "energy": 0.000299777607020565, "latency": 0.08416000000011081}, "dataflow": {"joules": 0.0001461913152, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08416000000011081, "latency_ms_p90": 0.09732460001714571, "latency_ms_iqr": 0.013630000012199162, "cpu_ms_per_call": 0.08685013020838363, "energy_j": 0.000299777607020565, "energy_cv": 0.024974802385666704, "energy_source": "model:cpu-ccf", "runs_per_window": 576, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.014003209747717182, "windows": 5, "cpu_pressure": 0.0011963222422363, "load_average": 1.619140625, "rejected_windows": 0, "window_energies_j": [0.0003162050818181554, 0.00030397545572934267, 0.0003115563575268295, 0.000299777607020565, 0.0002952749626485251]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.2071349939999934, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9232319349999898, "paired": {"figures": {"energy": 0.0002904401190351895, "latency": 0.0846707140345755}, "with_trials": [1], "rounds": 5, "ratio_spread": 0.08517030782669477}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8721666666666666, "test_accuracy": 0.867, "val_curve": [0.763, 0.8141666666666667, 0.8061666666666667, 0.8463333333333334, 0.862, 0.8721666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 141.75665687600002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 575.9754323422401, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 575.9754323422401}, "train_energy_net_j": 575.9754323422401, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c8_se_hs-ir_r3_k5_s2_e1_c16_se_hs-ir_r2_k7_s2_e3_c24_se_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 23034, "inference_params": 22530, "macs": 448744, "static_costs": {"params": 23034.0, "macs": 448744.0, "peak_memory": 43904.0, "energy": 0.0002156067456896521, "latency": 0.05786500000226624}, "dataflow": {"joules": 4.82272224e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05786500000226624, "latency_ms_p90": 0.07488820000389751, "latency_ms_iqr": 0.012005499982592482, "cpu_ms_per_call": 0.06246092531648916, "energy_j": 0.0002156067456896521, "energy_cv": 0.019141036374048268, "energy_source": "model:cpu-ccf", "runs_per_window": 792, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.013944336057033935, "windows": 5, "cpu_pressure": 0.08094596933137577, "load_average": 3.953125, "rejected_windows": 0, "window_energies_j": [0.00021228924635914863, 0.00022457326554402133, 0.00022041265025256877, 0.00021861323860771206, 0.0002156067456896521]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.385886921499946, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2599976030000448, "paired": {"figures": {"energy": 0.0002365082358896064, "latency": 0.06727685472731984}, "with_trials": [1, 2], "rounds": 5, "ratio_spread": 0.22133228209914635}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8498333333333333, "test_accuracy": 0.8439, "val_curve": [0.7625, 0.8088333333333333, 0.8246666666666667, 0.8278333333333333, 0.8485, 0.8498333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 24.324220115000003, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 160.36231940207995, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 160.36231940207995}, "train_energy_net_j": 160.36231940207995, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c8_se-ir_r2_k7_s2_e1_c48_se_hs-ir_r3_k3_s2_e3_c24_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 34682, "inference_params": 33714, "macs": 1071544, "static_costs": {"params": 34682.0, "macs": 1071544.0, "peak_memory": 37632.0, "energy": 0.00017556781444331447, "latency": 0.047445000006973714}, "dataflow": {"joules": 6.84393024e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.047445000006973714, "latency_ms_p90": 0.05959380002877879, "latency_ms_iqr": 0.004055999966112722, "cpu_ms_per_call": 0.051243855532788055, "energy_j": 0.00017556781444331447, "energy_cv": 0.02356817508972093, "energy_source": "model:cpu-ccf", "runs_per_window": 976, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.021562493862825827, "windows": 5, "cpu_pressure": 0.0014146241171380288, "load_average": 3.1025390625, "rejected_windows": 0, "window_energies_j": [0.00018409433386416964, 0.00017935349436475818, 0.00018308040971484423, 0.00017556781444331447, 0.0001731234580420262]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.355786022000004, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2505549620000806, "paired": {"figures": {"energy": 0.00021435331918249014, "latency": 0.06215871759411358}, "with_trials": [1, 3], "rounds": 5, "ratio_spread": 0.11209899872048101}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8638333333333333, "test_accuracy": 0.8549, "val_curve": [0.738, 0.7746666666666666, 0.7746666666666666, 0.8381666666666666, 0.8613333333333333, 0.8638333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 21.786491220000016, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 150.11190031648005, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 150.11190031648005}, "train_energy_net_j": 150.11190031648005, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e3_c32_hs-ir_r3_k7_s2_e6_c48_se-ir_r3_k5_s2_e1_c32_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 239354, "inference_params": 236970, "macs": 8869248, "static_costs": {"params": 239354.0, "macs": 8869248.0, "peak_memory": 188160.0, "energy": 0.0010111804884393439, "latency": 0.2824669999768048}, "dataflow": {"joules": 0.0004398075408, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.2824669999768048, "latency_ms_p90": 0.3185579000046346, "latency_ms_iqr": 0.01944950001586676, "cpu_ms_per_call": 0.2908987953216375, "energy_j": 0.0010111804884393439, "energy_cv": 0.014396045118137885, "energy_source": "model:cpu-ccf", "runs_per_window": 171, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006888280842065608, "windows": 5, "cpu_pressure": 0.00021920784859733326, "load_average": 2.86962890625, "rejected_windows": 0, "window_energies_j": [0.0010111804884393439, 0.0010358717011830542, 0.0010181457836257312, 0.0010045889399998486, 0.001043406375000444]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.662641941000018, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0517161660000625, "paired": {"figures": {"energy": 0.0009799290574743643, "latency": 0.2827222250198733}, "with_trials": [2], "rounds": 5, "ratio_spread": 0.09456405759391018}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8791666666666667, "test_accuracy": 0.8803, "val_curve": [0.762, 0.7996666666666666, 0.8521666666666666, 0.8541666666666666, 0.8728333333333333, 0.8791666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 124.89694919499993, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 861.9498653657199, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 861.9498653657199}, "train_energy_net_j": 861.9498653657199, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e3_c32_hs-ir_r2_k3_s2_e6_c16_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 27066, "inference_params": 26146, "macs": 3626944, "static_costs": {"params": 27066.0, "macs": 3626944.0, "peak_memory": 188160.0, "energy": 0.00032881878142586773, "latency": 0.09080200004518701}, "dataflow": {"joules": 0.0001886141424, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09080200004518701, "latency_ms_p90": 0.1191069999777028, "latency_ms_iqr": 0.016009999995958424, "cpu_ms_per_call": 0.09788944094485866, "energy_j": 0.00032881878142586773, "energy_cv": 0.08889419708842533, "energy_source": "model:cpu-ccf", "runs_per_window": 508, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.04195095493426826, "windows": 5, "cpu_pressure": 0.00031904773185353707, "load_average": 1.99658203125, "rejected_windows": 0, "window_energies_j": [0.0003267381842105901, 0.00032881878142586773, 0.0003426130433070053, 0.00036193056714923914, 0.0004122744774344894]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.112495905500026, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31917735500007893, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8391666666666666, "test_accuracy": 0.84, "val_curve": [0.68, 0.7663333333333333, 0.8046666666666666, 0.8141666666666667, 0.8391666666666666], "epochs_run": 5, "stop_reason": "pareto: validation 0.839 after epoch 5 cannot pass 0.872 of trial 2, which costs no more (bound 0.869: finished curves gained at most 0.010 later, margin 0.02)", "train_seconds": 49.42395030199998, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 340.95034055907985, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 340.95034055907985}, "train_energy_net_j": 340.95034055907985, "train_device_share": 1.0, "pareto_saved_energy_j": 68.19006811181598, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c32-ir_r1_k5_s2_e1_c16_se_hs-ir_r2_k7_s2_e1_c48_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 18554, "inference_params": 18170, "macs": 343904, "static_costs": {"params": 18554.0, "macs": 343904.0, "peak_memory": 31360.0, "energy": 0.00011879429545458074, "latency": 0.03027150000889378}, "dataflow": {"joules": 3.41053584e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03027150000889378, "latency_ms_p90": 0.044073200001548685, "latency_ms_iqr": 0.008666999974593637, "cpu_ms_per_call": 0.034305751037349064, "energy_j": 0.00011879429545458074, "energy_cv": 0.022472164730251647, "energy_source": "model:cpu-ccf", "runs_per_window": 1446, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.010739852206361089, "windows": 5, "cpu_pressure": 0.007194935242604171, "load_average": 2.0, "rejected_windows": 0, "window_energies_j": [0.00012007012863072174, 0.0001230776328179225, 0.00012555352681163745, 0.00011879429545458074, 0.00011845367832641599]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.104593944499982, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1791097040000977, "paired": {"figures": {"energy": 0.00012988125364628847, "latency": 0.0359283872142734}, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.12733177057773415}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.857, "test_accuracy": 0.851, "val_curve": [0.6818333333333333, 0.8233333333333334, 0.8295, 0.828, 0.853, 0.857], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 11.45387086400001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 79.22883815388003, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 79.22883815388003}, "train_energy_net_j": 79.22883815388003, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e1_c8-ir_r1_k3_s2_e1_c16-ir_r3_k7_s2_e6_c64_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 158034, "inference_params": 155986, "macs": 2631496, "static_costs": {"params": 158034.0, "macs": 2631496.0, "peak_memory": 53248.0, "energy": 0.00022796240665813133, "latency": 0.060960000041632156}, "dataflow": {"joules": 0.0001704942816, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.060960000041632156, "latency_ms_p90": 0.07732999995369028, "latency_ms_iqr": 0.007005000043136533, "cpu_ms_per_call": 0.0655589801848796, "energy_j": 0.00022796240665813133, "energy_cv": 0.02601727453928541, "energy_source": "model:cpu-ccf", "runs_per_window": 757, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006553817407217499, "windows": 5, "cpu_pressure": 0.006885294525660311, "load_average": 1.919921875, "rejected_windows": 0, "window_energies_j": [0.0002382106428572548, 0.00024183440598877744, 0.00022796240665813133, 0.00022945643064707858, 0.00022663704851237656]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.301661829500119, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2355401379999194, "paired": {"figures": {"energy": 0.0002575362962338786, "latency": 0.0739590197555836}, "with_trials": [4, 2], "rounds": 5, "ratio_spread": 0.1049297674283951}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8703333333333333, "test_accuracy": 0.8656, "val_curve": [0.7891666666666667, 0.8115, 0.8245, 0.8593333333333333, 0.8626666666666667, 0.8703333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 34.29456599899993, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 236.90799196540004, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 236.90799196540004}, "train_energy_net_j": 236.90799196540004, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e6_c32_hs-ir_r3_k5_s2_e3_c16-ir_r1_k7_s2_e3_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 26602, "inference_params": 25770, "macs": 2288896, "static_costs": {"params": 26602.0, "macs": 2288896.0, "peak_memory": 150528.0, "energy": 0.0002491866556195262, "latency": 0.06691950000003999}, "dataflow": {"joules": 0.0001395747216, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06691950000003999, "latency_ms_p90": 0.08881299995664449, "latency_ms_iqr": 0.010060999898087175, "cpu_ms_per_call": 0.07323852562228877, "energy_j": 0.0002491866556195262, "energy_cv": 0.05309238927527648, "energy_source": "model:cpu-ccf", "runs_per_window": 683, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.02868606282592756, "windows": 5, "cpu_pressure": 0.003193944536677894, "load_average": 2.1787109375, "rejected_windows": 0, "window_energies_j": [0.0002440869630920132, 0.0002491866556195262, 0.0002563348396780107, 0.0002655558108728278, 0.0002831604999999007]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.243825410999818, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2193161400000463, "paired": {"figures": {"energy": 0.0002796814299566371, "latency": 0.08186030591869575}, "with_trials": [4, 8], "rounds": 5, "ratio_spread": 0.06904798275111945}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8691666666666666, "test_accuracy": 0.8605, "val_curve": [0.8001666666666667, 0.7841666666666667, 0.8465, 0.8573333333333333, 0.8645, 0.8691666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 37.11733198100001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 256.42860530891994, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 256.42860530891994}, "train_energy_net_j": 256.42860530891994, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e1_c16_se_hs-ir_r2_k5_s2_e1_c16_se-ir_r3_k7_s2_e1_c48-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 19402, "inference_params": 18938, "macs": 574304, "static_costs": {"params": 19402.0, "macs": 574304.0, "peak_memory": 37632.0, "energy": 0.00015162746524762815, "latency": 0.040901000033954915}, "dataflow": {"joules": 4.60851984e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.040901000033954915, "latency_ms_p90": 0.051922200009357766, "latency_ms_iqr": 0.003340000034768309, "cpu_ms_per_call": 0.04425603395889372, "energy_j": 0.00015162746524762815, "energy_cv": 0.0165327155690477, "energy_source": "model:cpu-ccf", "runs_per_window": 1119, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.021557134145596457, "windows": 5, "cpu_pressure": 0.006386301765886689, "load_average": 2.01025390625, "rejected_windows": 0, "window_energies_j": [0.00015162746524762815, 0.00015778424271414124, 0.0001565690250446016, 0.00015489611885612803, 0.00015147695415233063]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2953444000000616, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3720485410000265, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8501666666666666, "test_accuracy": 0.8483, "val_curve": [0.7318333333333333, 0.7981666666666667, 0.828, 0.8395, 0.8468333333333333, 0.8501666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 17.451189172, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 120.14803382295996, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 120.14803382295996}, "train_energy_net_j": 120.14803382295996, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e3_c24-ir_r3_k7_s2_e1_c48-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 23226, "inference_params": 22594, "macs": 2015128, "static_costs": {"params": 23226.0, "macs": 2015128.0, "peak_memory": 131712.0, "energy": 0.0002262635006459882, "latency": 0.06106700004693266}, "dataflow": {"joules": 0.0001208277888, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06106700004693266, "latency_ms_p90": 0.07482199998776196, "latency_ms_iqr": 0.005700999963664799, "cpu_ms_per_call": 0.0648037240932337, "energy_j": 0.0002262635006459882, "energy_cv": 0.014248315226025056, "energy_source": "model:cpu-ccf", "runs_per_window": 772, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002428733219281165, "windows": 5, "cpu_pressure": 0.009299186746196184, "load_average": 2.00732421875, "rejected_windows": 0, "window_energies_j": [0.0002262635006459882, 0.0002281279921052864, 0.00022681303432631796, 0.0002329068161464798, 0.00022292753944004633]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1647992754999734, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33489426899996033, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8233333333333334, "test_accuracy": 0.8279, "val_curve": [0.693, 0.7756666666666666, 0.8075, 0.7906666666666666, 0.8233333333333334], "epochs_run": 5, "stop_reason": "pareto: validation 0.823 after epoch 5 cannot pass 0.857 of trial 7, which costs no more (bound 0.854: finished curves gained at most 0.010 later, margin 0.02)", "train_seconds": 29.626316108000083, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 204.5330354973599, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 204.5330354973599}, "train_energy_net_j": 204.5330354973599, "train_device_share": 1.0, "pareto_saved_energy_j": 40.90660709947198, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e1_c16_se_hs-ir_r1_k5_s2_e1_c40_se-ir_r1_k3_s2_e1_c56-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 14546, "inference_params": 14202, "macs": 416144, "static_costs": {"params": 14546.0, "macs": 416144.0, "peak_memory": 37632.0, "energy": 0.00012421657735962654, "latency": 0.03344800006743753}, "dataflow": {"joules": 3.50304624e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03344800006743753, "latency_ms_p90": 0.04067119996307156, "latency_ms_iqr": 0.0023457500617496407, "cpu_ms_per_call": 0.035787680866426454, "energy_j": 0.00012421657735962654, "energy_cv": 0.01101962443840691, "energy_source": "model:cpu-ccf", "runs_per_window": 1385, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.008374934287991076, "windows": 5, "cpu_pressure": 0.0002197197606283105, "load_average": 2.06591796875, "rejected_windows": 0, "window_energies_j": [0.00012525688303249258, 0.00012421657735962654, 0.00012640764405546758, 0.00012304606148975185, 0.0001267679225147277]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.1628147680000325, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1946826129999408, "paired": {"figures": {"energy": 0.00013930608577081364, "latency": 0.03828322339013049}, "with_trials": [0, 7], "rounds": 5, "ratio_spread": 0.043066611061376436}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.829, "test_accuracy": 0.8279, "val_curve": [0.6993333333333334, 0.7638333333333334, 0.8033333333333333, 0.8138333333333333, 0.8263333333333334, 0.829], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.125020573000029, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 97.51437145028002, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 97.51437145028002}, "train_energy_net_j": 97.51437145028002, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e6_c16_se-ir_r1_k3_s2_e3_c32", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 8738, "inference_params": 8490, "macs": 949712, "static_costs": {"params": 8738.0, "macs": 949712.0, "peak_memory": 75264.0, "energy": 0.00014210039367804742, "latency": 0.03862699998080643}, "dataflow": {"joules": 5.73904752e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03862699998080643, "latency_ms_p90": 0.04473720005080395, "latency_ms_iqr": 0.0035509999634086853, "cpu_ms_per_call": 0.04060228791569495, "energy_j": 0.00014210039367804742, "energy_cv": 0.016380941072498906, "energy_source": "model:cpu-ccf", "runs_per_window": 1218, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 5.358202526983824e-05, "windows": 5, "cpu_pressure": 0.00257541313769421, "load_average": 1.84228515625, "rejected_windows": 0, "window_energies_j": [0.00014553311272869995, 0.0001473145647358854, 0.00014121414435471302, 0.00014210039367804742, 0.00014210800770493234]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.090985546000013, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31354715400004807, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7476666666666667, "test_accuracy": 0.7449, "val_curve": [0.6748333333333333, 0.7453333333333333, 0.7476666666666667], "epochs_run": 3, "stop_reason": "pareto: validation 0.748 after epoch 3 cannot pass 0.857 of trial 7, which costs no more (bound 0.857: finished curves gained at most 0.089 later, margin 0.02)", "train_seconds": 10.885951840999951, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 74.7859650694001, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 74.7859650694001}, "train_energy_net_j": 74.7859650694001, "train_device_share": 1.0, "pareto_saved_energy_j": 74.7859650694001, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c24-ir_r1_k5_s2_e1_c32-ir_r1_k3_s2_e6_c24", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 16330, "inference_params": 15778, "macs": 690792, "static_costs": {"params": 16330.0, "macs": 690792.0, "peak_memory": 56448.0, "energy": 0.0001278509251823791, "latency": 0.03417850007281231}, "dataflow": {"joules": 5.6428243200000004e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03417850007281231, "latency_ms_p90": 0.04345129997318509, "latency_ms_iqr": 0.0032087500301258842, "cpu_ms_per_call": 0.036726856824913306, "energy_j": 0.0001278509251823791, "energy_cv": 0.009371755455713072, "energy_source": "model:cpu-ccf", "runs_per_window": 1349, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005420951814222974, "windows": 5, "cpu_pressure": 0.0012910950591580883, "load_average": 1.94677734375, "rejected_windows": 0, "window_energies_j": [0.00012669368985507718, 0.0001285439988871966, 0.00012977248628612837, 0.00012990211460688333, 0.0001278509251823791]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.090946607999911, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1768473600000107, "paired": {"figures": {"energy": 0.00013319710235319874, "latency": 0.03712591895491021}, "with_trials": [0, 7], "rounds": 5, "ratio_spread": 0.13926960278849942}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8513333333333334, "test_accuracy": 0.8459, "val_curve": [0.6945, 0.81, 0.8083333333333333, 0.8421666666666666, 0.8483333333333334, 0.8513333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.90969709300009, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 130.49832384464028, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 130.49832384464028}, "train_energy_net_j": 130.49832384464028, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e6_c8_se_hs-ir_r1_k7_s2_e3_c40_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 26410, "inference_params": 25874, "macs": 2413912, "static_costs": {"params": 26410.0, "macs": 2413912.0, "peak_memory": 150528.0, "energy": 0.0003680576397053247, "latency": 0.10234299998046481}, "dataflow": {"joules": 0.0001245653952, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10234299998046481, "latency_ms_p90": 0.12096670001255916, "latency_ms_iqr": 0.01756699987254251, "cpu_ms_per_call": 0.10533355157899917, "energy_j": 0.0003680576397053247, "energy_cv": 0.017719020710291168, "energy_source": "model:cpu-ccf", "runs_per_window": 474, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0016567807739586993, "windows": 5, "cpu_pressure": 0.03620262918896688, "load_average": 2.02978515625, "rejected_windows": 0, "window_energies_j": [0.00038448000995534593, 0.0003686674305264971, 0.00036631694831276766, 0.0003680576397053247, 0.0003737859470847302]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1844867860000932, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3404640969999946, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8538333333333333, "test_accuracy": 0.8494, "val_curve": [0.7216666666666667, 0.7813333333333333, 0.8098333333333333, 0.8233333333333334, 0.8443333333333334, 0.8538333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 54.40582692500004, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 375.24296746863996, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 375.24296746863996}, "train_energy_net_j": 375.24296746863996, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c8-ir_r3_k3_s2_e6_c32-ir_r3_k3_s2_e6_c48_se", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 216554, "inference_params": 213874, "macs": 3172496, "static_costs": {"params": 216554.0, "macs": 3172496.0, "peak_memory": 81536.0, "energy": 0.00039793492431117286, "latency": 0.10572550002052594}, "dataflow": {"joules": 0.0002786052816, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10572550002052594, "latency_ms_p90": 0.13697799995497917, "latency_ms_iqr": 0.015905499935797707, "cpu_ms_per_call": 0.11369930574691635, "energy_j": 0.00039793492431117286, "energy_cv": 0.017229922776268496, "energy_source": "model:cpu-ccf", "runs_per_window": 436, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 3.177857046909871e-05, "windows": 5, "cpu_pressure": 0.00043707084733685277, "load_average": 3.0517578125, "rejected_windows": 0, "window_energies_j": [0.00041560210311779436, 0.0003973185952380239, 0.0003979475701142072, 0.0004016288371563712, 0.00039793492431117286]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.3869390780000117, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3984876900000245, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8665, "test_accuracy": 0.8569, "val_curve": [0.7858333333333334, 0.7746666666666666, 0.815, 0.8496666666666667, 0.8581666666666666, 0.8665], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 42.14700847400002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 290.98935322784007, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 290.98935322784007}, "train_energy_net_j": 290.98935322784007, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e6_c8_se-ir_r3_k5_s2_e3_c48-ir_r2_k3_s2_e1_c56_se", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 53418, "inference_params": 52322, "macs": 2344456, "static_costs": {"params": 53418.0, "macs": 2344456.0, "peak_memory": 81536.0, "energy": 0.00029453979491519266, "latency": 0.07965700001477671}, "dataflow": {"joules": 0.00013156229759999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07965700001477671, "latency_ms_p90": 0.09976540002298862, "latency_ms_iqr": 0.009125500014306454, "cpu_ms_per_call": 0.08581136878223408, "energy_j": 0.00029453979491519266, "energy_cv": 0.019921774084813052, "energy_source": "model:cpu-ccf", "runs_per_window": 583, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.01969172221463844, "windows": 5, "cpu_pressure": 0.00019960678660670505, "load_average": 2.49462890625, "rejected_windows": 0, "window_energies_j": [0.0003045143408701772, 0.00029258075000059605, 0.00030033979073781924, 0.00029453979491519266, 0.0003085691012321865]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4259196140000654, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4093022640000754, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8646666666666667, "test_accuracy": 0.864, "val_curve": [0.8043333333333333, 0.7656666666666667, 0.8333333333333334, 0.843, 0.859, 0.8646666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 37.84577705000004, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 261.65061496972044, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 261.65061496972044}, "train_energy_net_j": 261.65061496972044, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e6_c32_se-ir_r1_k7_s2_e6_c48_se-ir_r3_k5_s2_e1_c40_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 76418, "inference_params": 75370, "macs": 3762048, "static_costs": {"params": 76418.0, "macs": 3762048.0, "peak_memory": 188160.0, "energy": 0.0005266796924238613, "latency": 0.1446790000159126}, "dataflow": {"joules": 0.0001994432208, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1446790000159126, "latency_ms_p90": 0.17382920005957203, "latency_ms_iqr": 0.02642249998530133, "cpu_ms_per_call": 0.1506746897588122, "energy_j": 0.0005266796924238613, "energy_cv": 0.025532812925913178, "energy_source": "model:cpu-ccf", "runs_per_window": 330, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0012943763387649465, "windows": 5, "cpu_pressure": 0.0003187118305235768, "load_average": 2.171875, "rejected_windows": 0, "window_energies_j": [0.0005424765619199524, 0.0005599073290322702, 0.0005232996164185106, 0.0005266796924238613, 0.0005273614141558427]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.632067439999901, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3323329570000624, "paired": {"figures": {"energy": 0.0005321527220137825, "latency": 0.15237839429939673}, "with_trials": [2, 5], "rounds": 5, "ratio_spread": 0.16383373499171716}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8723333333333333, "test_accuracy": 0.8728, "val_curve": [0.6591666666666667, 0.8185, 0.8313333333333334, 0.8186666666666667, 0.8673333333333333, 0.8723333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 59.400590093000005, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 410.0480168636798, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 410.0480168636798}, "train_energy_net_j": 410.0480168636798, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e6_c24-ir_r2_k5_s2_e6_c24", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 36666, "inference_params": 35498, "macs": 4097424, "static_costs": {"params": 36666.0, "macs": 4097424.0, "peak_memory": 244608.0, "energy": 0.0003709781417913956, "latency": 0.10128600001735322}, "dataflow": {"joules": 0.0002475675504, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10128600001735322, "latency_ms_p90": 0.11903440001788113, "latency_ms_iqr": 0.008864499932315084, "cpu_ms_per_call": 0.10779535560345721, "energy_j": 0.0003709781417913956, "energy_cv": 0.01827546955190528, "energy_source": "model:cpu-ccf", "runs_per_window": 464, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.01699723544426579, "windows": 5, "cpu_pressure": 0.00019974183766958848, "load_average": 2.1025390625, "rejected_windows": 0, "window_energies_j": [0.00037748534913950197, 0.0003804260219300104, 0.00036131673402038715, 0.0003709781417913956, 0.00037728374461210024]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.3081399234999935, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2393543079999745, "paired": {"figures": {"energy": 0.00043370158131898187, "latency": 0.12741688658365377}, "with_trials": [2, 18], "rounds": 5, "ratio_spread": 0.10985152278625843}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8766666666666667, "test_accuracy": 0.8704, "val_curve": [0.766, 0.807, 0.8298333333333333, 0.847, 0.8718333333333333, 0.8766666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 72.94367892900004, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 503.1903755803202, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 503.1903755803202}, "train_energy_net_j": 503.1903755803202, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-2/artifacts/random-2-2a26992f/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,7.42333333333333289516e-01,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,1.05882730490019426284e-04,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,2.87274999948294862406e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,7.88833333333333386327e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,1.69441412632713580763e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,0.047983804393786,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.72166666666666645646e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,2.90440119035189519332e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,0.0846707140345755,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.49833333333333329484e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,2.36508235889606397697e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,6.7276854727319840288e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,8.63833333333333341919e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,2.14353319182490143282e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,6.21587175941135799961e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,8.79166666666666651863e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,9.79929057474364286622e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,2.82722225019873318885e-01,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.39166666666666616336e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,3.28818781425867733524e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,9.08020000451870146207e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,0.857,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,1.2988125364628847402e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,0.0359283872142734,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,8.70333333333333292181e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,2.57536296233878622685e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,0.0739590197555836,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.69166666666666642981e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,2.79681429956637073869e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,8.18603059186957526804e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.50166666666666626106e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,1.51627465247628146404e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,4.09010000339549151249e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,8.23333333333333361458e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,2.26263500645988192838e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,6.10670000469326623715e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,0.829,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,1.39306085770813639548e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,3.82832233901304885836e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,7.47666666666666701601e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,1.42100393678047421134e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,3.86269999808064312674e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,8.51333333333333386327e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,1.33197102353198743853e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,3.71259189549102072702e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.53833333333333333037e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,3.68057639705324712506e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,1.02342999980464810505e-01,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,0.8665,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,3.97934924311172863713e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,1.0572550002052594209e-01,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.64666666666666694496e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,2.94539794915192664013e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,7.96570000147767132148e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.72333333333333293957e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,5.32152722013782457713e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,1.52378394299396729971e-01,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,8.76666666666666705154e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,4.33701581318981870503e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,1.27416886583653771181e-01,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 18:50:09.759424','2026-12-06 18:50:52.510280');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 18:50:55.526247','2026-12-06 18:51:27.564121');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 18:51:27.714160','2026-12-06 18:53:50.899552');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 18:53:51.084597','2026-12-06 18:54:17.287821');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 18:54:17.746225','2026-12-06 18:54:41.476389');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 18:54:41.725614','2026-12-06 18:56:48.328255');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 18:56:48.752660','2026-12-06 18:57:38.867797');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 18:57:39.027290','2026-12-06 18:57:52.193615');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 18:57:52.381681','2026-12-06 18:58:28.559672');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 18:58:28.957492','2026-12-06 18:59:07.937957');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 18:59:08.118916','2026-12-06 18:59:26.315281');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 18:59:26.540838','2026-12-06 18:59:56.884565');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 18:59:57.044611','2026-12-06 19:00:12.920408');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 19:00:13.078225','2026-12-06 19:00:24.651452');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 19:00:24.788137','2026-12-06 19:00:45.444574');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 19:00:45.598231','2026-12-06 19:01:40.717215');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 19:01:40.872866','2026-12-06 19:02:23.797874');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 19:02:24.054709','2026-12-06 19:03:02.691464');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 19:03:02.904626','2026-12-06 19:04:04.362072');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 19:04:04.816919','2026-12-06 19:05:19.667424');
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
