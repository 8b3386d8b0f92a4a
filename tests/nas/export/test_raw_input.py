"""The exported graph that takes uint8 images as stored: its cheap front computes exactly what
the network computes on normalised images, for the space's networks and the MobileNets."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import onnx
import optuna
import pytest
import torch
from torch import nn

from estimators import make_session
from nas.export.onnx import Graph, RawImages
from search_spaces import REFERENCES, SearchSpace, build_model, references_for, sample_arch

SHAPE = (1, 28, 28)
MEAN, STD = 72.94, 90.02  # Fashion-MNIST's, in pixel values: neither is a whole number


def _randomised(model: nn.Module) -> nn.Module:
    """Batch norm with statistics of its own, so that folding it is exercised."""
    generator = torch.Generator().manual_seed(0)
    for module in model.modules():
        if isinstance(module, nn.BatchNorm2d):
            assert module.running_mean is not None and module.running_var is not None
            module.running_mean.copy_(torch.randn(module.num_features, generator=generator) * 0.3)
            module.running_var.copy_(torch.rand(module.num_features, generator=generator) + 0.5)
    return model.eval()


def _outputs(graph: Graph, images: torch.Tensor) -> tuple[np.ndarray, np.ndarray, list[str]]:
    model_bytes = graph.onnx()
    session = make_session(model_bytes, threads=1, spinning=False)
    (actual,) = session.run(None, {session.get_inputs()[0].name: images.numpy()})
    with torch.no_grad():
        expected = graph.module(images).numpy()
    return actual, expected, [node.op_type for node in onnx.load_from_string(model_bytes).graph.node]


def _networks() -> Mapping[str, nn.Module]:
    study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=3))
    space = SearchSpace().resolved(SHAPE)
    sampled = {f"sampled {i}": build_model(sample_arch(space, study.ask()), 1, 10) for i in range(4)}
    return sampled | {name: build_model(REFERENCES[name], 1, 10) for name in references_for(SHAPE)}


@pytest.mark.parametrize("trained", [True, False])
@pytest.mark.parametrize("name", list(_networks()))
@pytest.mark.slow
def test_the_cheap_front_computes_what_the_network_does_on_normalised_images(
    name: str, trained: bool
) -> None:
    """Trained: batch norm with statistics of its own. Untrained: as initialised, so that folded
    biases are equal and the exporter shares them (and the stem's) through Identity nodes."""
    network = _randomised(_networks()[name]) if trained else _networks()[name].eval()
    graph = Graph(RawImages(network, MEAN, STD).eval(), (28, 28, 1), torch.uint8, raw=True)
    images = torch.randint(
        0, 256, (16, 28, 28, 1), generator=torch.Generator().manual_seed(1), dtype=torch.uint8
    )
    images[:, 0, :, :] = 255  # the borders, where the padding's value matters, at both extremes
    images[:, -1, :, :] = 0
    actual, expected, ops = _outputs(graph, images)
    np.testing.assert_allclose(actual, expected, rtol=1e-4, atol=1e-5 * np.abs(expected).max())
    front = ops[: ops.index("Conv")]
    assert front[:3] == ["DequantizeLinear", "Transpose", "Pad"] and not {"Sub", "Div", "Cast"} & set(front)


@pytest.mark.parametrize(("stride", "padding", "bias"), [(1, 1, True), (2, 1, True), (1, 2, False)])
def test_every_position_of_a_padded_stem_is_exact_the_borders_too(
    stride: int, padding: int, bias: bool
) -> None:
    """The stem's own output, position by position: a border computed with the wrong padding
    value (or a bias folded without its padding) shows here, where a network's pooling hides it."""
    stem = nn.Conv2d(1, 4, 2 * padding + 1, stride, padding, bias=bias)
    graph = Graph(
        RawImages(nn.Sequential(stem, nn.Flatten()).eval(), MEAN, STD).eval(), (28, 28, 1), torch.uint8
    )
    images = torch.randint(
        0, 256, (4, 28, 28, 1), generator=torch.Generator().manual_seed(2), dtype=torch.uint8
    )
    actual, expected, ops = _outputs(graph, images)
    np.testing.assert_allclose(actual, expected, rtol=1e-5, atol=1e-5)
    assert ops[:4] == ["DequantizeLinear", "Transpose", "Pad", "Conv"]


def test_a_network_that_does_not_start_with_a_conv_is_normalised_the_plain_way() -> None:
    network = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 10)).eval()
    graph = Graph(RawImages(network, MEAN, STD).eval(), (28, 28, 1), torch.uint8, raw=True)
    images = torch.randint(
        0, 256, (4, 28, 28, 1), generator=torch.Generator().manual_seed(2), dtype=torch.uint8
    )
    actual, expected, ops = _outputs(graph, images)
    np.testing.assert_allclose(actual, expected, rtol=1e-4, atol=1e-4)
    assert ops[0] == "Cast" and "DequantizeLinear" not in ops
