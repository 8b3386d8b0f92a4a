"""The configuration's sections, one typed model each, with their defaults and bounds; each
option is commented where it is declared. ``[budget]`` and ``[hypervolume]`` take one key per
cost objective of the registry (nas/objectives.py)."""

from __future__ import annotations

import math
import os
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    create_model,
    field_validator,
    model_validator,
)

from estimators.carbon import GRID_G_PER_KWH, CarbonFactors, carbon_factors
from estimators.energy import METER_NAMES
from nas.budget import parse_joules
from nas.objectives import COSTS, DEFAULT, OBJECTIVES
from nas.urls import check_agent_url, check_storage_url, check_tracking_uri

CORES = len(os.sched_getaffinity(0))  # the cores this process may run on
SEED_LIMIT = 2**32  # what Optuna's samplers (numpy) accept
MAX_TRIALS = 1_000_000
MAX_NAME = 200
# bounds that keep a run from hanging or exhausting the machine (each is said in the README)
MAX_THREADS = CORES  # threads beyond the machine's cores only slow it down
MAX_EPOCHS, MAX_BATCH, MAX_RUNS, MAX_WINDOW_S = 10_000, 65_536, 100_000, 60.0


def check_name(value: str, what: str) -> str:
    """Study and experiment names: printable, and never a path (a study names a folder)."""
    if not value or len(value) > MAX_NAME:
        raise ValueError(f"{what} needs 1 to {MAX_NAME} characters")
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise ValueError(f"{what} must not hold control characters")
    if "/" in value or "\\" in value or value in (".", ".."):
        raise ValueError(f"{what} must not hold / or \\ nor be . or ..")
    return value


# the search strategies a study may name, built by nas/samplers/registry.py: named here, so the
# configuration checks a name without loading a strategy (or anything a strategy needs)
SAMPLER_NAMES = ("cost-first", "nsga2", "tpe", "random")
DEFAULT_SAMPLER = "cost-first"


class Section(BaseModel):
    # integers must be written as integers (not 1e9 or true); floats must be finite
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class StudyConfig(Section):
    name: str = "digits"  # the study's name in its storage; also its MLflow parent run and folder
    storage: str = "sqlite:///nas.db"  # an Optuna RDB URL: sqlite, postgresql, mysql
    sampler: str = DEFAULT_SAMPLER  # "cost-first", "nsga2", "tpe" or "random" (nas/samplers/)
    population_size: StrictInt = Field(default=8, ge=2, le=10_000)  # NSGA-II generation size
    # cost-first: every n-th trial goes to the front's accurate end as accurate_share's do
    # (below); 0, the default, never
    accurate_every: StrictInt = Field(default=0, ge=0, le=1000)
    # cost-first: the last share of the study's limit (its joule budget, else its n_trials)
    # trains unseen architectures costlier in MACs than the most accurate one (the front's
    # accurate end); 0.25 won on three seeds at equal joules (experiments/bench_joule_budget.py),
    # 0 leaves every trial to hypervolume gain
    accurate_share: float = Field(default=0.25, ge=0.0, lt=1.0)
    seed: StrictInt = Field(default=0, ge=0, lt=SEED_LIMIT)  # the sampler's and the trainings' seed
    n_trials: StrictInt = Field(default=20, ge=1, le=MAX_TRIALS)  # completed trials the study should reach
    timeout_s: float | None = Field(default=None, gt=0)  # wall-clock limit of this run
    # the study's energy budget ("2kJ": J, kJ, MJ, Wh, kWh), met by its own footprint; without
    # n_trials beside it, the budget alone ends the search
    budget: str | None = None
    objectives: list[str] = Field(default=list(DEFAULT))  # names in nas/objectives.py
    artifacts_dir: str = Field(default="nas-artifacts", min_length=1)  # trained weights, shared by workers
    heartbeat_s: float = Field(default=30.0, ge=0.5, le=86_400)  # a trial silent 2x this long is retried

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        return check_name(value, "the study name")

    @model_validator(mode="before")
    @classmethod
    def _budget_alone(cls, data: Any) -> Any:
        """A budget in joules without a number of trials: the joules decide when it ends."""
        if isinstance(data, dict) and data.get("budget") is not None and data.get("n_trials") is None:
            return {**data, "n_trials": MAX_TRIALS}
        return data

    @field_validator("budget")
    @classmethod
    def _budget(cls, value: str | None) -> str | None:
        if value is not None:
            parse_joules(value)
        return value

    @property
    def budget_j(self) -> float | None:
        return None if self.budget is None else parse_joules(self.budget)

    @field_validator("sampler")
    @classmethod
    def _sampler(cls, value: str) -> str:
        if value not in SAMPLER_NAMES:
            raise ValueError(f"allowed: {', '.join(SAMPLER_NAMES)}")
        return value

    @field_validator("storage")
    @classmethod
    def _storage(cls, value: str) -> str:
        return check_storage_url(value)

    @field_validator("objectives")
    @classmethod
    def _objectives(cls, value: list[str]) -> list[str]:
        if unknown := [name for name in value if name not in OBJECTIVES]:
            raise ValueError(f"unknown objective {unknown[0]!r}; allowed: {', '.join(OBJECTIVES)}")
        if "accuracy" not in value or len(value) < 2 or len(set(value)) != len(value):
            raise ValueError("objectives need 'accuracy' and at least one distinct cost")
        return value


