"""What the ``nas`` commands share: consoles, one-line user errors, common options, and the
live progress and summary of a search (run by ``nas search`` and ``nas worker`` alike)."""

from __future__ import annotations

import contextlib
import logging
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click
import optuna
from optuna.trial import FrozenTrial, TrialState
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from nas.checkpoint import CheckpointError
from nas.config import Config, ConfigError, load_config
from nas.data import DataError
from nas.export import ExportError
from nas.footprint import study_footprint
from nas.front import pareto_front
from nas.hypervolume import front_hypervolume, study_normalisation
from nas.record import read_record
from nas.runner import SearchOutcome, SearchStalledError, TrialCallback
from nas.study import StudyNotFoundError, completed, join_study
from nas.units import accuracy_text, duration_text, energy_text, latency_text
from nas.urls import STORAGE_ENV, masked
from search_spaces import ArchError

# failed trials carry their reason in the storage: the libraries' own logging is noise here
optuna.logging.set_verbosity(optuna.logging.ERROR)
warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
logging.getLogger("mlflow").setLevel(logging.WARNING)
logging.getLogger("alembic").setLevel(logging.WARNING)

F = TypeVar("F", bound=Callable[..., Any])
# wide enough for architecture strings when the output is a file or a pipe
stdout = Console(width=None if sys.stdout.isatty() else 220)
stderr = Console(stderr=True, width=None if sys.stderr.isatty() else 220)


class UserError(click.ClickException):
    """A one-line message and exit status 2: the input, not the program, is wrong."""

    exit_code = 2


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    try:
        yield
    except (ConfigError, DataError, ExportError, StudyNotFoundError, ArchError, CheckpointError) as error:
        raise UserError(str(error)) from None


def stored_study(
    config_path: Path | None, storage: str | None, study_name: str | None, tracking_uri: str | None = ""
) -> tuple[optuna.Study, Config]:
    """The study named by the flags (or the config file's defaults), with the configuration stored
    in it; tracking off unless ``tracking_uri`` is None (the study's own) or given."""
    defaults = load_config(config_path)
    return join_study(
        storage or defaults.study.storage,
        study_name or defaults.study.name,
        {"tracking": {"uri": tracking_uri}},
    )


@contextlib.contextmanager
def search_errors(study: optuna.Study) -> Iterator[None]:
    """Ctrl-C and a stalled search end the command with one line; the study keeps every result."""
    try:
        yield
    except KeyboardInterrupt:
        stderr.print(
            f"interrupted: the running trial is recorded as failed (interrupted); study {study.study_name!r} "
            "resumes with the same command"
        )
        sys.exit(130)
    except SearchStalledError as error:
        raise click.ClickException(str(error)) from None


def config_option(function: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="TOML configuration (defaults apply to every missing key).",
    )(function)


def study_options(function: F) -> F:
    function = click.option("--study-name", help="Study name [default: study.name of the config].")(function)
    return click.option(
        "--storage",
        envvar=STORAGE_ENV,
        help=f"Optuna storage URL [default: ${STORAGE_ENV}, else study.storage of the config].",
    )(function)


