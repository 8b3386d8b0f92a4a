"""End to end through the CLI: a real study in SQLite, a real MLflow store, real ONNX files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import onnxruntime as ort
import optuna
import pytest
import torch
from mlflow import MlflowClient
from optuna.trial import TrialState

from nas.config.sections import CORES
from nas.record import read_record
from search_spaces import SearchSpace
from tests.conftest import TINY, run_cli, spinning, toml_text


def study_parents(client: MlflowClient) -> list[Any]:
    experiment = client.get_experiment_by_name("nas")
    assert experiment is not None
    return list(
        client.search_runs(
            [experiment.experiment_id],
            filter_string="tags.`nas.study` = 'tiny' and tags.`mlflow.parentRunId` IS NULL",
        )
    )


def child_runs(client: MlflowClient, parent_id: str) -> list[Any]:
    return list(
        client.search_runs(
            [client.get_run(parent_id).info.experiment_id],
            filter_string=f"tags.`mlflow.parentRunId` = '{parent_id}'",
        )
    )


def assert_footprint_logged(client: MlflowClient, parent_id: str, children: list[Any]) -> None:
    """Each trial's energy and CO2e on its run, the study's running total on the parent."""
    spent = []
    for run in children:
        metrics = run.data.metrics
        spent.append(metrics["training_energy_j"] + metrics["measurement_energy_j"])
        assert metrics["co2e_g"] == pytest.approx(spent[-1] / 3.6e6 * 1.58 * 481)  # WORLD grid, PUE 1.58
    history = client.get_metric_history(parent_id, "search_energy_j")
    assert [m.step for m in history] == [1, 2, 3] and history[-1].value == pytest.approx(sum(spent))
    assert "Uptime" in client.get_run(parent_id).data.tags["nas.carbon_factors"]
    volumes = [m.value for m in client.get_metric_history(parent_id, "hypervolume")]
    assert len(volumes) == 3 and volumes == sorted(volumes) and 0 <= volumes[-1] <= 1  # never shrinks
    counted = [m.value for m in client.get_metric_history(parent_id, "completed_trials")]
    assert counted == [1, 2, 3]


def assert_trials_recorded(trials: list[Any]) -> None:
    """Each trial's record: its genome, costs with their sources, and both accuracies."""
    genome = SearchSpace.model_validate(TINY["space"]).genome_names
    for trial in trials:
        record = read_record(trial)
        assert list(trial.params) == genome
        assert record.energy_source == "model:cpu-ccf"
        assert record.energy_j == trial.values[1] > 0
        assert "0.74 W idle" in record.energy_meter  # the model's constants travel with it
        assert record.dataflow is not None and record.dataflow["constants"]["memory"] == "dram"
        assert record.training is not None and record.training.epochs_run >= 1
        # the objective is the best validation epoch; the test accuracy is only stored beside it
        assert trial.values[0] == record.val_accuracy == max(record.training.val_curve)
        assert record.test_accuracy is not None and 0 <= record.test_accuracy <= 1


