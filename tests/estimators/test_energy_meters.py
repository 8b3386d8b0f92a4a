"""Energy meters against sysfs-shaped RAPL trees and a simulated NVML GPU, plus the contract
every meter keeps, the CO2e conversion, and how ``auto`` chooses."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import optuna
import pytest

from estimators import (
    CpuPowerModel,
    EnergyMeter,
    EnergyReading,
    MeasureSettings,
    MeterUnavailableError,
    SummedMeter,
    by_source,
    carbon_factors,
    export_onnx,
    holding,
    measure_onnx,
    select_meter,
    with_gpu,
)
from estimators.nvml import NvmlMeter
from estimators.rapl import RaplMeter, wrapped_delta
from nas.record import read_record
from search_spaces import REFERENCES, build_model
from tests.conftest import run_cli
from tests.hardware import (
    COUNTED_IDLE_W,
    SimulatedGpu,
    SimulatedPowercap,
    Zone,
    fake_pynvml,
    two_socket_server,
)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SimulatedPowercap]:
    with two_socket_server(tmp_path / "powercap") as powercap:
        yield powercap


def gpu_meter(monkeypatch: pytest.MonkeyPatch, has_counter: bool) -> tuple[SimulatedGpu, NvmlMeter]:
    gpu = SimulatedGpu(idle_w=60.0, has_counter=has_counter)
    monkeypatch.setitem(sys.modules, "pynvml", fake_pynvml([gpu]))
    return gpu, NvmlMeter(baseline_s=0.5, min_window_s=0.5)


def loaded_for(seconds: float, extra: Callable[[], None], back: Callable[[], None]) -> Callable[[], str]:
    """Work that raises the simulated power for ``seconds`` and returns a value."""

    def work() -> str:
        extra()
        time.sleep(seconds)
        back()
        return "done"

    return work


# --- the contract, for every meter ---------------------------------------------------------


@pytest.fixture(params=["cpu-model", "rapl", "nvml-counter", "nvml-power", "nvml+cpu-model"])
def any_meter(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[EnergyMeter]:
    if request.param == "cpu-model":
        yield CpuPowerModel()
    elif request.param == "rapl":
        with two_socket_server(tmp_path / "powercap") as powercap:
            yield RaplMeter(powercap.root, baseline_s=0.3)
    elif request.param == "nvml+cpu-model":
        yield SummedMeter((gpu_meter(monkeypatch, has_counter=True)[1], CpuPowerModel()))
    else:
        yield gpu_meter(monkeypatch, has_counter=request.param == "nvml-counter")[1]


def test_every_meter_keeps_the_contract(any_meter: EnergyMeter) -> None:
    result, reading = any_meter.measure(lambda: sum(i * i for i in range(300_000)) and "result")
    assert result == "result"
    assert reading.source == any_meter.source
    assert set(reading.source.split("+")) <= {"rapl", "nvml", "model:cpu-ccf"}
    assert sum(by_source(reading).values()) == pytest.approx(reading.gross_joules)
    assert reading.joules >= 0 and reading.gross_joules >= reading.joules
    assert reading.wall_s > 0 and reading.cpu_s > 0
    (inner, outer_reading) = any_meter.measure(lambda: any_meter.measure(lambda: time.sleep(0.05)))
    assert inner[1].wall_s <= outer_reading.wall_s  # windows nest
    assert any_meter.min_window_s >= 0 and any_meter.source in any_meter.describe()


# --- RAPL ----------------------------------------------------------------------------------


def stall_allowance(powercap: SimulatedPowercap, window_s: float) -> float:
    """The relative error the simulated hardware itself adds to a window: on a busy machine its
    counters can lag by their longest stall at the window's start and at its end."""
    return 2 * powercap.max_gap_s / window_s


def test_rapl_counts_packages_and_dram_never_core_psys_or_mmio(server: SimulatedPowercap) -> None:
    meter = RaplMeter(server.root, baseline_s=0.3)
    labels = [zone.label for zone in meter.zones]
    assert labels == ["package-0", "package-0/dram", "package-1", "package-1/dram"]
    assert meter.skipped == ["package-0/core", "package-1/core", "psys"]
    allowance = stall_allowance(server, 0.3)
    assert meter.idle_w == pytest.approx(COUNTED_IDLE_W, rel=0.1 + allowance)
    assert meter.idle_domains_w["package-0/dram"] == pytest.approx(2.0, rel=0.15 + allowance)


