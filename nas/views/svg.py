"""The front and the hypervolume curve as inline SVG: no script, no network; each point carries
its figures as a tooltip (hover it). Reference networks are marked by their measured energy
(vertical lines): untrained here, they have no accuracy to plot."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from optuna.trial import FrozenTrial

from nas.formatting import energy_text
from nas.front.rows import FrontRow
from nas.reference_costs import ReferenceCost
from nas.views.layout import Layout, ticks

WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 760, 440, 70, 20, 30, 50


def front_svg(
    trials: Sequence[FrozenTrial],
    front_numbers: set[int],
    references: Sequence[ReferenceCost],
    training: str = "proxy training",
) -> str:
    """The front as an SVG plot; ``training`` says which training the accuracies come from."""
    if not trials:
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" width="760" height="60">'
            '<text x="10" y="30">no trained trial yet</text></svg>'
        )
    layout = Layout(trials, front_numbers)
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
    for accuracy in ticks(layout.low, layout.high):
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
        f"validation accuracy ({training})</text>"
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
            f'fill-opacity="0.85"><title>{html.escape(FrontRow.of(trial).tooltip())}</title></circle>'
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
    for value in ticks(low, high, 4):
        parts.append(
            f'<line x1="{left}" y1="{y(value):.1f}" x2="{width - right}" y2="{y(value):.1f}" stroke="#eee"/>'
        )
        parts.append(f'<text x="{left - 5}" y="{y(value) + 4:.1f}" text-anchor="end">{value:.3g}</text>')
    for n in ticks(1, last, 5) if last > 1 else [1.0]:
        parts.append(f'<text x="{x(n):.1f}" y="{height - bottom + 15}" text-anchor="middle">{n:.0f}</text>')
    points = " ".join(f"{x(n):.1f},{y(v):.1f}" for n, v in curve)
    parts += [
        f'<polyline points="{points}" fill="none" stroke="#2ca02c" stroke-width="2"/>',
        f'<text x="{(width + left) / 2}" y="{height - 8}" text-anchor="middle">completed trials</text>',
        f'<text x="14" y="{(height - bottom + top) / 2}" text-anchor="middle" '
        f'transform="rotate(-90 14 {(height - bottom + top) / 2})">hypervolume</text></svg>',
    ]
    return "".join(parts)