@pytest.mark.slow
def test_search_track_export_and_resume(tiny_config: Path, workdir: Path) -> None:
    result = run_cli("search", str(tiny_config))
    assert result.exit_code == 0, result.output
    assert "Pareto front of study 'tiny'" in result.output and "model:cpu-ccf" in result.output
    assert "search footprint:" in result.output and "g CO2e at 481 gCO2e/kWh (WORLD" in result.output
    assert "val acc" in result.output and "test acc" in result.output
    assert "selected by validation accuracy" in result.output
    assert "accuracy 0.333..1 (linear); energy" in result.output  # the normalisation, said as text

    # the study: the source of truth
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    trials = study.get_trials(states=(TrialState.COMPLETE,))
    assert len(trials) == 3
    assert study.metric_names == ["accuracy", "energy", "latency"]
    assert_trials_recorded(trials)

    # MLflow: one parent run with the front, one child run per trial
    client = MlflowClient(f"sqlite:///{workdir}/mlflow.db")
    parents = study_parents(client)
    assert len(parents) == 1
    parent = parents[0]
    children = child_runs(client, parent.info.run_id)
    assert len(children) == 3
    for run in children:
        assert {
            "val_accuracy",
            "test_accuracy",
            "energy_uj",
            "latency_us",
            "params",
            "macs",
            "training_time_s",
            "epochs_run",
        } <= set(run.data.metrics)
        assert run.data.tags["nas.energy_source"] == "model:cpu-ccf"
        assert "arch" in run.data.params and run.data.tags["nas.state"] == "COMPLETE"
        model_files = {a.path for a in client.list_artifacts(run.info.run_id, "model")}
        assert {"model/MLmodel", "model/model.onnx", "model/input_example.json"} <= model_files
    front = json.loads(run_cli("front", "--config", str(tiny_config), "--json").output)
    on_front = {int(r.data.tags["nas.trial_number"]) for r in children if r.data.tags["nas.pareto"] == "true"}
    assert on_front == {row["trial"] for row in front}
    artifacts = {a.path for a in client.list_artifacts(parent.info.run_id, "front")}
    assert artifacts == {
        "front/front.csv",
        "front/front.json",
        "front/front.png",
        "front/front.html",
        "front/hypervolume.png",
    }
    assert client.get_metric_history(parent.info.run_id, "front_size")[-1].value == len(front)
    assert_footprint_logged(client, parent.info.run_id, children)

    # export: a checked ONNX file that runs in ONNX Runtime alone, at any batch size
    result = run_cli("export", "--config", str(tiny_config), "-o", "best.onnx")
    assert result.exit_code == 0, result.output
    model = onnx.load("best.onnx")
    onnx.checker.check_model(model, full_check=True)
    meta = {p.key: p.value for p in model.metadata_props}
    assert meta["arch"] == front[0]["arch"] and float(meta["val_accuracy"]) == front[0]["val_accuracy"]
    assert front[0]["val_accuracy"] == max(row["val_accuracy"] for row in front)  # chosen on validation
    assert float(meta["test_accuracy"]) == front[0]["test_accuracy"]
    assert meta["energy_source"] == "model:cpu-ccf" and json.loads(meta["input_shape"]) == [1, 8, 8]
    session = ort.InferenceSession("best.onnx", providers=["CPUExecutionProvider"])
    # images as the data holds them (this .npz: float32), in the layout users hold them: N, H, W, C
    assert meta["fidelity"] == "proxy" and meta["input"].startswith("float32 [batch, 8, 8, 1] (H, W, C)")
    (logits,) = session.run(None, {"input": np.zeros((5, 8, 8, 1), np.float32)})
    assert logits.shape == (5, 3)

    # the same command with a larger budget resumes: nothing lost, nothing logged twice
    result = run_cli("search", str(tiny_config), "--trials", "5")
    assert result.exit_code == 0, result.output
    assert "resuming study 'tiny': 3 of 5 trials completed" in result.output  # said first
    numbers = [
        t.number
        for t in optuna.load_study(study_name="tiny", storage="sqlite:///nas.db").get_trials(
            states=(TrialState.COMPLETE,)
        )
    ]
    assert len(numbers) == 5 and numbers[:3] == [t.number for t in trials]
    assert len(study_parents(client)) == 1
    assert (
        sorted(int(r.data.tags["nas.trial_number"]) for r in child_runs(client, parent.info.run_id))
        == numbers
    )


@pytest.mark.slow
def test_a_resumed_search_logs_what_mlflow_missed_once_and_keeps_the_tags_on_the_front(
    tiny_config: Path, workdir: Path
) -> None:
    """Trials run with tracking off are logged when a search resumes with it on; the parent run's
    watermark (every finished trial below it has a run) moves on, so later resumes start there."""
    client = MlflowClient(f"sqlite:///{workdir}/mlflow.db")
    for trials, tracking in (("2", ""), ("3", None), ("4", ""), ("5", None)):
        flags = ["--trials", trials] + ([] if tracking is None else ["--tracking-uri", tracking])
        assert run_cli("search", str(tiny_config), *flags).exit_code == 0
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    finished = [
        t.number for t in study.get_trials() if t.state.is_finished() and t.state != TrialState.PRUNED
    ]
    (parent,) = study_parents(client)
    runs: list[Any] = child_runs(client, parent.info.run_id)
    assert sorted(int(r.data.tags["nas.trial_number"]) for r in runs) == finished  # each once
    assert parent.data.tags["nas.logged_below"] == str(len(study.get_trials()))
    front = {
        row["trial"] for row in json.loads(run_cli("front", "--config", str(tiny_config), "--json").output)
    }
    assert {
        int(r.data.tags["nas.trial_number"]) for r in runs if r.data.tags["nas.pareto"] == "true"
    } == front


@pytest.mark.slow
def test_resuming_with_other_settings_is_refused(tiny_config: Path, workdir: Path) -> None:
    assert run_cli("search", str(tiny_config), "--trials", "1", "--tracking-uri", "").exit_code == 0
    changed = (
        tiny_config.read_text().replace('"epochs": 2', '"epochs": 3').replace("epochs = 2", "epochs = 3")
    )
    tiny_config.write_text(changed)
    result = run_cli("search", str(tiny_config), "--trials", "2", "--tracking-uri", "")
    assert result.exit_code == 2
    assert "created with other settings (train.epochs)" in result.output


@pytest.mark.slow
def test_training_threads_may_change_on_resume(tiny_config: Path, workdir: Path) -> None:
    """How fast trainings run is no part of what the search is: each trial records its count."""
    pinned = {
        **TINY,
        "data": {"dataset": str(workdir / "blobs.npz")},
        "train": {**TINY["train"], "threads": 1},
    }
    (workdir / "pinned.toml").write_text(toml_text(pinned))
    assert run_cli("search", "pinned.toml", "--trials", "1", "--tracking-uri", "").exit_code == 0
    result = run_cli("search", str(tiny_config), "--trials", "2", "--tracking-uri", "")  # threads "auto"
    assert result.exit_code == 0, result.output
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    trainings = [read_record(t).training for t in study.get_trials()]
    threads = [training.threads for training in trainings if training is not None]
    assert len(threads) == 2 and threads[0] == 1 and all(1 <= n <= CORES for n in threads)


