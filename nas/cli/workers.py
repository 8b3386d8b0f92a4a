"""Scale-out commands: ``create`` a study, run ``worker`` processes on it from any machine that
reaches its storage, and ``sync`` MLflow from the storage after an outage."""

from __future__ import annotations

from pathlib import Path

import click

from nas.cli.common import (
    budget_option,
    config_option,
    device_option,
    stdout,
    stored_study,
    study_options,
    tracking_option,
    user_errors,
)
from nas.cli.faults import driver_said
from nas.cli.progress import print_search_summary, search_errors, search_progress
from nas.config import load_config
from nas.gc_control import long_lived
from nas.search.runner import run_search
from nas.search.session import create_search, join_search
from nas.urls import STORAGE_ENV, masked, scrubbed


@click.command()
@click.argument("config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@study_options
@click.option("--trials", type=int, help="Completed trials the study should reach [default: study.n_trials].")
def create(config_path: Path, study_name: str | None, storage: str | None, trials: int | None) -> None:
    """Create a study from CONFIG (stored in it), for "nas worker" processes to join.

    Create it once, before starting workers: the storage's tables and the study are made here.

    \b
    Example:
        nas create experiments/digits.toml --storage postgresql://nas@db-host/nas
    """
    with user_errors():
        config = load_config(
            config_path, {"study": {"name": study_name, "storage": storage, "n_trials": trials}}
        )
        study, config = create_search(config)
    shown = masked(config.study.storage)
    stdout.print(
        f"study {study.study_name!r} ready in {shown} ({config.study.n_trials} trials); start workers "
        f"with: nas worker --study-name {study.study_name} --storage {shown} (or set {STORAGE_ENV})"
    )


@click.command()
@click.option("--study-name", required=True, help="The study to join.")
@click.option(
    "--storage",
    required=True,
    envvar=STORAGE_ENV,
    help=f"Optuna storage URL of the study (PostgreSQL for many machines) [default: ${STORAGE_ENV}].",
)
@tracking_option("the study's")
@click.option("--artifacts-dir", help="Where this worker writes trained weights [default: the study's].")
@click.option("--timeout", type=float, help="Stop this worker after this many seconds.")
@click.option(
    "--trials", type=int, help="Completed trials the study should reach [default: the study's n_trials]."
)
@budget_option
@device_option
def worker(
    study_name: str,
    storage: str,
    tracking_uri: str | None,
    artifacts_dir: str | None,
    timeout: float | None,
    trials: int | None,
    budget: str | None,
    device: str | None,
) -> None:
    """Join a study and run trials until its budget is met across all workers.

    The search configuration comes from the study itself. A worker killed mid-trial leaves a
    trial that the next worker fails (after two missed heartbeats) and retries; Ctrl-C records
    the running trial as interrupted and stops.

    \b
    Example:
        nas worker --study-name digits --storage postgresql://nas@db-host/nas \\
            --tracking-uri http://mlflow-host:5000
    """
    with user_errors(), long_lived():  # imports, the data, the study's trials
        session = join_search(
            storage,
            study_name,
            {
                "tracking": {"uri": tracking_uri},
                "study": {
                    "artifacts_dir": artifacts_dir,
                    "timeout_s": timeout,
                    "n_trials": trials,
                    "budget": budget,
                },
                "train": {"device": device},
            },
        )
    with search_errors(session.study), search_progress(session) as callbacks:
        outcome = run_search(session, callbacks)
    print_search_summary(session.config, outcome)


@click.command()
@config_option
@study_options
@tracking_option("the study's")
def sync(
    config_path: Path | None, storage: str | None, study_name: str | None, tracking_uri: str | None
) -> None:
    """Log to MLflow every finished trial it lacks, and refresh the study's front; never duplicates.

    \b
    Example:
        nas sync --study-name digits --storage postgresql://nas@db-host/nas
    """
    from nas.tracking.sync import sync_tracking

    with user_errors(), long_lived():
        study, config = stored_study(config_path, storage, study_name, tracking_uri)
    try:
        with user_errors():  # an empty tracking.uri: refused, exit 2
            synced = sync_tracking(study, config)
    except click.ClickException:
        raise
    except Exception as error:  # MLflow's many errors (unreachable, refused): one line, no secret
        reason = scrubbed(str(error).splitlines()[0] if str(error) else "")[:200]
        reason = driver_said(error) or reason  # a database's own words, not its wrapper's
        damaged = "malformed" in reason or "not a database" in reason
        then = "run nas sync again when MLflow answers"
        if damaged:
            then = "recover the MLflow database (sqlite3 FILE .recover | sqlite3 NEW.db), then run nas sync"
        elif "readonly" in reason:
            then = "make the MLflow store writable, then run nas sync"
        raise click.ClickException(
            f"MLflow {masked(config.tracking.uri)}: {type(error).__name__}: {reason}; "
            f"the storage keeps every result: {then}"
        ) from None
    stdout.print(
        f"MLflow {masked(config.tracking.uri)}: {synced.added} trial runs added, {synced.already} already "
        f"there ({synced.repaired} half-written runs replaced); front refreshed for study "
        f"{study.study_name!r}"
    )
    if synced.left_running:
        stdout.print(
            f"{synced.left_running} runs still RUNNING were left alone: started less than 2 minutes ago, "
            "a worker may be logging them; run nas sync again later if no worker is"
        )
