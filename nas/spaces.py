"""The search space resolved for an input shape, and the reference networks' sizes there: what
``nas spaces`` shows and ``describe_space`` returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nas.config import Config, ConfigError
from search_spaces import REFERENCES, references_for

MAX_CLASSES = 100_000
MAX_CHANNELS, MAX_SIDE = 64, 4096  # the references are counted on an image of this size


@dataclass(frozen=True)
class ReferenceNetwork:
    """A reference network (MobileNet-like) counted at the described input shape."""

    name: str
    params: int
    macs: int
    arch: str
    measured_with_studies: bool  # measured with every study of this input shape (the cost ceiling)


@dataclass(frozen=True)
class SpaceDescription:
    """The search space resolved for one input shape, its genome and the reference networks."""

    input_shape: tuple[int, int, int]
    settings: dict[str, Any]  # the space's keys as resolved for the shape (strides and all)
    genome: tuple[str, ...]  # the parameters every trial suggests
    references: tuple[ReferenceNetwork, ...]


def describe_space(config: Config, input_shape: tuple[int, ...], classes: int = 10) -> SpaceDescription:
    """``config``'s space for images of ``input_shape`` (C, H, W) and the reference networks
    counted for ``classes`` classes."""
    if len(input_shape) != 3 or min(input_shape) < 1:
        raise ConfigError(f"input_shape: expected (C, H, W), positive integers, got {input_shape}")
    if input_shape[0] > MAX_CHANNELS or max(input_shape[1:]) > MAX_SIDE:  # counted by a forward pass
        raise ConfigError(
            f"input_shape: at most {MAX_CHANNELS} channels of {MAX_SIDE}x{MAX_SIDE}, got {input_shape}"
        )
    if not 2 <= classes <= MAX_CLASSES:  # a head of a billion classes would fill the memory first
        raise ConfigError(f"classes: expected 2 to {MAX_CLASSES:,}, got {classes}")
    shape = (input_shape[0], input_shape[1], input_shape[2])
    space = config.space.resolved(shape)
    from estimators import count_complexity  # PyTorch: only the references need it
    from search_spaces import build_model

    studied = references_for(shape)
    references = []
    for name, arch in REFERENCES.items():
        counts = count_complexity(build_model(arch, shape[0], classes), shape)
        references.append(ReferenceNetwork(name, counts.params, counts.macs, str(arch), name in studied))
    return SpaceDescription(shape, space.model_dump(), tuple(space.genome_names), tuple(references))
