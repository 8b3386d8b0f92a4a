"""The hypervolume, against an independent exact computation (inclusion-exclusion)."""

from __future__ import annotations

import math
from itertools import combinations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nas.hypervolume import hypervolume


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
