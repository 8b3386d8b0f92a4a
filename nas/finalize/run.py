"""Finalizing: the chosen architectures of a study trained from scratch at full fidelity (the
whole training split, ``recipe.py``), their test accuracy scored once, latency and energy
re-measured on the final weights as ``nas export`` writes them (batch norm folded, images in as
users hold them), and the result stored beside the search (nas/finalized.py).

Which networks: the search's front by default, chosen trials, or the study's reference
MobileNets (so every comparison with them is at full fidelity too).
"""

from __future__ import annotations

import fcntl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import optuna

from estimators import EnergyMeter, Measurement, MeasureSettings, count_complexity, median_round, round_robin
from estimators.host import host_description
from estimators.occupancy import occupying
from nas.config import Config
from nas.data import Splits, load_dataset
from nas.errors import UserInputError
from nas.export.checkpoint import (
    Checkpoint,
    check_free_space,
    checkpoint_bytes,
    load_checkpoint,
    save_checkpoint,
)
from nas.export.onnx import Graph, choose_trial
from nas.finalize.recipe import EpochDone, Recipe, initial_model, train_final
from nas.finalized import (
    Finalized,
    ProxyCheck,
    finalization_ident,
    network_label,
    read_finalized,
    reference_key,
    store_finalized,
    trial_key,
)
from nas.front.pareto import pareto_front
from nas.measure.measurer import Measurer
from nas.objectives import static_costs
from nas.record import TrainResult, TrialRecord, read_record
from nas.study import artifacts_dir
from nas.train import Placement, accuracy
from search_spaces import REFERENCES, parse_arch, references_for


@dataclass(frozen=True)
class Candidate:
    """One network to finalize."""

    key: str
    trial: int | None
    reference: str | None
    arch: str
    proxy: TrainResult | None  # the search's training of it, if the search trained it
    proxy_checkpoint: str | None = None  # the weights that training kept

    @property
    def label(self) -> str:
        return network_label(self.trial, self.reference)


def full_data(config: Config) -> Splits:
    """The study's data with the whole training split: the search's cap (a proxy's) lifted. The
    validation and test splits are the search's own (the cap is carved after them)."""
    return load_dataset(config.data.model_copy(update={"max_train_examples": None}))


def choose_candidates(
    study: optuna.Study, trials: Sequence[int] | None, references: bool, input_shape: tuple[int, int, int]
) -> list[Candidate]:
    """The front's members (most accurate first) unless ``trials`` names some; with
    ``references``, the study's reference networks (alone unless trials are named)."""
    chosen = []
    if trials is not None or not references:
        picked = pareto_front(study) if trials is None else [choose_trial(study, n) for n in trials]
        for trial in picked:
            record = read_record(trial)
            key = trial_key(trial.number)
            chosen.append(Candidate(key, trial.number, None, record.arch, record.training, record.checkpoint))
    if references:
        for name in references_for(input_shape):
            chosen.append(Candidate(reference_key(name), None, name, str(REFERENCES[name]), None))
    if not chosen:
        raise UserInputError(f"study {study.study_name!r} has no trained trial to finalize yet")
    return chosen


@dataclass(frozen=True)
class Pending:
    """The candidates sorted by what their finalizations so far mean for this recipe."""

    todo: list[Candidate]  # never finalized, or (with again) finalized with another recipe
    done: list[Finalized]  # finalized with this recipe: kept
    other_recipe: list[Finalized]  # finalized with another recipe and kept (without again)
    again: list[Finalized]  # finalized with another recipe, to be finalized again (in todo)


def pending(study: optuna.Study, candidates: Sequence[Candidate], recipe: Recipe, again: bool) -> Pending:
    """What to finalize with ``recipe``: a network finalized before with it is kept; one finalized
    with another recipe is kept too unless ``again`` (its earlier result is then kept beside)."""
    finalized = read_finalized(study)
    todo, done, other, repeated = [], [], [], []
    for candidate in candidates:
        before = finalized.get(candidate.key)
        if before is None:
            todo.append(candidate)
        elif not before.recipe_differences(recipe.as_dict()):
            done.append(before)
        elif again:
            todo.append(candidate)
            repeated.append(before)
        else:
            other.append(before)
    return Pending(todo, done, other, repeated)


INTERLEAVED_ROUNDS = 3


class BusyError(RuntimeError):
    """Another process is finalizing this network."""


