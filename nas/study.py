"""The Optuna study: created once, joined or resumed by name, never losing finished trials.

The study's storage is the source of truth. The configuration is stored in it when it is
created: its identity (what defines the search), so resuming with a different search is refused
instead of mixing two searches, and the whole of it, so workers join with nothing but the
study's name and storage URL.

Three ways to open a study, by what the caller needs:

- ``open_study(config)``: create it, or resume it with the same search (a search, ``nas create``);
- ``join_study(storage, name, overrides)``: one that must exist, with the configuration stored
  in it (a worker, ``nas finalize``, ``nas sync``, ``nas promote``, a reader that needs it);
- ``load_existing_study(storage, name)``: one that must exist, to read (``nas front``, reports);
  never creates a storage file (``reading_storage``).
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
import warnings
from pathlib import Path
from typing import Any

import optuna
from optuna.samplers import RandomSampler
from optuna.storages import BaseStorage, RDBStorage, RetryHeartbeatStaleTrialCallback
from optuna.study import StudyDirection
from optuna.trial import FrozenTrial, TrialState

from nas.config import Config, ConfigError, differing_keys, validated
from nas.errors import UserInputError
from nas.objectives import OBJECTIVES
from nas.stores import check_store, sqlite_kind
from nas.urls import MASK, TRACKING_ENV, UrlError, check_storage_url, masked, sqlite_path

# every door (the CLI, a Python caller, a worker) opens its study here, and hears the same: a
# failed trial carries its reason in the storage and the search reports each trial itself, so
# Optuna's line per trial and MLflow's and Alembic's start-up chatter are noise
optuna.logging.set_verbosity(optuna.logging.ERROR)
warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
logging.getLogger("mlflow").setLevel(logging.WARNING)
logging.getLogger("alembic").setLevel(logging.WARNING)

CONFIG_ATTR = "nas_config"  # the identity: compared on resume
FULL_CONFIG_ATTR = "nas_config_full"  # everything: what workers run with
UID_ATTR = "nas_uid"  # tells apart studies of one name in different storages
SCHEMA_ATTR = "nas_schema"  # 2: validation accuracy is the objective, one record per trial
SCHEMA = 2
OPEN_ATTEMPTS = 4  # opening a new storage, for processes that create its tables together


class StudyNotFoundError(UserInputError, LookupError):
    pass


def make_storage(url: str, heartbeat_s: float | None = None) -> BaseStorage:
    """An Optuna storage; with ``heartbeat_s``, running trials beat and stale ones are retried."""
    try:
        check_storage_url(url)
    except UrlError as error:
        raise ConfigError(str(error)) from None
    check_store(url, "optuna", "study.storage")  # before Optuna makes its tables in it
    heartbeat: dict[str, Any] = {}
    if heartbeat_s is not None:
        heartbeat = {
            "heartbeat_interval": max(1, round(heartbeat_s)),
            "grace_period": max(2, round(2 * heartbeat_s)),
            "heartbeat_stale_trial_callback": RetryHeartbeatStaleTrialCallback(max_retry=2),
        }
    for attempt in range(OPEN_ATTEMPTS):
        try:
            return RDBStorage(url, **heartbeat)
        except Exception as error:  # SQLAlchemy's many error types: say what failed, in one line
            reason = str(error).splitlines()[0].replace(url, masked(url))
            # two processes making a new storage's tables at once: the loser tries again
            racing = any(sign in reason for sign in ("already exists", "UNIQUE constraint", "locked"))
            if racing and attempt < OPEN_ATTEMPTS - 1:
                time.sleep(0.5 + attempt)
                continue
            if any(sign in reason for sign in ("malformed", "not a database", "is full", "I/O error")):
                raise  # a damaged or full storage is a fault, not the user's input (the CLI: exit 1)
            raise ConfigError(f"study.storage: cannot open {masked(url)!r}: {reason}") from None
    raise AssertionError("unreachable")


def reading_storage(storage_url: str, heartbeat_s: float | None = None) -> BaseStorage:
    """A storage that exists, for reading: a SQLite file must be there and hold Optuna's tables
    already (opening one makes them: reading never creates a file, nor writes into one)."""
    try:
        path = sqlite_path(check_storage_url(storage_url))
    except UrlError as error:
        raise ConfigError(str(error)) from None
    if path is not None and not path.is_file():
        raise StudyNotFoundError(f"no storage file {path} (nas search or nas create makes one)")
    if path is not None and sqlite_kind(path) not in ("optuna", "damaged"):
        raise StudyNotFoundError(
            f"{path} is not a study storage (empty, or another kind of file): nas search or nas create "
            "makes one; nothing was written to it"
        )
    return make_storage(storage_url, heartbeat_s)


def load_existing_study(storage_url: str, name: str, heartbeat_s: float | None = None) -> optuna.Study:
    """A study that exists; reading one never creates a storage file."""
    storage = reading_storage(storage_url, heartbeat_s)
    studies = storage.get_all_studies()
    found = {s.study_name: s for s in studies}
    if name not in found:
        newest_first = [s.study_name for s in sorted(studies, key=lambda s: s._study_id, reverse=True)]
        known = ", ".join(repr(n) for n in newest_first[:10]) or "none"
        raise StudyNotFoundError(
            f"no study named {name!r} in {masked(storage_url)} (studies there, newest first: {known}); "
            "give --study-name"
        )
    check_schema(name, found[name].user_attrs)
    return optuna.load_study(study_name=name, storage=storage)


def check_schema(name: str, attrs: dict[str, Any]) -> None:
    """Studies of earlier versions chose their front by test accuracy: refused, never mixed."""
    if attrs.get(SCHEMA_ATTR) != SCHEMA:
        raise ConfigError(
            f"study {name!r} was made by an earlier version of joule-nas, whose accuracy objective was the "
            "test accuracy; it cannot be resumed or read as validation-selected: start a new study.name"
        )


def open_study(config: Config, storage: BaseStorage | None = None) -> optuna.Study:
    """Create the study, or resume it if its stored configuration matches this one.

    Optuna opens a study with a sampler; the search's own is set once its inputs are known
    (nas/search/session.py), so a seeded random one stands in, and never proposes."""
    storage = storage or make_storage(config.study.storage, config.study.heartbeat_s)
    identity = config.identity()
    name = config.study.name
    directions = [StudyDirection[OBJECTIVES[o].direction.upper()] for o in config.study.objectives]
    try:  # the storage says who creates it: of two processes starting at once, exactly one
        storage.create_new_study(directions, name)
        created = True
    except optuna.exceptions.DuplicatedStudyError:
        created = False
    study = optuna.load_study(study_name=name, storage=storage, sampler=RandomSampler(seed=config.study.seed))
    if created:
        study.set_metric_names(list(config.study.objectives))
        study.set_user_attr(CONFIG_ATTR, json.dumps(identity, sort_keys=True))
        study.set_user_attr(FULL_CONFIG_ATTR, config.public().model_dump_json())  # never a password
        study.set_user_attr(UID_ATTR, uuid.uuid4().hex)
        study.set_user_attr(SCHEMA_ATTR, SCHEMA)  # last: the study is complete once it is set
        return study
    attrs = _created_attrs(study)
    check_schema(name, attrs)
    stored = attrs.get(CONFIG_ATTR)
    if stored is not None and (changed := differing_keys(json.loads(stored), identity)):
        raise ConfigError(
            f"study {name!r} in {masked(config.study.storage)} was created with other "
            f"settings ({', '.join(changed[:5])}); resume it unchanged or choose a new study.name"
        )
    return study


def _created_attrs(study: optuna.Study, wait_s: float = 10.0) -> dict[str, Any]:
    """The study's attributes once its creator has written them (another process that created it
    a moment ago may still be writing them: the schema is written last)."""
    deadline = time.monotonic() + wait_s
    attrs = study.user_attrs
    while SCHEMA_ATTR not in attrs and CONFIG_ATTR not in attrs and time.monotonic() < deadline:
        time.sleep(0.2)
        attrs = study.user_attrs
    if SCHEMA_ATTR not in attrs and CONFIG_ATTR in attrs:  # being written now: its schema comes next
        time.sleep(0.5)
        attrs = study.user_attrs
    return attrs


def join_study(storage_url: str, name: str, overrides: dict[str, Any]) -> tuple[optuna.Study, Config]:
    """An existing study and the configuration stored in it, as a worker or a reader gets them.

    ``overrides`` may set where this process puts things (``tracking``, ``study.artifacts_dir``),
    how long it works (``study.timeout_s``, ``study.n_trials``), never what the search is.
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
        config = validated(data)
    except ConfigError as error:
        # a storage copied or moved since the search ran: its MLflow store may be gone with it
        hint = "; give --tracking-uri" if str(error).startswith("tracking.") else ""
        raise ConfigError(f"study {name!r}, as stored: {error}{hint}") from None
    return study, config


def completed(study: optuna.Study) -> list[FrozenTrial]:
    return study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))


def artifacts_dir(config: Config, study: optuna.Study) -> Path:
    """This study's folder of trained weights: name and storage-unique id, so two studies of
    one name (in two storages) never share files."""
    uid = study.user_attrs.get(UID_ATTR, "")
    safe = re.sub(r"[^A-Za-z0-9._@=+-]", "_", study.study_name).lstrip(".") or "study"
    return Path(config.study.artifacts_dir) / f"{safe}-{uid[:8]}"  # never a path outside the folder
