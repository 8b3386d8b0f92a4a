"""``nas meters``: the energy meters of this machine, the one ``auto`` picks and why, a self-test."""

from __future__ import annotations

import time
from pathlib import Path

import click
from rich.table import Table

from estimators import METER_NAMES, PROVIDERS, CpuPowerModel, MeterUnavailableError, probe_meter, select_meter
from estimators.contention import Contention, current_contention
from nas.cli.common import config_option, stdout, user_errors
from nas.config import ConfigError, load_config


@click.command()
@config_option
@click.option(
    "--provider",
    type=click.Choice(PROVIDERS),
    help="Device that runs the model, for auto's choice [default: measure.provider].",
)
@click.option("--seconds", default=1.0, show_default=True, type=float, help="Length of each self-test.")
def meters(config_path: Path | None, provider: str | None, seconds: float) -> None:
    """Show the energy meters of this machine, the one "auto" picks and why, and a self-test of each.

    The self-test runs the same busy loop (one thread) under every available meter. The last line
    says how busy the machine is now (CPU pressure-stall information, load average) and what that
    means for measurements taken now.

    \b
    Example:
        nas meters --seconds 2
    """
    with user_errors():
        config = load_config(config_path, {"measure": {"provider": provider}})
        if not 0 < seconds <= 60:
            raise ConfigError(f"--seconds: expected a number in (0, 60], got {seconds}")
    measure = config.measure
    model = CpuPowerModel(1, measure.cpu_idle_w_per_vcpu, measure.cpu_max_w_per_vcpu)
    table = Table(title="energy meters on this machine")
    for column in ("meter", "available", "self-test", "detail"):
        table.add_column(column, overflow="fold")
    for name in METER_NAMES[1:]:
        status = probe_meter(name, model)
        test = "-"
        if status.meter is not None:
            _, reading = status.meter.measure(lambda: busy_work(seconds))
            test = (
                f"{reading.joules:.3g} J in {reading.wall_s:.2f} s ({reading.joules / reading.wall_s:.3g} W)"
            )
        table.add_row(name, "yes" if status.meter else "no", test, status.detail)
    stdout.print(table)
    try:
        chosen, reason = select_meter("auto", 1, measure.provider, model)
        stdout.print(
            f"auto picks {chosen.source} for provider {measure.provider}: {reason.removeprefix('auto: ')}"
        )
    except MeterUnavailableError as error:
        stdout.print(
            f"auto has no meter for provider {measure.provider}: {str(error).removeprefix('auto: ')}"
        )
    contention = current_contention(min(seconds, 1.0))
    stdout.print(f"machine contention now: {contention.text()}; {contention_advice(contention)}")


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
