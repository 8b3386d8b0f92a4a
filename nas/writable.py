"""Where a command will write, tried before it starts work: a folder or a SQLite database this
process cannot write is one line (an ``OSError``, exit 1) before anything is trained, measured or
stored, not a failed trial, a stall or a lost training later."""

from __future__ import annotations

import errno
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from nas.urls import masked, scrubbed, sqlite_path


def check_folder(path: Path, what: str) -> None:
    """``path`` takes a new file, or, while it is not there, its nearest folder that is takes one
    (so it can be made): tried with a file that is gone at once; nothing is left behind."""
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    try:
        if not existing.is_dir():
            raise NotADirectoryError(20, "Not a directory", str(existing))
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as error:
        raise OSError(
            error.errno,
            f"{what} cannot be written here ({error.strerror}): make it writable or choose another",
            str(path),
        ) from None


def check_database(url: str, what: str) -> None:
    """A SQLite database at ``url`` that this process can write (a write, rolled back, in the
    file if it exists, else a new file in its folder), or a database server that answers."""
    path = sqlite_path(url)
    if path is None:
        check_server(url, what)
        return
    if not path.exists():
        check_folder(path.parent, what)
        return
    try:
        with closing(sqlite3.connect(path, timeout=30)) as database:
            database.execute("BEGIN IMMEDIATE")
            database.execute("CREATE TABLE nas_write_probe (x)")
            database.rollback()
    except sqlite3.Error as error:
        said = str(error)
        if "readonly" in said or "unable to open" in said:  # a busy database is no such refusal
            raise OSError(
                errno.EACCES,
                f"{what} cannot be written here ({said}): make its file and folder writable, "
                "or work on a copy",
                str(path),
            ) from None


SERVER_TIMEOUT_S = 5  # a database server that has not answered by then will not answer a search


def check_server(url: str, what: str) -> None:
    """A PostgreSQL or MySQL server at ``url`` that takes a connection within
    ``SERVER_TIMEOUT_S`` (``OSError``, one line, masked, if not): a closed port is found before
    anything is trained, not as a silent stall after the first trial."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    if make_url(url).get_backend_name() not in ("postgresql", "mysql"):
        return
    engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": SERVER_TIMEOUT_S})
    try:
        with engine.connect():
            pass
    except Exception as error:
        reason = scrubbed(" ".join(str(getattr(error, "orig", error)).split()))[:200]
        raise OSError(
            errno.ECONNREFUSED, f"{what} {masked(url)!r} does not answer ({reason})", None
        ) from None
    finally:
        engine.dispose()
