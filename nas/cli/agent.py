"""``nas agent``: measure networks on this device for searches elsewhere; ``nas remeasure``: a
study's front measured on another device, beside the one it was found with."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from estimators import METER_NAMES
from nas.agent.protocol import DEFAULT_PORT
from nas.agent.serve import FLOAT_LIMITS, INT_LIMITS
from nas.cli.common import config_option, stderr, stdout, study_options, user_errors


@click.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback only unless told)."
)
@click.option(
    "--port",
    default=DEFAULT_PORT,
    show_default=True,
    type=click.IntRange(*INT_LIMITS["port"]),
    help="Port to listen on.",
)
@click.option(
    "--meter",
    type=click.Choice(METER_NAMES),
    default="auto",
    show_default=True,
    help="This device's energy meter.",
)
@click.option(
    "--table",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("nas-agent.db"),
    show_default=True,
    help="The device's table of measurements (SQLite), reused by every study measured here.",
)
@click.option(
    "--max-model-mb",
    default=64.0,
    show_default=True,
    type=click.FloatRange(*FLOAT_LIMITS["max_model_mb"]),
    help="Larger models are refused.",
)
@click.option(
    "--time-limit",
    default=120.0,
    show_default=True,
    type=click.FloatRange(*FLOAT_LIMITS["time_limit_s"]),
    help="Seconds a measurement may take.",
)
@click.option(
    "--queue",
    default=8,
    show_default=True,
    type=click.IntRange(*INT_LIMITS["queue"]),
    help="Measurements waiting or under way at once; more are answered 503 with Retry-After.",
)
@click.option(
    "--max-memory-mb",
    default=1024.0,
    show_default=True,
    type=click.FloatRange(*FLOAT_LIMITS["max_memory_mb"]),
    help="Memory the measuring process may take; a model or batch that needs more is refused (422).",
)
@click.option(
    "--max-connections",
    default=256,
    show_default=True,
    type=click.IntRange(*INT_LIMITS["max_connections"]),
    help="Open connections at once (fewer where the process may open fewer files).",
)
@click.option(
    "--header-timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(*FLOAT_LIMITS["header_timeout_s"]),
    help="Seconds a request's headers may take to arrive; its body gets --time-limit.",
)
def agent(
    host: str,
    port: int,
    meter: str,
    table: Path,
    max_model_mb: float,
    time_limit: float,
    queue: int,
    max_memory_mb: float,
    max_connections: int,
    header_timeout: float,
) -> None:
    """Measure ONNX models on this device for searches run elsewhere ([measure] target).

    Every request must carry the header "Authorization: Bearer TOKEN", TOKEN being
    NAS_AGENT_TOKEN (the same on both sides; at least 16 characters). The agent listens on
    127.0.0.1 unless --host says otherwise; put a TLS proxy in front of it before it listens on
    a network: the docs' how-to "Secure the agent" shows one.

    \b
    Example:
        export NAS_AGENT_TOKEN=$(python -c 'import secrets; print(secrets.token_urlsafe(32))')
        nas agent --port 8765
    """
    from nas.agent.serve import AgentOptions, serve_agent

    with user_errors():
        options = AgentOptions(
            host,
            port,
            meter,
            table,
            max_model_mb,
            time_limit,
            queue,
            max_memory_mb,
            max_connections,
            header_timeout,
        )
        serve_agent(options, announce=lambda line: stderr.print(line, markup=False, highlight=False))


@click.command()
@config_option
@study_options
@click.option("--target", required=True, help="The agent on the other device: http(s)://host:port.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def remeasure(
    config_path: Path | None, storage: str | None, study_name: str | None, target: str, as_json: bool
) -> None:
    """Measure a study's front and the reference networks on another device (an agent running
    there) and show both fronts side by side: the front one machine found, as the other sees it.

    The agent's table keeps what it measured, so running this again measures nothing twice.
    Needs NAS_AGENT_TOKEN, as the agent does.

    \b
    Example:
        nas remeasure --study-name fashion --target http://raspberrypi.local:8765
    """
    from nas.cli.common import stored_study
    from nas.search.remeasure import remeasure_front
    from nas.urls import check_agent_url

    with user_errors():
        check_agent_url(target)
        study, config = stored_study(config_path, storage, study_name)
        measured = remeasure_front(study, config, target)
    if as_json:
        click.echo(json.dumps(measured.as_json(), indent=1))
        return
    _print_side_by_side(study.study_name, measured.device, measured.front, measured.references)


def _print_side_by_side(
    study: str, device: str, rows: list[dict[str, Any]], references: list[dict[str, Any]]
) -> None:
    from nas.cli.common import terminal_width
    from nas.cli.tables import fitted_table
    from nas.formatting import accuracy_text
    from nas.search.remeasure import measured_objectives

    figures = measured_objectives()

    def side_by_side(row: dict[str, Any]) -> list[str]:
        here = [o.text(row[f"{o.key}_here"]) for o in figures]
        return here + [o.text(row[f"{o.key}_device"]) for o in figures]

    cells = [
        [str(row["trial"]), accuracy_text(row["val_accuracy"]), *side_by_side(row), mark]
        for row in rows
        for mark in ["*" if row["on_device_front"] else ""]
    ]
    cells += [[ref["name"], "", *side_by_side(ref), ""] for ref in references]
    headers = (
        "trial",
        "val acc",
        *[f"{o.label} here" for o in figures],
        *[f"{o.label} there" for o in figures],
        "front there",
    )
    labels = " and ".join(o.label for o in figures)
    table = fitted_table(
        f"front of study {study!r}: here and on {device}",
        f"{labels} per inference; * still on the front on that device (by the study's objectives)",
        headers,
        cells,
        terminal_width(),
    )
    stdout.print(table)
