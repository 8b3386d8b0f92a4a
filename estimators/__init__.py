"""Numbers put on a model without training it: static complexity, ONNX Runtime latency and
energy per inference (measured or modelled, always labelled), and energy into CO2e.

The names below are imported on first use (PEP 562): a command that only reads a study does not
load PyTorch or ONNX Runtime.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from estimators.carbon import CarbonFactors, carbon_factors
    from estimators.complexity import Complexity, count_complexity
    from estimators.dataflow import DataflowEstimate, dataflow_energy
    from estimators.energy import (
        METER_NAMES,
        PROVIDERS,
        CpuPowerModel,
        MeterStatus,
        holding,
        probe_meter,
        select_meter,
    )
    from estimators.inference import check_provider, make_session, measure_onnx
    from estimators.interleaving import median_round, round_robin
    from estimators.measurement import Measurement, MeasureSettings
    from estimators.meter import EnergyMeter, EnergyReading, MeterUnavailableError
    from estimators.onnx_graph import GraphCounts, export_onnx, graph_counts
    from estimators.summed import SummedMeter, by_source, with_gpu

_HOMES = {
    "CarbonFactors": "estimators.carbon",
    "carbon_factors": "estimators.carbon",
    "Complexity": "estimators.complexity",
    "count_complexity": "estimators.complexity",
    "DataflowEstimate": "estimators.dataflow",
    "dataflow_energy": "estimators.dataflow",
    "METER_NAMES": "estimators.energy",
    "PROVIDERS": "estimators.energy",
    "CpuPowerModel": "estimators.energy",
    "EnergyMeter": "estimators.meter",
    "EnergyReading": "estimators.meter",
    "MeterStatus": "estimators.energy",
    "MeterUnavailableError": "estimators.meter",
    "holding": "estimators.energy",
    "probe_meter": "estimators.energy",
    "select_meter": "estimators.energy",
    "Measurement": "estimators.measurement",
    "MeasureSettings": "estimators.measurement",
    "check_provider": "estimators.inference",
    "make_session": "estimators.inference",
    "measure_onnx": "estimators.inference",
    "GraphCounts": "estimators.onnx_graph",
    "export_onnx": "estimators.onnx_graph",
    "graph_counts": "estimators.onnx_graph",
    "median_round": "estimators.interleaving",
    "round_robin": "estimators.interleaving",
    "SummedMeter": "estimators.summed",
    "by_source": "estimators.summed",
    "with_gpu": "estimators.summed",
}

__all__ = [
    "METER_NAMES",
    "PROVIDERS",
    "CarbonFactors",
    "Complexity",
    "CpuPowerModel",
    "DataflowEstimate",
    "EnergyMeter",
    "EnergyReading",
    "GraphCounts",
    "MeasureSettings",
    "Measurement",
    "MeterStatus",
    "MeterUnavailableError",
    "SummedMeter",
    "by_source",
    "carbon_factors",
    "check_provider",
    "count_complexity",
    "dataflow_energy",
    "export_onnx",
    "graph_counts",
    "holding",
    "make_session",
    "measure_onnx",
    "median_round",
    "probe_meter",
    "round_robin",
    "select_meter",
    "with_gpu",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'estimators' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