@dataclass(frozen=True)
class Finalizer:
    """What every finalization of one command shares."""

    study: optuna.Study
    config: Config
    splits: Splits
    recipe: Recipe
    threads: int
    measurer: Measurer  # inference: here, or on the agent at measure.target (the search's device)
    train_meter: EnergyMeter
    settings: MeasureSettings
    placement: Placement = field(default_factory=Placement)  # where it trains: train.device

    @property
    def folder(self) -> Path:
        return artifacts_dir(self.config, self.study) / "final"

    def check_writable(self) -> None:
        """Fail before any training when the weights' folder or the study's storage cannot be
        written (OSError)."""
        from nas.stores import check_store
        from nas.writable import check_database, check_folder

        check_folder(self.folder, "the finalized weights' folder")
        check_database(self.config.study.storage, "study.storage")
        if self.config.tracking.uri:  # found now, not as a warning after the first training
            check_store(self.config.tracking.uri, "mlflow", "tracking.uri")
            check_database(self.config.tracking.uri, "tracking.uri")

    def state_path(self, candidate: Candidate) -> Path:
        return self.folder / f"{candidate.key}.state.pt"

    def finalize(self, candidate: Candidate, on_epoch: Callable[[EpochDone], None]) -> Finalized:
        """Train, measure and store one network; ``BusyError`` if another process of this
        machine is finalizing it (two would write one training state in turns)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with (self.folder / f"{candidate.key}.lock").open("w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise BusyError(f"{candidate.label} is being finalized by another process; skipped") from None
            return self._finalize(candidate, on_epoch)

    def _finalize(self, candidate: Candidate, on_epoch: Callable[[EpochDone], None]) -> Finalized:
        before = read_finalized(self.study).get(candidate.key)
        if before is not None and not before.recipe_differences(self.recipe.as_dict()):
            return before  # by a process that held the lock before
        splits = self.splits
        arch = parse_arch(candidate.arch)
        model = initial_model(arch, splits, self.recipe)
        check_free_space(self.folder, 4 * checkpoint_bytes(model))  # state (weights, optimiser) and weights
        # held so that a search's trainings beside it share their counters with it; its own
        # readings stay whole (it spans sittings, and runs alone as a rule)
        with occupying(str(self.placement.device)):
            training = train_final(
                model,
                candidate.arch,
                splits,
                self.recipe,
                self.threads,
                self.state_path(candidate),
                self.train_meter,
                on_epoch,
                self.placement,
            )
        check, proxy = self._against_proxy(candidate, training.result.val_accuracy)
        result = training.result
        if check is not None and proxy is not None and check.kept == "proxy":
            model, splits = proxy.model, replace(splits, mean=proxy.mean, std=proxy.std)
            result = replace(
                result,
                val_accuracy=check.proxy_val,
                test_accuracy=accuracy(model, splits, splits.x_test, splits.y_test),  # once, as for any
                stop_reason=f"{result.stop_reason}; the proxy checkpoint kept ({check.final_val:.4f} final)",
            )
        attempt = 1 if before is None else before.attempt + 1
        weights = self.folder / f"{finalization_ident(candidate.key, attempt)}.pt"
        save_checkpoint(weights, model, arch, splits)
        graph = Graph.of(load_checkpoint(weights))  # as nas export writes it: batch norm folded
        # never from the device's table: these are the finalized weights' own figures
        answer = self.measurer.measure(graph.onnx(), graph.input_shape, self.settings, None)
        complexity = count_complexity(model, splits.input_shape)
        record = TrialRecord(
            arch=candidate.arch,
            hardware=host_description(),
            params=complexity.params,
            inference_params=complexity.inference_params,
            macs=complexity.macs,
            static_costs=static_costs(arch, splits.input_shape, splits.num_classes),
            measurement=answer.measurement,
            energy_meter=answer.energy_meter,
            measured_on=answer.device if self.measurer.remote else "",
            training=result,
            train_energy_j=training.energy.gross_j,
            train_energy_source=training.energy.source,
            train_energy_by_source=training.energy.by_source,
            train_energy_net_j=training.energy.net_j,
            checkpoint=str(weights),
        )
        finalized = Finalized(
            candidate.key,
            candidate.trial,
            candidate.reference,
            record,
            candidate.proxy,
            self.recipe.as_dict(),
            attempt=attempt,
            earlier=() if before is None else (replace(before, earlier=()), *before.earlier),
            proxy_check=check,
        )
        store_finalized(self.study, finalized)
        self.state_path(candidate).unlink(missing_ok=True)  # the record now holds what it held
        return finalized

    def _against_proxy(
        self, candidate: Candidate, final_val: float
    ) -> tuple[ProxyCheck | None, Checkpoint | None]:
        """The final training set against the proxy checkpoint on the same validation split
        (scored with the checkpoint's own normalisation), and that checkpoint; (None, None)
        where the search kept none (a reference network, or weights removed since)."""
        path = Path(candidate.proxy_checkpoint) if candidate.proxy_checkpoint else None
        if path is None or not path.is_file():
            return None, None
        proxy = load_checkpoint(path)
        scored = replace(self.splits, mean=proxy.mean, std=proxy.std)
        proxy_val = accuracy(proxy.model, scored, scored.x_val, scored.y_val)
        return ProxyCheck.judged(proxy_val, final_val, len(scored.x_val)), proxy


def remeasure_interleaved(finalizer: Finalizer, rounds: int = INTERLEAVED_ROUNDS) -> int:
    """Measure every finalized network of the study again, round-robin, when the set changed
    since they were last measured together: each was first measured right after its own training,
    minutes or hours apart, and a machine drifts (on this project's VM, 15 % between rounds). Each
    keeps the measurement of its median round. How many were measured."""
    finals = {
        key: f
        for key, f in read_finalized(finalizer.study).items()
        if f.record.checkpoint and Path(f.record.checkpoint).is_file()
    }
    keys = tuple(sorted(finals))
    if len(keys) < 2 or all(f.interleaved_with == keys for f in finals.values()):
        return 0
    graphs = {key: Graph.of(load_checkpoint(Path(str(f.record.checkpoint)))) for key, f in finals.items()}
    models = {key: (graph.onnx(), graph.input_shape) for key, graph in graphs.items()}

    def measure(model: tuple[bytes, tuple[int, ...]]) -> Measurement:
        return finalizer.measurer.measure(*model, finalizer.settings, None).measurement

    for key, measured in round_robin(models, rounds, measure).items():
        again = finals[key].record.with_(measurement=median_round(measured))
        store_finalized(finalizer.study, replace(finals[key], record=again, interleaved_with=keys))
    return len(models)
