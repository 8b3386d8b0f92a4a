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
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','e2e79e9e6184bfbc7d98e3aaaa38dbf61a8a1773',0);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','c50b5609dcaa920e0f66557b1c426cfcabd1dfd3',1);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','156c1ac0d5006b9d68dbaa24d2ae122e7414fbe7',2);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','e8603df3330d541f2e5772c7b044b46359a4698d',3);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','885044e1219e2c2e35ca27f090c5f32c0da58259',4);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','ae5936a2e2eb4e96b0898cc3e908eb0dd711744c',5);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','27f423ddb607d64580da2c2d6eecc8828ffad612',6);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','aa86766b6b2e06302e88cb6af0b6b57b2217d783',7);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','2b757ebd4b8907fa73f870cad55dfdb44d94c893',8);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','f5e600539df34ffc38511da8da930316f44dc146',9);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','def80b9b40da1c684197b632041de8438b8a627b',10);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','13cf4a18a83e16a95fd4895e1669d7ee2d69e9ae',11);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','5e3aaef1a3aeb367f1bf5e57c874d6ba77d3c803',12);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','e06d51c41c65ef29c9dad030037e72b8c38e3853',13);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','21bb141569c7c0714f40a09ff59e14e8219652e3',14);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','1c227e53ff6abac3e8d092abcd9334134422848d',15);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','284fce2bfb8b7b0249979d0e6dfa58f2eae8076a',16);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','271541bd0c6333d02bff96f528a4732b41b790f5',17);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','ba1f25b43ccfe03ac9bbacaf6d365e903ef75b64',18);
INSERT INTO "nas_arch_claims" VALUES('41380e99db904af49c8de9bea71d7e14','eab81f31179030214ce35c9626c0c6743e9a027b',19);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'random-1');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"random-1\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 1}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"random-1\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget/random-1/nas.db\",\"sampler\":\"random\",\"population_size\":8,\"accurate_every\":0,\"seed\":1,\"n_trials\":20,\"timeout_s\":null,\"budget\":null,\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget/random-1/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget/random-1/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"41380e99db904af49c8de9bea71d7e14"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0006313462408780537, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.1716117499199754, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0020314001399976056, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.5775379997885466, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [6.772694564715915e-05, 0.0020314001399976056], \"latency\": [0.018413999896438327, 0.5775379997885466]}}"');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 14:40:29.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 14:41:28.000000');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 14:44:19.000000');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 14:47:06.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 14:47:19');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 14:51:34.000000');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 14:54:31.000000');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 15:02:22.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 15:03:41.000000');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 15:03:52');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 15:04:38.000000');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 15:05:22.000000');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 15:05:28');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 15:05:46');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 15:06:12');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 15:07:03.000000');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 15:08:02.000000');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 15:09:01.000000');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 15:09:10');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 15:09:58.000000');
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
INSERT INTO "trial_params" VALUES(2,1,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(3,1,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(4,1,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(5,1,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(6,1,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(7,1,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(8,1,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(9,1,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(10,1,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(11,1,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(12,1,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(13,1,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(14,1,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(15,1,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(16,1,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(17,1,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(18,1,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(19,1,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(20,1,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(21,2,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(22,2,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(23,2,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(24,2,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(25,2,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(26,2,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(27,2,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(28,2,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(29,2,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(30,2,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(31,2,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(32,2,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(33,2,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(34,2,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(35,2,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(36,2,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(37,2,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(38,2,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(39,2,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(40,2,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(41,3,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(42,3,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(43,3,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(44,3,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(45,3,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(46,3,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(47,3,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(48,3,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(49,3,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(50,3,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(51,3,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(52,3,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(53,3,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(54,3,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(55,3,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(56,3,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(57,3,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(58,3,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(59,3,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(60,3,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(61,4,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(62,4,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(63,4,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(64,4,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(65,4,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(66,4,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(67,4,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(68,4,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(69,4,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(70,4,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(71,4,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(72,4,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(73,4,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(74,4,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(75,4,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(76,4,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(77,4,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(78,4,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(79,4,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(80,4,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(81,5,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(82,5,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(83,5,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(84,5,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(85,5,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(86,5,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(87,5,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(88,5,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(89,5,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(90,5,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(91,5,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(92,5,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(93,5,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(94,5,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(95,5,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(96,5,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(97,5,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(98,5,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(99,5,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(100,5,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(101,6,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(102,6,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(103,6,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(104,6,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(105,6,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(106,6,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(107,6,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(108,6,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(109,6,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(110,6,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(111,6,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(112,6,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(113,6,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(114,6,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(115,6,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(116,6,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(117,6,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(118,6,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(119,6,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(120,6,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(121,7,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(122,7,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(123,7,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(124,7,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(125,7,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(126,7,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(127,7,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(128,7,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(129,7,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(130,7,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(131,7,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(132,7,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(133,7,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(134,7,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(135,7,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(136,7,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(137,7,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(138,7,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(139,7,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(140,7,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(141,8,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(142,8,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(143,8,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(144,8,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(145,8,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(146,8,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(147,8,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(148,8,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(149,8,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(150,8,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(151,8,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(152,8,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(153,8,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(154,8,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(155,8,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(156,8,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(157,8,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(158,8,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(159,8,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(160,8,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(178,9,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(179,9,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(180,9,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(181,10,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(182,10,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(183,10,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(184,10,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(185,10,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(186,10,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(187,10,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(188,10,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(189,10,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(190,10,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(191,10,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(192,10,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(193,10,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(194,10,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(195,10,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(196,10,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(197,10,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(198,10,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(199,10,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(200,10,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e6_c16_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 16690, "inference_params": 16338, "macs": 1959616, "static_costs": {"params": 16690.0, "macs": 1959616.0, "peak_memory": 163072.0, "latency": 0.1348329997199471, "energy": 0.00048644683333333574}, "dataflow": {"joules": 9.377163359999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1348329997199471, "latency_ms_p90": 0.1569340001879027, "latency_ms_iqr": 0.006406499778677244, "cpu_ms_per_call": 0.14079026495726427, "energy_j": 0.00048644683333333574, "energy_cv": 0.011999603881773544, "energy_source": "model:cpu-ccf", "runs_per_window": 353, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.012990307643258925, "windows": 5, "cpu_pressure": 0.005780257299987562, "load_average": 1.8642578125, "rejected_windows": 0, "window_energies_j": [0.00048644683333333574, 0.0004963375580734307, 0.0004927659273504249, 0.0004824107658471104, 0.0004979084555873924]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0861004175000022, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3123804850001761, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8016666666666666, "test_accuracy": 0.8042, "val_curve": [0.6691666666666667, 0.7456666666666667, 0.7616666666666667, 0.7545, 0.7963333333333333, 0.8016666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 82.28293914099959, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 564.7223065260398, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 564.7223065260398}, "train_energy_net_j": 564.7223065260398, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e1_c8_hs-ir_r2_k5_s2_e3_c64_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 57466, "inference_params": 56802, "macs": 1919480, "static_costs": {"params": 57466.0, "macs": 1919480.0, "peak_memory": 87808.0, "latency": 0.11163899944222067, "energy": 0.00041197494915259973}, "dataflow": {"joules": 9.9151008e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.11163899944222067, "latency_ms_p90": 0.13844000022800174, "latency_ms_iqr": 0.007354000445047859, "cpu_ms_per_call": 0.11884147846887701, "energy_j": 0.00041197494915259973, "energy_cv": 0.03688345361202138, "energy_source": "model:cpu-ccf", "runs_per_window": 413, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00963705559436634, "windows": 5, "cpu_pressure": 0.1373412853884296, "load_average": 1.97216796875, "rejected_windows": 0, "window_energies_j": [0.00039784656896554366, 0.00041594517464106954, 0.00044433313659796725, 0.00041197494915259973, 0.0004258973617283943]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.536826076000054, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1582887949989527, "paired": {"energy_j": 0.00037319344435642456, "latency_ms": 0.10678011046553657, "with_trials": [0], "rounds": 5, "ratio_spread": 0.4168726201005448}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.84, "test_accuracy": 0.8338, "val_curve": [0.707, 0.7378333333333333, 0.7923333333333333, 0.8181666666666667, 0.8333333333333334, 0.84], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 48.42375454299963, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 159.13629029549998, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 159.13629029549998}, "train_energy_net_j": 159.13629029549998, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e6_c32_se-ir_r3_k5_s2_e3_c32_hs-ir_r2_k7_s2_e6_c64_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 233026, "inference_params": 230810, "macs": 4294912, "static_costs": {"params": 233026.0, "macs": 4294912.0, "peak_memory": 100352.0, "latency": 0.24725850016693585, "energy": 0.0009149218703701881}, "dataflow": {"joules": 0.0003033983952, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.24725850016693585, "latency_ms_p90": 0.30236900001909817, "latency_ms_iqr": 0.023253750214280444, "cpu_ms_per_call": 0.2616677343749707, "energy_j": 0.0009149218703701881, "energy_cv": 0.015795624528307357, "energy_source": "model:cpu-ccf", "runs_per_window": 189, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001000303929601154, "windows": 5, "cpu_pressure": 0.04631954398352644, "load_average": 2.2275390625, "rejected_windows": 0, "window_energies_j": [0.0008931033350515907, 0.000929575928191426, 0.0009348259918917201, 0.0009158370703123975, 0.0009149218703701881]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.788930347999937, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0938664739987871, "paired": {"energy_j": 0.0008286510964487782, "latency_ms": 0.24176891830429492, "with_trials": [1], "rounds": 5, "ratio_spread": 1.7019734446217503}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8691666666666666, "test_accuracy": 0.8653, "val_curve": [0.787, 0.836, 0.8406666666666667, 0.86, 0.8648333333333333, 0.8691666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 165.29146714699982, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 530.8933090719999, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 530.8933090719999}, "train_energy_net_j": 530.8933090719999, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c24_se_hs-ir_r1_k3_s2_e3_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 29818, "inference_params": 29194, "macs": 2144168, "static_costs": {"params": 29818.0, "macs": 2144168.0, "peak_memory": 131712.0, "latency": 0.13181199983591796, "energy": 0.00048194659615756583}, "dataflow": {"joules": 0.0001372969728, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.13181199983591796, "latency_ms_p90": 0.15967319995979778, "latency_ms_iqr": 0.014428000213229097, "cpu_ms_per_call": 0.1398983181818313, "energy_j": 0.00048194659615756583, "energy_cv": 0.08210155902968583, "energy_source": "model:cpu-ccf", "runs_per_window": 352, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.015971722884265516, "windows": 5, "cpu_pressure": 0.00027857094775122723, "load_average": 1.8466796875, "rejected_windows": 0, "window_energies_j": [0.0004694768445006048, 0.0004896441136364095, 0.00048194659615756583, 0.0004973057936962554, 0.0005856238745751964]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.3536539520000304, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.38950971299982484, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.84, "test_accuracy": 0.835, "val_curve": [0.692, 0.7661666666666667, 0.7828333333333334, 0.8183333333333334, 0.8346666666666667, 0.84], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 161.29648456700033, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 778.1539358159198, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 778.1539358159198}, "train_energy_net_j": 778.1539358159198, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c16_se-ir_r1_k7_s2_e1_c24_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2258, "inference_params": 2186, "macs": 111168, "static_costs": {"params": 2258.0, "macs": 111168.0, "peak_memory": 18816.0, "latency": 0.03571599972929107, "energy": 0.0001351385848319905}, "dataflow": {"joules": 1.2453172800000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03571599972929107, "latency_ms_p90": 0.05246799992164597, "latency_ms_iqr": 0.0031914992177917156, "cpu_ms_per_call": 0.0392153756949824, "energy_j": 0.0001351385848319905, "energy_cv": 0.04014242035937882, "energy_source": "model:cpu-ccf", "runs_per_window": 1259, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.01565230317512678, "windows": 5, "cpu_pressure": 0.06764580814493612, "load_average": 2.72509765625, "rejected_windows": 0, "window_energies_j": [0.0001349939378379482, 0.0001351385848319905, 0.00013932536999188024, 0.00013725381493243842, 0.00015009123004301338]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.3896008824999058, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0453784729998006, "paired": {"energy_j": 0.00011138273317804605, "latency_ms": 0.031586222234326486, "with_trials": [1], "rounds": 5, "ratio_spread": 0.22834111774139432}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7555, "test_accuracy": 0.7609, "val_curve": [0.583, 0.6605, 0.6871666666666667, 0.7423333333333333, 0.7546666666666667, 0.7555], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 12.299910197999452, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 41.77127426849989, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 41.77127426849989}, "train_energy_net_j": 41.77127426849989, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e1_c32-ir_r2_k7_s2_e3_c56-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 50130, "inference_params": 49298, "macs": 3387912, "static_costs": {"params": 50130.0, "macs": 3387912.0, "peak_memory": 100352.0, "latency": 0.1682255001469457, "energy": 0.0006218987624997396}, "dataflow": {"joules": 0.00014195219519999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1682255001469457, "latency_ms_p90": 0.20247199972800445, "latency_ms_iqr": 0.018375000763626304, "cpu_ms_per_call": 0.1786691370370961, "energy_j": 0.0006218987624997396, "energy_cv": 0.012628714344235323, "energy_source": "model:cpu-ccf", "runs_per_window": 270, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005536620005893722, "windows": 5, "cpu_pressure": 0.09994008573024436, "load_average": 2.56396484375, "rejected_windows": 0, "window_energies_j": [0.0006414804981273703, 0.0006218987624997396, 0.0006293231051661701, 0.0006186030481172418, 0.0006253419796298363]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.507801871999959, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3238749900001494, "paired": {"energy_j": 0.0005715552294945942, "latency_ms": 0.16478276631835664, "with_trials": [1, 2], "rounds": 5, "ratio_spread": 0.41823305201156913}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8648333333333333, "test_accuracy": 0.8627, "val_curve": [0.7055, 0.773, 0.8135, 0.8185, 0.8495, 0.8648333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 262.39299888000005, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 1145.3950807242395, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 1145.3950807242395}, "train_energy_net_j": 1145.3950807242395, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e1_c32_se_hs-ir_r3_k7_s2_e3_c48_se-ir_r2_k3_s2_e6_c40_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 215834, "inference_params": 213594, "macs": 5056256, "static_costs": {"params": 215834.0, "macs": 5056256.0, "peak_memory": 100352.0, "latency": 0.3257709995523328, "energy": 0.0011593487615913398}, "dataflow": {"joules": 0.0003099373776, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.3257709995523328, "latency_ms_p90": 0.3562306997082487, "latency_ms_iqr": 0.022308749976218678, "cpu_ms_per_call": 0.3331674533334687, "energy_j": 0.0011593487615913398, "energy_cv": 0.014046584451436667, "energy_source": "model:cpu-ccf", "runs_per_window": 149, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0058113013952358905, "windows": 5, "cpu_pressure": 0.006472571313940147, "load_average": 2.95068359375, "rejected_windows": 0, "window_energies_j": [0.0011660860866671405, 0.0011971542172396954, 0.0011921909047627889, 0.0011591567315436474, 0.0011593487615913398]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.835103270999923, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1900477970002612, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.865, "test_accuracy": 0.863, "val_curve": [0.6945, 0.7821666666666667, 0.8203333333333334, 0.8493333333333334, 0.8528333333333333, 0.865], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 169.03718822999963, "threads": 1, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 433.156171686, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 433.156171686}, "train_energy_net_j": 433.156171686, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e6_c24_se_hs-ir_r3_k3_s2_e6_c40_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 160818, "inference_params": 158882, "macs": 5463184, "static_costs": {"params": 160818.0, "macs": 5463184.0, "peak_memory": 244608.0, "latency": 0.31334749974121223, "energy": 0.001135116181816639}, "dataflow": {"joules": 0.00036120404639999995, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.31334749974121223, "latency_ms_p90": 0.3672830002869887, "latency_ms_iqr": 0.03190675033692969, "cpu_ms_per_call": 0.3259125000005569, "energy_j": 0.001135116181816639, "energy_cv": 0.03143687568261781, "energy_source": "model:cpu-ccf", "runs_per_window": 152, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004913654015912039, "windows": 5, "cpu_pressure": 0.144472620773353, "load_average": 2.63232421875, "rejected_windows": 0, "window_energies_j": [0.00115138440789315, 0.0011190681590898582, 0.001135116181816639, 0.0011406937500019491, 0.0012234196514100402]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.193312676000232, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.206281036999826, "paired": {"energy_j": 0.0009923721157439034, "latency_ms": 0.2884783298326565, "with_trials": [2], "rounds": 5, "ratio_spread": 0.4550640998795874}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8696666666666667, "test_accuracy": 0.8613, "val_curve": [0.7031666666666667, 0.7936666666666666, 0.8105, 0.8483333333333334, 0.862, 0.8696666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 465.57991502499954, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 2103.2733657682, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 2103.2733657682}, "train_energy_net_j": 2103.2733657682, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e6_c32_hs-ir_r3_k7_s2_e3_c48-ir_r2_k3_s2_e1_c40", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 70962, "inference_params": 69642, "macs": 5027408, "static_costs": {"params": 70962.0, "macs": 5027408.0, "peak_memory": 150528.0, "latency": 0.25428200024180114, "energy": 0.0009056808015668944}, "dataflow": {"joules": 0.0002096058768, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.25428200024180114, "latency_ms_p90": 0.2788829991914099, "latency_ms_iqr": 0.01389600038237404, "cpu_ms_per_call": 0.26071394240859325, "energy_j": 0.0009056808015668944, "energy_cv": 0.012066816486871591, "energy_source": "model:cpu-ccf", "runs_per_window": 191, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00752803509954747, "windows": 5, "cpu_pressure": 5.9828955001018204e-05, "load_average": 2.68994140625, "rejected_windows": 0, "window_energies_j": [0.0009040540232077902, 0.0009124987984300764, 0.0009294879074096334, 0.0009289523315515071, 0.0009056808015668944]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.8685430570001245, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3964918559995567, "paired": {"energy_j": 0.0008669902404068272, "latency_ms": 0.25302205406961187, "with_trials": [2, 7], "rounds": 5, "ratio_spread": 0.05908694128104863}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8706666666666667, "test_accuracy": 0.8679, "val_curve": [0.7928333333333333, 0.8308333333333333, 0.8325, 0.8493333333333334, 0.8655, 0.8706666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 69.35605568500068, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 480.95046659347906, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 480.95046659347906}, "train_energy_net_j": 480.95046659347906, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e1_c8_se_hs-ir_r3_k3_s2_e1_c40-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 12170, "inference_params": 11794, "macs": 545240, "static_costs": {"params": 12170.0, "macs": 545240.0, "peak_memory": 32928.0, "latency": 0.04661700040742289, "energy": 0.0001686723370624921}, "dataflow": {"joules": 3.8323104e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04661700040742289, "latency_ms_p90": 0.05375700093281921, "latency_ms_iqr": 0.0008619990694569424, "cpu_ms_per_call": 0.048381155189130186, "energy_j": 0.0001686723370624921, "energy_cv": 0.015567860025728363, "energy_source": "model:cpu-ccf", "runs_per_window": 1028, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0039230268044390115, "windows": 5, "cpu_pressure": 0.07900574917804032, "load_average": 2.24169921875, "rejected_windows": 0, "window_energies_j": [0.00017561136030142725, 0.0001686723370624921, 0.00016933404316195563, 0.00016862711504881214, 0.00017169458145214315]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.209546676999992, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2119123760003276, "paired": {"energy_j": 0.00016240612533703787, "latency_ms": 0.04610900802929357, "with_trials": [4, 1], "rounds": 5, "ratio_spread": 0.026970814812770527}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8128333333333333, "test_accuracy": 0.8111, "val_curve": [0.6876666666666666, 0.7408333333333333, 0.7696666666666667, 0.7938333333333333, 0.8063333333333333, 0.8128333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.66985481499978, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 95.09915147535875, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 95.09915147535875}, "train_energy_net_j": 95.09915147535875, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e3_c24_hs-ir_r1_k5_s2_e1_c16-ir_r3_k3_s2_e3_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 29162, "inference_params": 28234, "macs": 2527352, "static_costs": {"params": 29162.0, "macs": 2527352.0, "peak_memory": 131712.0, "latency": 0.14378999912878498, "energy": 0.0005150825955992974}, "dataflow": {"joules": 0.0001234596192, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.14378999912878498, "latency_ms_p90": 0.1583866003784351, "latency_ms_iqr": 0.00386200008506421, "cpu_ms_per_call": 0.1472654243320701, "energy_j": 0.0005150825955992974, "energy_cv": 0.0024453257744498718, "energy_source": "model:cpu-ccf", "runs_per_window": 339, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0006724932387685012, "windows": 5, "cpu_pressure": 0.0007383685893740779, "load_average": 2.16064453125, "rejected_windows": 0, "window_energies_j": [0.0005150825955992974, 0.0005154289851622453, 0.0005165489454366333, 0.0005132945399403194, 0.0005168480766955244]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.512220667499662, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2950842950012884, "paired": {"energy_j": 0.0004984409044663412, "latency_ms": 0.143206780793832, "with_trials": [1, 5], "rounds": 5, "ratio_spread": 0.010530798007027276}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8646666666666667, "test_accuracy": 0.8559, "val_curve": [0.78, 0.7931666666666667, 0.8258333333333333, 0.8528333333333333, 0.864, 0.8646666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 41.51901539299979, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 279.2805136471186, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 279.2805136471186}, "train_energy_net_j": 279.2805136471186, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e1_c24_hs-ir_r1_k5_s2_e1_c48_se_hs-ir_r3_k7_s2_e3_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 41930, "inference_params": 40978, "macs": 1279416, "static_costs": {"params": 41930.0, "macs": 1279416.0, "peak_memory": 56448.0, "latency": 0.0880150000739377, "energy": 0.0003184734763652324}, "dataflow": {"joules": 8.523471359999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0880150000739377, "latency_ms_p90": 0.10312300037185196, "latency_ms_iqr": 0.0028107501748309005, "cpu_ms_per_call": 0.0910561254614479, "energy_j": 0.0003184734763652324, "energy_cv": 0.009304326260886123, "energy_source": "model:cpu-ccf", "runs_per_window": 542, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0007000983327714039, "windows": 5, "cpu_pressure": 7.987014871182148e-05, "load_average": 2.24072265625, "rejected_windows": 0, "window_energies_j": [0.0003184734763652324, 0.00031925305637693234, 0.00032585737081551857, 0.00031869643911506764, 0.0003176707096231282]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.490994077499862, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2908618370020122, "paired": {"energy_j": 0.0003081095516522081, "latency_ms": 0.08782809380454523, "with_trials": [9, 1], "rounds": 5, "ratio_spread": 0.030461963665590286}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.865, "test_accuracy": 0.8573, "val_curve": [0.7783333333333333, 0.8143333333333334, 0.8356666666666667, 0.8463333333333334, 0.864, 0.865], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 33.32130983100069, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 231.1132930299184, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 231.1132930299184}, "train_energy_net_j": 231.1132930299184, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c32-ir_r3_k3_s2_e1_c16-ir_r2_k7_s2_e1_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 12426, "inference_params": 12058, "macs": 302080, "static_costs": {"params": 12426.0, "macs": 302080.0, "peak_memory": 31360.0, "latency": 0.035957000363850966, "energy": 0.0001307256691561097}, "dataflow": {"joules": 3.2810568e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.035957000363850966, "latency_ms_p90": 0.038703000791429076, "latency_ms_iqr": 0.0006110003596404567, "cpu_ms_per_call": 0.03755881197868777, "energy_j": 0.0001307256691561097, "energy_cv": 0.004767199125628325, "energy_source": "model:cpu-ccf", "runs_per_window": 1319, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0055855347615432205, "windows": 5, "cpu_pressure": 7.985912530771059e-05, "load_average": 2.1328125, "rejected_windows": 0, "window_energies_j": [0.00013145584192540715, 0.00013023347655879056, 0.00013168627034245307, 0.0001307256691561097, 0.00013190352053231156]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.255053463499962, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.222971403001793, "paired": {"energy_j": 0.0001258992990927297, "latency_ms": 0.03563982169122981, "with_trials": [4, 9], "rounds": 5, "ratio_spread": 0.062324279037717645}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8478333333333333, "test_accuracy": 0.842, "val_curve": [0.7813333333333333, 0.8175, 0.8228333333333333, 0.8385, 0.8478333333333333, 0.8475], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.134239913000783, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 111.29563503180098, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 111.29563503180098}, "train_energy_net_j": 111.29563503180098, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c24_hs-ir_r1_k7_s2_e1_c48_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 10586, "inference_params": 10210, "macs": 1408536, "static_costs": {"params": 10586.0, "macs": 1408536.0, "peak_memory": 131712.0, "latency": 0.076764000368712, "energy": 0.00027773839444383456}, "dataflow": {"joules": 9.422146559999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.076764000368712, "latency_ms_p90": 0.08985899985418655, "latency_ms_iqr": 0.0035670018405653536, "cpu_ms_per_call": 0.0794870304489246, "energy_j": 0.00027773839444383456, "energy_cv": 0.006263356554814155, "energy_source": "model:cpu-ccf", "runs_per_window": 629, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001678601650791256, "windows": 5, "cpu_pressure": 0.00029952576086724776, "load_average": 1.97119140625, "rejected_windows": 0, "window_energies_j": [0.00027645784542587235, 0.0002782046065712361, 0.00027865098092375056, 0.0002817208749997297, 0.00027773839444383456]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1927598445003014, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.34221991800040996, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.846, "test_accuracy": 0.8456, "val_curve": [0.6806666666666666, 0.7293333333333333, 0.7855, 0.8255, 0.8356666666666667, 0.846], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 24.6703415030006, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 170.82084549239949, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 170.82084549239949}, "train_energy_net_j": 170.82084549239949, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e3_c24-ir_r2_k5_s2_e1_c56_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 11890, "inference_params": 11618, "macs": 715392, "static_costs": {"params": 11890.0, "macs": 715392.0, "peak_memory": 37632.0, "latency": 0.0663344990243786, "energy": 0.0002420111025107929}, "dataflow": {"joules": 4.23610032e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0663344990243786, "latency_ms_p90": 0.07674799962842371, "latency_ms_iqr": 0.0029554994398495182, "cpu_ms_per_call": 0.06928019832410723, "energy_j": 0.0002420111025107929, "energy_cv": 0.0062048369969230875, "energy_source": "model:cpu-ccf", "runs_per_window": 716, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0019403722337962837, "windows": 5, "cpu_pressure": 0.0006384679196271051, "load_average": 2.05517578125, "rejected_windows": 0, "window_energies_j": [0.00024248069413437527, 0.00024133077065615363, 0.00024530604178466913, 0.0002444463987395674, 0.0002420111025107929]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.230385404499657, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3534436429999914, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8305, "test_accuracy": 0.8279, "val_curve": [0.6971666666666667, 0.7758333333333334, 0.8086666666666666, 0.7966666666666666, 0.8245, 0.8305], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.782694768999136, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 137.50875546092232, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 137.50875546092232}, "train_energy_net_j": 137.50875546092232, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e6_c16_se-ir_r2_k5_s2_e6_c24_se-ir_r3_k3_s2_e6_c40_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 172714, "inference_params": 170634, "macs": 2845520, "static_costs": {"params": 172714.0, "macs": 2845520.0, "peak_memory": 94080.0, "latency": 0.22315900059766136, "energy": 0.000805838988534719}, "dataflow": {"joules": 0.000243919992, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.22315900059766136, "latency_ms_p90": 0.24465639908157755, "latency_ms_iqr": 0.01440800042473711, "cpu_ms_per_call": 0.23063533179770968, "energy_j": 0.000805838988534719, "energy_cv": 0.007892993327903042, "energy_source": "model:cpu-ccf", "runs_per_window": 217, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0017182995324940276, "windows": 5, "cpu_pressure": 0.00021934294504508714, "load_average": 2.03857421875, "rejected_windows": 0, "window_energies_j": [0.0008126038472305987, 0.00081313232394069, 0.000805838988534719, 0.0007954897808217766, 0.0008072236612919838]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.7223680110002986, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4943628560013167, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8648333333333333, "test_accuracy": 0.8602, "val_curve": [0.547, 0.7483333333333333, 0.8211666666666667, 0.838, 0.8546666666666667, 0.8648333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 58.077036302000124, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 402.9406929693607, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 402.9406929693607}, "train_energy_net_j": 402.9406929693607, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e6_c8-ir_r3_k5_s2_e1_c32-ir_r2_k5_s2_e6_c56_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 165890, "inference_params": 164210, "macs": 2466600, "static_costs": {"params": 165890.0, "macs": 2466600.0, "peak_memory": 81536.0, "latency": 0.17768300040188478, "energy": 0.0006367072345661158}, "dataflow": {"joules": 0.00021914616, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.17768300040188478, "latency_ms_p90": 0.19884499943145784, "latency_ms_iqr": 0.009220250831276644, "cpu_ms_per_call": 0.18195155147078126, "energy_j": 0.0006367072345661158, "energy_cv": 0.009433022850412722, "energy_source": "model:cpu-ccf", "runs_per_window": 273, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00019348858459644624, "windows": 5, "cpu_pressure": 9.952382626541117e-05, "load_average": 2.13720703125, "rejected_windows": 0, "window_energies_j": [0.0006521957670475049, 0.0006413095512844172, 0.0006368304301477343, 0.0006367072345661158, 0.0006363202718985684]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.6512808935000292, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.47553461999996216, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8555, "test_accuracy": 0.8539, "val_curve": [0.7373333333333333, 0.8093333333333333, 0.8353333333333334, 0.8433333333333334, 0.8466666666666667, 0.8555], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 57.83159675100069, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 401.06285193515976, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 401.06285193515976}, "train_energy_net_j": 401.06285193515976, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e6_c8-ir_r1_k5_s2_e1_c24_se-ir_r3_k5_s2_e3_c48_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 77234, "inference_params": 76162, "macs": 1221800, "static_costs": {"params": 77234.0, "macs": 1221800.0, "peak_memory": 81536.0, "latency": 0.10877400018216576, "energy": 0.0003894686995514886}, "dataflow": {"joules": 0.00010860888, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10877400018216576, "latency_ms_p90": 0.12201879908388946, "latency_ms_iqr": 0.0028640006348723546, "cpu_ms_per_call": 0.11165766964284428, "energy_j": 0.0003894686995514886, "energy_cv": 0.0029514741693880487, "energy_source": "model:cpu-ccf", "runs_per_window": 447, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0034229816157282933, "windows": 5, "cpu_pressure": 0.0002788348662031558, "load_average": 2.09375, "rejected_windows": 0, "window_energies_j": [0.0003894686995514886, 0.00039154866443145725, 0.00039235885665821354, 0.00039080184374995497, 0.00038941450223765]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4700177450004048, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4219634569999471, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.862, "test_accuracy": 0.8642, "val_curve": [0.7545, 0.7955, 0.8106666666666666, 0.8501666666666666, 0.858, 0.862], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 37.173404479000965, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 258.47354886239856, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 258.47354886239856}, "train_energy_net_j": 258.47354886239856, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e3_c8_se-ir_r3_k5_s2_e1_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 22234, "inference_params": 21738, "macs": 1078152, "static_costs": {"params": 22234.0, "macs": 1078152.0, "peak_memory": 43904.0, "latency": 0.10338399988540914, "energy": 0.0003748539525865869}, "dataflow": {"joules": 7.04092992e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10338399988540914, "latency_ms_p90": 0.12114799937990028, "latency_ms_iqr": 0.005099000190966763, "cpu_ms_per_call": 0.10726591558444325, "energy_j": 0.0003748539525865869, "energy_cv": 0.009037491090242725, "energy_source": "model:cpu-ccf", "runs_per_window": 464, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001538604448438452, "windows": 5, "cpu_pressure": 5.984928394264118e-05, "load_average": 2.04638671875, "rejected_windows": 0, "window_energies_j": [0.0003831155908093826, 0.00037543070454555135, 0.000375495948611335, 0.0003748539525865869, 0.00037345743283591457]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.5423900939996429, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4427733779994014, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7671666666666667, "test_accuracy": 0.7614, "val_curve": [0.7175, 0.7671666666666667, 0.761], "epochs_run": 3, "stop_reason": "pareto: validation 0.767 after epoch 3 cannot pass 0.865 of trial 11, which costs no more (bound 0.855: finished curves gained at most 0.068 later, margin 0.02)", "train_seconds": 17.289855646000433, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 119.70044541236166, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 119.70044541236166}, "train_energy_net_j": 119.70044541236166, "train_device_share": 1.0, "pareto_saved_energy_j": 119.70044541236166, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e1_c16-ir_r2_k3_s2_e6_c24_se-ir_r3_k5_s2_e6_c32_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 131522, "inference_params": 129698, "macs": 1988912, "static_costs": {"params": 131522.0, "macs": 1988912.0, "peak_memory": 94080.0, "latency": 0.1628560003155144, "energy": 0.0005816006655496922}, "dataflow": {"joules": 0.00019843679519999997, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1628560003155144, "latency_ms_p90": 0.17735199980961625, "latency_ms_iqr": 0.006089250291552162, "cpu_ms_per_call": 0.16639183557103843, "energy_j": 0.0005816006655496922, "energy_cv": 0.0046256471097253435, "energy_source": "model:cpu-ccf", "runs_per_window": 299, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0013252373915593196, "windows": 5, "cpu_pressure": 0.005062595909126395, "load_average": 2.18359375, "rejected_windows": 0, "window_energies_j": [0.0005812563545131096, 0.0005851611616769028, 0.0005823714244986345, 0.0005884113322232505, 0.0005816006655496922]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.064790430000016, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.4537833460017282, "paired": {"energy_j": 0.000573661928676374, "latency_ms": 0.16584478477241188, "with_trials": [11, 2], "rounds": 5, "ratio_spread": 0.030361910545195547}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.873, "test_accuracy": 0.8718, "val_curve": [0.7943333333333333, 0.8256666666666667, 0.8523333333333334, 0.8521666666666666, 0.866, 0.873], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 51.83630476599865, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 359.83135833787816, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 359.83135833787816}, "train_energy_net_j": 359.83135833787816, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/random-1/artifacts/random-1-41380e99/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,8.01666666666666638541e-01,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,4.86446833333335738273e-04,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,1.34832999719947110861e-01,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,0.84,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,3.73193444356424556575e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,1.06780110465536565156e-01,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.69166666666666642981e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,8.28651096448778236129e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,2.41768918304294921917e-01,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,0.84,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,4.81946596157565828114e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,1.31811999835917958989e-01,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,0.7555,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.11382733178046051361e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,3.15862222343264859025e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,8.64833333333333342807e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,5.7155522949459418476e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,1.64782766318356643786e-01,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,0.865,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,1.15934876159133983843e-03,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,3.25770999552332796156e-01,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.69666666666666698937e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,9.92372115743903439669e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,2.88478329832656477105e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,8.70666666666666699825e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,8.66990240406827249522e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,2.53022054069611868065e-01,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.12833333333333296621e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,1.62406125337037870841e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,4.61090080292935675099e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.64666666666666694496e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,4.98440904466341183284e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,0.143206780793832,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,0.865,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,3.0810955165220811321e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,8.78280938045452319595e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,8.47833333333333327708e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,1.25899299092729704228e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,3.56398216912298115843e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,0.846,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,2.77738394443834558499e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,0.076764000368712,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,0.8305,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,2.42011102510792888318e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,0.0663344990243786,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.64833333333333342807e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,0.000805838988534719,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,2.23159000597661361098e-01,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,0.8555,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,6.36707234566115799594e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,1.77683000401884783059e-01,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,0.862,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,3.89468699551488587232e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,1.08774000182165764272e-01,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,7.6716666666666666341e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,3.74853952586586892156e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,1.03383999885409139096e-01,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,0.873,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,0.000573661928676374,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,1.65844784772411879547e-01,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 14:39:29.929278','2026-12-06 14:40:52.954656');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 14:40:58.573525','2026-12-06 14:41:48.778571');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 14:41:49.010398','2026-12-06 14:44:36.105115');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 14:44:36.430674','2026-12-06 14:47:18.544609');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 14:47:19.990576','2026-12-06 14:47:34.014373');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 14:47:34.231634','2026-12-06 14:51:59.369069');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 14:52:00.926609','2026-12-06 14:54:52.188725');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 14:54:52.637507','2026-12-06 15:02:40.347746');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 15:02:41.077952','2026-12-06 15:03:52.713725');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 15:03:52.954946','2026-12-06 15:04:08.465243');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 15:04:08.648245','2026-12-06 15:04:52.178449');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 15:04:52.430777','2026-12-06 15:05:27.773675');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 15:05:28.433459','2026-12-06 15:05:46.444000');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 15:05:46.689334','2026-12-06 15:06:12.092954');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 15:06:12.276422','2026-12-06 15:06:32.792601');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 15:06:32.989399','2026-12-06 15:07:31.964771');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 15:07:32.447764','2026-12-06 15:08:31.171823');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 15:08:31.808423','2026-12-06 15:09:09.790176');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 15:09:10.103786','2026-12-06 15:09:28.230890');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 15:09:28.502179','2026-12-06 15:10:22.762082');
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
