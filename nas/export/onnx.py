"""Export a trial's trained model to ONNX, and prove the file is right before writing it.

Finalized weights (``nas finalize``) are exported when the trial has them; otherwise the search's
proxy-trained ones, and the report says which. By default the graph takes images as users hold
them, uint8 ``[batch, H, W, C]`` (PIL, numpy and OpenCV's layout; a grey image has C = 1), and
normalises them itself, so a client cannot get preprocessing wrong; ``raw_input=False`` gives the
network alone, fed normalised float32 ``[batch, C, H, W]``.

Checks: ``onnx.checker`` full check, ONNX Runtime output equal to PyTorch's on random inputs
(at a batch size other than the exported one, so the dynamic batch axis is exercised), and
metadata that says what the model is, what it expects and what it costs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import onnx
import optuna
import torch
from optuna.trial import FrozenTrial, TrialState
from torch import nn

from estimators import export_onnx, make_session
from estimators.onnx_graph import with_metadata
from nas.errors import UserInputError
from nas.export.checkpoint import Checkpoint, load_checkpoint
from nas.export.quantize import Int8Model, Quantization
from nas.export.raw_input import raw_input_onnx
from nas.finalized import Weights, finalized_trials
from nas.front.final import final_front
from nas.front.pareto import pareto_front
from nas.record import read_record
from nas.stores import check_output

CHECK_BATCH = 3
ATOL, RTOL = 1e-4, 1e-3


class ExportError(UserInputError, RuntimeError):
    """The trial cannot be exported; the message is one line for the user."""


class RawImages(nn.Module):
    """The network fed images as users hold them: uint8 ``[batch, H, W, C]``, normalised with
    the training split's mean and standard deviation inside the graph."""

    def __init__(self, net: nn.Module, mean: float, std: float) -> None:
        super().__init__()
        self.net, self.mean, self.std = net, mean, std

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.net(((x.float() - self.mean) / self.std).permute(0, 3, 1, 2))
        return out


@dataclass(frozen=True)
class Graph:
    """What is exported: the module, one example's shape and the input's type."""

    module: nn.Module
    input_shape: tuple[int, ...]
    dtype: torch.dtype
    raw: bool = False  # images as stored, normalised inside the graph

    @classmethod
    def of(cls, checkpoint: Checkpoint, raw_input: bool = True) -> Graph:
        if not raw_input:
            return cls(checkpoint.model, checkpoint.input_shape, torch.float32)
        channels, height, width = checkpoint.input_shape
        module = RawImages(checkpoint.model, checkpoint.mean, checkpoint.std).eval()
        dtype = torch.uint8 if checkpoint.pixels == "uint8" else torch.float32
        return cls(module, (height, width, channels), dtype, raw=True)

    def onnx(self, metadata: dict[str, str] | None = None) -> bytes:
        """The graph as ONNX bytes (dynamic batch axis), ``metadata`` in its properties; uint8
        images normalised by raw_input.py's cheap front where the network allows it."""
        if self.dtype == torch.uint8 and isinstance(self.module, RawImages):
            height, width, channels = self.input_shape
            network = export_onnx(self.module.net, (channels, height, width))
            cheap = raw_input_onnx(network, (height, width, channels), self.module.mean, self.module.std)
            if cheap is not None:
                return with_metadata(cheap, metadata)
        return export_onnx(self.module, self.input_shape, metadata, self.dtype)

    def example(self, batch: int, seed: int = 0) -> torch.Tensor:
        generator = torch.Generator().manual_seed(seed)
        if self.dtype == torch.uint8:
            return torch.randint(0, 256, (batch, *self.input_shape), generator=generator, dtype=torch.uint8)
        return torch.randn(batch, *self.input_shape, generator=generator)

    def input_text(self) -> str:
        shape = ", ".join(str(side) for side in self.input_shape)
        kind = "uint8" if self.dtype == torch.uint8 else "float32"
        if self.raw:
            return f"{kind} [batch, {shape}] (H, W, C): pixel values as stored, normalised inside the graph"
        return f"float32 [batch, {shape}] (C, H, W): (pixel value - mean) / std, see normalization"


@dataclass(frozen=True)
class ExportReport:
    """What ``export_trial`` wrote: the model's path, the trial and architecture, the largest
    difference between ONNX Runtime's and PyTorch's outputs, the metadata written into the model,
    and the INT8 model beside it when one was asked for."""

    path: Path
    trial: int
    arch: str
    max_abs_diff: float
    metadata: dict[str, str]
    finalized: bool  # final weights (nas finalize); False: the search's proxy training
    int8: Int8Model | None = None  # with its figures beside the float model's
    int8_path: Path | None = None


