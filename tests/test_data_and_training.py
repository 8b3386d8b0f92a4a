from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch

from nas.config import DataConfig, TrainConfig
from nas.data import DataError, load_dataset
from nas.train import TrainingDivergedError, train_model
from search_spaces import build_model, parse_arch
from tests.conftest import make_blobs_npz

ARCH = parse_arch("stem_k3_s1_c8-ir_r1_k3_s1_e1_c8-ir_r1_k3_s2_e3_c16")


def test_digits_are_bundled_and_split_without_overlap() -> None:
    splits = load_dataset(DataConfig())
    assert splits.input_shape == (1, 8, 8) and splits.num_classes == 10
    total = len(splits.x_train) + len(splits.x_val) + len(splits.x_test)
    assert total == 1797
    assert len(splits.x_test) == pytest.approx(0.2 * 1797, abs=2)
    assert float(splits.x_train.mean()) == pytest.approx(0.0, abs=1e-5)


def test_npz_dataset_loads(tmp_path: Path) -> None:
    splits = load_dataset(DataConfig(dataset=str(make_blobs_npz(tmp_path / "d.npz", n=90))))
    assert splits.num_classes == 3 and splits.input_shape == (1, 8, 8)


@pytest.mark.parametrize(
    ("write", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_bytes(b"PK\x03\x04 truncated"), "not a readable .npz"),
        (lambda p: np.savez(p, x=np.zeros((10, 8, 8)), labels=np.zeros(10)), "needs arrays 'x' and 'y'"),
        (lambda p: np.savez(p, x=np.zeros((10, 8)), y=np.zeros(10, dtype=int)), "shape"),
        (lambda p: np.savez(p, x=np.zeros((10, 8, 8)), y=np.zeros(9, dtype=int)), "y must have shape"),
        (lambda p: np.savez(p, x=np.zeros((10, 8, 8)), y=np.full(10, 0.5)), "integer class ids"),
        (lambda p: np.savez(p, x=np.full((10, 8, 8), np.nan), y=np.arange(10) % 2), "finite"),
        (lambda p: np.savez(p, x=np.zeros((4, 8, 8)), y=np.array([0, 0, 0, 1])), "3 examples"),
    ],
)
def test_bad_dataset_files_get_one_clear_error(tmp_path: Path, write: object, message: str) -> None:
    path = tmp_path / "bad.npz"
    write(path)  # type: ignore[operator]
    with pytest.raises(DataError, match=message):
        load_dataset(DataConfig(dataset=str(path)))


def test_training_is_seeded_and_deterministic(tmp_path: Path) -> None:
    splits = load_dataset(DataConfig(dataset=str(make_blobs_npz(tmp_path / "d.npz"))))
    config = TrainConfig(epochs=3, patience=3, batch_size=16)
    results = []
    for _ in range(2):
        torch.manual_seed(0)
        results.append(train_model(build_model(ARCH, 1, 3), splits, config, seed=5))
    assert results[0].val_curve == results[1].val_curve
    assert results[0].test_accuracy == results[1].test_accuracy
    assert results[0].test_accuracy > 0.6  # the quadrant task is easy


def test_early_stopping_on_a_plateau(tmp_path: Path) -> None:
    splits = load_dataset(DataConfig(dataset=str(make_blobs_npz(tmp_path / "d.npz"))))
    # a learning rate of zero can never improve validation accuracy
    result = train_model(
        build_model(ARCH, 1, 3), splits, TrainConfig(epochs=10, patience=2, lr=1e-12), seed=0
    )
    assert result.epochs_run == 3 and "plateau" in result.stop_reason


def test_diverging_training_raises_with_a_reason(tmp_path: Path) -> None:
    splits = load_dataset(DataConfig(dataset=str(make_blobs_npz(tmp_path / "d.npz"))))
    poisoned = replace(splits, x_train=splits.x_train * 1e38)
    with pytest.raises(TrainingDivergedError, match="loss became"):
        train_model(build_model(ARCH, 1, 3), poisoned, TrainConfig(epochs=1), seed=0)
