"""Trainings sharing a device share its counters' readings: real processes holding real locks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from estimators.occupancy import occupying, trainings_on

HOLDER = """
import sys, time
from pathlib import Path
from estimators.occupancy import occupying
with occupying(sys.argv[2], Path(sys.argv[1])):
    print("holding", flush=True)
    sys.stdin.read()  # until the test closes it (or kills this process)
"""


@contextmanager
def holder(folder: Path, device: str) -> Iterator[subprocess.Popen[str]]:
    """Another process's training on ``device``, held until the block ends."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder), device],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline() == "holding\n"
    try:
        yield process
    finally:
        if process.poll() is None:
            process.communicate(timeout=30)


def test_a_training_alone_on_its_device_has_all_of_it(tmp_path: Path) -> None:
    with holder(tmp_path, "cuda:1"), occupying("cpu", tmp_path) as share:  # another device
        time.sleep(0.6)
    assert share.value == 1.0


def test_two_trainings_at_once_share_their_device(tmp_path: Path) -> None:
    with holder(tmp_path, "cuda:0"), occupying("cuda", tmp_path) as share:  # "cuda" is cuda:0
        assert trainings_on("cuda:0", tmp_path) == 2
        time.sleep(0.6)
    assert share.value == pytest.approx(0.5)


def test_the_share_is_the_mean_over_a_run_partly_alone_partly_beside_another(tmp_path: Path) -> None:
    # a share is the mean of 1/(trainings) over its samples: its first sample, taken as it
    # starts, is alone (1); samples while another holds the device are 1/2. How many of each a
    # busy machine's scheduler lets it take is not promised, so neither is a time-weighted figure.
    with occupying("cpu", tmp_path) as share:
        time.sleep(0.5)
        with holder(tmp_path, "cpu"):
            beside = share.value
            time.sleep(1.0)  # five sample periods beside another
            assert share.value < beside  # samples of 1/2 came in
    assert 0.5 < share.value < 1.0


def test_a_killed_training_does_not_count_and_its_file_goes(tmp_path: Path) -> None:
    with holder(tmp_path, "cpu") as process:
        assert trainings_on("cpu", tmp_path) == 1
        os.kill(process.pid, signal.SIGKILL)  # no cleanup: its file stays, unlocked
        process.wait(timeout=30)
    assert len(list(tmp_path.glob("training-cpu-*"))) == 1
    assert trainings_on("cpu", tmp_path) == 0
    assert not list(tmp_path.glob("training-cpu-*"))
    with occupying("cpu", tmp_path) as share:
        time.sleep(0.3)
    assert share.value == 1.0 and not list(tmp_path.glob("training-cpu-*"))
