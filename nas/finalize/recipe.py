"""The full-fidelity recipe of ``nas finalize``: an architecture trained from scratch on the whole
training split, the way small convolutional networks are trained for deployment.

AdamW (decoupled weight decay, never on batch norm or biases), a linear warm-up then cosine
decay to zero, label smoothing, and random crops (with horizontal flips only where a flip keeps
every class). The schedule is fixed, so the weights of the last epoch are the result: no epoch
is chosen on validation, and the test split is scored once, at the end.

The validation split stays out of training. The user still has a choice to make after
finalizing (which front member to deploy), and that choice must rest on data no network
trained on; the test split only reports. Training on it too would add about 11 % more images.

After every epoch the whole training state (weights, optimiser, random generators, curve,
energy so far) is written to one file, so a killed training resumes at its last finished epoch
and ends with the same weights as one never interrupted (bit for bit on the CPU).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import nn

from estimators import EnergyMeter, EnergyReading, by_source
from nas.config.sections import CORES, FinalizeConfig
from nas.data import Splits
from nas.errors import UserInputError
from nas.export.checkpoint import atomic_save, safe_load
from nas.finalized import RECIPE_DEFAULTS
from nas.record import TrainResult
from nas.schedule import Schedule, scaled_schedule
from nas.train import Placement, Step, accuracy, check_finite
from search_spaces import Arch, build_model


@dataclass(frozen=True)
class Recipe:
    epochs: int
    batch_size: int
    lr: float
    warmup_epochs: float
    weight_decay: float
    label_smoothing: float
    augment: str  # "none", "crop" or "crop-flip", resolved for the data
    seed: int
    passes: int = 1  # over the training split per epoch: more on a small split (nas/schedule.py)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def text(self) -> str:
        passes = f" of {self.passes} passes" if self.passes > 1 else ""
        return (
            f"{self.epochs} epochs{passes}, AdamW lr {self.lr:g} (warm-up {self.warmup_epochs:g} epochs, "
            f"cosine), weight decay {self.weight_decay:g}, label smoothing {self.label_smoothing:g}, "
            f"augment {self.augment}, batch {self.batch_size}"
        )


def final_schedule(config: FinalizeConfig, splits: Splits, epochs: int | None = None) -> Schedule:
    """The final training's schedule on the study's whole training split (nas/schedule.py)."""
    return scaled_schedule(len(splits.x_train), epochs or config.epochs, config.batch_size, config.min_steps)


def make_recipe(config: FinalizeConfig, splits: Splits, epochs: int | None = None) -> Recipe:
    augment = config.augment
    if augment == "auto":
        augment = "crop-flip" if splits.mirror_invariant else "crop"
    schedule = final_schedule(config, splits, epochs)
    return Recipe(
        epochs=schedule.epochs,
        batch_size=schedule.batch_size,
        lr=config.lr,
        warmup_epochs=config.warmup_epochs,
        weight_decay=config.weight_decay,
        label_smoothing=config.label_smoothing,
        augment=augment,
        seed=config.seed,
        passes=schedule.passes,
    )


def initial_model(arch: Arch, splits: Splits, recipe: Recipe) -> nn.Module:
    """The network as its finalized training starts, initialised from the recipe's seed: the
    same weights whether it is finalized alone or after others in one command."""
    torch.manual_seed(recipe.seed)
    return build_model(arch, splits.input_shape[0], splits.num_classes)


def final_threads(config: FinalizeConfig, on_gpu: bool = False) -> int:
    """Every core unless set: a final training is one long run whose result should not depend
    on what else the machine ran when it started (as ``train.threads = "auto"`` would). On a GPU
    one: the CPU only launches its work."""
    return config.threads or (1 if on_gpu else CORES)


def learning_rate(recipe: Recipe, step: int, steps_per_epoch: int) -> float:
    """Linear warm-up to ``lr``, then cosine decay to zero at the last step (a pure function of
    the step, so a resumed training needs no scheduler state)."""
    warmup = recipe.warmup_epochs * steps_per_epoch
    total = recipe.epochs * steps_per_epoch
    if step < warmup:
        return recipe.lr * min(1.0, (step + 1) / warmup)
    span = total - warmup
    progress = 1.0 if span <= 0 else (step - warmup) / span
    return recipe.lr * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))


@dataclass(frozen=True)
class EpochDone:
    """What the per-epoch line says."""

    epoch: int
    epochs: int
    val_accuracy: float
    train_loss: float
    epoch_s: float
    elapsed_s: float  # of training, over every sitting
    resumed_from: int  # the epoch this sitting started after (0: from scratch)

    @property
    def eta_s(self) -> float:
        done_here = self.epoch - self.resumed_from
        return self.elapsed_s / self.epoch * (self.epochs - self.epoch) if done_here else math.nan


@dataclass(frozen=True)
class SpentEnergy:
    """A training's energy over every sitting: gross, net of the counters' idle baselines, and
    gross per meter (a GPU's and the CPU's, when both were read)."""

    gross_j: float = 0.0
    net_j: float = 0.0
    source: str = ""
    by_source: dict[str, float] = field(default_factory=dict)

    def plus(self, reading: EnergyReading) -> SpentEnergy:
        shares = dict(self.by_source)
        for name, joules in by_source(reading).items():
            shares[name] = shares.get(name, 0.0) + joules
        gross, net = self.gross_j + reading.gross_joules, self.net_j + reading.joules
        return SpentEnergy(gross, net, reading.source, shares)

    def state(self) -> dict[str, Any]:
        return {
            "energy_j": self.gross_j,
            "energy_net_j": self.net_j,
            "energy_source": self.source,
            "energy_by_source": self.by_source,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> SpentEnergy:
        gross, source = float(state["energy_j"]), str(state["energy_source"])
        # a state saved before the split: one meter, gross only
        shares = dict(state.get("energy_by_source", {source: gross}))
        return cls(gross, float(state.get("energy_net_j", gross)), source, shares)


@dataclass(frozen=True)
class FinalTraining:
    result: TrainResult  # the last epoch's validation accuracy; test scored once on those weights
    energy: SpentEnergy
    resumed_from: int

    @property
    def energy_j(self) -> float:  # gross, over every sitting
        return self.energy.gross_j


class ResumeMismatchError(UserInputError, ValueError):
    """A saved training state was made with another recipe or architecture."""


def _parameter_groups(model: nn.Module, weight_decay: float) -> list[dict[str, Any]]:
    """Weight decay on weights only: decaying batch norm's scales and biases only hurts."""
    decayed = [p for p in model.parameters() if p.ndim > 1]
    plain = [p for p in model.parameters() if p.ndim <= 1]
    return [{"params": decayed, "weight_decay": weight_decay}, {"params": plain, "weight_decay": 0.0}]


