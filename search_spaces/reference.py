"""Hand-designed reference networks as ``Arch`` values, built and measured like candidates.

MobileNetV1: Howard et al. 2017, arXiv:1704.04861, Table 1 (width multiplier alpha scales
every layer). MobileNetV2: Sandler et al. 2018, arXiv:1801.04381, Table 2 (channels rounded to
multiples of 8; the 1280-wide head is kept for multipliers below 1). At 224x224x3 with 1000
classes they have the published parameter and multiply-add counts (tests check this).

Small inputs (28x28, 32x32) would collapse the as-published networks' feature maps to 1x1, so
each also has the ``_cifar`` variant the literature trains on CIFAR (as in the widely used
pytorch-cifar implementations): stride 1 in the stem, and for MobileNetV2 also in the first
reduction stage (the 24-channel one), so a 32x32 input ends at 4x4 rather than 1x1.
"""

from __future__ import annotations

from search_spaces.arch import Arch, Stage, Stem, make_divisible

# (output channels, repeats, first stride) per MobileNetV1 stage
_V1_STAGES = ((64, 1, 1), (128, 2, 2), (256, 2, 2), (512, 6, 2), (1024, 2, 2))
# (expansion t, output channels c, repeats n, first stride s) per MobileNetV2 stage
_V2_STAGES = (
    (1, 16, 1, 1),
    (6, 24, 2, 2),
    (6, 32, 3, 2),
    (6, 64, 4, 2),
    (6, 96, 3, 1),
    (6, 160, 3, 2),
    (6, 320, 1, 1),
)


def mobilenet_v1(width: float = 1.0, small_input: bool = False) -> Arch:
    """MobileNetV1 at width multiplier ``width``; ``small_input``: the CIFAR variant (stem stride 1)."""
    stages = tuple(
        Stage(block="ds", repeats=n, kernel=3, stride=s, channels=int(c * width)) for c, n, s in _V1_STAGES
    )
    return Arch(stem=Stem(channels=int(32 * width), stride=1 if small_input else 2), stages=stages)


def mobilenet_v2(width: float = 1.0, small_input: bool = False) -> Arch:
    """MobileNetV2 at width multiplier ``width``; ``small_input``: the CIFAR variant (stride 1 in
    the stem and in the first reduction stage)."""
    stages = tuple(
        Stage(
            block="ir",
            repeats=n,
            kernel=3,
            stride=1 if small_input and c == 24 else s,
            expansion=t,
            channels=make_divisible(c * width),
        )
        for t, c, n, s in _V2_STAGES
    )
    stem_stride = 1 if small_input else 2
    head = make_divisible(1280 * width) if width > 1.0 else 1280
    return Arch(
        stem=Stem(channels=make_divisible(32 * width), stride=stem_stride),
        stages=stages,
        head_channels=head,
    )


REFERENCES: dict[str, Arch] = {
    "mobilenet_v1": mobilenet_v1(1.0),
    "mobilenet_v1_0.75": mobilenet_v1(0.75),
    "mobilenet_v1_0.5": mobilenet_v1(0.5),
    "mobilenet_v1_0.25": mobilenet_v1(0.25),
    "mobilenet_v2": mobilenet_v2(1.0),
    "mobilenet_v2_0.75": mobilenet_v2(0.75),
    "mobilenet_v2_0.5": mobilenet_v2(0.5),
    "mobilenet_v2_0.35": mobilenet_v2(0.35),
    "mobilenet_v1_0.5_cifar": mobilenet_v1(0.5, small_input=True),
    "mobilenet_v1_0.25_cifar": mobilenet_v1(0.25, small_input=True),
    "mobilenet_v2_0.5_cifar": mobilenet_v2(0.5, small_input=True),
    "mobilenet_v2_0.35_cifar": mobilenet_v2(0.35, small_input=True),
}
SMALL_INPUT_SIDE = 64  # up to this side, the _cifar variants are the fair references


def references_for(input_shape: tuple[int, int, int]) -> tuple[str, ...]:
    """The smallest published MobileNets, as adapted to this resolution: what a search must beat."""
    suffix = "_cifar" if min(input_shape[1:]) <= SMALL_INPUT_SIDE else ""
    return (f"mobilenet_v1_0.25{suffix}", f"mobilenet_v2_0.35{suffix}")
