"""A trial's figures as MLflow metrics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import optuna
import pytest
from mlflow import MlflowClient
from mlflow.exceptions import MlflowException

from nas.config.sections import FootprintConfig
from nas.record import TrialRecord, record_attrs
from nas.tracking.runs import log_trial_run, trial_metrics


def test_a_training_metered_on_two_devices_logs_each_share() -> None:
    record = TrialRecord(
        arch="a",
        train_energy_j=130.0,
        train_energy_source="nvml+model:cpu-ccf",
        train_energy_by_source={"nvml": 120.0, "model:cpu-ccf": 10.0},
    )
    metrics = trial_metrics(record)
    assert metrics["training_energy_j"] == 130.0
    assert metrics["training_energy_nvml_j"] == 120.0 and metrics["training_energy_model_cpu_ccf_j"] == 10.0
    one = trial_metrics(TrialRecord(arch="b", train_energy_j=5.0, train_energy_source="rapl"))
    assert one["training_energy_j"] == 5.0 and not [
        name for name in one if name.startswith("training_energy_r")
    ]


class FailingLogBatch:
    """A real MLflow client whose ``log_batch`` fails, as a locked or raced SQLite store can."""

    def __init__(self, client: MlflowClient) -> None:
        self.client = client

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def log_batch(self, *args: Any, **kwargs: Any) -> None:
        raise MlflowException("UNIQUE constraint failed: params.key, params.run_uuid")


@pytest.mark.slow
def test_a_trial_run_that_fails_half_way_is_not_left_behind(tmp_path: Path) -> None:
    client = MlflowClient(f"sqlite:///{tmp_path}/mlflow.db")
    experiment = client.create_experiment("nas")
    parent = client.create_run(experiment).info.run_id
    study = optuna.create_study()
    record = TrialRecord(arch="stem_k3_s1_c8-ir_r1_k3_s1_e1_c8")
    study.add_trial(optuna.trial.create_trial(value=0.5, user_attrs=record_attrs(record)))
    with pytest.raises(MlflowException):
        log_trial_run(
            FailingLogBatch(client), experiment, parent, study, study.trials[0], FootprintConfig().factors()
        )
    assert (
        client.search_runs([experiment], "tags.`nas.trial_number` != ''") == []
    )  # a later sync logs it whole
    run_id = log_trial_run(client, experiment, parent, study, study.trials[0], FootprintConfig().factors())
    (run,) = client.search_runs([experiment], "tags.`nas.trial_number` != ''")
    assert run.info.run_id == run_id and run.info.status == "FINISHED"
