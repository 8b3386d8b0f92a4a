"""What a study's parent run holds besides its figures: the configuration it ran with, and the
rendered front (CSV, JSON, the plots and the HTML page)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import optuna
from optuna.trial import FrozenTrial

from nas.config import Config
from nas.front.rows import COLUMNS, front_rows
from nas.reference_costs import study_references
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
    from mlflow.entities import Param

    data = config.public().model_dump(mode="json")
    existing = client.get_run(parent_id).data.params
    params = [Param(k, str(v)[:6000]) for k, v in _flatten(data).items() if k not in existing]
    for start in range(0, len(params), 100):
        client.log_batch(parent_id, params=params[start : start + 100])
    client.log_text(parent_id, json.dumps(data, indent=2), "config.json")


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat
