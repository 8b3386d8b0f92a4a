"""A search's assembly, top to bottom: the data, the measuring parts (nas/measure/parts.py), the
study, the reference networks and the hypervolume's normalisation, the sampler, and what every
trial needs, each built once per process (``Session`` holds them for every trial it runs).

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
from nas.config import Config
from nas.front.hypervolume import (
    Normalisation,
    has_normalisation,
    make_normalisation,
    store_normalisation,
    study_normalisation,
)
from nas.measure import parts as measure_parts
from nas.samplers.registry import SamplerInputs, make_sampler
from nas.study import UID_ATTR, artifacts_dir, join_study, make_storage, open_study

if TYPE_CHECKING:  # assembling a search loads PyTorch and ONNX Runtime: importing this does not
    from estimators import MeasureSettings
    from nas.data import Splits
    from nas.measure.measurer import Measurer
    from nas.search.context import TrialContext


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

    splits = load_dataset(config.data)
    config = config.for_input(splits.input_shape)  # the resolved space is what the study stores
    parts = measure_parts.measuring(config)  # refused before the study exists if they cannot be had
    check_outputs(config)
    study = open_study(config)
    return _assemble(config, splits, study, parts, worker=False)


def create_search(config: Config) -> tuple[optuna.Study, Config]:
    """``nas create`` as a library call: the study of ``config`` made (or found) for ``nas worker``
    processes to join, its configuration resolved for the data's input (workers run that space)
    and stored in it; MLflow's tables and the study's run made now when tracking is on (workers
    started together would each create them). A bad dataset is refused before anything is made."""
    from nas.data import load_dataset

    splits = load_dataset(config.data)
    config = config.for_input(splits.input_shape)
    study = open_study(config)
    if config.tracking.uri:
        from nas.tracking.callback import prepare_tracking

        prepare_tracking(config, study, waiting=True)
    return study, config


def join_search(storage_url: str, name: str, overrides: dict[str, Any]) -> Session:
    """Join a study as one more worker, with the configuration stored in it; its sampler is
    freshly seeded, so workers started together propose different candidates."""
    from nas.data import load_dataset

    _, config = join_study(storage_url, name, overrides)
    splits = load_dataset(config.data)
    parts = measure_parts.measuring(config)
    check_outputs(config)
    # opened again: the heartbeat is a setting of the storage object, and it is stored in the study
    storage = make_storage(storage_url, config.study.heartbeat_s)
    study = optuna.load_study(study_name=name, storage=storage, sampler=optuna.samplers.RandomSampler())
    return _assemble(config, splits, study, parts, worker=True)


def check_outputs(config: Config) -> None:
    """The weights' folder and the MLflow store take writes (OSError, one line, if not): found
    before the study is written, not after trials fail or MLflow's retries stall the search."""
    from nas.stores import check_store
    from nas.writable import check_database, check_folder

    check_folder(Path(config.study.artifacts_dir), "study.artifacts_dir")
    if config.tracking.uri:
        check_store(config.tracking.uri, "mlflow", "tracking.uri")
        check_database(config.tracking.uri, "tracking.uri")


def _assemble(
    config: Config,
    splits: Splits,
    study: optuna.Study,
    parts: measure_parts.Measuring,
    worker: bool,
) -> Session:
    from nas.front.pareto import LiveFront
    from nas.search.claims import ArchClaims
    from nas.search.context import TrialContext
    from nas.search.pareto_stop import TrainingHistory

    normalisation = _measured_once(config, splits, study, parts.measurer, parts.settings)
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
        meter=parts.meter,
        measurer=parts.measurer,
        train_meter=parts.train_meter,
        train_device=str(parts.placement.device),
        settings=parts.settings,
        artifacts_dir=artifacts_dir(config, study),
        claims=ArchClaims(config.study.storage, study.user_attrs[UID_ATTR]),
        history=TrainingHistory(config.study.objectives),
        front=LiveFront([d.name.lower() for d in study.directions]),
    )
    return Session(study, context, parts.reason, backfill=not worker)


def _measured_once(
    config: Config, splits: Splits, study: optuna.Study, measurer: Measurer, settings: MeasureSettings
) -> Normalisation:
    """The reference networks' costs and the hypervolume's normalisation, measured by the first
    process of the study to get here and stored in it; every process reads them back."""
    from nas.measure.references import measure_arch, record_references
    from nas.reference_costs import study_references
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
