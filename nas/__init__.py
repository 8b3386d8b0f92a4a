"""The accuracy-per-joule search service: configuration, study and objective, training proxy,
MLflow tracking, ONNX export and the ``nas`` command."""

from nas.config import Config, ConfigError, load_config
from nas.export import ExportError, ExportReport, export_trial
from nas.front import non_dominated, pareto_front
from nas.record import TrialRecord, read_record
from nas.runner import SearchOutcome, run_search
from nas.study import PreparedSearch, open_study, prepare_search, prepare_worker

__all__ = [
    "Config",
    "ConfigError",
    "ExportError",
    "ExportReport",
    "PreparedSearch",
    "SearchOutcome",
    "TrialRecord",
    "export_trial",
    "load_config",
    "non_dominated",
    "open_study",
    "pareto_front",
    "prepare_search",
    "prepare_worker",
    "read_record",
    "run_search",
]
