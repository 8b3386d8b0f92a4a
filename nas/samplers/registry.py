"""The search strategies, built by name (the names: nas/config/sections.py's ``SAMPLER_NAMES``).

Each entry builds a seeded sampler from keyword arguments only; ``cost-first`` counts candidates'
costs, so it takes the data's input shape and classes and the study's normalisation too. This
module loads no PyTorch: a strategy's module is imported when it is built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from optuna.samplers import BaseSampler, NSGAIISampler, RandomSampler, TPESampler

if TYPE_CHECKING:
    from optuna.trial import FrozenTrial

    from nas.front.hypervolume import Normalisation
    from search_spaces.space import SearchSpace


@dataclass(frozen=True)
class SamplerInputs:
    """What a strategy may use; Optuna's own use the seed and the population size alone."""

    seed: int
    population_size: int
    space: SearchSpace
    input_shape: tuple[int, int, int]
    num_classes: int
    objectives: Sequence[str]
    normalisation: Normalisation
    # cost-first's accurate end, as [study] sets them (their defaults live there, once)
    accurate_every: int  # every n-th trial for it (0: never)
    accurate_share: float  # the last share of the study's limit for it (0: none)
    spent_share: Callable[[Sequence[FrozenTrial]], float] | None = None  # the share used so far


def _cost_first(inputs: SamplerInputs) -> BaseSampler:
    from nas.samplers.cost_first import CostFirstSampler

    return CostFirstSampler(
        inputs.space,
        inputs.input_shape,
        inputs.num_classes,
        inputs.objectives,
        inputs.normalisation,
        population_size=inputs.population_size,
        accurate_every=inputs.accurate_every,
        accurate_share=inputs.accurate_share,
        spent_share=inputs.spent_share,
        seed=inputs.seed,
    )


SAMPLERS: dict[str, Callable[[SamplerInputs], BaseSampler]] = {
    # NSGA-II made sample-efficient: costs first, every architecture once (the default)
    "cost-first": _cost_first,
    "nsga2": lambda i: NSGAIISampler(population_size=i.population_size, seed=i.seed),
    "tpe": lambda i: TPESampler(seed=i.seed),
    "random": lambda i: RandomSampler(seed=i.seed),
}


def make_sampler(name: str, inputs: SamplerInputs) -> BaseSampler:
    """The strategy ``name`` (checked by the configuration), built once for a search."""
    return SAMPLERS[name](inputs)
