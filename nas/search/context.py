"""What a trial works with (``TrialContext``: the study's parts, built once per search) and what
it has learnt so far (``Draft``): the data the trial's steps and pairing share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import optuna

from estimators import EnergyMeter, MeasureSettings
from nas.config import Config
from nas.data import Splits
from nas.front.pareto import LiveFront
from nas.measure.measurer import Measurer
from nas.record import TrialRecord, write_record
from nas.search.claims import ArchClaims
from nas.search.pareto_stop import TrainingHistory


@dataclass(frozen=True)
class TrialContext:
    config: Config
    splits: Splits
    meter: EnergyMeter  # for inference windows, holding measure.threads vCPUs
    measurer: Measurer  # where candidates are measured: here, with ``meter``, or on an agent
    train_meter: EnergyMeter  # for training, holding train.threads vCPUs
    train_device: str  # where trials train, resolved from train.device ("cpu", "cuda:0")
    settings: MeasureSettings  # ONNX Runtime settings of every measurement, from the configuration
    artifacts_dir: Path  # this study's folder of trained weights
    claims: ArchClaims  # each architecture is trained once per study, across workers
    history: TrainingHistory  # the study's finished trainings, for Pareto-aware stopping
    front: LiveFront  # the study's front, for pairing a candidate's figures with its neighbours'


class Draft:
    """The record as far as the trial got: steps replace it; it is saved once the costs are known
    (a trial whose worker dies in training keeps them) and again however the trial ends."""

    def __init__(self, trial: optuna.Trial, record: TrialRecord) -> None:
        self.trial = trial
        self.record = record

    def update(self, **changes: Any) -> None:
        self.record = self.record.with_(**changes)

    def save(self) -> None:
        write_record(self.trial, self.record)
