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
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','6a32ee0b6e491d6d34b522bb2e3373ed45c9e2a6',0);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','16c7791513e2e9b802052774dcc2afa49035ab8f',1);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','4b6863327cfaf2c494abcdf4a05ff98d5a4ceb56',2);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','fe8109f50e6d3538fc1df6fc7fcac62ed4ce6d5f',3);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','fa55ee86b1ff4f15dbd3a3f509940aa1b951eca9',4);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','85358158063aab6ae48aab6cc7355f622c9aa0ab',5);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','a4e499eb84f7a5296718303f4b0e001c04544f6d',6);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','1282a977aa221974653cf9a22901fb7a20dcda13',7);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','c53b589739bdc0b166ebbe6e8dc1f4e7198c2f29',8);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','46225fcc061662c4358ddf73ad2b12a07fa020ac',9);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','189223858fddbe7fa8d691d56806edc0e0dd0123',10);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','63253a335c541406a8cdc6a0f18a2c9e81efa8a5',11);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','7ba47ade73fdb94ecbac32a62bdb693cba2ee496',12);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','97e98b8e24427e3d1a621393a997d7003c3354e4',13);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','3f226310482c6fb46471f2e8ede50ee5e87c9956',14);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','178805ce2581b6fd759f63dca6c1dd58384b6319',15);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','93e5c33f0d106cb5e41aaaebb4783d771840f459',16);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','cb6f292ef7d50b8ba48842a4e6dbccc7e9e25ef1',17);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','55a072aa28fabade448c8e0dd4e44a64a1eda190',18);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','6274a2c915337a69f5425b10aed7c9fed2468900',19);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','dc9190ba4a48aa6df8b26df0c620478cf3b9f194',20);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','55a90b82b8dcc5bc730f8ee4634202a3c0af7ca8',21);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','5d20c49ef1ca2d3401bc97bb2ef71abe92ad49d9',22);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','f2f2b225a2ecc5e26f10a223eed6aed500bdc3b4',23);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','13c043d3f31edefa13a9be4dc165c23572583296',24);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','e2f9c3a884302263ceb04e652968c06196856a3e',25);
INSERT INTO "nas_arch_claims" VALUES('44d8808eb03c47c0ab9313b32c0707dc','20191b0943cd22a503b3fa232ad4ad13a33e6114',26);
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
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"cost-first-tail-0\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/nas.db\",\"sampler\":\"cost-first\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":0,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"2702.9J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"44d8808eb03c47c0ab9313b32c0707dc"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.00022168409003551966, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.06264800003918936, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.00022168409003551966, \"latency\": 0.06264800003918936}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0008520303842837649, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.2408994999996139, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0008520303842837649, \"latency\": 0.2408994999996139}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [3.2310672547570465e-05, 0.0008520303842837649], \"latency\": [0.009134000265476061, 0.2408994999996139]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','2702.9');
INSERT INTO "study_user_attributes" VALUES(8,1,'nas_final:trial-24','{"trial": 24, "reference": null, "record": {"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e6_c8_se-ir_r2_k5_s2_e6_c48_hs-ir_r2_k5_s2_e3_c24-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 73546, "inference_params": 71954, "macs": 3194384, "static_costs": {"params": 73546.0, "macs": 3194384.0, "peak_memory": 150528.0}, "dataflow": null, "measurement": {"latency_ms_median": 0.06756000038876664, "latency_ms_p90": 0.0688430001900997, "latency_ms_iqr": 0.0005809997674077749, "cpu_ms_per_call": 0.06840722172625424, "energy_j": 0.00023922213201098372, "energy_cv": 0.002544988645200959, "energy_source": "model:cpu-ccf", "runs_per_window": 730, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008491857722294771, "windows": 5, "cpu_pressure": 0.1483976067494257, "load_average": 2.2314453125, "rejected_windows": 0, "window_energies_j": [0.00023942527604188987, 0.00023922213201098372, 0.00023992988561665025, 0.0002389284979533569, 0.00024066414511713933]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.929, "test_accuracy": 0.9282, "val_curve": [0.8033333333333333, 0.8465, 0.8741666666666666, 0.8796666666666667, 0.8826666666666667, 0.885, 0.8983333333333333, 0.8861666666666667, 0.8966666666666666, 0.9121666666666667, 0.9011666666666667, 0.9065, 0.905, 0.915, 0.9168333333333333, 0.9145, 0.9228333333333333, 0.9231666666666667, 0.9258333333333333, 0.9283333333333333, 0.9266666666666666, 0.9293333333333333, 0.928, 0.929], "epochs_run": 24, "stop_reason": "finalized: 24 epochs", "train_seconds": 1132.4127070170025, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 5584.907612151237, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 5584.907612151237}, "train_energy_net_j": 5584.907612151237, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/final/trial-24.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}, "proxy": {"val_accuracy": 0.8836666666666667, "test_accuracy": 0.8802, "val_curve": [0.7748333333333334, 0.8315, 0.8456666666666667, 0.8706666666666667, 0.8811666666666667, 0.8836666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 29.670648253999843, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "recipe": {"epochs": 24, "batch_size": 128, "lr": 0.003, "warmup_epochs": 1.0, "weight_decay": 0.05, "label_smoothing": 0.1, "augment": "crop-flip", "seed": 0}, "interleaved_with": [], "attempt": 1, "earlier": []}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 22:53:04');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 22:53:10');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 22:53:21');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 22:53:57.000000');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 22:54:02');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 22:54:08');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 22:54:25');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 22:55:03.000000');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 22:55:22');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 22:55:31');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 22:55:36');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 22:55:44');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 22:56:04');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 22:56:08');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 22:56:19');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 22:56:40');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 22:56:53');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 22:56:56');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 22:57:14');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 22:57:29');
INSERT INTO "trial_heartbeats" VALUES(21,21,'2026-12-06 22:57:45');
INSERT INTO "trial_heartbeats" VALUES(22,22,'2026-12-06 22:57:47');
INSERT INTO "trial_heartbeats" VALUES(23,23,'2026-12-06 22:58:02');
INSERT INTO "trial_heartbeats" VALUES(24,24,'2026-12-06 22:58:21');
INSERT INTO "trial_heartbeats" VALUES(25,25,'2026-12-06 22:59:07.000000');
INSERT INTO "trial_heartbeats" VALUES(26,26,'2026-12-06 22:59:39.000000');
INSERT INTO "trial_heartbeats" VALUES(27,27,'2026-12-06 23:01:32.000000');
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
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
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
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(401,21,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(402,21,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(403,21,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(404,21,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(405,21,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(406,21,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(407,21,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(408,21,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(409,21,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(410,21,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(411,21,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(412,21,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(413,21,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(414,21,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(415,21,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(416,21,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(417,21,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(418,21,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(419,21,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(420,21,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(421,22,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(422,22,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(423,22,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(424,22,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(425,22,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(426,22,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(427,22,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(428,22,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(429,22,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(430,22,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(431,22,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(432,22,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(433,22,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(434,22,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(435,22,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(436,22,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(437,22,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(438,22,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(439,22,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(440,22,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(441,23,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(442,23,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(443,23,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(444,23,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(445,23,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(446,23,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(447,23,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(448,23,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(449,23,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(450,23,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(451,23,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(452,23,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(453,23,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(454,23,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(455,23,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(456,23,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(457,23,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(458,23,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(459,23,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(460,23,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(461,24,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(462,24,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(463,24,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(464,24,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(465,24,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(466,24,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(467,24,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(468,24,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(469,24,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(470,24,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(471,24,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(472,24,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(473,24,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(474,24,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(475,24,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(476,24,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(477,24,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(478,24,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(479,24,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(480,24,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(481,25,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(482,25,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(483,25,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(484,25,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(485,25,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(486,25,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(487,25,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(488,25,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(489,25,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(490,25,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(491,25,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(492,25,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(493,25,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(494,25,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(495,25,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(496,25,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(497,25,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(498,25,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(499,25,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(500,25,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(501,26,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(502,26,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(503,26,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(504,26,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(505,26,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(506,26,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(507,26,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(508,26,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(509,26,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(510,26,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(511,26,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(512,26,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(513,26,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(514,26,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(515,26,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(516,26,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(517,26,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(518,26,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(519,26,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(520,26,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(521,27,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(522,27,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(523,27,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(524,27,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(525,27,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(526,27,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(527,27,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(528,27,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(529,27,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(530,27,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(531,27,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(532,27,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(533,27,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(534,27,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(535,27,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(536,27,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(537,27,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(538,27,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(539,27,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(540,27,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 346, "inference_params": 322, "macs": 40848, "static_costs": {"params": 346.0, "macs": 40848.0, "peak_memory": 18816.0, "energy": 3.1649633436420024e-05, "latency": 0.008973000149126165}, "dataflow": {"joules": 6.014500799999999e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.008973000149126165, "latency_ms_p90": 0.009093000244320137, "latency_ms_iqr": 9.099994713324122e-05, "cpu_ms_per_call": 0.009065361694358237, "energy_j": 3.1649633436420024e-05, "energy_cv": 0.004634905299530742, "energy_source": "model:cpu-ccf", "runs_per_window": 5486, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00250026572954698, "windows": 5, "cpu_pressure": 0.00017967878464200982, "load_average": 1.99853515625, "rejected_windows": 0, "window_energies_j": [3.172876593025383e-05, 3.1490625944572926e-05, 3.1649633436420024e-05, 3.190271117389219e-05, 3.1851089315068556e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9559202625000001, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2739541810001356, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5545, "test_accuracy": 0.571, "val_curve": [0.31866666666666665, 0.4653333333333333, 0.5148333333333334, 0.5503333333333333, 0.5303333333333333, 0.5545], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 3.130593552999926, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 20.010110123440036, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 20.010110123440036}, "train_energy_net_j": 20.010110123440036, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e1_c16_se_hs-ir_r2_k7_s2_e1_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 6290, "inference_params": 6122, "macs": 579736, "static_costs": {"params": 6290.0, "macs": 579736.0, "peak_memory": 37632.0, "energy": 8.036170982527801e-05, "latency": 0.022723999791196547}, "dataflow": {"joules": 3.24653856e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.022723999791196547, "latency_ms_p90": 0.022973999875830486, "latency_ms_iqr": 0.00017999991541728377, "cpu_ms_per_call": 0.022963810472659826, "energy_j": 8.036170982527801e-05, "energy_cv": 0.002434966234505038, "energy_source": "model:cpu-ccf", "runs_per_window": 2158, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00014468120522370675, "windows": 5, "cpu_pressure": 0.00017957613208965993, "load_average": 1.91845703125, "rejected_windows": 0, "window_energies_j": [8.053677192575192e-05, 8.013037597288686e-05, 8.071788273615667e-05, 8.036170982527801e-05, 8.037333665430937e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.8907689965000003, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8294551240001056, "paired": {"figures": {"energy": 8.14185628276091e-05, "latency": 0.02309714818301102}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.0046201137648904655}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8225, "test_accuracy": 0.8253, "val_curve": [0.6985, 0.7711666666666667, 0.7736666666666666, 0.8066666666666666, 0.819, 0.8225], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 9.831087497000226, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 68.27523750535985, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 68.27523750535985}, "train_energy_net_j": 68.27523750535985, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c16_se-ir_r1_k3_s2_e1_c40_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2194, "inference_params": 2106, "macs": 117600, "static_costs": {"params": 2194.0, "macs": 117600.0, "peak_memory": 18816.0, "energy": 5.405660046729113e-05, "latency": 0.015312999948946526}, "dataflow": {"joules": 1.295076e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.015312999948946526, "latency_ms_p90": 0.015572999927826459, "latency_ms_iqr": 0.0001809999048418831, "cpu_ms_per_call": 0.015498628757370783, "energy_j": 5.405660046729113e-05, "energy_cv": 0.005187035869451643, "energy_source": "model:cpu-ccf", "runs_per_window": 3210, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003488939035682259, "windows": 5, "cpu_pressure": 0.00027942926014654004, "load_average": 1.931640625, "rejected_windows": 0, "window_energies_j": [5.474855944931217e-05, 5.447402967032818e-05, 5.3979180080371e-05, 5.405660046729113e-05, 5.424520065079774e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.7942928484999943, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0895702940001684, "paired": {"figures": {"energy": 5.5188530686881484e-05, "latency": 0.015651077796791195}, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.03492938123946421}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7551666666666667, "test_accuracy": 0.751, "val_curve": [0.566, 0.6106666666666667, 0.664, 0.703, 0.738, 0.7551666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 4.4632989019996785, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 30.674434274120202, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 30.674434274120202}, "train_energy_net_j": 30.674434274120202, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e6_c16_se_hs-ir_r1_k7_s2_e1_c32_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 25650, "inference_params": 25042, "macs": 1846096, "static_costs": {"params": 25650.0, "macs": 1846096.0, "peak_memory": 163072.0, "energy": 0.00022106259848557114, "latency": 0.062493000314134406}, "dataflow": {"joules": 0.00014291984159999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.062493000314134406, "latency_ms_p90": 0.06313399990176549, "latency_ms_iqr": 0.00045100023271515965, "cpu_ms_per_call": 0.06320518551461585, "energy_j": 0.00022106259848557114, "energy_cv": 0.0022018541521967683, "energy_source": "model:cpu-ccf", "runs_per_window": 787, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0007036505345088262, "windows": 5, "cpu_pressure": 0.00031895945219976223, "load_average": 1.9375, "rejected_windows": 0, "window_energies_j": [0.00022055616899618977, 0.00022106259848557114, 0.00022121814930115542, 0.0002214875973461544, 0.00022203437404091984]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.960761664000014, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8490212219999194, "paired": {"figures": {"energy": 0.000223649233510728, "latency": 0.06315423652752802}, "with_trials": [1], "rounds": 5, "ratio_spread": 0.013661662499389493}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.83, "test_accuracy": 0.8281, "val_curve": [0.6561666666666667, 0.7773333333333333, 0.6916666666666667, 0.8018333333333333, 0.8188333333333333, 0.83], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 34.09978503699995, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 235.56844287451975, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 235.56844287451975}, "train_energy_net_j": 235.56844287451975, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c8_hs-ir_r1_k7_s2_e1_c40_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 1786, "inference_params": 1698, "macs": 102840, "static_costs": {"params": 1786.0, "macs": 102840.0, "peak_memory": 18816.0, "energy": 6.15517435807305e-05, "latency": 0.017456000023230445}, "dataflow": {"joules": 1.4115264e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.017456000023230445, "latency_ms_p90": 0.01764699982231832, "latency_ms_iqr": 0.0001599996721779462, "cpu_ms_per_call": 0.017697504424777796, "energy_j": 6.15517435807305e-05, "energy_cv": 0.0038741996970573984, "energy_source": "model:cpu-ccf", "runs_per_window": 2825, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0063283651011589725, "windows": 5, "cpu_pressure": 0.004645151124092994, "load_average": 2.01708984375, "rejected_windows": 0, "window_energies_j": [6.200277028469663e-05, 6.195473772841224e-05, 6.194126548672228e-05, 6.142184987636697e-05, 6.15517435807305e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9950427620000042, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.28550569900016853, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7491666666666666, "test_accuracy": 0.7488, "val_curve": [0.6121666666666666, 0.6501666666666667, 0.7261666666666666, 0.7395, 0.7361666666666666, 0.7491666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 4.728817679000258, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 32.82949768272033, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 32.82949768272033}, "train_energy_net_j": 32.82949768272033, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e3_c8_se_hs-ir_r3_k3_s2_e6_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 21722, "inference_params": 20914, "macs": 1164864, "static_costs": {"params": 21722.0, "macs": 1164864.0, "peak_memory": 61152.0, "energy": 0.00014166274857144246, "latency": 0.04005900018455577}, "dataflow": {"joules": 9.16341744e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04005900018455577, "latency_ms_p90": 0.040639999951963546, "latency_ms_iqr": 0.00037099971450516023, "cpu_ms_per_call": 0.04054315072932299, "energy_j": 0.00014166274857144246, "energy_cv": 0.006036608717647263, "energy_source": "model:cpu-ccf", "runs_per_window": 1225, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0016820157987251783, "windows": 5, "cpu_pressure": 0.00743451018708144, "load_average": 1.93408203125, "rejected_windows": 0, "window_energies_j": [0.0001434188675742653, 0.00014108127155455503, 0.00014166274857144246, 0.00014190102755263045, 0.00014295455065898498]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8788299970000253, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.116508180999972, "paired": {"figures": {"energy": 0.00014220932865390023, "latency": 0.04019780501435468}, "with_trials": [1, 3], "rounds": 5, "ratio_spread": 0.025547054512879086}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8373333333333334, "test_accuracy": 0.8359, "val_curve": [0.6828333333333333, 0.742, 0.813, 0.8066666666666666, 0.8351666666666666, 0.8373333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.903171009999824, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 110.43800705491962, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 110.43800705491962}, "train_energy_net_j": 110.43800705491962, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e1_c8_hs-ir_r3_k5_s2_e1_c32_se_hs-ir_r1_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9562, "inference_params": 9266, "macs": 318136, "static_costs": {"params": 9562.0, "macs": 318136.0, "peak_memory": 25088.0, "energy": 9.455808283378581e-05, "latency": 0.02659899973878055}, "dataflow": {"joules": 3.03572256e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02659899973878055, "latency_ms_p90": 0.026949999664793722, "latency_ms_iqr": 0.0003010000000358559, "cpu_ms_per_call": 0.027037016875339936, "energy_j": 9.455808283378581e-05, "energy_cv": 0.00749946480812089, "energy_source": "model:cpu-ccf", "runs_per_window": 1847, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0007558976214607771, "windows": 5, "cpu_pressure": 0.0037272848894281765, "load_average": 1.94921875, "rejected_windows": 0, "window_energies_j": [9.467112520255911e-05, 9.455808283378581e-05, 9.479531131541613e-05, 9.462955906368976e-05, 9.290582430970982e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9081121170000017, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1212108290001197, "paired": {"figures": {"energy": 9.325670536270881e-05, "latency": 0.026406647503191383}, "with_trials": [1, 5], "rounds": 5, "ratio_spread": 0.028182425320169235}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8453333333333334, "test_accuracy": 0.8341, "val_curve": [0.7196666666666667, 0.8048333333333333, 0.808, 0.826, 0.8435, 0.8453333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.077259657000013, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 41.75439350076059, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 41.75439350076059}, "train_energy_net_j": 41.75439350076059, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e6_c16_hs-ir_r1_k3_s2_e6_c48_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 32626, "inference_params": 31890, "macs": 3801376, "static_costs": {"params": 32626.0, "macs": 3801376.0, "peak_memory": 163072.0, "energy": 0.0002289552206851172, "latency": 0.06480699994426686}, "dataflow": {"joules": 0.0001846741296, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06480699994426686, "latency_ms_p90": 0.0654479999866453, "latency_ms_iqr": 0.0005300003067532089, "cpu_ms_per_call": 0.06546876178010252, "energy_j": 0.0002289552206851172, "energy_cv": 0.0016056432453292694, "energy_source": "model:cpu-ccf", "runs_per_window": 760, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008099642571446353, "windows": 5, "cpu_pressure": 0.00021976505796648878, "load_average": 1.95068359375, "rejected_windows": 0, "window_energies_j": [0.00022982873447817653, 0.00022872957375973628, 0.0002292170124999627, 0.0002291406662303588, 0.0002289552206851172]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.9346446605000125, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8415735379999205, "paired": {"figures": {"energy": 0.00023203305437619545, "latency": 0.06562086759592295}, "with_trials": [6], "rounds": 5, "ratio_spread": 0.02187251396033929}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8576666666666667, "test_accuracy": 0.8608, "val_curve": [0.7146666666666667, 0.7153333333333334, 0.8231666666666667, 0.8233333333333334, 0.8505, 0.8576666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 47.54329101500025, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 329.9486712308801, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 329.9486712308801}, "train_energy_net_j": 329.9486712308801, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c16_se_hs-ir_r3_k3_s2_e1_c32_se_hs-ir_r1_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 9618, "inference_params": 9290, "macs": 328448, "static_costs": {"params": 9618.0, "macs": 328448.0, "peak_memory": 37632.0, "energy": 0.00012231872752808352, "latency": 0.03462099994067103}, "dataflow": {"joules": 3.710746079999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03462099994067103, "latency_ms_p90": 0.0351230000887881, "latency_ms_iqr": 0.0003609998202591669, "cpu_ms_per_call": 0.03509229175477011, "energy_j": 0.00012231872752808352, "energy_cv": 0.003018184625803376, "energy_source": "model:cpu-ccf", "runs_per_window": 1424, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004122783352991544, "windows": 5, "cpu_pressure": 0.0002996230921255961, "load_average": 1.978515625, "rejected_windows": 0, "window_energies_j": [0.00012323166595893328, 0.00012227236068400863, 0.0001228230211416954, 0.00012294831460671435, 0.00012231872752808352]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.027354229500048, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1566265090000343, "paired": {"figures": {"energy": 0.00012281960479039713, "latency": 0.0348183861956917}, "with_trials": [6, 7], "rounds": 5, "ratio_spread": 0.015844838348909596}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.847, "test_accuracy": 0.8426, "val_curve": [0.7428333333333333, 0.8083333333333333, 0.8303333333333334, 0.8405, 0.8433333333333334, 0.847], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.2537663120001525, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 50.39803686059997, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 50.39803686059997}, "train_energy_net_j": 50.39803686059997, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8_se-ir_r1_k3_s2_e1_c16_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 962, "inference_params": 914, "macs": 50984, "static_costs": {"params": 962.0, "macs": 50984.0, "peak_memory": 18816.0, "energy": 5.2989035290550955e-05, "latency": 0.014931999885448022}, "dataflow": {"joules": 8.5311264e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.014931999885448022, "latency_ms_p90": 0.01515199983259663, "latency_ms_iqr": 0.00015099976735655218, "cpu_ms_per_call": 0.01514828839755864, "energy_j": 5.2989035290550955e-05, "energy_cv": 0.003602355858801967, "energy_source": "model:cpu-ccf", "runs_per_window": 3289, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0005656660994093343, "windows": 5, "cpu_pressure": 0.0009192154128771382, "load_average": 1.982421875, "rejected_windows": 0, "window_energies_j": [5.319911036787803e-05, 5.330865787049677e-05, 5.2751876545069496e-05, 5.2989035290550955e-05, 5.3019009391455226e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.819847720499965, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.094845193999845, "paired": {"figures": {"energy": 5.1291191264266924e-05, "latency": 0.014563462906044971}, "with_trials": [0, 2], "rounds": 5, "ratio_spread": 0.0160469729974988}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6501666666666667, "test_accuracy": 0.6542, "val_curve": [0.386, 0.5121666666666667, 0.6185, 0.6371666666666667, 0.6438333333333334, 0.6501666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 3.1369891269996515, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 21.80937080576012, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 21.80937080576012}, "train_energy_net_j": 21.80937080576012, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e1_c16_se_hs-ir_r3_k3_s2_e1_c32_se_hs-ir_r1_k3_s2_e1_c56_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 17018, "inference_params": 16594, "macs": 365200, "static_costs": {"params": 17018.0, "macs": 365200.0, "peak_memory": 18816.0, "energy": 0.00010960521806164793, "latency": 0.03101599986621295}, "dataflow": {"joules": 3.579972e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03101599986621295, "latency_ms_p90": 0.031337000109488145, "latency_ms_iqr": 0.00022000040189595893, "cpu_ms_per_call": 0.031325329993715074, "energy_j": 0.00010960521806164793, "energy_cv": 0.00251476205539657, "energy_source": "model:cpu-ccf", "runs_per_window": 1589, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0003050668293551606, "windows": 5, "cpu_pressure": 0.005875639335487637, "load_average": 1.98388671875, "rejected_windows": 0, "window_energies_j": [0.00011030672750316123, 0.00010956370650735843, 0.00010960521806164793, 0.00010963865497800277, 0.00010986833900437629]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1328788275000505, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3246882989997175, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.832, "test_accuracy": 0.8262, "val_curve": [0.715, 0.7748333333333334, 0.792, 0.8206666666666667, 0.8298333333333333, 0.832], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.835776533000171, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 47.478646444200265, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 47.478646444200265}, "train_energy_net_j": 47.478646444200265, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e1_c16_se_hs-ir_r3_k3_s2_e6_c32_se_hs-ir_r3_k3_s2_e1_c56", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 89906, "inference_params": 88458, "macs": 2244816, "static_costs": {"params": 89906.0, "macs": 2244816.0, "peak_memory": 94080.0, "energy": 0.0002561401264632244, "latency": 0.07205800011433894}, "dataflow": {"joules": 0.00018112275359999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07205800011433894, "latency_ms_p90": 0.07368999968093704, "latency_ms_iqr": 0.0009810000847210176, "cpu_ms_per_call": 0.07324120851690642, "energy_j": 0.0002561401264632244, "energy_cv": 0.004623080843686216, "energy_source": "model:cpu-ccf", "runs_per_window": 681, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0007968425282143254, "windows": 5, "cpu_pressure": 0.011157648329402147, "load_average": 1.98681640625, "rejected_windows": 0, "window_energies_j": [0.00025870494427941254, 0.00025770105735419105, 0.0002563442298091725, 0.0002561401264632244, 0.0002553919970717524]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.203601446499974, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9177482000000055, "paired": {"figures": {"energy": 0.00025702719078009664, "latency": 0.07256977385747806}, "with_trials": [7], "rounds": 5, "ratio_spread": 0.026700643941223623}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8725, "test_accuracy": 0.8675, "val_curve": [0.7625, 0.8125, 0.8435, 0.8615, 0.8651666666666666, 0.8725], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.31275050799968, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 127.06654537316008, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 127.06654537316008}, "train_energy_net_j": 127.06654537316008, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8-ir_r1_k3_s2_e1_c16_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 818, "inference_params": 770, "macs": 50856, "static_costs": {"params": 818.0, "macs": 50856.0, "peak_memory": 18816.0, "energy": 4.561756993189567e-05, "latency": 0.012899000012112083}, "dataflow": {"joules": 8.4161376e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.012899000012112083, "latency_ms_p90": 0.013089000276522711, "latency_ms_iqr": 0.00014999977793195285, "cpu_ms_per_call": 0.013071678254018993, "energy_j": 4.561756993189567e-05, "energy_cv": 0.00451380605536368, "energy_source": "model:cpu-ccf", "runs_per_window": 3818, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0029222064518081847, "windows": 5, "cpu_pressure": 0.0002997428985261115, "load_average": 1.91064453125, "rejected_windows": 0, "window_energies_j": [4.590772016778226e-05, 4.5878185522161764e-05, 4.5750873889066465e-05, 4.561756993189567e-05, 4.534156696883769e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8036892110000475, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.090214418999949, "paired": {"figures": {"energy": 4.325617706735574e-05, "latency": 0.012268120190827549}, "with_trials": [0, 9], "rounds": 5, "ratio_spread": 0.03160758023127186}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.6816666666666666, "test_accuracy": 0.6837, "val_curve": [0.434, 0.5061666666666667, 0.5121666666666667, 0.6123333333333333, 0.6816666666666666, 0.6753333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 2.9143514980000873, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 20.248424487879888, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 20.248424487879888}, "train_energy_net_j": 20.248424487879888, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e1_c16_se_hs-ir_r3_k3_s2_e1_c32_se-ir_r3_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 21074, "inference_params": 20522, "macs": 448512, "static_costs": {"params": 21074.0, "macs": 448512.0, "peak_memory": 37632.0, "energy": 0.0001577659527036893, "latency": 0.044085999888920924}, "dataflow": {"joules": 4.98069552e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.044085999888920924, "latency_ms_p90": 0.04462329980015056, "latency_ms_iqr": 0.00033999958759522997, "cpu_ms_per_call": 0.0450919746835563, "energy_j": 0.0001577659527036893, "energy_cv": 0.008836376435655586, "energy_source": "model:cpu-ccf", "runs_per_window": 1106, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0003546943291550253, "windows": 5, "cpu_pressure": 0.0003597147318281849, "load_average": 1.83740234375, "rejected_windows": 0, "window_energies_j": [0.00016118211645102146, 0.0001577659527036893, 0.0001585479699999904, 0.0001572292307007342, 0.00015782191139244705]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2381111120000128, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.35452747800036377, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8386666666666667, "test_accuracy": 0.8363, "val_curve": [0.7666666666666667, 0.7848333333333334, 0.797, 0.8231666666666667, 0.833, 0.8386666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.171665944999859, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 70.6184367497204, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 70.6184367497204}, "train_energy_net_j": 70.6184367497204, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e3_c16_se_hs-ir_r3_k3_s2_e1_c32_se-ir_r3_k3_s2_e6_c48_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 193986, "inference_params": 191946, "macs": 2264688, "static_costs": {"params": 193986.0, "macs": 2264688.0, "peak_memory": 87808.0, "energy": 0.0003213395467897799, "latency": 0.08905300001060823}, "dataflow": {"joules": 0.0002380137648, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08905300001060823, "latency_ms_p90": 0.13629700006276835, "latency_ms_iqr": 0.0022384999738278566, "cpu_ms_per_call": 0.09847790891090782, "energy_j": 0.0003213395467897799, "energy_cv": 0.16136142934782952, "energy_source": "model:cpu-ccf", "runs_per_window": 505, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.07261208472937164, "windows": 5, "cpu_pressure": 0.001994071028608582, "load_average": 1.86279296875, "rejected_windows": 0, "window_energies_j": [0.0003213395467897799, 0.00035799690103100693, 0.0004752628315217384, 0.0003446726811881773, 0.0003138094229400989]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.3482534099999839, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.38658023300013156, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8695, "test_accuracy": 0.8597, "val_curve": [0.7943333333333333, 0.8288333333333333, 0.8306666666666667, 0.8575, 0.8588333333333333, 0.8695], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 20.097270217000187, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 139.06312650091996, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 139.06312650091996}, "train_energy_net_j": 139.06312650091996, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e1_c16_se_hs-ir_r3_k5_s2_e1_c32_se_hs-ir_r3_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 22794, "inference_params": 22226, "macs": 564672, "static_costs": {"params": 22794.0, "macs": 564672.0, "peak_memory": 37632.0, "energy": 0.00016006700045996316, "latency": 0.04529800025920849}, "dataflow": {"joules": 5.5536091200000004e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04529800025920849, "latency_ms_p90": 0.045869000132370275, "latency_ms_iqr": 0.00038100006349850446, "cpu_ms_per_call": 0.045802855311194435, "energy_j": 0.00016006700045996316, "energy_cv": 0.002776375106717219, "energy_source": "model:cpu-ccf", "runs_per_window": 1087, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0015180713608620167, "windows": 5, "cpu_pressure": 0.00023970988392144006, "load_average": 1.97021484375, "rejected_windows": 0, "window_energies_j": [0.0001611828153774928, 0.0001606733785779411, 0.00015996061187227136, 0.00016006700045996316, 0.00016030999358918052]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.207981819999958, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2054608820003523, "paired": {"figures": {"energy": 0.00016074304468633385, "latency": 0.04551030455262899}, "with_trials": [8, 7], "rounds": 5, "ratio_spread": 0.015986644351449364}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8528333333333333, "test_accuracy": 0.8504, "val_curve": [0.7685, 0.8166666666666667, 0.8263333333333334, 0.8418333333333333, 0.8523333333333334, 0.8528333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 10.332621817000017, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 71.6547854001999, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 71.6547854001999}, "train_energy_net_j": 71.6547854001999, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c16", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 506, "inference_params": 474, "macs": 53472, "static_costs": {"params": 506.0, "macs": 53472.0, "peak_memory": 18816.0, "energy": 3.151852251440078e-05, "latency": 0.008912999874155503}, "dataflow": {"joules": 7.1957712e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.008912999874155503, "latency_ms_p90": 0.009013000180857489, "latency_ms_iqr": 8.9999502961291e-05, "cpu_ms_per_call": 0.009005960720717642, "energy_j": 3.151852251440078e-05, "energy_cv": 0.001541270547506072, "energy_source": "model:cpu-ccf", "runs_per_window": 5550, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 7.424231608266219e-05, "windows": 5, "cpu_pressure": 0.000619473744661071, "load_average": 1.97509765625, "rejected_windows": 0, "window_energies_j": [3.1453735848872556e-05, 3.160588056312452e-05, 3.152086252251175e-05, 3.153734327412034e-05, 3.151852251440078e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.8188940534999882, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8080471180001041, "paired": {"figures": {"energy": 3.072294693146287e-05, "latency": 0.008685244869264693}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.0902865015938088}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5853333333333334, "test_accuracy": 0.5945, "val_curve": [0.3408333333333333, 0.49566666666666664, 0.48483333333333334, 0.5086666666666667, 0.5735, 0.5853333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 2.38452375199995, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 16.56706534103982, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 16.56706534103982}, "train_energy_net_j": 16.56706534103982, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c16_se_hs-ir_r3_k5_s2_e1_c32_se_hs-ir_r3_k3_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 28890, "inference_params": 28162, "macs": 1181888, "static_costs": {"params": 28890.0, "macs": 1181888.0, "peak_memory": 87808.0, "energy": 0.00022260358035719463, "latency": 0.0628985001185356}, "dataflow": {"joules": 0.0001031056848, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0628985001185356, "latency_ms_p90": 0.06370500022967462, "latency_ms_iqr": 0.0005009997039451264, "cpu_ms_per_call": 0.06361685549872195, "energy_j": 0.00022260358035719463, "energy_cv": 0.0021131380831478108, "energy_source": "model:cpu-ccf", "runs_per_window": 783, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0002489352967425251, "windows": 5, "cpu_pressure": 0.0002198231610598699, "load_average": 1.81689453125, "rejected_windows": 0, "window_energies_j": [0.00022296293790012985, 0.0002224188271910373, 0.00022265899424552682, 0.00022375423116304013, 0.00022260358035719463]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.333311723999927, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2417133499998272, "paired": {"figures": {"energy": 0.0002231180487042045, "latency": 0.06309894793405842}, "with_trials": [15, 7], "rounds": 5, "ratio_spread": 0.2896961103443705}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8593333333333333, "test_accuracy": 0.8549, "val_curve": [0.7816666666666666, 0.8261666666666667, 0.8413333333333334, 0.851, 0.8523333333333334, 0.8593333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.485741661000247, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 107.46450745704028, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 107.46450745704028}, "train_energy_net_j": 107.46450745704028, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e1_c16-ir_r3_k5_s2_e3_c32_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 34234, "inference_params": 33578, "macs": 1318000, "static_costs": {"params": 34234.0, "macs": 1318000.0, "peak_memory": 50176.0, "energy": 0.00014245760384304555, "latency": 0.0403200001528603}, "dataflow": {"joules": 9.40494e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0403200001528603, "latency_ms_p90": 0.040891000026022084, "latency_ms_iqr": 0.0003699997250805609, "cpu_ms_per_call": 0.04092901472980699, "energy_j": 0.00014245760384304555, "energy_cv": 0.0037571427678792504, "energy_source": "model:cpu-ccf", "runs_per_window": 1222, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005573221013556173, "windows": 5, "cpu_pressure": 0.0001997630730061649, "load_average": 1.85205078125, "rejected_windows": 0, "window_energies_j": [0.00014325155155432446, 0.00014384290736151864, 0.00014244544828992156, 0.00014245760384304555, 0.0001432930302780063]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.08148837600001, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1693425440003011, "paired": {"figures": {"energy": 0.00014437001116528967, "latency": 0.040918120115284826}, "with_trials": [8, 15], "rounds": 5, "ratio_spread": 0.01327420807744728}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8541666666666666, "test_accuracy": 0.8532, "val_curve": [0.7278333333333333, 0.7373333333333333, 0.8156666666666667, 0.8331666666666667, 0.8438333333333333, 0.8541666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.10228627000015, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 90.89575885207977, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 90.89575885207977}, "train_energy_net_j": 90.89575885207977, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c16_se_hs-ir_r3_k5_s2_e1_c24_se-ir_r3_k3_s2_e6_c48", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 81746, "inference_params": 79954, "macs": 1593248, "static_costs": {"params": 81746.0, "macs": 1593248.0, "peak_memory": 39936.0, "energy": 0.00019247018646863898, "latency": 0.05431099998531863}, "dataflow": {"joules": 0.0001256367408, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05431099998531863, "latency_ms_p90": 0.05512200004886836, "latency_ms_iqr": 0.00047100002120714635, "cpu_ms_per_call": 0.05513992000001306, "energy_j": 0.00019247018646863898, "energy_cv": 0.0022393011593297256, "energy_source": "model:cpu-ccf", "runs_per_window": 907, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002699293542230752, "windows": 5, "cpu_pressure": 0.0003387114940569022, "load_average": 1.80517578125, "rejected_windows": 0, "window_energies_j": [0.00019247018646863898, 0.00019298972000004571, 0.00019217056201920662, 0.00019337170999995755, 0.00019305481367179215]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.162845190000212, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.193105593999917, "paired": {"figures": {"energy": 0.0001906747789588823, "latency": 0.05413735853565689}, "with_trials": [18, 17], "rounds": 5, "ratio_spread": 0.01893832532586126}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8611666666666666, "test_accuracy": 0.8563, "val_curve": [0.75, 0.8211666666666667, 0.8351666666666666, 0.851, 0.8481666666666666, 0.8611666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.942593923999993, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 96.2818609438798, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 96.2818609438798}, "train_energy_net_j": 96.2818609438798, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(21,21,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e1_c8_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 346, "inference_params": 322, "macs": 40848, "static_costs": {"params": 346.0, "macs": 40848.0, "peak_memory": 18816.0, "energy": 3.330787375764855e-05, "latency": 0.009423999927093973}, "dataflow": {"joules": 6.014500799999999e-06, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.009423999927093973, "latency_ms_p90": 0.009534999662719201, "latency_ms_iqr": 8.999995770864189e-05, "cpu_ms_per_call": 0.009526454423845181, "energy_j": 3.330787375764855e-05, "energy_cv": 0.0013019526967580437, "energy_source": "model:cpu-ccf", "runs_per_window": 5233, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001042297868131481, "windows": 5, "cpu_pressure": 0.00025953041604520475, "load_average": 1.8486328125, "rejected_windows": 0, "window_energies_j": [3.330787375764855e-05, 3.3269648060095235e-05, 3.3342590483458137e-05, 3.340064160297759e-05, 3.33432399197413e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.948671094000133, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2716081700000359, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.5406666666666666, "test_accuracy": 0.5402, "val_curve": [0.37666666666666665, 0.45316666666666666, 0.5146666666666667, 0.5281666666666667, 0.5406666666666666], "epochs_run": 5, "stop_reason": "pareto: validation 0.541 after epoch 5 cannot pass 0.585 of trial 16, which costs no more (bound 0.578: finished curves gained at most 0.017 later, margin 0.02)", "train_seconds": 1.7425311809997766, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 12.086635661959795, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 12.086635661959795}, "train_energy_net_j": 12.086635661959795, "train_device_share": 1.0, "pareto_saved_energy_j": 2.417327132391959, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00020.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(22,22,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c16_hs-ir_r3_k5_s2_e1_c24_se-ir_r3_k3_s2_e6_c48", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 81330, "inference_params": 79538, "macs": 1592864, "static_costs": {"params": 81330.0, "macs": 1592864.0, "peak_memory": 39936.0, "energy": 0.00017242741034571168, "latency": 0.048812999921210576}, "dataflow": {"joules": 0.0001253229744, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.048812999921210576, "latency_ms_p90": 0.049484000101074344, "latency_ms_iqr": 0.00045099977796780877, "cpu_ms_per_call": 0.04930057905140545, "energy_j": 0.00017242741034571168, "energy_cv": 0.004481960147654702, "energy_source": "model:cpu-ccf", "runs_per_window": 1012, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.000722717658158567, "windows": 5, "cpu_pressure": 0.0003196301304061123, "load_average": 1.8486328125, "rejected_windows": 0, "window_energies_j": [0.00017424175024891508, 0.00017370660358556148, 0.00017232829429131947, 0.0001725520266799191, 0.00017242741034571168]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.094447003500022, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1722768029999315, "paired": {"figures": {"energy": 0.00017247370072447115, "latency": 0.048924064683587065}, "with_trials": [18, 19], "rounds": 5, "ratio_spread": 0.03653889562261181}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.86, "test_accuracy": 0.8559, "val_curve": [0.7733333333333333, 0.8166666666666667, 0.8303333333333334, 0.8483333333333334, 0.8573333333333333, 0.86], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 12.88378931499983, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 89.33097021400022, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 89.33097021400022}, "train_energy_net_j": 89.33097021400022, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00021.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(23,23,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e1_c16_hs-ir_r3_k3_s2_e6_c32_se_hs-ir_r3_k3_s2_e1_c24_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 82602, "inference_params": 81362, "macs": 2006032, "static_costs": {"params": 82602.0, "macs": 2006032.0, "peak_memory": 94080.0, "energy": 0.0002641005399698281, "latency": 0.07466199986083666}, "dataflow": {"joules": 0.00016023834719999997, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07466199986083666, "latency_ms_p90": 0.07588310013488808, "latency_ms_iqr": 0.001008750246001, "cpu_ms_per_call": 0.0755284614220313, "energy_j": 0.0002641005399698281, "energy_cv": 0.0027735846519497064, "energy_source": "model:cpu-ccf", "runs_per_window": 662, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0009431067702849738, "windows": 5, "cpu_pressure": 0.00019983187744462846, "load_average": 1.88232421875, "rejected_windows": 0, "window_energies_j": [0.0002648528141992851, 0.0002653678584473743, 0.0002641005399698281, 0.00026434961497710953, 0.00026319248947497963]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2435423629999889, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.35564500500004215, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8675, "test_accuracy": 0.8585, "val_curve": [0.7211666666666666, 0.8288333333333333, 0.8416666666666667, 0.8511666666666666, 0.86, 0.8675], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.241205017000084, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 126.45539994720005, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 126.45539994720005}, "train_energy_net_j": 126.45539994720005, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00022.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(24,24,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c16_hs-ir_r3_k5_s2_e1_c24_se-ir_r3_k3_s2_e6_c48-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 84690, "inference_params": 82834, "macs": 1642176, "static_costs": {"params": 84690.0, "macs": 1642176.0, "peak_memory": 39936.0, "energy": 0.00018132793087334976, "latency": 0.05100599992147181}, "dataflow": {"joules": 0.00012886740959999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05100599992147181, "latency_ms_p90": 0.0519569998687075, "latency_ms_iqr": 0.0006409995876310859, "cpu_ms_per_call": 0.051936072916625164, "energy_j": 0.00018132793087334976, "energy_cv": 0.004869518283809974, "energy_source": "model:cpu-ccf", "runs_per_window": 960, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0024724505081981096, "windows": 5, "cpu_pressure": 0.004349824195260898, "load_average": 1.91650390625, "rejected_windows": 0, "window_energies_j": [0.0001827067138366605, 0.00018232663385413516, 0.00018132793087334976, 0.00018016041872449202, 0.00018177625520818808]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.127262026999915, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.182608430000073, "paired": {"figures": {"energy": 0.0001756119059711952, "latency": 0.04987092724929923}, "with_trials": [21, 19], "rounds": 5, "ratio_spread": 0.035563721892078126}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8688333333333333, "test_accuracy": 0.8576, "val_curve": [0.748, 0.8143333333333334, 0.833, 0.8478333333333333, 0.8626666666666667, 0.8688333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.558200338000006, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 93.51021684332024, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 93.51021684332024}, "train_energy_net_j": 93.51021684332024, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00023.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(25,25,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e6_c8_se-ir_r2_k5_s2_e6_c48_hs-ir_r2_k5_s2_e3_c24-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 73546, "inference_params": 71954, "macs": 3194384, "static_costs": {"params": 73546.0, "macs": 3194384.0, "peak_memory": 150528.0, "energy": 0.00025067003004423716, "latency": 0.07097550019352639}, "dataflow": {"joules": 0.0001928435664, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07097550019352639, "latency_ms_p90": 0.07220999996206956, "latency_ms_iqr": 0.0010819999261002522, "cpu_ms_per_call": 0.07187144683942163, "energy_j": 0.00025067003004423716, "energy_cv": 0.0076728119374685775, "energy_source": "model:cpu-ccf", "runs_per_window": 696, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0035107264062772536, "windows": 5, "cpu_pressure": 0.0010989699794013536, "load_average": 1.935546875, "rejected_windows": 0, "window_energies_j": [0.0002541495943394776, 0.00025268879492732166, 0.00025067003004423716, 0.00024841885775255044, 0.00025155006393797575]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.121516122500054, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.180965057999856, "paired": {"figures": {"energy": 0.00024335908408332766, "latency": 0.06890625864444089}, "with_trials": [23, 11], "rounds": 5, "ratio_spread": 0.01579080343037087}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8836666666666667, "test_accuracy": 0.8802, "val_curve": [0.7748333333333334, 0.8315, 0.8456666666666667, 0.8706666666666667, 0.8811666666666667, 0.8836666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 29.670648253999843, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 205.3812484013599, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 205.3812484013599}, "train_energy_net_j": 205.3812484013599, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00024.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(26,26,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e6_c24-ir_r3_k7_s2_e3_c40_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 80666, "inference_params": 79354, "macs": 5051416, "static_costs": {"params": 80666.0, "macs": 5051416.0, "peak_memory": 244608.0, "energy": 0.00038110665973766216, "latency": 0.10767000003397698}, "dataflow": {"joules": 0.0002532767136, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10767000003397698, "latency_ms_p90": 0.10933600015050615, "latency_ms_iqr": 0.0007377499287031242, "cpu_ms_per_call": 0.10893492997823118, "energy_j": 0.00038110665973766216, "energy_cv": 0.002199195880676831, "energy_source": "model:cpu-ccf", "runs_per_window": 457, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0004345113944241863, "windows": 5, "cpu_pressure": 0.00047744088819351427, "load_average": 2.0966796875, "rejected_windows": 0, "window_energies_j": [0.0003812722549238091, 0.0003827224475990714, 0.00038110665973766216, 0.0003809855076091797, 0.00038291873574592436]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1803876559999935, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.33835686700012957, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.882, "test_accuracy": 0.8869, "val_curve": [0.7673333333333333, 0.8255, 0.837, 0.8426666666666667, 0.8771666666666667, 0.882], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 53.057629051000276, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 367.26512135500013, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 367.26512135500013}, "train_energy_net_j": 367.26512135500013, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00025.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(27,27,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k5_s1_e6_c32_se-ir_r1_k3_s2_e6_c24_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 85538, "inference_params": 84346, "macs": 6459008, "static_costs": {"params": 85538.0, "macs": 6459008.0, "peak_memory": 326144.0, "energy": 0.00042955382178213247, "latency": 0.12134600001445506}, "dataflow": {"joules": 0.0003198220368, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.12134600001445506, "latency_ms_p90": 0.1236186000824091, "latency_ms_iqr": 0.0016424999103037408, "cpu_ms_per_call": 0.12297551724141226, "energy_j": 0.00042955382178213247, "energy_cv": 0.005381819347760676, "energy_source": "model:cpu-ccf", "runs_per_window": 404, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0020032147758350938, "windows": 5, "cpu_pressure": 0.002272502151851159, "load_average": 2.09326171875, "rejected_windows": 0, "window_energies_j": [0.0004304143103449429, 0.00042809170761681965, 0.00043381221287110724, 0.00042955382178213247, 0.00043386861138440796]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1007633560000443, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31571162399995956, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.879, "test_accuracy": 0.8724, "val_curve": [0.681, 0.7328333333333333, 0.841, 0.8266666666666667, 0.8678333333333333, 0.879], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 90.24984833899998, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 622.7678862065596, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 622.7678862065596}, "train_energy_net_j": 622.7678862065596, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/cost-first-tail-0/artifacts/cost-first-tail-0-44d8808e/trial-00026.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,0.5545,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,3.16496334364200240752e-05,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,8.97300014912616461515e-03,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,0.8225,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,8.14185628276091e-05,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,2.30971481830110209054e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,7.55166666666666652751e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,5.5188530686881484273e-05,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,1.56510777967911948738e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,0.83,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,0.000223649233510728,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,6.31542365275280237479e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,7.49166666666666647422e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,6.15517435807305e-05,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,1.74560000232304446399e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,8.37333333333333373893e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,1.42209328653900230268e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,4.01978050143546802863e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.45333333333333380998e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,9.32567053627088098869e-05,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,2.64066475031913827642e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,8.57666666666666688279e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,2.3203305437619544684e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,6.56208675959229492669e-02,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,0.847,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,1.2281960479039712923e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,0.0348183861956917,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,6.50166666666666670515e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,5.12911912642669237487e-05,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,1.45634629060449709292e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,0.832,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,1.09605218061647926696e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,3.10159998662129510194e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,0.8725,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,2.57027190780096640061e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,7.25697738574780648601e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,6.81666666666666642981e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,4.32561770673557395138e-05,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,1.22681201908275486212e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,8.38666666666666671403e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,1.57765952703689299636e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,4.40859998889209236949e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,0.8695,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,3.21339546789779924827e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,8.90530000106082297861e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.52833333333333332149e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,1.60743044686333845733e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,4.55103045526289926026e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,5.85333333333333372117e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,3.07229469314628699438e-05,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,8.68524486926469316272e-03,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.59333333333333282411e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,2.23118048704204502028e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,6.30989479340584163979e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.54166666666666629659e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,1.44370011165289669017e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,4.09181201152848256219e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,8.61166666666666635876e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,1.90674778958882312155e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,5.41373585356568903792e-02,'FINITE');
INSERT INTO "trial_values" VALUES(61,21,0,5.40666666666666628771e-01,'FINITE');
INSERT INTO "trial_values" VALUES(62,21,1,3.33078737576485481687e-05,'FINITE');
INSERT INTO "trial_values" VALUES(63,21,2,9.4239999270939733833e-03,'FINITE');
INSERT INTO "trial_values" VALUES(64,22,0,0.86,'FINITE');
INSERT INTO "trial_values" VALUES(65,22,1,1.72473700724471150792e-04,'FINITE');
INSERT INTO "trial_values" VALUES(66,22,2,4.8924064683587065172e-02,'FINITE');
INSERT INTO "trial_values" VALUES(67,23,0,0.8675,'FINITE');
INSERT INTO "trial_values" VALUES(68,23,1,2.64100539969828096344e-04,'FINITE');
INSERT INTO "trial_values" VALUES(69,23,2,7.46619998608366586267e-02,'FINITE');
INSERT INTO "trial_values" VALUES(70,24,0,8.68833333333333346359e-01,'FINITE');
INSERT INTO "trial_values" VALUES(71,24,1,1.7561190597119519588e-04,'FINITE');
INSERT INTO "trial_values" VALUES(72,24,2,4.98709272492992294889e-02,'FINITE');
INSERT INTO "trial_values" VALUES(73,25,0,8.83666666666666711371e-01,'FINITE');
INSERT INTO "trial_values" VALUES(74,25,1,2.43359084083327660997e-04,'FINITE');
INSERT INTO "trial_values" VALUES(75,25,2,6.89062586444408875507e-02,'FINITE');
INSERT INTO "trial_values" VALUES(76,26,0,0.882,'FINITE');
INSERT INTO "trial_values" VALUES(77,26,1,3.81106659737662158311e-04,'FINITE');
INSERT INTO "trial_values" VALUES(78,26,2,1.07670000033976975828e-01,'FINITE');
INSERT INTO "trial_values" VALUES(79,27,0,0.879,'FINITE');
INSERT INTO "trial_values" VALUES(80,27,1,4.29553821782132467469e-04,'FINITE');
INSERT INTO "trial_values" VALUES(81,27,2,1.2134600001445505768e-01,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 22:53:04.250609','2026-12-06 22:53:08.010031');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 22:53:10.114223','2026-12-06 22:53:21.179412');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 22:53:21.278641','2026-12-06 22:53:27.262714');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 22:53:27.351955','2026-12-06 22:54:02.745557');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 22:54:02.851514','2026-12-06 22:54:08.209849');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 22:54:08.289262','2026-12-06 22:54:25.792040');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 22:54:25.905521','2026-12-06 22:54:33.598085');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 22:54:33.716252','2026-12-06 22:55:22.549396');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 22:55:22.649757','2026-12-06 22:55:31.574772');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 22:55:31.893872','2026-12-06 22:55:36.551306');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 22:55:36.639536','2026-12-06 22:55:44.151036');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 22:55:44.275810','2026-12-06 22:56:04.007456');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 22:56:04.177997','2026-12-06 22:56:08.605199');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 22:56:08.686869','2026-12-06 22:56:19.564501');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 22:56:19.736927','2026-12-06 22:56:40.581206');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 22:56:40.948325','2026-12-06 22:56:53.063813');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 22:56:53.234520','2026-12-06 22:56:56.804179');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 22:56:56.877986','2026-12-06 22:57:14.207577');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 22:57:14.385124','2026-12-06 22:57:29.252049');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 22:57:29.386624','2026-12-06 22:57:45.127595');
INSERT INTO "trials" VALUES(21,20,1,'COMPLETE','2026-12-06 22:57:45.283972','2026-12-06 22:57:47.635909');
INSERT INTO "trials" VALUES(22,21,1,'COMPLETE','2026-12-06 22:57:47.862928','2026-12-06 22:58:02.508875');
INSERT INTO "trials" VALUES(23,22,1,'COMPLETE','2026-12-06 22:58:02.660175','2026-12-06 22:58:21.613458');
INSERT INTO "trials" VALUES(24,23,1,'COMPLETE','2026-12-06 22:58:21.799607','2026-12-06 22:58:37.162913');
INSERT INTO "trials" VALUES(25,24,1,'COMPLETE','2026-12-06 22:58:37.321095','2026-12-06 22:59:08.755864');
INSERT INTO "trials" VALUES(26,25,1,'COMPLETE','2026-12-06 22:59:09.069267','2026-12-06 23:00:02.820577');
INSERT INTO "trials" VALUES(27,26,1,'COMPLETE','2026-12-06 23:00:02.964362','2026-12-06 23:01:33.878311');
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
