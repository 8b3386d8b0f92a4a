"""What the ``nas`` commands share: consoles, one-line user errors, common options, the front as a
table. It loads neither PyTorch nor ONNX Runtime, so commands that only read a study start fast."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click
import optuna
from rich.console import Console
from rich.markup import escape

from nas.cli.tables import fitted_table
from nas.config import Config, ConfigError, load_config
from nas.errors import UserInputError
from nas.front.pareto import pareto_front
from nas.front.rows import FINAL_HEADERS, HEADERS, final_rows, front_rows
from nas.record import read_record
from nas.stores import check_output
from nas.study import join_study, load_existing_study, reading_storage
from nas.urls import STORAGE_ENV, TRACKING_ENV, masked, sqlite_path
from search_spaces.arch import ArchError

F = TypeVar("F", bound=Callable[..., Any])
# wide enough for architecture strings when the output is a file or a pipe
FILE_WIDTH = 220


def columns() -> int | None:
    """The width the user set in ``COLUMNS``, if any."""
    said = os.environ.get("COLUMNS", "")
    return int(said) if said.isdigit() and int(said) > 0 else None


def make_console(errors: bool) -> Console:
    """A console on stdout (or stderr) as wide as ``COLUMNS``, else as the terminal; into a file
    or a pipe without ``COLUMNS``, tables keep every column and text is never broken (a pager or
    an editor wraps it). The stream is looked up at each print, so captured output is seen."""
    stream, width = (sys.stderr if errors else sys.stdout), columns()
    if width is not None or stream.isatty():
        return Console(stderr=errors, width=width)
    return Console(stderr=errors, width=FILE_WIDTH, soft_wrap=True)


stdout = make_console(errors=False)
stderr = make_console(errors=True)


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
        raise UserError(one_line(str(error))) from None


def one_line(text: str) -> str:
    """Control characters (a newline in a file name) escaped, so a message stays one line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def flagged_study(config_path: Path | None, storage: str | None, study_name: str | None) -> optuna.Study:
    """The study named by ``--storage`` and ``--study-name`` (or the config file's defaults), for
    reading: every command that reads a study opens it here."""
    return stored_study(config_path, storage, study_name, read_only=True)[0]


