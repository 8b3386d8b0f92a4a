"""Several models measured in turns: round after round, each model once per round, so that a
machine's drift (on this project's VM, 15 % between rounds) hits every model alike, where
measuring each model's rounds back to back would put the drift between the models. Each model
keeps the measurement of its median round."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import TypeVar

from estimators.measurement import Measurement

Key = TypeVar("Key", bound=Hashable)
Model = TypeVar("Model")


def round_robin(
    models: Mapping[Key, Model], rounds: int, measure: Callable[[Model], Measurement]
) -> dict[Key, list[Measurement]]:
    """Every model's measurements, one per round, in the order taken."""
    taken: dict[Key, list[Measurement]] = {key: [] for key in models}
    for _ in range(rounds):
        for key, model in models.items():
            taken[key].append(measure(model))
    return taken


def median_round(measured: Sequence[Measurement]) -> Measurement:
    """The round of median energy (the upper one of an even count): one real measurement, its
    latency and energy from the same windows, rather than medians taken apart."""
    return sorted(measured, key=lambda m: m.energy_j)[len(measured) // 2]
