"""Found front versus hand-designed networks: does the front hold a network at least as accurate
as MobileNetV1/V2 (width-scaled to the dataset) for less energy per inference?

The references are trained with the same proxy training as the search's candidates. Then every
network (references and front members, from their trained weights) is measured again, side by
side and interleaved, with the same ONNX Runtime settings and meter, so the comparison does not
depend on when each was first measured. Prints its conditions; writes
``experiments/results/references.json``.

    python experiments/bench_references.py --storage sqlite:///nas.db --study-name digits
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
from pathlib import Path

import onnxruntime as ort
import torch

from estimators import MeasureSettings, count_complexity, export_onnx, measure_onnx, select_meter
from nas.checkpoint import load_checkpoint
from nas.config import DataConfig, TrainConfig
from nas.data import load_dataset
from nas.front import pareto_front
from nas.study import load_existing_study
from nas.train import train_model
from search_spaces import REFERENCES, build_model

REFERENCE_NAMES = ("mobilenet_v1_0.25", "mobilenet_v2_0.35", "mobilenet_v2_0.5")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--storage", default="sqlite:///nas.db")
    parser.add_argument("--study-name", default="digits")
    parser.add_argument("--repeats", type=int, default=5, help="interleaved measurements of each network")
    args = parser.parse_args()
    study = load_existing_study(args.storage, args.study_name)
    splits = load_dataset(DataConfig())
    meter, reason = select_meter("auto", vcpus=1)
    settings = MeasureSettings()
    conditions = {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "onnxruntime": ort.__version__,
        "study": f"{args.study_name} in {args.storage}",
        "training": "the search's default proxy (15 epochs, patience 3), digits",
        "meter": reason,
        "measure": f"{settings.repeats} windows of >= {settings.runs} calls, 1 thread, batch 1; "
        f"median of {args.repeats} interleaved measurements",
    }
    print("conditions: " + ", ".join(f"{k} {v}" for k, v in conditions.items()))
    networks: dict[str, tuple[torch.nn.Module, float, str]] = {}
    for name in REFERENCE_NAMES:
        torch.manual_seed(0)
        model = build_model(REFERENCES[name], splits.input_shape[0], splits.num_classes)
        result = train_model(model, splits, TrainConfig(), seed=0)
        networks[name] = (model, result.test_accuracy, str(REFERENCES[name]))
        print(
            f"trained {name}: test accuracy {result.test_accuracy:.4f} in {result.epochs_run} epochs",
            flush=True,
        )
    for trial in pareto_front(study):
        checkpoint = load_checkpoint(Path(trial.user_attrs["checkpoint"]))
        networks[f"trial {trial.number}"] = (
            checkpoint.model,
            trial.user_attrs["accuracy"],
            trial.user_attrs["arch"],
        )
    exported = {name: export_onnx(model, splits.input_shape) for name, (model, _, _) in networks.items()}
    energies: dict[str, list[float]] = {name: [] for name in networks}
    for _ in range(args.repeats):
        for name, model_bytes in exported.items():
            energies[name].append(measure_onnx(model_bytes, splits.input_shape, settings, meter).energy_j)
    rows = []
    for name, (model, accuracy, arch) in networks.items():
        counts = count_complexity(model, splits.input_shape)
        rows.append(
            {
                "network": name,
                "accuracy": accuracy,
                "energy_j": statistics.median(energies[name]),
                "params": counts.params,
                "macs": counts.macs,
                "arch": arch,
            }
        )
        print(
            f"{name:20s} accuracy {accuracy:.4f} energy {rows[-1]['energy_j']:.3e} J "
            f"params {counts.params:>9,} MACs {counts.macs:>11,}"
        )
    found = [r for r in rows if r["network"].startswith("trial")]
    verdicts = {}
    for reference in (r for r in rows if not r["network"].startswith("trial")):
        better = [
            f
            for f in found
            if f["accuracy"] >= reference["accuracy"] and f["energy_j"] < reference["energy_j"]
        ]
        if better:
            best = min(better, key=lambda f: f["energy_j"])
            verdict = (
                f"yes: {best['network']} ({best['accuracy']:.4f}) for "
                f"{reference['energy_j'] / best['energy_j']:.1f}x less energy"
            )
        else:
            verdict = "no front member is at least as accurate for less energy"
        verdicts[reference["network"]] = verdict
        print(f"{reference['network']:20s} {verdict}")
    out = Path(__file__).parent / "results" / "references.json"
    out.write_text(json.dumps({"conditions": conditions, "rows": rows, "verdicts": verdicts}, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
