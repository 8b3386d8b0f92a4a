"""A search's budget in joules, as a user writes it ("2kJ", "0.5 Wh"), and the figure it is
held to: the study's own footprint (training plus measuring, every trial, failed ones too)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from optuna.trial import FrozenTrial, TrialState

from estimators import CarbonFactors
from nas.footprint import FootprintTally

BUDGET_ATTR = "nas_budget_j"  # the budget the study's last search ran under, for readers
UNITS = {"J": 1.0, "kJ": 1e3, "MJ": 1e6, "Wh": 3.6e3, "kWh": 3.6e6}
_ENERGY = re.compile(r"([0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?)\s*([A-Za-z]+)")


def parse_joules(text: str) -> float:
    """Joules in ``text`` (a positive number and a unit); ValueError saying what is wrong."""
    written = text.strip()
    match = _ENERGY.fullmatch(written)
    if match is None:
        raise ValueError(
            f"{written!r} is not an energy: write a positive number and a unit ({', '.join(UNITS)}), e.g. 2kJ"
        )
    number, unit = match.groups()
    if unit not in UNITS:
        raise ValueError(f"{written!r}: unknown unit {unit!r}; allowed: {', '.join(UNITS)}")
    joules = float(number) * UNITS[unit]
    if not (math.isfinite(joules) and joules > 0):
        raise ValueError(f"{written!r}: the budget must be a positive, finite energy")
    return joules


class SpentShare:
    """How much of its limits the study has used, 0 to 1: the larger of its footprint's joules
    against ``budget_j`` (with a budget) and its completed trials against ``n_trials``. Every
    process reads the same storage, so workers agree; finished trials are read once."""

    def __init__(self, n_trials: int, budget_j: float | None, factors: CarbonFactors) -> None:
        self.n_trials = n_trials
        self.budget_j = budget_j
        self._tally = FootprintTally(factors)

    def __call__(self, trials: Sequence[FrozenTrial]) -> float:
        done = sum(t.state == TrialState.COMPLETE for t in trials) / self.n_trials
        spent = self._tally.update(trials).energy_j / self.budget_j if self.budget_j else 0.0
        return min(1.0, max(done, spent))
