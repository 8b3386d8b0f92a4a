"""``nas finalize`` as a library call: choose the study's networks, train each at full fidelity
(``Finalizer``, run.py), measure the finalized networks again side by side, and log them to
MLflow when tracking is on. What happens is told to a ``FinalizeListener`` (the CLI's prints
it; the default says nothing), so a Python caller gets the command's behaviour:

    outcome = finalize_study(study, config, FinalizeRequest(trials=[12, 4]))

or, to see what will be done before any training, ``plan_finalize`` then ``run_finalize``.

A stop (Ctrl-C, SIGTERM) raises ``FinalizeStoppedError``, saying what was kept and how to go on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import optuna

from nas.config import Config, ConfigError
from nas.config.sections import FinalizeConfig
from nas.errors import Terminated
from nas.finalize.events import FinalizeListener
from nas.finalize.recipe import EpochDone, Recipe, final_schedule, final_threads, make_recipe
from nas.finalize.run import (
    BusyError,
    Candidate,
    Finalizer,
    Pending,
    choose_candidates,
    full_data,
    pending,
    remeasure_interleaved,
)
from nas.finalized import Finalized
from nas.measure.parts import measuring
from nas.schedule import Schedule

if TYPE_CHECKING:
    from nas.tracking.final import FinalLogger


@dataclass(frozen=True)
class FinalizeRequest:
    trials: Sequence[int] | None = None  # trial numbers; None: the front's members
    references: bool = False  # the study's reference networks (alone unless trials are named)
    epochs: int | None = None  # None: the recipe's
    again: bool = False  # finalize again those finalized with another recipe, keeping both
    settings: FinalizeConfig | None = None  # the recipe's settings; None: the study's stored [finalize]
    settings_from: str = ""  # where ``settings`` came from, as the plan says it

    def __post_init__(self) -> None:
        """Bad requests refused here, with the CLI's words, not deep inside a training."""
        if self.epochs is not None and (type(self.epochs) is not int or self.epochs < 1):
            raise ConfigError(f"epochs: expected a whole number of at least 1 (got {self.epochs!r})")
        if self.trials is not None and (
            isinstance(self.trials, str | bytes) or not all(type(n) is int and n >= 0 for n in self.trials)
        ):
            raise ConfigError(f"trials: expected trial numbers, like [3, 7] (got {self.trials!r})")
        if self.settings is not None and not isinstance(self.settings, FinalizeConfig):
            raise ConfigError("settings: expected a FinalizeConfig (config.finalize), or None")


@dataclass(frozen=True)
class FinalizePlan:
    """What a finalization will do, known before any training."""

    study: optuna.Study
    config: Config
    candidates: list[Candidate]
    chosen: Pending  # of the candidates: to do, kept, finalized with another recipe
    recipe: Recipe
    finalizer: Finalizer
    energy_reason: str  # where the energy figures come from, as a line
    settings_from: str  # where the recipe's settings came from, as a line
    schedule: Schedule  # the recipe's steps and batch for this data, and why (nas/schedule.py)

    @property
    def todo(self) -> list[Candidate]:
        return self.chosen.todo


@dataclass(frozen=True)
class FinalizeOutcome:
    """What ``run_finalize`` did: the networks it finalized, those that diverged, and those another
    process finalized meanwhile."""

    finalized: list[Finalized] = field(default_factory=list)  # this run's, in order
    failed: list[Candidate] = field(default_factory=list)  # diverged; the others went on
    busy: list[Candidate] = field(default_factory=list)  # finalized by another process meanwhile
    remeasured: int = 0  # finalized networks measured again side by side (0: the set had not changed)


class FinalizeStoppedError(Exception):
    """Stopped by Ctrl-C or SIGTERM; ``what_now`` says what is kept and how to go on."""

    def __init__(self, what_now: str, terminated: bool) -> None:
        super().__init__(what_now)
        self.what_now = what_now
        self.terminated = terminated  # by SIGTERM (else Ctrl-C)


