"""Shared helpers: small data made here, tiny configurations, the CLI runner."""

from __future__ import annotations

import contextlib
import gzip
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import optuna
import psycopg
import pytest
from click.testing import CliRunner, Result
from optuna.distributions import FloatDistribution

from estimators import Measurement, MeasureSettings
from estimators.turns import TURNS_ENV
from nas.cli import main
from nas.config import config_toml
from nas.record import TrainResult, TrialRecord, record_attrs

# GNU readline, once imported (pytest's debugger support does), exports its idea of the terminal's
# size (80x24 without a terminal) to every child process; `nas` follows COLUMNS, so the commands
# the tests start would wrap their lines at 80 columns. They get the environment a user has.
for _name in ("COLUMNS", "LINES"):
    os.unsetenv(_name)

if TYPE_CHECKING:  # selenium is imported where it is used: browser tests are skipped without it
    from selenium.webdriver.remote.webdriver import WebDriver

REPO = Path(__file__).resolve().parent.parent  # the checkout: experiments/, README.md
toml_text = config_toml  # tests write configurations as users do
POSTGRES = os.environ.get("NAS_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture
def mlflow_database() -> Iterator[str]:
    """A fresh PostgreSQL database for an MLflow store, dropped afterwards."""
    name = f"nas_mlflow_{uuid.uuid4().hex[:8]}"
    admin = POSTGRES.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


# a search small enough to run in seconds: 2 short stages, 2 epochs, short measurement
TINY: dict[str, dict[str, Any]] = {
    "study": {"name": "tiny", "n_trials": 3, "population_size": 2},
    "space": {
        "stem_channels": [8],
        "stem_stride": 1,
        "strides": [1, 2],
        "depths": [[1, 1], [0, 1]],
        "widths": [[8, 16], [8, 16]],
        "kernels": [3, 5],
        "expansions": [1, 3],
        "head_channels": [0, 16],
    },
    # plain epochs (no floor on steps): the schedules that scale with the data have tests of their own
    "train": {"epochs": 2, "patience": 1, "batch_size": 32, "min_steps": 0},
    "finalize": {"min_steps": 0},
    "measure": {"warmup": 2, "repeats": 2, "runs": 5},
}

# one stage of one block, one of four widths: four architectures in all
FOUR_ARCHS = {
    "stem_channels": [8],
    "stem_stride": 1,
    "strides": [2],
    "depths": [[1, 1]],
    "widths": [[8, 32]],
    "kernels": [3],
    "expansions": [1],
    "squeeze_excite": [False],
    "activations": ["relu6"],
    "head_channels": [0],
}


def make_blobs_npz(path: Path, n: int = 150, classes: int = 3, seed: int = 0) -> Path:
    """Images whose class is a bright quadrant: learnable in a couple of epochs."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % classes
    x = rng.normal(0, 0.3, size=(n, 1, 8, 8)).astype(np.float32)
    for i, label in enumerate(y):
        row, col = divmod(int(label), 2)
        x[i, 0, row * 4 : row * 4 + 4, col * 4 : col * 4 + 4] += 2.0
    np.savez(path, x=x, y=y)
    return path


def write_idx(path: Path, array: np.ndarray) -> None:
    """An IDX file of unsigned bytes, gzip-compressed as Debian ships Fashion-MNIST."""
    header = bytes([0, 0, 0x08, array.ndim]) + b"".join(d.to_bytes(4, "big") for d in array.shape)
    with gzip.open(path, "wb") as stream:
        stream.write(header + array.astype(np.uint8).tobytes())


def make_fashion_dir(folder: Path, n_train: int = 200, n_test: int = 60, side: int = 28) -> Path:
    """Fashion-MNIST's four files, small: each class is a bright band at its own row."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    for prefix, n in (("train", n_train), ("t10k", n_test)):
        labels = np.arange(n) % 10
        images = rng.integers(0, 60, size=(n, side, side))
        for i, label in enumerate(labels):
            row = int(label) * side // 10
            images[i, row : row + 3, :] = 250
        write_idx(folder / f"{prefix}-images-idx3-ubyte.gz", images)
        write_idx(folder / f"{prefix}-labels-idx1-ubyte.gz", labels)
    return folder


@contextlib.contextmanager
def spinning(processes: int) -> Iterator[None]:
    """Other people's load: ``processes`` busy loops, running when the block starts."""
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(processes)]
    try:
        time.sleep(0.3)
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


@pytest.fixture(autouse=True)
def no_energy_counters(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test sees a machine without RAPL (as CI's is), whatever machine runs it; tests of
    the counters point ``NAS_POWERCAP_ROOT`` at a simulated tree of their own."""
    monkeypatch.setenv("NAS_POWERCAP_ROOT", str(tmp_path_factory.getbasetemp() / "no-powercap"))


@pytest.fixture(autouse=True)
def own_turns(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' processes take turns among themselves, not with this machine's other searches
    (a niced background training would hold up every measurement of a test for its batches)."""
    monkeypatch.setenv(TURNS_ENV, str(tmp_path_factory.getbasetemp() / "turns"))


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder as the current directory, as a user running ``nas`` would have."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def tiny_config(workdir: Path) -> Path:
    data = make_blobs_npz(workdir / "blobs.npz")
    config = {**TINY, "data": {"dataset": str(data)}}
    path = workdir / "tiny.toml"
    path.write_text(toml_text(config))
    return path


def run_cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def made_trial(number: int, accuracy: float, energy_uj: float, latency_us: float) -> optuna.trial.FrozenTrial:
    """A finished trial of a three-objective study (accuracy, energy, latency), with its record."""
    measured = Measurement(
        latency_us / 1e3,
        latency_us / 1e3,
        0.0,
        latency_us / 1e3,
        energy_uj / 1e6,
        0.01,
        "model:cpu-ccf",
        100,
        MeasureSettings(),
    )
    training = TrainResult(accuracy, accuracy, (accuracy,), 1, "reached 1 epochs", 1.0)
    record = TrialRecord(arch=f"net{number}", measurement=measured, training=training)
    made = optuna.trial.create_trial(
        values=[accuracy, energy_uj, latency_us],
        params={"x": float(number)},
        distributions={"x": FloatDistribution(0, 100)},
        user_attrs=record_attrs(record),
    )
    made.number = number
    return made


@pytest.fixture
def browser() -> Iterator[WebDriver]:
    """Headless Chromium (tests.browser: its mark skips a test where it is missing)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from tests.browser import CHROMEDRIVER, CHROMIUM

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1920,1080",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()
