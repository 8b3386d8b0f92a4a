"""Architectures as values.

A network is a stem convolution, a list of stages of depthwise-separable (``ds``) or
inverted-residual (``ir``) blocks, an optional 1x1 head convolution and a linear classifier.
Every ``Arch`` formats to a compact string and parses back from it, e.g.::

    stem_k3_s1_c16-ir_r1_k3_s1_e1_c16-ir_r2_k5_s2_e6_c24_se_hs-head_c128

Stage tokens: type, ``r`` repeats, ``k`` kernel, ``s`` stride of the first block, ``e``
expansion (``ir`` only), ``c`` output channels, ``se`` squeeze-excite, ``hs`` hard-swish
(ReLU6 otherwise). Defaults (no SE, ReLU6, no head) are omitted, so the string is canonical.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Literal

Activation = Literal["relu6", "hswish"]
BlockType = Literal["ds", "ir"]
ACTIVATIONS: tuple[Activation, ...] = ("relu6", "hswish")
BLOCK_TYPES: tuple[BlockType, ...] = ("ds", "ir")


class ArchError(ValueError):
    """An architecture string or value that does not describe a valid network."""


def make_divisible(value: float, divisor: int = 8, min_value: int | None = None) -> int:
    """Round ``value`` to the nearest multiple of ``divisor``, never dropping below 90% of it.

    The rule used by the MobileNet family, so width-scaled references match published counts.
    """
    floor = divisor if min_value is None else min_value
    rounded = max(floor, int(value + divisor / 2) // divisor * divisor)
    if rounded < 0.9 * value:
        rounded += divisor
    return rounded


@dataclass(frozen=True)
class Stem:
    channels: int
    kernel: int = 3
    stride: int = 2
    act: Activation = "relu6"

    def __post_init__(self) -> None:
        _check_positive("stem channels", self.channels)
        _check_kernel(self.kernel)
        _check_stride(self.stride)
        _check_act(self.act)


@dataclass(frozen=True)
class Stage:
    block: BlockType
    repeats: int
    kernel: int
    stride: int
    channels: int
    expansion: int = 1
    se: bool = False
    act: Activation = "relu6"

    def __post_init__(self) -> None:
        if self.block not in BLOCK_TYPES:
            raise ArchError(f"block type {self.block!r} is not one of {', '.join(BLOCK_TYPES)}")
        _check_positive("repeats", self.repeats)
        _check_kernel(self.kernel)
        _check_stride(self.stride)
        _check_positive("channels", self.channels)
        _check_positive("expansion", self.expansion)
        if self.block == "ds" and self.expansion != 1:
            raise ArchError("a ds (depthwise-separable) stage has no expansion; use ir")
        _check_act(self.act)


@dataclass(frozen=True)
class Arch:
    stem: Stem
    stages: tuple[Stage, ...]
    head_channels: int = 0  # 0: no head convolution before pooling
    head_act: Activation = "relu6"

    def __post_init__(self) -> None:
        if not self.stages:
            raise ArchError("an architecture needs at least one stage")
        if self.head_channels < 0:
            raise ArchError(f"head channels must be >= 0, got {self.head_channels}")
        _check_act(self.head_act)
        if self.head_channels == 0:  # no head, so its activation means nothing: normalise it away
            object.__setattr__(self, "head_act", "relu6")

    def __str__(self) -> str:
        return format_arch(self)

    @property
    def arch_id(self) -> str:
        """A short stable hash of the canonical string, for caches and run names."""
        return hashlib.sha1(format_arch(self).encode()).hexdigest()[:12]

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Arch:
        try:
            data = json.loads(text)
            return cls(
                stem=Stem(**data["stem"]),
                stages=tuple(Stage(**stage) for stage in data["stages"]),
                head_channels=data.get("head_channels", 0),
                head_act=data.get("head_act", "relu6"),
            )
        except (KeyError, TypeError, json.JSONDecodeError) as error:
            raise ArchError(f"not an architecture JSON document: {error}") from None

    @classmethod
    def parse(cls, text: str) -> Arch:
        return parse_arch(text)


@dataclass(frozen=True)
class Block:
    """One block of an architecture as it is built, what every walk over the network needs: the
    builder, the static counts and the peak activation memory (so the three agree)."""

    stage: Stage
    in_channels: int
    stride: int  # the stage's stride for its first block, 1 for the rest

    @property
    def out_channels(self) -> int:
        return self.stage.channels

    @property
    def expands(self) -> bool:
        """An inverted residual with an expansion: a 1x1 convolution widens the input first."""
        return self.stage.block == "ir" and self.stage.expansion > 1

    @property
    def mid_channels(self) -> int:
        """The depthwise convolution's width."""
        return self.in_channels * (self.stage.expansion if self.stage.block == "ir" else 1)

    @property
    def residual(self) -> bool:
        """An inverted residual that keeps size and width adds its input back."""
        return self.stage.block == "ir" and self.stride == 1 and self.in_channels == self.out_channels


