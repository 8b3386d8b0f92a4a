"""A search as the terminal shows it: the live progress (one line per trial), the summary at the
end, and how a search ends on Ctrl-C or a stall (``nas search`` and ``nas worker`` alike). MLflow
logging is the search's own (nas/tracking/callback.py)."""

from __future__ import annotations

import contextlib
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import click
import optuna
from optuna.trial import FrozenTrial, TrialState
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from estimators.contention import free_cores
from nas.cli.common import print_front, stderr, stdout
from nas.config import Config
from nas.config.sections import CORES, MAX_TRIALS
from nas.errors import Terminated
from nas.footprint import FootprintTally, study_footprint
from nas.formatting import clipped, duration_text, energy_text
from nas.front.hypervolume import front_hypervolume, study_normalisation
from nas.front.pareto import LiveFront, pareto_front
from nas.objectives import OBJECTIVES, Objective
from nas.record import HEARTBEAT_FAILURE, read_record
from nas.search.runner import SearchOutcome, SearchStalledError, TrialCallback
from nas.search.session import Session
from nas.study import completed
from nas.urls import masked


@contextlib.contextmanager
def search_errors(study: optuna.Study, running: str = "the running trial is") -> Iterator[None]:
    """Ctrl-C, SIGTERM and a stalled search end the command with one line, which says that what
    was ``running`` is recorded; the study keeps every result. SIGTERM is handled as Ctrl-C is,
    and exits 143 as a terminated process does."""

    try:
        with sigterm_interrupts():
            yield
    except KeyboardInterrupt as stop:
        how = "terminated (SIGTERM)" if isinstance(stop, Terminated) else "interrupted"
        stderr.print(
            f"{how}: {running} recorded as failed (interrupted); study {study.study_name!r} "
            "resumes with the same command"
        )
        sys.exit(143 if isinstance(stop, Terminated) else 130)
    except SearchStalledError as error:
        raise click.ClickException(str(error)) from None


@contextlib.contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """SIGTERM (kill, systemd, Kubernetes, CI) raises ``Terminated``, a KeyboardInterrupt, so
    work stops where Ctrl-C would stop it, and is recorded the same way."""

    def terminate(signum: int, frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def print_first_lines(session: Session) -> None:
    """What a search says before its first trial: what it resumes, where and how it trains."""
    from nas.train import proxy_schedule, training_placement  # PyTorch: loaded by a search already

    config = session.config
    placement = training_placement(config.train.device, config.train.mixed_precision)
    lines = (
        resume_line(session.study, config.study.n_trials),
        f"training on {placement.text()} (train.device {config.train.device})",
        threads_line(config.train.threads, config.train.device),
        f"proxy: {proxy_schedule(config.train, len(session.context.splits.x_train)).text()}",
    )
    for said in lines:
        if said:
            stderr.print(said)


@contextlib.contextmanager
def search_progress(session: Session, first_lines: bool = True) -> Iterator[list[TrialCallback]]:
    """A callback for the search: a line per trial and a live progress bar, after the
    ``first_lines``. The front is kept incrementally, so a trial's share of this does not grow
    with the study. With a budget in joules, the bar follows the joules spent against it."""
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[count]}"),
        TextColumn("front {task.fields[front]}"),
        TextColumn("{task.fields[failed]}"),
        TimeElapsedColumn(),
    )
    if first_lines:
        print_first_lines(session)
    with Progress(*columns, console=stderr, transient=False) as progress:
        yield [_TrialLines(session, progress)]


class _TrialLines:
    """The progress bar's task, and a line per finished trial with the ETA."""

    def __init__(self, session: Session, progress: Progress) -> None:
        from nas.train import trains_on_gpu  # PyTorch: loaded by a search already

        config, study = session.config, session.study
        # "auto" takes every core of a free machine (one on a GPU): fewer says the cores were busy
        auto = config.train.threads == "auto" and not trains_on_gpu(config.train.device)
        self.free_machine = CORES if auto else None
        self.progress = progress
        self.live = LiveFront([d.name.lower() for d in study.directions])
        trials = study.get_trials(deepcopy=False)
        self.live.update(trials)
        self.tally = FootprintTally(config.footprint.factors())
        self.spent_before = self.tally.update(trials).energy_j
        self.goal = Goal(config.study.n_trials, config.study.budget_j)
        done = len(completed(study))
        total, position = self.goal.bar(done, self.spent_before)
        self.task = progress.add_task(
            f"search {config.study.name}",
            total=total,
            completed=int(position),
            count=self.goal.text(done, self.spent_before),
            front=len(self.live.members),
            failed="",
        )
        self.objectives = [OBJECTIVES[name] for name in config.study.objectives]
        self.started, self.finished_here = time.monotonic(), 0

    def __call__(self, study: optuna.Study, trial: FrozenTrial) -> None:
        if trial.state == TrialState.PRUNED:  # a duplicate, dropped before any work: nothing new
            return
        trials = study.get_trials(deepcopy=False)
        self.live.update(trials)
        front = self.live.front()
        done = sum(t.state == TrialState.COMPLETE for t in trials)
        spent = self.tally.update(trials).energy_j
        self.finished_here += trial.state == TrialState.COMPLETE
        left = self.goal.seconds_left(
            done, self.finished_here, spent, spent - self.spent_before, time.monotonic() - self.started
        )
        eta = f"  ETA {duration_text(left)}" if left is not None else ""
        on_front = trial.number in {t.number for t in front}
        self.progress.console.print(trial_line(trial, on_front, self.objectives, self.free_machine) + eta)
        total, position = self.goal.bar(done, spent)
        self.progress.update(
            self.task,
            total=total,
            completed=position,
            count=self.goal.text(done, spent),
            front=len(front),
            failed=_failed_note(trials),
        )


