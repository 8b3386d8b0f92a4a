"""Latency and energy per inference of an ONNX model, measured with ONNX Runtime.

The session is pinned down so figures compare: explicit intra-op threads, one inter-op thread,
sequential execution, full graph optimisation, and thread spinning off by default (spinning
steadies latency but keeps cores busy, i.e. burns energy; the setting is recorded). After a
warm-up (first runs can be 1000x slower), ``repeats`` windows of ``runs`` calls each are timed
call by call, and the energy meter brackets each window.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import asdict, dataclass

import numpy as np
import onnxruntime as ort

from estimators.energy import EnergyMeter


@dataclass(frozen=True)
class MeasureSettings:
    threads: int = 1  # ONNX Runtime intra-op threads
    batch_size: int = 1
    warmup: int = 20  # untimed calls before the first window
    repeats: int = 5  # timed windows
    runs: int = 50  # calls per window
    spinning: bool = False

    def __post_init__(self) -> None:
        for name in ("threads", "batch_size", "repeats", "runs"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1")
        if self.warmup < 0:
            raise ValueError("warmup must be >= 0")
        if self.repeats * self.runs < 2:
            raise ValueError("repeats * runs must be >= 2 to give a spread")


@dataclass(frozen=True)
class Measurement:
    latency_ms_median: float  # one call of batch_size inputs
    latency_ms_p90: float
    latency_ms_iqr: float  # spread: interquartile range of single calls
    cpu_ms_per_call: float  # process CPU time per call (median over windows)
    energy_j: float  # per single input (median over windows)
    energy_cv: float  # coefficient of variation of energy over the windows
    energy_source: str
    settings: MeasureSettings

    def as_attrs(self) -> dict[str, float | str | int | bool]:
        flat = {k: v for k, v in asdict(self).items() if k != "settings"}
        flat.update({f"measure_{k}": v for k, v in asdict(self.settings).items()})
        return flat


def make_session(model_bytes: bytes, threads: int, spinning: bool) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spinning else "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "1" if spinning else "0")
    options.log_severity_level = 3
    return ort.InferenceSession(model_bytes, options, providers=["CPUExecutionProvider"])


def measure_onnx(
    model_bytes: bytes, input_shape: tuple[int, ...], settings: MeasureSettings, meter: EnergyMeter
) -> Measurement:
    session = make_session(model_bytes, settings.threads, settings.spinning)
    input_name = session.get_inputs()[0].name
    batch = np.random.default_rng(0).standard_normal((settings.batch_size, *input_shape)).astype(np.float32)
    feed = {input_name: batch}
    for _ in range(settings.warmup):
        session.run(None, feed)

    def window() -> list[float]:
        times = []
        for _ in range(settings.runs):
            start = time.perf_counter()
            session.run(None, feed)
            times.append(time.perf_counter() - start)
        return times

    call_ms: list[float] = []
    energies, cpu_ms = [], []
    source = ""
    for _ in range(settings.repeats):
        times, reading = meter.measure(window)
        call_ms += [t * 1e3 for t in times]
        energies.append(reading.joules / (settings.runs * settings.batch_size))
        cpu_ms.append(reading.cpu_s * 1e3 / settings.runs)
        source = reading.source
    quartiles = statistics.quantiles(call_ms, n=4)
    mean_energy = statistics.fmean(energies)
    return Measurement(
        latency_ms_median=statistics.median(call_ms),
        latency_ms_p90=statistics.quantiles(call_ms, n=10)[-1],
        latency_ms_iqr=quartiles[2] - quartiles[0],
        cpu_ms_per_call=statistics.median(cpu_ms),
        energy_j=statistics.median(energies),
        energy_cv=statistics.pstdev(energies) / mean_energy if mean_energy > 0 else 0.0,
        energy_source=source,
        settings=settings,
    )
