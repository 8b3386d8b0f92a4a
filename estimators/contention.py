"""How busy the machine is while a measurement runs.

**Contention** is read from Linux pressure-stall information (``/proc/pressure/cpu``, "some":
the share of wall time in which at least one runnable task waited for a CPU) over a window,
beside the load average. A measurement stores it, so a figure taken on a busy machine says so.
Kernels without PSI (before 4.20, or with it switched off) give ``None``.

Whose turn it is to use the machine (the measuring locks) is estimators/turns.py.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

PSI_CPU = Path("/proc/pressure/cpu")
PROC_STAT = Path("/proc/stat")


@dataclass(frozen=True)
class Contention:
    cpu_pressure: float | None  # share of the window some task waited for a CPU; None: no PSI
    load_average: float  # 1-minute load average, at the end of the window
    cores: int

    def text(self) -> str:
        pressure = "no PSI" if self.cpu_pressure is None else f"CPU pressure {self.cpu_pressure:.0%}"
        return f"{pressure}, load {self.load_average:.2f} on {self.cores} cores"


def _psi_total_us() -> int | None:
    try:
        some = PSI_CPU.read_text().splitlines()[0]
    except (OSError, IndexError):
        return None
    fields = dict(part.split("=", 1) for part in some.split()[1:])
    return int(fields["total"]) if "total" in fields else None


class ContentionWindow:
    """The machine's contention over a window: ``with ContentionWindow() as window: ...``, then
    ``window.contention``."""

    def __enter__(self) -> ContentionWindow:
        self.started, self.psi_start = time.perf_counter(), _psi_total_us()
        return self

    def __exit__(self, *exc: object) -> None:
        wall_us = (time.perf_counter() - self.started) * 1e6
        end = _psi_total_us()
        pressure = None
        if self.psi_start is not None and end is not None and wall_us > 0:
            pressure = min(1.0, max(0.0, (end - self.psi_start) / wall_us))
        self.contention = Contention(pressure, os.getloadavg()[0], os.cpu_count() or 1)


def current_contention(seconds: float = 1.0) -> Contention:
    """The machine's contention over the next ``seconds`` (for ``nas meters``)."""
    with ContentionWindow() as window:
        time.sleep(seconds)
    return window.contention


def _others_runnable() -> int | None:
    """Tasks (threads) of other processes running or ready to run now: the machine's
    (``procs_running``) less this process's own threads in state R, this reading one included."""
    try:
        running = next(
            int(line.split()[1])
            for line in PROC_STAT.read_text().splitlines()
            if line.startswith("procs_running ")
        )
    except (OSError, ValueError, StopIteration):
        return None
    own = 0
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError):  # a thread may end while it is read
            own += (task / "stat").read_text().rpartition(")")[2].split()[0] == "R"
    return max(0, running - max(1, own))


def free_cores(samples: int = 15, interval_s: float = 0.02) -> int:
    """The cores no other process is using now (0 to all of them): the cores this process may
    run on less the median of ``samples`` readings of other processes' runnable threads (this
    process's own threads do not count: they are its work). No ``/proc/stat``: all are free."""
    cores = len(os.sched_getaffinity(0))
    readings = []
    for index in range(samples):
        if index:
            time.sleep(interval_s)
        if (others := _others_runnable()) is None:
            return cores
        readings.append(others)
    return max(0, cores - sorted(readings)[len(readings) // 2])
