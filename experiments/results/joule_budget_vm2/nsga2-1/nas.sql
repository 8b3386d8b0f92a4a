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
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','e2e79e9e6184bfbc7d98e3aaaa38dbf61a8a1773',0);
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','c50b5609dcaa920e0f66557b1c426cfcabd1dfd3',1);
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','156c1ac0d5006b9d68dbaa24d2ae122e7414fbe7',2);
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','e8603df3330d541f2e5772c7b044b46359a4698d',3);
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','885044e1219e2c2e35ca27f090c5f32c0da58259',4);
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','ae5936a2e2eb4e96b0898cc3e908eb0dd711744c',5);
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','27f423ddb607d64580da2c2d6eecc8828ffad612',6);
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','aa86766b6b2e06302e88cb6af0b6b57b2217d783',7);
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','9711bf3d945a539ea04b19fbb92533e7f46012bf',8);
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','f3c619f6b213e4f6f2f6bbaab67944966458a01f',9);
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','c17abe8e8b99036943cd5e4a4fc27edd29fcb123',10);
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','e8a1f4bb27d4b2deec9e86aa9365624a81f06b3f',11);
INSERT INTO "nas_arch_claims" VALUES('e9a022c4b5c2460e860b24d55af9dcf7','66178855d6979b3683cfc88431712899844debfa',12);
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'nsga2-1');
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
INSERT INTO "study_system_attributes" VALUES(2,1,'NSGAIISampler:parent:1','[1, 2, 3, 5, 6, 4, 7, 8]');
CREATE TABLE study_user_attributes (
	study_user_attribute_id INTEGER NOT NULL, 
	study_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (study_user_attribute_id), 
	UNIQUE (study_id, "key"), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "study_user_attributes" VALUES(1,1,'nas_config','"{\"budget\": {\"max_energy_j\": null, \"max_latency_ms\": null, \"max_macs\": null, \"max_params\": null, \"max_peak_memory_bytes\": null}, \"data\": {\"channels\": null, \"dataset\": \"fashion-mnist\", \"image_size\": null, \"max_train_examples\": 10000, \"split_seed\": 0, \"test_fraction\": 0.2, \"val_fraction\": 0.1}, \"measure\": {\"batch_size\": 1, \"cpu_idle_w_per_vcpu\": 0.74, \"cpu_max_w_per_vcpu\": 3.5, \"meter\": \"auto\", \"min_window_s\": 0.05, \"pair_rounds\": 5, \"provider\": \"cpu\", \"repeats\": 5, \"runs\": 100, \"spinning\": false, \"target\": \"\", \"threads\": 1, \"warmup\": 20}, \"proxies\": {\"batch\": 64, \"compute\": false, \"screen\": \"none\", \"screen_min_trials\": 8, \"screen_quantile\": 0.25}, \"space\": {\"activations\": [\"relu6\", \"hswish\"], \"depths\": [[1, 2], [0, 3], [0, 3]], \"expansions\": [1, 3, 6], \"head_channels\": [0, 64, 128], \"kernels\": [3, 5, 7], \"squeeze_excite\": [false, true], \"stem_channels\": [8, 16], \"stem_stride\": 2, \"strides\": [1, 2, 2], \"width_divisor\": 8, \"widths\": [[8, 32], [16, 48], [24, 64]]}, \"study\": {\"name\": \"nsga2-1\", \"objectives\": [\"accuracy\", \"energy\", \"latency\"], \"population_size\": 8, \"seed\": 1}, \"train\": {\"augment\": \"none\", \"batch_size\": 128, \"epochs\": 6, \"lr\": 0.003, \"min_delta\": 0.002, \"mixed_precision\": false, \"pareto_margin\": 0.02, \"pareto_min_epochs\": 2, \"pareto_stop\": true, \"patience\": 6, \"subset\": 1.0, \"weight_decay\": 0.05}}"');
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"nsga2-1\",\"storage\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/nsga2-1/nas.db\",\"sampler\":\"nsga2\",\"population_size\":8,\"accurate_every\":0,\"accurate_share\":0.25,\"seed\":1,\"n_trials\":100000,\"timeout_s\":null,\"budget\":\"2683.1J\",\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/joule_budget_vm2/nsga2-1/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"e9a022c4b5c2460e860b24d55af9dcf7"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.00024465879718954314, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.06854199978079123, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}, \"measured\": {\"energy\": 0.00024465879718954314, \"latency\": 0.06854199978079123}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.0008871793879497569, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.24935999999797787, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}, \"measured\": {\"energy\": 0.0008871793879497569, \"latency\": 0.24935999999797787}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [3.333854933346932e-05, 0.0008871793879497569], \"latency\": [0.00941399957810063, 0.24935999999797787]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_budget_j','2683.1');
INSERT INTO "study_user_attributes" VALUES(8,1,'nas_final:trial-11','{"trial": 11, "reference": null, "record": {"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e6_c32_se_hs-ir_r3_k5_s2_e6_c32_hs-ir_r2_k5_s2_e6_c64-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 185858, "inference_params": 182650, "macs": 8304160, "static_costs": {"params": 185858.0, "macs": 8304160.0, "peak_memory": 326144.0}, "dataflow": null, "measurement": {"latency_ms_median": 0.29943000026833033, "latency_ms_p90": 0.35688320040208055, "latency_ms_iqr": 0.02324249999219319, "cpu_ms_per_call": 0.3100694382760313, "energy_j": 0.001071255371165635, "energy_cv": 0.009313501137002243, "energy_source": "model:cpu-ccf", "runs_per_window": 162, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.013057262700353345, "windows": 5, "cpu_pressure": 0.022460484293067896, "load_average": 2.08544921875, "rejected_windows": 0, "window_energies_j": [0.0010936340476118422, 0.0010869227826036797, 0.001071255371165635, 0.0010852430339661093, 0.001066886945115429]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.9368333333333333, "test_accuracy": 0.9344, "val_curve": [0.8105, 0.8525, 0.8575, 0.8765, 0.889, 0.8978333333333334, 0.8931666666666667, 0.9016666666666666, 0.8981666666666667, 0.912, 0.903, 0.9176666666666666, 0.9171666666666667, 0.9253333333333333, 0.9248333333333333, 0.9253333333333333, 0.9303333333333333, 0.9293333333333333, 0.9335, 0.9315, 0.9361666666666667, 0.936, 0.9363333333333334, 0.9368333333333333], "epochs_run": 24, "stop_reason": "finalized: 24 epochs", "train_seconds": 2181.1254878110003, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 14607.435306119836, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 14607.435306119836}, "train_energy_net_j": 14607.435306119836, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/final/trial-11.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}, "proxy": {"val_accuracy": 0.8776666666666667, "test_accuracy": 0.8709, "val_curve": [0.727, 0.826, 0.7831666666666667, 0.842, 0.873, 0.8776666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 73.27224513500005, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "recipe": {"epochs": 24, "batch_size": 128, "lr": 0.003, "warmup_epochs": 1.0, "weight_decay": 0.05, "label_smoothing": 0.1, "augment": "crop-flip", "seed": 0}, "interleaved_with": [], "attempt": 1, "earlier": []}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 23:58:50.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 23:59:04');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-06 23:59:51.000000');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-06 23:59:58');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-07 00:00:22');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-07 00:00:28');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-07 00:01:22.000000');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-07 00:01:27');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-07 00:01:49');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-07 00:02:42.000000');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-07 00:03:32.000000');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-07 00:04:42.000000');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-07 00:04:57');
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
INSERT INTO "trial_params" VALUES(163,9,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(178,9,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(179,9,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(180,9,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(181,10,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(182,10,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(183,10,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(184,10,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(185,10,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(186,10,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(187,10,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(188,10,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(189,10,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(190,10,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(191,10,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(192,10,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(193,10,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(194,10,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(195,10,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(196,10,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(197,10,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(198,10,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(199,10,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(200,10,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
CREATE TABLE trial_system_attributes (
	trial_system_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_system_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_system_attributes" VALUES(1,1,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(2,2,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(3,3,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(4,4,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(5,5,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(6,6,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(7,7,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(8,8,'NSGAIISampler:generation','0');
INSERT INTO "trial_system_attributes" VALUES(9,9,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(10,10,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(11,11,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(12,12,'NSGAIISampler:generation','1');
INSERT INTO "trial_system_attributes" VALUES(13,13,'NSGAIISampler:generation','1');
CREATE TABLE trial_user_attributes (
	trial_user_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_user_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e6_c16_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 16690, "inference_params": 16338, "macs": 1959616, "static_costs": {"params": 16690.0, "macs": 1959616.0, "peak_memory": 163072.0, "energy": 0.00016199003700474604, "latency": 0.04548800006887177}, "dataflow": {"joules": 9.377163359999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04548800006887177, "latency_ms_p90": 0.046348999603651464, "latency_ms_iqr": 0.0005909996616537683, "cpu_ms_per_call": 0.04633922407416927, "energy_j": 0.00016199003700474604, "energy_cv": 0.0037963261944705096, "energy_source": "model:cpu-ccf", "runs_per_window": 1076, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0012176505326721987, "windows": 5, "cpu_pressure": 0.003486990665507951, "load_average": 1.86962890625, "rejected_windows": 0, "window_energies_j": [0.00016351750472143596, 0.00016199003700474604, 0.00016185547026022304, 0.00016218728425959245, 0.0001628120923507464]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9818913125000006, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.28156216499974107, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.802, "test_accuracy": 0.804, "val_curve": [0.668, 0.7466666666666667, 0.763, 0.7536666666666667, 0.7965, 0.802], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 40.47262953800055, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 278.0652702445604, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 278.0652702445604}, "train_energy_net_j": 278.0652702445604, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e1_c8_hs-ir_r2_k5_s2_e3_c64_se_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 57466, "inference_params": 56802, "macs": 1919480, "static_costs": {"params": 57466.0, "macs": 1919480.0, "peak_memory": 87808.0, "energy": 0.00018051479110649924, "latency": 0.05108599998493446}, "dataflow": {"joules": 9.9151008e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05108599998493446, "latency_ms_p90": 0.05189800049265614, "latency_ms_iqr": 0.000529999852005858, "cpu_ms_per_call": 0.05177955555555977, "energy_j": 0.00018051479110649924, "energy_cv": 0.0044438838569957635, "energy_source": "model:cpu-ccf", "runs_per_window": 963, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003953434140136158, "windows": 5, "cpu_pressure": 0.00017977162531927936, "load_average": 2.00732421875, "rejected_windows": 0, "window_energies_j": [0.00018205156496880494, 0.0001812284444444592, 0.00018045737319646163, 0.00018051479110649924, 0.00018246624739551482]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.9731773680000053, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8519749390006837, "paired": {"figures": {"energy": 0.00017807973836291848, "latency": 0.05007784660272381}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.014984319274581992}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.842, "test_accuracy": 0.8339, "val_curve": [0.709, 0.7441666666666666, 0.7926666666666666, 0.8191666666666667, 0.8335, 0.842], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 15.90987128100005, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 110.3719557681996, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 110.3719557681996}, "train_energy_net_j": 110.3719557681996, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00001.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e6_c32_se-ir_r3_k5_s2_e3_c32_hs-ir_r2_k7_s2_e6_c64_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 233026, "inference_params": 230810, "macs": 4294912, "static_costs": {"params": 233026.0, "macs": 4294912.0, "peak_memory": 100352.0, "energy": 0.00032954690131622267, "latency": 0.09338000018033199}, "dataflow": {"joules": 0.0003033983952, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09338000018033199, "latency_ms_p90": 0.09521199990558671, "latency_ms_iqr": 0.0014520010154228657, "cpu_ms_per_call": 0.09468641634981029, "energy_j": 0.00032954690131622267, "energy_cv": 0.006506288437517416, "energy_source": "model:cpu-ccf", "runs_per_window": 526, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005630627691239454, "windows": 5, "cpu_pressure": 0.00019972463564805915, "load_average": 1.92431640625, "rejected_windows": 0, "window_energies_j": [0.000334073857824432, 0.000331402457224336, 0.00032954690131622267, 0.00032908362878789147, 0.00033416711545804743]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.146163947499989, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9031115979996684, "paired": {"figures": {"energy": 0.0003309989837410734, "latency": 0.09324722214754612}, "with_trials": [1], "rounds": 5, "ratio_spread": 0.03363498863608472}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8685, "test_accuracy": 0.8681, "val_curve": [0.7591666666666667, 0.817, 0.8351666666666666, 0.851, 0.8591666666666666, 0.8685], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 35.727090585999576, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 247.3850799492808, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 247.3850799492808}, "train_energy_net_j": 247.3850799492808, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k3_s1_e3_c24_se_hs-ir_r1_k3_s2_e3_c48_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 29818, "inference_params": 29194, "macs": 2144168, "static_costs": {"params": 29818.0, "macs": 2144168.0, "peak_memory": 131712.0, "energy": 0.00022308298662422998, "latency": 0.06309399941528682}, "dataflow": {"joules": 0.0001372969728, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06309399941528682, "latency_ms_p90": 0.06504699967990746, "latency_ms_iqr": 0.0015419998362631304, "cpu_ms_per_call": 0.06438326126125178, "energy_j": 0.00022308298662422998, "energy_cv": 0.014649065117797712, "energy_source": "model:cpu-ccf", "runs_per_window": 777, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.010123711468662755, "windows": 5, "cpu_pressure": 0.06271395486088033, "load_average": 2.03271484375, "rejected_windows": 0, "window_energies_j": [0.00023068536063410356, 0.00022785311315788373, 0.00022534141441438123, 0.00022143583757958332, 0.00022308298662422998]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.09802051099998, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3152689939997799, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8375, "test_accuracy": 0.8361, "val_curve": [0.6793333333333333, 0.7558333333333334, 0.783, 0.8023333333333333, 0.8315, 0.8375], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 23.276127135000024, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 161.28463774016015, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 161.28463774016015}, "train_energy_net_j": 161.28463774016015, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c16_se-ir_r1_k7_s2_e1_c24_se", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 2258, "inference_params": 2186, "macs": 111168, "static_costs": {"params": 2258.0, "macs": 111168.0, "peak_memory": 18816.0, "energy": 5.544449840459662e-05, "latency": 0.01563299974804977}, "dataflow": {"joules": 1.2453172800000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.01563299974804977, "latency_ms_p90": 0.015883999367360957, "latency_ms_iqr": 0.0001400003384333104, "cpu_ms_per_call": 0.01585217705337113, "energy_j": 5.544449840459662e-05, "energy_cv": 0.004058255004983936, "energy_source": "model:cpu-ccf", "runs_per_window": 3134, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.000687557526882987, "windows": 5, "cpu_pressure": 0.0006994091950636103, "load_average": 2.10107421875, "rejected_windows": 0, "window_energies_j": [5.544449840459662e-05, 5.5172291390726055e-05, 5.58200686936951e-05, 5.570978191657742e-05, 5.5482619686798954e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.889284425999982, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.8289334639994195, "paired": {"figures": {"energy": 5.598511808232627e-05, "latency": 0.015741209336499428}, "with_trials": [0], "rounds": 5, "ratio_spread": 0.025841698118181933}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7551666666666667, "test_accuracy": 0.7629, "val_curve": [0.582, 0.6623333333333333, 0.6826666666666666, 0.7428333333333333, 0.7551666666666667, 0.7546666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 3.8196238709997488, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 26.481445656039227, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 26.481445656039227}, "train_energy_net_j": 26.481445656039227, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e1_c32-ir_r2_k7_s2_e3_c56-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 50130, "inference_params": 49298, "macs": 3387912, "static_costs": {"params": 50130.0, "macs": 3387912.0, "peak_memory": 100352.0, "energy": 0.00017749663590388464, "latency": 0.05021499964641407}, "dataflow": {"joules": 0.00014195219519999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05021499964641407, "latency_ms_p90": 0.05147699994267896, "latency_ms_iqr": 0.0008910001270123757, "cpu_ms_per_call": 0.05128088934434643, "energy_j": 0.00017749663590388464, "energy_cv": 0.009726076125436824, "energy_source": "model:cpu-ccf", "runs_per_window": 976, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.011191630710136513, "windows": 5, "cpu_pressure": 0.00033886464755431076, "load_average": 2.0927734375, "rejected_windows": 0, "window_energies_j": [0.00018181994932081177, 0.0001794831127052125, 0.000177151765784103, 0.00017749663590388464, 0.0001802799456521618]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9511118814999477, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1354932120002559, "paired": {"figures": {"energy": 0.00017946526561356819, "latency": 0.050472183848345537}, "with_trials": [0, 1], "rounds": 5, "ratio_spread": 0.02683642224148275}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8605, "test_accuracy": 0.861, "val_curve": [0.699, 0.771, 0.8188333333333333, 0.8205, 0.8525, 0.8605], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.727833337999982, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 157.10763719992056, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 157.10763719992056}, "train_energy_net_j": 157.10763719992056, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k5_s1_e1_c32_se_hs-ir_r3_k7_s2_e3_c48_se-ir_r2_k3_s2_e6_c40_se-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 215834, "inference_params": 213594, "macs": 5056256, "static_costs": {"params": 215834.0, "macs": 5056256.0, "peak_memory": 100352.0, "energy": 0.00041850815632902947, "latency": 0.11831699976028176}, "dataflow": {"joules": 0.0003099373776, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.11831699976028176, "latency_ms_p90": 0.12042000007568276, "latency_ms_iqr": 0.0012494997463363688, "cpu_ms_per_call": 0.11999548910409472, "energy_j": 0.00041850815632902947, "energy_cv": 0.005615234850756304, "energy_source": "model:cpu-ccf", "runs_per_window": 417, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0035269456830884227, "windows": 5, "cpu_pressure": 0.07402695902263655, "load_average": 2.04296875, "rejected_windows": 0, "window_energies_j": [0.0004244456829268399, 0.00041850815632902947, 0.0004176076702637781, 0.00042064004676174753, 0.00041998421186433145]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.3946895305000024, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.41169626400005654, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8631666666666666, "test_accuracy": 0.8574, "val_curve": [0.7175, 0.7826666666666666, 0.8303333333333334, 0.8421666666666666, 0.862, 0.8631666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 34.184452591999616, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 236.08520765780065, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 236.08520765780065}, "train_energy_net_j": 236.08520765780065, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e6_c24_se_hs-ir_r3_k3_s2_e6_c40_se-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 160818, "inference_params": 158882, "macs": 5463184, "static_costs": {"params": 160818.0, "macs": 5463184.0, "peak_memory": 244608.0, "energy": 0.0004917450014084313, "latency": 0.13806599963572808}, "dataflow": {"joules": 0.00036120404639999995, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.13806599963572808, "latency_ms_p90": 0.1449920004233718, "latency_ms_iqr": 0.0014030001693754457, "cpu_ms_per_call": 0.14102692957621143, "energy_j": 0.0004917450014084313, "energy_cv": 0.0023682774459001694, "energy_source": "model:cpu-ccf", "runs_per_window": 355, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0037605915728926576, "windows": 5, "cpu_pressure": 0.00083751986916876, "load_average": 2.10302734375, "rejected_windows": 0, "window_energies_j": [0.00049359425351674, 0.0004939623073654894, 0.0004941896380265641, 0.0004917450014084313, 0.0004914036960822248]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.2344957835000656, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3534320429998843, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.745, "test_accuracy": 0.7395, "val_curve": [0.673, 0.745], "epochs_run": 2, "stop_reason": "pareto: validation 0.745 after epoch 2 cannot pass 0.869 of trial 2, which costs no more (bound 0.863: finished curves gained at most 0.098 later, margin 0.02)", "train_seconds": 20.358632913000292, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 140.29206704203946, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 140.29206704203946}, "train_energy_net_j": 140.29206704203946, "train_device_share": 1.0, "pareto_saved_energy_j": 280.5841340840789, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e6_c24_hs-ir_r2_k7_s2_e3_c24_hs-head_c64_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 26106, "inference_params": 25474, "macs": 2717200, "static_costs": {"params": 26106.0, "macs": 2717200.0, "peak_memory": 150528.0, "energy": 0.0001869177577396586, "latency": 0.05294899983709911}, "dataflow": {"joules": 0.00012592932, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05294899983709911, "latency_ms_p90": 0.0542009993296233, "latency_ms_iqr": 0.0010219991963822395, "cpu_ms_per_call": 0.054316722041115845, "energy_j": 0.0001869177577396586, "energy_cv": 0.012629290578298319, "energy_source": "model:cpu-ccf", "runs_per_window": 921, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.017070445541568002, "windows": 5, "cpu_pressure": 0.0023713144915495604, "load_average": 2.07275390625, "rejected_windows": 0, "window_energies_j": [0.0001925270094340502, 0.00019010852714390546, 0.0001904395431222619, 0.0001869177577396586, 0.0001860517910447029]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0304528359999807, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.2952484679999543, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8558333333333333, "test_accuracy": 0.849, "val_curve": [0.7548333333333334, 0.7703333333333333, 0.8286666666666667, 0.8301666666666667, 0.8558333333333333, 0.8546666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 22.88919507099945, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 158.53787960599973, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 158.53787960599973}, "train_energy_net_j": 158.53787960599973, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e6_c32_se-ir_r2_k7_s2_e6_c24-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 52546, "inference_params": 51458, "macs": 4133648, "static_costs": {"params": 52546.0, "macs": 4133648.0, "peak_memory": 188160.0, "energy": 0.00025654508554568003, "latency": 0.07234799977595685}, "dataflow": {"joules": 0.0002010017808, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07234799977595685, "latency_ms_p90": 0.07471120043192059, "latency_ms_iqr": 0.0019029994291486219, "cpu_ms_per_call": 0.07441210432192404, "energy_j": 0.00025654508554568003, "energy_cv": 0.01301741310891933, "energy_source": "model:cpu-ccf", "runs_per_window": 671, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.015191402215967154, "windows": 5, "cpu_pressure": 0.0056888851699539444, "load_average": 2.12109375, "rejected_windows": 0, "window_energies_j": [0.00026044236512673413, 0.0002618980633483991, 0.00026295788513978235, 0.00025654508554568003, 0.0002540114179971238]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.07707841100013, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1705838770003538, "paired": {"figures": {"energy": 0.00025839882952985265, "latency": 0.07274091782747183}, "with_trials": [5, 2], "rounds": 5, "ratio_spread": 0.038991088789634976}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8751666666666666, "test_accuracy": 0.8744, "val_curve": [0.7503333333333333, 0.8215, 0.8043333333333333, 0.845, 0.8711666666666666, 0.8751666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 47.29189341000074, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 326.85755633088047, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 326.85755633088047}, "train_energy_net_j": 326.85755633088047, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k5_s1_e6_c8_hs-ir_r3_k7_s2_e6_c32_se_hs-ir_r2_k5_s2_e6_c64_se_hs-head_c128_hs", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 277954, "inference_params": 275474, "macs": 4569232, "static_costs": {"params": 277954.0, "macs": 4569232.0, "peak_memory": 81536.0, "energy": 0.0004198630803354288, "latency": 0.1158420000137994}, "dataflow": {"joules": 0.00033737346719999996, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.1158420000137994, "latency_ms_p90": 0.1229940007760888, "latency_ms_iqr": 0.0038359994505299255, "cpu_ms_per_call": 0.1205920944310439, "energy_j": 0.0004198630803354288, "energy_cv": 0.01668035379060742, "energy_source": "model:cpu-ccf", "runs_per_window": 413, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0052618348140061055, "windows": 5, "cpu_pressure": 0.0015173210180188677, "load_average": 2.033203125, "rejected_windows": 0, "window_energies_j": [0.0004253333838630791, 0.00042459165254097, 0.00042207233050865366, 0.0004198630803354288, 0.0004061475901639675]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.27819175949989, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9416740890001165, "paired": {"figures": {"energy": 0.0004095387040801688, "latency": 0.11473458110678976}, "with_trials": [9], "rounds": 5, "ratio_spread": 0.04210500728695954}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8758333333333334, "test_accuracy": 0.8711, "val_curve": [0.7963333333333333, 0.808, 0.8493333333333334, 0.852, 0.8685, 0.8758333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 38.49533898700065, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 266.51700078251963, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 266.51700078251963}, "train_energy_net_j": 266.51700078251963, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e6_c32_se_hs-ir_r3_k5_s2_e6_c32_hs-ir_r2_k5_s2_e6_c64-head_c128", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 185858, "inference_params": 182650, "macs": 8304160, "static_costs": {"params": 185858.0, "macs": 8304160.0, "peak_memory": 326144.0, "energy": 0.0005238332912913482, "latency": 0.14829100018687313}, "dataflow": {"joules": 0.000450946536, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.14829100018687313, "latency_ms_p90": 0.15139200004341546, "latency_ms_iqr": 0.0019729986888705753, "cpu_ms_per_call": 0.1499658922155989, "energy_j": 0.0005238332912913482, "energy_cv": 0.0045297144004340355, "energy_source": "model:cpu-ccf", "runs_per_window": 333, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001999360255752425, "windows": 5, "cpu_pressure": 0.0016725296130202182, "load_average": 1.935546875, "rejected_windows": 0, "window_energies_j": [0.0005252355225907598, 0.0005234635208933523, 0.0005300773085101607, 0.0005248806227545961, 0.0005238332912913482]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.257461311999947, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.940071701999841, "paired": {"figures": {"energy": 0.0005431046917338004, "latency": 0.1528668131682129}, "with_trials": [10], "rounds": 5, "ratio_spread": 0.07159754299676147}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8776666666666667, "test_accuracy": 0.8709, "val_curve": [0.727, 0.826, 0.7831666666666667, 0.842, 0.873, 0.8776666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 73.27224513500005, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 505.7653190310805, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 505.7653190310805}, "train_energy_net_j": 505.7653190310805, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e1_c16_se-ir_r2_k7_s2_e1_c24-head_c64", "hardware": "AMD EPYC, 2 CPUs, Linux x86_64", "params": 8354, "inference_params": 8122, "macs": 655400, "static_costs": {"params": 8354.0, "macs": 655400.0, "peak_memory": 37632.0, "energy": 7.873381938780254e-05, "latency": 0.022303999685391318}, "dataflow": {"joules": 3.6942239999999996e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.022303999685391318, "latency_ms_p90": 0.02340500032005366, "latency_ms_iqr": 0.0009020004654303193, "cpu_ms_per_call": 0.02345266067200748, "energy_j": 7.873381938780254e-05, "energy_cv": 0.043539980630091124, "energy_source": "model:cpu-ccf", "runs_per_window": 2113, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.04255468603295909, "windows": 5, "cpu_pressure": 0.00461464710171366, "load_average": 1.90283203125, "rejected_windows": 0, "window_energies_j": [8.208431235202618e-05, 7.873381938780254e-05, 7.832099503832867e-05, 8.644349432105582e-05, 8.663144773872967e-05]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9147723789998277, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1232217290007611, "paired": {"figures": {"energy": 8.568725766422834e-05, "latency": 0.024125119264360045}, "with_trials": [4, 0], "rounds": 5, "ratio_spread": 0.09516574175285086}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.835, "test_accuracy": 0.8298, "val_curve": [0.6678333333333333, 0.7475, 0.7561666666666667, 0.8033333333333333, 0.832, 0.835], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 8.586149665999983, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 59.5379226741999, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 59.5379226741999}, "train_energy_net_j": 59.5379226741999, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/joule_budget_vm2/nsga2-1/artifacts/nsga2-1-e9a022c4/trial-00012.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(2,1,1,1.6199003700474604115e-04,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,4.54880000688717700541e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,2,0,0.842,'FINITE');
INSERT INTO "trial_values" VALUES(5,2,1,1.78079738362918482165e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,2,2,5.00778466027238106095e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,3,0,0.8685,'FINITE');
INSERT INTO "trial_values" VALUES(8,3,1,3.30998983741073401522e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,3,2,9.324722214754611882e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,4,0,0.8375,'FINITE');
INSERT INTO "trial_values" VALUES(11,4,1,2.23082986624229976995e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,4,2,6.30939994152868166565e-02,'FINITE');
INSERT INTO "trial_values" VALUES(13,5,0,7.55166666666666652751e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,5,1,5.59851180823262725358e-05,'FINITE');
INSERT INTO "trial_values" VALUES(15,5,2,1.57412093364994280786e-02,'FINITE');
INSERT INTO "trial_values" VALUES(16,6,0,0.8605,'FINITE');
INSERT INTO "trial_values" VALUES(17,6,1,1.79465265613568185311e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,6,2,5.04721838483455365054e-02,'FINITE');
INSERT INTO "trial_values" VALUES(19,7,0,8.63166666666666637652e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,7,1,4.18508156329029472591e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,7,2,1.18316999760281760245e-01,'FINITE');
INSERT INTO "trial_values" VALUES(22,8,0,0.745,'FINITE');
INSERT INTO "trial_values" VALUES(23,8,1,4.91745001408431343589e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,8,2,1.380659996357280761e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,9,0,8.55833333333333334813e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,9,1,1.86917757739658602512e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,9,2,5.29489998370991088449e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,10,0,8.7516666666666664831e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,10,1,2.58398829529852647017e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,10,2,7.27409178274718293266e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,11,0,8.75833333333333352577e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,11,1,4.09538704080168822901e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,11,2,1.14734581106789759741e-01,'FINITE');
INSERT INTO "trial_values" VALUES(34,12,0,8.77666666666666706042e-01,'FINITE');
INSERT INTO "trial_values" VALUES(35,12,1,5.43104691733800430675e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,12,2,1.52866813168212906104e-01,'FINITE');
INSERT INTO "trial_values" VALUES(37,13,0,0.835,'FINITE');
INSERT INTO "trial_values" VALUES(38,13,1,8.5687257664228340696e-05,'FINITE');
INSERT INTO "trial_values" VALUES(39,13,2,2.41251192643600446963e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 23:58:20.869077','2026-12-06 23:59:01.986085');
INSERT INTO "trials" VALUES(2,1,1,'COMPLETE','2026-12-06 23:59:04.213258','2026-12-06 23:59:21.403483');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-06 23:59:21.521636','2026-12-06 23:59:58.644591');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-06 23:59:58.822391','2026-12-07 00:00:22.769829');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-07 00:00:22.888310','2026-12-07 00:00:27.948242');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-07 00:00:28.037763','2026-12-07 00:00:52.388263');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-07 00:00:52.519908','2026-12-07 00:01:27.476510');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-07 00:01:27.846255','2026-12-07 00:01:48.927584');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-07 00:01:49.086233','2026-12-07 00:02:12.623670');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-07 00:02:12.771368','2026-12-07 00:03:01.800723');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-07 00:03:02.111284','2026-12-07 00:03:42.057055');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-07 00:03:42.223825','2026-12-07 00:04:56.970506');
INSERT INTO "trials" VALUES(13,12,1,'COMPLETE','2026-12-07 00:04:57.288057','2026-12-07 00:05:07.448631');
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
