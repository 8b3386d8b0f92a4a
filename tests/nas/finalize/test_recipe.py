"""The full-fidelity recipe: its schedule, its augmentation choice, and a training that resumes
after an interruption to exactly the weights of one never interrupted."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from estimators import CpuPowerModel
from nas.config import load_config
from nas.data import load_dataset
from nas.finalize.recipe import (
    EpochDone,
    Recipe,
    ResumeMismatchError,
    learning_rate,
    make_recipe,
    train_final,
)
from search_spaces import build_model, parse_arch
from tests.conftest import make_fashion_dir

RECIPE = Recipe(
    epochs=4,
    batch_size=64,
    lr=0.01,
    warmup_epochs=1,
    weight_decay=0.05,
    label_smoothing=0.1,
    augment="crop",
    seed=0,
)
ARCH = "stem_k3_s1_c8-ir_r1_k3_s1_e1_c8"


@given(epochs=st.integers(1, 50), steps=st.integers(1, 200), warmup=st.floats(0, 5))
def test_the_learning_rate_warms_up_peaks_and_decays_to_zero(epochs: int, steps: int, warmup: float) -> None:
    recipe = replace(RECIPE, epochs=epochs, warmup_epochs=warmup)
    rates = [learning_rate(recipe, step, steps) for step in range(epochs * steps)]
    assert all(0 <= rate <= recipe.lr * (1 + 1e-9) for rate in rates)
    decaying = epochs * steps - warmup * steps  # steps after the warm-up
    assert max(rates) == pytest.approx(recipe.lr, rel=0.05) or decaying < 10
    peak = rates.index(max(rates))
    assert rates[: peak + 1] == sorted(rates[: peak + 1])  # rises to the peak ...
    assert rates[peak:] == sorted(rates[peak:], reverse=True)  # ... then only falls
    assert learning_rate(recipe, epochs * steps, steps) == pytest.approx(0, abs=1e-12) or warmup >= epochs
    assert rates[-1] <= recipe.lr * 0.05 or decaying < 10  # nearly zero by the last step


def test_flips_only_where_a_flip_keeps_the_class(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = load_config(None)
    digits = load_dataset(defaults.data)
    assert make_recipe(defaults.finalize, digits).augment == "crop"  # a flipped 2 is no 2
    monkeypatch.setenv("NAS_FASHION_MNIST_DIR", str(make_fashion_dir(tmp_path / "fashion")))
    clothes = load_dataset(defaults.data.model_copy(update={"dataset": "fashion-mnist"}))
    assert make_recipe(defaults.finalize, clothes).augment == "crop-flip"  # a flipped shirt is a shirt
    assert make_recipe(defaults.finalize, clothes, epochs=7).epochs == 7


class StopError(Exception):
    pass


def test_an_interrupted_training_resumes_to_the_same_weights(tmp_path: Path) -> None:
    splits = load_dataset(load_config(None).data)  # digits
    meter = CpuPowerModel(1, 0.74, 3.5)

    def fresh() -> torch.nn.Module:
        torch.manual_seed(0)
        return build_model(parse_arch(ARCH), 1, splits.num_classes)

    whole = fresh()
    uninterrupted = train_final(whole, ARCH, splits, RECIPE, 1, tmp_path / "a.state.pt", meter)

    def stop_after_two(done: EpochDone) -> None:
        if done.epoch == 2:
            raise StopError

    with pytest.raises(StopError):
        train_final(fresh(), ARCH, splits, RECIPE, 1, tmp_path / "b.state.pt", meter, stop_after_two)
    assert (tmp_path / "b.state.pt").is_file()
    seen: list[EpochDone] = []
    resumed_model = fresh()
    resumed = train_final(resumed_model, ARCH, splits, RECIPE, 1, tmp_path / "b.state.pt", meter, seen.append)

    assert resumed.resumed_from == 2 and [d.epoch for d in seen] == [3, 4]
    assert resumed.result.val_curve == uninterrupted.result.val_curve
    assert resumed.result.test_accuracy == uninterrupted.result.test_accuracy
    for key, value in whole.state_dict().items():
        assert torch.equal(value, resumed_model.state_dict()[key]), key
    assert resumed.energy_j > 0 and resumed.result.epochs_run == 4


def test_a_saved_training_of_other_settings_is_refused(tmp_path: Path) -> None:
    splits = load_dataset(load_config(None).data)
    meter = CpuPowerModel(1, 0.74, 3.5)
    state = tmp_path / "s.state.pt"
    model = build_model(parse_arch(ARCH), 1, splits.num_classes)
    train_final(model, ARCH, splits, replace(RECIPE, epochs=1), 1, state, meter)
    with pytest.raises(ResumeMismatchError, match="epochs"):
        train_final(
            build_model(parse_arch(ARCH), 1, splits.num_classes), ARCH, splits, RECIPE, 1, state, meter
        )
    state.write_bytes(b"torn")
    with pytest.raises(ResumeMismatchError, match="remove it"):
        train_final(
            build_model(parse_arch(ARCH), 1, splits.num_classes), ARCH, splits, RECIPE, 1, state, meter
        )
