"""The energy meter contract: what every meter returns and promises, in a module of its own so
that the meters (``energy.py``'s model, ``rapl.py``, ``nvml.py``) import it and not each other."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

T = TypeVar("T")
# meters that read a whole package or GPU, not one process's share: readings of work that runs
# at once on one device overlap (estimators/occupancy.py shares them out)
COUNTER_SOURCES = frozenset({"rapl", "nvml"})


class MeterUnavailableError(RuntimeError):
    """This meter cannot work here; the message says why, in one line, and what would fix it."""


@dataclass(frozen=True)
class EnergyReading:
    joules: float  # energy attributed to the window (net of the idle baseline for counters)
    source: str  # "rapl", "nvml" or "model:<name>"
    wall_s: float
    cpu_s: float  # CPU time of this process during the window
    gross_joules: float  # everything the counter saw; equals ``joules`` for models
    domains: dict[str, float] = field(default_factory=dict)  # gross joules per counter domain
    by_source: dict[str, float] = field(default_factory=dict)  # gross joules per meter, when summed


class EnergyMeter(Protocol):
    """The contract every meter keeps (tested for each in ``tests/estimators/test_energy_meters.py``).

    ``measure`` runs ``work`` once, in the calling thread, and returns its result and the
    window's reading; it may be called repeatedly and nested. ``joules`` is never negative.
    """

    @property
    def source(self) -> str: ...

    @property
    def min_window_s(self) -> float:
        """The shortest window whose reading the meter's resolution supports (a few % error)."""
        ...

    def measure(self, work: Callable[[], T]) -> tuple[T, EnergyReading]: ...

    def describe(self) -> str:
        """One line: what is measured or modelled, with the constants used."""
        ...
