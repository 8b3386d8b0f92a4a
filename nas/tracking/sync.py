"""MLflow brought level with the storage after an outage: what ``nas sync`` does and
``sync_tracking`` returns. Never duplicates a run."""

from __future__ import annotations

from dataclasses import dataclass

import optuna

from nas.config import Config, ConfigError


@dataclass(frozen=True)
class SyncOutcome:
    """What ``sync_tracking`` did to the MLflow store."""

    added: int  # trial runs logged now
    already: int  # trial runs MLflow had
    repaired: int  # half-written runs replaced
    left_running: int  # runs still RUNNING, started so recently that a worker may be logging them


def sync_tracking(study: optuna.Study, config: Config) -> SyncOutcome:
    """Log to ``config``'s MLflow store every finished trial of ``study`` it lacks, and refresh
    the study's front there. MLflow's own errors (unreachable, refused) are raised as they are."""
    if not config.tracking.uri:
        raise ConfigError("tracking.uri is empty: give --tracking-uri")
    from nas.tracking.tracker import MlflowTracker

    tracker = MlflowTracker.open(config, study)
    repaired = tracker.repair()
    before = len(tracker.child_ids)
    logged = tracker.sync(study, config)
    return SyncOutcome(logged - before, before, repaired, tracker.left_running)