def stored_study(
    config_path: Path | None,
    storage: str | None,
    study_name: str | None,
    tracking_uri: str | None = "",
    read_only: bool = False,
    artifacts_dir: str | None = None,
) -> tuple[optuna.Study, Config]:
    """The study named by the flags (or the config file's defaults), with the configuration stored
    in it; tracking off unless ``tracking_uri`` is None (the study's own) or given. With
    ``read_only`` the study alone is wanted: its configuration is the file's (a study made by
    hand, without a stored configuration, can still be read). ``artifacts_dir``, when given,
    replaces the stored folder of weights."""
    defaults = load_config(config_path)
    url = storage or defaults.study.storage
    name = study_name or defaults.study.name
    if study_name is None and "name" not in defaults.study.model_fields_set:
        name = _only_study(url, name)
    if read_only:
        return load_existing_study(url, name), defaults
    return join_study(
        url, name, {"tracking": {"uri": tracking_uri}, "study": {"artifacts_dir": artifacts_dir}}
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


def tracking_option(otherwise: str) -> Callable[[F], F]:
    """``--tracking-uri``, from the environment when not given; ``otherwise`` says what applies
    without either."""
    return click.option(
        "--tracking-uri",
        envvar=TRACKING_ENV,
        help=f"MLflow tracking URI; '' turns tracking off [default: ${TRACKING_ENV}, else {otherwise}].",
    )


def _only_study(url: str, default: str) -> str:
    """With no study named anywhere: the default name if the storage holds it, else the storage's
    only study (said on stderr); with several, the default, which the lookup refuses by name."""
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        return default  # reading never creates a storage file: the lookup says it is missing
    names = [study.study_name for study in reading_storage(url).get_all_studies()]
    if default in names or len(names) != 1:
        return default
    stderr.print(f"study {names[0]!r}, the only one in {masked(url)} (--study-name chooses another)")
    return names[0]


def _device(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"auto|cpu|cuda(:[0-9]{1,2})?", value):
        raise click.BadParameter('expected "auto", "cpu", "cuda" or "cuda:N"')
    return value


def device_option(function: F) -> F:
    return click.option(
        "--device",
        callback=_device,
        help="Where to train: auto (a GPU if PyTorch sees one), cpu, cuda or cuda:N [default: train.device].",
    )(function)


def on_device(config: Config, device: str | None) -> Config:
    """``config`` training on ``device`` (``--device``), or as it was."""
    if device is None:
        return config
    return config.model_copy(update={"train": config.train.model_copy(update={"device": device})})


def budget_option(function: F) -> F:
    return click.option(
        "--budget",
        help="Energy the study may spend, training and measuring: J, kJ, MJ, Wh or kWh, e.g. 2kJ "
        "[default: study.budget]. Alone, it ends the search; with --trials, the first limit reached.",
    )(function)


def force_option(function: F) -> F:
    return click.option(
        "--force",
        is_flag=True,
        help="Replace the output file if it exists (never a database, weights or a configuration).",
    )(function)


def output_file(path: Path, *, force: bool, config_path: Path | None, storage: str | None) -> Path:
    """Where a command may write ``path``: normalised (``out/../x`` makes no folder ``out``), never
    the storage or MLflow store in play (the flags', the environment's or the file's), never a
    file kept as a record (any SQLite database, weights, a configuration: ``nas.stores``), and
    never an existing file unless ``force``."""
    path = Path(os.path.normpath(path))
    config = load_config(config_path)
    study_storage = storage or config.study.storage
    stores = (
        study_storage,
        os.environ.get(TRACKING_ENV) or "",
        config.tracking.uri,
        *_stored_tracking_uris(study_storage),
    )
    if any(_same_file(path, store) for url in stores if (store := _database_file(url)) is not None):
        raise ConfigError(f"{path} is where a study or MLflow keeps its records: write to another file")
    check_output(path)
    if path.exists() and not force:
        raise ConfigError(f"{path} exists: choose another file, or add --force to replace it")
    return path


@contextlib.contextmanager
def naming(output: Path) -> Iterator[None]:
    """An OS error while writing ``output`` names it (a write to a full device names no file)."""
    try:
        yield
    except OSError as error:
        raise OSError(error.errno, error.strerror or str(error), error.filename or str(output)) from None


def _same_file(a: Path, b: Path) -> bool:
    """One file by identity (device and inode: a hard link or a symbolic one is the same file),
    or by resolved path where either is not there yet."""
    try:
        return a.samefile(b)
    except OSError:
        return a.resolve() == b.resolve()


def _stored_tracking_uris(storage: str) -> list[str]:
    """The MLflow stores the studies of ``storage`` log to, as their configurations say."""
    from nas.study import FULL_CONFIG_ATTR

    try:
        studies = reading_storage(storage).get_all_studies()
    except UserInputError:  # no storage there (yet): no study's store to protect
        return []
    uris = []
    for summary in studies:
        stored = json.loads(summary.user_attrs.get(FULL_CONFIG_ATTR, "{}"))
        uris.append(str(stored.get("tracking", {}).get("uri", "")))
    return uris


def _database_file(url: str) -> Path | None:
    try:
        path = sqlite_path(url) if url else None
    except Exception:  # not a database URL (an http server, a file: folder): no file to protect
        return None
    return None if path is None else path.resolve()


def print_front(study: optuna.Study, wide: bool = False) -> None:
    """The search's front and, once networks are finalized, the final one beside it; as many
    columns as the terminal holds unless ``wide``."""
    front = pareto_front(study)
    rows = front_rows(front)
    sources = sorted({row.energy_source for row in rows})
    devices = sorted({read_record(t).measured_on for t in front} - {""})
    table = fitted_table(
        f"Pareto front of study {study.study_name!r} ({', '.join(study.metric_names or [])})",
        f"selected by validation accuracy; test accuracy reported only. Energy per inference from "
        f"{', '.join(sources) or 'no trial yet'}; latency per call, median"
        + (f"; measured on {', '.join(devices)}" if devices else ""),
        HEADERS,
        [row.cells() for row in rows],
        terminal_width(),
        wide,
    )
    stdout.print(table)
    print_finalized(study, wide)


def print_finalized(study: optuna.Study, wide: bool = False) -> None:
    """The finalized networks, proxy and final figures side by side, the final front marked."""
    rows = final_rows(study)
    if not rows:
        return
    table = fitted_table(
        f"finalized networks of study {study.study_name!r} (nas finalize): proxy and final",
        "* on the final front: final validation accuracy against costs re-measured on the final "
        "weights; test accuracy scored once, reported only",
        FINAL_HEADERS,
        [row.cells() for row in rows],
        terminal_width(),
        wide,
    )
    stdout.print(table)


def terminal_width() -> int | None:
    """The width tables fit: ``COLUMNS``, else the terminal's; None for a file or a pipe without
    ``COLUMNS`` (every column kept)."""
    return columns() or (stdout.size.width if stdout.is_terminal else None)


def wide_option(function: F) -> F:
    return click.option(
        "--wide",
        is_flag=True,
        help="Every column, folded where the terminal is narrow.",
    )(function)
