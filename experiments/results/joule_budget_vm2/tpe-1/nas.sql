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
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','e2e79e9e6184bfbc7d98e3aaaa38dbf61a8a1773',0);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','c50b5609dcaa920e0f66557b1c426cfcabd1dfd3',1);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','156c1ac0d5006b9d68dbaa24d2ae122e7414fbe7',2);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','e8603df3330d541f2e5772c7b044b46359a4698d',3);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','885044e1219e2c2e35ca27f090c5f32c0da58259',4);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','ae5936a2e2eb4e96b0898cc3e908eb0dd711744c',5);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','27f423ddb607d64580da2c2d6eecc8828ffad612',6);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','aa86766b6b2e06302e88cb6af0b6b57b2217d783',7);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','2b757ebd4b8907fa73f870cad55dfdb44d94c893',8);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','f5e600539df34ffc38511da8da930316f44dc146',9);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','38a5f347588fb123f8b9bfca3a627d6c745081a9',10);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','a3c84f3cc805c48d1ebed61915fed10f5c7f6a0d',11);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','3890e15f72cbaf8e69c2ca97c8525268aec7638e',12);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','3b753946d8f9e479456ed3563a39404dcf2a0535',13);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','5ed10b266c81045c0369cc7bbb592ef531b45c09',14);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','def13cbe7caaabfc9bbcca5191dd556825e20f35',15);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','8677a4aee952c281c9d013d222a36b4ca65e4cb4',16);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','6cf48c9ea52b1b1c5d4e736f6e58fb7c1406955e',17);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','fd942a3c7b59472877b434d9d947cac9ab00e1a8',18);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','4a10e736c0e5682ad4d767124041846be71a3f77',19);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','8976bbbac4bc5d8e25142d9144ef5ef2bc0d1df3',20);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','dd8046d0b37add1285a2ee5bcee62297fa402b12',23);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','022a0ae0b824a8e3063ee01d8a6cf5ec038f3c4c',24);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','242d18c4a15df164d2bb496a402f9bf69fb014a8',25);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','e50aefb158e4685f4ef4f6997a63d8b2252fe582',26);
INSERT INTO "nas_arch_claims" VALUES('8eebaee49c7049648f0a886392c80c16','b3315da29098dad62c8389f141d4a651a8b582cc',28);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'tpe-1');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"tpe-1\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 1}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"tpe-1\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/tpe-1/nas.db\",\"sampler\":\"tpe\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":1,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"2683.1J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/tpe-1/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"8eebaee49c7049648f0a886392c80c16"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0002208924280644799, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.06229524979062262, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.0002208924280644799, \"latency\": 0.06229524979062262}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.000831134997630728, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.23550650030301767, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.000831134997630728, \"latency\": 0.23550650030301767}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [3.1365113550815745e-05, 0.000831134997630728], \"latency\": [0.00887300029717153, 0.23550650030301767]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','2683.1');
INSERT INTO "study_user_attributes" VALUES(8,1,'nas_final:trial-17','{"trial": 17, "reference": null, "record": {"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c16_se-ir_r2_k7_s2_e1_c32_se_hs-ir_r3_k7_s2_e6_c24_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 60642, "inference_params": 59322, "macs": 1320880, "static_costs": {"params": 60642.0, "macs": 1320880.0, "peak_memory": 49920.0}, "dataflow": null, "measurement": {"latency_ms_median": 0.058375499975227285, "latency_ms_p90": 0.06421070029318798, "latency_ms_iqr": 0.0036592502965504536, "cpu_ms_per_call": 0.06010213341329955, "energy_j": 0.0002093997667457645, "energy_cv": 0.016365965321539413, "energy_source": "model:cpu-ccf", "runs_per_window": 832, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00457354951090605, "windows": 5, "cpu_pressure": 0.002356540174841104, "load_average": 2.0048828125, "rejected_windows": 0, "window_energies_j": [0.0002164693671201229, 0.00021268722600258007, 0.0002093997667457645, 0.00020611202004724627, 0.00021035746694654842]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.9185, "test_accuracy": 0.9173, "val_curve": [0.8043333333333333, 0.8255, 0.8511666666666666, 0.8735, 0.8811666666666667, 0.8858333333333334, 0.8848333333333334, 0.8903333333333333, 0.8888333333333334, 0.8943333333333333, 0.89, 0.9043333333333333, 0.8985, 0.9058333333333334, 0.9036666666666666, 0.9065, 0.907, 0.9095, 0.9128333333333334, 0.9181666666666667, 0.918, 0.9193333333333333, 0.9176666666666666, 0.9185], "epochs_run": 24, "stop_reason": "finalized: 24 epochs", "train_seconds": 527.7019486730014, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 3595.8038135045613, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 3595.8038135045613}, "train_energy_net_j": 3595.8038135045613, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/final/trial-17.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}, "proxy": {"val_accuracy": 0.8728333333333333, "test_accuracy": 0.8681, "val_curve": [0.7765, 0.8108333333333333, 0.8531666666666666, 0.8571666666666666, 0.8658333333333333, 0.8728333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.179077628000414, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "recipe": {"epochs": 24, "batch_size": 128, "lr": 0.003, "warmup_epochs": 1.0, "weight_decay": 0.05, "label_smoothing": 0.1, "augment": "crop-flip", "seed": 0}, "interleaved_with": [], "attempt": 1, "earlier": []}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 23:23:07.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 23:23:20');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 23:24:07.000000');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 23:24:08');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 23:24:31');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 23:24:36');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 23:25:30.000000');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 23:25:34');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 23:26:22.000000');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 23:26:24');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 23:26:33');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 23:26:43');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 23:26:50');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 23:27:01');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 23:27:09');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 23:27:19');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 23:27:28');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 23:27:44');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 23:27:59');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 23:28:07');
INSERT INTO "trial_heartbeats" VALUES(21,21,'2026-12-06 23:28:42.000000');
INSERT INTO "trial_heartbeats" VALUES(22,22,'2026-12-06 23:28:51');
INSERT INTO "trial_heartbeats" VALUES(23,23,'2026-12-06 23:28:51');
INSERT INTO "trial_heartbeats" VALUES(24,24,'2026-12-06 23:28:52');
INSERT INTO "trial_heartbeats" VALUES(25,25,'2026-12-06 23:29:05');
INSERT INTO "trial_heartbeats" VALUES(26,26,'2026-12-06 23:29:12');
INSERT INTO "trial_heartbeats" VALUES(27,27,'2026-12-06 23:29:21');
INSERT INTO "trial_heartbeats" VALUES(28,28,'2026-12-06 23:29:26');
INSERT INTO "trial_heartbeats" VALUES(29,29,'2026-12-06 23:29:27');
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
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(401,21,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(402,21,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(403,21,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(404,21,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(405,21,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(406,21,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(407,21,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(408,21,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(409,21,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(410,21,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(411,21,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(412,21,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(413,21,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(414,21,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(415,21,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(416,21,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(417,21,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(418,21,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(419,21,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(420,21,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(421,22,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(422,22,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(423,22,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(424,22,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(425,22,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(426,22,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(427,22,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(428,22,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(429,22,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(430,22,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(431,22,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(432,22,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(433,22,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(434,22,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(435,22,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(436,22,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(437,22,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(438,22,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(439,22,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(440,22,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(441,23,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(442,23,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(443,23,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(444,23,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(445,23,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(446,23,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(447,23,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(448,23,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(449,23,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(450,23,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(451,23,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(452,23,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(453,23,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(454,23,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(455,23,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(456,23,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
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
INSERT INTO "trial_params" VALUES(467,24,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(468,24,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(469,24,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(470,24,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(471,24,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(472,24,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(473,24,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(474,24,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(475,24,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(476,24,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(477,24,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(478,24,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(479,24,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(480,24,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(481,25,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(482,25,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(483,25,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(484,25,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(485,25,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(486,25,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(487,25,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(488,25,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(489,25,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(490,25,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(491,25,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(492,25,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(493,25,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(494,25,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(495,25,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(496,25,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(497,25,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(498,25,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(499,25,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(500,25,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(501,26,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(502,26,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(503,26,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(504,26,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(505,26,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(506,26,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(507,26,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(508,26,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(509,26,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(510,26,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(511,26,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(512,26,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(513,26,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(514,26,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(515,26,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(516,26,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(517,26,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(518,26,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(519,26,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(520,26,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(521,27,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(522,27,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(523,27,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(524,27,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(525,27,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(526,27,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(527,27,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(528,27,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(529,27,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(530,27,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(531,27,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(532,27,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(533,27,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(534,27,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(535,27,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(536,27,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(537,27,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(538,27,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(539,27,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(540,27,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(541,28,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(542,28,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(543,28,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(544,28,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(545,28,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(546,28,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(547,28,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(548,28,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(549,28,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(550,28,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(551,28,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(552,28,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(553,28,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(554,28,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(555,28,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(556,28,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(557,28,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(558,28,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(559,28,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(560,28,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(561,29,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(562,29,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(563,29,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(564,29,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(565,29,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(566,29,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(567,29,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(568,29,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(569,29,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(570,29,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(571,29,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(572,29,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(573,29,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(574,29,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(575,29,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(576,29,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(577,29,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(578,29,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(579,29,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(580,29,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e6_c16_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 16690, "inference_params": 16338, "macs": 1959616, "static_costs": {"params": 16690.0, "macs": 1959616.0, "peak_memory": 163072.0, "energy": 0.00015585269991145618, "latency": 0.04406600055517629}, "dataflow": {"joules": 9.377163359999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04406600055517629, "latency_ms_p90": 0.044626000089920126, "latency_ms_iqr": 0.00038100006349850446, "cpu_ms_per_call": 0.044530226179586074, "energy_j": 0.00015585269991145618, "energy_cv": 0.0038899223848891714, "energy_source": "model:cpu-ccf", "runs_per_window": 1112, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 1.9837430450753146e-05, "windows": 5, "cpu_pressure": 0.014746627463421761, "load_average": 1.9072265625, "rejected_windows": 0, "window_energies_j": [0.00015669338073807414, 0.00015585579162855125, 0.00015545897437050355, 0.00015585269991145618, 0.00015710243024302445]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9729355125000003, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.27911812699949223, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.802, "test_accuracy": 0.804, "val_curve": [0.668, 0.7466666666666667, 0.763, 0.7536666666666667, 0.7965, 0.802], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 40.356361201000254, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 278.00033087699967, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 278.00033087699967}, "train_energy_net_j": 278.00033087699967, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e1_c8_hs-ir_r2_k5_s2_e3_c64_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 57466, "inference_params": 56802, "macs": 1919480, "static_costs": {"params": 57466.0, "macs": 1919480.0, "peak_memory": 87808.0, "energy": 0.00017079956634028705, "latency": 0.04825200085178949}, "dataflow": {"joules": 9.9151008e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04825200085178949, "latency_ms_p90": 0.04888300009042723, "latency_ms_iqr": 0.00042775013753271196, "cpu_ms_per_call": 0.0488774354679777, "energy_j": 0.00017079956634028705, "energy_cv": 0.0026200077668043255, "energy_source": "model:cpu-ccf", "runs_per_window": 1016, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0015893354031946139, "windows": 5, "cpu_pressure": 0.0064338989908969855, "load_average": 1.9443359375, "rejected_windows": 0, "window_energies_j": [0.00017107102413792196, 0.0001703711614783708, 0.00017126037401575653, 0.00017079956634028705, 0.0001717104219367707]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.9667310714999893, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8554534900004, "paired": {"figures": {"energy": 0.0001719595725721663, "latency": 0.04863021598430748}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.031277660641045646}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.842, "test_accuracy": 0.8339, "val_curve": [0.709, 0.7441666666666666, 0.7926666666666666, 0.8191666666666667, 0.8335, 0.842], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.444874853000329, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 106.61458060244009, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 106.61458060244009}, "train_energy_net_j": 106.61458060244009, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e6_c32_se-ir_r3_k5_s2_e3_c32_hs-ir_r2_k7_s2_e6_c64_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 233026, "inference_params": 230810, "macs": 4294912, "static_costs": {"params": 233026.0, "macs": 4294912.0, "peak_memory": 100352.0, "energy": 0.00032928262499497474, "latency": 0.09295900008510216}, "dataflow": {"joules": 0.0003033983952, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09295900008510216, "latency_ms_p90": 0.09448099990549963, "latency_ms_iqr": 0.0009914997463056352, "cpu_ms_per_call": 0.09442260076045132, "energy_j": 0.00032928262499497474, "energy_cv": 0.002931464990954065, "energy_source": "model:cpu-ccf", "runs_per_window": 529, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0036335888254750426, "windows": 5, "cpu_pressure": 0.06609875389451302, "load_average": 2.03076171875, "rejected_windows": 0, "window_energies_j": [0.0003304791026615796, 0.0003305102566036163, 0.0003287277807183295, 0.00032928262499497474, 0.0003314487442748111]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.1415058254999693, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9036251650004488, "paired": {"figures": {"energy": 0.00032125443430011663, "latency": 0.09089073882443076}, "with_trials": [1], "rounds": 5, "ratio_spread": 0.024507314671666558}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8685, "test_accuracy": 0.8681, "val_curve": [0.7591666666666667, 0.817, 0.8351666666666666, 0.851, 0.8591666666666666, 0.8685], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 29.76328794100027, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 206.27224144271997, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 206.27224144271997}, "train_energy_net_j": 206.27224144271997, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c24_se_hs-ir_r1_k3_s2_e3_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 29818, "inference_params": 29194, "macs": 2144168, "static_costs": {"params": 29818.0, "macs": 2144168.0, "peak_memory": 131712.0, "energy": 0.00022136613274315338, "latency": 0.06231299994396977}, "dataflow": {"joules": 0.0001372969728, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06231299994396977, "latency_ms_p90": 0.06387499979609856, "latency_ms_iqr": 0.0011910005923709832, "cpu_ms_per_call": 0.06397248457584215, "energy_j": 0.00022136613274315338, "energy_cv": 0.007767238916533523, "energy_source": "model:cpu-ccf", "runs_per_window": 781, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.011463195570383, "windows": 5, "cpu_pressure": 0.0003992339020837985, "load_average": 2.080078125, "rejected_windows": 0, "window_energies_j": [0.00022564028201810173, 0.00022410811459758524, 0.00022390369601544752, 0.00022136613274315338, 0.00022110333692894582]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0833221664999897, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31046361200060346, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8375, "test_accuracy": 0.8361, "val_curve": [0.6793333333333333, 0.7558333333333334, 0.783, 0.8023333333333333, 0.8315, 0.8375], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 21.372042330000113, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 148.04544211876023, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 148.04544211876023}, "train_energy_net_j": 148.04544211876023, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c16_se-ir_r1_k7_s2_e1_c24_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2258, "inference_params": 2186, "macs": 111168, "static_costs": {"params": 2258.0, "macs": 111168.0, "peak_memory": 18816.0, "energy": 5.356142723075681e-05, "latency": 0.01515300027676858}, "dataflow": {"joules": 1.2453172800000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.01515300027676858, "latency_ms_p90": 0.015322999388445169, "latency_ms_iqr": 0.00012100008461857215, "cpu_ms_per_call": 0.015345842589749303, "energy_j": 5.356142723075681e-05, "energy_cv": 0.00478047108526382, "energy_source": "model:cpu-ccf", "runs_per_window": 3254, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002782260314381002, "windows": 5, "cpu_pressure": 0.00037920102344901586, "load_average": 2.189453125, "rejected_windows": 0, "window_energies_j": [5.413074440646589e-05, 5.379088905970213e-05, 5.356142723075681e-05, 5.3710449064122556e-05, 5.3357882091392385e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.874759257999983, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8235746379996272, "paired": {"figures": {"energy": 5.3770576236368126e-05, "latency": 0.01522822476090167}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.01578425724712229}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7551666666666667, "test_accuracy": 0.7629, "val_curve": [0.582, 0.6623333333333333, 0.6826666666666666, 0.7428333333333333, 0.7551666666666667, 0.7546666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 3.6615824570008044, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 25.361991621440385, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 25.361991621440385}, "train_energy_net_j": 25.361991621440385, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e1_c32-ir_r2_k7_s2_e3_c56-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 50130, "inference_params": 49298, "macs": 3387912, "static_costs": {"params": 50130.0, "macs": 3387912.0, "peak_memory": 100352.0, "energy": 0.00017381272840109223, "latency": 0.04914349983664579}, "dataflow": {"joules": 0.00014195219519999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04914349983664579, "latency_ms_p90": 0.04980400080967229, "latency_ms_iqr": 0.0003910008672391996, "cpu_ms_per_call": 0.04970433366533387, "energy_j": 0.00017381272840109223, "energy_cv": 0.0022120867276734096, "energy_source": "model:cpu-ccf", "runs_per_window": 1004, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008770325912181853, "windows": 5, "cpu_pressure": 0.0002797749322580162, "load_average": 2.173828125, "rejected_windows": 0, "window_energies_j": [0.0001743149516936414, 0.00017400137051789744, 0.0001731530593451815, 0.00017396516782866854, 0.00017381272840109223]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9177832330000584, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1229014420005115, "paired": {"figures": {"energy": 0.00017039170868483254, "latency": 0.048261730278377483}, "with_trials": [1, 2], "rounds": 5, "ratio_spread": 0.03293926340591202}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8605, "test_accuracy": 0.861, "val_curve": [0.699, 0.771, 0.8188333333333333, 0.8205, 0.8525, 0.8605], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.598969830999522, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 156.28696768632017, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 156.28696768632017}, "train_energy_net_j": 156.28696768632017, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e1_c32_se_hs-ir_r3_k7_s2_e3_c48_se-ir_r2_k3_s2_e6_c40_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 215834, "inference_params": 213594, "macs": 5056256, "static_costs": {"params": 215834.0, "macs": 5056256.0, "peak_memory": 100352.0, "energy": 0.000390575211579345, "latency": 0.11061499935749453}, "dataflow": {"joules": 0.0003099373776, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.11061499935749453, "latency_ms_p90": 0.11205700020582299, "latency_ms_iqr": 0.0009510010841040639, "cpu_ms_per_call": 0.11177042921353655, "energy_j": 0.000390575211579345, "energy_cv": 0.0036113792714428223, "energy_source": "model:cpu-ccf", "runs_per_window": 447, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001590706859046831, "windows": 5, "cpu_pressure": 0.0011583794966002596, "load_average": 2.03271484375, "rejected_windows": 0, "window_energies_j": [0.00039341311512431135, 0.00039204052796304483, 0.0003911965022473779, 0.000390575211579345, 0.0003891939296873925]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2916035299999606, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3700787339994349, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8631666666666666, "test_accuracy": 0.8574, "val_curve": [0.7175, 0.7826666666666666, 0.8303333333333334, 0.8421666666666666, 0.862, 0.8631666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 32.98303241100075, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 228.52058134127898, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 228.52058134127898}, "train_energy_net_j": 228.52058134127898, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e6_c24_se_hs-ir_r3_k3_s2_e6_c40_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 160818, "inference_params": 158882, "macs": 5463184, "static_costs": {"params": 160818.0, "macs": 5463184.0, "peak_memory": 244608.0, "energy": 0.00047961515479385034, "latency": 0.1348509995295899}, "dataflow": {"joules": 0.00036120404639999995, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1348509995295899, "latency_ms_p90": 0.13888100002077408, "latency_ms_iqr": 0.0017179995666083414, "cpu_ms_per_call": 0.13713815151518385, "energy_j": 0.00047961515479385034, "energy_cv": 0.041257145354849124, "energy_source": "model:cpu-ccf", "runs_per_window": 363, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0007680647819634512, "windows": 5, "cpu_pressure": 0.0004580847020451523, "load_average": 2.0185546875, "rejected_windows": 0, "window_energies_j": [0.0005299134468084213, 0.0004758400557064011, 0.0004799835303031435, 0.00047961515479385034, 0.0004836583013889771]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2301242625000839, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3528101849997256, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.745, "test_accuracy": 0.7395, "val_curve": [0.673, 0.745], "epochs_run": 2, "stop_reason": "pareto: validation 0.745 after epoch 2 cannot pass 0.869 of trial 2, which costs no more (bound 0.863: finished curves gained at most 0.098 later, margin 0.02)", "train_seconds": 16.71822828400036, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 115.374414594199, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 115.374414594199}, "train_energy_net_j": 115.374414594199, "train_device_share": 1.0, "pareto_saved_energy_j": 230.748829188398, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e6_c32_hs-ir_r3_k7_s2_e3_c48-ir_r2_k3_s2_e1_c40", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 70962, "inference_params": 69642, "macs": 5027408, "static_costs": {"params": 70962.0, "macs": 5027408.0, "peak_memory": 150528.0, "energy": 0.00025251611383434597, "latency": 0.07132600057957461}, "dataflow": {"joules": 0.0002096058768, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07132600057957461, "latency_ms_p90": 0.07265000003826572, "latency_ms_iqr": 0.0004000003173132427, "cpu_ms_per_call": 0.07241685860058421, "energy_j": 0.00025251611383434597, "energy_cv": 0.04917501291838631, "energy_source": "model:cpu-ccf", "runs_per_window": 688, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003733984550060576, "windows": 5, "cpu_pressure": 0.00023947049242311472, "load_average": 1.888671875, "rejected_windows": 0, "window_energies_j": [0.00025241071075572696, 0.0002543293693751523, 0.0002850396959016213, 0.00025251611383434597, 0.00025345900510204475]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.09161205599996, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1729833270001109, "paired": {"figures": {"energy": 0.0002489286674325402, "latency": 0.0703452889222557}, "with_trials": [5, 2], "rounds": 5, "ratio_spread": 0.032941788039632325}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.871, "test_accuracy": 0.8715, "val_curve": [0.8, 0.8223333333333334, 0.8393333333333334, 0.8428333333333333, 0.871, 0.8705], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 30.053354280999883, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 208.25610790056055, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 208.25610790056055}, "train_energy_net_j": 208.25610790056055, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e1_c8_se_hs-ir_r3_k3_s2_e1_c40-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 12170, "inference_params": 11794, "macs": 545240, "static_costs": {"params": 12170.0, "macs": 545240.0, "peak_memory": 32928.0, "energy": 7.417718053778914e-05, "latency": 0.020951000806235243}, "dataflow": {"joules": 3.8323104e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.020951000806235243, "latency_ms_p90": 0.021192000531300437, "latency_ms_iqr": 0.00017999991541728377, "cpu_ms_per_call": 0.021329539018835296, "energy_j": 7.417718053778914e-05, "energy_cv": 0.00661540197831335, "energy_source": "model:cpu-ccf", "runs_per_window": 2343, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006419845357856113, "windows": 5, "cpu_pressure": 0.00021975674685917193, "load_average": 1.93359375, "rejected_windows": 0, "window_energies_j": [7.55119372012078e-05, 7.471669291553056e-05, 7.417718053778914e-05, 7.465338656592352e-05, 7.415151514501664e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.904199760999987, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1192170040003475, "paired": {"figures": {"energy": 7.39497327293386e-05, "latency": 0.020924233920176033}, "with_trials": [4, 0], "rounds": 5, "ratio_spread": 0.022433784841138227}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8141666666666667, "test_accuracy": 0.8108, "val_curve": [0.6875, 0.7373333333333333, 0.7715, 0.7935, 0.807, 0.8141666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.578316461000213, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 52.556885038040924, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 52.556885038040924}, "train_energy_net_j": 52.556885038040924, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e3_c8-ir_r2_k5_s2_e1_c16_hs-ir_r3_k3_s2_e1_c48_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 17650, "inference_params": 17090, "macs": 588632, "static_costs": {"params": 17650.0, "macs": 588632.0, "peak_memory": 75264.0, "energy": 7.520375128865881e-05, "latency": 0.02129099993908312}, "dataflow": {"joules": 5.52147072e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02129099993908312, "latency_ms_p90": 0.02154199955839431, "latency_ms_iqr": 0.00021099913283251226, "cpu_ms_per_call": 0.021512235268923548, "energy_j": 7.520375128865881e-05, "energy_cv": 0.0026173320254879342, "energy_source": "model:cpu-ccf", "runs_per_window": 2321, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0011844110306640232, "windows": 5, "cpu_pressure": 0.0003396816978687894, "load_average": 1.9443359375, "rejected_windows": 0, "window_energies_j": [7.520375128865881e-05, 7.492548338367005e-05, 7.540873352011861e-05, 7.549647167754562e-05, 7.52928234412324e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9162476220000566, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1229831540003943, "paired": {"figures": {"energy": 7.563538370733335e-05, "latency": 0.021357317626344484}, "with_trials": [9, 5], "rounds": 5, "ratio_spread": 0.025514624205950742}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8418333333333333, "test_accuracy": 0.8417, "val_curve": [0.7403333333333333, 0.7575, 0.8166666666666667, 0.8313333333333334, 0.8303333333333334, 0.8418333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.926012834000176, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 54.52580100504017, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 54.52580100504017}, "train_energy_net_j": 54.52580100504017, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c16-ir_r2_k5_s2_e1_c16_se_hs-ir_r1_k7_s2_e1_c48_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 5458, "inference_params": 5258, "macs": 259712, "static_costs": {"params": 5458.0, "macs": 259712.0, "peak_memory": 37632.0, "energy": 8.15429934272274e-05, "latency": 0.022973999875830486}, "dataflow": {"joules": 2.85076752e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.022973999875830486, "latency_ms_p90": 0.023455000700778328, "latency_ms_iqr": 0.0003409995770198293, "cpu_ms_per_call": 0.02331754172501756, "energy_j": 8.15429934272274e-05, "energy_cv": 0.009559607651511714, "energy_source": "model:cpu-ccf", "runs_per_window": 2130, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.000838853314786725, "windows": 5, "cpu_pressure": 0.00017983486842928316, "load_average": 2.107421875, "rejected_windows": 0, "window_energies_j": [8.096098820477169e-05, 8.15429934272274e-05, 8.330590385501249e-05, 8.183800917215219e-05, 8.161139603756146e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9313992094998724, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1273208669999804, "paired": {"figures": {"energy": 8.275200740821728e-05, "latency": 0.023260371670324638}, "with_trials": [10, 5], "rounds": 5, "ratio_spread": 0.033382214650277575}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8441666666666666, "test_accuracy": 0.8353, "val_curve": [0.6458333333333334, 0.7743333333333333, 0.8063333333333333, 0.8201666666666667, 0.8378333333333333, 0.8441666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.131372322999596, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 42.552016339760456, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 42.552016339760456}, "train_energy_net_j": 42.552016339760456, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c16-ir_r1_k7_s2_e1_c24_hs-ir_r3_k7_s2_e1_c48_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 18530, "inference_params": 18154, "macs": 416752, "static_costs": {"params": 18530.0, "macs": 416752.0, "peak_memory": 37632.0, "energy": 9.624241634348155e-05, "latency": 0.02717000006668968}, "dataflow": {"joules": 4.03580592e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02717000006668968, "latency_ms_p90": 0.027772000066761393, "latency_ms_iqr": 0.000362000719178468, "cpu_ms_per_call": 0.027571088202839527, "energy_j": 9.624241634348155e-05, "energy_cv": 0.007967103667088242, "energy_source": "model:cpu-ccf", "runs_per_window": 1805, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002664026696313826, "windows": 5, "cpu_pressure": 0.0004384363605578449, "load_average": 2.01025390625, "rejected_windows": 0, "window_energies_j": [9.807935112993976e-05, 9.710765732521038e-05, 9.624241634348155e-05, 9.649880870993834e-05, 9.588030501934969e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9783815470000974, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1412883399998464, "paired": {"figures": {"energy": 9.368104177750287e-05, "latency": 0.026494558643343442}, "with_trials": [11, 5], "rounds": 5, "ratio_spread": 0.037789785301238776}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8511666666666666, "test_accuracy": 0.8523, "val_curve": [0.7746666666666666, 0.823, 0.8041666666666667, 0.8403333333333334, 0.849, 0.8511666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.155417500999647, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 56.57016287351915, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 56.57016287351915}, "train_energy_net_j": 56.57016287351915, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c8-ir_r2_k5_s2_e1_c24_se_hs-ir_r1_k7_s2_e1_c32_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 5474, "inference_params": 5274, "macs": 240480, "static_costs": {"params": 5474.0, "macs": 240480.0, "peak_memory": 43904.0, "energy": 8.192607467228995e-05, "latency": 0.022893999812367838}, "dataflow": {"joules": 2.7368808e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.022893999812367838, "latency_ms_p90": 0.023274999875866342, "latency_ms_iqr": 0.00024100063455989584, "cpu_ms_per_call": 0.02348454741757946, "energy_j": 8.192607467228995e-05, "energy_cv": 0.0064003399961230474, "energy_source": "model:cpu-ccf", "runs_per_window": 2130, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0032937168089346436, "windows": 5, "cpu_pressure": 0.0006793215208436236, "load_average": 1.92822265625, "rejected_windows": 0, "window_energies_j": [8.192607467228995e-05, 8.272799094806992e-05, 8.21959159615281e-05, 8.150353397377341e-05, 8.295220284358512e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9726663479999047, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1412005590000263, "paired": {"figures": {"energy": 8.0696352448141e-05, "latency": 0.02271209969151365}, "with_trials": [10, 11], "rounds": 5, "ratio_spread": 0.02813682016214325}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8426666666666667, "test_accuracy": 0.8391, "val_curve": [0.718, 0.7791666666666667, 0.82, 0.8358333333333333, 0.8365, 0.8426666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.891835662000631, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 47.770071411680135, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 47.770071411680135}, "train_energy_net_j": 47.770071411680135, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c16_se-ir_r1_k3_s2_e6_c16_se_hs-ir_r1_k3_s2_e1_c56", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 11754, "inference_params": 11426, "macs": 547344, "static_costs": {"params": 11754.0, "macs": 547344.0, "peak_memory": 94080.0, "energy": 8.546531437717697e-05, "latency": 0.024015999770199414}, "dataflow": {"joules": 5.5425182399999996e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.024015999770199414, "latency_ms_p90": 0.02430600034131203, "latency_ms_iqr": 0.00019999970390927047, "cpu_ms_per_call": 0.024507446954803187, "energy_j": 8.546531437717697e-05, "energy_cv": 0.004049468393723072, "energy_source": "model:cpu-ccf", "runs_per_window": 2031, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003635977552984615, "windows": 5, "cpu_pressure": 0.06505938677166906, "load_average": 1.93408203125, "rejected_windows": 0, "window_energies_j": [8.6230023348232e-05, 8.52471933766521e-05, 8.546531437717697e-05, 8.577606434181115e-05, 8.594770748636196e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0657061869998472, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.305970217000322, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8385, "test_accuracy": 0.8321, "val_curve": [0.7415, 0.7798333333333334, 0.8148333333333333, 0.828, 0.8361666666666666, 0.8385], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.867496597999889, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 61.421320485120006, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 61.421320485120006}, "train_energy_net_j": 61.421320485120006, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c8-ir_r2_k7_s2_e1_c24_hs-ir_r3_k3_s2_e1_c32_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 14434, "inference_params": 13978, "macs": 372128, "static_costs": {"params": 14434.0, "macs": 372128.0, "peak_memory": 43904.0, "energy": 0.00010349502082090747, "latency": 0.029273000109242275}, "dataflow": {"joules": 3.810398879999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.029273000109242275, "latency_ms_p90": 0.029643999550899025, "latency_ms_iqr": 0.0002599999788799323, "cpu_ms_per_call": 0.02962054594273774, "energy_j": 0.00010349502082090747, "energy_cv": 0.004058682391900237, "energy_source": "model:cpu-ccf", "runs_per_window": 1681, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001709164144048092, "windows": 5, "cpu_pressure": 0.00039887211728979657, "load_average": 1.87060546875, "rejected_windows": 0, "window_energies_j": [0.00010451950752559739, 0.000103307482594812, 0.00010349502082090747, 0.00010393598129460914, 0.00010367191079958208]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.115973596499913, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3202425850004147, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8431666666666666, "test_accuracy": 0.8411, "val_curve": [0.6963333333333334, 0.7801666666666667, 0.813, 0.8246666666666667, 0.8345, 0.8431666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.67171207299998, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 60.15210188932051, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 60.15210188932051}, "train_energy_net_j": 60.15210188932051, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c24-ir_r1_k5_s2_e6_c16_hs-ir_r1_k7_s2_e1_c48_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 13634, "inference_params": 13186, "macs": 1199216, "static_costs": {"params": 13634.0, "macs": 1199216.0, "peak_memory": 141120.0, "energy": 0.00011941425567019327, "latency": 0.03375000051164534}, "dataflow": {"joules": 8.276499359999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03375000051164534, "latency_ms_p90": 0.03452199962339364, "latency_ms_iqr": 0.0005519996193470433, "cpu_ms_per_call": 0.03454791505561004, "energy_j": 0.00011941425567019327, "energy_cv": 0.007611922179870728, "energy_source": "model:cpu-ccf", "runs_per_window": 1448, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.012590180426985231, "windows": 5, "cpu_pressure": 0.0030763901023548156, "load_average": 1.89111328125, "rejected_windows": 0, "window_energies_j": [0.00011941425567019327, 0.00011916476279864646, 0.00012141656398595642, 0.00012091770269463514, 0.00012103288493719511]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.858226438500111, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1068621380009063, "paired": {"figures": {"energy": 0.00012194443829283452, "latency": 0.03444780581703659}, "with_trials": [12, 5], "rounds": 5, "ratio_spread": 0.017311356051092908}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8688333333333333, "test_accuracy": 0.8641, "val_curve": [0.7763333333333333, 0.8346666666666667, 0.8361666666666666, 0.8471666666666666, 0.8596666666666667, 0.8688333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.191143613999884, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 97.87387629728045, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 97.87387629728045}, "train_energy_net_j": 97.87387629728045, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k3_s1_e1_c16_se-ir_r2_k7_s2_e1_c32_se_hs-ir_r3_k7_s2_e6_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 60642, "inference_params": 59322, "macs": 1320880, "static_costs": {"params": 60642.0, "macs": 1320880.0, "peak_memory": 49920.0, "energy": 0.00015033377571308784, "latency": 0.04229299975122558}, "dataflow": {"joules": 9.5747448e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04229299975122558, "latency_ms_p90": 0.04305399943405064, "latency_ms_iqr": 0.0004809999154531397, "cpu_ms_per_call": 0.04296048281740849, "energy_j": 0.00015033377571308784, "energy_cv": 0.001510760150402847, "energy_source": "model:cpu-ccf", "runs_per_window": 1157, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00018568114656480894, "windows": 5, "cpu_pressure": 0.0006195307673871332, "load_average": 1.84228515625, "rejected_windows": 0, "window_energies_j": [0.00015033377571308784, 0.00015036168986092967, 0.0001502626140881114, 0.00015059312166878876, 0.00015088404986992492]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.058632893000151, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1633389750004426, "paired": {"figures": {"energy": 0.00015002491801376414, "latency": 0.042319810639069255}, "with_trials": [16, 8], "rounds": 5, "ratio_spread": 0.02013778343751005}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8728333333333333, "test_accuracy": 0.8681, "val_curve": [0.7765, 0.8108333333333333, 0.8531666666666666, 0.8571666666666666, 0.8658333333333333, 0.8728333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.179077628000414, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 91.49133493551946, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 91.49133493551946}, "train_energy_net_j": 91.49133493551946, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e1_c8-ir_r1_k5_s2_e6_c24_se_hs-ir_r1_k3_s2_e1_c56_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 7858, "inference_params": 7634, "macs": 321440, "static_costs": {"params": 7858.0, "macs": 321440.0, "peak_memory": 47040.0, "energy": 8.566717354962448e-05, "latency": 0.02414600021438673}, "dataflow": {"joules": 3.1131624e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02414600021438673, "latency_ms_p90": 0.024646999918331858, "latency_ms_iqr": 0.0003410004865145311, "cpu_ms_per_call": 0.024498595494765876, "energy_j": 8.566717354962448e-05, "energy_cv": 0.005944646461797723, "energy_source": "model:cpu-ccf", "runs_per_window": 2034, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0009094578334716275, "windows": 5, "cpu_pressure": 0.0002594166238972516, "load_average": 1.796875, "rejected_windows": 0, "window_energies_j": [8.661928737621896e-05, 8.534204754905445e-05, 8.574508423168056e-05, 8.566717354962448e-05, 8.656134396617381e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.038449978999978, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.29745801399985794, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8355, "test_accuracy": 0.832, "val_curve": [0.7096666666666667, 0.7331666666666666, 0.7993333333333333, 0.8303333333333334, 0.8266666666666667, 0.8355], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.632315030000427, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 46.04070837892055, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 46.04070837892055}, "train_energy_net_j": 46.04070837892055, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e3_c16_se-ir_r2_k3_s2_e1_c16_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 7466, "inference_params": 7210, "macs": 656032, "static_costs": {"params": 7466.0, "macs": 656032.0, "peak_memory": 87808.0, "energy": 7.901735473590144e-05, "latency": 0.022372999410436023}, "dataflow": {"joules": 4.7074747200000004e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.022372999410436023, "latency_ms_p90": 0.022774000171921216, "latency_ms_iqr": 0.0002999995558639057, "cpu_ms_per_call": 0.022726472058123847, "energy_j": 7.901735473590144e-05, "energy_cv": 0.004842375183906903, "energy_source": "model:cpu-ccf", "runs_per_window": 2196, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006647874625615113, "windows": 5, "cpu_pressure": 0.00019979093476886483, "load_average": 1.8134765625, "rejected_windows": 0, "window_energies_j": [7.987947763570463e-05, 7.901735473590144e-05, 7.954265220343346e-05, 7.963155929484145e-05, 7.886194324320051e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0368840509999302, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.297331036000287, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7346666666666667, "test_accuracy": 0.7307, "val_curve": [0.5975, 0.7346666666666667, 0.6758333333333333], "epochs_run": 3, "stop_reason": "pareto: validation 0.735 after epoch 3 cannot pass 0.842 of trial 10, which costs no more (bound 0.827: finished curves gained at most 0.073 later, margin 0.02)", "train_seconds": 4.069080576000488, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 28.167390244401027, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 28.167390244401027}, "train_energy_net_j": 28.167390244401027, "train_device_share": 1.0, "pareto_saved_energy_j": 28.167390244401027, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(21,21,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k3_s1_e1_c24_se-ir_r3_k7_s2_e6_c40_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 163210, "inference_params": 161626, "macs": 4886160, "static_costs": {"params": 163210.0, "macs": 4886160.0, "peak_memory": 141120.0, "energy": 0.00037034333932313505, "latency": 0.1046170000336133}, "dataflow": {"joules": 0.000270383736, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1046170000336133, "latency_ms_p90": 0.10725399988587014, "latency_ms_iqr": 0.0015219993656501174, "cpu_ms_per_call": 0.10652694467972516, "energy_j": 0.00037034333932313505, "energy_cv": 0.008061708010246018, "energy_source": "model:cpu-ccf", "runs_per_window": 470, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006753103918309966, "windows": 5, "cpu_pressure": 0.0005579248542991272, "load_average": 1.82861328125, "rejected_windows": 0, "window_energies_j": [0.00037583503455724686, 0.0003728443063790381, 0.00037504690322584695, 0.00037034333932313505, 0.00036772763291140854]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1988630920000105, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.34380481599964696, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8708333333333333, "test_accuracy": 0.869, "val_curve": [0.7931666666666667, 0.7838333333333334, 0.8453333333333334, 0.8448333333333333, 0.8658333333333333, 0.8708333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 38.31282108100004, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 264.5217797798804, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 264.5217797798804}, "train_energy_net_j": 264.5217797798804, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00020.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(22,22,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c24-ir_r1_k5_s2_e6_c16_hs-ir_r1_k7_s2_e1_c48_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": null, "inference_params": null, "macs": null, "static_costs": {}, "dataflow": null, "measurement": null, "energy_meter": "", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": null, "train_energy_j": 0.0, "train_energy_source": "", "train_energy_by_source": {}, "train_energy_net_j": null, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": null, "fail_reason": null, "surplus": false, "duplicate_of": 16, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(23,23,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c24-ir_r1_k5_s2_e6_c16_hs-ir_r1_k7_s2_e1_c48_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": null, "inference_params": null, "macs": null, "static_costs": {}, "dataflow": null, "measurement": null, "energy_meter": "", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": null, "train_energy_j": 0.0, "train_energy_source": "", "train_energy_by_source": {}, "train_energy_net_j": null, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": null, "fail_reason": null, "surplus": false, "duplicate_of": 16, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(24,24,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c16-ir_r1_k5_s2_e6_c24_hs-ir_r2_k7_s2_e1_c56_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 19314, "inference_params": 18834, "macs": 838032, "static_costs": {"params": 19314.0, "macs": 838032.0, "peak_memory": 94080.0, "energy": 0.00011933842788458549, "latency": 0.033650000659690704}, "dataflow": {"joules": 7.06463472e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.033650000659690704, "latency_ms_p90": 0.03412100068089785, "latency_ms_iqr": 0.0003199993443558924, "cpu_ms_per_call": 0.034226194101525914, "energy_j": 0.00011933842788458549, "energy_cv": 0.006802298226607067, "energy_source": "model:cpu-ccf", "runs_per_window": 1458, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003798034537488393, "windows": 5, "cpu_pressure": 0.0022715312318244973, "load_average": 1.91357421875, "rejected_windows": 0, "window_energies_j": [0.0001197916793553407, 0.000118970997258393, 0.00011989072602692394, 0.00011933842788458549, 0.00012136232281548172]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9721753504999526, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.139676213999337, "paired": {"figures": {"energy": 0.00011412148260664276, "latency": 0.0322764734570929}, "with_trials": [12, 16], "rounds": 5, "ratio_spread": 0.018697903781248693}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8611666666666666, "test_accuracy": 0.8543, "val_curve": [0.769, 0.8088333333333333, 0.8353333333333334, 0.8536666666666667, 0.8611666666666666, 0.8611666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 12.043631400999402, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 83.52178011071985, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 83.52178011071985}, "train_energy_net_j": 83.52178011071985, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00023.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(25,25,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c8-ir_r1_k7_s2_e1_c48_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2322, "inference_params": 2202, "macs": 170344, "static_costs": {"params": 2322.0, "macs": 170344.0, "peak_memory": 43904.0, "energy": 5.7913052166668425e-05, "latency": 0.016363999748136848}, "dataflow": {"joules": 2.1128582399999997e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.016363999748136848, "latency_ms_p90": 0.016545000107726082, "latency_ms_iqr": 0.0001410007826052606, "cpu_ms_per_call": 0.016549615615618917, "energy_j": 5.7913052166668425e-05, "energy_cv": 0.004097416249555256, "energy_source": "model:cpu-ccf", "runs_per_window": 3013, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00018307596648958757, "windows": 5, "cpu_pressure": 0.0018787084255484574, "load_average": 1.8525390625, "rejected_windows": 0, "window_energies_j": [5.8099077663155746e-05, 5.7923654654666205e-05, 5.7931497186867365e-05, 5.7913052166668425e-05, 5.739951557913612e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8562980400001265, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.106467737999992, "paired": {"figures": {"energy": 5.8282226875373816e-05, "latency": 0.016488409459028262}, "with_trials": [4, 9], "rounds": 5, "ratio_spread": 0.040649834159201426}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7635, "test_accuracy": 0.7666, "val_curve": [0.5973333333333334, 0.6831666666666667, 0.7275, 0.7496666666666667, 0.7515, 0.7635], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 4.759023855000123, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 33.000279159840225, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 33.000279159840225}, "train_energy_net_j": 33.000279159840225, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00024.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(26,26,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c24-ir_r2_k7_s2_e1_c24_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 5162, "inference_params": 4986, "macs": 378912, "static_costs": {"params": 5162.0, "macs": 378912.0, "peak_memory": 37632.0, "energy": 6.404582381996884e-05, "latency": 0.018106999959854875}, "dataflow": {"joules": 3.12503952e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.018106999959854875, "latency_ms_p90": 0.01842700021370547, "latency_ms_iqr": 0.00022000040189595893, "cpu_ms_per_call": 0.018343337857632945, "energy_j": 6.404582381996884e-05, "energy_cv": 0.005933368177660285, "energy_source": "model:cpu-ccf", "runs_per_window": 2720, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0024335494877008035, "windows": 5, "cpu_pressure": 0.0002197939958802707, "load_average": 1.86474609375, "rejected_windows": 0, "window_energies_j": [6.484178296331163e-05, 6.469503278686391e-05, 6.42016825017153e-05, 6.384414724264536e-05, 6.404582381996884e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.790313852500048, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.0853224849997787, "paired": {"figures": {"energy": 6.481362582116743e-05, "latency": 0.018251926881373684}, "with_trials": [24, 9], "rounds": 5, "ratio_spread": 0.038475367487756484}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8325, "test_accuracy": 0.8311, "val_curve": [0.6751666666666667, 0.7051666666666667, 0.7613333333333333, 0.8018333333333333, 0.8261666666666667, 0.8325], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.091745814000205, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 49.21880345824011, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 49.21880345824011}, "train_energy_net_j": 49.21880345824011, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00025.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(27,27,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c16-ir_r1_k7_s2_e1_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2506, "inference_params": 2394, "macs": 226816, "static_costs": {"params": 2506.0, "macs": 226816.0, "peak_memory": 37632.0, "energy": 4.9566434013313244e-05, "latency": 0.014040999303688295}, "dataflow": {"joules": 2.32603536e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.014040999303688295, "latency_ms_p90": 0.014281000403570943, "latency_ms_iqr": 0.00015000023267930374, "cpu_ms_per_call": 0.014182627623451106, "energy_j": 4.9566434013313244e-05, "energy_cv": 0.006512828967244987, "energy_source": "model:cpu-ccf", "runs_per_window": 3519, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0014679827228660791, "windows": 5, "cpu_pressure": 0.00031980774437817956, "load_average": 1.8056640625, "rejected_windows": 0, "window_energies_j": [5.040959945071137e-05, 4.9566434013313244e-05, 4.967487207646675e-05, 4.963919668207887e-05, 4.954946121060963e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.8781366144999367, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.824667318000138, "paired": {"figures": {"energy": 4.904046596555778e-05, "latency": 0.013912683941283567}, "with_trials": [4], "rounds": 5, "ratio_spread": 0.024349434459869368}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7706666666666667, "test_accuracy": 0.7697, "val_curve": [0.5728333333333333, 0.616, 0.7295, 0.754, 0.7675, 0.7706666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 4.517278131999774, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 31.336437874680243, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 31.336437874680243}, "train_energy_net_j": 31.336437874680243, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00026.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(28,28,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c16-ir_r1_k7_s2_e1_c24", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": null, "inference_params": null, "macs": null, "static_costs": {}, "dataflow": null, "measurement": null, "energy_meter": "", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": null, "train_energy_j": 0.0, "train_energy_source": "", "train_energy_by_source": {}, "train_energy_net_j": null, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": null, "fail_reason": null, "surplus": false, "duplicate_of": 26, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(29,29,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e3_c24-ir_r2_k7_s2_e1_c32", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 7282, "inference_params": 7082, "macs": 617720, "static_costs": {"params": 7282.0, "macs": 617720.0, "peak_memory": 37632.0, "energy": 6.908842955785658e-05, "latency": 0.01952900038304506}, "dataflow": {"joules": 3.4990511999999996e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.01952900038304506, "latency_ms_p90": 0.01998900006583426, "latency_ms_iqr": 0.00033100059226853773, "cpu_ms_per_call": 0.020001102864062887, "energy_j": 6.908842955785658e-05, "energy_cv": 0.009019275119354101, "energy_source": "model:cpu-ccf", "runs_per_window": 2498, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.013250127007112145, "windows": 5, "cpu_pressure": 0.0004995071163478294, "load_average": 1.8212890625, "rejected_windows": 0, "window_energies_j": [7.035216017840161e-05, 7.005636148920361e-05, 7.000386002422011e-05, 6.908842955785658e-05, 6.871499267325105e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8750050569997825, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1112513269999909, "paired": {"figures": {"energy": 6.913389976491316e-05, "latency": 0.01956417897389573}, "with_trials": [25, 10], "rounds": 5, "ratio_spread": 0.0681454355641502}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8346666666666667, "test_accuracy": 0.8329, "val_curve": [0.695, 0.7245, 0.7996666666666666, 0.818, 0.8326666666666667, 0.8346666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.110957075999977, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 56.26872890295989, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 56.26872890295989}, "train_energy_net_j": 56.26872890295989, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/tpe-1/artifacts/tpe-1-8eebaee4/trial-00028.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(1,1,0,0.802,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,1,1.55852699911456182802e-04,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,4.40660005551762878894e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,0.842,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,1.71959572572166313449e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,4.86302159843074802147e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,0.8685,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,3.21254434300116632674e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,9.0890738824430758469e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,0.8375,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,2.21366132743153377774e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,6.23129999439697712659e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,7.55166666666666652751e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,5.37705762363681260239e-05,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,1.52282247609016700706e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,0.8605,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,1.70391708684832540298e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,4.82617302783774834717e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.63166666666666637652e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,0.000390575211579345,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,1.10614999357494525611e-01,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,0.745,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,4.79615154793850339762e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,1.34850999529589898884e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,0.871,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,2.48928667432540210845e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,0.0703452889222557,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.14166666666666705154e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,7.39497327293386e-05,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,2.0924233920176033008e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.41833333333333322379e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,7.56353837073333527384e-05,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,2.13573176263444838851e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,8.44166666666666620777e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,8.27520074082172788117e-05,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,2.32603716703246379826e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,8.51166666666666626994e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,9.36810417775028707321e-05,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,2.64945586433434424056e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,8.42666666666666674956e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,8.0696352448141e-05,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,2.27120996915136513782e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,0.8385,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,8.54653143771769694715e-05,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,2.40159997701994143426e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.43166666666666619889e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,1.03495020820907468591e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,2.92730001092422753572e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,8.68833333333333346359e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,1.21944438292834517645e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,3.4447805817036589171e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.72833333333333349912e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,1.50024918013764139729e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,4.23198106390692552203e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,0.8355,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,8.56671735496244784145e-05,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,2.41460002143867313861e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,7.34666666666666690055e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,7.90173547359014394374e-05,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,2.23729994104360230267e-02,'FINITE');
INSERT INTO "trial_values" VALUES(61,21,0,8.70833333333333348136e-01,'FINITE');
INSERT INTO "trial_values" VALUES(62,21,1,3.70343339323135048359e-04,'FINITE');
INSERT INTO "trial_values" VALUES(63,21,2,1.04617000033613294363e-01,'FINITE');
INSERT INTO "trial_values" VALUES(64,24,0,8.61166666666666635876e-01,'FINITE');
INSERT INTO "trial_values" VALUES(65,24,1,1.14121482606642759682e-04,'FINITE');
INSERT INTO "trial_values" VALUES(66,24,2,0.0322764734570929,'FINITE');
INSERT INTO "trial_values" VALUES(67,25,0,0.7635,'FINITE');
INSERT INTO "trial_values" VALUES(68,25,1,5.82822268753738160964e-05,'FINITE');
INSERT INTO "trial_values" VALUES(69,25,2,1.64884094590282623271e-02,'FINITE');
INSERT INTO "trial_values" VALUES(70,26,0,0.8325,'FINITE');
INSERT INTO "trial_values" VALUES(71,26,1,6.48136258211674348662e-05,'FINITE');
INSERT INTO "trial_values" VALUES(72,26,2,1.82519268813736840195e-02,'FINITE');
INSERT INTO "trial_values" VALUES(73,27,0,7.70666666666666722029e-01,'FINITE');
INSERT INTO "trial_values" VALUES(74,27,1,4.90404659655577831317e-05,'FINITE');
INSERT INTO "trial_values" VALUES(75,27,2,1.39126839412835670573e-02,'FINITE');
INSERT INTO "trial_values" VALUES(76,29,0,8.3466666666666666785e-01,'FINITE');
INSERT INTO "trial_values" VALUES(77,29,1,6.91338997649131601144e-05,'FINITE');
INSERT INTO "trial_values" VALUES(78,29,2,1.9564178973895729463e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 23:22:37.762614','2026-12-06 23:23:18.750737');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 23:23:20.831034','2026-12-06 23:23:37.560245');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 23:23:37.675970','2026-12-06 23:24:08.827873');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 23:24:08.981958','2026-12-06 23:24:31.011516');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 23:24:31.125959','2026-12-06 23:24:36.002920');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 23:24:36.086578','2026-12-06 23:25:00.328524');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 23:25:00.436046','2026-12-06 23:25:34.141472');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 23:25:34.534725','2026-12-06 23:25:51.962026');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 23:25:52.177695','2026-12-06 23:26:23.942530');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 23:26:24.069284','2026-12-06 23:26:33.210624');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 23:26:33.319638','2026-12-06 23:26:42.898899');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 23:26:43.012114','2026-12-06 23:26:50.806178');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 23:26:50.922150','2026-12-06 23:27:00.777185');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 23:27:01.086323','2026-12-06 23:27:09.678885');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 23:27:09.787224','2026-12-06 23:27:19.363066');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 23:27:19.454909','2026-12-06 23:27:28.838758');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 23:27:28.965455','2026-12-06 23:27:44.841832');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 23:27:44.940800','2026-12-06 23:27:59.846211');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 23:27:59.984909','2026-12-06 23:28:07.299271');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 23:28:07.397929','2026-12-06 23:28:12.154952');
INSERT INTO "trials" VALUES(21,20,1,'COMPLETE','2026-12-06 23:28:12.253007','2026-12-06 23:28:51.317687');
INSERT INTO "trials" VALUES(22,21,1,'PRUNED','2026-12-06 23:28:51.709188','2026-12-06 23:28:51.834157');
INSERT INTO "trials" VALUES(23,22,1,'PRUNED','2026-12-06 23:28:51.843913','2026-12-06 23:28:51.993407');
INSERT INTO "trials" VALUES(24,23,1,'COMPLETE','2026-12-06 23:28:52.002654','2026-12-06 23:29:05.760221');
INSERT INTO "trials" VALUES(25,24,1,'COMPLETE','2026-12-06 23:29:05.872131','2026-12-06 23:29:12.230295');
INSERT INTO "trials" VALUES(26,25,1,'COMPLETE','2026-12-06 23:29:12.317631','2026-12-06 23:29:20.986189');
INSERT INTO "trials" VALUES(27,26,1,'COMPLETE','2026-12-06 23:29:21.072718','2026-12-06 23:29:26.858677');
INSERT INTO "trials" VALUES(28,27,1,'PRUNED','2026-12-06 23:29:26.942459','2026-12-06 23:29:27.025910');
INSERT INTO "trials" VALUES(29,28,1,'COMPLETE','2026-12-06 23:29:27.032079','2026-12-06 23:29:36.756124');
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
