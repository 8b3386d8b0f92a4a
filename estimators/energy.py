"""Energy meters: one contract, every reading labelled with where it came from.

A meter measures the energy of running a function (a window) and returns the function's result
with an ``EnergyReading``. Labels: ``rapl`` and ``nvml`` for hardware counters, ``model:<name>``
for estimates, so nobody mistakes an estimate for a measurement.

- ``rapl`` (``estimators/rapl.py``): Linux powercap sysfs, every package plus DRAM.
- ``nvml`` (``estimators/nvml.py``): an NVIDIA GPU's energy counter, or its power integrated.
- ``model:cpu-ccf`` (here): a CPU power model in the manner of Cloud Carbon Footprint's per-vCPU
  coefficients, ``E = vcpus * P_idle * wall_s + (P_max - P_idle) * cpu_s``, where ``cpu_s`` is
  the CPU time of the work during the window (steadier than wall time on a shared host). With
  one vCPU the work runs on the calling thread (ONNX Runtime and PyTorch with one thread compute
  there), so only that thread's CPU time is billed, and it holds its vCPU only while it runs
  (``wall_s`` becomes that CPU time): another thread of the process (MLflow's, a logger's), or
  another process that preempts it, is not the network's. With more, the work's own pool
  threads count, so the process's CPU time and the window's wall time are billed. Defaults are
  CCF's averages for AWS hosts, P_idle = 0.74 W and P_max = 3.5 W per vCPU; both can be set.

Counters see the whole package or GPU, so their meters measure an idle baseline first and
report the window's energy net of it (``joules``) beside the total (``gross_joules``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from estimators.meter import EnergyMeter, EnergyReading, MeterUnavailableError
from estimators.summed import SummedMeter

T = TypeVar("T")
METER_NAMES: tuple[str, ...] = ("auto", "rapl", "nvml", "cpu-model")
PROVIDERS: tuple[str, ...] = ("cpu", "cuda")  # where ONNX Runtime runs the model


@dataclass(frozen=True)
class CpuPowerModel:
    """``model:cpu-ccf``: energy from wall and CPU time with per-vCPU power coefficients."""

    vcpus: int = 1  # vCPUs held for the window (the ONNX Runtime intra-op threads)
    idle_w_per_vcpu: float = 0.74
    max_w_per_vcpu: float = 3.5
    source: str = "model:cpu-ccf"
    # wall and CPU clocks resolve nanoseconds; 50 ms keeps scheduler noise to a few percent
    min_window_s: float = 0.05

    def __post_init__(self) -> None:
        if self.vcpus < 1 or not 0 <= self.idle_w_per_vcpu <= self.max_w_per_vcpu:
            raise ValueError("need vcpus >= 1 and 0 <= idle_w_per_vcpu <= max_w_per_vcpu")

    @property
    def max_power_w(self) -> float:
        """The most this model can say the work drew: every vCPU held at full power."""
        return self.vcpus * self.max_w_per_vcpu

    def measure(self, work: Callable[[], T]) -> tuple[T, EnergyReading]:
        one_thread = self.vcpus == 1
        clock = time.thread_time if one_thread else time.process_time
        wall_start, cpu_start = time.perf_counter(), clock()
        result = work()
        wall_s = time.perf_counter() - wall_start
        cpu_s = min(clock() - cpu_start, self.vcpus * wall_s)  # a clock's tick never bills more
        # one thread holds its vCPU only while it runs: time it spent preempted (another process
        # ran) is not its idle power, so it is billed its CPU time at the vCPU's full power
        held_s = cpu_s if one_thread else wall_s
        joules = (
            self.vcpus * self.idle_w_per_vcpu * held_s + (self.max_w_per_vcpu - self.idle_w_per_vcpu) * cpu_s
        )
        return result, EnergyReading(joules, self.source, wall_s, cpu_s, joules)

    def describe(self) -> str:
        if self.vcpus == 1:  # as ``measure`` bills one thread: its CPU time, idle share included
            return (
                f"{self.source}: 1 vCPU x ({self.idle_w_per_vcpu} W idle + "
                f"{self.max_w_per_vcpu - self.idle_w_per_vcpu:g} W active) x the thread's CPU time"
            )
        return (
            f"{self.source}: {self.vcpus} vCPU x {self.idle_w_per_vcpu} W idle x wall time "
            f"+ ({self.max_w_per_vcpu} - {self.idle_w_per_vcpu}) W x CPU time"
        )


@dataclass(frozen=True)
class MeterStatus:
    """What one meter can do on this machine, for ``nas meters`` and ``auto``."""

    name: str
    meter: EnergyMeter | None  # None when unavailable
    detail: str  # what it found, or why it is unavailable


def probe_meter(name: str, model: CpuPowerModel, baseline_s: float = 1.0) -> MeterStatus:
    """Try to open meter ``name`` (not ``auto``); never raises for an unavailable counter."""
    from estimators.nvml import NvmlMeter
    from estimators.rapl import RaplMeter

    opener: dict[str, Callable[[], EnergyMeter]] = {
        "rapl": lambda: RaplMeter(baseline_s=baseline_s),
        "nvml": lambda: NvmlMeter(baseline_s=baseline_s),
        "cpu-model": lambda: model,
    }
    try:
        meter = opener[name]()
    except MeterUnavailableError as error:
        return MeterStatus(name, None, str(error))
    return MeterStatus(name, meter, meter.describe())


def holding(meter: EnergyMeter, vcpus: int) -> EnergyMeter:
    """``meter`` for work that holds ``vcpus`` vCPUs: the CPU model bills per vCPU held; a
    counter reads its whole package or device whatever the threads."""
    if isinstance(meter, SummedMeter):
        return SummedMeter(tuple(holding(part, vcpus) for part in meter.meters))
    return replace(meter, vcpus=vcpus) if isinstance(meter, CpuPowerModel) else meter


def select_meter(
    name: str,
    vcpus: int,
    provider: str = "cpu",
    model: CpuPowerModel | None = None,
    baseline_s: float = 1.0,
) -> tuple[EnergyMeter, str]:
    """The meter for ``name`` and a sentence saying why it was chosen.

    ``auto`` takes the hardware counter of the device that runs the model (RAPL for ``cpu``,
    NVML for ``cuda``) and falls back to the CPU power model, saying why, for ``cpu`` only:
    no model of a GPU's power is offered, so ``cuda`` without NVML is an error.
    A meter named explicitly must work, or ``MeterUnavailableError`` says why.
    """
    if name not in METER_NAMES:
        raise ValueError(f"unknown energy meter {name!r}; choose one of {', '.join(METER_NAMES)}")
    if provider not in PROVIDERS:
        raise ValueError(f"unknown provider {provider!r}; choose one of {', '.join(PROVIDERS)}")
    model = model or CpuPowerModel()
    model = CpuPowerModel(vcpus, model.idle_w_per_vcpu, model.max_w_per_vcpu)
    if name != "auto":
        status = probe_meter(name, model, baseline_s)
        if status.meter is None:
            raise MeterUnavailableError(f"energy meter {name}: {status.detail}")
        return status.meter, f"{name} requested: {status.detail}"
    counter = "nvml" if provider == "cuda" else "rapl"
    status = probe_meter(counter, model, baseline_s)
    if status.meter is not None:
        return status.meter, f"auto: {status.detail}"
    if provider == "cuda":
        raise MeterUnavailableError(f"auto: the model runs on CUDA but NVML is unavailable ({status.detail})")
    return model, f"auto: RAPL unavailable ({status.detail}); using {model.describe()}"
