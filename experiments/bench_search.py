"""Does the search find better fronts for fewer joules? Side by side, at an equal trial budget:

1. NSGA-II versus random search, several seeds: hypervolume after N trials (median, spread);
4. overhead: the fraction of a search's wall time spent outside training and measurement;
5. Pareto-aware early stopping on versus off (NSGA-II, same seeds): training joules spent and
   the hypervolume reached.

Every search is a real one (digits, in-process, fresh SQLite storage, no MLflow), run one after
another on this machine. Prints its conditions; writes ``experiments/results/search.json``.

    python experiments/bench_search.py [--seeds 0 1 2] [--trials 20] [--epochs 8]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

import optuna
import torch
from optuna.trial import TrialState

from nas import load_config, prepare_search, run_search
from nas.front import pareto_front
from nas.record import read_record
from nas.views import hypervolume_curve

ARMS = {  # name: (sampler, pareto-aware stopping)
    "nsga2": ("nsga2", True),
    "random": ("random", True),
    "nsga2, no pareto stop": ("nsga2", False),
}


def one_search(arm: str, seed: int, trials: int, epochs: int, folder: Path) -> dict[str, object]:
    sampler, pareto = ARMS[arm]
    config_path = folder / "bench.toml"
    config_path.write_text(
        f'[study]\nname = "bench"\nstorage = "sqlite:///{folder}/{sampler}-{pareto}-{seed}.db"\n'
        f'sampler = "{sampler}"\nseed = {seed}\nn_trials = {trials}\n'
        f"[train]\nepochs = {epochs}\npareto_stop = {str(pareto).lower()}\n"
        f'[tracking]\nuri = ""\n'
    )
    config = load_config(config_path, {"study": {"artifacts_dir": str(folder / "artifacts")}})
    optuna.logging.set_verbosity(optuna.logging.ERROR)
    started = time.perf_counter()
    outcome = run_search(prepare_search(config))
    wall_s = time.perf_counter() - started
    study = outcome.study
    done = study.get_trials(states=(TrialState.COMPLETE,))
    curve = [volume for _, volume in hypervolume_curve(study)]  # after each completed trial
    records = [read_record(t) for t in done]
    train_s = sum(r.training.train_seconds for r in records if r.training)
    measure_s = sum(r.measure_seconds for r in records)
    return {
        "arm": arm,
        "seed": seed,
        "hypervolume": curve[-1],
        "hypervolume_curve": curve,
        "front_size": len(pareto_front(study)),
        "train_energy_j": sum(read_record(t).train_energy_j for t in study.get_trials()),
        "pareto_stops": sum(r.pareto_stopped for r in records),
        "wall_s": wall_s,
        "train_s": train_s,
        "measure_s": measure_s,
        "overhead_fraction": 1 - (train_s + measure_s) / wall_s,
        "best_val_accuracy": max(r.val_accuracy for r in records),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--epochs", type=int, default=8)
    args = parser.parse_args()
    conditions = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "optuna": optuna.__version__,
        "dataset": "digits",
        "trials": args.trials,
        "epochs": args.epochs,
        "seeds": args.seeds,
        "energy": "model:cpu-ccf (no counter here)",
        "hypervolume": "each study's own normalisation (the space's cheapest network to the references)",
        "load_average": os.getloadavg()[0],
    }
    print("conditions: " + ", ".join(f"{k} {v}" for k, v in conditions.items()))
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for seed in args.seeds:
            for arm in ARMS:
                row = one_search(arm, seed, args.trials, args.epochs, Path(folder))
                rows.append(row)
                print(
                    f"seed {seed} {arm:22s} HV {row['hypervolume']:.4f} front {row['front_size']} "
                    f"train {row['train_energy_j']:7.1f} J ({row['pareto_stops']} pareto stops) "
                    f"wall {row['wall_s']:6.1f} s overhead {row['overhead_fraction']:.1%}",
                    flush=True,
                )
    print("summary (median [min, max] over seeds):")
    for arm in ARMS:
        mine = [r for r in rows if r["arm"] == arm]
        for key in ("hypervolume", "train_energy_j", "overhead_fraction", "wall_s"):
            values = [float(r[key]) for r in mine]  # type: ignore[arg-type]
            spread = f"[{min(values):.4f}, {max(values):.4f}]"
            print(f"  {arm:22s} {key:18s} {statistics.median(values):.4f} {spread}")
    out = Path(__file__).parent / "results" / "search.json"
    out.write_text(json.dumps({"conditions": conditions, "rows": rows}, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
