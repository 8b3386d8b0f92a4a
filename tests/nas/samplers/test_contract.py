"""What every strategy the registry builds must do, whichever it is (as Optuna's own tests
parametrize over its samplers): propose architectures of the space, the same ones for the same
seed, go on past failed and pruned trials, and serve any set of registered objectives.

The trials here are not trained: each is told figures computed from its architecture's exact
counts, so a strategy is held to its contract in milliseconds per trial."""

from __future__ import annotations

import math
from collections.abc import Sequence

import optuna
import pytest
from optuna.trial import TrialState

from nas.front.hypervolume import Normalisation
from nas.objectives import OBJECTIVES
from nas.samplers.registry import SAMPLERS, SamplerInputs, make_sampler
from search_spaces import SearchSpace, sample_arch, static_counts
from tests.conftest import TINY

SHAPE = (1, 8, 8)
CLASSES = 3
SPACE = SearchSpace.model_validate(TINY["space"]).resolved(SHAPE)
OBJECTIVE_SETS = [("accuracy", "energy", "latency"), ("accuracy", "params")]


def _study(name: str, objectives: Sequence[str], seed: int) -> optuna.Study:
    bounds = {o: (1.0, 1e7) for o in objectives if OBJECTIVES[o].kind != "accuracy"}
    inputs = SamplerInputs(
        seed=seed,
        population_size=4,
        space=SPACE,
        input_shape=SHAPE,
        num_classes=CLASSES,
        objectives=objectives,
        normalisation=Normalisation(accuracy_floor=1 / CLASSES, bounds=bounds),
        accurate_every=0,
        accurate_share=0.0,
    )
    return optuna.create_study(
        sampler=make_sampler(name, inputs),
        directions=[OBJECTIVES[o].direction for o in objectives],
    )


def _figures(params: float, macs: float, objectives: Sequence[str]) -> list[float]:
    """Accuracy that grows with size; costs from the exact counts (energy and latency as MACs)."""
    by_name = {
        "accuracy": 1 - 0.5 / math.log10(10 + params),
        "energy": macs * 1e-9,
        "latency": macs * 1e-6,
        "params": params,
    }
    return [by_name[o] for o in objectives]


def _run(name: str, objectives: Sequence[str], seed: int, trials: int) -> list[str]:
    """``trials`` proposals, every fifth failed and every seventh pruned; their architectures."""
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    study = _study(name, objectives, seed)
    proposed = []
    for number in range(trials):
        trial = study.ask()
        arch = sample_arch(SPACE, trial)  # every parameter of the genome, within the space
        proposed.append(str(arch))
        if number % 5 == 4:
            study.tell(trial, state=TrialState.FAIL)
        elif number % 7 == 6:
            study.tell(trial, state=TrialState.PRUNED)
        else:
            params, macs = static_counts(arch, SHAPE, CLASSES)
            study.tell(trial, _figures(params, macs, objectives))
    return proposed


@pytest.mark.parametrize("objectives", OBJECTIVE_SETS, ids="+".join)
@pytest.mark.parametrize("name", list(SAMPLERS))
def test_every_strategy_proposes_the_space_reproducibly_past_failures(
    name: str, objectives: tuple[str, ...]
) -> None:
    first = _run(name, objectives, seed=3, trials=16)
    assert first == _run(name, objectives, seed=3, trials=16)  # the same seed, the same search
    assert len(set(first)) > 1  # it explores
    assert first != _run(name, objectives, seed=4, trials=16)  # another seed, another search
