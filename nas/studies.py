"""The studies a storage holds, summarised: what ``nas studies`` lists and ``list_studies`` returns."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

import optuna

from estimators import CarbonFactors
from nas.budget import BUDGET_ATTR
from nas.config import Config, ConfigError
from nas.footprint import study_footprint
from nas.front.pareto import pareto_front
from nas.record import read_record
from nas.study import SCHEMA, SCHEMA_ATTR, reading_storage
from nas.urls import UrlError, check_storage_url, sqlite_path

if TYPE_CHECKING:
    from optuna.study._frozen import FrozenStudy  # what a storage lists


@dataclass(frozen=True)
class StudySummary:
    """One study of a storage. ``current`` is false for a study an earlier version made: its
    figures are not read (they are None and zero)."""

    name: str
    current: bool
    completed: int = 0
    running: int = 0
    failed: int = 0
    front_size: int = 0
    best_val_accuracy: float | None = None
    front_energy_j: tuple[float, float] | None = None  # the front's cheapest and costliest network
    spent_j: float = 0.0  # training and measuring, every trial
    budget_j: float | None = None
    sampler: str | None = None


def list_studies(storage_url: str, config: Config | None = None) -> list[StudySummary]:
    """Every study in ``storage_url``, by name; none where a SQLite storage file does not exist
    (reading never creates one). ``config``'s [footprint] prices the energy spent."""
    try:
        path = sqlite_path(check_storage_url(storage_url))
    except UrlError as error:
        raise ConfigError(str(error)) from None
    if path is not None and not path.is_file():
        return []
    factors = (config or Config()).footprint.factors()
    found = reading_storage(storage_url).get_all_studies()
    return [_summary(study, storage_url, factors) for study in sorted(found, key=lambda s: s.study_name)]


def _summary(found: FrozenStudy, url: str, factors: CarbonFactors) -> StudySummary:
    if found.user_attrs.get(SCHEMA_ATTR) != SCHEMA:
        return StudySummary(found.study_name, current=False)
    study = optuna.load_study(study_name=found.study_name, storage=url)
    trials = study.get_trials(deepcopy=False)
    states = [t.state.name for t in trials]
    front = [read_record(t) for t in pareto_front(study)]
    energies = [r.energy_j for r in front if r.energy_j is not None]
    stored = json.loads(found.user_attrs.get("nas_config_full", "{}")).get("study", {})
    budget = found.user_attrs.get(BUDGET_ATTR)
    return StudySummary(
        name=found.study_name,
        current=True,
        completed=states.count("COMPLETE"),
        running=states.count("RUNNING"),
        failed=states.count("FAIL"),
        front_size=len(front),
        best_val_accuracy=max((r.val_accuracy for r in front if r.val_accuracy is not None), default=None),
        front_energy_j=(min(energies), max(energies)) if energies else None,
        spent_j=study_footprint(trials, factors).energy_j,
        budget_j=float(budget) if budget else None,
        sampler=stored.get("sampler"),
    )
