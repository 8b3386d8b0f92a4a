"""Exact static cost of a built model at one input shape: parameters, MACs and bytes moved.

MACs count the multiply-accumulates of convolutions (grouped and depthwise included) and
linear layers, the convention of the MobileNet papers; batch norm, activations, pooling,
the squeeze-excite product and residual additions are not MACs. ``inference_params`` counts
what an inference graph stores after batch norm is folded into the preceding convolution
(one bias per channel instead of BN's scale and shift): the ONNX initialisers hold exactly that.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import torch
from torch import nn


@dataclass(frozen=True)
class Complexity:
    params: int  # trainable parameters, as papers count them
    inference_params: int  # weights after folding batch norm, as the ONNX graph stores them
    macs: int  # multiply-accumulates for one input
    activation_elements: int  # inputs read plus outputs written by every conv and linear layer
    input_shape: tuple[int, ...]  # (channels, height, width)

    def weight_bytes(self, bytes_per_value: int = 4) -> int:
        return self.inference_params * bytes_per_value

    def activation_bytes(self, bytes_per_value: int = 4) -> int:
        return self.activation_elements * bytes_per_value


def count_complexity(model: nn.Module, input_shape: tuple[int, ...]) -> Complexity:
    """Count by running one forward pass on a zero input of ``(1, *input_shape)``."""
    macs = 0
    activations = 0
    inference_params = 0

    def on_conv(module: nn.Conv2d, inputs: tuple[torch.Tensor, ...], output: torch.Tensor) -> None:
        nonlocal macs, activations
        kernel_elements = module.kernel_size[0] * module.kernel_size[1]
        macs += output.numel() * (module.in_channels // module.groups) * kernel_elements
        activations += inputs[0].numel() + output.numel()

    def on_linear(module: nn.Linear, inputs: tuple[torch.Tensor, ...], output: torch.Tensor) -> None:
        nonlocal macs, activations
        macs += output.numel() * module.in_features
        activations += inputs[0].numel() + output.numel()

    folded = _convs_followed_by_batch_norm(model)
    handles = []
    for module in model.modules():
        if isinstance(module, nn.Conv2d):
            handles.append(module.register_forward_hook(on_conv))
            inference_params += module.weight.numel()
            # a bias of its own, or the one batch norm folds into it
            inference_params += module.out_channels if module.bias is not None or id(module) in folded else 0
        elif isinstance(module, nn.Linear):
            handles.append(module.register_forward_hook(on_linear))
            inference_params += module.weight.numel() + (
                module.out_features if module.bias is not None else 0
            )
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            model(torch.zeros(1, *input_shape))
    finally:
        model.train(was_training)
        for handle in handles:
            handle.remove()
    params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return Complexity(params, inference_params, macs, activations, tuple(input_shape))


def _convs_followed_by_batch_norm(model: nn.Module) -> set[int]:
    """Ids of convolutions directly followed by a BatchNorm2d in their ``nn.Sequential``."""
    folded = set()
    for module in model.modules():
        if isinstance(module, nn.Sequential):
            children = list(module.children())
            for first, second in pairwise(children):
                if isinstance(first, nn.Conv2d) and isinstance(second, nn.BatchNorm2d):
                    folded.add(id(first))
    return folded
