"""The front as a self-contained HTML page: the interactive plot, the table, the hypervolume curve."""

from __future__ import annotations

import html
from collections.abc import Sequence

import optuna
from optuna.trial import FrozenTrial

from nas.front.rows import HEADERS, FinalRow, FrontRow, front_rows
from nas.reference_costs import ReferenceCost
from nas.views.layout import trained_trials
from nas.views.svg import curve_svg, front_svg


def front_table_html(rows: Sequence[FrontRow | FinalRow], headers: Sequence[str] = HEADERS) -> str:
    """Front rows (or finalized networks' rows) as an HTML table; the architecture as code."""
    header = "".join(f"<th>{html.escape(name)}</th>" for name in headers)
    body = []
    for row in rows:
        *figures, arch = (html.escape(cell) for cell in row.cells())
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in figures) + f"<td><code>{arch}</code></td></tr>")
    return f'<table class="front"><thead><tr>{header}</tr></thead><tbody>{"".join(body)}</tbody></table>'


STYLE = (
    "<style>body{font-family:sans-serif;margin:1.5em;max-width:1100px}"
    "table{border-collapse:collapse;font-size:13px}"
    "td,th{border:1px solid #ccc;padding:3px 6px;text-align:left}"
    "code{font-size:12px}</style>"
)


def front_page(
    study: optuna.Study,
    front: Sequence[FrozenTrial],
    curve: Sequence[tuple[int, float]],
    references: Sequence[ReferenceCost],
) -> str:
    """A self-contained HTML page: the interactive front, its table, and the hypervolume curve."""
    trials = trained_trials(study)
    numbers = {t.number for t in front}
    name = html.escape(study.study_name)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Pareto front of {name}</title>{STYLE}"
        f"</head><body><h1>Pareto front of study {name}</h1><p>{len(front)} on the front of "
        f"{len(trials)} trained trials, selected by validation accuracy (the test accuracy is shown, never "
        "used to select). Hover a point for its architecture and figures.</p>"
        f"{front_svg(trials, numbers, references)}<h2>Front</h2>{front_table_html(front_rows(front))}"
        f"<h2>Hypervolume over trials</h2>{curve_svg(curve)}</body></html>"
    )
