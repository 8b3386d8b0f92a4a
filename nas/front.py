"""The Pareto front of a study, computed from its storage (the source of truth)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import optuna
from optuna.trial import FrozenTrial, TrialState

from nas.record import read_record


def non_dominated(points: Sequence[Sequence[float]], directions: Sequence[str]) -> list[int]:
    """Indices of the points no other point dominates (ties in every objective are all kept)."""
    signs = [1.0 if d == "minimize" else -1.0 for d in directions]
    costs = [[s * v for s, v in zip(signs, p, strict=True)] for p in points]

    def dominates(a: list[float], b: list[float]) -> bool:
        return all(x <= y for x, y in zip(a, b, strict=True)) and any(
            x < y for x, y in zip(a, b, strict=True)
        )

    return [i for i, c in enumerate(costs) if not any(dominates(other, c) for other in costs)]


def feasible_trials(study: optuna.Study) -> list[FrozenTrial]:
    """Completed trials that met every budget and were trained (finite objectives)."""
    return [
        t
        for t in study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))
        if t.values and all(math.isfinite(v) for v in t.values) and read_record(t).trained
    ]


def pareto_front(study: optuna.Study) -> list[FrozenTrial]:
    """Front members among the feasible trials, most accurate (in validation) first."""
    trials = feasible_trials(study)
    directions = [d.name.lower() for d in study.directions]
    front = [trials[i] for i in non_dominated([t.values for t in trials], directions)]
    return sorted(front, key=lambda t: (-read_record(t).val_accuracy, t.number))
