"""Predicting a child's objectives before anything is built: static costs are exact counts, measured
ones a log-log fit on MACs and parameters, accuracy a small ridge fit made optimistic by one
residual spread (an upper confidence bound)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Static:
    """What is known of an architecture before training: exact, cheap."""

    macs: float
    params: float
    blocks: int
    costs: dict[str, float]  # every static objective's count, by name

    def cost_features(self) -> tuple[float, ...]:
        return (1.0, math.log(self.macs), math.log(self.params))

    def accuracy_features(self) -> tuple[float, ...]:
        log_macs = math.log(self.macs)
        return (1.0, log_macs, log_macs**2, math.log(self.params), float(self.blocks))


COST_FEATURES, ACCURACY_FEATURES = 3, 5


def ridge(x: np.ndarray, y: np.ndarray, x_new: np.ndarray, alpha: float = 1e-2) -> tuple[np.ndarray, float]:
    """Ridge regression on standardised features (the first column is the intercept):
    predictions for ``x_new`` and the residual spread."""
    mean, scale = x[:, 1:].mean(axis=0), x[:, 1:].std(axis=0) + 1e-9

    def standard(a: np.ndarray) -> np.ndarray:
        return np.hstack([a[:, :1], (a[:, 1:] - mean) / scale])

    xs = standard(x)
    penalty = alpha * np.eye(xs.shape[1])
    penalty[0, 0] = 0.0  # the intercept is not shrunk
    weights = np.linalg.solve(xs.T @ xs + penalty, xs.T @ y)
    residual = y - xs @ weights
    dof = max(len(y) - xs.shape[1], 1)
    return standard(x_new) @ weights, float(np.sqrt(residual @ residual / dof))


def optimistic_accuracy(x: np.ndarray, accuracy: np.ndarray, x_new: np.ndarray) -> np.ndarray:
    """Predicted accuracy plus one residual spread, within [0, 1]."""
    mean, spread = ridge(x, accuracy, x_new)
    return np.clip(mean + spread, 0.0, 1.0)


def log_log_cost(x: np.ndarray, values: np.ndarray, x_new: np.ndarray) -> np.ndarray:
    """A measured cost from the static features, fitted in logs on the positive finite values.
    With none (a meter that did not tick while the trials so far were measured), every child is
    predicted at zero, as measured: nothing to fit would make the fit singular and fail the trial."""
    measured = (values > 0) & np.isfinite(values)
    if not measured.any():
        return np.zeros(len(x_new))
    mean, _ = ridge(x[measured], np.log(values[measured]), x_new)
    predicted: np.ndarray = np.exp(mean)
    return predicted
