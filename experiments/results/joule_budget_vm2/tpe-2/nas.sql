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
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','1c30ef7bd59e242d2bab5ed1da5d5d3d0128fdb1',0);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','8e260eb7231a6460d220dd94870a27eba4ec9039',1);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','9c61787be6267d7d1b961490cfba39495a6e9571',2);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','0b23ef8c3f45a0b3c24e54daee42ffbd4b512fd9',3);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','5ccc019e0a879d8c40f3ecfdefe93b91d05789cd',4);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','30451cdbf31c3fc574b1e31f07d0eba147c5eae4',5);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','8cccd124df42b5ac8312327ef29bf9f6e1f83e27',6);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','33afdfe1ef425460825a5fac3fd440e6a2dfbdf7',7);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','f49faa963b9476267ce79ef204b615b675f2bf42',8);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','63d0e71e92c77feab45774c81a7b9608a84e4b74',9);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','a1c84638aeda2d46afd38fb76ce2b6550d043494',10);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','44fb9627cefaa0c034b395f707e8d0655a13f4bb',11);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','64f5eeb803b76e010f8665c87b03341be53d40a1',12);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','0ba6dfd456ca570df72d4efd4df74bad3269f71c',13);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','a65b617bce827c4fe1460b1d514c111e87ec962e',14);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','bc8ad019eaec0ae2ca47419fb33fe04b26227bcd',15);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','00478a3b8ccf1d00325d20cd6a363d59857dd788',16);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','0fc47362bd9e1d328c8c432c5411d85e44d890d6',17);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','1c95665c5b885d15f8cc6defc0f7c4ed6e18c0f4',18);
INSERT INTO "nas_arch_claims" VALUES('b4f5d527ea724862aba9d6e9a973accf','084f497ae08db304743ecd44d7243c3abab88e70',19);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'tpe-2');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"tpe-2\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 2}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"tpe-2\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/tpe-2/nas.db\",\"sampler\":\"tpe\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":2,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"2726.8J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/tpe-2/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"b4f5d527ea724862aba9d6e9a973accf"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.00021943152626914206, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.061361500002021785, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.00021943152626914206, \"latency\": 0.061361500002021785}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0008234001244130436, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.23280700042960234, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0008234001244130436, \"latency\": 0.23280700042960234}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [3.10156371571072e-05, 0.0008234001244130436], \"latency\": [0.008783000339462887, 0.23280700042960234]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','2726.8');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 23:44:12');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 23:44:38');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 23:44:51');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 23:45:10');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 23:45:22');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 23:46:35.000000');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 23:47:22.000000');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 23:47:27');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 23:47:35');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 23:47:53');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 23:48:42.000000');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 23:48:46');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 23:48:53');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 23:49:13');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 23:49:48.000000');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 23:49:55');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 23:50:12');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 23:50:25');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 23:50:32');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 23:50:57');
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
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c16_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 4394, "inference_params": 4202, "macs": 534400, "static_costs": {"params": 4394.0, "macs": 534400.0, "peak_memory": 112896.0, "energy": 6.788575426714965e-05, "latency": 0.019219000023440458}, "dataflow": {"joules": 3.840324e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.019219000023440458, "latency_ms_p90": 0.019969999812019523, "latency_ms_iqr": 0.0008109991540550254, "cpu_ms_per_call": 0.019923574468085122, "energy_j": 6.788575426714965e-05, "energy_cv": 0.0188143822316225, "energy_source": "model:cpu-ccf", "runs_per_window": 2503, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.027203886751862028, "windows": 5, "cpu_pressure": 0.00025935846128403485, "load_average": 1.93359375, "rejected_windows": 0, "window_energies_j": [6.973251063829792e-05, 6.788575426714965e-05, 6.692691239892155e-05, 6.991946643990533e-05, 7.022847151515126e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9671688215000003, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2775354650002555, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7425, "test_accuracy": 0.7431, "val_curve": [0.49283333333333335, 0.6735, 0.7113333333333334, 0.7281666666666666, 0.7375, 0.7425], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.86302397700001, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 156.81416420376058, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 156.81416420376058}, "train_energy_net_j": 156.81416420376058, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e3_c24_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 8602, "inference_params": 8402, "macs": 1168768, "static_costs": {"params": 8602.0, "macs": 1168768.0, "peak_memory": 75264.0, "energy": 8.827129827235824e-05, "latency": 0.02493699957994977}, "dataflow": {"joules": 5.428493279999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02493699957994977, "latency_ms_p90": 0.025737999749253504, "latency_ms_iqr": 0.0005309993866831064, "cpu_ms_per_call": 0.02554819351518325, "energy_j": 8.827129827235824e-05, "energy_cv": 0.009070308396614653, "energy_source": "model:cpu-ccf", "runs_per_window": 1951, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.012998325086858165, "windows": 5, "cpu_pressure": 0.0008390874923453637, "load_average": 2.01220703125, "rejected_windows": 0, "window_energies_j": [8.808415475683134e-05, 8.827129827235824e-05, 9.011921112414056e-05, 8.941867730314138e-05, 8.974208098546682e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.8542741254999946, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8186546970000563, "paired": {"figures": {"energy": 8.578974685280947e-05, "latency": 0.024276782816464}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.019303381196652314}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7906666666666666, "test_accuracy": 0.793, "val_curve": [0.6311666666666667, 0.6888333333333333, 0.7215, 0.7465, 0.785, 0.7906666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 12.57965344600052, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 86.8611949773605, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 86.8611949773605}, "train_energy_net_j": 86.8611949773605, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e3_c16_hs-ir_r2_k5_s2_e3_c40_hs-ir_r2_k5_s2_e6_c40-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 75106, "inference_params": 73514, "macs": 2443112, "static_costs": {"params": 75106.0, "macs": 2443112.0, "peak_memory": 62400.0, "energy": 0.0001798888152173775, "latency": 0.0508760003867792}, "dataflow": {"joules": 0.0001461913152, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0508760003867792, "latency_ms_p90": 0.05134700040798634, "latency_ms_iqr": 0.0004399998942972161, "cpu_ms_per_call": 0.051411601233380205, "energy_j": 0.0001798888152173775, "energy_cv": 0.003885382069552267, "energy_source": "model:cpu-ccf", "runs_per_window": 971, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0002878950500098121, "windows": 5, "cpu_pressure": 0.0004394976629597175, "load_average": 2.0087890625, "rejected_windows": 0, "window_energies_j": [0.00018030691194646355, 0.00018001670176347604, 0.00017994060431683072, 0.0001798888152173775, 0.00017833061354324497]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.968316354499997, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8566708270009258, "paired": {"figures": {"energy": 0.00017158056648751316, "latency": 0.048487064441360916}, "with_trials": [1], "rounds": 5, "ratio_spread": 0.02186715138176898}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8691666666666666, "test_accuracy": 0.8625, "val_curve": [0.7651666666666667, 0.789, 0.8171666666666667, 0.8446666666666667, 0.8611666666666666, 0.8691666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 17.365001393000057, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 120.46217723120039, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 120.46217723120039}, "train_energy_net_j": 120.46217723120039, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c8_se_hs-ir_r3_k5_s2_e1_c16_se_hs-ir_r2_k7_s2_e3_c24_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 23034, "inference_params": 22530, "macs": 448744, "static_costs": {"params": 23034.0, "macs": 448744.0, "peak_memory": 43904.0, "energy": 0.00015136360380622483, "latency": 0.04274399998394074}, "dataflow": {"joules": 4.82272224e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04274399998394074, "latency_ms_p90": 0.04340499981481116, "latency_ms_iqr": 0.00046000059228390455, "cpu_ms_per_call": 0.0434653434782616, "energy_j": 0.00015136360380622483, "energy_cv": 0.00549230719735384, "energy_source": "model:cpu-ccf", "runs_per_window": 1150, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005054705017926597, "windows": 5, "cpu_pressure": 0.0003996664783272452, "load_average": 2.0859375, "rejected_windows": 0, "window_energies_j": [0.0001527820671902314, 0.00015334506249999847, 0.0001521287021739156, 0.0001511277415438045, 0.00015136360380622483]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.0470360489999955, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1589963859996715, "paired": {"figures": {"energy": 0.00014539327965707127, "latency": 0.041123815304886215}, "with_trials": [1, 2], "rounds": 5, "ratio_spread": 0.033954703608880976}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8518333333333333, "test_accuracy": 0.8465, "val_curve": [0.7601666666666667, 0.8095, 0.8226666666666667, 0.8305, 0.8495, 0.8518333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.055354803000228, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 69.79880835772008, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 69.79880835772008}, "train_energy_net_j": 69.79880835772008, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e1_c8_se-ir_r2_k7_s2_e1_c48_se_hs-ir_r3_k3_s2_e3_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 34682, "inference_params": 33714, "macs": 1071544, "static_costs": {"params": 34682.0, "macs": 1071544.0, "peak_memory": 37632.0, "energy": 0.00013361206183096764, "latency": 0.0378459999410552}, "dataflow": {"joules": 6.84393024e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0378459999410552, "latency_ms_p90": 0.03852699956041761, "latency_ms_iqr": 0.0005009997039451264, "cpu_ms_per_call": 0.0382948511950627, "energy_j": 0.00013361206183096764, "energy_cv": 0.005897195951912957, "energy_source": "model:cpu-ccf", "runs_per_window": 1297, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003142810207382718, "windows": 5, "cpu_pressure": 0.0003196251372474893, "load_average": 2.072265625, "rejected_windows": 0, "window_energies_j": [0.00013356721357744684, 0.00013532494712288702, 0.0001353157476821085, 0.00013403197918271945, 0.00013361206183096764]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.064249556500037, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.164182484999401, "paired": {"figures": {"energy": 0.00012254514270546184, "latency": 0.034772723438080244}, "with_trials": [1, 3], "rounds": 5, "ratio_spread": 0.07092584097406474}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.866, "test_accuracy": 0.8549, "val_curve": [0.7323333333333333, 0.7903333333333333, 0.7713333333333333, 0.8363333333333334, 0.8633333333333333, 0.866], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.82444668900007, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 75.13169356212119, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 75.13169356212119}, "train_energy_net_j": 75.13169356212119, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e3_c32_hs-ir_r3_k7_s2_e6_c48_se-ir_r3_k5_s2_e1_c32_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 239354, "inference_params": 236970, "macs": 8869248, "static_costs": {"params": 239354.0, "macs": 8869248.0, "peak_memory": 188160.0, "energy": 0.0005164260634250412, "latency": 0.1462279997213045}, "dataflow": {"joules": 0.0004398075408, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1462279997213045, "latency_ms_p90": 0.1480509999964852, "latency_ms_iqr": 0.0011009997251676396, "cpu_ms_per_call": 0.14765408605340627, "energy_j": 0.0005164260634250412, "energy_cv": 0.003602403751525176, "energy_source": "model:cpu-ccf", "runs_per_window": 338, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.000703368376629987, "windows": 5, "cpu_pressure": 0.00017938406686818603, "load_average": 2.06103515625, "rejected_windows": 0, "window_energies_j": [0.0005135578720588582, 0.0005164260634250412, 0.0005184423333332392, 0.0005187954008825732, 0.0005167893011869219]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.248345456999999, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9323425490001682, "paired": {"figures": {"energy": 0.0005054577299473107, "latency": 0.14306848961475974}, "with_trials": [2], "rounds": 5, "ratio_spread": 0.009574167189019711}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8808333333333334, "test_accuracy": 0.881, "val_curve": [0.7258333333333333, 0.8141666666666667, 0.8553333333333333, 0.8551666666666666, 0.8735, 0.8808333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 75.95234190700012, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 525.0690757450797, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 525.0690757450797}, "train_energy_net_j": 525.0690757450797, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e3_c32_hs-ir_r2_k3_s2_e6_c16_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 27066, "inference_params": 26146, "macs": 3626944, "static_costs": {"params": 27066.0, "macs": 3626944.0, "peak_memory": 188160.0, "energy": 0.00023619216915758142, "latency": 0.06676949988104752}, "dataflow": {"joules": 0.0001886141424, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06676949988104752, "latency_ms_p90": 0.06753190027666278, "latency_ms_iqr": 0.0005299989425111562, "cpu_ms_per_call": 0.06767795399188783, "energy_j": 0.00023619216915758142, "energy_cv": 0.0024551915252145266, "energy_source": "model:cpu-ccf", "runs_per_window": 738, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0028818475077041494, "windows": 5, "cpu_pressure": 0.0010585699989441623, "load_average": 2.0556640625, "rejected_windows": 0, "window_energies_j": [0.00023608692452759192, 0.00023619216915758142, 0.00023687283897160741, 0.00023745730422924748, 0.00023741231775097226]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0563880215000836, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3028781330003767, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8388333333333333, "test_accuracy": 0.8401, "val_curve": [0.679, 0.7675, 0.8033333333333333, 0.8141666666666667, 0.8388333333333333], "epochs_run": 5, "stop_reason": "pareto: validation 0.839 after epoch 5 cannot pass 0.869 of trial 2, which costs no more (bound 0.867: finished curves gained at most 0.008 later, margin 0.02)", "train_seconds": 34.16174086599949, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 236.4611385340404, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 236.4611385340404}, "train_energy_net_j": 236.4611385340404, "train_device_share": 1.0, "pareto_saved_energy_j": 47.29222770680808, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c32-ir_r1_k5_s2_e1_c16_se_hs-ir_r2_k7_s2_e1_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 18554, "inference_params": 18170, "macs": 343904, "static_costs": {"params": 18554.0, "macs": 343904.0, "peak_memory": 31360.0, "energy": 8.098772630108881e-05, "latency": 0.022883999918121845}, "dataflow": {"joules": 3.41053584e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.022883999918121845, "latency_ms_p90": 0.023284999770112336, "latency_ms_iqr": 0.00027000078262062743, "cpu_ms_per_call": 0.02316520333454101, "energy_j": 8.098772630108881e-05, "energy_cv": 0.004730009844605007, "energy_source": "model:cpu-ccf", "runs_per_window": 2152, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001117272628055943, "windows": 5, "cpu_pressure": 0.00021976228753152772, "load_average": 2.08740234375, "rejected_windows": 0, "window_energies_j": [8.175546923437654e-05, 8.16145174831629e-05, 8.098772630108881e-05, 8.107821167089351e-05, 8.074755002319518e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8630587729999344, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.109144742999888, "paired": {"figures": {"energy": 7.657538524795656e-05, "latency": 0.021652354489172902}, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.014135262156943273}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8558333333333333, "test_accuracy": 0.8461, "val_curve": [0.6625, 0.8195, 0.834, 0.8326666666666667, 0.854, 0.8558333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.193973849000031, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 42.889718384719124, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 42.889718384719124}, "train_energy_net_j": 42.889718384719124, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e1_c8-ir_r1_k3_s2_e1_c16-ir_r3_k7_s2_e6_c64_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 158034, "inference_params": 155986, "macs": 2631496, "static_costs": {"params": 158034.0, "macs": 2631496.0, "peak_memory": 53248.0, "energy": 0.00016043601558384364, "latency": 0.045107000005373266}, "dataflow": {"joules": 0.0001704942816, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.045107000005373266, "latency_ms_p90": 0.04556800013233442, "latency_ms_iqr": 0.0003809991540038027, "cpu_ms_per_call": 0.04585263153023549, "energy_j": 0.00016043601558384364, "energy_cv": 0.0020310940368210343, "energy_source": "model:cpu-ccf", "runs_per_window": 1089, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0003003987091376725, "windows": 5, "cpu_pressure": 0.0013376287854502786, "load_average": 2.080078125, "rejected_windows": 0, "window_energies_j": [0.00016076832506993938, 0.00016017207887455043, 0.00016048421035582422, 0.00016112940566917838, 0.00016043601558384364]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.03193181650002, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.155814405999081, "paired": {"figures": {"energy": 0.00015124995836470045, "latency": 0.04278168910083867}, "with_trials": [4, 2], "rounds": 5, "ratio_spread": 0.018830601147849624}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8718333333333333, "test_accuracy": 0.8648, "val_curve": [0.7908333333333334, 0.8265, 0.8098333333333333, 0.8563333333333333, 0.8641666666666666, 0.8718333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.840164688999721, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 109.45488276148043, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 109.45488276148043}, "train_energy_net_j": 109.45488276148043, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e6_c32_hs-ir_r3_k5_s2_e3_c16-ir_r1_k7_s2_e3_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 26602, "inference_params": 25770, "macs": 2288896, "static_costs": {"params": 26602.0, "macs": 2288896.0, "peak_memory": 150528.0, "energy": 0.0001594207732240215, "latency": 0.04509700011112727}, "dataflow": {"joules": 0.0001395747216, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04509700011112727, "latency_ms_p90": 0.04584799989970634, "latency_ms_iqr": 0.0009020004654303193, "cpu_ms_per_call": 0.04576499631334397, "energy_j": 0.0001594207732240215, "energy_cv": 0.009298615866846723, "energy_source": "model:cpu-ccf", "runs_per_window": 1092, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004746645354799739, "windows": 5, "cpu_pressure": 0.00599550381037518, "load_average": 3.0107421875, "rejected_windows": 0, "window_energies_j": [0.0001594207732240215, 0.00016204031949626783, 0.0001603530064095629, 0.00016017748709670388, 0.00015745871447873355]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0963524074999214, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3143197670005975, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8666666666666667, "test_accuracy": 0.8646, "val_curve": [0.7855, 0.819, 0.8465, 0.8553333333333333, 0.8586666666666667, 0.8666666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 17.763778737999928, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 123.09930846532033, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 123.09930846532033}, "train_energy_net_j": 123.09930846532033, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e6_c24_se-ir_r1_k5_s2_e1_c32_se_hs-ir_r1_k3_s2_e1_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 36554, "inference_params": 35850, "macs": 2218360, "static_costs": {"params": 36554.0, "macs": 2218360.0, "peak_memory": 244608.0, "energy": 0.00023123339668873447, "latency": 0.06540799950016662}, "dataflow": {"joules": 0.000153196656, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06540799950016662, "latency_ms_p90": 0.06642900007136632, "latency_ms_iqr": 0.0006310001481324434, "cpu_ms_per_call": 0.06611900924643802, "energy_j": 0.00023123339668873447, "energy_cv": 0.00410017483565971, "energy_source": "model:cpu-ccf", "runs_per_window": 755, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0007919949125907433, "windows": 5, "cpu_pressure": 0.008154292939191676, "load_average": 2.791015625, "rejected_windows": 0, "window_energies_j": [0.00023298006914901478, 0.00023239839680432275, 0.00023141653236253304, 0.00023123339668873447, 0.00023025220499303642]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1112668350000092, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31806290300028195, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8545, "test_accuracy": 0.8442, "val_curve": [0.7471666666666666, 0.7605, 0.8175, 0.8205, 0.8531666666666666, 0.8545], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 33.35829956199996, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 230.67046176247948, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 230.67046176247948}, "train_energy_net_j": 230.67046176247948, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e1_c16-ir_r1_k3_s2_e1_c24-ir_r2_k7_s2_e1_c56_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 16930, "inference_params": 16586, "macs": 377232, "static_costs": {"params": 16930.0, "macs": 377232.0, "peak_memory": 37632.0, "energy": 7.0678039910859e-05, "latency": 0.01987999985431088}, "dataflow": {"joules": 3.26466672e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.01987999985431088, "latency_ms_p90": 0.02007000057346886, "latency_ms_iqr": 0.0001509988578618504, "cpu_ms_per_call": 0.02019709814198236, "energy_j": 7.0678039910859e-05, "energy_cv": 0.001944657877725073, "energy_source": "model:cpu-ccf", "runs_per_window": 2468, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00016700500033883792, "windows": 5, "cpu_pressure": 0.0004797361067589938, "load_average": 2.35986328125, "rejected_windows": 0, "window_energies_j": [7.099921379317464e-05, 7.069780717759423e-05, 7.068984349693826e-05, 7.0678039910859e-05, 7.060029447353712e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.882570544999851, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1122056109998084, "paired": {"figures": {"energy": 6.56964222567694e-05, "latency": 0.018540673163361977}, "with_trials": [0, 7], "rounds": 5, "ratio_spread": 0.027524934224338216}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8481666666666666, "test_accuracy": 0.8407, "val_curve": [0.748, 0.804, 0.8088333333333333, 0.8403333333333334, 0.84, 0.8481666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 5.587495893000778, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 38.74976053039975, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 38.74976053039975}, "train_energy_net_j": 38.74976053039975, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e1_c24-ir_r1_k3_s2_e1_c24-ir_r3_k7_s2_e6_c56_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 271834, "inference_params": 269802, "macs": 2608792, "static_costs": {"params": 271834.0, "macs": 2608792.0, "peak_memory": 46592.0, "energy": 0.0002242844087402859, "latency": 0.06333500004984671}, "dataflow": {"joules": 0.0002515878432, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06333500004984671, "latency_ms_p90": 0.06569900006070384, "latency_ms_iqr": 0.0014930001270840876, "cpu_ms_per_call": 0.06512252604166473, "energy_j": 0.0002242844087402859, "energy_cv": 0.01168638737630581, "energy_source": "model:cpu-ccf", "runs_per_window": 768, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.016249156265519815, "windows": 5, "cpu_pressure": 0.004071632307059313, "load_average": 2.33056640625, "rejected_windows": 0, "window_energies_j": [0.00023013119973648837, 0.0002293234030343643, 0.00022792884114582654, 0.0002242844087402859, 0.00022356880715015362]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1750949840001679, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33665748000021267, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8635, "test_accuracy": 0.8649, "val_curve": [0.7783333333333333, 0.812, 0.8343333333333334, 0.8465, 0.8515, 0.8635], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.784611768000104, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 130.30960263539907, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 130.30960263539907}, "train_energy_net_j": 130.30960263539907, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8-ir_r1_k3_s2_e1_c16_se-ir_r2_k7_s2_e1_c48_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 12906, "inference_params": 12634, "macs": 201608, "static_costs": {"params": 12906.0, "macs": 201608.0, "peak_memory": 18816.0, "energy": 7.014295893722582e-05, "latency": 0.019770000108110253}, "dataflow": {"joules": 2.14699968e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.019770000108110253, "latency_ms_p90": 0.020290000065870117, "latency_ms_iqr": 0.00030000046535860747, "cpu_ms_per_call": 0.02014908178136138, "energy_j": 7.014295893722582e-05, "energy_cv": 0.006796443448143234, "energy_source": "model:cpu-ccf", "runs_per_window": 2475, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005400788664733147, "windows": 5, "cpu_pressure": 0.00029973006310733956, "load_average": 2.23583984375, "rejected_windows": 0, "window_energies_j": [7.123139615698499e-05, 7.072436707003913e-05, 7.014295893722582e-05, 6.984065568863813e-05, 7.052178623476483e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0873769270000366, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3114039909996791, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8348333333333333, "test_accuracy": 0.8276, "val_curve": [0.626, 0.7773333333333333, 0.8031666666666667, 0.8171666666666667, 0.8348333333333333, 0.8301666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 4.716905163000774, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 32.75264364611929, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 32.75264364611929}, "train_energy_net_j": 32.75264364611929, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c16-ir_r3_k7_s2_e6_c56_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 124250, "inference_params": 122514, "macs": 6175344, "static_costs": {"params": 124250.0, "macs": 6175344.0, "peak_memory": 142688.0, "energy": 0.000313294322902245, "latency": 0.08854250017975573}, "dataflow": {"joules": 0.0002418535824, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08854250017975573, "latency_ms_p90": 0.09011510010168422, "latency_ms_iqr": 0.000871000338520389, "cpu_ms_per_call": 0.08966645503592484, "energy_j": 0.000313294322902245, "energy_cv": 0.003533415633657074, "energy_source": "model:cpu-ccf", "runs_per_window": 556, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0017180960015665825, "windows": 5, "cpu_pressure": 0.005180866128780891, "load_average": 2.29736328125, "rejected_windows": 0, "window_energies_j": [0.00031403124414414624, 0.0003149867176294693, 0.0003138325926257369, 0.000313294322902245, 0.00031162736387674]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0524492509999845, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3012209199996505, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8635, "test_accuracy": 0.8612, "val_curve": [0.7983333333333333, 0.8025, 0.832, 0.8273333333333334, 0.8563333333333333, 0.8635], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 35.40032470099959, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 245.08498158992006, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 245.08498158992006}, "train_energy_net_j": 245.08498158992006, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c24-ir_r1_k5_s2_e6_c16_se-ir_r1_k7_s2_e1_c40_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 30938, "inference_params": 30394, "macs": 1216144, "static_costs": {"params": 30938.0, "macs": 1216144.0, "peak_memory": 141120.0, "energy": 0.00011855996838877625, "latency": 0.03355999979248736}, "dataflow": {"joules": 8.98680624e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03355999979248736, "latency_ms_p90": 0.03429099979257444, "latency_ms_iqr": 0.00053100120567251, "cpu_ms_per_call": 0.033992363698489694, "energy_j": 0.00011855996838877625, "energy_cv": 0.00814842496295327, "energy_source": "model:cpu-ccf", "runs_per_window": 1471, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0034860380072165853, "windows": 5, "cpu_pressure": 0.001898601186594738, "load_average": 2.16455078125, "rejected_windows": 0, "window_energies_j": [0.00012040226994503115, 0.00012040328004156332, 0.00011897327294471392, 0.00011855996838877625, 0.00011801932973707003]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9625929105001205, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1353514619995622, "paired": {"figures": {"energy": 0.00011173132499660504, "latency": 0.03171237824888474}, "with_trials": [7, 4], "rounds": 5, "ratio_spread": 0.037316574207910014}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.856, "test_accuracy": 0.8526, "val_curve": [0.7646666666666667, 0.8246666666666667, 0.8178333333333333, 0.8508333333333333, 0.8488333333333333, 0.856], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.904197572000157, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 103.14720777151906, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 103.14720777151906}, "train_energy_net_j": 103.14720777151906, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e1_c32-ir_r2_k3_s2_e1_c32_se-ir_r2_k3_s2_e6_c64_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 178250, "inference_params": 176714, "macs": 1861952, "static_costs": {"params": 178250.0, "macs": 1861952.0, "peak_memory": 53248.0, "energy": 0.00018698230235016038, "latency": 0.052298500122560654}, "dataflow": {"joules": 0.0001850139792, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.052298500122560654, "latency_ms_p90": 0.0538099993718788, "latency_ms_iqr": 0.0007010003173490986, "cpu_ms_per_call": 0.05350510588241523, "energy_j": 0.00018698230235016038, "energy_cv": 0.0044745122474222155, "energy_source": "model:cpu-ccf", "runs_per_window": 932, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0015272474170211492, "windows": 5, "cpu_pressure": 0.0002796699838274665, "load_average": 2.03759765625, "rejected_windows": 0, "window_energies_j": [0.00018777734594593583, 0.00018726787058845332, 0.00018916362023960092, 0.00018698230235016038, 0.00018685457510730943]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1816238525000529, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33896231000016996, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8666666666666667, "test_accuracy": 0.8627, "val_curve": [0.7173333333333334, 0.7801666666666667, 0.8236666666666667, 0.8463333333333334, 0.8625, 0.8666666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 12.926681567000742, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 89.51114930247925, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 89.51114930247925}, "train_energy_net_j": 89.51114930247925, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e6_c8-ir_r3_k7_s2_e1_c40_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 16026, "inference_params": 15538, "macs": 1295416, "static_costs": {"params": 16026.0, "macs": 1295416.0, "peak_memory": 81536.0, "energy": 0.00014007807131404657, "latency": 0.0396290006392519}, "dataflow": {"joules": 8.694111359999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0396290006392519, "latency_ms_p90": 0.040410000110568944, "latency_ms_iqr": 0.000461000126961153, "cpu_ms_per_call": 0.040084201121824384, "energy_j": 0.00014007807131404657, "energy_cv": 0.005848703813250876, "energy_source": "model:cpu-ccf", "runs_per_window": 1239, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0015465133857610613, "windows": 5, "cpu_pressure": 0.0014352301275026866, "load_average": 2.03125, "rejected_windows": 0, "window_energies_j": [0.00014007807131404657, 0.00014121667929910023, 0.00014029470392638534, 0.00013995666101695499, 0.00014212219602169088]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0850138775000744, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31148276400017494, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7056666666666667, "test_accuracy": 0.7009, "val_curve": [0.6225, 0.7056666666666667], "epochs_run": 2, "stop_reason": "pareto: validation 0.706 after epoch 2 cannot pass 0.866 of trial 4, which costs no more (bound 0.828: finished curves gained at most 0.102 later, margin 0.02)", "train_seconds": 5.876788595999642, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 40.69507131884005, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 40.69507131884005}, "train_energy_net_j": 40.69507131884005, "train_device_share": 1.0, "pareto_saved_energy_j": 81.3901426376801, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c24_se-ir_r1_k5_s2_e6_c16_hs-ir_r2_k7_s2_e6_c56_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 151698, "inference_params": 150234, "macs": 2380432, "static_costs": {"params": 151698.0, "macs": 2380432.0, "peak_memory": 141120.0, "energy": 0.00024006331786695587, "latency": 0.06775099973310716}, "dataflow": {"joules": 0.0001968421872, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06775099973310716, "latency_ms_p90": 0.06886299979669275, "latency_ms_iqr": 0.000791999809734989, "cpu_ms_per_call": 0.06897876827585198, "energy_j": 0.00024006331786695587, "energy_cv": 0.005702640492748918, "energy_source": "model:cpu-ccf", "runs_per_window": 725, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005675049027194845, "windows": 5, "cpu_pressure": 0.00021957043678774856, "load_average": 1.87890625, "rejected_windows": 0, "window_energies_j": [0.00024159357310344568, 0.00024193997632299388, 0.00024142568896548191, 0.00024006331786695587, 0.00023821767618712676]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.185161767500034, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2026487570010431, "paired": {"figures": {"energy": 0.00021283683088211354, "latency": 0.05959421656355093}, "with_trials": [8, 5], "rounds": 5, "ratio_spread": 0.02868215519876549}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8736666666666667, "test_accuracy": 0.8711, "val_curve": [0.7746666666666666, 0.8368333333333333, 0.8278333333333333, 0.8513333333333334, 0.8673333333333333, 0.8736666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.21279324400075, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 160.3972727517197, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 160.3972727517197}, "train_energy_net_j": 160.3972727517197, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e1_c16-ir_r2_k7_s2_e3_c32_se-ir_r1_k3_s2_e1_c32", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 24962, "inference_params": 24514, "macs": 1016080, "static_costs": {"params": 24962.0, "macs": 1016080.0, "peak_memory": 50176.0, "energy": 0.00010774891723093998, "latency": 0.030434999644057825}, "dataflow": {"joules": 6.2131368e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.030434999644057825, "latency_ms_p90": 0.030825999601802323, "latency_ms_iqr": 0.0002709994078031741, "cpu_ms_per_call": 0.030848001234140665, "energy_j": 0.00010774891723093998, "energy_cv": 0.002550184237843995, "energy_source": "model:cpu-ccf", "runs_per_window": 1621, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002033311277576555, "windows": 5, "cpu_pressure": 0.08012680945488793, "load_average": 1.92138671875, "rejected_windows": 0, "window_energies_j": [0.00010736535153381822, 0.00010808847608702961, 0.00010774891723093998, 0.00010809988833743302, 0.00010796800431949231]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9014817730001137, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1172627779997129, "paired": {"figures": {"energy": 0.00010119705466124309, "latency": 0.028742604155228686}, "with_trials": [7, 15], "rounds": 5, "ratio_spread": 0.022791558287525326}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.863, "test_accuracy": 0.8605, "val_curve": [0.7763333333333333, 0.8015, 0.8381666666666666, 0.8516666666666667, 0.8586666666666667, 0.863], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.546787108999524, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 73.03758532031887, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 73.03758532031887}, "train_energy_net_j": 73.03758532031887, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-2/artifacts/tpe-2-b4f5d527/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(2,1,1,6.78857542671496520933e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,1.92190000234404578804e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,7.90666666666666628771e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,8.57897468528094701324e-05,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,0.024276782816464,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.69166666666666642981e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.7158056648751315561e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,4.84870644413609164224e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,8.5183333333333333126e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,1.45393279657071272225e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,4.1123815304886214561e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,0.866,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.2254514270546184077e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,3.47727234380802441293e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,8.80833333333333357018e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,5.05457729947310667115e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,1.4306848961475973625e-01,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.38833333333333319714e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,2.36192169157581420124e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,6.67694998810475226491e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.55833333333333334813e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,7.65753852479565601685e-05,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,2.16523544891729022299e-02,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,8.71833333333333349024e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,1.51249958364700452665e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,4.27816891008386684935e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.66666666666666696272e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,1.5942077322402150143e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,4.50970001111272722482e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,0.8545,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,2.31233396688734473218e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,6.54079995001666247844e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,8.4816666666666662433e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,6.56964222567694e-05,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,1.85406731633619772936e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,0.8635,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,2.24284408740285889872e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,6.33350000498467124998e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,8.34833333333333316161e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,7.01429589372258159877e-05,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,1.97700001081102527678e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,0.8635,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,0.000313294322902245,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,8.85425001797557342797e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,0.856,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,1.11731324996605044935e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,3.17123782488847386074e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,8.66666666666666696272e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,1.86982302350160377009e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,5.22985001225606538355e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,7.05666666666666664298e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,1.4007807131404656953e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,0.0396290006392519,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.73666666666666702489e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,2.12836830882113538752e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,5.9594216563550926613e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,0.863,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,1.01197054661243088539e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,2.87426041552286855307e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 23:44:12.377194','2026-12-06 23:44:35.877133');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 23:44:38.053729','2026-12-06 23:44:51.848224');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 23:44:51.936337','2026-12-06 23:45:10.597913');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 23:45:10.718662','2026-12-06 23:45:22.443044');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 23:45:22.597716','2026-12-06 23:45:35.107160');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 23:45:35.243678','2026-12-06 23:46:52.643124');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 23:46:52.810376','2026-12-06 23:47:27.618278');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 23:47:27.909308','2026-12-06 23:47:35.680076');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 23:47:35.800423','2026-12-06 23:47:53.333576');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 23:47:53.455233','2026-12-06 23:48:11.878874');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 23:48:11.989553','2026-12-06 23:48:46.055239');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 23:48:46.368022','2026-12-06 23:48:53.585278');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 23:48:53.694525','2026-12-06 23:49:13.219538');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 23:49:13.358447','2026-12-06 23:49:18.774217');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 23:49:18.885480','2026-12-06 23:49:54.982173');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 23:49:55.085059','2026-12-06 23:50:11.700680');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 23:50:12.014600','2026-12-06 23:50:25.684843');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 23:50:25.839633','2026-12-06 23:50:32.431243');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 23:50:32.606005','2026-12-06 23:50:57.651673');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 23:50:57.785166','2026-12-06 23:51:09.995196');
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
