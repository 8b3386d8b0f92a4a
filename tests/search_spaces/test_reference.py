"""Reference networks against the published figures (224x224x3, 1000 classes)."""

from __future__ import annotations

import pytest
import torch

from estimators import count_complexity
from search_spaces import REFERENCES, build_model

# name: (params, multiply-adds) as published. MobileNetV1: Howard et al. 2017, Table 6/7
# (with torchvision's exact count for 1.0). MobileNetV2: Sandler et al. 2018 and the
# TF-slim model table; torchvision's exact count for 1.0.
PUBLISHED = {
    "mobilenet_v1": (4.2e6, 569e6),
    "mobilenet_v1_0.75": (2.6e6, 325e6),
    "mobilenet_v1_0.5": (1.3e6, 149e6),
    "mobilenet_v1_0.25": (0.5e6, 41e6),
    "mobilenet_v2": (3_504_872, 300e6),
    "mobilenet_v2_0.75": (2.61e6, 209e6),
    "mobilenet_v2_0.5": (1.95e6, 97e6),
    "mobilenet_v2_0.35": (1.66e6, 59e6),
}


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_reference_matches_published_counts(name: str) -> None:
    params, macs = PUBLISHED[name]
    counts = count_complexity(build_model(REFERENCES[name], 3, 1000), (3, 224, 224))
    if name.startswith("mobilenet_v1"):  # the paper prints millions with one decimal
        assert round(counts.params / 1e6, 1) == params / 1e6
    else:
        assert counts.params == pytest.approx(params, rel=0.02)
    assert counts.macs == pytest.approx(macs, rel=0.01)


def test_exact_torchvision_parameter_counts() -> None:
    assert (
        count_complexity(build_model(REFERENCES["mobilenet_v1"], 3, 1000), (3, 224, 224)).params == 4_231_976
    )
    assert (
        count_complexity(build_model(REFERENCES["mobilenet_v2"], 3, 1000), (3, 224, 224)).params == 3_504_872
    )


@pytest.mark.parametrize("name", ["mobilenet_v1_0.25", "mobilenet_v2_0.35"])
@pytest.mark.parametrize("shape", [(1, 8, 8), (3, 32, 32), (3, 17, 23)])
def test_references_build_for_any_input(name: str, shape: tuple[int, int, int]) -> None:
    model = build_model(REFERENCES[name], shape[0], 10).eval()
    with torch.no_grad():
        assert model(torch.randn(2, *shape)).shape == (2, 10)
