"""Measurements in a child process of the agent: one that outruns the agent's time limit is
killed with its process, and the next request gets a fresh one, so no model can hang the agent.
The child measures exactly as a search does locally (``measure_onnx`` under the device's own
meter, ``auto``: RAPL, NVML or the labelled CPU model)."""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import asdict
from multiprocessing.connection import Connection
from typing import Any

from estimators import CpuPowerModel, Measurement, MeasureSettings
from estimators.measurement import measurement_from_json


class MeasurementTimeoutError(Exception):
    """The measurement outran the time limit; its process was killed."""


class MeasurementFailedError(Exception):
    """ONNX Runtime or the meter refused the model or its settings: the reason, one line."""


def _serve(conn: Connection, meter_name: str, model: CpuPowerModel, memory_bytes: int) -> None:
    """The child's loop: (model bytes, input shape, settings) in; ("ok", measurement, meter
    description) or ("error", reason) out. Its memory is bounded once its libraries are loaded:
    a model that asks for more fails here, not on the device."""
    import os
    import resource
    import tempfile

    from estimators import measure_onnx, select_meter

    # an empty folder of its own: nothing beside the model is there for ONNX Runtime to read
    os.chdir(tempfile.mkdtemp(prefix="nas-measure-"))
    # RLIMIT_DATA counts the heap and every private writable mapping (arenas, thread stacks)
    resource.setrlimit(resource.RLIMIT_DATA, (memory_bytes, memory_bytes))
    meters: dict[tuple[int, str], Any] = {}  # by (threads, provider): the CPU model holds that many vCPUs
    while True:
        try:
            model_bytes, input_shape, settings_json = conn.recv()
        except EOFError:
            return
        try:
            settings = MeasureSettings(**settings_json)
            key = (settings.threads, settings.provider)
            if key not in meters:
                meters[key] = select_meter(meter_name, settings.threads, settings.provider, model)[0]
            measured = measure_onnx(model_bytes, tuple(input_shape), settings, meters[key])
            conn.send(("ok", asdict(measured), meters[key].describe()))
        except MemoryError:
            conn.send(("error", _too_big(memory_bytes)))
        except Exception as error:
            said = " ".join(f"{type(error).__name__}: {error}".split())
            out_of_memory = "bad_alloc" in said or "Failed to allocate" in said
            conn.send(("error", _too_big(memory_bytes) if out_of_memory else said[:500]))


def _too_big(memory_bytes: int) -> str:
    return f"the model needs more memory than the agent's limit of {memory_bytes / 2**20:.0f} MiB"


class MeasuringProcess:
    """One measurement at a time, in a child process restarted after a timeout or a crash."""

    def __init__(self, meter_name: str, model: CpuPowerModel, memory_bytes: int = 2**30) -> None:
        self.meter_name, self.model, self.memory_bytes = meter_name, model, memory_bytes
        self._lock = threading.Lock()
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def _start(self) -> Connection:
        if self._process is None or not self._process.is_alive() or self._conn is None:
            context = multiprocessing.get_context("spawn")  # no fork of a threaded server
            parent, child = context.Pipe()
            self._process = context.Process(
                target=_serve,
                args=(child, self.meter_name, self.model, self.memory_bytes),
                daemon=True,
                name="nas-measure",
            )
            self._process.start()
            child.close()
            self._conn = parent
        return self._conn

    def _kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
        self._process, self._conn = None, None

    def measure(
        self, model_bytes: bytes, input_shape: tuple[int, ...], settings: MeasureSettings, limit_s: float
    ) -> tuple[Measurement, str]:
        """The measurement and the meter's description; ``MeasurementTimeoutError`` after ``limit_s``
        (the process is killed), ``MeasurementFailedError`` with the reason."""
        with self._lock:
            conn = self._start()
            conn.send((model_bytes, list(input_shape), asdict(settings)))
            if not conn.poll(limit_s):
                self._kill()
                raise MeasurementTimeoutError(f"the measurement outran the agent's limit of {limit_s:g} s")
            try:
                answer = conn.recv()
            except EOFError:  # the child died (a crash in ONNX Runtime): the next request gets another
                self._kill()
                raise MeasurementFailedError(
                    "the measuring process died (out of its memory limit, or a crash in ONNX Runtime)"
                ) from None
        if answer[0] != "ok":
            raise MeasurementFailedError(answer[1])
        return measurement_from_json(answer[1]), answer[2]

    def close(self) -> None:
        with self._lock:
            self._kill()
