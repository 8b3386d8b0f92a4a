"""What the CLI reports as the user's mistake: one line and exit status 2, never a traceback.

Each module raises its own error (``ConfigError``, ``DataError``, ``StudyNotFoundError``,
``CheckpointError``, ``ExportError``), all of this one kind, so the CLI catches them without
importing the modules that raise them (some load PyTorch)."""

from __future__ import annotations


class UserInputError(Exception):
    """The input, not the program, is wrong: the message says what to change."""


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, systemd, Kubernetes, CI) asked the process to stop: handled as Ctrl-C
    is, so the running trial is recorded as interrupted and the MLflow run ends KILLED."""
