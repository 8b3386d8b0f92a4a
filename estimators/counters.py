"""What the two hardware-counter meters (RAPL, NVML) share: polling during a window, and an
idle baseline measured once and subtracted.

A counter meter opens a ``CounterWindow`` per measurement. The window's ``sample`` is called
every ``poll_s`` from a background thread while the work runs (so a counter that can wrap, or a
power reading that must be integrated, is seen often enough), then once more at the end.
"""

from __future__ import annotations

import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Protocol, TypeVar

from estimators.meter import EnergyReading, MeterUnavailableError

T = TypeVar("T")


class CounterWindow(Protocol):
    def sample(self) -> None:
        """Read the counters once and accumulate what changed since the last read."""

    def joules(self) -> dict[str, float]:
        """Energy accumulated so far, per domain."""
        ...


class CounterMeter(ABC):
    source: str
    min_window_s: float
    poll_s: float | None  # None: the counter needs no reading between start and end
    idle_w: float = 0.0  # measured idle power, subtracted from every window
    idle_domains_w: dict[str, float]

    @abstractmethod
    def open_window(self) -> CounterWindow:
        """A new window whose first read is now."""

    @abstractmethod
    def describe_counter(self) -> str:
        """One line naming the device and domains read."""

    def measure_idle(self, seconds: float) -> None:
        """Measure the idle baseline: the counters' power while this process sleeps."""
        _, reading = self._gross(lambda: time.sleep(seconds))
        if reading.gross_joules <= 0:
            raise MeterUnavailableError(
                f"{self.describe_counter()}: counters did not advance in {seconds:g} s idle "
                "(a virtual machine's placeholder?)"
            )
        self.idle_w = reading.gross_joules / reading.wall_s
        self.idle_domains_w = {name: j / reading.wall_s for name, j in reading.domains.items()}

    def measure(self, work: Callable[[], T]) -> tuple[T, EnergyReading]:
        result, gross = self._gross(work)
        net = max(0.0, gross.gross_joules - self.idle_w * gross.wall_s)
        return result, EnergyReading(
            net, self.source, gross.wall_s, gross.cpu_s, gross.gross_joules, gross.domains
        )

    def describe(self) -> str:
        return (
            f"{self.source}: {self.describe_counter()}; idle baseline {self.idle_w:.2f} W subtracted; "
            f"windows of at least {self.min_window_s:g} s"
        )

    def _gross(self, work: Callable[[], T]) -> tuple[T, EnergyReading]:
        window = self.open_window()
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        stop = threading.Event()
        poller = None
        if self.poll_s is not None:
            poller = threading.Thread(target=_poll, args=(window, stop, self.poll_s), daemon=True)
            poller.start()
        try:
            result = work()
        finally:
            stop.set()
            if poller is not None:
                poller.join()
        window.sample()
        wall_s = time.perf_counter() - wall_start
        cpu_s = time.process_time() - cpu_start
        domains = window.joules()
        total = sum(domains.values())
        return result, EnergyReading(total, self.source, wall_s, cpu_s, total, domains)


def _poll(window: CounterWindow, stop: threading.Event, interval_s: float) -> None:
    while not stop.wait(interval_s):
        window.sample()
