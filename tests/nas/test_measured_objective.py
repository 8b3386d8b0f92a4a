"""A measured objective added from outside the code (p90 latency, registered by a test's own
launcher): configured, budgeted, measured, paired with the front, shown in the front and the
report and logged to MLflow with its column in the saved view, with no other code naming it.
Records written before pairing kept its figures by objective name are still read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from mlflow import MlflowClient

from nas.record import read_record, record_from_json
from nas.study import load_existing_study
from tests.conftest import TINY, make_blobs_npz, toml_text

LAUNCHER = """
from nas.formatting import latency_text
from nas.objectives import measured_objective, register

register(
    measured_objective(
        "latency_p90", "p90 latency", latency_text, lambda m: m.latency_ms_p90, "p90_latency_us", 1e3,
        key="latency_p90_ms", fallback_ceiling=1.0,
    )
)
from nas.cli import run

run()
"""
OBJECTIVES = ["accuracy", "energy", "latency_p90"]


def nas_with_p90(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    launcher = workdir / "nas_p90.py"
    launcher.write_text(LAUNCHER)
    return subprocess.run(
        [sys.executable, str(launcher), *args], cwd=workdir, capture_output=True, text=True, check=False
    )


def write(workdir: Path, name: str, **sections: dict[str, object]) -> Path:
    make_blobs_npz(workdir / "blobs.npz", n=300)
    study = {**TINY["study"], "name": name, "objectives": OBJECTIVES, "n_trials": 8}
    # one epoch: accuracies that still differ, so candidates join the front beside neighbours and
    # are paired (at 3 epochs most reach 1.0, and as few as 1 trial in 8 was paired)
    train = {**TINY["train"], "epochs": 1, "patience": 1}
    config = {**TINY, "study": study, "train": train, "data": {"dataset": "blobs.npz"}, **sections}
    path = workdir / f"{name}.toml"
    path.write_text(toml_text(config))
    return path


@pytest.mark.slow
def test_a_measured_objective_registered_from_outside_runs_end_to_end(workdir: Path) -> None:
    config = write(workdir, "p90", measure={**TINY["measure"], "pair_rounds": 3})
    searched = nas_with_p90(workdir, "search", str(config))
    assert searched.returncode == 0, searched.stderr[-3000:]
    assert "p90 latency" in searched.stdout + searched.stderr  # the trial lines and the front

    study = load_existing_study("sqlite:///nas.db", "p90")
    assert study.metric_names == OBJECTIVES
    complete = [t for t in study.get_trials() if t.state.name == "COMPLETE"]
    for trial in complete:
        record = read_record(trial)
        assert record.measurement is not None
        paired = record.paired.figures if record.paired else {}
        # the study decides on the pairing's figure where there was one, else the measurement's
        assert trial.values[2] == paired.get("latency_p90", record.measurement.latency_ms_p90)
    assert any(r.paired and "latency_p90" in r.paired.figures for r in map(read_record, complete))

    front = json.loads(nas_with_p90(workdir, "front", "--config", str(config), "--json").stdout)
    assert front and all(row["latency_p90_ms"] > 0 for row in front)
    report = nas_with_p90(workdir, "report", "--config", str(config), "-o", "report.html")
    assert report.returncode == 0, report.stderr[-2000:]
    assert "p90 latency" in (workdir / "report.html").read_text()

    client = MlflowClient(f"sqlite:///{workdir}/mlflow.db")
    experiment = client.get_experiment_by_name("nas")
    assert experiment is not None
    runs = client.search_runs([experiment.experiment_id], "tags.`nas.trial_number` != ''")
    assert runs and all("p90_latency_us" in run.data.metrics for run in runs)
    view = json.loads(experiment.tags["mlflow.sharedViewState.nas-front"])
    assert "metrics.`p90_latency_us`" in view["selectedColumns"]


@pytest.mark.slow
def test_its_budget_rejects_a_candidate_once_measured(workdir: Path) -> None:
    config = write(workdir, "tight", budget={"max_latency_p90_ms": 1e-9})
    searched = nas_with_p90(workdir, "search", str(config), "--tracking-uri", "", "--trials", "2")
    assert searched.returncode == 0, searched.stderr[-3000:]
    records = [read_record(t) for t in load_existing_study("sqlite:///nas.db", "tight").get_trials()]
    rejected = [r for r in records if r.rejected]
    assert rejected and all("latency_p90" in str(r.rejected) and r.measurement for r in rejected)
    assert all(r.training is None for r in rejected)  # measured, over budget, never trained


def test_the_nas_command_without_the_launcher_refuses_the_objective(workdir: Path) -> None:
    config = write(workdir, "plain")
    plain = subprocess.run(
        [sys.executable, "-m", "nas", "search", str(config)],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=False,
    )
    assert plain.returncode == 2 and "unknown objective 'latency_p90'" in plain.stderr


def test_paired_figures_recorded_before_they_were_kept_by_name_are_read() -> None:
    old = {
        "arch": "stem_k3_s1_c8-ir_r1_k3_s1_e1_c8",
        "paired": {
            "energy_j": 2e-6,
            "latency_ms": 0.05,
            "with_trials": [1, 2],
            "rounds": 5,
            "ratio_spread": 0.1,
        },
    }
    record = record_from_json(old)
    assert record.paired is not None and record.paired.figures == {"energy": 2e-6, "latency": 0.05}
    assert record.energy_j == 2e-6 and record.latency_ms == 0.05 and record.paired.with_trials == (1, 2)
