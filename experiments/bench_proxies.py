"""Proxy fidelity: does the short training proxy (and does each zero-cost proxy) rank
architectures the way a 3x longer training does?

Samples ``--archs`` architectures from the configuration's search space (resolved for its
input, seeded), and for each one, from the same initial weights: the zero-cost proxies, the
proxy training of the configuration's ``[train]`` section, each ``--variant`` of it, and a
long training (``--long-factor`` times the epochs and patience, same data). Reports Kendall's
tau (with its p-value) between each proxy's validation accuracy and the long training's test
accuracy. Prints its conditions; writes ``experiments/results/proxies.json`` after every
architecture, and resumes from it when run again with the same arguments.

    python experiments/bench_proxies.py [--config experiments/fashion.toml] [--archs 20]
        [--variant epochs=3] [--variant epochs=4,lr=0.02]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import time
from pathlib import Path
from typing import Any

import optuna
import torch
from scipy.stats import kendalltau

from estimators.zero_cost import proxy_scores
from nas.config import load_config
from nas.config.sections import TrainConfig
from nas.data import Splits, load_dataset
from nas.train import train_model
from search_spaces import Arch, build_model, sample_arch

RESULTS = Path(__file__).parent / "results"


def parse_variant(text: str) -> dict[str, Any]:
    pairs = (item.split("=", 1) for item in text.split(","))
    return {key: json.loads(value) for key, value in pairs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", type=Path, default=Path(__file__).parent / "fashion.toml")
    parser.add_argument("--archs", type=int, default=20)
    parser.add_argument("--long-factor", type=int, default=3)
    parser.add_argument("--variant", action="append", default=[], help="train overrides, e.g. epochs=3")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=RESULTS / "proxies.json")
    parser.add_argument(
        "--reuse-long",
        type=Path,
        help="an earlier result whose long trainings (same archs, same settings) are reused",
    )
    args = parser.parse_args()
    config = load_config(args.config)
    short = config.train
    long = short.model_copy(
        update={
            "epochs": short.epochs * args.long_factor,
            "patience": short.patience * args.long_factor,
            "pareto_stop": False,
        }
    )
    variants: dict[str, TrainConfig] = {"proxy": short}
    for text in args.variant:
        variants[text] = TrainConfig.model_validate({**short.model_dump(), **parse_variant(text)})
    conditions = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "config": str(args.config),
        "dataset": config.data.dataset,
        "max_train_examples": config.data.max_train_examples,
        "archs": args.archs,
        "proxies": {
            name: v.model_dump(include={"epochs", "patience", "batch_size", "lr"})
            for name, v in variants.items()
        },
        "long training": long.model_dump(include={"epochs", "patience", "batch_size", "lr"}),
        "ground truth": "test accuracy after the long training",
        "seed": args.seed,
        "load_average_start": os.getloadavg()[0],
    }
    print("conditions: " + json.dumps(conditions))
    splits = load_dataset(config.data)
    space = config.space.resolved(splits.input_shape)
    sampler = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=args.seed))
    archs = [sample_arch(space, sampler.ask()) for _ in range(args.archs)]
    reused = _long_results(args.reuse_long, conditions) if args.reuse_long else {}
    rows: list[dict[str, Any]] = []
    if args.out.is_file():
        earlier = json.loads(args.out.read_text())
        if earlier.get("resume_key") == _resume_key(conditions):
            rows = earlier["rows"]
            print(f"resuming: {len(rows)} architectures done")
    for index, arch in enumerate(archs):
        if index < len(rows):
            continue
        started = time.perf_counter()
        row = measure_arch(arch, args.seed + index, index, splits, variants, long, reused)
        rows.append(row)
        print(
            f"{index:2d} proxy {row['proxy:val_accuracy']:.4f} ({row['proxy:epochs']} ep) long test "
            f"{row['long_test_accuracy']:.4f} ({row['long_epochs']} ep) "
            f"[{time.perf_counter() - started:.0f} s, load {os.getloadavg()[0]:.2f}] {arch}",
            flush=True,
        )
        _write(args.out, conditions, rows, variants)
    taus = _write(args.out, conditions, rows, variants)
    for key, value in taus.items():
        tau, p_value = value["tau"], value["p_value"]
        print(f"Kendall tau vs long-trained test accuracy: {key:28s} {tau:+.3f} (p {p_value:.3g})")
    _plot(rows, args.out.with_suffix(".png"))
    print(f"wrote {args.out}")


def measure_arch(
    arch: Arch,
    init_seed: int,
    index: int,
    splits: Splits,
    variants: dict[str, TrainConfig],
    long: TrainConfig,
    reused: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    """One architecture from one initialisation: its zero-cost scores, each proxy, the long training."""
    torch.manual_seed(init_seed)
    initial = build_model(arch, splits.input_shape[0], splits.num_classes)
    batch = splits.normalise(splits.x_train[:64])
    row: dict[str, Any] = {"arch": str(arch), **proxy_scores(initial, batch, splits.y_train[:64]).as_dict()}
    for name, train in variants.items():
        result = train_model(copy.deepcopy(initial), splits, train, seed=index)
        row[f"{name}:val_accuracy"] = result.val_accuracy
        row[f"{name}:epochs"] = result.epochs_run
        row[f"{name}:seconds"] = result.train_seconds
    if str(arch) in reused:
        return {**row, **reused[str(arch)]}
    result = train_model(copy.deepcopy(initial), splits, long, seed=index)
    row.update(
        long_val_accuracy=result.val_accuracy,
        long_test_accuracy=result.test_accuracy,
        long_epochs=result.epochs_run,
        long_seconds=result.train_seconds,
    )
    return row


def _long_results(path: Path, conditions: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The long trainings of an earlier run, by arch, if it trained them the same way."""
    earlier = json.loads(path.read_text())
    same = ("dataset", "max_train_examples", "long training", "seed")
    if any(earlier["conditions"].get(key) != conditions[key] for key in same):
        raise SystemExit(f"{path}: its long trainings were run otherwise ({', '.join(same)} differ)")
    keys = ("long_val_accuracy", "long_test_accuracy", "long_epochs", "long_seconds")
    return {row["arch"]: {key: row[key] for key in keys} for row in earlier["rows"]}


