"""The MobileNet-like search space and its fixed-length genome.

Optuna's NSGA-II crosses over only the parameters that every trial has, so every genome
parameter is suggested in every trial: a stage of depth 0 is how a stage goes missing, and
``sample_arch`` drops it (with its now meaningless kernel, width...) from the ``Arch``.
"""

from __future__ import annotations

import math
from typing import Any, Literal, Protocol

from optuna.distributions import BaseDistribution, CategoricalDistribution, IntDistribution
from pydantic import BaseModel, ConfigDict, Field, StrictInt, model_validator

from search_spaces.arch import Activation, Arch, Stage, Stem

MAX_CHANNELS, MAX_DEPTH, MAX_KERNEL = 4096, 32, 15  # beyond these a candidate would exhaust a machine


class Suggester(Protocol):
    """The part of ``optuna.Trial`` the genome needs."""

    def suggest_int(self, name: str, low: int, high: int, *, step: int = 1) -> int: ...

    def suggest_categorical(self, name: str, choices: Any) -> Any: ...


class SearchSpace(BaseModel):
    """Bounds of the space; the defaults suit small images (8x8 to 32x32). Strides left at
    ``"auto"`` are set from the input resolution by ``resolved()``, once, when a study is made."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    stem_channels: list[StrictInt] = Field(default=[8, 16], min_length=1)  # the first convolution's widths
    stem_stride: StrictInt | Literal["auto"] = "auto"  # 1 or 2; "auto": set with the strides (below)
    # first stride per stage, 1 or 2; "auto": halve until the last map is about 4 pixels wide
    strides: list[StrictInt] | Literal["auto"] = "auto"
    depths: list[tuple[StrictInt, StrictInt]] = Field(
        default=[(1, 2), (0, 3), (0, 3)], description="[min, max] blocks"
    )
    widths: list[tuple[StrictInt, StrictInt]] = Field(
        default=[(8, 32), (16, 48), (24, 64)], description="[min, max] channels"
    )
    width_divisor: StrictInt = Field(default=8, ge=1)  # every width is a multiple of this
    kernels: list[StrictInt] = Field(default=[3, 5, 7], min_length=1)  # depthwise kernel sizes
    # inverted residuals' expansion ratios
    expansions: list[StrictInt] = Field(default=[1, 3, 6], min_length=1)
    # squeeze-and-excitation, per block
    squeeze_excite: list[bool] = Field(default=[False, True], min_length=1)
    activations: list[Activation] = Field(default=["relu6", "hswish"], min_length=1)  # per block
    # 1x1 layer before pooling; 0: none
    head_channels: list[StrictInt] = Field(default=[0, 64, 128], min_length=1)

    @model_validator(mode="after")
    def _check(self) -> SearchSpace:
        n = len(self.depths)
        if n < 1 or len(self.widths) != n or (self.strides != "auto" and len(self.strides) != n):
            raise ValueError(f"depths, widths and strides need one entry per stage ({n} stages)")
        if self.strides != "auto" and any(s not in (1, 2) for s in self.strides):
            raise ValueError("strides must be 1 or 2")
        if self.stem_stride not in ("auto", 1, 2):
            raise ValueError("stem_stride must be 1, 2 or 'auto'")
        for low, high in self.depths:
            if not 0 <= low <= high:
                raise ValueError(f"depth range [{low}, {high}] needs 0 <= min <= max")
        if self.depths[0][0] < 1:
            raise ValueError("the first stage needs at least one block (depths[0] min >= 1)")
        for low, high in self.widths:
            if not 0 < low <= high or low % self.width_divisor or high % self.width_divisor:
                raise ValueError(
                    f"width range [{low}, {high}] needs 0 < min <= max, both multiples of "
                    f"width_divisor={self.width_divisor}"
                )
        if any(k < 1 or k % 2 == 0 for k in self.kernels):
            raise ValueError("kernels must be positive odd integers")
        if any(e < 1 for e in self.expansions):
            raise ValueError("expansions must be >= 1")
        if any(c < 1 for c in self.stem_channels) or any(c < 0 for c in self.head_channels):
            raise ValueError("stem_channels must be >= 1 and head_channels >= 0")
        widest = max(*self.stem_channels, *self.head_channels, *(high for _, high in self.widths))
        deepest = max(high for _, high in self.depths)
        if (
            widest > MAX_CHANNELS
            or deepest > MAX_DEPTH
            or max(self.kernels) > MAX_KERNEL
            or max(self.expansions) > 16
        ):
            raise ValueError(
                f"the space allows at most {MAX_CHANNELS} channels, {MAX_DEPTH} blocks a stage, "
                f"kernel {MAX_KERNEL} and expansion 16 (networks for this tool are small)"
            )
        return self

    @property
    def genome_names(self) -> list[str]:
        """Every parameter name the sampler sees, in order: the genome has this fixed length."""
        names = ["stem_channels"]
        for i in range(len(self.depths)):
            names += [f"s{i}_{gene}" for gene in ("depth", "width", "kernel", "expansion", "se", "act")]
        return [*names, "head_channels"]

    def resolved(self, input_shape: tuple[int, int, int]) -> SearchSpace:
        """The space with ``"auto"`` strides set for images of ``input_shape`` (C, H, W).

        The network halves the resolution until the last feature map is at most 4 pixels wide
        (as MobileNets end at 7 of 224), at least twice and at most once per stage plus the stem:
        8x8 -> 2x2, 28x28 -> 4x4, 32x32 -> 4x4, 224x224 -> 14x14. Halvings go to the last
        stages first, then the stem, then the first stage, keeping early layers cheap.
        """
        side = min(input_shape[1:])
        stages = len(self.depths)
        halvings = max(2, math.ceil(math.log2(max(side, 1) / 4)))
        halvings = max(0, min(halvings, stages + 1, math.floor(math.log2(max(side, 1)))))
        given = {"stem": self.stem_stride} if self.stem_stride != "auto" else {}
        if self.strides != "auto":
            given |= {f"s{i}": stride for i, stride in enumerate(self.strides)}
        left = halvings - sum(stride == 2 for stride in given.values())  # explicit strides count first
        places = [f"s{i}" for i in reversed(range(1, stages))] + ["stem", "s0"]
        halved = set([place for place in places if place not in given][: max(0, left)])
        update: dict[str, Any] = {}
        if self.stem_stride == "auto":
            update["stem_stride"] = 2 if "stem" in halved else 1
        if self.strides == "auto":
            update["strides"] = [2 if f"s{i}" in halved else 1 for i in range(stages)]
        return self.model_copy(update=update)


def sample_arch(space: SearchSpace, trial: Suggester) -> Arch:
    """Suggest every genome parameter (all of them, always) and decode them into an ``Arch``."""
    if space.strides == "auto" or space.stem_stride == "auto":
        raise ValueError("resolve the space's strides for an input shape first (SearchSpace.resolved)")
    stem_channels = trial.suggest_categorical("stem_channels", space.stem_channels)
    stages = []
    for i, stride in enumerate(space.strides):
        depth = trial.suggest_int(f"s{i}_depth", *space.depths[i])
        width = trial.suggest_int(f"s{i}_width", *space.widths[i], step=space.width_divisor)
        kernel = trial.suggest_categorical(f"s{i}_kernel", space.kernels)
        expansion = trial.suggest_categorical(f"s{i}_expansion", space.expansions)
        se = trial.suggest_categorical(f"s{i}_se", space.squeeze_excite)
        act = trial.suggest_categorical(f"s{i}_act", space.activations)
        if depth > 0:
            stages.append(
                Stage(
                    block="ir",
                    repeats=depth,
                    kernel=kernel,
                    stride=stride,
                    channels=width,
                    expansion=expansion,
                    se=se,
                    act=act,
                )
            )
    head_channels = trial.suggest_categorical("head_channels", space.head_channels)
    # the head's activation follows the last stage's, as in MobileNetV3
    return Arch(
        stem=Stem(channels=stem_channels, stride=space.stem_stride, act=stages[0].act),
        stages=tuple(stages),
        head_channels=head_channels,
        head_act=stages[-1].act,
    )


class _Genome:
    """Fixed genome values, answering the sampler's questions (a ``Suggester``)."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def suggest_int(self, name: str, low: int, high: int, *, step: int = 1) -> int:
        return int(self.values[name])

    def suggest_categorical(self, name: str, choices: Any) -> Any:
        return self.values[name]


