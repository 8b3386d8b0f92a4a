"""Search configuration: a TOML file into typed, validated sections (nas/config/sections.py);
CLI flags override it.

Every option has a default, so an empty file (or none) runs the default digits search.
Errors name the key and what is allowed, in one line.
"""

from __future__ import annotations

import difflib
import json
import math
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError, model_validator

from nas.config.sections import (
    BudgetConfig,
    DataConfig,
    FinalizeConfig,
    FootprintConfig,
    HypervolumeConfig,
    MeasureConfig,
    ProxiesConfig,
    Section,
    StudyConfig,
    TrackingConfig,
    TrainConfig,
)
from nas.errors import UserInputError
from nas.urls import masked, sqlite_path
from search_spaces.space import SearchSpace


class ConfigError(UserInputError, ValueError):
    """A configuration that cannot run; the message is one line for the user."""


class Config(Section):
    study: StudyConfig = StudyConfig()
    data: DataConfig = DataConfig()
    space: SearchSpace = SearchSpace()
    train: TrainConfig = TrainConfig()
    finalize: FinalizeConfig = FinalizeConfig()
    measure: MeasureConfig = MeasureConfig()
    proxies: ProxiesConfig = ProxiesConfig()
    budget: BudgetConfig = BudgetConfig()
    footprint: FootprintConfig = FootprintConfig()
    hypervolume: HypervolumeConfig = HypervolumeConfig()
    tracking: TrackingConfig = TrackingConfig()

    @model_validator(mode="after")
    def _stores_apart(self) -> Config:
        """An Optuna storage and an MLflow store in one SQLite file would each write the other's
        tables into it: refused, as the configuration is read."""
        storage, tracking = sqlite_path(self.study.storage), sqlite_path(self.tracking.uri or "sqlite://")
        if storage is not None and tracking is not None and storage.resolve() == tracking.resolve():
            raise ValueError(
                "tracking.uri is the study's storage file: MLflow needs a store of its own "
                "(e.g. sqlite:///mlflow.db)"
            )
        return self

    def public(self) -> Config:
        """This configuration as it may be shown, logged and stored: URLs without passwords."""
        study = self.study.model_copy(update={"storage": masked(self.study.storage)})
        tracking = self.tracking.model_copy(update={"uri": masked(self.tracking.uri)})
        return self.model_copy(update={"study": study, "tracking": tracking})

    def for_input(self, input_shape: tuple[int, int, int]) -> Config:
        """This configuration with the search space's automatic strides set for ``input_shape``."""
        return self.model_copy(update={"space": self.space.resolved(input_shape)})

    def identity(self) -> dict[str, Any]:
        """What defines the search: a study resumed under another identity is refused."""
        data = self.model_dump(mode="json")
        # the sampler proposes the next candidates; changing it on resume changes nothing measured
        for key in (
            "n_trials",
            "timeout_s",
            "budget",
            "storage",
            "artifacts_dir",
            "heartbeat_s",
            "sampler",
            "accurate_every",
            "accurate_share",
        ):
            data["study"].pop(key)
        data.pop("tracking")
        data.pop("footprint")  # how energy is reported, not what the search does
        data.pop("hypervolume")
        data.pop("finalize")  # the recipe of finalized training, after the search
        data["measure"].pop("target_wait_s")  # how long a trial waits for its agent
        data["train"].pop("threads")  # how fast it trains (each trial records the count it used)
        data["train"].pop("device")  # where it trains (each trial records it)
        return data


def load_config(path: Path | str | None, overrides: dict[str, dict[str, Any]] | None = None) -> Config:
    """The configuration in the TOML file at ``path`` (None: the defaults) with ``overrides``
    (section -> key -> value; None values left out); ``ConfigError``, one line, otherwise."""
    raw: dict[str, Any] = {}
    if isinstance(path, str):
        path = Path(path)
    if path is not None and not isinstance(path, Path):
        raise ConfigError(f"load_config: expected a path to a TOML file, not {type(path).__name__}")
    if overrides is not None and not (
        isinstance(overrides, dict) and all(isinstance(v, dict) for v in overrides.values())
    ):
        raise ConfigError("load_config: overrides must map section names to dicts of keys")
    if path is not None:
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"cannot read {path}: {error}") from None
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{path} is not valid TOML: {error}") from None
    for section, values in (overrides or {}).items():
        given = {key: value for key, value in values.items() if value is not None}
        if given:
            table = raw.setdefault(section, {})
            if not isinstance(table, dict):
                raise ConfigError(f"{section}: must be a table")
            table.update(given)
    return validated(raw)


def validated(data: dict[str, Any]) -> Config:
    """``data`` as a configuration, or ConfigError: one line naming the first wrong key."""
    try:
        return Config.model_validate(data)
    except ValidationError as error:
        raise ConfigError(_first_error(error)) from None


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    key = ".".join(str(part) for part in first["loc"]) or "config"
    if first["type"] == "extra_forbidden":
        allowed = _allowed_keys(first["loc"][:-1])
        close = difflib.get_close_matches(str(first["loc"][-1]), allowed, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return f"{key}: unknown key; {hint}allowed: {', '.join(allowed)}"
    message = first["msg"].removeprefix("Value error, ")
    given = first.get("input")
    if isinstance(given, str):
        given = masked(given)  # a password in a URL is never repeated back
    text = json.dumps(given, default=str)
    text = text if len(text) <= 80 else text[:77] + "..."
    shown = (
        "" if isinstance(given, dict) or (isinstance(given, str) and given in message) else f" (got {text})"
    )
    return f"{key}: {message}{shown}"


def _allowed_keys(loc: tuple[int | str, ...]) -> list[str]:
    model: type[BaseModel] = Config
    for part in loc:
        annotation = model.model_fields[str(part)].annotation
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return []
        model = annotation
    return list(model.model_fields)


def differing_keys(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> list[str]:
    """Keys whose values differ; keys only one side holds are not compared (a stored
    configuration predates a key, or this version no longer counts it as identity)."""
    keys = []
    for key in sorted(set(old) & set(new)):
        a, b = old.get(key), new.get(key)
        if isinstance(a, dict) and isinstance(b, dict):
            keys += differing_keys(a, b, f"{prefix}{key}.")
        elif a != b and not (isinstance(a, float) and isinstance(b, float) and math.isclose(a, b)):
            keys.append(f"{prefix}{key}")
    return keys


def config_toml(sections: dict[str, dict[str, Any]]) -> str:
    """A configuration as TOML text, as ``load_config`` reads it; unset (None) keys are left out."""
    lines = []
    for section, values in sections.items():
        lines.append(f"[{section}]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in values.items() if value is not None]
        lines.append("")
    return "\n".join(lines)
