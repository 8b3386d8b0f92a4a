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

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from optuna.trial import FrozenTrial

from nas.record import PARETO_PREFIX as PREFIX
from nas.record import TrialRecord, read_record

MIN_CURVES = 3  # finished learning curves needed at an epoch before its headroom is trusted


@dataclass(frozen=True)
class ParetoStopper:
    rivals: tuple[tuple[int, float], ...]  # (trial number, best validation accuracy), no costlier
    curves: tuple[tuple[float, ...], ...]  # validation accuracy per epoch of finished trainings
    min_epochs: int
    margin: float

    def headroom(self, epoch: int) -> float | None:
        """The most a finished curve's best accuracy rose after ``epoch``; None if too few reached it."""
        reached = [curve for curve in self.curves if len(curve) >= epoch]
        if len(reached) < MIN_CURVES:
            return None
        return max(max(curve) - max(curve[:epoch]) for curve in reached)

    def __call__(self, epoch: int, best_so_far: float) -> str | None:
        """A reason to stop after ``epoch`` with validation accuracy ``best_so_far``, or None."""
        if epoch < self.min_epochs or not self.rivals:
            return None
        headroom = self.headroom(epoch)
        if headroom is None:
            return None
        number, rival = max(self.rivals, key=lambda r: r[1])
        bound = best_so_far + headroom + self.margin
        if rival <= bound:
            return None
        return (
            f"{PREFIX} validation {best_so_far:.3f} after epoch {epoch} cannot pass {rival:.3f} of trial "
            f"{number}, which costs no more (bound {bound:.3f}: finished curves gained at most "
            f"{headroom:.3f} later, margin {self.margin})"
        )


def trained(trials: Sequence[FrozenTrial]) -> list[tuple[FrozenTrial, TrialRecord]]:
    """The trials that were trained, each with its record."""
    return [(t, record) for t in trials if (record := read_record(t)).trained]


def make_stopper(
    trials: Sequence[FrozenTrial],
    objectives: Sequence[str],
    costs: dict[str, float],
    min_epochs: int,
    margin: float,
) -> ParetoStopper:
    """The stopper of a candidate with ``costs``, against the finished ``trials`` of its study."""
    cost_names = [name for name in objectives if name != "accuracy"]
    finished = trained(trials)
    rivals = tuple(
        (t.number, record.val_accuracy)
        for t, record in finished
        if all(t.values[objectives.index(name)] <= costs[name] for name in cost_names)
    )
    # a curve cut short by this rule would understate later gains: only full trainings count
    curves = tuple(
        record.training.val_curve
        for _, record in finished
        if record.training is not None and not record.pareto_stopped
    )
    return ParetoStopper(rivals, curves, min_epochs, margin)


def typical_epochs(trials: Sequence[FrozenTrial], configured: int) -> float:
    """How long a training runs when this rule does not stop it: the median of such trainings."""
    full = [
        record.training.epochs_run
        for _, record in trained(trials)
        if record.training is not None and not record.pareto_stopped
    ]
    return statistics.median(full) if full else float(configured)
