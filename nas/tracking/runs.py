"""One trial's child run: its name, metrics (every objective under its MLflow name), params,
tags, and its trained model as an MLflow ONNX model. Logged once per trial, by whichever process
ran it (or by ``nas sync``)."""

from __future__ import annotations

import math
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from estimators import CarbonFactors
from nas.objectives import OBJECTIVES
from nas.record import TrialRecord, read_record
from nas.tracking.names import PARETO_TAG, STUDY_TAG, TRIAL_TAG
from nas.units import energy_text


def trial_metrics(record: TrialRecord) -> dict[str, float]:
    """A trial's figures as child-run metrics (finite ones only), under their MLflow names."""
    measured, training = record.measurement, record.training
    values: dict[str, float | int | None] = {
        **objective_metrics(record),
        "test_accuracy": None if record.test_accuracy is None else _digits(record.test_accuracy),
        "latency_p90_us": _digits(measured.latency_ms_p90 * 1e3) if measured else None,
        "cpu_us_per_call": measured.cpu_ms_per_call * 1e3 if measured else None,
        "energy_cv": measured.energy_cv if measured else None,
        "energy_dataflow_uj": record.dataflow["joules"] * 1e6 if record.dataflow else None,
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


def objective_metrics(record: TrialRecord) -> dict[str, float | None]:
    """Every objective under its MLflow name and unit (energy in µJ, latency in µs per inference).
    Accuracy and measured figures keep 4 significant digits: repeats differ by 0.3-16 %, and the
    runs table shows every digit; counts are exact."""
    metrics: dict[str, float | None] = {}
    for o in OBJECTIVES.values():
        value = o.value(record)
        scaled = None if value is None else value * o.metric_scale
        metrics[o.metric] = _digits(scaled) if scaled is not None and o.kind != "static" else scaled
    return metrics


def _digits(value: float, digits: int = 4) -> float:
    return float(f"{value:.{digits}g}")


def run_name(number: int, state: TrialState, record: TrialRecord) -> str:
    """A child run's name, scannable in the runs table: trial, accuracy, energy."""
    if state == TrialState.FAIL:
        return f"t{number} failed"
    if not record.trained:
        return f"t{number} not trained, {energy_text(record.energy_j)}"
    return f"t{number} acc {record.val_accuracy:.3f}, {energy_text(record.energy_j)}"


def ms(moment: datetime | None) -> int | None:
    return None if moment is None else int(moment.timestamp() * 1000)


def log_trial_run(
    client: Any,
    experiment_id: str,
    parent_id: str,
    study: optuna.Study,
    trial: FrozenTrial,
    factors: CarbonFactors,
) -> str:
    """Create the child run of a finished trial, complete; its run id."""
    from mlflow.entities import Metric, Param, RunTag

    record = read_record(trial)
    run = client.create_run(
        experiment_id,
        run_name=run_name(trial.number, trial.state, record),
        start_time=ms(trial.datetime_start),  # the trial's own times, not the logging's
        tags={
            "mlflow.parentRunId": parent_id,
            TRIAL_TAG: str(trial.number),
            STUDY_TAG: study.study_name,
        },
    )
    run_id: str = run.info.run_id
    now = int(time.time() * 1000)
    metrics = [Metric(name, value, now, 0) for name, value in trial_metrics(record).items()]
    metrics.append(Metric("co2e_g", factors.co2e_grams(record.search_energy_j), now, 0))
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
    client.log_batch(run_id, metrics=metrics, params=params, tags=tags)
    if record.checkpoint and Path(record.checkpoint).is_file():
        log_model(client, run_id, study.study_name, trial)
    status = "FINISHED" if trial.state == TrialState.COMPLETE else "FAILED"
    client.set_terminated(run_id, status=status, end_time=ms(trial.datetime_complete))
    return run_id


def log_model(client: Any, run_id: str, study_name: str, trial: FrozenTrial) -> None:
    """The trained model as an MLflow ONNX model in ``model/`` (MLmodel, signature, input
    example), so MLflow's own tools can register and serve it; the ONNX file is checked
    exactly as ``nas export`` checks it."""
    import mlflow.onnx
    import numpy as np
    import onnx
    import torch
    from mlflow.models import infer_signature

    from nas.export.checkpoint import load_checkpoint
    from nas.export.onnx import trial_metadata, verified_onnx

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
        client.log_artifacts(run_id, str(Path(folder) / "model"), "model")
