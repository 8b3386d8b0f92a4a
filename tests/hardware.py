"""Faithful stand-ins for energy hardware that this machine lacks: a powercap sysfs tree whose
counters advance and wrap like RAPL's, and an NVML library with a simulated GPU.

Both follow the real interfaces: the same file names and units (``energy_uj`` in microjoules,
wrapping at ``max_energy_range_uj``), the same pynvml functions, units and error classes
(``nvmlDeviceGetTotalEnergyConsumption`` in mJ updated every 100 ms, ``nvmlDeviceGetPowerUsage``
in mW averaged over a window, ``NVMLError_NotSupported`` on GPUs without the counter).
Power is set by the test; energy is its exact integral over time.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import threading
import time
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class PowerTrace:
    """Piecewise-constant power over time and its integral, the energy."""

    def __init__(self, watts: float) -> None:
        self.lock = threading.Lock()
        # (start, energy at start, power); the hardware was on before the test began
        self.segments = [(time.monotonic() - 60.0, 0.0, watts)]

    def set_power(self, watts: float) -> None:
        with self.lock:
            now = time.monotonic()
            self.segments.append((now, self._energy_at(now), watts))

    def energy_at(self, t: float) -> float:
        with self.lock:
            return self._energy_at(t)

    def _energy_at(self, t: float) -> float:
        for start, energy, watts in reversed(self.segments):
            if start <= t:
                return energy + watts * (t - start)
        return 0.0


@dataclass(frozen=True)
class Zone:
    directory: str  # "intel-rapl:0", "intel-rapl:0:2"
    name: str  # "package-0", "dram", "core", "psys"
    idle_w: float
    max_range_uj: int = 262_143_328_850  # what a Xeon reports


def _advance_counters(
    root: str, zones: list[tuple[str, int, int]], power: Any, stop: Any, tick_s: float, max_gap: Any
) -> None:
    """The hardware: every ``tick_s``, each counter gains power x elapsed time and wraps.

    A process of its own at a raised priority, as a real counter keeps time whatever the
    machine is doing: a thread of the test process could be starved and read stale.
    """
    with contextlib.suppress(OSError):
        os.nice(-10)
    energy = [0.0] * len(zones)
    last = time.monotonic()
    while not stop.is_set():
        time.sleep(tick_s)
        now = time.monotonic()
        max_gap.value = max(max_gap.value, now - last)
        for i, (directory, offset, max_range) in enumerate(zones):
            energy[i] += power[i] * (now - last)
            _write_atomically(
                Path(root) / directory / "energy_uj", (int(energy[i] * 1e6) + offset) % max_range
            )
        last = now


def _write_atomically(path: Path, value: int) -> None:
    temporary = path.with_suffix(".tmp")  # a reader of sysfs never sees half a number
    temporary.write_text(f"{value}\n")
    temporary.replace(path)


class SimulatedPowercap:
    """A ``/sys/class/powercap`` tree whose ``energy_uj`` counters advance with time at the power
    the test sets, and wrap at ``max_energy_range_uj``, once started (``with``)."""

    def __init__(self, root: Path, zones: list[Zone], tick_s: float = 0.002) -> None:
        self.root, self.zones = root, zones
        context = multiprocessing.get_context("fork")
        self.power = context.Array("d", [zone.idle_w for zone in zones])
        self.stop = context.Event()
        self.gap = context.Value("d", 0.0)
        counters = [(zone.directory, 1_000 * i, zone.max_range_uj) for i, zone in enumerate(zones)]
        for zone, (_, offset, _) in zip(zones, counters, strict=True):  # counters start anywhere
            folder = root / zone.directory
            folder.mkdir(parents=True)
            (folder / "name").write_text(zone.name + "\n")
            (folder / "max_energy_range_uj").write_text(f"{zone.max_range_uj}\n")
            _write_atomically(folder / "energy_uj", offset)
        (root / "intel-rapl").mkdir()  # the control type entry, not a zone
        self.process = context.Process(
            target=_advance_counters,
            args=(str(root), counters, self.power, self.stop, tick_s, self.gap),
            daemon=True,
        )

    def reset_gap(self) -> None:
        """Forget the longest stall so far: ``max_gap_s`` then covers what follows."""
        self.gap.value = 0.0

    @property
    def max_gap_s(self) -> float:
        """The longest the counters went without an update."""
        return float(self.gap.value)

    def __enter__(self) -> SimulatedPowercap:
        self.process.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop.set()
        self.process.join(timeout=10)

    def set_extra(self, watts: dict[str, float]) -> None:
        """Power above idle per zone directory (``intel-rapl:0``...), e.g. while work runs."""
        for i, zone in enumerate(self.zones):
            self.power[i] = zone.idle_w + watts.get(zone.directory, 0.0)


def two_socket_server(root: Path, max_range_uj: int = 262_143_328_850) -> SimulatedPowercap:
    """Two packages, each with core and DRAM subzones, a psys zone, and an MMIO duplicate."""
    zones = [
        Zone("intel-rapl:0", "package-0", 10.0, max_range_uj),
        Zone("intel-rapl:0:0", "core", 4.0, max_range_uj),
        Zone("intel-rapl:0:1", "dram", 2.0, max_range_uj),
        Zone("intel-rapl:1", "package-1", 8.0, max_range_uj),
        Zone("intel-rapl:1:0", "core", 3.0, max_range_uj),
        Zone("intel-rapl:1:1", "dram", 2.0, max_range_uj),
        Zone("intel-rapl:2", "psys", 40.0, max_range_uj),
        Zone("intel-rapl-mmio:0", "package-0", 10.0, max_range_uj),
    ]
    return SimulatedPowercap(root, zones)


COUNTED_IDLE_W = 10.0 + 2.0 + 8.0 + 2.0  # packages and DRAM only


class SimulatedGpu:
    """One GPU's power and energy, as NVML would report them."""

    def __init__(self, idle_w: float, has_counter: bool, update_s: float = 0.1, average_s: float = 0.1):
        self.idle_w, self.has_counter = idle_w, has_counter
        self.update_s, self.average_s = update_s, average_s
        self.trace = PowerTrace(idle_w)

    def set_extra(self, watts: float) -> None:
        self.trace.set_power(self.idle_w + watts)


