"""Hypervolume of a study's front: one number that grows as the search finds better trade-offs.

Every objective is turned into a cost in [0, 1] before measuring: ``1 - accuracy`` for
accuracy, and ``cost / reference`` for a cost (energy, latency, params, MACs), so the reference
point is (1, 1, ...) and a trial at or beyond a reference adds nothing. The references are fixed
numbers (``[hypervolume]`` in the configuration), not the worst trial seen, so the value of a
study never shrinks as it grows, and two searches with the same references compare directly.
Defaults: 1e-3 J per inference, 1 ms, 1e6 parameters, 1e8 MACs (about ten times the digits
front), and accuracy 0.
"""

from __future__ import annotations

from collections.abc import Sequence

from optuna.trial import FrozenTrial

from nas.config import HypervolumeConfig


def normalised_costs(
    trial: FrozenTrial, objectives: Sequence[str], reference: HypervolumeConfig
) -> list[float]:
    costs = []
    for name, value in zip(objectives, trial.values, strict=True):
        cost = 1.0 - value if name == "accuracy" else value / reference.for_objective(name)
        costs.append(min(max(cost, 0.0), 1.0))
    return costs


def hypervolume(points: Sequence[Sequence[float]]) -> float:
    """Volume dominated by ``points`` (costs in [0, 1], minimised) inside the unit box.

    Exact, by slicing along the first axis (HSO): fine for the tens of points a front holds.
    """
    points = [list(p) for p in points if all(v < 1.0 for v in p)]
    if not points:
        return 0.0
    if len(points[0]) == 1:
        return 1.0 - min(p[0] for p in points)
    points.sort(key=lambda p: p[0])
    volume = 0.0
    for i, point in enumerate(points):
        upper = points[i + 1][0] if i + 1 < len(points) else 1.0
        if upper > point[0]:
            volume += (upper - point[0]) * hypervolume([p[1:] for p in points[: i + 1]])
    return volume


def front_hypervolume(
    front: Sequence[FrozenTrial], objectives: Sequence[str], reference: HypervolumeConfig
) -> float:
    return hypervolume([normalised_costs(t, objectives, reference) for t in front])
