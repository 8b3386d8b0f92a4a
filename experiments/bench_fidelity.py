"""Proxy fidelity against finalized training (part 1 of the fidelity benchmark).

Picks ``--archs`` architectures of the Fashion-MNIST search space that span its cost range
(evenly spaced in MACs rank among 400 random ones, not only front members), and for each one
trains, from the same initial weights:

- every proxy below, with the search's own trainer (``nas.train.train_model``), its validation
  accuracy, epochs, seconds and modelled training energy;
- the finalized training, as ``nas finalize`` runs it (``nas.finalize.recipe``: the whole
  training split, the default recipe), whose test accuracy is the ground truth.

Reports Kendall's tau between each proxy's validation accuracy and the finalized test accuracy,
and each proxy's training energy per architecture (tau per search joule). Architectures are
taken in an order that spreads them over the cost range, so a partial run is already a fair
sample. Writes ``experiments/results/fidelity.json`` (and ``fidelity.png``) after every step and
resumes from it, and a killed finalized training resumes at its last epoch
(``experiments/results/fidelity-work/``, not committed).

With ``--inference`` (run it alone on the machine, after the trainings): energy and latency per
inference of every architecture and of the adapted MobileNets, measured round-robin (median of
``--rounds``), beside the finalized test accuracies: does the space hold networks that meet the
goals against the MobileNets? These are not front members; the MobileNets' finalized
accuracies are shown where ``--references`` has trained them with the same recipe
(``fidelity_references.json``); ``experiments/results/fidelity_inference.json``.

    python experiments/bench_fidelity.py [--archs 20] [--epochs 24] [--threads 2] [--final-repeats 12,13]
    python experiments/bench_fidelity.py --references mobilenet_v1_0.25_cifar,mobilenet_v2_0.35_cifar
    python experiments/bench_fidelity.py --inference [--rounds 5]

``--final-repeats`` finalizes the networks of those indices again at another seed: how much of
the ground truth is its own noise.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import math
import os
import platform
import time
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime
import optuna
import torch
from scipy.stats import kendalltau

from estimators import (
    CpuPowerModel,
    MeasureSettings,
    count_complexity,
    export_onnx,
    measure_onnx,
    median_round,
    round_robin,
    select_meter,
)
from nas.config import Config, load_config
from nas.config.sections import TrainConfig
from nas.data import Splits, load_dataset
from nas.finalize.recipe import Recipe, make_recipe, train_final
from nas.train import train_model
from search_spaces import REFERENCES, Arch, build_model, references_for, sample_arch

RESULTS = Path(__file__).parent / "results"
CONFIG = Path(__file__).parent / "fashion.toml"

# The [train] settings every proxy starts from: experiments/fashion.toml's when this benchmark
# began (its results are keyed on them). fashion.toml has since taken the "new default" below.
OLD_DEFAULT = {"epochs": 6, "batch_size": 128, "lr": 0.01, "weight_decay": 1e-4, "patience": 2}
NEW_DEFAULT = {"patience": 6, "lr": 0.003, "weight_decay": 0.05}
# name: (training images, overrides of OLD_DEFAULT, and "seed_offset": another training seed
# from the same initial weights); the first is the search's default when the benchmark began
PROXIES: dict[str, tuple[int | None, dict[str, Any]]] = {
    "old default (10k images, <=6 epochs, lr 0.01, patience 2)": (10_000, {}),
    "search benchmark (2k images, <=4 epochs)": (2_000, {"epochs": 4}),
    "more images (30k, <=2 epochs)": (30_000, {"epochs": 2}),
    "all images (54k, 1 epoch)": (None, {"epochs": 1}),
    # the old default's noise: patience 2 cut some networks after one bad epoch of lr 0.01
    "old default, no early stopping": (10_000, {"patience": 6}),
    "new default (lr 0.003, decay 0.05, no early stopping)": (10_000, NEW_DEFAULT),
    # how much of a proxy's ranking is its own noise: the same proxy, another training seed
    "old default, another seed": (10_000, {"seed_offset": 1000}),
    "new default, another seed": (10_000, {**NEW_DEFAULT, "seed_offset": 1000}),
}
# scores made from proxies already trained: name -> (the proxies whose mean it is)
MEANS: dict[str, tuple[str, ...]] = {
    "old default, mean of two seeds": (
        "old default (10k images, <=6 epochs, lr 0.01, patience 2)",
        "old default, another seed",
    ),
    "new default, mean of two seeds": (
        "new default (lr 0.003, decay 0.05, no early stopping)",
        "new default, another seed",
    ),
}
EXTRAPOLATED = "old default, curve extrapolated (free)"
FULL_TRAIN = 54_000  # Fashion-MNIST's training split less the validation images
BOOTSTRAP = 2000  # resamplings of the networks, for tau's interval
SMALL = 100_000  # parameters: the published table's "2 conv, < 100 k parameters" row
GOAL_SMALL = 0.925  # that row's accuracy (the goal: at <= 0.2x MobileNetV2-0.35's energy per inference)


def spread_order(n: int) -> list[int]:
    """0..n-1 in an order where every prefix spreads over the range (ends, middle, quarters...)."""
    order: list[int] = []
    fractions = [0.0, 1.0, 0.5, 0.25, 0.75]
    fractions += [(2 * k + 1) / 16 for k in range(8)] + [(2 * k + 1) / 32 for k in range(16)]
    for fraction in fractions + [i / max(1, n - 1) for i in range(n)]:
        index = round(fraction * (n - 1))
        if index not in order:
            order.append(index)
    return order[:n]


def pick_archs(splits: Splits, space: Any, count: int, seed: int) -> list[Arch]:
    """``count`` architectures evenly spaced in MACs rank among 400 distinct random ones."""
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=seed))
    found: dict[str, tuple[int, Arch]] = {}
    while len(found) < 400:
        arch = sample_arch(space, study.ask())
        model = build_model(arch, splits.input_shape[0], splits.num_classes)
        found[str(arch)] = (count_complexity(model, splits.input_shape).macs, arch)
    ranked = [arch for _, arch in sorted(found.values(), key=lambda pair: pair[0])]
    return [ranked[round(i * (len(ranked) - 1) / (count - 1))] for i in range(count)]


def extrapolate(curve: list[float], to_epoch: float) -> float:
    """Validation accuracy fitted as a + b ln(epoch) over the proxy's curve, read at ``to_epoch``:
    a ranking score (it may pass 1; clipping it there would tie the networks it ranks)."""
    if len(curve) < 2:
        return curve[-1]
    a, b = np.polyfit(np.log(np.arange(1, len(curve) + 1)), np.asarray(curve), 1)[::-1]
    return float(a + b * math.log(to_epoch))


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--archs", type=int, default=20)
    parser.add_argument(
        "--epochs", type=int, default=None, help="finalized epochs [default: finalize.epochs]"
    )
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=RESULTS / "fidelity.json")
    parser.add_argument(
        "--final-repeats",
        type=lambda text: {int(i) for i in text.split(",") if i},
        default=set(),
        help="indices of networks to finalize again at another seed (the ground truth's noise)",
    )
    parser.add_argument(
        "--references",
        type=lambda text: [name for name in text.split(",") if name],
        default=[],
        help="instead: finalize these adapted MobileNets with the same recipe (fidelity_references.json)",
    )
    parser.add_argument("--inference", action="store_true", help="measure per-inference costs instead")
    parser.add_argument("--rounds", type=int, default=5, help="--inference: round-robin rounds")
    return parser.parse_args()


def main() -> None:
    args = _arguments()
    if args.inference:
        measure_inference(args.out, args.rounds)
    elif args.references:
        finalize_references(load_config(CONFIG), args)
    else:
        run_fidelity(args)


def run_fidelity(args: argparse.Namespace) -> None:
    """Part 1: every proxy and the finalized training of each architecture, resumable."""
    config = load_config(CONFIG)
    proxy_base = config.train.model_copy(update=OLD_DEFAULT)
    full, recipe, meter = _final_setup(config, args)
    space = config.space.resolved(full.input_shape)
    archs = pick_archs(full, space, args.archs, args.seed)
    conditions = {
        "cores": os.cpu_count(),
        "threads": args.threads,
        "python": platform.python_version(),
        "torch": torch.__version__,
        "onnxruntime": onnxruntime.__version__,
        "optuna": optuna.__version__,
        "dataset": (
            "fashion-mnist (Debian dataset-fashion-mnist): 54 000 train, 6 000 validation, 10 000 test"
        ),
        "space": "experiments/fashion.toml",
        "archs": [str(a) for a in archs],
        "proxies": {name: {"train_examples": n, **over} for name, (n, over) in PROXIES.items()},
        "proxy_train": proxy_base.model_dump(include={"epochs", "patience", "batch_size", "lr"}),
        "final_recipe": recipe.as_dict(),
        "ground_truth": "test accuracy after nas finalize's training (scored once)",
        "energy_meter": meter.describe(),
        "seed": args.seed,
    }
    key = _resume_key(conditions)
    rows: dict[str, dict[str, Any]] = {}
    if args.out.is_file():
        earlier = json.loads(args.out.read_text())
        if _resume_key(earlier["conditions"]) == key:  # proxies added later run on the rows kept
            rows = {row["arch"]: row for row in earlier["rows"]}
    print("conditions: " + json.dumps({k: v for k, v in conditions.items() if k != "archs"}), flush=True)
    print(f"resuming: {sum('final' in r for r in rows.values())} of {len(archs)} finalized", flush=True)
    work = RESULTS / "fidelity-work"
    base_settings = {**proxy_base.model_dump(), "pareto_stop": False, "threads": args.threads}
    proxy_data: dict[int | None, Splits] = {}
    for index in spread_order(len(archs)):
        arch = archs[index]
        row = rows.setdefault(str(arch), {"arch": str(arch), "index": index})
        torch.manual_seed(args.seed + index)
        initial = build_model(arch, full.input_shape[0], full.num_classes)
        counts = count_complexity(initial, full.input_shape)
        row.update(params=counts.params, macs=counts.macs)
        for name, (examples, settings) in PROXIES.items():
            if name in row.get("proxies", {}):
                continue
            if examples not in proxy_data:
                proxy_data[examples] = load_dataset(
                    config.data.model_copy(update={"max_train_examples": examples})
                )
            row.setdefault("proxies", {})[name] = _train_proxy(
                initial, proxy_data[examples], base_settings | settings, index, meter
            )
            _write(args.out, key, conditions, rows, load=os.getloadavg())
        if "final" not in row:
            started = time.perf_counter()
            state = work / f"arch-{index}.state.pt"
            row["final"] = _finalize(initial, arch, f"arch {index}", full, recipe, args.threads, state, meter)
            print(
                f"arch {index}: final test {row['final']['test_accuracy']:.4f}, default proxy val "
                f"{row['proxies'][next(iter(PROXIES))]['val_accuracy']:.4f} "
                f"[{time.perf_counter() - started:.0f} s, load {os.getloadavg()[0]:.2f}] {arch}",
                flush=True,
            )
            _write(args.out, key, conditions, rows, load=os.getloadavg())
        if index in args.final_repeats and "final_repeat" not in row:  # the ground truth's own noise
            again = dataclasses.replace(recipe, seed=recipe.seed + 1)
            state_again = work / f"arch-{index}-seed-{again.seed}.state.pt"
            row["final_repeat"] = {
                "seed": again.seed,
                **_finalize(initial, arch, f"arch {index}", full, again, args.threads, state_again, meter),
            }
            print(f"arch {index}: test {row['final_repeat']['test_accuracy']:.4f} at seed {again.seed}")
            _write(args.out, key, conditions, rows, load=os.getloadavg())
    _print_taus(_write(args.out, key, conditions, rows, load=os.getloadavg()))
    print(f"wrote {args.out}")


def measure_inference(fidelity: Path, rounds: int) -> None:
    """Energy and latency per inference of every finalized architecture of ``fidelity`` and of the
    adapted MobileNets, round-robin, as the search measures them (its graph, meter and settings),
    from the initial weights: what an inference costs depends on the graph, not the weights."""
    config = load_config(CONFIG)
    done = [r for r in json.loads(fidelity.read_text())["rows"] if "final" in r]
    shape = (1, 28, 28)
    settings = MeasureSettings(**config.measure.settings_fields())
    meter, reason = select_meter(config.measure.meter, vcpus=config.measure.threads)
    models = {f"arch {r['index']}": build_model(Arch.parse(r["arch"]), 1, 10) for r in done}
    references = references_for(shape)
    models |= {name: build_model(REFERENCES[name], 1, 10) for name in references}
    graphs = {name: export_onnx(model.eval(), shape) for name, model in models.items()}
    load_before = os.getloadavg()
    taken = round_robin(graphs, rounds, lambda graph: measure_onnx(graph, shape, settings, meter))
    energies = {name: [m.energy_j * 1e6 for m in measured] for name, measured in taken.items()}
    cost = {name: median_round(measured).energy_j * 1e6 for name, measured in taken.items()}
    accuracy = {f"arch {r['index']}": r["final"]["test_accuracy"] for r in done}
    finalized_references = fidelity.with_name("fidelity_references.json")  # --references, if run
    if finalized_references.is_file():
        known = json.loads(finalized_references.read_text())
        accuracy |= {name: known[name]["test_accuracy"] for name in references if name in known}
    params = {name: count_complexity(model, shape).params for name, model in models.items()}
    v2 = next(name for name in references if name.startswith("mobilenet_v2"))
    networks = [name for name in accuracy if name not in references]
    small = [n for n in networks if params[n] < SMALL and accuracy[n] >= GOAL_SMALL]
    best = max(networks, key=accuracy.__getitem__)
    result = {
        "conditions": {
            "cores": os.cpu_count(),
            "load_average_before": load_before,
            "load_average_after": os.getloadavg(),
            "meter": reason,
            "settings": config.measure.settings_fields(),
            "rounds": rounds,
            "weights": "initial (per-inference cost depends on the graph, not the weights)",
            "networks": "this benchmark's architectures (random, not front members), the adapted MobileNets",
        },
        "networks": {
            name: {
                "test_accuracy_finalized": accuracy.get(name),
                "params": params[name],
                "energy_uj": cost[name],
                "energy_uj_rounds": energies[name],
                "latency_ms": median_round(taken[name]).latency_ms_median,
                **{f"energy_vs_{ref}": cost[name] / cost[ref] for ref in references},
            }
            for name in graphs
        },
        "space_check": {
            f"under {SMALL} parameters with test accuracy >= {GOAL_SMALL}": {
                name: {"test_accuracy": accuracy[name], f"energy_vs_{v2}": cost[name] / cost[v2]}
                for name in small
            },
            "most accurate": {
                "network": best,
                "test_accuracy": accuracy[best],
                **{f"energy_vs_{ref}": cost[best] / cost[ref] for ref in references},
            },
        },
    }
    out = fidelity.with_name("fidelity_inference.json")
    out.write_text(json.dumps(result, indent=2))
    for name in graphs:
        said = f"test {accuracy[name]:.4f}" if name in accuracy else "(not finalized here)"
        print(
            f"{name:26s} {said:22s} params {params[name]:>8,} energy {cost[name]:8.2f} uJ "
            f"({cost[name] / cost[v2]:.2f}x {v2})"
        )
    print(f"wrote {out}")


def _final_setup(config: Config, args: argparse.Namespace) -> tuple[Splits, Recipe, CpuPowerModel]:
    """The whole training split, ``nas finalize``'s recipe and the meter every training is read by."""
    full = load_dataset(config.data.model_copy(update={"max_train_examples": None}))
    power = config.measure
    meter = CpuPowerModel(args.threads, power.cpu_idle_w_per_vcpu, power.cpu_max_w_per_vcpu)
    return full, make_recipe(config.finalize, full, args.epochs), meter


def finalize_references(config: Config, args: argparse.Namespace) -> None:
    """The adapted MobileNets finalized with the architectures' recipe, each from its own seeded
    initial weights; written after each one, skipped when already there, resumable per epoch."""
    full, recipe, meter = _final_setup(config, args)
    out = args.out.with_name("fidelity_references.json")
    done: dict[str, Any] = json.loads(out.read_text()) if out.is_file() else {}
    for name in args.references:
        if name in done and done[name]["recipe"] == recipe.as_dict():
            continue
        torch.manual_seed(args.seed)
        initial = build_model(REFERENCES[name], full.input_shape[0], full.num_classes)
        counts = count_complexity(initial, full.input_shape)
        state = RESULTS / "fidelity-work" / f"{name}.state.pt"
        final = _finalize(initial, REFERENCES[name], name, full, recipe, args.threads, state, meter)
        done[name] = {"params": counts.params, "macs": counts.macs, "recipe": recipe.as_dict(), **final}
        out.write_text(json.dumps(done, indent=2))
        print(f"{name}: final test {final['test_accuracy']:.4f} in {final['seconds']:.0f} s", flush=True)


def _finalize(
    initial: torch.nn.Module,
    arch: Arch,
    label: str,
    full: Splits,
    recipe: Recipe,
    threads: int,
    state: Path,
    meter: CpuPowerModel,
) -> dict[str, Any]:
    """``nas finalize``'s training of a copy of ``initial``, resumable per epoch from ``state``."""
    training = train_final(
        copy.deepcopy(initial),
        str(arch),
        full,
        recipe,
        threads,
        state,
        meter,
        lambda done: print(
            f"  {label} epoch {done.epoch}/{done.epochs} val {done.val_accuracy:.4f} {done.epoch_s:.0f} s",
            flush=True,
        ),
    )
    state.unlink(missing_ok=True)
    return {
        "val_accuracy": training.result.val_accuracy,
        "test_accuracy": training.result.test_accuracy,
        "curve": list(training.result.val_curve),
        "seconds": training.result.train_seconds,
        "energy_j": training.energy_j,
    }


def _train_proxy(
    initial: torch.nn.Module, splits: Splits, settings: dict[str, Any], index: int, meter: CpuPowerModel
) -> dict[str, Any]:
    """One proxy's training of a copy of ``initial``: seeded by the network's index, plus the
    proxy's ``seed_offset``."""
    overrides = dict(settings)
    seed = index + overrides.pop("seed_offset", 0)
    train = TrainConfig.model_validate(overrides)
    result, reading = meter.measure(lambda: train_model(copy.deepcopy(initial), splits, train, seed))
    return {
        "val_accuracy": result.val_accuracy,
        "curve": list(result.val_curve),
        "epochs": result.epochs_run,
        "seconds": result.train_seconds,
        "energy_j": reading.joules,
    }


def _resume_key(conditions: dict[str, Any]) -> str:
    """What must match for earlier rows to be kept: everything but the list of proxies (a row
    says which proxies it holds, so a proxy added later runs on the rows already finalized)."""
    return json.dumps({k: v for k, v in conditions.items() if k != "proxies"}, sort_keys=True)


def _print_taus(taus: dict[str, dict[str, Any]]) -> None:
    for name, value in taus.items():
        said = "undefined" if value["tau"] is None else f"{value['tau']:+.3f}"
        print(f"Kendall tau vs finalized test accuracy: {name:45s} {said} (n {value['n']})")


def _write(
    out: Path, key: str, conditions: dict[str, Any], rows: dict[str, dict[str, Any]], load: tuple[float, ...]
) -> dict[str, dict[str, Any]]:
    finalized = [r for r in rows.values() if "final" in r]
    taus: dict[str, dict[str, Any]] = {}
    points: dict[str, tuple[list[float], list[float], list[float]]] = {}  # score, truth, log MACs
    rng = np.random.default_rng(0)
    for name, parts in _scores().items():
        # each over the finalized networks its proxies have run on: all of them once a run is done
        done = [r for r in finalized if all(part in r.get("proxies", {}) for part in parts)]
        if len(done) < 3:
            continue
        values = [_score(name, r, conditions) for r in done]
        truth = [r["final"]["test_accuracy"] for r in done]
        points[name] = (values, truth, [math.log10(r["macs"]) for r in done])
        tau = float(kendalltau(values, truth).statistic)
        energy = sum(np.mean([r["proxies"][part]["energy_j"] for r in done]) for part in parts)
        taus[name] = {
            "tau": tau if math.isfinite(tau) else None,  # undefined when a side is all ties
            "n": len(done),
            "tau_90_interval": _bootstrap(values, truth, rng),
            "mean_energy_j_per_arch": float(energy),
            # the work itself, whatever the load when it ran: forward MACs over the images trained
            "mean_forward_gmacs_per_arch": sum(_mean_gmacs(done, part, conditions) for part in parts),
        }
        if name in MEANS:  # a proxy against itself at another seed: its repeatability
            repeat = kendalltau(*[[r["proxies"][part]["val_accuracy"] for r in done] for part in parts])
            taus[name]["tau_between_the_two_seeds"] = float(repeat.statistic)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "conditions": conditions,
                "resume_key": key,
                "finalized": len(finalized),
                "of": len(conditions["archs"]),
                "load_average_last": list(load),
                "kendall_tau_vs_finalized_test_accuracy": taus,
                "final_repeats": {  # the same network finalized at two seeds: test accuracy
                    r["index"]: [r["final"]["test_accuracy"], r["final_repeat"]["test_accuracy"]]
                    for r in finalized
                    if "final_repeat" in r
                },
                "rows": sorted(rows.values(), key=lambda r: r["index"]),
            },
            indent=2,
        )
    )
    if points:
        _plot(points, taus, len(finalized), out.with_suffix(".png"))
    return taus


def _scores() -> dict[str, tuple[str, ...]]:
    """Every ranking score, and the proxies whose training it needs (and costs)."""
    default = next(iter(PROXIES))
    scores: dict[str, tuple[str, ...]] = {name: (name,) for name in PROXIES}
    return scores | {EXTRAPOLATED: (default,)} | MEANS


def _score(name: str, row: dict[str, Any], conditions: dict[str, Any]) -> float:
    parts = _scores()[name]
    if name == EXTRAPOLATED:  # to the final training's length, in default-proxy epochs
        final_epochs = conditions["final_recipe"]["epochs"] * FULL_TRAIN / 10_000
        return extrapolate(row["proxies"][parts[0]]["curve"], final_epochs)
    return float(np.mean([row["proxies"][part]["val_accuracy"] for part in parts]))


def _mean_gmacs(done: list[dict[str, Any]], proxy: str, conditions: dict[str, Any]) -> float:
    examples = conditions["proxies"][proxy]["train_examples"] or FULL_TRAIN
    return float(np.mean([r["proxies"][proxy]["epochs"] * examples * r["macs"] / 1e9 for r in done]))


def _bootstrap(values: list[float], truth: list[float], rng: np.random.Generator) -> list[float]:
    """Tau's 5th and 95th percentiles over networks drawn again with replacement: how much the
    figure owes to which networks happened to be picked."""
    x, y = np.asarray(values), np.asarray(truth)
    picks = rng.integers(0, len(values), (BOOTSTRAP, len(values)))
    taus = [kendalltau(x[pick], y[pick]).statistic for pick in picks]
    return [float(q) for q in np.nanpercentile(taus, [5, 95])]


def _plot(
    points: dict[str, tuple[list[float], list[float], list[float]]],
    taus: dict[str, dict[str, Any]],
    finalized: int,
    path: Path,
) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    columns = math.ceil(len(points) / 2)
    figure = Figure(figsize=(3 * columns, 7), dpi=100)
    axes = list(figure.subplots(2, columns, sharey=True).flat)
    for ax in axes[len(points) :]:
        ax.set_visible(False)
    for ax, (name, (values, truth, log_macs)) in zip(axes, points.items(), strict=False):
        ax.scatter(values, truth, s=16, c=log_macs, cmap="viridis")
        tau, joules, n = taus[name]["tau"], taus[name]["mean_energy_j_per_arch"], taus[name]["n"]
        said = "undefined" if tau is None else f"{tau:.2f}"
        ax.set_title(f"{name}\ntau {said} (n {n}), {joules:.0f} J/arch", fontsize=7)
        ax.set_xlabel("proxy validation accuracy", fontsize=7)
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("finalized test accuracy")
    axes[columns].set_ylabel("finalized test accuracy")
    figure.suptitle(
        f"proxy fidelity on Fashion-MNIST: {finalized} architectures finalized (colour: log10 MACs)",
        fontsize=9,
    )
    figure.tight_layout()
    figure.savefig(path)


if __name__ == "__main__":
    main()
