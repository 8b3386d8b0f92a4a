"""The Optuna study: created once, joined or resumed by name, never losing finished trials.

The study's storage is the source of truth. The configuration is stored in it when it is
created: its identity (what defines the search), so resuming with a different search is refused
instead of mixing two searches, and the whole of it, so workers join with nothing but the
study's name and storage URL.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import optuna
from optuna.samplers import BaseSampler, NSGAIISampler, RandomSampler, TPESampler
from optuna.storages import BaseStorage, RDBStorage, RetryHeartbeatStaleTrialCallback
from optuna.study import StudyDirection
from optuna.trial import FrozenTrial, TrialState

from nas.config import Config, ConfigError, differing_keys
from nas.errors import UserInputError
from nas.front.hypervolume import (
    Normalisation,
    has_normalisation,
    make_normalisation,
    store_normalisation,
    study_normalisation,
)
from nas.objectives import OBJECTIVES
from nas.search.claims import ArchClaims
from nas.urls import MASK, TRACKING_ENV, UrlError, check_storage_url, masked, sqlite_path
from search_spaces import smallest_arch

if TYPE_CHECKING:  # preparing a search loads PyTorch and ONNX Runtime: opening a study does not
    from estimators import EnergyMeter
    from nas.data import Splits
    from nas.search.trial import TrialContext

CONFIG_ATTR = "nas_config"  # the identity: compared on resume
FULL_CONFIG_ATTR = "nas_config_full"  # everything: what workers run with
UID_ATTR = "nas_uid"  # tells apart studies of one name in different storages
SCHEMA_ATTR = "nas_schema"  # 2: validation accuracy is the objective, one record per trial
SCHEMA = 2


class StudyNotFoundError(UserInputError, LookupError):
    pass


def make_storage(url: str, heartbeat_s: float | None = None) -> BaseStorage:
    """An Optuna storage; with ``heartbeat_s``, running trials beat and stale ones are retried."""
    try:
        check_storage_url(url)
    except UrlError as error:
        raise ConfigError(str(error)) from None
    heartbeat: dict[str, Any] = {}
    if heartbeat_s is not None:
        heartbeat = {
            "heartbeat_interval": max(1, round(heartbeat_s)),
            "grace_period": max(2, round(2 * heartbeat_s)),
            "heartbeat_stale_trial_callback": RetryHeartbeatStaleTrialCallback(max_retry=2),
        }
    try:
        return RDBStorage(url, **heartbeat)
    except Exception as error:  # SQLAlchemy's many error types: say what failed, in one line
        reason = str(error).splitlines()[0].replace(url, masked(url))
        raise ConfigError(f"study.storage: cannot open {masked(url)!r}: {reason}") from None


def make_sampler(
    config: Config,
    trials_so_far: int = 0,
    data: tuple[tuple[int, int, int], int] | None = None,
    normalisation: Normalisation | None = None,
) -> BaseSampler:
    """A seeded sampler; a resumed study gets a seed moved on by its trial count, since the
    original seed would replay the first run's draws and repeat its candidates.

    The cost-first sampler counts candidates' MACs, so it needs the data's (input shape, classes)
    in ``data``; without them (a study being opened, before its data is loaded) a random sampler
    stands in until ``prepare_with`` sets the real one.
    """
    seed = config.study.seed + trials_so_far
    name = config.study.sampler
    if name == "random":
        return RandomSampler(seed=seed)
    if name == "tpe":
        return TPESampler(seed=seed)
    if name == "nsga2":
        return NSGAIISampler(population_size=config.study.population_size, seed=seed)
    if data is None or normalisation is None:
        return RandomSampler(seed=seed)
    from nas.samplers.cost_first import CostFirstSampler  # it counts MACs with PyTorch

    return CostFirstSampler(
        config.space,
        data[0],
        data[1],
        config.study.objectives,
        normalisation,
        population_size=config.study.population_size,
        seed=seed,
    )


def load_existing_study(storage_url: str, name: str, heartbeat_s: float | None = None) -> optuna.Study:
    """A study that exists; reading one never creates a storage file."""
    try:
        path = sqlite_path(check_storage_url(storage_url))
    except UrlError as error:
        raise ConfigError(str(error)) from None
    if path is not None and not path.is_file():
        raise StudyNotFoundError(f"no storage file {path} (nas search or nas create makes one)")
    storage = make_storage(storage_url, heartbeat_s)
    found = {s.study_name: s for s in storage.get_all_studies()}
    if name not in found:
        known = ", ".join(repr(n) for n in sorted(found)[:10]) or "none"
        raise StudyNotFoundError(f"no study named {name!r} in {masked(storage_url)} (studies there: {known})")
    check_schema(name, found[name].user_attrs)
    return optuna.load_study(study_name=name, storage=storage)


def check_schema(name: str, attrs: dict[str, Any]) -> None:
    """Studies of earlier versions chose their front by test accuracy: refused, never mixed."""
    if attrs.get(SCHEMA_ATTR) != SCHEMA:
        raise ConfigError(
            f"study {name!r} was made by an earlier version of joule-nas, whose accuracy objective was the "
            "test accuracy; it cannot be resumed or read as validation-selected: start a new study.name"
        )


def open_study(config: Config) -> optuna.Study:
    """Create the study, or resume it if its stored configuration matches this one."""
    storage = make_storage(config.study.storage, config.study.heartbeat_s)
    identity = config.identity()
    existing = {s.study_name: s for s in storage.get_all_studies()}
    if config.study.name in existing:
        check_schema(config.study.name, existing[config.study.name].user_attrs)
        stored = existing[config.study.name].user_attrs.get(CONFIG_ATTR)
        if stored is not None and (changed := differing_keys(json.loads(stored), identity)):
            raise ConfigError(
                f"study {config.study.name!r} in {masked(config.study.storage)} was created with other "
                f"settings ({', '.join(changed[:5])}); resume it unchanged or choose a new study.name"
            )
    study = optuna.create_study(
        study_name=config.study.name,
        storage=storage,
        sampler=make_sampler(config),
        directions=[StudyDirection[OBJECTIVES[name].direction.upper()] for name in config.study.objectives],
        load_if_exists=True,
    )
    if config.study.name not in existing:
        study.set_metric_names(list(config.study.objectives))
        study.set_user_attr(CONFIG_ATTR, json.dumps(identity, sort_keys=True))
        study.set_user_attr(FULL_CONFIG_ATTR, config.public().model_dump_json())  # never a password
        study.set_user_attr(UID_ATTR, uuid.uuid4().hex)
        study.set_user_attr(SCHEMA_ATTR, SCHEMA)
    elif trials_so_far := len(study.get_trials(deepcopy=False)):
        study.sampler = make_sampler(config, trials_so_far)
    return study


def join_study(storage_url: str, name: str, overrides: dict[str, Any]) -> tuple[optuna.Study, Config]:
    """Open an existing study as one more worker, with the configuration stored in it.

    ``overrides`` may set where this worker puts things (``tracking``, ``study.artifacts_dir``,
    ``study.timeout_s``), never what the search is. The sampler's random state is reseeded, so
    workers started together do not propose the same candidates.
    """
    study = load_existing_study(storage_url, name)
    stored = study.user_attrs.get(FULL_CONFIG_ATTR)
    if stored is None:
        raise ConfigError(f"study {name!r} predates workers; resume it with nas search and its config file")
    data = json.loads(stored)
    data["study"]["storage"] = storage_url  # as this worker reaches it
    for section, values in overrides.items():
        data[section].update({key: value for key, value in values.items() if value is not None})
    if MASK in data["tracking"]["uri"]:  # stored without its password: this worker must bring it
        raise ConfigError(
            f"study {name!r} tracks to {data['tracking']['uri']}, whose password is never stored: "
            f"give --tracking-uri or set {TRACKING_ENV}"
        )
    try:
        config = Config.model_validate(data)
    except ValueError as error:
        raise ConfigError(str(error).splitlines()[0]) from None
    # opened again: the heartbeat interval is a storage setting, and it is stored in the study
    study = load_existing_study(storage_url, name, config.study.heartbeat_s)
    study.sampler = make_sampler(config)
    study.sampler.reseed_rng()
    return study, config


def completed(study: optuna.Study) -> list[FrozenTrial]:
    return study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))


def artifacts_dir(config: Config, study: optuna.Study) -> Path:
    """This study's folder of trained weights: name and storage-unique id, so two studies of
    one name (in two storages) never share files."""
    uid = study.user_attrs.get(UID_ATTR, "")
    safe = re.sub(r"[^A-Za-z0-9._@=+-]", "_", study.study_name).lstrip(".") or "study"
    return Path(config.study.artifacts_dir) / f"{safe}-{uid[:8]}"  # never a path outside the folder


@dataclass(frozen=True)
class PreparedSearch:
    study: optuna.Study
    context: TrialContext
    meter_reason: str


def search_meters(config: Config) -> tuple[EnergyMeter, EnergyMeter, str]:
    """The meter for inference windows, the meter for training, and why they were chosen.

    Training runs on the CPU whatever the provider: with NVML for inference it gets the CPU's
    own meter (``auto``). One RAPL meter serves both, since it reads the same packages.
    """
    from estimators import CpuPowerModel, MeterUnavailableError, check_provider, select_meter

    measure = config.measure
    model = CpuPowerModel(1, measure.cpu_idle_w_per_vcpu, measure.cpu_max_w_per_vcpu)
    try:
        check_provider(measure.provider)
        meter, reason = select_meter(measure.meter, measure.threads, measure.provider, model)
        if meter.source == "rapl":
            return meter, meter, reason
        train_name = "auto" if measure.meter == "nvml" else measure.meter
        train_meter, train_reason = select_meter(train_name, config.train.threads, "cpu", model)
    except (MeterUnavailableError, ValueError) as error:
        raise ConfigError(f"measure: {error}") from None
    if train_meter.source != meter.source:
        reason += f"; training: {train_reason}"
    return meter, train_meter, reason


def prepare_with(
    config: Config,
    splits: Splits,
    study: optuna.Study,
    meters: tuple[EnergyMeter, EnergyMeter, str],
    worker: bool = False,
) -> PreparedSearch:
    """Measure what the study needs once, and set its sampler; a ``worker`` (one of several
    processes) gets a freshly seeded sampler, so workers propose different candidates."""
    from estimators import MeasureSettings
    from nas.search.pareto_stop import TrainingHistory
    from nas.search.references import measure_arch, record_references, study_references
    from nas.search.trial import TrialContext

    meter, train_meter, reason = meters
    config = config.for_input(splits.input_shape)  # a no-op for a stored (resolved) configuration
    settings = MeasureSettings(**config.measure.settings_fields())
    record_references(study, splits.input_shape, splits.num_classes, meter, replace(settings, repeats=3))
    if not has_normalisation(study):  # the first process to get here measures and stores it
        shape, classes = splits.input_shape, splits.num_classes
        smallest = measure_arch("smallest", smallest_arch(config.space), shape, classes, meter, settings)
        references = study_references(study)
        objectives = config.study.objectives
        normalisation = make_normalisation(config.hypervolume, objectives, classes, references, smallest)
        store_normalisation(study, normalisation)
    if config.study.sampler == "cost-first":
        data = (splits.input_shape, splits.num_classes)
        trials_so_far = len(study.get_trials(deepcopy=False))
        study.sampler = make_sampler(config, trials_so_far, data, study_normalisation(study))
        if worker:
            study.sampler.reseed_rng()
    claims = ArchClaims(config.study.storage, study.user_attrs[UID_ATTR])
    history = TrainingHistory(config.study.objectives)
    context = TrialContext(config, splits, meter, train_meter, artifacts_dir(config, study), claims, history)
    return PreparedSearch(study, context, reason)


def prepare_search(config: Config) -> PreparedSearch:
    """Load the data, choose the meters and open the study; bad input fails here, before
    anything is written."""
    from nas.data import load_dataset

    splits = load_dataset(config.data)
    config = config.for_input(splits.input_shape)  # the resolved space is what the study stores
    meters = search_meters(config)  # a meter that cannot work is refused before the study exists
    return prepare_with(config, splits, open_study(config), meters)


def prepare_worker(storage_url: str, name: str, overrides: dict[str, Any]) -> PreparedSearch:
    from nas.data import load_dataset

    study, config = join_study(storage_url, name, overrides)
    return prepare_with(config, load_dataset(config.data), study, search_meters(config), worker=True)
