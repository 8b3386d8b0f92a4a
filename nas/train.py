"""The training proxy: a short, seeded, deterministic CPU training with early stopping.

Early stopping watches validation accuracy; the weights of the best validation epoch are kept
and scored once on the test split, which never influences training or selection. Batches are
normalised as they are drawn (images stay uint8 in memory) and, with ``augment``, randomly
cropped after zero padding and flipped.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import torch
from torch import nn

from estimators.contention import free_cores
from estimators.turns import TURNS
from nas.config.sections import TrainConfig
from nas.data import Splits
from nas.errors import UserInputError
from nas.record import TrainResult
from nas.schedule import Schedule, scaled_schedule

EVAL_BATCH = 512


class TrainingDivergedError(RuntimeError):
    """The loss became NaN or infinite; the trial fails with this reason."""


class DeviceError(UserInputError, ValueError):
    """``train.device`` names a device PyTorch cannot see: one line for the user."""


@dataclass(frozen=True)
class Placement:
    """Where a training runs: the device, and the reduced precision it computes in (None: full)."""

    device: torch.device = field(default_factory=lambda: torch.device("cpu"))
    autocast: torch.dtype | None = None

    def nvml_identity(self) -> tuple[int, str | None]:
        """The GPU as NVML finds it: CUDA's index, and its UUID where PyTorch gives it (CUDA's
        numbering follows ``CUDA_VISIBLE_DEVICES``, NVML's does not; the UUID is the same)."""
        index = self.device.index or 0
        try:
            uuid = str(torch.cuda.get_device_properties(index).uuid)
        except (AttributeError, RuntimeError, AssertionError):
            return index, None
        return index, uuid if uuid.startswith("GPU-") else f"GPU-{uuid}"

    def text(self) -> str:
        if self.device.type != "cuda":
            return "the CPU"
        precision = "bf16 mixed precision" if self.autocast else "full precision"
        return f"{self.device} ({torch.cuda.get_device_name(self.device)}), {precision}"


def training_placement(setting: str, mixed_precision: bool = False) -> Placement:
    """``train.device``: "auto" takes the first GPU PyTorch sees, else the CPU; "cuda" or
    "cuda:N" must exist (``DeviceError``). Mixed precision is bf16 autocast, on GPUs that have it."""
    if setting == "cpu" or (setting == "auto" and not torch.cuda.is_available()):
        return Placement()
    if not torch.cuda.is_available():
        raise DeviceError(
            f"train.device = {setting!r} but PyTorch sees no GPU (CUDA build: {torch.version.cuda})"
        )
    device = torch.device("cuda" if setting == "auto" else setting)
    index = device.index or 0
    if index >= torch.cuda.device_count():
        raise DeviceError(f"train.device = {setting!r} but PyTorch sees {torch.cuda.device_count()} GPU(s)")
    device = torch.device("cuda", index)
    torch.backends.cudnn.benchmark = True  # fixed shapes: let cuDNN pick its fastest kernels once
    bf16 = mixed_precision and torch.cuda.is_bf16_supported()
    return Placement(device, torch.bfloat16 if bf16 else None)


def accuracy(model: nn.Module, splits: Splits, x: torch.Tensor, y: torch.Tensor) -> float:
    """Accuracy on raw images ``x``, normalised batch by batch as in training, on the model's device."""
    model.eval()
    device = next(model.parameters()).device
    correct = 0
    with torch.no_grad():
        for start in range(0, len(x), EVAL_BATCH):
            logits = model(splits.normalise(x[start : start + EVAL_BATCH].to(device)))
            correct += int((logits.argmax(1) == y[start : start + EVAL_BATCH].to(device)).sum())
    return correct / len(x)


