"""The hand-designed reference networks at the study's input shape: their costs, measured once.

MobileNetV1 and V2 at their smallest published widths (the CIFAR variants for small inputs, so
a feature map never collapses to 1x1) are built for the study's input shape and class count and
measured exactly as candidates are (same meter and ONNX Runtime settings, untrained: cost does
not depend on the weights). Stored in the study (nas/reference_costs.py), so every worker,
view and report shows the same figures. Their accuracy is not known here: ``experiments/bench_references.py``
trains them under the search's budget.
"""

from __future__ import annotations

import json
from dataclasses import asdict

import optuna
import torch

from estimators import MeasureSettings, count_complexity, export_onnx
from nas.agent.protocol import measurement_key
from nas.measure.measurer import Measurer
from nas.objectives import MEASURED, static_costs
from nas.reference_costs import ATTR, ReferenceCost
from search_spaces import REFERENCES, Arch, build_model, references_for


def measure_arch(
    name: str,
    arch: Arch,
    input_shape: tuple[int, int, int],
    num_classes: int,
    measurer: Measurer,
    settings: MeasureSettings,
) -> ReferenceCost:
    """An untrained network's costs, measured as a candidate's are (where they are)."""
    torch.manual_seed(0)
    model = build_model(arch, input_shape[0], num_classes)
    counts = count_complexity(model, input_shape)
    key = measurement_key(str(arch), input_shape, num_classes)
    measured = measurer.measure(export_onnx(model, input_shape), input_shape, settings, key).measurement
    return ReferenceCost(
        name,
        str(arch),
        counts.params,
        counts.macs,
        measured.energy_j,
        measured.energy_source,
        measured.latency_ms_median,
        static_costs(arch, input_shape, num_classes),
        {o.name: o.measure(measured) for o in MEASURED if o.measure is not None},
    )


def measure_references(
    input_shape: tuple[int, int, int], num_classes: int, measurer: Measurer, settings: MeasureSettings
) -> list[ReferenceCost]:
    return [
        measure_arch(name, REFERENCES[name], input_shape, num_classes, measurer, settings)
        for name in references_for(input_shape)
    ]


def record_references(
    study: optuna.Study,
    input_shape: tuple[int, int, int],
    num_classes: int,
    measurer: Measurer,
    settings: MeasureSettings,
) -> None:
    """Measure and store the references once per study (the first process to get here does)."""
    if ATTR not in study.user_attrs:
        costs = measure_references(input_shape, num_classes, measurer, settings)
        study.set_user_attr(ATTR, json.dumps([asdict(cost) for cost in costs]))
