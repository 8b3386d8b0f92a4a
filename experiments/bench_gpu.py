"""Training on a GPU, measured (issue: train where users train): one prepared run for a lent GPU.

Parts, each written to the JSON as it finishes (a run cut short keeps what it measured):

1. ``meters``: ``nas meters`` on the machine: NVML's self-test on a real GPU.
2. ``throughput``: training images/s of three networks of the Fashion-MNIST space (its
   smallest, median and largest of 20 spread in MACs: experiments/results/fidelity.json), on
   the CPU (every core) and on the GPU in full precision and bf16 mixed precision, batch 128 as
   the search trains; steps timed after a warm-up, the GPU synchronised.
3. ``default``: the default 20-trial search (experiments/fashion.toml) with ``--device cuda``,
   its wall time beside the 2-core machine's (experiments/results/busy_search.json, quiet arm).
4. ``full``: the same search at a full-data proxy (all 54 000 training images, 10 epochs), its
   wall time and its NVML-measured training energy, checked against the GPU's power limit x time.

Searches run as users run them (the CLI), with MLflow off: MLflow's wheels do not fit beside
the data in what travels to the GPU machine. Inference is measured on the CPU (``provider
cpu``); ONNX Runtime's CUDA provider is recorded as available or not (``onnxruntime-gpu``'s
wheel, 243 MiB, is more than can travel).

On the GPU machine (Python 3.12; PyTorch, onnxruntime, nvidia-ml-py, click, rich, numpy there):
    experiments/gpu_wheels.sh              # here, once: the wheels it lacks and the data
    # device run, carry [".whl", ".fashion"], timeout_s 600 (the parts take about 8 minutes):
    python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/*.whl &&
      PYTHONPATH=/tmp/site:$PWD NAS_FASHION_MNIST_DIR=$PWD/.fashion PYTHONUNBUFFERED=1
      python3 experiments/bench_gpu.py --out $OUT/gpu.json
    # then, here: copy gpu.json to experiments/results/, draw gpu.png (--plot), and commit them
    # a rerun of some parts keeps the others: --parts default,full --onto experiments/results/gpu.json

Without a GPU, ``--cpu-check`` runs every part small, on the CPU, to check the script itself.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch

REPO = Path(__file__).resolve().parent.parent
CONFIG = REPO / "experiments" / "fashion.toml"
RESULTS = REPO / "experiments" / "results"
BATCH = 128
FULL_LIMIT_S = 270  # the goal: the 20-trial full-data search in under 5 minutes
DEFAULT_LIMIT_S = 150  # the goal: the default search 10x faster than 2 cores (about 32 s)


def conditions() -> dict[str, Any]:
    gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    try:
        import onnxruntime

        providers = onnxruntime.get_available_providers()
    except ImportError:
        providers = []
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}",
        "gpu": gpu,
        "torch": torch.__version__,
        "cuda": torch.version.cuda,
        "python": platform.python_version(),
        "onnxruntime_providers": providers,
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def three_archs() -> list[str]:
    """The smallest, median and largest (in MACs) of the 20 architectures of bench_fidelity."""
    from estimators import count_complexity
    from search_spaces import Arch, build_model

    archs = json.loads(json.loads((RESULTS / "fidelity.json").read_text())["resume_key"])["archs"]
    macs = {a: count_complexity(build_model(Arch.parse(a), 1, 10), (1, 28, 28)).macs for a in archs}
    ranked = sorted(archs, key=macs.__getitem__)
    return [ranked[0], ranked[len(ranked) // 2], ranked[-1]]


def images_per_second(splits: Any, arch: str, device: str, mixed: bool, seconds: float) -> dict[str, Any]:
    """Training steps of ``arch`` on Fashion-MNIST batches, as the search trains (its ``Step``:
    normalised and augmented on the device, channels-last, bf16 autocast where asked)."""
    from nas.train import Step, training_placement
    from search_spaces import Arch, build_model

    placement = training_placement(device, mixed)
    model = build_model(Arch.parse(arch), 1, 10).to(placement.device, memory_format=torch.channels_last)  # type: ignore[call-overload]  # missing from the stubs
    optimizer = torch.optim.AdamW(model.parameters(), lr=0.01)
    images = splits.x_train[: BATCH * 16].to(placement.device)
    labels = splits.y_train[: BATCH * 16].to(placement.device)
    loss = torch.nn.CrossEntropyLoss()
    step = Step(model, optimizer, loss, splits, "crop-flip", torch.Generator(), placement)

    def run(steps: int) -> None:
        for index in range(steps):
            start = (index % 16) * BATCH
            step.run(images[start : start + BATCH], labels[start : start + BATCH])
        if placement.device.type == "cuda":
            torch.cuda.synchronize()

    run(10)  # warm-up: cuDNN's autotuning, the allocator
    steps, elapsed = 10, 0.0
    while elapsed < seconds:
        started = time.perf_counter()
        run(steps)
        elapsed = time.perf_counter() - started
        if elapsed < seconds:
            steps *= 2
    bf16 = placement.autocast is not None
    return {"device": str(placement.device), "bf16": bf16, "images_per_s": steps * BATCH / elapsed}


def run_search(
    config: Path, folder: Path, trials: int, jobs: int, device: str, limit_s: float, log: Path | None
) -> dict[str, Any]:
    """``nas search`` as a user runs it, in ``folder``; its wall time and what it recorded."""
    import optuna

    from nas.record import read_record

    command = [sys.executable, "-m", "nas", "search", str(config), "--trials", str(trials)]
    command += ["--tracking-uri", "", "--device", device, "--jobs", str(jobs)]
    gpu_mj = gpu_energy_mj()
    started = time.perf_counter()
    out: dict[str, Any] = {"command": " ".join(command[1:]), "jobs": jobs}
    with subprocess.Popen(
        command, cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as search:
        try:
            stdout, stderr = search.communicate(timeout=limit_s)
        except subprocess.TimeoutExpired:
            # stopped as a user stops it (Ctrl-C): its jobs record their running trials as
            # interrupted, and what finished before the cap is read below
            search.send_signal(signal.SIGINT)
            try:
                stdout, stderr = search.communicate(timeout=90)
            except subprocess.TimeoutExpired:
                search.kill()
                stdout, stderr = search.communicate()
            out["stopped_at_cap_s"] = limit_s
    out["wall_s"] = time.perf_counter() - started
    out["rc"] = search.returncode
    if log is not None:
        log.write_text(stdout + "\n--- stderr ---\n" + stderr)
    if gpu_mj is not None and (after := gpu_energy_mj()) is not None:
        # the GPU's whole energy over the search: trainings that overlap (jobs) each read the
        # whole GPU, so their per-trial NVML shares sum to more than this
        out["nvml_whole_search_j"] = (after - gpu_mj) / 1e3
    if search.returncode != 0:
        out["error"] = (stdout + stderr)[-2000:]
    name = tomllib.loads(config.read_text())["study"]["name"]
    study = optuna.load_study(study_name=name, storage=f"sqlite:///{folder}/nas.db")
    records = [read_record(t) for t in study.get_trials() if t.state == optuna.trial.TrialState.COMPLETE]
    trained = [r for r in records if r.training is not None]
    out["trials"] = [
        {
            "arch": r.arch,
            "val_accuracy": r.val_accuracy,
            "train_seconds": r.training.train_seconds if r.training else None,
            "epochs_run": r.training.epochs_run if r.training else None,
            "device": r.training.device if r.training else None,
            "gpu_memory_mb": r.training.gpu_memory_mb if r.training else None,
            "train_energy_j": r.train_energy_j,
            "train_energy_by_source": r.train_energy_shares(),
            "train_energy_net_j": r.train_energy_net_j,
        }
        for r in trained
    ]
    out["train_seconds"] = sum(r.training.train_seconds for r in trained if r.training)
    out["train_energy_by_source"] = {
        source: sum(r.train_energy_shares().get(source, 0.0) for r in trained)
        for source in sorted({s for r in trained for s in r.train_energy_shares()})
    }
    out["best_val_accuracy"] = max((r.val_accuracy or 0.0) for r in trained) if trained else None
    out["completed_trials"] = len(records)
    out["summary"] = [
        line
        for line in stdout.splitlines()
        if re.match(r"(search footprint|energy meter|\d+ completed)", line)
    ]
    out["first_lines"] = stderr.splitlines()[:4]
    return out


def gpu_energy_mj() -> int | None:
    try:
        import pynvml

        pynvml.nvmlInit()
        return int(pynvml.nvmlDeviceGetTotalEnergyConsumption(pynvml.nvmlDeviceGetHandleByIndex(0)))
    except Exception:
        return None


def power_limit_w() -> float | None:
    try:
        import pynvml

        pynvml.nvmlInit()
        handle = pynvml.nvmlDeviceGetHandleByIndex(0)
        return float(pynvml.nvmlDeviceGetEnforcedPowerLimit(handle)) / 1e3
    except Exception:
        return None


def full_data_config(folder: Path, epochs: int, examples: int | None) -> Path:
    """fashion.toml at a full-data proxy: every training image (or ``examples``), ``epochs`` epochs."""
    text = CONFIG.read_text()
    text = re.sub(
        r"(?m)^max_train_examples = .*$", f"max_train_examples = {examples}" if examples else "", text
    )
    text = re.sub(r"(?m)^epochs = .*$", f"epochs = {epochs}", text)
    text = text.replace('name = "fashion"', 'name = "fashion-full"')
    path = folder / "fashion-full.toml"
    path.write_text(text)
    return path


def small_config(folder: Path) -> Path:
    """fashion.toml made small for ``--cpu-check``: 600 images, 1 epoch."""
    text = re.sub(r"(?m)^max_train_examples = .*$", "max_train_examples = 600", CONFIG.read_text())
    text = re.sub(r"(?m)^epochs = .*$", "epochs = 1", text)
    path = folder / "fashion-small.toml"
    path.write_text(text)
    return path


def part_meters() -> dict[str, Any]:
    command = [sys.executable, "-m", "nas", "meters", "--seconds", "2"]
    said = subprocess.run(command, capture_output=True, text=True, check=False)
    return {"rc": said.returncode, "output": (said.stdout + said.stderr).splitlines()}


def part_throughput(check: bool) -> list[dict[str, Any]]:
    from nas.config.sections import DataConfig
    from nas.data import load_dataset

    splits = load_dataset(DataConfig(dataset="fashion-mnist", max_train_examples=BATCH * 16))
    seconds = 0.5 if check else 3.0
    torch.set_num_threads(os.cpu_count() or 1)  # the CPU at its best: every core
    rows = []
    for arch in three_archs():
        cpu = images_per_second(splits, arch, "cpu", False, seconds)
        row: dict[str, Any] = {"arch": arch, "cpu": {**cpu, "threads": torch.get_num_threads()}}
        if not check:
            row["gpu_fp32"] = images_per_second(splits, arch, "cuda", False, seconds)
            row["gpu_bf16"] = images_per_second(splits, arch, "cuda", True, seconds)
        rows.append(row)
        print(json.dumps(row), flush=True)
    return rows


def part_default(work: Path, check: bool, jobs: int, logs: Path) -> dict[str, Any]:
    folder = work / "default"
    folder.mkdir()
    config = small_config(work) if check else CONFIG
    device = "cpu" if check else "cuda"
    out = run_search(config, folder, 4 if check else 20, jobs, device, DEFAULT_LIMIT_S, logs / "default.log")
    if "stopped_at_cap_s" in out or out["rc"] != 0:
        return out  # not the whole search: no speed-up to state
    quiet = json.loads((RESULTS / "busy_search.json").read_text())["arms"]["quiet"]
    out["two_core_machine"] = {"wall_s": quiet["wall_s"], "from": "busy_search.json, quiet arm (MLflow on)"}
    out["speed_up"] = quiet["wall_s"] / out["wall_s"]
    return out


def part_full(work: Path, check: bool, jobs: int, logs: Path) -> dict[str, Any]:
    folder = work / "full"
    folder.mkdir()
    config = full_data_config(work, 1 if check else 10, 600 if check else None)
    device = "cpu" if check else "cuda"
    out = run_search(config, folder, 4 if check else 20, jobs, device, FULL_LIMIT_S, logs / "full.log")
    limit = power_limit_w()
    nvml_j = out.get("train_energy_by_source", {}).get("nvml")
    if limit is not None and nvml_j is not None:
        # overlapping trainings (jobs) each read the whole GPU: their sum is checked against
        # the limit over every job's training time, the bound that sum can honestly meet
        out["gpu_power_limit_w"] = limit
        out["nvml_within_limit_x_time"] = nvml_j <= limit * out["train_seconds"]
    return out


def plot(result: dict[str, Any], path: Path) -> None:
    """Training images/s per network and device; the searches' wall times against the goals."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (speed, walls) = plt.subplots(1, 2, figsize=(13, 4.8))
    rows = result.get("throughput") or []
    two_cores = {r["arch"]: r["images_per_s"] for r in result.get("two_core_throughput", {}).get("rows", [])}
    bars: list[tuple[str, Callable[[dict[str, Any]], float | None]]] = [
        ("2 vCPUs (dev machine)", lambda r: two_cores.get(r["arch"]))
    ]
    bars += [
        (
            f"{rows[0]['cpu']['threads']} CPU threads (GPU host)" if rows else "CPU",
            lambda r: r["cpu"]["images_per_s"],
        ),
        ("GPU fp32", lambda r: r.get("gpu_fp32", {}).get("images_per_s")),
        ("GPU bf16 autocast", lambda r: r.get("gpu_bf16", {}).get("images_per_s")),
    ]
    for index, (label, value) in enumerate(bars):
        xs = [n + (index - 1.5) * 0.2 for n in range(len(rows))]
        speed.bar(xs, [value(r) or 0 for r in rows], width=0.2, label=label)
    speed.set_xticks(range(len(rows)), ["smallest", "median", "largest"][: len(rows)])
    speed.set_yscale("log")
    speed.set_ylim(top=speed.get_ylim()[1] * 6)  # room for the legend above the bars
    speed.set_ylabel("training images/s (batch 128, one process)")
    speed.set_title("training throughput, three networks of the space")
    speed.legend(fontsize=8)
    quiet = json.loads((RESULTS / "busy_search.json").read_text())["arms"]["quiet"]["wall_s"]
    searches = [("default, 2 vCPUs", quiet, "")]
    for key, label in (("default", "default, GPU, 4 jobs"), ("full", "full data, GPU, 4 jobs")):
        part = result.get(key, {})
        if "wall_s" in part:
            capped = f" (cap: {part.get('completed_trials')}/20)" if "stopped_at_cap_s" in part else ""
            searches.append((label, part["wall_s"], capped))
    if (nopair := result.get("followup", {}).get("default_without_pairing")) is not None:
        searches.append(("default, GPU, 4 jobs, no pairing", nopair["wall_s"], ""))
    walls.barh([s[0] for s in searches], [s[1] for s in searches], color="tab:gray")
    for y, (_, wall, note) in enumerate(searches):
        walls.text(wall, y, f" {wall:.0f} s{note}", va="center", fontsize=8)
    walls.axvline(quiet / 10, color="tab:red", linestyle="--", label="goal: default 10x faster")
    walls.axvline(300, color="tab:blue", linestyle=":", label="goal: full data < 5 min")
    walls.set_xlabel("wall time of the 20-trial search (s)")
    walls.set_title("searches (MLflow off on the GPU, on on 2 vCPUs)")
    walls.legend(fontsize=8, loc="upper right")
    conditions = result.get("conditions", {})
    figure.suptitle(
        f"{conditions.get('gpu')}, torch {conditions.get('torch')}, {conditions.get('machine', '')[:40]}"
    )
    figure.tight_layout()
    figure.savefig(path, dpi=120)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=RESULTS / "gpu.json")
    parser.add_argument("--parts", default="meters,throughput,full,default")
    parser.add_argument("--jobs", type=int, default=4, help="jobs of the searches on the one GPU")
    parser.add_argument("--cpu-check", action="store_true", help="every part small, on the CPU")
    parser.add_argument("--plot", type=Path, help="only draw this PNG from the JSON at --out")
    parser.add_argument(
        "--onto", type=Path, help="an earlier run's JSON: its parts are kept, those run now replace theirs"
    )
    args = parser.parse_args()
    if args.plot is not None:
        plot(json.loads(args.out.read_text()), args.plot)
        return
    if not args.cpu_check and not torch.cuda.is_available():
        sys.exit("no GPU that PyTorch sees: run it on one, or with --cpu-check")
    result: dict[str, Any] = {"conditions": conditions(), "cpu_check": args.cpu_check, "jobs": args.jobs}
    if args.onto is not None:  # a partial rerun: what it does not run stays, said to be earlier
        earlier = json.loads(args.onto.read_text())
        kept = [name for name in ("meters", "throughput", "default", "full") if name in earlier]
        kept = [name for name in kept if name not in args.parts.split(",")]
        result = {
            **earlier,
            **result,
            "earlier_conditions": earlier["conditions"],
            "parts_from_earlier": kept,
        }
    work = Path(tempfile.mkdtemp(prefix="bench-gpu-"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    parts: dict[str, Callable[[], Any]] = {
        "meters": part_meters,
        "throughput": lambda: part_throughput(args.cpu_check),
        "default": lambda: part_default(work, args.cpu_check, args.jobs, args.out.parent),
        "full": lambda: part_full(work, args.cpu_check, args.jobs, args.out.parent),
    }
    for name in args.parts.split(","):
        started = time.perf_counter()
        result[name] = parts[name]()
        result[name + "_seconds"] = time.perf_counter() - started
        shown = (
            {k: v for k, v in result[name].items() if k != "trials"} if isinstance(result[name], dict) else ""
        )
        print(name, json.dumps(shown)[:2000], flush=True)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=1) + "\n")  # what is done survives a cut
    print(f"written: {args.out}", flush=True)


if __name__ == "__main__":
    main()
