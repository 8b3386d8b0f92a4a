"""``nas remeasure`` as a library call: a study's front and the reference networks measured on
another device (an agent there), beside the figures the study found them with. The agent's
table keeps what it measured, so asking again measures nothing twice."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import optuna

from estimators import MeasureSettings
from nas.config import Config, ConfigError
from nas.front.pareto import pareto_front
from nas.measure.measurer import Measurer, agent_client
from nas.measure.parts import measure_settings
from nas.measure.references import measure_references
from nas.objectives import OBJECTIVES, Objective
from nas.reference_costs import study_references


@dataclass(frozen=True)
class RemeasuredFront:
    """A study's front and reference networks with their figures here and on the agent's device;
    ``as_json()`` is what ``nas remeasure --json`` prints."""

    study: str
    device: str  # as the agent names it
    front: list[dict[str, Any]]  # a row per front member: figures here and on the device
    references: list[dict[str, Any]]  # a row per reference network, likewise

    def as_json(self) -> dict[str, Any]:
        return {
            "study": self.study,
            "device": self.device,
            "front": self.front,
            "references": self.references,
        }


def remeasure_front(study: optuna.Study, config: Config, target: str) -> RemeasuredFront:
    """The study's front and references measured by the agent at ``target`` with the study's
    settings (``config``: its stored configuration); ConfigError if there is nothing to measure
    here, the agent's errors if it cannot be used."""
    from nas.urls import check_agent_url

    check_agent_url(target)  # as the CLI does: no credentials in it, http(s) only
    front = pareto_front(study)
    if not front:
        raise ConfigError(f"study {study.study_name!r} has no front yet: nothing to measure")
    shape, classes = _input_of(front)
    measurer = agent_client(target, config.measure.target_wait_s)
    settings = measure_settings(config)
    objectives = tuple(config.study.objectives)
    measured = [_remeasured(trial, measurer, settings, shape, classes, objectives) for trial in front]
    rows = [row for row, _ in measured]
    _mark_device_front(rows, [point for _, point in measured], objectives)
    here = {ref.name: ref for ref in study_references(study)}
    references = []
    for ref in measure_references(shape, classes, measurer, replace(settings, repeats=3)):
        row: dict[str, Any] = {"name": ref.name}
        for objective in measured_objectives():
            mine = here.get(ref.name)
            row[f"{objective.key}_here"] = objective.reference_cost(mine) if mine is not None else None
            row[f"{objective.key}_device"] = objective.reference_cost(ref)
        references.append(row)
    return RemeasuredFront(study.study_name, rows[0]["device"], rows, references)


def _input_of(front: list[optuna.trial.FrozenTrial]) -> tuple[tuple[int, int, int], int]:
    """The study's input shape and class count, from a front member's saved weights."""
    from nas.export.checkpoint import safe_load
    from nas.record import read_record

    for trial in front:
        path = read_record(trial).checkpoint
        if path and Path(path).is_file():
            payload = safe_load(Path(path))
            channels, height, width = payload["input_shape"]
            return (channels, height, width), int(payload["num_classes"])
    raise ConfigError("no front member's weights are on this machine: run it where the study's artifacts are")


def _remeasured(
    trial: optuna.trial.FrozenTrial,
    measurer: Measurer,
    settings: MeasureSettings,
    shape: tuple[int, int, int],
    classes: int,
    objectives: tuple[str, ...],
) -> tuple[dict[str, Any], tuple[float, ...]]:
    """A front member measured on the device as a candidate is (untrained: cost does not depend
    on the weights), beside its figures here; and its point in the study's objectives there."""
    from nas.agent.protocol import measurement_key
    from nas.measure.measurer import cost_graph
    from nas.record import read_record

    record = read_record(trial)
    graph = cost_graph(record.arch, shape, classes)
    answer = measurer.measure(graph, shape, settings, measurement_key(record.arch, shape, classes))
    row: dict[str, Any] = {"trial": trial.number, "arch": record.arch, "val_accuracy": record.val_accuracy}
    for objective in measured_objectives():
        assert objective.measure is not None
        row[f"{objective.key}_here"] = objective.value(record)
        row[f"{objective.key}_device"] = objective.measure(answer.measurement)
    row.update(
        energy_source_device=answer.measurement.energy_source, device=answer.device, reused=answer.reused
    )
    point = []
    for name in objectives:  # the study's objectives, the measured ones as the device measured them
        objective = OBJECTIVES[name]
        value = objective.measure(answer.measurement) if objective.measure else objective.value(record)
        worst = -math.inf if objective.direction == "maximize" else math.inf
        point.append(worst if value is None else value)
    return row, tuple(point)


def _mark_device_front(
    rows: list[dict[str, Any]], points: list[tuple[float, ...]], objectives: tuple[str, ...]
) -> None:
    """Which of the front's members stay non-dominated on the device, by the study's objectives."""
    from nas.front.pareto import non_dominated

    kept = set(non_dominated(points, [OBJECTIVES[name].direction for name in objectives]))
    for index, row in enumerate(rows):
        row["on_device_front"] = index in kept


def measured_objectives() -> list[Objective]:
    """Every measured figure the registry knows, each shown here and on the device."""
    return [objective for objective in OBJECTIVES.values() if objective.kind == "measured"]
