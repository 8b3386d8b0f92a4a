"""Several meters over one window, each reading its own device, summed and kept apart by source.

A training on a GPU spends energy on two devices: the GPU (NVML's counter) and the CPU that
feeds it (RAPL, or the labelled CPU model). Neither meter sees the other's device, so the
window's energy is their sum; the reading keeps each source's share, so a footprint can say
how much was measured and how much modelled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from estimators.meter import EnergyMeter, EnergyReading

T = TypeVar("T")


@dataclass(frozen=True)
class SummedMeter:
    meters: tuple[EnergyMeter, ...]  # each reads a device the others do not

    @property
    def source(self) -> str:
        return "+".join(meter.source for meter in self.meters)

    @property
    def min_window_s(self) -> float:
        return max(meter.min_window_s for meter in self.meters)

    def measure(self, work: Callable[[], T]) -> tuple[T, EnergyReading]:
        """``work`` inside every meter's window (the first outermost), once."""
        first, *rest = self.meters
        if not rest:
            return first.measure(work)
        (result, inner), outer = first.measure(lambda: SummedMeter(tuple(rest)).measure(work))
        shares = {**by_source(inner), outer.source: outer.gross_joules}
        return result, EnergyReading(
            joules=outer.joules + inner.joules,
            source=self.source,
            wall_s=outer.wall_s,
            cpu_s=inner.cpu_s,
            gross_joules=outer.gross_joules + inner.gross_joules,
            domains={**outer.domains, **inner.domains},
            by_source=shares,
        )

    def describe(self) -> str:
        return f"{self.source}, the sum of " + " and ".join(meter.describe() for meter in self.meters)


def by_source(reading: EnergyReading) -> dict[str, float]:
    """A reading's gross joules per meter source (one entry unless several meters summed it)."""
    return dict(reading.by_source) or {reading.source: reading.gross_joules}


def with_gpu(cpu_meter: EnergyMeter, index: int, uuid: str | None = None) -> tuple[EnergyMeter, str]:
    """The meter of a training on GPU ``index`` (NVML's ``uuid`` when known: CUDA's numbering
    need not be NVML's): the GPU's NVML counter plus ``cpu_meter`` for the CPU's share, and a
    sentence saying so; without NVML, ``cpu_meter`` alone and why the GPU goes unmeasured."""
    from estimators.meter import MeterUnavailableError
    from estimators.nvml import NvmlMeter

    try:
        gpu = NvmlMeter(index, uuid=uuid)
    except MeterUnavailableError as error:
        unmeasured = f"training: the GPU's energy is not measured ({error})"
        return cpu_meter, f"{unmeasured}; the CPU's share only, by {cpu_meter.source}"
    meter = SummedMeter((gpu, cpu_meter))
    return meter, f"training: the GPU by {gpu.describe()}, plus the CPU's share by {cpu_meter.source}"
