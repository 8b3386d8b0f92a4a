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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from nas.objectives import OBJECTIVES
from nas.record import TrainResult, TrialRecord, record_attrs, record_from_json, record_json

FINAL_PREFIX = "nas_final:"


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
        names = sorted(set(self.recipe) | set(recipe))
        return {n: (self.recipe.get(n), recipe.get(n)) for n in names if self.recipe.get(n) != recipe.get(n)}

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
