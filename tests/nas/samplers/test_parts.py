"""The cost-first sampler's parts, each on fixed arrays: the first generation's targets, parent
selection (noise floor, ranks, crowding, tournament), variation, the surrogate and the choice of
the child to train."""

from __future__ import annotations

import math

import numpy as np
import pytest
from optuna.distributions import CategoricalDistribution, IntDistribution

from nas.front.hypervolume import Normalisation, hypervolume
from nas.samplers.acquisition import distance, hypervolume_gain
from nas.samplers.breeding import Breeder
from nas.samplers.population import spread_choice, van_der_corput
from nas.samplers.selection import crowding, measured_noise, ranks, snap_to_noise_floor, tournament
from nas.samplers.surrogate import log_log_cost, optimistic_accuracy, ridge


def test_first_generation_targets_halve_the_largest_gap() -> None:
    assert [van_der_corput(i) for i in range(1, 8)] == [0.5, 0.25, 0.75, 0.125, 0.625, 0.375, 0.875]
    # targets between the cheapest (1e3 MACs) and the costliest draw (1e7), in log MACs
    draws = [1e7, 1e5, 3e3, 2e6]
    assert spread_choice(1, 1e3, draws) == 1  # the middle: 1e5
    assert spread_choice(2, 1e3, draws) == 2  # a quarter of the way: 1e4, nearest 3e3
    assert spread_choice(3, 1e3, draws) == 3  # three quarters: 1e6, nearest 2e6


def test_the_noise_floor_puts_close_measurements_in_one_step() -> None:
    normalisation = Normalisation(0.1, {"energy": (1e-6, 1e-3), "params": (1e3, 1e6)})
    objectives = ["accuracy", "energy", "params"]
    values = [[0.9, 1.00e-5, 5e3], [0.9, 1.03e-5, 5.1e3], [0.9, 1.2e-5, 5e3]]
    costs = np.array([normalisation.costs(objectives, v) for v in values])
    snapped = snap_to_noise_floor(costs, objectives, normalisation, 0.05)
    assert snapped[0, 1] == snapped[1, 1]  # 3 % apart in energy: one step, neither dominates
    assert snapped[2, 1] > snapped[0, 1]  # 20 % apart: a step apart
    assert np.array_equal(snapped[:, [0, 2]], costs[:, [0, 2]])  # counted costs are exact: untouched
    assert np.array_equal(snap_to_noise_floor(costs, objectives, normalisation, 0.0), costs)


def test_ranks_and_crowding_follow_nsga2() -> None:
    costs = np.array([[0.0, 1.0], [0.5, 0.5], [1.0, 0.0], [0.6, 0.6], [0.45, 1.0]])
    rank = ranks(costs, len(costs))
    assert rank.tolist() == [0, 0, 0, 1, 1]
    distance_ = crowding(costs, rank)
    assert math.isinf(distance_[0]) and math.isinf(distance_[2])  # the front's ends
    assert distance_[1] == pytest.approx(2.0)  # (1 - 0) / 1 in each objective
    assert math.isinf(distance_[3]) and math.isinf(distance_[4])  # a rank of two: both ends


def test_the_tournament_prefers_a_better_rank_then_more_crowding_room() -> None:
    rank = np.array([0, 1])
    room = np.array([0.1, 5.0])
    winners = {tournament(np.random.RandomState(seed), rank, room) for seed in range(50)}
    assert winners == {0, 1}  # 1 wins only when drawn twice
    wins_of_0 = sum(tournament(np.random.RandomState(s), rank, room) == 0 for s in range(400))
    assert 250 < wins_of_0 < 350  # 3 of 4 draws hold trial 0
    same_rank = np.array([0, 0])
    assert all(tournament(np.random.RandomState(s), same_rank, room) in (0, 1) for s in range(20))
    assert sum(tournament(np.random.RandomState(s), same_rank, room) == 1 for s in range(400)) > 250


