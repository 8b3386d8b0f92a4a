"""The search's footprint: energies summed over the study's trials, per meter source."""

from __future__ import annotations

import optuna
from optuna.distributions import FloatDistribution

from estimators import carbon_factors
from nas.footprint import study_footprint
from nas.record import TrialRecord, record_attrs


def trial_of(record: TrialRecord, number: int) -> optuna.trial.FrozenTrial:
    made = optuna.trial.create_trial(
        values=[0.5, 1.0, 1.0],
        params={"x": float(number)},
        distributions={"x": FloatDistribution(0, 100)},
        user_attrs=record_attrs(record),
    )
    made.number = number
    return made


def test_a_gpu_trainings_measured_and_modelled_shares_are_summed_apart() -> None:
    on_gpu = TrialRecord(
        arch="a",
        train_energy_j=130.0,
        train_energy_source="nvml+model:cpu-ccf",
        train_energy_by_source={"nvml": 120.0, "model:cpu-ccf": 10.0},
        measure_energy_j=2.0,
        measure_energy_source="model:cpu-ccf",
    )
    older = TrialRecord(  # a record written before the split: one source, gross only
        arch="b",
        train_energy_j=5.0,
        train_energy_source="model:cpu-ccf",
        measure_energy_source="model:cpu-ccf",
    )
    footprint = study_footprint([trial_of(on_gpu, 0), trial_of(older, 1)], carbon_factors("fr"))
    assert footprint.train_j == 135.0 and footprint.train_by_source == {"nvml": 120.0, "model:cpu-ccf": 15.0}
    assert footprint.sources == ("model:cpu-ccf", "nvml")
    assert "(training 135.0 J: model:cpu-ccf 15.0 J + nvml 120.0 J, measurement 2.0 J;" in footprint.summary()


def test_one_meter_says_no_split() -> None:
    record = TrialRecord(
        arch="a", train_energy_j=5.0, train_energy_source="rapl", train_energy_by_source={"rapl": 5.0}
    )
    footprint = study_footprint([trial_of(record, 0)], carbon_factors("fr"))
    assert "(training 5.0 J, measurement" in footprint.summary() and footprint.sources == ("rapl",)
