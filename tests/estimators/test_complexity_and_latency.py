from __future__ import annotations

import optuna
import pytest
import torch

from estimators import (
    CpuPowerModel,
    MeasureSettings,
    count_complexity,
    dataflow_energy,
    export_onnx,
    graph_counts,
    measure_onnx,
)
from search_spaces import REFERENCES, SearchSpace, build_model, parse_arch, sample_arch


def sampled_archs(n: int) -> list[str]:
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=1))
    return [str(sample_arch(SearchSpace().resolved((1, 8, 8)), study.ask())) for _ in range(n)]


@pytest.mark.parametrize(
    "arch", [*sampled_archs(6), str(REFERENCES["mobilenet_v2_0.35"]), str(REFERENCES["mobilenet_v1_0.25"])]
)
def test_counts_agree_with_the_exported_onnx_graph(arch: str) -> None:
    model = build_model(parse_arch(arch), 3, 10)
    # random batch-norm statistics, as after training, so folding produces distinct biases
    for module in model.modules():
        if isinstance(module, torch.nn.BatchNorm2d):
            assert module.running_mean is not None and module.running_var is not None
            module.running_mean.uniform_(-1, 1)
            module.running_var.uniform_(0.5, 2)
    counts = count_complexity(model, (3, 32, 32))
    graph = graph_counts(export_onnx(model, (3, 32, 32)))
    assert graph.macs == counts.macs
    assert graph.params == counts.inference_params


def test_measurement_reports_latency_spread_and_labelled_energy() -> None:
    model = build_model(REFERENCES["mobilenet_v2_0.35"], 1, 10)
    settings = MeasureSettings(warmup=3, repeats=3, runs=10, batch_size=2)
    result = measure_onnx(export_onnx(model, (1, 16, 16)), (1, 16, 16), settings, CpuPowerModel())
    assert 0 < result.latency_ms_median <= result.latency_ms_p90
    assert result.latency_ms_iqr >= 0 and result.cpu_ms_per_call > 0
    assert result.energy_j > 0 and result.energy_source == "model:cpu-ccf"
    assert result.as_attrs()["measure_batch_size"] == 2


def test_cpu_power_model_follows_its_formula() -> None:
    meter = CpuPowerModel(vcpus=2, idle_w_per_vcpu=1.0, max_w_per_vcpu=5.0)

    def busy() -> int:
        return sum(i * i for i in range(200_000))

    _, reading = meter.measure(busy)
    assert reading.joules == pytest.approx(2 * 1.0 * reading.wall_s + 4.0 * reading.cpu_s)
    assert reading.cpu_s > 0 and reading.source == "model:cpu-ccf"


def test_dataflow_model_counts_macs_and_bytes() -> None:
    counts = count_complexity(build_model(REFERENCES["mobilenet_v1"], 3, 1000), (3, 224, 224))
    fp32, int8 = dataflow_energy(counts, "fp32", "dram"), dataflow_energy(counts, "int8", "dram")
    expected = counts.macs * 4.6e-12 + (counts.weight_bytes() + counts.activation_bytes()) * 162.5e-12
    assert fp32.joules == pytest.approx(expected)
    assert fp32.source == "model:dataflow-45nm" and int8.joules < fp32.joules
    with pytest.raises(ValueError, match="memory"):
        dataflow_energy(counts, "fp32", "tape")


def test_measure_settings_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="threads"):
        MeasureSettings(threads=0)
    with pytest.raises(ValueError, match="spread"):
        MeasureSettings(repeats=1, runs=1)
