"""How many of this tool's trainings share a device, so a counter's reading is shared out.

A counter (RAPL, NVML) reads its whole package or GPU: when k trainings run on one device at
once (``nas search --jobs k``, workers on one machine), each one's reading holds the others'
energy too, and their sum counts the device k times. Each training therefore holds a lock file
for its device while it runs, and samples how many such files are held; its **share** of its
readings is the mean of 1/(trainings on the device) over its run. With steady power the shares
of trainings that overlap sum to the device's reading over them; alone, a training's share is 1.

A file is made under a temporary name, locked, then renamed into place, so a file that can be
locked by someone else is a training that ended without removing it (killed): it is removed.
The locks live beside the turns' (``NAS_TURNS_DIR``, else the temporary folder).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

from estimators.turns import turn_device, turns_folder

SAMPLE_S = 0.2  # how often a training counts the trainings beside it


def occupancy_folder() -> Path:
    folder = turns_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _prefix(device: str) -> str:
    return f"training-{turn_device(device).replace(':', '-')}-"


def trainings_on(device: str, folder: Path) -> int:
    """The trainings of this tool that hold ``device`` now (files whose lock is held)."""
    held = 0
    for path in folder.glob(_prefix(device) + "*"):
        try:
            with path.open("rb") as probe:
                try:
                    fcntl.flock(probe, fcntl.LOCK_SH | fcntl.LOCK_NB)
                except BlockingIOError:
                    held += 1
                    continue
                path.unlink(missing_ok=True)  # locked by no one: a killed training's
        except OSError:
            continue  # removed meanwhile: a training that ended
    return held


class Share:
    """A training's share of its device's readings, sampled while it runs (see the module's doc)."""

    def __init__(self, device: str, folder: Path) -> None:
        self.device, self.folder = device, folder
        self._inverse_sum, self._samples = 0.0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="nas-occupancy", daemon=True)

    def _sample(self) -> None:
        while True:
            self._inverse_sum += 1.0 / max(1, trainings_on(self.device, self.folder))
            self._samples += 1
            if self._stop.wait(SAMPLE_S):
                return

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def value(self) -> float:
        """The mean of 1/(trainings on the device) over the samples so far; 1 before any."""
        return self._inverse_sum / self._samples if self._samples else 1.0


@contextlib.contextmanager
def occupying(device: str, folder: Path | None = None) -> Iterator[Share]:
    """Hold ``device`` for a training while the block runs; yields its ``Share``, complete
    once the block has ended."""
    folder = folder or occupancy_folder()
    name = _prefix(device) + f"{os.getpid()}-{uuid.uuid4().hex}"
    hidden = folder / f".{name}"
    with hidden.open("wb") as own:
        fcntl.flock(own, fcntl.LOCK_EX)
        hidden.rename(folder / name)  # visible only once locked: never taken for a killed one's
        share = Share(device, folder)
        share.start()
        try:
            yield share
        finally:
            share.stop()
            (folder / name).unlink(missing_ok=True)
