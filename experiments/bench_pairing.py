"""What pairing a front candidate with its neighbours costs, and what it corrects.

Runs the same search twice as users run it (the CLI, MLflow on): with ``measure.pair_rounds``
0 (each candidate's own measurement only) and 5 (the default: a candidate that joins the front
is measured again beside its front neighbours, and its figures set against theirs). Reports
each arm's wall time and measuring time, and, for the pairing arm, how many candidates were
paired, how far the paired energy moved from the candidate's own measurement (the drift since
its neighbours were measured, plus noise) and the ratios' own spread.

Writes experiments/results/pairing-<config>.json and .png.

    python experiments/bench_pairing.py [--config experiments/fashion.toml] [--trials 20]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import optuna

from nas.config import config_toml
from nas.record import read_record

RESULTS = Path(__file__).parent / "results"


def run_arm(config: dict[str, Any], rounds: int, trials: int, folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True)
    config = {**config, "measure": {**config.get("measure", {}), "pair_rounds": rounds}}
    config["tracking"] = {**config.get("tracking", {}), "uri": f"sqlite:///{folder}/mlflow.db"}
    config["study"] = {**config["study"], "storage": f"sqlite:///{folder}/nas.db"}
    path = folder / "config.toml"
    path.write_text(config_toml(config))
    command = [sys.executable, "-m", "nas", "search", str(path), "--trials", str(trials)]
    env = {**os.environ, "NAS_TURNS_DIR": str(folder / "turns")}  # its own turns
    started = time.perf_counter()
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"pair_rounds {rounds}: the search failed:\n{done.stderr[-2000:]}")
    study = optuna.load_study(study_name=config["study"]["name"], storage=config["study"]["storage"])
    records = [read_record(t) for t in study.get_trials(states=(optuna.trial.TrialState.COMPLETE,))]
    paired = [r for r in records if r.paired is not None and r.measurement is not None]
    moved = [
        r.paired.figures["energy"] / r.measurement.energy_j - 1 for r in paired if r.paired and r.measurement
    ]
    return {
        "pair_rounds": rounds,
        "wall_s": wall,
        "measure_seconds": sum(r.measure_seconds for r in records),
        "train_seconds": sum(r.training.train_seconds for r in records if r.training),
        "trials": len(records),
        "paired": len(paired),
        "paired_energy_over_own_minus_1": moved,
        "median_abs_move": statistics.median(abs(m) for m in moved) if moved else None,
        "ratio_spreads": [r.paired.ratio_spread for r in paired if r.paired],
        "hypervolume_line": [line for line in done.stdout.splitlines() if line.startswith("hypervolume")],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", type=Path, default=Path(__file__).parent / "fashion.toml")
    parser.add_argument("--trials", type=int, default=20)
    args = parser.parse_args()
    config = tomllib.loads(args.config.read_text())
    work = Path(tempfile.mkdtemp(prefix="bench-pairing-"))
    conditions = {
        "machine": f"{platform.machine()}, {os.cpu_count()} vCPUs",
        "config": f"{args.config.name} (MLflow on, its sqlite store), {args.trials} trials",
        "load_average_start": os.getloadavg(),
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    print(json.dumps(conditions), flush=True)
    arms = [run_arm(config, rounds, args.trials, work / f"rounds-{rounds}") for rounds in (0, 5)]
    conditions["load_average_end"] = os.getloadavg()
    off, on = arms
    result = {
        "conditions": conditions,
        "arms": arms,
        "wall_ratio": on["wall_s"] / off["wall_s"],
        "measure_seconds_ratio": on["measure_seconds"] / off["measure_seconds"],
    }
    name = args.config.stem
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"pairing-{name}.json").write_text(json.dumps(result, indent=1) + "\n")
    figure, axis = plt.subplots(figsize=(6, 3.5))
    axis.hist([100 * m for m in on["paired_energy_over_own_minus_1"]], bins=12, color="#4477aa")
    axis.set_xlabel("paired energy / own measurement - 1 (%)")
    axis.set_ylabel("front candidates")
    axis.set_title(
        f"{name}: {on['paired']} of {on['trials']} paired; wall {result['wall_ratio']:.2f}x, "
        f"measuring {result['measure_seconds_ratio']:.2f}x",
        fontsize=9,
    )
    figure.tight_layout()
    figure.savefig(RESULTS / f"pairing-{name}.png", dpi=120)
    print(json.dumps({k: v for k, v in result.items() if k != "arms"}), flush=True)
    for arm in arms:
        print(json.dumps({k: v for k, v in arm.items() if not isinstance(v, list)}), flush=True)


if __name__ == "__main__":
    main()
