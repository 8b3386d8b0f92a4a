"""Faithful stand-ins for energy hardware that this machine lacks: a powercap sysfs tree whose
counters advance and wrap like RAPL's, and an NVML library with a simulated GPU.

Both follow the real interfaces: the same file names and units (``energy_uj`` in microjoules,
wrapping at ``max_energy_range_uj``), the same pynvml functions, units and error classes
(``nvmlDeviceGetTotalEnergyConsumption`` in mJ updated every 100 ms, ``nvmlDeviceGetPowerUsage``
in mW averaged over a window, ``NVMLError_NotSupported`` on GPUs without the counter).
Power is set by the test; energy is its exact integral over time.
"""

from __future__ import annotations

import math
import threading
import time
import types
from dataclasses import dataclass, field
from pathlib import Path


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


@dataclass
class Zone:
    directory: str  # "intel-rapl:0", "intel-rapl:0:2"
    name: str  # "package-0", "dram", "core", "psys"
    idle_w: float
    max_range_uj: int = 262_143_328_850  # what a Xeon reports
    trace: PowerTrace = field(init=False)

    def __post_init__(self) -> None:
        self.trace = PowerTrace(self.idle_w)


class SimulatedPowercap:
    """A ``/sys/class/powercap`` tree whose ``energy_uj`` files a thread advances every ``tick_s``.

    Files are replaced atomically, as a reader of sysfs never sees half a number.
    """

    def __init__(self, root: Path, zones: list[Zone], tick_s: float = 0.002) -> None:
        self.root, self.zones, self.tick_s = root, zones, tick_s
        self.offset = {zone.directory: 1_000 * i for i, zone in enumerate(zones)}  # counters start anywhere
        for zone in zones:
            folder = root / zone.directory
            folder.mkdir(parents=True)
            (folder / "name").write_text(zone.name + "\n")
            (folder / "max_energy_range_uj").write_text(f"{zone.max_range_uj}\n")
        (root / "intel-rapl").mkdir()  # the control type entry, not a zone
        self.write()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.max_gap_s = 0.0  # the longest the counters went without an update

    def __enter__(self) -> SimulatedPowercap:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop.set()
        self.thread.join()

    def set_extra(self, watts: dict[str, float]) -> None:
        """Power above idle per zone name (``package-0``...), e.g. while work runs."""
        for zone in self.zones:
            zone.trace.set_power(zone.idle_w + watts.get(zone.directory, 0.0))

    def write(self) -> None:
        now = time.monotonic()
        for zone in self.zones:
            uj = int(zone.trace.energy_at(now) * 1e6) + self.offset[zone.directory]
            path = self.root / zone.directory / "energy_uj"
            temporary = path.with_suffix(".tmp")
            temporary.write_text(f"{uj % zone.max_range_uj}\n")
            temporary.replace(path)

    def _run(self) -> None:
        last = time.monotonic()
        while not self.stop.wait(self.tick_s):
            self.write()
            now = time.monotonic()
            self.max_gap_s = max(self.max_gap_s, now - last)
            last = now


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
    module.nvmlDeviceGetName = lambda gpu: "NVIDIA Simulated GPU"  # type: ignore[attr-defined]
    module.nvmlDeviceGetTotalEnergyConsumption = total_energy_mj  # type: ignore[attr-defined]
    module.nvmlDeviceGetPowerUsage = power_mw  # type: ignore[attr-defined]
    return module
