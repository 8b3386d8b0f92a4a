"""MLflow as a real tracking server: a search goes on while it is down, ``nas sync`` fills it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from mlflow import MlflowClient

from tests.conftest import run_cli


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_mlflow_server(uri: str, folder: Path) -> subprocess.Popen[bytes]:
    port = uri.rsplit(":", 1)[1]
    mlflow = Path(sys.executable).parent / "mlflow"
    server = subprocess.Popen(
        [
            *(str(mlflow), "server", "--host", "127.0.0.1", "--port", port, "--workers", "1"),
            *("--backend-store-uri", f"sqlite:///{folder}/server.db"),
            *("--artifacts-destination", str(folder / "server-artifacts")),
        ],
        env={**os.environ, "MLFLOW_SERVER_ENABLE_JOB_EXECUTION": "false"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{uri}/health", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.kill()
    pytest.fail("mlflow server did not start in 90 s")


def test_search_goes_on_without_mlflow_and_sync_fills_it_once(tiny_config: Path, workdir: Path) -> None:
    uri = f"http://127.0.0.1:{free_port()}"  # nothing listens here yet
    result = run_cli("search", str(tiny_config), "--tracking-uri", uri)
    assert result.exit_code == 0, result.output
    assert result.output.count("MLflow logging stopped") == 1 and "nas sync" in result.output
    assert "Pareto front of study 'tiny'" in result.output

    server = start_mlflow_server(uri, workdir)
    try:
        first = run_cli("sync", "--config", str(tiny_config), "--tracking-uri", uri)
        assert first.exit_code == 0, first.output
        assert "3 trial runs added, 0 already there" in first.output
        again = run_cli("sync", "--config", str(tiny_config), "--tracking-uri", uri)
        assert "0 trial runs added, 3 already there" in again.output

        client = MlflowClient(uri)
        experiment = client.get_experiment_by_name("nas")
        assert experiment is not None
        runs = client.search_runs([experiment.experiment_id], filter_string="tags.`nas.study` = 'tiny'")
        parents = [r for r in runs if "mlflow.parentRunId" not in r.data.tags]
        children = [r for r in runs if "mlflow.parentRunId" in r.data.tags]
        assert len(parents) == 1
        assert sorted(int(r.data.tags["nas.trial_number"]) for r in children) == [0, 1, 2]
        assert {a.path for a in client.list_artifacts(parents[0].info.run_id, "front")} >= {"front/front.png"}
        model_files = {a.path for a in client.list_artifacts(children[0].info.run_id, "model")}
        assert {"model/MLmodel", "model/model.onnx"} <= model_files  # uploaded through the server
    finally:
        server.terminate()
        server.wait(timeout=30)
