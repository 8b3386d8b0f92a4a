"""A trial's figures as MLflow metrics."""

from __future__ import annotations

from nas.record import TrialRecord
from nas.tracking.runs import trial_metrics


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
