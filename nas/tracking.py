"""MLflow as the view of a study: one parent run per study, one child run per finished trial.

Optuna's storage stays the source of truth; everything here can be rebuilt from it. The parent
run carries the current Pareto front (CSV, JSON, PNG), refreshed after every trial; child runs
carry a ``nas.pareto`` tag that follows front membership. Only an ``MlflowClient`` is used, never
MLflow's process-global active run, so two searches in one process cannot mix their runs.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import optuna
import torch
from optuna.trial import FrozenTrial, TrialState

from nas.checkpoint import load_checkpoint
from nas.config import Config
from nas.export import trial_metadata, verified_onnx
from nas.footprint import study_footprint
from nas.front import pareto_front
from nas.mlflow_view import FRONT_VIEW_KEY, experiment_note, front_view_state
from nas.record import TrialRecord, read_record
from nas.references import study_references
from nas.study import UID_ATTR
from nas.units import energy_text
from nas.urls import masked
from nas.views import HypervolumeCurve, front_figure, front_page, hypervolume_figure

STUDY_TAG = "nas.study"
STORAGE_TAG = "nas.storage"  # masked: never a password
UID_TAG = "nas.study_uid"
KIND_TAG, MODEL_TRAINING = "mlflow.experimentKind", "custom_model_development"
TRIAL_TAG = "nas.trial_number"
VIEW_TAG = f"mlflow.sharedViewState.{FRONT_VIEW_KEY}"
NOTE_TAG = "mlflow.note.content"  # the experiment's description, shown above its runs
PARETO_TAG = "nas.pareto"
ARTIFACT_INTERVAL_S = 10.0  # the rendered front (PNGs, HTML) is rewritten at most this often
FRONT_COLUMNS = (
    "trial",
    "val_accuracy",
    "test_accuracy",
    "energy_j",
    "energy_source",
    "latency_ms",
    "params",
    "macs",
    "arch",
)


def trial_metrics(record: TrialRecord) -> dict[str, float]:
    """A trial's figures as child-run metrics (finite ones only), under their MLflow names."""
    measured, training = record.measurement, record.training
    values: dict[str, float | int | None] = {
        "val_accuracy": _digits(record.val_accuracy) if record.trained else None,
        "test_accuracy": None if record.test_accuracy is None else _digits(record.test_accuracy),
        # per inference, in the units these small networks are read in
        # 4 significant digits: repeats differ by 0.3-16 %, and the runs table shows every digit
        "energy_uj": _digits(measured.energy_j * 1e6) if measured else None,
        "latency_us": _digits(measured.latency_ms_median * 1e3) if measured else None,
        "latency_p90_us": _digits(measured.latency_ms_p90 * 1e3) if measured else None,
        "cpu_us_per_call": measured.cpu_ms_per_call * 1e3 if measured else None,
        "energy_cv": measured.energy_cv if measured else None,
        "energy_dataflow_uj": record.dataflow["joules"] * 1e6 if record.dataflow else None,
        "params": record.params,
        "macs": record.macs,
        "training_time_s": training.train_seconds if training else None,
        "epochs_run": training.epochs_run if training else None,
        "training_energy_j": record.train_energy_j if record.train_energy_source else None,
        "measurement_energy_j": record.measure_energy_j if record.measure_energy_source else None,
        "pareto_saved_energy_j": record.pareto_saved_energy_j,
        "pareto_stop_epoch": training.epochs_run if training and record.pareto_stopped else None,
        **{f"zc_{name}": score for name, score in record.zero_cost.items()},
    }
    return {
        name: float(value)
        for name, value in values.items()
        if isinstance(value, int | float) and math.isfinite(value)
    }


def _digits(value: float, digits: int = 4) -> float:
    return float(f"{value:.{digits}g}")


def run_name(number: int, state: TrialState, record: TrialRecord) -> str:
    """A child run's name, scannable in the runs table: trial, accuracy, energy."""
    if state == TrialState.FAIL:
        return f"t{number} failed"
    if not record.trained:
        return f"t{number} not trained, {energy_text(record.energy_j)}"
    return f"t{number} acc {record.val_accuracy:.3f}, {energy_text(record.energy_j)}"


def _ms(moment: datetime | None) -> int | None:
    return None if moment is None else int(moment.timestamp() * 1000)


def absolute_sqlite(uri: str) -> str:
    """``sqlite:///mlflow.db`` as an absolute path: MLflow caches one engine per URI and process,
    so a relative one would keep writing to the first folder it was used in."""
    prefix = "sqlite:///"
    if uri.startswith(prefix) and not uri.startswith(prefix + "/"):
        return prefix + str(Path(uri.removeprefix(prefix)).resolve())
    return uri


