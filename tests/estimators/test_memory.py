"""Peak activation memory, counted from the architecture: worked examples, and the live tensors
of the built network's layers, seen by forward hooks as it runs."""

from __future__ import annotations

from dataclasses import replace

import pytest
import torch
from hypothesis import given, settings
from torch import nn

from estimators.memory import peak_activation_bytes
from search_spaces import Arch, build_model, parse_arch
from tests.strategies import small_archs


def test_worked_examples() -> None:
    # stem 1->8 on 8x8: 64 + 512; depthwise 512 + 512; pointwise 512 + 16 x 64 = 1536 values
    assert peak_activation_bytes(parse_arch("stem_k3_s1_c8-ds_r1_k3_s1_c16"), (1, 8, 8)) == 1536 * 4
    # an inverted residual keeps its 512-value input for the skip while the 3072-value
    # depthwise layer reads and writes: 3072 + 3072 + 512
    skip = parse_arch("stem_k3_s1_c8-ir_r1_k3_s1_e6_c8")
    assert peak_activation_bytes(skip, (1, 8, 8)) == 6656 * 4
    # with a stride of 2 there is no skip; the depthwise layer reads 3072 and writes a quarter
    no_skip = parse_arch("stem_k3_s1_c8-ir_r1_k3_s2_e6_c8")
    assert peak_activation_bytes(no_skip, (1, 8, 8)) == (3072 + 768) * 4


def convolution_peak(arch: Arch, input_shape: tuple[int, int, int]) -> int:
    """The largest input plus output of any convolution of the built network, by hooks."""
    model = build_model(arch, input_shape[0], 10).eval()
    seen: list[int] = []

    def hook(module: nn.Module, inputs: tuple[torch.Tensor, ...], output: torch.Tensor) -> None:
        seen.append(inputs[0].numel() + output.numel())

    for module in model.modules():
        if isinstance(module, nn.Conv2d):
            module.register_forward_hook(hook)
    with torch.no_grad():
        model(torch.zeros(1, *input_shape))
    return max(seen) * 4


@settings(max_examples=40, deadline=None)
@given(small_archs)
@pytest.mark.slow
def test_no_layer_of_the_built_network_needs_more_than_the_peak(arch: Arch) -> None:
    shape = (3, 16, 16)
    assert peak_activation_bytes(arch, shape) >= convolution_peak(arch, shape)


def _plain(arch: Arch) -> Arch:
    """The same network without skips or squeeze-excite: depthwise-separable blocks only."""
    stages = tuple(replace(s, block="ds", expansion=1, se=False) for s in arch.stages)
    return replace(arch, stages=stages)


@settings(max_examples=40, deadline=None)
@given(small_archs.map(_plain))
def test_without_skips_the_peak_is_the_largest_layer(arch: Arch) -> None:
    shape = (3, 16, 16)
    assert peak_activation_bytes(arch, shape) == convolution_peak(arch, shape)
