"""MLflow logging after each trial, as a library callback: ``run_search`` attaches it wherever a
search runs (``nas search``, ``nas worker``, ``nas promote``, a Python caller) when
``tracking.uri`` is set.

MLflow is opened after the first trial, and given up with one warning (logger ``nas``) if it
fails: tracking is a view, the search goes on and ``nas sync`` fills MLflow in later. The front
is kept incrementally, so a trial's share of this does not grow with the study.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

import optuna
from optuna.trial import FrozenTrial, TrialState

from nas.config import Config
from nas.front.pareto import LiveFront
from nas.gc_control import long_lived
from nas.urls import scrubbed

if TYPE_CHECKING:  # MLflow is imported once tracking starts
    from nas.tracking.tracker import MlflowTracker

LOG = logging.getLogger("nas.tracking")


class MlflowCallback:
    """An Optuna trial callback that logs each finished trial and keeps MLflow's front current.

    With ``backfill``, trials of the study that MLflow lacks are logged when tracking starts (a
    single search resuming); workers log only their own trials, and ``nas sync`` the rest."""

    def __init__(self, config: Config, *, backfill: bool) -> None:
        self.config = config
        self.backfill = backfill
        self.tracker: MlflowTracker | None = None
        self.stopped = False
        self.live = LiveFront([])  # set for the study's directions when tracking starts

    def __call__(self, study: optuna.Study, trial: FrozenTrial) -> None:
        if self.stopped or trial.state == TrialState.PRUNED:  # a duplicate, dropped before any work
            return
        trials = study.get_trials(deepcopy=False)
        opening = self.tracker is None
        try:
            # MLflow's objects and what the first refresh takes in of the study live as long as
            # the search: made with the collector paused and kept out of its way (nas/gc_control.py)
            with long_lived() if opening else contextlib.nullcontext():
                tracker = self._open(study, trial) if self.tracker is None else self.tracker
                self.live.update(trials)
                tracker.log_trial(study, trial)
                tracker.refresh_front(study, self.live.front(), trials=trials)
        except Exception as error:
            self._stop(error)

    def end(self, study: optuna.Study) -> None:
        """The rendered front as the search left it (it is rate-limited while running)."""
        tracker = self.tracker
        if tracker is None or self.stopped:
            return
        try:
            self.live.update(study.get_trials(deepcopy=False))
            tracker.refresh_front(study, self.live.front(), force=True)
            tracker.finish(study)
        except Exception as error:
            LOG.warning("MLflow: the final front was not written (%s)", type(error).__name__)
            with contextlib.suppress(Exception):
                tracker.finish()

    def abort(self, error: BaseException) -> None:
        """The study's run says how the search ended."""
        if self.tracker is not None and not self.stopped:
            with contextlib.suppress(Exception):
                self.tracker.finish(status="KILLED" if isinstance(error, KeyboardInterrupt) else "FAILED")

    def _open(self, study: optuna.Study, trial: FrozenTrial) -> MlflowTracker:
        from nas.tracking.tracker import MlflowTracker

        tracker = MlflowTracker.open(self.config, study)
        self.tracker = tracker
        self.live = LiveFront([d.name.lower() for d in study.directions])
        tracker.log_config(self.config)
        if self.backfill:
            tracker.backfill(study)
        return tracker

    def _stop(self, error: Exception) -> None:
        self.stopped = True
        warn_stopped(error)


def prepare_tracking(config: Config, study: optuna.Study, *, waiting: bool = False) -> None:
    """MLflow made ready before several processes log the study at once: the store's tables,
    the experiment, the study's parent run and its configuration, each made once, here.
    Workers that made them at the same moment could race: on a new SQLite store's migrations
    (the loser's half-done one breaks the store), on the parent run (two, each worker's trials
    under its own), and on the configuration's params (MLflow inserts them without a retry). A
    failure warns; each process then warns and goes on, as tracking does.

    With ``waiting`` (a study created for workers to join later), the study's run is SCHEDULED,
    not RUNNING, unless a trial of it already runs: nothing searches until a worker starts,
    whose first logged trial marks it RUNNING."""
    from nas.tracking.client import prepare_store
    from nas.tracking.tracker import MlflowTracker

    try:
        prepare_store(config.tracking.uri)
        tracker = MlflowTracker.open(config, study)
        tracker.log_config(config)
        if waiting and not study.get_trials(deepcopy=False, states=(TrialState.RUNNING,)):
            tracker.run.client.update_run(tracker.run.parent_id, status="SCHEDULED")
    except Exception as error:
        warn_stopped(error)


def catch_up(config: Config, study: optuna.Study) -> None:
    """MLflow as the study now stands, after processes that each logged their own trials (the
    jobs of ``nas search --jobs``): what it lacks logged, the front rendered; a failure warns."""
    from nas.tracking.tracker import MlflowTracker

    try:
        MlflowTracker.open(config, study).sync(study, config)
    except Exception as error:
        warn_stopped(error)


def warn_stopped(error: Exception) -> None:
    """MLflow failed: one warning, with no password, and what to do about it."""
    first_line = scrubbed(str(error).splitlines()[0]) if str(error) else ""
    LOG.warning(
        "MLflow logging stopped (%s: %s); the study storage keeps every result: "
        "run nas sync when MLflow is back",
        type(error).__name__,
        first_line[:120],
    )
