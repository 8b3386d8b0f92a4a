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
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','6a32ee0b6e491d6d34b522bb2e3373ed45c9e2a6',0);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','0954d19574dda84e11813edfe14a8e851d977fd8',1);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','b00283fa7e7a717f0b365ac3b0d0338456c39cb4',2);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','8929d0d486b42caaa9e84caac003b8b79892ea6a',3);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','1eb0149b231b13c202c5dc1977e0715ee89ee7f2',4);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','54962a8c10dbd1375a426ca2922bcf91005a4b51',5);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','bb77db9d162d9035ecd88b7995049d238d69842e',6);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','4e7f129b321474f96ada4a653a9ee8a6c9745824',7);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','a41b45ace942f446868f68bc958dfbd41d0349df',8);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','36f030d0d4c30f88e3091f689facbc0d7c82a8c3',9);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','43e40cf0501a008f1724ce4442c834d12760e469',10);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','d24975d05bea0a711b1f3153ef82e07df7c128b3',11);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','be34851d948150d29fe4b07bdae31872566f932a',12);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','e4716eaabd46f8fa6eaffa588c3d17f9db83e4df',13);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','d314eee0a25b3da1c9acabd4c2d77a42d66bfb10',14);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','cc6bfba499e92a32aaf3652cae155f514bf9c045',15);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','d02552cd49bdef868f849705815310ff976c9e78',16);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','70306f7c1cc3193637771ea584eed76f8a804253',17);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','9a510992803ef7d864aaf7d1a1cb68e0dbf9fbed',18);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','3704963db0d6ccc987c0b53cbfb9c507283f535c',19);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','699e9ab9e857cfe34cb45561697060f7593a6a63',20);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','8d9ff8ca6d78f1be377f629f20d9ac62f315a357',21);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','6b44caaba72919d2f078d37fd4c88a5cd0fcba99',22);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','760dbca2e604f8ceda075f2b81af7f728cb8ab59',23);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','19a56ae5d25eecf6d2a5468241c97a1292a78741',24);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','b377ad4a622052746df99f4fc7b478ae24eeb53c',25);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','bab87dfa299facd71a146aad959b39af5ab729fb',26);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','8146cad315d4753fb1f36c6d43990795a743d59a',27);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','2ad3e67053b0c4b74ee79b1492c6d0bb8dc9f72f',28);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','d43b512b78542901f1064098ae3428360faed66f',29);
INSERT INTO "nas_arch_claims" VALUES('aa27abae059443b485e279d442b3fc9b','74541a3f70aab71f8a02332a5541c3310f7b4cd0',30);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'cost-first-half-1');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"cost-first-half-1\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 1}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"cost-first-half-1\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget/cost-first-half-1/nas.db\",\"sampler\":\"cost-first\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.5,\"seed\":1,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"8865.5J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget/cost-first-half-1/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"aa27abae059443b485e279d442b3fc9b"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0004557289145972818, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.12318025028434931, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.0004557289145972818, \"latency\": 0.12318025028434931}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0018588520825000086, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.5102955001348164, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0018588520825000086, \"latency\": 0.5102955001348164}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [6.757500115753238e-05, 0.0018588520825000086], \"latency\": [0.0189989996215445, 0.5102955001348164]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','8865.5');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 20:11:10');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 20:11:21');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 20:11:49');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 20:12:39.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 20:12:55');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 20:13:13');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 20:13:28');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 20:14:46.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 20:14:59');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 20:15:03');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 20:15:59.000000');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 20:16:06');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 20:16:31');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 20:17:28.000000');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 20:17:32');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 20:18:29.000000');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 20:18:40');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 20:19:36.000000');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 20:19:42');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 20:20:37.000000');
INSERT INTO "trial_heartbeats" VALUES(21,21,'2026-12-06 20:21:12.000000');
INSERT INTO "trial_heartbeats" VALUES(22,22,'2026-12-06 20:21:21');
INSERT INTO "trial_heartbeats" VALUES(23,23,'2026-12-06 20:21:47');
INSERT INTO "trial_heartbeats" VALUES(24,24,'2026-12-06 20:22:46.000000');
INSERT INTO "trial_heartbeats" VALUES(25,25,'2026-12-06 20:24:25.000000');
INSERT INTO "trial_heartbeats" VALUES(26,26,'2026-12-06 20:25:56.000000');
INSERT INTO "trial_heartbeats" VALUES(27,27,'2026-12-06 20:28:03.000000');
INSERT INTO "trial_heartbeats" VALUES(28,28,'2026-12-06 20:29:10.000000');
INSERT INTO "trial_heartbeats" VALUES(29,29,'2026-12-06 20:29:59.000000');
INSERT INTO "trial_heartbeats" VALUES(30,30,'2026-12-06 20:31:55.000000');
INSERT INTO "trial_heartbeats" VALUES(31,31,'2026-12-06 20:34:01.000000');
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
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
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
INSERT INTO "trial_params" VALUES(346,18,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
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
INSERT INTO "trial_params" VALUES(387,20,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(401,21,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(402,21,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(403,21,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(404,21,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(405,21,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(406,21,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(407,21,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(408,21,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(409,21,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(410,21,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(411,21,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(412,21,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(413,21,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(414,21,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(415,21,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(416,21,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(417,21,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(418,21,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(419,21,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(420,21,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(421,22,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(422,22,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(423,22,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(424,22,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(425,22,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(426,22,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(427,22,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(428,22,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(429,22,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(430,22,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(431,22,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(432,22,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(433,22,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(434,22,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(435,22,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(436,22,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(437,22,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(438,22,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(439,22,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(440,22,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(441,23,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(442,23,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(443,23,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(444,23,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(445,23,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(446,23,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(447,23,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(448,23,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(449,23,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(450,23,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(451,23,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(452,23,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(453,23,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(454,23,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(455,23,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(456,23,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(457,23,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(458,23,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(459,23,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(460,23,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(461,24,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(462,24,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(463,24,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(464,24,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(465,24,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(466,24,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(467,24,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(468,24,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(469,24,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(470,24,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(471,24,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(472,24,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(473,24,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(474,24,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(475,24,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(476,24,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(477,24,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(478,24,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(479,24,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(480,24,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(481,25,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(482,25,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(483,25,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(484,25,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(485,25,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(486,25,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(487,25,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(488,25,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(489,25,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(490,25,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(491,25,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(492,25,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(493,25,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(494,25,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(495,25,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(496,25,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(497,25,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(498,25,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(499,25,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(500,25,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(501,26,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(502,26,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(503,26,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(504,26,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(505,26,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(506,26,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(507,26,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(508,26,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(509,26,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(510,26,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(511,26,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(512,26,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(513,26,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(514,26,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(515,26,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(516,26,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(517,26,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(518,26,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(519,26,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(520,26,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(521,27,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(522,27,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(523,27,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(524,27,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(525,27,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(526,27,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(527,27,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(528,27,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(529,27,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(530,27,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(531,27,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(532,27,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(533,27,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(534,27,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(535,27,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(536,27,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(537,27,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(538,27,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(539,27,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(540,27,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(541,28,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(542,28,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(543,28,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(544,28,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(545,28,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(546,28,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(547,28,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(548,28,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(549,28,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(550,28,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(551,28,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(552,28,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(553,28,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(554,28,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(555,28,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(556,28,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(557,28,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(558,28,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(559,28,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(560,28,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(561,29,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(562,29,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(563,29,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(564,29,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(565,29,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(566,29,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(567,29,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(568,29,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(569,29,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(570,29,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(571,29,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(572,29,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(573,29,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(574,29,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(575,29,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(576,29,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(577,29,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(578,29,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(579,29,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(580,29,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(581,30,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(582,30,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(583,30,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(584,30,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(585,30,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(586,30,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(587,30,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(588,30,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(589,30,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(590,30,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(591,30,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(592,30,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(593,30,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(594,30,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(595,30,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(596,30,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(597,30,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(598,30,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(599,30,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(600,30,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(601,31,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(602,31,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(603,31,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(604,31,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(605,31,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(606,31,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(607,31,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(608,31,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(609,31,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(610,31,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(611,31,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(612,31,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(613,31,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(614,31,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(615,31,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(616,31,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(617,31,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(618,31,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(619,31,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(620,31,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 346, "inference_params": 322, "macs": 40848, "static_costs": {"params": 346.0, "macs": 40848.0, "peak_memory": 18816.0, "energy": 6.804474901419594e-05, "latency": 0.018947499938803958}, "dataflow": {"joules": 6.014500799999999e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.018947499938803958, "latency_ms_p90": 0.025301200184912886, "latency_ms_iqr": 0.009366998710902408, "cpu_ms_per_call": 0.01970628526398474, "energy_j": 6.804474901419594e-05, "energy_cv": 0.007949722046249991, "energy_source": "model:cpu-ccf", "runs_per_window": 2536, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.013627053125836452, "windows": 5, "cpu_pressure": 0.0011579498960192082, "load_average": 1.97119140625, "rejected_windows": 0, "window_energies_j": [6.801760489510447e-05, 6.804474901419594e-05, 6.897199842394659e-05, 6.915763081277814e-05, 6.925946456848674e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0246202959999988, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.29563740699995833, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5203333333333333, "test_accuracy": 0.5242, "val_curve": [0.37766666666666665, 0.42283333333333334, 0.4875, 0.5168333333333334, 0.5116666666666667, 0.5203333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 5.997238529999777, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 37.87382789556024, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 37.87382789556024}, "train_energy_net_j": 37.87382789556024, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e1_c8_se_hs-ir_r1_k7_s2_e3_c32-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 9986, "inference_params": 9722, "macs": 631608, "static_costs": {"params": 9986.0, "macs": 631608.0, "peak_memory": 31360.0, "energy": 0.00020173236693623157, "latency": 0.056705999668338336}, "dataflow": {"joules": 3.79039968e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.056705999668338336, "latency_ms_p90": 0.06121859987615608, "latency_ms_iqr": 0.003099999958067201, "cpu_ms_per_call": 0.05814313064133077, "energy_j": 0.00020173236693623157, "energy_cv": 0.02011325813588023, "energy_source": "model:cpu-ccf", "runs_per_window": 842, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.008767013123804457, "windows": 5, "cpu_pressure": 0.0010271513636000602, "load_average": 1.76171875, "rejected_windows": 0, "window_energies_j": [0.0002010546549942581, 0.00020350095724465766, 0.00020173236693623157, 0.00021163446948941405, 0.0002086394052451042]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.1979534789999784, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9228475029995025, "paired": {"figures": {"energy": 0.00020549024974055868, "latency": 0.05806642969693449}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.06582475033245139}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8193333333333334, "test_accuracy": 0.8148, "val_curve": [0.672, 0.7451666666666666, 0.7141666666666666, 0.8068333333333333, 0.8151666666666667, 0.8193333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 26.586643226999513, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 182.9097114942392, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 182.9097114942392}, "train_energy_net_j": 182.9097114942392, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e1_c16_se_hs-ir_r1_k3_s2_e3_c24_se_hs-ir_r3_k3_s2_e1_c24-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 9970, "inference_params": 9610, "macs": 409072, "static_costs": {"params": 9970.0, "macs": 409072.0, "peak_memory": 50176.0, "energy": 0.00018253124517167847, "latency": 0.05127599979459774}, "dataflow": {"joules": 3.74211312e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05127599979459774, "latency_ms_p90": 0.055356999837385956, "latency_ms_iqr": 0.004939000518788816, "cpu_ms_per_call": 0.05222899164915449, "energy_j": 0.00018253124517167847, "energy_cv": 0.006466216931614295, "energy_source": "model:cpu-ccf", "runs_per_window": 934, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0014804347612269453, "windows": 5, "cpu_pressure": 0.0005566653961492522, "load_average": 1.84375, "rejected_windows": 0, "window_energies_j": [0.0001849422296573823, 0.00018280147077204067, 0.0001844739336569663, 0.00018184641796469434, 0.00018253124517167847]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.322056973499986, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2475269599999592, "paired": {"figures": {"energy": 0.00018187206282693292, "latency": 0.05102317656028518}, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.061716859734090024}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8358333333333333, "test_accuracy": 0.831, "val_curve": [0.6396666666666667, 0.725, 0.8025, 0.8296666666666667, 0.8331666666666667, 0.8358333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.136786120999204, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 125.01353640659978, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 125.01353640659978}, "train_energy_net_j": 125.01353640659978, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_hs-ir_r2_k5_s2_e6_c32-ir_r3_k5_s2_e3_c32_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 52282, "inference_params": 50938, "macs": 1798512, "static_costs": {"params": 52282.0, "macs": 1798512.0, "peak_memory": 81536.0, "energy": 0.0003334343070332665, "latency": 0.09252950030713691}, "dataflow": {"joules": 0.0001208349552, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09252950030713691, "latency_ms_p90": 0.09866560012596892, "latency_ms_iqr": 0.0064420000853715464, "cpu_ms_per_call": 0.09621874901185772, "energy_j": 0.0003334343070332665, "energy_cv": 0.008447775405939639, "energy_source": "model:cpu-ccf", "runs_per_window": 513, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.009990917065121119, "windows": 5, "cpu_pressure": 0.000397700748799053, "load_average": 1.888671875, "rejected_windows": 0, "window_energies_j": [0.0003401841726907686, 0.0003334343070332665, 0.000336765621541502, 0.000336955883657398, 0.00033216338596493965]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.4810408359999983, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0092947160001131, "paired": {"figures": {"energy": 0.00033074558578232165, "latency": 0.08989604550776116}, "with_trials": [2], "rounds": 5, "ratio_spread": 0.05940476880222567}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.867, "test_accuracy": 0.8559, "val_curve": [0.718, 0.8118333333333333, 0.821, 0.8426666666666667, 0.8573333333333333, 0.867], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 43.63277261999974, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 300.17348769275884, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 300.17348769275884}, "train_energy_net_j": 300.17348769275884, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c8-ir_r2_k5_s2_e1_c16_se-ir_r1_k5_s2_e1_c64_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 13266, "inference_params": 12962, "macs": 271160, "static_costs": {"params": 13266.0, "macs": 271160.0, "peak_memory": 18816.0, "energy": 0.00017062469980425274, "latency": 0.048320000132662244}, "dataflow": {"joules": 2.7078336e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.048320000132662244, "latency_ms_p90": 0.05322940005498822, "latency_ms_iqr": 0.007716000482105301, "cpu_ms_per_call": 0.0491428300590171, "energy_j": 0.00017062469980425274, "energy_cv": 0.020856775307453376, "energy_source": "model:cpu-ccf", "runs_per_window": 1018, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.008059826062022601, "windows": 5, "cpu_pressure": 0.0003792862894022017, "load_average": 1.990234375, "rejected_windows": 0, "window_energies_j": [0.00017301555234294975, 0.00017062469980425274, 0.00017471203653653046, 0.00016432239820075476, 0.00017199990520655982]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.4356203570000465, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2840193570000338, "paired": {"figures": {"energy": 0.00017128610488051062, "latency": 0.04830245082621086}, "with_trials": [0, 2], "rounds": 5, "ratio_spread": 0.055316574174915534}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8243333333333334, "test_accuracy": 0.8206, "val_curve": [0.7163333333333334, 0.7665, 0.806, 0.8173333333333334, 0.8195, 0.8243333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.195376872999987, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 111.62613011736016, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 111.62613011736016}, "train_energy_net_j": 111.62613011736016, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k7_s1_e3_c16_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 7690, "inference_params": 7498, "macs": 993152, "static_costs": {"params": 7690.0, "macs": 993152.0, "peak_memory": 87808.0, "energy": 0.00019968597186399128, "latency": 0.05523249956240761}, "dataflow": {"joules": 5.08510992e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05523249956240761, "latency_ms_p90": 0.06083539965402451, "latency_ms_iqr": 0.0037717500163125806, "cpu_ms_per_call": 0.057124533180767455, "energy_j": 0.00019968597186399128, "energy_cv": 0.002782672874372991, "energy_source": "model:cpu-ccf", "runs_per_window": 873, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0012514362744771024, "windows": 5, "cpu_pressure": 0.061007807020488594, "load_average": 1.994140625, "rejected_windows": 0, "window_energies_j": [0.0001996607685290935, 0.00019968597186399128, 0.00020023261855671312, 0.00020117187337280636, 0.0001999358661326861]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1173128505000065, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.32310891300039657, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6288333333333334, "test_accuracy": 0.6254, "val_curve": [0.5873333333333334, 0.6288333333333334], "epochs_run": 2, "stop_reason": "pareto: validation 0.629 after epoch 2 cannot pass 0.836 of trial 2, which costs no more (bound 0.760: finished curves gained at most 0.111 later, margin 0.02)", "train_seconds": 13.87565946199993, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 91.72922514495991, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 91.72922514495991}, "train_energy_net_j": 91.72922514495991, "train_device_share": 1.0, "pareto_saved_energy_j": 183.45845028991982, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e3_c32", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 2714, "inference_params": 2626, "macs": 433088, "static_costs": {"params": 2714.0, "macs": 433088.0, "peak_memory": 43904.0, "energy": 0.00012354485563638594, "latency": 0.03426300008868566}, "dataflow": {"joules": 2.25816048e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03426300008868566, "latency_ms_p90": 0.040114800322044175, "latency_ms_iqr": 0.006557000233442523, "cpu_ms_per_call": 0.03536882592862631, "energy_j": 0.00012354485563638594, "energy_cv": 0.0234048446524856, "energy_source": "model:cpu-ccf", "runs_per_window": 1375, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0019914638496179027, "windows": 5, "cpu_pressure": 0.057504259065160816, "load_average": 2.07568359375, "rejected_windows": 0, "window_energies_j": [0.0001257474769230472, 0.000124938600642856, 0.00012379089075019206, 0.00011758130826096169, 0.00012354485563638594]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.126748258500044, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1976436180002565, "paired": {"figures": {"energy": 0.00011690704523320165, "latency": 0.03326080814137506}, "with_trials": [0, 4], "rounds": 5, "ratio_spread": 0.07236064223714056}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7485, "test_accuracy": 0.7465, "val_curve": [0.4985, 0.6765, 0.6721666666666667, 0.7218333333333333, 0.7383333333333333, 0.7485], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.103429765000328, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 110.14253747543884, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 110.14253747543884}, "train_energy_net_j": 110.14253747543884, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c24_se_hs-ir_r3_k7_s2_e3_c40_hs-ir_r1_k5_s2_e1_c32_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 58194, "inference_params": 57010, "macs": 3538200, "static_costs": {"params": 58194.0, "macs": 3538200.0, "peak_memory": 131712.0, "energy": 0.000671742911538331, "latency": 0.18074299941872596}, "dataflow": {"joules": 0.00019487232, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.18074299941872596, "latency_ms_p90": 0.22959950001677498, "latency_ms_iqr": 0.008837249652060564, "cpu_ms_per_call": 0.1943140194552893, "energy_j": 0.000671742911538331, "energy_cv": 0.012396056820264123, "energy_source": "model:cpu-ccf", "runs_per_window": 256, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.012439515790416689, "windows": 5, "cpu_pressure": 0.0729130781154808, "load_average": 2.990234375, "rejected_windows": 0, "window_energies_j": [0.000681884109374753, 0.0006832707459017601, 0.0006800990680935125, 0.0006608619568626137, 0.000671742911538331]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.7282214725000387, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0778831179995905, "paired": {"figures": {"energy": 0.0006384832029149998, "latency": 0.1718767310351853}, "with_trials": [3], "rounds": 5, "ratio_spread": 0.04590546885938118}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8808333333333334, "test_accuracy": 0.8769, "val_curve": [0.7906666666666666, 0.818, 0.8548333333333333, 0.8728333333333333, 0.8765, 0.8808333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 71.16410181699939, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 489.8649061354795, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 489.8649061354795}, "train_energy_net_j": 489.8649061354795, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c8", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 514, "inference_params": 474, "macs": 67504, "static_costs": {"params": 514.0, "macs": 67504.0, "peak_memory": 18816.0, "energy": 9.55454549659018e-05, "latency": 0.026477499886823352}, "dataflow": {"joules": 1.03127184e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.026477499886823352, "latency_ms_p90": 0.03288260013505351, "latency_ms_iqr": 0.0057944998843595386, "cpu_ms_per_call": 0.02731975041690037, "energy_j": 9.55454549659018e-05, "energy_cv": 0.012855780992508805, "energy_source": "model:cpu-ccf", "runs_per_window": 1803, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0007710622475529672, "windows": 5, "cpu_pressure": 0.00045750471438521566, "load_average": 2.39599609375, "rejected_windows": 0, "window_energies_j": [9.707601358846963e-05, 9.689483856242787e-05, 9.55454549659018e-05, 9.561912645915129e-05, 9.364070882264952e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0807608209999842, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3118421439994563, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.37466666666666665, "test_accuracy": 0.3843, "val_curve": [0.35283333333333333, 0.37466666666666665], "epochs_run": 2, "stop_reason": "pareto: validation 0.375 after epoch 2 cannot pass 0.520 of trial 0, which costs no more (bound 0.505: finished curves gained at most 0.111 later, margin 0.02)", "train_seconds": 2.569363976999739, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 17.669366459399725, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 17.669366459399725}, "train_energy_net_j": 17.669366459399725, "train_device_share": 1.0, "pareto_saved_energy_j": 35.33873291879945, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e1_c8_se_hs-ir_r1_k5_s2_e3_c32_hs-ir_r3_k5_s2_e3_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 23954, "inference_params": 23234, "macs": 589848, "static_costs": {"params": 23954.0, "macs": 589848.0, "peak_memory": 25088.0, "energy": 0.00022336216963887113, "latency": 0.06081600031393464}, "dataflow": {"joules": 5.0457100799999995e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06081600031393464, "latency_ms_p90": 0.06845499956398271, "latency_ms_iqr": 0.003492499899948598, "cpu_ms_per_call": 0.06384388516127523, "energy_j": 0.00022336216963887113, "energy_cv": 0.020929528395761246, "energy_source": "model:cpu-ccf", "runs_per_window": 775, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00040932815856842275, "windows": 5, "cpu_pressure": 0.00025940763229499324, "load_average": 2.3642578125, "rejected_windows": 0, "window_energies_j": [0.00022345359806446327, 0.00022336216963887113, 0.00023317200881958853, 0.0002191082612206313, 0.00022721719444447258]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.526997685000069, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.304373594000026, "paired": {"figures": {"energy": 0.00020705442381280622, "latency": 0.05659628077463459}, "with_trials": [2, 3], "rounds": 5, "ratio_spread": 0.08393852267507307}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.864, "test_accuracy": 0.8545, "val_curve": [0.7535, 0.8068333333333333, 0.817, 0.8428333333333333, 0.8598333333333333, 0.864], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.803056341999763, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 164.16069143103965, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 164.16069143103965}, "train_energy_net_j": 164.16069143103965, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_hs-ir_r2_k5_s2_e3_c32-ir_r3_k5_s2_e3_c24_se_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 45434, "inference_params": 44450, "macs": 1161016, "static_costs": {"params": 45434.0, "macs": 1161016.0, "peak_memory": 43904.0, "energy": 0.0003545085809747776, "latency": 0.0965369999903487}, "dataflow": {"joules": 9.172047359999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0965369999903487, "latency_ms_p90": 0.10637499999575084, "latency_ms_iqr": 0.008824000360618811, "cpu_ms_per_call": 0.10205608768269049, "energy_j": 0.0003545085809747776, "energy_cv": 0.010629654149757594, "energy_source": "model:cpu-ccf", "runs_per_window": 488, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0075815538999048915, "windows": 5, "cpu_pressure": 0.003947309006849639, "load_average": 2.2392578125, "rejected_windows": 0, "window_energies_j": [0.00034898884861190546, 0.00035719630688941666, 0.0003545085809747776, 0.0003586780458333827, 0.0003594357059455433]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.5385974625000214, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4435268979996181, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8603333333333333, "test_accuracy": 0.8571, "val_curve": [0.7071666666666667, 0.7941666666666667, 0.8268333333333333, 0.8491666666666666, 0.8535, 0.8603333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 35.92681877599989, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 247.25218986128036, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 247.25218986128036}, "train_energy_net_j": 247.25218986128036, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c8_se-ir_r1_k3_s2_e1_c16_se_hs-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 32178, "inference_params": 31226, "macs": 588040, "static_costs": {"params": 32178.0, "macs": 588040.0, "peak_memory": 24960.0, "energy": 0.00019875741935493352, "latency": 0.056685500112507725}, "dataflow": {"joules": 5.3501184e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.056685500112507725, "latency_ms_p90": 0.06222540014277911, "latency_ms_iqr": 0.006473000212281477, "cpu_ms_per_call": 0.05753200459847663, "energy_j": 0.00019875741935493352, "energy_cv": 0.019955292120142184, "energy_source": "model:cpu-ccf", "runs_per_window": 868, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.013104400068122635, "windows": 5, "cpu_pressure": 0.00025953403259610877, "load_average": 2.041015625, "rejected_windows": 0, "window_energies_j": [0.0002042161468159265, 0.00020136201609466817, 0.00020744404776319424, 0.0001959643892609922, 0.00019875741935493352]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.589121106499874, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3202452000004996, "paired": {"figures": {"energy": 0.00020713745869929977, "latency": 0.05704164073313944}, "with_trials": [2, 9], "rounds": 5, "ratio_spread": 0.10576355659323533}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8596666666666667, "test_accuracy": 0.8531, "val_curve": [0.759, 0.7765, 0.8375, 0.8373333333333334, 0.8551666666666666, 0.8596666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.336736502999884, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 154.13394153224087, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 154.13394153224087}, "train_energy_net_j": 154.13394153224087, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se-ir_r2_k5_s2_e1_c16_se_hs-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 33178, "inference_params": 32194, "macs": 601624, "static_costs": {"params": 33178.0, "macs": 601624.0, "peak_memory": 24960.0, "energy": 0.00024907879081610543, "latency": 0.0677274997542554}, "dataflow": {"joules": 5.6262470399999996e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0677274997542554, "latency_ms_p90": 0.07646759995623142, "latency_ms_iqr": 0.004852249958275934, "cpu_ms_per_call": 0.07125149489044556, "energy_j": 0.00024907879081610543, "energy_cv": 0.009493112062498582, "energy_source": "model:cpu-ccf", "runs_per_window": 699, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0012102246821834584, "windows": 5, "cpu_pressure": 0.0006586546057604986, "load_average": 2.02587890625, "rejected_windows": 0, "window_energies_j": [0.0002441295282486404, 0.0002502526700027374, 0.00024907879081610543, 0.00025069138054458433, 0.0002493802321165595]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.65570592200001, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3399077799995212, "paired": {"figures": {"energy": 0.00023596408576809428, "latency": 0.06335015914597922}, "with_trials": [9, 3], "rounds": 5, "ratio_spread": 0.17861373437779848}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8666666666666667, "test_accuracy": 0.8581, "val_curve": [0.765, 0.8143333333333334, 0.8118333333333333, 0.8596666666666667, 0.8565, 0.8666666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 24.40729024600023, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 167.69371529064017, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 167.69371529064017}, "train_energy_net_j": 167.69371529064017, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k7_s1_e1_c16_se_hs-ir_r2_k3_s2_e3_c40_se_hs-ir_r3_k3_s2_e3_c24-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 45346, "inference_params": 44234, "macs": 1369576, "static_costs": {"params": 45346.0, "macs": 1369576.0, "peak_memory": 54880.0, "energy": 0.00036951944831221207, "latency": 0.10214899975835579}, "dataflow": {"joules": 9.803064959999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10214899975835579, "latency_ms_p90": 0.111505000404577, "latency_ms_iqr": 0.007553000614279881, "cpu_ms_per_call": 0.1061901010752648, "energy_j": 0.00036951944831221207, "energy_cv": 0.02045892379148834, "energy_source": "model:cpu-ccf", "runs_per_window": 465, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0058072868992855575, "windows": 5, "cpu_pressure": 0.00023920860226143875, "load_average": 2.08984375, "rejected_windows": 0, "window_energies_j": [0.0003603051954753492, 0.0003810880156249752, 0.00038014367028311915, 0.0003716653537634268, 0.00036951944831221207]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4699919464998743, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4231433029999607, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8521666666666666, "test_accuracy": 0.851, "val_curve": [0.7538333333333334, 0.797, 0.8176666666666667, 0.8341666666666666, 0.845, 0.8521666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 33.07876795899938, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 228.34391102443973, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 228.34391102443973}, "train_energy_net_j": 228.34391102443973, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se-ir_r2_k5_s2_e1_c16_se-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 33178, "inference_params": 32194, "macs": 601624, "static_costs": {"params": 33178.0, "macs": 601624.0, "peak_memory": 24960.0, "energy": 0.0002356359172272856, "latency": 0.06705400028295116}, "dataflow": {"joules": 5.6262470399999996e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06705400028295116, "latency_ms_p90": 0.07486109952878905, "latency_ms_iqr": 0.00531300042894145, "cpu_ms_per_call": 0.06964553182455131, "energy_j": 0.0002356359172272856, "energy_cv": 0.02296111442259004, "energy_source": "model:cpu-ccf", "runs_per_window": 708, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.03447455826867163, "windows": 5, "cpu_pressure": 0.0013332351117086934, "load_average": 2.15478515625, "rejected_windows": 0, "window_energies_j": [0.00024390263629945429, 0.0002356359172272856, 0.0002344978619048344, 0.00024920513798014804, 0.00024375936138592956]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4824302640001576, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4275912700004483, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.851, "test_accuracy": 0.8427, "val_curve": [0.7375, 0.7936666666666666, 0.8283333333333334, 0.8215, 0.8493333333333334, 0.851], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 25.53428849500051, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 175.67539929323965, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 175.67539929323965}, "train_energy_net_j": 175.67539929323965, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c8_se-ir_r2_k3_s2_e3_c16-ir_r3_k5_s2_e6_c24_se_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 63722, "inference_params": 62578, "macs": 835336, "static_costs": {"params": 63722.0, "macs": 835336.0, "peak_memory": 43904.0, "energy": 0.0003743172908498497, "latency": 0.09932099965226371}, "dataflow": {"joules": 0.00010011274559999999, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09932099965226371, "latency_ms_p90": 0.10874700019485317, "latency_ms_iqr": 0.005752000106440391, "cpu_ms_per_call": 0.10771028888888799, "energy_j": 0.0003743172908498497, "energy_cv": 0.014049645415022115, "energy_source": "model:cpu-ccf", "runs_per_window": 454, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.007129567151971772, "windows": 5, "cpu_pressure": 0.05413290754335969, "load_average": 2.1005859375, "rejected_windows": 0, "window_energies_j": [0.00037984282438491637, 0.00038610718722402893, 0.0003769860111111079, 0.00037037923467260253, 0.0003743172908498497]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.6434480685000494, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4773950779999723, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8598333333333333, "test_accuracy": 0.8557, "val_curve": [0.7486666666666667, 0.816, 0.8325, 0.8465, 0.8556666666666667, 0.8598333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 39.49041118900004, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 270.64502096240057, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 270.64502096240057}, "train_energy_net_j": 270.64502096240057, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8-ir_r2_k5_s2_e1_c16_hs-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 32610, "inference_params": 31626, "macs": 601112, "static_costs": {"params": 32610.0, "macs": 601112.0, "peak_memory": 24960.0, "energy": 0.0002046035683426631, "latency": 0.05524600010176073}, "dataflow": {"joules": 5.5818115200000004e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05524600010176073, "latency_ms_p90": 0.06067300000722753, "latency_ms_iqr": 0.003322999873489607, "cpu_ms_per_call": 0.05946009375001893, "energy_j": 0.0002046035683426631, "energy_cv": 0.012078217066165523, "energy_source": "model:cpu-ccf", "runs_per_window": 841, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.017139289460143425, "windows": 5, "cpu_pressure": 0.00027949109143809677, "load_average": 2.09912109375, "rejected_windows": 0, "window_energies_j": [0.0002094554485652812, 0.00020811032812506625, 0.00020827209869263646, 0.0002028643729216524, 0.0002046035683426631]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.739833441000144, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3690094439998575, "paired": {"figures": {"energy": 0.00018251938489294154, "latency": 0.05104894899381332}, "with_trials": [2, 9], "rounds": 5, "ratio_spread": 0.0887921823470339}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8593333333333333, "test_accuracy": 0.8513, "val_curve": [0.7423333333333333, 0.7871666666666667, 0.8236666666666667, 0.8441666666666666, 0.845, 0.8593333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.746334436000325, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 163.45032599123914, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 163.45032599123914}, "train_energy_net_j": 163.45032599123914, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c16_se-ir_r2_k3_s2_e1_c40_se_hs-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 52194, "inference_params": 50834, "macs": 1234680, "static_costs": {"params": 52194.0, "macs": 1234680.0, "peak_memory": 62400.0, "energy": 0.0003426768013724378, "latency": 0.09376299931318499}, "dataflow": {"joules": 9.0644928e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09376299931318499, "latency_ms_p90": 0.10052709949377459, "latency_ms_iqr": 0.006745750170011888, "cpu_ms_per_call": 0.09932195546560671, "energy_j": 0.0003426768013724378, "energy_cv": 0.01816263921588166, "energy_source": "model:cpu-ccf", "runs_per_window": 500, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.014445222837847327, "windows": 5, "cpu_pressure": 0.0010371696263176014, "load_average": 2.037109375, "rejected_windows": 0, "window_energies_j": [0.0003426768013724378, 0.00035806801770803525, 0.0003500669270033541, 0.00034762684412962343, 0.0003398874642176026]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.5130912090000948, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4351214650005204, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8616666666666667, "test_accuracy": 0.858, "val_curve": [0.783, 0.8166666666666667, 0.8303333333333334, 0.847, 0.8558333333333333, 0.8616666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 34.42659515000014, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 236.54925997820044, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 236.54925997820044}, "train_energy_net_j": 236.54925997820044, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8-ir_r2_k3_s2_e1_c16_hs-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 32226, "inference_params": 31242, "macs": 582296, "static_costs": {"params": 32226.0, "macs": 582296.0, "peak_memory": 24960.0, "energy": 0.00019063649171264022, "latency": 0.05329400028131204}, "dataflow": {"joules": 5.54819616e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05329400028131204, "latency_ms_p90": 0.0590280003962107, "latency_ms_iqr": 0.006012999619997572, "cpu_ms_per_call": 0.05475979759301827, "energy_j": 0.00019063649171264022, "energy_cv": 0.007545398934894251, "energy_source": "model:cpu-ccf", "runs_per_window": 905, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005365184040763138, "windows": 5, "cpu_pressure": 0.0005148825514261574, "load_average": 2.06787109375, "rejected_windows": 0, "window_energies_j": [0.00019063649171264022, 0.00019165929157556393, 0.00019005409441355466, 0.00019348273812062783, 0.000193607500565519]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.641265489000034, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3414155030004622, "paired": {"figures": {"energy": 0.00018153787646230275, "latency": 0.050567914375533915}, "with_trials": [16, 9], "rounds": 5, "ratio_spread": 0.14136845170370993}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8658333333333333, "test_accuracy": 0.8569, "val_curve": [0.7316666666666667, 0.8196666666666667, 0.84, 0.8496666666666667, 0.8575, 0.8658333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.123654273000284, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 159.54278787656003, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 159.54278787656003}, "train_energy_net_j": 159.54278787656003, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k7_s1_e1_c8-ir_r2_k3_s2_e1_c24_hs-ir_r3_k5_s2_e6_c32_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 50754, "inference_params": 49482, "macs": 1092416, "static_costs": {"params": 50754.0, "macs": 1092416.0, "peak_memory": 37440.0, "energy": 0.00027862383783807434, "latency": 0.07712800015724497}, "dataflow": {"joules": 8.28197136e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07712800015724497, "latency_ms_p90": 0.08528800026397221, "latency_ms_iqr": 0.006203000339155551, "cpu_ms_per_call": 0.08140097886164922, "energy_j": 0.00027862383783807434, "energy_cv": 0.01318432239471587, "energy_source": "model:cpu-ccf", "runs_per_window": 615, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.022537871226034012, "windows": 5, "cpu_pressure": 0.0014400998079729735, "load_average": 1.96337890625, "rejected_windows": 0, "window_energies_j": [0.00028704705555540524, 0.0002849034260157722, 0.00028566525374360826, 0.00027862383783807434, 0.0002781663699191241]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.3856561425002383, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3994974299994283, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8568333333333333, "test_accuracy": 0.8554, "val_curve": [0.7378333333333333, 0.8085, 0.831, 0.8278333333333333, 0.8505, 0.8568333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 33.3743309929996, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 229.56849395055906, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 229.56849395055906}, "train_energy_net_j": 229.56849395055906, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(21,21,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c8_se-ir_r1_k5_s2_e1_c32_se-ir_r3_k5_s2_e6_c32_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 58866, "inference_params": 57450, "macs": 1286216, "static_costs": {"params": 58866.0, "macs": 1286216.0, "peak_memory": 49920.0, "energy": 0.0003156041321100278, "latency": 0.0869310006237356}, "dataflow": {"joules": 9.75951936e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0869310006237356, "latency_ms_p90": 0.09480559983785497, "latency_ms_iqr": 0.007499000275856815, "cpu_ms_per_call": 0.09036609566832642, "energy_j": 0.0003156041321100278, "energy_cv": 0.012394355362861929, "energy_source": "model:cpu-ccf", "runs_per_window": 545, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0021457346726960758, "windows": 5, "cpu_pressure": 0.010496851641576606, "load_average": 2.1171875, "rejected_windows": 0, "window_energies_j": [0.00031297079891302605, 0.0003244497121496802, 0.0003156041321100278, 0.0003162813348391425, 0.00031950184729991163]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.760503870500145, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.3710971050004446, "paired": {"figures": {"energy": 0.0003115343038434217, "latency": 0.08498120905823925}, "with_trials": [12, 3], "rounds": 5, "ratio_spread": 0.10365972820104252}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8696666666666667, "test_accuracy": 0.8651, "val_curve": [0.7736666666666666, 0.8115, 0.823, 0.846, 0.8628333333333333, 0.8696666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 35.95926840500033, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 247.69725629035926, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 247.69725629035926}, "train_energy_net_j": 247.69725629035926, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00020.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(22,22,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e1_c8_se_hs-ir_r2_k3_s2_e1_c16_hs-ir_r3_k5_s2_e6_c24_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 32370, "inference_params": 31386, "macs": 582424, "static_costs": {"params": 32370.0, "macs": 582424.0, "peak_memory": 24960.0, "energy": 0.00022314093702329872, "latency": 0.060204500186955556}, "dataflow": {"joules": 5.55969504e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.060204500186955556, "latency_ms_p90": 0.06726459996571066, "latency_ms_iqr": 0.004544999683275819, "cpu_ms_per_call": 0.0638926487858738, "energy_j": 0.00022314093702329872, "energy_cv": 0.013858580720143518, "energy_source": "model:cpu-ccf", "runs_per_window": 781, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0021660468657487275, "windows": 5, "cpu_pressure": 0.0006345454850816199, "load_average": 2.06396484375, "rejected_windows": 0, "window_energies_j": [0.0002193350781054341, 0.00022362427075055827, 0.00022696373148139374, 0.00022314093702329872, 0.00022814177608989226]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4025599699997997, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4056172119999246, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8555, "test_accuracy": 0.849, "val_curve": [0.7228333333333333, 0.8216666666666667, 0.8156666666666667, 0.8193333333333334, 0.845, 0.8555], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 25.372072420999757, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 173.74864149271878, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 173.74864149271878}, "train_energy_net_j": 173.74864149271878, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00021.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(23,23,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e1_c8_se_hs-ir_r1_k3_s2_e1_c24_hs-ir_r3_k3_s2_e6_c24_se_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 64650, "inference_params": 63594, "macs": 621640, "static_costs": {"params": 64650.0, "macs": 621640.0, "peak_memory": 37440.0, "energy": 0.0003051646829487648, "latency": 0.08234449978772318}, "dataflow": {"joules": 7.9957344e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08234449978772318, "latency_ms_p90": 0.09016499961944646, "latency_ms_iqr": 0.0068730000748473685, "cpu_ms_per_call": 0.08868333756817151, "energy_j": 0.0003051646829487648, "energy_cv": 0.01231343344634264, "energy_source": "model:cpu-ccf", "runs_per_window": 563, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.017128451724254923, "windows": 5, "cpu_pressure": 0.0013369191233591053, "load_average": 1.93408203125, "rejected_windows": 0, "window_energies_j": [0.00031309529744523397, 0.00030287054411755993, 0.0003051646829487648, 0.00031065193262528614, 0.0003103916814886003]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4806795359997407, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4270440519994736, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8548333333333333, "test_accuracy": 0.8489, "val_curve": [0.6988333333333333, 0.7695, 0.8006666666666666, 0.8255, 0.8371666666666666, 0.8548333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 27.631454237999606, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 189.79067645780023, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 189.79067645780023}, "train_energy_net_j": 189.79067645780023, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00022.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(24,24,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e6_c8-ir_r2_k5_s2_e1_c16_se_hs-ir_r3_k3_s2_e6_c24_se_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 56266, "inference_params": 55194, "macs": 739384, "static_costs": {"params": 56266.0, "macs": 739384.0, "peak_memory": 81536.0, "energy": 0.0003648652000047529, "latency": 0.09316000068793073}, "dataflow": {"joules": 9.48821664e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09316000068793073, "latency_ms_p90": 0.10325029998057289, "latency_ms_iqr": 0.008117749302982702, "cpu_ms_per_call": 0.10533077262673803, "energy_j": 0.0003648652000047529, "energy_cv": 0.011543606590244303, "energy_source": "model:cpu-ccf", "runs_per_window": 472, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.010394261192299803, "windows": 5, "cpu_pressure": 0.0003392553210000173, "load_average": 1.88037109375, "rejected_windows": 0, "window_energies_j": [0.00035978489321803473, 0.00036865770419358305, 0.0003648652000047529, 0.00037028642214976485, 0.0003714247086839474]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.698919631499791, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.49706678700022167, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8561666666666666, "test_accuracy": 0.8511, "val_curve": [0.6961666666666667, 0.7973333333333333, 0.8165, 0.8438333333333333, 0.8541666666666666, 0.8561666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 37.67633394300083, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 258.2086704319197, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 258.2086704319197}, "train_energy_net_j": 258.2086704319197, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00023.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(25,25,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k7_s1_e6_c24_hs-ir_r2_k3_s2_e1_c24_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 26034, "inference_params": 25370, "macs": 3744080, "static_costs": {"params": 26034.0, "macs": 3744080.0, "peak_memory": 244608.0, "energy": 0.0005862743946560284, "latency": 0.15970999993442092}, "dataflow": {"joules": 0.000156699768, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.15970999993442092, "latency_ms_p90": 0.18945259971587802, "latency_ms_iqr": 0.007640500371053349, "cpu_ms_per_call": 0.1675219364549009, "energy_j": 0.0005862743946560284, "energy_cv": 0.01572399694430447, "energy_source": "model:cpu-ccf", "runs_per_window": 299, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 8.934883836331231e-05, "windows": 5, "cpu_pressure": 0.0008353814599316713, "load_average": 1.9345703125, "rejected_windows": 0, "window_energies_j": [0.0005863267775921531, 0.00059087512195164, 0.0005862743946560284, 0.0006099843399998793, 0.000585404061665334]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.408420905499952, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4096250080001482, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8618333333333333, "test_accuracy": 0.8534, "val_curve": [0.7228333333333333, 0.795, 0.8113333333333334, 0.8226666666666667, 0.8488333333333333, 0.8618333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 89.85242357900006, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 616.97229929116, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 616.97229929116}, "train_energy_net_j": 616.97229929116, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00024.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(26,26,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k7_s1_e3_c32_hs-ir_r3_k7_s2_e6_c16_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 51290, "inference_params": 50098, "macs": 5187584, "static_costs": {"params": 51290.0, "macs": 5187584.0, "peak_memory": 188160.0, "energy": 0.0006582356315783201, "latency": 0.1797285003704019}, "dataflow": {"joules": 0.00022719068640000001, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1797285003704019, "latency_ms_p90": 0.2120644001479377, "latency_ms_iqr": 0.007590000677737407, "cpu_ms_per_call": 0.18946458620729192, "energy_j": 0.0006582356315783201, "energy_cv": 0.0070289374171769465, "energy_source": "model:cpu-ccf", "runs_per_window": 262, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.007429588907964968, "windows": 5, "cpu_pressure": 0.0002789216943079222, "load_average": 2.02490234375, "rejected_windows": 0, "window_energies_j": [0.0006695549561077973, 0.0006631260517255218, 0.0006582356315783201, 0.0006563781841080969, 0.0006641577064394341]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.4070468020001954, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.40574957899934816, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8675, "test_accuracy": 0.8629, "val_curve": [0.6965, 0.7531666666666667, 0.8216666666666667, 0.8113333333333334, 0.8573333333333333, 0.8675], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 95.19658133099983, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 653.7909391439208, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 653.7909391439208}, "train_energy_net_j": 653.7909391439208, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00025.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(27,27,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e6_c24_se-ir_r3_k3_s2_e1_c32_se-ir_r3_k7_s2_e3_c56_se_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 134906, "inference_params": 133250, "macs": 4011368, "static_costs": {"params": 134906.0, "macs": 4011368.0, "peak_memory": 244608.0, "energy": 0.0010593622012215163, "latency": 0.27109500024380395}, "dataflow": {"joules": 0.0002556164928, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.27109500024380395, "latency_ms_p90": 0.43820200062327785, "latency_ms_iqr": 0.0614220007264521, "cpu_ms_per_call": 0.308736624203888, "energy_j": 0.0010593622012215163, "energy_cv": 0.023931633323228653, "energy_source": "model:cpu-ccf", "runs_per_window": 159, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.020027129028795, "windows": 5, "cpu_pressure": 0.023922082584535598, "load_average": 2.10791015625, "rejected_windows": 0, "window_energies_j": [0.0011285843258061474, 0.001080578184713608, 0.0010593622012215163, 0.001056196531249043, 0.001081476556603692]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.044975474499836, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.6047075400001631, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8653333333333333, "test_accuracy": 0.8618, "val_curve": [0.7691666666666667, 0.8066666666666666, 0.828, 0.8476666666666667, 0.8613333333333333, 0.8653333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 125.84530911000002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 861.1305282082793, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 861.1305282082793}, "train_energy_net_j": 861.1305282082793, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00026.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(28,28,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k5_s1_e3_c32_hs-ir_r2_k3_s2_e6_c32_hs-ir_r2_k5_s2_e6_c40_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 86010, "inference_params": 83962, "macs": 3978880, "static_costs": {"params": 86010.0, "macs": 3978880.0, "peak_memory": 188160.0, "energy": 0.0005078671677211957, "latency": 0.13162799996280228}, "dataflow": {"joules": 0.000229061448, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.13162799996280228, "latency_ms_p90": 0.18410069978926913, "latency_ms_iqr": 0.007320749318751041, "cpu_ms_per_call": 0.14538704069605576, "energy_j": 0.0005078671677211957, "energy_cv": 0.02635330865774764, "energy_source": "model:cpu-ccf", "runs_per_window": 328, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0019443562761307653, "windows": 5, "cpu_pressure": 0.007804765424647582, "load_average": 2.02587890625, "rejected_windows": 0, "window_energies_j": [0.0005068289710371787, 0.000512591578952367, 0.0005078671677211957, 0.0005088546424361952, 0.0005426660032044631]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.318850407500577, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.5424395400004869, "paired": {"figures": {"energy": 0.0004547801017077544, "latency": 0.1243629418618574}, "with_trials": [20, 7], "rounds": 5, "ratio_spread": 0.16529374604633817}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.872, "test_accuracy": 0.87, "val_curve": [0.7873333333333333, 0.8341666666666666, 0.8428333333333333, 0.858, 0.8688333333333333, 0.872], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 76.04534187300032, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 520.3761038722806, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 520.3761038722806}, "train_energy_net_j": 520.3761038722806, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00027.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(29,29,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e3_c24-ir_r3_k3_s2_e3_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 65986, "inference_params": 64746, "macs": 3814408, "static_costs": {"params": 65986.0, "macs": 3814408.0, "peak_memory": 87808.0, "energy": 0.000438350336362832, "latency": 0.11889400047948584}, "dataflow": {"joules": 0.0001768872768, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.11889400047948584, "latency_ms_p90": 0.1310130997808301, "latency_ms_iqr": 0.007672250376344891, "cpu_ms_per_call": 0.12700754314902427, "energy_j": 0.000438350336362832, "energy_cv": 0.019100512559758646, "energy_source": "model:cpu-ccf", "runs_per_window": 385, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.014089334822913857, "windows": 5, "cpu_pressure": 0.0018521568565667266, "load_average": 2.01220703125, "rejected_windows": 0, "window_energies_j": [0.0004551659722214599, 0.0004445264010215849, 0.0004530158689181622, 0.0004327903827209939, 0.000438350336362832]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.3334504539998306, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.386888103000274, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8606666666666667, "test_accuracy": 0.8642, "val_curve": [0.7493333333333333, 0.7916666666666666, 0.7958333333333333, 0.8215, 0.8565, 0.8606666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 55.03746851100004, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 377.44108712336185, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 377.44108712336185}, "train_energy_net_j": 377.44108712336185, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00028.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(30,30,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e6_c32-ir_r2_k7_s2_e1_c32_se_hs-ir_r3_k7_s2_e3_c24-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 57258, "inference_params": 55794, "macs": 4639488, "static_costs": {"params": 57258.0, "macs": 4639488.0, "peak_memory": 326144.0, "energy": 0.0006569439962650096, "latency": 0.17761200024324353}, "dataflow": {"joules": 0.0002505446448, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.17761200024324353, "latency_ms_p90": 0.22734610010957113, "latency_ms_iqr": 0.008052999419305706, "cpu_ms_per_call": 0.1885670375951375, "energy_j": 0.0006569439962650096, "energy_cv": 0.01730176112957501, "energy_source": "model:cpu-ccf", "runs_per_window": 266, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004628454381589542, "windows": 5, "cpu_pressure": 0.0003773174615052573, "load_average": 2.1181640625, "rejected_windows": 0, "window_energies_j": [0.0006522356561347443, 0.000681768965726574, 0.0006599846315829813, 0.0006763897777785939, 0.0006569439962650096]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.624465615499389, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.4687338470002942, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8743333333333333, "test_accuracy": 0.877, "val_curve": [0.7821666666666667, 0.8086666666666666, 0.8388333333333333, 0.855, 0.8721666666666666, 0.8743333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 94.36432958499972, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 646.6612949351206, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 646.6612949351206}, "train_energy_net_j": 646.6612949351206, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00029.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(31,31,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e6_c32-ir_r1_k5_s2_e6_c16_hs-ir_r1_k3_s2_e1_c56_se_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 41586, "inference_params": 40394, "macs": 5512704, "static_costs": {"params": 41586.0, "macs": 5512704.0, "peak_memory": 326144.0, "energy": 0.0006338343947378999, "latency": 0.17165300005217432}, "dataflow": {"joules": 0.00028368663839999997, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.17165300005217432, "latency_ms_p90": 0.202885500038974, "latency_ms_iqr": 0.008048750260059023, "cpu_ms_per_call": 0.1815399130405042, "energy_j": 0.0006338343947378999, "energy_cv": 0.011743764750273701, "energy_source": "model:cpu-ccf", "runs_per_window": 275, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00245379694881942, "windows": 5, "cpu_pressure": 0.011073658866133842, "load_average": 2.2255859375, "rejected_windows": 0, "window_energies_j": [0.0006353896956417646, 0.0006338343947378999, 0.0006370255690903418, 0.0006506681520900909, 0.0006280351124928528]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 5.1749368685003665, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.4989688369996657, "paired": {"figures": {"energy": 0.000581210541011231, "latency": 0.16089290919923788}, "with_trials": [27, 7], "rounds": 5, "ratio_spread": 0.10830610583474964}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8758333333333334, "test_accuracy": 0.8756, "val_curve": [0.7603333333333333, 0.7891666666666667, 0.8328333333333333, 0.8593333333333333, 0.8656666666666667, 0.8758333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 124.26650636500017, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 850.4604695287198, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 850.4604695287198}, "train_energy_net_j": 850.4604695287198, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget/cost-first-half-1/artifacts/cost-first-half-1-aa27abae/trial-00030.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(2,1,1,6.80447490141959367105e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,1.89474999388039577752e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,8.19333333333333357906e-01,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,2.05490249740558676922e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,5.80664296969344920218e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,8.3583333333333331705e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,1.81872062826932915508e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,5.10231765602851827789e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,0.867,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,3.30745585782321648363e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,8.98960455077611603202e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,8.24333333333333362347e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,1.71286104880510620801e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,4.83024508262108603906e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,6.28833333333333355241e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,1.99685971863991284852e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,5.52324995624076109379e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,0.7485,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,1.16907045233201648763e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,3.32608081413750603094e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.80833333333333357018e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,6.38483202914999817788e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,1.7187673103518530393e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,3.74666666666666647866e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,9.55454549659018e-05,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,2.64774998868233524262e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,0.864,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,2.07054423812806219929e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,5.65962807746345913928e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.60333333333333283299e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,3.54508580974777578759e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,0.0965369999903487,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,8.59666666666666690055e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,2.07137458699299767828e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,5.70416407331394426094e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,8.66666666666666696272e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,2.35964085768094279432e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,6.33501591459792179339e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,8.52166666666666627882e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,3.6951944831221207122e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,1.02148999758355785161e-01,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,0.851,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,2.3563591722728559558e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,6.70540002829511649906e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.59833333333333338366e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,3.74317290849849725747e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,9.93209996522637084126e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,8.59333333333333282411e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,1.82519384892941539076e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,5.10489489938133200741e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.61666666666666691831e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,3.42676801372437792904e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,9.37629993131849914789e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.65833333333333343695e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,1.81537876462302752433e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,5.05679143755339149945e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,8.56833333333333335701e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,2.78623837838074342194e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,7.71280001572449691593e-02,'FINITE');
INSERT INTO "trial_values" VALUES(61,21,0,8.69666666666666698937e-01,'FINITE');
INSERT INTO "trial_values" VALUES(62,21,1,3.11534303843421698197e-04,'FINITE');
INSERT INTO "trial_values" VALUES(63,21,2,8.49812090582392487547e-02,'FINITE');
INSERT INTO "trial_values" VALUES(64,22,0,0.8555,'FINITE');
INSERT INTO "trial_values" VALUES(65,22,1,2.23140937023298723332e-04,'FINITE');
INSERT INTO "trial_values" VALUES(66,22,2,6.02045001869555562734e-02,'FINITE');
INSERT INTO "trial_values" VALUES(67,23,0,8.54833333333333333925e-01,'FINITE');
INSERT INTO "trial_values" VALUES(68,23,1,3.05164682948764782056e-04,'FINITE');
INSERT INTO "trial_values" VALUES(69,23,2,8.23444997877231799066e-02,'FINITE');
INSERT INTO "trial_values" VALUES(70,24,0,8.56166666666666631435e-01,'FINITE');
INSERT INTO "trial_values" VALUES(71,24,1,3.64865200004752909639e-04,'FINITE');
INSERT INTO "trial_values" VALUES(72,24,2,9.31600006879307329654e-02,'FINITE');
INSERT INTO "trial_values" VALUES(73,25,0,8.61833333333333340142e-01,'FINITE');
INSERT INTO "trial_values" VALUES(74,25,1,5.86274394656028361751e-04,'FINITE');
INSERT INTO "trial_values" VALUES(75,25,2,1.59709999934420920908e-01,'FINITE');
INSERT INTO "trial_values" VALUES(76,26,0,0.8675,'FINITE');
INSERT INTO "trial_values" VALUES(77,26,1,6.58235631578320094792e-04,'FINITE');
INSERT INTO "trial_values" VALUES(78,26,2,1.79728500370401889085e-01,'FINITE');
INSERT INTO "trial_values" VALUES(79,27,0,8.6533333333333328774e-01,'FINITE');
INSERT INTO "trial_values" VALUES(80,27,1,1.05936220122151633638e-03,'FINITE');
INSERT INTO "trial_values" VALUES(81,27,2,2.71095000243803951889e-01,'FINITE');
INSERT INTO "trial_values" VALUES(82,28,0,0.872,'FINITE');
INSERT INTO "trial_values" VALUES(83,28,1,4.5478010170775442101e-04,'FINITE');
INSERT INTO "trial_values" VALUES(84,28,2,1.24362941861857395631e-01,'FINITE');
INSERT INTO "trial_values" VALUES(85,29,0,8.60666666666666690943e-01,'FINITE');
INSERT INTO "trial_values" VALUES(86,29,1,0.000438350336362832,'FINITE');
INSERT INTO "trial_values" VALUES(87,29,2,1.18894000479485839605e-01,'FINITE');
INSERT INTO "trial_values" VALUES(88,30,0,8.74333333333333295733e-01,'FINITE');
INSERT INTO "trial_values" VALUES(89,30,1,6.56943996265009618959e-04,'FINITE');
INSERT INTO "trial_values" VALUES(90,30,2,1.7761200024324352853e-01,'FINITE');
INSERT INTO "trial_values" VALUES(91,31,0,8.75833333333333352577e-01,'FINITE');
INSERT INTO "trial_values" VALUES(92,31,1,0.000581210541011231,'FINITE');
INSERT INTO "trial_values" VALUES(93,31,2,1.60892909199237876816e-01,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 20:11:10.520391','2026-12-06 20:11:17.252039');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 20:11:21.232580','2026-12-06 20:11:49.292633');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 20:11:49.499538','2026-12-06 20:12:09.512680');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 20:12:09.754441','2026-12-06 20:12:55.068192');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 20:12:55.332707','2026-12-06 20:13:13.512935');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 20:13:13.751031','2026-12-06 20:13:28.358324');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 20:13:28.519279','2026-12-06 20:13:46.417346');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 20:13:46.589400','2026-12-06 20:14:59.573222');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 20:14:59.888474','2026-12-06 20:15:03.178950');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 20:15:03.337321','2026-12-06 20:15:29.219559');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 20:15:29.484051','2026-12-06 20:16:06.290361');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 20:16:06.844894','2026-12-06 20:16:31.276195');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 20:16:31.534135','2026-12-06 20:16:58.066335');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 20:16:58.320535','2026-12-06 20:17:32.233555');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 20:17:32.534961','2026-12-06 20:17:58.917337');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 20:17:59.561686','2026-12-06 20:18:39.974534');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 20:18:40.334710','2026-12-06 20:19:06.279698');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 20:19:06.551472','2026-12-06 20:19:41.851030');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 20:19:42.174856','2026-12-06 20:20:07.429950');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 20:20:07.727473','2026-12-06 20:20:41.924074');
INSERT INTO "trials" VALUES(21,20,1,'COMPLETE','2026-12-06 20:20:42.520423','2026-12-06 20:21:20.718962');
INSERT INTO "trials" VALUES(22,21,1,'COMPLETE','2026-12-06 20:21:21.007579','2026-12-06 20:21:47.215570');
INSERT INTO "trials" VALUES(23,22,1,'COMPLETE','2026-12-06 20:21:47.493152','2026-12-06 20:22:16.004546');
INSERT INTO "trials" VALUES(24,23,1,'COMPLETE','2026-12-06 20:22:16.332752','2026-12-06 20:22:54.961847');
INSERT INTO "trials" VALUES(25,24,1,'COMPLETE','2026-12-06 20:22:55.675924','2026-12-06 20:24:26.411784');
INSERT INTO "trials" VALUES(26,25,1,'COMPLETE','2026-12-06 20:24:26.685000','2026-12-06 20:26:02.724992');
INSERT INTO "trials" VALUES(27,26,1,'COMPLETE','2026-12-06 20:26:03.043979','2026-12-06 20:28:09.985093');
INSERT INTO "trials" VALUES(28,27,1,'COMPLETE','2026-12-06 20:28:10.519297','2026-12-06 20:29:29.105087');
INSERT INTO "trials" VALUES(29,28,1,'COMPLETE','2026-12-06 20:29:29.778191','2026-12-06 20:30:25.643515');
INSERT INTO "trials" VALUES(30,29,1,'COMPLETE','2026-12-06 20:30:25.882738','2026-12-06 20:32:01.155515');
INSERT INTO "trials" VALUES(31,30,1,'COMPLETE','2026-12-06 20:32:01.515805','2026-12-06 20:34:08.175781');
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
