"""Figures as a person reads them: 45.2 µJ rather than 4.520e-05 J, 38 µs rather than 0.0380 ms."""

from __future__ import annotations

import math

_SCALES = ((1.0, ""), (1e-3, "m"), (1e-6, "µ"), (1e-9, "n"))
_LARGE = ((1e6, "M"), (1e3, "k"))  # energies: a search's budget and footprint run to kilojoules


def _scaled(value: float | None, unit: str, scales: tuple[tuple[float, str], ...] = _SCALES) -> str:
    if value is None or not math.isfinite(value):
        return "-"
    for scale, prefix in scales:
        if abs(value) >= scale:
            return f"{value / scale:.3g} {prefix}{unit}"
    return f"{value / 1e-9:.3g} n{unit}"


def energy_text(joules: float | None) -> str:
    return _scaled(joules, "J", _LARGE + _SCALES)


def latency_text(milliseconds: float | None) -> str:
    return _scaled(None if milliseconds is None else milliseconds / 1e3, "s")


def accuracy_text(accuracy: float | None) -> str:
    return "-" if accuracy is None or not math.isfinite(accuracy) else f"{accuracy:.4f}"


def duration_text(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def count_text(count: float | None) -> str:
    return "-" if count is None or not math.isfinite(count) else f"{round(count):,}"


def bytes_text(size: float | None) -> str:
    """Decimal units, as memory budgets of devices are quoted: 12.3 kB, 1.5 MB."""
    if size is None or not math.isfinite(size):
        return "-"
    for scale, unit in ((1e9, "GB"), (1e6, "MB"), (1e3, "kB")):
        if abs(size) >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size:.0f} B"


def clipped(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut at a word and marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    words = cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut
    return words.rstrip(" ,;:(") + "…"
