"""Export a trial's trained model to ONNX, and prove the file is right before writing it.

Checks: ``onnx.checker`` full check, ONNX Runtime output equal to PyTorch's on random inputs
(at a batch size other than the exported one, so the dynamic batch axis is exercised), and
metadata that says what the model is and what it costs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnx
import optuna
import torch
from optuna.trial import FrozenTrial, TrialState

from estimators import export_onnx, make_session
from nas.errors import UserInputError
from nas.export.checkpoint import Checkpoint, load_checkpoint
from nas.export.quantize import Int8Model, Quantization
from nas.front.pareto import pareto_front
from nas.record import read_record

CHECK_BATCH = 3
ATOL, RTOL = 1e-4, 1e-3


class ExportError(UserInputError, RuntimeError):
    """The trial cannot be exported; the message is one line for the user."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    trial: int
    arch: str
    max_abs_diff: float
    metadata: dict[str, str]
    int8: Int8Model | None = None  # with its figures beside the float model's
    int8_path: Path | None = None


def choose_trial(study: optuna.Study, number: int | None) -> FrozenTrial:
    """The trial asked for, or the front member with the best validation accuracy."""
    if number is None:
        front = pareto_front(study)
        if not front:
            raise ExportError(f"study {study.study_name!r} has no trained trial yet")
        return front[0]
    trials = {t.number: t for t in study.get_trials(deepcopy=False)}
    if number not in trials:
        raise ExportError(f"study {study.study_name!r} has no trial {number}")
    trial = trials[number]
    record = read_record(trial)
    if trial.state != TrialState.COMPLETE or not record.checkpoint:
        reason = record.rejected or trial.state.name.lower()
        raise ExportError(f"trial {number} has no trained model ({reason})")
    return trial


def trial_metadata(trial: FrozenTrial, checkpoint: Checkpoint, study_name: str) -> dict[str, str]:
    record = read_record(trial)
    return {
        "arch": str(checkpoint.arch),
        "study": study_name,
        "trial": str(trial.number),
        "dataset": checkpoint.dataset,
        "input_shape": json.dumps(list(checkpoint.input_shape)),
        "num_classes": str(checkpoint.num_classes),
        "class_names": json.dumps(list(checkpoint.class_names)),
        # raw pixel values (0..255 for images) minus mean, over std
        "normalization": json.dumps({"mean": checkpoint.mean, "std": checkpoint.std}),
        "val_accuracy": str(record.val_accuracy),  # selected on this
        "test_accuracy": str(record.test_accuracy),  # reported only
        "energy_per_inference_j": str(record.energy_j),
        "energy_source": record.energy_source,
        "energy_meter": record.energy_meter,
        "latency_ms_median": str(record.latency_ms),
        "params": str(record.params),
        "macs": str(record.macs),
    }


def verified_onnx(checkpoint: Checkpoint, metadata: dict[str, str]) -> tuple[bytes, float]:
    """ONNX bytes of the trained model that passed every check, and the largest output gap."""
    model_bytes = export_onnx(checkpoint.model, checkpoint.input_shape, metadata)
    try:
        onnx.checker.check_model(onnx.load_from_string(model_bytes), full_check=True)
    except onnx.checker.ValidationError as error:
        raise ExportError(f"exported graph fails onnx.checker: {str(error).splitlines()[0]}") from None
    inputs = torch.randn(CHECK_BATCH, *checkpoint.input_shape, generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        expected = checkpoint.model(inputs).numpy()
    session = make_session(model_bytes, threads=1, spinning=False)
    (actual,) = session.run(None, {session.get_inputs()[0].name: inputs.numpy()})
    if actual.shape != expected.shape or not np.allclose(actual, expected, atol=ATOL, rtol=RTOL):
        raise ExportError("ONNX Runtime output differs from PyTorch beyond tolerance; not written")
    return model_bytes, float(np.abs(actual - expected).max())


def int8_path(out: Path) -> Path:
    return out.with_name(f"{out.stem}.int8.onnx")


def export_trial(
    study: optuna.Study, number: int | None, out: Path, quantization: Quantization | None = None
) -> ExportReport:
    """Write the trial's float model to ``out`` and, with ``quantization``, its INT8 model beside
    it (``<name>.int8.onnx``); a refused INT8 model means nothing is written."""
    trial = choose_trial(study, number)
    path = Path(str(read_record(trial).checkpoint))
    if not path.is_file():
        raise ExportError(f"trial {trial.number}: weights file {path} is missing")
    checkpoint = load_checkpoint(path)
    metadata = trial_metadata(trial, checkpoint, study.study_name)
    model_bytes, gap = verified_onnx(checkpoint, metadata)
    int8 = None
    if quantization is not None:
        try:
            int8 = quantization.apply(model_bytes, metadata)
        except ValueError as error:
            raise ExportError(str(error)) from None
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(model_bytes)
    if int8 is None:
        return ExportReport(out, trial.number, str(checkpoint.arch), gap, metadata)
    int8_path(out).write_bytes(int8.model_bytes)
    return ExportReport(out, trial.number, str(checkpoint.arch), gap, metadata, int8, int8_path(out))