@contextlib.contextmanager
def search_progress(config: Config, study: optuna.Study, backfill: bool) -> Iterator[list[TrialCallback]]:
    """Callbacks for the search: a live progress line, and MLflow logging when tracking is on.

    With ``backfill``, trials of the study that MLflow lacks are logged when tracking starts
    (a single search resuming); workers log only their own trials, and ``nas sync`` the rest.
    """
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("front {task.fields[front]}"),
        TextColumn("{task.fields[failed]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr, transient=False) as progress:
        task = progress.add_task(
            f"search {config.study.name}",
            total=config.study.n_trials,
            completed=min(len(completed(study)), config.study.n_trials),
            front=len(pareto_front(study)),
            failed="",
        )
        tracker: Any = None
        warned = False
        started, finished_here = time.monotonic(), 0

        def on_trial(study: optuna.Study, trial: FrozenTrial) -> None:
            nonlocal tracker, warned, finished_here
            if trial.state == TrialState.PRUNED:  # a duplicate, dropped before any work: nothing new
                return
            front = pareto_front(study)  # once per trial, for the progress line and MLflow
            done = min(len(completed(study)), config.study.n_trials)
            finished_here += trial.state == TrialState.COMPLETE
            eta = ""
            if finished_here and done < config.study.n_trials:
                per_trial = (time.monotonic() - started) / finished_here
                eta = f"  ETA {duration_text(per_trial * (config.study.n_trials - done))}"
            progress.console.print(trial_line(trial, trial.number in {t.number for t in front}) + eta)
            progress.update(task, completed=done, front=len(front), failed=_failed_note(study))
            if not config.tracking.uri or warned:
                return
            try:
                if tracker is None:
                    from nas.tracking import MlflowTracker

                    tracker = MlflowTracker(config, study)
                    tracker.log_config(config)
                    for earlier in study.get_trials(deepcopy=False) if backfill else []:
                        tracker.log_trial(study, earlier)
                tracker.log_trial(study, trial)
                tracker.refresh_front(study, front)
            except Exception as error:  # tracking is a view: the search goes on without it
                warned = True
                first_line = str(error).splitlines()[0] if str(error) else ""
                stderr.print(
                    f"[yellow]MLflow logging stopped ({type(error).__name__}: {first_line[:120]}); "
                    "the study storage keeps every result: run nas sync when MLflow is back[/]"
                )

        try:
            yield [on_trial]
        except BaseException as error:  # the study's run says how the search ended, then it goes on up
            if tracker is not None and not warned:
                tracker.finish("KILLED" if isinstance(error, KeyboardInterrupt) else "FAILED")
            raise
        if tracker is not None and not warned:
            try:  # the rendered front as the search left it (it is rate-limited while running)
                tracker.refresh_front(study, pareto_front(study), force=True)
            except Exception as error:
                stderr.print(f"[yellow]MLflow: the final front was not written ({type(error).__name__})[/]")
            tracker.finish()


def trial_line(trial: FrozenTrial, on_front: bool) -> str:
    """One finished trial, for the terminal: what it scored, what it costs, why it stopped."""
    r = read_record(trial)
    if trial.state == TrialState.FAIL:
        return (
            f"trial {trial.number:>4}  [red]failed[/]  {escape((r.fail_reason or '?').splitlines()[0][:100])}"
        )
    text = (
        f"trial {trial.number:>4}  val acc {accuracy_text(r.val_accuracy)}  energy {energy_text(r.energy_j)}"
        f"  latency {latency_text(r.latency_ms)}"
    )
    if r.rejected:
        text += f"  [dim]not trained: {escape(r.rejected[:80])}[/]"
    elif r.stop_reason and r.stop_reason != "completed":
        text += f"  [dim]stopped: {escape(r.stop_reason[:80])}[/]"
    return text + ("  [green]on the front[/]" if on_front else "")


def _failed_note(study: optuna.Study) -> str:
    failed = study.get_trials(deepcopy=False, states=(TrialState.FAIL,))
    if not failed:
        return ""
    reason = read_record(failed[-1]).fail_reason or "?"
    return f"[yellow]{len(failed)} failed, last: {escape(reason[:80])}[/]"


def print_front(study: optuna.Study) -> None:
    front = pareto_front(study)
    records = [read_record(t) for t in front]
    sources = sorted({r.energy_source for r in records})
    table = Table(
        title=f"Pareto front of study {study.study_name!r} ({', '.join(study.metric_names or [])})",
        caption=(
            f"selected by validation accuracy; test accuracy reported only. Energy per inference from "
            f"{', '.join(sources) or 'no trial yet'}; latency per call, median"
        ),
    )
    for column in ("trial", "val acc", "test acc", "energy", "latency", "params", "MACs", "arch"):
        table.add_column(column, overflow="fold")
    for t, r in zip(front, records, strict=True):
        table.add_row(
            str(t.number),
            accuracy_text(r.val_accuracy),
            accuracy_text(r.test_accuracy),
            energy_text(r.energy_j),
            latency_text(r.latency_ms),
            f"{r.params or 0:,}",
            f"{r.macs or 0:,}",
            r.arch,
        )
    stdout.print(table)


def print_search_summary(config: Config, outcome: SearchOutcome) -> None:
    study = outcome.study
    print_front(study)
    done = len(completed(study))
    if outcome.new_trials == 0 and done >= config.study.n_trials:
        stdout.print(
            f"study {study.study_name!r} already has {done} completed trials (its budget is "
            f"{config.study.n_trials}): run it again with --trials {done + 20} (or more) to extend it"
        )
    stdout.print(
        f"{len(completed(study))} completed trials ({outcome.new_trials} new) in {outcome.elapsed_s:.0f} s; "
        f"storage {masked(config.study.storage)}, study {study.study_name!r}"
    )
    normalisation = study_normalisation(study)
    volume = front_hypervolume(pareto_front(study), config.study.objectives, normalisation)
    stdout.print(f"hypervolume {volume:.4f} (costs normalised: {normalisation.describe()})", markup=False)
    stdout.print(f"energy meter: {outcome.meter_reason}")
    stdout.print(study_footprint(study.get_trials(deepcopy=False), config.footprint.factors()).summary())
    if config.tracking.uri:
        stdout.print(mlflow_line(config), markup=False, soft_wrap=True)


def mlflow_line(config: Config) -> str:
    """Where to see the study in MLflow: the saved view "Pareto front" of its experiment."""
    tracking = config.public().tracking
    server = tracking.uri if tracking.uri.startswith(("http://", "https://")) else "http://127.0.0.1:5000"
    start = "" if server == tracking.uri else f"mlflow ui --backend-store-uri {tracking.uri}, then "
    try:
        from mlflow import MlflowClient

        from nas.mlflow_view import view_path
        from nas.tracking import absolute_sqlite

        found = MlflowClient(absolute_sqlite(config.tracking.uri)).get_experiment_by_name(tracking.experiment)
    except Exception:  # MLflow is a view: its address is still worth printing
        found = None
    if found is None:
        return f"MLflow: {start}open {server}  (experiment {tracking.experiment!r})"
    return f"MLflow: {start}open {server.rstrip('/')}/#{view_path(found.experiment_id)}  (the front's view)"
