"""Found front versus hand-designed networks: does the front hold a network at least as accurate
as MobileNetV1/V2 for less energy per inference?

The references are the smallest published MobileNets, both as published (for 224x224: on a
28x28 input their feature maps collapse to 1x1) and as the literature adapts them to small
inputs (``*_cifar``: stride 1 in the stem and first reduction stage). They are trained with the
study's own proxy (its stored [data] and [train] settings), so "beats MobileNet" is measured
under one training budget. Then every network (references and front members, from their trained
weights) is measured again, side by side and interleaved, with the same ONNX Runtime settings
and meter. Accuracies compared are validation accuracies (what the search selects on); test
accuracies are reported beside them. Prints its conditions; writes
``experiments/results/references.json``.

    python experiments/bench_references.py --storage sqlite:///nas.db --study-name fashion
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
from pathlib import Path
from typing import Any

import onnxruntime as ort
import torch

from estimators import MeasureSettings, count_complexity, export_onnx, measure_onnx, select_meter
from nas.data import load_dataset
from nas.export.checkpoint import load_checkpoint
from nas.front.pareto import pareto_front
from nas.record import read_record
from nas.study import join_study
from nas.train import train_model
from search_spaces import REFERENCES, build_model

REFERENCE_NAMES = (
    "mobilenet_v1_0.25",
    "mobilenet_v2_0.35",
    "mobilenet_v1_0.25_cifar",
    "mobilenet_v2_0.35_cifar",
    "mobilenet_v2_0.5_cifar",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--storage", default="sqlite:///nas.db")
    parser.add_argument("--study-name", default="fashion")
    parser.add_argument("--repeats", type=int, default=5, help="interleaved measurements of each network")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "references.json")
    args = parser.parse_args()
    study, config = join_study(args.storage, args.study_name, {})
    splits = load_dataset(config.data)
    meter, reason = select_meter("auto", vcpus=config.measure.threads)
    settings = MeasureSettings(**config.measure.settings_fields())
    train = config.train.model_copy(update={"pareto_stop": False})
    conditions = {
        "cores": os.cpu_count(),
        "load_average_start": os.getloadavg()[0],
        "python": platform.python_version(),
        "torch": torch.__version__,
        "onnxruntime": ort.__version__,
        "study": f"{args.study_name} in {args.storage}",
        "dataset": f"{config.data.dataset}, {len(splits.x_train)} training images, {splits.input_shape}",
        "training": train.model_dump(include={"epochs", "patience", "batch_size", "lr", "threads"}),
        "meter": reason,
        "measure": f"{settings.repeats} windows of >= {settings.runs} calls, {settings.threads} thread(s), "
        f"batch {settings.batch_size}; median of {args.repeats} interleaved measurements",
    }
    print("conditions: " + json.dumps(conditions))
    networks: dict[str, tuple[torch.nn.Module, float, float | None, str]] = {}
    for name in REFERENCE_NAMES:
        torch.manual_seed(0)
        model = build_model(REFERENCES[name], splits.input_shape[0], splits.num_classes)
        result = train_model(model, splits, train, seed=0)
        networks[name] = (model, result.val_accuracy, result.test_accuracy, str(REFERENCES[name]))
        print(
            f"trained {name}: val {result.val_accuracy:.4f} test {result.test_accuracy:.4f} "
            f"in {result.epochs_run} epochs, {result.train_seconds:.0f} s",
            flush=True,
        )
    for trial in pareto_front(study):
        record = read_record(trial)
        checkpoint = load_checkpoint(Path(str(record.checkpoint)))
        networks[f"trial {trial.number}"] = (
            checkpoint.model,
            record.val_accuracy,
            record.test_accuracy,
            record.arch,
        )
    exported = {name: export_onnx(model, splits.input_shape) for name, (model, *_) in networks.items()}
    energies: dict[str, list[float]] = {name: [] for name in networks}
    latencies: dict[str, list[float]] = {name: [] for name in networks}
    for _ in range(args.repeats):
        for name, model_bytes in exported.items():
            measured = measure_onnx(model_bytes, splits.input_shape, settings, meter)
            energies[name].append(measured.energy_j)
            latencies[name].append(measured.latency_ms_median)
    rows: list[dict[str, Any]] = []
    for name, (network, val, test, arch) in networks.items():
        counts = count_complexity(network, splits.input_shape)
        rows.append(
            {
                "network": name,
                "val_accuracy": val,
                "test_accuracy": test,
                "energy_j": statistics.median(energies[name]),
                "latency_ms": statistics.median(latencies[name]),
                "params": counts.params,
                "macs": counts.macs,
                "arch": arch,
            }
        )
        print(
            f"{name:24s} val {val:.4f} test {test or 0:.4f} energy {rows[-1]['energy_j'] * 1e6:8.2f} uJ "
            f"latency {rows[-1]['latency_ms']:.3f} ms params {counts.params:>9,} MACs {counts.macs:>11,}"
        )
    verdicts = compare(rows)
    for reference, verdict in verdicts.items():
        print(f"{reference:24s} {verdict}")
    conditions["load_average_end"] = os.getloadavg()[0]
    args.out.write_text(json.dumps({"conditions": conditions, "rows": rows, "verdicts": verdicts}, indent=2))
    print(f"wrote {args.out}")


def compare(rows: list[dict[str, Any]]) -> dict[str, str]:
    """For each reference: the cheapest front member at least as accurate (validation), and how much
    less energy it needs; the goal is a member at <= 0.5x the best adapted reference's energy."""
    found = [r for r in rows if r["network"].startswith("trial")]
    verdicts = {}
    for reference in (r for r in rows if not r["network"].startswith("trial")):
        better = [f for f in found if f["val_accuracy"] >= reference["val_accuracy"]]
        if better:
            best = min(better, key=lambda f: f["energy_j"])
            ratio = best["energy_j"] / reference["energy_j"]
            verdicts[reference["network"]] = (
                f"{best['network']} (val {best['val_accuracy']:.4f} >= {reference['val_accuracy']:.4f}) at "
                f"{ratio:.2f}x its energy per inference"
            )
        else:
            top = max(found, key=lambda f: f["val_accuracy"], default=None)
            gap = reference["val_accuracy"] - (top["val_accuracy"] if top else 0.0)
            verdicts[reference["network"]] = f"no front member is as accurate (the best is {gap:.4f} below)"
    return verdicts


if __name__ == "__main__":
    main()
