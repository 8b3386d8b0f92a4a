"""What a study's parent run holds besides its figures: the configuration it ran with, and the
rendered front (CSV, JSON, the plots and the HTML page)."""

from __future__ import annotations

import csv
import io
import json
import random
import time
from typing import Any

import optuna
from optuna.trial import FrozenTrial

from nas.config import Config
from nas.front.rows import COLUMNS, front_rows
from nas.reference_costs import study_references
from nas.tracking.names import OPEN_ATTEMPTS
from nas.views.figures import front_figure, hypervolume_figure
from nas.views.page import front_page


def write_front(
    client: Any, parent_id: str, study: optuna.Study, front: list[FrozenTrial], curve: list[tuple[int, float]]
) -> None:
    """Write the front's files into the parent run (replacing the previous ones)."""
    numbers = {t.number for t in front}
    rows = [row.as_dict() for row in front_rows(front)]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    client.log_text(parent_id, buffer.getvalue(), "front/front.csv")
    client.log_text(parent_id, json.dumps(rows, indent=2), "front/front.json")
    references = study_references(study)
    client.log_figure(parent_id, front_figure(study, numbers, references), "front/front.png")
    client.log_text(parent_id, front_page(study, front, curve, references), "front/front.html")
    client.log_figure(parent_id, hypervolume_figure(curve), "front/hypervolume.png")


def log_config(client: Any, parent_id: str, config: Config) -> None:
    """The configuration as params and ``config.json``, without passwords."""
    data = config.public().model_dump(mode="json")
    log_new_params(client, parent_id, {k: str(v)[:6000] for k, v in _flatten(data).items()})
    client.log_text(parent_id, json.dumps(data, indent=2), "config.json")


def log_new_params(client: Any, run_id: str, params: dict[str, str]) -> None:
    """The ``params`` the run lacks, logged; those it has are left as they are (MLflow refuses
    to change a param). Workers that open MLflow at the same moment log the same params, and
    MLflow inserts them without a retry: the loser's insert fails on the key (seen on
    PostgreSQL, where it cost that worker all its MLflow logging). It reads again what the
    winner wrote and logs what is still missing."""
    from mlflow.entities import Param
    from mlflow.exceptions import MlflowException

    for attempt in range(OPEN_ATTEMPTS):
        existing = client.get_run(run_id).data.params
        missing = [Param(k, v) for k, v in params.items() if k not in existing]
        try:
            for start in range(0, len(missing), 100):
                client.log_batch(run_id, params=missing[start : start + 100])
            return
        except MlflowException:
            if attempt == OPEN_ATTEMPTS - 1:
                raise
            time.sleep(random.uniform(0.05, 0.25) * (attempt + 1))  # apart, so they do not meet again


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat
