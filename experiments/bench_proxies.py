"""Proxy fidelity: does the short training proxy (and does each zero-cost proxy) rank
architectures the way a longer training does?

Samples ``--archs`` architectures from the default search space (seeded), and for each one, from
the same initial weights: the zero-cost proxies, the proxy training (the search's default
[train] settings), and a long training (``--long-epochs``, patience scaled). Reports Kendall's
tau between each ranking and the long-trained test accuracy. Prints its conditions; writes
``experiments/results/proxies.json``.

    python experiments/bench_proxies.py [--archs 20] [--long-epochs 40]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import time
from pathlib import Path

import optuna
import torch
from scipy.stats import kendalltau

from estimators.zero_cost import proxy_scores
from nas.config import DataConfig, TrainConfig
from nas.data import load_dataset
from nas.train import train_model
from search_spaces import SearchSpace, build_model, sample_arch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--archs", type=int, default=20)
    parser.add_argument("--long-epochs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    short = TrainConfig()
    long = TrainConfig(epochs=args.long_epochs, patience=max(short.patience, args.long_epochs // 4))
    conditions = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "dataset": "digits",
        "archs": args.archs,
        "proxy training": f"{short.epochs} epochs, patience {short.patience}, subset {short.subset}",
        "long training": f"{long.epochs} epochs, patience {long.patience}",
        "seed": args.seed,
    }
    print("conditions: " + ", ".join(f"{k} {v}" for k, v in conditions.items()))
    splits = load_dataset(DataConfig())
    sampler = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=args.seed))
    rows = []
    for index in range(args.archs):
        arch = sample_arch(SearchSpace(), sampler.ask())
        torch.manual_seed(args.seed + index)
        initial = build_model(arch, splits.input_shape[0], splits.num_classes)
        scores = proxy_scores(initial, splits.x_train[:64], splits.y_train[:64]).as_dict()
        started = time.perf_counter()
        proxy = train_model(copy.deepcopy(initial), splits, short, seed=index)
        long_run = train_model(copy.deepcopy(initial), splits, long, seed=index)
        row = {
            "arch": str(arch),
            "proxy_accuracy": proxy.test_accuracy,
            "proxy_epochs": proxy.epochs_run,
            "long_accuracy": long_run.test_accuracy,
            "long_epochs": long_run.epochs_run,
            **scores,
        }
        rows.append(row)
        print(
            f"{index:2d} proxy {proxy.test_accuracy:.4f} ({proxy.epochs_run:2d} ep) "
            f"long {long_run.test_accuracy:.4f} ({long_run.epochs_run:2d} ep) "
            f"synflow {scores['synflow']:.3g} naswot {scores['naswot']:.1f} "
            f"grad_norm {scores['grad_norm']:.3g} [{time.perf_counter() - started:.0f} s] {arch}",
            flush=True,
        )
    long_accuracy = [r["long_accuracy"] for r in rows]
    taus = {}
    for key in ("proxy_accuracy", "synflow", "naswot", "grad_norm"):
        result = kendalltau([r[key] for r in rows], long_accuracy)
        taus[key] = {"tau": float(result.statistic), "p_value": float(result.pvalue)}
        print(
            f"Kendall tau vs long-trained accuracy: {key:15s} {result.statistic:+.3f} (p {result.pvalue:.3g})"
        )
    out = Path(__file__).parent / "results" / "proxies.json"
    out.write_text(json.dumps({"conditions": conditions, "kendall_tau": taus, "rows": rows}, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
