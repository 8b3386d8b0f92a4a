"""Hypothesis strategies shared by the tests: architectures of every shape the space allows."""

from __future__ import annotations

from hypothesis import strategies as st

from search_spaces import Arch, Stage, Stem
from search_spaces.arch import Activation, BlockType

ACTIVATIONS: list[Activation] = ["relu6", "hswish"]
BLOCKS: list[BlockType] = ["ds", "ir"]
acts = st.sampled_from(ACTIVATIONS)
kernels = st.sampled_from([1, 3, 5, 7, 9])


@st.composite
def stages(draw: st.DrawFn, channels: int = 512, repeats: int = 8, expansion: int = 8) -> Stage:
    block = draw(st.sampled_from(BLOCKS))
    return Stage(
        block=block,
        repeats=draw(st.integers(1, repeats)),
        kernel=draw(kernels),
        stride=draw(st.sampled_from([1, 2])),
        channels=draw(st.integers(1, channels)),
        expansion=1 if block == "ds" else draw(st.integers(1, expansion)),
        se=draw(st.booleans()),
        act=draw(acts),
    )


def archs_up_to(
    channels: int, repeats: int, expansion: int, stage_count: int, head: int
) -> st.SearchStrategy[Arch]:
    return st.builds(
        Arch,
        stem=st.builds(
            Stem, channels=st.integers(1, channels), kernel=kernels, stride=st.sampled_from([1, 2]), act=acts
        ),
        stages=st.lists(stages(channels, repeats, expansion), min_size=1, max_size=stage_count).map(tuple),
        head_channels=st.integers(0, head),
        head_act=acts,
    )


archs = archs_up_to(channels=512, repeats=8, expansion=8, stage_count=7, head=2048)
small_archs = archs_up_to(channels=40, repeats=3, expansion=6, stage_count=4, head=64)  # quick to build
