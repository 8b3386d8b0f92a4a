"""The search's progress line: how long is left, by the nearer of its limits."""

from __future__ import annotations

import pytest

from nas.cli.progress import Goal
from nas.config.sections import MAX_TRIALS


def test_the_time_left_follows_the_nearer_limit() -> None:
    # 4 of 20 trials in 100 s, 2 kJ of a 10 kJ budget: 400 s by trials, 400 s by joules
    assert Goal(20, 10_000.0).seconds_left(4, 4, 2_000.0, 2_000.0, 100.0) == pytest.approx(400.0)
    assert Goal(20, 4_000.0).seconds_left(4, 4, 2_000.0, 2_000.0, 100.0) == pytest.approx(100.0)
    assert Goal(20, None).seconds_left(4, 0, 0.0, 0.0, 100.0) is None  # no pace yet


def test_no_time_left_is_shown_once_the_budget_is_spent() -> None:
    # --budget 8kJ --trials 100000: the trials still running finish after the budget is reached,
    # and the trials' pace must not stand in for it (it said hundreds of hours)
    far = Goal(100_000, 8_000.0)
    assert far.seconds_left(39, 39, 8_100.0, 8_100.0, 2_000.0) is None
    assert far.seconds_left(30, 30, 6_000.0, 6_000.0, 2_000.0) == pytest.approx(2_000 / 6_000 * 2_000)
    assert Goal(MAX_TRIALS, 8_000.0).seconds_left(39, 39, 8_100.0, 8_100.0, 2_000.0) is None
