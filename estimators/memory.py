"""Peak activation memory of one inference, counted from the architecture: the most bytes of
feature maps alive at once when the layers run one after another (batch 1, float32).

At each layer the live tensors are its input and its output, plus the block input that an
inverted residual holds for its skip connection until the addition. Weights are not counted
(``params`` covers them), nor the runtime's own scratch space. This is the figure a small
device's RAM must hold besides the weights (MCUNet's "peak SRAM"), and it differs from MACs:
a wide early layer on a large map costs memory that few MACs reveal.
"""

from __future__ import annotations

from search_spaces.arch import Arch, blocks

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
    for block in blocks(arch):
        held = block.in_channels * height * width if block.residual else 0  # the block input, added back
        mid = block.mid_channels
        if block.expands:
            layer(block.in_channels, mid, 1, 1)  # the block input is this layer's own input
        mid_size = layer(mid, mid, block.stage.kernel, block.stride, held)
        if block.stage.se:  # the gate multiplies the map into a new one of the same size
            peak = max(peak, 2 * mid_size + held)
        layer(mid, block.out_channels, 1, 1, held)
        current = block.out_channels
    if arch.head_channels:
        layer(current, arch.head_channels, 1, 1)
    return peak * BYTES_PER_VALUE
