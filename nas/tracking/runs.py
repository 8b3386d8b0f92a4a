"""One trial's child run: its name, metrics (every objective under its MLflow name), params,
tags, and its trained model as an MLflow ONNX model. Logged once per trial, by whichever process
ran it (or by ``nas sync``)."""

from __future__ import annotations

import contextlib
import math
import re
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from estimators import CarbonFactors
from nas.finalized import Finalized, Weights
from nas.formatting import energy_text
from nas.objectives import OBJECTIVES
from nas.record import TrialRecord, read_record
from nas.tracking.names import FIDELITY_TAG, FINAL_TAG, STUDY_TAG, TRIAL_TAG
from nas.tracking.saved_view import front_tags


def trial_metrics(record: TrialRecord) -> dict[str, float]:
    """A trial's figures as child-run metrics (finite ones only), under their MLflow names."""
    measured, training = record.measurement, record.training
    values: dict[str, float | int | None] = {
        **objective_metrics(record),
        "test_accuracy": None if record.test_accuracy is None else _digits(record.test_accuracy),
        "latency_p90_us": _digits(measured.latency_ms_p90 * 1e3) if measured else None,
        "cpu_us_per_call": measured.cpu_ms_per_call * 1e3 if measured else None,
        "energy_cv": measured.energy_cv if measured else None,
        "energy_spread": measured.energy_spread if measured else None,
        "cpu_pressure": measured.cpu_pressure if measured else None,
        "energy_dataflow_uj": record.dataflow["joules"] * 1e6 if record.dataflow else None,
        "training_time_s": training.train_seconds if training else None,
        "epochs_run": training.epochs_run if training else None,
        "gpu_memory_mb": training.gpu_memory_mb if training else None,
        "training_energy_j": record.train_energy_j if record.train_energy_source else None,
        **_training_shares(record),
        "training_device_share": record.train_device_share if record.train_energy_source else None,
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


def _training_shares(record: TrialRecord) -> dict[str, float | None]:
    """Where meters of two devices summed a training (a GPU's and the CPU's), each one's share:
    ``training_energy_nvml_j``, ``training_energy_model_cpu_ccf_j``."""
    shares = record.train_energy_shares()
    if len(shares) < 2:
        return {}
    return {f"training_energy_{re.sub(r'[^a-z0-9]+', '_', name)}_j": j for name, j in shares.items()}


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
        RunTag(FIDELITY_TAG, "proxy"),
        *(RunTag(key, value) for key, value in front_tags(False, "proxy").items()),
    ]
    for key, text in (
        ("measured_on", record.measured_on),  # the device of the figures, when an agent measured them
        ("rejected", record.rejected),
        ("stop_reason", record.stop_reason),
        ("fail_reason", record.fail_reason),
    ):
        if text:
            tags.append(RunTag(f"nas.{key}", text[:5000]))
    try:
        client.log_batch(run_id, metrics=metrics, params=params, tags=tags)
        if record.checkpoint and Path(record.checkpoint).is_file():
            log_model(client, run_id, study.study_name, Weights(trial.number, record, None, record))
        status = "FINISHED" if trial.state == TrialState.COMPLETE else "FAILED"
        client.set_terminated(run_id, status=status, end_time=ms(trial.datetime_complete))
    except Exception:
        # all or nothing: a half-written run would stand beside the one a later sync logs (seen
        # with two jobs writing one SQLite store on a busy machine: a UNIQUE constraint failed)
        with contextlib.suppress(Exception):
            client.delete_run(run_id)
        raise
    return run_id


def log_final_run(
    client: Any,
    experiment_id: str,
    parent_id: str,
    study_name: str,
    finalized: Finalized,
    factors: CarbonFactors,
) -> str:
    """Create the run of a finalized network, complete, beside the trials' runs (tagged
    ``nas.fidelity = final``; ``nas.pareto`` follows the final front); its run id."""
    from mlflow.entities import Metric, Param, RunTag

    record, proxy = finalized.record, finalized.proxy
    name = finalized.label if finalized.attempt == 1 else f"{finalized.label} #{finalized.attempt}"
    run = client.create_run(
        experiment_id,
        run_name=f"final {name}: acc {record.val_accuracy:.3f}, {energy_text(record.energy_j)}",
        tags={
            "mlflow.parentRunId": parent_id,
            STUDY_TAG: study_name,
            FINAL_TAG: finalized.ident,
            FIDELITY_TAG: "final",
            **front_tags(False, "final"),
        },
    )
    run_id: str = run.info.run_id
    now = int(time.time() * 1000)
    values = {
        **trial_metrics(record),
        "proxy_val_accuracy": proxy.val_accuracy if proxy else None,
        "proxy_test_accuracy": proxy.test_accuracy if proxy else None,
        # the proxy checkpoint re-scored on this validation split: what the guard compared
        "proxy_val_accuracy_rescored": finalized.proxy_check.proxy_val if finalized.proxy_check else None,
        "final_training_val_accuracy": finalized.proxy_check.final_val if finalized.proxy_check else None,
        "co2e_g": factors.co2e_grams(record.train_energy_j),
    }
    metrics = [Metric(k, float(v), now, 0) for k, v in values.items() if v is not None and math.isfinite(v)]
    curve = record.training.val_curve if record.training else ()
    metrics += [Metric("val_accuracy_by_epoch", acc, now, epoch) for epoch, acc in enumerate(curve, 1)]
    params = [
        Param("arch", record.arch),
        *(Param(f"finalize.{k}", str(v)) for k, v in finalized.recipe.items()),
    ]
    tags = [
        RunTag("nas.energy_source", record.energy_source),
        RunTag("nas.energy_meter", record.energy_meter[:5000]),
        RunTag("nas.stop_reason", record.stop_reason),
        RunTag("nas.weights_from", finalized.weights_from),  # "final" training, or the "proxy" checkpoint
    ]
    client.log_batch(run_id, metrics=metrics, params=params, tags=tags)
    if record.checkpoint and Path(record.checkpoint).is_file():
        weights = Weights(
            -1 if finalized.trial is None else finalized.trial, record, finalized, TrialRecord()
        )
        log_model(client, run_id, study_name, weights)
    client.set_terminated(run_id, status="FINISHED")
    return run_id


def log_model(client: Any, run_id: str, study_name: str, weights: Weights) -> None:
    """The trained model as an MLflow ONNX model in ``model/`` (MLmodel, signature, input
    example), so MLflow's own tools can register and serve it; the ONNX file is the one
    ``nas export`` writes (images as users hold them), checked exactly as it checks it."""
    import mlflow.onnx
    import onnx
    import torch
    from mlflow.models import infer_signature

    from nas.export.checkpoint import load_checkpoint
    from nas.export.onnx import Graph, verified_onnx, weights_metadata

    checkpoint = load_checkpoint(weights.checkpoint)
    graph = Graph.of(checkpoint)
    model_bytes, _ = verified_onnx(graph, weights_metadata(weights, checkpoint, study_name, graph))
    example = graph.example(1)
    with torch.no_grad():
        logits = graph.module(example).numpy()
    with tempfile.TemporaryDirectory() as folder:
        mlflow.onnx.save_model(
            onnx.load_from_string(model_bytes),
            str(Path(folder) / "model"),
            # given, not inferred: inference starts a 1.4 s subprocess for every model
            pip_requirements=mlflow.onnx.get_default_pip_requirements(),
            signature=infer_signature(example.numpy(), logits),
            input_example=example.numpy(),
            onnx_execution_providers=["CPUExecutionProvider"],
        )
        client.log_artifacts(run_id, str(Path(folder) / "model"), "model")
