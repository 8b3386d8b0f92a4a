"""The front of a study's finalized networks (nas/finalized.py), by their final validation
accuracy and re-measured costs."""

from __future__ import annotations

from collections.abc import Iterable

import optuna
from optuna.trial import FrozenTrial

from nas.finalized import Finalized, finalized_trials
from nas.front.pareto import by_accuracy, feasible, non_dominated


def final_front(study: optuna.Study) -> list[FrozenTrial]:
    """The front of the study's finalized networks, by their final validation accuracy and
    re-measured costs, most accurate first (each carries its search trial's number)."""
    return front_of(finalized_trials(study).values(), study)


def front_of(finals: Iterable[Finalized], study: optuna.Study) -> list[FrozenTrial]:
    """The front of these finalized networks under the study's objectives (as ``final_front``;
    for figures measured again, records replaced)."""
    objectives = study.metric_names or []  # every study this tool makes names its objectives
    trials = [f.as_trial(objectives) for f in finals]
    trials = [t for t in trials if feasible(t)]
    directions = [d.name.lower() for d in study.directions]
    return by_accuracy([trials[i] for i in non_dominated([t.values for t in trials], directions)])