def augment_batch(x: torch.Tensor, mode: str, generator: torch.Generator) -> torch.Tensor:
    """Random crop of the zero-padded batch (1/8 of the side, per image), and flips with "crop-flip"."""
    height, width = x.shape[-2:]
    pad = max(1, min(height, width) // 8)
    padded = nn.functional.pad(x, (pad, pad, pad, pad))
    offsets = torch.randint(0, 2 * pad + 1, (len(x), 2), generator=generator).tolist()
    out = torch.stack([padded[i, :, r : r + height, c : c + width] for i, (r, c) in enumerate(offsets)])
    if mode == "crop-flip":
        flip = (torch.rand(len(x), generator=generator) < 0.5).to(x.device)  # drawn on the CPU: seeded alike
        out = torch.where(flip[:, None, None, None], out.flip(-1), out)  # no mask indexing: no GPU sync
    return out


@dataclass(frozen=True)
class Step:
    """One optimiser step on a batch of raw images: normalised, augmented, channels-last."""

    model: nn.Module
    optimizer: torch.optim.Optimizer
    loss_fn: nn.Module
    splits: Splits
    augment: str  # "none", "crop" or "crop-flip"
    generator: torch.Generator
    placement: Placement = field(default_factory=Placement)

    def run(self, images: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
        """The batch's loss, on the device (reading it would make the CPU wait for a GPU every
        step: ``check_finite`` once an epoch); after any measurement holding its device's slot
        (its turn). ``images`` are raw (uint8) and already on the device: normalised there."""
        autocast = self.placement.autocast
        with TURNS.training_batch(str(self.placement.device)):
            inputs = self.splits.normalise(images)
            if self.augment != "none":
                inputs = augment_batch(inputs, self.augment, self.generator)
            inputs = inputs.contiguous(memory_format=torch.channels_last)
            with torch.autocast(self.placement.device.type, dtype=autocast, enabled=autocast is not None):
                loss = self.loss_fn(self.model(inputs), labels)
            self.optimizer.zero_grad(set_to_none=True)
            loss.backward()
            self.optimizer.step()
        detached: torch.Tensor = loss.detach()
        return detached


def check_finite(loss_sum: torch.Tensor, epoch: int) -> float:
    """An epoch's summed loss as a number; a training whose loss stopped being finite diverged."""
    value = float(loss_sum.item())
    if not math.isfinite(value):
        raise TrainingDivergedError(f"loss became {value} in epoch {epoch}")
    return value


# called after each epoch with (epoch, best validation accuracy so far): a reason to stop, or None
EpochCheck = Callable[[int, float], str | None]


def training_threads(setting: int | str, device: str = "cpu") -> int:
    """The torch threads a training takes: a number as set; for ``"auto"`` one on a GPU (the CPU
    only launches its work: more threads would only be billed to it), else the cores no other
    process is using now, at least one."""
    if isinstance(setting, int):
        return setting
    return 1 if trains_on_gpu(device) else max(1, free_cores())


def trains_on_gpu(device: str) -> bool:
    """Whether ``train.device`` puts the training on a GPU (one that is not there is refused
    by ``training_placement``)."""
    return device != "cpu" and torch.cuda.is_available()


def proxy_schedule(config: TrainConfig, train_examples: int) -> Schedule:
    """The proxy's schedule on a training split of ``train_examples`` images, of which it takes
    ``subset`` (nas/schedule.py)."""
    examples = min(train_examples, max(config.batch_size, math.ceil(train_examples * config.subset)))
    return scaled_schedule(examples, config.epochs, config.batch_size, config.min_steps)


def train_model(
    model: nn.Module, splits: Splits, config: TrainConfig, seed: int, check: EpochCheck | None = None
) -> TrainResult:
    started = time.perf_counter()
    threads = training_threads(config.threads, config.device)
    torch.set_num_threads(threads)
    placement = training_placement(config.device, config.mixed_precision)
    generator = torch.Generator().manual_seed(seed)
    n_train = max(config.batch_size, math.ceil(len(splits.x_train) * config.subset))
    subset = torch.randperm(len(splits.x_train), generator=generator)[:n_train]
    schedule = proxy_schedule(config, len(splits.x_train))
    # moved to the device once, kept uint8: batches are drawn by index there, no host copies
    device = placement.device
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)  # what one trial takes: k jobs share a GPU
    x_train, y_train = splits.x_train[subset].to(device), splits.y_train[subset].to(device)
    x_val, y_val = splits.x_val.to(device), splits.y_val.to(device)
    # channels-last halves the time of depthwise convolutions' backward pass on CPU (measured)
    model.to(device, memory_format=torch.channels_last)  # type: ignore[call-overload]  # missing from the stubs
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.lr, weight_decay=config.weight_decay)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=config.epochs)
    loss_fn = nn.CrossEntropyLoss()

    curve: list[float] = []
    best_accuracy, best_state, stale_epochs = -1.0, copy.deepcopy(model.state_dict()), 0
    stop_reason = f"reached {config.epochs} epochs"
    step = Step(model, optimizer, loss_fn, splits, config.augment, generator, placement)
    for epoch in range(1, config.epochs + 1):
        model.train()
        loss_sum = torch.zeros((), device=device)
        for _ in range(schedule.passes):
            order = torch.randperm(len(x_train), generator=generator).to(device)  # on the CPU: seeded alike
            for start in range(0, len(order), schedule.batch_size):
                batch = order[start : start + schedule.batch_size]
                if len(batch) < 2:  # batch norm needs two samples in training mode
                    continue
                loss_sum += step.run(x_train[batch], y_train[batch])
        check_finite(loss_sum, epoch)
        scheduler.step()
        val_accuracy = accuracy(model, splits, x_val, y_val)
        curve.append(val_accuracy)
        if val_accuracy > best_accuracy + config.min_delta:
            best_accuracy, best_state, stale_epochs = val_accuracy, copy.deepcopy(model.state_dict()), 0
        else:
            stale_epochs += 1
            if stale_epochs >= config.patience:
                stop_reason = f"validation plateau for {config.patience} epochs"
                break
        if check is not None and epoch < config.epochs and (reason := check(epoch, max(curve))):
            stop_reason = reason
            break
    model.load_state_dict(best_state)
    test_accuracy = accuracy(model, splits, splits.x_test, splits.y_test)
    model.to("cpu")  # what follows (weights on disk, export) is the CPU's
    gpu_memory = torch.cuda.max_memory_reserved(device) / 2**20 if device.type == "cuda" else None
    return TrainResult(
        val_accuracy=best_accuracy,  # what the kept weights score, not the curve's best epoch
        test_accuracy=test_accuracy,
        val_curve=tuple(curve),
        epochs_run=len(curve),
        stop_reason=stop_reason,
        train_seconds=time.perf_counter() - started,
        threads=threads,
        device=str(device),
        gpu_memory_mb=gpu_memory,
    )
