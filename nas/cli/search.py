"""``nas search`` runs or resumes a search; ``nas promote`` trains its front again, for longer."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from nas.cli.common import (
    config_option,
    device_option,
    on_device,
    print_front,
    stdout,
    stored_study,
    study_options,
    tracking_option,
    user_errors,
)
from nas.cli.progress import print_search_summary, search_errors, search_progress
from nas.config import ConfigError, load_config
from nas.heap import long_lived
from nas.record import read_record
from nas.samplers import SAMPLERS
from nas.search.promote import promote_front
from nas.search.runner import run_search
from nas.search.session import start_search


@click.command()
@click.argument("config_path", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@study_options
@click.option("--trials", type=int, help="Completed trials the study should reach [default: study.n_trials].")
@click.option("--timeout", type=float, help="Stop this run after this many seconds.")
@click.option("--seed", type=int, help="Sampler and training seed.")
@click.option(
    "--sampler",
    type=click.Choice(list(SAMPLERS)),
    help="Search strategy (default cost-first: NSGA-II that trains only the most promising candidates).",
)
@tracking_option("tracking.uri")
@device_option
def search(
    config_path: Path | None,
    study_name: str | None,
    storage: str | None,
    trials: int | None,
    timeout: float | None,
    seed: int | None,
    sampler: str | None,
    tracking_uri: str | None,
    device: str | None,
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
                "train": {"device": device},
            },
        )
        with long_lived():  # imports, the data, the study's trials
            session = start_search(config)
    with search_errors(session.study), search_progress(session) as callbacks:
        outcome = run_search(session, callbacks)
    print_search_summary(config, outcome)


@click.command()
@config_option
@study_options
@click.option("--epochs", type=int, required=True, help="Training epochs of the promoted (longer) runs.")
@tracking_option("the study's")
@device_option
def promote(
    config_path: Path | None,
    storage: str | None,
    study_name: str | None,
    epochs: int,
    tracking_uri: str | None,
    device: str | None,
) -> None:
    """Train the study's front again for longer, in the companion study STUDY@<epochs>ep.

    Both accuracies are kept; the companion's front is the final, higher-fidelity front, logged
    to MLflow as its own study (parent run) when tracking is on.

    \b
    Example:
        nas promote --study-name digits --epochs 60
        nas front --study-name digits@60ep
    """
    with user_errors():
        with long_lived():
            study, config = stored_study(config_path, storage, study_name, tracking_uri=tracking_uri)
        config = on_device(config, device)
        if epochs <= config.train.epochs:
            raise ConfigError(f"--epochs: must exceed the screening's {config.train.epochs} epochs")
        with search_errors(study):
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
