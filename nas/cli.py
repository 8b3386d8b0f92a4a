"""The ``nas`` command: each command calls the library and prints. Search, inspection and
``promote`` are here; ``export`` is in ``cli_export.py``, ``meters`` in ``cli_meters.py``, and
``create``, ``worker``, ``sync`` in ``cli_workers.py``."""

from __future__ import annotations

import json
import logging
import warnings
from pathlib import Path

import click
import optuna
from rich.table import Table

from estimators import count_complexity
from nas.cli_common import (
    config_option,
    print_front,
    print_search_summary,
    search_errors,
    search_progress,
    stdout,
    stored_study,
    study_options,
    user_errors,
)
from nas.cli_export import export
from nas.cli_meters import meters
from nas.cli_workers import create, sync, worker
from nas.config import ConfigError, load_config
from nas.front import pareto_front
from nas.promote import promote_front
from nas.record import read_record
from nas.report import write_report
from nas.runner import run_search
from nas.study import load_existing_study, prepare_search
from nas.urls import TRACKING_ENV
from search_spaces import REFERENCES, build_model, references_for


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Search compact networks for accuracy per joule, inspect the Pareto front, export winners.

    \b
    Example:
        nas search experiments/digits.toml
        nas front --study-name digits
        nas export --study-name digits -o best.onnx
        nas create experiments/digits.toml --storage postgresql://host/db; nas worker --study-name digits ...
    """
    optuna.logging.set_verbosity(optuna.logging.ERROR)  # failed trials carry their reason in the storage
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    logging.getLogger("mlflow").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)


@main.command()
@click.argument("config_path", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@study_options
@click.option("--trials", type=int, help="Completed trials the study should reach [default: study.n_trials].")
@click.option("--timeout", type=float, help="Stop this run after this many seconds.")
@click.option("--seed", type=int, help="Sampler and training seed.")
@click.option(
    "--sampler",
    type=click.Choice(["cost-first", "nsga2", "tpe", "random"]),
    help="Search strategy (default cost-first: NSGA-II that trains only the most promising candidates).",
)
@click.option(
    "--tracking-uri",
    envvar=TRACKING_ENV,
    help=f"MLflow tracking URI; '' turns tracking off [default: ${TRACKING_ENV}, else tracking.uri].",
)
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
    with search_errors(prepared.study), search_progress(config, prepared.study, backfill=True) as callbacks:
        outcome = run_search(prepared, callbacks)
    print_search_summary(config, outcome)


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
@click.option(
    "--input-shape", default="1,8,8", show_default=True, help="C,H,W of the images: resolves the strides."
)
@click.option("--classes", default=10, show_default=True, help="Classes for the reference counts.")
def spaces(config_path: Path | None, input_shape: str, classes: int) -> None:
    """Show the search space resolved for an input shape, its genome, and the reference networks.

    \b
    Example:
        nas spaces --input-shape 1,28,28
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
    space = config.space.resolved((shape[0], shape[1], shape[2]))
    stdout.print(f"[bold]search space[/] for {input_shape} inputs (MobileNet-like inverted-residual stages):")
    for key, value in space.model_dump().items():
        stdout.print(f"  {key} = {value}")
    stdout.print(
        f"[bold]genome[/] ({len(space.genome_names)} parameters, all suggested in every trial): "
        + ", ".join(space.genome_names)
    )
    table = Table(
        title=f"reference networks at {input_shape}, {classes} classes",
        caption="* measured with every study of this input shape (the hypervolume's cost ceiling)",
    )
    for column in ("name", "params", "MACs", "arch"):
        table.add_column(column, overflow="fold")
    studied = references_for((shape[0], shape[1], shape[2]))
    for name, arch in REFERENCES.items():
        counts = count_complexity(build_model(arch, shape[0], classes), shape)
        marked = f"{name} *" if name in studied else name
        table.add_row(marked, f"{counts.params:,}", f"{counts.macs:,}", str(arch))
    stdout.print(table)


@main.command()
@config_option
@study_options
@click.option("--epochs", type=int, required=True, help="Training epochs of the promoted (longer) runs.")
def promote(config_path: Path | None, storage: str | None, study_name: str | None, epochs: int) -> None:
    """Train the study's front again for longer, in the companion study STUDY@<epochs>ep.

    Both accuracies are kept; the companion's front is the final, higher-fidelity front.

    \b
    Example:
        nas promote --study-name digits --epochs 60
        nas front --study-name digits@60ep
    """
    with user_errors():
        study, config = stored_study(config_path, storage, study_name)
        if epochs <= config.train.epochs:
            raise ConfigError(f"--epochs: must exceed the screening's {config.train.epochs} epochs")
        outcome, pairs = promote_front(study, config, epochs)
    table = Table(
        title=f"front of {study.study_name!r} promoted to {epochs} epochs: {outcome.study.study_name!r}"
    )
    for column in ("screening trial", "val acc", f"val acc at {epochs} ep", "test acc", "epochs run", "arch"):
        table.add_column(column, overflow="fold")
    for screening, promoted in pairs:
        before, after = read_record(screening), read_record(promoted)
        table.add_row(
            str(screening.number),
            f"{before.val_accuracy:.4f}",
            f"{after.val_accuracy:.4f}",
            "-" if after.test_accuracy is None else f"{after.test_accuracy:.4f}",
            str(after.training.epochs_run if after.training else 0),
            before.arch,
        )
    stdout.print(table)
    print_front(outcome.study)


@main.command()
@config_option
@study_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help=".html or .md file.",
)
def report(config_path: Path | None, storage: str | None, study_name: str | None, output: Path) -> None:
    """Write a self-contained report of a study: its front and the reference networks, what the
    search cost (hours, energy, CO2e, hardware, energy sources), and how to reproduce it.

    \b
    Example:
        nas report --study-name digits -o digits-report.html
    """
    with user_errors():
        study, config = stored_study(config_path, storage, study_name)
        try:
            write_report(study, config, output)
        except ValueError as error:
            raise ConfigError(str(error)) from None
    stdout.print(f"wrote {output}")


for command in (meters, create, worker, sync, export):
    main.add_command(command)
