"""Deployable winners on small data: does finalizing ship networks at least as good as their proxy?

For each data set as a user holds it (scikit-learn's digits: 1 222 training images of 8x8;
class-balanced Fashion-MNIST subsets of 1 500 and 6 000 images written here as ``.npz`` files)
and each search seed, as users run the service (the CLI, MLflow on, in a work folder of its own):
``nas search`` (digits: experiments/digits.toml; the subsets: experiments/fashion.toml's space and
proxy), ``nas finalize --study-name NAME`` (no config: the study's stored [finalize]), and
``nas export`` of the most accurate finalized network, scored in a client with onnxruntime and
numpy alone. Per front member: the proxy's recorded validation accuracy, its checkpoint
re-scored on the same split, the finalized validation and test accuracy, where the shipped
weights came from, parameters, energy per inference, the recipe and the joules finalizing took.
Per data set: a logistic regression on the raw pixels of the same training split, for scale.

The full Fashion-MNIST fronts (experiments/results/fronts/) are checked, not retrained: the
recipe this version resolves for each finalized network there is compared with the one it was
trained with; where they are equal the committed figures are this version's (the training is
the same, bit for bit on the CPU).

Goals (issue 48): on every small set, every member's finalized validation no more than one
standard error below its proxy's re-scored figure, and the median member gaining >= 1 point;
fewer than 1 trial in 10 at chance; the 1 500-image set's most accurate member >= 0.80 test;
the export scoring exactly what the front records.

Every step resumes (searches and finalize resume themselves), across checkouts too: each arm's
work folder under experiments/results/data_sizes/ commits its study as SQL text (``nas.sql``,
rewritten every few minutes and after every step, rebuilt into ``nas.db`` by a fresh checkout),
its weights (``nas-artifacts/``: the proxy checkpoints finalize re-scores, the finalized
networks, the training state of one being finalized), its configuration and logs; not its MLflow
store (``nas finalize`` logs what the store lacks). An arm in the JSON with neither a study nor
a dump (finished before dumps were kept) is kept as it is. Writes
experiments/results/finalize_data_sizes.json and .png after every arm.

    python experiments/bench_finalize_data_sizes.py [--seeds 0 1] [--sets digits fashion-1500 fashion-6000]
    python experiments/bench_finalize_data_sizes.py --summarize   # the finished arms read again
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime
import optuna
import torch
from bench_finalized_fronts import restore, wait_dumping

from nas.config import config_toml, load_config
from nas.data import load_dataset
from nas.data.datasets import read_source
from nas.finalize.recipe import make_recipe
from nas.finalize.run import full_data
from nas.finalized import finalized_trials, read_finalized
from nas.record import read_record
from nas.study import join_study, load_existing_study

HERE = Path(__file__).parent
RESULTS = HERE / "results"
WORK = RESULTS / "data_sizes"
OUT = RESULTS / "finalize_data_sizes.json"
NAS = [sys.executable, "-m", "nas"]
SUBSETS = {"fashion-1500": 1500, "fashion-6000": 6000}


def write_subset(path: Path, size: int) -> Path:
    """``size`` Fashion-MNIST training images, the same number of each class, as an .npz."""
    if path.is_file():
        return path
    source = read_source("fashion-mnist", None, None)
    x, y = source.parts["train"].x[:, 0], source.parts["train"].y
    rng = np.random.default_rng(2026)
    chosen = np.concatenate(
        [rng.choice(np.flatnonzero(y == c), size // 10, replace=False) for c in range(10)]
    )
    rng.shuffle(chosen)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, x=x[chosen], y=y[chosen])
    return path


def config_for(name: str, seed: int) -> dict[str, Any]:
    if name == "digits":
        raw = tomllib.loads((HERE / "digits.toml").read_text())
    else:
        raw = tomllib.loads((HERE / "fashion.toml").read_text())
        raw["data"] = {"dataset": str(write_subset(WORK / f"{name}.npz", SUBSETS[name]).resolve())}
    raw["study"].update(name=f"{name}-{seed}", seed=seed)
    return raw


def run(command: list[str], folder: Path, log: str) -> None:
    """One CLI step in the arm's folder, its output to ``log``; the study dumped every few minutes
    meanwhile and at the end. Stopped (SIGTERM), the step is told to stop too: it saves its epoch."""
    with (folder / log).open("a") as out:
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=folder, stdout=out, stderr=subprocess.STDOUT)
        code = wait_dumping(process, folder)
        out.write(f"# exit {code} after {time.monotonic() - started:.0f} s\n")
    if code != 0:
        raise SystemExit(f"{' '.join(command[2:])} failed in {folder} (see {folder / log})")


def arm(name: str, seed: int) -> dict[str, Any]:
    folder = WORK / f"{name}-{seed}"
    folder.mkdir(parents=True, exist_ok=True)
    restore(folder)  # a fresh checkout's study, from the committed dump
    config_path = folder / "search.toml"
    config_path.write_text(config_toml(config_for(name, seed)))
    study_name = f"{name}-{seed}"
    run([*NAS, "search", "search.toml"], folder, "search.log")
    run([*NAS, "finalize", "--study-name", study_name], folder, "finalize.log")
    if not (folder / "best.onnx").is_file():
        run([*NAS, "export", "--study-name", study_name, "-o", "best.onnx"], folder, "export.log")
    return summary(folder, study_name)


def summary(folder: Path, study_name: str) -> dict[str, Any]:
    cwd = Path.cwd()
    os.chdir(folder)  # the study's relative paths (weights) are the work folder's
    try:
        study = load_existing_study("sqlite:///nas.db", study_name)
        config = load_config(folder / "search.toml")
        splits = load_dataset(config.data)
        chance = 1 / splits.num_classes
        records = [read_record(t) for t in study.get_trials() if t.state == optuna.trial.TrialState.COMPLETE]
        at_chance = sum(r.val_accuracy is not None and r.val_accuracy <= chance + 0.05 for r in records)
        finals = finalized_trials(study)
        members = [_member(number, f) for number, f in sorted(finals.items())]
        best = max(finals.values(), key=lambda f: f.record.val_accuracy or 0)
        exported = _score_export(folder / "best.onnx", full_data(config))
        # the network nas export chose (the most accurate on the final front; ties: the cheaper)
        said = (folder / "export.log").read_text()
        exported_trial = int(said.split("(trial ", 1)[1].split(",", 1)[0])
        recipe = make_recipe(config.finalize, full_data(config))
        gains = [m["final_val"] - m["proxy_val_rescored"] for m in members]
        return {
            "trials": len(records),
            "at_chance": at_chance,
            "chance_line": chance + 0.05,
            "members": members,
            "median_gain_points": 100 * statistics.median(gains),
            "worse_than_one_se": sum(
                m["final_val_trained"] < m["proxy_val_rescored"] - m["se"] for m in members
            ),
            "best_test": best.record.test_accuracy,
            "best_trial": best.trial,
            "exported_trial": exported_trial,
            "export_test": exported,
            "export_matches": exported == finals[exported_trial].record.test_accuracy,
            "recipe": recipe.text(),
            "logistic_regression_test": _logistic(full_data(config)),
        }
    finally:
        os.chdir(cwd)


def _member(number: int, finalized: Any) -> dict[str, Any]:
    record, check = finalized.record, finalized.proxy_check
    return {
        "trial": number,
        "params": record.params,
        "energy_j": record.energy_j,
        "proxy_val_recorded": finalized.proxy.val_accuracy if finalized.proxy else None,
        "proxy_val_rescored": check.proxy_val,
        "se": check.standard_error,
        "final_val_trained": check.final_val,
        "final_val": record.val_accuracy,
        "final_test": record.test_accuracy,
        "weights_from": finalized.weights_from,
        "finalize_energy_j": record.train_energy_j,
    }


def _score_export(path: Path, splits: Any) -> float:
    """The exported model's test accuracy in a client with onnxruntime and numpy alone."""
    session = onnxruntime.InferenceSession(str(path))
    meta = session.get_modelmeta().custom_metadata_map
    images = splits.x_test.numpy().transpose(0, 2, 3, 1)  # as stored: (N, H, W, C)
    wanted = np.float32 if session.get_inputs()[0].type == "tensor(float)" else np.uint8
    (logits,) = session.run(None, {session.get_inputs()[0].name: images.astype(wanted)})
    assert "class_names" in meta
    return float((logits.argmax(1) == splits.y_test.numpy()).mean())


