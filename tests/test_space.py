from __future__ import annotations

import optuna
import pytest
import torch
from pydantic import ValidationError

from search_spaces import SearchSpace, build_model, sample_arch


def test_every_trial_suggests_the_whole_fixed_length_genome() -> None:
    space = SearchSpace()
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=0))
    for _ in range(15):
        trial = study.ask()
        arch = sample_arch(space, trial)
        assert list(trial.params) == space.genome_names
        assert 1 <= len(arch.stages) <= len(space.strides)
        study.tell(trial, 0.0)


def test_sampled_networks_run_on_the_space_input() -> None:
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=3))
    for _ in range(5):
        model = build_model(sample_arch(SearchSpace(), study.ask()), 1, 10).eval()
        with torch.no_grad():
            assert model(torch.randn(4, 1, 8, 8)).shape == (4, 10)


@pytest.mark.parametrize(
    ("bounds", "message"),
    [
        ({"strides": [1, 2], "depths": [[1, 2]], "widths": [[8, 16], [8, 16]]}, "one entry per stage"),
        ({"depths": [[0, 2], [0, 3], [0, 3]]}, "first stage"),
        ({"widths": [[8, 30], [16, 48], [24, 64]]}, "multiples"),
        ({"kernels": [4]}, "odd"),
        ({"activations": ["relu"]}, "relu6"),
    ],
)
def test_bad_bounds_are_refused(bounds: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        SearchSpace.model_validate(bounds)
