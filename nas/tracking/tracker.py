"""MLflow as the view of a study: one parent run per study, one child run per finished trial.

Optuna's storage stays the source of truth; everything here can be rebuilt from it. The parent
run carries the study's figures (after every trial), the rendered front (CSV, JSON, PNG, HTML;
at a bounded rate) and the watermark ``nas.logged_below``; child runs carry a ``nas.pareto`` tag
that follows front membership. After a trial, only the rate-limited rendering reads every trial
and no run list is read. Only an ``MlflowClient`` is used, never MLflow's process-global active
run, so two searches in one process cannot mix their runs.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import time
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from nas.config import Config
from nas.finalized import read_finalized, trial_key
from nas.footprint import FootprintTally
from nas.front.curve import HypervolumeCurve
from nas.front.final import final_front
from nas.front.pareto import pareto_front
from nas.objectives import OBJECTIVES
from nas.study import UID_ATTR
from nas.tracking.artifacts import log_config, write_front
from nas.tracking.client import mlflow_client
from nas.tracking.names import (
    ARTIFACT_INTERVAL_S,
    ARTIFACT_SHARE,
    CLOCK_SKEW_MS,
    FIDELITY_TAG,
    FINAL_TAG,
    KIND_TAG,
    LOGGED_TAG,
    MODEL_TRAINING,
    NOTE_TAG,
    OPEN_ATTEMPTS,
    STORAGE_TAG,
    STUDY_TAG,
    TRIAL_TAG,
    UID_TAG,
    VIEW_TAG,
)
from nas.tracking.runs import log_final_run, log_trial_run, ms, objective_metrics
from nas.tracking.saved_view import PARETO_TAG, experiment_note, front_tags, front_view_state
from nas.urls import masked


class MlflowTracker:
    def __init__(self, config: Config, study: optuna.Study) -> None:
        import logging

        import mlflow

        logging.getLogger(mlflow.__name__).setLevel(logging.WARNING)  # mlflow sets its own level on import
        # an unreachable server fails in seconds, not after minutes of back-off (users may override)
        os.environ.setdefault("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "1")
        os.environ.setdefault("MLFLOW_HTTP_REQUEST_TIMEOUT", "10")
        self.config = config
        self.study_name = study.study_name
        self.factors = config.footprint.factors()
        self.client, found, self.experiment_id = self._open(config.tracking.experiment)
        if found is None or found.tags.get(KIND_TAG) != MODEL_TRAINING:  # MLflow 3 opens GenAI mode otherwise
            self.client.set_experiment_tag(self.experiment_id, KIND_TAG, MODEL_TRAINING)
        self.parent_id = self._parent_run(str(study.user_attrs[UID_ATTR]), masked(config.study.storage))
        self._save_view(found.tags if found else {})
        parent = self.client.get_run(self.parent_id)
        self.logged_below = int(parent.data.tags.get(LOGGED_TAG, "0"))
        self.child_ids: dict[int, str] = {}  # the runs this tracker logged or looked up
        self.left_running = 0  # by ``repair``: RUNNING runs too young to call half-written
        self.tagged: set[int] = set()  # trials whose runs show nas.pareto = true, as far as known
        for run in self._child_runs(f"tags.`{PARETO_TAG}` = 'true'"):
            self._learn(run)
        self.shown_front: set[int] | None = None  # the front the pareto tags were last set for
        self.curve: HypervolumeCurve | None = None  # made at the first refresh: a study just
        # created (``nas create``) has no normalisation until its first search process measures it
        self.footprint = FootprintTally(self.factors)
        self.artifact_front: set[int] | None = None  # the front the artifacts show
        self.artifacts_written = -math.inf
        self.render_s = 0.0  # how long the last rendering of the front took
        self.logged_values: dict[str, float] = {}

    def _open(self, experiment: str) -> tuple[Any, Any, str]:
        """A client, the experiment (None if this call made it) and its id. Workers that open a
        new database store at the same moment race on MLflow's schema and on the experiment's
        name: the losers try again once the winner is done."""
        for attempt in range(OPEN_ATTEMPTS):
            try:
                client = mlflow_client(self.config.tracking.uri)
                found = client.get_experiment_by_name(experiment)
                return client, found, found.experiment_id if found else client.create_experiment(experiment)
            except Exception:
                if attempt == OPEN_ATTEMPTS - 1:
                    raise
                time.sleep(1.0 + attempt)
        raise AssertionError("unreachable")

    def _parent_run(self, uid: str, storage_url: str) -> str:
        """The study's parent run; workers that create it at the same moment keep the oldest.

        Found by the study's storage-unique id (hex), so no name a user chose is ever spliced
        into a filter string."""
        study_filter = f"tags.`{UID_TAG}` = '{uid}'"

        def parents() -> list[Any]:
            found = self.client.search_runs(
                [self.experiment_id], filter_string=study_filter, order_by=["attributes.start_time ASC"]
            )
            return sorted(found, key=lambda run: (run.info.start_time, run.info.run_id))

        runs = parents()
        if not runs:
            created = self.client.create_run(
                self.experiment_id,
                run_name=f"study {self.study_name}",
                tags={STUDY_TAG: self.study_name, STORAGE_TAG: storage_url, UID_TAG: uid},
            )
            runs = parents()
            if runs[0].info.run_id != created.info.run_id:  # another worker's came first
                self.client.delete_run(created.info.run_id)
        self.client.update_run(runs[0].info.run_id, status="RUNNING")
        return str(runs[0].info.run_id)

    def _save_view(self, tags: dict[str, str]) -> None:
        """The saved view "Pareto front", with every study's parent run expanded; the description."""
        expanded: set[str] = {self.parent_id}
        if VIEW_TAG in tags:
            with contextlib.suppress(ValueError, AttributeError):  # not ours, or edited: rewritten
                expanded |= set(json.loads(tags[VIEW_TAG]).get("runsExpanded", {}))
        view = front_view_state(expanded)
        if tags.get(VIEW_TAG) != view:
            self.client.set_experiment_tag(self.experiment_id, VIEW_TAG, view)
        if NOTE_TAG not in tags:  # a description the user wrote is kept
            self.client.set_experiment_tag(self.experiment_id, NOTE_TAG, experiment_note(self.experiment_id))

    def _child_runs(self, condition: str = "") -> list[Any]:
        """The parent's child runs (all, or those meeting ``condition``), across result pages."""
        runs, token = [], None
        where = f"tags.`mlflow.parentRunId` = '{self.parent_id}'" + (f" and {condition}" if condition else "")
        while True:
            page = self.client.search_runs([self.experiment_id], filter_string=where, page_token=token)
            runs += list(page)
            token = page.token
            if not token:
                return runs

    def _learn(self, run: Any) -> None:
        """Remember a child run found in MLflow (its trial's run, and whether it shows on the front)."""
        if TRIAL_TAG not in run.data.tags:
            return
        number = int(run.data.tags[TRIAL_TAG])
        self.child_ids.setdefault(number, run.info.run_id)
        if run.data.tags.get(PARETO_TAG) == "true":
            self.tagged.add(number)

    def _run_of(self, number: int) -> str | None:
        """A trial's run: known, or looked up by its number (another worker logged it), or None."""
        if number not in self.child_ids:
            for run in self._child_runs(f"tags.`{TRIAL_TAG}` = '{number}'"):
                self._learn(run)
        return self.child_ids.get(number)

    def _learn_runs_since(self, trials: list[FrozenTrial]) -> None:
        """Look up the runs of ``trials`` at once: those started since the earliest of them."""
        starts = [ms(t.datetime_start) for t in trials]
        known = [s for s in starts if s is not None]
        since = f"attributes.start_time >= {min(known) - CLOCK_SKEW_MS}"
        condition = since if len(known) == len(starts) else ""  # a trial never started: all of them
        for run in self._child_runs(condition):
            self._learn(run)

    def backfill(self, study: optuna.Study) -> None:
        """Log the finished trials MLflow lacks (a search resumed after tracking was off or
        down). Only trials from ``nas.logged_below`` on are looked at: the parent run keeps that
        watermark, so a resumed study's earlier runs are never listed again. The trial this
        process is about to log is looked up too: another search of the study may have logged
        it while this one opened MLflow."""
        later = [
            t
            for t in study.get_trials(deepcopy=False)
            if t.number >= self.logged_below and t.state in (TrialState.COMPLETE, TrialState.FAIL)
        ]
        unknown = [t for t in later if t.number not in self.child_ids]
        if unknown:
            self._learn_runs_since(unknown)
        for trial in later:
            self.log_trial(study, trial)

    def _logged_below(self, trials: list[FrozenTrial]) -> int:
        """The first trial number, from the watermark on, whose run is not known to exist
        (``trials``: the whole study, so that position ``i`` holds trial ``i``)."""
        for trial in trials[self.logged_below :]:
            if trial.state == TrialState.PRUNED:
                continue  # a pruned duplicate never gets a run
            if not trial.state.is_finished() or trial.number not in self.child_ids:
                return trial.number
        return len(trials)

    def log_config(self, config: Config) -> None:
        log_config(self.client, self.parent_id, config)

    def log_trial(self, study: optuna.Study, trial: FrozenTrial) -> None:
        """Log a finished trial once; later calls for the same trial number do nothing."""
        if trial.state not in (TrialState.COMPLETE, TrialState.FAIL):
            return
        if trial.number in self.child_ids or trial.number < self.logged_below:
            return
        run_id = log_trial_run(self.client, self.experiment_id, self.parent_id, study, trial, self.factors)
        self.child_ids[trial.number] = run_id

    def refresh_front(
        self,
        study: optuna.Study,
        front: list[FrozenTrial],
        force: bool = False,
        trials: list[FrozenTrial] | None = None,
    ) -> None:
        """Keep MLflow's view of the front current, at a cost that does not grow with the study.

        After every trial: the study's figures (one ``log_batch``, kept incrementally) and, when
        the front changed, the ``nas.pareto`` tags of the runs that joined or left it. The
        rendered front (CSV, JSON, PNGs, HTML) is rewritten when the front changed, at most
        every ``ARTIFACT_INTERVAL_S`` and rarely enough to stay within ``ARTIFACT_SHARE`` of the
        time, and by ``force`` (at the end of a search)."""
        from mlflow.entities import Metric, RunTag

        trials = study.get_trials(deepcopy=False) if trials is None else trials
        numbers = {t.number for t in front}
        if force:  # at the end: what MLflow shows now, other workers' tags included, is checked
            self.tagged, self.shown_front = set(), None
            for run in self._child_runs(f"tags.`{PARETO_TAG}` = 'true'"):
                self._learn(run)
        if numbers != self.shown_front:
            self._show_front(numbers)
        self.curve = self.curve or HypervolumeCurve(study)
        curve = self.curve.update(study, trials)
        complete = len(curve)  # one point per completed trial
        footprint = self.footprint.update(trials)
        values = {
            "front_size": len(front),
            "completed_trials": complete,
            "hypervolume": curve[-1][1] if curve else 0.0,
            "search_energy_j": footprint.energy_j,
            "search_co2e_g": footprint.co2e_g,
            "pareto_saved_energy_j": footprint.pareto_saved_j,
        }
        if (budget_j := self.config.study.budget_j) is not None:  # beside what it bounds
            values["search_budget_j"] = budget_j
        logged_below = self._logged_below(trials)
        if values != self.logged_values or logged_below != self.logged_below:  # nothing new: nothing
            now = int(time.time() * 1000)
            self.client.log_batch(  # one request for the study's figures, not eight
                self.parent_id,
                metrics=[Metric(name, float(value), now, complete) for name, value in values.items()],
                tags=[
                    RunTag("nas.carbon_factors", footprint.factors.source),
                    RunTag("nas.footprint_sources", ", ".join(footprint.sources)),
                    RunTag(LOGGED_TAG, str(logged_below)),
                ],
            )
            self.logged_values, self.logged_below = values, logged_below
        interval = max(ARTIFACT_INTERVAL_S, self.render_s / ARTIFACT_SHARE)
        due = time.monotonic() - self.artifacts_written >= interval
        if force or (numbers != self.artifact_front and due):
            started = time.monotonic()
            write_front(self.client, self.parent_id, study, front, curve)
            self.artifact_front = numbers
            self.artifacts_written = time.monotonic()
            self.render_s = self.artifacts_written - started

    def _show_front(self, numbers: set[int]) -> None:
        """Tag the runs of trials that joined the front, untag those that left it (whoever
        tagged them: every tracker sees the same front, so a stopped worker's tags are undone)."""
        left = (self.tagged | (self.shown_front or set())) - numbers
        changes = [(n, True) for n in sorted(numbers - self.tagged)] + [(n, False) for n in sorted(left)]
        for number, on_front in changes:
            run_id = self._run_of(number)
            if run_id is None:  # not logged yet: its worker tags it once it is
                continue
            self._tag_front(run_id, on_front, "proxy")
            (self.tagged.add if on_front else self.tagged.discard)(number)
        self.shown_front = numbers

    def _tag_front(self, run_id: str, on_front: bool, fidelity: str) -> None:
        from mlflow.entities import RunTag

        tags = [RunTag(key, value) for key, value in front_tags(on_front, fidelity).items()]
        self.client.log_batch(run_id, tags=tags)

    def repair(self, stale_after_s: float = 120.0) -> int:
        """Delete the child runs a crash left half-written (still RUNNING after ``stale_after_s``,
        or without a trial number) and duplicates of a trial's run, so that logging again leaves
        exactly one complete run per trial. Returns how many were deleted; ``left_running`` says
        how many RUNNING runs were younger than that and left alone (a worker may be logging)."""
        now_ms = time.time() * 1000
        kept: dict[int, str] = {}
        deleted = 0
        self.left_running = 0
        runs = sorted(self._child_runs(), key=lambda run: run.info.status == "RUNNING")  # complete first
        self.tagged = set()
        for run in runs:
            if run.data.tags.get(FINAL_TAG):  # a finalized network's run, logged complete or not at all
                continue
            number = run.data.tags.get(TRIAL_TAG)
            stale = run.info.status == "RUNNING" and now_ms - run.info.start_time > stale_after_s * 1000
            if number is None or stale or int(number) in kept:
                self.client.delete_run(run.info.run_id)
                deleted += 1
            else:
                kept[int(number)] = run.info.run_id
                self.left_running += run.info.status == "RUNNING"
                if run.data.tags.get(PARETO_TAG) == "true":
                    self.tagged.add(int(number))
        self.child_ids = kept
        self.logged_below = 0  # every run is known now: the watermark is set again from them
        return deleted

    def sync(self, study: optuna.Study, config: Config) -> int:
        """Log every finished trial that has no run yet and refresh the front (after ``repair``,
        exactly one complete run per trial); the runs now logged."""
        self.log_config(config)
        for trial in study.get_trials(deepcopy=False):
            self.log_trial(study, trial)
        self.refresh_front(study, pareto_front(study), force=True)
        self.log_finalized(study)
        self.finish(study)
        return len(self.child_ids)

    def log_finalized(self, study: optuna.Study) -> int:
        """Log the study's finalized networks MLflow lacks, and tag the final runs' ``nas.pareto``
        by the final front; how many were logged now. A network measured again since its run was
        logged gets its figures again (step 1 of its metrics)."""
        from mlflow.entities import Metric

        logged = 0
        runs = {
            run.data.tags.get(FINAL_TAG): run for run in self._child_runs(f"tags.`{FIDELITY_TAG}` = 'final'")
        }
        front = {trial_key(t.number) for t in final_front(study)}
        for key, finalized in read_finalized(study).items():
            for earlier in finalized.earlier:  # finalized again since: off the front
                replaced = runs.get(earlier.ident)
                if replaced is not None and replaced.data.tags.get(PARETO_TAG) == "true":
                    self._tag_front(replaced.info.run_id, False, "final")
            run = runs.get(finalized.ident)
            if run is None:
                run_id = log_final_run(
                    self.client, self.experiment_id, self.parent_id, study.study_name, finalized, self.factors
                )
                logged += 1
            else:
                run_id = run.info.run_id
            if run is not None and _energy_of(run) != objective_metrics(finalized.record).get(ENERGY_METRIC):
                # measured again since it was logged (interleaved with the others): its figures now
                now = int(time.time() * 1000)
                figures = [
                    Metric(name, value, now, 1)
                    for name, value in objective_metrics(finalized.record).items()
                    if value is not None
                ]
                self.client.log_batch(run_id, metrics=figures)
            shown = run.data.tags.get(PARETO_TAG) if run is not None else "false"
            if shown != str(key in front).lower():
                self._tag_front(run_id, key in front, "final")
        return logged

    def finish(self, study: optuna.Study | None = None, status: str = "FINISHED") -> None:
        """End the study's run; with ``study``, first move the watermark past the runs other
        workers logged meanwhile (looked up once, so the next resume need not)."""
        if study is not None:
            trials = study.get_trials(deepcopy=False)
            logged_below = self._logged_below(trials)
            unknown = [
                t for t in trials[logged_below:] if t.state.is_finished() and t.number not in self.child_ids
            ]
            if unknown:
                self._learn_runs_since(unknown)
                logged_below = self._logged_below(trials)
            if logged_below != self.logged_below:
                self.client.set_tag(self.parent_id, LOGGED_TAG, str(logged_below))
                self.logged_below = logged_below
        self.client.set_terminated(self.parent_id, status=status)


ENERGY_METRIC = OBJECTIVES["energy"].metric


def _energy_of(run: Any) -> float | None:
    value = run.data.metrics.get(ENERGY_METRIC)
    return None if value is None else float(value)
