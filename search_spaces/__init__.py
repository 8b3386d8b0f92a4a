"""Architecture values, their string/JSON encodings, the sampler's genome, the builder and
the hand-designed reference networks."""

from search_spaces.arch import Arch, ArchError, Stage, Stem, format_arch, make_divisible, parse_arch
from search_spaces.builder import build_model
from search_spaces.reference import REFERENCES, mobilenet_v1, mobilenet_v2, references_for
from search_spaces.space import SearchSpace, sample_arch, smallest_arch

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
]