def test_rapl_reports_energy_net_of_the_idle_baseline(server: SimulatedPowercap) -> None:
    for _ in range(3):  # a busy machine can stall the simulated hardware: try again, then allow for it
        server.reset_gap()
        meter = RaplMeter(server.root, baseline_s=0.3)
        work = loaded_for(
            0.5,
            lambda: server.set_extra({"intel-rapl:0": 15.0, "intel-rapl:0:1": 1.0, "intel-rapl:2": 30.0}),
            lambda: server.set_extra({}),
        )
        _, reading = meter.measure(work)
        if server.max_gap_s < 0.02:
            break
    # psys rose by 30 W too, but it is never added: the packages and DRAM are inside it
    seen = f"idle {meter.idle_w:.2f} W, longest counter stall {server.max_gap_s:.3f} s"
    # a stall errs the idle baseline (0.3 s) and the window (0.5 s) by up to twice its length
    lag = COUNTED_IDLE_W * stall_allowance(server, 0.3) / 16.0 + stall_allowance(server, 0.5)
    assert reading.joules / reading.wall_s == pytest.approx(16.0, rel=0.15 + lag), seen
    window_lag = stall_allowance(server, 0.5)  # the gross reading has no baseline to err
    assert reading.gross_joules / reading.wall_s == pytest.approx(
        COUNTED_IDLE_W + 16.0, rel=0.1 + window_lag
    ), seen
    assert reading.domains["package-1"] / reading.wall_s == pytest.approx(8.0, rel=0.1 + window_lag), seen


def test_rapl_counts_every_wrap_of_a_fast_wrapping_counter(tmp_path: Path) -> None:
    # a 20 J range at 40 W wraps twice a second: a 2 s window sees about four wraps
    zones = [Zone("intel-rapl:0", "package-0", 40.0, max_range_uj=20_000_000)]
    with SimulatedPowercap(tmp_path / "powercap", zones) as powercap:
        meter = RaplMeter(powercap.root, baseline_s=0.2)
        assert meter.poll_s == pytest.approx(20.0 / 1000.0 / 4)  # a quarter of a wrap at 1 kW
        _, reading = meter.measure(lambda: time.sleep(2.0))
    assert reading.gross_joules == pytest.approx(
        40.0 * reading.wall_s, rel=0.05 + stall_allowance(powercap, 2.0)
    )
    assert meter.idle_w == pytest.approx(40.0, rel=0.05 + stall_allowance(powercap, 0.2))


def test_wrapped_delta() -> None:
    assert wrapped_delta(100, 250, 1000) == 150
    assert wrapped_delta(900, 50, 1000) == 150


def test_rapl_without_powercap_or_packages_says_why(tmp_path: Path) -> None:
    with pytest.raises(MeterUnavailableError, match=r"no .*powercap"):
        RaplMeter(tmp_path / "absent")
    psys_only = SimulatedPowercap(tmp_path / "psys-only", [Zone("intel-rapl:0", "psys", 30.0)])
    with pytest.raises(MeterUnavailableError, match="no RAPL package zone"):
        RaplMeter(psys_only.root)


def test_rapl_counters_that_never_move_are_refused(tmp_path: Path) -> None:
    frozen = SimulatedPowercap(tmp_path / "powercap", [Zone("intel-rapl:0", "package-0", 0.0)])
    with pytest.raises(MeterUnavailableError, match="did not advance"):
        RaplMeter(frozen.root, baseline_s=0.1)


def test_rapl_counters_readable_by_root_only_give_a_clear_message(tmp_path: Path) -> None:
    """Linux >= 5.10 makes energy_uj 0400 root: read it as a process without that right."""
    powercap = two_socket_server(tmp_path / "powercap")
    energy = powercap.root / "intel-rapl:0" / "energy_uj"
    energy.chmod(0o400)
    check = (
        "from pathlib import Path\n"
        "from estimators.rapl import RaplMeter\n"
        "from estimators import MeterUnavailableError\n"
        "try:\n"
        f"    RaplMeter(Path({str(powercap.root)!r}), baseline_s=0.1)\n"
        "except MeterUnavailableError as error:\n"
        "    print(error)\n"
    )
    if os.geteuid() == 0:  # root reads anything: drop the capabilities that let it, keep uid 0
        os.chown(energy, 65534, 65534)
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", sys.executable]
    else:
        command = [sys.executable]
    out = subprocess.run([*command, "-c", check], capture_output=True, text=True, check=True).stdout
    assert "readable by root only" in out and "chmod" in out


# --- NVML ----------------------------------------------------------------------------------


