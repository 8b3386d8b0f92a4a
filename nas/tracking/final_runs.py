"""Finalized networks' runs: one per finalization, beside the trials' runs, tagged by the final
front; a network measured again since its run was logged gets its figures again."""

from __future__ import annotations

import time

import optuna

from estimators import CarbonFactors
from nas.finalized import read_finalized, trial_key
from nas.front.final import final_front
from nas.tracking.child_runs import ChildRuns
from nas.tracking.front_view import tag_front
from nas.tracking.names import FIDELITY_TAG, FINAL_TAG
from nas.tracking.runs import log_final_run, objective_metrics
from nas.tracking.saved_view import PARETO_TAG


def log_finalized(runs: ChildRuns, study: optuna.Study, factors: CarbonFactors) -> int:
    """Log the study's finalized networks MLflow lacks, and tag the final runs' ``nas.pareto``
    by the final front; how many were logged now. A run whose objective figures differ from its
    network's record (measured again, side by side with the others) gets them again, as step 1."""
    from mlflow.entities import Metric

    client, parent = runs.run.client, runs.run
    logged = 0
    found = {run.data.tags.get(FINAL_TAG): run for run in runs.search(f"tags.`{FIDELITY_TAG}` = 'final'")}
    front = {trial_key(t.number) for t in final_front(study)}
    for key, finalized in read_finalized(study).items():
        for earlier in finalized.earlier:  # finalized again since: off the front
            replaced = found.get(earlier.ident)
            if replaced is not None and replaced.data.tags.get(PARETO_TAG) == "true":
                tag_front(client, replaced.info.run_id, False, "final")
        run = found.get(finalized.ident)
        figures = {
            name: value for name, value in objective_metrics(finalized.record).items() if value is not None
        }
        if run is None:
            run_id = log_final_run(
                client, parent.experiment_id, parent.parent_id, study.study_name, finalized, factors
            )
            logged += 1
        else:
            run_id = run.info.run_id
            if any(run.data.metrics.get(name) != value for name, value in figures.items()):
                now = int(time.time() * 1000)
                client.log_batch(
                    run_id, metrics=[Metric(name, value, now, 1) for name, value in figures.items()]
                )
        shown = run.data.tags.get(PARETO_TAG) if run is not None else "false"
        if shown != str(key in front).lower():
            tag_front(client, run_id, key in front, "final")
    return logged
