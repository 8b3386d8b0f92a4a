"""Is training on the CPU any slower since the GPU path? The default search, side by side.

Runs ``nas search experiments/fashion.toml`` (20 trials, MLflow on, ``train.threads = 2`` so the
two runs train alike whatever else runs) with the code of a git revision (``--before``, checked
out into a work folder and put first on ``PYTHONPATH``) and with this working tree,
alternately, ``--repeats`` times each, every run in a fresh folder. Same seed: the same first
generation in both. Reports wall times and the ratio (goal: no slower).
Writes experiments/results/cpu_path.json; work folder experiments/results/cpu_path-work/.

    python experiments/bench_cpu_path.py --before 0a2071c [--repeats 1] [--pause PID]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
REPO = HERE.parent
RESULTS = HERE / "results"
WORK = RESULTS / "cpu_path-work"


def run(arm: str, code: Path, repeat: int) -> dict[str, Any]:
    folder = WORK / f"{arm}-{repeat}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    config = (HERE / "fashion.toml").read_text().replace('threads = "auto"', "threads = 2", 1)
    (folder / "config.toml").write_text(config)
    # turns of its own: a paused job of yours (--pause) may hold the machine's measuring turn
    env = {**os.environ, "PYTHONPATH": str(code), "NAS_TURNS_DIR": str(WORK / "turns")}
    started = time.perf_counter()
    with (folder / "search.log").open("w") as log:
        done = subprocess.run(
            [sys.executable, "-m", "nas", "search", "config.toml"],
            cwd=folder,
            env=env,
            stdout=log,
            stderr=log,
            check=False,
        )
    wall_s = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{arm}: exit {done.returncode}, see {folder}/search.log")
    print(f"  {arm} #{repeat}: {wall_s:.0f} s", flush=True)
    return {"arm": arm, "repeat": repeat, "wall_s": wall_s}


def same_networks(repeat: int) -> dict[str, Any]:
    """Training time of the networks both runs trained (the sampler may part ways once measured
    energies differ by noise): the comparison the wall time blurs."""
    import optuna

    from nas.record import read_record

    trained = {}
    for arm in ("before", "after"):
        study = optuna.load_study(study_name="fashion", storage=f"sqlite:///{WORK}/{arm}-{repeat}/nas.db")
        trained[arm] = {
            t.number: (r.arch, r.training.train_seconds)
            for t in study.get_trials()
            if (r := read_record(t)).training is not None
        }
    same = [n for n, (arch, _) in trained["before"].items() if trained["after"].get(n, ("",))[0] == arch]
    before = sum(trained["before"][n][1] for n in same)
    after = sum(trained["after"][n][1] for n in same)
    ratios = [trained["after"][n][1] / trained["before"][n][1] for n in same]
    return {
        "networks": len(same),
        "train_s_before": before,
        "train_s_after": after,
        "ratio": after / before,
        "median_ratio_per_network": statistics.median(ratios),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="git revision of the code before")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--pause", type=int, help="a PID of yours to stop (SIGSTOP) meanwhile")
    args = parser.parse_args()
    before = WORK / "before-code"
    shutil.rmtree(before, ignore_errors=True)
    WORK.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["git", "-C", str(REPO), "worktree", "add", "--detach", "--force", str(before), args.before],
        check=True,
    )
    conditions = {
        "machine": f"{platform.machine()}, {os.cpu_count()} vCPUs, {platform.platform()}",
        "before": subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", args.before], capture_output=True, text=True, check=True
        ).stdout.strip(),
        "after": "the working tree",
        "config": "experiments/fashion.toml with train.threads = 2 (MLflow on)",
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    print(json.dumps(conditions, indent=1), flush=True)
    if args.pause:
        os.kill(args.pause, signal.SIGSTOP)
    try:
        runs = [
            run(arm, code, r)
            for r in range(args.repeats)
            for arm, code in (("before", before), ("after", REPO))
        ]
    finally:
        if args.pause:
            os.kill(args.pause, signal.SIGCONT)
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(before)], check=False)
    medians = {
        arm: statistics.median(r["wall_s"] for r in runs if r["arm"] == arm) for arm in ("before", "after")
    }
    summary = {
        **{f"{k}_wall_s": v for k, v in medians.items()},
        "ratio_after_to_before": medians["after"] / medians["before"],
    }
    print(json.dumps(summary, indent=1))
    (RESULTS / "cpu_path.json").write_text(
        json.dumps({"conditions": conditions, "runs": runs, "summary": summary}, indent=1)
    )


if __name__ == "__main__":
    main()
