"""Energy meters: one interface, every reading labelled with where it came from.

A meter measures the energy of running a function (a window). Labels: ``rapl`` and ``nvml``
for hardware counters, ``model:<name>`` for estimates. This machine class (no RAPL, no GPU)
only has models, and ``select_meter("auto")`` says so in its reason.

``model:cpu-ccf`` — CPU power model in the manner of Cloud Carbon Footprint's per-vCPU
coefficients: ``E = vcpus * P_idle * wall_s + (P_max - P_idle) * cpu_s``, where ``cpu_s`` is
the process CPU time of the window (steadier than wall time on a shared host). Defaults are
CCF's averages for AWS hosts: P_idle = 0.74 W and P_max = 3.5 W per vCPU.

``model:dataflow-45nm`` — static, weight-independent estimate from Horowitz, "Computing's
energy problem", ISSCC 2014 (45 nm): MACs x energy per MAC + bytes moved x energy per byte of
the chosen memory level; see ``dataflow_energy``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeVar

from estimators.complexity import Complexity

T = TypeVar("T")
MeterName = Literal["auto", "cpu-model"]
METER_NAMES: tuple[str, ...] = ("auto", "cpu-model")


@dataclass(frozen=True)
class EnergyReading:
    joules: float
    source: str  # "rapl", "nvml" or "model:<name>"
    wall_s: float
    cpu_s: float


@dataclass(frozen=True)
class CpuPowerModel:
    """``model:cpu-ccf``: energy from wall and CPU time with per-vCPU power coefficients."""

    vcpus: int = 1  # vCPUs held for the window (the ONNX Runtime intra-op threads)
    idle_w_per_vcpu: float = 0.74
    max_w_per_vcpu: float = 3.5
    source: str = "model:cpu-ccf"

    def __post_init__(self) -> None:
        if self.vcpus < 1 or not 0 <= self.idle_w_per_vcpu <= self.max_w_per_vcpu:
            raise ValueError("need vcpus >= 1 and 0 <= idle_w_per_vcpu <= max_w_per_vcpu")

    def measure(self, work: Callable[[], T]) -> tuple[T, EnergyReading]:
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        result = work()
        wall_s = time.perf_counter() - wall_start
        cpu_s = time.process_time() - cpu_start
        joules = (
            self.vcpus * self.idle_w_per_vcpu * wall_s + (self.max_w_per_vcpu - self.idle_w_per_vcpu) * cpu_s
        )
        return result, EnergyReading(joules, self.source, wall_s, cpu_s)

    def constants(self) -> dict[str, float]:
        return {
            "vcpus": self.vcpus,
            "idle_w_per_vcpu": self.idle_w_per_vcpu,
            "max_w_per_vcpu": self.max_w_per_vcpu,
        }


EnergyMeter = CpuPowerModel  # the one implementation today; RAPL and NVML meters join it


def select_meter(name: str, vcpus: int) -> tuple[EnergyMeter, str]:
    """The meter for ``name`` and a sentence saying why it was chosen."""
    if name not in METER_NAMES:
        raise ValueError(f"unknown energy meter {name!r}; choose one of {', '.join(METER_NAMES)}")
    meter = CpuPowerModel(vcpus=vcpus)
    if name == "cpu-model":
        return meter, "cpu-model requested"
    return meter, "auto: no hardware energy counter is supported yet, so the CPU power model is used"


# Horowitz, ISSCC 2014, 45 nm, 0.9 V. Energy per operation in picojoules.
PJ_PER_MAC = {"fp32": 3.7 + 0.9, "int8": 0.2 + 0.03}  # one multiply plus one add
PJ_PER_BYTE = {  # a 64-bit access divided by 8 bytes
    "sram-8kb": 10.0 / 8,
    "sram-32kb": 20.0 / 8,
    "sram-1mb": 100.0 / 8,
    "dram": 1300.0 / 8,  # lower end of the 1.3-2.6 nJ DRAM range
}
BYTES_PER_VALUE = {"fp32": 4, "int8": 1}


@dataclass(frozen=True)
class DataflowEstimate:
    joules: float
    source: str  # "model:dataflow-45nm"
    constants: dict[str, float | str]


def dataflow_energy(complexity: Complexity, dtype: str = "fp32", memory: str = "dram") -> DataflowEstimate:
    """Energy of one inference from its MACs and the bytes of weights and activations moved.

    Every weight and every layer input and output crosses ``memory`` once: a lower bound on
    traffic for the level named, not a cache simulation.
    """
    if dtype not in PJ_PER_MAC or memory not in PJ_PER_BYTE:
        raise ValueError(f"dtype must be one of {sorted(PJ_PER_MAC)}, memory one of {sorted(PJ_PER_BYTE)}")
    width = BYTES_PER_VALUE[dtype]
    moved = complexity.weight_bytes(width) + complexity.activation_bytes(width)
    picojoules = complexity.macs * PJ_PER_MAC[dtype] + moved * PJ_PER_BYTE[memory]
    constants: dict[str, float | str] = {
        "pj_per_mac": PJ_PER_MAC[dtype],
        "pj_per_byte": PJ_PER_BYTE[memory],
        "dtype": dtype,
        "memory": memory,
    }
    return DataflowEstimate(picojoules * 1e-12, "model:dataflow-45nm", constants)
