"""A candidate that joins the front is measured again beside its front neighbours, and its
figures are set against theirs: drift since they were measured cancels."""

from __future__ import annotations

from pathlib import Path

import optuna
import pytest
from optuna.trial import TrialState

from nas.record import read_record
from nas.search.pairing import front_neighbours, paired_figure
from tests.conftest import TINY, made_trial, make_blobs_npz, run_cli, toml_text

OBJECTIVES = ("accuracy", "energy", "latency")


def test_drift_since_the_neighbours_were_measured_cancels() -> None:
    # truly, the candidate draws 1.5x neighbour A (stored 100) and 0.75x neighbour B (stored
    # 200): 150. Measured now, the machine reads everything 20 % high, one round 50 % high.
    drift = [1.2, 1.2, 1.8, 1.2, 1.2]
    a = [100 * d for d in drift]
    b = [200 * d for d in drift]
    mine = [150 * d for d in drift]
    assert paired_figure([100.0, 200.0], mine, [a, b]) == pytest.approx(150.0)
    assert paired_figure([100.0], mine, [a]) == pytest.approx(150.0)  # one neighbour: the same
    # a round where a counter read no net energy says nothing of the ratio: left out
    assert paired_figure([100.0], [*mine, 180.0], [[*a, 0.0]]) == pytest.approx(150.0)
    assert paired_figure([100.0], [150.0, 0.0], [[0.0, 120.0]]) is None  # nothing to pair


def test_neighbours_are_the_nearest_cheaper_and_dearer_members_of_the_front() -> None:
    front = [made_trial(1, 0.80, 10.0, 5.0), made_trial(2, 0.90, 30.0, 9.0), made_trial(3, 0.95, 60.0, 20.0)]
    joining = front_neighbours([0.92, 40.0, 12.0], front, OBJECTIVES)
    assert joining is not None and [t.number for t in joining] == [2, 3]
    cheapest = front_neighbours([0.70, 5.0, 2.0], front, OBJECTIVES)
    assert cheapest is not None and [t.number for t in cheapest] == [1]  # no cheaper member
    assert front_neighbours([0.85, 35.0, 10.0], front, OBJECTIVES) is None  # trial 2 dominates it


def search(workdir: Path, pair_rounds: int, objectives: tuple[str, ...] = OBJECTIVES) -> optuna.Study:
    data = make_blobs_npz(workdir / "blobs.npz", n=300)
    measure = {**TINY["measure"], "pair_rounds": pair_rounds}
    train = {**TINY["train"], "epochs": 3, "patience": 3}  # accuracies that differ: a front to join
    study = {**TINY["study"], "objectives": list(objectives)}
    config = {**TINY, "data": {"dataset": str(data)}, "measure": measure, "train": train, "study": study}
    (workdir / "tiny.toml").write_text(toml_text(config))
    result = run_cli("search", "tiny.toml", "--trials", "8", "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    return optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")


@pytest.mark.slow
def test_front_candidates_are_paired_and_the_study_holds_the_paired_figures(workdir: Path) -> None:
    study = search(workdir, pair_rounds=3)
    trials = study.get_trials(states=(TrialState.COMPLETE,))
    paired = [t for t in trials if read_record(t).paired is not None]
    assert paired, "no candidate was paired with the front"
    for trial in paired:
        record = read_record(trial)
        assert record.paired is not None and record.paired.rounds == 3
        assert all(n < trial.number for n in record.paired.with_trials) and record.paired.with_trials
        # the study decides on the paired figures, and every view reads the same ones
        energy, latency = trial.values[1], trial.values[2]
        assert energy == record.paired.figures["energy"] == record.energy_j
        assert latency == record.paired.figures["latency"] == record.latency_ms
        assert record.measurement is not None and record.measure_seconds > 0
    front = run_cli("front", "--config", "tiny.toml", "--json")
    assert front.exit_code == 0, front.output


@pytest.mark.slow
def test_pairing_can_be_switched_off(workdir: Path) -> None:
    study = search(workdir, pair_rounds=0)
    assert all(read_record(t).paired is None for t in study.get_trials())


@pytest.mark.parametrize("measured", ["energy", "latency"])
@pytest.mark.slow
def test_a_study_of_accuracy_and_one_measured_cost_is_paired_too(workdir: Path, measured: str) -> None:
    study = search(workdir, pair_rounds=3, objectives=("accuracy", measured))
    paired = [t for t in study.get_trials(states=(TrialState.COMPLETE,)) if read_record(t).paired]
    assert paired, "a study without both measured objectives was skipped"
    for trial in paired:
        record = read_record(trial)
        assert record.paired is not None
        assert trial.values[1] == record.paired.figures[measured]  # the study decides on the paired figure
