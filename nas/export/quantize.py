"""INT8 models with ONNX Runtime quantization, re-measured beside the float model.

``static``: weights and activations in INT8 (QDQ format, per-channel weights, activations
calibrated on training images: U8 activations and S8 weights, ONNX Runtime's choice for x86).
``dynamic``: INT8 weights, activations quantized on the fly. Either way the INT8 model is
measured exactly like the float one (test-split accuracy with ONNX Runtime, then latency and
energy per inference), because INT8 is not always faster or cheaper on a CPU: measure, never
assume. The export is refused when accuracy falls by more than the user's tolerance.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import onnx
from onnxruntime.quantization import (
    CalibrationDataReader,
    QuantFormat,
    QuantType,
    quant_pre_process,
    quantize_dynamic,
    quantize_static,
)

from estimators import EnergyMeter, MeasureSettings, make_session, measure_onnx
from nas.config import Config

MODES = ("static", "dynamic")
CALIBRATION_IMAGES = 256


class _Batches(CalibrationDataReader):  # type: ignore[misc]  # onnxruntime has no type stubs
    def __init__(self, images: np.ndarray, input_name: str, batch: int = 32) -> None:
        self.feeds = iter([{input_name: images[i : i + batch]} for i in range(0, len(images), batch)])

    def get_next(self) -> dict[str, np.ndarray] | None:
        return next(self.feeds, None)


def quantize(model_bytes: bytes, mode: str, calibration: np.ndarray) -> bytes:
    """INT8 bytes of a float ONNX model; ``calibration`` images for ``static``."""
    if mode not in MODES:
        raise ValueError(f"quantization must be one of {', '.join(MODES)}")
    with tempfile.TemporaryDirectory() as folder:
        raw, source, target = (Path(folder) / name for name in ("float.onnx", "prepared.onnx", "int8.onnx"))
        raw.write_bytes(model_bytes)
        quant_pre_process(raw, source)  # shape inference and graph fusion, as ONNX Runtime advises
        if mode == "dynamic":
            quantize_dynamic(source, target, weight_type=QuantType.QInt8)
        else:
            input_name = onnx.load_from_string(model_bytes).graph.input[0].name
            quantize_static(
                source,
                target,
                _Batches(calibration[:CALIBRATION_IMAGES], input_name),
                quant_format=QuantFormat.QDQ,
                per_channel=True,
                activation_type=QuantType.QUInt8,
                weight_type=QuantType.QInt8,
            )
        return target.read_bytes()


def onnx_accuracy(model_bytes: bytes, x: np.ndarray, y: np.ndarray, batch: int = 256) -> float:
    session = make_session(model_bytes, threads=1, spinning=False)
    name = session.get_inputs()[0].name
    correct = 0
    for start in range(0, len(x), batch):
        (logits,) = session.run(None, {name: x[start : start + batch]})
        correct += int((logits.argmax(1) == y[start : start + batch]).sum())
    return correct / len(x)


@dataclass(frozen=True)
class VariantFigures:
    accuracy: float  # on the validation split (it decides), with ONNX Runtime
    latency_ms: float
    energy_j: float
    energy_source: str
    size_bytes: int


def measure_variant(
    model_bytes: bytes,
    x_val: np.ndarray,
    y_val: np.ndarray,
    settings: MeasureSettings,
    meter: EnergyMeter,
) -> VariantFigures:
    measured = measure_onnx(model_bytes, tuple(x_val.shape[1:]), settings, meter)
    return VariantFigures(
        accuracy=onnx_accuracy(model_bytes, x_val, y_val),
        latency_ms=measured.latency_ms_median,
        energy_j=measured.energy_j,
        energy_source=measured.energy_source,
        size_bytes=len(model_bytes),
    )


def accuracy_drop_error(mode: str, full: float, int8: float, tolerance: float) -> str | None:
    """Why an INT8 model is refused, or None if its accuracy is within ``tolerance`` of the float one."""
    if full - int8 <= tolerance:
        return None
    return (
        f"INT8 ({mode}) accuracy {int8:.4f} is {full - int8:.4f} below the float model's {full:.4f}, "
        f"over the tolerance {tolerance}: nothing written"
    )


@dataclass(frozen=True)
class Int8Model:
    model_bytes: bytes
    mode: str
    float_figures: VariantFigures
    int8_figures: VariantFigures


@dataclass(frozen=True)
class Quantization:
    """What an INT8 export needs: the mode, the tolerance, data and the measurement set-up."""

    mode: str
    max_accuracy_drop: float
    x_calibration: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    settings: MeasureSettings
    meter: EnergyMeter

    def apply(self, float_bytes: bytes, metadata: dict[str, str]) -> Int8Model:
        """The INT8 model with its figures beside the float model's; ``ValueError`` if refused."""
        int8_bytes = quantize(float_bytes, self.mode, self.x_calibration)
        float_figures = measure_variant(float_bytes, self.x_val, self.y_val, self.settings, self.meter)
        int8_figures = measure_variant(int8_bytes, self.x_val, self.y_val, self.settings, self.meter)
        refused = accuracy_drop_error(
            self.mode, float_figures.accuracy, int8_figures.accuracy, self.max_accuracy_drop
        )
        if refused:
            raise ValueError(refused)
        proto = onnx.load_from_string(int8_bytes)
        del proto.metadata_props[:]
        entries = {
            **metadata,
            "quantization": f"int8 {self.mode} (ONNX Runtime)",
            "val_accuracy": str(int8_figures.accuracy),
            "float_val_accuracy": str(float_figures.accuracy),
            "energy_per_inference_j": str(int8_figures.energy_j),
            "energy_source": int8_figures.energy_source,
            "latency_ms_median": str(int8_figures.latency_ms),
        }
        for key, value in entries.items():
            entry = proto.metadata_props.add()
            entry.key, entry.value = key, value
        return Int8Model(proto.SerializeToString(), self.mode, float_figures, int8_figures)


CALIBRATION_IMAGES = 2048  # training images a static INT8 model is calibrated on


def study_quantization(config: Config, mode: str, max_accuracy_drop: float, raw_input: bool) -> Quantization:
    """An INT8 export calibrated and measured as the study's search measured (its stored
    ``config``): its data fed as the exported graph takes it (``raw_input``: images as stored),
    its meter and ONNX Runtime settings (at least 5 repeats: the two models are compared)."""
    import torch

    from nas.data import load_dataset
    from nas.measure.parts import measure_settings, meters

    splits = load_dataset(config.data)
    meter, _, _ = meters(config)
    settings = measure_settings(config)

    def as_fed(x: torch.Tensor) -> np.ndarray:  # what the exported graph takes
        return x.permute(0, 2, 3, 1).numpy() if raw_input else splits.normalise(x).numpy()

    return Quantization(
        mode=mode,
        max_accuracy_drop=max_accuracy_drop,
        x_calibration=as_fed(splits.x_train[:CALIBRATION_IMAGES]),
        x_val=as_fed(splits.x_val),
        y_val=splits.y_val.numpy(),
        settings=replace(settings, repeats=max(settings.repeats, 5)),
        meter=meter,
    )
