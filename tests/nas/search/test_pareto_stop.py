"""Pareto-aware early stopping: the rule itself, and a search in which it stops trainings."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import numpy as np
import optuna
import pytest
from optuna.distributions import FloatDistribution
from optuna.trial import TrialState, create_trial

from nas.record import TrainResult, TrialRecord, read_record, record_attrs
from nas.search.pareto_stop import ParetoStopper, TrainingHistory, epoch_gains, make_stopper
from tests.conftest import TINY, run_cli, toml_text

FLAT = (0.9, 0.9, 0.9, 0.9)


def test_a_candidate_stops_only_when_a_cheaper_rival_is_out_of_reach() -> None:
    stopper = ParetoStopper(rival=(7, 0.95), gains=epoch_gains([FLAT] * 3), min_epochs=2, margin=0.02)
    assert stopper(1, 0.5) is None  # too early
    reason = stopper(2, 0.5)
    assert reason is not None and reason.startswith("pareto:") and "trial 7" in reason
    assert stopper(2, 0.94) is None  # 0.94 + 0 + 0.02 reaches 0.95


def test_later_gains_seen_in_finished_curves_widen_the_bound() -> None:
    late_bloomer = (0.2, 0.3, 0.9)  # gained 0.6 after epoch 2
    stopper = ParetoStopper(
        rival=(1, 0.8), gains=epoch_gains([FLAT, FLAT, late_bloomer]), min_epochs=1, margin=0.0
    )
    assert stopper.headroom(2) == pytest.approx(0.6)
    assert stopper.headroom(4) is None  # only the two flat curves reached epoch 4
    assert stopper(2, 0.3) is None
    assert (
        ParetoStopper((1, 0.8), epoch_gains([FLAT, FLAT]), 1, 0.0)(2, 0.1) is None
    )  # two curves: no judgement


def finished_trial(
    number_energy: float, best_val: float, curve: tuple[float, ...]
) -> optuna.trial.FrozenTrial:
    return create_trial(
        values=[best_val, number_energy, 0.001],
        params={"x": 0.5},
        distributions={"x": FloatDistribution(0, 1)},
        user_attrs=record_attrs(
            TrialRecord(
                arch="stem_k3_s1_c8-ir_r1_k3_s1_e1_c8",
                params=1,
                macs=1,
                training=TrainResult(best_val, best_val, curve, len(curve), "reached 4 epochs", 1.0),
            )
        ),
        state=TrialState.COMPLETE,
    )


def test_only_trials_that_cost_no_more_are_rivals() -> None:
    trials = [finished_trial(1e-6, 0.97, FLAT), finished_trial(1e-3, 0.99, FLAT)]  # the costlier is better
    for number, trial in enumerate(trials):
        trial.number = number
    stopper = make_stopper(
        trials, ["accuracy", "energy", "latency"], {"energy": 1e-4, "latency": 0.01}, min_epochs=2, margin=0.0
    )
    assert stopper.rival == (0, 0.97)


def test_the_history_taken_in_as_the_study_grows_is_the_rule_over_all_trials() -> None:
    rng = np.random.default_rng(0)
    trials = []
    for number in range(40):
        curve = tuple(float(a) for a in rng.uniform(0.3, 0.9, size=int(rng.integers(1, 6))))
        trials.append(finished_trial(float(rng.uniform(1e-6, 1e-3)), max(curve), curve))
        trials[-1].number = number
    history = TrainingHistory(["accuracy", "energy", "latency"])
    for seen in range(1, len(trials) + 1):  # each read of the study holds one more finished trial
        history.update(trials[:seen])
    costs = {"energy": 5e-4, "latency": 0.01}
    stopper = history.stopper(costs, min_epochs=1, margin=0.0)

    best = max((t for t in trials if t.values[1] <= costs["energy"]), key=lambda t: t.values[0])
    assert stopper.rival == (best.number, best.values[0])
    curves = [read_record(t).training.val_curve for t in trials]  # type: ignore[union-attr]
    for epoch in range(1, 7):
        reached = [c for c in curves if len(c) >= epoch]
        expected = max(max(c) - max(c[:epoch]) for c in reached) if len(reached) >= 3 else None
        assert stopper.headroom(epoch) == (None if expected is None else pytest.approx(expected))
    assert history.typical_epochs(6) == statistics.median(len(c) for c in curves)


def noisy_blobs(path: Path) -> Path:
    """Quadrant images with a third of the labels shuffled: no network gets near 100%."""
    rng = np.random.default_rng(0)
    y = np.arange(240) % 3
    x = rng.normal(0, 0.3, size=(240, 1, 8, 8)).astype(np.float32)
    for i, label in enumerate(y):
        row, col = divmod(int(label), 2)
        x[i, 0, row * 4 : row * 4 + 4, col * 4 : col * 4 + 4] += 2.0
    noisy = rng.random(240) < 0.33
    y[noisy] = rng.integers(0, 3, noisy.sum())
    np.savez(path, x=x, y=y)
    return path


@pytest.mark.slow
def test_a_search_stops_trainings_that_cannot_reach_the_front(workdir: Path) -> None:
    config = {
        **TINY,
        # seeded random candidates: the cost-first sampler's choices follow measured (noisy) costs
        "study": {**TINY["study"], "sampler": "nsga2"},
        "data": {"dataset": str(noisy_blobs(workdir / "noisy.npz"))},
        "train": {**TINY["train"], "epochs": 6, "patience": 6, "pareto_min_epochs": 2},
    }
    (workdir / "stop.toml").write_text(toml_text(config))
    assert run_cli("search", "stop.toml", "--trials", "1", "--tracking-uri", "").exit_code == 0
    # three finished rivals that are nearly free and perfect, with flat learning curves
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    for _ in range(3):
        study.add_trial(finished_trial(1e-12, 1.0, (1.0,) * 6))
    result = run_cli("search", "stop.toml", "--trials", "6", "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    new = [t for t in study.get_trials(states=(TrialState.COMPLETE,)) if t.number > 3]
    assert len(new) == 2
    for trial in new:
        record = read_record(trial)
        assert record.pareto_stopped and "trial " in record.stop_reason
        assert record.training is not None and record.training.epochs_run == 2
        assert record.pareto_saved_energy_j is not None and record.pareto_saved_energy_j > 0
    assert "Pareto-aware stopping ended 2 trainings early" in result.output


@pytest.mark.slow
def test_zero_cost_proxies_are_logged_and_can_screen_candidates_before_training(
    workdir: Path, tiny_config: Path
) -> None:
    config = {
        **TINY,
        "data": {"dataset": str(workdir / "blobs.npz")},
        "study": {**TINY["study"], "n_trials": 6},
        "proxies": {"screen": "synflow", "screen_quantile": 0.9, "screen_min_trials": 2},  # computes them
    }
    (workdir / "screen.toml").write_text(toml_text(config))
    result = run_cli("search", "screen.toml", "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    trials = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db").get_trials()
    records = {t.number: read_record(t) for t in trials}
    for record in records.values():
        assert set(record.zero_cost) == {"synflow", "naswot", "grad_norm"}
    screened = [n for n, r in records.items() if (r.rejected or "").startswith("screened out: synflow")]
    assert screened, [r.rejected for r in records.values()]
    for number in screened:  # measured, scored, never trained
        record = records[number]
        assert record.energy_j is not None and record.training is None and not record.trained
        earlier = [r.zero_cost["synflow"] for n, r in records.items() if n < number]
        assert record.zero_cost["synflow"] < float(np.quantile(earlier, 0.9))


@pytest.mark.slow
def test_promote_trains_the_front_longer_and_keeps_both_accuracies(tiny_config: Path, workdir: Path) -> None:
    assert run_cli("search", str(tiny_config), "--tracking-uri", "").exit_code == 0
    front = json.loads(run_cli("front", "--config", str(tiny_config), "--json").output)
    result = run_cli("promote", "--config", str(tiny_config), "--epochs", "4")
    assert result.exit_code == 0, result.output
    assert "promoted to 4 epochs: 'tiny@4ep'" in result.output
    promoted = optuna.load_study(study_name="tiny@4ep", storage="sqlite:///nas.db")
    trials = promoted.get_trials(states=(TrialState.COMPLETE,))
    records = [read_record(t) for t in trials]
    assert sorted(r.promoted_from for r in records) == sorted(row["trial"] for row in front)  # type: ignore[type-var]
    screening = {row["trial"]: row for row in front}
    for record in records:
        origin = screening[record.promoted_from]
        assert record.screening_val_accuracy == origin["val_accuracy"]
        assert record.arch == origin["arch"]  # the same candidate
        assert record.training is not None
        assert record.training.epochs_run > 2 or "plateau" in record.stop_reason
    again = run_cli("promote", "--config", str(tiny_config), "--epochs", "4")  # nothing new to promote
    assert again.exit_code == 0 and len(promoted.get_trials()) == len(trials)
    assert run_cli("promote", "--config", str(tiny_config), "--epochs", "2").exit_code == 2
