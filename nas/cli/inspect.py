"""Reading a study: ``nas front``, ``nas studies``, ``nas report``, and ``nas spaces`` (the space
and the reference networks, no study needed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import optuna

from nas.budget import BUDGET_ATTR
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
from nas.config import Config, ConfigError, load_config
from nas.footprint import study_footprint
from nas.formatting import accuracy_text, energy_text
from nas.front.pareto import pareto_front
from nas.front.rows import final_rows, front_rows
from nas.record import read_record
from nas.study import SCHEMA, SCHEMA_ATTR, reading_storage
from nas.urls import STORAGE_ENV, masked
from search_spaces import REFERENCES, references_for


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
    space = config.space.resolved((shape[0], shape[1], shape[2]))
    stdout.print(f"[bold]search space[/] for {input_shape} inputs (MobileNet-like inverted-residual stages):")
    for key, value in space.model_dump().items():
        stdout.print(f"  {key} = {value}")
    stdout.print(
        f"[bold]genome[/] ({len(space.genome_names)} parameters, all suggested in every trial): "
        + ", ".join(space.genome_names)
    )
    from estimators import count_complexity  # PyTorch: only this command needs it
    from search_spaces import build_model

    studied = references_for((shape[0], shape[1], shape[2]))
    rows = []
    for name, arch in REFERENCES.items():
        counts = count_complexity(build_model(arch, shape[0], classes), shape)
        marked = f"{name} *" if name in studied else name
        rows.append([marked, f"{counts.params:,}", f"{counts.macs:,}", str(arch)])
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
        try:
            with naming(output):
                write_report(study, config, output)
        except ValueError as error:
            raise ConfigError(str(error)) from None
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
        found = reading_storage(url).get_all_studies() if _storage_exists(url) else []
    if not found:
        stdout.print(f"no studies in {masked(url)} (nas search or nas create makes one)")
        return
    rows = [_study_row(summary, url, defaults) for summary in sorted(found, key=lambda s: s.study_name)]
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


def _study_row(summary: Any, url: str, defaults: Config) -> list[str]:
    if summary.user_attrs.get(SCHEMA_ATTR) != SCHEMA:
        return [summary.study_name, *["-"] * 7, "made by an earlier version"]
    study = optuna.load_study(study_name=summary.study_name, storage=url)
    trials = study.get_trials(deepcopy=False)
    states = [t.state.name for t in trials]
    front = [read_record(t) for t in pareto_front(study)]
    energies = [r.energy_j for r in front if r.energy_j is not None]
    stored = json.loads(summary.user_attrs.get("nas_config_full", "{}")).get("study", {})
    spent = energy_text(study_footprint(trials, defaults.footprint.factors()).energy_j)
    budget = summary.user_attrs.get(BUDGET_ATTR)
    return [
        summary.study_name,
        str(states.count("COMPLETE")),
        str(states.count("RUNNING")),
        str(states.count("FAIL")),
        str(len(front)),
        accuracy_text(max((r.val_accuracy for r in front), default=None)),
        f"{energy_text(min(energies))} to {energy_text(max(energies))}" if energies else "-",
        f"{spent} of {energy_text(budget)}" if budget else spent,
        str(stored.get("sampler", "?")),
    ]


def _storage_exists(url: str) -> bool:
    from nas.urls import sqlite_path

    path = sqlite_path(url)
    return path is None or path.is_file()  # reading never creates a storage file
