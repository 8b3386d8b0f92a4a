"""A search budgeted in joules, as a user runs it: the study's own footprint ends it, a resumed
search counts what was spent before, jobs share one budget, and MLflow and ``nas studies`` show it."""

from __future__ import annotations

from pathlib import Path

import optuna
import pytest
from mlflow import MlflowClient
from optuna.trial import TrialState, create_trial

from estimators import CarbonFactors
from nas.budget import SpentShare, parse_joules
from nas.footprint import study_footprint
from nas.formatting import energy_text
from nas.record import TrialRecord, record_attrs
from tests.conftest import run_cli

FACTORS = CarbonFactors(481.0, 1.0, "test")


@pytest.mark.parametrize(
    ("text", "joules"),
    [("2kJ", 2000.0), ("2 kJ", 2000.0), ("1.5MJ", 1.5e6), ("0.5Wh", 1800.0), ("1kWh", 3.6e6), ("40J", 40.0)],
)
def test_budgets_are_read_in_the_units_users_write(text: str, joules: float) -> None:
    assert parse_joules(text) == pytest.approx(joules)


@pytest.mark.parametrize("text", ["2000", "kJ", "-1kJ", "0J", "nanJ", "infJ", "1e999J", "2 kcal", "2kj", ""])
def test_budgets_that_are_not_energies_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_joules(text)


def _study() -> optuna.Study:
    return optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")


def _spent(trials: list[optuna.trial.FrozenTrial]) -> float:
    return study_footprint(trials, FACTORS).energy_j


def _finished_before_the_last_start(study: optuna.Study) -> float:
    """Joules of the trials that had finished when the last trial started: what the search saw
    (at least) when it decided to start that trial."""
    trials = [t for t in study.get_trials(deepcopy=False) if t.datetime_start is not None]
    last = max(trials, key=lambda t: t.datetime_start)  # type: ignore[arg-type, return-value]
    assert last.datetime_start is not None
    return _spent([t for t in trials if t.datetime_complete and t.datetime_complete <= last.datetime_start])


@pytest.mark.slow
def test_a_joule_budget_ends_the_search_and_a_resumed_search_counts_what_was_spent(
    tiny_config: Path, workdir: Path
) -> None:
    tracking = f"sqlite:///{workdir / 'mlflow.db'}"
    first = run_cli("search", str(tiny_config), "--trials", "1", "--tracking-uri", "")
    assert first.exit_code == 0, first.output
    one_trial = _spent(_study().get_trials())
    budget = 3.5 * one_trial  # a few more trials' worth, whatever this machine's speed

    result = run_cli(
        "search",
        str(tiny_config),
        "--budget",
        f"{budget:.3f}J",
        "--trials",
        "1000",
        "--tracking-uri",
        tracking,
    )
    assert result.exit_code == 0, result.output
    study = _study()
    spent = _spent(study.get_trials())
    assert spent >= budget  # it ran until the budget was met ...
    assert _finished_before_the_last_start(study) < budget  # ... and started nothing after
    assert "ended by the energy budget" in result.output and energy_text(spent) in result.output
    assert len(study.trials) < 1000

    # the same budget again: nothing is left to spend, nothing runs
    again = run_cli("search", str(tiny_config), "--budget", f"{budget:.3f}J", "--trials", "1000")
    assert again.exit_code == 0, again.output
    assert "has already spent" in again.output and len(_study().trials) == len(study.trials)

    # a larger budget resumes: the earlier joules count towards it
    larger, before = spent + 1.5 * one_trial, len(study.trials)
    resumed = run_cli("search", str(tiny_config), "--budget", f"{larger:.3f}J", "--trials", "1000")
    assert resumed.exit_code == 0, resumed.output
    study = _study()
    assert len(study.trials) > before and _spent(study.get_trials()) >= larger
    assert _finished_before_the_last_start(study) < larger

    # a number of trials reached first ends it too, and says so
    capped = run_cli("search", str(tiny_config), "--budget", "1MJ", "--trials", str(len(study.trials) + 1))
    assert capped.exit_code == 0 and "ended by the number of trials" in capped.output

    studies = run_cli("studies")
    assert studies.exit_code == 0 and "of 1 MJ" in studies.output, studies.output  # the last budget

    client = MlflowClient(tracking)
    experiment = client.get_experiment_by_name("nas")
    assert experiment is not None
    (parent,) = client.search_runs(
        [experiment.experiment_id], filter_string="tags.`mlflow.parentRunId` IS NULL"
    )
    budgets = [m.value for m in client.get_metric_history(parent.info.run_id, "search_budget_j")]
    assert budgets[0] == pytest.approx(budget, rel=1e-3) and budgets[-1] == 1e6  # each search's own
    assert parent.data.metrics["search_energy_j"] >= larger


@pytest.mark.slow
def test_jobs_share_one_budget(tiny_config: Path) -> None:
    first = run_cli("search", str(tiny_config), "--trials", "1", "--tracking-uri", "")
    assert first.exit_code == 0, first.output
    budget = 4 * _spent(_study().get_trials())
    result = run_cli(
        "search", str(tiny_config), "--jobs", "2", "--budget", f"{budget:.3f}J", "--trials", "1000",
        "--tracking-uri", "",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "ended by the energy budget" in result.output
    study = _study()
    assert _spent(study.get_trials()) >= budget
    # a job starts a trial only while the study's footprint is under the budget: whatever ran
    # past it was running when it was reached
    assert _finished_before_the_last_start(study) < budget


def _trial(state: TrialState, train_j: float) -> optuna.trial.FrozenTrial:
    record = TrialRecord(train_energy_j=train_j, train_energy_source="model:test")
    values = [0.5] if state == TrialState.COMPLETE else None
    return create_trial(state=state, values=values, user_attrs=record_attrs(record))


def test_the_share_of_the_limit_used_counts_joules_or_trials_whichever_is_further() -> None:
    study = optuna.create_study()
    for state, joules in ((TrialState.COMPLETE, 100.0), (TrialState.FAIL, 50.0), (TrialState.RUNNING, 30.0)):
        study.add_trial(_trial(state, joules))
    trials = study.get_trials()
    # joules: every trial's, the failed and the running one's too
    assert SpentShare(100, 360.0, FACTORS)(trials) == pytest.approx(0.5)
    # trials: the completed ones, when they are further along than the joules
    assert SpentShare(2, 360.0, FACTORS)(trials) == pytest.approx(0.5)
    assert SpentShare(4, None, FACTORS)(trials) == pytest.approx(0.25)
    assert SpentShare(100, 90.0, FACTORS)(trials) == 1.0  # past the budget: used up, no further
