"""Numbers put on a model without training it: static complexity, ONNX Runtime latency and
energy per inference (measured or modelled, always labelled)."""

from estimators.complexity import Complexity, count_complexity
from estimators.energy import (
    METER_NAMES,
    CpuPowerModel,
    DataflowEstimate,
    EnergyMeter,
    EnergyReading,
    dataflow_energy,
    select_meter,
)
from estimators.latency import Measurement, MeasureSettings, make_session, measure_onnx
from estimators.onnx_graph import GraphCounts, export_onnx, graph_counts

__all__ = [
    "METER_NAMES",
    "Complexity",
    "CpuPowerModel",
    "DataflowEstimate",
    "EnergyMeter",
    "EnergyReading",
    "GraphCounts",
    "MeasureSettings",
    "Measurement",
    "count_complexity",
    "dataflow_energy",
    "export_onnx",
    "graph_counts",
    "make_session",
    "measure_onnx",
    "select_meter",
]
