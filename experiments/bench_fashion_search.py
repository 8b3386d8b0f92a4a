"""The ready Fashion-MNIST search, run the way a user runs it, timed: ``nas search
experiments/fashion.toml`` in a fresh folder (MLflow on, a SQLite store there), as a subprocess.

Records the wall time against the 15-minute goal, the machine's conditions (cores, load before
and after, versions, meter), the front (validation and test accuracy, energy with its source),
and the hypervolume after each trial. Writes ``experiments/results/fashion_search.json`` and a
PNG of the hypervolume curve. The study stays in the folder (``--keep``) for
``bench_references.py``.

    python experiments/bench_fashion_search.py [--keep /tmp/fashion]
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
from importlib.metadata import version
from pathlib import Path

import optuna

from nas.front.curve import hypervolume_curve
from nas.front.hypervolume import study_normalisation
from nas.front.pareto import pareto_front
from nas.front.rows import front_rows
from nas.record import read_record

CONFIG = Path(__file__).parent / "fashion.toml"
RESULTS = Path(__file__).parent / "results"
GOAL_S = 15 * 60


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="run in this folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="fashion-search-"))
    folder.mkdir(parents=True, exist_ok=True)
    conditions = {
        "cores": os.cpu_count(),
        "load_average_before": os.getloadavg(),
        "python": platform.python_version(),
        **{name: version(name) for name in ("torch", "onnxruntime", "optuna", "mlflow")},
        "command": f"nas search {CONFIG.name} (MLflow on: sqlite:///mlflow.db in a fresh folder)",
    }
    print("conditions: " + json.dumps(conditions), flush=True)
    nas = Path(sys.executable).parent / "nas"
    started = time.perf_counter()
    run = subprocess.run(
        [str(nas), "search", str(CONFIG)], cwd=folder, capture_output=True, text=True, check=False
    )
    wall_s = time.perf_counter() - started
    conditions["load_average_after"] = os.getloadavg()
    print(run.stdout[-6000:])
    if run.returncode != 0:
        raise SystemExit(f"nas search failed ({run.returncode}): {run.stderr[-2000:]}")
    study = optuna.load_study(study_name="fashion", storage=f"sqlite:///{folder}/nas.db")
    curve = hypervolume_curve(study)
    records = [read_record(t) for t in study.get_trials(deepcopy=False)]
    front = [row.as_dict() for row in front_rows(pareto_front(study))]
    result = {
        "conditions": conditions,
        "wall_s": wall_s,
        "goal_s": GOAL_S,
        "train_s": sum(r.training.train_seconds for r in records if r.training),
        "measure_s": sum(r.measure_seconds for r in records),
        "pareto_stops": sum(r.pareto_stopped for r in records),
        "normalisation": study_normalisation(study).describe(),
        "hypervolume_curve": [volume for _, volume in curve],
        "front": front,
        "folder": str(folder),
    }
    first, last = curve[0][1], curve[-1][1]
    print(
        f"wall {wall_s:.0f} s (goal {GOAL_S} s); training {result['train_s']:.0f} s, measurement "
        f"{result['measure_s']:.0f} s; hypervolume {first:.4f} after trial 1, {last:.4f} after {len(curve)}"
    )
    (RESULTS / "fashion_search.json").write_text(json.dumps(result, indent=2))
    _plot([volume for _, volume in curve], RESULTS / "fashion_search_hypervolume.png")


def _plot(curve: list[float], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(5.5, 3.2), dpi=110)
    axes = figure.subplots()
    axes.plot(range(1, len(curve) + 1), curve, "-o", ms=3, c="tab:green")
    axes.set_xlabel("completed trials")
    axes.set_ylabel("hypervolume")
    axes.set_ylim(0, max(curve) * 1.1 if curve else 1)
    axes.set_title("experiments/fashion.toml, one run")
    axes.grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(path)


if __name__ == "__main__":
    main()
