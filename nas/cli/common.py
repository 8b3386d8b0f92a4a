"""What the ``nas`` commands share: consoles, one-line user errors, common options, the front as a
table. It loads neither PyTorch nor ONNX Runtime, so commands that only read a study start fast."""

from __future__ import annotations

import contextlib
import logging
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click
import optuna
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from nas.config import Config, load_config
from nas.errors import UserInputError
from nas.front.pareto import pareto_front
from nas.front.rows import HEADERS, front_rows
from nas.search.study import join_study
from nas.urls import STORAGE_ENV
from search_spaces.arch import ArchError

# failed trials carry their reason in the storage: the libraries' own logging is noise here
optuna.logging.set_verbosity(optuna.logging.ERROR)
warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
logging.getLogger("mlflow").setLevel(logging.WARNING)
logging.getLogger("alembic").setLevel(logging.WARNING)

F = TypeVar("F", bound=Callable[..., Any])
# wide enough for architecture strings when the output is a file or a pipe
stdout = Console(width=None if sys.stdout.isatty() else 220)
stderr = Console(stderr=True, width=None if sys.stderr.isatty() else 220)


class _WarningsToStderr(logging.Handler):
    """The library's own warnings (logger ``nas``: MLflow logging given up, ...) as one yellow line."""

    def emit(self, record: logging.LogRecord) -> None:
        stderr.print(f"[yellow]{escape(record.getMessage())}[/]")


logging.getLogger("nas").addHandler(_WarningsToStderr(logging.WARNING))
logging.getLogger("nas").propagate = False


class UserError(click.ClickException):
    """A one-line message and exit status 2: the input, not the program, is wrong."""

    exit_code = 2


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    try:
        yield
    except (UserInputError, ArchError) as error:
        raise UserError(str(error)) from None


def stored_study(
    config_path: Path | None, storage: str | None, study_name: str | None, tracking_uri: str | None = ""
) -> tuple[optuna.Study, Config]:
    """The study named by the flags (or the config file's defaults), with the configuration stored
    in it; tracking off unless ``tracking_uri`` is None (the study's own) or given."""
    defaults = load_config(config_path)
    return join_study(
        storage or defaults.study.storage,
        study_name or defaults.study.name,
        {"tracking": {"uri": tracking_uri}},
    )


def config_option(function: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="TOML configuration (defaults apply to every missing key).",
    )(function)


def study_options(function: F) -> F:
    function = click.option("--study-name", help="Study name [default: study.name of the config].")(function)
    return click.option(
        "--storage",
        envvar=STORAGE_ENV,
        help=f"Optuna storage URL [default: ${STORAGE_ENV}, else study.storage of the config].",
    )(function)


def print_front(study: optuna.Study) -> None:
    rows = front_rows(pareto_front(study))
    sources = sorted({row.energy_source for row in rows})
    table = Table(
        title=f"Pareto front of study {study.study_name!r} ({', '.join(study.metric_names or [])})",
        caption=(
            f"selected by validation accuracy; test accuracy reported only. Energy per inference from "
            f"{', '.join(sources) or 'no trial yet'}; latency per call, median"
        ),
    )
    for column in HEADERS:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(escape(cell) for cell in row.cells()))
    stdout.print(table)
