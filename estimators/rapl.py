"""``rapl``: Intel/AMD RAPL energy counters through Linux powercap sysfs.

Zones live under ``/sys/class/powercap`` as ``intel-rapl:<package>`` with subzones
``intel-rapl:<package>:<n>`` (AMD processors appear under the same names since Linux 5.8).
Each has ``name``, ``energy_uj`` (a counter in microjoules that wraps at
``max_energy_range_uj``) and ``max_energy_range_uj``.

Counted: every ``package-N`` zone and every ``dram`` zone. Never counted: ``core`` and
``uncore`` (already inside their package), ``psys`` (the whole platform, which contains the
packages), and ``intel-rapl-mmio:*`` (the same package energy again through MMIO).

The counters wrap, some within minutes at high power, so a window is polled often enough to
see every wrap (at most a quarter of the time the fastest counter takes to wrap at 1 kW).
``energy_uj`` is readable by root only since Linux 5.10; virtual machines and containers often
have no powercap at all. Both give ``MeterUnavailableError`` with a message saying so.
``NAS_POWERCAP_ROOT`` points the meter at another sysfs tree (a container's bind mount, a test).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from estimators.counters import CounterMeter, CounterWindow
from estimators.meter import MeterUnavailableError

POWERCAP_ROOT = Path("/sys/class/powercap")
ZONE_DIR = re.compile(r"^intel-rapl:(\d+)(?::(\d+))?$")
COUNTED = re.compile(r"^(package-\d+|dram)$")
CEILING_W = 1000.0  # no package draws this much: polls timed from it see every wrap


@dataclass(frozen=True)
class RaplZone:
    label: str  # "package-0", "package-0/dram"
    energy_file: Path
    max_range_uj: int

    def read_uj(self) -> int:
        try:
            return int(self.energy_file.read_text())
        except PermissionError:
            raise MeterUnavailableError(
                f"{self.energy_file} is readable by root only (Linux >= 5.10): run as root or "
                "grant read access (e.g. chmod a+r /sys/class/powercap/intel-rapl:*/energy_uj)"
            ) from None
        except (OSError, ValueError) as error:
            raise MeterUnavailableError(f"cannot read {self.energy_file}: {error}") from None


def powercap_root() -> Path:
    return Path(os.environ.get("NAS_POWERCAP_ROOT", POWERCAP_ROOT))


def find_zones(root: Path) -> tuple[list[RaplZone], list[str]]:
    """The zones to count, and the names of those seen but not counted (for ``nas meters``)."""
    if not root.is_dir():
        raise MeterUnavailableError(
            f"no {root} (no powercap here: virtual machines and containers often lack it)"
        )
    counted, skipped = [], []
    names: dict[str, str] = {}
    for entry in sorted(root.iterdir(), key=lambda p: [int(n) for n in re.findall(r"\d+", p.name)]):
        match = ZONE_DIR.match(entry.name)
        if not match:
            continue
        try:
            name = (entry / "name").read_text().strip()
            max_range = int((entry / "max_energy_range_uj").read_text())
        except (OSError, ValueError) as error:
            raise MeterUnavailableError(f"cannot read zone {entry}: {error}") from None
        names[entry.name] = name
        parent = names.get(f"intel-rapl:{match.group(1)}") if match.group(2) else None
        label = f"{parent}/{name}" if parent else name
        if COUNTED.match(name):
            counted.append(RaplZone(label, entry / "energy_uj", max_range))
        else:
            skipped.append(label)
    if not any(zone.label.startswith("package-") for zone in counted):
        raise MeterUnavailableError(f"no RAPL package zone under {root} (virtual machines often lack them)")
    return counted, skipped


class _RaplWindow(CounterWindow):
    def __init__(self, zones: list[RaplZone]) -> None:
        self.zones = zones
        self.last = [zone.read_uj() for zone in zones]
        self.total_uj = [0] * len(zones)

    def sample(self) -> None:
        for i, zone in enumerate(self.zones):
            now = zone.read_uj()
            self.total_uj[i] += wrapped_delta(self.last[i], now, zone.max_range_uj)
            self.last[i] = now

    def joules(self) -> dict[str, float]:
        return {zone.label: uj * 1e-6 for zone, uj in zip(self.zones, self.total_uj, strict=True)}


def wrapped_delta(before: int, after: int, max_range_uj: int) -> int:
    """Energy between two reads of a counter that wraps to 0 after ``max_range_uj``."""
    return after - before if after >= before else after + max_range_uj - before


class RaplMeter(CounterMeter):
    source = "rapl"
    min_window_s = 0.1  # counters update about every 1 ms: 100 updates per window

    def __init__(
        self, root: Path | None = None, baseline_s: float = 1.0, poll_s: float | None = None
    ) -> None:
        self.root = root or powercap_root()
        self.zones, self.skipped = find_zones(self.root)
        self.zones[0].read_uj()  # permission errors surface here, not in the middle of a search
        fastest_wrap_s = min(zone.max_range_uj for zone in self.zones) * 1e-6 / CEILING_W
        self.poll_s = poll_s if poll_s is not None else min(1.0, max(0.001, fastest_wrap_s / 4))
        self.idle_domains_w = {}
        self.measure_idle(baseline_s)

    def open_window(self) -> CounterWindow:
        return _RaplWindow(self.zones)

    def describe_counter(self) -> str:
        skipped = f" (not counted: {', '.join(self.skipped)})" if self.skipped else ""
        return f"{', '.join(zone.label for zone in self.zones)} under {self.root}{skipped}"
