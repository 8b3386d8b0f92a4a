"""Python's cyclic garbage collector in a long search.

A full collection walks every tracked object, and a resumed study's trials, PyTorch, ONNX Runtime
and MLflow are millions of them: measured on a resumed 10 000-trial study, 18 full collections
took 5.9 s of an 8-trial run, and later trials paid for walking the same objects again. These
objects live as long as the process, so they are built with the collector paused (loading
10 000 trials would otherwise trigger a full collection each time the heap grows by a quarter)
and then frozen (``gc.freeze``): later collections walk only what is new.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """Run a block that builds objects kept for the rest of the process, then set them aside."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
