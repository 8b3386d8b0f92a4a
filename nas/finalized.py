"""Finalized networks, kept beside the search in its own study: one study attribute each
(``nas_final:<key>``), holding the final record (full-fidelity accuracies, cost re-measured on
the final weights) with the proxy's training beside it. A network finalized again with another
recipe (``nas finalize --again``) keeps its earlier finalizations inside the latest one, their
weights where they were.

A study attribute, not a companion study: finalized results travel with the study (SQLite or
PostgreSQL alike), never show up as a second study in ``nas studies``, and leave the search's
trials untouched. For the front's helpers (nas/front/final.py), each finalized network is also
seen as a completed trial carrying the number of the search trial it finalizes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from nas.objectives import OBJECTIVES
from nas.record import TrainResult, TrialRecord, record_attrs, record_from_json, record_json

FINAL_PREFIX = "nas_final:"
# keys a recipe gained after finalizations were stored, with the value those were trained with
RECIPE_DEFAULTS: dict[str, Any] = {"passes": 1}


@dataclass(frozen=True)
class ProxyCheck:
    """A finalized network set against the proxy checkpoint that put it on the front, both
    scored on the same validation split. Where the final training is worse by more than the
    split's own noise (one binomial standard error of the proxy's accuracy), the proxy's
    weights are what the finalization keeps: nothing is shipped worse than what was found."""

    proxy_val: float  # the proxy checkpoint, re-scored (not the search's best-epoch figure)
    final_val: float  # the final training's weights
    standard_error: float  # of proxy_val on this split: sqrt(p (1 - p) / n)
    kept: str  # whose weights this finalization holds: "final" or "proxy"

    @classmethod
    def judged(cls, proxy_val: float, final_val: float, examples: int) -> ProxyCheck:
        error = math.sqrt(proxy_val * (1 - proxy_val) / max(1, examples))
        return cls(proxy_val, final_val, error, "proxy" if final_val < proxy_val - error else "final")

    def text(self, label: str) -> str:
        """One line for a network whose proxy's weights were kept."""
        return (
            f"{label}: final training reached validation {self.final_val:.4f}, below its proxy checkpoint's "
            f"{self.proxy_val:.4f} by more than one standard error ({self.standard_error:.4f}): "
            "the proxy's weights are kept as its finalized network"
        )


@dataclass(frozen=True)
class Finalized:
    key: str  # "trial-7", or "ref-<name>" for a reference network
    trial: int | None  # the search trial whose architecture this is
    reference: str | None  # the reference network's name
    record: TrialRecord  # the final figures: training at full fidelity, costs re-measured
    proxy: TrainResult | None  # the search's proxy training of the same architecture
    recipe: dict[str, Any]
    interleaved_with: tuple[str, ...] = ()  # the networks last measured round-robin with this one
    attempt: int = 1  # 2 and up: finalized again with another recipe (nas finalize --again)
    earlier: tuple[Finalized, ...] = ()  # the finalizations this one replaced, newest first
    proxy_check: ProxyCheck | None = None  # None: no proxy checkpoint to set it against

    @property
    def weights_from(self) -> str:
        """Where the finalized weights came from: "final" training, or the "proxy" checkpoint."""
        return self.proxy_check.kept if self.proxy_check else "final"

    @property
    def label(self) -> str:
        return network_label(self.trial, self.reference)

    @property
    def ident(self) -> str:
        """This finalization's name, for its weights and its MLflow run: the key, then
        ``<key>.<attempt>`` for a later one (the earlier one keeps its own)."""
        return finalization_ident(self.key, self.attempt)

    def recipe_differences(self, recipe: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
        """The settings in which this finalization's recipe differs from ``recipe``: (its, theirs)."""
        mine = {**RECIPE_DEFAULTS, **self.recipe}
        names = sorted(set(mine) | set(recipe))
        return {n: (mine.get(n), recipe.get(n)) for n in names if mine.get(n) != recipe.get(n)}

    def as_trial(self, objectives: Sequence[str]) -> FrozenTrial:
        """As a completed trial with the search trial's number, for the front's helpers."""
        values = [OBJECTIVES[name].value(self.record) for name in objectives]
        trial = optuna.trial.create_trial(
            state=TrialState.COMPLETE,
            values=[math.inf if v is None else float(v) for v in values],
            user_attrs=record_attrs(self.record),
        )
        trial.number = -1 if self.trial is None else self.trial
        return trial


@dataclass(frozen=True)
class Weights:
    """The weights an export writes: a trial's finalized ones, or its proxy-trained ones."""

    trial: int
    record: TrialRecord  # the figures of these weights
    final: Finalized | None
    proxy: TrialRecord  # the search's record of the trial

    @property
    def checkpoint(self) -> Path:
        return Path(str(self.record.checkpoint))


def network_label(trial: int | None, reference: str | None) -> str:
    """How a finalized network is named to a person: its search trial, or the reference's name."""
    return f"trial {trial}" if trial is not None else str(reference)


def finalization_ident(key: str, attempt: int) -> str:
    return key if attempt == 1 else f"{key}.{attempt}"


def trial_key(number: int) -> str:
    return f"trial-{number}"


def reference_key(name: str) -> str:
    return f"ref-{name}"


def store_finalized(study: optuna.Study, finalized: Finalized) -> None:
    study.set_user_attr(FINAL_PREFIX + finalized.key, _finalized_json(finalized))


def _finalized_json(finalized: Finalized) -> dict[str, Any]:
    return {
        "trial": finalized.trial,
        "reference": finalized.reference,
        "record": record_json(finalized.record),
        "proxy": record_json(TrialRecord(training=finalized.proxy))["training"],
        "recipe": finalized.recipe,
        "interleaved_with": list(finalized.interleaved_with),
        "attempt": finalized.attempt,
        "earlier": [_finalized_json(e) for e in finalized.earlier],
        "proxy_check": None if finalized.proxy_check is None else asdict(finalized.proxy_check),
    }


def _finalized_from_json(key: str, data: dict[str, Any]) -> Finalized:
    proxy = data.get("proxy")
    return Finalized(
        key=key,
        trial=data.get("trial"),
        reference=data.get("reference"),
        record=record_from_json(data["record"]),
        proxy=None if proxy is None else record_from_json({"training": proxy}).training,
        recipe=dict(data.get("recipe") or {}),
        interleaved_with=tuple(data.get("interleaved_with") or ()),
        attempt=int(data.get("attempt", 1)),
        earlier=tuple(_finalized_from_json(key, e) for e in data.get("earlier") or ()),
        proxy_check=ProxyCheck(**data["proxy_check"]) if data.get("proxy_check") else None,
    )


def read_finalized(study: optuna.Study) -> dict[str, Finalized]:
    """Every finalized network of the study, by key (its latest finalization)."""
    return {
        attr.removeprefix(FINAL_PREFIX): _finalized_from_json(attr.removeprefix(FINAL_PREFIX), data)
        for attr, data in study.user_attrs.items()
        if attr.startswith(FINAL_PREFIX)
    }


def finalized_trials(study: optuna.Study) -> dict[int, Finalized]:
    """The study's finalized search trials (references left out), by trial number."""
    return {f.trial: f for f in read_finalized(study).values() if f.trial is not None}


def finalized_references(study: optuna.Study) -> dict[str, Finalized]:
    return {f.reference: f for f in read_finalized(study).values() if f.reference is not None}
