"""The experiment's saved MLflow view, "Pareto front": the columns that matter in the runs
table and two scatter charts (validation accuracy against energy and against latency).

MLflow 3.15+ keeps a shared view as an experiment tag ``mlflow.sharedViewState.<key>`` holding
the page's state as JSON, opened by ``?viewStateShareKey=<key>`` on the experiment's page; the
experiment's description links to it. Column keys are MLflow's own (``metrics.`name```).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from nas.objectives import COSTS, OBJECTIVES

FRONT_VIEW_KEY = "nas-front"
SECTION = "nas-front-section"
# every objective's metric (nas/objectives.py), accuracy first, then front membership and the rest
COLUMNS = (
    *(f"metrics.`{o.metric}`" for o in OBJECTIVES.values()),
    "tags.`nas.pareto`",
    "tags.`nas.fidelity`",  # proxy (a search trial) or final (nas finalize)
    "metrics.`test_accuracy`",
    "attributes.`Duration`",
)
ACCURACY_METRIC = OBJECTIVES["accuracy"].metric


def _scatter(uuid: str, x: str, title: str) -> dict[str, object]:
    return {
        "uuid": uuid,
        "type": "SCATTER",
        "runsCountToCompare": 1000,
        "metricSectionId": SECTION,
        "deleted": False,
        "isGenerated": False,
        "displayName": title,
        "xaxis": {"key": x, "type": "METRIC"},
        "yaxis": {"key": ACCURACY_METRIC, "type": "METRIC"},
    }


def front_view_state(expanded_runs: Iterable[str] = ()) -> str:
    """The view as the tag's JSON; ``expanded_runs`` are parent runs shown with their trials."""
    state = {
        "searchFilter": "",
        "orderByKey": f"metrics.`{ACCURACY_METRIC}`",
        "orderByAsc": False,
        "startTime": "ALL",
        "lifecycleFilter": "Active",
        "modelVersionFilter": "All Runs",
        "datasetsFilter": [],
        "selectedColumns": list(COLUMNS),
        "columnOrder": [],
        "columnWidths": {},
        "runsExpanded": dict.fromkeys(sorted(expanded_runs), True),
        "runsPinned": [],
        "runsHidden": [],
        "runsVisibilityMap": {},
        "runsHiddenMode": "SHOW_ALL",
        "compareRunCharts": [  # accuracy against each measured cost: what the search trades
            _scatter(f"nas-accuracy-{o.name}", o.metric, f"validation accuracy vs {o.label} ({o.metric})")
            for o in COSTS
            if o.kind == "measured"
        ],
        "compareRunSections": [
            {
                "uuid": SECTION,
                "name": "Pareto front",
                "display": True,
                "isReordered": False,
                "deleted": False,
                "isGenerated": False,
            }
        ],
        "isAccordionReordered": False,
        "viewMaximized": False,
        "runListHidden": False,
        "useGroupedValuesInCharts": True,
        "hideEmptyCharts": True,
        "groupBy": None,
        "groupsExpanded": {},
        "autoRefreshEnabled": True,
        "chartsSearchFilter": "",
    }
    return json.dumps(state, sort_keys=True)


def view_path(experiment_id: str, charts: bool = False) -> str:
    """The view's address inside the MLflow UI (after its ``#``). ``workflowType`` opens the UI
    in model-training mode: MLflow 3.17 opens every experiment in GenAI mode otherwise."""
    mode = "&compareRunsMode=CHART" if charts else ""
    return (
        f"/experiments/{experiment_id}/runs?viewStateShareKey={FRONT_VIEW_KEY}"
        f"&workflowType=machine_learning{mode}"
    )


def experiment_note(experiment_id: str) -> str:
    """The experiment's description (Markdown): where the front is."""
    return (
        "**Architecture search for accuracy per joule.** One parent run per study (its front in "
        "`front/front.html`, the hypervolume curve as a metric), one child run per trial. "
        f"Open the saved view [Pareto front](#{view_path(experiment_id)}) for the columns that matter "
        f"and the [accuracy-vs-energy scatter charts](#{view_path(experiment_id, charts=True)})."
    )
