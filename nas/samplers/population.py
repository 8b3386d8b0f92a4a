"""The first generation: the space's cheapest network, then networks spread evenly in log MACs
across the space (a uniform draw piles up in the middle)."""

from __future__ import annotations

import math
from collections.abc import Sequence


def van_der_corput(index: int) -> float:
    """0.5, 0.25, 0.75, 0.125, ...: each new target halves the largest gap."""
    value, base = 0.0, 0.5
    while index:
        value += base * (index & 1)
        index >>= 1
        base /= 2
    return value


def spread_choice(index: int, cheapest_macs: float, draws_macs: Sequence[float]) -> int:
    """Of random draws (their MACs), the one nearest the ``index``-th target in log MACs, between
    the cheapest network and the costliest draw."""
    low = math.log(cheapest_macs)
    high = max(math.log(macs) for macs in draws_macs)
    target = low + van_der_corput(max(index, 1)) * (high - low)
    return min(range(len(draws_macs)), key=lambda i: abs(math.log(draws_macs[i]) - target))
