"""Tables that fit the terminal: where the columns cannot all stand side by side, the least needed
are left out (the architecture first) and the caption names them; ``--wide`` shows every one,
folded, and ``--json`` has everything for machines."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

# the columns a narrow terminal leaves out, first to last; the rest always stay
LEFT_OUT_FIRST = (
    "arch",
    "energy source",
    "peak memory",
    "MACs",
    "sampler",
    "proxy test",
    "params",
    "latency",
    "front energy",
    "running",
    "latency here",
    "latency there",
)


def fitted_table(
    title: str,
    caption: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int | None,
    wide: bool = False,
) -> Table:
    """A table of ``rows`` under ``headers`` no wider than ``width`` (unless ``wide``, or no
    width: a file or a pipe keeps every column)."""
    shown = list(headers)
    left_out: list[str] = []
    if not wide and width is not None:
        for name in LEFT_OUT_FIRST:
            if _width(shown, headers, rows) <= width:
                break
            if name in shown:
                shown.remove(name)
                left_out.append(name)
    if left_out:
        caption += f"; left out at this width: {', '.join(left_out)} (--wide shows every column)"
    table = Table(title=title, caption=caption)
    _fill(table, shown, headers, rows)
    return table


def _fill(table: Table, shown: Sequence[str], headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    keep = [headers.index(name) for name in shown]
    for name in shown:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(escape(row[i]) for i in keep))


def _width(shown: Sequence[str], headers: Sequence[str], rows: Sequence[Sequence[str]]) -> int:
    """How wide the columns are, side by side, with nothing folded."""
    table = Table()
    _fill(table, shown, headers, rows)
    console = Console(width=100_000, file=io.StringIO(), color_system=None)
    console.print(table)
    return max(len(line) for line in console.file.getvalue().splitlines())  # type: ignore[attr-defined]
