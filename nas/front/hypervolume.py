"""Hypervolume of a study's front: one number that grows as the search finds better trade-offs.

Each objective becomes a cost in [0, 1] before the volume is measured, with the reference point
at (1, 1, ...):

- accuracy, linearly from chance level (``1 / classes``: cost 1) to perfect (cost 0);
- every cost objective (energy, latency, params, MACs, peak memory: nas/objectives.py) on a
  log scale, from a floor (cost 0) to a ceiling (cost 1): the floor is the cost of the space's
  cheapest network (fewest and narrowest blocks), the ceiling that of the costliest reference
  network (the smallest published MobileNets, adapted to the input resolution), both measured
  like candidates when the study is made. So the unit box spans what the space can reach up to
  MobileNet, and a candidate costing more than MobileNet adds nothing. Where the meter cannot tell the two
  apart (a counter reading about zero net of idle for such small networks), the floor falls
  back to three decades below the ceiling (or below the objective's ``fallback_ceiling``).
  ``[hypervolume]`` can set ``[floor, ceiling]`` pairs instead (benchmarks do, so every arm
  shares them).

Costs span orders of magnitude, so a log scale is what separates fronts (a linear one against a
generous reference made every front's hypervolume nearly its best accuracy). The normalisation
is stored in the study when it is created and never changes, so a study's hypervolume never
shrinks and searches with the same normalisation compare directly. The volume is Optuna's exact
computation (WFG; the one behind ``optuna.visualization.plot_hypervolume_history``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

import numpy as np
import optuna
from optuna._hypervolume import compute_hypervolume  # Optuna's own, used by its plots
from optuna.trial import FrozenTrial

from nas.objectives import OBJECTIVES

if TYPE_CHECKING:  # measuring references needs PyTorch; reading a study does not
    from nas.config.sections import HypervolumeConfig  # the configuration reads the samplers, which read this
    from nas.reference_costs import ReferenceCost

ATTR = "nas_hypervolume"
FALLBACK_DECADES = 3  # when the measured floor is not below the ceiling: this far below it


@dataclass(frozen=True)
class Normalisation:
    accuracy_floor: float  # chance level: cost 1
    bounds: dict[str, tuple[float, float]]  # cost objective: (floor, ceiling), log scale

    def costs(self, objectives: Sequence[str], values: Sequence[float]) -> list[float]:
        costs = []
        for name, value in zip(objectives, values, strict=True):
            if OBJECTIVES[name].kind == "accuracy":
                cost = (1.0 - value) / (1.0 - self.accuracy_floor)
            else:
                floor, ceiling = self.bounds[name]
                cost = (math.log10(max(value, 1e-300)) - math.log10(floor)) / math.log10(ceiling / floor)
            costs.append(min(max(cost, 0.0), 1.0))
        return costs

    def describe(self) -> str:
        parts = [f"accuracy {self.accuracy_floor:.3g}..1 (linear)"]
        parts += [  # in the units the figures are read in (µJ, µs, kB)
            f"{name} {OBJECTIVES[name].text(floor)}..{OBJECTIVES[name].text(ceiling)} (log)"
            for name, (floor, ceiling) in self.bounds.items()
        ]
        return "; ".join(parts)


def make_normalisation(
    config: HypervolumeConfig,
    objectives: Sequence[str],
    num_classes: int,
    references: Sequence[ReferenceCost],
    smallest: ReferenceCost,
) -> Normalisation:
    """The normalisation for a new study: ``smallest`` is the space's cheapest network, measured."""
    bounds = {}
    for objective in (OBJECTIVES[name] for name in objectives):
        if objective.kind == "accuracy":
            continue
        given = config.for_objective(objective.name)
        if given is not None:
            bounds[objective.name] = (float(given[0]), float(given[1]))
            continue
        floor = objective.reference_cost(smallest) or 0.0
        ceiling = max((objective.reference_cost(r) or 0.0 for r in references), default=0.0)
        if not 0 < floor < ceiling:  # a meter that cannot tell them apart (a counter reading ~0 net)
            ceiling = ceiling if ceiling > 0 else objective.fallback_ceiling
            floor = ceiling / 10**FALLBACK_DECADES
        bounds[objective.name] = (floor, ceiling)
    return Normalisation(accuracy_floor=1.0 / num_classes, bounds=bounds)


def has_normalisation(study: optuna.Study) -> bool:
    return ATTR in study.user_attrs


def store_normalisation(study: optuna.Study, normalisation: Normalisation) -> None:
    study.set_user_attr(ATTR, json.dumps(asdict(normalisation)))


def study_normalisation(study: optuna.Study) -> Normalisation:
    stored = json.loads(study.user_attrs[ATTR])
    bounds = {name: (pair[0], pair[1]) for name, pair in stored["bounds"].items()}
    return Normalisation(accuracy_floor=stored["accuracy_floor"], bounds=bounds)


def hypervolume(points: Sequence[Sequence[float]]) -> float:
    """Volume dominated by ``points`` (costs in [0, 1], minimised) inside the unit box."""
    inside = np.array([p for p in points if all(v < 1.0 for v in p)], dtype=float)
    if len(inside) == 0:
        return 0.0
    return float(compute_hypervolume(inside, np.ones(inside.shape[1])))


def front_hypervolume(
    front: Sequence[FrozenTrial], objectives: Sequence[str], normalisation: Normalisation
) -> float:
    return hypervolume([normalisation.costs(objectives, t.values) for t in front])
