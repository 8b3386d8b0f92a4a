"""One record of a trial: what it learned, as one typed value, stored in one Optuna user attribute.

This module is the only code that reads or writes a trial's attributes. The objective builds a
``TrialRecord`` step by step (cheapest first) and writes it when the costs are known (so a
worker that dies in training leaves them) and again when the trial ends, in any state;
tracking, views, reports, export, stopping and promotion read it with ``read_record``.
One attribute (a JSON object Optuna stores as one row) instead of forty keeps each of those
writes to one storage write, and the record readable in optuna-dashboard.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from estimators import Measurement
from estimators.measurement import measurement_from_json
from estimators.meter import COUNTER_SOURCES

RECORD_ATTR = "nas_record"
PROMOTION_ATTR = "nas_promoted_from"  # set when a promotion enqueues a trial: (trial, val accuracy)
PARETO_PREFIX = "pareto:"  # how a stop reason of Pareto-aware stopping begins
HEARTBEAT_FAILURE = "heartbeat: its worker stopped beating (killed or lost) before the trial ended; retried"


@dataclass(frozen=True)
class TrainResult:  # what training found (here, so that reading a record needs no PyTorch)
    val_accuracy: float  # of the best validation epoch: the objective
    test_accuracy: float  # of the same weights: reported, never used to decide
    val_curve: tuple[float, ...]  # validation accuracy after each epoch
    epochs_run: int
    stop_reason: str
    train_seconds: float
    threads: int = 0  # torch CPU threads it trained with (0: a record from before they were kept)
    device: str = "cpu"  # where it trained: "cpu" or "cuda:N"
    gpu_memory_mb: float | None = None  # on a GPU: the most PyTorch reserved (its CUDA context aside)


@dataclass(frozen=True)
class PairedFigures:
    """A front candidate's measured figures per inference (every measured objective's, by name)
    set against its neighbours on the front, all measured again in the same interleaved rounds:
    each figure is a neighbour's stored figure times the median ratio of the candidate's to that
    neighbour's over the rounds (the median over neighbours), so drift since the neighbours were
    measured cancels."""

    figures: dict[str, float]
    with_trials: tuple[int, ...]  # the neighbours, by trial number
    rounds: int
    ratio_spread: float  # the paired-on figure's ratios' max/min - 1 over rounds: its own noise


@dataclass(frozen=True)
class TrialRecord:
    arch: str = ""  # canonical architecture string; empty if the trial died before sampling
    hardware: str = ""  # the machine that ran it (workers may differ)
    params: int | None = None
    inference_params: int | None = None
    macs: int | None = None
    static_costs: dict[str, float] = field(default_factory=dict)  # every static objective's count
    dataflow: dict[str, Any] | None = None  # model:dataflow-45nm estimate: joules, source, constants
    measurement: Measurement | None = None  # latency and energy per inference, with their source
    energy_meter: str = ""  # the meter's description: a model's constants, or the counters read
    measured_on: str = ""  # the device latency and energy come from, when not this trial's machine (an agent)
    measurement_reused: bool = False  # from that device's table: measured there before, for another study
    measure_energy_j: float = 0.0  # all the meter saw while measuring (gross: the search drew it)
    measure_energy_source: str = ""
    measure_seconds: float = 0.0
    paired: PairedFigures | None = None  # set against the front's neighbours (the objectives' figures)
    zero_cost: dict[str, float] = field(default_factory=dict)  # synflow, naswot, grad_norm
    rejected: str | None = None  # why it was not trained (budget, screening)
    training: TrainResult | None = None  # accuracies, curve, stop reason
    train_energy_j: float = 0.0  # gross, including a diverged training's
    train_energy_source: str = ""  # "a+b" where meters of two devices summed it (a GPU's and the CPU's)
    train_energy_by_source: dict[str, float] = field(default_factory=dict)  # gross joules per meter
    train_energy_net_j: float | None = None  # net of the counters' idle baselines (a model's: gross)
    # this training's share of its counters' readings (RAPL, NVML read the whole device): the
    # mean of 1/(this tool's trainings on its device at once), 1 alone (estimators/occupancy.py)
    train_device_share: float = 1.0
    pareto_saved_energy_j: float | None = None  # estimated, when Pareto-aware stopping ended it
    checkpoint: str | None = None  # trained weights on disk
    fail_reason: str | None = None
    surplus: bool = False  # failed before any work: other workers had met the budget
    duplicate_of: int | None = None  # pruned before any work: that trial holds its architecture
    promoted_from: int | None = None  # the screening trial this promoted trial trains again
    screening_val_accuracy: float | None = None

    @property
    def trained(self) -> bool:
        return self.training is not None and self.rejected is None

    @property
    def val_accuracy(self) -> float:
        """The objective: best-epoch validation accuracy (0 for a candidate never trained)."""
        return self.training.val_accuracy if self.training is not None and self.trained else 0.0

    @property
    def test_accuracy(self) -> float | None:
        """Reported beside the objective, never used to decide anything."""
        return self.training.test_accuracy if self.training is not None and self.trained else None

    @property
    def energy_j(self) -> float | None:
        if self.paired is not None and "energy" in self.paired.figures:
            return self.paired.figures["energy"]
        return self.measurement.energy_j if self.measurement else None

    @property
    def energy_source(self) -> str:
        return self.measurement.energy_source if self.measurement else "not measured"

    @property
    def latency_ms(self) -> float | None:
        if self.paired is not None and "latency" in self.paired.figures:
            return self.paired.figures["latency"]
        return self.measurement.latency_ms_median if self.measurement else None

    @property
    def stop_reason(self) -> str:
        return self.training.stop_reason if self.training else ""

    @property
    def pareto_stopped(self) -> bool:
        return self.stop_reason.startswith(PARETO_PREFIX)

    @property
    def search_energy_j(self) -> float:
        """What this trial cost the search: training plus measurement, gross."""
        return self.train_energy_j + self.measure_energy_j

    def train_energy_shares(self) -> dict[str, float]:
        """The training's gross joules per meter source (records before the split: one source)."""
        if self.train_energy_by_source:
            return dict(self.train_energy_by_source)
        return {self.train_energy_source: self.train_energy_j} if self.train_energy_source else {}

    def train_energy_attributed(self) -> dict[str, float]:
        """The training's joules per meter source that were its own: a counter's reading times
        ``train_device_share`` (trainings beside it on the device drew the rest), a model's as is."""
        return {
            source: joules * (self.train_device_share if source in COUNTER_SOURCES else 1.0)
            for source, joules in self.train_energy_shares().items()
        }

    def with_(self, **changes: Any) -> TrialRecord:
        return replace(self, **changes)