@pytest.mark.parametrize("has_counter", [True, False], ids=["energy-counter", "sampled-power"])
def test_nvml_measures_gpu_energy_net_of_idle(monkeypatch: pytest.MonkeyPatch, has_counter: bool) -> None:
    gpu, meter = gpu_meter(monkeypatch, has_counter)
    assert meter.mode == ("energy counter" if has_counter else "sampled power")
    assert meter.idle_w == pytest.approx(60.0, rel=0.25)  # a 100 ms counter step over 0.5 s
    _, reading = meter.measure(loaded_for(2.0, lambda: gpu.set_extra(90.0), lambda: gpu.set_extra(0.0)))
    assert reading.source == "nvml" and set(reading.domains) == {"gpu-0"}
    assert reading.gross_joules == pytest.approx(150.0 * reading.wall_s, rel=0.08)
    assert reading.joules == pytest.approx(90.0 * reading.wall_s, rel=0.2)


@pytest.mark.slow
def test_a_gpu_training_is_metered_by_nvml_plus_the_cpu_s_share(monkeypatch: pytest.MonkeyPatch) -> None:
    gpu = SimulatedGpu(idle_w=60.0, has_counter=True)
    monkeypatch.setitem(sys.modules, "pynvml", fake_pynvml([SimulatedGpu(30.0, True), gpu]))
    cpu = CpuPowerModel(2)
    meter, reason = with_gpu(cpu, 0, uuid="GPU-sim-1")  # the UUID names the GPU, not CUDA's index
    assert isinstance(meter, SummedMeter) and meter.source == "nvml+model:cpu-ccf"
    assert "training: the GPU by nvml: gpu-0" in reason and "model:cpu-ccf" in reason
    meter = holding(meter, 1)  # a training holding one vCPU: the CPU's share is billed for one
    assert isinstance(meter, SummedMeter) and meter.meters[1] == CpuPowerModel(1)
    _, reading = meter.measure(loaded_for(2.0, lambda: gpu.set_extra(100.0), lambda: gpu.set_extra(0.0)))
    shares = by_source(reading)
    assert set(shares) == {"nvml", "model:cpu-ccf"}
    # the GPU's gross share is its idle plus the work's 100 W; net, only the work's
    assert shares["nvml"] == pytest.approx(160.0 * reading.wall_s, rel=0.2)
    assert reading.joules - shares["model:cpu-ccf"] == pytest.approx(100.0 * reading.wall_s, rel=0.2)
    assert reading.gross_joules == pytest.approx(sum(shares.values()))
    # without NVML: the CPU's share alone, and the line says the GPU goes unmeasured
    monkeypatch.setitem(sys.modules, "pynvml", None)
    alone, reason = with_gpu(cpu, 0)
    assert alone is cpu and "the GPU's energy is not measured" in reason and "nvidia-ml-py" in reason


def test_nvml_unavailable_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pynvml", None)  # not installed
    with pytest.raises(MeterUnavailableError, match="nvidia-ml-py"):
        NvmlMeter()
    monkeypatch.delitem(sys.modules, "pynvml")
    pytest.importorskip("pynvml")
    if Path("/dev/nvidiactl").exists():
        pytest.skip("an NVIDIA driver is here: the real library would open the GPU")
    with pytest.raises(MeterUnavailableError, match=r"^NVML: "):  # the real library, no driver
        NvmlMeter(baseline_s=0.1)


# --- choosing a meter ----------------------------------------------------------------------


