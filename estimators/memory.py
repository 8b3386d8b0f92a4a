"""Peak activation memory of one inference, counted from the architecture: the most bytes of
feature maps alive at once when the layers run one after another (batch 1, float32).

At each layer the live tensors are its input and its output, plus the block input that an
inverted residual holds for its skip connection until the addition. Weights are not counted
(``params`` covers them), nor the runtime's own scratch space. This is the figure a small
device's RAM must hold besides the weights (MCUNet's "peak SRAM"), and it differs from MACs:
a wide early layer on a large map costs memory that few MACs reveal.
"""

from __future__ import annotations

from search_spaces.arch import Arch

BYTES_PER_VALUE = 4  # float32, as the ONNX model runs


def peak_activation_bytes(arch: Arch, input_shape: tuple[int, int, int]) -> int:
    """The peak, in bytes, of ``arch`` built for images of ``input_shape`` (C, H, W)."""
    channels, height, width = input_shape
    peak = 0

    def layer(in_ch: int, out_ch: int, kernel: int, stride: int, held: int = 0) -> int:
        """Run one convolution on the current map; ``held``: elements kept alive beside it."""
        nonlocal peak, height, width
        before = in_ch * height * width
        height = (height + 2 * (kernel // 2) - kernel) // stride + 1
        width = (width + 2 * (kernel // 2) - kernel) // stride + 1
        after = out_ch * height * width
        peak = max(peak, before + after + held)
        return after

    layer(channels, arch.stem.channels, arch.stem.kernel, arch.stem.stride)
    current = arch.stem.channels
    for stage in arch.stages:
        for index in range(stage.repeats):
            stride = stage.stride if index == 0 else 1
            skip = stage.block == "ir" and stride == 1 and current == stage.channels
            block_input = current * height * width
            held = block_input if skip else 0
            mid = current if stage.block == "ds" else current * stage.expansion
            if stage.block == "ir" and stage.expansion > 1:
                layer(current, mid, 1, 1)  # the block input is this layer's own input
            mid_size = layer(mid, mid, stage.kernel, stride, held)
            if stage.se:  # the gate multiplies the map into a new one of the same size
                peak = max(peak, 2 * mid_size + held)
            layer(mid, stage.channels, 1, 1, held)
            current = stage.channels
    if arch.head_channels:
        layer(current, arch.head_channels, 1, 1)
    return peak * BYTES_PER_VALUE
