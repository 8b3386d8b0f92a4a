"""A study's child runs, one per finished trial, as far as this process knows them: which trial
has which run, which runs show the front tag, and the watermark below which every finished
trial has a run (``nas.logged_below`` on the parent, so a resumed study's earlier runs are
never listed again). Runs other workers logged are looked up when needed, never all at once
after a trial."""

from __future__ import annotations

import time
from typing import Any

from optuna.trial import FrozenTrial, TrialState

from nas.tracking.names import CLOCK_SKEW_MS, FINAL_TAG, LOGGED_TAG, TRIAL_TAG
from nas.tracking.runs import ms
from nas.tracking.saved_view import PARETO_TAG
from nas.tracking.study_run import StudyRun


class ChildRuns:
    def __init__(self, run: StudyRun, logged_below: int) -> None:
        self.run = run
        self.ids: dict[int, str] = {}  # trial number -> its run, logged or looked up here
        self.tagged: set[int] = set()  # trials whose runs show nas.pareto = true, as far as known
        self.logged_below = logged_below  # the watermark as last read or written
        self.left_running = 0  # by ``repair``: RUNNING runs too young to call half-written

    @classmethod
    def read(cls, run: StudyRun) -> ChildRuns:
        """The watermark from the parent run, and the runs that show the front tag now."""
        parent = run.client.get_run(run.parent_id)
        known = cls(run, int(parent.data.tags.get(LOGGED_TAG, "0")))
        known.learn_front_tags()
        return known

    def search(self, condition: str = "") -> list[Any]:
        """The parent's child runs (all, or those meeting ``condition``), across result pages."""
        client, runs, token = self.run.client, [], None
        where = f"tags.`mlflow.parentRunId` = '{self.run.parent_id}'" + (
            f" and {condition}" if condition else ""
        )
        while True:
            page = client.search_runs([self.run.experiment_id], filter_string=where, page_token=token)
            runs += list(page)
            token = page.token
            if not token:
                return runs

    def learn(self, run: Any) -> None:
        """Remember a child run found in MLflow (its trial's run, and whether it shows on the front)."""
        if TRIAL_TAG not in run.data.tags:
            return
        number = int(run.data.tags[TRIAL_TAG])
        self.ids.setdefault(number, run.info.run_id)
        if run.data.tags.get(PARETO_TAG) == "true":
            self.tagged.add(number)

    def learn_front_tags(self) -> None:
        """What MLflow shows on the front now, other workers' tags included."""
        self.tagged = set()
        for run in self.search(f"tags.`{PARETO_TAG}` = 'true'"):
            self.learn(run)

    def run_of(self, number: int) -> str | None:
        """A trial's run: known, or looked up by its number (another worker logged it), or None."""
        if number not in self.ids:
            for run in self.search(f"tags.`{TRIAL_TAG}` = '{number}'"):
                self.learn(run)
        return self.ids.get(number)

    def learn_since(self, trials: list[FrozenTrial]) -> None:
        """Look up the runs of ``trials`` at once: those started since the earliest of them."""
        starts = [ms(t.datetime_start) for t in trials]
        known = [s for s in starts if s is not None]
        since = f"attributes.start_time >= {min(known) - CLOCK_SKEW_MS}"
        condition = since if len(known) == len(starts) else ""  # a trial never started: all of them
        for run in self.search(condition):
            self.learn(run)

    def first_unlogged(self, trials: list[FrozenTrial]) -> int:
        """The first trial number, from the watermark on, whose run is not known to exist
        (``trials``: the whole study, so that position ``i`` holds trial ``i``)."""
        for trial in trials[self.logged_below :]:
            if trial.state == TrialState.PRUNED:
                continue  # a pruned duplicate never gets a run
            if not trial.state.is_finished() or trial.number not in self.ids:
                return trial.number
        return len(trials)

    def repair(self, stale_after_s: float) -> int:
        """Delete the child runs a crash left half-written (still RUNNING after ``stale_after_s``,
        or without a trial number) and duplicates of a trial's run, so that logging again leaves
        exactly one complete run per trial. Returns how many were deleted; ``left_running`` says
        how many RUNNING runs were younger than that and left alone (a worker may be logging)."""
        now_ms = time.time() * 1000
        kept: dict[int, str] = {}
        deleted = 0
        self.left_running = 0
        runs = sorted(self.search(), key=lambda run: run.info.status == "RUNNING")  # complete first
        self.tagged = set()
        for run in runs:
            if run.data.tags.get(FINAL_TAG):  # a finalized network's run, logged complete or not at all
                continue
            number = run.data.tags.get(TRIAL_TAG)
            stale = run.info.status == "RUNNING" and now_ms - run.info.start_time > stale_after_s * 1000
            if number is None or stale or int(number) in kept:
                self.run.client.delete_run(run.info.run_id)
                deleted += 1
            else:
                kept[int(number)] = run.info.run_id
                self.left_running += run.info.status == "RUNNING"
                if run.data.tags.get(PARETO_TAG) == "true":
                    self.tagged.add(int(number))
        self.ids = kept
        self.logged_below = 0  # every run is known now: the watermark is set again from them
        return deleted