def test_auto_prefers_rapl_and_falls_back_to_the_model_saying_why(
    server: SimulatedPowercap, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NAS_POWERCAP_ROOT", str(server.root))
    meter, reason = select_meter("auto", vcpus=1, baseline_s=0.2)
    assert meter.source == "rapl" and "package-0/dram" in reason
    monkeypatch.setenv("NAS_POWERCAP_ROOT", str(tmp_path / "none"))
    meter, reason = select_meter("auto", vcpus=2)
    assert meter == CpuPowerModel(vcpus=2)
    assert "RAPL unavailable" in reason and "model:cpu-ccf" in reason
    with pytest.raises(MeterUnavailableError, match="energy meter rapl: no"):
        select_meter("rapl", vcpus=1)


def test_auto_for_cuda_needs_nvml(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pynvml", None)
    with pytest.raises(MeterUnavailableError, match="CUDA but NVML is unavailable"):
        select_meter("auto", vcpus=1, provider="cuda")
    monkeypatch.setitem(sys.modules, "pynvml", fake_pynvml([SimulatedGpu(50.0, has_counter=True)]))
    meter, _ = select_meter("auto", vcpus=1, provider="cuda", baseline_s=0.3)
    assert meter.source == "nvml"


def test_the_cpu_model_constants_can_be_overridden() -> None:
    meter, reason = select_meter("cpu-model", vcpus=3, model=CpuPowerModel(1, 1.0, 6.0))
    assert meter == CpuPowerModel(3, 1.0, 6.0) and "6.0" in reason


# --- windows long enough for the counter ----------------------------------------------------


class RecordingMeter:
    """A meter that notes how long each window it measured lasted (its own reading's wall time)."""

    def __init__(self, meter: RaplMeter) -> None:
        self.meter = meter
        self.walls: list[float] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self.meter, name)

    def measure(self, work: Callable[[], object]) -> tuple[object, EnergyReading]:
        result, reading = self.meter.measure(work)
        self.walls.append(reading.wall_s)
        return result, reading


@pytest.mark.slow
def test_measurement_windows_last_the_meters_minimum(server: SimulatedPowercap) -> None:
    model = export_onnx(build_model(REFERENCES["mobilenet_v2_0.35"], 1, 10), (1, 8, 8))
    settings = MeasureSettings(warmup=2, repeats=2, runs=2, min_window_s=0.0)
    for _ in range(3):  # a busy machine can stall the simulated hardware: try again, then allow for it
        server.reset_gap()
        meter = RecordingMeter(RaplMeter(server.root, baseline_s=0.2))
        server.set_extra({"intel-rapl:0": 20.0})  # the model runs at 20 W over the idle baseline
        try:
            result = measure_onnx(model, (1, 8, 8), settings, meter)  # type: ignore[arg-type]
        finally:
            server.set_extra({})
        if server.max_gap_s < 0.02:
            break
    assert result.energy_source == "rapl"
    # energy per inference is a window's net energy per call: 20 W x the window's time per call;
    # a stall errs the idle baseline (0.2 s) and each window by up to twice its length
    per_call_s = statistics.median(meter.walls) / result.runs_per_window
    lag = COUNTED_IDLE_W * stall_allowance(server, 0.2) / 20.0 + stall_allowance(server, min(meter.walls))
    seen = f"longest counter stall {server.max_gap_s:.3f} s, windows {meter.walls}"
    assert result.energy_j == pytest.approx(20.0 * per_call_s, rel=0.25 + lag), seen
    # every window kept (more are taken while the quietest disagree) lasted the meter's minimum
    assert len(meter.walls) == result.windows and result.windows >= settings.repeats
    assert min(meter.walls) >= meter.meter.min_window_s
    assert result.runs_per_window > settings.runs


# --- CO2e -----------------------------------------------------------------------------------


def test_co2e_is_kwh_times_pue_times_grid_intensity() -> None:
    factors = carbon_factors("fr")
    assert factors.g_per_kwh == 56 and factors.pue == 1.58
    assert factors.co2e_grams(3.6e6) == pytest.approx(56 * 1.58)
    assert "Ember" in factors.source and "Uptime" in factors.source
    given = carbon_factors(g_per_kwh=100.0, pue=1.0)
    assert given.co2e_grams(7.2e6) == pytest.approx(200.0) and "given" in given.source
    with pytest.raises(ValueError, match="no grid intensity for region 'XX'"):
        carbon_factors("XX")


# --- through the CLI ------------------------------------------------------------------------


@pytest.mark.slow
def test_nas_meters_lists_each_meter_and_auto_s_choice(
    server: SimulatedPowercap, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NAS_POWERCAP_ROOT", str(server.root))
    monkeypatch.setitem(sys.modules, "pynvml", None)
    result = run_cli("meters", "--seconds", "0.3")
    assert result.exit_code == 0, result.output
    lines = {line.split("│")[1].strip(): line for line in result.output.splitlines() if line.count("│") > 3}
    assert " yes " in lines["rapl"] and " W)" in lines["rapl"]  # its self-test figure
    assert " no " in lines["nvml"] and "nvidia-ml-py" in lines["nvml"]
    assert " yes " in lines["cpu-model"]
    assert "auto picks rapl for provider cpu" in result.output


@pytest.mark.slow
def test_a_search_on_a_rapl_machine_labels_every_figure_rapl(
    server: SimulatedPowercap, monkeypatch: pytest.MonkeyPatch, tiny_config: Path
) -> None:
    monkeypatch.setenv("NAS_POWERCAP_ROOT", str(server.root))
    server.reset_gap()
    result = run_cli("search", str(tiny_config), "--trials", "2", "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    assert "energy meter: auto: rapl: package-0, package-0/dram" in result.output
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    for trial in study.get_trials():
        record = read_record(trial)
        assert record.energy_source == record.train_energy_source == record.measure_energy_source == "rapl"
        # the simulated packages draw their idle power throughout: the footprint counts it, less
        # what the simulated counters lag at the window's ends on a busy machine (a short window)
        assert record.training is not None
        counted_s = record.training.train_seconds - 2 * server.max_gap_s
        assert record.train_energy_j >= COUNTED_IDLE_W * counted_s * 0.8
    assert "search footprint:" in result.output and "(training" in result.output and "rapl" in result.output
