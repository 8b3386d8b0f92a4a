"""INT8 export: quantized with ONNX Runtime, re-measured beside the float model, refused when
accuracy falls beyond the tolerance."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest

from nas.export.quantize import accuracy_drop_error
from tests.conftest import run_cli


@pytest.mark.parametrize("mode", ["static", "dynamic"])
@pytest.mark.slow
def test_int8_export_is_measured_beside_the_float_model(tiny_config: Path, workdir: Path, mode: str) -> None:
    assert run_cli("search", str(tiny_config), "--trials", "2", "--tracking-uri", "").exit_code == 0
    result = run_cli(
        "export",
        "--config",
        str(tiny_config),
        "-o",
        "best.onnx",
        "--int8",
        mode,
        "--max-accuracy-drop",
        "0.2",
    )
    assert result.exit_code == 0, result.output
    assert f"float and INT8 ({mode})" in result.output and "best.int8.onnx" in result.output
    int8 = onnx.load("best.int8.onnx")
    onnx.checker.check_model(int8)
    meta = {p.key: p.value for p in int8.metadata_props}
    float_meta = {p.key: p.value for p in onnx.load("best.onnx").metadata_props}
    assert meta["quantization"] == f"int8 {mode} (ONNX Runtime)" and meta["arch"] == float_meta["arch"]
    assert float(meta["float_val_accuracy"]) - float(meta["val_accuracy"]) <= 0.2
    assert meta["energy_source"] == "model:cpu-ccf" and float(meta["energy_per_inference_j"]) > 0
    ops = {node.op_type for node in int8.graph.node}
    assert ops & {"QuantizeLinear", "DynamicQuantizeLinear", "ConvInteger", "QLinearConv"}  # really INT8
    session = ort.InferenceSession("best.int8.onnx", providers=["CPUExecutionProvider"])
    (logits,) = session.run(None, {"input": np.zeros((3, 8, 8, 1), np.float32)})  # as the data holds them
    assert logits.shape == (3, 3)


def test_an_int8_model_that_loses_too_much_accuracy_is_refused() -> None:
    assert accuracy_drop_error("static", 0.95, 0.945, 0.01) is None
    refused = accuracy_drop_error("static", 0.95, 0.90, 0.01)
    assert refused is not None and "0.0500 below" in refused and "nothing written" in refused


def test_a_negative_tolerance_is_a_usage_error(tiny_config: Path, workdir: Path) -> None:
    result = run_cli(
        "export",
        "--config",
        str(tiny_config),
        "-o",
        "x.onnx",
        "--int8",
        "static",
        "--max-accuracy-drop",
        "-1",
    )
    assert result.exit_code == 2 and not (workdir / "x.onnx").exists()
