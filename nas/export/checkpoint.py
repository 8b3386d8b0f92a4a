"""Trained weights on disk, carrying what is needed to rebuild and use them."""

from __future__ import annotations

import errno
import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from nas.data import Splits
from nas.errors import UserInputError
from search_spaces import Arch, build_model, parse_arch


@dataclass(frozen=True)
class Checkpoint:
    model: nn.Module
    arch: Arch
    input_shape: tuple[int, int, int]
    num_classes: int
    class_names: tuple[str, ...]
    dataset: str
    mean: float
    std: float
    pixels: str = "uint8"  # the images' type as the data holds them: uint8, or float32 (an .npz)


def save_checkpoint(path: Path, model: nn.Module, arch: Arch, splits: Splits) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    state = {key: value.contiguous() for key, value in model.state_dict().items()}
    payload = {
        "arch": str(arch),
        "input_shape": list(splits.input_shape),
        "num_classes": splits.num_classes,
        "class_names": list(splits.class_names),
        "dataset": splits.name,
        "mean": splits.mean,
        "std": splits.std,
        "pixels": "uint8" if splits.x_train.dtype == torch.uint8 else "float32",
        "state_dict": state,
    }
    atomic_save(payload, path, needed=checkpoint_bytes(model))


def atomic_save(payload: dict[str, Any], path: Path, needed: int = 0) -> None:
    """``torch.save`` under a temporary name, then renamed: a kill or a full disk never leaves a
    half-written file under the real name, nor a temporary one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    try:
        torch.save(payload, temporary)
        temporary.replace(path)
    except BaseException as error:  # a full disk reaches PyTorch's writer as "unexpected pos ..."
        temporary.unlink(missing_ok=True)
        if not isinstance(error, Exception):
            raise
        check_free_space(path.parent, needed)
        raise OSError(f"cannot write {temporary}: {error}") from None


def checkpoint_bytes(model: nn.Module) -> int:
    """About what ``save_checkpoint`` writes: the weights and buffers, with room for the rest."""
    tensors = [*model.parameters(), *model.buffers()]
    return sum(t.numel() * t.element_size() for t in tensors) + 64 * 1024


def check_free_space(folder: Path, needed: int) -> None:
    """Refuse before work that would end writing to a full disk (``folder``: where it writes)."""
    existing = next((p for p in (folder, *folder.parents) if p.exists()), Path())
    free = shutil.disk_usage(existing).free
    if free < needed:
        raise OSError(
            errno.ENOSPC,
            f"no space left on {existing} ({free / 1e6:.2f} MB free; the weights need {needed / 1e6:.2f} MB)",
        )


def safe_load(path: Path) -> dict[str, Any]:
    """A file written by ``atomic_save``, loaded with ``weights_only`` (never unpickling code);
    PyTorch's warning about a foreign file is left out: the caller says it in one line."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        payload: dict[str, Any] = torch.load(path, weights_only=True, map_location="cpu")  # GPU-saved too
    return payload


class CheckpointError(UserInputError, ValueError):
    """Weights that cannot be loaded safely; the message is one line for the user."""


def load_checkpoint(path: Path) -> Checkpoint:
    """Weights saved by ``save_checkpoint``, loaded with ``weights_only`` (never unpickling code)."""
    try:
        payload = safe_load(path)
        arch = parse_arch(payload["arch"])
        channels, height, width = payload["input_shape"]
        model = build_model(arch, channels, payload["num_classes"])
        model.load_state_dict(payload["state_dict"])
    except Exception as error:  # pickle, zip, key and shape errors alike: say which file, in one line
        first = str(error).strip().splitlines()[0][:200] if str(error).strip() else type(error).__name__
        raise CheckpointError(f"{path}: not a checkpoint this tool can load safely ({first})") from None
    model.eval()
    return Checkpoint(
        model=model,
        arch=arch,
        input_shape=(channels, height, width),
        num_classes=payload["num_classes"],
        class_names=tuple(payload.get("class_names") or map(str, range(payload["num_classes"]))),
        dataset=payload["dataset"],
        mean=payload["mean"],
        std=payload["std"],
        pixels=payload.get("pixels", "uint8"),
    )
