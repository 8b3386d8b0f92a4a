"""Datasets as users hold them (each format made here, small), the splits, and the training proxy."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from nas.config.sections import DataConfig, TrainConfig
from nas.data import DataError, load_dataset
from nas.data.datasets import FASHION_CLASSES, FASHION_DIR, FASHION_DIR_ENV
from nas.train import TrainingDivergedError, augment_batch, train_model
from search_spaces import build_model, parse_arch
from tests.conftest import TINY, make_blobs_npz, make_fashion_dir, run_cli, toml_text

ARCH = parse_arch("stem_k3_s1_c8-ir_r1_k3_s1_e1_c8-ir_r1_k3_s2_e3_c16")


def test_digits_are_bundled_uint8_and_split_without_overlap() -> None:
    splits = load_dataset(DataConfig())
    assert splits.input_shape == (1, 8, 8) and splits.num_classes == 10
    assert splits.x_train.dtype == torch.uint8  # normalised per batch, 4x smaller in memory
    total = len(splits.x_train) + len(splits.x_val) + len(splits.x_test)
    assert total == 1797
    assert len(splits.x_test) == pytest.approx(0.2 * 1797, abs=10)
    normalised = splits.normalise(splits.x_train)
    assert float(normalised.mean()) == pytest.approx(0.0, abs=1e-4)
    assert float(normalised.std()) == pytest.approx(1.0, abs=1e-3)


def test_fashion_mnist_keeps_its_test_split_and_carves_validation_from_training(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FASHION_DIR_ENV, str(make_fashion_dir(tmp_path / "fm", n_train=200, n_test=60)))
    splits = load_dataset(DataConfig(dataset="fashion-mnist", val_fraction=0.1))
    assert splits.input_shape == (1, 28, 28) and splits.class_names == FASHION_CLASSES
    assert len(splits.x_test) == 60  # the official test split, whole
    assert len(splits.x_val) == 20 and len(splits.x_train) == 180  # 10 % of each class of training
    assert np.bincount(splits.y_val.numpy()).tolist() == [2] * 10
    capped = load_dataset(DataConfig(dataset="fashion-mnist", val_fraction=0.1, max_train_examples=50))
    assert len(capped.x_train) == 50 and np.bincount(capped.y_train.numpy()).tolist() == [5] * 10
    assert torch.equal(capped.x_test, splits.x_test)  # caps never touch the reported split


def test_missing_fashion_mnist_names_the_package_and_writes_nothing(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FASHION_DIR_ENV, str(workdir / "absent"))
    (workdir / "f.toml").write_text('[data]\ndataset = "fashion-mnist"\n')
    result = run_cli("search", "f.toml")
    assert result.exit_code == 2
    assert "apt-get install dataset-fashion-mnist" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in workdir.iterdir()) == ["f.toml"]


def test_a_truncated_idx_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_fashion_dir(tmp_path / "fm")
    data = (folder / "train-labels-idx1-ubyte.gz").read_bytes()
    import gzip

    raw = gzip.decompress(data)
    (folder / "train-labels-idx1-ubyte.gz").write_bytes(gzip.compress(raw[:-7]))
    monkeypatch.setenv(FASHION_DIR_ENV, str(folder))
    with pytest.raises(DataError, match="truncated"):
        load_dataset(DataConfig(dataset="fashion-mnist"))


def write_png_folder(
    root: Path, classes: dict[str, int], size: tuple[int, int] = (12, 10), mode: str = "L"
) -> None:
    rng = np.random.default_rng(0)
    for name, count in classes.items():
        (root / name).mkdir(parents=True, exist_ok=True)
        for i in range(count):
            shape = (size[0], size[1], 3) if mode == "RGB" else size
            Image.fromarray(rng.integers(0, 255, shape, dtype=np.uint8), mode).save(root / name / f"{i}.png")


def test_image_folder_with_one_subfolder_per_class(tmp_path: Path) -> None:
    write_png_folder(tmp_path / "pets", {"cat": 6, "dog": 6, "eel": 6})
    splits = load_dataset(DataConfig(dataset=str(tmp_path / "pets")))
    assert splits.class_names == ("cat", "dog", "eel") and splits.input_shape == (1, 12, 10)
    assert len(splits.x_train) + len(splits.x_val) + len(splits.x_test) == 18
    resized = load_dataset(DataConfig(dataset=str(tmp_path / "pets"), image_size=(8, 8), channels=3))
    assert resized.input_shape == (3, 8, 8) and resized.x_train.dtype == torch.uint8


def test_image_folder_already_split(tmp_path: Path) -> None:
    root = tmp_path / "split"
    write_png_folder(root / "train", {"a": 8, "b": 8}, mode="RGB")
    write_png_folder(root / "test", {"a": 2, "b": 3}, mode="RGB")
    splits = load_dataset(DataConfig(dataset=str(root)))
    assert len(splits.x_test) == 5 and splits.input_shape == (3, 12, 10)
    assert len(splits.x_train) + len(splits.x_val) == 16


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda root: (root / "a" / "bad.png").write_bytes(b"not a png"), "bad.png: not a readable image"),
        (lambda root: (root / "empty").mkdir(), "empty: no PNG or JPEG image"),
        (lambda root: write_png_folder(root, {"c": 3}, size=(5, 5)), "set \\[data\\] image_size"),
    ],
)
def test_bad_image_folders_name_the_file_or_folder(tmp_path: Path, make: object, message: str) -> None:
    root = tmp_path / "imgs"
    write_png_folder(root, {"a": 3, "b": 3})
    make(root)  # type: ignore[operator]
    with pytest.raises(DataError, match=message):
        load_dataset(DataConfig(dataset=str(root)))


def test_an_image_folder_with_one_class_is_refused(tmp_path: Path) -> None:
    write_png_folder(tmp_path / "one", {"only": 5})
    with pytest.raises(DataError, match="at least two classes"):
        load_dataset(DataConfig(dataset=str(tmp_path / "one")))


def test_cifar10_binary_batches(tmp_path: Path) -> None:
    folder = tmp_path / "cifar-10-batches-bin"
    folder.mkdir()
    rng = np.random.default_rng(0)
    for name, n in (("data_batch_1.bin", 40), ("data_batch_2.bin", 40), ("test_batch.bin", 20)):
        records = rng.integers(0, 256, size=(n, 3073), dtype=np.uint8)
        records[:, 0] = np.arange(n) % 10
        records.tofile(folder / name)
    (folder / "batches.meta.txt").write_text(
        "airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n"
    )
    splits = load_dataset(DataConfig(dataset=str(folder), val_fraction=0.25))
    assert splits.input_shape == (3, 32, 32) and splits.class_names[-1] == "truck"
    assert len(splits.x_test) == 20 and len(splits.x_train) == 60 and len(splits.x_val) == 20
    (folder / "data_batch_2.bin").write_bytes(b"\x00" * 100)
    with pytest.raises(DataError, match="not CIFAR-10 binary records"):
        load_dataset(DataConfig(dataset=str(folder)))


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
        (lambda p: np.savez(p, x=np.zeros((0, 8, 8)), y=np.zeros(0, dtype=int)), "shape"),
        (lambda p: np.savez(p, x=np.zeros((10, 8, 8)), y=np.zeros(9, dtype=int)), "y must have shape"),
        (lambda p: np.savez(p, x=np.zeros((10, 8, 8)), y=np.full(10, 0.5)), "integer class ids"),
        (lambda p: np.savez(p, x=np.zeros((2, 8, 8)), y=np.array([0, 10**9])), "integer class ids"),
        (lambda p: np.savez(p, x=np.full((10, 8, 8), np.nan), y=np.arange(10) % 2), "finite"),
        (lambda p: np.savez(p, x=np.zeros((4, 8, 8)), y=np.array([0, 0, 0, 1])), "3 examples"),
    ],
)
def test_bad_dataset_files_get_one_clear_error(tmp_path: Path, write: object, message: str) -> None:
    path = tmp_path / "bad.npz"
    write(path)  # type: ignore[operator]
    with pytest.raises(DataError, match=message):
        load_dataset(DataConfig(dataset=str(path)))


def test_augmentation_keeps_shapes_and_is_seeded() -> None:
    x = torch.arange(2 * 1 * 8 * 8, dtype=torch.float32).reshape(2, 1, 8, 8)
    first = augment_batch(x, "crop-flip", torch.Generator().manual_seed(1))
    again = augment_batch(x, "crop-flip", torch.Generator().manual_seed(1))
    assert first.shape == x.shape and torch.equal(first, again) and not torch.equal(first, x)


@pytest.mark.slow
def test_training_is_seeded_and_deterministic(tmp_path: Path) -> None:
    splits = load_dataset(DataConfig(dataset=str(make_blobs_npz(tmp_path / "d.npz"))))
    config = TrainConfig(epochs=5, patience=5, batch_size=16, threads=1)  # at one thread count
    results = []
    for _ in range(2):
        torch.manual_seed(0)
        results.append(train_model(build_model(ARCH, 1, 3), splits, config, seed=5))
    assert results[0].val_curve == results[1].val_curve
    assert results[0].test_accuracy == results[1].test_accuracy
    assert results[0].val_accuracy == max(results[0].val_curve)  # the objective: best validation epoch
    assert results[0].test_accuracy > 0.8  # the quadrant task is easy


def test_training_records_where_it_ran_and_leaves_the_weights_on_the_cpu(tmp_path: Path) -> None:
    splits = load_dataset(DataConfig(dataset=str(make_blobs_npz(tmp_path / "d.npz"))))
    model = build_model(ARCH, 1, 3)
    result = train_model(model, splits, TrainConfig(epochs=2, batch_size=16, device="cpu"), seed=0)
    assert result.device == "cpu" and result.threads >= 1 and result.gpu_memory_mb is None
    assert all(p.device.type == "cpu" for p in model.parameters())


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a GPU that PyTorch sees (CUDA)")
def test_training_on_a_gpu(tmp_path: Path) -> None:
    splits = load_dataset(DataConfig(dataset=str(make_blobs_npz(tmp_path / "d.npz"))))
    model = build_model(ARCH, 1, 3)
    config = TrainConfig(epochs=5, patience=5, batch_size=16, device="cuda")
    result = train_model(model, splits, config, seed=5)
    assert result.device == "cuda:0" and result.test_accuracy > 0.8
    assert result.gpu_memory_mb is not None and 0 < result.gpu_memory_mb < 4096  # a tiny network
    assert all(p.device.type == "cpu" for p in model.parameters())  # ready to save and export
    again = train_model(
        build_model(ARCH, 1, 3), splits, config.model_copy(update={"augment": "crop-flip"}), seed=5
    )
    assert again.epochs_run >= 1  # augmentation draws on the CPU, applies on the GPU


def test_early_stopping_on_a_plateau(tmp_path: Path) -> None:
    splits = load_dataset(DataConfig(dataset=str(make_blobs_npz(tmp_path / "d.npz"))))
    # a learning rate of zero leaves the weights; only batch norm's running statistics move, so
    # validation accuracy may change in the first epochs, then stays: training stops 2 epochs
    # after the last gain (the model seeded here: its initial weights never depend on earlier tests)
    torch.manual_seed(0)
    config = TrainConfig(epochs=10, patience=2, lr=1e-12)
    result = train_model(build_model(ARCH, 1, 3), splits, config, seed=0)
    best, last_gain = -1.0, 0
    for epoch, accuracy in enumerate(result.val_curve, start=1):
        if accuracy > best + config.min_delta:
            best, last_gain = accuracy, epoch
    assert "plateau" in result.stop_reason and result.epochs_run == last_gain + 2 < 10


def test_diverging_training_raises_with_a_reason(tmp_path: Path) -> None:
    splits = load_dataset(DataConfig(dataset=str(make_blobs_npz(tmp_path / "d.npz"))))
    poisoned = replace(splits, x_train=splits.x_train * 1e38)
    with pytest.raises(TrainingDivergedError, match="loss became"):
        train_model(build_model(ARCH, 1, 3), poisoned, TrainConfig(epochs=1), seed=0)


@pytest.mark.skipif(
    not (FASHION_DIR / "train-images-idx3-ubyte.gz").is_file(), reason="Debian's dataset-fashion-mnist"
)
@pytest.mark.slow
def test_the_real_fashion_mnist_as_debian_ships_it() -> None:
    splits = load_dataset(DataConfig(dataset="fashion-mnist", val_fraction=0.1))
    assert len(splits.x_test) == 10_000 and len(splits.x_train) + len(splits.x_val) == 60_000
    assert len(splits.x_val) == 6_000 and splits.input_shape == (1, 28, 28)
    assert np.bincount(splits.y_test.numpy()).tolist() == [1000] * 10  # the official test split
    assert splits.x_train.dtype == torch.uint8 and 60 < splits.mean < 80  # pixel values 0..255


@pytest.mark.slow
def test_image_names_that_are_no_file_are_counted_and_named(workdir: Path) -> None:
    for label in range(3):
        (workdir / "images" / f"c{label}").mkdir(parents=True)
        for i in range(12):
            Image.new("L", (8, 8), 20 * i + 60 * label).save(workdir / "images" / f"c{label}" / f"{i}.png")
    (workdir / "images" / "c0" / "loop.png").symlink_to("loop.png")  # a link to itself
    (workdir / "images" / "c1" / "gone.png").symlink_to(workdir / "nowhere.png")
    (workdir / "images" / "c1" / "notes.txt").write_text("not an image name: not counted")
    (workdir / "f.toml").write_text(
        toml_text({**TINY, "study": {**TINY["study"], "n_trials": 1}, "data": {"dataset": "images"}})
    )
    result = run_cli("search", "f.toml", "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "skipped" in line]
    assert len(said) == 1 and "skipped 2 image name(s)" in said[0], result.output
    assert "c0/loop.png" in said[0] and "c1/gone.png" in said[0]
