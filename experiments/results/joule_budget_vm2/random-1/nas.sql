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
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','e2e79e9e6184bfbc7d98e3aaaa38dbf61a8a1773',0);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','c50b5609dcaa920e0f66557b1c426cfcabd1dfd3',1);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','156c1ac0d5006b9d68dbaa24d2ae122e7414fbe7',2);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','e8603df3330d541f2e5772c7b044b46359a4698d',3);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','885044e1219e2c2e35ca27f090c5f32c0da58259',4);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','ae5936a2e2eb4e96b0898cc3e908eb0dd711744c',5);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','27f423ddb607d64580da2c2d6eecc8828ffad612',6);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','aa86766b6b2e06302e88cb6af0b6b57b2217d783',7);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','2b757ebd4b8907fa73f870cad55dfdb44d94c893',8);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','f5e600539df34ffc38511da8da930316f44dc146',9);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','def80b9b40da1c684197b632041de8438b8a627b',10);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','13cf4a18a83e16a95fd4895e1669d7ee2d69e9ae',11);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','5e3aaef1a3aeb367f1bf5e57c874d6ba77d3c803',12);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','e06d51c41c65ef29c9dad030037e72b8c38e3853',13);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','21bb141569c7c0714f40a09ff59e14e8219652e3',14);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','1c227e53ff6abac3e8d092abcd9334134422848d',15);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','284fce2bfb8b7b0249979d0e6dfa58f2eae8076a',16);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','271541bd0c6333d02bff96f528a4732b41b790f5',17);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','ba1f25b43ccfe03ac9bbacaf6d365e903ef75b64',18);
INSERT INTO "nas_arch_claims" VALUES('677d7da7250f42f18b1f97c4bf25346f','eab81f31179030214ce35c9626c0c6743e9a027b',19);
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
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"random-1\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/random-1/nas.db\",\"sampler\":\"random\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":1,\"n_trials\":20,\"timeout_s\":null,\"budget\":null,\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget_vm2/random-1/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/random-1/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"677d7da7250f42f18b1f97c4bf25346f"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.00021970808550068118, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.06221349985935376, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.00021970808550068118, \"latency\": 0.06221349985935376}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0008311334466824671, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.2356364998377103, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0008311334466824671, \"latency\": 0.2356364998377103}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [3.141590262095531e-05, 0.0008311334466824671], \"latency\": [0.008893999620340765, 0.2356364998377103]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_final:trial-19','{"trial": 19, "reference": null, "record": {"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e1_c16-ir_r2_k3_s2_e6_c24_se-ir_r3_k5_s2_e6_c32_se_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 131522, "inference_params": 129698, "macs": 1988912, "static_costs": {"params": 131522.0, "macs": 1988912.0, "peak_memory": 94080.0}, "dataflow": null, "measurement": {"latency_ms_median": 0.09726900043460773, "latency_ms_p90": 0.11455750018285471, "latency_ms_iqr": 0.004880749429503339, "cpu_ms_per_call": 0.1021052142853162, "energy_j": 0.00035492978904656954, "energy_cv": 0.025561533455709197, "energy_source": "model:cpu-ccf", "runs_per_window": 490, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.006870262872517685, "windows": 5, "cpu_pressure": 0.00029960617367695563, "load_average": 2.09130859375, "rejected_windows": 0, "window_energies_j": [0.0003748583790193794, 0.00035492978904656954, 0.0003573682499986067, 0.00035829897954691326, 0.0003467487564356104]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.9246666666666666, "test_accuracy": 0.9213, "val_curve": [0.7926666666666666, 0.8416666666666667, 0.8516666666666667, 0.8793333333333333, 0.8795, 0.882, 0.8795, 0.8845, 0.8855, 0.9023333333333333, 0.8951666666666667, 0.8895, 0.9066666666666666, 0.9096666666666666, 0.9081666666666667, 0.9083333333333333, 0.9141666666666667, 0.9198333333333333, 0.9208333333333333, 0.9236666666666666, 0.9225, 0.9233333333333333, 0.9231666666666667, 0.9246666666666666], "epochs_run": 24, "stop_reason": "finalized: 24 epochs", "train_seconds": 742.9815325579993, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 5029.636908365802, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 5029.636908365802}, "train_energy_net_j": 5029.636908365802, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/final/trial-19.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}, "proxy": {"val_accuracy": 0.8776666666666667, "test_accuracy": 0.8745, "val_curve": [0.7833333333333333, 0.7998333333333333, 0.8488333333333333, 0.8633333333333333, 0.8716666666666667, 0.8776666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.445805204999488, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "recipe": {"epochs": 24, "batch_size": 128, "lr": 0.003, "warmup_epochs": 1.0, "weight_decay": 0.05, "label_smoothing": 0.1, "augment": "crop-flip", "seed": 0}, "interleaved_with": [], "attempt": 1, "earlier": []}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 23:09:09.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 23:09:21');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 23:10:08.000000');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 23:10:09');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-06 23:10:32');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-06 23:10:37');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-06 23:11:31.000000');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-06 23:11:37');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-06 23:12:29.000000');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-06 23:12:33');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-06 23:12:43');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-06 23:13:06');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-06 23:13:21');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-06 23:13:29');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-06 23:13:34');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-06 23:13:44');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-06 23:14:11');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-06 23:14:35');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-06 23:14:53');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-06 23:15:07');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e6_c16_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 16690, "inference_params": 16338, "macs": 1959616, "static_costs": {"params": 16690.0, "macs": 1959616.0, "peak_memory": 163072.0, "energy": 0.00015572519919426973, "latency": 0.04418600019562291}, "dataflow": {"joules": 9.377163359999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04418600019562291, "latency_ms_p90": 0.04486699981498532, "latency_ms_iqr": 0.0005510000846697949, "cpu_ms_per_call": 0.0447557527075812, "energy_j": 0.00015572519919426973, "energy_cv": 0.006613431114300962, "energy_source": "model:cpu-ccf", "runs_per_window": 1108, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005907427230944062, "windows": 5, "cpu_pressure": 0.006938116071822674, "load_average": 1.8671875, "rejected_windows": 0, "window_energies_j": [0.00015572519919426973, 0.00015493346238841228, 0.00015664513447653414, 0.00015794250813008098, 0.00015696148962093885]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9759558654999999, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2800254009998753, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.802, "test_accuracy": 0.804, "val_curve": [0.668, 0.7466666666666667, 0.763, 0.7536666666666667, 0.7965, 0.802], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 39.21387952999976, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 269.91768580435996, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 269.91768580435996}, "train_energy_net_j": 269.91768580435996, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e1_c8_hs-ir_r2_k5_s2_e3_c64_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 57466, "inference_params": 56802, "macs": 1919480, "static_costs": {"params": 57466.0, "macs": 1919480.0, "peak_memory": 87808.0, "energy": 0.00017324725891088282, "latency": 0.0490040001750458}, "dataflow": {"joules": 9.9151008e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.0490040001750458, "latency_ms_p90": 0.04949399999532034, "latency_ms_iqr": 0.0003710001692525111, "cpu_ms_per_call": 0.0495392910894711, "energy_j": 0.00017324725891088282, "energy_cv": 0.002327824896943921, "energy_source": "model:cpu-ccf", "runs_per_window": 1010, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008095937745147275, "windows": 5, "cpu_pressure": 0.00017991451182073574, "load_average": 1.93310546875, "rejected_windows": 0, "window_energies_j": [0.00017338751881314883, 0.0001738328859561866, 0.00017287828825295604, 0.00017399637936193132, 0.00017324725891088282]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.956372720000008, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8479052349994163, "paired": {"figures": {"energy": 0.00017134076944788314, "latency": 0.04864326727018577}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.025819489917100924}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.842, "test_accuracy": 0.8339, "val_curve": [0.709, 0.7441666666666666, 0.7926666666666666, 0.8191666666666667, 0.8335, 0.842], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.017860440000277, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 103.77687660568046, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 103.77687660568046}, "train_energy_net_j": 103.77687660568046, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e6_c32_se-ir_r3_k5_s2_e3_c32_hs-ir_r2_k7_s2_e6_c64_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 233026, "inference_params": 230810, "macs": 4294912, "static_costs": {"params": 233026.0, "macs": 4294912.0, "peak_memory": 100352.0, "energy": 0.0003222009990826577, "latency": 0.09107599998969818}, "dataflow": {"joules": 0.0003033983952, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09107599998969818, "latency_ms_p90": 0.09268899975722888, "latency_ms_iqr": 0.0009620002856536303, "cpu_ms_per_call": 0.09228677509294715, "energy_j": 0.0003222009990826577, "energy_cv": 0.004978940729017027, "energy_source": "model:cpu-ccf", "runs_per_window": 538, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0024913446728680455, "windows": 5, "cpu_pressure": 0.0037245243777393926, "load_average": 1.94873046875, "rejected_windows": 0, "window_energies_j": [0.00032300371282531503, 0.0003222009990826577, 0.0003240817765363003, 0.0003257564628280326, 0.0003210549031365391]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.1757945695000274, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.910646363000069, "paired": {"figures": {"energy": 0.000319522855818002, "latency": 0.09070916383411128}, "with_trials": [1], "rounds": 5, "ratio_spread": 0.0138956932756229}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8685, "test_accuracy": 0.8681, "val_curve": [0.7591666666666667, 0.817, 0.8351666666666666, 0.851, 0.8591666666666666, 0.8685], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 29.591058494999743, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 205.20304607904018, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 205.20304607904018}, "train_energy_net_j": 205.20304607904018, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c24_se_hs-ir_r1_k3_s2_e3_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 29818, "inference_params": 29194, "macs": 2144168, "static_costs": {"params": 29818.0, "macs": 2144168.0, "peak_memory": 131712.0, "energy": 0.00022443313846160425, "latency": 0.06330499991236138}, "dataflow": {"joules": 0.0001372969728, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06330499991236138, "latency_ms_p90": 0.06430599978557439, "latency_ms_iqr": 0.000711000211595092, "cpu_ms_per_call": 0.06415594716494544, "energy_j": 0.00022443313846160425, "energy_cv": 0.0018804351006276162, "energy_source": "model:cpu-ccf", "runs_per_window": 779, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0005020498152683572, "windows": 5, "cpu_pressure": 0.00019971840104905807, "load_average": 2.02783203125, "rejected_windows": 0, "window_energies_j": [0.0002236302247776602, 0.00022478420827940014, 0.00022476470731719173, 0.00022454581507730902, 0.00022443313846160425]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0999375170000292, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.31531858800008195, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8375, "test_accuracy": 0.8361, "val_curve": [0.6793333333333333, 0.7558333333333334, 0.783, 0.8023333333333333, 0.8315, 0.8375], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.633313929999986, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 156.83100724495984, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 156.83100724495984}, "train_energy_net_j": 156.83100724495984, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c16_se-ir_r1_k7_s2_e1_c24_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2258, "inference_params": 2186, "macs": 111168, "static_costs": {"params": 2258.0, "macs": 111168.0, "peak_memory": 18816.0, "energy": 5.3627705593110246e-05, "latency": 0.015073000213305932}, "dataflow": {"joules": 1.2453172800000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.015073000213305932, "latency_ms_p90": 0.015312999948946526, "latency_ms_iqr": 0.0001809999048418831, "cpu_ms_per_call": 0.015351429232194227, "energy_j": 5.3627705593110246e-05, "energy_cv": 0.046862432031356926, "energy_source": "model:cpu-ccf", "runs_per_window": 3254, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001907534891492535, "windows": 5, "cpu_pressure": 0.004989970857155799, "load_average": 2.01904296875, "rejected_windows": 0, "window_energies_j": [5.373000231267979e-05, 5.373739346006075e-05, 5.997426023392209e-05, 5.3179579611254426e-05, 5.3627705593110246e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.84997482349997, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8166295940000055, "paired": {"figures": {"energy": 5.341712244479022e-05, "latency": 0.015146427926793021}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.024719367141291304}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7551666666666667, "test_accuracy": 0.7629, "val_curve": [0.582, 0.6623333333333333, 0.6826666666666666, 0.7428333333333333, 0.7551666666666667, 0.7546666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 3.592058328999883, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 24.58308520543975, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 24.58308520543975}, "train_energy_net_j": 24.58308520543975, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e1_c32-ir_r2_k7_s2_e3_c56-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 50130, "inference_params": 49298, "macs": 3387912, "static_costs": {"params": 50130.0, "macs": 3387912.0, "peak_memory": 100352.0, "energy": 0.00016961254360412496, "latency": 0.048051999783638166}, "dataflow": {"joules": 0.00014195219519999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.048051999783638166, "latency_ms_p90": 0.048523000259592663, "latency_ms_iqr": 0.00033099968277383596, "cpu_ms_per_call": 0.04849037123420415, "energy_j": 0.00016961254360412496, "energy_cv": 0.004593079963200139, "energy_source": "model:cpu-ccf", "runs_per_window": 1029, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0006117219480639147, "windows": 5, "cpu_pressure": 0.004516714812661906, "load_average": 2.01708984375, "rejected_windows": 0, "window_energies_j": [0.0001710124032416398, 0.00016961254360412496, 0.00017113707824803327, 0.00016922322463777664, 0.00016971629931971453]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.8795013739998936, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.111116655999922, "paired": {"figures": {"energy": 0.00017158476017890286, "latency": 0.048731385309801235}, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.04831131665987787}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8605, "test_accuracy": 0.861, "val_curve": [0.699, 0.771, 0.8188333333333333, 0.8205, 0.8525, 0.8605], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.08719586899997, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 153.12473877631967, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 153.12473877631967}, "train_energy_net_j": 153.12473877631967, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e1_c32_se_hs-ir_r3_k7_s2_e3_c48_se-ir_r2_k3_s2_e6_c40_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 215834, "inference_params": 213594, "macs": 5056256, "static_costs": {"params": 215834.0, "macs": 5056256.0, "peak_memory": 100352.0, "energy": 0.00038480440949225834, "latency": 0.10845099996004137}, "dataflow": {"joules": 0.0003099373776, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10845099996004137, "latency_ms_p90": 0.11036499972760794, "latency_ms_iqr": 0.0011909996828762814, "cpu_ms_per_call": 0.11011965638768875, "energy_j": 0.00038480440949225834, "energy_cv": 0.002942227940739676, "energy_source": "model:cpu-ccf", "runs_per_window": 454, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0015966237639088998, "windows": 5, "cpu_pressure": 0.0001783058731068976, "load_average": 2.01025390625, "rejected_windows": 0, "window_energies_j": [0.00038650455764968204, 0.00038617845154129956, 0.00038480440949225834, 0.00038331065645509215, 0.00038541879735691064]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.301980372000017, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3733630850001646, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8631666666666666, "test_accuracy": 0.8574, "val_curve": [0.7175, 0.7826666666666666, 0.8303333333333334, 0.8421666666666666, 0.862, 0.8631666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 34.83018228999981, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 241.11791537184052, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 241.11791537184052}, "train_energy_net_j": 241.11791537184052, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e6_c24_se_hs-ir_r3_k3_s2_e6_c40_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 160818, "inference_params": 158882, "macs": 5463184, "static_costs": {"params": 160818.0, "macs": 5463184.0, "peak_memory": 244608.0, "energy": 0.0004794418269228755, "latency": 0.13558199998442433}, "dataflow": {"joules": 0.00036120404639999995, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.13558199998442433, "latency_ms_p90": 0.13789000013275654, "latency_ms_iqr": 0.001261999841517536, "cpu_ms_per_call": 0.13737240607733223, "energy_j": 0.0004794418269228755, "energy_cv": 0.0063716107466616516, "energy_source": "model:cpu-ccf", "runs_per_window": 362, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0028399573656854304, "windows": 5, "cpu_pressure": 0.008551861060971838, "load_average": 2.00439453125, "rejected_windows": 0, "window_energies_j": [0.0004817175844873972, 0.0004859655208331759, 0.0004808034212706628, 0.0004766009823353927, 0.0004794418269228755]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.236415393499982, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.35471868800004813, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.745, "test_accuracy": 0.7395, "val_curve": [0.673, 0.745], "epochs_run": 2, "stop_reason": "pareto: validation 0.745 after epoch 2 cannot pass 0.869 of trial 2, which costs no more (bound 0.863: finished curves gained at most 0.098 later, margin 0.02)", "train_seconds": 21.536003527000048, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 149.12304744931998, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 149.12304744931998}, "train_energy_net_j": 149.12304744931998, "train_device_share": 1.0, "pareto_saved_energy_j": 298.24609489863997, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e6_c32_hs-ir_r3_k7_s2_e3_c48-ir_r2_k3_s2_e1_c40", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 70962, "inference_params": 69642, "macs": 5027408, "static_costs": {"params": 70962.0, "macs": 5027408.0, "peak_memory": 150528.0, "energy": 0.00024622963713108394, "latency": 0.06974949974392075}, "dataflow": {"joules": 0.0002096058768, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06974949974392075, "latency_ms_p90": 0.07056499998725485, "latency_ms_iqr": 0.0006064997251087334, "cpu_ms_per_call": 0.07039267655368073, "energy_j": 0.00024622963713108394, "energy_cv": 0.006903442131612978, "energy_source": "model:cpu-ccf", "runs_per_window": 708, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0005877879222213611, "windows": 5, "cpu_pressure": 0.003054812317728394, "load_average": 1.921875, "rejected_windows": 0, "window_energies_j": [0.0002473208921987007, 0.00024520267157087945, 0.0002502013805436754, 0.00024622963713108394, 0.0002463743679378825]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.239930082499981, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2257471940001778, "paired": {"figures": {"energy": 0.00024897351247469174, "latency": 0.07069142300860011}, "with_trials": [5, 2], "rounds": 5, "ratio_spread": 0.2752395439535156}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.871, "test_accuracy": 0.8715, "val_curve": [0.8, 0.8223333333333334, 0.8393333333333334, 0.8428333333333333, 0.871, 0.8705], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 32.42388637499971, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 224.7161300746801, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 224.7161300746801}, "train_energy_net_j": 224.7161300746801, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k3_s1_e1_c8_se_hs-ir_r3_k3_s2_e1_c40-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 12170, "inference_params": 11794, "macs": 545240, "static_costs": {"params": 12170.0, "macs": 545240.0, "peak_memory": 32928.0, "energy": 7.51885530302695e-05, "latency": 0.02112200036208378}, "dataflow": {"joules": 3.8323104e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.02112200036208378, "latency_ms_p90": 0.02142200082744239, "latency_ms_iqr": 0.00020000061340397224, "cpu_ms_per_call": 0.021544000431209832, "energy_j": 7.51885530302695e-05, "energy_cv": 0.006123703930489753, "energy_source": "model:cpu-ccf", "runs_per_window": 2310, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002865442547859365, "windows": 5, "cpu_pressure": 0.031944863844123934, "load_average": 1.95361328125, "rejected_windows": 0, "window_energies_j": [7.603709691439631e-05, 7.540400150923441e-05, 7.549563857518514e-05, 7.46136474854808e-05, 7.51885530302695e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9286143855000404, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1266003210002964, "paired": {"figures": {"energy": 7.283264718801432e-05, "latency": 0.020571418758654755}, "with_trials": [4, 0], "rounds": 5, "ratio_spread": 0.029467931774852074}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8141666666666667, "test_accuracy": 0.8108, "val_curve": [0.6875, 0.7373333333333333, 0.7715, 0.7935, 0.807, 0.8141666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 7.523218665999593, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 52.154151525720884, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 52.154151525720884}, "train_energy_net_j": 52.154151525720884, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e3_c24_hs-ir_r1_k5_s2_e1_c16-ir_r3_k3_s2_e3_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 29162, "inference_params": 28234, "macs": 2527352, "static_costs": {"params": 29162.0, "macs": 2527352.0, "peak_memory": 131712.0, "energy": 0.00018168766857052559, "latency": 0.051386999984970316}, "dataflow": {"joules": 0.0001234596192, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.051386999984970316, "latency_ms_p90": 0.052097100524406414, "latency_ms_iqr": 0.00038100006349850446, "cpu_ms_per_call": 0.05213158447009151, "energy_j": 0.00018168766857052559, "energy_cv": 0.003090204148061024, "energy_source": "model:cpu-ccf", "runs_per_window": 957, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004253877441851239, "windows": 5, "cpu_pressure": 0.0005192387751873394, "load_average": 1.8134765625, "rejected_windows": 0, "window_energies_j": [0.0001829448390816762, 0.00018159678683387224, 0.00018168766857052559, 0.00018246054564532028, 0.0001828251954023214]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.075151499999933, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1689033490001748, "paired": {"figures": {"energy": 0.00018083108336489342, "latency": 0.05158042791125587}, "with_trials": [5, 8], "rounds": 5, "ratio_spread": 0.15844014582985655}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8675, "test_accuracy": 0.8649, "val_curve": [0.7563333333333333, 0.8041666666666667, 0.8236666666666667, 0.845, 0.8603333333333333, 0.8675], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 21.315225287999965, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 147.83075592700038, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 147.83075592700038}, "train_energy_net_j": 147.83075592700038, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e1_c24_hs-ir_r1_k5_s2_e1_c48_se_hs-ir_r3_k7_s2_e3_c24_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 41930, "inference_params": 40978, "macs": 1279416, "static_costs": {"params": 41930.0, "macs": 1279416.0, "peak_memory": 56448.0, "energy": 0.00013133639682548292, "latency": 0.03703499987750547}, "dataflow": {"joules": 8.523471359999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03703499987750547, "latency_ms_p90": 0.03762599953915924, "latency_ms_iqr": 0.00035999983083456755, "cpu_ms_per_call": 0.037570024981078205, "energy_j": 0.00013133639682548292, "energy_cv": 0.003433448834013352, "energy_source": "model:cpu-ccf", "runs_per_window": 1323, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0012082759396974119, "windows": 5, "cpu_pressure": 0.00029961368410760976, "load_average": 1.8779296875, "rejected_windows": 0, "window_energies_j": [0.00013250277858229531, 0.00013129829107441388, 0.0001314950874337737, 0.00013190680783726043, 0.00013133639682548292]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.065551377999981, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1658044129999325, "paired": {"figures": {"energy": 0.00013140691612706753, "latency": 0.03719915840407148}, "with_trials": [9, 1], "rounds": 5, "ratio_spread": 0.02119229594944838}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8625, "test_accuracy": 0.856, "val_curve": [0.7806666666666666, 0.8171666666666667, 0.826, 0.8465, 0.8625, 0.8623333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.36042376899968, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 92.58022248583961, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 92.58022248583961}, "train_energy_net_j": 92.58022248583961, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c32-ir_r3_k3_s2_e1_c16-ir_r2_k7_s2_e1_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 12426, "inference_params": 12058, "macs": 302080, "static_costs": {"params": 12426.0, "macs": 302080.0, "peak_memory": 31360.0, "energy": 5.7663833113661385e-05, "latency": 0.01631400027690688}, "dataflow": {"joules": 3.2810568e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.01631400027690688, "latency_ms_p90": 0.016494999727001414, "latency_ms_iqr": 0.00014099987311055884, "cpu_ms_per_call": 0.01648691394666862, "energy_j": 5.7663833113661385e-05, "energy_cv": 0.0038725884533157354, "energy_source": "model:cpu-ccf", "runs_per_window": 3027, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0007000176280202997, "windows": 5, "cpu_pressure": 0.00031967790533309905, "load_average": 1.90576171875, "rejected_windows": 0, "window_energies_j": [5.811020833423399e-05, 5.783252962717745e-05, 5.770419881334017e-05, 5.742750627687165e-05, 5.7663833113661385e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9529322804999367, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1344044770003165, "paired": {"figures": {"energy": 5.6236629423158025e-05, "latency": 0.01591324476855465}, "with_trials": [4, 9], "rounds": 5, "ratio_spread": 0.014525943977726774}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8473333333333334, "test_accuracy": 0.8425, "val_curve": [0.784, 0.8083333333333333, 0.8268333333333333, 0.8426666666666667, 0.8456666666666667, 0.8473333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 6.003771123000661, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 41.597073716359475, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 41.597073716359475}, "train_energy_net_j": 41.597073716359475, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c24_hs-ir_r1_k7_s2_e1_c48_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 10586, "inference_params": 10210, "macs": 1408536, "static_costs": {"params": 10586.0, "macs": 1408536.0, "peak_memory": 131712.0, "energy": 0.0001419642891328984, "latency": 0.039909999941301066}, "dataflow": {"joules": 9.422146559999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.039909999941301066, "latency_ms_p90": 0.0405609998779255, "latency_ms_iqr": 0.0004910007191938348, "cpu_ms_per_call": 0.04061225941080423, "energy_j": 0.0001419642891328984, "energy_cv": 0.004593444082302276, "energy_source": "model:cpu-ccf", "runs_per_window": 1224, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001258195325087641, "windows": 5, "cpu_pressure": 0.001853305785364277, "load_average": 1.84033203125, "rejected_windows": 0, "window_energies_j": [0.00014320437551529076, 0.00014308125531038563, 0.00014152069161912364, 0.0001419642891328984, 0.0001421429079378148]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.029664576499954, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.295324702000471, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7336666666666667, "test_accuracy": 0.7361, "val_curve": [0.6828333333333333, 0.7336666666666667], "epochs_run": 2, "stop_reason": "pareto: validation 0.734 after epoch 2 cannot pass 0.863 of trial 11, which costs no more (bound 0.852: finished curves gained at most 0.098 later, margin 0.02)", "train_seconds": 4.7816719259999445, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 32.70904928151954, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 32.70904928151954}, "train_energy_net_j": 32.70904928151954, "train_device_share": 1.0, "pareto_saved_energy_j": 65.41809856303908, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e3_c24-ir_r2_k5_s2_e1_c56_se_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 11890, "inference_params": 11618, "macs": 715392, "static_costs": {"params": 11890.0, "macs": 715392.0, "peak_memory": 37632.0, "energy": 0.00010382879497909408, "latency": 0.029294000341906212}, "dataflow": {"joules": 4.23610032e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.029294000341906212, "latency_ms_p90": 0.02957400010927813, "latency_ms_iqr": 0.00021000050764996558, "cpu_ms_per_call": 0.029708088532370464, "energy_j": 0.00010382879497909408, "energy_cv": 0.003716375630935888, "energy_source": "model:cpu-ccf", "runs_per_window": 1682, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0014400136708958566, "windows": 5, "cpu_pressure": 0.0016580888867463834, "load_average": 1.93359375, "rejected_windows": 0, "window_energies_j": [0.00010409346046377157, 0.000104664042219583, 0.00010348228478395327, 0.00010382879497909408, 0.00010397830986329661]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0429679084999748, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2994095270005346, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8278333333333333, "test_accuracy": 0.826, "val_curve": [0.7001666666666667, 0.7828333333333334, 0.809, 0.7915, 0.8278333333333333, 0.8278333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.940168133000043, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 62.04971730720011, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 62.04971730720011}, "train_energy_net_j": 62.04971730720011, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k7_s1_e6_c16_se-ir_r2_k5_s2_e6_c24_se-ir_r3_k3_s2_e6_c40_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 172714, "inference_params": 170634, "macs": 2845520, "static_costs": {"params": 172714.0, "macs": 2845520.0, "peak_memory": 94080.0, "energy": 0.0003124638312499428, "latency": 0.08756100032769609}, "dataflow": {"joules": 0.000243919992, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08756100032769609, "latency_ms_p90": 0.09051300021383213, "latency_ms_iqr": 0.0017430002117180265, "cpu_ms_per_call": 0.08984889407540805, "energy_j": 0.0003124638312499428, "energy_cv": 0.009707683070794898, "energy_source": "model:cpu-ccf", "runs_per_window": 557, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0064240971697608895, "windows": 5, "cpu_pressure": 0.00605397710050072, "load_average": 1.86376953125, "rejected_windows": 0, "window_energies_j": [0.0003201306139707306, 0.00031688430692197126, 0.0003124638312499428, 0.0003117873393176761, 0.0003144711292639282]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2838606479998873, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3690097690005132, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8663333333333333, "test_accuracy": 0.8659, "val_curve": [0.7155, 0.8006666666666666, 0.8236666666666667, 0.8486666666666667, 0.8603333333333333, 0.8663333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 26.295283440000276, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 182.26680349255997, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 182.26680349255997}, "train_energy_net_j": 182.26680349255997, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e6_c8-ir_r3_k5_s2_e1_c32-ir_r2_k5_s2_e6_c56_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 165890, "inference_params": 164210, "macs": 2466600, "static_costs": {"params": 165890.0, "macs": 2466600.0, "peak_memory": 81536.0, "energy": 0.00023756582786877805, "latency": 0.06712999947922071}, "dataflow": {"joules": 0.00021914616, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06712999947922071, "latency_ms_p90": 0.0684020005792263, "latency_ms_iqr": 0.0008309998520417139, "cpu_ms_per_call": 0.06812688065842419, "energy_j": 0.00023756582786877805, "energy_cv": 0.002697169192439002, "energy_source": "model:cpu-ccf", "runs_per_window": 734, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0036968887469444045, "windows": 5, "cpu_pressure": 0.0071879287361962165, "load_average": 1.9111328125, "rejected_windows": 0, "window_energies_j": [0.00023871358038145342, 0.00023756582786877805, 0.00023705801151764202, 0.00023844408230448466, 0.00023854867030192138]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.206703795500033, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3458862229999795, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8568333333333333, "test_accuracy": 0.8479, "val_curve": [0.7461666666666666, 0.803, 0.8358333333333333, 0.842, 0.8485, 0.8568333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.05199168099989, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 159.2709037930406, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 159.2709037930406}, "train_energy_net_j": 159.2709037930406, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e6_c8-ir_r1_k5_s2_e1_c24_se-ir_r3_k5_s2_e3_c48_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 77234, "inference_params": 76162, "macs": 1221800, "static_costs": {"params": 77234.0, "macs": 1221800.0, "peak_memory": 81536.0, "energy": 0.00016692437786267031, "latency": 0.04710000030172523}, "dataflow": {"joules": 0.00010860888, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04710000030172523, "latency_ms_p90": 0.04846199963139952, "latency_ms_iqr": 0.0006509999366244301, "cpu_ms_per_call": 0.0477151971153944, "energy_j": 0.00016692437786267031, "energy_cv": 0.006274719719951975, "energy_source": "model:cpu-ccf", "runs_per_window": 1040, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.000472142189291036, "windows": 5, "cpu_pressure": 0.001317873926714533, "load_average": 2.009765625, "rejected_windows": 0, "window_energies_j": [0.00016829664112512276, 0.00016914749564795557, 0.00016700318990388042, 0.00016692437786267031, 0.0001662351593300795]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.391634565500112, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2615458939990276, "paired": {"figures": {"energy": 0.0001653503441666407, "latency": 0.046777378971753394}, "with_trials": [11, 10], "rounds": 5, "ratio_spread": 0.024972107085422968}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8646666666666667, "test_accuracy": 0.8612, "val_curve": [0.7428333333333333, 0.813, 0.8335, 0.8458333333333333, 0.8603333333333333, 0.8646666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.236377991999689, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 105.60789704656092, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 105.60789704656092}, "train_energy_net_j": 105.60789704656092, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e3_c8_se-ir_r3_k5_s2_e1_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 22234, "inference_params": 21738, "macs": 1078152, "static_costs": {"params": 22234.0, "macs": 1078152.0, "peak_memory": 43904.0, "energy": 0.00017537216666636406, "latency": 0.04953400002705166}, "dataflow": {"joules": 7.04092992e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04953400002705166, "latency_ms_p90": 0.05043500004831003, "latency_ms_iqr": 0.0006310001481324434, "cpu_ms_per_call": 0.05022713272546707, "energy_j": 0.00017537216666636406, "energy_cv": 0.005553071227802133, "energy_source": "model:cpu-ccf", "runs_per_window": 990, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002410860747218857, "windows": 5, "cpu_pressure": 0.00039862298877989255, "load_average": 2.0068359375, "rejected_windows": 0, "window_energies_j": [0.00017780359682365154, 0.00017688141262504984, 0.00017524881079708306, 0.00017537216666636406, 0.0001757949645391347]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1880837324999618, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.341191045999949, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8233333333333334, "test_accuracy": 0.8229, "val_curve": [0.714, 0.7788333333333334, 0.7721666666666667, 0.8136666666666666, 0.8233333333333334], "epochs_run": 5, "stop_reason": "pareto: validation 0.823 after epoch 5 cannot pass 0.865 of trial 17, which costs no more (bound 0.853: finished curves gained at most 0.009 later, margin 0.02)", "train_seconds": 13.232450014000278, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 91.76635385851989, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 91.76635385851989}, "train_energy_net_j": 91.76635385851989, "train_device_share": 1.0, "pareto_saved_energy_j": 18.35327077170398, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k3_s1_e1_c16-ir_r2_k3_s2_e6_c24_se-ir_r3_k5_s2_e6_c32_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 131522, "inference_params": 129698, "macs": 1988912, "static_costs": {"params": 131522.0, "macs": 1988912.0, "peak_memory": 94080.0, "energy": 0.00023966381310334983, "latency": 0.06752099943696521}, "dataflow": {"joules": 0.00019843679519999997, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06752099943696521, "latency_ms_p90": 0.06892300007166341, "latency_ms_iqr": 0.0006099992333474802, "cpu_ms_per_call": 0.06859216735821652, "energy_j": 0.00023966381310334983, "energy_cv": 0.0033751478701399378, "energy_source": "model:cpu-ccf", "runs_per_window": 725, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0017056085568984969, "windows": 5, "cpu_pressure": 0.0002394726429251402, "load_average": 2.0048828125, "rejected_windows": 0, "window_energies_j": [0.0002400725857537578, 0.0002404255096024014, 0.00023966381310334983, 0.00023875935675287942, 0.00024120249027769581]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.187679982499816, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2068814320000456, "paired": {"figures": {"energy": 0.00023821893005722834, "latency": 0.06755440197661955}, "with_trials": [10, 8], "rounds": 5, "ratio_spread": 0.03541585425159077}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8776666666666667, "test_accuracy": 0.8745, "val_curve": [0.7833333333333333, 0.7998333333333333, 0.8488333333333333, 0.8633333333333333, 0.8716666666666667, 0.8776666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.445805204999488, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 134.79023264856062, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 134.79023264856062}, "train_energy_net_j": 134.79023264856062, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/random-1/artifacts/random-1-677d7da7/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(2,1,1,1.55725199194269725436e-04,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,4.41860001956229098141e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,0.842,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,1.71340769447883144605e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,4.86432672701857665709e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,0.8685,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,0.000319522855818002,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,9.07091638341112754817e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,0.8375,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,2.2443313846160425364e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,6.33049999123613815754e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,7.55166666666666652751e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,5.34171224447902218395e-05,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,1.51464279267930213013e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,0.8605,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,1.71584760178902860205e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,4.87313853098012353393e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.63166666666666637652e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,3.84804409492258336564e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,1.08450999960041372105e-01,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,0.745,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,4.79441826922875490198e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,1.35581999984424328431e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,0.871,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,2.4897351247469174133e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,7.06914230086001099673e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.14166666666666705154e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,7.28326471880143174733e-05,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,2.05714187586547546382e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,0.8675,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,1.80831083364893415712e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,5.15804279112558675124e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,0.8625,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,1.31406916127067526552e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,3.71991584040714806658e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,8.47333333333333382775e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,5.6236629423158025114e-05,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,1.59132447685546504767e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,14,0,7.33666666666666689167e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,14,1,1.41964289132898407574e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,14,2,3.99099999413010664284e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,15,0,8.27833333333333309944e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,15,1,1.03828794979094079001e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,15,2,2.92940003419062122702e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,16,0,8.66333333333333288628e-01,'FINITE');
INSERT INTO "trial_values" VALUES(47,16,1,3.12463831249942813883e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,16,2,8.75610003276960924267e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,17,0,8.56833333333333335701e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,17,1,2.3756582786877805365e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,17,2,6.712999947922071442e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,18,0,8.64666666666666694496e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,18,1,1.65350344166640696695e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,18,2,4.67773789717533944321e-02,'FINITE');
INSERT INTO "trial_values" VALUES(55,19,0,8.23333333333333361458e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,19,1,1.75372166666364060188e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,19,2,4.95340000270516611635e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,20,0,8.77666666666666706042e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,20,1,2.38218930057228336829e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,20,2,6.75544019766195491527e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 23:08:39.746780','2026-12-06 23:09:19.593308');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 23:09:21.662526','2026-12-06 23:09:37.943646');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 23:09:38.053171','2026-12-06 23:10:09.045373');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 23:10:09.210818','2026-12-06 23:10:32.516738');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-06 23:10:32.622781','2026-12-06 23:10:37.419991');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-06 23:10:37.502011','2026-12-06 23:11:01.157634');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-06 23:11:01.258909','2026-12-06 23:11:36.810102');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-06 23:11:37.002819','2026-12-06 23:11:59.246455');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-06 23:11:59.574707','2026-12-06 23:12:33.772435');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-06 23:12:33.901912','2026-12-06 23:12:42.993428');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-06 23:12:43.102644','2026-12-06 23:13:06.128799');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-06 23:13:06.267172','2026-12-06 23:13:21.322728');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-06 23:13:21.658460','2026-12-06 23:13:29.273448');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-06 23:13:29.389177','2026-12-06 23:13:34.806060');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-06 23:13:34.900773','2026-12-06 23:13:44.480784');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-06 23:13:44.581781','2026-12-06 23:14:11.598704');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-06 23:14:11.781626','2026-12-06 23:14:35.529172');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-06 23:14:35.700761','2026-12-06 23:14:52.771544');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-06 23:14:53.127560','2026-12-06 23:15:07.057469');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-06 23:15:07.212581','2026-12-06 23:15:28.441276');
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
