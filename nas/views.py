"""What a person looks at: the front as a static PNG, as a self-contained interactive HTML page
(hover a point for its architecture and figures), and the hypervolume over trials.

The HTML needs no script and no network: the plot is inline SVG whose points carry tooltips.
Reference networks are marked by their measured energy (vertical lines): untrained here, they
have no accuracy to plot.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from nas.front import feasible_trials, non_dominated
from nas.hypervolume import front_hypervolume, study_normalisation
from nas.record import read_record
from nas.references import ReferenceCost

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 760, 440, 70, 20, 30, 50


trained_trials = feasible_trials  # what the plots draw: trials with a trained model


def hypervolume_curve(study: optuna.Study) -> list[tuple[int, float]]:
    """(completed trials, hypervolume of the front of those trials), after each completed trial."""
    directions = [d.name.lower() for d in study.directions]
    objectives = list(study.metric_names or [])
    normalisation = study_normalisation(study)
    completed = study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))
    trained = {t.number for t in trained_trials(study)}
    front: list[FrozenTrial] = []  # kept as trials arrive: a trial off the front never returns to it
    volume, curve = 0.0, []
    for count, trial in enumerate(completed, 1):
        if trial.number in trained:
            candidates = [*front, trial]
            front = [candidates[i] for i in non_dominated([t.values for t in candidates], directions)]
            volume = front_hypervolume(front, objectives, normalisation)
        curve.append((count, volume))
    return curve


def tooltip(trial: FrozenTrial) -> str:
    r = read_record(trial)
    return (
        f"trial {trial.number}: {r.arch}\nval acc {r.val_accuracy:.4f}  test acc {_acc(r.test_accuracy)}\n"
        f"energy {r.energy_j or math.nan:.3e} J per inference ({r.energy_source})\n"
        f"latency {r.latency_ms or math.nan:.4f} ms\n"
        f"params {r.params or 0:,}  MACs {r.macs or 0:,}"
    )


def _acc(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


class _Points:
    """Energy per inference, validation accuracy and energy source of each trial, each record
    read once (a plot asks for them many times)."""

    def __init__(self, trials: Sequence[FrozenTrial]) -> None:
        records = {t.number: read_record(t) for t in trials}
        self.energies = {n: r.energy_j or math.nan for n, r in records.items()}
        self.accuracies = {n: r.val_accuracy for n, r in records.items()}
        self.sources = sorted({r.energy_source for r in records.values()})

    def energy(self, trial: FrozenTrial) -> float:
        return self.energies[trial.number]

    def val(self, trial: FrozenTrial) -> float:
        return self.accuracies[trial.number]


def front_svg(
    trials: Sequence[FrozenTrial], front_numbers: set[int], references: Sequence[ReferenceCost]
) -> str:
    points = _Points(trials)
    energies = [points.energy(t) for t in trials] + [r.energy_j for r in references]
    if not trials:
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" width="760" height="60">'
            '<text x="10" y="30">no trained trial yet</text></svg>'
        )
    low, high = math.log10(min(energies)) - 0.1, math.log10(max(energies)) + 0.1
    bottom_accuracy = min(0.9, math.floor(min(points.val(t) for t in trials) * 10) / 10)

    def x(energy: float) -> float:
        return LEFT + (math.log10(energy) - low) / (high - low) * (WIDTH - LEFT - RIGHT)

    def y(accuracy: float) -> float:
        return TOP + (1 - (accuracy - bottom_accuracy) / (1 - bottom_accuracy)) * (HEIGHT - TOP - BOTTOM)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" font-family="sans-serif" '
        f'font-size="11" role="img" aria-label="Pareto front">',
        f'<rect x="{LEFT}" y="{TOP}" width="{WIDTH - LEFT - RIGHT}" height="{HEIGHT - TOP - BOTTOM}" '
        'fill="none" stroke="#999"/>',
    ]
    for decade in range(math.floor(low), math.ceil(high) + 1):
        for factor in (1, 2, 5):
            value = factor * 10.0**decade
            if low <= math.log10(value) <= high:
                px = x(value)
                parts.append(
                    f'<line x1="{px:.1f}" y1="{TOP}" x2="{px:.1f}" y2="{HEIGHT - BOTTOM}" stroke="#eee"/>'
                )
                parts.append(
                    f'<text x="{px:.1f}" y="{HEIGHT - BOTTOM + 15}" text-anchor="middle">{value:.0e}</text>'
                )
    steps = round((1 - bottom_accuracy) * 10)
    for step in range(steps + 1):
        accuracy = bottom_accuracy + step / 10
        py = y(accuracy)
        parts.append(f'<line x1="{LEFT}" y1="{py:.1f}" x2="{WIDTH - RIGHT}" y2="{py:.1f}" stroke="#eee"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{py + 4:.1f}" text-anchor="end">{accuracy:.1f}</text>')
    sources = ", ".join(points.sources)
    parts.append(
        f'<text x="{(WIDTH + LEFT) / 2}" y="{HEIGHT - 12}" text-anchor="middle">'
        f"energy per inference, J (log scale; {html.escape(sources)})</text>"
    )
    parts.append(
        f'<text x="16" y="{(HEIGHT - BOTTOM + TOP) / 2}" text-anchor="middle" '
        f'transform="rotate(-90 16 {(HEIGHT - BOTTOM + TOP) / 2})">'
        "validation accuracy (proxy training)</text>"
    )
    for reference in references:
        px = x(reference.energy_j)
        parts.append(
            f'<g class="reference"><title>{html.escape(reference.name)} (not trained here): '
            f"{reference.energy_j:.3e} J, {reference.params:,} params, {reference.macs:,} MACs</title>"
            f'<line x1="{px:.1f}" y1="{TOP}" x2="{px:.1f}" y2="{HEIGHT - BOTTOM}" stroke="#1f77b4" '
            f'stroke-dasharray="4 3"/><text x="{px - 3:.1f}" y="{HEIGHT - BOTTOM - 6}" fill="#1f77b4" '
            f'text-anchor="end">'
            f"{html.escape(reference.name)}</text></g>"
        )
    members = sorted((t for t in trials if t.number in front_numbers), key=points.energy)
    line = " ".join(f"{x(points.energy(t)):.1f},{y(points.val(t)):.1f}" for t in members)
    parts.append(f'<polyline points="{line}" fill="none" stroke="#d62728" stroke-width="1.5"/>')
    for trial in sorted(trials, key=lambda t: t.number in front_numbers):
        on_front = trial.number in front_numbers
        parts.append(
            f'<circle class="{"front" if on_front else "trial"}" data-trial="{trial.number}" '
            f'cx="{x(points.energy(trial)):.1f}" cy="{y(points.val(trial)):.1f}" '
            f'r="{6 if on_front else 4}" fill="{"#d62728" if on_front else "#999"}" fill-opacity="0.85">'
            f"<title>{html.escape(tooltip(trial))}</title></circle>"
        )
    legend = LEFT + 14  # top left: cheap and accurate at once is where no trial sits
    parts.append(
        f'<g font-size="11"><circle cx="{legend}" cy="{TOP + 14}" r="5" fill="#d62728"/>'
        f'<text x="{legend + 10}" y="{TOP + 18}">Pareto front</text>'
        f'<circle cx="{legend}" cy="{TOP + 30}" r="4" fill="#999"/>'
        f'<text x="{legend + 10}" y="{TOP + 34}">other trained trials</text>'
        f'<line x1="{legend - 5}" y1="{TOP + 46}" x2="{legend + 5}" y2="{TOP + 46}" stroke="#1f77b4" '
        f'stroke-dasharray="4 3"/><text x="{legend + 10}" y="{TOP + 50}">'
        "reference network (untrained)</text></g>"
    )
    parts.append("</svg>")
    return "\n".join(parts)


def curve_svg(curve: Sequence[tuple[int, float]]) -> str:
    width, height, pad = 420, 180, 36
    if not curve:
        return ""
    top = max(v for _, v in curve) or 1.0
    last = max(n for n, _ in curve)
    xs = [pad + (n - 1) / max(1, last - 1) * (width - 2 * pad) for n, _ in curve]
    ys = [height - pad - v / top * (height - 2 * pad) for _, v in curve]
    points = " ".join(f"{px:.1f},{py:.1f}" for px, py in zip(xs, ys, strict=True))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
        f'font-size="11" role="img" aria-label="hypervolume over trials">'
        f'<rect x="{pad}" y="{pad}" width="{width - 2 * pad}" height="{height - 2 * pad}" '
        'fill="none" stroke="#999"/>'
        f'<polyline points="{points}" fill="none" stroke="#2ca02c" stroke-width="2"/>'
        f'<text x="{pad}" y="{pad - 8}">hypervolume (max {top:.4f})</text>'
        f'<text x="{width - pad}" y="{height - 10}" text-anchor="end">completed trials ({last})</text></svg>'
    )


FRONT_HEADERS = ("trial", "val acc", "test acc", "energy J", "source", "latency ms", "params", "MACs", "arch")


def front_table_html(front: Sequence[FrozenTrial]) -> str:
    header = "".join(f"<th>{name}</th>" for name in FRONT_HEADERS)
    rows = []
    for t in front:
        r = read_record(t)
        cells = (
            t.number,
            f"{r.val_accuracy:.4f}",
            _acc(r.test_accuracy),
            f"{r.energy_j or math.nan:.3e}",
            html.escape(r.energy_source),
            f"{r.latency_ms or math.nan:.4f}",
            f"{r.params or 0:,}",
            f"{r.macs or 0:,}",
            f"<code>{html.escape(r.arch)}</code>",
        )
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f'<table class="front"><thead><tr>{header}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


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
        f"{front_svg(trials, numbers, references)}<h2>Front</h2>{front_table_html(front)}"
        f"<h2>Hypervolume over trials</h2>{curve_svg(curve)}</body></html>"
    )


def front_figure(study: optuna.Study, front_numbers: set[int], references: Sequence[ReferenceCost]) -> Any:
    """The same plot as a static matplotlib figure (for the PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, 4.5), dpi=110)
    axes = figure.subplots()
    trials = trained_trials(study)
    points = _Points(trials)
    sources = points.sources or ["none"]
    others = [t for t in trials if t.number not in front_numbers]
    members = sorted((t for t in trials if t.number in front_numbers), key=points.energy)
    axes.scatter(
        [points.energy(t) for t in others],
        [points.val(t) for t in others],
        c="0.6",
        s=18,
        label="trials",
    )
    axes.plot(
        [points.energy(t) for t in members],
        [points.val(t) for t in members],
        "o-",
        c="tab:red",
        ms=6,
        label="Pareto front",
    )
    for t in members:
        axes.annotate(
            str(t.number),
            (points.energy(t), points.val(t)),
            fontsize=7,
            xytext=(3, 3),
            textcoords="offset points",
        )
    for index, reference in enumerate(references):
        axes.axvline(
            reference.energy_j,
            color="tab:blue",
            linestyle="--",
            linewidth=1,
            label="reference (untrained)" if index == 0 else None,
        )
        axes.annotate(
            reference.name,
            (reference.energy_j, 1.0),
            xycoords=("data", "axes fraction"),
            fontsize=7,
            rotation=90,
            va="top",
            ha="right",
            color="tab:blue",
        )
    axes.set_xscale("log")
    axes.set_xlabel(f"energy per inference (J, {', '.join(sources)})")
    axes.set_ylabel("validation accuracy (proxy training)")
    axes.set_title(f"study {study.study_name}: {len(members)} on the front of {len(trials)} trained")
    axes.grid(alpha=0.3)
    axes.legend(loc="lower right")
    figure.tight_layout()
    return figure


def hypervolume_figure(curve: Sequence[tuple[int, float]]) -> Any:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6, 3.2), dpi=110)
    axes = figure.subplots()
    axes.plot([n for n, _ in curve], [v for _, v in curve], "-o", c="tab:green", ms=3)
    axes.set_xlabel("completed trials")
    axes.set_ylabel("hypervolume")
    axes.grid(alpha=0.3)
    figure.tight_layout()
    return figure