def plan_finalize(study: optuna.Study, config: Config, request: FinalizeRequest) -> FinalizePlan:
    """Which networks to finalize and with what; bad input (unknown trials, nothing trained, a GPU
    or agent that cannot be had, an unwritable folder or storage) fails here, before training."""
    from nas.train import trains_on_gpu

    settings = request.settings or config.finalize
    settings_from = request.settings_from or (
        "settings given by the caller" if request.settings else "the study's stored [finalize]"
    )
    splits = full_data(config)
    candidates = choose_candidates(study, request.trials, request.references, splits.input_shape)
    recipe = make_recipe(settings, splits, request.epochs)
    parts = measuring(config)  # the search's device: an agent is checked here
    threads = final_threads(settings, trains_on_gpu(config.train.device))
    finalizer = Finalizer(
        study,
        config,
        splits,
        recipe,
        threads,
        parts.measurer,
        parts.train_meter,
        parts.settings,
        parts.placement,
    )
    chosen = pending(study, candidates, recipe, request.again)
    if chosen.todo:
        finalizer.check_writable()
    schedule = final_schedule(settings, splits, request.epochs)
    return FinalizePlan(
        study, config, candidates, chosen, recipe, finalizer, parts.reason, settings_from, schedule
    )


def run_finalize(plan: FinalizePlan, listener: FinalizeListener | None = None) -> FinalizeOutcome:
    """Finalize the plan's networks one by one (a diverged one is counted and the others go on),
    then measure every finalized network of the study again side by side; MLflow is told as it
    goes when tracking is on. A stop raises ``FinalizeStoppedError``: what was finished is kept."""
    from nas.train import TrainingDivergedError

    listener = listener or FinalizeListener()
    tracker = _tracker(plan.config, plan.study)
    finalized: list[Finalized] = []
    failed: list[Candidate] = []
    busy: list[Candidate] = []
    todo = plan.todo
    try:
        for index, candidate in enumerate(todo, 1):
            state = plan.finalizer.state_path(candidate)
            listener.network_started(index, len(todo), candidate, resuming=state.is_file())
            try:
                finished = plan.finalizer.finalize(candidate, _epochs_to(listener, candidate))
            except BusyError as error:
                busy.append(candidate)
                listener.network_busy(candidate, error)
                continue
            except TrainingDivergedError as error:
                failed.append(candidate)
                listener.network_failed(candidate, error)
                continue
            except KeyboardInterrupt as stop:
                raise _stopped_in_training(stop, candidate, state) from None
            finalized.append(finished)
            listener.network_finalized(finished)
            _log(tracker, listener)
    except KeyboardInterrupt as stop:  # between trainings
        what_now = "the networks finalized so far are kept; the same command finalizes the rest"
        raise FinalizeStoppedError(what_now, isinstance(stop, Terminated)) from None
    try:
        measured = remeasure_interleaved(plan.finalizer)
    except KeyboardInterrupt as stop:
        what_now = "while measuring the finalized networks again; the same command measures them again"
        raise FinalizeStoppedError(what_now, isinstance(stop, Terminated)) from None
    if measured:
        _log(tracker, listener)
    return FinalizeOutcome(finalized, failed, busy, measured)


def _epochs_to(listener: FinalizeListener, candidate: Candidate) -> Callable[[EpochDone], None]:
    return lambda done: listener.epoch(candidate, done)


def _stopped_in_training(stop: KeyboardInterrupt, candidate: Candidate, state: Path) -> FinalizeStoppedError:
    if state.is_file():
        what_now = (
            f"{candidate.label}'s training is saved at its last finished epoch ({state}); "
            "the same command resumes it"
        )
    else:  # stopped within its first epoch: nothing was saved
        what_now = f"{candidate.label} had not finished an epoch; the same command starts it again"
    return FinalizeStoppedError(what_now, isinstance(stop, Terminated))


def _tracker(config: Config, study: optuna.Study) -> FinalLogger | None:
    """Logs the finalized networks to MLflow when tracking is on; None when it is off."""
    if not config.tracking.uri:
        return None
    from nas.tracking.final import FinalLogger

    return FinalLogger(config, study)


def _log(tracker: FinalLogger | None, listener: FinalizeListener) -> None:
    if tracker is not None:
        tracker.log()
    listener.logged()


def finalize_study(
    study: optuna.Study, config: Config, request: FinalizeRequest, listener: FinalizeListener | None = None
) -> FinalizeOutcome:
    """``nas finalize`` in one call: ``run_finalize(plan_finalize(...))``."""
    return run_finalize(plan_finalize(study, config, request), listener)
