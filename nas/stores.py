"""The project's SQLite stores told apart before anything is written to one: an Optuna storage
holds Optuna's tables, an MLflow store MLflow's, and a file holding another program's tables is
nobody's to write. Read-only: asking never creates a file nor changes one.

A SQLite file is also never the output of a command (``-o``), ``--force`` or not: reports and
exports are HTML, Markdown and ONNX, and a database in their place is somebody's records.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from nas.errors import UserInputError
from nas.urls import masked, sqlite_path

SQLITE_HEADER = b"SQLite format 3\x00"
OPTUNA_MARK = {"studies", "version_info"}  # Optuna's RDB storage makes both
MLFLOW_MARK = {"experiments", "runs"}


class StoreKindError(UserInputError, ValueError):
    """A store URL that points at another kind of store, or at another program's file."""


def sqlite_kind(path: Path) -> str:
    """What the file at ``path`` is: "missing", "empty" (no tables yet), "optuna", "mlflow",
    "other" (another program's tables), "damaged" (a database that cannot be read: opening it
    says how, as a fault) or "not-sqlite" (a file that is no database)."""
    if not path.exists():
        return "missing"
    if path.is_file() and path.stat().st_size == 0:
        return "empty"
    if not is_database(path):
        return "not-sqlite"
    return _kind_of(_tables(path))


def _kind_of(tables: set[str] | None) -> str:
    if tables is None:
        return "damaged"  # unreadable or damaged: opening it says how, as a fault
    if not tables:
        return "empty"
    if tables >= OPTUNA_MARK:
        return "optuna"
    return "mlflow" if tables >= MLFLOW_MARK and "studies" not in tables else "other"


def _tables(path: Path) -> set[str] | None:
    """The tables of a SQLite file, asked read-only; None where it cannot be read."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as database:
            rows = database.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    except sqlite3.Error:
        return None
    return {row[0] for row in rows}


_WHAT = {
    "optuna": "an Optuna study storage",
    "mlflow": "an MLflow store",
    "other": "another program's database",
    "not-sqlite": "not a SQLite database",
}


def check_store(url: str, expected: str, what: str) -> None:
    """``url``, if a SQLite file, is missing, empty or of the ``expected`` kind ("optuna" or
    "mlflow"); ``StoreKindError`` (one line, masked) before anything is written otherwise."""
    path = sqlite_path(url) if url else None
    if path is None:
        return
    kind = sqlite_kind(path)
    if kind in ("missing", "empty", "damaged", expected):
        return
    raise StoreKindError(
        f"{what} {masked(url)!r}: {path} is {_WHAT[kind]}; give {_WHAT[expected]} of its own "
        "(nothing was written to it)"
    )


def is_database(path: Path) -> bool:
    """Whether ``path`` (followed through links) is a SQLite database: never a command's output."""
    if not path.is_file():  # a pipe would block the read; a device holds no database
        return False
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def record_kind(path: Path) -> str | None:
    """What a file the project keeps as a record is (followed through links), or None: a SQLite
    database (a study's storage, an MLflow store, an agent's table, anybody's), PyTorch weights,
    or a configuration of this project. No command's ``-o`` writes over one, ``--force`` or not."""
    import tomllib
    import zipfile

    if not path.is_file():  # a device (/dev/full) or a pipe holds no record, and is read no further
        return None
    if is_database(path):
        return "a SQLite database"
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            if any(name.endswith("/data.pkl") for name in archive.namelist()):
                return "PyTorch weights"
    if path.stat().st_size > 2**20:  # no configuration is that large
        return None
    try:
        sections = set(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    return "a configuration" if sections & CONFIG_SECTIONS else None


CONFIG_SECTIONS = {"study", "data", "space", "train", "finalize", "measure", "tracking"}


def check_output(path: Path) -> None:
    """A file the library may write: never a folder, never a record (``record_kind``), whichever
    door asked (the CLI adds its own rule: an existing file only with ``--force``)."""
    if path.is_dir():
        raise UserInputError(f"{path} is a folder: give a file name")
    if (kind := record_kind(path)) is not None:
        raise UserInputError(f"{path} is {kind}, kept as a record: write to another file (--force or not)")
