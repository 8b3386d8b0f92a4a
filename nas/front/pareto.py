"""The Pareto front of a study, computed from its storage (the source of truth)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import optuna
from optuna.study._multi_objective import _is_pareto_front  # Optuna's own, used by best_trials
from optuna.trial import FrozenTrial, TrialState

from nas.finished_feed import FinishedFeed
from nas.record import read_record


def non_dominated(points: Sequence[Sequence[float]], directions: Sequence[str]) -> list[int]:
    """Indices of the points no other point dominates (ties in every objective are all kept).

    Optuna's sort-based test (the one behind ``study.best_trials``): 10 000 points take
    milliseconds, where comparing every pair took seconds."""
    if len(points) == 0:
        return []
    signs = np.array([1.0 if d == "minimize" else -1.0 for d in directions])
    on_front = _is_pareto_front(np.asarray(points, dtype=float) * signs, assume_unique_lexsorted=False)
    return [int(i) for i in np.flatnonzero(on_front)]


def feasible(trial: FrozenTrial) -> bool:
    """Completed, within every budget and trained (finite objectives)."""
    return (
        trial.state == TrialState.COMPLETE
        and bool(trial.values)
        and all(math.isfinite(v) for v in trial.values)
        and read_record(trial).trained
    )


def feasible_trials(study: optuna.Study) -> list[FrozenTrial]:
    """Completed trials that met every budget and were trained (finite objectives)."""
    return [t for t in study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,)) if feasible(t)]


def pareto_front(study: optuna.Study) -> list[FrozenTrial]:
    """Front members among the feasible trials, most accurate (in validation) first."""
    trials = feasible_trials(study)
    directions = [d.name.lower() for d in study.directions]
    return by_accuracy([trials[i] for i in non_dominated([t.values for t in trials], directions)])


def by_accuracy(front: Sequence[FrozenTrial]) -> list[FrozenTrial]:
    return sorted(front, key=lambda t: (-read_record(t).val_accuracy, t.number))


class LiveFront:
    """A study's front kept current as its trials finish: each update looks only at trials it
    has not seen (a finished trial never changes) and compares each with the front alone (a
    trial off the front never returns to it), so its cost grows with the front, not the study."""

    def __init__(self, directions: Sequence[str]) -> None:
        self.directions = list(directions)
        self.signs = np.array([1.0 if d == "minimize" else -1.0 for d in directions])
        self.members: list[FrozenTrial] = []
        self.costs = np.empty((0, len(directions)))  # the members' values, all minimised
        self.feed = FinishedFeed()

    def add(self, trial: FrozenTrial) -> bool:
        """Look at a finished trial (each once); True if it joined the front."""
        if not feasible(trial):
            return False
        cost = np.asarray(trial.values, dtype=float) * self.signs
        if np.any(np.all(self.costs <= cost, axis=1) & np.any(self.costs < cost, axis=1)):
            return False
        kept = ~(np.all(cost <= self.costs, axis=1) & np.any(cost < self.costs, axis=1))
        self.members = [m for m, keep in zip(self.members, kept, strict=True) if keep] + [trial]
        self.costs = np.vstack([self.costs[kept], cost])
        return True

    def update(self, trials: Sequence[FrozenTrial]) -> list[FrozenTrial]:
        """The trials among ``trials`` that joined the front (some may have left it since)."""
        return [t for t in self.feed.take(trials) if self.add(t)]

    def front(self) -> list[FrozenTrial]:
        """As ``pareto_front`` orders it: most accurate first."""
        return by_accuracy(self.members)
