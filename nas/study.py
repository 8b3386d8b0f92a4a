"""The Optuna study: created once, resumed by name, never losing finished trials.

The study's storage is the source of truth; the configuration that defines the search is
stored in it, so resuming with a different search is refused instead of mixing two searches.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import optuna
from optuna.samplers import BaseSampler, NSGAIISampler, RandomSampler
from optuna.storages import BaseStorage, RDBStorage, RetryHeartbeatStaleTrialCallback
from optuna.study import StudyDirection
from optuna.trial import FrozenTrial, TrialState

from estimators import CpuPowerModel, EnergyMeter, MeterUnavailableError, check_provider, select_meter
from nas.config import OBJECTIVE_DIRECTIONS, Config, ConfigError, differing_keys
from nas.data import load_dataset
from nas.objective import TrialContext, evaluate_trial
from nas.train import TrainingDivergedError

CONFIG_ATTR = "nas_config"
HEARTBEAT_S = 30  # a trial whose worker is silent this long (x2 grace) is failed and retried


class StudyNotFoundError(LookupError):
    pass


def make_storage(url: str) -> BaseStorage:
    if url.startswith(("sqlite", "postgresql", "mysql")):
        try:
            return RDBStorage(
                url,
                heartbeat_interval=HEARTBEAT_S,
                grace_period=2 * HEARTBEAT_S,
                heartbeat_stale_trial_callback=RetryHeartbeatStaleTrialCallback(max_retry=2),
            )
        except Exception as error:  # SQLAlchemy's many error types: say what failed, in one line
            raise ConfigError(f"study.storage: cannot open {url!r}: {str(error).splitlines()[0]}") from None
    return optuna.storages.get_storage(url)


def make_sampler(config: Config, trials_so_far: int = 0) -> BaseSampler:
    """A seeded sampler; a resumed study gets a seed moved on by its trial count, since the
    original seed would replay the first run's draws and repeat its candidates."""
    seed = config.study.seed + trials_so_far
    if config.study.sampler == "random":
        return RandomSampler(seed=seed)
    return NSGAIISampler(population_size=config.study.population_size, seed=seed)


def load_existing_study(storage_url: str, name: str) -> optuna.Study:
    storage = make_storage(storage_url)
    if name not in [s.study_name for s in storage.get_all_studies()]:
        raise StudyNotFoundError(f"no study named {name!r} in {storage_url}")
    return optuna.load_study(study_name=name, storage=storage)


def open_study(config: Config) -> optuna.Study:
    """Create the study, or resume it if its stored configuration matches this one."""
    storage = make_storage(config.study.storage)
    identity = config.identity()
    existing = {s.study_name: s for s in storage.get_all_studies()}
    if config.study.name in existing:
        stored = existing[config.study.name].user_attrs.get(CONFIG_ATTR)
        if stored is not None and (changed := differing_keys(json.loads(stored), identity)):
            raise ConfigError(
                f"study {config.study.name!r} in {config.study.storage} was created with other settings "
                f"({', '.join(changed[:5])}); resume it unchanged or choose a new study.name"
            )
    study = optuna.create_study(
        study_name=config.study.name,
        storage=storage,
        sampler=make_sampler(config),
        directions=[StudyDirection[OBJECTIVE_DIRECTIONS[name].upper()] for name in config.study.objectives],
        load_if_exists=True,
    )
    if config.study.name not in existing:
        study.set_metric_names(list(config.study.objectives))
        study.set_user_attr(CONFIG_ATTR, json.dumps(identity, sort_keys=True))
    elif trials_so_far := len(study.get_trials(deepcopy=False)):
        study.sampler = make_sampler(config, trials_so_far)
    return study


def completed(study: optuna.Study) -> list[FrozenTrial]:
    return study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))


@dataclass(frozen=True)
class SearchOutcome:
    study: optuna.Study
    new_trials: int
    elapsed_s: float
    meter_reason: str


TrialCallback = Callable[[optuna.Study, FrozenTrial], None]


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


def prepare_search(config: Config) -> PreparedSearch:
    """Load the data and open the study; bad data fails here, before anything is written."""
    splits = load_dataset(config.data)
    meter, train_meter, reason = search_meters(config)
    study = open_study(config)
    context = TrialContext(
        config=config,
        splits=splits,
        meter=meter,
        train_meter=train_meter,
        artifacts_dir=Path(config.study.artifacts_dir) / config.study.name,
    )
    return PreparedSearch(study, context, reason)


def run_search(search: PreparedSearch, callbacks: list[TrialCallback] | None = None) -> SearchOutcome:
    """Run trials until the study holds ``study.n_trials`` completed ones (or the timeout)."""
    study, config = search.study, search.context.config
    started = time.perf_counter()
    before = len(completed(study))
    if before < config.study.n_trials:
        study.optimize(
            lambda trial: evaluate_trial(trial, search.context),
            timeout=config.study.timeout_s,
            callbacks=[
                optuna.study.MaxTrialsCallback(config.study.n_trials, states=(TrialState.COMPLETE,)),
                *(callbacks or []),
            ],
            catch=(TrainingDivergedError,),
            gc_after_trial=False,
            show_progress_bar=False,
        )
    return SearchOutcome(
        study, len(completed(study)) - before, time.perf_counter() - started, search.meter_reason
    )