class DataConfig(Section):
    # "digits", "fashion-mnist", or a path: an image folder, a cifar-10-batches-bin folder, an .npz
    dataset: str = Field(default="digits", min_length=1)
    image_size: tuple[StrictInt, StrictInt] | None = None  # [H, W] images of a folder are resized to
    channels: Literal[1, 3] | None = None  # of a folder's images (default: the first image's)
    # a class-balanced cap on the training split the search's proxy sees (finalize uses it all)
    max_train_examples: StrictInt | None = Field(default=None, ge=10)
    val_fraction: float = Field(default=0.15, gt=0, lt=0.5)  # of the training split
    test_fraction: float = Field(default=0.2, gt=0, lt=0.5)  # of the data, where it has no test split
    split_seed: StrictInt = Field(default=0, ge=0, lt=SEED_LIMIT)  # which images go to validation and test

    @field_validator("image_size")
    @classmethod
    def _image_size(cls, value: tuple[int, int] | None) -> tuple[int, int] | None:
        if value is not None and not all(1 <= side <= 1024 for side in value):
            raise ValueError("image_size sides must be between 1 and 1024 pixels")
        return value


class TrainConfig(Section):
    @field_validator("device")
    @classmethod
    def _device(cls, value: str) -> str:
        if not re.fullmatch(r"auto|cpu|cuda(:[0-9]{1,2})?", value):
            raise ValueError('expected "auto", "cpu", "cuda" or "cuda:N"')
        return value

    epochs: StrictInt = Field(default=15, ge=1, le=MAX_EPOCHS)  # the proxy's most epochs per candidate
    # images per optimizer step, at most 1/16 of the training split (nas/schedule.py)
    batch_size: StrictInt = Field(default=64, ge=1, le=MAX_BATCH)
    lr: float = Field(default=0.005, gt=0)  # AdamW's learning rate, cosine-decayed over the epochs
    weight_decay: float = Field(default=1e-4, ge=0)  # AdamW's decoupled weight decay
    # epochs without validation gain before stopping
    patience: StrictInt = Field(default=3, ge=1, le=MAX_EPOCHS)
    min_delta: float = Field(default=0.002, ge=0)  # smallest validation gain that counts
    subset: float = Field(default=1.0, gt=0, le=1)  # fraction of the training split used
    # optimizer steps over the epochs at least: on a small training split each epoch passes over
    # it several times, and the batch is at most 1/16 of it (nas/schedule.py); 0: plain epochs
    min_steps: StrictInt = Field(default=400, ge=0, le=10_000_000)
    # random crop after zero padding of 1/8 of the side, and with "crop-flip" horizontal flips
    augment: Literal["none", "crop", "crop-flip"] = "none"
    # torch CPU threads; "auto": each trial takes the cores no other process is using when its
    # training starts (at least 1), so a busy machine is not oversubscribed. A seeded trial gives
    # the same result at the same thread count only: set a number for bit-for-bit repeats.
    threads: Annotated[StrictInt, Field(ge=1, le=MAX_THREADS)] | Literal["auto"] = "auto"
    # "auto": the first GPU PyTorch sees, else the CPU; "cpu", "cuda" or "cuda:N" (must exist)
    device: str = "auto"
    # bf16 autocast on a GPU that supports it; no effect on the CPU. Off by default: this space's
    # small networks trained 4-12 % slower with it on an H200 (experiments/results/gpu.json)
    mixed_precision: bool = False
    pareto_stop: bool = True  # stop a candidate that cannot reach the front (nas/search/pareto_stop.py)
    pareto_min_epochs: StrictInt = Field(default=2, ge=1)  # never stopped by that rule before this epoch
    pareto_margin: float = Field(default=0.02, ge=0)  # extra headroom on top of observed later gains