def blocks(arch: Arch) -> Iterator[Block]:
    """The architecture's blocks in order, each with its input width and stride."""
    width = arch.stem.channels
    for stage in arch.stages:
        for index in range(stage.repeats):
            yield Block(stage, width, stage.stride if index == 0 else 1)
            width = stage.channels


def _check_positive(name: str, value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ArchError(f"{name} must be a positive integer, got {value!r}")


def _check_kernel(kernel: int) -> None:
    if not isinstance(kernel, int) or kernel < 1 or kernel % 2 == 0:
        raise ArchError(f"kernel must be a positive odd integer, got {kernel!r}")


def _check_stride(stride: int) -> None:
    if stride not in (1, 2):
        raise ArchError(f"stride must be 1 or 2, got {stride!r}")


def _check_act(act: str) -> None:
    if act not in ACTIVATIONS:
        raise ArchError(f"activation {act!r} is not one of {', '.join(ACTIVATIONS)}")


def _act_suffix(act: Activation) -> str:
    return "_hs" if act == "hswish" else ""


def format_arch(arch: Arch) -> str:
    stem = arch.stem
    parts = [f"stem_k{stem.kernel}_s{stem.stride}_c{stem.channels}{_act_suffix(stem.act)}"]
    for st in arch.stages:
        expansion = f"_e{st.expansion}" if st.block == "ir" else ""
        se = "_se" if st.se else ""
        parts.append(
            f"{st.block}_r{st.repeats}_k{st.kernel}_s{st.stride}{expansion}_c{st.channels}"
            f"{se}{_act_suffix(st.act)}"
        )
    if arch.head_channels:
        parts.append(f"head_c{arch.head_channels}{_act_suffix(arch.head_act)}")
    return "-".join(parts)


_NUMBER_TOKEN = re.compile(r"^([a-z])(\d+)$")


def _parse_tokens(part: str, allowed: str) -> tuple[dict[str, int], bool, Activation]:
    """Split ``k3_s2_c16_se_hs`` into numbers by letter, the SE flag and the activation."""
    numbers: dict[str, int] = {}
    se = False
    act: Activation = "relu6"
    for token in part.split("_"):
        if token == "se":
            se = True
        elif token == "hs":
            act = "hswish"
        elif (match := _NUMBER_TOKEN.match(token)) and match.group(1) in allowed:
            letter = match.group(1)
            if letter in numbers:
                raise ArchError(f"token {letter!r} repeated in {part!r}")
            numbers[letter] = int(match.group(2))
        else:
            raise ArchError(f"unknown token {token!r} in {part!r}")
    return numbers, se, act


def _require(numbers: dict[str, int], letters: str, part: str) -> None:
    missing = [letter for letter in letters if letter not in numbers]
    if missing:
        raise ArchError(f"{part!r} lacks {', '.join(missing)}")


def parse_arch(text: str) -> Arch:
    """Parse the string written by :func:`format_arch`; raise ``ArchError`` naming the bad part."""
    parts = text.strip().split("-")
    if len(parts) < 2 or not parts[0].startswith("stem_"):
        raise ArchError(f"an architecture string starts with a stem part and a stage: {text!r}")
    numbers, se, act = _parse_tokens(parts[0].removeprefix("stem_"), "ksc")
    _require(numbers, "c", parts[0])
    if se:
        raise ArchError("the stem has no squeeze-excite")
    stem = Stem(channels=numbers["c"], kernel=numbers.get("k", 3), stride=numbers.get("s", 2), act=act)
    head_channels = 0
    head_act: Activation = "relu6"
    body = parts[1:]
    if body[-1].startswith("head_"):
        numbers, se, head_act = _parse_tokens(body[-1].removeprefix("head_"), "c")
        _require(numbers, "c", body[-1])
        head_channels = numbers["c"]
        body = body[:-1]
    stages = []
    for part in body:
        block, _, rest = part.partition("_")
        if block not in BLOCK_TYPES:
            raise ArchError(f"stage {part!r} does not start with {' or '.join(BLOCK_TYPES)}")
        numbers, se, act = _parse_tokens(rest, "rksec" if block == "ir" else "rksc")
        _require(numbers, "rksc" + ("e" if block == "ir" else ""), part)
        stages.append(
            Stage(
                block=block,
                repeats=numbers["r"],
                kernel=numbers["k"],
                stride=numbers["s"],
                channels=numbers["c"],
                expansion=numbers.get("e", 1),
                se=se,
                act=act,
            )
        )
    return Arch(stem=stem, stages=tuple(stages), head_channels=head_channels, head_act=head_act)
