"""What every drawing of the front shares: the trials it draws, their figures read once, where
the accuracy axis lies, which members form the staircase, and round ticks."""

from __future__ import annotations

import math
from collections.abc import Sequence

from optuna.trial import FrozenTrial

from nas.front.pareto import feasible_trials, non_dominated
from nas.record import read_record

trained_trials = feasible_trials  # what the plots draw: trials with a trained model


class Points:
    """Energy per inference, validation accuracy and energy source of each trial, each record
    read once (a plot asks for them many times)."""

    def __init__(self, trials: Sequence[FrozenTrial]) -> None:
        records = {t.number: read_record(t) for t in trials}
        self.energies = {n: r.energy_j or math.nan for n, r in records.items()}
        self.accuracies = {n: r.val_accuracy for n, r in records.items()}
        self.sources = sorted({r.energy_source for r in records.values()})

    def energy(self, trial: FrozenTrial) -> float:
        return self.energies[trial.number]

    def val(self, trial: FrozenTrial) -> float:
        return self.accuracies[trial.number]


class Layout:
    """What both drawings of the front share.

    The accuracy axis spans the front and its neighbourhood; trials far below it (stopped
    early, or tiny) are drawn on the bottom edge and counted in a note. The front is that of
    every objective (energy and latency too), so drawn against energy alone it is not a
    staircase: the line joins the members that are also on the two-objective front of accuracy
    and energy; the others are on the front through their latency and are drawn hollow.
    """

    def __init__(self, trials: Sequence[FrozenTrial], front_numbers: set[int]) -> None:
        self.points = Points(trials)
        self.members = sorted((t for t in trials if t.number in front_numbers), key=self.points.energy)
        pairs = [(self.points.val(t), self.points.energy(t)) for t in self.members]
        self.staircase = [self.members[i] for i in non_dominated(pairs, ["maximize", "minimize"])]
        self.staircase.sort(key=self.points.energy)
        shown = (
            [self.points.val(t) for t in self.members] or [self.points.val(t) for t in trials] or [0.0, 1.0]
        )
        span = max(max(shown) - min(shown), 0.05)
        self.low = max(0.0, min(shown) - 0.5 * span)
        self.high = min(1.0, max(shown) + 0.15 * span)
        self.below = [t for t in trials if self.points.val(t) < self.low]

    def accuracy(self, trial: FrozenTrial) -> float:
        """Where the trial is drawn: at the bottom edge when below the axis."""
        return max(self.points.val(trial), self.low)

    def note(self) -> str:
        parts = []
        if self.below:
            parts.append(f"{len(self.below)} trials below {self.low:.2f} accuracy drawn on the bottom edge")
        if len(self.staircase) < len(self.members):
            parts.append("hollow: on the front through their latency, not their energy")
        return "; ".join(parts)


def ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values between ``low`` and ``high``."""
    raw = (high - low) / count
    step = 10 ** math.floor(math.log10(raw)) if raw > 0 else 0.1
    step *= next(f for f in (1, 2, 5, 10) if raw <= f * step)
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step + 1e-9) + 1)]
