"""Multi-fidelity: the front of a screening study, trained again with a longer budget.

Successive-halving in two rungs: every candidate is screened with the short proxy; only the
front is promoted. Promotions live in a companion study, ``<study>@<epochs>ep`` in the same
storage, with the screening configuration except a longer training (no Pareto-aware stopping:
full fidelity). Each promoted trial's record keeps both validation accuracies: its own, and
``screening_val_accuracy`` with ``promoted_from`` naming the screening trial. The companion's
front is the final front, trained at higher fidelity; ``nas front --study-name
<study>@<epochs>ep`` shows it. Running the promotion again promotes only front members it has
not promoted yet.
"""

from __future__ import annotations

import optuna
from optuna.trial import FrozenTrial

from nas.config import Config, ConfigError
from nas.front.pareto import pareto_front
from nas.record import promotion_attrs, read_record
from nas.search.runner import SearchOutcome, run_search
from nas.search.session import start_search


def promotion_config(config: Config, study_name: str, epochs: int) -> Config:
    data = config.model_dump()
    scale = epochs / config.train.epochs
    data["train"].update(
        epochs=epochs, patience=max(1, round(config.train.patience * scale)), pareto_stop=False
    )
    data["study"].update(name=f"{study_name}@{epochs}ep")
    return Config.model_validate(data)


def promote_front(
    study: optuna.Study, config: Config, epochs: int
) -> tuple[SearchOutcome, list[tuple[FrozenTrial, FrozenTrial]]]:
    """Train the front of ``study`` for ``epochs`` (more than its screening's); the outcome and
    (screening, promoted) pairs."""
    if epochs <= config.train.epochs:
        raise ConfigError(f"--epochs: must exceed the screening's {config.train.epochs} epochs")
    session = start_search(promotion_config(config, study.study_name, epochs))
    target = session.study
    earlier = target.get_trials(deepcopy=False)
    done = {read_record(t).promoted_from for t in earlier}
    front = pareto_front(study)
    new = [member for member in front if member.number not in done]
    for member in new:
        target.enqueue_trial(member.params, user_attrs=promotion_attrs(member))
    completed = sum(t.state == optuna.trial.TrialState.COMPLETE for t in earlier)
    outcome = run_search(session.with_budget(completed + len(new)))  # with MLflow when configured
    by_origin = {
        read_record(t).promoted_from: t
        for t in target.get_trials(deepcopy=False, states=(optuna.trial.TrialState.COMPLETE,))
    }
    return outcome, [(member, by_origin[member.number]) for member in front if member.number in by_origin]
