"""Running trials until the study's budget is met, by one process or by many workers at once.

The budget is the study's, counted in its storage: ``study.n_trials`` completed trials across
every worker, and, with ``study.budget``, the joules its footprint shows (every trial's training
and measuring, failed and running ones included): the first limit reached ends the search.
Before each trial a worker fails trials whose heartbeat stopped (their worker died; Optuna
enqueues a retry with the same parameters), then starts one only if the limits leave room. Two
workers can still ask in the same instant: a trial that finds ``n_trials`` trials ahead of it is
failed at once as surplus, before any work. A budget in joules is checked before each trial, so
it is overshot by at most the trials already running when it is reached.
"""

from __future__ import annotations

import gc
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import optuna
from optuna.trial import FrozenTrial, TrialState

from nas.budget import BUDGET_ATTR
from nas.config.sections import StudyConfig
from nas.footprint import FootprintTally
from nas.record import TrialRecord, read_record, write_record
from nas.search.session import Session
from nas.search.trial import evaluate_trial
from nas.study import completed

MAX_FAILURES_IN_A_ROW = 5  # a search whose trials all fail stops instead of looping
MAX_DUPLICATES_IN_A_ROW = 50  # ... and one that finds only trained architectures (a small space)
TrialCallback = Callable[[optuna.Study, FrozenTrial], None]


class SurplusTrialError(RuntimeError):
    """Other workers already hold the whole budget; this trial is failed before any work."""


class SearchStalledError(RuntimeError):
    """Trial after trial failed; the message says why the last one did, in one line."""


@dataclass(frozen=True)
class SearchOutcome:
    """How a search run ended: the study, the trials this process completed, its wall time, why
    the energy meter was chosen, and the limit that ended it."""

    study: optuna.Study
    new_trials: int  # completed by this process
    elapsed_s: float
    meter_reason: str
    note: str = ""  # said after the footprint (jobs: the counters' reading of the whole search)
    ended_by: str = ""  # the limit that ended it: "trials", "budget" or "timeout" ("" if none)


def _objective(search: Session) -> Callable[[optuna.Trial], list[float]]:
    study, budget = search.study, search.context.config.study.n_trials

    def objective(trial: optuna.Trial) -> list[float]:
        ahead = study.get_trials(deepcopy=False, states=(TrialState.COMPLETE, TrialState.RUNNING))
        if sum(t.number < trial.number for t in ahead) >= budget:
            reason = "surplus: the study's budget was met by other workers"
            write_record(trial, TrialRecord(surplus=True, fail_reason=reason))
            raise SurplusTrialError(reason)
        return evaluate_trial(trial, search.context)  # records why a trial failed, and re-raises

    return objective


def _fail_stale_trials(study: optuna.Study) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        optuna.storages.fail_stale_trials(study)


def run_search(search: Session, callbacks: list[TrialCallback] | None = None) -> SearchOutcome:
    """Run trials until the study holds ``study.n_trials`` completed ones, or the timeout.

    After each trial the ``callbacks`` run, then MLflow tracking when ``tracking.uri`` is set
    (nas/tracking/callback.py), whoever runs the search."""
    from nas.tracking.callback import MlflowCallback

    config = search.config
    if config.study.budget_j is not None:  # for readers (nas studies): the budget it runs under
        search.study.set_user_attr(BUDGET_ATTR, config.study.budget_j)
    tracking = MlflowCallback(config, backfill=search.backfill) if config.tracking.uri else None
    try:
        outcome = _run(search, [*(callbacks or []), *([tracking] if tracking else [])])
    except BaseException as error:
        if tracking is not None:
            tracking.abort(error)
        raise
    if tracking is not None:
        tracking.end(search.study)
    return outcome


def _run(search: Session, callbacks: list[TrialCallback]) -> SearchOutcome:
    study, config = search.study, search.config.study
    started = time.perf_counter()
    before = len(completed(study))
    finished: list[FrozenTrial] = []  # the trials this process ran
    objective = _objective(search)
    spent = FootprintTally(search.config.footprint.factors())
    while True:
        _fail_stale_trials(study)
        trials = study.get_trials(deepcopy=False)
        done = sum(t.state == TrialState.COMPLETE for t in trials)
        running = sum(t.state == TrialState.RUNNING for t in trials)
        ended_by = limit_reached(config, done, spent.update(trials).energy_j, time.perf_counter() - started)
        if ended_by:
            break
        if done + running >= config.n_trials:
            time.sleep(min(config.heartbeat_s, 2.0))  # others' trials will finish, or go stale
            continue
        study.optimize(
            objective,
            n_trials=1,
            callbacks=[lambda _, trial: finished.append(trial), *callbacks],
            catch=(Exception,),  # a trial's error fails that trial (its record says why); Ctrl-C stops
            gc_after_trial=False,
            show_progress_bar=False,
        )
        if len(finished) == 1:  # the sampler has taken in the study: kept aside (nas/gc_control.py)
            gc.freeze()
        _check_not_stalled(finished)
    return SearchOutcome(
        study,
        len(completed(study)) - before,
        time.perf_counter() - started,
        search.meter_reason,
        ended_by=ended_by,
    )


def limit_reached(config: StudyConfig, completed_trials: int, spent_j: float, elapsed_s: float) -> str:
    """Which of the study's limits ends the search now ("" while none does)."""
    if completed_trials >= config.n_trials:
        return "trials"
    if config.budget_j is not None and spent_j >= config.budget_j:
        return "budget"
    if config.timeout_s is not None and elapsed_s >= config.timeout_s:
        return "timeout"
    return ""


def _check_not_stalled(finished: list[FrozenTrial]) -> None:
    recent_draws = finished[-MAX_DUPLICATES_IN_A_ROW:]
    if len(recent_draws) == MAX_DUPLICATES_IN_A_ROW and all(
        t.state == TrialState.PRUNED and read_record(t).duplicate_of is not None for t in recent_draws
    ):
        raise SearchStalledError(
            f"search stopped: its last {MAX_DUPLICATES_IN_A_ROW} candidates had all been trained already "
            "(the search space may be exhausted: widen it in [space])"
        )
    recent = finished[-MAX_FAILURES_IN_A_ROW:]
    failed = [t for t in recent if t.state == TrialState.FAIL and not read_record(t).surplus]
    if len(failed) == MAX_FAILURES_IN_A_ROW:
        last = failed[-1]
        reason = (read_record(last).fail_reason or "no reason recorded").splitlines()[0]
        raise SearchStalledError(
            f"search stopped: its last {MAX_FAILURES_IN_A_ROW} trials failed (trial {last.number}: {reason})"
        )
