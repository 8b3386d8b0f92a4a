"""Reading a study: ``nas front``, ``nas studies``, ``nas report``, and ``nas spaces`` (the space
and the reference networks, no study needed)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from nas.cli.common import (
    config_option,
    flagged_study,
    force_option,
    naming,
    output_file,
    print_front,
    stdout,
    stored_study,
    study_options,
    terminal_width,
    user_errors,
    wide_option,
)
from nas.cli.tables import fitted_table
from nas.config import ConfigError, load_config
from nas.formatting import accuracy_text, energy_text
from nas.front.pareto import pareto_front
from nas.front.rows import final_rows, front_rows
from nas.spaces import describe_space
from nas.studies import StudySummary, list_studies
from nas.urls import STORAGE_ENV, masked


@click.command()
@config_option
@study_options
@click.option("--json", "as_json", is_flag=True, help="Print the front as JSON.")
@click.option(
    "--final",
    is_flag=True,
    help="With --json: the finalized networks (nas finalize), not the search's front.",
)
@wide_option
def front(
    config_path: Path | None,
    storage: str | None,
    study_name: str | None,
    as_json: bool,
    final: bool,
    wide: bool,
) -> None:
    """Print the Pareto front of a study, read from its storage, and beside it the finalized
    networks (nas finalize) with their proxy and final figures, the final front marked.

    \b
    Examples:
        nas front --storage sqlite:///nas.db --study-name digits
        nas front --study-name digits --json --final
    """
    with user_errors():
        study = flagged_study(config_path, storage, study_name)
    if as_json:
        rows = final_rows(study) if final else front_rows(pareto_front(study))
        click.echo(json.dumps([row.as_dict() for row in rows], indent=2))
    else:
        print_front(study, wide)


@click.command()
@config_option
@click.option(
    "--input-shape", default="1,8,8", show_default=True, help="C,H,W of the images: resolves the strides."
)
@click.option("--classes", default=10, show_default=True, help="Classes for the reference counts.")
@wide_option
def spaces(config_path: Path | None, input_shape: str, classes: int, wide: bool) -> None:
    """Show the search space resolved for an input shape, its genome, and the reference networks.

    \b
    Example:
        nas spaces --input-shape 1,28,28
        nas spaces --input-shape 3,224,224 --classes 1000
    """
    with user_errors():
        config = load_config(config_path)
        try:
            shape = tuple(int(v) for v in input_shape.split(","))
        except ValueError:
            shape = ()
        if len(shape) != 3 or min(shape) < 1:
            raise ConfigError(f"--input-shape: expected C,H,W positive integers, got {input_shape!r}")
        described = describe_space(config, shape, classes)
    stdout.print(f"[bold]search space[/] for {input_shape} inputs (MobileNet-like inverted-residual stages):")
    for key, value in described.settings.items():
        stdout.print(f"  {key} = {value}")
    stdout.print(
        f"[bold]genome[/] ({len(described.genome)} parameters, all suggested in every trial): "
        + ", ".join(described.genome)
    )
    rows = [
        [
            f"{ref.name} *" if ref.measured_with_studies else ref.name,
            f"{ref.params:,}",
            f"{ref.macs:,}",
            ref.arch,
        ]
        for ref in described.references
    ]
    table = fitted_table(
        f"reference networks at {input_shape}, {classes} classes",
        "* measured with every study of this input shape (the hypervolume's cost ceiling)",
        ("name", "params", "MACs", "arch"),
        rows,
        terminal_width(),
        wide,
    )
    stdout.print(table)


@click.command()
@config_option
@study_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help=".html or .md file.",
)
@force_option
def report(
    config_path: Path | None, storage: str | None, study_name: str | None, output: Path, force: bool
) -> None:
    """Write a self-contained report of a study: its front and the reference networks, what the
    search cost (hours, energy, CO2e, hardware, energy sources), and how to reproduce it.

    \b
    Example:
        nas report --study-name digits -o digits-report.html
    """
    from nas.views.report import write_report

    with user_errors():
        output = output_file(output, force=force, config_path=config_path, storage=storage)
        study, config = stored_study(config_path, storage, study_name)
        with naming(output):
            write_report(study, config, output)
    stdout.print(f"wrote {output}")


@click.command()
@config_option
@click.option(
    "--storage",
    envvar=STORAGE_ENV,
    help=f"Optuna storage URL [default: ${STORAGE_ENV}, else study.storage of the config].",
)
@wide_option
def studies(config_path: Path | None, storage: str | None, wide: bool) -> None:
    """List the studies in a storage: trials, front size, best validation accuracy, energy range,
    the energy each search spent (and its budget).

    \b
    Examples:
        nas studies
        nas studies --storage postgresql://host/db
    """
    with user_errors():
        defaults = load_config(config_path)
        url = storage or defaults.study.storage
        found = list_studies(url, defaults)
    if not found:
        stdout.print(f"no studies in {masked(url)} (nas search or nas create makes one)")
        return
    rows = [_study_row(summary) for summary in found]
    headers = ("study", "completed", "running", "failed", "front", "best val acc", "front energy", "spent")
    table = fitted_table(
        f"studies in {masked(url)}",
        "front: validation accuracy and energy per inference; spent: training and measuring",
        (*headers, "sampler"),
        rows,
        terminal_width(),
        wide,
    )
    stdout.print(table)


def _study_row(summary: StudySummary) -> list[str]:
    if not summary.current:
        return [summary.name, *["-"] * 7, "made by an earlier version"]
    spent = energy_text(summary.spent_j)
    energies = summary.front_energy_j
    return [
        summary.name,
        str(summary.completed),
        str(summary.running),
        str(summary.failed),
        str(summary.front_size),
        accuracy_text(summary.best_val_accuracy),
        f"{energy_text(energies[0])} to {energy_text(energies[1])}" if energies else "-",
        f"{spent} of {energy_text(summary.budget_j)}" if summary.budget_j else spent,
        summary.sampler or "?",
    ]
