"""Does the default search find better fronts for fewer joules than Optuna's samplers?

Fashion-MNIST, arms: the default (cost-first), plain NSGA-II, TPE and random search; several
seeds; the same trial budget, proxy and hypervolume normalisation for every arm. Each search
runs as users run it: ``nas search`` in its own process, MLflow on (its own SQLite store per
search, since two searches run at once). Two searches run side by side (one per core,
``train.threads = 1``), seed by seed, so every arm sees the same machine load.

The proxy is sized to fit about two hours on 2 cores: a class-balanced subset of the training
split, a few epochs, validation carved from the training split (it decides), the official test
split only reported. The normalisation is measured once (the space's cheapest network and the
costliest reference, as a study would) and written into every arm's ``[hypervolume]``.

Every search is a SQLite study in ``--work``: run again, the benchmark resumes where it stopped
(finished searches are skipped, unfinished ones resume). After every trial the summary records
the hypervolume, the cumulative search energy (training + measurement, every trial in any state,
labelled by meter source) and the wall time. Writes ``<out>.json`` and ``<out>.png``.

    python experiments/bench_search.py --work /tmp/bench-search   # ~2 h
    python experiments/bench_search.py --work /tmp/bench-search --summarise-only
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import optuna
from optuna.trial import TrialState

from nas import load_config, start_search
from nas.config import Config
from nas.front.curve import hypervolume_curve
from nas.front.hypervolume import front_hypervolume, study_normalisation
from nas.front.pareto import non_dominated, pareto_front
from nas.front.rows import front_rows
from nas.record import read_record
from nas.study import FULL_CONFIG_ATTR, load_existing_study
from search_spaces import smallest_arch

ARMS = ("cost-first", "nsga2", "tpe", "random")
DEFAULT = "cost-first"
RESULTS = Path(__file__).parent / "results"
NAS = str(Path(sys.executable).with_name("nas"))


def proxy_toml(args: argparse.Namespace) -> str:
    return (
        f'[data]\ndataset = "fashion-mnist"\nmax_train_examples = {args.train_examples}\n'
        f"val_fraction = {args.val_fraction}\n"
        f"[train]\nepochs = {args.epochs}\nbatch_size = {args.batch_size}\nlr = 0.01\npatience = 2\n"
        "threads = 1\n"
        "[measure]\nthreads = 1\n"
    )


def calibrate(args: argparse.Namespace) -> dict[str, list[float]]:
    """The shared normalisation: a study measures its floor and ceiling when it is made."""
    path = args.work / "normalisation.json"
    if path.exists():
        return dict(json.loads(path.read_text()))
    folder = args.work / "calibrate"
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "config.toml"
    config.write_text(
        f'[study]\nname = "calibrate"\nstorage = "sqlite:///{folder}/nas.db"\nn_trials = 1\n'
        f'artifacts_dir = "{folder}/artifacts"\n{proxy_toml(args)}[tracking]\nuri = ""\n'
    )
    study = start_search(load_config(config)).study  # measures the floor and the ceiling
    stored = json.loads(study.user_attrs["nas_hypervolume"])
    bounds = {"energy_j": stored["bounds"]["energy"], "latency_ms": stored["bounds"]["latency"]}
    path.write_text(json.dumps(bounds))
    return bounds


def run_one(args: argparse.Namespace, arm: str, seed: int, bounds: dict[str, list[float]]) -> None:
    folder = args.work / f"{arm}-{seed}"
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "config.toml"
    config.write_text(
        f'[study]\nname = "bench"\nstorage = "sqlite:///{folder}/nas.db"\nsampler = "{arm}"\n'
        f'seed = {seed}\nn_trials = {args.trials}\nartifacts_dir = "{folder}/artifacts"\n'
        f"{proxy_toml(args)}"
        f"[hypervolume]\nenergy_j = {bounds['energy_j']}\nlatency_ms = {bounds['latency_ms']}\n"
        f'[tracking]\nuri = "sqlite:///{folder}/mlflow.db"\nexperiment = "bench"\n'
    )
    log = (folder / "search.log").open("a")
    started = time.time()
    subprocess.run(
        [NAS, "search", str(config)], cwd=folder, stdout=log, stderr=subprocess.STDOUT, check=False
    )
    print(f"{arm} seed {seed}: {time.time() - started:.0f} s (load {os.getloadavg()[0]:.2f})", flush=True)


def study_curve(folder: Path) -> dict[str, Any] | None:
    """Per completed trial: hypervolume, cumulative search joules (all trials so far), wall time."""
    try:
        study = load_existing_study(f"sqlite:///{folder}/nas.db", "bench")
    except Exception:
        return None
    trials = study.get_trials(deepcopy=False)
    complete = [t for t in trials if t.state == TrialState.COMPLETE]
    if not complete:
        return None
    volumes = [volume for _, volume in hypervolume_curve(study)]
    start = min(t.datetime_start for t in trials if t.datetime_start)
    joules, seconds, sources = [], [], set()
    for trial in complete:
        assert trial.datetime_complete is not None  # set on every completed trial
        spent = 0.0
        for other in trials:  # every trial that ended by then, in any state: the search drew it
            if other.datetime_complete and other.datetime_complete <= trial.datetime_complete:
                record = read_record(other)
                spent += record.train_energy_j + record.measure_energy_j
                sources |= {record.train_energy_source, record.measure_energy_source} - {""}
        joules.append(spent)
        seconds.append((trial.datetime_complete - start).total_seconds())
    records = [read_record(t) for t in complete]
    front = [row.as_dict() for row in front_rows(pareto_front(study))]
    return {
        "trials": len(complete),
        "hypervolume": volumes,
        "search_joules": joules,
        "wall_s": seconds,
        "energy_sources": sorted(sources),
        "duplicates_pruned": sum(1 for t in trials if t.state == TrialState.PRUNED),
        "trained": sum(r.trained for r in records),
        "hypervolume_without_cheapest": _without_cheapest(study, complete),
        "front": front,
    }


def _without_cheapest(study: optuna.Study, complete: list[Any]) -> float:
    """The final hypervolume without the space's cheapest network, which sits at the energy and
    latency floors and so alone scores its normalised accuracy: how much of an arm's volume
    the rest of its front holds."""
    config = Config.model_validate(json.loads(study.user_attrs[FULL_CONFIG_ATTR]))
    cheapest = str(smallest_arch(config.space))
    rest = [t for t in complete if read_record(t).trained and read_record(t).arch != cheapest]
    directions = [d.name.lower() for d in study.directions]
    front = [rest[i] for i in non_dominated([t.values for t in rest], directions)]
    return front_hypervolume(front, list(study.metric_names or []), study_normalisation(study))


def at(xs: list[float], ys: list[float], x: float) -> float:
    """The step curve ys(xs) at x (the hypervolume reached by then; 0 before the first point)."""
    index = int(np.searchsorted(xs, x, side="right")) - 1
    return ys[index] if index >= 0 else 0.0


def summarise(args: argparse.Namespace, bounds: dict[str, list[float]]) -> dict[str, Any]:
    runs: dict[str, dict[int, dict[str, Any]]] = {arm: {} for arm in ARMS}
    for arm in ARMS:
        for seed in args.seeds:
            if (curve := study_curve(args.work / f"{arm}-{seed}")) is not None:
                runs[arm][seed] = curve
    final = {
        arm: statistics.median(r["hypervolume"][-1] for r in runs[arm].values()) for arm in ARMS if runs[arm]
    }
    without_cheapest = {
        arm: statistics.median(r["hypervolume_without_cheapest"] for r in runs[arm].values())
        for arm in ARMS
        if runs[arm]
    }
    goals: dict[str, Any] = {}
    default = runs[DEFAULT]
    if "random" in final and default:
        target = final["random"]
        needed = []
        for run in default.values():  # joules for the default to reach random's final median
            reached = [
                j for j, v in zip(run["search_joules"], run["hypervolume"], strict=True) if v >= target
            ]
            needed.append(reached[0] if reached else float("inf"))
        random_joules = statistics.median(r["search_joules"][-1] for r in runs["random"].values())
        ratio = statistics.median(needed) / random_joules
        goals["joules_to_random_final_vs_random"] = {"ratio": ratio, "goal": "<= 0.5", "met": ratio <= 0.5}
    for rival in ("tpe", "nsga2"):
        wins, per_seed = 0, {}
        for seed, run in default.items():
            if seed not in runs[rival]:
                continue
            other = runs[rival][seed]
            joules = min(run["search_joules"][-1], other["search_joules"][-1])
            mine = at(run["search_joules"], run["hypervolume"], joules)
            theirs = at(other["search_joules"], other["hypervolume"], joules)
            per_seed[seed] = {"joules": joules, DEFAULT: mine, rival: theirs}
            wins += mine >= theirs
        goals[f"at_equal_joules_vs_{rival}"] = {
            "seeds_won": wins,
            "seeds": len(per_seed),
            "per_seed": per_seed,
            "goal": ">= 4 of 5",
            "met": wins >= 4,
        }
    return {
        "conditions": conditions(args, bounds),
        "final_hypervolume_median": final,
        "final_hypervolume_without_cheapest_network_median": without_cheapest,
        "goals": goals,
        "runs": {arm: {str(seed): run for seed, run in seeds.items()} for arm, seeds in runs.items()},
    }


def reference_goal(summary: dict[str, Any]) -> dict[str, Any]:
    """Per seed of the default: the cheapest front member at least as accurate (validation) as
    the most accurate resolution-adapted reference, and its energy over the reference's.
    Front energies are the study's own measurements, the reference's from bench_references.py
    (another session on the same machine and settings)."""
    adapted = [r for r in summary["references"] if r["network"].endswith("_cifar")]
    best = max(adapted, key=lambda r: r["val_accuracy"])
    per_seed: dict[str, Any] = {}
    for seed, run in summary["runs"][DEFAULT].items():
        better = [p for p in run["front"] if p["val_accuracy"] >= best["val_accuracy"]]
        if better:
            member = min(better, key=lambda p: p["energy_j"])
            per_seed[seed] = {"trial": member["trial"], "energy_ratio": member["energy_j"] / best["energy_j"]}
        else:
            top = max(p["val_accuracy"] for p in run["front"])
            per_seed[seed] = {"best_val_accuracy": top, "short_by": best["val_accuracy"] - top}
    met = sum(1 for v in per_seed.values() if v.get("energy_ratio", math.inf) <= 0.5)
    return {
        "reference": best["network"],
        "reference_val_accuracy": best["val_accuracy"],
        "reference_energy_j": best["energy_j"],
        "per_seed": per_seed,
        "seeds_met": met,
        "goal": "a front member >= its accuracy at <= 0.5x its energy",
    }


def conditions(args: argparse.Namespace, bounds: dict[str, list[float]]) -> dict[str, Any]:
    import mlflow
    import onnxruntime
    import torch

    return {
        "dataset": "fashion-mnist (Debian dataset-fashion-mnist)",
        "proxy": {
            "train_examples": args.train_examples,
            "epochs": args.epochs,
            "batch_size": args.batch_size,
            "val_fraction": args.val_fraction,
        },
        "trials": args.trials,
        "seeds": args.seeds,
        "jobs": args.jobs,
        "hypervolume_bounds": bounds,
        "cores": os.cpu_count(),
        "load_average": os.getloadavg(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "optuna": optuna.__version__,
        "mlflow": mlflow.__version__,
        "onnxruntime": onnxruntime.__version__,
        "meter": "model:cpu-ccf (no RAPL on this machine)",
        "mlflow_on": True,
    }


def plot(summary: dict[str, Any], path: Path) -> None:
    figure, axes = plt.subplots(1, 3, figsize=(17, 5))
    for arm, seeds in summary["runs"].items():
        if not seeds:
            continue
        runs = list(seeds.values())
        length = min(len(r["hypervolume"]) for r in runs)
        curves = np.array([r["hypervolume"][:length] for r in runs])
        x = np.arange(1, length + 1)
        line = axes[0].plot(x, np.median(curves, axis=0), label=f"{arm} ({len(runs)} seeds)")[0]
        axes[0].fill_between(x, curves.min(axis=0), curves.max(axis=0), alpha=0.15, color=line.get_color())
        grid = np.linspace(0, min(r["search_joules"][-1] for r in runs), 200)
        at_grid = np.array([[at(r["search_joules"], r["hypervolume"], j) for j in grid] for r in runs])
        axes[1].plot(grid, np.median(at_grid, axis=0), color=line.get_color(), label=arm)
        axes[1].fill_between(
            grid, at_grid.min(axis=0), at_grid.max(axis=0), alpha=0.15, color=line.get_color()
        )
        for run in runs:
            front = sorted(run["front"], key=lambda p: p["energy_j"])
            axes[2].plot(
                [p["energy_j"] * 1e6 for p in front],
                [p["val_accuracy"] for p in front],
                "o-",
                ms=3,
                lw=0.6,
                alpha=0.6,
                color=line.get_color(),
            )
    for reference in summary.get("references", []):
        point = (reference["energy_j"] * 1e6, reference["val_accuracy"])
        axes[2].plot(*point, "k*", ms=10)
        axes[2].annotate(reference["network"], point, fontsize=7)
    axes[0].set(xlabel="completed trials", ylabel="hypervolume (shared normalisation)", title="per trial")
    axes[1].set(xlabel="search energy, J (training + measurement)", title="per search joule")
    axes[2].set(
        xscale="log",
        xlabel="energy per inference, µJ",
        ylabel="validation accuracy",
        title="fronts (every seed)",
    )
    for axis in axes[:2]:
        axis.legend()
        axis.grid(alpha=0.3)
    axes[2].grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--work", type=Path, required=True, help="folder of the studies; resumed when run again"
    )
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--train-examples", type=int, default=2000)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--val-fraction", type=float, default=0.05)
    parser.add_argument("--jobs", type=int, default=2, help="searches at once (one core each)")
    parser.add_argument("--summarise-only", action="store_true")
    parser.add_argument("--references", type=Path, help="bench_references.py JSON of this benchmark's proxy")
    parser.add_argument("--out", type=Path, default=RESULTS / "search")
    args = parser.parse_args()
    args.work = args.work.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    bounds = calibrate(args)
    print(json.dumps(conditions(args, bounds)), flush=True)
    if not args.summarise_only:
        jobs = [(arm, seed) for seed in args.seeds for arm in ARMS]  # seed by seed: arms side by side
        with ThreadPoolExecutor(args.jobs) as pool:
            list(pool.map(lambda job: run_one(args, job[0], job[1], bounds), jobs))
    summary = summarise(args, bounds)
    if args.references and args.references.exists():
        rows = json.loads(args.references.read_text())["rows"]
        summary["references"] = [r for r in rows if not r["network"].startswith("trial")]
        summary["goals"]["front_beats_best_adapted_reference"] = reference_goal(summary)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(summary, indent=1))
    plot(summary, args.out.with_suffix(".png"))
    keys = ("final_hypervolume_median", "final_hypervolume_without_cheapest_network_median", "goals")
    print(json.dumps({key: summary[key] for key in keys}, indent=1))


if __name__ == "__main__":
    main()
