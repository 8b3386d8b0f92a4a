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
from nas.tracking.names import FRONT_VIEW_KEY, STUDY_TAG

SECTION = "nas-front-section"
PARETO_TAG = "nas.pareto"  # on the front: the search's for trial runs, the final one for final runs
COLOUR_TAG = "mlflow.runColor"  # MLflow's own: the colour of a run in every chart
# front members stand out in the charts (red: the search's front; blue: the finalized front)
COLOURS = {
    ("proxy", True): "#d62728",
    ("proxy", False): "#c7c7c7",
    ("final", True): "#1f77b4",
    ("final", False): "#aec7e8",
}
# accuracy and the measured costs, front membership, then the rest: in this order from the left,
# so that the objectives stay in sight beside MLflow's assistant panel on a 1366 px screen
# (MLflow's own order would be alphabetical, with its creation date before them)
COLUMNS = (
    *(f"metrics.`{o.metric}`" for o in OBJECTIVES.values() if o.kind != "static"),
    f"tags.`{PARETO_TAG}`",
    "tags.`nas.fidelity`",  # proxy (a search trial) or final (nas finalize)
    f"tags.`{STUDY_TAG}`",  # studies logged to one experiment, told apart
    "metrics.`test_accuracy`",
    *(f"metrics.`{o.metric}`" for o in OBJECTIVES.values() if o.kind == "static"),
    "attributes.`Duration`",
)
RUN_NAME, CREATED, DURATION = "attributes.`Run Name`", "runDateAndNestInfo", "duration"  # MLflow's column ids
ORDER = (RUN_NAME, *(c for c in COLUMNS if c != "attributes.`Duration`"), DURATION, CREATED)
# narrow enough that run name, creation, accuracy, energy, latency and nas.pareto fit in 680 px
WIDTHS = {RUN_NAME: 170, CREATED: 110} | {c: 92 for c in COLUMNS if c.startswith(("metrics.", "tags."))}
ACCURACY_METRIC = OBJECTIVES["accuracy"].metric


def front_tags(on_front: bool, fidelity: str) -> dict[str, str]:
    """A run's front membership as the view shows it: the ``nas.pareto`` column and its colour
    in the charts (``fidelity``: "proxy" for a trial's run, "final" for a finalized network's)."""
    return {PARETO_TAG: str(on_front).lower(), COLOUR_TAG: COLOURS[fidelity, on_front]}


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
        "columnOrder": list(ORDER),
        "columnWidths": WIDTHS,
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
                "columns": 2,  # two wide charts side by side (MLflow's default: three of ~300 px)
                "cardHeight": 480,
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
