from __future__ import annotations

import optuna
import pytest
import torch
from pydantic import ValidationError

from search_spaces import SearchSpace, build_model, sample_arch
from tests.conftest import run_cli

DIGITS = (1, 8, 8)


def test_every_trial_suggests_the_whole_fixed_length_genome() -> None:
    space = SearchSpace().resolved(DIGITS)
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=0))
    for _ in range(15):
        trial = study.ask()
        arch = sample_arch(space, trial)
        assert list(trial.params) == space.genome_names
        assert 1 <= len(arch.stages) <= len(space.depths)
        study.tell(trial, 0.0)


def test_sampled_networks_run_on_the_space_input() -> None:
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=3))
    for _ in range(5):
        model = build_model(sample_arch(SearchSpace().resolved(DIGITS), study.ask()), 1, 10).eval()
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


@pytest.mark.parametrize(
    ("shape", "stem_stride", "strides", "last_side"),
    [
        ((1, 8, 8), 1, [1, 2, 2], 2),
        ((1, 28, 28), 2, [1, 2, 2], 4),
        ((3, 32, 32), 2, [1, 2, 2], 4),
        ((3, 224, 224), 2, [2, 2, 2], 14),
    ],
)
def test_strides_follow_the_input_resolution(
    shape: tuple[int, int, int], stem_stride: int, strides: list[int], last_side: int
) -> None:
    space = SearchSpace().resolved(shape)
    assert (space.stem_stride, space.strides) == (stem_stride, strides)
    deepest = {f"s{i}_depth": 1 for i in range(3)}
    arch = sample_arch(space, optuna.trial.FixedTrial(_fixed_genome(space, deepest)))
    features = build_model(arch, shape[0], 10).eval()
    with torch.no_grad():
        feature_map = features.blocks(features.stem(torch.zeros(1, *shape)))
    assert feature_map.shape[-1] == last_side


def _fixed_genome(space: SearchSpace, overrides: dict[str, int]) -> dict[str, object]:
    genome: dict[str, object] = {"stem_channels": space.stem_channels[0], "head_channels": 0}
    for i, (low, _) in enumerate(space.widths):
        genome |= {f"s{i}_width": low, f"s{i}_kernel": 3, f"s{i}_expansion": 1, f"s{i}_se": False}
        genome |= {f"s{i}_act": "relu6", f"s{i}_depth": overrides.get(f"s{i}_depth", 1)}
    return genome


def test_explicit_strides_are_kept_and_an_unresolved_space_is_not_sampled() -> None:
    space = SearchSpace(stem_stride=1, strides=[1, 1, 2]).resolved((1, 28, 28))
    assert (space.stem_stride, space.strides) == (1, [1, 1, 2])
    with pytest.raises(ValueError, match="resolve"):
        sample_arch(SearchSpace(), optuna.create_study().ask())


def test_nas_spaces_shows_the_space_resolved_for_the_input() -> None:
    result = run_cli("spaces", "--input-shape", "1,28,28")
    assert result.exit_code == 0, result.output
    assert "stem_stride = 2" in result.output and "strides = [1, 2, 2]" in result.output
    assert "mobilenet_v2_0.35_cifar *" in result.output  # the study's references at this size
