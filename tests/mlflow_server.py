"""A real ``mlflow server`` on loopback for the tests that need one."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_mlflow_server(uri: str, folder: Path) -> subprocess.Popen[bytes]:
    port = uri.rsplit(":", 1)[1]
    mlflow = Path(sys.executable).parent / "mlflow"
    server = subprocess.Popen(
        [
            *(str(mlflow), "server", "--host", "127.0.0.1", "--port", port, "--workers", "1"),
            *("--backend-store-uri", f"sqlite:///{folder}/server.db"),
            *("--artifacts-destination", str(folder / "server-artifacts")),
        ],
        env={**os.environ, "MLFLOW_SERVER_ENABLE_JOB_EXECUTION": "false"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{uri}/health", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.kill()
    pytest.fail("mlflow server did not start in 90 s")
