"""A search's assembly, top to bottom, each part built once: the data, the meters, the study, the
reference networks and the hypervolume's normalisation, the sampler, and what every trial needs.

``nas search`` and ``nas promote`` call ``start_search`` (create or resume a study from a
configuration); ``nas worker`` calls ``join_search`` (the configuration stored in the study).
Bad input fails in the first steps, before the study is written. ``run_search``
(nas/search/runner.py) runs a ``Session``, with MLflow tracking attached when it is configured.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import optuna

from nas.budget import SpentShare
from nas.config import Config, ConfigError
from nas.config.sections import CORES
from nas.front.hypervolume import (
    Normalisation,
    has_normalisation,
    make_normalisation,
    store_normalisation,
    study_normalisation,
)
from nas.samplers.registry import SamplerInputs, make_sampler
from nas.study import UID_ATTR, artifacts_dir, join_study, make_storage, open_study

if TYPE_CHECKING:  # assembling a search loads PyTorch and ONNX Runtime: importing this does not
    from estimators import EnergyMeter, MeasureSettings
    from nas.data import Splits
    from nas.search.context import TrialContext
    from nas.search.measurer import Measurer
    from nas.train import Placement

Meters = tuple["EnergyMeter", "EnergyMeter", str]  # inference windows, training, why they were chosen


@dataclass(frozen=True)
class Session:
    study: optuna.Study  # with the search's sampler set
    context: TrialContext  # what every trial of this process runs with
    meter_reason: str
    backfill: bool  # tracking logs the study's trials MLflow lacks (a worker logs its own only)

    @property
    def config(self) -> Config:
        return self.context.config

    def with_budget(self, n_trials: int) -> Session:
        """The same search, run until the study holds ``n_trials`` completed trials."""
        study = self.config.study.model_copy(update={"n_trials": n_trials})
        config = self.config.model_copy(update={"study": study})
        return replace(self, context=replace(self.context, config=config))


def start_search(config: Config) -> Session:
    """Create the study of ``config``, or resume it; bad input fails before anything is written."""
    from nas.data import load_dataset
    from nas.search.measurer import make_measurer
    from nas.train import training_placement

    splits = load_dataset(config.data)
    config = config.for_input(splits.input_shape)  # the resolved space is what the study stores
    # a GPU that is not there, a meter that cannot work and an agent that cannot be used are
    # refused before the study exists
    placement = training_placement(config.train.device, config.train.mixed_precision)
    meters = search_meters(config, placement)
    measurer = make_measurer(config, meters[0])
    check_outputs(config)
    study = open_study(config)
    return _assemble(config, splits, study, placement, meters, measurer, worker=False)


def join_search(storage_url: str, name: str, overrides: dict[str, Any]) -> Session:
    """Join a study as one more worker, with the configuration stored in it; its sampler is
    freshly seeded, so workers started together propose different candidates."""
    from nas.data import load_dataset
    from nas.search.measurer import make_measurer
    from nas.train import training_placement

    _, config = join_study(storage_url, name, overrides)
    splits = load_dataset(config.data)
    placement = training_placement(config.train.device, config.train.mixed_precision)
    meters = search_meters(config, placement)
    measurer = make_measurer(config, meters[0])
    check_outputs(config)
    # opened again: the heartbeat is a setting of the storage object, and it is stored in the study
    storage = make_storage(storage_url, config.study.heartbeat_s)
    study = optuna.load_study(study_name=name, storage=storage, sampler=optuna.samplers.RandomSampler())
    return _assemble(config, splits, study, placement, meters, measurer, worker=True)


def check_outputs(config: Config) -> None:
    """The weights' folder and the MLflow store take writes (OSError, one line, if not): found
    before the study is written, not after trials fail or MLflow's retries stall the search."""
    from nas.writable import check_database, check_folder

    check_folder(Path(config.study.artifacts_dir), "study.artifacts_dir")
    if config.tracking.uri:
        check_database(config.tracking.uri, "tracking.uri")


