"""How repeatable are energy and latency per inference? Measure the same networks again and again.

For each network, the whole measurement that a trial makes (``estimators.measure_onnx``: a new
ONNX Runtime session, warm-up, ``repeats`` timed windows) is run ``--trials`` times, and the
coefficient of variation (stdev / mean) of its results over those runs is reported, for energy
per inference and median latency, side by side for several minimum window lengths, so the
default window can be judged by its figures. Prints its conditions; writes a JSON file to
``experiments/results/``.

    python experiments/bench_energy_repeatability.py [--trials 10] [--meter auto]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from dataclasses import replace
from pathlib import Path

import onnxruntime as ort
import torch

from estimators import CpuPowerModel, EnergyMeter, MeasureSettings, export_onnx, measure_onnx, select_meter
from estimators.host import cpu_name
from search_spaces import REFERENCES, build_model, parse_arch

NETWORKS = {
    "searched, digits front (1x8x8)": (
        parse_arch("stem_k3_s1_c8_hs-ir_r1_k3_s1_e6_c16_hs-ir_r1_k5_s2_e1_c32_se_hs"),
        (1, 8, 8),
    ),
    "mobilenet_v2_0.35 (1x8x8)": (REFERENCES["mobilenet_v2_0.35"], (1, 8, 8)),
    "mobilenet_v2_0.35 (3x32x32)": (REFERENCES["mobilenet_v2_0.35"], (3, 32, 32)),
    "mobilenet_v1_0.5 (3x64x64)": (REFERENCES["mobilenet_v1_0.5"], (3, 64, 64)),
}
WINDOWS_S = (0.0, 0.05, 0.2)  # 0: exactly `runs` calls per window, however short


def cv(values: list[float]) -> float:
    mean = statistics.fmean(values)
    return statistics.pstdev(values) / mean if mean > 0 else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=10, help="independent measurements per setting")
    parser.add_argument("--meter", default="auto")
    parser.add_argument("--runs", type=int, default=100, help="measure.runs (the search default)")
    parser.add_argument("--repeats", type=int, default=5, help="measure.repeats (the search default)")
    args = parser.parse_args()
    meter, reason = select_meter(args.meter, vcpus=1)
    conditions = {
        "cpu": cpu_name(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "onnxruntime": ort.__version__,
        "meter": reason,
        "ort_threads": 1,
        "runs": args.runs,
        "repeats": args.repeats,
        "warmup": 20,
        "trials": args.trials,
        "load_average": os.getloadavg()[0],
    }
    print("conditions: " + ", ".join(f"{k} {v}" for k, v in conditions.items()))
    print(
        f"{'network':32s} {'window':>7s} {'calls/win':>9s} {'energy J':>10s} {'CV':>6s} "
        f"{'latency ms':>10s} {'CV':>6s} {'CPU ms CV':>9s} {'in-run CV':>9s} {'s/meas':>6s}"
    )
    rows = []
    for name, (arch, shape) in NETWORKS.items():
        torch.manual_seed(0)
        model_bytes = export_onnx(build_model(arch, shape[0], 10), shape)
        for window_s in WINDOWS_S:
            settings = MeasureSettings(runs=args.runs, repeats=args.repeats, min_window_s=window_s)
            results, seconds = [], []
            for _ in range(args.trials):
                started = time.perf_counter()
                results.append(measure_onnx(model_bytes, shape, settings, _at_least(meter, window_s)))
                seconds.append(time.perf_counter() - started)
            energy = [r.energy_j for r in results]
            latency = [r.latency_ms_median for r in results]
            row = {
                "network": name,
                "arch": str(arch),
                "min_window_s": window_s,
                "calls_per_window": statistics.median(r.runs_per_window for r in results),
                "energy_j_median": statistics.median(energy),
                "energy_cv": cv(energy),
                "latency_ms_median": statistics.median(latency),
                "latency_cv": cv(latency),
                "in_run_energy_cv": statistics.median(r.energy_cv for r in results),
                "cpu_ms_per_call": statistics.median(r.cpu_ms_per_call for r in results),
                "cpu_ms_cv": cv([r.cpu_ms_per_call for r in results]),
                "seconds_per_measurement": statistics.median(seconds),
                "energy_source": results[0].energy_source,
                "energy_j_each": energy,
                "latency_ms_each": latency,
            }
            rows.append(row)
            print(
                f"{name:32s} {window_s:7.2f} {row['calls_per_window']:9.0f} {row['energy_j_median']:10.3e} "
                f"{row['energy_cv']:6.1%} {row['latency_ms_median']:10.4f} {row['latency_cv']:6.1%} "
                f"{row['cpu_ms_cv']:9.1%} "
                f"{row['in_run_energy_cv']:9.1%} {row['seconds_per_measurement']:6.2f}"
            )
    out = Path(__file__).parent / "results" / "energy_repeatability.json"
    out.write_text(json.dumps({"conditions": conditions, "rows": rows}, indent=2))
    print(f"wrote {out}")


def _at_least(meter: EnergyMeter, window_s: float) -> EnergyMeter:
    """The CPU model with its own minimum window lowered to ``window_s``, so 0 means 0;
    a hardware counter keeps its minimum (its resolution needs it)."""
    if isinstance(meter, CpuPowerModel):
        return replace(meter, min_window_s=min(meter.min_window_s, window_s))
    return meter


if __name__ == "__main__":
    main()
