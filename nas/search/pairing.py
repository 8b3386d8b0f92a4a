"""Re-measuring what a front decision rests on: a trained candidate that joins the front is
measured again beside its neighbours on the front (the members nearest to it in energy, one
cheaper and one dearer), in interleaved rounds, before its figures are told to the study.

Why pairs: a machine drifts between measurements taken minutes or hours apart (on this
project's VM, 15 % between rounds; a busy neighbour process moves figures by more), so a
candidate measured now and a member measured an hour ago are not comparable, while networks
measured in the same rounds are. A round is one timed window of each network, the order
rotating from round to round (estimators/interleaving.py); the median over rounds is robust to
a disturbed window.

A finished trial's figures never change, so the members' stored figures stay the anchor: the
candidate's energy and latency become each neighbour's stored figure times the median ratio of
the candidate's to that neighbour's over the rounds (the median over neighbours). Whether it
stays on the front, and everything the front feeds (the sampler's parents, the hypervolume,
the reports), then rests on paired comparisons.

Networks are rebuilt from their architecture strings (cost does not depend on the weights), so
a worker reaches every member, wherever it was trained.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import optuna
from optuna.trial import FrozenTrial

from estimators import Measurement, round_robin
from nas.front.pareto import non_dominated
from nas.objectives import MEASURED, OBJECTIVES
from nas.record import PairedFigures, read_record

if TYPE_CHECKING:
    from nas.search.context import Draft, TrialContext


def front_neighbours(
    candidate: Sequence[float], front: Sequence[FrozenTrial], objectives: Sequence[str]
) -> list[FrozenTrial] | None:
    """The members nearest the candidate in the study's first measured objective (the next
    cheaper and the next dearer), when its ``candidate`` values would join the front ``front``;
    None when a member dominates it."""
    directions = [OBJECTIVES[name].direction for name in objectives]
    points = [list(t.values) for t in front] + [list(candidate)]
    if len(points) - 1 not in non_dominated(points, directions):
        return None
    column = list(objectives).index(_paired_on(objectives))
    members = sorted(front, key=lambda t: t.values[column])
    cheaper = [t for t in members if t.values[column] <= candidate[column]][-1:]
    dearer = [t for t in members if t.values[column] > candidate[column]][:1]
    return cheaper + dearer


def _paired_on(objectives: Sequence[str]) -> str:
    """The measured objective neighbours are found along: the first registered of the study's
    (energy before latency)."""
    return next(o.name for o in MEASURED if o.name in objectives)


def _stored(trial: FrozenTrial, name: str, objectives: Sequence[str]) -> float:
    """A neighbour's figure as the study holds it: its objective value, or, for a measured figure
    that is no objective (a study of accuracy and energy alone), what its record says."""
    if name in objectives:
        return float(trial.values[list(objectives).index(name)])
    figure = OBJECTIVES[name].value(read_record(trial))
    assert figure is not None, f"trial {trial.number} on the front has no {name}"
    return figure


def paired_figure(
    stored: Sequence[float], mine: Sequence[float], others: Sequence[Sequence[float]]
) -> float | None:
    """The candidate's figure set against neighbours: ``stored[k]`` is neighbour k's recorded
    figure, ``mine[r]`` and ``others[k][r]`` the candidate and neighbour k measured in round r.
    A round where either read nothing (a counter's net energy of a tiny network can be 0) says
    nothing of their ratio and is left out; None when no round of any neighbour is left."""
    scaled = [
        figure * statistics.median(ratios)
        for figure, theirs in zip(stored, others, strict=True)
        if (ratios := _ratios(mine, theirs))
    ]
    return statistics.median(scaled) if scaled else None


def _ratios(mine: Sequence[float], theirs: Sequence[float]) -> list[float]:
    return [c / o for c, o in zip(mine, theirs, strict=True) if c > 0 and o > 0]


def pair_with_front(
    trial: optuna.Trial, context: TrialContext, draft: Draft, candidate: dict[str, float]
) -> PairedFigures | None:
    """The candidate's figures set against its front neighbours, or None: pairing is off, the
    study has no measured objective, the candidate does not join the front, or it is the first."""
    from estimators import export_onnx
    from search_spaces import build_model, parse_arch

    config = context.config
    rounds, objectives = config.measure.pair_rounds, config.study.objectives
    if rounds == 0 or not any(OBJECTIVES[name].kind == "measured" for name in objectives):
        return None
    context.front.update(trial.study.get_trials(deepcopy=False))  # what finished since the last look
    neighbours = front_neighbours([candidate[o] for o in objectives], context.front.members, objectives)
    if not neighbours:
        return None
    shape, classes = context.splits.input_shape, context.splits.num_classes
    archs = [draft.record.arch] + [read_record(t).arch for t in neighbours]
    graphs = [export_onnx(build_model(parse_arch(arch), shape[0], classes), shape) for arch in archs]
    one_window = replace(context.settings, repeats=1)  # a round is one window of each network
    taken: dict[int, list[Measurement]] = {}

    def measure_rounds() -> None:
        def measure(graph: bytes) -> Measurement:
            return context.measurer.measure(graph, shape, one_window, None).measurement

        taken.update(round_robin(dict(enumerate(graphs)), rounds, measure))

    _, spent = context.meter.measure(measure_rounds)
    draft.update(
        measure_energy_j=draft.record.measure_energy_j + spent.gross_joules,
        measure_seconds=draft.record.measure_seconds + spent.wall_s,
    )
    # every measured objective's figure in each round, the candidate's first; the figures the
    # study holds for the neighbours (their own, or their pairing's) anchor it
    figures: dict[str, float] = {}
    for o in MEASURED:
        assert o.measure is not None
        rounds_of = [[o.measure(m) for m in taken[i]] for i in range(len(graphs))]
        stored = [_stored(t, o.name, objectives) for t in neighbours]
        figure = paired_figure(stored, rounds_of[0], rounds_of[1:])
        if figure is None:  # nothing to set it against: its own figures stand
            return None
        figures[o.name] = figure
    on = OBJECTIVES[_paired_on(objectives)]
    assert on.measure is not None
    rounds_on = [[on.measure(m) for m in taken[i]] for i in range(len(graphs))]
    ratios = [r for theirs in rounds_on[1:] if (r := _ratios(rounds_on[0], theirs))]
    return PairedFigures(
        figures,
        with_trials=tuple(t.number for t in neighbours),
        rounds=rounds,
        ratio_spread=max(max(r) / min(r) - 1 for r in ratios),
    )
