"""Finalized networks to MLflow, as ``nas finalize`` ends each one: a run beside the trials' runs
under the study's parent run, tagged final (nas/tracking/runs.py). As for a search, MLflow is a
view: a failure is one warning, and ``nas sync`` logs later what it lacks."""

from __future__ import annotations

from typing import TYPE_CHECKING

import optuna

from nas.config import Config
from nas.tracking.callback import warn_stopped

if TYPE_CHECKING:
    from nas.tracking.tracker import MlflowTracker


class FinalLogger:
    def __init__(self, config: Config, study: optuna.Study) -> None:
        self.config, self.study = config, study
        self.tracker: MlflowTracker | None = None
        self.stopped = False

    def log(self) -> None:
        """Log what MLflow lacks of the study's finalized networks and end the study's run."""
        if self.stopped:
            return
        try:
            if self.tracker is None:
                from nas.tracking.tracker import MlflowTracker

                self.tracker = MlflowTracker.open(self.config, self.study)
            self.tracker.log_finalized(self.study)
            self.tracker.finish()
        except Exception as error:
            self.stopped = True
            warn_stopped(error)
