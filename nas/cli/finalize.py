"""``nas finalize``: train the front (or chosen trials, or the reference networks) from scratch at
full fidelity, re-measure their cost, and show the final front beside the proxy's."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.markup import escape

from nas.cli.common import (
    config_option,
    device_option,
    on_device,
    print_finalized,
    stderr,
    stdout,
    stored_study,
    study_options,
    tracking_option,
    user_errors,
)
from nas.cli.progress import sigterm_interrupts
from nas.config import ConfigError, load_config
from nas.finalize.events import FinalizeListener
from nas.formatting import accuracy_text, duration_text, energy_text, latency_text
from nas.gc_control import long_lived

if TYPE_CHECKING:
    from nas.finalize.job import FinalizeOutcome, FinalizePlan
    from nas.finalize.recipe import EpochDone, Recipe
    from nas.finalize.run import BusyError, Candidate, Pending
    from nas.finalized import Finalized


def _trial_numbers(text: str | None) -> list[int] | None:
    if text is None:
        return None
    try:
        numbers = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        numbers = []
    if not numbers or min(numbers) < 0:
        raise ConfigError(f"--trials: expected trial numbers separated by commas, like 3,7 (got {text!r})")
    return list(dict.fromkeys(numbers))


@click.command()
@config_option
@study_options
@click.option("--trials", "trials_text", help="Trials to finalize, like 3,7 [default: the front's members].")
@click.option(
    "--references", is_flag=True, help="Finalize the study's reference MobileNets with the same recipe."
)
@click.option("--epochs", type=click.IntRange(min=1), help="Training epochs [default: finalize.epochs].")
@click.option(
    "--again",
    is_flag=True,
    help="Finalize again the networks finalized before with another recipe (e.g. other --epochs); "
    "their earlier results and weights are kept.",
)
@click.option("--threads", type=click.IntRange(min=1), help="Torch CPU threads [default: every core].")
@tracking_option("the study's")
@click.option(
    "--artifacts-dir",
    help="Where finalized weights and training states go [default: the study's; give it for a moved study].",
)
@device_option
def finalize(
    config_path: Path | None,
    storage: str | None,
    study_name: str | None,
    trials_text: str | None,
    references: bool,
    epochs: int | None,
    again: bool,
    threads: int | None,
    tracking_uri: str | None,
    artifacts_dir: str | None,
    device: str | None,
) -> None:
    """Train the study's front from scratch at full fidelity: the whole training split, the
    [finalize] recipe (AdamW, warm-up then cosine, label smoothing, crops; flips where they keep
    the class). The test split is scored once, at the end; latency and energy are re-measured on
    the final weights as nas export writes them. Results are kept in the study beside the proxy's
    (nas front, nas report, nas export and MLflow show them); a killed run resumes at its last
    finished epoch with the same command.

    \b
    Examples:
        nas finalize --study-name fashion
        nas finalize --study-name fashion --trials 12,4 --epochs 30
        nas finalize --study-name fashion --trials 12 --epochs 48 --again
        nas finalize --study-name fashion --references
    """
    from nas.finalize.job import FinalizeRequest, plan_finalize
    from nas.finalize.run import INTERLEAVED_ROUNDS

    with user_errors():
        trials = _trial_numbers(trials_text)
        # the study's stored [finalize] unless a file is given: the library's default too
        from_file = load_config(config_path).finalize if config_path else None
        with long_lived():
            study, config = stored_study(
                config_path, storage, study_name, tracking_uri=tracking_uri, artifacts_dir=artifacts_dir
            )
            config = on_device(config, device)
            settings = from_file or config.finalize
            request = FinalizeRequest(
                trials=trials,
                references=references,
                epochs=epochs,
                again=again,
                settings=settings.model_copy(update={"threads": threads}) if threads else from_file,
                settings_from=f"[finalize] of {config_path}"
                if config_path
                else "the study's stored [finalize]",
            )
            plan = plan_finalize(study, config, request)
    _print_plan(plan)
    outcome = _run(plan)
    if outcome.remeasured:
        stdout.print(
            f"measured the {outcome.remeasured} finalized networks again, round-robin ({INTERLEAVED_ROUNDS} "
            "rounds, the median kept), so the final front compares them under the same conditions"
        )
    print_finalized(study)
    if outcome.failed:
        raise click.ClickException(
            f"{len(outcome.failed)} of {len(plan.todo)} networks not finalized (above); the others are kept"
        )


def _run(plan: FinalizePlan) -> FinalizeOutcome:
    """The plan run, said as it goes; a stop says what is kept, with the status a shell expects."""
    from nas.finalize.job import FinalizeStoppedError, run_finalize

    with sigterm_interrupts():
        try:
            with user_errors():
                return run_finalize(plan, _Printer())
        except FinalizeStoppedError as stop:
            how = "terminated (SIGTERM)" if stop.terminated else "interrupted"
            stderr.print(f"{how}: {stop.what_now}")
            sys.exit(143 if stop.terminated else 130)


def _print_plan(plan: FinalizePlan) -> None:
    finalizer, splits = plan.finalizer, plan.finalizer.splits
    stdout.print(
        f"finalizing {len(plan.todo)} of {len(plan.candidates)} networks of study {plan.study.study_name!r}"
    )
    stdout.print(
        f"  recipe: {plan.recipe.text()}; on {finalizer.placement.text()}, {finalizer.threads} CPU threads"
    )
    stdout.print(f"  settings: {plan.settings_from}; schedule: {plan.schedule.text()}", markup=False)
    stdout.print(
        f"  data: all {len(splits.x_train):,} training images; validation ({len(splits.x_val):,}) held out "
        f"to choose among the finalized networks; test ({len(splits.x_test):,}) scored once, at the end"
    )
    stdout.print(f"  energy: {plan.energy_reason}")
    _print_finalized_before(plan.chosen, plan.recipe)


def _print_finalized_before(chosen: Pending, recipe: Recipe) -> None:
    """A line for each chosen network finalized before: kept, or to be finalized again."""
    for finished in chosen.done:
        stdout.print(f"{finished.label}: finalized before, kept ({finished.record.stop_reason})")
    for finished in chosen.other_recipe:
        stdout.print(
            f"[yellow]{finished.label}: finalized before with {_differences(finished, recipe)}, kept; "
            "--again finalizes it with this recipe, keeping that result beside[/]"
        )
    for finished in chosen.again:
        weights = escape(str(finished.record.checkpoint))
        stdout.print(
            f"{finished.label}: finalized before with {_differences(finished, recipe)}; "
            f"finalizing it again, that result and its weights are kept ({weights})"
        )


def _differences(finished: Finalized, recipe: Recipe) -> str:
    """Where a finalization's recipe differs from this one, as a person reads it."""
    differing = finished.recipe_differences(recipe.as_dict())
    return ", ".join(
        f"{name} {escape(str(its))} (now {escape(str(now))})" for name, (its, now) in differing.items()
    )