def smallest_genome(space: SearchSpace) -> dict[str, Any]:
    """The genome of the cheapest network of a space: fewest and narrowest blocks, the smallest
    kernel, expansion and head, no squeeze-excite."""
    genome: dict[str, Any] = {
        "stem_channels": min(space.stem_channels),
        "head_channels": min(space.head_channels),
    }
    for i, ((depth, _), (width, _)) in enumerate(zip(space.depths, space.widths, strict=True)):
        genome |= {f"s{i}_depth": depth, f"s{i}_width": width, f"s{i}_kernel": min(space.kernels)}
        genome |= {f"s{i}_expansion": min(space.expansions), f"s{i}_se": min(space.squeeze_excite)}
        genome |= {f"s{i}_act": space.activations[0]}
    return genome


def smallest_arch(space: SearchSpace) -> Arch:
    """The cheapest network of a resolved space."""
    return decode_genome(space, smallest_genome(space))


def genome_distributions(space: SearchSpace) -> dict[str, BaseDistribution]:
    """Every genome parameter's distribution, exactly as ``sample_arch`` suggests it."""
    dists: dict[str, BaseDistribution] = {"stem_channels": CategoricalDistribution(space.stem_channels)}
    for i, ((d_low, d_high), (w_low, w_high)) in enumerate(zip(space.depths, space.widths, strict=True)):
        dists[f"s{i}_depth"] = IntDistribution(d_low, d_high)
        dists[f"s{i}_width"] = IntDistribution(w_low, w_high, step=space.width_divisor)
        dists[f"s{i}_kernel"] = CategoricalDistribution(space.kernels)
        dists[f"s{i}_expansion"] = CategoricalDistribution(space.expansions)
        dists[f"s{i}_se"] = CategoricalDistribution(space.squeeze_excite)
        dists[f"s{i}_act"] = CategoricalDistribution(space.activations)
    dists["head_channels"] = CategoricalDistribution(space.head_channels)
    return dists


def decode_genome(space: SearchSpace, values: dict[str, Any]) -> Arch:
    """The architecture a complete set of genome values stands for."""
    return sample_arch(space, _Genome(values))
