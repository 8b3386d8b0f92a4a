"""One trial, cheapest step first: sample, build, count, measure, check budgets, train.

Cost per inference does not depend on the weights, so it is measured on the untrained network;
a candidate that breaks a budget is rejected through ``trial.set_constraint`` before any
training (the sampler learns from the constraint values) and scores accuracy 0. The accuracy
objective is the best-epoch validation accuracy; the test accuracy is recorded beside it and
decides nothing. What the trial learns is one ``TrialRecord`` (nas/search/context.py's ``Draft``),
written once its costs are known and again however it ends (so a failed trial keeps the energy
it spent).
"""

from __future__ import annotations

import hashlib
import math

import numpy as np
import optuna
import torch
from optuna.trial import TrialState

from estimators import (
    Complexity,
    Measurement,
    by_source,
    count_complexity,
    dataflow_energy,
    holding,
)
from estimators.host import host_description
from estimators.occupancy import occupying
from estimators.zero_cost import proxy_scores
from nas.agent.protocol import measurement_key
from nas.config import Config
from nas.errors import Terminated
from nas.export.checkpoint import check_free_space, checkpoint_bytes, save_checkpoint
from nas.measure.measurer import cost_graph
from nas.objectives import MEASURED, static_costs
from nas.record import TrainResult, read_record, start_record
from nas.search.context import Draft, TrialContext
from nas.search.pairing import pair_with_front
from nas.train import TrainingDivergedError, train_model, training_threads
from search_spaces import build_model, sample_arch

HOST = host_description()


def budget_violations(config: Config, costs: dict[str, float]) -> dict[str, float]:
    """Relative excess over each budget whose cost is known: > 0 violates, <= 0 meets it."""
    return {
        name: (costs[name] - limit) / limit for name, limit in config.budget.limits().items() if name in costs
    }


def _set_constraints(trial: optuna.Trial, config: Config, violations: dict[str, float]) -> None:
    """One value per configured budget in every trial; one not measured yet counts as met."""
    for name in config.budget.limits():
        trial.set_constraint(name, violations.get(name, 0.0))


def _budget_reason(costs: dict[str, float], violations: dict[str, float]) -> str:
    return "; ".join(
        f"{name} {costs[name]:.4g} over budget by {excess:.0%}"
        for name, excess in violations.items()
        if excess > 0
    )


def _reject(context: TrialContext, draft: Draft, costs: dict[str, float], reason: str) -> list[float]:
    """Not trained: accuracy 0, the costs known so far, and why."""
    draft.update(rejected=reason)
    values = {"accuracy": 0.0, **costs}
    return [values.get(name, math.inf) for name in context.config.study.objectives]


def evaluate_trial(trial: optuna.Trial, context: TrialContext) -> list[float]:
    draft = Draft(trial, start_record(trial).with_(hardware=HOST))
    try:
        return _evaluate(trial, context, draft)
    except optuna.TrialPruned:
        raise
    except KeyboardInterrupt as stop:
        draft.update(fail_reason=f"interrupted ({'SIGTERM' if isinstance(stop, Terminated) else 'Ctrl-C'})")
        raise
    except Exception as error:  # Optuna records that a trial failed, not why: we do
        draft.update(fail_reason=f"{type(error).__name__}: {error}"[:2000])
        raise
    finally:
        draft.save()


def _evaluate(trial: optuna.Trial, context: TrialContext, draft: Draft) -> list[float]:
    config = context.config
    arch = sample_arch(config.space, trial)
    draft.update(arch=str(arch))
    _claim(trial, context, draft, str(arch))
    torch.manual_seed(config.study.seed + trial.number)
    model = build_model(arch, context.splits.input_shape[0], context.splits.num_classes)

    complexity = count_complexity(model, context.splits.input_shape)
    costs = static_costs(arch, context.splits.input_shape, context.splits.num_classes)
    _record_complexity(draft, complexity, costs)
    violations = budget_violations(config, costs)
    if any(v > 0 for v in violations.values()):
        _set_constraints(trial, config, violations)
        return _reject(context, draft, costs, _budget_reason(costs, violations))

    measured = _measure(context, draft)
    draft.save()
    costs.update({o.name: o.measure(measured) for o in MEASURED if o.measure is not None})
    violations = budget_violations(config, costs)
    _set_constraints(trial, config, violations)
    if any(v > 0 for v in violations.values()):
        return _reject(context, draft, costs, _budget_reason(costs, violations))
    wanted = config.proxies.compute or config.proxies.screen != "none"
    if wanted and (screened := _score_proxies(trial, context, draft, model)):
        return _reject(context, draft, costs, screened)

    check_free_space(context.artifacts_dir, checkpoint_bytes(model))  # not a training, then no space
    result = _train(trial, context, draft, model, costs)
    checkpoint = context.artifacts_dir / f"trial-{trial.number:05d}.pt"
    save_checkpoint(checkpoint, model, arch, context.splits)
    draft.update(checkpoint=str(checkpoint))
    values = {"accuracy": result.val_accuracy, **costs}
    if paired := pair_with_front(trial, context, draft, values):
        draft.update(paired=paired)
        values.update(paired.figures)
    return [values[name] for name in config.study.objectives]


