"""Latency and energy per inference of an ONNX model, measured with ONNX Runtime.

The session is pinned down so figures compare: explicit intra-op threads, one inter-op thread,
sequential execution, full graph optimisation, and thread spinning off by default (spinning
steadies latency but keeps cores busy, i.e. burns energy; the setting is recorded). After a
warm-up (first runs can be 1000x slower), ``repeats`` windows of at least ``runs`` calls each
are timed call by call, and the energy meter brackets each window. A window is lengthened (more
calls) until it lasts the meter's ``min_window_s`` and ``min_window_s`` of the settings, so its
energy is above the counter's resolution; energy per inference = window energy / inputs run.
The whole measurement runs in the machine's measuring slot (estimators/turns.py), and each
window stores the machine's contention beside its figures.
"""

from __future__ import annotations

import contextlib
import statistics
import time
from dataclasses import dataclass

import numpy as np
import onnxruntime as ort

from estimators.contention import Contention, ContentionWindow
from estimators.measurement import EXECUTION_PROVIDERS, Measurement, MeasureSettings
from estimators.meter import EnergyMeter
from estimators.turns import TURNS, Turns


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
    # ONNX only: never ONNX Runtime's own flatbuffer format, whatever the bytes say
    options.add_session_config_entry("session.load_model_format", "ONNX")
    return ort.InferenceSession(model_bytes, options, providers=[EXECUTION_PROVIDERS[provider]])


SPREAD_LIMIT = 0.10  # windows further apart than this (max / min - 1): measure more of them
MAX_EXTRA_WINDOWS = 10
MAX_RETAKES = 5  # impossible windows retaken before the measurement fails


class ImpossibleMeasurementError(RuntimeError):
    """Windows kept implying more power than the meter can read: nothing is recorded."""


def measure_onnx(
    model_bytes: bytes,
    input_shape: tuple[int, ...],
    settings: MeasureSettings,
    meter: EnergyMeter,
    turns: Turns | None = TURNS,
) -> Measurement:
    """Latency and energy per inference, measured in the machine's measuring slot (``turns``:
    this tool's trainings on the machine wait meanwhile; None measures without taking it).

    Disturbance only ever adds time and energy, so the recorded figures are the lower quartile
    of the windows (the least disturbed, as ``timeit`` reports its minimum), with the windows'
    spread beside them; while the quietest windows disagree by more than ``SPREAD_LIMIT``, more are
    taken (up to ``MAX_EXTRA_WINDOWS``). A window that implies more power than the meter can read
    (``max_power_w``) is taken again, never kept."""
    session = make_session(model_bytes, settings.threads, settings.spinning, settings.provider)
    input_name = session.get_inputs()[0].name
    rng, shape = np.random.default_rng(0), (settings.batch_size, *input_shape)
    if session.get_inputs()[0].type == "tensor(uint8)":  # a model that takes images as users hold them
        batch = rng.integers(0, 256, shape, dtype=np.uint8)
    else:
        batch = rng.standard_normal(shape).astype(np.float32)
    feed = {input_name: batch}
    min_window_s = max(settings.min_window_s, meter.min_window_s)
    ceiling = getattr(meter, "max_power_w", None)

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

    windows: list[Window] = []
    rejected = 0
    with turns.measuring(settings.provider) if turns is not None else contextlib.nullcontext():
        for _ in range(settings.warmup):
            session.run(None, feed)
        while len(windows) < settings.repeats or (
            not _agree(windows, settings.repeats) and len(windows) < settings.repeats + MAX_EXTRA_WINDOWS
        ):
            with ContentionWindow() as contention:
                times, reading = meter.measure(window)
            if ceiling is not None and reading.joules > ceiling * reading.wall_s * 1.01:
                rejected += 1  # more power than the meter can read: a figure that cannot be
                if rejected > MAX_RETAKES:
                    raise ImpossibleMeasurementError(
                        f"{rejected} windows implied more than the meter's {ceiling:g} W; nothing recorded"
                    )
                continue
            per_input = reading.joules / (len(times) * settings.batch_size)
            windows.append(Window(times, per_input, reading.cpu_s, reading.source, contention.contention))
    return _summary(windows, settings, rejected)


@dataclass(frozen=True)
class Window:
    times: list[float]  # seconds per call
    energy_j: float  # per input
    cpu_s: float
    source: str
    contention: Contention

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times) * 1e3


def _agree(windows: list[Window], repeats: int) -> bool:
    """Enough quiet windows: the lowest half of ``repeats`` (and one more) within ``SPREAD_LIMIT``."""
    lowest = sorted(w.energy_j for w in windows)[: repeats // 2 + 1]
    return lowest[0] <= 0 or lowest[-1] / lowest[0] - 1 <= SPREAD_LIMIT


def _low(values: list[float]) -> float:
    """The lower quartile: robust to disturbed windows, and to a counter's noise either way."""
    return statistics.quantiles(values, n=4, method="inclusive")[0] if len(values) > 1 else values[0]


def _summary(windows: list[Window], settings: MeasureSettings, rejected: int) -> Measurement:
    call_ms = [t * 1e3 for w in windows for t in w.times]
    energies = [w.energy_j for w in windows]
    quartiles = statistics.quantiles(call_ms, n=4)
    mean_energy = statistics.fmean(energies)
    energy = _low(energies)
    pressures = [w.contention.cpu_pressure for w in windows if w.contention.cpu_pressure is not None]
    return Measurement(
        latency_ms_median=_low([w.median_ms for w in windows]),
        latency_ms_p90=statistics.quantiles(call_ms, n=10)[-1],
        latency_ms_iqr=quartiles[2] - quartiles[0],
        cpu_ms_per_call=statistics.median(w.cpu_s * 1e3 / len(w.times) for w in windows),
        energy_j=energy,
        energy_cv=statistics.pstdev(energies) / mean_energy if mean_energy > 0 else 0.0,
        energy_source=windows[-1].source,
        runs_per_window=int(statistics.median(len(w.times) for w in windows)),
        settings=settings,
        energy_spread=statistics.median(energies) / energy - 1 if energy > 0 else 0.0,
        windows=len(windows),
        cpu_pressure=max(pressures) if pressures else None,
        load_average=windows[-1].contention.load_average,
        rejected_windows=rejected,
        window_energies_j=tuple(energies),
    )
