"""``model:dataflow-45nm``: a static, weight-independent energy estimate of one inference.

Horowitz, "Computing's energy problem (and what we can do about it)", ISSCC 2014, 45 nm at
0.9 V: MACs x energy per MAC + bytes moved x energy per byte of the chosen memory level, at the
data type's width. It ranks architectures by arithmetic and traffic; it is not a measurement.
"""

from __future__ import annotations

from dataclasses import dataclass

from estimators.complexity import Complexity

# Energy per operation in picojoules.
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
