"""The accuracy-per-joule search service: configuration, study and objective, training proxy,
MLflow tracking, ONNX export and the ``nas`` command.

The public names below are imported on first use (PEP 562), so that ``import nas.cli`` (every
``nas`` command, ``nas --help`` included) does not load PyTorch before it needs it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nas.config import Config, ConfigError, load_config
    from nas.errors import UserInputError
    from nas.export.onnx import ExportError, ExportReport, export_trial
    from nas.export.quantize import study_quantization
    from nas.finalize.events import FinalizeListener
    from nas.finalize.job import (
        FinalizeOutcome,
        FinalizePlan,
        FinalizeRequest,
        FinalizeStoppedError,
        finalize_study,
        plan_finalize,
        run_finalize,
    )
    from nas.front.pareto import non_dominated, pareto_front
    from nas.record import TrialRecord, read_record
    from nas.search.jobs import run_in_jobs
    from nas.search.remeasure import RemeasuredFront, remeasure_front
    from nas.search.runner import SearchOutcome, run_search
    from nas.search.session import Session, create_search, join_search, start_search
    from nas.study import join_study, open_study

_HOMES = {
    "Config": "nas.config",
    "ConfigError": "nas.config",
    "load_config": "nas.config",
    "UserInputError": "nas.errors",
    "ExportError": "nas.export.onnx",
    "ExportReport": "nas.export.onnx",
    "export_trial": "nas.export.onnx",
    "study_quantization": "nas.export.quantize",
    "FinalizeListener": "nas.finalize.events",
    "FinalizeOutcome": "nas.finalize.job",
    "FinalizePlan": "nas.finalize.job",
    "FinalizeRequest": "nas.finalize.job",
    "FinalizeStoppedError": "nas.finalize.job",
    "finalize_study": "nas.finalize.job",
    "plan_finalize": "nas.finalize.job",
    "run_finalize": "nas.finalize.job",
    "RemeasuredFront": "nas.search.remeasure",
    "remeasure_front": "nas.search.remeasure",
    "non_dominated": "nas.front.pareto",
    "pareto_front": "nas.front.pareto",
    "TrialRecord": "nas.record",
    "read_record": "nas.record",
    "run_in_jobs": "nas.search.jobs",
    "SearchOutcome": "nas.search.runner",
    "run_search": "nas.search.runner",
    "Session": "nas.search.session",
    "create_search": "nas.search.session",
    "join_search": "nas.search.session",
    "start_search": "nas.search.session",
    "join_study": "nas.study",
    "open_study": "nas.study",
}

__all__ = [
    "Config",
    "ConfigError",
    "ExportError",
    "ExportReport",
    "FinalizeListener",
    "FinalizeOutcome",
    "FinalizePlan",
    "FinalizeRequest",
    "FinalizeStoppedError",
    "RemeasuredFront",
    "SearchOutcome",
    "Session",
    "TrialRecord",
    "UserInputError",
    "create_search",
    "export_trial",
    "finalize_study",
    "join_search",
    "join_study",
    "load_config",
    "non_dominated",
    "open_study",
    "pareto_front",
    "plan_finalize",
    "read_record",
    "remeasure_front",
    "run_finalize",
    "run_in_jobs",
    "run_search",
    "start_search",
    "study_quantization",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'nas' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
