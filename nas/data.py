"""Datasets as in-memory tensors, split once into train / validation / test.

Nothing is downloaded: ``digits`` is scikit-learn's bundled 8x8 handwritten digits, and an
``.npz`` file brings its own arrays ``x`` (N, C, H, W) or (N, H, W) and ``y`` (N,) of class ids.
Validation decides early stopping; the test split is only used for the reported accuracy.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from sklearn.model_selection import train_test_split

from nas.config import DataConfig


class DataError(ValueError):
    """A dataset that cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class Splits:
    name: str
    x_train: torch.Tensor
    y_train: torch.Tensor
    x_val: torch.Tensor
    y_val: torch.Tensor
    x_test: torch.Tensor
    y_test: torch.Tensor
    num_classes: int
    mean: float  # normalisation applied to every split, from the training split
    std: float

    @property
    def input_shape(self) -> tuple[int, int, int]:
        channels, height, width = self.x_train.shape[1:]
        return (channels, height, width)


def load_dataset(config: DataConfig) -> Splits:
    if config.dataset == "digits":
        x, y = _digits()
    else:
        x, y = _npz(Path(config.dataset))
    return _split(config, x, y)


def _digits() -> tuple[np.ndarray, np.ndarray]:
    from sklearn.datasets import load_digits

    bunch = load_digits()
    return bunch.images[:, None, :, :].astype(np.float32) / 16.0, bunch.target.astype(np.int64)


def _npz(path: Path) -> tuple[np.ndarray, np.ndarray]:
    if not path.is_file():
        raise DataError(f"dataset {path}: no such file (use 'digits' or an .npz with arrays x and y)")
    try:
        with np.load(path, allow_pickle=False) as arrays:
            found = {name: arrays[name] for name in ("x", "y") if name in arrays.files}
            names = sorted(arrays.files)
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as error:
        raise DataError(f"dataset {path}: not a readable .npz file ({error})") from None
    if set(found) != {"x", "y"}:
        raise DataError(f"dataset {path}: needs arrays 'x' and 'y', found {names}")
    x, y = found["x"], found["y"]
    if x.ndim == 3:
        x = x[:, None, :, :]
    if x.ndim != 4:
        raise DataError(f"dataset {path}: x must have shape (N, C, H, W) or (N, H, W), got {x.shape}")
    if y.ndim != 1 or len(y) != len(x):
        raise DataError(f"dataset {path}: y must have shape ({len(x)},), got {y.shape}")
    if not np.issubdtype(y.dtype, np.integer) or y.min() < 0:
        raise DataError(f"dataset {path}: y must hold non-negative integer class ids")
    if not np.issubdtype(x.dtype, np.number) or not np.isfinite(x).all():
        raise DataError(f"dataset {path}: x must be finite numbers")
    return x.astype(np.float32), y.astype(np.int64)


def _split(config: DataConfig, x: np.ndarray, y: np.ndarray) -> Splits:
    num_classes = int(y.max()) + 1
    counts = np.bincount(y, minlength=num_classes)
    if num_classes < 2 or (counts < 3).any():
        raise DataError(
            f"dataset {config.dataset}: needs at least 2 classes with 3 examples each "
            f"(class counts {counts.tolist()})"
        )
    held_out = config.val_fraction + config.test_fraction
    try:
        x_train, x_rest, y_train, y_rest = train_test_split(
            x, y, test_size=held_out, stratify=y, random_state=config.split_seed
        )
        x_val, x_test, y_val, y_test = train_test_split(
            x_rest,
            y_rest,
            test_size=config.test_fraction / held_out,
            stratify=y_rest,
            random_state=config.split_seed,
        )
    except ValueError as error:
        raise DataError(f"dataset {config.dataset}: too small to split ({error})") from None
    mean, std = float(x_train.mean()), float(x_train.std()) or 1.0

    def tensor(a: np.ndarray) -> torch.Tensor:
        return torch.from_numpy((a - mean) / std)

    return Splits(
        name=config.dataset,
        x_train=tensor(x_train),
        y_train=torch.from_numpy(y_train),
        x_val=tensor(x_val),
        y_val=torch.from_numpy(y_val),
        x_test=tensor(x_test),
        y_test=torch.from_numpy(y_test),
        num_classes=num_classes,
        mean=mean,
        std=std,
    )
