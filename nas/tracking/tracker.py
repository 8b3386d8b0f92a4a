"""MLflow as the view of a study: one parent run per study, one child run per finished trial.
``MlflowTracker`` puts together the parts, each doing one job: the parent run
(study_run.py), the children and the watermark (child_runs.py), the front's view
(front_view.py) and the finalized networks' runs (final_runs.py).

Optuna's storage stays the source of truth; everything here can be rebuilt from it. The parent
run carries the study's figures (after every trial), the rendered front (CSV, JSON, PNG, HTML;
at a bounded rate) and the watermark ``nas.logged_below``; child runs carry a ``nas.pareto`` tag
that follows front membership. After a trial, only the rate-limited rendering reads every trial
and no run list is read. Only an ``MlflowClient`` is used, never MLflow's process-global active
run, so two searches in one process cannot mix their runs.
"""

from __future__ import annotations

import optuna
from optuna.trial import FrozenTrial, TrialState

from nas.config import Config
from nas.footprint import FootprintTally
from nas.front.pareto import pareto_front
from nas.tracking.artifacts import log_config
from nas.tracking.child_runs import ChildRuns
from nas.tracking.final_runs import log_finalized
from nas.tracking.front_view import FrontView
from nas.tracking.names import LOGGED_TAG
from nas.tracking.runs import log_trial_run
from nas.tracking.study_run import StudyRun, open_study_run


class MlflowTracker:
    def __init__(self, config: Config, run: StudyRun, runs: ChildRuns) -> None:
        self.config = config
        self.run = run
        self.runs = runs
        self.factors = config.footprint.factors()
        self.front = FrontView(runs, FootprintTally(self.factors), config.study.budget_j)

    @classmethod
    def open(cls, config: Config, study: optuna.Study) -> MlflowTracker:
        """The study's runs at ``tracking.uri``, the parent made if need be (MLflow's errors as raised)."""
        run = open_study_run(config, study)
        return cls(config, run, ChildRuns.read(run))

    @property
    def child_ids(self) -> dict[int, str]:
        return self.runs.ids

    @property
    def left_running(self) -> int:
        return self.runs.left_running

    def backfill(self, study: optuna.Study) -> None:
        """Log the finished trials MLflow lacks (a search resumed after tracking was off or
        down). Only trials from ``nas.logged_below`` on are looked at: the parent run keeps that
        watermark, so a resumed study's earlier runs are never listed again. The trial this
        process is about to log is looked up too: another search of the study may have logged
        it while this one opened MLflow."""
        later = [
            t
            for t in study.get_trials(deepcopy=False)
            if t.number >= self.runs.logged_below and t.state in (TrialState.COMPLETE, TrialState.FAIL)
        ]
        unknown = [t for t in later if t.number not in self.runs.ids]
        if unknown:
            self.runs.learn_since(unknown)
        for trial in later:
            self.log_trial(study, trial)

    def log_config(self, config: Config) -> None:
        log_config(self.run.client, self.run.parent_id, config)

    def log_trial(self, study: optuna.Study, trial: FrozenTrial) -> None:
        """Log a finished trial once; later calls for the same trial number do nothing."""
        if trial.state not in (TrialState.COMPLETE, TrialState.FAIL):
            return
        if trial.number in self.runs.ids or trial.number < self.runs.logged_below:
            return
        run = self.run
        run_id = log_trial_run(run.client, run.experiment_id, run.parent_id, study, trial, self.factors)
        self.runs.ids[trial.number] = run_id

    def refresh_front(
        self,
        study: optuna.Study,
        front: list[FrozenTrial],
        force: bool = False,
        trials: list[FrozenTrial] | None = None,
    ) -> None:
        """Keep MLflow's view of the front current (front_view.py); ``force`` at a search's end."""
        self.front.refresh(
            study, front, force, study.get_trials(deepcopy=False) if trials is None else trials
        )

    def repair(self, stale_after_s: float = 120.0) -> int:
        """Delete half-written and duplicate child runs (child_runs.py); how many."""
        return self.runs.repair(stale_after_s)

    def sync(self, study: optuna.Study, config: Config) -> int:
        """Log every finished trial that has no run yet and refresh the front (after ``repair``,
        exactly one complete run per trial); the runs now logged."""
        self.log_config(config)
        for trial in study.get_trials(deepcopy=False):
            self.log_trial(study, trial)
        self.refresh_front(study, pareto_front(study), force=True)
        self.log_finalized(study)
        self.finish(study)
        return len(self.runs.ids)

    def log_finalized(self, study: optuna.Study) -> int:
        """The study's finalized networks MLflow lacks, logged (final_runs.py); how many."""
        return log_finalized(self.runs, study, self.factors)

    def finish(self, study: optuna.Study | None = None, status: str = "FINISHED") -> None:
        """End the study's run; with ``study``, first move the watermark past the runs other
        workers logged meanwhile (looked up once, so the next resume need not)."""
        from mlflow.entities import RunTag

        runs, client = self.runs, self.run.client
        if study is not None:
            trials = study.get_trials(deepcopy=False)
            logged_below = runs.first_unlogged(trials)
            unknown = [t for t in trials[logged_below:] if t.state.is_finished() and t.number not in runs.ids]
            if unknown:
                runs.learn_since(unknown)
                logged_below = runs.first_unlogged(trials)
            if logged_below != runs.logged_below:
                # a batch: MLflow retries its tags when workers finishing together collide
                client.log_batch(self.run.parent_id, tags=[RunTag(LOGGED_TAG, str(logged_below))])
                runs.logged_below = logged_below
        client.set_terminated(self.run.parent_id, status=status)
