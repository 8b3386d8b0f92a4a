"""Python's cyclic garbage collector in a long search.

A full collection walks every tracked object, and a resumed study's trials, PyTorch, ONNX Runtime
and MLflow are millions of them: measured on a resumed 10 000-trial study, 18 full collections
took 5.9 s of an 8-trial run, and later trials paid for walking the same objects again. These
objects live as long as the process, so they are built with the collector paused (loading
10 000 trials would otherwise trigger a full collection each time the heap grows by a quarter)
and then frozen (``gc.freeze``): later collections walk only what is new.

The ``nas`` command starts with the collector paused: a command that reads a study and ends
(``nas front``, ``report``, ``export``) ends before its garbage matters (``nas front`` on 2 000
trials: 2.5 s with the collector, 1.6-2.3 s without). The commands that run long (search,
worker, promote, sync) turn it on once they are set up, with ``long_lived``.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


def pause_collection() -> None:
    gc.disable()


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """Run a block that builds objects kept for the rest of the process, then set them aside
    and collect from then on."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
