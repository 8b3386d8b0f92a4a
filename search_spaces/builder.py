"""A pure function from ``Arch`` to ``torch.nn.Module``: no registries, no hidden state.

Each block decides once, in its constructor, which parts it has; unused parts are
``nn.Identity`` so ``forward`` reads as a flat sequence.
"""

from __future__ import annotations

import torch
from torch import nn

from search_spaces.arch import Activation, Arch, Block, blocks, make_divisible

SE_RATIO = 0.25  # squeeze-excite bottleneck relative to the block's expanded width


def _activation(act: Activation | None) -> nn.Module:
    if act is None:
        return nn.Identity()
    return nn.ReLU6(inplace=True) if act == "relu6" else nn.Hardswish(inplace=True)


class ConvBnAct(nn.Sequential):
    def __init__(
        self,
        in_ch: int,
        out_ch: int,
        kernel: int,
        stride: int = 1,
        groups: int = 1,
        act: Activation | None = "relu6",
    ) -> None:
        super().__init__(
            nn.Conv2d(in_ch, out_ch, kernel, stride, padding=kernel // 2, groups=groups, bias=False),
            nn.BatchNorm2d(out_ch),
            _activation(act),
        )


class SqueezeExcite(nn.Module):
    def __init__(self, channels: int) -> None:
        super().__init__()
        reduced = make_divisible(channels * SE_RATIO, 8)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.reduce = nn.Conv2d(channels, reduced, 1)
        self.act = nn.ReLU(inplace=True)
        self.expand = nn.Conv2d(reduced, channels, 1)
        self.gate = nn.Hardsigmoid()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        scale: torch.Tensor = self.gate(self.expand(self.act(self.reduce(self.pool(x)))))
        return x * scale


class DepthwiseSeparable(nn.Module):
    """MobileNetV1 block: depthwise conv, then pointwise conv, both activated; no skip."""

    def __init__(self, block: Block) -> None:
        super().__init__()
        stage, width = block.stage, block.in_channels
        self.dw = ConvBnAct(width, width, stage.kernel, block.stride, groups=width, act=stage.act)
        self.se = SqueezeExcite(width) if stage.se else nn.Identity()
        self.pw = ConvBnAct(width, block.out_channels, 1, act=stage.act)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.pw(self.se(self.dw(x)))
        return out


class InvertedResidual(nn.Module):
    """MobileNetV2 block: 1x1 expand, depthwise, linear 1x1 project, skip when shapes allow."""

    def __init__(self, block: Block) -> None:
        super().__init__()
        stage, mid = block.stage, block.mid_channels
        self.expand = ConvBnAct(block.in_channels, mid, 1, act=stage.act) if block.expands else nn.Identity()
        self.dw = ConvBnAct(mid, mid, stage.kernel, block.stride, groups=mid, act=stage.act)
        self.se = SqueezeExcite(mid) if stage.se else nn.Identity()
        self.project = ConvBnAct(mid, block.out_channels, 1, act=None)
        self.has_skip = block.residual

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out: torch.Tensor = self.project(self.se(self.dw(self.expand(x))))
        return out + x if self.has_skip else out


class Net(nn.Module):
    def __init__(self, stem: nn.Module, blocks: nn.Sequential, head: nn.Module, classifier: nn.Linear):
        super().__init__()
        self.stem = stem
        self.blocks = blocks
        self.head = head
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.classifier = classifier

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.head(self.blocks(self.stem(x)))
        logits: torch.Tensor = self.classifier(torch.flatten(self.pool(x), 1))
        return logits


def build_model(arch: Arch, in_channels: int, num_classes: int) -> Net:
    """Build the network for images with ``in_channels`` channels of any height and width."""
    if in_channels < 1 or num_classes < 2:
        raise ValueError(f"need in_channels >= 1 and num_classes >= 2, got {in_channels}, {num_classes}")
    stem = ConvBnAct(in_channels, arch.stem.channels, arch.stem.kernel, arch.stem.stride, act=arch.stem.act)
    layers: list[nn.Module] = []
    width = arch.stem.channels
    for block in blocks(arch):
        layers.append(DepthwiseSeparable(block) if block.stage.block == "ds" else InvertedResidual(block))
        width = block.out_channels
    head: nn.Module = nn.Identity()
    if arch.head_channels:
        head = ConvBnAct(width, arch.head_channels, 1, act=arch.head_act)
        width = arch.head_channels
    model = Net(stem, nn.Sequential(*layers), head, nn.Linear(width, num_classes))
    _init_weights(model)
    return model


def _init_weights(model: nn.Module) -> None:
    for module in model.modules():
        if isinstance(module, nn.Conv2d):
            nn.init.kaiming_normal_(module.weight, mode="fan_out")
            if module.bias is not None:
                nn.init.zeros_(module.bias)
        elif isinstance(module, nn.BatchNorm2d):
            nn.init.ones_(module.weight)
            nn.init.zeros_(module.bias)
        elif isinstance(module, nn.Linear):
            nn.init.normal_(module.weight, 0, 0.01)
            nn.init.zeros_(module.bias)


def static_counts(arch: Arch, input_shape: tuple[int, int, int], num_classes: int) -> tuple[int, int]:
    """Trainable parameters and multiply-accumulates of ``build_model(arch, ...)`` for one input
    of ``input_shape``, by arithmetic: what ``estimators.count_complexity`` counts by building and
    running the network, in microseconds instead of tens of milliseconds (the sampler counts
    every candidate it breeds). A test keeps the two equal."""
    channels, height, width = input_shape
    params = macs = 0

    def conv(in_ch: int, out_ch: int, kernel: int, stride: int = 1, groups: int = 1) -> None:
        """A ``ConvBnAct``: a bias-free convolution and its batch norm's scale and shift."""
        nonlocal params, macs, height, width
        height = (height + 2 * (kernel // 2) - kernel) // stride + 1
        width = (width + 2 * (kernel // 2) - kernel) // stride + 1
        weights = out_ch * (in_ch // groups) * kernel * kernel
        params += weights + 2 * out_ch
        macs += weights * height * width

    def squeeze_excite(ch: int) -> None:
        nonlocal params, macs
        reduced = make_divisible(ch * SE_RATIO, 8)
        params += 2 * reduced * ch + reduced + ch  # two 1x1 convolutions with biases
        macs += 2 * reduced * ch  # on the pooled 1x1 map

    conv(channels, arch.stem.channels, arch.stem.kernel, arch.stem.stride)
    current = arch.stem.channels
    for block in blocks(arch):
        mid = block.mid_channels
        if block.expands:
            conv(block.in_channels, mid, 1)
        conv(mid, mid, block.stage.kernel, block.stride, groups=mid)
        if block.stage.se:
            squeeze_excite(mid)
        conv(mid, block.out_channels, 1)
        current = block.out_channels
    if arch.head_channels:
        conv(current, arch.head_channels, 1)
        current = arch.head_channels
    params += current * num_classes + num_classes
    macs += current * num_classes
    return params, macs
