"""Many workers on one study in the real PostgreSQL (127.0.0.1:5432, database ``test``):
a shared budget, nothing lost or duplicated, dead workers' trials retried, Ctrl-C recorded."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import tomllib
import uuid
from collections.abc import Iterator
from pathlib import Path

import optuna
import pytest
from mlflow import MlflowClient
from optuna.trial import FrozenTrial, TrialState

from nas.record import read_record
from tests.conftest import FOUR_ARCHS, POSTGRES, TINY, make_blobs_npz, run_cli, toml_text


@pytest.fixture
def pg_study(workdir: Path) -> Iterator[tuple[str, str]]:
    """A fresh study name in the real PostgreSQL, deleted afterwards; its config is ``tiny.toml``."""
    try:
        storage = optuna.storages.RDBStorage(POSTGRES)
    except Exception as error:  # say what to start, rather than a wall of SQLAlchemy
        pytest.fail(f"PostgreSQL at {POSTGRES} is needed for the worker tests: {error}")
    name = f"workers-{uuid.uuid4().hex[:8]}"
    data = make_blobs_npz(workdir / "blobs.npz")
    config = {**TINY, "data": {"dataset": str(data)}, "study": {**TINY["study"], "heartbeat_s": 1.0}}
    (workdir / "tiny.toml").write_text(toml_text(config))
    yield POSTGRES, name
    optuna.delete_study(study_name=name, storage=storage)


def start_worker(workdir: Path, storage: str, name: str, tracking: str = "") -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "nas", "worker", "--study-name", name, "--storage", storage]
    return subprocess.Popen(
        [*command, "--tracking-uri", tracking],
        cwd=workdir,
        # Ctrl-C as a terminal sends it, even where this test runs with SIGINT ignored (a job
        # started in the background by a non-interactive shell, whose children inherit that)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def create(storage: str, name: str, trials: int) -> optuna.Study:
    result = run_cli(
        "create", "tiny.toml", "--storage", storage, "--study-name", name, "--trials", str(trials)
    )
    assert result.exit_code == 0, result.output
    return optuna.load_study(study_name=name, storage=storage)


def wait_for_running(study: optuna.Study, measured: bool = False) -> FrozenTrial:
    """The first running trial (if ``measured``, one whose costs are recorded, after a completed
    trial: it is training), within three minutes."""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        trials = study.get_trials(deepcopy=False)
        running = [
            t
            for t in trials
            if t.state == TrialState.RUNNING and (not measured or read_record(t).measurement is not None)
        ]
        if running and (not measured or any(t.state == TrialState.COMPLETE for t in trials)):
            return running[0]
        time.sleep(0.05)
    pytest.fail("no trial started running in 180 s")


def finish(process: subprocess.Popen[str], timeout: float = 240) -> str:
    output, _ = process.communicate(timeout=timeout)
    assert process.returncode == 0, output
    return output


@pytest.mark.slow
def test_workers_share_one_budget_and_one_front(
    pg_study: tuple[str, str], workdir: Path, mlflow_database: str
) -> None:
    storage, name = pg_study
    tracking = POSTGRES.rsplit("/", 1)[0] + "/" + mlflow_database
    config = toml_text({**tomllib.loads((workdir / "tiny.toml").read_text()), "tracking": {"uri": tracking}})
    (workdir / "tiny.toml").write_text(config)
    study = create(storage, name, trials=6)
    client = MlflowClient(tracking)
    (experiment,) = [e for e in client.search_experiments() if e.name == "nas"]
    (parent,) = client.search_runs([experiment.experiment_id], filter_string="tags.`nas.study` != ''")
    assert parent.info.status == "SCHEDULED"  # made ready, not searching until a worker starts
    workers = [start_worker(workdir, storage, name, tracking) for _ in range(3)]
    outputs = [finish(process) for process in workers]

    trials = study.get_trials()
    complete = [t for t in trials if t.state == TrialState.COMPLETE]
    assert len(complete) == 6  # the budget, exactly, across three workers
    assert len({t.number for t in trials}) == len(trials)
    others = [read_record(t) for t in trials if t.state != TrialState.COMPLETE]
    assert all(r.surplus or r.duplicate_of is not None for r in others), others
    assert all("Pareto front of study" in output for output in outputs)
    # the front printed from the storage is the front of all workers' trials
    front = run_cli("front", "--storage", storage, "--study-name", name, "--json")
    assert {row["trial"] for row in json.loads(front.output)} == {t.number for t in study.best_trials}
    # MLflow: each worker logged its own trials, once; the pareto tags follow the front of all
    assert client.get_run(parent.info.run_id).info.status == "FINISHED"
    runs = client.search_runs([experiment.experiment_id], filter_string="tags.`nas.trial_number` != ''")
    logged = sorted(int(r.data.tags["nas.trial_number"]) for r in runs)
    finished = [t.number for t in trials if t.state in (TrialState.COMPLETE, TrialState.FAIL)]
    said = [
        line for output in outputs for line in output.splitlines() if "MLflow" in line or "warning" in line
    ]
    assert logged == sorted(finished), said  # what the workers said of MLflow, if it failed them
    tagged = {int(r.data.tags["nas.trial_number"]) for r in runs if r.data.tags["nas.pareto"] == "true"}
    assert tagged == {row["trial"] for row in json.loads(front.output)}


def slow_training(workdir: Path) -> None:
    """Rewrite ``tiny.toml`` so that each trial trains for a couple of seconds: a window wide enough
    to catch a trial in training on a slow or busy machine (a tiny trial trains in tens of ms)."""
    data = make_blobs_npz(workdir / "blobs-large.npz", n=3000)
    train = {**TINY["train"], "epochs": 6, "patience": 6, "pareto_stop": False}
    study = {**TINY["study"], "heartbeat_s": 1.0}
    config = {**TINY, "data": {"dataset": str(data)}, "study": study, "train": train}
    (workdir / "tiny.toml").write_text(toml_text(config))


@pytest.mark.slow
def test_a_killed_workers_trial_is_failed_and_retried(pg_study: tuple[str, str], workdir: Path) -> None:
    storage, name = pg_study
    slow_training(workdir)
    study = create(storage, name, trials=4)
    victim = start_worker(workdir, storage, name)
    killed = wait_for_running(study, measured=True).number  # one done, one in training
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    before = {t.number: t.values for t in study.get_trials() if t.state == TrialState.COMPLETE}

    finish(start_worker(workdir, storage, name))
    trials = {t.number: t for t in study.get_trials()}
    assert trials[killed].state == TrialState.FAIL  # failed by the next worker, from its heartbeat
    assert (read_record(trials[killed]).fail_reason or "").startswith("heartbeat:")  # and says so
    retries = [t for t in trials.values() if t.system_attrs.get("failed_trial") == killed]
    assert retries and retries[0].state == TrialState.COMPLETE
    assert retries[0].params == trials[killed].params  # the same candidate, run again
    assert all(trials[number].values == values for number, values in before.items())  # nothing lost
    assert sum(t.state == TrialState.COMPLETE for t in trials.values()) == 4


@pytest.mark.parametrize(
    ("stop", "status", "reason"),
    [(signal.SIGINT, 130, "interrupted (Ctrl-C)"), (signal.SIGTERM, 143, "interrupted (SIGTERM)")],
)
@pytest.mark.slow
def test_ctrl_c_or_sigterm_records_the_trial_as_interrupted_and_the_study_resumes(
    pg_study: tuple[str, str], workdir: Path, stop: signal.Signals, status: int, reason: str
) -> None:
    storage, name = pg_study
    slow_training(workdir)
    study = create(storage, name, trials=3)
    tracking = f"sqlite:///{workdir}/mlflow.db"
    process = start_worker(workdir, storage, name, tracking)
    wait_for_running(study, measured=True)  # one done (MLflow is open), one in training
    process.send_signal(stop)
    output, _ = process.communicate(timeout=60)
    assert process.returncode == status, output
    assert "the running trial is recorded as failed" in output and "Traceback" not in output
    interrupted = [t for t in study.get_trials() if read_record(t).fail_reason == reason]
    assert len(interrupted) == 1 and interrupted[0].state == TrialState.FAIL
    client = MlflowClient(tracking)
    (experiment,) = [e for e in client.search_experiments() if e.name == "nas"]
    runs = client.search_runs([experiment.experiment_id], "tags.`mlflow.parentRunId` IS NULL")
    assert [run.info.status for run in runs] == ["KILLED"]  # the study's run says how it ended
    finish(start_worker(workdir, storage, name))
    assert len(study.get_trials(states=(TrialState.COMPLETE,))) == 3


@pytest.mark.slow
def test_workers_never_train_the_same_architecture_twice(pg_study: tuple[str, str], workdir: Path) -> None:
    storage, name = pg_study
    data = make_blobs_npz(workdir / "blobs.npz")
    study_section = {**TINY["study"], "sampler": "random", "heartbeat_s": 1.0}
    config = {**TINY, "study": study_section, "data": {"dataset": str(data)}, "space": FOUR_ARCHS}
    (workdir / "tiny.toml").write_text(toml_text(config))
    study = create(storage, name, trials=4)  # every architecture of the space: workers collide
    outputs = [finish(process) for process in [start_worker(workdir, storage, name) for _ in range(3)]]

    trials = study.get_trials()
    trained = [read_record(t).arch for t in trials if read_record(t).measurement is not None]
    assert len(trained) == 4 and len(set(trained)) == 4, outputs  # each measured and trained once
    others = [read_record(t) for t in trials if t.state != TrialState.COMPLETE]
    assert all(r.surplus or r.duplicate_of is not None for r in others), others
