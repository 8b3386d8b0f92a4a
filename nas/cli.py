"""The ``nas`` command: search, front, export, spaces, meters. Each command calls the library and prints."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click
import optuna
from optuna.trial import FrozenTrial
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from estimators import (
    METER_NAMES,
    PROVIDERS,
    CpuPowerModel,
    MeterUnavailableError,
    count_complexity,
    probe_meter,
    select_meter,
)
from nas.config import Config, ConfigError, load_config
from nas.data import DataError
from nas.export import ExportError, export_trial
from nas.footprint import study_footprint
from nas.front import pareto_front
from nas.study import StudyNotFoundError, completed, load_existing_study, prepare_search, run_search
from search_spaces import REFERENCES, ArchError, build_model

F = TypeVar("F", bound=Callable[..., Any])
# wide enough for architecture strings when the output is a file or a pipe
stdout = Console(width=None if sys.stdout.isatty() else 220)
stderr = Console(stderr=True)


class UserError(click.ClickException):
    """A one-line message and exit status 2: the input, not the program, is wrong."""

    exit_code = 2


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    try:
        yield
    except (ConfigError, DataError, ExportError, StudyNotFoundError, ArchError) as error:
        raise UserError(str(error)) from None


def config_option(function: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="TOML configuration (defaults apply to every missing key).",
    )(function)


def study_options(function: F) -> F:
    function = click.option("--study-name", help="Study name [default: study.name of the config].")(function)
    return click.option("--storage", help="Optuna storage URL [default: study.storage of the config].")(
        function
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Search compact networks for accuracy per joule, inspect the Pareto front, export winners.

    \b
    Example:
        nas search experiments/digits.toml
        nas front --study-name digits
        nas export --study-name digits -o best.onnx
    """
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    logging.getLogger("mlflow").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)


