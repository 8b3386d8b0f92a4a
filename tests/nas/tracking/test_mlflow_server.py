"""MLflow as a real tracking server: a search goes on while it is down, ``nas sync`` fills it."""

from __future__ import annotations

from pathlib import Path

from mlflow import MlflowClient

from tests.conftest import run_cli
from tests.mlflow_server import free_port, start_mlflow_server


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