@pytest.mark.skipif(CORES < 2, reason="one core: a training cannot take fewer threads than one")
@pytest.mark.slow
def test_on_a_busy_machine_trainings_take_the_cores_left_and_say_so(tiny_config: Path) -> None:
    with spinning(CORES):
        result = run_cli("search", str(tiny_config), "--trials", "2", "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    assert "training threads: auto" in result.output and f"0 of {CORES} free now" in result.output
    assert result.output.count(f"1 of {CORES} threads: the cores were busy") == 2


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a GPU")
@pytest.mark.slow
def test_a_gpu_that_is_not_there_is_one_line_and_nothing_is_written(tiny_config: Path, workdir: Path) -> None:
    result = run_cli("search", str(tiny_config), "--tracking-uri", "", "--device", "cuda")
    assert result.exit_code == 2 and "sees no GPU" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not optuna.get_all_study_names("sqlite:///nas.db")
    result = run_cli("search", str(tiny_config), "--tracking-uri", "", "--device", "gpu")
    assert result.exit_code == 2 and "--device" in result.output
    result = run_cli("search", str(tiny_config), "--tracking-uri", "", "--device", "cpu")
    assert result.exit_code == 0 and "training on the CPU" in result.output


@pytest.mark.slow
def test_budgets_reject_candidates_before_training(workdir: Path, tiny_config: Path) -> None:
    config = {**TINY, "data": {"dataset": str(workdir / "blobs.npz")}, "budget": {"max_macs": 10}}
    (workdir / "budget.toml").write_text(toml_text(config))
    result = run_cli("search", "budget.toml", "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    for trial in study.get_trials():
        assert trial.state == TrialState.COMPLETE
        assert trial.system_attrs["constraints:macs"] > 0  # the sampler sees the violation
        record = read_record(trial)
        assert "macs" in (record.rejected or "") and record.checkpoint is None
        assert record.training is None  # never trained
    assert not (workdir / "nas-artifacts").exists()
    result = run_cli("export", "--config", "budget.toml", "-o", "x.onnx")
    assert result.exit_code == 2 and "no trained trial" in result.output


@pytest.mark.slow
def test_two_studies_of_one_name_never_share_runs_or_files(tiny_config: Path, workdir: Path) -> None:
    """Two storages, the same study name, one process, one MLflow store and one artifacts folder."""
    for storage in ("sqlite:///a.db", "sqlite:///b.db"):
        result = run_cli("search", str(tiny_config), "--storage", storage, "--trials", "1")
        assert result.exit_code == 0, result.output
    folders = sorted((workdir / "nas-artifacts").iterdir())
    assert len(folders) == 2 and all(f.name.startswith("tiny-") for f in folders)
    assert [len(list(f.iterdir())) for f in folders] == [1, 1]
    client = MlflowClient(f"sqlite:///{workdir}/mlflow.db")
    parents = study_parents(client)
    assert sorted(p.data.tags["nas.storage"] for p in parents) == ["sqlite:///a.db", "sqlite:///b.db"]
    assert [len(child_runs(client, p.info.run_id)) for p in parents] == [1, 1]


@pytest.mark.slow
def test_a_diverging_training_fails_its_trial_with_a_reason_and_the_search_goes_on(
    tiny_config: Path, workdir: Path
) -> None:
    config = {**TINY, "data": {"dataset": str(workdir / "blobs.npz")}, "train": {**TINY["train"], "lr": 1e30}}
    (workdir / "diverge.toml").write_text(toml_text(config))
    result = run_cli("search", "diverge.toml", "--tracking-uri", "")
    assert result.exit_code == 1  # every trial diverges: after five the search stops, in one line
    assert "search stopped: its last 5 trials failed" in result.output and "Traceback" not in result.output
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    failed = study.get_trials(states=(TrialState.FAIL,))
    assert len(failed) == 5  # each failure was recorded and the next trial started
    records = [read_record(t) for t in failed]
    assert all("TrainingDivergedError: loss became" in (r.fail_reason or "") for r in records)
    assert all(r.train_energy_j > 0 for r in records)  # the energy it burnt still counts


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a GPU that PyTorch sees (CUDA)")
def test_a_search_on_a_gpu_meters_its_training_by_nvml_and_the_cpu_s_share(tiny_config: Path) -> None:
    pytest.importorskip("pynvml")
    result = run_cli("search", str(tiny_config), "--trials", "2", "--tracking-uri", "", "--device", "cuda")
    assert result.exit_code == 0, result.output
    assert "training on cuda:0" in result.output and "training: the GPU by nvml" in result.output
    assert "one CPU thread per trial on a GPU" in result.output
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    for trial in study.get_trials(states=(TrialState.COMPLETE,)):
        record = read_record(trial)
        assert record.training is not None and record.training.device == "cuda:0"
        assert record.training.threads == 1  # "auto" on a GPU: the CPU only launches its work
        assert record.train_energy_source == "nvml+model:cpu-ccf"
        assert set(record.train_energy_by_source) == {"nvml", "model:cpu-ccf"}
    assert "nvml" in result.output.split("search footprint:")[1]
