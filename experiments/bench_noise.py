"""How much does measurement noise mislead the parents' ranking, with and without a noise floor?

Takes the trained networks of a study, measures each one's latency and energy per inference
``--repeats`` times (round-robin, so every network sees the same machine states), optionally
with a busy process on the other core (``--busy``: the condition of a search beside other work,
where repeats differ by 11-16 %). For each repeat it ranks the networks as the cost-first
sampler ranks its parents (non-dominated sorting of validation accuracy, energy and latency in
the study's normalised costs), once with measured costs as they are and once snapped to the
noise floor, and reports how stable the first rank (the parents most likely to breed) is from
one repeat to another: the mean Jaccard similarity of the first-rank sets over pairs of repeats,
and how often a pair of networks' dominance relation flips. Writes ``results/noise.json``.

    python experiments/bench_noise.py --storage sqlite:////tmp/bench-search/nsga2-0/nas.db --busy
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np
from optuna.study._multi_objective import _fast_non_domination_rank

from estimators import MeasureSettings, export_onnx, measure_onnx, select_meter
from nas.data import load_dataset
from nas.front.hypervolume import study_normalisation
from nas.front.pareto import feasible_trials
from nas.record import read_record
from nas.samplers.selection import snap_to_noise_floor
from nas.study import join_study
from search_spaces import build_model, parse_arch

OBJECTIVES = ["accuracy", "energy", "latency"]


def spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    total = 0.0
    while time.perf_counter() < end:
        total += sum(i * i for i in range(1000))


def first_rank(costs: np.ndarray) -> set[int]:
    ranks = _fast_non_domination_rank(costs)
    return {int(i) for i in np.flatnonzero(ranks == 0)}


def dominance(costs: np.ndarray) -> np.ndarray:
    """dominance[i, j]: i dominates j (no worse everywhere, better somewhere)."""
    no_worse = (costs[:, None, :] <= costs[None, :, :]).all(axis=2)
    better = (costs[:, None, :] < costs[None, :, :]).any(axis=2)
    return np.asarray(no_worse & better)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--storage", required=True)
    parser.add_argument("--study-name", default="bench")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--floor", type=float, default=0.05)
    parser.add_argument("--busy", action="store_true", help="a busy process on another core meanwhile")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "noise.json")
    args = parser.parse_args()
    study, config = join_study(args.storage, args.study_name, {})
    normalisation = study_normalisation(study)
    trials = feasible_trials(study)
    records = [read_record(t) for t in trials]
    splits = load_dataset(config.data)
    shape, classes = splits.input_shape, splits.num_classes
    models = [export_onnx(build_model(parse_arch(r.arch), shape[0], classes), shape) for r in records]
    meter, reason = select_meter("auto", vcpus=config.measure.threads)
    settings = MeasureSettings(**config.measure.settings_fields())
    busy = None
    if args.busy:
        busy = multiprocessing.Process(target=spin, args=(3600.0,), daemon=True)
        busy.start()
    measured: list[list[tuple[float, float]]] = [[] for _ in models]
    try:
        for _ in range(args.repeats):
            for index, model in enumerate(models):
                result = measure_onnx(model, shape, settings, meter)
                measured[index].append((result.energy_j, result.latency_ms_median))
    finally:
        if busy is not None:
            busy.terminate()
    spreads = {
        name: statistics.median(
            (max(m[k] for m in runs) - min(m[k] for m in runs)) / statistics.median(m[k] for m in runs)
            for runs in measured
        )
        for k, name in enumerate(("energy", "latency"))
    }
    results: dict[str, Any] = {}
    for label, floor in (("no floor", 0.0), (f"floor {args.floor:.0%}", args.floor)):
        per_repeat = []
        for r in range(args.repeats):
            values = [
                [rec.val_accuracy, runs[r][0], runs[r][1]]
                for rec, runs in zip(records, measured, strict=True)
            ]
            costs = np.array([normalisation.costs(OBJECTIVES, v) for v in values])
            per_repeat.append(snap_to_noise_floor(costs, OBJECTIVES, normalisation, floor))
        fronts = [first_rank(c) for c in per_repeat]
        relations = [dominance(c) for c in per_repeat]
        pairs = list(itertools.combinations(range(args.repeats), 2))
        jaccard = [len(fronts[a] & fronts[b]) / len(fronts[a] | fronts[b]) for a, b in pairs]
        flips = [
            float((relations[a] != relations[b]).sum()) / max(1, relations[a].size - len(models))
            for a, b in pairs
        ]
        results[label] = {
            "first_rank_size_median": statistics.median(len(f) for f in fronts),
            "first_rank_jaccard_mean": statistics.mean(jaccard),
            "dominance_flip_fraction_mean": statistics.mean(flips),
        }
    summary = {
        "conditions": {
            "study": args.study_name,
            "networks": len(models),
            "repeats": args.repeats,
            "busy_process_on_other_core": args.busy,
            "meter": reason,
            "threads": config.measure.threads,
            "cores": os.cpu_count(),
            "load_average": os.getloadavg(),
        },
        "median_relative_range_over_repeats": spreads,
        "ranking": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=1))
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
