"""MLflow as a real tracking server: a search goes on while it is down, ``nas sync`` fills it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from mlflow import MlflowClient

from tests.conftest import run_cli
from tests.mlflow_server import free_port, start_mlflow_server


@pytest.mark.slow
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


PASSWORD = "s3cret-Pa55word"


def run_nas(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``nas`` as a user runs it: its own process, its real stdout and stderr."""
    command = [sys.executable, "-m", "nas", *args]
    return subprocess.run(command, cwd=workdir, capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.slow
def test_a_password_in_an_http_tracking_uri_reaches_no_screen(tiny_config: Path, workdir: Path) -> None:
    port = free_port()
    secret = f"http://nas-user:{PASSWORD}@127.0.0.1:{port}"
    down = run_nas(workdir, "search", str(tiny_config), "--trials", "1", "--tracking-uri", secret)
    assert down.returncode == 0 and "MLflow logging stopped" in down.stderr, down.stderr
    sync_down = run_nas(workdir, "sync", "--config", str(tiny_config), "--tracking-uri", secret)
    assert sync_down.returncode == 1 and len(sync_down.stderr.strip().splitlines()) == 1, sync_down.stderr
    assert "run nas sync again" in sync_down.stderr and "Traceback" not in sync_down.stderr

    server = start_mlflow_server(f"http://127.0.0.1:{port}", workdir)
    try:
        up = run_nas(workdir, "search", str(tiny_config), "--trials", "2", "--tracking-uri", secret)
        sync_up = run_nas(workdir, "sync", "--config", str(tiny_config), "--tracking-uri", secret)
        assert up.returncode == 0 and sync_up.returncode == 0, up.stderr + sync_up.stderr
        assert "View run" not in up.stdout  # MLflow's own URL printing is off
        client = MlflowClient(f"http://127.0.0.1:{port}")
        experiment = client.get_experiment_by_name("nas")
        assert experiment is not None
        runs = client.search_runs([experiment.experiment_id], filter_string="tags.`nas.study` = 'tiny'")
        assert len([r for r in runs if "mlflow.parentRunId" in r.data.tags]) == 2  # both trials logged
    finally:
        server.terminate()
    for result in (down, sync_down, up, sync_up):
        assert PASSWORD not in result.stdout + result.stderr
    assert "nas-user:***@127.0.0.1" in sync_down.stderr  # the URL is shown, masked