def test_breeding_stays_in_the_space_and_mutation_moves_integers_one_step() -> None:
    distributions = {
        "width": IntDistribution(8, 32, step=8),
        "kernel": CategoricalDistribution([3, 5, 7]),
    }
    breeder = Breeder(distributions, np.random.RandomState(0))
    for _ in range(200):
        genome = breeder.random_genome()
        assert genome["width"] in (8, 16, 24, 32) and genome["kernel"] in (3, 5, 7)
        mutated = breeder.mutate(genome)
        assert abs(mutated["width"] - genome["width"]) in (0, 8)
        assert 8 <= mutated["width"] <= 32
    a, b = {"width": 8, "kernel": 3}, {"width": 32, "kernel": 7}
    children = [breeder.cross(a, b) for _ in range(100)]
    assert all(c["width"] in (8, 32) and c["kernel"] in (3, 7) for c in children)
    assert {(c["width"], c["kernel"]) for c in children} == {(8, 3), (8, 7), (32, 3), (32, 7)}


def test_the_surrogate_fits_known_relations() -> None:
    x = np.column_stack([np.ones(6), np.arange(6.0)])
    y = 2.0 + 3.0 * np.arange(6.0)
    predicted, spread = ridge(x, y, np.array([[1.0, 10.0]]), alpha=1e-9)
    assert predicted[0] == pytest.approx(32.0, rel=1e-6) and spread == pytest.approx(0.0, abs=1e-6)
    # a cost proportional to MACs is recovered by the log-log fit; non-positive figures are ignored
    macs = np.array([1e4, 1e5, 1e6, 1e7])
    features = np.column_stack([np.ones(4), np.log(macs), np.log(macs / 10)])
    energy = np.array([1e-6, 1e-5, np.nan, 1e-3])
    new = np.array([[1.0, math.log(1e6), math.log(1e5)]])
    assert log_log_cost(features, energy, new)[0] == pytest.approx(1e-4, rel=0.05)
    # with no positive figure to fit (a meter that did not tick), children are predicted at zero
    assert log_log_cost(features, np.array([0.0, 0.0, np.nan, 0.0]), new).tolist() == [0.0]
    # accuracy: optimistic, never above 1
    high = optimistic_accuracy(x, np.full(6, 0.99), np.array([[1.0, 100.0]]))
    assert 0.98 <= high[0] <= 1.0


def test_acquisition_takes_the_child_that_adds_most_hypervolume() -> None:
    front = [[0.2, 0.8], [0.8, 0.2]]
    children = [[0.9, 0.9], [0.5, 0.5], [0.3, 0.75]]
    gains = [hypervolume([*front, c]) - hypervolume(front) for c in children]
    assert hypervolume_gain(front, children) == int(np.argmax(gains)) == 1
    # none adds anything: the one nearest to the front
    dominated = [[0.95, 0.95], [0.25, 0.85]]
    assert hypervolume_gain(front, dominated) == 1
    assert distance([0.25, 0.85], [0.2, 0.8]) == pytest.approx(math.hypot(0.05, 0.05))


def test_the_noise_floor_follows_the_spread_the_measurements_recorded() -> None:
    assert measured_noise([], 0.05) == 0.05  # nothing recorded: the configured floor
    assert measured_noise([0.01, 0.02, 0.03], 0.05) == 0.05  # a quiet machine: never below it
    assert measured_noise([0.1, 0.2, 0.3], 0.05) == pytest.approx(0.2)  # a busy one: its median
    assert measured_noise([3.0, 4.0], 0.05) == 0.5  # capped: some ranking must remain
    costs = np.array([[0.5, 0.50], [0.5, 0.52]])  # energies 15 % apart (0.02 of three decades)
    objectives, normalisation = ["accuracy", "energy"], Normalisation(0.1, {"energy": (1e-6, 1e-3)})
    quiet = snap_to_noise_floor(costs, objectives, normalisation, measured_noise([0.01], 0.05))
    busy = snap_to_noise_floor(costs, objectives, normalisation, measured_noise([0.3, 0.4], 0.05))
    assert ranks(quiet, 2).tolist() == [0, 1]  # 15 % apart: the cheaper dominates on a quiet machine
    assert ranks(busy, 2).tolist() == [0, 0]  # within the spread recorded: neither is discarded
