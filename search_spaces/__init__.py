"""Architecture values, their string/JSON encodings, the sampler's genome, the builder and
the hand-designed reference networks.

The names below are imported on first use (PEP 562): a command that only reads a study does not
load PyTorch or ONNX Runtime.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from search_spaces.arch import Arch, ArchError, Stage, Stem, format_arch, make_divisible, parse_arch
    from search_spaces.builder import build_model, static_counts
    from search_spaces.reference import REFERENCES, mobilenet_v1, mobilenet_v2, references_for
    from search_spaces.space import SearchSpace, sample_arch, smallest_arch

_HOMES = {
    "Arch": "search_spaces.arch",
    "ArchError": "search_spaces.arch",
    "Stage": "search_spaces.arch",
    "Stem": "search_spaces.arch",
    "format_arch": "search_spaces.arch",
    "make_divisible": "search_spaces.arch",
    "parse_arch": "search_spaces.arch",
    "build_model": "search_spaces.builder",
    "static_counts": "search_spaces.builder",
    "REFERENCES": "search_spaces.reference",
    "mobilenet_v1": "search_spaces.reference",
    "mobilenet_v2": "search_spaces.reference",
    "references_for": "search_spaces.reference",
    "SearchSpace": "search_spaces.space",
    "sample_arch": "search_spaces.space",
    "smallest_arch": "search_spaces.space",
}

__all__ = [
    "REFERENCES",
    "Arch",
    "ArchError",
    "SearchSpace",
    "Stage",
    "Stem",
    "build_model",
    "format_arch",
    "make_divisible",
    "mobilenet_v1",
    "mobilenet_v2",
    "parse_arch",
    "references_for",
    "sample_arch",
    "smallest_arch",
    "static_counts",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'search_spaces' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