@dataclass(frozen=True)
class Goal:
    """Where a search stops: ``n_trials`` completed trials, or ``budget_j`` joules spent."""

    n_trials: int
    budget_j: float | None

    def bar(self, done: int, spent_j: float) -> tuple[float, float]:
        """The bar's total and position: joules against the budget when there is one, else trials."""
        if self.budget_j is not None:
            return self.budget_j, min(spent_j, self.budget_j)
        return self.n_trials, min(done, self.n_trials)

    def text(self, done: int, spent_j: float) -> str:
        trials = (
            f"{min(done, self.n_trials)}/{self.n_trials}" if self.n_trials < MAX_TRIALS else f"{done} trials"
        )
        if self.budget_j is None:
            return trials
        return f"{energy_text(spent_j)} of {energy_text(self.budget_j)}, {trials}"

    def seconds_left(
        self, done: int, done_here: int, spent_j: float, spent_here_j: float, elapsed_s: float
    ) -> float | None:
        """The time to the nearer limit at this run's pace so far (None before any pace is known,
        and once the budget is spent: the trials still running finish, nothing more starts)."""
        if self.budget_j is not None and spent_j >= self.budget_j:
            return None
        left = []
        if done_here and done < self.n_trials and self.n_trials < MAX_TRIALS:
            left.append(elapsed_s / done_here * (self.n_trials - done))
        if self.budget_j is not None and spent_here_j > 0 and spent_j < self.budget_j:
            left.append(elapsed_s / spent_here_j * (self.budget_j - spent_j))
        return min(left) if left else None


def resume_line(study: optuna.Study, n_trials: int) -> str | None:
    """What a search finds when it resumes a study (None for a new one): its trials by state, and
    what happens to a stopped worker's."""
    trials = study.get_trials(deepcopy=False)
    if not trials:
        return None
    states = [t.state for t in trials]
    done, failed, running = (
        states.count(s) for s in (TrialState.COMPLETE, TrialState.FAIL, TrialState.RUNNING)
    )
    lost = sum(read_record(t).fail_reason == HEARTBEAT_FAILURE for t in trials if t.state == TrialState.FAIL)
    parts = [f"resuming study {study.study_name!r}: {done} of {n_trials} trials completed"]
    if failed:
        parts.append(
            f"{failed} failed" + (f" ({lost} by a worker that stopped: tried again)" if lost else "")
        )
    if running:
        parts.append(
            f"{running} running (another worker's; one silent for twice the heartbeat is failed and "
            "its architecture tried again)"
        )
    return "; ".join(parts)


def threads_line(setting: int | str, device: str = "cpu") -> str | None:
    """How trainings take the machine's cores, said before the first trial when it matters: with
    ``auto``, or when a set number is more than the cores free now (oversubscribed threads slow
    a training far more than the share of the CPU they lose)."""
    from nas.train import trains_on_gpu

    free = free_cores()
    if setting == "auto" and trains_on_gpu(device):
        return "training threads: auto, one CPU thread per trial on a GPU (it launches the GPU's work)"
    if setting == "auto":
        return (
            f"training threads: auto, each trial takes the cores no other process uses when it "
            f"starts ({free} of {CORES} free now); set train.threads for bit-for-bit repeats"
        )
    if isinstance(setting, int) and setting > max(1, free):
        return (
            f"training threads: {setting} (train.threads) but {free} of {CORES} cores are free now: "
            'other processes will slow each training down; train.threads = "auto" adapts'
        )
    return None


