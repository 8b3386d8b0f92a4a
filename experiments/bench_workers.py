"""Throughput of 1, 2 and 4 local workers on one study in PostgreSQL: trials per minute.

For each worker count a fresh study is created (``nas create``) from the same configuration,
then that many ``nas worker`` processes are started together and timed until the last exits.
Prints its conditions; writes ``experiments/results/workers.json``. Needs PostgreSQL
(default: the local test database).

    python experiments/bench_workers.py [--workers 1 2 4] [--trials 12] [--storage postgresql://...]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import optuna
from optuna.trial import TrialState

CONFIG = """
[study]
n_trials = {trials}
population_size = 4
[train]
epochs = 5
patience = 2
[measure]
repeats = 3
runs = 50
[tracking]
uri = ""
"""


def run(workers: int, trials: int, storage: str, folder: Path) -> dict[str, Any]:
    name = f"bench-workers-{workers}-{uuid.uuid4().hex[:6]}"
    config = folder / "bench.toml"
    config.write_text(CONFIG.format(trials=trials))
    nas = [sys.executable, "-m", "nas"]
    subprocess.run(
        [*nas, "create", str(config), "--storage", storage, "--study-name", name],
        check=True,
        cwd=folder,
        capture_output=True,
    )
    started = time.perf_counter()
    processes = [
        subprocess.Popen(
            [*nas, "worker", "--study-name", name, "--storage", storage],
            cwd=folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(workers)
    ]
    codes = [p.wait() for p in processes]
    wall_s = time.perf_counter() - started
    study = optuna.load_study(study_name=name, storage=storage)
    done = study.get_trials(states=(TrialState.COMPLETE,))
    busy_s = sum(
        (t.datetime_complete - t.datetime_start).total_seconds()
        for t in done
        if t.datetime_complete and t.datetime_start  # always set on a completed trial
    )
    optuna.delete_study(study_name=name, storage=storage)
    return {
        "workers": workers,
        "exit_codes": codes,
        "completed": len(done),
        "wall_s": wall_s,
        "trials_per_minute": len(done) / wall_s * 60,
        "mean_trial_s": busy_s / max(1, len(done)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--trials", type=int, default=12)
    parser.add_argument("--storage", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    conditions = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "optuna": optuna.__version__,
        "storage": args.storage.split("@")[-1],
        "dataset": "digits",
        "trials": args.trials,
        "config": "epochs 5, patience 2, 1 torch thread and 1 ONNX Runtime thread per worker, no MLflow",
        "load_average": os.getloadavg()[0],
    }
    print("conditions: " + ", ".join(f"{k} {v}" for k, v in conditions.items()))
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for workers in args.workers:
            row = run(workers, args.trials, args.storage, Path(folder))
            rows.append(row)
            print(
                f"{workers} worker(s): {row['completed']} trials in {row['wall_s']:.1f} s = "
                f"{row['trials_per_minute']:.2f} trials/min (mean trial {row['mean_trial_s']:.1f} s, "
                f"speed-up {row['trials_per_minute'] / rows[0]['trials_per_minute']:.2f}x)"
            )
    out = Path(__file__).parent / "results" / "workers.json"
    out.write_text(json.dumps({"conditions": conditions, "rows": rows}, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
