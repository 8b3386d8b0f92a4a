"""MLflow tracking is the search's own callback: every way of running a search logs its trials,
without ``nas sync``: ``nas promote`` and a Python caller of the library included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from mlflow import MlflowClient
from optuna.trial import TrialState

from nas import load_config, run_search, start_search
from nas.study import load_existing_study
from tests.conftest import run_cli


def parent_and_children(workdir: Path, study_name: str) -> tuple[Any, list[Any]]:
    client = MlflowClient(f"sqlite:///{workdir}/mlflow.db")
    experiment = client.get_experiment_by_name("nas")
    assert experiment is not None
    parents = client.search_runs(
        [experiment.experiment_id],
        filter_string=f"tags.`nas.study` = '{study_name}' and tags.`mlflow.parentRunId` IS NULL",
    )
    assert len(parents) == 1, [p.data.tags for p in parents]
    children = client.search_runs(
        [experiment.experiment_id],
        filter_string=f"tags.`mlflow.parentRunId` = '{parents[0].info.run_id}'",
    )
    return parents[0], list(children)


@pytest.mark.slow
def test_promote_logs_its_trials_to_mlflow_without_sync(tiny_config: Path, workdir: Path) -> None:
    assert run_cli("search", str(tiny_config)).exit_code == 0
    result = run_cli("promote", "--config", str(tiny_config), "--epochs", "3")
    assert result.exit_code == 0, result.output
    assert "MLflow logging stopped" not in result.output

    parent, children = parent_and_children(workdir, "tiny@3ep")
    assert parent.info.status == "FINISHED"
    numbers = sorted(int(run.data.tags["nas.trial_number"]) for run in children)
    promoted = load_existing_study("sqlite:///nas.db", "tiny@3ep")
    assert numbers == [t.number for t in promoted.get_trials(states=(TrialState.COMPLETE,))]
    assert all("val_accuracy" in run.data.metrics and "energy_uj" in run.data.metrics for run in children)
    assert parent.data.metrics["completed_trials"] == len(numbers)


@pytest.mark.slow
def test_a_search_run_from_python_logs_to_mlflow(tiny_config: Path, workdir: Path) -> None:
    config = load_config(tiny_config, {"study": {"name": "from-python"}})
    outcome = run_search(start_search(config))
    assert outcome.new_trials == 3

    parent, children = parent_and_children(workdir, "from-python")
    assert len(children) == 3 and parent.info.status == "FINISHED"
    assert sum(run.data.tags["nas.pareto"] == "true" for run in children) >= 1  # its front, tagged


@pytest.mark.slow
def test_a_trial_a_peer_logged_first_is_not_logged_again(tiny_config: Path, workdir: Path) -> None:
    """Two searches of one study: the second opens MLflow and back-fills the first's trial just
    as the first, after that trial, opens MLflow to log it (reproduced 3 times out of 3 before)."""
    from nas.tracking.callback import MlflowCallback
    from nas.tracking.tracker import MlflowTracker

    assert run_cli("search", str(tiny_config), "--trials", "1", "--tracking-uri", "").exit_code == 0
    config = load_config(tiny_config, {"tracking": {"uri": f"sqlite:///{workdir}/mlflow.db"}})
    study = load_existing_study(config.study.storage, config.study.name)
    first = study.get_trials(deepcopy=False)[0]
    peer = MlflowTracker.open(config, study)
    peer.backfill(study)  # the peer logs every finished trial, the first one's too
    MlflowCallback(config, backfill=True)(study, first)  # the first process, after its trial

    _, children = parent_and_children(workdir, config.study.name)
    numbers = sorted(int(run.data.tags["nas.trial_number"]) for run in children)
    assert numbers == sorted(t.number for t in study.get_trials(states=(TrialState.COMPLETE,)))
