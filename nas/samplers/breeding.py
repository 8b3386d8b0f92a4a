"""Variation: genomes drawn, crossed and mutated from one random state (NSGA-II's operators on a
fixed-length genome of integer and categorical genes)."""

from __future__ import annotations

from typing import Any

import numpy as np
from optuna.distributions import BaseDistribution, CategoricalDistribution, IntDistribution

Genome = dict[str, Any]


class Breeder:
    def __init__(self, distributions: dict[str, BaseDistribution], rng: np.random.RandomState) -> None:
        self.distributions = distributions
        self.rng = rng

    def random_genome(self) -> Genome:
        genome: Genome = {}
        for name, dist in self.distributions.items():
            if isinstance(dist, IntDistribution):
                steps = (dist.high - dist.low) // dist.step
                genome[name] = dist.low + dist.step * self.rng.randint(steps + 1)
            else:
                assert isinstance(dist, CategoricalDistribution)
                genome[name] = dist.choices[self.rng.randint(len(dist.choices))]
        return genome

    def cross(self, a: Genome, b: Genome) -> Genome:
        """Uniform crossover: each gene from either parent, with even odds."""
        mask = self.rng.rand(len(self.distributions)) < 0.5
        return {name: (a if pick else b)[name] for name, pick in zip(self.distributions, mask, strict=True)}

    def mutate(self, genome: Genome) -> Genome:
        """Each gene changes with probability max(1/genes, 0.1)."""
        rate = max(1.0 / len(self.distributions), 0.1)
        mutated = dict(genome)
        for name, dist in self.distributions.items():
            if self.rng.rand() < rate:
                mutated[name] = self.neighbour(dist, genome[name])
        return mutated

    def neighbour(self, dist: BaseDistribution, value: Any) -> Any:
        """An integer moves one step (widths and depths change gradually); a choice is redrawn."""
        if isinstance(dist, IntDistribution):
            step = dist.step * (1 if self.rng.rand() < 0.5 else -1)
            return int(min(max(value + step, dist.low), dist.high))
        assert isinstance(dist, CategoricalDistribution)
        return dist.choices[self.rng.randint(len(dist.choices))]