def _resume_key(conditions: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in conditions.items() if k != "load_average_start"}, sort_keys=True)


def _write(
    out: Path, conditions: dict[str, Any], rows: list[dict[str, Any]], variants: dict[str, TrainConfig]
) -> dict[str, dict[str, float]]:
    truth = [r["long_test_accuracy"] for r in rows]
    keys = [f"{name}:val_accuracy" for name in variants] + [
        "long_val_accuracy",
        "synflow",
        "naswot",
        "grad_norm",
    ]
    taus = {}
    if len(rows) >= 3:
        for key in keys:
            result = kendalltau([r[key] for r in rows], truth)
            taus[key] = {"tau": float(result.statistic), "p_value": float(result.pvalue)}
    out.write_text(
        json.dumps(
            {
                "conditions": conditions,
                "resume_key": _resume_key(conditions),
                "kendall_tau_vs_long_test_accuracy": taus,
                "rows": rows,
            },
            indent=2,
        )
    )
    return taus


def _plot(rows: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(5, 4), dpi=110)
    axes = figure.subplots()
    axes.scatter([r["proxy:val_accuracy"] for r in rows], [r["long_test_accuracy"] for r in rows], s=18)
    axes.set_xlabel("proxy: validation accuracy")
    axes.set_ylabel("3x longer training: test accuracy")
    tau = kendalltau([r["proxy:val_accuracy"] for r in rows], [r["long_test_accuracy"] for r in rows])
    axes.set_title(f"{len(rows)} random architectures: Kendall tau {tau.statistic:.2f} (p {tau.pvalue:.2g})")
    axes.grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(path)


if __name__ == "__main__":
    main()