class FinalizeConfig(Section):
    """``nas finalize``: the full-fidelity recipe that trains chosen architectures from scratch
    (nas/finalize/recipe.py). Not part of the search's identity: changing it changes no trial."""

    # about 10 minutes for a typical Fashion-MNIST front member on 2 cores
    epochs: StrictInt = Field(default=24, ge=1, le=MAX_EPOCHS)
    batch_size: StrictInt = Field(default=128, ge=2, le=MAX_BATCH)  # at most 1/16 of the training split
    lr: float = Field(default=0.003, gt=0)  # AdamW's peak learning rate, reached after the warm-up
    warmup_epochs: float = Field(default=1.0, ge=0)  # linear warm-up, then cosine decay to 0
    weight_decay: float = Field(default=0.05, ge=0)  # decoupled; never on batch norm or biases
    # share of each target spread over the other classes
    label_smoothing: float = Field(default=0.1, ge=0, lt=1)
    # optimizer steps over the epochs at least, as [train] min_steps (nas/schedule.py): 24 epochs
    # of 10 steps on a thousand images leave small networks below their proxy
    min_steps: StrictInt = Field(default=2400, ge=0, le=10_000_000)
    # auto: crop and horizontal flips where a flip keeps the class (fashion-mnist, cifar-10),
    # crop alone elsewhere (digits, and a user's images, whose orientation may carry the class)
    augment: Literal["auto", "none", "crop", "crop-flip"] = "auto"
    # torch CPU threads; unset: every core, one on a GPU
    threads: StrictInt | None = Field(default=None, ge=1)
    seed: StrictInt = Field(default=0, ge=0, lt=SEED_LIMIT)  # initial weights, batch order and augmentation


class MeasureConfig(Section):
    meter: str = "auto"  # auto, rapl, nvml or cpu-model (see `nas meters`)
    provider: Literal["cpu", "cuda"] = "cpu"  # where ONNX Runtime runs the candidates
    # ONNX Runtime's intra-op threads, at most the machine's cores: 1 measures a single-stream device
    threads: StrictInt = Field(default=1, ge=1, le=MAX_THREADS, json_schema_extra={"bounds": "≥ 1, ≤ cores"})
    # images per inference; figures are per image
    batch_size: StrictInt = Field(default=1, ge=1, le=MAX_BATCH)
    warmup: StrictInt = Field(default=20, ge=0, le=MAX_RUNS)  # untimed calls before the windows
    repeats: StrictInt = Field(default=5, ge=1, le=1000)  # timed windows; the spread is over these
    runs: StrictInt = Field(default=100, ge=1, le=MAX_RUNS)  # calls per window, more if it is too short
    min_window_s: float = Field(default=0.05, ge=0, le=MAX_WINDOW_S)  # raised to the meter's own minimum
    spinning: bool = False  # let ONNX Runtime's threads spin between calls (faster, costlier)
    # model:cpu-ccf's watts per vCPU at idle and at full load (Cloud Carbon Footprint's averages)
    cpu_idle_w_per_vcpu: float = Field(default=0.74, ge=0)
    cpu_max_w_per_vcpu: float = Field(default=3.5, gt=0)  # as cpu_idle_w_per_vcpu, at full load
    # an agent on the device the network is for (`nas agent`): "http(s)://host:port"; "" measures here
    target: str = ""
    target_wait_s: float = Field(default=120.0, gt=0, le=86_400)  # how long a trial waits for a silent agent
    # a candidate that joins the front is measured again beside its neighbours on it, in this
    # many interleaved rounds of one window each, and its figures set against theirs (0: its own
    # measurement only; nas/search/pairing.py)
    pair_rounds: StrictInt = Field(default=5, ge=0, le=50)

    @field_validator("target")
    @classmethod
    def _target(cls, value: str) -> str:
        return check_agent_url(value) if value else value

    @field_validator("meter")
    @classmethod
    def _meter(cls, value: str) -> str:
        if value not in METER_NAMES:
            raise ValueError(f"allowed: {', '.join(METER_NAMES)}")
        return value

    @model_validator(mode="after")
    def _power_model(self) -> MeasureConfig:
        if self.cpu_idle_w_per_vcpu > self.cpu_max_w_per_vcpu:
            raise ValueError("cpu_idle_w_per_vcpu must not exceed cpu_max_w_per_vcpu")
        return self

    def settings_fields(self) -> dict[str, Any]:
        """The keys that are ``estimators.MeasureSettings``."""
        return self.model_dump(
            exclude={
                "meter",
                "cpu_idle_w_per_vcpu",
                "cpu_max_w_per_vcpu",
                "target",
                "target_wait_s",
                "pair_rounds",
            }
        )


