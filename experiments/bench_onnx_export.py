"""Which PyTorch ONNX exporter to use: time both on the same networks, side by side.

Prints its conditions and, per network, the median export time of the TorchScript-based
exporter (dynamo=False, what estimators.onnx_graph uses) and of the dynamo exporter (needs the
onnxscript package), their ratio, and whether both graphs give the same outputs.

    python experiments/bench_onnx_export.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import platform
import statistics
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import onnxruntime as ort
import torch

from estimators import export_onnx
from search_spaces import REFERENCES, build_model, parse_arch

NETWORKS = {
    "small searched net (1x8x8)": (parse_arch("stem_k3_s1_c16-ir_r2_k5_s2_e6_c24_se_hs-head_c64"), (1, 8, 8)),
    "mobilenet_v2_0.35 (3x32x32)": (REFERENCES["mobilenet_v2_0.35"], (3, 32, 32)),
    "mobilenet_v1 (3x224x224)": (REFERENCES["mobilenet_v1"], (3, 224, 224)),
}


def dynamo_export(model: torch.nn.Module, shape: tuple[int, ...]) -> bytes:
    quiet = contextlib.redirect_stdout(io.StringIO())  # the exporter narrates every step
    with tempfile.TemporaryDirectory() as folder, warnings.catch_warnings(), quiet:
        warnings.simplefilter("ignore")
        path = Path(folder) / "model.onnx"
        batch = torch.export.Dim("batch", min=1)
        torch.onnx.export(
            model.eval(),
            (torch.zeros(2, *shape),),
            str(path),
            input_names=["input"],
            dynamic_shapes=({0: batch},),
            dynamo=True,
            external_data=False,
        )
        return path.read_bytes()


def timed(function, repeats: int) -> tuple[float, bytes]:  # type: ignore[no-untyped-def]
    times, result = [], b""
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def outputs(model_bytes: bytes, x: np.ndarray) -> np.ndarray:
    session = ort.InferenceSession(model_bytes, providers=["CPUExecutionProvider"])
    result: np.ndarray = session.run(None, {session.get_inputs()[0].name: x})[0]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    has_dynamo = importlib.util.find_spec("onnxscript") is not None
    print(
        f"conditions: torch {torch.__version__}, onnxruntime {ort.__version__}, "
        f"python {platform.python_version()}, {platform.machine()}, torch threads {torch.get_num_threads()}, "
        f"median of {args.repeats} exports each"
    )
    if not has_dynamo:
        print("dynamo exporter unavailable: pip install onnxscript to compare")
    for name, (arch, shape) in NETWORKS.items():
        torch.manual_seed(0)
        model = build_model(arch, shape[0], 10).eval()
        legacy_s, legacy = timed(lambda m=model, s=shape: export_onnx(m, s), args.repeats)
        line = f"{name:30s} torchscript {legacy_s * 1e3:8.1f} ms ({len(legacy) / 1e3:.0f} kB)"
        if has_dynamo:
            dynamo_s, dynamo = timed(lambda m=model, s=shape: dynamo_export(m, s), args.repeats)
            x = np.random.default_rng(0).standard_normal((3, *shape)).astype(np.float32)
            gap = float(np.abs(outputs(legacy, x) - outputs(dynamo, x)).max())
            line += (
                f" | dynamo {dynamo_s * 1e3:8.1f} ms ({len(dynamo) / 1e3:.0f} kB)"
                f" | ratio {dynamo_s / legacy_s:5.1f}x | max |diff| {gap:.1e}"
            )
        print(line)


if __name__ == "__main__":
    main()
