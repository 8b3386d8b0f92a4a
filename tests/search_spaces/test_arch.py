from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from estimators import count_complexity
from search_spaces import Arch, ArchError, Stage, build_model, format_arch, parse_arch, static_counts
from tests.strategies import archs, small_archs


@given(archs)
def test_string_round_trip(arch: Arch) -> None:
    text = format_arch(arch)
    assert parse_arch(text) == arch
    assert format_arch(parse_arch(text)) == text


@given(archs)
def test_json_round_trip_and_stable_id(arch: Arch) -> None:
    again = Arch.from_json(arch.to_json())
    assert again == arch
    assert again.arch_id == arch.arch_id


def test_string_is_compact_and_readable() -> None:
    arch = parse_arch("stem_k3_s2_c16-ir_r2_k5_s2_e6_c24_se_hs-head_c128")
    assert arch.stages[0] == Stage("ir", 2, 5, 2, 24, expansion=6, se=True, act="hswish")
    assert arch.stem.act == "relu6" and arch.head_channels == 128
    assert str(arch) == "stem_k3_s2_c16-ir_r2_k5_s2_e6_c24_se_hs-head_c128"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "starts with a stem"),
        ("stem_k3_s2_c16", "starts with a stem"),
        ("stem_k3_s2_c16-xx_r1_k3_s1_c8", "does not start with"),
        ("stem_k3_s2_c16-ir_r1_k3_s1_c8", "lacks e"),
        ("stem_k3_s2_c16-ir_r1_k4_s1_e2_c8", "odd"),
        ("stem_k3_s2_c16-ir_r1_k3_s3_e2_c8", "stride"),
        ("stem_k3_s2_c16-ds_r1_k3_s1_e2_c8", "unknown token"),
        ("stem_k3_s2_c16-ir_r0_k3_s1_e2_c8", "positive"),
        ("stem_k3_s2_c16-ir_r1_k3_k5_s1_e2_c8", "repeated"),
        ("stem_k3_s2_c16-ir_r1_k3_s1_e2_c8_zz", "unknown token"),
    ],
)
def test_bad_strings_name_the_problem(text: str, message: str) -> None:
    with pytest.raises(ArchError, match=message):
        parse_arch(text)


def test_bad_json_is_an_arch_error() -> None:
    with pytest.raises(ArchError):
        Arch.from_json('{"stem": {}}')


@settings(max_examples=60, deadline=None)
@given(small_archs, st.integers(1, 3), st.integers(3, 40), st.integers(3, 40), st.integers(2, 20))
def test_static_counts_equal_what_running_the_network_counts(
    arch: Arch, channels: int, height: int, width: int, classes: int
) -> None:
    """The sampler's arithmetic count is the objective's count, for any architecture and input."""
    counted = count_complexity(build_model(arch, channels, classes), (channels, height, width))
    assert static_counts(arch, (channels, height, width), classes) == (counted.params, counted.macs)
