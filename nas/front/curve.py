"""The hypervolume after each completed trial: how the front grew, trial by trial."""

from __future__ import annotations

from collections.abc import Sequence

import optuna
from optuna.trial import FrozenTrial, TrialState

from nas.front.hypervolume import front_hypervolume, study_normalisation
from nas.front.pareto import LiveFront


class HypervolumeCurve:
    """(completed trials, hypervolume of their front) after each completed trial, kept up to date
    incrementally: each update looks only at trials not seen before, and the volume is computed
    again only when a trial joins the front (a trial off the front never returns to it)."""

    def __init__(self, study: optuna.Study) -> None:
        self.objectives = list(study.metric_names or [])
        self.normalisation = study_normalisation(study)
        self.live = LiveFront([d.name.lower() for d in study.directions])
        self.points: list[tuple[int, float]] = []

    def update(
        self, study: optuna.Study, trials: Sequence[FrozenTrial] | None = None
    ) -> list[tuple[int, float]]:
        trials = study.get_trials(deepcopy=False) if trials is None else trials
        volume = self.points[-1][1] if self.points else 0.0
        for trial in self.live.feed.take(trials):  # each trial once, added to the front here
            if trial.state != TrialState.COMPLETE:
                continue
            if self.live.add(trial):  # it joined the front: the volume changed
                volume = front_hypervolume(self.live.members, self.objectives, self.normalisation)
            self.points.append((len(self.points) + 1, volume))
        return list(self.points)


def hypervolume_curve(study: optuna.Study) -> list[tuple[int, float]]:
    """(completed trials, hypervolume of the front of those trials), after each completed trial."""
    return HypervolumeCurve(study).update(study)
