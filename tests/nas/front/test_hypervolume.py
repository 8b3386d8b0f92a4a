"""The hypervolume: Optuna's volume against an independent exact computation (inclusion-exclusion),
and the normalisation that turns objectives into costs."""

from __future__ import annotations

import math
from itertools import combinations

import optuna
import pytest
from hypothesis import given
from hypothesis import strategies as st

from estimators import count_complexity
from nas.config.sections import HypervolumeConfig
from nas.front.hypervolume import hypervolume, make_normalisation
from nas.reference_costs import ReferenceCost
from search_spaces import SearchSpace, build_model, sample_arch, smallest_arch


def inclusion_exclusion(points: list[list[float]]) -> float:
    """Volume of the union of the boxes [p, 1]: exponential, exact, and independent of HSO."""
    total = 0.0
    for size in range(1, len(points) + 1):
        for subset in combinations(points, size):
            corner = [max(values) for values in zip(*subset, strict=True)]
            total += (-1) ** (size + 1) * math.prod(1 - v for v in corner)
    return total


def test_known_volumes() -> None:
    assert hypervolume([]) == 0
    assert hypervolume([[0.5, 0.5]]) == pytest.approx(0.25)
    assert hypervolume([[0.2, 0.6], [0.6, 0.2]]) == pytest.approx(0.8 * 0.4 + 0.4 * 0.8 - 0.4 * 0.4)
    assert hypervolume([[1.0, 0.0], [0.3, 1.5]]) == 0  # on or beyond the reference adds nothing
    assert hypervolume([[0.0, 0.0, 0.0]]) == pytest.approx(1.0)


@given(
    st.integers(1, 3).flatmap(
        lambda dims: st.lists(st.lists(st.floats(0, 1), min_size=dims, max_size=dims), min_size=1, max_size=6)
    )
)
def test_slicing_agrees_with_inclusion_exclusion(points: list[list[float]]) -> None:
    assert hypervolume(points) == pytest.approx(inclusion_exclusion(points), abs=1e-9)


def cost(name: str, energy_j: float, latency_ms: float, params: int, macs: int) -> ReferenceCost:
    return ReferenceCost(name, "arch", params, macs, energy_j, "model:cpu-ccf", latency_ms)


def test_costs_are_log_scaled_between_the_cheapest_network_and_the_costliest_reference() -> None:
    references = [cost("a", 1e-4, 1.0, 10**6, 10**8), cost("b", 1e-3, 0.5, 10**5, 10**7)]
    smallest = cost("smallest", 1e-6, 0.01, 10**3, 10**4)
    norm = make_normalisation(
        HypervolumeConfig(), ["accuracy", "energy", "latency"], 10, references, smallest
    )
    assert norm.bounds == {"energy": (1e-6, 1e-3), "latency": (0.01, 1.0)}
    assert norm.costs(["accuracy", "energy", "latency"], [0.1, 1e-6, 1.0]) == [1.0, 0.0, 1.0]
    midway = norm.costs(["accuracy", "energy", "latency"], [0.55, 10**-4.5, 0.1])
    assert midway == pytest.approx([0.5, 0.5, 0.5])  # chance level to 1; decades between the bounds
    assert norm.costs(["accuracy", "energy", "latency"], [1.0, 1e-9, 5.0]) == [0.0, 0.0, 1.0]  # clamped
    given = HypervolumeConfig.model_validate({"energy_j": (1e-7, 1e-2)})  # keys made from the registry
    assert make_normalisation(given, ["accuracy", "energy"], 10, references, smallest).bounds == {
        "energy": (1e-7, 1e-2)
    }
    # a meter that cannot tell the networks apart: three decades below the ceiling, or the old references
    same = make_normalisation(HypervolumeConfig(), ["accuracy", "energy"], 10, references, references[1])
    assert same.bounds == {"energy": (1e-6, 1e-3)}
    zero = cost("zero", 0.0, 0.5, 10**5, 10**7)
    assert make_normalisation(HypervolumeConfig(), ["accuracy", "energy"], 10, [zero], zero).bounds == {
        "energy": (1e-6, 1e-3)
    }


@pytest.mark.slow
def test_the_smallest_arch_is_the_cheapest_in_the_space() -> None:
    space = SearchSpace().resolved((1, 28, 28))
    smallest = count_complexity(build_model(smallest_arch(space), 1, 10), (1, 28, 28))
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=0))
    for _ in range(20):
        sampled = count_complexity(build_model(sample_arch(space, study.ask()), 1, 10), (1, 28, 28))
        assert smallest.macs <= sampled.macs and smallest.params <= sampled.params
