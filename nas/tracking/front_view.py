"""MLflow's view of the study's front, kept current after every trial at a cost that does not
grow with the study: the study's figures on the parent run (one ``log_batch``), the
``nas.pareto`` tags of the runs that joined or left the front, and the rendered front (CSV,
JSON, PNGs, HTML), rewritten at a bounded rate."""

from __future__ import annotations

import time
from typing import Any

import optuna
from optuna.trial import FrozenTrial

from nas.footprint import FootprintTally
from nas.front.curve import HypervolumeCurve
from nas.tracking.artifacts import write_front
from nas.tracking.child_runs import ChildRuns
from nas.tracking.names import ARTIFACT_INTERVAL_S, ARTIFACT_SHARE, LOGGED_TAG
from nas.tracking.saved_view import front_tags


def tag_front(client: Any, run_id: str, on_front: bool, fidelity: str) -> None:
    """A run's front membership, as the saved view shows it ("proxy" or "final" ``fidelity``)."""
    from mlflow.entities import RunTag

    tags = [RunTag(key, value) for key, value in front_tags(on_front, fidelity).items()]
    client.log_batch(run_id, tags=tags)


class FrontView:
    def __init__(self, runs: ChildRuns, footprint: FootprintTally, budget_j: float | None) -> None:
        self.runs = runs
        self.footprint = footprint
        self.budget_j = budget_j  # logged beside what it bounds
        self.shown_front: set[int] | None = None  # the front the pareto tags were last set for
        self.curve: HypervolumeCurve | None = None  # made at the first refresh: a study just
        # created (``nas create``) has no normalisation until its first search process measures it
        self.artifact_front: set[int] | None = None  # the front the artifacts show
        self.artifacts_written = -float("inf")
        self.render_s = 0.0  # how long the last rendering of the front took
        self.logged_values: dict[str, float] = {}

    def refresh(
        self, study: optuna.Study, front: list[FrozenTrial], force: bool, trials: list[FrozenTrial]
    ) -> None:
        """The figures, the tags when the front changed, and the rendered front when it changed,
        at most every ``ARTIFACT_INTERVAL_S`` and rarely enough to stay within ``ARTIFACT_SHARE``
        of the time, and by ``force`` (at the end of a search)."""
        numbers = {t.number for t in front}
        if force:  # at the end: what MLflow shows now, other workers' tags included, is checked
            self.shown_front = None
            self.runs.learn_front_tags()
        if numbers != self.shown_front:
            self._show_front(numbers)
        self.curve = self.curve or HypervolumeCurve(study)
        curve = self.curve.update(study, trials)
        self._log_figures(len(front), curve, trials)
        interval = max(ARTIFACT_INTERVAL_S, self.render_s / ARTIFACT_SHARE)
        due = time.monotonic() - self.artifacts_written >= interval
        if force or (numbers != self.artifact_front and due):
            started = time.monotonic()
            write_front(self.runs.run.client, self.runs.run.parent_id, study, front, curve)
            self.artifact_front = numbers
            self.artifacts_written = time.monotonic()
            self.render_s = self.artifacts_written - started

    def _log_figures(
        self, front_size: int, curve: list[tuple[int, float]], trials: list[FrozenTrial]
    ) -> None:
        """The study's figures and the watermark on the parent run: one request, when they changed."""
        from mlflow.entities import Metric, RunTag

        complete = len(curve)  # one point per completed trial
        footprint = self.footprint.update(trials)
        values = {
            "front_size": front_size,
            "completed_trials": complete,
            "hypervolume": curve[-1][1] if curve else 0.0,
            "search_energy_j": footprint.energy_j,
            "search_co2e_g": footprint.co2e_g,
            "pareto_saved_energy_j": footprint.pareto_saved_j,
        }
        if self.budget_j is not None:
            values["search_budget_j"] = self.budget_j
        logged_below = self.runs.first_unlogged(trials)
        if values == self.logged_values and logged_below == self.runs.logged_below:  # nothing new
            return
        now = int(time.time() * 1000)
        self.runs.run.client.log_batch(
            self.runs.run.parent_id,
            metrics=[Metric(name, float(value), now, complete) for name, value in values.items()],
            tags=[
                RunTag("nas.carbon_factors", footprint.factors.source),
                RunTag("nas.footprint_sources", ", ".join(footprint.sources)),
                RunTag(LOGGED_TAG, str(logged_below)),
            ],
        )
        self.logged_values, self.runs.logged_below = values, logged_below

    def _show_front(self, numbers: set[int]) -> None:
        """Tag the runs of trials that joined the front, untag those that left it (whoever
        tagged them: every tracker sees the same front, so a stopped worker's tags are undone)."""
        runs = self.runs
        left = (runs.tagged | (self.shown_front or set())) - numbers
        changes = [(n, True) for n in sorted(numbers - runs.tagged)] + [(n, False) for n in sorted(left)]
        for number, on_front in changes:
            run_id = runs.run_of(number)
            if run_id is None:  # not logged yet: its worker tags it once it is
                continue
            tag_front(runs.run.client, run_id, on_front, "proxy")
            (runs.tagged.add if on_front else runs.tagged.discard)(number)
        self.shown_front = numbers
