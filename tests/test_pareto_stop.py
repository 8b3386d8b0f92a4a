"""Pareto-aware early stopping: the rule itself, and a search in which it stops trainings."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import optuna
import pytest
from optuna.distributions import FloatDistribution
from optuna.trial import TrialState, create_trial

from nas.pareto_stop import ParetoStopper, make_stopper
from tests.conftest import TINY, run_cli, toml_text

FLAT = (0.9, 0.9, 0.9, 0.9)


def test_a_candidate_stops_only_when_a_cheaper_rival_is_out_of_reach() -> None:
    stopper = ParetoStopper(rivals=((7, 0.95),), curves=(FLAT, FLAT, FLAT), min_epochs=2, margin=0.02)
    assert stopper(1, 0.5) is None  # too early
    reason = stopper(2, 0.5)
    assert reason is not None and reason.startswith("pareto:") and "trial 7" in reason
    assert stopper(2, 0.94) is None  # 0.94 + 0 + 0.02 reaches 0.95


def test_later_gains_seen_in_finished_curves_widen_the_bound() -> None:
    late_bloomer = (0.2, 0.3, 0.9)  # gained 0.6 after epoch 2
    stopper = ParetoStopper(rivals=((1, 0.8),), curves=(FLAT, FLAT, late_bloomer), min_epochs=1, margin=0.0)
    assert stopper.headroom(2) == pytest.approx(0.6)
    assert stopper(2, 0.3) is None
    assert ParetoStopper(((1, 0.8),), (FLAT, FLAT), 1, 0.0)(2, 0.1) is None  # two curves: no judgement


def finished_trial(
    number_energy: float, best_val: float, curve: tuple[float, ...]
) -> optuna.trial.FrozenTrial:
    return create_trial(
        values=[best_val, number_energy, 0.001],
        params={"x": 0.5},
        distributions={"x": FloatDistribution(0, 1)},
        user_attrs={
            "arch": "stem_k3_s1_c8",
            "accuracy": best_val,
            "energy_j": number_energy,
            "energy_source": "model:cpu-ccf",
            "latency_ms_median": 0.001,
            "params": 1,
            "macs": 1,
            "feasible": True,
            "best_val_accuracy": best_val,
            "val_curve": list(curve),
            "epochs_run": len(curve),
            "stop_reason": "reached 4 epochs",
        },
        state=TrialState.COMPLETE,
    )


def test_only_trials_that_cost_no_more_are_rivals() -> None:
    trials = [finished_trial(1e-6, 0.99, FLAT), finished_trial(1e-3, 0.97, FLAT)]
    for number, trial in enumerate(trials):
        trial.number = number
    stopper = make_stopper(
        trials, ["accuracy", "energy", "latency"], {"energy": 1e-4, "latency": 0.01}, min_epochs=2, margin=0.0
    )
    assert stopper.rivals == ((0, 0.99),)


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


def test_a_search_stops_trainings_that_cannot_reach_the_front(workdir: Path) -> None:
    config = {
        **TINY,
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
        assert (
            trial.user_attrs["stop_reason"].startswith("pareto:")
            and "trial " in trial.user_attrs["stop_reason"]
        )
        assert trial.user_attrs["epochs_run"] == 2 == trial.user_attrs["pareto_stop_epoch"]
        assert trial.user_attrs["pareto_saved_energy_j"] > 0
    assert "Pareto-aware stopping ended 2 trainings early" in result.output


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
    for trial in trials:
        assert {"zc_synflow", "zc_naswot", "zc_grad_norm"} <= set(trial.user_attrs)
    screened = [
        t for t in trials if str(t.user_attrs.get("rejected", "")).startswith("screened out: synflow")
    ]
    assert screened, [t.user_attrs.get("rejected") for t in trials]
    for trial in screened:  # measured, scored, never trained
        assert "energy_j" in trial.user_attrs and "epochs_run" not in trial.user_attrs
        earlier = [t.user_attrs["zc_synflow"] for t in trials if t.number < trial.number]
        assert trial.user_attrs["zc_synflow"] < float(np.quantile(earlier, 0.9))


def test_promote_trains_the_front_longer_and_keeps_both_accuracies(tiny_config: Path, workdir: Path) -> None:
    assert run_cli("search", str(tiny_config), "--tracking-uri", "").exit_code == 0
    front = json.loads(run_cli("front", "--config", str(tiny_config), "--json").output)
    result = run_cli("promote", "--config", str(tiny_config), "--epochs", "4")
    assert result.exit_code == 0, result.output
    assert "promoted to 4 epochs: 'tiny@4ep'" in result.output
    promoted = optuna.load_study(study_name="tiny@4ep", storage="sqlite:///nas.db")
    trials = promoted.get_trials(states=(TrialState.COMPLETE,))
    assert sorted(t.user_attrs["promoted_from"] for t in trials) == sorted(row["trial"] for row in front)
    screening = {row["trial"]: row for row in front}
    for trial in trials:
        origin = screening[trial.user_attrs["promoted_from"]]
        assert trial.user_attrs["screening_accuracy"] == origin["accuracy"]
        assert trial.user_attrs["arch"] == origin["arch"]  # the same candidate
        assert trial.user_attrs["epochs_run"] > 2 or "plateau" in trial.user_attrs["stop_reason"]
    again = run_cli("promote", "--config", str(tiny_config), "--epochs", "4")  # nothing new to promote
    assert again.exit_code == 0 and len(promoted.get_trials()) == len(trials)
    assert run_cli("promote", "--config", str(tiny_config), "--epochs", "2").exit_code == 2
