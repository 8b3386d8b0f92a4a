"""The default search on a busy machine: does training adapt its threads to the cores left?

Runs ``nas search experiments/fashion.toml`` (20 trials, MLflow on, as users run it) three times:

- quiet: nothing else runs, ``train.threads = "auto"`` (it takes both cores);
- busy, before: one foreign training per core (plain PyTorch, one thread each, taking no turns),
  ``train.threads = 2``, as the default configuration had it;
- busy, after: the same load, ``train.threads = "auto"`` (each trial takes the cores left).

The first generation (``population_size`` trials) samples the same architectures in every arm
(same seed, no results yet to learn from), so their training times compare network by network;
later trials may differ as the accuracies do. Reports each arm's wall time against the quiet one
(goal: busy after <= 2.5x quiet) and the first generation's training time per network.
Each finished arm is written at once; a run resumes with the arms still missing (an arm that was
cut off is run again from scratch, its wall time being void).
Writes experiments/results/busy_search.json and .png; work folder experiments/results/busy_search-work/.

    python experiments/bench_busy_search.py [--trials 20] [--pause PID]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import optuna

from nas.config import load_config
from nas.record import read_record
from nas.study import load_existing_study

sys.path.insert(0, str(Path(__file__).parent))
from bench_measure_load import FOREIGN, paused  # FOREIGN: a plain PyTorch training, 1 thread, no turns

HERE = Path(__file__).parent
RESULTS = HERE / "results"
NAS = str(Path(sys.executable).with_name("nas"))
GOAL = 2.5  # busy after / quiet wall time
ARMS = {  # name: (work folder, foreign trainings, train.threads)
    "quiet": ("quiet", 0, '"auto"'),
    "busy, before (threads = 2)": ("busy-before", os.cpu_count() or 1, "2"),
    "busy, after (threads = auto)": ("busy-after", os.cpu_count() or 1, '"auto"'),
}


@contextlib.contextmanager
def foreign_load(count: int) -> Iterator[None]:
    processes = [subprocess.Popen([sys.executable, "-c", FOREIGN]) for _ in range(count)]
    try:
        time.sleep(2 if count else 0)  # running before the search starts
        yield
    finally:
        for process in processes:
            process.kill()
            process.wait()


def run_arm(name: str, folder: Path, foreign: int, threads: str, args: argparse.Namespace) -> dict[str, Any]:
    shutil.rmtree(folder, ignore_errors=True)  # a cut-off arm's wall time is void: start again
    folder.mkdir(parents=True)
    config = args.config.read_text()
    config = config.replace('threads = "auto"', f"threads = {threads}", 1)
    assert f"threads = {threads}" in config, 'the configuration must set train.threads = "auto"'
    (folder / "config.toml").write_text(config)
    log = folder / "search.log"
    with foreign_load(foreign), log.open("w") as out:
        started = time.perf_counter()
        done = subprocess.run(
            [NAS, "search", "config.toml", "--trials", str(args.trials)],
            # turns of its own: a paused job of yours (--pause) may hold the machine's measuring turn
            env={**os.environ, "NAS_TURNS_DIR": str(folder.parent / "turns")},
            check=False,
            cwd=folder,
            stdout=out,
            stderr=out,
        )
        wall_s = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{name}: nas search exited {done.returncode}; see {log}")
    study = load_existing_study(f"sqlite:///{folder}/nas.db", load_config(args.config).study.name)
    trials_out = []
    for trial in study.get_trials(deepcopy=False):
        record = read_record(trial)
        if record.training is None:
            continue
        trials_out.append(
            {
                "number": trial.number,
                "arch": record.arch,
                "macs": record.macs,
                "train_seconds": record.training.train_seconds,
                "epochs_run": record.training.epochs_run,
                "threads": record.training.threads,
                "val_accuracy": record.training.val_accuracy,
            }
        )
    print(f"  {name}: {wall_s:.0f} s, {len(trials_out)} trained", flush=True)
    return {"foreign_trainings": foreign, "train_threads": threads, "wall_s": wall_s, "trials": trials_out}


def summarise(arms: dict[str, Any], population: int) -> dict[str, Any]:
    quiet = arms.get("quiet")
    summary: dict[str, Any] = {}
    if quiet is None:
        return summary
    first = {t["arch"]: t for t in quiet["trials"] if t["number"] < population}
    for name, arm in arms.items():
        per_network = [
            t["train_seconds"]
            / t["epochs_run"]
            / (first[t["arch"]]["train_seconds"] / first[t["arch"]]["epochs_run"])
            for t in arm["trials"]
            if t["number"] < population and t["arch"] in first
        ]
        summary[name] = {
            "wall_ratio_to_quiet": arm["wall_s"] / quiet["wall_s"],
            "first_generation_epoch_time_ratio_median": statistics.median(per_network)
            if per_network
            else None,
            "first_generation_epoch_time_ratio_max": max(per_network) if per_network else None,
            "threads_used": sorted({t["threads"] for t in arm["trials"]}),
        }
    after = summary.get("busy, after (threads = auto)")
    if after:
        ratio = after["wall_ratio_to_quiet"]
        summary["goal"] = {
            "busy_after_wall_ratio_at_most": GOAL,
            "measured": ratio,
            "met": ratio <= GOAL,
            "distance": max(0.0, ratio - GOAL),
        }
    return summary


def plot(arms: dict[str, Any], summary: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(arms)
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    left.bar(
        range(len(names)),
        [arms[n]["wall_s"] / 60 for n in names],
        color=["#6a9", "#c66", "#69c"][: len(names)],
    )
    left.set_xticks(range(len(names)), [n.replace(", ", ",\n") for n in names], fontsize=8)
    left.set_ylabel("wall time of the search (min)")
    if "quiet" in arms:
        left.axhline(arms["quiet"]["wall_s"] / 60 * GOAL, color="grey", ls="--", lw=1)
        left.text(0, arms["quiet"]["wall_s"] / 60 * GOAL, f" goal: {GOAL}x quiet", va="bottom", fontsize=8)
    for name, colour in zip(names[1:], ["#c66", "#69c"], strict=False):
        population = [
            t for t in arms[name]["trials"] if t["arch"] in {q["arch"] for q in arms["quiet"]["trials"]}
        ]
        quiet = {t["arch"]: t["train_seconds"] / t["epochs_run"] for t in arms["quiet"]["trials"]}
        xs = [t["macs"] / 1e6 for t in population]
        ys = [t["train_seconds"] / t["epochs_run"] / quiet[t["arch"]] for t in population]
        right.scatter(xs, ys, color=colour, label=name, s=18)
    right.set_xlabel("network MACs (M)")
    right.set_ylabel("seconds per epoch, busy / quiet")
    right.axhline(1, color="grey", lw=0.5)
    right.legend(fontsize=8)
    fig.suptitle("nas search experiments/fashion.toml beside one foreign training per core", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--config", type=Path, default=HERE / "fashion.toml")
    parser.add_argument("--out", type=Path, default=RESULTS / "busy_search.json")
    parser.add_argument("--pause", type=int, help="a PID of yours to stop (SIGSTOP) while arms run")
    args = parser.parse_args()
    out = args.out
    saved = json.loads(out.read_text()) if out.exists() else {}
    arms: dict[str, Any] = saved.get("arms", {})
    conditions = {
        "machine": f"{platform.machine()}, {os.cpu_count()} vCPUs, {platform.platform()}",
        "python": platform.python_version(),
        "optuna": optuna.__version__,
        "config": f"{args.config.name} (MLflow on, its sqlite store), train.threads as per arm",
        "trials": args.trials,
        "foreign load": "per core, one plain PyTorch training (1 thread, no turns taken)",
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    print(json.dumps(conditions, indent=1), flush=True)
    population = load_config(args.config).study.population_size
    for name, (folder, foreign, threads) in ARMS.items():
        if name in arms:
            continue
        with paused([args.pause] if args.pause else []):
            arms[name] = run_arm(
                name, args.out.parent / f"{args.out.stem}-work" / folder, foreign, threads, args
            )
        summary = summarise(arms, population)
        out.write_text(
            json.dumps(
                {"conditions": saved.get("conditions", conditions), "arms": arms, "summary": summary},
                indent=1,
            )
        )
    summary = summarise(arms, population)
    plot(arms, summary, args.out.with_suffix(".png"))
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
