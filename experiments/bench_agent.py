"""Measuring through an agent: what does sending each candidate to ``nas agent`` cost a search?

Runs ``nas search experiments/digits.toml`` (20 trials, MLflow on, as users run it) measured
in-process and measured through a ``nas agent`` on 127.0.0.1, alternately, ``--repeats`` times
each, every run in a fresh folder (a fresh study, and for the agent a fresh table, so nothing
is reused). Reports the wall times, their ratio (goal: agent <= 1.1x in-process) and what the
trials' measuring step took on each side.
Writes experiments/results/agent.json and .png; work folder experiments/results/agent-work/.

    python experiments/bench_agent.py [--trials 20] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import optuna
import requests

from nas.record import read_record
from nas.study import load_existing_study

HERE = Path(__file__).parent
RESULTS = HERE / "results"
WORK = RESULTS / "agent-work"
NAS = str(Path(sys.executable).with_name("nas"))
GOAL = 1.1
PORT = 8799


def start_agent(folder: Path, token: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NAS_AGENT_TOKEN": token}
    agent = subprocess.Popen(
        [NAS, "agent", "--port", str(PORT), "--table", str(folder / "table.db")],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            requests.get(
                f"http://127.0.0.1:{PORT}/health", headers={"Authorization": f"Bearer {token}"}, timeout=5
            )
            return agent
        except requests.RequestException:
            time.sleep(0.2)
    agent.kill()
    raise SystemExit("the agent did not come up")


def run(arm: str, repeat: int, trials: int) -> dict[str, Any]:
    folder = WORK / f"{arm}-{repeat}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    config = (HERE / "digits.toml").read_text()
    token = secrets.token_urlsafe(32)
    agent = None
    if arm == "agent":
        config = config.replace(
            'provider = "cpu"', f'provider = "cpu"\ntarget = "http://127.0.0.1:{PORT}"', 1
        )
        assert "target =" in config
        agent = start_agent(folder, token)
    (folder / "config.toml").write_text(config)
    try:
        started = time.perf_counter()
        with (folder / "search.log").open("w") as log:
            done = subprocess.run(
                [NAS, "search", "config.toml", "--trials", str(trials)],
                cwd=folder,
                env={**os.environ, "NAS_AGENT_TOKEN": token},
                stdout=log,
                stderr=log,
                check=False,
            )
        wall_s = time.perf_counter() - started
    finally:
        if agent is not None:
            agent.kill()
            agent.wait()
    if done.returncode != 0:
        raise SystemExit(f"{arm} {repeat}: nas search exited {done.returncode}; see {folder}/search.log")
    study = load_existing_study(f"sqlite:///{folder}/nas.db", "digits")
    records = [read_record(t) for t in study.get_trials(deepcopy=False)]
    measure_s = [r.measure_seconds for r in records if r.measurement]
    print(f"  {arm} #{repeat}: {wall_s:.1f} s, measuring {sum(measure_s):.1f} s", flush=True)
    return {
        "arm": arm,
        "repeat": repeat,
        "wall_s": wall_s,
        "measure_s_total": sum(measure_s),
        "measure_s_median": statistics.median(measure_s),
        "measured_on": sorted({r.measured_on for r in records} - {""}),
    }


def plot(runs: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.5))
    for index, arm in enumerate(("in-process", "agent")):
        walls = [r["wall_s"] for r in runs if r["arm"] == arm]
        ax.scatter([index] * len(walls), walls, color=["#69c", "#c66"][index])
        ax.hlines(statistics.median(walls), index - 0.2, index + 0.2, color="black")
    ax.set_xticks([0, 1], ["measured in-process", "measured by nas agent\n(127.0.0.1)"])
    ax.set_ylabel("wall time of the search (s)")
    ax.set_title("20-trial digits search, MLflow on (median: bar)", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    conditions = {
        "machine": f"{platform.machine()}, {os.cpu_count()} vCPUs, {platform.platform()}",
        "load_average_at_start": os.getloadavg()[0],
        "python": platform.python_version(),
        "optuna": optuna.__version__,
        "config": "experiments/digits.toml (MLflow on, its sqlite store)",
        "trials": args.trials,
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    print(json.dumps(conditions, indent=1), flush=True)
    runs = [
        run(arm, repeat, args.trials) for repeat in range(args.repeats) for arm in ("in-process", "agent")
    ]
    local = statistics.median(r["wall_s"] for r in runs if r["arm"] == "in-process")
    remote = statistics.median(r["wall_s"] for r in runs if r["arm"] == "agent")
    ratio = remote / local
    summary = {
        "in_process_wall_s_median": local,
        "agent_wall_s_median": remote,
        "ratio": ratio,
        "goal": {"at_most": GOAL, "met": ratio <= GOAL, "distance": max(0.0, ratio - GOAL)},
    }
    print(json.dumps(summary, indent=1))
    (RESULTS / "agent.json").write_text(
        json.dumps({"conditions": conditions, "runs": runs, "summary": summary}, indent=1)
    )
    plot(runs, RESULTS / "agent.png")


if __name__ == "__main__":
    main()
