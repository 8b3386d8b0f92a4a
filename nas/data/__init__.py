"""Datasets as in-memory tensors, split once into train / validation / test.

Images stay as the reader gave them (uint8, 4x less memory than float32) and are normalised
per batch with the training split's mean and standard deviation (``Splits.normalise``).
A dataset that ships a test split (Fashion-MNIST, CIFAR-10, an image folder with ``test/``)
keeps it; validation is carved from the training split. Validation decides everything
(selection, early stopping, promotion); the test split is only reported.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from nas.config.sections import DataConfig
from nas.data.datasets import DataError, Labelled, Source, read_source

__all__ = ["DataError", "Splits", "load_dataset"]


@dataclass(frozen=True)
class Splits:
    name: str
    x_train: torch.Tensor  # raw images (N, C, H, W): normalise a batch before use
    y_train: torch.Tensor
    x_val: torch.Tensor
    y_val: torch.Tensor
    x_test: torch.Tensor
    y_test: torch.Tensor
    class_names: tuple[str, ...]
    mean: float  # of the training split's raw values, applied to every split
    std: float
    mirror_invariant: bool = False  # a horizontal flip keeps every class (augmentation may flip)

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def input_shape(self) -> tuple[int, int, int]:
        channels, height, width = self.x_train.shape[1:]
        return (channels, height, width)

    def normalise(self, x: torch.Tensor) -> torch.Tensor:
        """A batch of raw images as the network sees them (float32, zero mean, unit variance)."""
        return (x.float() - self.mean) / self.std


def load_dataset(config: DataConfig) -> Splits:
    source = read_source(config.dataset, config.image_size, config.channels)
    return split_source(config, source)


def split_source(config: DataConfig, source: Source) -> Splits:
    rng = np.random.default_rng(config.split_seed)
    parts = dict(source.parts)
    if "all" in parts:
        _check_classes(config.dataset, parts["all"].y, len(source.class_names))
        parts["train"], parts["test"] = _carve(parts.pop("all"), config.test_fraction, rng)
    if "val" not in parts:
        _check_classes(config.dataset, parts["train"].y, len(source.class_names))
        parts["train"], parts["val"] = _carve(parts["train"], config.val_fraction, rng)
    if config.max_train_examples is not None and config.max_train_examples < len(parts["train"].y):
        keep = config.max_train_examples / len(parts["train"].y)
        _, parts["train"] = _carve(parts["train"], keep, rng)
    train = parts["train"]
    shapes = {part: labelled.x.shape[1:] for part, labelled in parts.items()}
    if len(set(shapes.values())) != 1:
        raise DataError(f"dataset {config.dataset}: splits have different image shapes {shapes}")
    values = train.x.astype(np.float64)
    mean, std = float(values.mean()), float(values.std()) or 1.0
    return Splits(
        name=config.dataset,
        x_train=torch.from_numpy(np.ascontiguousarray(train.x)),
        y_train=torch.from_numpy(train.y),
        x_val=torch.from_numpy(np.ascontiguousarray(parts["val"].x)),
        y_val=torch.from_numpy(parts["val"].y),
        x_test=torch.from_numpy(np.ascontiguousarray(parts["test"].x)),
        y_test=torch.from_numpy(parts["test"].y),
        class_names=source.class_names,
        mean=mean,
        std=std,
        mirror_invariant=source.mirror_invariant,
    )


def _check_classes(dataset: str, y: np.ndarray, num_classes: int) -> None:
    counts = np.bincount(y, minlength=num_classes)
    if num_classes < 2 or (counts < 3).any():
        raise DataError(
            f"dataset {dataset}: needs at least 2 classes with 3 examples each to split "
            f"(class counts {counts.tolist()[:20]})"
        )


def _carve(data: Labelled, fraction: float, rng: np.random.Generator) -> tuple[Labelled, Labelled]:
    """Split off ``fraction`` of every class (at least one example each): (rest, carved)."""
    carved = []
    for label in np.unique(data.y):
        members = np.flatnonzero(data.y == label)
        take = min(len(members) - 1, max(1, round(fraction * len(members))))
        carved.append(rng.permutation(members)[:take])
    chosen = np.sort(np.concatenate(carved))
    rest = np.setdiff1d(np.arange(len(data.y)), chosen)
    return Labelled(data.x[rest], data.y[rest]), Labelled(data.x[chosen], data.y[chosen])
