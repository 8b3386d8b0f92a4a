"""The front kept incrementally, as a search keeps it, is the front computed from the storage:
whatever order trials finish in, with ties, failures and untrained candidates among them."""

from __future__ import annotations

import numpy as np
import optuna
from optuna.trial import TrialState

from nas.finished_feed import FinishedFeed
from nas.front.pareto import LiveFront, non_dominated, pareto_front
from tests.conftest import made_trial as trial


def test_the_live_front_is_the_stored_front_after_every_trial() -> None:
    rng = np.random.default_rng(3)
    study = optuna.create_study(directions=["maximize", "minimize", "minimize"])
    live = LiveFront(["maximize", "minimize", "minimize"])
    for number in range(100):
        # coarse values, so that some trials tie in every objective and many are dominated
        accuracy, energy, latency = rng.integers(1, 12, 3)
        made = trial(number, accuracy / 12, float(energy), float(latency))
        if number % 17 == 0:  # an untrained candidate: never on the front, however cheap
            made = optuna.trial.create_trial(
                values=[0.0, 0.5, 0.5], params=made.params, distributions=made.distributions
            )
        if number % 23 == 0:
            made = optuna.trial.create_trial(state=TrialState.FAIL)
        study.add_trial(made)
        live.update(study.get_trials(deepcopy=False))
        assert [t.number for t in live.front()] == [t.number for t in pareto_front(study)], number


def test_non_dominated_keeps_every_copy_of_a_tie() -> None:
    points = [[0.9, 1.0], [0.9, 1.0], [0.8, 2.0], [0.95, 3.0]]
    assert non_dominated(points, ["maximize", "minimize"]) == [0, 1, 3]


def test_a_feed_hands_out_each_finished_trial_once_whatever_order_trials_finish_in() -> None:
    rng = np.random.default_rng(5)
    study = optuna.create_study()
    feed, handed = FinishedFeed(), []
    running: list[int] = []
    for _ in range(300):
        if running and rng.random() < 0.5:  # one running trial finishes, not always the oldest
            number = running.pop(int(rng.integers(len(running))))
            if rng.random() < 0.8:
                study.tell(number, 1.0)
            else:
                study.tell(number, state=TrialState.FAIL)
        else:
            running.append(study.ask().number)
        trials = study.get_trials(deepcopy=False)
        handed += [t.number for t in feed.take(trials)]
        assert sorted(t.number for t in feed.unfinished(trials)) == sorted(running)
        if rng.random() < 0.1:  # a filtered list now and then: looked at whole, nothing handed twice
            handed += [t.number for t in feed.take(study.get_trials(states=(TrialState.COMPLETE,)))]
    finished = [t.number for t in study.get_trials() if t.state.is_finished()]
    assert sorted(handed) == finished  # each once
