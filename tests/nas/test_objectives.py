"""The objective registry: an objective added there (peak activation memory) is configured,
budgeted, normalised, sampled for, recorded, shown in the front and logged to MLflow with its
column in the saved view, with no other code naming it."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from mlflow import MlflowClient

from estimators.memory import peak_activation_bytes
from nas.config import Config
from nas.front.hypervolume import study_normalisation
from nas.objectives import COSTS, OBJECTIVES, STATIC
from nas.record import TrialRecord, read_record
from nas.study import load_existing_study
from search_spaces import SearchSpace, parse_arch, smallest_arch
from tests.conftest import TINY, made_trial, make_blobs_npz, run_cli, toml_text

SPACE = SearchSpace.model_validate(TINY["space"]).resolved((1, 8, 8))


def write(workdir: Path, **sections: dict[str, object]) -> Path:
    make_blobs_npz(workdir / "blobs.npz")
    config = {**TINY, "data": {"dataset": "blobs.npz"}, **sections}
    path = workdir / "memory.toml"
    path.write_text(toml_text(config))
    return path


def test_every_objective_is_complete() -> None:
    assert next(iter(OBJECTIVES)) == "accuracy" and OBJECTIVES["accuracy"].direction == "maximize"
    for objective in COSTS:
        assert objective.direction == "minimize" and objective.key and objective.metric
    assert {o.name for o in STATIC} == {"params", "macs", "peak_memory"}
    assert all(o.count is not None for o in STATIC)


@pytest.mark.parametrize("name", list(OBJECTIVES))
def test_every_objective_keeps_the_registry_s_contract(name: str) -> None:
    """Whatever its kind, an entry is configurable, readable from any record, and shown."""
    objective = OBJECTIVES[name]
    config = Config()
    assert objective.text(None) == "-" and isinstance(objective.text(0.5), str)
    assert objective.value(TrialRecord()) is None  # a trial that died before anything was known
    assert [o.metric for o in OBJECTIVES.values()].count(objective.metric) == 1  # its own MLflow name
    if objective.kind == "accuracy":
        assert objective.direction == "maximize"
        return
    assert objective.direction == "minimize" and objective.noisy == (objective.kind == "measured")
    assert hasattr(config.budget, f"max_{objective.key}") and hasattr(config.hypervolume, objective.key)
    if objective.kind == "static":
        assert objective.count is not None
        assert objective.count(smallest_arch(SPACE), (1, 8, 8), 3) > 0
    else:
        assert objective.measure is not None
        measured = read_record(made_trial(0, 0.9, energy_uj=120.0, latency_us=40.0)).measurement
        assert measured is not None
        figure = objective.measure(measured)
        assert figure > 0 and math.isfinite(figure)


@pytest.mark.slow
def test_peak_memory_is_an_objective_end_to_end(workdir: Path) -> None:
    study = {**TINY["study"], "objectives": ["accuracy", "energy", "peak_memory"]}
    config = write(workdir, study=study)
    result = run_cli("search", str(config))
    assert result.exit_code == 0, result.output
    assert "peak memory" in result.output  # the per-trial lines and the front's column

    stored = load_existing_study("sqlite:///nas.db", "tiny")
    assert stored.metric_names == ["accuracy", "energy", "peak_memory"]
    assert "peak_memory" in study_normalisation(stored).bounds
    complete = [t for t in stored.get_trials() if t.state.name == "COMPLETE"]
    for trial in complete:
        record = read_record(trial)
        assert trial.values[2] == peak_activation_bytes(parse_arch(record.arch), (1, 8, 8))
        assert record.static_costs["peak_memory"] == trial.values[2]

    front = json.loads(run_cli("front", "--config", str(config), "--json").output)
    assert all(row["peak_memory_bytes"] > 0 for row in front)

    client = MlflowClient(f"sqlite:///{workdir}/mlflow.db")
    experiment = client.get_experiment_by_name("nas")
    assert experiment is not None
    runs = client.search_runs([experiment.experiment_id], "tags.`nas.trial_number` != ''")
    assert runs and all("peak_memory_kb" in run.data.metrics for run in runs)
    view = json.loads(experiment.tags["mlflow.sharedViewState.nas-front"])
    assert "metrics.`peak_memory_kb`" in view["selectedColumns"]


@pytest.mark.slow
def test_a_peak_memory_budget_rejects_before_measuring(workdir: Path) -> None:
    config = write(workdir, budget={"max_peak_memory_bytes": 10})
    result = run_cli("search", str(config), "--tracking-uri", "", "--trials", "2")
    assert result.exit_code == 0, result.output
    trials = load_existing_study("sqlite:///nas.db", "tiny").get_trials()
    rejected = [read_record(t) for t in trials if read_record(t).rejected]
    assert rejected and all("peak_memory" in r.rejected and r.measurement is None for r in rejected)  # type: ignore[operator]
