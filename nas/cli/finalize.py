"""``nas finalize``: train the front (or chosen trials, or the reference networks) from scratch at
full fidelity, re-measure their cost, and show the final front beside the proxy's."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click
import optuna
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
from nas.config import Config, ConfigError, load_config
from nas.errors import Terminated
from nas.heap import long_lived
from nas.units import accuracy_text, duration_text, energy_text, latency_text

if TYPE_CHECKING:
    from nas.data import Splits
    from nas.finalize.recipe import EpochDone, Recipe
    from nas.finalize.run import Candidate, Finalizer, Pending
    from nas.finalized import Finalized
    from nas.tracking.final import FinalLogger


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
    from nas.finalize.recipe import final_threads, make_recipe
    from nas.finalize.run import (
        INTERLEAVED_ROUNDS,
        BusyError,
        choose_candidates,
        full_data,
        pending,
        remeasure_interleaved,
    )
    from nas.train import trains_on_gpu

    with user_errors():
        numbers = _trial_numbers(trials_text)
        settings = load_config(config_path).finalize.model_copy(update={"threads": threads})
        with long_lived():
            study, config = stored_study(
                config_path, storage, study_name, tracking_uri=tracking_uri, artifacts_dir=artifacts_dir
            )
            config = on_device(config, device)
            splits = full_data(config)
        candidates = choose_candidates(study, numbers, references, splits.input_shape)
        recipe = make_recipe(settings, splits, epochs)
        on_gpu = trains_on_gpu(config.train.device)
        finalizer, reason = _finalizer(study, config, splits, recipe, final_threads(settings, on_gpu))
        chosen = pending(study, candidates, recipe, again)
        todo = chosen.todo
        if todo:
            finalizer.check_writable()
    stdout.print(f"finalizing {len(todo)} of {len(candidates)} networks of study {study.study_name!r}")
    stdout.print(
        f"  recipe: {recipe.text()}; on {finalizer.placement.text()}, {finalizer.threads} CPU threads"
    )
    stdout.print(
        f"  data: all {len(splits.x_train):,} training images; validation ({len(splits.x_val):,}) held out "
        f"to choose among the finalized networks; test ({len(splits.x_test):,}) scored once, at the end"
    )
    stdout.print(f"  energy: {reason}")
    _print_finalized_before(chosen, recipe)
    tracker = _tracker(config, study)
    failed = 0
    with sigterm_interrupts():
        try:  # a stop between trainings (a training's own stop says what it saved)
            for index, candidate in enumerate(todo, 1):
                stdout.print(
                    f"[bold]{index}/{len(todo)} {escape(candidate.label)}[/] ({escape(candidate.arch)})"
                )
                try:
                    result = _finalize_one(finalizer, candidate)
                except BusyError as busy:
                    stdout.print(f"[yellow]{escape(str(busy))}[/]")
                    continue
                failed += result is None
                if result is not None and tracker is not None:
                    tracker.log()
        except KeyboardInterrupt as stop:
            _stopped(stop, "the networks finalized so far are kept; the same command finalizes the rest")
        try:
            measured = remeasure_interleaved(finalizer)
        except KeyboardInterrupt as stop:
            _stopped(
                stop, "while measuring the finalized networks again; the same command measures them again"
            )
    if measured:
        stdout.print(
            f"measured the {measured} finalized networks again, round-robin ({INTERLEAVED_ROUNDS} rounds, "
            "the median kept), so the final front compares them under the same conditions"
        )
        if tracker is not None:
            tracker.log()
    print_finalized(study)
    if failed:
        raise click.ClickException(
            f"{failed} of {len(todo)} networks not finalized (above); the others are kept"
        )


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


def _finalize_one(finalizer: Finalizer, candidate: Candidate) -> Finalized | None:
    """One network, said as it goes; None if its training failed (the others go on)."""
    from nas.train import TrainingDivergedError

    state = finalizer.state_path(candidate)
    proxy = accuracy_text(candidate.proxy.val_accuracy) if candidate.proxy else "-"
    start = "resuming its saved training" if state.is_file() else "from scratch"
    stdout.print(f"  proxy val acc {proxy}; {start}")
    try:
        with user_errors():
            finished = finalizer.finalize(candidate, _epoch_line(candidate.label))
    except KeyboardInterrupt as stop:
        if not state.is_file():  # stopped within its first epoch: nothing was saved
            _stopped(stop, f"{candidate.label} had not finished an epoch; the same command starts it again")
        _stopped(
            stop,
            f"{candidate.label}'s training is saved at its last finished epoch ({state}); "
            "the same command resumes it",
        )
    except TrainingDivergedError as error:
        stderr.print(f"[red]{escape(candidate.label)} failed:[/] {escape(str(error))}; lower finalize.lr")
        return None
    record = finished.record
    if finished.earlier:  # finalized again: the result it is compared with
        before = finished.earlier[0]
        proxy += f"; earlier finalization {accuracy_text(before.record.val_accuracy)}"
    stdout.print(
        f"{finished.label} finalized: val acc {accuracy_text(record.val_accuracy)} "
        f"(proxy {proxy}), test acc {accuracy_text(record.test_accuracy)}, energy "
        f"{energy_text(record.energy_j)} ({record.energy_source}), latency "
        f"{latency_text(record.latency_ms)} per inference; weights {record.checkpoint}"
    )
    return finished


def _stopped(stop: KeyboardInterrupt, what_now: str) -> NoReturn:
    """Ctrl-C or SIGTERM: one line saying what is kept, and the exit status a shell expects."""
    how = "terminated (SIGTERM)" if isinstance(stop, Terminated) else "interrupted"
    stderr.print(f"{how}: {what_now}")
    sys.exit(143 if isinstance(stop, Terminated) else 130)


def _epoch_line(label: str) -> Callable[[EpochDone], None]:
    def line(done: EpochDone) -> None:
        eta = "" if done.epoch == done.epochs else f", ETA {duration_text(done.eta_s)}"
        stdout.print(
            f"  {label}  epoch {done.epoch:>{len(str(done.epochs))}}/{done.epochs}  val acc "
            f"{done.val_accuracy:.4f}  loss {done.train_loss:.3f}  {duration_text(done.epoch_s)}{eta}"
        )

    return line


def _tracker(config: Config, study: optuna.Study) -> FinalLogger | None:
    """Logs each finalized network to MLflow when tracking is on; None when it is off."""
    if not config.tracking.uri:
        return None
    from nas.tracking.final import FinalLogger

    return FinalLogger(config, study)


def _finalizer(
    study: optuna.Study, config: Config, splits: Splits, recipe: Recipe, threads: int
) -> tuple[Finalizer, str]:
    """What every finalization of this command shares, and a line saying where energy comes from.
    A GPU that train.device names but PyTorch lacks, or an agent that cannot be used, is one line."""
    from nas.finalize.run import Finalizer
    from nas.search.measurer import AgentMeasurer, make_measurer
    from nas.search.session import measure_settings, search_meters
    from nas.train import training_placement

    placement = training_placement(config.train.device, config.train.mixed_precision)
    meter, train_meter, reason = search_meters(config, placement)
    measurer = make_measurer(config, meter)  # the search's device: an agent is checked here
    if isinstance(measurer, AgentMeasurer):
        reason = f"inference on {measurer.device} (agent {measurer.client.name}); training here: {reason}"
    settings = measure_settings(config)
    finalizer = Finalizer(study, config, splits, recipe, threads, measurer, train_meter, settings, placement)
    return finalizer, reason
