"""``nas meters``: the energy meters of this machine, the one ``auto`` picks and why, a self-test."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from estimators import PROVIDERS
from nas.cli.common import config_option, stdout, user_errors
from nas.config import load_config
from nas.measure.meters import survey_meters


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
        survey = survey_meters(config, seconds)
    table = Table(title="energy meters on this machine")
    for column in ("meter", "available", "self-test", "detail"):
        table.add_column(column, overflow="fold")
    for check in survey.checks:
        test = "-"
        if check.joules is not None and check.wall_s is not None:
            test = f"{check.joules:.3g} J in {check.wall_s:.2f} s ({check.joules / check.wall_s:.3g} W)"
        table.add_row(check.name, "yes" if check.available else "no", test, check.detail)
    stdout.print(table)
    if survey.auto_choice is not None:
        stdout.print(f"auto picks {survey.auto_choice} for provider {survey.provider}: {survey.auto_reason}")
    else:
        stdout.print(f"auto has no meter for provider {survey.provider}: {survey.auto_reason}")
    stdout.print(f"machine contention now: {survey.contention.text()}; {survey.advice}")
