"""``nas search --jobs K``: K worker processes on one SQLite study, run as a user runs them (the
CLI in a process of its own), with MLflow on."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import optuna
import pytest
from mlflow import MlflowClient
from optuna.trial import TrialState

from nas.record import read_record
from tests.conftest import run_cli
from tests.hardware import COUNTED_IDLE_W, two_socket_server
from tests.nas.search.test_workers import slow_training

FINISHED = (TrialState.COMPLETE, TrialState.FAIL)


def search(
    workdir: Path, trials: int, jobs: int = 2, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "nas", "search", "tiny.toml", "--trials", str(trials)]
    return subprocess.Popen(
        [*command, "--jobs", str(jobs), "--tracking-uri", "sqlite:///mlflow.db"],
        cwd=workdir,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def job_logs(workdir: Path) -> list[Path]:
    return sorted(workdir.glob("nas-artifacts/*/jobs/job-*.log"))


def reported(output: str) -> list[int]:
    return [int(number) for number in re.findall(r"^trial +(\d+) ", output, flags=re.MULTILINE)]


@pytest.mark.slow
def test_jobs_share_the_study_and_every_trial_is_reported_once(tiny_config: Path, workdir: Path) -> None:
    process = search(workdir, trials=4)
    output, _ = process.communicate(timeout=300)
    assert process.returncode == 0, output
    assert "2 jobs: nas worker processes on this machine" in output

    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    trials = study.get_trials()
    assert sum(t.state == TrialState.COMPLETE for t in trials) == 4  # the budget, across both jobs
    finished = sorted(t.number for t in trials if t.state in FINISHED)
    assert sorted(reported(output)) == finished  # each finished trial reported once, whichever job
    trained = [read_record(t).arch for t in trials if read_record(t).training is not None]
    assert len(trained) == len(set(trained))  # no architecture trained twice
    assert "4 completed trials (4 new)" in output
    logs = job_logs(workdir)
    assert [log.name for log in logs] == ["job-1.log", "job-2.log"]
    assert all("completed trials" in log.read_text() for log in logs)  # each ended normally
    # MLflow: one run per finished trial, whichever job logged it, and the front tagged
    client = MlflowClient(f"sqlite:///{workdir}/mlflow.db")  # absolute: one engine per URI
    (experiment,) = [e for e in client.search_experiments() if e.name == "nas"]
    parents = client.search_runs([experiment.experiment_id], "tags.`mlflow.parentRunId` IS NULL")
    assert len(parents) == 1, output  # made once, before the jobs: not one per job that raced
    runs = client.search_runs([experiment.experiment_id], filter_string="tags.`nas.trial_number` != ''")
    assert sorted(int(r.data.tags["nas.trial_number"]) for r in runs) == finished
    tagged = {int(r.data.tags["nas.trial_number"]) for r in runs if r.data.tags["nas.pareto"] == "true"}
    front = run_cli("front", "--config", "tiny.toml", "--json")
    assert tagged == {row["trial"] for row in json.loads(front.output)}, output


@pytest.mark.slow
def test_sigterm_stops_every_job_and_the_same_command_resumes(workdir: Path) -> None:
    slow_training(workdir)
    process = search(workdir, trials=6)
    assert process.stdout is not None
    said: list[str] = []
    while not (line := process.stdout.readline()).startswith("trial "):  # until a trial finished
        assert line, "".join(said)
        said.append(line)
    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=120)
    assert process.returncode == 143, output
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    assert "terminated (SIGTERM)" in output and "Traceback" not in output
    for log in job_logs(workdir):  # each job got the signal and recorded its running trial
        assert "terminated (SIGTERM)" in log.read_text() or "completed trials" in log.read_text()
    assert not [t for t in study.get_trials() if t.state == TrialState.RUNNING]
    assert not [p for p in Path("/proc").iterdir() if p.name.isdigit() and _is_job_of(workdir, p)]

    again = search(workdir, trials=6)
    output, _ = again.communicate(timeout=300)
    assert again.returncode == 0, output
    assert "resuming study 'tiny'" in output
    assert sum(t.state == TrialState.COMPLETE for t in study.get_trials()) == 6


def _is_job_of(workdir: Path, process: Path) -> bool:
    """Whether ``process`` (its /proc folder) is a worker running in ``workdir``: a job left behind."""
    try:
        command = (process / "cmdline").read_bytes().split(b"\0")
        return b"worker" in command and (process / "cwd").resolve() == workdir.resolve()
    except OSError:
        return False


@pytest.mark.slow
def test_on_a_counter_trainings_at_once_share_its_readings(tiny_config: Path, workdir: Path) -> None:
    slow_training(workdir)  # trainings of a few seconds: the two jobs' trainings overlap
    with two_socket_server(workdir / "powercap") as server:
        process = search(workdir, trials=4, env={"NAS_POWERCAP_ROOT": str(server.root)})
        output, _ = process.communicate(timeout=300)
    assert process.returncode == 0, output
    assert "energy meter: auto: rapl" in output
    (said,) = [line for line in output.splitlines() if "over the whole search" in line]
    whole_j = float(said.split("over the whole search: ")[1].split(" J")[0])
    # the simulated packages draw their idle power all along: the whole search's reading is at
    # least that over the search's wall time (less the counters' stalls on a busy machine)
    wall_s = float(re.findall(r"completed trials \(\d+ new\) in (\d+) s", output)[0])
    assert whole_j >= COUNTED_IDLE_W * (wall_s - 2) * 0.5

    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    records = [read_record(t) for t in study.get_trials() if t.state == TrialState.COMPLETE]
    assert min(r.train_device_share for r in records) < 0.9  # some trained beside the other job's
    readings = sum(r.train_energy_by_source.get("rapl", r.train_energy_j) for r in records)
    shared = float(re.findall(r"search footprint: [\d.]+ J over \d+ trials \(training ([\d.]+) J", output)[0])
    assert shared == pytest.approx(sum(r.train_energy_attributed()["rapl"] for r in records), abs=0.2)
    assert shared < readings  # the readings of trainings that overlapped count once
    assert shared <= whole_j * 1.05  # no more than the packages drew over the whole search
