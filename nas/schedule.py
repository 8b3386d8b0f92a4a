"""Training schedules that scale with the data: the proxy's and the final recipe's.

Both are set in epochs, tuned where an epoch is hundreds of optimizer steps (Fashion-MNIST). On
a small training split an epoch is a handful of steps, and the same epochs leave a network
untrained: 24 epochs at batch 128 are 240 steps on digits' 1 222 images. So, per training:

- the batch is at most 1/16 of the training split (a power of two, at least 16), so that an
  epoch is at least 16 steps and the noise of a small batch keeps regularising;
- an epoch (the unit of validation, patience, the Pareto rule and the learning-rate schedule)
  makes as many passes over the training split as it takes for the epochs to reach
  ``min_steps`` in all.

On a large split neither applies (one pass, the configured batch): Fashion-MNIST's default
search and its finalized fronts train exactly as before.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

BATCH_SHARE = 16  # the batch is at most 1/16 of the training split
MIN_BATCH = 16


@dataclass(frozen=True)
class Schedule:
    batch_size: int
    passes: int  # passes over the training split per epoch
    steps_per_epoch: int
    epochs: int
    examples: int  # in the training split
    min_steps: int
    configured_batch: int

    @property
    def steps(self) -> int:
        return self.steps_per_epoch * self.epochs

    @property
    def scaled(self) -> bool:
        return self.passes > 1 or self.batch_size != self.configured_batch

    def text(self) -> str:
        """One line: what was chosen, and why."""
        chosen = (
            f"{self.epochs} epochs of {self.passes} pass{'es' if self.passes > 1 else ''} "
            f"at batch {self.batch_size} ({self.steps} steps)"
        )
        if not self.scaled:
            return f"{chosen}: the {self.examples}-image training split needs no scaling"
        why = []
        if self.batch_size != self.configured_batch:
            why.append(f"batch {self.configured_batch} cut to 1/{BATCH_SHARE} of the split")
        if self.passes > 1:
            why.append(f"passes raised to reach {self.min_steps} steps")
        return f"{chosen}: {self.examples} training images, so {' and '.join(why)}"


def scaled_schedule(examples: int, epochs: int, batch_size: int, min_steps: int) -> Schedule:
    """The schedule for ``examples`` training images, configured as ``epochs`` at ``batch_size``
    with at least ``min_steps`` optimizer steps in all (0: exactly as configured)."""
    share = max(MIN_BATCH, 2 ** int(math.log2(max(1, examples // BATCH_SHARE))))
    batch = max(2, min(batch_size, share)) if min_steps > 0 else batch_size  # 0: as configured
    steps_per_pass = max(1, math.ceil(examples / batch))
    passes = max(1, math.ceil(min_steps / (epochs * steps_per_pass)))
    return Schedule(batch, passes, steps_per_pass * passes, epochs, examples, min_steps, batch_size)