class ProxiesConfig(Section):
    """Zero-cost proxies (estimators/zero_cost.py): computed at initialisation, optionally screening."""

    compute: bool = False  # log synflow, naswot and grad_norm for every measured candidate
    # skip training below a quantile of earlier scores (computes the proxies whatever `compute` says)
    screen: Literal["none", "synflow", "naswot", "grad_norm"] = "none"
    screen_quantile: float = Field(default=0.25, gt=0, lt=1)  # of the scores of earlier candidates
    screen_min_trials: StrictInt = Field(default=8, ge=1)  # earlier scores needed before anything is screened
    batch: StrictInt = Field(default=64, ge=2, le=4096)  # training images the data-dependent proxies see


class FootprintConfig(Section):
    """How the search's own energy becomes CO2e: kWh x PUE x grid intensity (estimators/carbon.py)."""

    region: str = "WORLD"  # ISO 3166 code of the grid, or WORLD
    carbon_intensity_g_per_kwh: float | None = Field(default=None, ge=0)  # overrides region
    pue: float | None = Field(default=None, ge=1)  # default: the Uptime 2023 average, 1.58

    @field_validator("region")
    @classmethod
    def _region(cls, value: str) -> str:
        if value.upper() not in GRID_G_PER_KWH:
            raise ValueError(
                f"no grid intensity for this region; known: {', '.join(GRID_G_PER_KWH)} "
                "(or set footprint.carbon_intensity_g_per_kwh)"
            )
        return value.upper()

    def factors(self) -> CarbonFactors:
        return carbon_factors(self.region, self.carbon_intensity_g_per_kwh, self.pue)


class BudgetBase(Section):
    """``[budget]``: per-candidate budgets, ``max_<key>`` for each cost in nas/objectives.py; a
    candidate over one is rejected before it is trained (static costs before it is even
    measured). The search's own energy budget is ``[study] budget``."""

    def limits(self) -> dict[str, float]:
        """The budgets the user set, by the objective they limit."""
        values = {o.name: getattr(self, f"max_{o.key}") for o in COSTS}
        return {name: float(limit) for name, limit in values.items() if limit is not None}


class HypervolumeBase(Section):
    """``[hypervolume]``: how objectives become costs for the hypervolume (nas/front/hypervolume.py),
    fixed at study creation; one optional ``<key> = [floor, ceiling]`` per cost objective.

    Costs are on a log scale between a floor and a ceiling: by default the floor is the cost of
    the space's cheapest network and the ceiling the costliest reference network's, both
    measured when the study is made. A ``[floor, ceiling]`` pair sets them instead.
    """

    @model_validator(mode="after")
    def _bounds(self) -> HypervolumeBase:
        for objective in COSTS:
            pair = getattr(self, objective.key)
            if pair is not None and not (0 < pair[0] < pair[1] and math.isfinite(pair[1])):
                raise ValueError(f"{objective.key} needs [floor, ceiling] with 0 < floor < ceiling")
        return self

    def for_objective(self, name: str) -> tuple[float, float] | None:
        pair: tuple[float, float] | None = getattr(self, OBJECTIVES[name].key)
        return pair


# one key per cost objective, made from the registry (mypy sees the base classes)
if TYPE_CHECKING:
    BudgetConfig = BudgetBase
    HypervolumeConfig = HypervolumeBase
else:
    BudgetConfig = create_model(
        "BudgetConfig",
        __base__=BudgetBase,
        **{
            f"max_{o.key}": (
                (StrictInt if o.integer else float) | None,
                Field(
                    default=None,
                    gt=0,
                    description=f"most {o.label} a candidate may have (in the key's unit)",
                ),
            )
            for o in COSTS
        },
    )
    HypervolumeConfig = create_model(
        "HypervolumeConfig",
        __base__=HypervolumeBase,
        **{
            o.key: (
                tuple[float, float] | None,
                Field(
                    default=None,
                    description=f"[floor, ceiling] of {o.label}; unset: set when the study is made",
                ),
            )
            for o in COSTS
        },
    )


class TrackingConfig(Section):
    uri: str = "sqlite:///mlflow.db"  # an MLflow tracking URI (a database or http(s)); "" turns it off
    experiment: str = "nas"  # MLflow experiment the study's runs go to

    @field_validator("uri")
    @classmethod
    def _uri(cls, value: str) -> str:
        return check_tracking_uri(value)

    @field_validator("experiment")
    @classmethod
    def _experiment(cls, value: str) -> str:
        return check_name(value, "the experiment name")
