"""A search's budget in joules, as a user writes it ("2kJ", "0.5 Wh"), and the figure it is
held to: the study's own footprint (training plus measuring, every trial, failed ones too)."""

from __future__ import annotations

import math
import re

BUDGET_ATTR = "nas_budget_j"  # the budget the study's last search ran under, for readers
UNITS = {"J": 1.0, "kJ": 1e3, "MJ": 1e6, "Wh": 3.6e3, "kWh": 3.6e6}
_ENERGY = re.compile(r"([0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?)\s*([A-Za-z]+)")


def parse_joules(text: str) -> float:
    """Joules in ``text`` (a positive number and a unit); ValueError saying what is wrong."""
    written = text.strip()
    match = _ENERGY.fullmatch(written)
    if match is None:
        raise ValueError(
            f"{written!r} is not an energy: write a positive number and a unit ({', '.join(UNITS)}), e.g. 2kJ"
        )
    number, unit = match.groups()
    if unit not in UNITS:
        raise ValueError(f"{written!r}: unknown unit {unit!r}; allowed: {', '.join(UNITS)}")
    joules = float(number) * UNITS[unit]
    if not (math.isfinite(joules) and joules > 0):
        raise ValueError(f"{written!r}: the budget must be a positive, finite energy")
    return joules
