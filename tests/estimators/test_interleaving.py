"""Round-robin measuring: the order of turns and the round each model keeps."""

from __future__ import annotations

from estimators import Measurement, MeasureSettings, median_round, round_robin


def _measured(energy_uj: float, latency_ms: float) -> Measurement:
    return Measurement(
        latency_ms, latency_ms, 0.0, latency_ms, energy_uj / 1e6, 0.0, "model:test", 10, MeasureSettings()
    )


def test_each_round_measures_every_model_once_each_starting_one_further_on() -> None:
    order: list[str] = []
    drift = iter(range(1, 100))  # a machine that slows with every measurement

    def measure(model: str) -> Measurement:
        order.append(model)
        return _measured(next(drift), 1.0)

    taken = round_robin({"a": "a", "b": "b", "c": "c"}, 3, measure)
    assert order == ["a", "b", "c", "b", "c", "a", "c", "a", "b"]  # each model first once
    assert [m.energy_j * 1e6 for m in taken["a"]] == [1, 6, 8]  # the drift spread over every model
    assert [m.energy_j * 1e6 for m in taken["c"]] == [3, 5, 7]


def test_the_median_round_is_kept_whole() -> None:
    rounds = [_measured(30, 3.0), _measured(10, 9.0), _measured(20, 1.0)]
    kept = median_round(rounds)
    assert kept is rounds[2]  # its energy and its latency come from the same round
    assert median_round(rounds[:2]) is rounds[0]  # of two, the upper
