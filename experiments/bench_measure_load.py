"""Measurements you can rank on: latency and energy per inference of 20 architectures spanning
the Fashion-MNIST space's cost range, each measured repeatedly (interleaved) under four
conditions of this 2-core machine:

- quiet: nothing else runs (``--pause PID`` stops a long job of yours meanwhile: SIGSTOP/SIGCONT);
- own: one training of this tool runs beside (it takes turns: it waits while a measurement runs);
- foreign x1, x2: one and two plain PyTorch trainings that take no turns (other people's load).

Rounds go through every condition in turn (the host's own drift then hits every condition
alike), and every network within each. Each measurement is taken twice, interleaved: as the
search measures now (``measure_onnx``: the measuring thread's CPU time, the lower quartile of
the windows, more windows when they disagree, the machine's measuring slot) and as it measured
before (the process's CPU time, the median of five windows). Reports per network the spread
across repeats (max / min - 1), the ratio to the quiet figure, and Kendall's tau of each
condition's ranking against the quiet one.
Writes experiments/results/measure_load.json and .png; prints its conditions.

    python experiments/bench_measure_load.py [--repeats 5] [--pause PID]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

import onnxruntime
import torch
from scipy.stats import kendalltau

from estimators import CpuPowerModel, MeasureSettings, export_onnx, measure_onnx
from estimators.meter import EnergyReading
from nas.config import load_config
from nas.data import load_dataset
from search_spaces import build_model

sys.path.insert(0, str(Path(__file__).parent))
from bench_fidelity import pick_archs

T = TypeVar("T")
RESULTS = Path(__file__).parent / "results"
CONFIG = Path(__file__).parent / "fashion.toml"
FOREIGN = """
import torch
torch.set_num_threads(1)
layers = [torch.nn.Conv2d(1, 32, 3), torch.nn.ReLU(), torch.nn.Flatten(), torch.nn.LazyLinear(10)]
net = torch.nn.Sequential(*layers)
opt = torch.optim.SGD(net.parameters(), lr=0.01)
x, y = torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,))
while True:
    opt.zero_grad(); torch.nn.functional.cross_entropy(net(x), y).backward(); opt.step()
"""
OWN = """
import sys
from pathlib import Path
from nas.config import load_config
from nas.data import load_dataset
from nas.train import train_model
from search_spaces import build_model, parse_arch
config = load_config(Path(sys.argv[1]))
splits = load_dataset(config.data)
train = config.train.model_copy(update={"epochs": 1000, "patience": 1000, "threads": 1, "pareto_stop": False})
model = build_model(parse_arch(sys.argv[2]), splits.input_shape[0], splits.num_classes)
train_model(model, splits, train, 0)
"""
CONDITIONS = ("quiet", "own", "foreign x1", "foreign x2")


@dataclass(frozen=True)
class BeforeModel:
    """The CPU model as the search used it before: the whole process's CPU time."""

    vcpus: int = 1
    idle_w_per_vcpu: float = 0.74
    max_w_per_vcpu: float = 3.5
    source: str = "model:cpu-ccf"
    min_window_s: float = 0.05

    def measure(self, work: Callable[[], T]) -> tuple[T, EnergyReading]:
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        result = work()
        wall_s, cpu_s = time.perf_counter() - wall_start, time.process_time() - cpu_start
        joules = (
            self.vcpus * self.idle_w_per_vcpu * wall_s + (self.max_w_per_vcpu - self.idle_w_per_vcpu) * cpu_s
        )
        return result, EnergyReading(joules, self.source, wall_s, cpu_s, joules)

    def describe(self) -> str:
        return "before: process CPU time"


@contextlib.contextmanager
def load(condition: str, arch: str) -> Iterator[None]:
    """The condition's other processes, running for the block's length."""
    scripts = {"quiet": [], "own": [OWN], "foreign x1": [FOREIGN], "foreign x2": [FOREIGN, FOREIGN]}[
        condition
    ]
    processes = [
        subprocess.Popen([sys.executable, "-c", script, str(CONFIG), arch], stderr=subprocess.DEVNULL)
        for script in scripts
    ]
    try:
        time.sleep(3.0 if processes else 0.0)  # started and training (the data loaded)
        yield
    finally:
        for process in processes:
            process.kill()
            process.wait()