def choose_weights(study: optuna.Study, number: int | None) -> Weights:
    """The trial asked for (finalized weights if it has them), or else the most accurate member
    of the finalized front, or, with nothing finalized, of the search's front."""
    finals = finalized_trials(study)
    if number is None and (final := final_front(study)):
        number = final[0].number
    trial = choose_trial(study, number)
    final_of = finals.get(trial.number)
    record = final_of.record if final_of is not None else read_record(trial)
    return Weights(trial.number, record, final_of, read_record(trial))


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


def weights_metadata(
    weights: Weights, checkpoint: Checkpoint, study_name: str, graph: Graph
) -> dict[str, str]:
    record = weights.record
    fidelity = "final" if weights.final is not None else "proxy"
    return {
        "arch": str(checkpoint.arch),
        "study": study_name,
        "trial": str(weights.trial),
        "fidelity": fidelity,  # final: nas finalize's full training; proxy: the search's short one
        "dataset": checkpoint.dataset,
        "input": graph.input_text(),
        "input_shape": json.dumps(list(checkpoint.input_shape)),  # C, H, W of the images
        "num_classes": str(checkpoint.num_classes),
        "class_names": json.dumps(list(checkpoint.class_names)),
        # raw pixel values (0..255 for images) minus mean, over std (inside the graph for uint8 input)
        "normalization": json.dumps({"mean": checkpoint.mean, "std": checkpoint.std}),
        "val_accuracy": str(record.val_accuracy),  # selected on this
        "test_accuracy": str(record.test_accuracy),  # reported only
        "proxy_val_accuracy": str(weights.proxy.val_accuracy),
        "proxy_test_accuracy": str(weights.proxy.test_accuracy),
        "training": record.stop_reason,
        "energy_per_inference_j": str(record.energy_j),
        "energy_source": record.energy_source,
        "energy_meter": record.energy_meter,
        "latency_ms_median": str(record.latency_ms),
        "params": str(record.params),
        "macs": str(record.macs),
    }


def verified_onnx(graph: Graph, metadata: dict[str, str]) -> tuple[bytes, float]:
    """ONNX bytes of the trained model that passed every check, and the largest output gap."""
    model_bytes = graph.onnx(metadata)
    try:
        onnx.checker.check_model(onnx.load_from_string(model_bytes), full_check=True)
    except onnx.checker.ValidationError as error:
        raise ExportError(f"exported graph fails onnx.checker: {str(error).splitlines()[0]}") from None
    inputs = graph.example(CHECK_BATCH)
    with torch.no_grad():
        expected = graph.module(inputs).numpy()
    session = make_session(model_bytes, threads=1, spinning=False)
    (actual,) = session.run(None, {session.get_inputs()[0].name: inputs.numpy()})
    if actual.shape != expected.shape or not np.allclose(actual, expected, atol=ATOL, rtol=RTOL):
        raise ExportError("ONNX Runtime output differs from PyTorch beyond tolerance; not written")
    return model_bytes, float(np.abs(actual - expected).max())


def int8_path(out: Path) -> Path:
    return out.with_name(f"{out.stem}.int8.onnx")


def export_trial(
    study: optuna.Study,
    number: int | None,
    out: Path,
    quantization: Quantization | None = None,
    raw_input: bool = True,
) -> ExportReport:
    """Write the trial's float model to ``out`` and, with ``quantization``, its INT8 model beside
    it (``<name>.int8.onnx``); a refused INT8 model means nothing is written."""
    check_output(out)
    if quantization is not None:
        check_output(int8_path(out))
    weights = choose_weights(study, number)
    if not weights.checkpoint.is_file():
        raise ExportError(f"trial {weights.trial}: weights file {weights.checkpoint} is missing")
    checkpoint = load_checkpoint(weights.checkpoint)
    graph = Graph.of(checkpoint, raw_input)
    metadata = weights_metadata(weights, checkpoint, study.study_name, graph)
    model_bytes, gap = verified_onnx(graph, metadata)
    int8 = None
    if quantization is not None:
        try:
            int8 = quantization.apply(model_bytes, metadata)
        except ValueError as error:
            raise ExportError(str(error)) from None
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(model_bytes)
    final = weights.final is not None
    report = ExportReport(out, weights.trial, str(checkpoint.arch), gap, metadata, final)
    if int8 is None:
        return report
    int8_path(out).write_bytes(int8.model_bytes)
    return replace(report, int8=int8, int8_path=int8_path(out))
