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
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','e2e79e9e6184bfbc7d98e3aaaa38dbf61a8a1773',0);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','c50b5609dcaa920e0f66557b1c426cfcabd1dfd3',1);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','35d5633dfbf654326b36a8787865a1819edb770e',2);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','631de6ec2afb92062f226285bdef1c1c18e19a67',3);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','f27956faff75b6e38703f89619742d5d0e7786fb',4);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','0b59596f675bafe23d567cbfcf61705847de9768',5);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','50bd2e0138db49fb6e8859add83dcb178f380450',6);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','339756c8c4455380b5a9975510b24c3d16b87be3',7);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','409e7da12d0342f286146f8409a245359b5df857',8);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','df1df53d868ec018b82e414641e6087e8fa5cc44',9);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','01c2263cd6166d4205b9aba5eb9898d6fdaad0b4',10);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','3c3dd06c565067c7e0523ef1940da527afdd6399',11);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','8f1e1eecb9865ae9b5c7576a2392d7598a088b3c',13);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','96da446059fce3c64030274ae172fe2154192f78',14);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','d0a5966a15abfc1fe461196928ab7803c6205230',15);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','10ff8ab60c28ab773aea0b39a9c86f888b4aecfe',16);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','551c3a1ee9ed3f7927f367f1f01c1f9356d5bf2f',17);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','e78d389160244bb25e0dded214927c2ed0a9a18c',18);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','f673b9898064662de4b7f8b56dec642f3572c832',19);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','9b5263b11d8736ce100b47e5630096f80049edfb',20);
INSERT INTO "nas_arch_claims" VALUES('6c5bfa990b6c42cdbb7b05b306582b2f','5009f844b1c74ce644b9ddf18a60879f20440f7a',21);
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
INSERT INTO "study_user_attributes" VALUES(2,1,'nas_config_full','"{\"study\":{\"name\":\"tpe-1\",\"storage\":\"sqlite:////work/main/experiments/results/fronts/tpe-1/nas.db\",\"sampler\":\"tpe\",\"population_size\":8,\"seed\":1,\"n_trials\":20,\"timeout_s\":null,\"objectives\":[\"accuracy\",\"energy\",\"latency\"],\"artifacts_dir\":\"/work/main/experiments/results/fronts/tpe-1/artifacts\",\"heartbeat_s\":30.0},\"data\":{\"dataset\":\"fashion-mnist\",\"image_size\":null,\"channels\":null,\"max_train_examples\":10000,\"val_fraction\":0.1,\"test_fraction\":0.2,\"split_seed\":0},\"space\":{\"stem_channels\":[8,16],\"stem_stride\":2,\"strides\":[1,2,2],\"depths\":[[1,2],[0,3],[0,3]],\"widths\":[[8,32],[16,48],[24,64]],\"width_divisor\":8,\"kernels\":[3,5,7],\"expansions\":[1,3,6],\"squeeze_excite\":[false,true],\"activations\":[\"relu6\",\"hswish\"],\"head_channels\":[0,64,128]},\"train\":{\"epochs\":6,\"batch_size\":128,\"lr\":0.003,\"weight_decay\":0.05,\"patience\":6,\"min_delta\":0.002,\"subset\":1.0,\"augment\":\"none\",\"threads\":\"auto\",\"device\":\"auto\",\"mixed_precision\":false,\"pareto_stop\":true,\"pareto_min_epochs\":2,\"pareto_margin\":0.02},\"finalize\":{\"epochs\":24,\"batch_size\":128,\"lr\":0.003,\"warmup_epochs\":1.0,\"weight_decay\":0.05,\"label_smoothing\":0.1,\"augment\":\"auto\",\"threads\":null,\"seed\":0},\"measure\":{\"meter\":\"auto\",\"provider\":\"cpu\",\"threads\":1,\"batch_size\":1,\"warmup\":20,\"repeats\":5,\"runs\":100,\"min_window_s\":0.05,\"spinning\":false,\"cpu_idle_w_per_vcpu\":0.74,\"cpu_max_w_per_vcpu\":3.5,\"target\":\"\",\"target_wait_s\":120.0,\"pair_rounds\":5},\"proxies\":{\"compute\":false,\"screen\":\"none\",\"screen_quantile\":0.25,\"screen_min_trials\":8,\"batch\":64},\"budget\":{\"max_energy_j\":null,\"max_latency_ms\":null,\"max_params\":null,\"max_macs\":null,\"max_peak_memory_bytes\":null},\"footprint\":{\"region\":\"WORLD\",\"carbon_intensity_g_per_kwh\":null,\"pue\":null},\"hypervolume\":{\"energy_j\":null,\"latency_ms\":null,\"params\":null,\"macs\":null,\"peak_memory_bytes\":null},\"tracking\":{\"uri\":\"sqlite:////work/main/experiments/results/fronts/tpe-1/mlflow.db\",\"experiment\":\"fidelity\"}}"');
INSERT INTO "study_user_attributes" VALUES(3,1,'nas_uid','"6c5bfa990b6c42cdbb7b05b306582b2f"');
INSERT INTO "study_user_attributes" VALUES(4,1,'nas_schema','2');
INSERT INTO "study_user_attributes" VALUES(5,1,'nas_references','"[{\"name\": \"mobilenet_v1_0.25_cifar\", \"arch\": \"stem_k3_s1_c8-ds_r1_k3_s1_c16-ds_r2_k3_s2_c32-ds_r2_k3_s2_c64-ds_r6_k3_s2_c128-ds_r2_k3_s2_c256\", \"params\": 215498, \"macs\": 2895136, \"energy_j\": 0.0002727609747227462, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.07548849998784135, \"static\": {\"params\": 215498.0, \"macs\": 2895136.0, \"peak_memory\": 75264.0}}, {\"name\": \"mobilenet_v2_0.35_cifar\", \"arch\": \"stem_k3_s1_c16-ir_r1_k3_s1_e1_c8-ir_r2_k3_s1_e6_c8-ir_r3_k3_s2_e6_c16-ir_r4_k3_s2_e6_c24-ir_r3_k3_s1_e6_c32-ir_r3_k3_s2_e6_c56-ir_r1_k3_s1_e6_c112-head_c1280\", \"params\": 408650, \"macs\": 12841824, \"energy_j\": 0.001262077452712733, \"energy_source\": \"model:cpu-ccf\", \"latency_ms\": 0.34936925021611387, \"static\": {\"params\": 408650.0, \"macs\": 12841824.0, \"peak_memory\": 326144.0}}]"');
INSERT INTO "study_user_attributes" VALUES(6,1,'nas_hypervolume','"{\"accuracy_floor\": 0.1, \"bounds\": {\"energy\": [4.212331015398895e-05, 0.001262077452712733], \"latency\": [0.011481000001367647, 0.34936925021611387]}}"');
INSERT INTO "study_user_attributes" VALUES(7,1,'nas_final:trial-2','{"trial": 2, "reference": null, "record": {"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e6_c24_se-ir_r2_k5_s2_e6_c32_hs-ir_r1_k7_s2_e3_c32-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 58738, "inference_params": 57418, "macs": 3514512, "static_costs": {"params": 58738.0, "macs": 3514512.0, "peak_memory": 150528.0}, "dataflow": null, "measurement": {"latency_ms_median": 0.09922599929268472, "latency_ms_p90": 0.10817960064741783, "latency_ms_iqr": 0.005927000529482029, "cpu_ms_per_call": 0.10327888659803554, "energy_j": 0.0003602052006256154, "energy_cv": 0.0033298137687734937, "energy_source": "model:cpu-ccf", "runs_per_window": 485, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0035282735099371187, "windows": 5, "cpu_pressure": 0.0005183137387984046, "load_average": 1.93701171875, "rejected_windows": 0, "window_energies_j": [0.00036194700413234886, 0.0003634027707448695, 0.0003602052006256154, 0.0003601723755096311, 0.0003614761030931244]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.9315, "test_accuracy": 0.9292, "val_curve": [0.8111666666666667, 0.8501666666666666, 0.866, 0.8823333333333333, 0.8945, 0.8955, 0.8966666666666666, 0.8998333333333334, 0.895, 0.9055, 0.905, 0.8985, 0.9105, 0.9175, 0.9148333333333334, 0.917, 0.9231666666666667, 0.9256666666666666, 0.9276666666666666, 0.9276666666666666, 0.9308333333333333, 0.9321666666666667, 0.93, 0.9315], "epochs_run": 24, "stop_reason": "finalized: 24 epochs", "train_seconds": 1023.628060985, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 6871.612964697884, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 6871.612964697884}, "train_energy_net_j": 6871.612964697884, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/final/trial-2.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}, "proxy": {"val_accuracy": 0.882, "test_accuracy": 0.8815, "val_curve": [0.8003333333333333, 0.8273333333333334, 0.8446666666666667, 0.8623333333333333, 0.878, 0.882], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 53.38166282099883, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "recipe": {"epochs": 24, "batch_size": 128, "lr": 0.003, "warmup_epochs": 1.0, "weight_decay": 0.05, "label_smoothing": 0.1, "augment": "crop-flip", "seed": 0}, "interleaved_with": []}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-05 22:44:31.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-05 22:44:34');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-05 22:47:07.000000');
INSERT INTO "trial_heartbeats" VALUES(4,4,'2026-12-05 22:47:34');
INSERT INTO "trial_heartbeats" VALUES(5,5,'2026-12-05 22:48:22.000000');
INSERT INTO "trial_heartbeats" VALUES(6,6,'2026-12-05 22:48:37');
INSERT INTO "trial_heartbeats" VALUES(7,7,'2026-12-05 22:49:36.000000');
INSERT INTO "trial_heartbeats" VALUES(8,8,'2026-12-05 22:49:47');
INSERT INTO "trial_heartbeats" VALUES(9,9,'2026-12-05 22:50:59.000000');
INSERT INTO "trial_heartbeats" VALUES(10,10,'2026-12-05 22:51:03');
INSERT INTO "trial_heartbeats" VALUES(11,11,'2026-12-05 22:51:15');
INSERT INTO "trial_heartbeats" VALUES(12,12,'2026-12-05 22:51:33');
INSERT INTO "trial_heartbeats" VALUES(13,13,'2026-12-05 22:51:52');
INSERT INTO "trial_heartbeats" VALUES(14,14,'2026-12-05 22:51:52');
INSERT INTO "trial_heartbeats" VALUES(15,15,'2026-12-05 22:52:09');
INSERT INTO "trial_heartbeats" VALUES(16,16,'2026-12-05 22:52:24');
INSERT INTO "trial_heartbeats" VALUES(17,17,'2026-12-05 22:52:39');
INSERT INTO "trial_heartbeats" VALUES(18,18,'2026-12-05 22:53:00');
INSERT INTO "trial_heartbeats" VALUES(19,19,'2026-12-05 22:53:23');
INSERT INTO "trial_heartbeats" VALUES(20,20,'2026-12-05 22:53:42');
INSERT INTO "trial_heartbeats" VALUES(21,21,'2026-12-05 22:54:02');
INSERT INTO "trial_heartbeats" VALUES(22,22,'2026-12-05 22:55:00.000000');
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
INSERT INTO "trial_params" VALUES(41,3,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(42,3,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(43,3,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(44,3,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(45,3,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(46,3,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(47,3,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(48,3,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(49,3,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(50,3,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(51,3,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(52,3,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(53,3,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(54,3,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(55,3,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(56,3,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(57,3,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(58,3,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(59,3,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(60,3,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(61,4,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(62,4,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(63,4,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(64,4,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(65,4,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(66,4,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(67,4,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(68,4,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(69,4,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(70,4,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(71,4,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(72,4,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(73,4,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(74,4,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(75,4,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(76,4,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(77,4,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(78,4,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(79,4,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(80,4,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(81,5,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(82,5,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(83,5,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(84,5,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(85,5,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(86,5,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(87,5,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(88,5,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(89,5,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(90,5,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(91,5,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(92,5,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(93,5,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(94,5,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(95,5,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(96,5,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(97,5,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(98,5,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(99,5,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(100,5,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(101,6,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(102,6,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(103,6,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(104,6,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(105,6,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(106,6,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(107,6,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(108,6,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(109,6,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(110,6,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(111,6,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(112,6,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(113,6,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(114,6,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(115,6,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(116,6,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(117,6,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(118,6,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(119,6,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(120,6,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(121,7,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(122,7,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(123,7,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(124,7,'s0_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(125,7,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(126,7,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(127,7,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(128,7,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(129,7,'s1_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(130,7,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(131,7,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(132,7,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(133,7,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(134,7,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(135,7,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(136,7,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(137,7,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(138,7,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(139,7,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(140,7,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(141,8,'stem_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(142,8,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(143,8,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(144,8,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(145,8,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(146,8,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(147,8,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(148,8,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(149,8,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(150,8,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(151,8,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(152,8,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(153,8,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(154,8,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(155,8,'s2_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(156,8,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(157,8,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(158,8,'s2_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(159,8,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(160,8,'head_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(161,9,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(162,9,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(163,9,'s0_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(164,9,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(165,9,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(166,9,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(167,9,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(168,9,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(169,9,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(170,9,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(171,9,'s1_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(172,9,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(173,9,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(174,9,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(175,9,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(176,9,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(177,9,'s2_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(178,9,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(179,9,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(180,9,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(181,10,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(182,10,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(183,10,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(184,10,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(185,10,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(186,10,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(187,10,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(188,10,'s1_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(189,10,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(190,10,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(191,10,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(192,10,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(193,10,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(194,10,'s2_depth',0.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(195,10,'s2_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(196,10,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(197,10,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(198,10,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(199,10,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(200,10,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(201,11,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(202,11,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(203,11,'s0_width',24.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(204,11,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(205,11,'s0_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(206,11,'s0_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(207,11,'s0_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(208,11,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(209,11,'s1_width',32.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(210,11,'s1_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(211,11,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(212,11,'s1_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(213,11,'s1_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(214,11,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(215,11,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(216,11,'s2_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(217,11,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(218,11,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(219,11,'s2_act',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(220,11,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(221,12,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(222,12,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(223,12,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(224,12,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(225,12,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(226,12,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(227,12,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(228,12,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(229,12,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(230,12,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(231,12,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(232,12,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(233,12,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(234,12,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(235,12,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(236,12,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(237,12,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(238,12,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(239,12,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(240,12,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(241,13,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(242,13,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(243,13,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(244,13,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(245,13,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(246,13,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(247,13,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(248,13,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(249,13,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(250,13,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(251,13,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(252,13,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(253,13,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(254,13,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(255,13,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(256,13,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(257,13,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(258,13,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(259,13,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(260,13,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(261,14,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(262,14,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(263,14,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(264,14,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(265,14,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(266,14,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(267,14,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(268,14,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(269,14,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(270,14,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(271,14,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(272,14,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(273,14,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(274,14,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(275,14,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(276,14,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(277,14,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(278,14,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(279,14,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(280,14,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(281,15,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(282,15,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(283,15,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(284,15,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(285,15,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(286,15,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(287,15,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(288,15,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(289,15,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(290,15,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(291,15,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(292,15,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(293,15,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(294,15,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(295,15,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(296,15,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(297,15,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(298,15,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(299,15,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(300,15,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(301,16,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(302,16,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(303,16,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(304,16,'s0_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(305,16,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(306,16,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(307,16,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(308,16,'s1_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(309,16,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(310,16,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(311,16,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(312,16,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(313,16,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(314,16,'s2_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(315,16,'s2_width',56.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(316,16,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(317,16,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(318,16,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(319,16,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(320,16,'head_channels',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(321,17,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(322,17,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(323,17,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(324,17,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(325,17,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(326,17,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(327,17,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(328,17,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(329,17,'s1_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(330,17,'s1_kernel',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(331,17,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(332,17,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(333,17,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(334,17,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(335,17,'s2_width',64.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(336,17,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(337,17,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(338,17,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(339,17,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(340,17,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(341,18,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(342,18,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(343,18,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(344,18,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(345,18,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(346,18,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(347,18,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(348,18,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(349,18,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(350,18,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(351,18,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(352,18,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(353,18,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(354,18,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(355,18,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(356,18,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(357,18,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(358,18,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(359,18,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(360,18,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(361,19,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(362,19,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(363,19,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(364,19,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(365,19,'s0_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(366,19,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(367,19,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(368,19,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(369,19,'s1_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(370,19,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(371,19,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(372,19,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(373,19,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(374,19,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(375,19,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(376,19,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(377,19,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(378,19,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(379,19,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(380,19,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(381,20,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(382,20,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(383,20,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(384,20,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(385,20,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(386,20,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(387,20,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(388,20,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(389,20,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(390,20,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(391,20,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(392,20,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(393,20,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(394,20,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(395,20,'s2_width',48.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(396,20,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(397,20,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(398,20,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(399,20,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(400,20,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(401,21,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(402,21,'s0_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(403,21,'s0_width',8.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(404,21,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(405,21,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(406,21,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(407,21,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(408,21,'s1_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(409,21,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(410,21,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(411,21,'s1_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(412,21,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(413,21,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(414,21,'s2_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(415,21,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(416,21,'s2_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(417,21,'s2_expansion',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(418,21,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(419,21,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(420,21,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
INSERT INTO "trial_params" VALUES(421,22,'stem_channels',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [8, 16]}}');
INSERT INTO "trial_params" VALUES(422,22,'s0_depth',2.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 2}}');
INSERT INTO "trial_params" VALUES(423,22,'s0_width',16.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 8, "high": 32}}');
INSERT INTO "trial_params" VALUES(424,22,'s0_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(425,22,'s0_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(426,22,'s0_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(427,22,'s0_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(428,22,'s1_depth',3.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(429,22,'s1_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 16, "high": 48}}');
INSERT INTO "trial_params" VALUES(430,22,'s1_kernel',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(431,22,'s1_expansion',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(432,22,'s1_se',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(433,22,'s1_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(434,22,'s2_depth',1.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 3}}');
INSERT INTO "trial_params" VALUES(435,22,'s2_width',40.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 8, "low": 24, "high": 64}}');
INSERT INTO "trial_params" VALUES(436,22,'s2_kernel',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [3, 5, 7]}}');
INSERT INTO "trial_params" VALUES(437,22,'s2_expansion',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1, 3, 6]}}');
INSERT INTO "trial_params" VALUES(438,22,'s2_se',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [false, true]}}');
INSERT INTO "trial_params" VALUES(439,22,'s2_act',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["relu6", "hswish"]}}');
INSERT INTO "trial_params" VALUES(440,22,'head_channels',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [0, 64, 128]}}');
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
INSERT INTO "trial_user_attributes" VALUES(1,1,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r1_k7_s1_e6_c16_se_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 16690, "inference_params": 16338, "macs": 1959616, "static_costs": {"params": 16690.0, "macs": 1959616.0, "peak_memory": 163072.0, "latency": 0.058601000091584865, "energy": 0.0002114417094017095}, "dataflow": {"joules": 9.377163359999999e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.058601000091584865, "latency_ms_p90": 0.06461399971158244, "latency_ms_iqr": 0.004618999810190871, "cpu_ms_per_call": 0.06067053575723989, "energy_j": 0.0002114417094017095, "energy_cv": 0.008820879924891136, "energy_source": "model:cpu-ccf", "runs_per_window": 824, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004280923339067488, "windows": 5, "cpu_pressure": 0.0801491288823293, "load_average": 1.8486328125, "rejected_windows": 0, "window_energies_j": [0.00021435441100123645, 0.00021255516990271802, 0.00020864343870192258, 0.00021234687515033962, 0.0002114417094017095]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.9913047340000001, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.28475489799984643, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.802, "test_accuracy": 0.8034, "val_curve": [0.6708333333333333, 0.7468333333333333, 0.7628333333333334, 0.7553333333333333, 0.7955, 0.802], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 60.045705591000115, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 414.28204089596, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 414.28204089596}, "train_energy_net_j": 414.28204089596, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00000.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(2,2,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k5_s1_e1_c8_hs-ir_r2_k5_s2_e3_c64_se_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 57466, "inference_params": 56802, "macs": 1919480, "static_costs": {"params": 57466.0, "macs": 1919480.0, "peak_memory": 87808.0, "latency": 0.06850300042060553, "energy": 0.0002476551239316048}, "dataflow": {"joules": 9.9151008e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06850300042060553, "latency_ms_p90": 0.07712190026722965, "latency_ms_iqr": 0.004617250397132011, "cpu_ms_per_call": 0.07155973104397731, "energy_j": 0.0002476551239316048, "energy_cv": 0.012585862037072085, "energy_source": "model:cpu-ccf", "runs_per_window": 699, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.011321933008299645, "windows": 5, "cpu_pressure": 0.00037921133901281956, "load_average": 1.8935546875, "rejected_windows": 0, "window_energies_j": [0.0002474743912429905, 0.0002476551239316048, 0.00025579447007266335, 0.00025275510714284127, 0.00025045905865392056]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0997729085000003, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3155208889993446, "paired": null, "zero_cost": {}, "rejected": null, "training": null, "train_energy_j": 0.0, "train_energy_source": "", "train_energy_by_source": {}, "train_energy_net_j": null, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": null, "fail_reason": "interrupted (SIGTERM)", "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(3,3,'nas_record','{"arch": "stem_k3_s2_c16-ir_r1_k5_s1_e6_c24_se-ir_r2_k5_s2_e6_c32_hs-ir_r1_k7_s2_e3_c32-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 58738, "inference_params": 57418, "macs": 3514512, "static_costs": {"params": 58738.0, "macs": 3514512.0, "peak_memory": 150528.0, "latency": 0.09773499914444983, "energy": 0.00035478657566462453}, "dataflow": {"joules": 0.00019786775519999998, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.09773499914444983, "latency_ms_p90": 0.10842140072782058, "latency_ms_iqr": 0.006222250704013277, "cpu_ms_per_call": 0.1017507540983609, "energy_j": 0.00035478657566462453, "energy_cv": 0.01853827004787517, "energy_source": "model:cpu-ccf", "runs_per_window": 488, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003779916636153402, "windows": 5, "cpu_pressure": 0.08398739322629412, "load_average": 1.1513671875, "rejected_windows": 0, "window_energies_j": [0.00035478657566462453, 0.00035131698897277743, 0.0003561276393442631, 0.00036636324999999805, 0.0003681227867673442]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.2098707724999795, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.9221450799996092, "paired": {"energy_j": 0.00031973673957985243, "latency_ms": 0.08885513058838626, "with_trials": [0], "rounds": 5, "ratio_spread": 0.010649574920636784}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.882, "test_accuracy": 0.8815, "val_curve": [0.8003333333333333, 0.8273333333333334, 0.8446666666666667, 0.8623333333333333, 0.878, 0.882], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 53.38166282099883, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 368.6327139355984, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 368.6327139355984}, "train_energy_net_j": 368.6327139355984, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00002.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(4,4,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e3_c16_se_hs-ir_r1_k3_s2_e3_c40-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 11482, "inference_params": 11146, "macs": 687664, "static_costs": {"params": 11482.0, "macs": 687664.0, "peak_memory": 50176.0, "latency": 0.03311750060674967, "energy": 0.00011870344691779995}, "dataflow": {"joules": 5.13074544e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03311750060674967, "latency_ms_p90": 0.03607520011428278, "latency_ms_iqr": 0.0016205003703362308, "cpu_ms_per_call": 0.03402618299319437, "energy_j": 0.00011870344691779995, "energy_cv": 0.009261146921375172, "energy_source": "model:cpu-ccf", "runs_per_window": 1460, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003270280421167282, "windows": 5, "cpu_pressure": 0.0003986696791356275, "load_average": 1.62060546875, "rejected_windows": 0, "window_energies_j": [0.0001190916404761803, 0.00012015686134162714, 0.00011768893716451555, 0.00011870344691779995, 0.00012084084058051523]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 2.9246137864999824, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.840608244001487, "paired": {"energy_j": 0.0001188017604882084, "latency_ms": 0.033174944811658634, "with_trials": [0], "rounds": 5, "ratio_spread": 0.022450028838723934}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7966666666666666, "test_accuracy": 0.7908, "val_curve": [0.6443333333333333, 0.7243333333333334, 0.7353333333333333, 0.7788333333333334, 0.7946666666666666, 0.7966666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.79195220499969, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 116.62458987207786, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 116.62458987207786}, "train_energy_net_j": 116.62458987207786, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00003.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(5,5,'nas_record','{"arch": "stem_k3_s2_c16_hs-ir_r2_k7_s1_e1_c24_hs-ir_r2_k3_s2_e6_c24_hs-ir_r3_k3_s2_e6_c56-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 123026, "inference_params": 120434, "macs": 3591040, "static_costs": {"params": 123026.0, "macs": 3591040.0, "peak_memory": 141120.0, "latency": 0.08123099905787967, "energy": 0.0002930247408031668}, "dataflow": {"joules": 0.000233408184, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.08123099905787967, "latency_ms_p90": 0.08535899905837141, "latency_ms_iqr": 0.002962000507977791, "cpu_ms_per_call": 0.0837929949494975, "energy_j": 0.0002930247408031668, "energy_cv": 0.0013069169519423916, "energy_source": "model:cpu-ccf", "runs_per_window": 595, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008557008510174935, "windows": 5, "cpu_pressure": 0.0017334034983594933, "load_average": 1.70556640625, "rejected_windows": 0, "window_energies_j": [0.00029363124117647954, 0.00029327548232324126, 0.0002930247408031668, 0.00029351047217540427, 0.00029255549331639355]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.149215874999953, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1891385239978263, "paired": {"energy_j": 0.0003082539252181703, "latency_ms": 0.0864656197006353, "with_trials": [0, 2], "rounds": 5, "ratio_spread": 0.16381794114578274}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8626666666666667, "test_accuracy": 0.8612, "val_curve": [0.7471666666666666, 0.7626666666666667, 0.8335, 0.8451666666666666, 0.8596666666666667, 0.8626666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 43.38408284399884, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 301.3489127363196, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 301.3489127363196}, "train_energy_net_j": 301.3489127363196, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00004.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(6,6,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e3_c32_hs-ir_r3_k5_s2_e1_c24_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 13354, "inference_params": 12890, "macs": 1810496, "static_costs": {"params": 13354.0, "macs": 1810496.0, "peak_memory": 175616.0, "latency": 0.055979000535444357, "energy": 0.00020093258094294413}, "dataflow": {"joules": 0.00010565408159999999, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.055979000535444357, "latency_ms_p90": 0.059531999795581214, "latency_ms_iqr": 0.002239749846921768, "cpu_ms_per_call": 0.057417396292005644, "energy_j": 0.00020093258094294413, "energy_cv": 0.009875877870412646, "energy_source": "model:cpu-ccf", "runs_per_window": 867, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00014087351559788353, "windows": 5, "cpu_pressure": 0.0002789136814088039, "load_average": 1.77978515625, "rejected_windows": 0, "window_energies_j": [0.0002020515284553033, 0.00020093258094294413, 0.0001966449444444783, 0.00020189116609181516, 0.00020096088702201972]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 3.9504005274999794, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.134012888000143, "paired": {"energy_j": 0.00019269824495993246, "latency_ms": 0.054949390328173, "with_trials": [3, 0], "rounds": 5, "ratio_spread": 0.02671221250518996}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8403333333333334, "test_accuracy": 0.8363, "val_curve": [0.687, 0.7786666666666666, 0.8026666666666666, 0.8171666666666667, 0.8376666666666667, 0.8403333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 27.085015447999467, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 188.289240536001, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 188.289240536001}, "train_energy_net_j": 188.289240536001, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00005.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(7,7,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k7_s1_e6_c8-ir_r3_k3_s2_e1_c24_se-ir_r2_k3_s2_e3_c24_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 23122, "inference_params": 22338, "macs": 2293352, "static_costs": {"params": 23122.0, "macs": 2293352.0, "peak_memory": 150528.0, "latency": 0.07676499990338925, "energy": 0.0002751505979462381}, "dataflow": {"joules": 0.0001252224192, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.07676499990338925, "latency_ms_p90": 0.08040449974942021, "latency_ms_iqr": 0.00262649928117753, "cpu_ms_per_call": 0.07885231811021336, "energy_j": 0.0002751505979462381, "energy_cv": 0.1856060362172788, "energy_source": "model:cpu-ccf", "runs_per_window": 633, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0030256719255661313, "windows": 5, "cpu_pressure": 0.021594491768447344, "load_average": 1.85595703125, "rejected_windows": 0, "window_energies_j": [0.00027652197867294255, 0.00041650578297350673, 0.00027598311338574675, 0.0002751505979462381, 0.00027461690673829544]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.239811036999967, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.216415982999024, "paired": {"energy_j": 0.00027906135589346546, "latency_ms": 0.0795496623923594, "with_trials": [5, 4], "rounds": 5, "ratio_spread": 0.06742042800842762}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8483333333333334, "test_accuracy": 0.852, "val_curve": [0.7071666666666667, 0.7826666666666666, 0.8181666666666667, 0.8323333333333334, 0.8431666666666666, 0.8483333333333334], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 38.992374444000234, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 270.6648438357612, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 270.6648438357612}, "train_energy_net_j": 270.6648438357612, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00006.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(8,8,'nas_record','{"arch": "stem_k3_s2_c16-ir_r2_k5_s1_e3_c24_se", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 14530, "inference_params": 14226, "macs": 1675152, "static_costs": {"params": 14530.0, "macs": 1675152.0, "peak_memory": 131712.0, "latency": 0.06804100121371448, "energy": 0.00024383709331885858}, "dataflow": {"joules": 9.20938992e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06804100121371448, "latency_ms_p90": 0.07855389994801953, "latency_ms_iqr": 0.00527875045008841, "cpu_ms_per_call": 0.0699263300423216, "energy_j": 0.00024383709331885858, "energy_cv": 0.018077545783097827, "energy_source": "model:cpu-ccf", "runs_per_window": 709, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003711747941825827, "windows": 5, "cpu_pressure": 0.000499324055029668, "load_average": 1.92724609375, "rejected_windows": 0, "window_energies_j": [0.00023902655525359255, 0.0002447421551481256, 0.00024383709331885858, 0.00024965704166664477, 0.0002515419173832193]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0612354934999786, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3044359120012814, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7056666666666667, "test_accuracy": 0.7045, "val_curve": [0.662, 0.7056666666666667], "epochs_run": 2, "stop_reason": "pareto: validation 0.706 after epoch 2 cannot pass 0.840 of trial 5, which costs no more (bound 0.826: finished curves gained at most 0.100 later, margin 0.02)", "train_seconds": 11.116679537999516, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 77.27650793120065, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 77.27650793120065}, "train_energy_net_j": 77.27650793120065, "train_device_share": 1.0, "pareto_saved_energy_j": 154.5530158624013, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00007.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(9,9,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e6_c32_se_hs-ir_r2_k7_s2_e6_c32_hs-ir_r1_k7_s2_e3_c24_se_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 69210, "inference_params": 67898, "macs": 3823712, "static_costs": {"params": 69210.0, "macs": 3823712.0, "peak_memory": 188160.0, "latency": 0.10385899986431468, "energy": 0.00037372500746506144}, "dataflow": {"joules": 0.0001968460752, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.10385899986431468, "latency_ms_p90": 0.11354100024618674, "latency_ms_iqr": 0.006157999450806528, "cpu_ms_per_call": 0.10722973447764064, "energy_j": 0.00037372500746506144, "energy_cv": 0.00987369374648628, "energy_source": "model:cpu-ccf", "runs_per_window": 467, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004225200816481145, "windows": 5, "cpu_pressure": 0.00019920203648488404, "load_average": 1.80810546875, "rejected_windows": 0, "window_energies_j": [0.0003809772028508294, 0.00037372500746506144, 0.0003794030021881643, 0.00037530407067174225, 0.0003708109180851269]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1490540740000341, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3298875290001888, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8726666666666667, "test_accuracy": 0.8692, "val_curve": [0.7953333333333333, 0.8368333333333333, 0.8495, 0.853, 0.8645, 0.8726666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 62.7095613879992, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 435.2885923228383, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 435.2885923228383}, "train_energy_net_j": 435.2885923228383, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00008.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(10,10,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r2_k3_s1_e6_c8_se_hs-head_c64_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 7394, "inference_params": 7114, "macs": 588576, "static_costs": {"params": 7394.0, "macs": 588576.0, "peak_memory": 81536.0, "latency": 0.05679700007021893, "energy": 0.00020495115789594687}, "dataflow": {"joules": 7.12460496e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.05679700007021893, "latency_ms_p90": 0.06265160009206738, "latency_ms_iqr": 0.0035074999686912633, "cpu_ms_per_call": 0.05856707328604552, "energy_j": 0.00020495115789594687, "energy_cv": 0.0035870533961996896, "energy_source": "model:cpu-ccf", "runs_per_window": 846, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.00016393469330622246, "windows": 5, "cpu_pressure": 0.00033886364787175306, "load_average": 1.8564453125, "rejected_windows": 0, "window_energies_j": [0.00020608083966765898, 0.00020495115789594687, 0.0002049847565011593, 0.00020444952275292357, 0.00020638835790724144]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.0690610314999276, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3068516830007866, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.7141666666666666, "test_accuracy": 0.7168, "val_curve": [0.5615, 0.7141666666666666], "epochs_run": 2, "stop_reason": "pareto: validation 0.714 after epoch 2 cannot pass 0.840 of trial 5, which costs no more (bound 0.834: finished curves gained at most 0.100 later, margin 0.02)", "train_seconds": 11.16742092200002, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 77.24354770292078, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 77.24354770292078}, "train_energy_net_j": 77.24354770292078, "train_device_share": 1.0, "pareto_saved_energy_j": 154.48709540584156, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00009.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(11,11,'nas_record','{"arch": "stem_k3_s2_c8_hs-ir_r1_k3_s1_e6_c24_se_hs-ir_r1_k5_s2_e1_c32_se_hs-ir_r2_k3_s2_e1_c48_se_hs-head_c128_hs", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 20546, "inference_params": 20058, "macs": 643384, "static_costs": {"params": 20546.0, "macs": 643384.0, "peak_memory": 75264.0, "latency": 0.04713599992101081, "energy": 0.00016989007899891032}, "dataflow": {"joules": 5.80301664e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04713599992101081, "latency_ms_p90": 0.04987949978385586, "latency_ms_iqr": 0.001986750248761382, "cpu_ms_per_call": 0.04862904470348928, "energy_j": 0.00016989007899891032, "energy_cv": 0.006929693377730288, "energy_source": "model:cpu-ccf", "runs_per_window": 1019, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.001833994457699717, "windows": 5, "cpu_pressure": 0.0024488584775588353, "load_average": 1.95263671875, "rejected_windows": 0, "window_energies_j": [0.00017072963103440339, 0.000167487322013015, 0.00016989007899891032, 0.00017020165646221248, 0.0001705367421260887]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.10070471649999, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1794491399996332, "paired": {"energy_j": 0.00017034139939162173, "latency_ms": 0.04791034384549614, "with_trials": [3, 5], "rounds": 5, "ratio_spread": 0.03393286525742689}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8466666666666667, "test_accuracy": 0.8347, "val_curve": [0.72, 0.7515, 0.8183333333333334, 0.8318333333333333, 0.8465, 0.8466666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.566936183999132, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 115.16172985271828, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 115.16172985271828}, "train_energy_net_j": 115.16172985271828, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00010.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(12,12,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c16-ir_r1_k3_s2_e3_c48-ir_r3_k5_s2_e1_c64_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 36794, "inference_params": 36082, "macs": 842544, "static_costs": {"params": 36794.0, "macs": 842544.0, "peak_memory": 50176.0, "latency": 0.041361001422046684, "energy": 0.0001493463287316632}, "dataflow": {"joules": 7.38963024e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.041361001422046684, "latency_ms_p90": 0.04382740007713437, "latency_ms_iqr": 0.0017869988369056955, "cpu_ms_per_call": 0.04268358276462678, "energy_j": 0.0001493463287316632, "energy_cv": 0.002999158142241776, "energy_source": "model:cpu-ccf", "runs_per_window": 1165, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0003094213625671749, "windows": 5, "cpu_pressure": 0.004299253265400068, "load_average": 1.95361328125, "rejected_windows": 0, "window_energies_j": [0.00014970205107295035, 0.0001493463287316632, 0.00014939253967619374, 0.00014969828879317064, 0.00014847865055131487]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.145814571499983, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1897805120006524, "paired": {"energy_j": 0.0001478226892396355, "latency_ms": 0.041442199077484095, "with_trials": [3, 10], "rounds": 5, "ratio_spread": 0.01859867934527082}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8573333333333333, "test_accuracy": 0.8567, "val_curve": [0.775, 0.816, 0.8353333333333334, 0.8465, 0.85, 0.8573333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 16.413831938998555, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 114.16013529579956, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 114.16013529579956}, "train_energy_net_j": 114.16013529579956, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00011.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(13,13,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c16-ir_r1_k3_s2_e3_c48-ir_r3_k5_s2_e1_c64_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": null, "inference_params": null, "macs": null, "static_costs": {}, "dataflow": null, "measurement": null, "energy_meter": "", "measured_on": "", "measurement_reused": false, "measure_energy_j": 0.0, "measure_energy_source": "", "measure_seconds": 0.0, "paired": null, "zero_cost": {}, "rejected": null, "training": null, "train_energy_j": 0.0, "train_energy_source": "", "train_energy_by_source": {}, "train_energy_net_j": null, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": null, "fail_reason": null, "surplus": false, "duplicate_of": 11, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(14,14,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c16-ir_r1_k3_s2_e3_c48-ir_r2_k5_s2_e1_c64_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 28714, "inference_params": 28130, "macs": 749360, "static_costs": {"params": 28714.0, "macs": 749360.0, "peak_memory": 50176.0, "latency": 0.03539999852364417, "energy": 0.00012800420169617843}, "dataflow": {"joules": 6.5532456e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03539999852364417, "latency_ms_p90": 0.037888699989707675, "latency_ms_iqr": 0.002059251073660562, "cpu_ms_per_call": 0.036658211382108376, "energy_j": 0.00012800420169617843, "energy_cv": 0.0030303055698659965, "energy_source": "model:cpu-ccf", "runs_per_window": 1356, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.002340064913742834, "windows": 5, "cpu_pressure": 0.0002995152166499184, "load_average": 1.96435546875, "rejected_windows": 0, "window_energies_j": [0.00012800420169617843, 0.00012836606928154172, 0.00012830373983737932, 0.00012771543654400638, 0.00012887669576534428]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.10378032400007, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.1802204780015018, "paired": {"energy_j": 0.00012547310231625147, "latency_ms": 0.03517101183709806, "with_trials": [3, 11], "rounds": 5, "ratio_spread": 0.19968901981632547}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8505, "test_accuracy": 0.8458, "val_curve": [0.7575, 0.8035, 0.8256666666666667, 0.8403333333333334, 0.8501666666666666, 0.8505], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.639930057999663, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 101.85684364567871, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 101.85684364567871}, "train_energy_net_j": 101.85684364567871, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00013.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(15,15,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e3_c16-ir_r1_k3_s2_e3_c48-ir_r2_k5_s2_e1_c56_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 25834, "inference_params": 25274, "macs": 708016, "static_costs": {"params": 25834.0, "macs": 708016.0, "peak_memory": 50176.0, "latency": 0.035875998946721666, "energy": 0.00013277460159406886}, "dataflow": {"joules": 6.29762736e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.035875998946721666, "latency_ms_p90": 0.0404357004299527, "latency_ms_iqr": 0.0022347498997987714, "cpu_ms_per_call": 0.03830748955913753, "energy_j": 0.00013277460159406886, "energy_cv": 0.00795560885479555, "energy_source": "model:cpu-ccf", "runs_per_window": 1304, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.009803169034480641, "windows": 5, "cpu_pressure": 0.0005392037793551572, "load_average": 1.89453125, "rejected_windows": 0, "window_energies_j": [0.00013277460159406886, 0.00013407621345698135, 0.0001342253838174656, 0.00013549606098518015, 0.00013258044246708896]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1500677964999397, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3300169280009868, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8486666666666667, "test_accuracy": 0.848, "val_curve": [0.7553333333333333, 0.8226666666666667, 0.828, 0.8358333333333333, 0.8421666666666666, 0.8486666666666667], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 14.670675456000026, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 101.69279847992041, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 101.69279847992041}, "train_energy_net_j": 101.69279847992041, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00014.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(16,16,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k3_s1_e1_c8-ir_r1_k3_s2_e3_c48-ir_r3_k5_s2_e1_c56_se-head_c128", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 29666, "inference_params": 29090, "macs": 473880, "static_costs": {"params": 29666.0, "macs": 473880.0, "peak_memory": 25088.0, "latency": 0.03646400000434369, "energy": 0.00013230504349477222}, "dataflow": {"joules": 4.6928448e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03646400000434369, "latency_ms_p90": 0.03965700016124174, "latency_ms_iqr": 0.002358498932153452, "cpu_ms_per_call": 0.03793704281344404, "energy_j": 0.00013230504349477222, "energy_cv": 0.007675633780498434, "energy_source": "model:cpu-ccf", "runs_per_window": 1308, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0035872128510405776, "windows": 5, "cpu_pressure": 0.0008368485788650344, "load_average": 1.91845703125, "rejected_windows": 0, "window_energies_j": [0.00013230504349477222, 0.000132897172413847, 0.00013163363421067755, 0.00013277964984705415, 0.00013469855269109899]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1748122330001252, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3370448919995397, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8468333333333333, "test_accuracy": 0.8464, "val_curve": [0.7095, 0.7985, 0.8223333333333334, 0.8316666666666667, 0.8428333333333333, 0.8468333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 13.245166984001116, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 92.10194862572, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 92.10194862572}, "train_energy_net_j": 92.10194862572, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00015.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(17,17,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c16-ir_r2_k3_s2_e3_c48-ir_r2_k5_s2_e1_c64_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 40026, "inference_params": 39170, "macs": 1499328, "static_costs": {"params": 40026.0, "macs": 1499328.0, "peak_memory": 65856.0, "latency": 0.04832499871554319, "energy": 0.00017290491674973695}, "dataflow": {"joules": 9.68543088e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04832499871554319, "latency_ms_p90": 0.05119659981573932, "latency_ms_iqr": 0.0014979996194597334, "cpu_ms_per_call": 0.04957665708535884, "energy_j": 0.00017290491674973695, "energy_cv": 0.01141473599579908, "energy_source": "model:cpu-ccf", "runs_per_window": 1003, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.003547516522660832, "windows": 5, "cpu_pressure": 0.000418287997423802, "load_average": 1.9375, "rejected_windows": 0, "window_energies_j": [0.00017552181142559513, 0.000175121890997616, 0.00017290491674973695, 0.00017351829979875594, 0.00016995566095888594]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.20187912550017, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2067574419997982, "paired": {"energy_j": 0.0001711553458176704, "latency_ms": 0.048127177797460785, "with_trials": [11, 4], "rounds": 5, "ratio_spread": 0.06593857000426295}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8593333333333333, "test_accuracy": 0.8531, "val_curve": [0.7326666666666667, 0.7986666666666666, 0.8333333333333334, 0.8483333333333334, 0.8561666666666666, 0.8593333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 19.587216448999243, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 136.25272095579874, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 136.25272095579874}, "train_energy_net_j": 136.25272095579874, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00016.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(18,18,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c8-ir_r2_k7_s2_e3_c40-ir_r1_k5_s2_e1_c48_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 28010, "inference_params": 27426, "macs": 1205584, "static_costs": {"params": 28010.0, "macs": 1205584.0, "peak_memory": 54880.0, "latency": 0.04699700002674945, "energy": 0.00016924152270258642}, "dataflow": {"joules": 7.083428640000001e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04699700002674945, "latency_ms_p90": 0.0496142001793487, "latency_ms_iqr": 0.0021960013327770866, "cpu_ms_per_call": 0.048509016650335086, "energy_j": 0.00016924152270258642, "energy_cv": 0.0025223055066425377, "energy_source": "model:cpu-ccf", "runs_per_window": 1023, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0031909165372814297, "windows": 5, "cpu_pressure": 0.00021973759815407013, "load_average": 1.9560546875, "rejected_windows": 0, "window_energies_j": [0.0001697987331378807, 0.00016924152270258642, 0.0001700942683642547, 0.0001689105332687496, 0.0001697815582761728]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.075448390999952, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.170891740001025, "paired": {"energy_j": 0.00016740489652244803, "latency_ms": 0.04718258954860601, "with_trials": [11, 16], "rounds": 5, "ratio_spread": 0.03252556634445658}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.86, "test_accuracy": 0.8617, "val_curve": [0.752, 0.7963333333333333, 0.834, 0.8455, 0.8571666666666666, 0.86], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 21.00732701800007, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 145.7720083857219, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 145.7720083857219}, "train_energy_net_j": 145.7720083857219, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00017.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(19,19,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e3_c8-ir_r3_k7_s2_e3_c16-ir_r1_k5_s2_e1_c48_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 16714, "inference_params": 16234, "macs": 770808, "static_costs": {"params": 16714.0, "macs": 770808.0, "peak_memory": 43904.0, "latency": 0.03916400055459235, "energy": 0.00014134598022484186}, "dataflow": {"joules": 5.5922716799999996e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.03916400055459235, "latency_ms_p90": 0.041633000364527106, "latency_ms_iqr": 0.0021902510525251273, "cpu_ms_per_call": 0.04041850691621489, "energy_j": 0.00014134598022484186, "energy_cv": 0.0016224342013867272, "energy_source": "model:cpu-ccf", "runs_per_window": 1229, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0008404482513142408, "windows": 5, "cpu_pressure": 0.00027961668467318826, "load_average": 1.8916015625, "rejected_windows": 0, "window_energies_j": [0.00014146477420675212, 0.00014133184463209782, 0.00014194736158890434, 0.00014134598022484186, 0.00014164673858075446]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.1653477114998907, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.3368798500014236, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8481666666666666, "test_accuracy": 0.8445, "val_curve": [0.7205, 0.7678333333333334, 0.8173333333333334, 0.8305, 0.838, 0.8481666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 17.598447193999164, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 122.43313772456011, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 122.43313772456011}, "train_energy_net_j": 122.43313772456011, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00018.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(20,20,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c8-ir_r2_k7_s2_e3_c40-ir_r1_k5_s2_e1_c48_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 27210, "inference_params": 26666, "macs": 1064464, "static_costs": {"params": 27210.0, "macs": 1064464.0, "peak_memory": 54880.0, "latency": 0.04158350020588841, "energy": 0.00014882623991409541}, "dataflow": {"joules": 5.94991344e-05, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.04158350020588841, "latency_ms_p90": 0.04466479949769564, "latency_ms_iqr": 0.0025390008886461146, "cpu_ms_per_call": 0.04273519641308428, "energy_j": 0.00014882623991409541, "energy_cv": 0.0123708550394469, "energy_source": "model:cpu-ccf", "runs_per_window": 1168, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.005018923626174399, "windows": 5, "cpu_pressure": 0.007015611489453394, "load_average": 1.916015625, "rejected_windows": 0, "window_energies_j": [0.00014957489457822113, 0.00014957318744579498, 0.00014882623991409541, 0.00014985562542939104, 0.0001449432828452287]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.08231214999978, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.172134663000179, "paired": {"energy_j": 0.0001480712456126341, "latency_ms": 0.0415448845613654, "with_trials": [11, 17], "rounds": 5, "ratio_spread": 0.025177826949898785}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8633333333333333, "test_accuracy": 0.857, "val_curve": [0.7411666666666666, 0.8211666666666667, 0.811, 0.8301666666666667, 0.8461666666666666, 0.8633333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 18.32941715599918, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 127.48688360727857, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 127.48688360727857}, "train_energy_net_j": 127.48688360727857, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00019.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(21,21,'nas_record','{"arch": "stem_k3_s2_c8-ir_r1_k5_s1_e1_c8-ir_r2_k7_s2_e1_c40-ir_r2_k7_s2_e6_c40_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 134298, "inference_params": 133042, "macs": 1685744, "static_costs": {"params": 134298.0, "macs": 1685744.0, "peak_memory": 62400.0, "latency": 0.06026600021868944, "energy": 0.0002189767124998454}, "dataflow": {"joules": 0.0001424422224, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06026600021868944, "latency_ms_p90": 0.06566610009031137, "latency_ms_iqr": 0.00297525048154057, "cpu_ms_per_call": 0.06259132156373007, "energy_j": 0.0002189767124998454, "energy_cv": 0.016503677378619585, "energy_source": "model:cpu-ccf", "runs_per_window": 793, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.0004243052704056005, "windows": 5, "cpu_pressure": 0.0011545951553295303, "load_average": 1.9404296875, "rejected_windows": 0, "window_energies_j": [0.00022740676274504956, 0.0002248788504518494, 0.0002190696254730552, 0.0002189767124998454, 0.0002185375610064062]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 1.218991710999859, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 0.34986152599958587, "paired": null, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8633333333333333, "test_accuracy": 0.8577, "val_curve": [0.7478333333333333, 0.7925, 0.8161666666666667, 0.8413333333333334, 0.8623333333333333, 0.8633333333333333], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 27.082766343999538, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 188.03673962688126, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 188.03673962688126}, "train_energy_net_j": 188.03673962688126, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00020.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
INSERT INTO "trial_user_attributes" VALUES(22,22,'nas_record','{"arch": "stem_k3_s2_c8-ir_r2_k5_s1_e1_c16-ir_r3_k7_s2_e3_c40-ir_r1_k5_s2_e1_c40_se-head_c64", "hardware": "Intel(R) Xeon(R) Processor, 2 CPUs, Linux x86_64", "params": 46010, "inference_params": 45106, "macs": 2168352, "static_costs": {"params": 46010.0, "macs": 2168352.0, "peak_memory": 54880.0, "latency": 0.06772300002921838, "energy": 0.0002436853094527344}, "dataflow": {"joules": 0.0001120686192, "source": "model:dataflow-45nm", "constants": {"pj_per_mac": 4.6000000000000005, "pj_per_byte": 162.5, "dtype": "fp32", "memory": "dram"}}, "measurement": {"latency_ms_median": 0.06772300002921838, "latency_ms_p90": 0.07301150071725715, "latency_ms_iqr": 0.0028082508833904285, "cpu_ms_per_call": 0.06995528950988904, "energy_j": 0.0002436853094527344, "energy_cv": 0.006285893770402596, "energy_source": "model:cpu-ccf", "runs_per_window": 714, "settings": {"threads": 1, "batch_size": 1, "warmup": 20, "repeats": 5, "runs": 100, "spinning": false, "min_window_s": 0.05, "provider": "cpu"}, "energy_spread": 0.004752866861273963, "windows": 5, "cpu_pressure": 0.000958436980987599, "load_average": 2.044921875, "rejected_windows": 0, "window_energies_j": [0.0002460546170214615, 0.0002448435132846116, 0.00024290845098060826, 0.0002436853094527344, 0.0002471534336659579]}, "energy_meter": "model:cpu-ccf: 1 vCPU x (0.74 W idle + 2.76 W active) x the thread''s CPU time", "measured_on": "", "measurement_reused": false, "measure_energy_j": 4.193209961500003, "measure_energy_source": "model:cpu-ccf", "measure_seconds": 1.2051476349988661, "paired": {"energy_j": 0.00021360856781316048, "latency_ms": 0.05989695455138977, "with_trials": [19, 2], "rounds": 5, "ratio_spread": 0.06763359281870196}, "zero_cost": {}, "rejected": null, "training": {"val_accuracy": 0.8641666666666666, "test_accuracy": 0.859, "val_curve": [0.7403333333333333, 0.7858333333333334, 0.8158333333333333, 0.8475, 0.8603333333333333, 0.8641666666666666], "epochs_run": 6, "stop_reason": "reached 6 epochs", "train_seconds": 29.163877613000295, "threads": 2, "device": "cpu", "gpu_memory_mb": null}, "train_energy_j": 202.66741898927935, "train_energy_source": "model:cpu-ccf", "train_energy_by_source": {"model:cpu-ccf": 202.66741898927935}, "train_energy_net_j": 202.66741898927935, "train_device_share": 1.0, "pareto_saved_energy_j": null, "checkpoint": "/work/main/experiments/results/fronts/tpe-1/artifacts/tpe-1-6c5bfa99/trial-00021.pt", "fail_reason": null, "surplus": false, "duplicate_of": null, "promoted_from": null, "screening_val_accuracy": null}');
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
INSERT INTO "trial_values" VALUES(2,1,1,2.11441709401709505324e-04,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,2,5.86010000915848650038e-02,'FINITE');
INSERT INTO "trial_values" VALUES(4,3,0,0.882,'FINITE');
INSERT INTO "trial_values" VALUES(5,3,1,3.19736739579852427637e-04,'FINITE');
INSERT INTO "trial_values" VALUES(6,3,2,8.88551305883862607704e-02,'FINITE');
INSERT INTO "trial_values" VALUES(7,4,0,7.966666666666666341e-01,'FINITE');
INSERT INTO "trial_values" VALUES(8,4,1,1.18801760488208393482e-04,'FINITE');
INSERT INTO "trial_values" VALUES(9,4,2,3.3174944811658634014e-02,'FINITE');
INSERT INTO "trial_values" VALUES(10,5,0,8.62666666666666692719e-01,'FINITE');
INSERT INTO "trial_values" VALUES(11,5,1,3.08253925218170284593e-04,'FINITE');
INSERT INTO "trial_values" VALUES(12,5,2,0.0864656197006353,'FINITE');
INSERT INTO "trial_values" VALUES(13,6,0,8.40333333333333376558e-01,'FINITE');
INSERT INTO "trial_values" VALUES(14,6,1,1.92698244959932455657e-04,'FINITE');
INSERT INTO "trial_values" VALUES(15,6,2,0.054949390328173,'FINITE');
INSERT INTO "trial_values" VALUES(16,7,0,8.48333333333333383663e-01,'FINITE');
INSERT INTO "trial_values" VALUES(17,7,1,2.79061355893465458388e-04,'FINITE');
INSERT INTO "trial_values" VALUES(18,7,2,0.0795496623923594,'FINITE');
INSERT INTO "trial_values" VALUES(19,8,0,7.05666666666666664298e-01,'FINITE');
INSERT INTO "trial_values" VALUES(20,8,1,2.43837093318858584697e-04,'FINITE');
INSERT INTO "trial_values" VALUES(21,8,2,6.80410012137144804e-02,'FINITE');
INSERT INTO "trial_values" VALUES(22,9,0,8.72666666666666701601e-01,'FINITE');
INSERT INTO "trial_values" VALUES(23,9,1,3.7372500746506143697e-04,'FINITE');
INSERT INTO "trial_values" VALUES(24,9,2,1.03858999864314682781e-01,'FINITE');
INSERT INTO "trial_values" VALUES(25,10,0,7.14166666666666616336e-01,'FINITE');
INSERT INTO "trial_values" VALUES(26,10,1,2.0495115789594686999e-04,'FINITE');
INSERT INTO "trial_values" VALUES(27,10,2,5.67970000702189281582e-02,'FINITE');
INSERT INTO "trial_values" VALUES(28,11,0,8.46666666666666678509e-01,'FINITE');
INSERT INTO "trial_values" VALUES(29,11,1,1.70341399391621731683e-04,'FINITE');
INSERT INTO "trial_values" VALUES(30,11,2,4.79103438454961394477e-02,'FINITE');
INSERT INTO "trial_values" VALUES(31,12,0,8.57333333333333280634e-01,'FINITE');
INSERT INTO "trial_values" VALUES(32,12,1,1.47822689239635507354e-04,'FINITE');
INSERT INTO "trial_values" VALUES(33,12,2,4.14421990774840945381e-02,'FINITE');
INSERT INTO "trial_values" VALUES(34,14,0,0.8505,'FINITE');
INSERT INTO "trial_values" VALUES(35,14,1,1.25473102316251469007e-04,'FINITE');
INSERT INTO "trial_values" VALUES(36,14,2,3.51710118370980595603e-02,'FINITE');
INSERT INTO "trial_values" VALUES(37,15,0,8.48666666666666680285e-01,'FINITE');
INSERT INTO "trial_values" VALUES(38,15,1,1.32774601594068858466e-04,'FINITE');
INSERT INTO "trial_values" VALUES(39,15,2,3.58759989467216655611e-02,'FINITE');
INSERT INTO "trial_values" VALUES(40,16,0,8.4683333333333332682e-01,'FINITE');
INSERT INTO "trial_values" VALUES(41,16,1,1.32305043494772224706e-04,'FINITE');
INSERT INTO "trial_values" VALUES(42,16,2,3.6464000004343688488e-02,'FINITE');
INSERT INTO "trial_values" VALUES(43,17,0,8.59333333333333282411e-01,'FINITE');
INSERT INTO "trial_values" VALUES(44,17,1,1.7115534581767040856e-04,'FINITE');
INSERT INTO "trial_values" VALUES(45,17,2,4.8127177797460785058e-02,'FINITE');
INSERT INTO "trial_values" VALUES(46,18,0,0.86,'FINITE');
INSERT INTO "trial_values" VALUES(47,18,1,1.67404896522448034135e-04,'FINITE');
INSERT INTO "trial_values" VALUES(48,18,2,4.71825895486060117867e-02,'FINITE');
INSERT INTO "trial_values" VALUES(49,19,0,8.4816666666666662433e-01,'FINITE');
INSERT INTO "trial_values" VALUES(50,19,1,1.41345980224841856909e-04,'FINITE');
INSERT INTO "trial_values" VALUES(51,19,2,3.91640005545923486351e-02,'FINITE');
INSERT INTO "trial_values" VALUES(52,20,0,8.63333333333333285963e-01,'FINITE');
INSERT INTO "trial_values" VALUES(53,20,1,1.48071245612634098389e-04,'FINITE');
INSERT INTO "trial_values" VALUES(54,20,2,0.0415448845613654,'FINITE');
INSERT INTO "trial_values" VALUES(55,21,0,8.63333333333333285963e-01,'FINITE');
INSERT INTO "trial_values" VALUES(56,21,1,2.18976712499845404006e-04,'FINITE');
INSERT INTO "trial_values" VALUES(57,21,2,6.02660002186894416809e-02,'FINITE');
INSERT INTO "trial_values" VALUES(58,22,0,8.64166666666666638541e-01,'FINITE');
INSERT INTO "trial_values" VALUES(59,22,1,2.1360856781316048215e-04,'FINITE');
INSERT INTO "trial_values" VALUES(60,22,2,5.98969545513897694277e-02,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-05 22:43:31.359822','2026-12-05 22:44:32.115487');
INSERT INTO "trials" VALUES(2,1,1,'FAIL','2026-12-05 22:44:34.735905','2026-12-05 22:44:46.996669');
INSERT INTO "trials" VALUES(3,2,1,'COMPLETE','2026-12-05 22:46:37.729879','2026-12-05 22:47:32.529945');
INSERT INTO "trials" VALUES(4,3,1,'COMPLETE','2026-12-05 22:47:34.204239','2026-12-05 22:47:52.277092');
INSERT INTO "trials" VALUES(5,4,1,'COMPLETE','2026-12-05 22:47:52.411219','2026-12-05 22:48:37.553985');
INSERT INTO "trials" VALUES(6,5,1,'COMPLETE','2026-12-05 22:48:37.748187','2026-12-05 22:49:06.462045');
INSERT INTO "trials" VALUES(7,6,1,'COMPLETE','2026-12-05 22:49:06.603826','2026-12-05 22:49:47.446442');
INSERT INTO "trials" VALUES(8,7,1,'COMPLETE','2026-12-05 22:49:47.678263','2026-12-05 22:49:59.503017');
INSERT INTO "trials" VALUES(9,8,1,'COMPLETE','2026-12-05 22:49:59.638413','2026-12-05 22:51:03.051986');
INSERT INTO "trials" VALUES(10,9,1,'COMPLETE','2026-12-05 22:51:03.458472','2026-12-05 22:51:15.308790');
INSERT INTO "trials" VALUES(11,10,1,'COMPLETE','2026-12-05 22:51:15.442258','2026-12-05 22:51:33.731752');
INSERT INTO "trials" VALUES(12,11,1,'COMPLETE','2026-12-05 22:51:33.896363','2026-12-05 22:51:52.146380');
INSERT INTO "trials" VALUES(13,12,1,'PRUNED','2026-12-05 22:51:52.328450','2026-12-05 22:51:52.441431');
INSERT INTO "trials" VALUES(14,13,1,'COMPLETE','2026-12-05 22:51:52.449232','2026-12-05 22:52:08.897369');
INSERT INTO "trials" VALUES(15,14,1,'COMPLETE','2026-12-05 22:52:09.061591','2026-12-05 22:52:24.492261');
INSERT INTO "trials" VALUES(16,15,1,'COMPLETE','2026-12-05 22:52:24.632224','2026-12-05 22:52:38.638847');
INSERT INTO "trials" VALUES(17,16,1,'COMPLETE','2026-12-05 22:52:39.007320','2026-12-05 22:53:00.494847');
INSERT INTO "trials" VALUES(18,17,1,'COMPLETE','2026-12-05 22:53:00.657081','2026-12-05 22:53:23.490363');
INSERT INTO "trials" VALUES(19,18,1,'COMPLETE','2026-12-05 22:53:23.638168','2026-12-05 22:53:41.999497');
INSERT INTO "trials" VALUES(20,19,1,'COMPLETE','2026-12-05 22:53:42.153040','2026-12-05 22:54:02.298500');
INSERT INTO "trials" VALUES(21,20,1,'COMPLETE','2026-12-05 22:54:02.467110','2026-12-05 22:54:30.372218');
INSERT INTO "trials" VALUES(22,21,1,'COMPLETE','2026-12-05 22:54:30.772652','2026-12-05 22:55:01.804350');
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