def fake_pynvml(gpus: list[SimulatedGpu]) -> types.ModuleType:
    """A module with pynvml's functions, units and error classes, backed by simulated GPUs."""
    module = types.ModuleType("pynvml")

    class NVMLError(Exception):  # pynvml's own names
        def __init__(self, value: int, text: str) -> None:
            super().__init__(text)
            self.value = value

    class NVMLError_NotSupported(NVMLError):  # noqa: N801, N818
        def __init__(self) -> None:
            super().__init__(3, "Not Supported")

    class NVMLError_InvalidArgument(NVMLError):  # noqa: N801, N818
        def __init__(self) -> None:
            super().__init__(2, "Invalid Argument")

    initialised = {"count": 0}

    def nvml_init() -> None:
        initialised["count"] += 1

    def handle_by_index(index: int) -> SimulatedGpu:
        if not initialised["count"] or not 0 <= index < len(gpus):
            raise NVMLError_InvalidArgument()
        return gpus[index]

    def handle_by_uuid(uuid: str) -> SimulatedGpu:  # the simulated GPUs' UUIDs: GPU-sim-<index>
        found = [gpu for i, gpu in enumerate(gpus) if uuid == f"GPU-sim-{i}"]
        if not initialised["count"] or not found:
            raise NVMLError(6, "Not Found")
        return found[0]

    def total_energy_mj(gpu: SimulatedGpu) -> int:
        if not gpu.has_counter:
            raise NVMLError_NotSupported()
        now = time.monotonic()
        updated = math.floor(now / gpu.update_s) * gpu.update_s  # the counter moves in steps
        return int(gpu.trace.energy_at(updated) * 1e3)

    def power_mw(gpu: SimulatedGpu) -> int:
        now = time.monotonic()
        joules = gpu.trace.energy_at(now) - gpu.trace.energy_at(now - gpu.average_s)
        return int(joules / gpu.average_s * 1e3)

    module.NVMLError = NVMLError  # type: ignore[attr-defined]
    module.NVMLError_NotSupported = NVMLError_NotSupported  # type: ignore[attr-defined]
    module.nvmlInit = nvml_init  # type: ignore[attr-defined]
    module.nvmlShutdown = lambda: None  # type: ignore[attr-defined]
    module.nvmlDeviceGetCount = lambda: len(gpus)  # type: ignore[attr-defined]
    module.nvmlDeviceGetHandleByIndex = handle_by_index  # type: ignore[attr-defined]
    module.nvmlDeviceGetHandleByUUID = handle_by_uuid  # type: ignore[attr-defined]
    module.nvmlDeviceGetName = lambda gpu: "NVIDIA Simulated GPU"  # type: ignore[attr-defined]
    module.nvmlDeviceGetTotalEnergyConsumption = total_energy_mj  # type: ignore[attr-defined]
    module.nvmlDeviceGetPowerUsage = power_mw  # type: ignore[attr-defined]
    return module
