"""What machine a figure came from: the CPU's name and count, in one line."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def host_description() -> str:
    return f"{cpu_name()}, {os.cpu_count()} CPUs, {platform.system()} {platform.machine()}"
