"""Every table a terminal of 120 or 80 columns shows is readable there: each row one line, no
line wider than the terminal; the columns left out are named, and --wide shows them."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from nas.front.rows import HEADERS
from tests.conftest import run_cli


def _nas(columns: int, *args: str) -> str:
    """``nas ARGS`` in a terminal ``columns`` wide (a pseudo-terminal: tables fit terminals only)."""
    parent, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update(TERM="dumb", NO_COLOR="1")
    process = subprocess.Popen([sys.executable, "-m", "nas", *args], stdout=child, stderr=child, env=env)
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(parent, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(parent)
    assert process.wait(timeout=300) == 0, b"".join(chunks).decode()
    text = b"".join(chunks).decode().replace("\r\n", "\n")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)  # any control sequence left


def _tables(output: str) -> list[list[str]]:
    """Each table's body rows (the lines between its header rule and its bottom rule)."""
    tables: list[list[str]] = []
    body: list[str] | None = None
    for line in output.splitlines():
        if line.startswith("┡"):
            body = []
        elif line.startswith("└") and body is not None:
            tables.append(body)
            body = None
        elif body is not None:
            body.append(line)
    return tables


@pytest.fixture(scope="module")
def finalized_study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import TINY, make_blobs_npz, toml_text

    folder = tmp_path_factory.mktemp("tables")
    data = make_blobs_npz(folder / "blobs.npz")
    (folder / "tiny.toml").write_text(toml_text({**TINY, "data": {"dataset": str(data)}}))
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        assert run_cli("search", "tiny.toml", "--tracking-uri", "").exit_code == 0
        assert run_cli("finalize", "--config", "tiny.toml", "--epochs", "1", "--trials", "0").exit_code == 0
    finally:
        os.chdir(cwd)
    return folder


@pytest.mark.parametrize("columns", [120, 80])
@pytest.mark.slow
def test_front_and_studies_fit_the_terminal(finalized_study: Path, columns: int) -> None:
    os.chdir(finalized_study)
    for args, rows in ((["front", "--config", "tiny.toml"], None), (["studies"], 1)):
        shown = _nas(columns, *args)
        assert all(len(line) <= columns for line in shown.splitlines()), shown
        tables = _tables(shown)
        assert tables, shown
        if rows is not None:
            assert [len(body) for body in tables] == [rows], shown  # one line a row: nothing folded
        assert "arch" not in shown.splitlines()[2] or columns > 200  # the header row
    front = _tables(_nas(columns, "front", "--config", "tiny.toml"))
    assert len(front) == 2  # the search's front and the finalized networks, each row one line
    assert len(front[1]) == 1 and all(line.startswith("│") for body in front for line in body)
    said = " ".join(_nas(columns, "front", "--config", "tiny.toml").split())  # the caption, unwrapped
    assert "left out at this width: arch" in said


@pytest.mark.parametrize("columns", [120, 80])
@pytest.mark.slow
def test_the_reference_networks_fit_the_terminal(columns: int) -> None:
    shown = _nas(columns, "spaces", "--input-shape", "1,28,28")
    assert all(len(line) <= columns for line in shown.splitlines()), shown
    (body,) = _tables(shown)
    assert len(body) == len([line for line in body if "mobilenet" in line])  # one line a network


@pytest.mark.slow
def test_wide_and_a_pipe_show_every_column(finalized_study: Path) -> None:
    os.chdir(finalized_study)
    shown = _nas(120, "front", "--config", "tiny.toml", "--wide")
    top = next(line for line in shown.splitlines() if line.startswith("┏"))
    assert top.count("┳") == len(HEADERS) - 1 and "left out" not in shown  # every column, folded
    piped = _piped(None, "front", "--config", "tiny.toml")  # a file or a pipe: every column
    assert "stem_k3" in piped and "left out" not in piped


def _piped(columns: str | None, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    env |= {"COLUMNS": columns} if columns is not None else {}
    return subprocess.run(
        [sys.executable, "-m", "nas", *args], capture_output=True, text=True, check=True, env=env
    ).stdout


def test_a_pipe_follows_columns_when_it_is_set(finalized_study: Path) -> None:
    os.chdir(finalized_study)
    shown = _piped("80", "front", "--config", "tiny.toml")
    assert all(len(line) <= 80 for line in shown.splitlines()), shown
    rows = [line for body in _tables(shown) for line in body]
    assert rows and all(re.match(r"│\s*(trial\s+)?\d+", line) for line in rows), shown  # a row, one line
    assert "left out at this width: arch" in " ".join(shown.split())


@pytest.mark.slow
def test_a_pipe_without_columns_breaks_no_line_of_text(finalized_study: Path) -> None:
    """A file gets whole lines: the footprint sentence is one line, however long."""
    os.chdir(finalized_study)
    said = _piped(None, "search", "tiny.toml", "--tracking-uri", "").splitlines()
    (footprint,) = [line for line in said if "footprint" in line]
    assert footprint.startswith("search footprint:") and footprint.rstrip().endswith(")"), footprint
    assert "Survey 2023" in footprint  # its last words, on the same line
