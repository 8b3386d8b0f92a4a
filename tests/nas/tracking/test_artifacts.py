"""The configuration on a study's parent run, logged by processes that open MLflow together (the
workers of a study, each after its first trial) in the real PostgreSQL store."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest
from mlflow import MlflowClient

from nas.config import load_config
from nas.tracking.artifacts import log_config
from tests.conftest import POSTGRES

PROCESSES = 4
ROUNDS = 3  # a new parent run each round: each round every process logs every parameter afresh


def log_together(uri: str, config_path: str, parents: list[str], barrier: Any, errors: Any) -> None:
    client, config = MlflowClient(uri), load_config(Path(config_path))
    for parent in parents:
        barrier.wait(timeout=120)
        try:
            log_config(client, parent, config)
        except Exception as error:  # reported to the test, which says what it was
            errors.put(f"{type(error).__name__}: {str(error).splitlines()[0][:160]}")


@pytest.mark.slow
def test_processes_that_log_the_config_at_once_all_succeed(tiny_config: Path, mlflow_database: str) -> None:
    uri = POSTGRES.rsplit("/", 1)[0] + "/" + mlflow_database
    client = MlflowClient(uri)
    experiment = client.create_experiment("nas")
    parents = [client.create_run(experiment).info.run_id for _ in range(ROUNDS)]
    spawn = multiprocessing.get_context("spawn")  # no connection pool shared across a fork
    barrier, errors = spawn.Barrier(PROCESSES), spawn.Queue()
    processes = [
        spawn.Process(target=log_together, args=(uri, str(tiny_config), parents, barrier, errors))
        for _ in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=300)
    failed = [errors.get() for _ in range(errors.qsize())]
    assert failed == [] and all(p.exitcode == 0 for p in processes)
    expected = client.get_run(parents[0]).data.params
    assert "study.name" in expected
    assert all(client.get_run(parent).data.params == expected for parent in parents)
