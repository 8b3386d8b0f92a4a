"""The front as drawn: an accuracy axis that spans the front, outliers on the edge, a legend
that hides no point, and a three-objective front drawn honestly against one cost."""

from __future__ import annotations

import re

from nas.views.svg import HEIGHT, TOP, curve_svg, front_svg
from tests.conftest import made_trial as trial

BOTTOM_EDGE = HEIGHT - 50


def circles(svg: str) -> dict[int, tuple[float, float, str]]:
    found = re.findall(r'data-trial="(\d+)" cx="([\d.]+)" cy="([\d.]+)" r="\d+" fill="([^"]+)"', svg)
    return {int(n): (float(x), float(y), fill) for n, x, y, fill in found}


def test_the_accuracy_axis_spans_the_front_and_outliers_sit_on_its_edge() -> None:
    trials = [
        trial(0, 0.86, 50, 20),
        trial(1, 0.88, 80, 30),
        trial(2, 0.90, 200, 40),
        trial(3, 0.31, 60, 25),  # stopped early: far below the front
        trial(4, 0.85, 120, 10),  # on the front through its latency only
    ]
    svg = front_svg(trials, {0, 1, 2, 4}, [])
    drawn = circles(svg)
    ticks = [float(t) for t in re.findall(r'text-anchor="end">(0\.\d\d)</text>', svg)]
    assert min(ticks) >= 0.75  # not stretched down to the stopped trial's 0.31
    assert abs(drawn[3][1] - BOTTOM_EDGE) < 1  # drawn on the bottom edge, and said so
    assert "1 trials below" in svg and "drawn on the bottom edge" in svg
    assert drawn[4][2] == "white" and drawn[0][2] == "#d62728"  # hollow: front through latency
    assert "on the front through latency" in svg
    legend_y = [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)" r="\d" fill', svg)]
    assert legend_y and all(y < TOP for y in legend_y)  # above the plot: it hides no point
    assert all(TOP <= y <= BOTTOM_EDGE for _, y, _ in drawn.values())
    assert "µJ" in svg and " J per inference" not in svg.replace("µJ per inference", "")


def test_the_hypervolume_curve_has_labelled_axes_that_show_its_progress() -> None:
    svg = curve_svg([(1, 0.40), (2, 0.45), (3, 0.45), (4, 0.52)])
    labels = [float(v) for v in re.findall(r'text-anchor="end">([\d.]+)</text>', svg)]
    assert labels and min(labels) >= 0.35 and max(labels) <= 0.55  # not 0..1: the progress shows
    assert "completed trials" in svg and "hypervolume" in svg