def front_rows(front: list[FrozenTrial]) -> list[dict[str, Any]]:
    rows = []
    for t in front:
        r = read_record(t)
        values = (t.number, r.val_accuracy, r.test_accuracy, r.energy_j, r.energy_source)
        rows.append(dict(zip(FRONT_COLUMNS, (*values, r.latency_ms, r.params, r.macs, r.arch), strict=True)))
    return rows


class MlflowTracker:
    def __init__(self, config: Config, study: optuna.Study) -> None:
        import logging

        from mlflow import MlflowClient

        logging.getLogger("mlflow").setLevel(logging.WARNING)  # mlflow sets its own level on import
        # an unreachable server fails in seconds, not after minutes of back-off (users may override)
        os.environ.setdefault("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "1")
        os.environ.setdefault("MLFLOW_HTTP_REQUEST_TIMEOUT", "10")
        self.client = MlflowClient(tracking_uri=absolute_sqlite(config.tracking.uri))
        self.config = config
        self.study_name = study.study_name
        self.factors = config.footprint.factors()
        found = self.client.get_experiment_by_name(config.tracking.experiment)
        self.experiment_id = (
            found.experiment_id if found else self.client.create_experiment(config.tracking.experiment)
        )
        if found is None or found.tags.get(KIND_TAG) != MODEL_TRAINING:  # MLflow 3 opens GenAI mode otherwise
            self.client.set_experiment_tag(self.experiment_id, KIND_TAG, MODEL_TRAINING)
        self.parent_id = self._parent_run(str(study.user_attrs[UID_ATTR]), masked(config.study.storage))
        self._save_view(found.tags if found else {})
        children = self._child_runs()
        self.child_ids = {
            int(run.data.tags[TRIAL_TAG]): run.info.run_id for run in children if TRIAL_TAG in run.data.tags
        }
        self.pareto_tags = {  # what MLflow shows, so only changes are written
            int(run.data.tags[TRIAL_TAG]): run.data.tags.get(PARETO_TAG, "false")
            for run in children
            if TRIAL_TAG in run.data.tags
        }
        self.curve = HypervolumeCurve(study)
        self.artifact_front: set[int] | None = None  # the front the artifacts show
        self.artifacts_written = -math.inf
        self.logged_values: dict[str, float] = {}

    def _parent_run(self, uid: str, storage_url: str) -> str:
        """The study's parent run; workers that create it at the same moment keep the oldest.

        Found by the study's storage-unique id (hex), so no name a user chose is ever spliced
        into a filter string."""
        study_filter = f"tags.`{UID_TAG}` = '{uid}'"

        def parents() -> list[Any]:
            found = self.client.search_runs(
                [self.experiment_id], filter_string=study_filter, order_by=["attributes.start_time ASC"]
            )
            return sorted(found, key=lambda run: (run.info.start_time, run.info.run_id))

        runs = parents()
        if not runs:
            created = self.client.create_run(
                self.experiment_id,
                run_name=f"study {self.study_name}",
                tags={STUDY_TAG: self.study_name, STORAGE_TAG: storage_url, UID_TAG: uid},
            )
            runs = parents()
            if runs[0].info.run_id != created.info.run_id:  # another worker's came first
                self.client.delete_run(created.info.run_id)
        self.client.update_run(runs[0].info.run_id, status="RUNNING")
        return str(runs[0].info.run_id)

    def _save_view(self, tags: dict[str, str]) -> None:
        """The saved view "Pareto front", with every study's parent run expanded; the description."""
        expanded: set[str] = {self.parent_id}
        if VIEW_TAG in tags:
            with contextlib.suppress(ValueError, AttributeError):  # not ours, or edited: rewritten
                expanded |= set(json.loads(tags[VIEW_TAG]).get("runsExpanded", {}))
        view = front_view_state(expanded)
        if tags.get(VIEW_TAG) != view:
            self.client.set_experiment_tag(self.experiment_id, VIEW_TAG, view)
        if NOTE_TAG not in tags:  # a description the user wrote is kept
            self.client.set_experiment_tag(self.experiment_id, NOTE_TAG, experiment_note(self.experiment_id))

    def _child_runs(self) -> list[Any]:
        """Every child run of the parent, across result pages."""
        runs, token = [], None
        while True:
            page = self.client.search_runs(
                [self.experiment_id],
                filter_string=f"tags.`mlflow.parentRunId` = '{self.parent_id}'",
                page_token=token,
            )
            runs += list(page)
            token = page.token
            if not token:
                return runs

    def log_config(self, config: Config) -> None:
        """The configuration as params and ``config.json``, without passwords."""
        from mlflow.entities import Param

        data = config.public().model_dump(mode="json")
        flat = _flatten(data)
        existing = self.client.get_run(self.parent_id).data.params
        params = [Param(k, str(v)[:6000]) for k, v in flat.items() if k not in existing]
        for start in range(0, len(params), 100):
            self.client.log_batch(self.parent_id, params=params[start : start + 100])
        self.client.log_text(self.parent_id, json.dumps(data, indent=2), "config.json")

    def log_trial(self, study: optuna.Study, trial: FrozenTrial) -> None:
        """Log a finished trial once; later calls for the same trial number do nothing."""
        from mlflow.entities import Metric, Param, RunTag

        if trial.number in self.child_ids or trial.state not in (TrialState.COMPLETE, TrialState.FAIL):
            return
        record = read_record(trial)
        run = self.client.create_run(
            self.experiment_id,
            run_name=run_name(trial.number, trial.state, record),
            start_time=_ms(trial.datetime_start),  # the trial's own times, not the logging's
            tags={
                "mlflow.parentRunId": self.parent_id,
                TRIAL_TAG: str(trial.number),
                STUDY_TAG: self.study_name,
            },
        )
        run_id = run.info.run_id
        now = int(time.time() * 1000)
        metrics = [Metric(name, value, now, 0) for name, value in trial_metrics(record).items()]
        metrics.append(Metric("co2e_g", self.factors.co2e_grams(record.search_energy_j), now, 0))
        curve = record.training.val_curve if record.training else ()
        metrics += [Metric("val_accuracy_by_epoch", acc, now, epoch) for epoch, acc in enumerate(curve, 1)]
        params = [Param(k, str(v)) for k, v in trial.params.items()]
        params.append(Param("arch", record.arch))
        tags = [
            RunTag("nas.state", trial.state.name),
            RunTag("nas.energy_source", record.energy_source),
            RunTag("nas.energy_meter", record.energy_meter[:5000]),
            RunTag("nas.feasible", str(record.trained).lower()),
            RunTag(PARETO_TAG, "false"),
        ]
        for key, text in (
            ("rejected", record.rejected),
            ("stop_reason", record.stop_reason),
            ("fail_reason", record.fail_reason),
        ):
            if text:
                tags.append(RunTag(f"nas.{key}", text[:5000]))
        self.client.log_batch(run_id, metrics=metrics, params=params, tags=tags)
        if record.checkpoint and Path(record.checkpoint).is_file():
            self._log_model(run_id, study.study_name, trial)
        status = "FINISHED" if trial.state == TrialState.COMPLETE else "FAILED"
        self.client.set_terminated(run_id, status=status, end_time=_ms(trial.datetime_complete))
        self.child_ids[trial.number] = run_id
        self.pareto_tags[trial.number] = "false"

    def _log_model(self, run_id: str, study_name: str, trial: FrozenTrial) -> None:
        """The trained model as an MLflow ONNX model in ``model/`` (MLmodel, signature, input
        example), so MLflow's own tools can register and serve it; the ONNX file is checked
        exactly as ``nas export`` checks it."""
        import mlflow.onnx
        import numpy as np
        import onnx
        from mlflow.models import infer_signature

        checkpoint = load_checkpoint(Path(str(read_record(trial).checkpoint)))
        model_bytes, _ = verified_onnx(checkpoint, trial_metadata(trial, checkpoint, study_name))
        # inputs are normalised, so zeros stand for the mean image
        example = np.zeros((1, *checkpoint.input_shape), dtype=np.float32)
        with torch.no_grad():
            logits = checkpoint.model(torch.from_numpy(example)).numpy()
        with tempfile.TemporaryDirectory() as folder:
            mlflow.onnx.save_model(
                onnx.load_from_string(model_bytes),
                str(Path(folder) / "model"),
                # given, not inferred: inference starts a 1.4 s subprocess for every model
                pip_requirements=mlflow.onnx.get_default_pip_requirements(),
                signature=infer_signature(example, logits),
                input_example=example,
                onnx_execution_providers=["CPUExecutionProvider"],
            )
            self.client.log_artifacts(run_id, str(Path(folder) / "model"), "model")

    def refresh_front(self, study: optuna.Study, front: list[FrozenTrial], force: bool = False) -> None:
        """Keep MLflow's view of the front current, at a cost that does not grow with the study.

        After every trial: the study's figures (one ``log_batch``) and the ``nas.pareto`` tags of
        runs whose membership changed (runs other workers logged are listed only when some
        exist that this tracker has not seen). The rendered front (CSV, JSON, PNGs, HTML) is
        rewritten when the front changed, at most every ``ARTIFACT_INTERVAL_S``, and by
        ``finish`` (``force``)."""
        from mlflow.entities import Metric, RunTag

        trials = study.get_trials(deepcopy=False)
        finished = [t for t in trials if t.state in (TrialState.COMPLETE, TrialState.FAIL)]
        if len(finished) > len(self.child_ids):  # other workers logged runs: learn them once
            for run in self._child_runs():
                number = int(run.data.tags[TRIAL_TAG])
                self.child_ids.setdefault(number, run.info.run_id)
                self.pareto_tags.setdefault(number, run.data.tags.get(PARETO_TAG, "false"))
        numbers = {t.number for t in front}
        for number, run_id in self.child_ids.items():
            on_front = str(number in numbers).lower()
            if self.pareto_tags.get(number) != on_front:
                self.client.set_tag(run_id, PARETO_TAG, on_front)
                self.pareto_tags[number] = on_front
        curve = self.curve.update(study, trials)
        complete = sum(1 for t in trials if t.state == TrialState.COMPLETE)
        footprint = study_footprint(trials, self.factors)
        values = {
            "front_size": len(front),
            "completed_trials": complete,
            "hypervolume": curve[-1][1] if curve else 0.0,
            "search_energy_j": footprint.energy_j,
            "search_co2e_g": footprint.co2e_g,
            "pareto_saved_energy_j": footprint.pareto_saved_j,
        }
        if values != self.logged_values:  # a refresh with nothing new logs nothing
            now = int(time.time() * 1000)
            self.client.log_batch(  # one request for the study's figures, not eight
                self.parent_id,
                metrics=[Metric(name, float(value), now, complete) for name, value in values.items()],
                tags=[
                    RunTag("nas.carbon_factors", footprint.factors.source),
                    RunTag("nas.footprint_sources", ", ".join(footprint.sources)),
                ],
            )
            self.logged_values = values
        due = time.monotonic() - self.artifacts_written >= ARTIFACT_INTERVAL_S
        if force or (numbers != self.artifact_front and due):
            self._write_front(study, front, curve)

    def _write_front(
        self, study: optuna.Study, front: list[FrozenTrial], curve: list[tuple[int, float]]
    ) -> None:
        numbers = {t.number for t in front}
        rows = front_rows(front)
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=FRONT_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        self.client.log_text(self.parent_id, buffer.getvalue(), "front/front.csv")
        self.client.log_text(self.parent_id, json.dumps(rows, indent=2), "front/front.json")
        references = study_references(study)
        self.client.log_figure(self.parent_id, front_figure(study, numbers, references), "front/front.png")
        self.client.log_text(self.parent_id, front_page(study, front, curve, references), "front/front.html")
        self.client.log_figure(self.parent_id, hypervolume_figure(curve), "front/hypervolume.png")
        self.artifact_front = numbers
        self.artifacts_written = time.monotonic()

    def repair(self, stale_after_s: float = 120.0) -> int:
        """Delete the child runs a crash left half-written (still RUNNING after ``stale_after_s``,
        or without a trial number) and duplicates of a trial's run, so that logging again leaves
        exactly one complete run per trial. Returns how many were deleted."""
        now_ms = time.time() * 1000
        kept: dict[int, str] = {}
        deleted = 0
        runs = sorted(self._child_runs(), key=lambda run: run.info.status == "RUNNING")  # complete first
        for run in runs:
            number = run.data.tags.get(TRIAL_TAG)
            stale = run.info.status == "RUNNING" and now_ms - run.info.start_time > stale_after_s * 1000
            if number is None or stale or int(number) in kept:
                self.client.delete_run(run.info.run_id)
                deleted += 1
            else:
                kept[int(number)] = run.info.run_id
        self.child_ids = kept
        self.pareto_tags = {number: self.pareto_tags.get(number, "") for number in kept}
        return deleted

    def sync(self, study: optuna.Study, config: Config) -> int:
        """Log every finished trial that has no run yet and refresh the front (after ``repair``,
        exactly one complete run per trial); the runs now logged."""
        self.log_config(config)
        for trial in study.get_trials(deepcopy=False):
            self.log_trial(study, trial)
        self.refresh_front(study, pareto_front(study), force=True)
        self.finish()
        return len(self.child_ids)

    def finish(self, status: str = "FINISHED") -> None:
        self.client.set_terminated(self.parent_id, status=status)


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat
