"""What the exported graph's images-as-stored front costs per inference, before and after
nas/export/raw_input.py: the plain front (Cast, Sub, Div, Transpose before the stem's padded
Conv) against the cheap one (DequantizeLinear, Transpose, Pad; the mean folded into the stem's
bias), and the network fed normalised floats (the graph the search measures) as the floor.

The 20 architectures of experiments/results/fidelity.json (spread over the Fashion-MNIST space's
MACs) and the adapted MobileNets, from initial weights (an inference's cost depends on the graph,
not the weights), measured round-robin with fashion.toml's measurement settings and meter, each
keeping its median round. Writes experiments/results/raw_input.json and .png.

    python experiments/bench_raw_input.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
from pathlib import Path

import onnxruntime
import torch

from estimators import MeasureSettings, export_onnx, measure_onnx, median_round, round_robin, select_meter
from nas.config import load_config
from nas.export.onnx import Graph, RawImages
from search_spaces import REFERENCES, build_model, parse_arch, references_for

RESULTS = Path(__file__).parent / "results"
SHAPE = (1, 28, 28)
MEAN, STD = 72.94, 90.02  # Fashion-MNIST's training split, in pixel values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out", type=Path, default=RESULTS / "raw_input.json")
    args = parser.parse_args()
    config = load_config(Path(__file__).parent / "fashion.toml")
    settings = MeasureSettings(**config.measure.settings_fields())
    meter, reason = select_meter(config.measure.meter, vcpus=config.measure.threads)
    rows = json.loads((RESULTS / "fidelity.json").read_text())["rows"]
    networks = {f"arch {r['index']}": build_model(parse_arch(r["arch"]), 1, 10) for r in rows}
    networks |= {name: build_model(REFERENCES[name], 1, 10) for name in references_for(SHAPE)}
    conditions = {
        "cores": os.cpu_count(),
        "load_average_before": os.getloadavg(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "onnxruntime": onnxruntime.__version__,
        "meter": reason,
        "settings": config.measure.settings_fields(),
        "rounds": args.rounds,
    }
    print("conditions: " + json.dumps(conditions), flush=True)
    models: dict[tuple[str, str], tuple[bytes, tuple[int, ...]]] = {}
    for name, network in networks.items():
        raw = RawImages(network.eval(), MEAN, STD).eval()
        models[name, "plain front"] = (export_onnx(raw, (28, 28, 1), dtype=torch.uint8), (28, 28, 1))
        models[name, "cheap front"] = (Graph(raw, (28, 28, 1), torch.uint8, raw=True).onnx(), (28, 28, 1))
        models[name, "normalised floats"] = (export_onnx(network, SHAPE), SHAPE)
    taken = round_robin(models, args.rounds, lambda model: measure_onnx(*model, settings, meter))
    kept = {key: median_round(measured) for key, measured in taken.items()}
    result: dict[str, dict[str, dict[str, float]]] = {}
    for (name, variant), measured in kept.items():
        result.setdefault(name, {})[variant] = {
            "energy_uj": measured.energy_j * 1e6,
            "latency_us": measured.latency_ms_median * 1e3,
        }
    saved = {
        name: row["plain front"]["energy_uj"] - row["cheap front"]["energy_uj"]
        for name, row in result.items()
    }
    ratios = sorted(
        row["cheap front"]["energy_uj"] / row["plain front"]["energy_uj"] for row in result.values()
    )
    summary = {
        "median_energy_saved_uj": sorted(saved.values())[len(saved) // 2],
        "cheap_over_plain_energy": {"min": ratios[0], "median": ratios[len(ratios) // 2], "max": ratios[-1]},
    }
    out = {
        "conditions": {**conditions, "load_average_after": os.getloadavg()},
        "summary": summary,
        "networks": result,
    }
    args.out.write_text(json.dumps(out, indent=2))
    plot(result, args.out.with_suffix(".png"))
    print(json.dumps(summary, indent=2))
    print(f"wrote {args.out} and {args.out.with_suffix('.png')}")


def plot(result: dict[str, dict[str, dict[str, float]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = sorted(result, key=lambda n: result[n]["normalised floats"]["energy_uj"])
    figure, axes = plt.subplots(figsize=(9, 5))
    for variant, colour in (
        ("plain front", "tab:red"),
        ("cheap front", "tab:green"),
        ("normalised floats", "grey"),
    ):
        axes.plot(
            range(len(names)),
            [result[n][variant]["energy_uj"] for n in names],
            "o-",
            color=colour,
            label=variant,
        )
    axes.set_xticks(range(len(names)), names, rotation=60, ha="right", fontsize=7)
    axes.set_yscale("log")
    axes.set_ylabel("energy per inference (µJ, model:cpu-ccf, median round)")
    axes.set_title("The exported graph's uint8 front: plain against cheap")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=120)


if __name__ == "__main__":
    main()
