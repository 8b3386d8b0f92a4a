"""The front and the hypervolume curve as static matplotlib figures (PNG), energy in µJ."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import optuna
from optuna.trial import FrozenTrial

from nas.reference_costs import ReferenceCost
from nas.views.layout import Layout, trained_trials


def front_figure(study: optuna.Study, front_numbers: set[int], references: Sequence[ReferenceCost]) -> Any:
    """The same plot as a static matplotlib figure (for the PNG), energy in µJ."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8.5, 4.8), dpi=110)
    axes = figure.subplots()
    trials = trained_trials(study)
    layout = Layout(trials, front_numbers)
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