def search_meters(config: Config, placement: Placement | None = None) -> Meters:
    """The meter for inference windows, the meter for training, and why they were chosen.

    Training on the CPU gets the CPU's own meter whatever the provider (``auto`` where inference
    uses NVML); one RAPL meter serves both, since it reads the same packages. Training on a GPU
    (``placement``) adds the GPU's NVML counter to the CPU's meter: each reads its own device.
    """
    from estimators import CpuPowerModel, MeterUnavailableError, check_provider, select_meter, with_gpu

    measure = config.measure
    model = CpuPowerModel(1, measure.cpu_idle_w_per_vcpu, measure.cpu_max_w_per_vcpu)
    try:
        check_provider(measure.provider)
        meter, reason = select_meter(measure.meter, measure.threads, measure.provider, model)
        if meter.source == "rapl":
            train_meter, train_reason = meter, ""
        else:
            train_name = "auto" if measure.meter == "nvml" else measure.meter
            # each trial's training holds the threads it takes (``holding``); "auto" takes at most all
            most = config.train.threads if isinstance(config.train.threads, int) else CORES
            train_meter, train_reason = select_meter(train_name, most, "cpu", model)
            train_reason = "" if train_meter.source == meter.source else f"training: {train_reason}"
    except (MeterUnavailableError, ValueError) as error:
        raise ConfigError(f"measure: {error}") from None
    if placement is not None and placement.device.type == "cuda":
        train_meter, train_reason = with_gpu(train_meter, *placement.nvml_identity())
    if train_reason:
        reason += f"; {train_reason}"
    return meter, train_meter, reason


def measure_settings(config: Config) -> MeasureSettings:
    """The configuration's ONNX Runtime settings: every candidate is measured with these."""
    from estimators import MeasureSettings

    return MeasureSettings(**config.measure.settings_fields())


def _assemble(
    config: Config,
    splits: Splits,
    study: optuna.Study,
    placement: Placement,
    meters: Meters,
    measurer: Measurer,
    worker: bool,
) -> Session:
    from nas.front.pareto import LiveFront
    from nas.search.claims import ArchClaims
    from nas.search.context import TrialContext
    from nas.search.measurer import AgentMeasurer
    from nas.search.pareto_stop import TrainingHistory

    meter, train_meter, reason = meters
    if isinstance(measurer, AgentMeasurer):
        reason = (
            f"inference on {measurer.device} (agent {measurer.client.name}, its own meter); here: {reason}"
        )
    settings = measure_settings(config)
    normalisation = _measured_once(config, splits, study, measurer, settings)
    inputs = SamplerInputs(
        # a resumed study's seed moves on by its trial count: the original seed would replay
        # the first run's draws and repeat its candidates
        seed=config.study.seed + len(study.get_trials(deepcopy=False)),
        population_size=config.study.population_size,
        space=config.space,
        input_shape=splits.input_shape,
        num_classes=splits.num_classes,
        objectives=config.study.objectives,
        normalisation=normalisation,
        accurate_every=config.study.accurate_every,
        accurate_share=config.study.accurate_share,
        spent_share=SpentShare(config.study.n_trials, config.study.budget_j, config.footprint.factors()),
    )
    study.sampler = make_sampler(config.study.sampler, inputs)
    if worker:
        study.sampler.reseed_rng()
    context = TrialContext(
        config=config,
        splits=splits,
        meter=meter,
        measurer=measurer,
        train_meter=train_meter,
        train_device=str(placement.device),
        settings=settings,
        artifacts_dir=artifacts_dir(config, study),
        claims=ArchClaims(config.study.storage, study.user_attrs[UID_ATTR]),
        history=TrainingHistory(config.study.objectives),
        front=LiveFront([d.name.lower() for d in study.directions]),
    )
    return Session(study, context, reason, backfill=not worker)


def _measured_once(
    config: Config, splits: Splits, study: optuna.Study, measurer: Measurer, settings: MeasureSettings
) -> Normalisation:
    """The reference networks' costs and the hypervolume's normalisation, measured by the first
    process of the study to get here and stored in it; every process reads them back."""
    from nas.reference_costs import study_references
    from nas.search.references import measure_arch, record_references
    from search_spaces import smallest_arch

    shape, classes = splits.input_shape, splits.num_classes
    record_references(study, shape, classes, measurer, replace(settings, repeats=3))
    if not has_normalisation(study):
        smallest = measure_arch("smallest", smallest_arch(config.space), shape, classes, measurer, settings)
        references = study_references(study)
        objectives = config.study.objectives
        normalisation = make_normalisation(config.hypervolume, objectives, classes, references, smallest)
        store_normalisation(study, normalisation)
    return study_normalisation(study)
