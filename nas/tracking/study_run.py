"""A study's parent run in MLflow, opened (or made) once per process: the client, the
experiment (created if need be, marked for model training, with its saved view and
description) and the parent run, which workers that create it at the same moment settle on."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import dataclass
from typing import Any

import optuna

from nas.config import Config
from nas.study import UID_ATTR
from nas.tracking.client import mlflow_client
from nas.tracking.names import (
    KIND_TAG,
    MODEL_TRAINING,
    NOTE_TAG,
    OPEN_ATTEMPTS,
    STORAGE_TAG,
    STUDY_TAG,
    UID_TAG,
    VIEW_TAG,
)
from nas.tracking.saved_view import experiment_note, front_view_state
from nas.urls import masked


@dataclass(frozen=True)
class StudyRun:
    client: Any  # an MlflowClient: never MLflow's process-global active run
    experiment_id: str
    parent_id: str  # the study's parent run
    study_name: str


def open_study_run(config: Config, study: optuna.Study) -> StudyRun:
    """The study's parent run at ``tracking.uri``, marked RUNNING; MLflow's errors as raised."""
    import mlflow

    logging.getLogger(mlflow.__name__).setLevel(logging.WARNING)  # mlflow sets its own level on import
    # an unreachable server fails in seconds, not after minutes of back-off (users may override)
    os.environ.setdefault("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "1")
    os.environ.setdefault("MLFLOW_HTTP_REQUEST_TIMEOUT", "10")
    client, found, experiment_id = _open(config.tracking.uri, config.tracking.experiment)
    if found is None or found.tags.get(KIND_TAG) != MODEL_TRAINING:  # MLflow 3 opens GenAI mode otherwise
        client.set_experiment_tag(experiment_id, KIND_TAG, MODEL_TRAINING)
    uid = str(study.user_attrs[UID_ATTR])
    parent_id = _parent_run(client, experiment_id, study.study_name, uid, masked(config.study.storage))
    _save_view(client, experiment_id, parent_id, found.tags if found else {})
    return StudyRun(client, experiment_id, parent_id, study.study_name)


def _open(uri: str, experiment: str) -> tuple[Any, Any, str]:
    """A client, the experiment (None if this call made it) and its id. Workers that open a
    new database store at the same moment race on MLflow's schema and on the experiment's
    name: the losers try again once the winner is done."""
    for attempt in range(OPEN_ATTEMPTS):
        try:
            client = mlflow_client(uri)
            found = client.get_experiment_by_name(experiment)
            return client, found, found.experiment_id if found else client.create_experiment(experiment)
        except Exception:
            if attempt == OPEN_ATTEMPTS - 1:
                raise
            time.sleep(1.0 + attempt)
    raise AssertionError("unreachable")


def _parent_run(client: Any, experiment_id: str, study_name: str, uid: str, storage_url: str) -> str:
    """The study's parent run; workers that create it at the same moment keep the oldest.

    Found by the study's storage-unique id (hex), so no name a user chose is ever spliced
    into a filter string."""
    study_filter = f"tags.`{UID_TAG}` = '{uid}'"

    def parents() -> list[Any]:
        found = client.search_runs(
            [experiment_id], filter_string=study_filter, order_by=["attributes.start_time ASC"]
        )
        return sorted(found, key=lambda run: (run.info.start_time, run.info.run_id))

    runs = parents()
    if not runs:
        created = client.create_run(
            experiment_id,
            run_name=f"study {study_name}",
            tags={STUDY_TAG: study_name, STORAGE_TAG: storage_url, UID_TAG: uid},
        )
        runs = parents()
        if runs[0].info.run_id != created.info.run_id:  # another worker's came first
            client.delete_run(created.info.run_id)
    client.update_run(runs[0].info.run_id, status="RUNNING")
    return str(runs[0].info.run_id)


def _save_view(client: Any, experiment_id: str, parent_id: str, tags: dict[str, str]) -> None:
    """The saved view "Pareto front", with every study's parent run expanded; the description."""
    expanded: set[str] = {parent_id}
    if VIEW_TAG in tags:
        with contextlib.suppress(ValueError, AttributeError):  # not ours, or edited: rewritten
            expanded |= set(json.loads(tags[VIEW_TAG]).get("runsExpanded", {}))
    view = front_view_state(expanded)
    if tags.get(VIEW_TAG) != view:
        client.set_experiment_tag(experiment_id, VIEW_TAG, view)
    if NOTE_TAG not in tags:  # a description the user wrote is kept
        client.set_experiment_tag(experiment_id, NOTE_TAG, experiment_note(experiment_id))