def _logistic(splits: Any) -> float:
    from sklearn.linear_model import LogisticRegression

    def flat(x: torch.Tensor) -> np.ndarray:
        return x.reshape(len(x), -1).numpy().astype(np.float64) / 255.0

    model = LogisticRegression(max_iter=2000).fit(flat(splits.x_train), splits.y_train.numpy())
    return float(model.score(flat(splits.x_test), splits.y_test.numpy()))


def full_fashion_check() -> dict[str, Any]:
    """Does this version train the committed full Fashion-MNIST fronts with their recipe?"""
    import sqlite3
    import tempfile

    checked: dict[str, Any] = {}
    for dump in sorted((RESULTS / "fronts").glob("*/nas.sql")):
        with tempfile.TemporaryDirectory() as tmp:
            database = Path(tmp) / "nas.db"
            with sqlite3.connect(database) as db:
                db.executescript(dump.read_text())
            storage = f"sqlite:///{database}"
            for name in optuna.get_all_study_names(storage):
                study, config = join_study(storage, name, {"tracking": {"uri": ""}})
                recipe = make_recipe(config.finalize, full_data(config)).as_dict()
                finals = read_finalized(study)
                same = sum(not f.recipe_differences(recipe) for f in finals.values())
                checked[dump.parent.name] = {"finalized": len(finals), "same_recipe": same}
    return checked


