"""The MobileNet-like search space and its fixed-length genome.

Optuna's NSGA-II crosses over only the parameters that every trial has, so every genome
parameter is suggested in every trial: a stage of depth 0 is how a stage goes missing, and
``sample_arch`` drops it (with its now meaningless kernel, width...) from the ``Arch``.
"""

from __future__ import annotations

from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, model_validator

from search_spaces.arch import Activation, Arch, Stage, Stem


class Suggester(Protocol):
    """The part of ``optuna.Trial`` the genome needs."""

    def suggest_int(self, name: str, low: int, high: int, *, step: int = 1) -> int: ...

    def suggest_categorical(self, name: str, choices: Any) -> Any: ...


class SearchSpace(BaseModel):
    """Bounds of the space; the defaults suit small images such as the 8x8 digits."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    stem_channels: list[int] = Field(default=[8, 16], min_length=1)
    stem_stride: int = Field(default=1, ge=1, le=2)
    strides: list[int] = Field(default=[1, 2, 2], min_length=1, description="first stride per stage")
    depths: list[tuple[int, int]] = Field(default=[(1, 2), (0, 3), (0, 3)], description="[min, max] blocks")
    widths: list[tuple[int, int]] = Field(
        default=[(8, 32), (16, 48), (24, 64)], description="[min, max] channels"
    )
    width_divisor: int = Field(default=8, ge=1)
    kernels: list[int] = Field(default=[3, 5, 7], min_length=1)
    expansions: list[int] = Field(default=[1, 3, 6], min_length=1)
    squeeze_excite: list[bool] = Field(default=[False, True], min_length=1)
    activations: list[Activation] = Field(default=["relu6", "hswish"], min_length=1)
    head_channels: list[int] = Field(default=[0, 64, 128], min_length=1)

    @model_validator(mode="after")
    def _check(self) -> SearchSpace:
        n = len(self.strides)
        if len(self.depths) != n or len(self.widths) != n:
            raise ValueError(f"strides, depths and widths need one entry per stage ({n} stages)")
        if any(s not in (1, 2) for s in self.strides):
            raise ValueError("strides must be 1 or 2")
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
        return self

    @property
    def genome_names(self) -> list[str]:
        """Every parameter name the sampler sees, in order: the genome has this fixed length."""
        names = ["stem_channels"]
        for i in range(len(self.strides)):
            names += [f"s{i}_{gene}" for gene in ("depth", "width", "kernel", "expansion", "se", "act")]
        return [*names, "head_channels"]


def sample_arch(space: SearchSpace, trial: Suggester) -> Arch:
    """Suggest every genome parameter (all of them, always) and decode them into an ``Arch``."""
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