def trial_line(
    trial: FrozenTrial, on_front: bool, objectives: Sequence[Objective], free_machine: int | None = None
) -> str:
    """One finished trial, for the terminal: its objectives, why it stopped, and, where
    ``free_machine`` gives the threads a training takes on a free machine, fewer taken."""
    r = read_record(trial)
    if trial.state == TrialState.FAIL:
        reason = clipped((r.fail_reason or "?").splitlines()[0], 100)
        return f"trial {trial.number:>4}  [red]failed[/]  {escape(reason)}"
    figures = "  ".join(
        f"{o.label} {o.text(r.val_accuracy if o.kind == 'accuracy' else o.value(r))}" for o in objectives
    )
    text = f"trial {trial.number:>4}  {figures}"
    if r.rejected:
        text += f"  [dim]not trained: {escape(clipped(r.rejected, 80))}[/]"
    elif r.stop_reason and r.stop_reason != "completed":
        text += f"  [dim]stopped: {escape(clipped(r.stop_reason, 80))}[/]"
    if r.paired:
        text += f"  [dim]measured again beside trial {', '.join(map(str, r.paired.with_trials))}[/]"
    if r.training and free_machine and 0 < r.training.threads < free_machine:
        text += f"  [dim]{r.training.threads} of {free_machine} threads: the cores were busy[/]"
    return text + ("  [green]on the front[/]" if on_front else "")


def _failed_note(trials: list[FrozenTrial]) -> str:
    failed = [t for t in trials if t.state == TrialState.FAIL]
    if not failed:
        return ""
    reason = (read_record(failed[-1]).fail_reason or "?").splitlines()[0]
    short = clipped(reason, 40)  # the count and ETA stay in view
    return f"[yellow]{len(failed)} failed, last: {escape(short)}[/]"


def print_search_summary(config: Config, outcome: SearchOutcome) -> None:
    study = outcome.study
    print_front(study)
    done = len(completed(study))
    footprint = study_footprint(study.get_trials(deepcopy=False), config.footprint.factors())
    if outcome.new_trials == 0 and outcome.ended_by == "trials":
        stdout.print(
            f"study {study.study_name!r} already has {done} completed trials (its budget is "
            f"{config.study.n_trials}): run it again with --trials {done + 20} (or more) to extend it"
        )
    if outcome.new_trials == 0 and outcome.ended_by == "budget":
        stdout.print(
            f"study {study.study_name!r} has already spent {energy_text(footprint.energy_j)} of its budget "
            f"of {energy_text(config.study.budget_j)}: run it again with a larger --budget to extend it"
        )
    stdout.print(
        f"{len(completed(study))} completed trials ({outcome.new_trials} new) in {outcome.elapsed_s:.0f} s; "
        f"storage {masked(config.study.storage)}, study {study.study_name!r}"
    )
    normalisation = study_normalisation(study)
    volume = front_hypervolume(pareto_front(study), config.study.objectives, normalisation)
    stdout.print(f"hypervolume {volume:.4f} (costs normalised: {normalisation.describe()})", markup=False)
    stdout.print(f"energy meter: {outcome.meter_reason}")
    stdout.print(footprint.summary())
    if outcome.note:
        stdout.print(outcome.note)
    if ended := ended_line(config, outcome.ended_by, footprint.energy_j):
        stdout.print(ended)
    if config.tracking.uri:
        stdout.print(mlflow_line(config), markup=False, soft_wrap=True)


def ended_line(config: Config, ended_by: str, spent_j: float) -> str:
    """Which limit ended the search, with its figures."""
    study = config.study
    if ended_by == "budget" and study.budget_j is not None:
        return (
            f"ended by the energy budget: {energy_text(spent_j)} spent of {energy_text(study.budget_j)} "
            f"(study.budget {study.budget}; trials running when it was reached finished)"
        )
    if ended_by == "trials":
        return f"ended by the number of trials: {study.n_trials} completed (study.n_trials)"
    if ended_by == "timeout" and study.timeout_s is not None:
        return f"ended by the time limit of {duration_text(study.timeout_s)} (--timeout)"
    return ""


def mlflow_line(config: Config) -> str:
    """Where to see the study in MLflow: the saved view "Pareto front" of its experiment, its
    address alone on the last line (a terminal may wrap it, but nothing is added to it)."""
    tracking = config.public().tracking
    server = tracking.uri if tracking.uri.startswith(("http://", "https://")) else "http://127.0.0.1:5000"
    start = "" if server == tracking.uri else f"mlflow ui --backend-store-uri {tracking.uri}, then "
    start = f"MLflow: {start}open"
    try:
        from nas.tracking.client import mlflow_client
        from nas.tracking.saved_view import view_path

        found = mlflow_client(config.tracking.uri).get_experiment_by_name(tracking.experiment)
    except Exception:  # MLflow is a view: its address is still worth printing
        found = None
    if found is None:
        return f"{start} experiment {tracking.experiment!r} at\n{server}"
    return f"{start} the front's view:\n{server.rstrip('/')}/#{view_path(found.experiment_id)}"
