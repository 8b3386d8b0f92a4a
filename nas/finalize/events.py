"""What a finalization tells as it goes (nas/finalize/job.py): a light module, so the CLI's
printer can be defined without loading PyTorch."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nas.finalize.recipe import EpochDone
    from nas.finalize.run import BusyError, Candidate
    from nas.finalized import Finalized


class FinalizeListener:
    """Told what a finalization does, as it does it; each method does nothing unless overridden."""

    def network_started(self, index: int, total: int, candidate: Candidate, resuming: bool) -> None: ...

    def epoch(self, candidate: Candidate, done: EpochDone) -> None: ...

    def network_finalized(self, finished: Finalized) -> None: ...

    def network_failed(self, candidate: Candidate, error: Exception) -> None: ...

    def network_busy(self, candidate: Candidate, error: BusyError) -> None: ...

    def logged(self) -> None:
        """Called after each change MLflow should see (a network finalized, all measured again)."""
