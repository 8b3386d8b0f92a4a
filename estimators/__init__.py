"""Numbers put on a model without training it: static complexity, ONNX Runtime latency and
energy per inference (measured or modelled, always labelled), and energy into CO2e."""

from estimators.carbon import CarbonFactors, carbon_factors
from estimators.complexity import Complexity, count_complexity
from estimators.dataflow import DataflowEstimate, dataflow_energy
from estimators.energy import (
    METER_NAMES,
    PROVIDERS,
    CpuPowerModel,
    EnergyMeter,
    EnergyReading,
    MeterStatus,
    MeterUnavailableError,
    probe_meter,
    select_meter,
)
from estimators.latency import Measurement, MeasureSettings, check_provider, make_session, measure_onnx
from estimators.onnx_graph import GraphCounts, export_onnx, graph_counts

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
    "carbon_factors",
    "check_provider",
    "count_complexity",
    "dataflow_energy",
    "export_onnx",
    "graph_counts",
    "make_session",
    "measure_onnx",
    "probe_meter",
    "select_meter",
]
