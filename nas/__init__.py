"""The accuracy-per-joule search service: configuration, study and objective, training proxy,
MLflow tracking, ONNX export and the ``nas`` command.

The public names below are imported on first use (PEP 562), so that ``import nas.cli`` (every
``nas`` command, ``nas --help`` included) does not load PyTorch before it needs it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nas.agent.serve import AgentOptions, serve_agent
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
    from nas.measure.meters import MeterCheck, MeterSurvey, survey_meters
    from nas.record import TrialRecord, read_record
    from nas.search.jobs import run_in_jobs
    from nas.search.promote import promote_front
    from nas.search.remeasure import RemeasuredFront, remeasure_front
    from nas.search.runner import SearchOutcome, run_search
    from nas.search.session import Session, create_search, join_search, start_search
    from nas.spaces import ReferenceNetwork, SpaceDescription, describe_space
    from nas.studies import StudySummary, list_studies
    from nas.study import join_study, open_study
    from nas.tracking.sync import SyncOutcome, sync_tracking
    from nas.views.report import write_report

_HOMES = {
    "AgentOptions": "nas.agent.serve",
    "serve_agent": "nas.agent.serve",
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
    "non_dominated": "nas.front.pareto",
    "pareto_front": "nas.front.pareto",
    "MeterCheck": "nas.measure.meters",
    "MeterSurvey": "nas.measure.meters",
    "survey_meters": "nas.measure.meters",
    "TrialRecord": "nas.record",
    "read_record": "nas.record",
    "run_in_jobs": "nas.search.jobs",
    "promote_front": "nas.search.promote",
    "RemeasuredFront": "nas.search.remeasure",
    "remeasure_front": "nas.search.remeasure",
    "SearchOutcome": "nas.search.runner",
    "run_search": "nas.search.runner",
    "Session": "nas.search.session",
    "create_search": "nas.search.session",
    "join_search": "nas.search.session",
    "start_search": "nas.search.session",
    "ReferenceNetwork": "nas.spaces",
    "SpaceDescription": "nas.spaces",
    "describe_space": "nas.spaces",
    "StudySummary": "nas.studies",
    "list_studies": "nas.studies",
    "join_study": "nas.study",
    "open_study": "nas.study",
    "SyncOutcome": "nas.tracking.sync",
    "sync_tracking": "nas.tracking.sync",
    "write_report": "nas.views.report",
}

__all__ = [
    "AgentOptions",
    "Config",
    "ConfigError",
    "ExportError",
    "ExportReport",
    "FinalizeListener",
    "FinalizeOutcome",
    "FinalizePlan",
    "FinalizeRequest",
    "FinalizeStoppedError",
    "MeterCheck",
    "MeterSurvey",
    "ReferenceNetwork",
    "RemeasuredFront",
    "SearchOutcome",
    "Session",
    "SpaceDescription",
    "StudySummary",
    "SyncOutcome",
    "TrialRecord",
    "UserInputError",
    "create_search",
    "describe_space",
    "export_trial",
    "finalize_study",
    "join_search",
    "join_study",
    "list_studies",
    "load_config",
    "non_dominated",
    "open_study",
    "pareto_front",
    "plan_finalize",
    "promote_front",
    "read_record",
    "remeasure_front",
    "run_finalize",
    "run_in_jobs",
    "run_search",
    "serve_agent",
    "start_search",
    "study_quantization",
    "survey_meters",
    "sync_tracking",
    "write_report",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'nas' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
