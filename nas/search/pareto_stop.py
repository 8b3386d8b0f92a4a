"""Pareto-aware early stopping: stop training a candidate once it cannot reach the front.

Optuna cannot prune multi-objective studies; we can do better, because a candidate's cost per
inference is measured before it trains. Its rivals are the finished, trained trials that cost
no more in every cost objective. After each epoch, the candidate's best validation accuracy so
far plus the most that any finished learning curve ever gained after that epoch (plus a margin)
is an optimistic bound on where it can end; if a rival's best validation accuracy is above the
bound, the candidate would be dominated however its training went on, and it stops.

Nothing stops before ``pareto_min_epochs``, nor before three finished curves reached the epoch
(the bound would be a guess). The stop is recorded with its reason and epoch; the energy it
saved is estimated from the median length of trainings that were not stopped this way.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from optuna.trial import FrozenTrial, TrialState

from nas.finished_feed import FinishedFeed
from nas.objectives import OBJECTIVES
from nas.record import PARETO_PREFIX as PREFIX
from nas.record import read_record

MIN_CURVES = 3  # finished learning curves needed at an epoch before its headroom is trusted


@dataclass(frozen=True)
class EpochGain:
    curves: int  # finished curves that reached this epoch
    most: float  # the most any of them gained after it (best accuracy overall less best so far)


def epoch_gains(curves: Sequence[Sequence[float]]) -> list[EpochGain]:
    """``EpochGain`` of epoch 1, 2, ... over ``curves`` (validation accuracy per epoch)."""
    gains: list[EpochGain] = []
    for curve in curves:
        _add_curve(gains, curve)
    return gains


def _add_curve(gains: list[EpochGain], curve: Sequence[float]) -> None:
    best, running = max(curve, default=0.0), float("-inf")
    for epoch, accuracy in enumerate(curve, start=1):
        running = max(running, accuracy)
        if epoch > len(gains):
            gains.append(EpochGain(0, float("-inf")))
        seen = gains[epoch - 1]
        gains[epoch - 1] = EpochGain(seen.curves + 1, max(seen.most, best - running))


@dataclass(frozen=True)
class ParetoStopper:
    rival: tuple[int, float] | None  # (trial number, validation accuracy) of the best no costlier
    gains: Sequence[EpochGain]  # of finished trainings, epoch 1 first
    min_epochs: int
    margin: float

    def headroom(self, epoch: int) -> float | None:
        """The most a finished curve's best accuracy rose after ``epoch``; None if too few reached it."""
        if epoch > len(self.gains) or self.gains[epoch - 1].curves < MIN_CURVES:
            return None
        return self.gains[epoch - 1].most

    def __call__(self, epoch: int, best_so_far: float) -> str | None:
        """A reason to stop after ``epoch`` with validation accuracy ``best_so_far``, or None."""
        if epoch < self.min_epochs or self.rival is None:
            return None
        headroom = self.headroom(epoch)
        if headroom is None:
            return None
        number, rival = self.rival
        bound = best_so_far + headroom + self.margin
        if rival <= bound:
            return None
        return (
            f"{PREFIX} validation {best_so_far:.3f} after epoch {epoch} cannot pass {rival:.3f} of trial "
            f"{number}, which costs no more (bound {bound:.3f}: finished curves gained at most "
            f"{headroom:.3f} later, margin {self.margin})"
        )


class TrainingHistory:
    """The study's finished trainings as this rule reads them. Each trial is taken in once (a
    finished trial never changes), so a candidate's stopper costs no pass over the study's
    records: at 10 000 trials, rebuilding it from every record took about 80 ms a trial."""

    def __init__(self, objectives: Sequence[str]) -> None:
        self.cost_names = [name for name in objectives if OBJECTIVES[name].kind != "accuracy"]
        self.cost_columns = [objectives.index(name) for name in self.cost_names]
        self.feed = FinishedFeed()
        self.numbers: list[int] = []
        self.accuracy: list[float] = []
        self.costs = np.empty((0, len(self.cost_names)))
        self.gains: list[EpochGain] = []
        self.full_epochs: list[int] = []  # epochs run by trainings this rule did not stop, sorted

    def update(self, trials: Sequence[FrozenTrial]) -> None:
        new_costs = []
        for trial in self.feed.take(trials):
            if trial.state != TrialState.COMPLETE:
                continue
            record = read_record(trial)
            if not record.trained or record.training is None:
                continue
            self.numbers.append(trial.number)
            self.accuracy.append(record.val_accuracy)
            new_costs.append([trial.values[column] for column in self.cost_columns])
            # a curve cut short by this rule would understate later gains: only full trainings count
            if not record.pareto_stopped:
                _add_curve(self.gains, record.training.val_curve)
                bisect.insort(self.full_epochs, record.training.epochs_run)
        if new_costs:
            self.costs = np.vstack([self.costs, np.asarray(new_costs, dtype=float)])

    def stopper(self, costs: dict[str, float], min_epochs: int, margin: float) -> ParetoStopper:
        """The stopper of a candidate with ``costs``: its rival is the most accurate finished
        training that costs no more in every cost objective."""
        limit = np.array([costs[name] for name in self.cost_names], dtype=float)
        cheaper = np.flatnonzero(np.all(self.costs <= limit, axis=1))
        rival = None
        if cheaper.size:
            best = int(cheaper[np.argmax(np.asarray(self.accuracy)[cheaper])])
            rival = (self.numbers[best], self.accuracy[best])
        return ParetoStopper(rival, tuple(self.gains), min_epochs, margin)

    def typical_epochs(self, configured: int) -> float:
        """How long a training runs when this rule does not stop it: the median of such trainings."""
        full, middle = self.full_epochs, len(self.full_epochs) // 2
        if not full:
            return float(configured)
        return float(full[middle]) if len(full) % 2 else (full[middle - 1] + full[middle]) / 2


def make_stopper(
    trials: Sequence[FrozenTrial],
    objectives: Sequence[str],
    costs: dict[str, float],
    min_epochs: int,
    margin: float,
) -> ParetoStopper:
    """The stopper of a candidate with ``costs``, against the finished ``trials`` of its study."""
    history = TrainingHistory(objectives)
    history.update(trials)
    return history.stopper(costs, min_epochs, margin)