@main.command()
@click.argument("config_path", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@study_options
@click.option("--trials", type=int, help="Completed trials the study should reach [default: study.n_trials].")
@click.option("--timeout", type=float, help="Stop this run after this many seconds.")
@click.option("--seed", type=int, help="Sampler and training seed.")
@click.option("--sampler", type=click.Choice(["nsga2", "random"]), help="Search strategy.")
@click.option("--tracking-uri", help="MLflow tracking URI; '' turns tracking off [default: tracking.uri].")
def search(
    config_path: Path | None,
    study_name: str | None,
    storage: str | None,
    trials: int | None,
    timeout: float | None,
    seed: int | None,
    sampler: str | None,
    tracking_uri: str | None,
) -> None:
    """Run (or resume) a search described by CONFIG, a TOML file; print the Pareto front.

    \b
    Example:
        nas search experiments/digits.toml --trials 20
    """
    with user_errors():
        config = load_config(
            config_path,
            {
                "study": {
                    "name": study_name,
                    "storage": storage,
                    "n_trials": trials,
                    "timeout_s": timeout,
                    "seed": seed,
                    "sampler": sampler,
                },
                "tracking": {"uri": tracking_uri},
            },
        )
        prepared = prepare_search(config)
    with search_progress(config, prepared.study) as callbacks:
        outcome = run_search(prepared, callbacks)
    study = outcome.study
    print_front(study)
    done = completed(study)
    stdout.print(
        f"{len(done)} completed trials ({outcome.new_trials} new) in {outcome.elapsed_s:.0f} s; "
        f"storage {config.study.storage}, study {study.study_name!r}"
    )
    stdout.print(f"energy meter: {outcome.meter_reason}")
    stdout.print(study_footprint(study.get_trials(deepcopy=False), config.footprint.factors()).summary())
    if config.tracking.uri:
        tracking = config.tracking
        stdout.print(
            f"MLflow: mlflow ui --backend-store-uri {tracking.uri}  (experiment {tracking.experiment!r})"
        )


@contextlib.contextmanager
def search_progress(
    config: Config, study: optuna.Study
) -> Iterator[list[Callable[[optuna.Study, FrozenTrial], None]]]:
    """Callbacks for the search: a live progress line, and MLflow logging when tracking is on."""
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("front {task.fields[front]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr, transient=False) as progress:
        task = progress.add_task(
            f"search {config.study.name}",
            total=config.study.n_trials,
            completed=min(len(completed(study)), config.study.n_trials),
            front=len(pareto_front(study)),
        )
        tracker: Any = None
        warned = False

        def on_trial(study: optuna.Study, trial: FrozenTrial) -> None:
            nonlocal tracker, warned
            front = pareto_front(study)  # once per trial, for the progress line and MLflow
            progress.update(
                task, completed=min(len(completed(study)), config.study.n_trials), front=len(front)
            )
            if not config.tracking.uri or warned:
                return
            try:
                if tracker is None:
                    from nas.tracking import MlflowTracker

                    tracker = MlflowTracker(
                        config.tracking.uri,
                        config.tracking.experiment,
                        study,
                        config.study.storage,
                        config.footprint.factors(),
                    )
                    tracker.log_config(config.model_dump(mode="json"))
                    for earlier in study.get_trials(deepcopy=False):
                        tracker.log_trial(study, earlier)
                tracker.log_trial(study, trial)
                tracker.refresh_front(study, front)
            except Exception as error:  # tracking is a view: the search goes on without it
                warned = True
                stderr.print(
                    f"[yellow]MLflow logging stopped ({type(error).__name__}: {error}); "
                    "the study storage keeps every result[/]"
                )

        yield [on_trial]
        if tracker is not None and not warned:
            tracker.finish()


def print_front(study: optuna.Study) -> None:
    front = pareto_front(study)
    sources = sorted({str(t.user_attrs["energy_source"]) for t in front})
    table = Table(
        title=f"Pareto front of study {study.study_name!r} ({', '.join(study.metric_names or [])})",
        caption=f"energy per inference from {', '.join(sources) or 'no trial yet'}; latency per call, median",
    )
    for column in ("trial", "accuracy", "energy J", "latency ms", "params", "MACs", "arch"):
        table.add_column(column, overflow="fold")
    for t in front:
        a = t.user_attrs
        table.add_row(
            str(t.number),
            f"{a['accuracy']:.4f}",
            f"{a['energy_j']:.3e}",
            f"{a['latency_ms_median']:.4f}",
            f"{a['params']:,}",
            f"{a['macs']:,}",
            a["arch"],
        )
    stdout.print(table)


def _open(config_path: Path | None, storage: str | None, study_name: str | None) -> optuna.Study:
    config = load_config(config_path)
    return load_existing_study(storage or config.study.storage, study_name or config.study.name)


@main.command()
@config_option
@study_options
@click.option("--json", "as_json", is_flag=True, help="Print the front as JSON.")
def front(config_path: Path | None, storage: str | None, study_name: str | None, as_json: bool) -> None:
    """Print the Pareto front of a study, read from its storage.

    \b
    Example:
        nas front --storage sqlite:///nas.db --study-name digits
    """
    with user_errors():
        study = _open(config_path, storage, study_name)
    if as_json:
        from nas.tracking import front_rows

        click.echo(json.dumps(front_rows(pareto_front(study)), indent=2))
    else:
        print_front(study)


@main.command()
@config_option
@study_options
@click.option(
    "--trial", "trial_number", type=int, help="Trial to export [default: most accurate on the front]."
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="ONNX file."
)
def export(
    config_path: Path | None,
    storage: str | None,
    study_name: str | None,
    trial_number: int | None,
    output: Path,
) -> None:
    """Write a trial's trained model to ONNX, checked against PyTorch, with its figures as metadata.

    \b
    Example:
        nas export --study-name digits --trial 12 -o digits-12.onnx
    """
    with user_errors():
        report = export_trial(_open(config_path, storage, study_name), trial_number, output)
    meta = report.metadata
    stdout.print(f"wrote {report.path} (trial {report.trial}, {report.arch})")
    stdout.print(
        f"accuracy {meta['accuracy']}, energy {meta['energy_per_inference_j']} J ({meta['energy_source']}), "
        f"ONNX Runtime vs PyTorch max |diff| {report.max_abs_diff:.2e}"
    )


@main.command()
@config_option
@click.option("--input-shape", default="1,8,8", show_default=True, help="C,H,W for the reference counts.")
@click.option("--classes", default=10, show_default=True, help="Classes for the reference counts.")
def spaces(config_path: Path | None, input_shape: str, classes: int) -> None:
    """Show the search space, its genome, and the reference networks with their costs.

    \b
    Example:
        nas spaces --input-shape 3,224,224 --classes 1000
    """
    with user_errors():
        config = load_config(config_path)
        try:
            shape = tuple(int(v) for v in input_shape.split(","))
        except ValueError:
            shape = ()
        if len(shape) != 3 or min(shape) < 1:
            raise ConfigError(f"--input-shape: expected C,H,W positive integers, got {input_shape!r}")
    space = config.space
    stdout.print("[bold]search space[/] (MobileNet-like inverted-residual stages):")
    for key, value in space.model_dump().items():
        stdout.print(f"  {key} = {value}")
    stdout.print(
        f"[bold]genome[/] ({len(space.genome_names)} parameters, all suggested in every trial): "
        + ", ".join(space.genome_names)
    )
    table = Table(title=f"reference networks at {input_shape}, {classes} classes")
    for column in ("name", "params", "MACs", "arch"):
        table.add_column(column, overflow="fold")
    for name, arch in REFERENCES.items():
        counts = count_complexity(build_model(arch, shape[0], classes), shape)
        table.add_row(name, f"{counts.params:,}", f"{counts.macs:,}", str(arch))
    stdout.print(table)


@main.command()
@config_option
@click.option(
    "--provider",
    type=click.Choice(PROVIDERS),
    help="Device that runs the model, for auto's choice [default: measure.provider].",
)
@click.option("--seconds", default=1.0, show_default=True, type=float, help="Length of each self-test.")
def meters(config_path: Path | None, provider: str | None, seconds: float) -> None:
    """Show the energy meters of this machine, the one ``auto`` picks and why, and a self-test of each.

    The self-test runs the same busy loop (one thread) under every available meter.

    \b
    Example:
        nas meters --seconds 2
    """
    with user_errors():
        config = load_config(config_path, {"measure": {"provider": provider}})
        if not 0 < seconds <= 60:
            raise ConfigError(f"--seconds: expected a number in (0, 60], got {seconds}")
    measure = config.measure
    model = CpuPowerModel(1, measure.cpu_idle_w_per_vcpu, measure.cpu_max_w_per_vcpu)
    table = Table(title="energy meters on this machine")
    for column in ("meter", "available", "self-test", "detail"):
        table.add_column(column, overflow="fold")
    for name in METER_NAMES[1:]:
        status = probe_meter(name, model)
        test = "-"
        if status.meter is not None:
            _, reading = status.meter.measure(lambda: busy_work(seconds))
            test = (
                f"{reading.joules:.3g} J in {reading.wall_s:.2f} s ({reading.joules / reading.wall_s:.3g} W)"
            )
        table.add_row(name, "yes" if status.meter else "no", test, status.detail)
    stdout.print(table)
    try:
        chosen, reason = select_meter("auto", 1, measure.provider, model)
        stdout.print(
            f"auto picks {chosen.source} for provider {measure.provider}: {reason.removeprefix('auto: ')}"
        )
    except MeterUnavailableError as error:
        stdout.print(
            f"auto has no meter for provider {measure.provider}: {str(error).removeprefix('auto: ')}"
        )


def busy_work(seconds: float) -> int:
    """Integer arithmetic on one core for ``seconds``: a load every meter should see."""
    deadline = time.perf_counter() + seconds
    total = 0
    while time.perf_counter() < deadline:
        total += sum(i * i for i in range(10_000))
    return total
