"""The cost-first sampler's trials for the front's accurate end: every n-th, or the last share."""

from __future__ import annotations

import math

import numpy as np
import optuna
import pytest
from optuna.trial import TrialState, create_trial

from nas.front.hypervolume import Normalisation
from nas.objectives import static_costs
from nas.record import TrainResult, TrialRecord, record_attrs
from nas.samplers.breeding import Breeder
from nas.samplers.cost_first import CostFirstSampler
from search_spaces import SearchSpace
from search_spaces.space import decode_genome, genome_distributions

SPACE = SearchSpace.model_validate(
    {
        "stem_channels": [8, 16],
        "strides": [1, 2, 2],
        "depths": [[1, 2], [0, 3], [0, 3]],
        "widths": [[8, 32], [16, 48], [24, 64]],
        "stem_stride": 2,
    }
)
SHAPE, CLASSES = (1, 28, 28), 10
OBJECTIVES = ["accuracy", "energy", "params"]
NORMALISATION = Normalisation(0.1, {"energy": (1e-6, 1e-3), "params": (1e3, 1e6)})


def trained_study(seed: int, trials: int = 12) -> optuna.Study:
    """Random networks, trained: the bigger the more accurate, energy in proportion to MACs."""
    study = optuna.create_study(directions=["maximize", "minimize", "minimize"])
    distributions = genome_distributions(SPACE)
    breeder = Breeder(distributions, np.random.RandomState(seed))
    for _ in range(trials):
        genome = breeder.random_genome()
        arch = decode_genome(SPACE, genome)
        costs = static_costs(arch, SHAPE, CLASSES)
        accuracy = 0.5 + 0.04 * math.log(costs["macs"] / 1e4)
        record = TrialRecord(
            arch=str(arch),
            params=int(costs["params"]),
            macs=int(costs["macs"]),
            static_costs=costs,
            training=TrainResult(accuracy, accuracy, (accuracy,), 1, "reached 1 epochs", 1.0),
        )
        study.add_trial(
            create_trial(
                values=[accuracy, costs["macs"] * 1e-11, costs["params"]],
                params=genome,
                distributions=distributions,
                user_attrs=record_attrs(record),
                state=TrialState.COMPLETE,
            )
        )
    return study


def proposal_macs(
    study: optuna.Study, number: int, accurate_every: int, seed: int, share: float = 0, spent: float = 0
) -> float:
    sampler = CostFirstSampler(
        SPACE,
        SHAPE,
        CLASSES,
        OBJECTIVES,
        NORMALISATION,
        accurate_every=accurate_every,
        accurate_share=share,
        spent_share=lambda trials: spent,
        seed=seed,
    )
    trial = create_trial(state=TrialState.RUNNING)  # the trial to propose for: its number decides
    trial.number = number
    genome = sampler.sample_relative(study, trial, genome_distributions(SPACE))
    return float(static_costs(decode_genome(SPACE, genome), SHAPE, CLASSES)["macs"])


@pytest.mark.parametrize("seed", range(6))
def test_every_third_trial_goes_for_the_accurate_end(seed: int) -> None:
    study = trained_study(seed)  # accuracy grows with MACs here
    macs = sorted(t.values[1] * 1e11 for t in study.trials)
    accurate, usual = proposal_macs(study, 14, 3, seed), proposal_macs(study, 15, 3, seed)
    # trial 14, the third of three: costlier than the most accurate network (here the biggest)
    assert accurate > macs[-1]
    assert usual < accurate
    # trial 15 takes the hypervolume's choice, as every trial does with the share turned off
    assert proposal_macs(study, 14, 0, seed) == usual


@pytest.mark.parametrize("seed", range(6))
def test_the_last_share_of_the_limit_goes_to_the_accurate_end(seed: int) -> None:
    study = trained_study(seed)
    macs = sorted(t.values[1] * 1e11 for t in study.trials)
    usual = proposal_macs(study, 14, 0, seed)
    # three quarters used, the last quarter reserved: from now on, the accurate end
    assert proposal_macs(study, 14, 0, seed, share=0.25, spent=0.75) > macs[-1]
    # before it, hypervolume gain chooses as it does with no share at all
    assert proposal_macs(study, 14, 0, seed, share=0.25, spent=0.74) == usual


def test_the_accurate_end_goes_beyond_the_most_accurate_network_s_compute() -> None:
    study = trained_study(0)
    # the most accurate network is made a small one: the accurate end is judged from it
    smallest = min(study.trials, key=lambda t: t.values[1])
    trials = [t for t in study.trials if t.number != smallest.number]
    best = optuna.create_study(directions=["maximize", "minimize", "minimize"])
    for t in trials:
        best.add_trial(t)
    values = [0.99, *smallest.values[1:]]
    best.add_trial(
        create_trial(
            values=values,
            params=smallest.params,
            distributions=smallest.distributions,
            user_attrs=smallest.user_attrs,
            state=TrialState.COMPLETE,
        )
    )
    floor = smallest.values[1] * 1e11
    proposals = [proposal_macs(best, 14, 3, seed) for seed in range(6)]
    assert all(macs > floor for macs in proposals)
    assert min(proposals) < sorted(t.values[1] * 1e11 for t in trials)[-1]  # not always the biggest
