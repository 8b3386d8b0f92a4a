"""What a measurement of latency and energy per inference was asked to do, and what it found:
plain values, readable without ONNX Runtime (``estimators.inference`` takes the measurements)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

EXECUTION_PROVIDERS = {"cpu": "CPUExecutionProvider", "cuda": "CUDAExecutionProvider"}


@dataclass(frozen=True)
class MeasureSettings:
    threads: int = 1  # ONNX Runtime intra-op threads
    batch_size: int = 1
    warmup: int = 20  # untimed calls before the first window
    repeats: int = 5  # timed windows
    runs: int = 50  # calls per window
    spinning: bool = False
    min_window_s: float = 0.05  # shortest timed window, whatever the meter allows
    provider: str = "cpu"  # ONNX Runtime execution provider: "cpu" or "cuda"

    def __post_init__(self) -> None:
        for name in ("threads", "batch_size", "repeats", "runs"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1")
        if self.warmup < 0:
            raise ValueError("warmup must be >= 0")
        if self.repeats * self.runs < 2:
            raise ValueError("repeats * runs must be >= 2 to give a spread")
        if self.min_window_s < 0:
            raise ValueError("min_window_s must be >= 0")
        if self.provider not in EXECUTION_PROVIDERS:
            raise ValueError(f"provider must be one of {', '.join(EXECUTION_PROVIDERS)}")


@dataclass(frozen=True)
class Measurement:
    latency_ms_median: float  # one call of batch_size inputs: the lower quartile of windows' medians
    latency_ms_p90: float  # of single calls, over every window
    latency_ms_iqr: float  # spread: interquartile range of single calls
    cpu_ms_per_call: float  # CPU time of the work per call (median over windows)
    energy_j: float  # per single input: the lower quartile of the windows (the least disturbed)
    energy_cv: float  # coefficient of variation of energy over the windows
    energy_source: str
    runs_per_window: int  # calls per timed window (median), after lengthening to the minimum window
    settings: MeasureSettings
    # the uncertainty beside the figure: windows' median energy over the recorded one, minus 1
    energy_spread: float | None = None
    windows: int | None = None  # timed windows kept (more are taken when they disagree)
    cpu_pressure: float | None = None  # the machine's CPU pressure (PSI "some"), worst window
    load_average: float | None = None  # 1-minute load average at the end
    rejected_windows: int = 0  # windows that implied more power than the meter can read: retaken
    window_energies_j: tuple[float, ...] = ()  # per input, every kept window (the uncertainty's basis)

    def as_attrs(self) -> dict[str, float | str | int | bool]:
        flat = {k: v for k, v in asdict(self).items() if k != "settings"}
        flat.update({f"measure_{k}": v for k, v in asdict(self.settings).items()})
        return flat


def measurement_from_json(data: dict[str, Any]) -> Measurement:
    """A measurement from its JSON (``asdict``); keys a newer version wrote are left out."""
    measured = dict(data)
    measured["settings"] = MeasureSettings(**measured["settings"])
    measured["window_energies_j"] = tuple(measured.get("window_energies_j") or ())
    known = {f.name for f in fields(Measurement)}
    return Measurement(**{k: v for k, v in measured.items() if k in known})
