"""``nvml``: an NVIDIA GPU's energy, through NVML (the optional ``nvidia-ml-py`` package).

Where the GPU has it (Volta and newer), the total-energy counter (millijoules since the driver
loaded) is read at the start and end of a window; it updates about every 100 ms, so windows
last at least 2 s (under 5 % error). Otherwise power (milliwatts) is sampled every 100 ms and
integrated over the window; on recent GPUs that reading is itself a 1-second average, which is
another reason for long windows. An idle baseline is measured and subtracted, as for RAPL.
"""

from __future__ import annotations

import importlib
import time
from types import ModuleType
from typing import Any

from estimators.counters import CounterMeter, CounterWindow
from estimators.meter import MeterUnavailableError

POWER_POLL_S = 0.1


def load_pynvml() -> ModuleType:
    try:
        return importlib.import_module("pynvml")
    except ImportError:
        raise MeterUnavailableError(
            "the nvidia-ml-py package is not installed (pip install 'joule-nas[gpu]')"
        ) from None


class _CounterWindow(CounterWindow):
    def __init__(self, nvml: ModuleType, handle: Any, label: str) -> None:
        self.nvml, self.handle, self.label = nvml, handle, label
        self.start_mj = self.last_mj = nvml.nvmlDeviceGetTotalEnergyConsumption(handle)

    def sample(self) -> None:
        self.last_mj = self.nvml.nvmlDeviceGetTotalEnergyConsumption(self.handle)

    def joules(self) -> dict[str, float]:
        return {self.label: (self.last_mj - self.start_mj) * 1e-3}


class _PowerWindow(CounterWindow):
    """Trapezoidal integral of sampled power over time."""

    def __init__(self, nvml: ModuleType, handle: Any, label: str) -> None:
        self.nvml, self.handle, self.label = nvml, handle, label
        self.last = (time.perf_counter(), self._watts())
        self.total_j = 0.0

    def _watts(self) -> float:
        return float(self.nvml.nvmlDeviceGetPowerUsage(self.handle)) * 1e-3

    def sample(self) -> None:
        now = (time.perf_counter(), self._watts())
        self.total_j += (now[0] - self.last[0]) * (now[1] + self.last[1]) / 2
        self.last = now

    def joules(self) -> dict[str, float]:
        return {self.label: self.total_j}


class NvmlMeter(CounterMeter):
    source = "nvml"

    def __init__(
        self,
        device_index: int = 0,
        baseline_s: float = 2.0,
        min_window_s: float = 2.0,
        uuid: str | None = None,
    ) -> None:
        """The GPU NVML numbers ``device_index``, or the one of ``uuid`` (``GPU-...``, as
        ``nvidia-smi -L`` shows it: the same GPU whatever ``CUDA_VISIBLE_DEVICES`` says)."""
        self.nvml = load_pynvml()
        try:
            self.nvml.nvmlInit()
            if uuid is None:
                self.handle = self.nvml.nvmlDeviceGetHandleByIndex(device_index)
            else:
                self.handle = self.nvml.nvmlDeviceGetHandleByUUID(uuid)
            name = self.nvml.nvmlDeviceGetName(self.handle)
        except self.nvml.NVMLError as error:
            raise MeterUnavailableError(f"NVML: {error}") from None
        self.label = f"gpu-{device_index}"
        self.device = f"{self.label} ({name.decode() if isinstance(name, bytes) else name})"
        try:
            self.nvml.nvmlDeviceGetTotalEnergyConsumption(self.handle)
            self.mode, self.poll_s = "energy counter", None
        except self.nvml.NVMLError:  # NotSupported before Volta: integrate sampled power
            self.mode, self.poll_s = "sampled power", POWER_POLL_S
        self.min_window_s = min_window_s
        self.idle_domains_w = {}
        self.measure_idle(baseline_s)

    def open_window(self) -> CounterWindow:
        window = _CounterWindow if self.poll_s is None else _PowerWindow
        try:
            return window(self.nvml, self.handle, self.label)
        except self.nvml.NVMLError as error:
            raise MeterUnavailableError(f"NVML: {error}") from None

    def describe_counter(self) -> str:
        return f"{self.device}, {self.mode}"
