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

from nas.front.hypervolume import front_hypervolume, study_normalisation
from nas.front.pareto import LiveFront, feasible_trials, non_dominated
from nas.record import read_record
from nas.search.references import ReferenceCost
from nas.units import energy_text, latency_text

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 760, 440, 70, 20, 30, 50


trained_trials = feasible_trials  # what the plots draw: trials with a trained model


class HypervolumeCurve:
    """(completed trials, hypervolume of their front) after each completed trial, kept up to date
    incrementally: each update looks only at trials not seen before, and the volume is computed
    again only when a trial joins the front (a trial off the front never returns to it)."""

    def __init__(self, study: optuna.Study) -> None:
        self.objectives = list(study.metric_names or [])
        self.normalisation = study_normalisation(study)
        self.live = LiveFront([d.name.lower() for d in study.directions])
        self.points: list[tuple[int, float]] = []

    def update(
        self, study: optuna.Study, trials: Sequence[FrozenTrial] | None = None
    ) -> list[tuple[int, float]]:
        trials = study.get_trials(deepcopy=False) if trials is None else trials
        volume = self.points[-1][1] if self.points else 0.0
        for trial in self.live.feed.take(trials):  # each trial once, added to the front here
            if trial.state != TrialState.COMPLETE:
                continue
            if self.live.add(trial):  # it joined the front: the volume changed
                volume = front_hypervolume(self.live.members, self.objectives, self.normalisation)
            self.points.append((len(self.points) + 1, volume))
        return list(self.points)


def hypervolume_curve(study: optuna.Study) -> list[tuple[int, float]]:
    """(completed trials, hypervolume of the front of those trials), after each completed trial."""
    return HypervolumeCurve(study).update(study)