def plot(results: dict[str, Any]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(7, 6), dpi=110)
    for label, arm_result in sorted(results["arms"].items()):
        members = sorted(arm_result["members"], key=lambda m: m["proxy_val_rescored"])
        xs = [m["proxy_val_rescored"] for m in members]
        ys = [m["final_val"] for m in members]
        axis.plot(xs, ys, marker="o", label=label)
    low = min([0.4] + [m["proxy_val_rescored"] for a in results["arms"].values() for m in a["members"]])
    axis.plot([low, 1], [low, 1], color="grey", linestyle="--", linewidth=1, label="finalized = proxy")
    axis.set_xlabel("proxy checkpoint, validation accuracy (re-scored)")
    axis.set_ylabel("finalized network shipped, validation accuracy")
    axis.set_title("Finalized against proxy, per front member (small data sets)")
    axis.legend(fontsize=8)
    axis.grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(OUT.with_suffix(".png"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    parser.add_argument("--sets", nargs="+", default=["digits", "fashion-1500", "fashion-6000"])
    parser.add_argument("--summarize", action="store_true", help="read the finished arms again, run nothing")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # the running step saves its epoch
    os.environ.setdefault("MLFLOW_ALLOW_FILE_STORE", "1")
    results: dict[str, Any] = json.loads(OUT.read_text()) if OUT.is_file() else {"arms": {}}
    results["conditions"] = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs",
        "torch": torch.__version__,
        "onnxruntime": onnxruntime.__version__,
        "mlflow": "on (sqlite:///mlflow.db in each work folder)",
        "energy": "model:cpu-ccf (no RAPL here)",
    }
    results["full_fashion"] = full_fashion_check()
    for name in args.sets:
        for seed in args.seeds:
            folder = WORK / f"{name}-{seed}"
            if f"{name}-{seed}" in results["arms"] and not any(
                (folder / store).is_file() for store in ("nas.db", "nas.sql")
            ):
                continue  # done before dumps were kept: this checkout lacks its study, kept as it is
            if args.summarize:
                restore(folder)
                if (WORK / f"{name}-{seed}" / "best.onnx").is_file():
                    results["arms"][f"{name}-{seed}"] = summary(WORK / f"{name}-{seed}", f"{name}-{seed}")
                continue
            print(f"{name} seed {seed} ...", flush=True)
            results["arms"][f"{name}-{seed}"] = arm(name, seed)
            OUT.write_text(json.dumps(results, indent=1))
            plot(results)
            print(json.dumps({k: v for k, v in results["arms"][f"{name}-{seed}"].items() if k != "members"}))
    OUT.write_text(json.dumps(results, indent=1))
    plot(results)


if __name__ == "__main__":
    main()
