"""Parent selection: NSGA-II's non-dominated rank and crowding distance, ranked with a noise floor
on measured costs, and a binary tournament."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from optuna.study._multi_objective import _fast_non_domination_rank

from nas.front.hypervolume import Normalisation
from nas.objectives import OBJECTIVES


def snap_to_noise_floor(
    costs: np.ndarray, objectives: Sequence[str], normalisation: Normalisation, noise_floor: float
) -> np.ndarray:
    """Normalised costs with measured objectives snapped to steps of ``noise_floor`` (relative):
    measured costs closer than that fall in one step, where neither dominates the other."""
    snapped = costs.copy()
    for position, name in enumerate(objectives):
        if OBJECTIVES[name].noisy and noise_floor > 0:
            floor, ceiling = normalisation.bounds[name]
            step = math.log10(1 + noise_floor) / math.log10(ceiling / floor)
            snapped[:, position] = np.floor(costs[:, position] / step)
    return snapped


def measured_noise(spreads: Sequence[float], floor: float, cap: float = 0.5) -> float:
    """The noise floor the measurements themselves support: the median spread recorded with
    them (a busy machine's figures need a bigger gap to dominate), never below ``floor``."""
    if not spreads:
        return floor
    return min(cap, max(floor, float(np.median(spreads))))


def ranks(costs: np.ndarray, wanted: int) -> np.ndarray:
    """Non-dominated rank of each row of ``costs`` (minimised); ranking stops once ``wanted`` are ranked."""
    return _fast_non_domination_rank(costs, n_below=wanted)


def crowding(costs: np.ndarray, ranks: np.ndarray) -> np.ndarray:
    """NSGA-II's crowding distance within each rank (boundaries infinite)."""
    distance = np.zeros(len(costs))
    for rank in np.unique(ranks):
        members = np.flatnonzero(ranks == rank)
        if len(members) <= 2:
            distance[members] = np.inf
            continue
        for column in costs[members].T:
            order = members[np.argsort(column)]
            span = float(column.max() - column.min()) or 1.0
            distance[order[0]] = distance[order[-1]] = np.inf
            sorted_values = np.sort(column)
            distance[order[1:-1]] += (sorted_values[2:] - sorted_values[:-2]) / span
    return distance


def tournament(rng: np.random.RandomState, ranks: np.ndarray, crowding: np.ndarray) -> int:
    """Two drawn at random; the better rank wins, then the larger crowding distance."""
    a, b = rng.randint(len(ranks), size=2)
    return int(a if (ranks[a], -crowding[a]) <= (ranks[b], -crowding[b]) else b)