class DuplicateArchError(optuna.TrialPruned):
    """Another trial of the study holds this architecture: this one is pruned before any work
    and the search draws another candidate (a repeat would teach the search nothing)."""


def _claim(trial: optuna.Trial, context: TrialContext, draft: Draft, arch: str) -> None:
    def alive(number: int) -> bool:
        states = (TrialState.RUNNING, TrialState.WAITING, TrialState.COMPLETE)
        return any(t.number == number for t in trial.study.get_trials(deepcopy=False, states=states))

    arch_key = hashlib.sha1(arch.encode()).hexdigest()
    owner = context.claims.claim(arch_key, trial.number, alive)
    if owner is not None:
        draft.update(duplicate_of=owner)
        raise DuplicateArchError(f"trial {owner} holds this architecture")


def _measure(context: TrialContext, draft: Draft) -> Measurement:
    """Latency and energy per inference; the meter also brackets the whole step, for the footprint."""
    shape, classes = context.splits.input_shape, context.splits.num_classes
    key = measurement_key(draft.record.arch, shape, classes)
    measured, spent = context.meter.measure(
        lambda: context.measurer.measure(
            cost_graph(draft.record.arch, shape, classes), shape, context.settings, key
        )
    )
    draft.update(
        measurement=measured.measurement,
        measure_energy_j=spent.gross_joules,  # all this machine's meter saw: the search drew it
        measure_energy_source=spent.source,
        energy_meter=measured.energy_meter,
        measure_seconds=spent.wall_s,
        measured_on=measured.device if context.measurer.remote else "",
        measurement_reused=measured.reused,
    )
    return measured.measurement


def _score_proxies(
    trial: optuna.Trial, context: TrialContext, draft: Draft, model: torch.nn.Module
) -> str | None:
    """Record the zero-cost proxies; with screening on, a reason not to train, or None."""
    proxies = context.config.proxies
    splits = context.splits
    batch = slice(0, proxies.batch)
    scores = proxy_scores(model, splits.normalise(splits.x_train[batch]), splits.y_train[batch]).as_dict()
    draft.update(zero_cost=scores)
    if proxies.screen == "none":
        return None
    earlier = [
        score
        for t in trial.study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))
        if math.isfinite(score := read_record(t).zero_cost.get(proxies.screen, math.nan))
    ]
    if len(earlier) < proxies.screen_min_trials:
        return None
    threshold = float(np.quantile(earlier, proxies.screen_quantile))
    if scores[proxies.screen] >= threshold:
        return None
    return (
        f"screened out: {proxies.screen} {scores[proxies.screen]:.4g} below the "
        f"{proxies.screen_quantile:.0%} quantile {threshold:.4g} of {len(earlier)} earlier candidates"
    )


def _train(
    trial: optuna.Trial, context: TrialContext, draft: Draft, model: torch.nn.Module, costs: dict[str, float]
) -> TrainResult:
    """The training proxy under the training meter, stopped early once it cannot reach the front;
    a diverged run's energy is recorded too."""
    config = context.config
    context.history.update(trial.study.get_trials(deepcopy=False))
    check = None
    if config.train.pareto_stop:
        check = context.history.stopper(costs, config.train.pareto_min_epochs, config.train.pareto_margin)

    threads = training_threads(config.train.threads, config.train.device)  # once: the meter holds as many
    train_config = config.train.model_copy(update={"threads": threads})

    def train() -> TrainResult | TrainingDivergedError:
        try:
            seed = config.study.seed + trial.number
            return train_model(model, context.splits, train_config, seed=seed, check=check)
        except TrainingDivergedError as error:
            return error

    with occupying(context.train_device) as share:  # trainings beside it on the device share its counters
        result, spent = holding(context.train_meter, threads).measure(train)
    draft.update(
        train_energy_j=spent.gross_joules,
        train_energy_source=spent.source,
        train_energy_by_source=by_source(spent),
        train_energy_net_j=spent.joules,
        train_device_share=share.value,
    )
    if isinstance(result, TrainingDivergedError):
        raise result
    draft.update(training=result)
    if draft.record.pareto_stopped:
        # an estimate, labelled so: the epochs a training not stopped this way typically runs
        remaining = max(0.0, context.history.typical_epochs(config.train.epochs) - result.epochs_run)
        draft.update(pareto_saved_energy_j=spent.gross_joules / result.epochs_run * remaining)
    return result


def _record_complexity(draft: Draft, complexity: Complexity, static: dict[str, float]) -> None:
    estimate = dataflow_energy(complexity)
    draft.update(
        params=complexity.params,
        inference_params=complexity.inference_params,
        macs=complexity.macs,
        static_costs=static,
        dataflow={"joules": estimate.joules, "source": estimate.source, "constants": estimate.constants},
    )
