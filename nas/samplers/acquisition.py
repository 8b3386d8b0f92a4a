"""Which child to train: the one whose predicted point adds most hypervolume to the current
front; when none is predicted to add any, the one nearest to being on it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from nas.front.hypervolume import hypervolume

# (front's normalised costs, each child's predicted normalised costs) -> the child to train
Acquisition = Callable[[Sequence[Sequence[float]], Sequence[Sequence[float]]], int]


def hypervolume_gain(front: Sequence[Sequence[float]], predicted: Sequence[Sequence[float]]) -> int:
    base = hypervolume(front)
    gains = [hypervolume([*front, point]) - base for point in predicted]
    if max(gains) <= 0:  # none predicted to extend the front: the nearest to it
        gains = [-min(distance(point, member) for member in front) for point in predicted]
    return int(np.argmax(gains))


def distance(a: Sequence[float], b: Sequence[float]) -> float:
    """How far ``a`` is from being no worse than ``b`` in every objective."""
    return float(np.linalg.norm(np.maximum(np.asarray(a) - np.asarray(b), 0.0)))
