"""Measurements on a busy machine: contention read and stored, this tool's processes taking
turns (a real second process and real file locks), the least-disturbed estimate, and figures
that cannot be never recorded."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
import torch

from estimators import CpuPowerModel, MeasureSettings, export_onnx, measure_onnx
from estimators.contention import PSI_CPU, ContentionWindow, free_cores
from estimators.inference import ImpossibleMeasurementError
from estimators.meter import EnergyReading
from estimators.turns import Turns
from nas.config.sections import CORES
from tests.conftest import spinning

T = TypeVar("T")
SETTINGS = MeasureSettings(warmup=2, repeats=5, runs=5, min_window_s=0.0)
TRAINER = """
import sys, time
from pathlib import Path
from estimators.turns import Turns
turns = Turns(Path(sys.argv[1]))
print("waiting", flush=True)
with turns.training_batch(sys.argv[3]):
    print(f"batch {time.monotonic()}", flush=True)
    time.sleep(float(sys.argv[2]))
    print(f"ending {time.monotonic()}", flush=True)  # the last moment it holds its turn
"""


@pytest.fixture
def tiny_model() -> bytes:
    torch.manual_seed(0)
    return export_onnx(torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(16, 4)), (1, 4, 4))


def _trainer(folder: Path, batch_s: float, device: str = "cpu") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", TRAINER, str(folder), str(batch_s), device], stdout=subprocess.PIPE, text=True
    )


def test_a_training_batch_waits_while_a_measurement_holds_the_slot(tmp_path: Path) -> None:
    turns = Turns(tmp_path)
    with turns.measuring():
        trainer = _trainer(tmp_path, 0.0)
        assert trainer.stdout is not None and trainer.stdout.readline() == "waiting\n"
        time.sleep(1.0)
        assert trainer.poll() is None  # still waiting for its turn
        released = time.monotonic()
    started = float(trainer.stdout.readline().split()[1])
    trainer.wait(timeout=30)
    assert started >= released


def test_devices_take_turns_apart(tmp_path: Path) -> None:
    """A GPU's training goes on while a network is measured on the CPU, and yields to a
    measurement on its own GPU (ONNX Runtime's "cuda" is CUDA's first device)."""
    turns = Turns(tmp_path)
    with turns.measuring("cpu"):
        trainer = _trainer(tmp_path, 0.0, "cuda:0")
        assert trainer.stdout is not None and trainer.stdout.readline() == "waiting\n"
        trainer.wait(timeout=30)  # its batch ran under the CPU's measurement (a turn waits 60 s)
        assert trainer.stdout.readline().startswith("batch")
    with turns.measuring("cuda"):
        trainer = _trainer(tmp_path, 0.0, "cuda:0")
        assert trainer.stdout is not None and trainer.stdout.readline() == "waiting\n"
        time.sleep(1.0)
        assert trainer.poll() is None  # waits for its GPU's measurement
    assert trainer.stdout.readline().startswith("batch")
    trainer.wait(timeout=30)


def test_a_measurement_waits_for_the_batch_in_flight(tmp_path: Path) -> None:
    trainer = _trainer(tmp_path, 1.5)
    assert trainer.stdout is not None and trainer.stdout.readline() == "waiting\n"
    assert trainer.stdout.readline().startswith("batch")
    with Turns(tmp_path).measuring():
        measuring_from = time.monotonic()
    finished = float(trainer.stdout.readline().split()[1])
    trainer.wait(timeout=30)
    assert measuring_from >= finished  # the batch ended before the slot was granted


@pytest.mark.skipif(not PSI_CPU.exists(), reason="this kernel has no pressure-stall information")
def test_cpu_pressure_is_read_over_the_window() -> None:
    with spinning(2 * CORES), ContentionWindow() as busy:
        time.sleep(1.0)
    assert busy.contention.cpu_pressure is not None and busy.contention.cpu_pressure > 0.3
    assert "CPU pressure" in busy.contention.text()


def test_cores_taken_by_other_processes_are_not_free() -> None:
    # more load than this leaves none free either, so a busy test machine cannot fail this
    with spinning(CORES):
        assert free_cores() == 0


def test_the_cpu_model_bills_the_measuring_thread_not_the_process() -> None:
    stop = threading.Event()

    def spin() -> None:  # another thread of the process, busy meanwhile (a logger, MLflow)
        while not stop.is_set():
            sum(range(1000))

    other = threading.Thread(target=spin)
    other.start()
    try:
        _, reading = CpuPowerModel(1).measure(lambda: time.sleep(0.5))
    finally:
        stop.set()
        other.join()
    assert reading.cpu_s < 0.05  # the window's own thread slept; the spinning thread is not billed
    assert reading.joules == pytest.approx(3.5 * reading.cpu_s)  # full power, only while it ran
    assert reading.wall_s >= 0.5


@dataclass
class ScriptedMeter:
    """A meter whose readings follow a script, window by window (a disturbed machine, or a
    broken counter), with the contract's fields as a real meter fills them: the energy is
    ``NOMINAL_J`` per call times the window's factor, whatever the clock says."""

    factors: list[float]
    source: str = "model:scripted"
    min_window_s: float = 0.0
    max_power_w: float = 3.5

    def measure(self, work: Callable[[], T]) -> tuple[T, EnergyReading]:
        started = time.perf_counter()
        result = work()
        wall_s = time.perf_counter() - started
        calls = len(result) if isinstance(result, list) else 1
        joules = NOMINAL_J * calls * (self.factors.pop(0) if self.factors else 1.0)
        return result, EnergyReading(joules, self.source, wall_s, wall_s, joules)

    def describe(self) -> str:
        return "scripted"


