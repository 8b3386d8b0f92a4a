"""``nas search`` runs or resumes a search; ``nas promote`` trains its front again, for longer."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import click

from nas.cli.common import (
    budget_option,
    config_option,
    device_option,
    on_device,
    print_front,
    stderr,
    stdout,
    stored_study,
    study_options,
    terminal_width,
    tracking_option,
    user_errors,
)
from nas.cli.progress import print_first_lines, print_search_summary, search_errors, search_progress
from nas.cli.tables import fitted_table
from nas.config import load_config
from nas.config.sections import SAMPLER_NAMES
from nas.gc_control import long_lived
from nas.record import read_record
from nas.search.jobs import Job, JobFailedError, run_in_jobs
from nas.search.promote import promote_front
from nas.search.runner import SearchOutcome, TrialCallback, run_search
from nas.search.session import Session, start_search


@click.command()
@click.argument("config_path", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@study_options
@click.option("--trials", type=int, help="Completed trials the study should reach [default: study.n_trials].")
@budget_option
@click.option("--timeout", type=float, help="Stop this run after this many seconds.")
@click.option("--seed", type=int, help="Sampler and training seed.")
@click.option(
    "--sampler",
    type=click.Choice(SAMPLER_NAMES),
    help="Search strategy (default cost-first: NSGA-II that trains only the most promising candidates).",
)
@tracking_option("tracking.uri")
@device_option
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Trials run at once on this machine, each by a worker process (several per GPU, too).",
)
def search(
    config_path: Path | None,
    study_name: str | None,
    storage: str | None,
    trials: int | None,
    budget: str | None,
    timeout: float | None,
    seed: int | None,
    sampler: str | None,
    tracking_uri: str | None,
    device: str | None,
    jobs: int,
) -> None:
    """Run (or resume) a search described by CONFIG, a TOML file; print the Pareto front.

    With --jobs K, K worker processes share the study (its storage coordinates them): each
    writes its output to the study's artifacts folder, and this command reports every trial.

    \b
    Example:
        nas search experiments/digits.toml --trials 20
        nas search experiments/fashion.toml --budget 20kJ --trials 1000
        nas search experiments/fashion.toml --jobs 2 --device cuda:0
    """
    with user_errors():
        config = load_config(
            config_path,
            {
                "study": {
                    "name": study_name,
                    "storage": storage,
                    "n_trials": trials,
                    "budget": budget,
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
    if jobs > 1:
        outcome = search_in_jobs(session, jobs)
    else:
        with search_errors(session.study), search_progress(session) as callbacks:
            outcome = run_search(session, callbacks)
    print_search_summary(config, outcome)


def search_in_jobs(session: Session, count: int) -> SearchOutcome:
    """The session's search run by ``count`` worker processes; every finished trial reported."""
    print_first_lines(session)  # while the cores are still free of the jobs

    @contextlib.contextmanager
    def watching(jobs: list[Job]) -> Iterator[list[TrialCallback]]:
        stderr.print(
            f"{count} jobs: nas worker processes on this machine, each writing to "
            f"{jobs[0].log.parent}/job-N.log; trials run at once take turns to measure"
        )
        with search_progress(session, first_lines=False) as callbacks:
            yield callbacks

    with search_errors(session.study, running="each job's running trial is"):
        try:
            return run_in_jobs(session, count, watching)
        except JobFailedError as error:
            resume = f"study {session.study.study_name!r} resumes with the same command"
            raise click.ClickException(f"{error}; {resume}") from None


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
        with search_errors(study):
            outcome, pairs = promote_front(study, config, epochs)
    rows = []
    for screening, promoted in pairs:
        before, after = read_record(screening), read_record(promoted)
        rows.append(
            [
                str(screening.number),
                f"{before.val_accuracy:.4f}",
                f"{after.val_accuracy:.4f}",
                "-" if after.test_accuracy is None else f"{after.test_accuracy:.4f}",
                str(after.training.epochs_run if after.training else 0),
                before.arch,
            ]
        )
    table = fitted_table(
        f"front of {study.study_name!r} promoted to {epochs} epochs: {outcome.study.study_name!r}",
        "validation accuracy decides; test accuracy reported only",
        ("screening trial", "val acc", f"val acc at {epochs} ep", "test acc", "epochs run", "arch"),
        rows,
        terminal_width(),
    )
    stdout.print(table)
    print_front(outcome.study)