def start_record(trial: optuna.Trial | FrozenTrial) -> TrialRecord:
    """An empty record, carrying the promotion a trial was enqueued with, if any."""
    promoted = trial.user_attrs.get(PROMOTION_ATTR)
    if promoted is None:
        return TrialRecord()
    return TrialRecord(promoted_from=int(promoted[0]), screening_val_accuracy=float(promoted[1]))


def promotion_attrs(screening: FrozenTrial) -> dict[str, Any]:
    """User attributes for ``enqueue_trial`` that mark a promotion of ``screening``."""
    return {PROMOTION_ATTR: [screening.number, read_record(screening).val_accuracy]}


def write_record(trial: optuna.Trial, record: TrialRecord) -> None:
    for key, value in record_attrs(record).items():
        trial.set_user_attr(key, value)


def record_attrs(record: TrialRecord) -> dict[str, Any]:
    """The user attributes that hold ``record`` (for ``write_record``, or a trial made elsewhere)."""
    return {RECORD_ATTR: record_json(record)}


def read_record(trial: FrozenTrial) -> TrialRecord:
    """The trial's record; an empty one for a trial that died before writing it.

    A finished trial's record never changes, and the trials Optuna's storage hands out stay the
    same objects from one read of the study to the next: each is parsed once, so code that reads
    every record after every trial stays cheap at 10 000 trials."""
    if not trial.state.is_finished():
        return _parse_record(trial)
    known = _FINISHED.get(id(trial))
    if known is not None and known[0]() is trial:
        return known[1]
    record = _parse_record(trial)
    key = id(trial)
    _FINISHED[key] = (weakref.ref(trial, lambda _: _FINISHED.pop(key, None)), record)
    return record


# id of a finished trial object -> (the object, weakly, so a reused id is never mistaken; its record)
_FINISHED: dict[int, tuple[weakref.ref[FrozenTrial], TrialRecord]] = {}


def _parse_record(trial: FrozenTrial) -> TrialRecord:
    data = trial.user_attrs.get(RECORD_ATTR)
    if data is None:
        record = start_record(trial)
        if trial.state == TrialState.FAIL:  # only the heartbeat check fails a trial that wrote nothing
            return record.with_(fail_reason=HEARTBEAT_FAILURE)
        return record
    record = record_from_json(data)
    if trial.state == TrialState.FAIL and record.fail_reason is None:  # died after saving its costs
        return record.with_(fail_reason=HEARTBEAT_FAILURE)
    return record


def record_from_json(data: dict[str, Any]) -> TrialRecord:
    """A record from its stored JSON; keys a newer version wrote are left out."""
    data = dict(data)
    if data.get("measurement") is not None:
        data["measurement"] = measurement_from_json(data["measurement"])
    if data.get("paired") is not None:
        data["paired"] = _paired_from_json(data["paired"])
    if data.get("training") is not None:
        data["training"] = TrainResult(
            **{**data["training"], "val_curve": tuple(data["training"]["val_curve"])}
        )
    known = {f.name for f in fields(TrialRecord)}
    return TrialRecord(**{key: value for key, value in data.items() if key in known})


def _paired_from_json(data: dict[str, Any]) -> PairedFigures:
    """Pairing's figures; records written before they were kept by objective name held energy
    and latency alone, under ``energy_j`` and ``latency_ms``."""
    figures = data.get("figures")
    if figures is None:
        figures = {"energy": data["energy_j"], "latency": data["latency_ms"]}
    return PairedFigures(
        {name: float(value) for name, value in figures.items()},
        tuple(data["with_trials"]),
        int(data["rounds"]),
        float(data["ratio_spread"]),
    )


def record_json(record: TrialRecord) -> dict[str, Any]:
    """The record as strict JSON (what ``record_from_json`` reads)."""
    value: dict[str, Any] = _to_json(asdict(record))
    return value


def _to_json(value: Any) -> Any:
    """Non-finite floats as strings JSON can hold (Optuna stores attributes as strict JSON)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _to_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_to_json(item) for item in value]
    return value