NOMINAL_J = 1e-7  # per call: 0.1 W at a microsecond a call, far below the 3.5 W ceiling


def test_disturbed_windows_are_outvoted_and_more_are_taken(tiny_model: bytes) -> None:
    quiet = measure_onnx(tiny_model, (1, 4, 4), SETTINGS, ScriptedMeter([]), turns=None)
    assert quiet.windows == SETTINGS.repeats and quiet.energy_j == pytest.approx(NOMINAL_J)
    disturbed = ScriptedMeter([1.0, 1.8, 1.9, 1.7, 1.0, 1.0])  # a busy machine, then quiet again
    measured = measure_onnx(tiny_model, (1, 4, 4), SETTINGS, disturbed, turns=None)
    assert measured.windows == 6  # the quietest three disagreed: one more window settled it
    assert measured.energy_j == pytest.approx(NOMINAL_J)  # not the disturbed figures
    assert measured.energy_spread == pytest.approx(0.35)  # median 1.35x: said beside the figure


def test_a_figure_above_the_meter_s_ceiling_is_retaken_never_recorded(tiny_model: bytes) -> None:
    impossible = 1e6  # 100 kW a call-microsecond, from a meter that reads at most 3.5 W
    measured = measure_onnx(tiny_model, (1, 4, 4), SETTINGS, ScriptedMeter([impossible] * 2), turns=None)
    assert measured.rejected_windows == 2 and measured.windows == SETTINGS.repeats
    assert measured.energy_j == pytest.approx(NOMINAL_J)
    with pytest.raises(ImpossibleMeasurementError, match=r"more than the meter's 3\.5 W"):
        measure_onnx(tiny_model, (1, 4, 4), SETTINGS, ScriptedMeter([impossible] * 20), turns=None)


def test_a_measurement_records_the_machine_s_contention(
    tiny_model: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the kernel's figure, held still: whatever this machine's load, the record must carry it
    monkeypatch.setattr(os, "getloadavg", lambda: (7.25, 6.0, 5.0))
    measured = measure_onnx(tiny_model, (1, 4, 4), SETTINGS, CpuPowerModel(1), turns=Turns(tmp_path))
    assert measured.load_average == 7.25  # the 1-minute figure, at the window's end
    assert measured.cpu_pressure is None or 0 <= measured.cpu_pressure <= 1


def test_a_stopped_process_holding_its_turn_stops_no_one_for_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import estimators.contention

    monkeypatch.setattr(estimators.turns, "WAIT_LIMIT_S", 0.5)
    trainer = _trainer(tmp_path, 60.0)  # a training stopped mid-batch (Ctrl-Z), as far as others see
    try:
        assert trainer.stdout is not None and trainer.stdout.readline() == "waiting\n"
        assert trainer.stdout.readline().startswith("batch")
        started = time.monotonic()
        with Turns(tmp_path).measuring() as had_the_slot:
            waited = time.monotonic() - started
        assert not had_the_slot and 0.4 <= waited < 10  # it measured anyway, after the limit
    finally:
        trainer.kill()
        trainer.wait()