def train_final(
    model: nn.Module,
    arch: str,
    splits: Splits,
    recipe: Recipe,
    threads: int,
    state_path: Path,
    meter: EnergyMeter,
    on_epoch: Callable[[EpochDone], None] = lambda done: None,
    placement: Placement | None = None,
) -> FinalTraining:
    """Train ``model`` (freshly built) with ``recipe``, resuming from ``state_path`` if it holds
    an earlier sitting's state; the state is rewritten after every epoch. ``placement``: where
    (default: the CPU); the weights end on the CPU."""
    placement = placement or Placement()
    device = placement.device
    torch.set_num_threads(threads)
    torch.manual_seed(recipe.seed)
    model.to(device, memory_format=torch.channels_last)  # type: ignore[call-overload]  # missing from the stubs
    optimizer = torch.optim.AdamW(_parameter_groups(model, recipe.weight_decay), lr=recipe.lr)
    generator = torch.Generator().manual_seed(recipe.seed)
    loss_fn = nn.CrossEntropyLoss(label_smoothing=recipe.label_smoothing)
    curve: list[float] = []
    elapsed, energy, resumed_from = 0.0, SpentEnergy(), 0
    if state_path.is_file():
        state = _load_state(state_path, arch, recipe)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        generator.set_state(state["generator"])
        torch.set_rng_state(state["torch_rng"])
        curve, elapsed = list(state["curve"]), float(state["elapsed_s"])
        energy = SpentEnergy.from_state(state)
        resumed_from = len(curve)

    x_train, y_train = splits.x_train.to(device), splits.y_train.to(device)  # once, kept uint8
    x_val, y_val = splits.x_val.to(device), splits.y_val.to(device)
    steps_per_pass = math.ceil(len(x_train) / recipe.batch_size)
    steps_per_epoch = steps_per_pass * recipe.passes
    step = Step(model, optimizer, loss_fn, splits, recipe.augment, generator, placement)
    for epoch in range(resumed_from + 1, recipe.epochs + 1):

        def one_epoch(epoch: int = epoch) -> float:
            model.train()
            total, seen = torch.zeros((), device=device), 0
            for one_pass in range(recipe.passes):
                order = torch.randperm(len(x_train), generator=generator).to(device)
                for index, start in enumerate(range(0, len(order), recipe.batch_size)):
                    batch = order[start : start + recipe.batch_size]
                    if len(batch) < 2:  # batch norm needs two samples in training mode
                        continue
                    done = (epoch - 1) * steps_per_epoch + one_pass * steps_per_pass + index
                    for group in optimizer.param_groups:
                        group["lr"] = learning_rate(recipe, done, steps_per_epoch)
                    total += step.run(x_train[batch], y_train[batch]) * len(batch)
                    seen += len(batch)
            return check_finite(total, epoch) / max(1, seen)

        started = time.perf_counter()
        train_loss, reading = meter.measure(one_epoch)
        curve.append(accuracy(model, splits, x_val, y_val))
        epoch_s = time.perf_counter() - started
        elapsed, energy = elapsed + epoch_s, energy.plus(reading)
        atomic_save(
            {
                "arch": arch,
                "recipe": recipe.as_dict(),
                "model": model.state_dict(),
                "optimizer": optimizer.state_dict(),
                "generator": generator.get_state(),
                "torch_rng": torch.get_rng_state(),
                "curve": curve,
                "elapsed_s": elapsed,
                **energy.state(),
            },
            state_path,
        )
        on_epoch(EpochDone(epoch, recipe.epochs, curve[-1], train_loss, epoch_s, elapsed, resumed_from))

    test_accuracy = accuracy(model, splits, splits.x_test, splits.y_test)  # once, at the end
    model.to("cpu")
    result = TrainResult(
        val_accuracy=curve[-1],
        test_accuracy=test_accuracy,
        val_curve=tuple(curve),
        epochs_run=len(curve),
        stop_reason=f"finalized: {recipe.epochs} epochs",
        train_seconds=elapsed,
        threads=threads,
        device=str(device),
    )
    return FinalTraining(result, energy, resumed_from)


def _load_state(path: Path, arch: str, recipe: Recipe) -> dict[str, Any]:
    try:
        state = safe_load(path)
    except Exception as error:  # a torn or foreign file: say which, in one line
        raise ResumeMismatchError(
            f"{path}: not a training state this tool can resume ({type(error).__name__}); "
            "remove it to start this network's training over"
        ) from None
    saved = {**RECIPE_DEFAULTS, **state.get("recipe", {})}
    if state.get("arch") != arch or saved != recipe.as_dict():
        differing = ", ".join(sorted(k for k, v in recipe.as_dict().items() if saved.get(k) != v)) or "arch"
        raise ResumeMismatchError(
            f"{path} holds a training of this network with other settings ({differing}): "
            "resume with the same settings, or remove the file to start over"
        )
    return state