def tooltip(trial: FrozenTrial) -> str:
    r = read_record(trial)
    return (
        f"trial {trial.number}: {r.arch}\nval acc {r.val_accuracy:.4f}  test acc {_acc(r.test_accuracy)}\n"
        f"energy {energy_text(r.energy_j)} per inference ({r.energy_source})\n"
        f"latency {latency_text(r.latency_ms)}\n"
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


class _Layout:
    """What both drawings of the front share.

    The accuracy axis spans the front and its neighbourhood; trials far below it (stopped
    early, or tiny) are drawn on the bottom edge and counted in a note. The front is that of
    every objective (energy and latency too), so drawn against energy alone it is not a
    staircase: the line joins the members that are also on the two-objective front of accuracy
    and energy; the others are on the front through their latency and are drawn hollow.
    """

    def __init__(self, trials: Sequence[FrozenTrial], front_numbers: set[int]) -> None:
        self.points = _Points(trials)
        self.members = sorted((t for t in trials if t.number in front_numbers), key=self.points.energy)
        pairs = [(self.points.val(t), self.points.energy(t)) for t in self.members]
        self.staircase = [self.members[i] for i in non_dominated(pairs, ["maximize", "minimize"])]
        self.staircase.sort(key=self.points.energy)
        shown = (
            [self.points.val(t) for t in self.members] or [self.points.val(t) for t in trials] or [0.0, 1.0]
        )
        span = max(max(shown) - min(shown), 0.05)
        self.low = max(0.0, min(shown) - 0.5 * span)
        self.high = min(1.0, max(shown) + 0.15 * span)
        self.below = [t for t in trials if self.points.val(t) < self.low]

    def accuracy(self, trial: FrozenTrial) -> float:
        """Where the trial is drawn: at the bottom edge when below the axis."""
        return max(self.points.val(trial), self.low)

    def note(self) -> str:
        parts = []
        if self.below:
            parts.append(f"{len(self.below)} trials below {self.low:.2f} accuracy drawn on the bottom edge")
        if len(self.staircase) < len(self.members):
            parts.append("hollow: on the front through their latency, not their energy")
        return "; ".join(parts)


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values between ``low`` and ``high``."""
    raw = (high - low) / count
    step = 10 ** math.floor(math.log10(raw)) if raw > 0 else 0.1
    step *= next(f for f in (1, 2, 5, 10) if raw <= f * step)
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step + 1e-9) + 1)]


def front_svg(
    trials: Sequence[FrozenTrial], front_numbers: set[int], references: Sequence[ReferenceCost]
) -> str:
    if not trials:
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" width="760" height="60">'
            '<text x="10" y="30">no trained trial yet</text></svg>'
        )
    layout = _Layout(trials, front_numbers)
    points = layout.points
    energies = [points.energy(t) for t in trials] + [r.energy_j for r in references]
    low, high = math.log10(min(energies)) - 0.1, math.log10(max(energies)) + 0.1

    def x(energy: float) -> float:
        return LEFT + (math.log10(energy) - low) / (high - low) * (WIDTH - LEFT - RIGHT)

    def y(accuracy: float) -> float:
        fraction = (accuracy - layout.low) / (layout.high - layout.low)
        return TOP + (1 - fraction) * (HEIGHT - TOP - BOTTOM)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT + 20}" '
        'font-family="sans-serif" font-size="11" role="img" aria-label="Pareto front">',
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
                    f'<text x="{px:.1f}" y="{HEIGHT - BOTTOM + 15}" text-anchor="middle">'
                    f"{energy_text(value)}</text>"
                )
    for accuracy in _ticks(layout.low, layout.high):
        py = y(accuracy)
        parts.append(f'<line x1="{LEFT}" y1="{py:.1f}" x2="{WIDTH - RIGHT}" y2="{py:.1f}" stroke="#eee"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{py + 4:.1f}" text-anchor="end">{accuracy:.2f}</text>')
    sources = ", ".join(points.sources)
    parts.append(
        f'<text x="{(WIDTH + LEFT) / 2}" y="{HEIGHT - 14}" text-anchor="middle">'
        f"energy per inference (log scale; {html.escape(sources)})</text>"
    )
    if note := layout.note():
        parts.append(f'<text x="{LEFT}" y="{HEIGHT + 8}" fill="#555">{html.escape(note)}</text>')
    parts.append(
        f'<text x="16" y="{(HEIGHT - BOTTOM + TOP) / 2}" text-anchor="middle" '
        f'transform="rotate(-90 16 {(HEIGHT - BOTTOM + TOP) / 2})">'
        "validation accuracy (proxy training)</text>"
    )
    for reference in references:
        px = x(reference.energy_j)
        parts.append(
            f'<g class="reference"><title>{html.escape(reference.name)} (not trained here): '
            f"{energy_text(reference.energy_j)}, {reference.params:,} params, {reference.macs:,} MACs</title>"
            f'<line x1="{px:.1f}" y1="{TOP}" x2="{px:.1f}" y2="{HEIGHT - BOTTOM}" stroke="#1f77b4" '
            f'stroke-dasharray="4 3"/><text x="{px - 3:.1f}" y="{HEIGHT - BOTTOM - 6}" fill="#1f77b4" '
            f'text-anchor="end">'
            f"{html.escape(reference.name)}</text></g>"
        )
    line = " ".join(f"{x(points.energy(t)):.1f},{y(points.val(t)):.1f}" for t in layout.staircase)
    parts.append(f'<polyline points="{line}" fill="none" stroke="#d62728" stroke-width="1.5"/>')
    on_staircase = {t.number for t in layout.staircase}
    for trial in sorted(trials, key=lambda t: t.number in front_numbers):
        on_front = trial.number in front_numbers
        fill = "#d62728" if trial.number in on_staircase else ("white" if on_front else "#999")
        parts.append(
            f'<circle class="{"front" if on_front else "trial"}" data-trial="{trial.number}" '
            f'cx="{x(points.energy(trial)):.1f}" cy="{y(layout.accuracy(trial)):.1f}" '
            f'r="{6 if on_front else 4}" fill="{fill}" stroke="{"#d62728" if on_front else "none"}" '
            f'fill-opacity="0.85"><title>{html.escape(tooltip(trial))}</title></circle>'
        )
    # the legend sits above the plot, where it can hide no point
    parts.append(
        f'<g font-size="11"><circle cx="{LEFT + 6}" cy="{TOP - 14}" r="5" fill="#d62728"/>'
        f'<text x="{LEFT + 16}" y="{TOP - 10}">Pareto front</text>'
        f'<circle cx="{LEFT + 110}" cy="{TOP - 14}" r="5" fill="white" stroke="#d62728"/>'
        f'<text x="{LEFT + 120}" y="{TOP - 10}">on the front through latency</text>'
        f'<circle cx="{LEFT + 300}" cy="{TOP - 14}" r="4" fill="#999"/>'
        f'<text x="{LEFT + 310}" y="{TOP - 10}">other trained trials</text>'
        f'<line x1="{LEFT + 430}" y1="{TOP - 14}" x2="{LEFT + 442}" y2="{TOP - 14}" stroke="#1f77b4" '
        f'stroke-dasharray="4 3"/><text x="{LEFT + 448}" y="{TOP - 10}">'
        "reference network (untrained)</text></g>"
    )
    parts.append("</svg>")
    return "\n".join(parts)


def curve_svg(curve: Sequence[tuple[int, float]]) -> str:
    """The hypervolume after each completed trial, on an axis that spans its progress."""
    width, height, left, right, top, bottom = 460, 220, 56, 16, 16, 44
    if not curve:
        return ""
    values = [v for _, v in curve]
    span = max(max(values) - min(values), 0.01)
    low, high = max(0.0, min(values) - 0.1 * span), min(1.0, max(values) + 0.1 * span)
    last = max(n for n, _ in curve)

    def x(n: float) -> float:
        return left + (n - 1) / max(1, last - 1) * (width - left - right)

    def y(v: float) -> float:
        return top + (1 - (v - low) / (high - low)) * (height - top - bottom)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
        f'font-size="11" role="img" aria-label="hypervolume over trials">',
        f'<rect x="{left}" y="{top}" width="{width - left - right}" height="{height - top - bottom}" '
        'fill="none" stroke="#999"/>',
    ]
    for value in _ticks(low, high, 4):
        parts.append(
            f'<line x1="{left}" y1="{y(value):.1f}" x2="{width - right}" y2="{y(value):.1f}" stroke="#eee"/>'
        )
        parts.append(f'<text x="{left - 5}" y="{y(value) + 4:.1f}" text-anchor="end">{value:.3g}</text>')
    for n in _ticks(1, last, 5) if last > 1 else [1.0]:
        parts.append(f'<text x="{x(n):.1f}" y="{height - bottom + 15}" text-anchor="middle">{n:.0f}</text>')
    points = " ".join(f"{x(n):.1f},{y(v):.1f}" for n, v in curve)
    parts += [
        f'<polyline points="{points}" fill="none" stroke="#2ca02c" stroke-width="2"/>',
        f'<text x="{(width + left) / 2}" y="{height - 8}" text-anchor="middle">completed trials</text>',
        f'<text x="14" y="{(height - bottom + top) / 2}" text-anchor="middle" '
        f'transform="rotate(-90 14 {(height - bottom + top) / 2})">hypervolume</text></svg>',
    ]
    return "".join(parts)


FRONT_HEADERS = ("trial", "val acc", "test acc", "energy", "source", "latency", "params", "MACs", "arch")


def front_table_html(front: Sequence[FrozenTrial]) -> str:
    header = "".join(f"<th>{name}</th>" for name in FRONT_HEADERS)
    rows = []
    for t in front:
        r = read_record(t)
        cells = (
            t.number,
            f"{r.val_accuracy:.4f}",
            _acc(r.test_accuracy),
            energy_text(r.energy_j),
            html.escape(r.energy_source),
            latency_text(r.latency_ms),
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
    """The same plot as a static matplotlib figure (for the PNG), energy in µJ."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8.5, 4.8), dpi=110)
    axes = figure.subplots()
    trials = trained_trials(study)
    layout = _Layout(trials, front_numbers)
    points = layout.points
    sources = points.sources or ["none"]
    on_staircase = {t.number for t in layout.staircase}
    others = [t for t in trials if t.number not in front_numbers]
    hollow = [t for t in layout.members if t.number not in on_staircase]

    def micro(group: Sequence[FrozenTrial]) -> list[float]:
        return [points.energy(t) * 1e6 for t in group]

    axes.scatter(
        micro(others), [layout.accuracy(t) for t in others], c="0.6", s=18, label="other trained trials"
    )
    axes.plot(
        micro(layout.staircase),
        [points.val(t) for t in layout.staircase],
        "o-",
        c="tab:red",
        ms=6,
        label="Pareto front",
    )
    if hollow:
        axes.scatter(
            micro(hollow),
            [points.val(t) for t in hollow],
            s=36,
            facecolors="white",
            edgecolors="tab:red",
            label="on the front through latency",
        )
    for t in layout.members:
        axes.annotate(
            str(t.number),
            (points.energy(t) * 1e6, points.val(t)),
            fontsize=7,
            xytext=(3, 3),
            textcoords="offset points",
        )
    for index, reference in enumerate(references):
        axes.axvline(
            reference.energy_j * 1e6,
            color="tab:blue",
            linestyle="--",
            linewidth=1,
            label="reference (untrained)" if index == 0 else None,
        )
        axes.annotate(
            reference.name,
            (reference.energy_j * 1e6, 1.0),
            xycoords=("data", "axes fraction"),
            fontsize=7,
            rotation=90,
            va="top",
            ha="right",
            color="tab:blue",
        )
    axes.set_ylim(layout.low - 0.01 * (layout.high - layout.low), layout.high)
    axes.set_xscale("log")
    axes.set_xlabel(f"energy per inference (µJ, {', '.join(sources)})")
    axes.set_ylabel("validation accuracy (proxy training)")
    axes.set_title(f"study {study.study_name}: {len(layout.members)} on the front of {len(trials)} trained")
    if note := layout.note():
        axes.text(0, -0.16, note, transform=axes.transAxes, fontsize=7, color="0.35")
    axes.grid(alpha=0.3)
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)  # outside: hides no point
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
