"""One trial, cheapest step first: sample, build, count, measure, check budgets, train.

Cost per inference does not depend on the weights, so it is measured on the untrained network;
a candidate that breaks a budget is rejected through ``trial.set_constraint`` before any
training (the sampler learns from the constraint values) and scores accuracy 0.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import optuna
import torch
from optuna.trial import TrialState

from estimators import (
    Complexity,
    EnergyMeter,
    Measurement,
    MeasureSettings,
    count_complexity,
    dataflow_energy,
    export_onnx,
    measure_onnx,
)
from estimators.host import host_description
from estimators.zero_cost import proxy_scores
from nas.checkpoint import save_checkpoint
from nas.config import Config
from nas.data import Splits
from nas.pareto_stop import PREFIX as PARETO_PREFIX
from nas.pareto_stop import make_stopper, typical_epochs
from nas.train import TrainingDivergedError, TrainResult, train_model
from search_spaces import build_model, sample_arch

HOST = host_description()


@dataclass(frozen=True)
class TrialContext:
    config: Config
    splits: Splits
    meter: EnergyMeter  # for inference windows, holding measure.threads vCPUs
    train_meter: EnergyMeter  # for training, holding train.threads vCPUs
    artifacts_dir: Path  # this study's folder of trained weights


def budget_limits(config: Config) -> dict[str, float]:
    """The budgets the user set, by the cost they limit."""
    limits = {
        "params": config.budget.max_params,
        "macs": config.budget.max_macs,
        "latency": config.budget.max_latency_ms,
        "energy": config.budget.max_energy_j,
    }
    return {name: float(limit) for name, limit in limits.items() if limit is not None}


def budget_violations(config: Config, costs: dict[str, float]) -> dict[str, float]:
    """Relative excess over each budget whose cost is known: > 0 violates, <= 0 meets it."""
    return {
        name: (costs[name] - limit) / limit for name, limit in budget_limits(config).items() if name in costs
    }


def _set_constraints(trial: optuna.Trial, config: Config, violations: dict[str, float]) -> None:
    """One value per configured budget in every trial; one not measured yet counts as met."""
    for name in budget_limits(config):
        trial.set_constraint(name, violations.get(name, 0.0))


def _budget_reason(costs: dict[str, float], violations: dict[str, float]) -> str:
    return "; ".join(
        f"{name} {costs[name]:.4g} over budget by {excess:.0%}"
        for name, excess in violations.items()
        if excess > 0
    )


def _reject(trial: optuna.Trial, context: TrialContext, costs: dict[str, float], reason: str) -> list[float]:
    """Not trained: accuracy 0, the costs known so far, and why."""
    trial.set_user_attr("rejected", reason)
    trial.set_user_attr("feasible", False)
    trial.set_user_attr("accuracy", 0.0)
    values = {"accuracy": 0.0, **costs}
    return [values.get(name, math.inf) for name in context.config.study.objectives]


def evaluate_trial(trial: optuna.Trial, context: TrialContext) -> list[float]:
    config = context.config
    arch = sample_arch(config.space, trial)
    trial.set_user_attr("arch", str(arch))
    trial.set_user_attr("hardware", HOST)  # workers may run on different machines
    torch.manual_seed(config.study.seed + trial.number)
    model = build_model(arch, context.splits.input_shape[0], context.splits.num_classes)

    complexity = count_complexity(model, context.splits.input_shape)
    _record_complexity(trial, complexity)
    costs = {"params": float(complexity.params), "macs": float(complexity.macs)}
    violations = budget_violations(config, costs)
    if any(v > 0 for v in violations.values()):
        _set_constraints(trial, config, violations)
        return _reject(trial, context, costs, _budget_reason(costs, violations))

    measured = _measure(trial, context, model)
    costs.update(latency=measured.latency_ms_median, energy=measured.energy_j)
    violations = budget_violations(config, costs)
    _set_constraints(trial, config, violations)
    if any(v > 0 for v in violations.values()):
        return _reject(trial, context, costs, _budget_reason(costs, violations))
    wanted = config.proxies.compute or config.proxies.screen != "none"
    if wanted and (screened := _score_proxies(trial, context, model)):
        return _reject(trial, context, costs, screened)

    result = _train(trial, context, model, costs)
    for key, value in asdict(result).items():
        trial.set_user_attr(key, list(value) if isinstance(value, tuple) else value)
    trial.set_user_attr("accuracy", result.test_accuracy)
    trial.set_user_attr("feasible", True)
    checkpoint = context.artifacts_dir / f"trial-{trial.number:05d}.pt"
    save_checkpoint(checkpoint, model, arch, context.splits)
    trial.set_user_attr("checkpoint", str(checkpoint))
    values = {"accuracy": result.test_accuracy, **costs}
    return [values[name] for name in config.study.objectives]


def _measure(trial: optuna.Trial, context: TrialContext, model: torch.nn.Module) -> Measurement:
    """Latency and energy per inference; the meter also brackets the whole step, for the footprint."""
    settings = MeasureSettings(**context.config.measure.settings_fields())
    shape = context.splits.input_shape
    measured, spent = context.meter.measure(
        lambda: measure_onnx(export_onnx(model, shape), shape, settings, context.meter)
    )
    trial.set_user_attr("measure_energy_j", spent.gross_joules)  # all the meter saw: the search drew it
    trial.set_user_attr("measure_energy_source", spent.source)
    trial.set_user_attr(
        "energy_meter", context.meter.describe()
    )  # the model's constants, or the counters read
    trial.set_user_attr("measure_seconds", spent.wall_s)
    for key, value in measured.as_attrs().items():
        trial.set_user_attr(key, value)
    return measured


def _score_proxies(trial: optuna.Trial, context: TrialContext, model: torch.nn.Module) -> str | None:
    """Record the zero-cost proxies; with screening on, a reason not to train, or None."""
    proxies = context.config.proxies
    batch = slice(0, proxies.batch)
    scores = proxy_scores(model, context.splits.x_train[batch], context.splits.y_train[batch]).as_dict()
    for name, score in scores.items():
        trial.set_user_attr(f"zc_{name}", score)
    if proxies.screen == "none":
        return None
    key = f"zc_{proxies.screen}"
    earlier = [
        float(t.user_attrs[key])
        for t in trial.study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))
        if math.isfinite(t.user_attrs.get(key, math.nan))
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
    trial: optuna.Trial, context: TrialContext, model: torch.nn.Module, costs: dict[str, float]
) -> TrainResult:
    """The training proxy under the training meter, stopped early once it cannot reach the front;
    a diverged run's energy is recorded too."""
    config = context.config
    finished = trial.study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))
    check = None
    if config.train.pareto_stop:
        check = make_stopper(
            finished,
            config.study.objectives,
            costs,
            config.train.pareto_min_epochs,
            config.train.pareto_margin,
        )

    def train() -> TrainResult | TrainingDivergedError:
        try:
            seed = config.study.seed + trial.number
            return train_model(model, context.splits, config.train, seed=seed, check=check)
        except TrainingDivergedError as error:
            return error

    result, spent = context.train_meter.measure(train)
    trial.set_user_attr("train_energy_j", spent.gross_joules)
    trial.set_user_attr("train_energy_source", spent.source)
    if isinstance(result, TrainingDivergedError):
        raise result
    if result.stop_reason.startswith(PARETO_PREFIX):
        # an estimate, labelled so: the epochs a training not stopped this way typically runs
        remaining = max(0.0, typical_epochs(finished, config.train.epochs) - result.epochs_run)
        trial.set_user_attr("pareto_saved_energy_j", spent.gross_joules / result.epochs_run * remaining)
        trial.set_user_attr("pareto_stop_epoch", result.epochs_run)
    return result


def _record_complexity(trial: optuna.Trial, complexity: Complexity) -> None:
    trial.set_user_attr("params", complexity.params)
    trial.set_user_attr("inference_params", complexity.inference_params)
    trial.set_user_attr("macs", complexity.macs)
    estimate = dataflow_energy(complexity)
    trial.set_user_attr("energy_dataflow_j", estimate.joules)
    trial.set_user_attr("energy_dataflow_source", estimate.source)
    trial.set_user_attr("energy_dataflow_constants", estimate.constants)