class _Printer(FinalizeListener):
    """The finalization as it goes, a line or two per network and one per epoch."""

    def network_started(self, index: int, total: int, candidate: Candidate, resuming: bool) -> None:
        stdout.print(f"[bold]{index}/{total} {escape(candidate.label)}[/] ({escape(candidate.arch)})")
        proxy = accuracy_text(candidate.proxy.val_accuracy) if candidate.proxy else "-"
        stdout.print(
            f"  proxy val acc {proxy}; {'resuming its saved training' if resuming else 'from scratch'}"
        )

    def epoch(self, candidate: Candidate, done: EpochDone) -> None:
        eta = "" if done.epoch == done.epochs else f", ETA {duration_text(done.eta_s)}"
        stdout.print(
            f"  {candidate.label}  epoch {done.epoch:>{len(str(done.epochs))}}/{done.epochs}  val acc "
            f"{done.val_accuracy:.4f}  loss {done.train_loss:.3f}  {duration_text(done.epoch_s)}{eta}"
        )

    def network_finalized(self, finished: Finalized) -> None:
        record, check = finished.record, finished.proxy_check
        if check is not None and check.kept == "proxy":
            stdout.print(f"[yellow]{escape(check.text(finished.label))}[/]")
        proxy = accuracy_text(finished.proxy.val_accuracy) if finished.proxy else "-"
        if check is not None:
            proxy = f"{accuracy_text(check.proxy_val)} re-scored"
        if finished.earlier:  # finalized again: the result it is compared with
            proxy += f"; earlier finalization {accuracy_text(finished.earlier[0].record.val_accuracy)}"
        stdout.print(
            f"{finished.label} finalized: val acc {accuracy_text(record.val_accuracy)} "
            f"(proxy {proxy}), test acc {accuracy_text(record.test_accuracy)}, energy "
            f"{energy_text(record.energy_j)} ({record.energy_source}), latency "
            f"{latency_text(record.latency_ms)} per inference; weights {record.checkpoint} "
            f"(from the {finished.weights_from} training)"
        )

    def network_failed(self, candidate: Candidate, error: Exception) -> None:
        stderr.print(f"[red]{escape(candidate.label)} failed:[/] {escape(str(error))}; lower finalize.lr")

    def network_busy(self, candidate: Candidate, error: BusyError) -> None:
        stdout.print(f"[yellow]{escape(str(error))}[/]")
