"""The reference networks' costs as a study stores them: measured once per study by
nas/measure/references.py, read by every worker, view, report and the hypervolume's scale."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import optuna

ATTR = "nas_references"


@dataclass(frozen=True)
class ReferenceCost:
    name: str
    arch: str
    params: int
    macs: int
    energy_j: float
    energy_source: str
    latency_ms: float
    static: dict[str, float] = field(default_factory=dict)  # every static objective's count
    measured: dict[str, float] = field(default_factory=dict)  # every measured objective's figure


def study_references(study: optuna.Study) -> list[ReferenceCost]:
    return [ReferenceCost(**row) for row in json.loads(study.user_attrs.get(ATTR, "[]"))]