@contextlib.contextmanager
def paused(pids: list[int]) -> Iterator[None]:
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGCONT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--archs", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--pause", type=int, action="append", default=[], help="a PID stopped meanwhile")
    parser.add_argument("--out", type=Path, default=RESULTS / "measure_load.json")
    args = parser.parse_args()
    config = load_config(CONFIG)
    splits = load_dataset(config.data)
    shape = splits.input_shape
    archs = pick_archs(splits, config.space.resolved(shape), args.archs, 0)
    models = [export_onnx(build_model(a, shape[0], splits.num_classes), shape) for a in archs]
    settings = MeasureSettings(**config.measure.settings_fields())
    now = CpuPowerModel(1, config.measure.cpu_idle_w_per_vcpu, config.measure.cpu_max_w_per_vcpu)
    before = BeforeModel()
    conditions = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "onnxruntime": onnxruntime.__version__,
        "settings": settings.__dict__,
        "meter": now.describe(),
        "archs": [str(a) for a in archs],
        "repeats": args.repeats,
        "paused": args.pause,
        "load_average_start": os.getloadavg(),
    }
    print("conditions: " + json.dumps({k: v for k, v in conditions.items() if k != "archs"}), flush=True)
    figures: dict[str, dict[str, list[list[float]]]] = {
        c: {e: [[] for _ in archs] for e in ("now", "before", "now_seconds", "before_seconds")}
        for c in CONDITIONS
    }
    with paused(args.pause):
        for repeat in range(args.repeats):  # conditions interleaved too: the host's drift hits all
            for condition in CONDITIONS:
                with load(condition, str(archs[len(archs) // 2])):
                    for index, model in enumerate(models):  # interleaved: drift hits every network
                        started = time.perf_counter()
                        measured = measure_onnx(model, shape, settings, now)
                        middle = time.perf_counter()
                        old = measure_onnx(model, shape, replace(settings), before, turns=None)
                        ended = time.perf_counter()
                        figures[condition]["now"][index].append(measured.energy_j)
                        five = old.window_energies_j[: settings.repeats]  # as before: the median of five
                        figures[condition]["before"][index].append(statistics.median(five))
                        figures[condition]["now_seconds"][index].append(middle - started)
                        taken = old.windows or settings.repeats  # before, no window was added
                        seconds = (ended - middle) * settings.repeats / taken
                        figures[condition]["before_seconds"][index].append(seconds)
                load_now = os.getloadavg()[0]
                print(f"repeat {repeat + 1}/{args.repeats}, {condition} (load {load_now:.2f})", flush=True)
    summary = summarise(figures)
    conditions["load_average_end"] = os.getloadavg()
    args.out.write_text(
        json.dumps({"conditions": conditions, "summary": summary, "figures": figures}, indent=2)
    )
    print(json.dumps(summary, indent=2))
    plot(summary, figures, args.out.with_suffix(".png"))
    print(f"wrote {args.out}")


def summarise(figures: dict[str, dict[str, list[list[float]]]]) -> dict[str, Any]:
    summary: dict[str, Any] = {}
    for estimator in ("now", "before"):
        quiet = [statistics.median(v) for v in figures["quiet"][estimator]]
        for condition in CONDITIONS:
            values = figures[condition][estimator]
            spreads = [max(v) / min(v) - 1 for v in values]
            medians = [statistics.median(v) for v in values]
            summary[f"{estimator} / {condition}"] = {
                "median_spread": statistics.median(spreads),
                "worst_spread": max(spreads),
                "median_ratio_to_quiet": statistics.median(
                    m / q for m, q in zip(medians, quiet, strict=True)
                ),
                "tau_vs_quiet": float(kendalltau(medians, quiet).statistic),
                "seconds_per_measurement": statistics.fmean(
                    s for v in figures[condition][f"{estimator}_seconds"] for s in v
                ),
            }
    quiet_now = [statistics.median(v) for v in figures["quiet"]["now"]]
    quiet_before = [statistics.median(v) for v in figures["quiet"]["before"]]
    summary["quiet: now / before, median over networks"] = statistics.median(
        a / b for a, b in zip(quiet_now, quiet_before, strict=True)
    )
    goal = summary["now / foreign x2"]
    summary["goals"] = {
        "foreign x2: median spread <= 5 %": goal["median_spread"] <= 0.05,
        "foreign x2: worst spread <= 15 %": goal["worst_spread"] <= 0.15,
        "foreign x2: tau vs quiet >= 0.95": goal["tau_vs_quiet"] >= 0.95,
        "quiet: within 3 % of before": abs(summary["quiet: now / before, median over networks"] - 1) <= 0.03,
        "time per measurement <= 1.5x before (quiet)": summary["now / quiet"]["seconds_per_measurement"]
        <= 1.5 * summary["before / quiet"]["seconds_per_measurement"],
    }
    return summary


def plot(summary: dict[str, Any], figures: dict[str, dict[str, list[list[float]]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(10, 4), dpi=100)
    axes = figure.subplots(1, 2, sharey=True)  # one scale: the two estimators compare at a glance
    for ax, estimator in zip(axes, ("before", "now"), strict=True):
        quiet = [statistics.median(v) for v in figures["quiet"][estimator]]
        for condition in CONDITIONS[1:]:
            medians = [statistics.median(v) for v in figures[condition][estimator]]
            ax.scatter(
                [q * 1e6 for q in quiet],
                [m / q for m, q in zip(medians, quiet, strict=True)],
                s=14,
                label=condition,
            )
        ax.axhline(1.0, color="#888", lw=0.8)
        ax.set_xscale("log")
        ax.set_xlabel("quiet energy per inference (µJ)")
        ax.set_ylabel("loaded / quiet")
        spread = summary[f"{estimator} / foreign x2"]["median_spread"]
        ax.set_title(f"{estimator}: median spread under 2 foreign trainings {spread:.1%}", fontsize=9)
        ax.legend(fontsize=7)
    figure.tight_layout()
    figure.savefig(path)


if __name__ == "__main__":
    main()
