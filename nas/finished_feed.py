"""Each finished trial of a study, handed out once, from Optuna's list of the study's trials.

Everything kept incrementally (the front, the footprint, the sampler's pool, Pareto-aware
stopping's history) takes in each trial once it has finished, since a finished trial never
changes. Optuna's list holds the study's trials in number order, so a feed remembers how many
trials at its head were finished and handed out, and looks only past them: a read of the study
costs the trials still running and the new ones, not the study's size.
"""

from __future__ import annotations

from collections.abc import Sequence

from optuna.trial import FrozenTrial


class FinishedFeed:
    def __init__(self) -> None:
        self.head = 0  # the trials numbered below this were finished and handed out
        self.handed: set[int] = set()  # numbers handed out at or past the head

    def take(self, trials: Sequence[FrozenTrial]) -> list[FrozenTrial]:
        """The finished trials of ``trials`` not handed out before."""
        if not _in_number_order(trials, self.head):  # not a whole study's list: look at every trial
            new = [
                t
                for t in trials
                if t.state.is_finished() and t.number >= self.head and t.number not in self.handed
            ]
            self.handed.update(t.number for t in new)
            return new
        new = [t for t in trials[self.head :] if t.state.is_finished() and t.number not in self.handed]
        self.handed.update(t.number for t in new)
        while self.head < len(trials) and self.head in self.handed:
            self.handed.discard(self.head)
            self.head += 1
        return new

    def unfinished(self, trials: Sequence[FrozenTrial]) -> list[FrozenTrial]:
        """The trials of ``trials`` that have not finished (running or waiting)."""
        start = self.head if _in_number_order(trials, self.head) else 0
        return [t for t in trials[start:] if not t.state.is_finished()]


def _in_number_order(trials: Sequence[FrozenTrial], head: int) -> bool:
    """Whether ``trials`` is a whole study's list (trial ``n`` at index ``n``), as far as it is
    cheap to tell: its first, last and head trials are where their numbers say."""
    if not trials:
        return head == 0
    ends = trials[0].number == 0 and trials[-1].number == len(trials) - 1
    return ends and head <= len(trials) and (head == len(trials) or trials[head].number == head)
