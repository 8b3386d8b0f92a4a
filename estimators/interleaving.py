"""Several models measured in turns: round after round, each model once per round, so that a
machine's drift (on this project's VM, 15 % between rounds) hits every model alike, where
measuring each model's rounds back to back would put the drift between the models. Each round
starts one model further on, so no model is always first (just after whatever ran before) or
always last. Used by pairing (a candidate beside its front neighbours) and by finalization (the
finalized networks side by side); each model can keep the measurement of its median round."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import TypeVar

from estimators.measurement import Measurement

Key = TypeVar("Key", bound=Hashable)
Model = TypeVar("Model")


def round_robin(
    models: Mapping[Key, Model], rounds: int, measure: Callable[[Model], Measurement]
) -> dict[Key, list[Measurement]]:
    """Every model's measurements, one per round, in the order taken; round r starts with the
    r-th model (wrapping round)."""
    keys = list(models)
    taken: dict[Key, list[Measurement]] = {key: [] for key in keys}
    for r in range(rounds):
        for key in keys[r % len(keys) :] + keys[: r % len(keys)]:
            taken[key].append(measure(models[key]))
    return taken


def median_round(measured: Sequence[Measurement]) -> Measurement:
    """The round of median energy (the upper one of an even count): one real measurement, its
    latency and energy from the same windows, rather than medians taken apart."""
    return sorted(measured, key=lambda m: m.energy_j)[len(measured) // 2]
