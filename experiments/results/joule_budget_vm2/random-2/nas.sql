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
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','1c30ef7bd59e242d2bab5ed1da5d5d3d0128fdb1',0);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','8e260eb7231a6460d220dd94870a27eba4ec9039',1);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','9c61787be6267d7d1b961490cfba39495a6e9571',2);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','0b23ef8c3f45a0b3c24e54daee42ffbd4b512fd9',3);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','5ccc019e0a879d8c40f3ecfdefe93b91d05789cd',4);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','30451cdbf31c3fc574b1e31f07d0eba147c5eae4',5);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','8cccd124df42b5ac8312327ef29bf9f6e1f83e27',6);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','33afdfe1ef425460825a5fac3fd440e6a2dfbdf7',7);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','f49faa963b9476267ce79ef204b615b675f2bf42',8);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','63d0e71e92c77feab45774c81a7b9608a84e4b74',9);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','6c20b486e5815bb1be8a436f96ef9355b9c8f1d5',10);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','070c7ad03c77c941c55a19e81e88c0f9536b76be',11);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','58a9ce6bdbdce2bc52125c4501b4fafd82712a64',12);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','7563ce36ad218f3c9645cb3bfbf6f8f5c66de63f',13);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','af2da0922fe8b665e1dd082db65f0b5a8c307990',14);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','c0afbcde029392175298213db8a09c4ab012606b',15);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','c44f9de2feafb4da6c623bcb02139c88b88056cd',16);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','1b8525b9f96102564f7984c3a6785c8c7e5029c2',17);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','711ab8d5ebaa62171a61d2997b2a834b0a251eae',18);
INSERT INTO "nas_arch_claims" VALUES('62f26c0bb55841868122f9f703ce7e9d','2e7c480ec70f63720ae2163117cb4dae50a8ef15',19);
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
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"random-2\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/random-2/nas.db\",\"sampler\":\"random\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":2,\"n_trials\":20,\"timeout_s\":null,\"budget\":null,\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget_vm2/random-2/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/random-2/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"62f26c0bb55841868122f9f703ce7e9d"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0002251717727427484, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.06357500024023466, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.0002251717727427484, \"latency\": 0.06357500024023466}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0008377948330585498, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.23722449964225234, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0008377948330585498, \"latency\": 0.23722449964225234}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [3.080499427816892e-05, 0.0008377948330585498], \"latency\": [0.008713000170246232, 0.23722449964225234]}}"');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 23:29:41');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 23:30:05');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 23:30:17');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 23:30:35');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 23:30:47');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 23:32:00.000000');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 23:32:08');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 23:32:31');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 23:32:40');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 23:32:57');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 23:33:17');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 23:33:28');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 23:33:45');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 23:33:52');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 23:33:56');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 23:34:05');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 23:34:35');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 23:34:56');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 23:35:45.000000');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 23:36:20.000000');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c16_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 4394, "inference_params": 4202, "macs": 534400, "static_costs": {"params": 4394.0, "macs": 534400.0, "peak_memory": 112896.0, "energy": 7.07793504691961e-05, "latency": 0.020030000086990185}, "dataflow": {"joules": 3.840324e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.020030000086990185, "latency_ms_p90": 0.020340000446594786, "latency_ms_iqr": 0.00020099992070754524, "cpu_ms_per_call": 0.020299581980491175, "energy_j": 7.07793504691961e-05, "energy_cv": 0.005886197841010142, "energy_source": "model:cpu-ccf", "runs_per_window": 2451, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0038031779147247313, "windows": 5, "cpu_pressure": 0.0015582536028538973, "load_average": 1.78076171875, "rejected_windows": 0, "window_energies_j": [7.187962354651173e-05, 7.073740651558085e-05, 7.131363599013974e-05, 7.104853693171911e-05, 7.07793504691961e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9681326935000011, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.27810161000070366, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7425, "test_accuracy": 0.7431, "val_curve": [0.49283333333333335, 0.6735, 0.7113333333333334, 0.7281666666666666, 0.7375, 0.7425], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 21.844024549000096, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 149.92223608051953, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 149.92223608051953}, "train_energy_net_j": 149.92223608051953, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e3_c24_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 8602, "inference_params": 8402, "macs": 1168768, "static_costs": {"params": 8602.0, "macs": 1168768.0, "peak_memory": 75264.0, "energy": 8.797134691295609e-05, "latency": 0.024947999918367714}, "dataflow": {"joules": 5.428493279999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.024947999918367714, "latency_ms_p90": 0.025178000214509666, "latency_ms_iqr": 0.00016999911167658865, "cpu_ms_per_call": 0.025288670229006913, "energy_j": 8.797134691295609e-05, "energy_cv": 0.0031576400662623604, "energy_source": "model:cpu-ccf", "runs_per_window": 1976, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006126982335525888, "windows": 5, "cpu_pressure": 0.0004395848209276114, "load_average": 1.77587890625, "rejected_windows": 0, "window_energies_j": [8.851034580152419e-05, 8.853255311049855e-05, 8.85735598878696e-05, 8.79708801500358e-05, 8.797134691295609e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.824430042000001, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8095484479999868, "paired": {"figures": {"energy": 8.904553537241987e-05, "latency": 0.025211133218356618}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.012103587336163901}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7906666666666666, "test_accuracy": 0.793, "val_curve": [0.6311666666666667, 0.6888333333333333, 0.7215, 0.7465, 0.785, 0.7906666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.542558016999465, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 73.16228404355964, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 73.16228404355964}, "train_energy_net_j": 73.16228404355964, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e3_c16_hs-ir_r2_k5_s2_e3_c40_hs-ir_r2_k5_s2_e6_c40-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 75106, "inference_params": 73514, "macs": 2443112, "static_costs": {"params": 75106.0, "macs": 2443112.0, "peak_memory": 62400.0, "energy": 0.00017595634422220093, "latency": 0.04984400038665626}, "dataflow": {"joules": 0.0001461913152, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04984400038665626, "latency_ms_p90": 0.0503849998494843, "latency_ms_iqr": 0.00040099985199049115, "cpu_ms_per_call": 0.05047110797180323, "energy_j": 0.00017595634422220093, "energy_cv": 0.0038823325130632556, "energy_source": "model:cpu-ccf", "runs_per_window": 991, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003935826708446388, "windows": 5, "cpu_pressure": 0.0003196899966107095, "load_average": 1.810546875, "rejected_windows": 0, "window_energies_j": [0.000177341425531898, 0.00017673278340080145, 0.00017595634422220093, 0.0001753561144578497, 0.00017664887790131128]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.949349098500022, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8488269320005202, "paired": {"figures": {"energy": 0.00017676011481324765, "latency": 0.05013340647982839}, "with_trials": [1], "rounds": 5, "ratio_spread": 0.009385393541461617}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8691666666666666, "test_accuracy": 0.8625, "val_curve": [0.7651666666666667, 0.789, 0.8171666666666667, 0.8446666666666667, 0.8611666666666666, 0.8691666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.667688165999607, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 115.60355227352015, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 115.60355227352015}, "train_energy_net_j": 115.60355227352015, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c8_se_hs-ir_r3_k5_s2_e1_c16_se_hs-ir_r2_k7_s2_e3_c24_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 23034, "inference_params": 22530, "macs": 448744, "static_costs": {"params": 23034.0, "macs": 448744.0, "peak_memory": 43904.0, "energy": 0.0001503709750858989, "latency": 0.04258399985701544}, "dataflow": {"joules": 4.82272224e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04258399985701544, "latency_ms_p90": 0.04333499964559451, "latency_ms_iqr": 0.0005209994924371131, "cpu_ms_per_call": 0.04326029325259347, "energy_j": 0.0001503709750858989, "energy_cv": 0.005844101252186618, "energy_source": "model:cpu-ccf", "runs_per_window": 1156, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006916569488121693, "windows": 5, "cpu_pressure": 0.00021980776491815202, "load_average": 1.78515625, "rejected_windows": 0, "window_energies_j": [0.0001503709750858989, 0.0001503523326143142, 0.00015141102638407714, 0.00015214352310374365, 0.00015250107621962277]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.008492834499954, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1482907099998556, "paired": {"figures": {"energy": 0.00015004818768381815, "latency": 0.04259303776848472}, "with_trials": [1, 2], "rounds": 5, "ratio_spread": 0.019516948351921082}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8518333333333333, "test_accuracy": 0.8465, "val_curve": [0.7601666666666667, 0.8095, 0.8226666666666667, 0.8305, 0.8495, 0.8518333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.198334732000149, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 70.4054704583203, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 70.4054704583203}, "train_energy_net_j": 70.4054704583203, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c8_se-ir_r2_k7_s2_e1_c48_se_hs-ir_r3_k3_s2_e3_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 34682, "inference_params": 33714, "macs": 1071544, "static_costs": {"params": 34682.0, "macs": 1071544.0, "peak_memory": 37632.0, "energy": 0.00012758374232455335, "latency": 0.03612399996200111}, "dataflow": {"joules": 6.84393024e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03612399996200111, "latency_ms_p90": 0.036697700579679804, "latency_ms_iqr": 0.00047100002120714635, "cpu_ms_per_call": 0.0366659441997035, "energy_j": 0.00012758374232455335, "energy_cv": 0.008632647034360131, "energy_source": "model:cpu-ccf", "runs_per_window": 1362, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005855466854926661, "windows": 5, "cpu_pressure": 0.079726154447148, "load_average": 1.81884765625, "rejected_windows": 0, "window_energies_j": [0.00012833080469896226, 0.00012926569962963885, 0.00012891470360825187, 0.00012758374232455335, 0.00012615585338642143]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.109295939000063, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1773605640000824, "paired": {"figures": {"energy": 0.00012897431767366712, "latency": 0.03651005038722705}, "with_trials": [1, 3], "rounds": 5, "ratio_spread": 0.03701254635041007}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.866, "test_accuracy": 0.8549, "val_curve": [0.7323333333333333, 0.7903333333333333, 0.7713333333333333, 0.8363333333333334, 0.8633333333333333, 0.866], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.52639698099938, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 73.06803863028021, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 73.06803863028021}, "train_energy_net_j": 73.06803863028021, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e3_c32_hs-ir_r3_k7_s2_e6_c48_se-ir_r3_k5_s2_e1_c32_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 239354, "inference_params": 236970, "macs": 8869248, "static_costs": {"params": 239354.0, "macs": 8869248.0, "peak_memory": 188160.0, "energy": 0.0005221270641791196, "latency": 0.14794100025028456}, "dataflow": {"joules": 0.0004398075408, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.14794100025028456, "latency_ms_p90": 0.1494230000389507, "latency_ms_iqr": 0.0009109999155043624, "cpu_ms_per_call": 0.1495331223880914, "energy_j": 0.0005221270641791196, "energy_cv": 0.00247896346758838, "energy_source": "model:cpu-ccf", "runs_per_window": 335, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0023727254612782023, "windows": 5, "cpu_pressure": 0.0001798414948974821, "load_average": 1.779296875, "rejected_windows": 0, "window_energies_j": [0.0005242943937126101, 0.0005235903408408478, 0.0005233659283583198, 0.0005221270641791196, 0.0005206166290753563]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.1889715235000367, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9130955760001598, "paired": {"figures": {"energy": 0.0005203118407558731, "latency": 0.14709993327598472}, "with_trials": [2], "rounds": 5, "ratio_spread": 0.028536834687711732}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8808333333333334, "test_accuracy": 0.881, "val_curve": [0.7258333333333333, 0.8141666666666667, 0.8553333333333333, 0.8551666666666666, 0.8735, 0.8808333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 66.35384406499998, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 459.61839336788046, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 459.61839336788046}, "train_energy_net_j": 459.61839336788046, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e3_c32_hs-ir_r2_k3_s2_e6_c16_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 27066, "inference_params": 26146, "macs": 3626944, "static_costs": {"params": 27066.0, "macs": 3626944.0, "peak_memory": 188160.0, "energy": 0.0002309406761589565, "latency": 0.06545699943671934}, "dataflow": {"joules": 0.0001886141424, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06545699943671934, "latency_ms_p90": 0.06624899924645433, "latency_ms_iqr": 0.0004719995558843948, "cpu_ms_per_call": 0.06599563720318162, "energy_j": 0.0002309406761589565, "energy_cv": 0.0033596804680739636, "energy_source": "model:cpu-ccf", "runs_per_window": 757, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00019075917206046178, "windows": 5, "cpu_pressure": 0.0013375571124443042, "load_average": 2.0830078125, "rejected_windows": 0, "window_energies_j": [0.00023098473021113567, 0.0002309406761589565, 0.00023066279644256267, 0.00023284893333336263, 0.00023140222721472313]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0477850985000003, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.29998637800053984, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8388333333333333, "test_accuracy": 0.8401, "val_curve": [0.679, 0.7675, 0.8033333333333333, 0.8141666666666667, 0.8388333333333333], "epochs_run": 5, "stop_reason": "pareto: validation 0.839 after epoch 5 cannot pass 0.869 of trial 2, which costs no more (bound 0.867: finished curves gained at most 0.008 later, margin 0.02)", "train_seconds": 22.947980879999704, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 158.95172738135994, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 158.95172738135994}, "train_energy_net_j": 158.95172738135994, "train_device_share": 1.0, "pareto_saved_energy_j": 31.790345476271987, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c32-ir_r1_k5_s2_e1_c16_se_hs-ir_r2_k7_s2_e1_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 18554, "inference_params": 18170, "macs": 343904, "static_costs": {"params": 18554.0, "macs": 343904.0, "peak_memory": 31360.0, "energy": 8.638781800100211e-05, "latency": 0.024376000510528684}, "dataflow": {"joules": 3.41053584e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.024376000510528684, "latency_ms_p90": 0.02467659978719894, "latency_ms_iqr": 0.00023099983081920072, "cpu_ms_per_call": 0.024686357533571335, "energy_j": 8.638781800100211e-05, "energy_cv": 0.0021876467720795987, "energy_source": "model:cpu-ccf", "runs_per_window": 2011, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.000167076409979261, "windows": 5, "cpu_pressure": 0.22514789289965076, "load_average": 2.1279296875, "rejected_windows": 0, "window_energies_j": [8.638781800100211e-05, 8.65732251157504e-05, 8.640225136749965e-05, 8.677924120081666e-05, 8.622231944446468e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8836023765000363, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1215081830005147, "paired": {"figures": {"energy": 7.95193251127405e-05, "latency": 0.022679328983530152}, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.3675528271613073}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8558333333333333, "test_accuracy": 0.8461, "val_curve": [0.6625, 0.8195, 0.834, 0.8326666666666667, 0.854, 0.8558333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.3345284839997476, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 43.3511990919596, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 43.3511990919596}, "train_energy_net_j": 43.3511990919596, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e1_c8-ir_r1_k3_s2_e1_c16-ir_r3_k7_s2_e6_c64_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 158034, "inference_params": 155986, "macs": 2631496, "static_costs": {"params": 158034.0, "macs": 2631496.0, "peak_memory": 53248.0, "energy": 0.000157761181980367, "latency": 0.04460599939193344}, "dataflow": {"joules": 0.0001704942816, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04460599939193344, "latency_ms_p90": 0.045648999730474316, "latency_ms_iqr": 0.0006500004019471817, "cpu_ms_per_call": 0.045117121376811495, "energy_j": 0.000157761181980367, "energy_cv": 0.008331689531228197, "energy_source": "model:cpu-ccf", "runs_per_window": 1104, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0009428354719840382, "windows": 5, "cpu_pressure": 0.025562907106558046, "load_average": 2.11767578125, "rejected_windows": 0, "window_energies_j": [0.00016112075486563121, 0.0001588284596202617, 0.00015752672784802654, 0.000157761181980367, 0.0001579099248188402]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.033179255000064, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1565082630013421, "paired": {"figures": {"energy": 0.00015801731866516765, "latency": 0.04467333040903944}, "with_trials": [4, 2], "rounds": 5, "ratio_spread": 0.01368317927060847}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8718333333333333, "test_accuracy": 0.8648, "val_curve": [0.7908333333333334, 0.8265, 0.8098333333333333, 0.8563333333333333, 0.8641666666666666, 0.8718333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.862055340999177, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 110.08621644948057, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 110.08621644948057}, "train_energy_net_j": 110.08621644948057, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e6_c32_hs-ir_r3_k5_s2_e3_c16-ir_r1_k7_s2_e3_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 26602, "inference_params": 25770, "macs": 2288896, "static_costs": {"params": 26602.0, "macs": 2288896.0, "peak_memory": 150528.0, "energy": 0.00015785291877261557, "latency": 0.044256000364839565}, "dataflow": {"joules": 0.0001395747216, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.044256000364839565, "latency_ms_p90": 0.04541730022538104, "latency_ms_iqr": 0.0006709999524900923, "cpu_ms_per_call": 0.04524190991812414, "energy_j": 0.00015785291877261557, "energy_cv": 0.0074399560836003855, "energy_source": "model:cpu-ccf", "runs_per_window": 1099, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0031280127390624912, "windows": 5, "cpu_pressure": 0.0002598355241171053, "load_average": 1.9599609375, "rejected_windows": 0, "window_energies_j": [0.0001573518930818047, 0.00015852165861437016, 0.00016078564187536884, 0.00015834668471343452, 0.00015785291877261557]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9995943539999246, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1468161390002933, "paired": {"figures": {"energy": 0.00015609781809136777, "latency": 0.04418225767313444}, "with_trials": [4, 8], "rounds": 5, "ratio_spread": 0.18049351251147927}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8666666666666667, "test_accuracy": 0.8646, "val_curve": [0.7855, 0.819, 0.8465, 0.8553333333333333, 0.8586666666666667, 0.8666666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.388618441999824, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 127.50599103528047, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 127.50599103528047}, "train_energy_net_j": 127.50599103528047, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e1_c16_se_hs-ir_r2_k5_s2_e1_c16_se-ir_r3_k7_s2_e1_c48-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 19402, "inference_params": 18938, "macs": 574304, "static_costs": {"params": 19402.0, "macs": 574304.0, "peak_memory": 37632.0, "energy": 0.00010981731744052589, "latency": 0.031031499929667916}, "dataflow": {"joules": 4.60851984e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.031031499929667916, "latency_ms_p90": 0.03132700021524215, "latency_ms_iqr": 0.0002299993866472505, "cpu_ms_per_call": 0.03137945825486626, "energy_j": 0.00010981731744052589, "energy_cv": 0.0012187466164034916, "energy_source": "model:cpu-ccf", "runs_per_window": 1593, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 9.822177191542991e-05, "windows": 5, "cpu_pressure": 0.000239704564124114, "load_average": 1.97216796875, "rejected_windows": 0, "window_energies_j": [0.00010982810389203189, 0.00010995478974035235, 0.0001098693129320234, 0.00010955542776027783, 0.00010981731744052589]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1673754015000952, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3350834520006174, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8466666666666667, "test_accuracy": 0.8492, "val_curve": [0.729, 0.78, 0.8176666666666667, 0.834, 0.8438333333333333, 0.8466666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 9.308853548000116, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 64.44958436936098, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 64.44958436936098}, "train_energy_net_j": 64.44958436936098, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e3_c24-ir_r3_k7_s2_e1_c48-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 23226, "inference_params": 22594, "macs": 2015128, "static_costs": {"params": 23226.0, "macs": 2015128.0, "peak_memory": 131712.0, "energy": 0.0001389306254995606, "latency": 0.039278000258491375}, "dataflow": {"joules": 0.0001208277888, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.039278000258491375, "latency_ms_p90": 0.039960000322025735, "latency_ms_iqr": 0.000490999809699133, "cpu_ms_per_call": 0.039905385358008305, "energy_j": 0.0001389306254995606, "energy_cv": 0.006620429419323945, "energy_source": "model:cpu-ccf", "runs_per_window": 1243, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0053136106658557836, "windows": 5, "cpu_pressure": 0.06732900721455384, "load_average": 1.97705078125, "rejected_windows": 0, "window_energies_j": [0.0001409706226994077, 0.0001389306254995606, 0.00013888610206511795, 0.00013966884875302906, 0.00014095937005648057]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0545006675000508, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.30642932299997483, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.859, "test_accuracy": 0.8545, "val_curve": [0.6845, 0.805, 0.7938333333333333, 0.8133333333333334, 0.8416666666666667, 0.859], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.522051822999856, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 114.13838929436002, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 114.13838929436002}, "train_energy_net_j": 114.13838929436002, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e1_c16_se_hs-ir_r1_k5_s2_e1_c40_se-ir_r1_k3_s2_e1_c56-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 14546, "inference_params": 14202, "macs": 416144, "static_costs": {"params": 14546.0, "macs": 416144.0, "peak_memory": 37632.0, "energy": 8.83911901504542e-05, "latency": 0.024937000489444472}, "dataflow": {"joules": 3.50304624e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.024937000489444472, "latency_ms_p90": 0.02521700025681639, "latency_ms_iqr": 0.00018999980966327712, "cpu_ms_per_call": 0.025274900813844415, "energy_j": 8.83911901504542e-05, "energy_cv": 0.015826206709044492, "energy_source": "model:cpu-ccf", "runs_per_window": 1976, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008028254612304497, "windows": 5, "cpu_pressure": 0.00041963014637948085, "load_average": 1.90380859375, "rejected_windows": 0, "window_energies_j": [8.82686268280466e-05, 8.846215284845544e-05, 8.857746508035899e-05, 9.19423560485807e-05, 8.83911901504542e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0747470160000034, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3079387150000912, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8305, "test_accuracy": 0.826, "val_curve": [0.7016666666666667, 0.7748333333333334, 0.8025, 0.8168333333333333, 0.8265, 0.8305], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.638133798000126, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 46.06203650887947, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 46.06203650887947}, "train_energy_net_j": 46.06203650887947, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e6_c16_se-ir_r1_k3_s2_e3_c32", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 8738, "inference_params": 8490, "macs": 949712, "static_costs": {"params": 8738.0, "macs": 949712.0, "peak_memory": 75264.0, "energy": 8.893904452406e-05, "latency": 0.025096999706875067}, "dataflow": {"joules": 5.73904752e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.025096999706875067, "latency_ms_p90": 0.025538000045344234, "latency_ms_iqr": 0.00036100027500651777, "cpu_ms_per_call": 0.025484172694852047, "energy_j": 8.893904452406e-05, "energy_cv": 0.0076389761990457005, "energy_source": "model:cpu-ccf", "runs_per_window": 1954, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0028734276300104167, "windows": 5, "cpu_pressure": 0.07830346973055745, "load_average": 1.91162109375, "rejected_windows": 0, "window_energies_j": [9.001110514136662e-05, 8.96637545126633e-05, 8.919460443198217e-05, 8.893904452406e-05, 8.802342860666025e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.015978757499994, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.29105102399989846, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.73, "test_accuracy": 0.728, "val_curve": [0.6708333333333333, 0.73], "epochs_run": 2, "stop_reason": "pareto: validation 0.730 after epoch 2 cannot pass 0.856 of trial 7, which costs no more (bound 0.852: finished curves gained at most 0.102 later, margin 0.02)", "train_seconds": 3.2590294820001873, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 22.609505784239335, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 22.609505784239335}, "train_energy_net_j": 22.609505784239335, "train_device_share": 1.0, "pareto_saved_energy_j": 45.21901156847867, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c24-ir_r1_k5_s2_e1_c32-ir_r1_k3_s2_e6_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 16330, "inference_params": 15778, "macs": 690792, "static_costs": {"params": 16330.0, "macs": 690792.0, "peak_memory": 56448.0, "energy": 7.7145092879232e-05, "latency": 0.021843000467924867}, "dataflow": {"joules": 5.6428243200000004e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.021843000467924867, "latency_ms_p90": 0.022123000235296786, "latency_ms_iqr": 0.00022000040189595893, "cpu_ms_per_call": 0.02205304234671406, "energy_j": 7.7145092879232e-05, "energy_cv": 0.0068991853348602935, "energy_source": "model:cpu-ccf", "runs_per_window": 2261, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0005257020602811302, "windows": 5, "cpu_pressure": 0.0008993743052920814, "load_average": 1.9189453125, "rejected_windows": 0, "window_energies_j": [7.848529337540671e-05, 7.71856482134992e-05, 7.7145092879232e-05, 7.701146084524174e-05, 7.742496894408734e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.853475286500028, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.105987362999258, "paired": {"figures": {"energy": 7.541519053420442e-05, "latency": 0.021458093164285014}, "with_trials": [0, 7], "rounds": 5, "ratio_spread": 0.04989682738000778}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8523333333333334, "test_accuracy": 0.849, "val_curve": [0.69, 0.8125, 0.7956666666666666, 0.8433333333333334, 0.8486666666666667, 0.8523333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.519019518999812, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 52.17695863436088, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 52.17695863436088}, "train_energy_net_j": 52.17695863436088, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e6_c8_se_hs-ir_r1_k7_s2_e3_c40_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 26410, "inference_params": 25874, "macs": 2413912, "static_costs": {"params": 26410.0, "macs": 2413912.0, "peak_memory": 150528.0, "energy": 0.00022341880356943226, "latency": 0.0632740002401988}, "dataflow": {"joules": 0.0001245653952, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0632740002401988, "latency_ms_p90": 0.06397600009222515, "latency_ms_iqr": 0.0006509999366244301, "cpu_ms_per_call": 0.06384008472399733, "energy_j": 0.00022341880356943226, "energy_cv": 0.004204537001854922, "energy_source": "model:cpu-ccf", "runs_per_window": 779, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 9.620033862400845e-05, "windows": 5, "cpu_pressure": 0.14806516134327585, "load_average": 1.8515625, "rejected_windows": 0, "window_energies_j": [0.00022393776028261346, 0.00022341880356943226, 0.00022226494437346066, 0.00022517399357477755, 0.00022344029653399063]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0610487194998939, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3040874480002458, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8533333333333334, "test_accuracy": 0.8485, "val_curve": [0.7196666666666667, 0.7816666666666666, 0.8095, 0.8203333333333334, 0.8451666666666666, 0.8533333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 28.826386679999814, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 199.75790788679984, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 199.75790788679984}, "train_energy_net_j": 199.75790788679984, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c8-ir_r3_k3_s2_e6_c32-ir_r3_k3_s2_e6_c48_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 216554, "inference_params": 213874, "macs": 3172496, "static_costs": {"params": 216554.0, "macs": 3172496.0, "peak_memory": 81536.0, "energy": 0.0002637086965357839, "latency": 0.07411549950120389}, "dataflow": {"joules": 0.0002786052816, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07411549950120389, "latency_ms_p90": 0.07615500035171863, "latency_ms_iqr": 0.0013919998309575021, "cpu_ms_per_call": 0.07537150983363033, "energy_j": 0.0002637086965357839, "energy_cv": 0.010283346337837878, "energy_source": "model:cpu-ccf", "runs_per_window": 661, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0003473070214423668, "windows": 5, "cpu_pressure": 0.00309582787659338, "load_average": 1.83056640625, "rejected_windows": 0, "window_energies_j": [0.0002600025081725353, 0.0002638002844177062, 0.00026598963829704364, 0.0002681766188650645, 0.0002637086965357839]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.21388222900012, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.34750075200008723, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.863, "test_accuracy": 0.8556, "val_curve": [0.7701666666666667, 0.7758333333333334, 0.8291666666666667, 0.8503333333333334, 0.852, 0.863], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.66568418299994, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 135.74207071008004, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 135.74207071008004}, "train_energy_net_j": 135.74207071008004, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e6_c8_se-ir_r3_k5_s2_e3_c48-ir_r2_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 53418, "inference_params": 52322, "macs": 2344456, "static_costs": {"params": 53418.0, "macs": 2344456.0, "peak_memory": 81536.0, "energy": 0.0002008697402501589, "latency": 0.056894999943324365}, "dataflow": {"joules": 0.00013156229759999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.056894999943324365, "latency_ms_p90": 0.057995999759441474, "latency_ms_iqr": 0.0007809994713170454, "cpu_ms_per_call": 0.05792485648147971, "energy_j": 0.0002008697402501589, "energy_cv": 0.007708917318673577, "energy_source": "model:cpu-ccf", "runs_per_window": 864, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.009295862247318265, "windows": 5, "cpu_pressure": 0.010467539232022979, "load_average": 1.87939453125, "rejected_windows": 0, "window_energies_j": [0.00020273699768517898, 0.00020359178996515163, 0.0002008697402501589, 0.0001996572760001527, 0.0002035229447671533]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.170038887500084, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33488820100046723, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8676666666666667, "test_accuracy": 0.8687, "val_curve": [0.8111666666666667, 0.72, 0.8405, 0.8488333333333333, 0.862, 0.8676666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 17.91833746500015, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 124.15859549099955, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 124.15859549099955}, "train_energy_net_j": 124.15859549099955, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e6_c32_se-ir_r1_k7_s2_e6_c48_se-ir_r3_k5_s2_e1_c40_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 76418, "inference_params": 75370, "macs": 3762048, "static_costs": {"params": 76418.0, "macs": 3762048.0, "peak_memory": 188160.0, "energy": 0.0002974564609509195, "latency": 0.08407499990426004}, "dataflow": {"joules": 0.0001994432208, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08407499990426004, "latency_ms_p90": 0.08565799998905277, "latency_ms_iqr": 0.0009820005288929678, "cpu_ms_per_call": 0.08531378216122816, "energy_j": 0.0002974564609509195, "energy_cv": 0.00407162715633153, "energy_source": "model:cpu-ccf", "runs_per_window": 584, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003838466341355984, "windows": 5, "cpu_pressure": 0.0018527348338618899, "load_average": 1.90673828125, "rejected_windows": 0, "window_energies_j": [0.00029919481325300034, 0.0002974564609509195, 0.0002985982375642985, 0.000300076857015857, 0.00029666575767903794]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.238047817500046, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2151403559992104, "paired": {"figures": {"energy": 0.0002935015445946317, "latency": 0.08283264903453516}, "with_trials": [8, 5], "rounds": 5, "ratio_spread": 0.03316445694608583}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8753333333333333, "test_accuracy": 0.8688, "val_curve": [0.7075, 0.8226666666666667, 0.8178333333333333, 0.8381666666666666, 0.8671666666666666, 0.8753333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 33.24869895499978, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 229.9885363713197, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 229.9885363713197}, "train_energy_net_j": 229.9885363713197, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e6_c24-ir_r2_k5_s2_e6_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 36666, "inference_params": 35498, "macs": 4097424, "static_costs": {"params": 36666.0, "macs": 4097424.0, "peak_memory": 244608.0, "energy": 0.00025319912755112826, "latency": 0.07151599947974319}, "dataflow": {"joules": 0.0002475675504, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07151599947974319, "latency_ms_p90": 0.07271710037457524, "latency_ms_iqr": 0.0006310001481324434, "cpu_ms_per_call": 0.07239304075687107, "energy_j": 0.00025319912755112826, "energy_cv": 0.0027303533125446634, "energy_source": "model:cpu-ccf", "runs_per_window": 687, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.000697139439727712, "windows": 5, "cpu_pressure": 0.00019980704633443591, "load_average": 1.7841796875, "rejected_windows": 0, "window_energies_j": [0.0002541524590645151, 0.0002540542917271053, 0.00025319912755112826, 0.000252234535302773, 0.0002533756426490488]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.0067357190000905, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.148143608999817, "paired": {"figures": {"energy": 0.000252752866911433, "latency": 0.07135330710171688}, "with_trials": [8, 18], "rounds": 5, "ratio_spread": 0.043573489196509385}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8775, "test_accuracy": 0.8702, "val_curve": [0.7325, 0.7723333333333333, 0.8145, 0.8486666666666667, 0.8698333333333333, 0.8775], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 44.141055793000305, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 305.18399718423973, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 305.18399718423973}, "train_energy_net_j": 305.18399718423973, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-2/artifacts/random-2-62f26c0b/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(2,1,1,7.07793504691961e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,2.00300000869901850819e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,7.90666666666666628771e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,8.90455353724198706445e-05,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,2.52111332183566176634e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.69166666666666642981e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.76760114813247649206e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,5.01334064798283907116e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.5183333333333333126e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,1.50048187683818150511e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,4.25930377684847205621e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,0.866,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.28974317673667118397e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,3.65100503872270512606e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,8.80833333333333357018e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,5.20311840755873097029e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,1.47099933275984723346e-01,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.38833333333333319714e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,2.30940676158956497169e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,6.54569994367193430662e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.55833333333333334813e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,7.95193251127405e-05,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,2.26793289835301517531e-02,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,8.71833333333333349024e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,1.58017318665167646584e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,4.46733304090394384155e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.66666666666666696272e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,1.5609781809136776768e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,4.4182257673134439635e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.46666666666666678509e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,1.09817317440525887483e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,3.10314999296679161489e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,0.859,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,1.38930625499560593929e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,3.92780002584913745522e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,0.8305,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,8.83911901504542e-05,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,2.49370004894444718956e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,0.73,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,8.893904452406e-05,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,2.50969997068750672042e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,8.52333333333333387216e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,7.54151905342044168167e-05,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,2.14580931642850136764e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.53333333333333388104e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,2.23418803569432262209e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,0.0632740002401988,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,0.863,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,2.63708696535783887991e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,7.41154995012038853019e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.6766666666666669716e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,2.0086974025015889053e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,5.68949999433243647217e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.75333333333333296621e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,2.93501544594631700278e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,8.28326490345351607036e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,0.8775,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,0.000252752866911433,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,7.13533071017168757377e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 23:29:41.342121','2026-12-06 23:30:03.823499');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 23:30:05.862223','2026-12-06 23:30:17.601221');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 23:30:17.680399','2026-12-06 23:30:35.619481');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 23:30:35.743744','2026-12-06 23:30:47.592242');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 23:30:47.732978','2026-12-06 23:30:59.988017');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 23:31:00.145979','2026-12-06 23:32:07.912384');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 23:32:08.077920','2026-12-06 23:32:31.665516');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 23:32:31.952244','2026-12-06 23:32:39.890375');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 23:32:40.011715','2026-12-06 23:32:57.570011');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 23:32:57.692319','2026-12-06 23:33:17.758596');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 23:33:17.877773','2026-12-06 23:33:27.868000');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 23:33:28.006750','2026-12-06 23:33:45.174701');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 23:33:45.449904','2026-12-06 23:33:52.736744');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 23:33:52.841558','2026-12-06 23:33:56.729899');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 23:33:56.812968','2026-12-06 23:34:05.887008');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 23:34:05.979417','2026-12-06 23:34:35.447043');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 23:34:35.550617','2026-12-06 23:34:55.909078');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 23:34:56.267360','2026-12-06 23:35:14.868746');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 23:35:15.076884','2026-12-06 23:35:50.186844');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 23:35:50.335543','2026-12-06 23:36:36.161874');
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
