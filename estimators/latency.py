"""Latency and energy per inference of an ONNX model, measured with ONNX Runtime.

The session is pinned down so figures compare: explicit intra-op threads, one inter-op thread,
sequential execution, full graph optimisation, and thread spinning off by default (spinning
steadies latency but keeps cores busy, i.e. burns energy; the setting is recorded). After a
warm-up (first runs can be 1000x slower), ``repeats`` windows of at least ``runs`` calls each
are timed call by call, and the energy meter brackets each window. A window is lengthened (more
calls) until it lasts the meter's ``min_window_s`` and ``min_window_s`` of the settings, so its
energy is above the counter's resolution; energy per inference = window energy / inputs run.
"""

from __future__ import annotations

import statistics
import time

import numpy as np
import onnxruntime as ort

from estimators.measurement import EXECUTION_PROVIDERS, Measurement, MeasureSettings
from estimators.meter import EnergyMeter


def check_provider(provider: str) -> None:
    """Fail early, in one line, when this ONNX Runtime cannot run on ``provider``."""
    wanted = EXECUTION_PROVIDERS[provider]
    if wanted not in ort.get_available_providers():
        raise ValueError(
            f"provider {provider!r} needs {wanted}, which this onnxruntime lacks "
            f"(it has {', '.join(ort.get_available_providers())}); install onnxruntime-gpu for cuda"
        )


def make_session(
    model_bytes: bytes, threads: int, spinning: bool, provider: str = "cpu"
) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spinning else "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "1" if spinning else "0")
    options.log_severity_level = 3
    return ort.InferenceSession(model_bytes, options, providers=[EXECUTION_PROVIDERS[provider]])


def measure_onnx(
    model_bytes: bytes, input_shape: tuple[int, ...], settings: MeasureSettings, meter: EnergyMeter
) -> Measurement:
    session = make_session(model_bytes, settings.threads, settings.spinning, settings.provider)
    input_name = session.get_inputs()[0].name
    rng, shape = np.random.default_rng(0), (settings.batch_size, *input_shape)
    if session.get_inputs()[0].type == "tensor(uint8)":  # a model that takes images as users hold them
        batch = rng.integers(0, 256, shape, dtype=np.uint8)
    else:
        batch = rng.standard_normal(shape).astype(np.float32)
    feed = {input_name: batch}
    for _ in range(settings.warmup):
        session.run(None, feed)
    min_window_s = max(settings.min_window_s, meter.min_window_s)

    def window() -> list[float]:
        """At least ``runs`` calls, and more until the window lasts ``min_window_s``."""
        times: list[float] = []
        window_start = now = time.perf_counter()
        while len(times) < settings.runs or now - window_start < min_window_s:
            session.run(None, feed)
            end = time.perf_counter()  # one clock read per call: the loop's own cost stays tiny
            times.append(end - now)
            now = end
        return times

    call_ms: list[float] = []
    energies, cpu_ms, runs = [], [], []
    source = ""
    for _ in range(settings.repeats):
        times, reading = meter.measure(window)
        call_ms += [t * 1e3 for t in times]
        energies.append(reading.joules / (len(times) * settings.batch_size))
        cpu_ms.append(reading.cpu_s * 1e3 / len(times))
        runs.append(len(times))
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
        runs_per_window=int(statistics.median(runs)),
        settings=settings,
    )
