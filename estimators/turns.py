"""Whose turn it is to use the machine: the measuring locks.

**Turns** let the processes of this tool on one machine stay out of each other's measurements:
a measurement takes the measuring slot of the device it runs on, and every training on that
device (the search's proxy, the final training) yields between batches while a measurement holds
it. Two file locks per device make that (``flock``, so a killed process releases its locks): a
training takes the *gate* briefly before each batch, then holds *busy* shared while the batch
runs; a measurement takes the gate exclusively (no new batch starts), then *busy* exclusively
(the batches in flight finish).

Devices take turns apart: a training on a GPU goes on while the network is measured on the CPU.
On an H200 with 4 jobs, GPU trainings that yielded to every CPU measurement waited through up
to 86 s of measuring in a 150 s search (experiments/results/gpu.json). Such a training keeps
one host thread busy launching kernels; that load, and other people's processes (they take no
turns), stay visible in the stored contention.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

TURNS_ENV = "NAS_TURNS_DIR"  # where the machine's turn locks live (tests point it elsewhere)
WAIT_LIMIT_S = 60.0  # the longest a turn is waited for: a stopped process must not stop the rest


def turns_folder() -> Path:
    """Where this machine's turn locks live: ``NAS_TURNS_DIR``, else a folder of this user's in
    the temporary folder."""
    default = Path(tempfile.gettempdir()) / f"nas-turns-{os.getuid()}"
    return Path(os.environ.get(TURNS_ENV) or default)


def turn_device(device: str) -> str:
    """The device whose turns a training or measurement takes: "cpu", or "cuda:N" ("cuda" is
    CUDA's first device, as PyTorch and ONNX Runtime read it)."""
    return "cuda:0" if device == "cuda" else device


class Turns:
    """The measuring slots and the trainings' turns of this machine's devices (see the module's doc)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder  # None: decided on first use (the environment, else the temp folder)
        self._files: dict[str, IO[bytes]] = {}

    def _lock(self, role: str, device: str) -> IO[bytes]:
        name = f"{role}-{turn_device(device).replace(':', '-')}"
        if name not in self._files:
            self.folder = self.folder or turns_folder()
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._files[name] = (self.folder / name).open("ab")
        return self._files[name]

    @contextlib.contextmanager
    def measuring(self, device: str = "cpu") -> Iterator[bool]:
        """Hold ``device``'s measuring slot: no training of this tool on it runs a batch meanwhile.
        Yields whether the slot was had: a process stopped while holding a turn (Ctrl-Z) is
        waited for ``WAIT_LIMIT_S`` at most, then the measurement goes ahead without it."""
        gate, busy = self._lock("gate", device), self._lock("busy", device)
        held = [f for f in (gate, busy) if _acquire(f, fcntl.LOCK_EX, WAIT_LIMIT_S)]
        try:
            yield len(held) == 2
        finally:
            for lock in reversed(held):
                fcntl.flock(lock, fcntl.LOCK_UN)

    @contextlib.contextmanager
    def training_batch(self, device: str = "cpu") -> Iterator[None]:
        """Run one training batch on ``device``, after any measurement holding its slot has finished (or
        after ``WAIT_LIMIT_S``, should the measuring process be stopped)."""
        gate, busy = self._lock("gate", device), self._lock("busy", device)
        passed = _acquire(gate, fcntl.LOCK_SH, WAIT_LIMIT_S)  # waits while a measurement holds it
        try:
            busy_held = _acquire(busy, fcntl.LOCK_SH, WAIT_LIMIT_S)
        finally:
            if passed:
                fcntl.flock(gate, fcntl.LOCK_UN)
        try:
            yield
        finally:
            if busy_held:
                fcntl.flock(busy, fcntl.LOCK_UN)


def _acquire(lock: IO[bytes], mode: int, timeout_s: float) -> bool:
    """``flock`` in ``mode`` within ``timeout_s`` (at once when it is free); whether it was had."""
    try:
        fcntl.flock(lock, mode | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        pass
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        time.sleep(0.005)
        try:
            fcntl.flock(lock, mode | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            continue
    return False


TURNS = Turns()  # the process's own: one open file per lock, kept for its life
