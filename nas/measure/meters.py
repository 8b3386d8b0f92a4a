"""This machine's energy meters: which are available, a self-test of each (the same busy loop
under every meter), the one ``auto`` picks and why, and how busy the machine is now. What ``nas
meters`` shows and ``survey_meters`` returns."""

from __future__ import annotations

import time
from dataclasses import dataclass

from estimators import METER_NAMES, CpuPowerModel, MeterUnavailableError, probe_meter, select_meter
from estimators.contention import Contention, current_contention
from nas.config import Config, ConfigError


@dataclass(frozen=True)
class MeterCheck:
    """One meter of this machine: available or why not, and its self-test's reading."""

    name: str
    available: bool
    detail: str  # why it is (not) available
    joules: float | None = None  # the self-test's reading; None where the meter is not available
    wall_s: float | None = None


@dataclass(frozen=True)
class MeterSurvey:
    """Every meter checked, the one ``auto`` picks for the provider, and the machine's load now."""

    checks: tuple[MeterCheck, ...]
    provider: str
    auto_choice: str | None  # the meter auto picks for the provider; None: none can serve it
    auto_reason: str
    contention: Contention
    advice: str  # what the contention means for measurements taken now


def survey_meters(config: Config, seconds: float = 1.0) -> MeterSurvey:
    """Every meter of this machine self-tested for ``seconds`` (in (0, 60]), auto's choice for
    ``config``'s [measure] provider, and the machine's contention over at most a second."""
    if not 0 < seconds <= 60:
        raise ConfigError(f"--seconds: expected a number in (0, 60], got {seconds}")
    measure = config.measure
    model = CpuPowerModel(1, measure.cpu_idle_w_per_vcpu, measure.cpu_max_w_per_vcpu)
    checks = []
    for name in METER_NAMES[1:]:
        status = probe_meter(name, model)
        if status.meter is None:
            checks.append(MeterCheck(name, False, status.detail))
            continue
        _, reading = status.meter.measure(lambda: busy_work(seconds))
        checks.append(MeterCheck(name, True, status.detail, reading.joules, reading.wall_s))
    try:
        chosen, reason = select_meter("auto", 1, measure.provider, model)
        choice: str | None = chosen.source
    except MeterUnavailableError as error:
        choice, reason = None, str(error)
    contention = current_contention(min(seconds, 1.0))
    return MeterSurvey(
        tuple(checks),
        measure.provider,
        choice,
        reason.removeprefix("auto: "),
        contention,
        contention_advice(contention),
    )


def contention_advice(contention: Contention) -> str:
    """What the machine's contention means for measurements taken now."""
    pressure = contention.cpu_pressure
    busy = contention.load_average / contention.cores
    if (pressure is not None and pressure > 0.2) or busy > 1.0:
        return (
            "busy: measurements now spread more, so they take more windows and record the least disturbed; "
            "other people's load is not held back (this tool's own trainings wait their turn)"
        )
    if (pressure is not None and pressure > 0.05) or busy > 0.5:
        return "some load: measurements record their spread and the pressure beside each figure"
    return "quiet: a good time to measure"


def busy_work(seconds: float) -> int:
    """Integer arithmetic on one core for ``seconds``: a load every meter should see."""
    deadline = time.perf_counter() + seconds
    total = 0
    while time.perf_counter() < deadline:
        total += sum(i * i for i in range(10_000))
    return total
