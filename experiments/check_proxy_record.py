"""Does the proxy's change for small data (nas/schedule.py, and recording what the kept weights
score) keep the Fashion-MNIST default search's figures? Read from the committed studies of the
default search at three seeds on two VMs (experiments/results/joule_budget*/cost-first-tail-N,
experiments/fashion.toml's proxy), without training anything:

- the schedule: what the new proxy resolves for fashion.toml's training split (10 000 images),
  against the one those studies trained with (6 epochs at batch 128, one pass an epoch);
- the record: each trial's validation accuracy as it was recorded (the curve's best epoch)
  against what the new proxy records for the same training (the epoch whose weights are kept:
  the last that beat the best so far by ``min_delta``), and the study's best validation accuracy,
  front and hypervolume computed again with the new figures.

What this cannot show: after the first trial whose figure changes, the sampler may choose other
candidates than it did. Where no figure changes, the search is the same trial for trial.

    python experiments/check_proxy_record.py   # writes results/proxy_record.json and .png
"""

from __future__ import annotations

import copy
import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import optuna

from nas.config import load_config
from nas.front.hypervolume import front_hypervolume, has_normalisation, study_normalisation
from nas.front.pareto import feasible_trials, non_dominated
from nas.record import read_record
from nas.schedule import scaled_schedule

HERE = Path(__file__).parent
RESULTS = HERE / "results"
STUDIES = [
    RESULTS / vm / f"cost-first-tail-{seed}"
    for vm in ("joule_budget", "joule_budget_vm2")
    for seed in (0, 1, 2)
]


def kept_accuracy(curve: tuple[float, ...], min_delta: float) -> float:
    """What the proxy now records: the accuracy of the epoch whose weights it keeps."""
    best = -1.0
    for accuracy in curve:
        if accuracy > best + min_delta:
            best = accuracy
    return best


def load_dump(dump: Path, folder: Path) -> optuna.Study:
    database = folder / "nas.db"
    with sqlite3.connect(database) as connection:
        connection.executescript(dump.read_text())
    storage = f"sqlite:///{database}"
    (name,) = optuna.get_all_study_names(storage)
    return optuna.load_study(study_name=name, storage=storage)


def study_row(study: optuna.Study, min_delta: float) -> dict[str, Any]:
    objectives = study.metric_names or []
    at = objectives.index("accuracy")
    old_trials, new_trials, changes = [], [], []
    for trial in feasible_trials(study):
        record = read_record(trial)
        if record.training is None or not record.training.val_curve:
            continue
        old = trial.values[at]
        new = kept_accuracy(record.training.val_curve, min_delta)
        changes.append({"trial": trial.number, "recorded": old, "kept_weights": new})
        moved = copy.deepcopy(trial)
        moved.values = [new if i == at else value for i, value in enumerate(trial.values)]
        old_trials.append(trial)
        new_trials.append(moved)
    norm = study_normalisation(study) if has_normalisation(study) else None
    directions = [d.name.lower() for d in study.directions]
    fronts = {
        label: [trials[i] for i in non_dominated([t.values for t in trials], directions)]
        for label, trials in (("old", old_trials), ("new", new_trials))
    }
    changed = [c for c in changes if abs(c["recorded"] - c["kept_weights"]) > 1e-12]
    return {
        "trials": len(changes),
        "changed": len(changed),
        "largest_change_points": max(
            (100 * (c["recorded"] - c["kept_weights"]) for c in changed), default=0.0
        ),
        "first_changed_trial": min((c["trial"] for c in changed), default=None),
        "best_val_accuracy": {
            k: max(t.values[at] for t in v) for k, v in (("old", old_trials), ("new", new_trials))
        },
        "front": {k: sorted(t.number for t in v) for k, v in fronts.items()},
        "hypervolume_own": None
        if norm is None
        else {k: front_hypervolume(v, objectives, norm) for k, v in fronts.items()},
        "by_trial": changes,
    }


def plot(rows: dict[str, dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(6, 5))
    for name, row in rows.items():
        recorded = [c["recorded"] for c in row["by_trial"]]
        kept = [c["kept_weights"] for c in row["by_trial"]]
        axis.scatter(recorded, kept, s=12, label=f"{name} ({row['changed']} of {row['trials']} changed)")
    low = min(min(c["recorded"] for c in row["by_trial"]) for row in rows.values())
    axis.plot([low, 1], [low, 1], color="grey", linewidth=0.8)
    axis.set_xlabel("validation accuracy as recorded (the curve's best epoch)")
    axis.set_ylabel("as recorded now (the kept weights' epoch)")
    axis.set_title("Fashion-MNIST default search, three seeds on two VMs", fontsize=10)
    axis.legend(fontsize=7)
    figure.tight_layout()
    figure.savefig(path, dpi=120)


def main() -> None:
    config = load_config(HERE / "fashion.toml")
    train = config.train
    examples = config.data.max_train_examples or 0
    schedule = scaled_schedule(examples, train.epochs, train.batch_size, train.min_steps)
    before = scaled_schedule(examples, train.epochs, train.batch_size, 0)
    print(f"fashion.toml proxy: now {schedule.text()}; before: {before.text()}")
    rows: dict[str, dict[str, Any]] = {}
    for folder in STUDIES:
        dump = folder / "nas.sql"
        if not dump.is_file():
            print(f"{folder.name}: no committed study, skipped")
            continue
        with tempfile.TemporaryDirectory() as work:
            name = f"{folder.parent.name}/{folder.name}"
            rows[name] = study_row(load_dump(dump, Path(work)), train.min_delta)
        row = rows[name]
        print(
            f"{name}: {row['changed']} of {row['trials']} trials recorded differently "
            f"(at most {row['largest_change_points']:.2f} points, "
            f"first at trial {row['first_changed_trial']}); "
            f"best {row['best_val_accuracy']['old']:.4f} -> {row['best_val_accuracy']['new']:.4f}; "
            f"hypervolume {row['hypervolume_own']}"
        )
    out = {
        "conditions": {
            "studies": "the default search (cost-first, accurate_share 0.25) at seeds 0-2, joule budgets "
            "set by random search's 20 trials, on two VMs, as committed",
            "proxy": f"experiments/fashion.toml: {train.epochs} epochs, batch {train.batch_size}, "
            f"{examples} training images, min_delta {train.min_delta}",
            "schedule_now": schedule.text(),
            "schedule_before": before.text(),
            "same_schedule": (schedule.batch_size, schedule.passes) == (before.batch_size, before.passes),
        },
        "studies": rows,
    }
    RESULTS.joinpath("proxy_record.json").write_text(json.dumps(out, indent=1) + "\n")
    plot(rows, RESULTS / "proxy_record.png")


if __name__ == "__main__":
    main()
