"""The default sampler: NSGA-II's selection and variation, made to pay off in 20 to 200 trials.

Plain NSGA-II needs hundreds of trials (Optuna 5 defaults to TPE for that reason). This one keeps
NSGA-II's core (parents by non-dominated rank and crowding, uniform crossover, mutation) and
spends training only where it is likely to extend the front:

- **Never twice.** Candidates whose architecture is already in the study (in any worker) are
  not proposed; two workers racing on one are settled by ``nas.search.claims``.
- **Cost first.** A candidate's MACs and parameters are exact before training, and its latency
  and energy follow them closely (a log-log fit on the study's measured trials). Each slot
  breeds several children, predicts each child's objectives (accuracy from a small ridge fit on
  the trained trials, optimistic by one residual spread), and trains the child whose predicted
  point adds most hypervolume to the current front.
- **The accurate end too.** Hypervolume gain alone kept the search at the cheap end, where
  gains are easy: finalized, its most accurate network was 0.75 points below random search's
  on Fashion-MNIST, and 2 points below on a harder task. So some trials go to the accurate
  end, where they train an unseen architecture drawn from those with more MACs than the most
  accurate trained network (``_accurate_offspring`` says why not the surrogate's choice):
  every ``accurate_every``-th trial (by trial number, so workers agree), or, with
  ``study.accurate_share``, every trial once the study has used that last share of its limit
  (its joule budget, else its trials), so the cheap end is searched first, undisturbed. The
  last quarter is the default: at equal joules on three seeds it gained a median 0.10 points
  of best validation accuracy and kept the hypervolume lead (experiments/bench_joule_budget.py).
- **A spread first generation.** The first ``population_size`` candidates are the space's
  cheapest network and then networks spread evenly in log MACs across the space, instead of a
  uniform draw (which piles up in the middle).
- **Noise.** Latency and energy vary 0.3-16 % between repeats; parents are ranked with a
  noise floor (a cost must be ``noise_floor`` lower to dominate, or more where the measurements
  record a larger spread: the median of theirs), so a lucky measurement does
  not push a network out of the parents. Fronts and hypervolume report the measured figures.

Its parts are modules of their own, each unit-tested on fixed arrays: the first generation
(``population``), parent selection (``selection``), variation (``breeding``), prediction
(``surrogate``) and the choice of the child to train (``acquisition``, injectable).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import optuna
from optuna.distributions import BaseDistribution
from optuna.samplers import BaseSampler, RandomSampler
from optuna.trial import FrozenTrial, TrialState

from nas.finished_feed import FinishedFeed
from nas.front.hypervolume import Normalisation
from nas.objectives import OBJECTIVES, STATIC, static_costs
from nas.record import read_record
from nas.samplers.acquisition import Acquisition, hypervolume_gain
from nas.samplers.breeding import Breeder, Genome
from nas.samplers.population import spread_choice
from nas.samplers.selection import crowding, measured_noise, ranks, snap_to_noise_floor, tournament
from nas.samplers.surrogate import (
    ACCURACY_FEATURES,
    COST_FEATURES,
    Static,
    log_log_cost,
    optimistic_accuracy,
)
from search_spaces.space import SearchSpace, decode_genome, genome_distributions, smallest_genome

SPREAD_DRAWS = 32  # random genomes among which each first-generation target is matched
MAX_DRAWS = 400  # attempts to breed unseen children before giving up on a slot


class CostFirstSampler(BaseSampler):
    def __init__(
        self,
        space: SearchSpace,
        input_shape: tuple[int, int, int],
        num_classes: int,
        objectives: Sequence[str],
        normalisation: Normalisation,
        *,
        population_size: int = 8,
        offspring: int = 16,
        noise_floor: float = 0.05,
        accurate_every: int = 0,
        accurate_share: float = 0.0,
        spent_share: Callable[[Sequence[FrozenTrial]], float] | None = None,
        acquisition: Acquisition = hypervolume_gain,
        seed: int | None = None,
    ) -> None:
        if population_size < 2 or offspring < 1 or noise_floor < 0 or accurate_every < 0:
            raise ValueError(
                f"need population_size >= 2, offspring >= 1, noise_floor >= 0 and "
                f"accurate_every >= 0, got {population_size}, {offspring}, {noise_floor}, {accurate_every}"
            )
        if not 0 <= accurate_share < 1 or (accurate_share > 0 and spent_share is None):
            raise ValueError(f"need 0 <= accurate_share < 1 and, above 0, spent_share; got {accurate_share}")
        self.space = space
        self.input_shape = input_shape
        self.num_classes = num_classes
        self.objectives = list(objectives)
        self.normalisation = normalisation
        self.population_size = population_size
        self.offspring = offspring
        self.noise_floor = noise_floor
        self.accurate_every = accurate_every  # 0: never
        self.accurate_share = accurate_share  # 0: none
        self.spent_share = spent_share
        self._spreads: list[float] = []  # energy spread recorded with each trained trial's figures
        self.acquisition = acquisition
        self._rng = np.random.RandomState(seed)
        self._fallback = RandomSampler(seed=seed)
        self._distributions = genome_distributions(space)
        self._breeder = Breeder(self._distributions, self._rng)
        self._static: dict[str, Static] = {}  # by arch string
        self._trial_static: dict[int, Static] = {}  # by trial id, for complete trials
        # the finished trials, each taken in once: what proposals rank and fit on, as arrays, so
        # that a proposal's work in Python does not grow with the study
        self._feed = FinishedFeed()
        self._known: set[str] = set()  # architectures of finished trials
        self._trained: list[FrozenTrial] = []  # complete, with the whole genome, and trained
        width = len(self.objectives)
        self._complete_values = np.empty((0, width))
        self._complete_cost_x = np.empty((0, COST_FEATURES))
        self._trained_values = np.empty((0, width))
        self._trained_costs = np.empty((0, width))  # normalised
        self._trained_accuracy_x = np.empty((0, ACCURACY_FEATURES))

    def reseed_rng(self) -> None:
        self._rng.seed()
        self._fallback.reseed_rng()

    def infer_relative_search_space(
        self, study: optuna.Study, trial: FrozenTrial
    ) -> dict[str, BaseDistribution]:
        return dict(self._distributions)

    def sample_independent(
        self, study: optuna.Study, trial: FrozenTrial, param_name: str, param_distribution: BaseDistribution
    ) -> Any:
        return self._fallback.sample_independent(study, trial, param_name, param_distribution)

    def sample_relative(
        self, study: optuna.Study, trial: FrozenTrial, search_space: dict[str, BaseDistribution]
    ) -> Genome:
        if not search_space:
            return {}
        trials = study.get_trials(deepcopy=False)
        self._take_in(trials)
        running = {arch for t in self._feed.unfinished(trials) if (arch := self._arch(t))}
        known = self._known | running
        if len(self._trained) < self.population_size:
            placed = sum(1 for t in trials if t.number < trial.number and t.state != TrialState.PRUNED)
            genome = self._spread(placed, known)
        elif self._for_the_accurate_end(trial.number, trials):
            genome = self._accurate_offspring(known)
        else:
            genome = self._offspring(known)
        return genome if genome is not None else self._breeder.random_genome()

    def _take_in(self, trials: list[FrozenTrial]) -> None:
        """Add the trials finished since the last proposal to the arrays (each trial once)."""
        complete, trained = [], []
        for t in self._feed.take(trials):
            arch = self._arch(t)
            if arch is None:  # added by hand (study.add_trial) without the genome: cannot breed
                continue
            self._known.add(arch)
            if t.state == TrialState.COMPLETE:
                complete.append(t)
                record = read_record(t)
                if record.trained:
                    trained.append(t)
                    if record.measurement is not None and record.measurement.energy_spread is not None:
                        self._spreads.append(record.measurement.energy_spread)
        if complete:
            statics = [self._static_of_trial(t) for t in complete]
            self._complete_values = _grow(self._complete_values, [t.values for t in complete])
            self._complete_cost_x = _grow(self._complete_cost_x, [s.cost_features() for s in statics])
        if trained:
            statics = [self._static_of_trial(t) for t in trained]
            self._trained += trained
            self._trained_values = _grow(self._trained_values, [t.values for t in trained])
            costs = [self.normalisation.costs(self.objectives, t.values) for t in trained]
            self._trained_costs = _grow(self._trained_costs, costs)
            self._trained_accuracy_x = _grow(
                self._trained_accuracy_x, [s.accuracy_features() for s in statics]
            )

    def _spread(self, index: int, known: set[str]) -> Genome | None:
        """The first generation: the cheapest network, then targets spread in log MACs."""
        cheapest = smallest_genome(self.space)
        if index == 0 and self._arch_string(cheapest) not in known:
            return cheapest
        draws = self._unseen(self._breeder.random_genome, known, SPREAD_DRAWS)
        if not draws:
            return None
        chosen = spread_choice(
            index, self._static_of(cheapest).macs, [self._static_of(g).macs for g in draws]
        )
        return draws[chosen]

    def _offspring(self, known: set[str]) -> Genome | None:
        """Later generations: children of tournament-chosen parents, the most promising one."""
        trained, costs = self._trained, self._trained_costs
        noise = measured_noise(self._spreads, self.noise_floor)  # a gap the figures can support
        snapped = snap_to_noise_floor(costs, self.objectives, self.normalisation, noise)
        rank = ranks(snapped, 2 * self.population_size)
        distance = crowding(costs, rank)

        def parent() -> Genome:
            return trained[tournament(self._rng, rank, distance)].params

        children = self._children(parent, known)
        if len(children) <= 1:
            return children[0] if children else None
        front = [c for c, r in zip(costs.tolist(), rank, strict=True) if r == 0]
        return children[self.acquisition(front, self._predict(children))]

    def _children(self, parent: Callable[[], Genome], known: set[str]) -> list[Genome]:
        """Unseen children of parents drawn by ``parent``; one random genome if none can be bred."""
        breeder = self._breeder
        children = self._unseen(lambda: breeder.mutate(breeder.cross(parent(), parent())), known)
        return children or self._unseen(breeder.random_genome, known, 1)

    def _for_the_accurate_end(self, number: int, trials: Sequence[FrozenTrial]) -> bool:
        if "accuracy" not in self._kinds():
            return False
        every, share = self.accurate_every, self.accurate_share
        if every > 0 and number % every == every - 1:
            return True
        return share > 0 and self.spent_share is not None and self.spent_share(trials) >= 1 - share

    def _accurate_offspring(self, known: set[str]) -> Genome | None:
        """An unseen architecture drawn at random from those with more MACs than the most
        accurate trained network. Breeding from the most accurate networks and training the
        child predicted most accurate kept to the compute the cheap-end search had explored
        (on Fashion-MNIST, 0.3 M-parameter children of 1.5-3 M MACs reached 0.868-0.871),
        while random search's most accurate networks spent 2.5-7.7 M MACs at high resolution
        (0.870-0.882): accuracy follows compute there, and the surrogate, fitted where the
        search has been, cannot say where beyond it. Falls back to the bred child predicted
        most accurate when no costlier architecture is left."""
        position = self._kinds().index("accuracy")
        accuracy = self._trained_values[:, position]
        floor = self._static_of_trial(self._trained[int(np.argmax(accuracy))]).macs
        for genome in self._unseen(self._breeder.random_genome, known):
            if self._static_of(genome).macs > floor:
                return genome
        return self._bred_for_accuracy(known, accuracy)

    def _bred_for_accuracy(self, known: set[str], accuracy: np.ndarray) -> Genome | None:
        """A child of the most accurate trained networks, the one predicted most accurate."""
        position = self._kinds().index("accuracy")
        best = np.argsort(-accuracy, kind="stable")[: self.population_size]
        trained = self._trained

        def parent() -> Genome:  # a binary tournament among them, on accuracy alone
            a, b = (int(i) for i in best[self._rng.randint(len(best), size=2)])
            return trained[a if accuracy[a] >= accuracy[b] else b].params

        children = self._children(parent, known)
        if len(children) <= 1:
            return children[0] if children else None
        predicted = np.array(self._predict(children))[:, position]  # normalised: lower is better
        return children[int(np.argmin(predicted))]

    def _kinds(self) -> list[str]:
        return [OBJECTIVES[name].kind for name in self.objectives]

    def _predict(self, children: list[Genome]) -> list[list[float]]:
        """Each child's objectives in normalised costs, accuracy optimistic by one residual spread."""
        statics = [self._static_of(child) for child in children]
        columns: dict[str, np.ndarray] = {}
        for position, name in enumerate(self.objectives):
            kind = OBJECTIVES[name].kind
            if kind == "accuracy":
                x_new = np.array([s.accuracy_features() for s in statics])
                y = self._trained_values[:, position]
                columns[name] = optimistic_accuracy(self._trained_accuracy_x, y, x_new)
            elif kind == "static":  # exact before anything runs
                columns[name] = np.array([s.costs[name] for s in statics])
            else:  # measured: from MACs and parameters, by a log-log fit on the study's figures
                x_new = np.array([s.cost_features() for s in statics])
                y = self._complete_values[:, position]
                columns[name] = log_log_cost(self._complete_cost_x, y, x_new)
        rows = zip(*(columns[name] for name in self.objectives), strict=True)
        return [self.normalisation.costs(self.objectives, list(row)) for row in rows]

    def _unseen(self, breed: Any, known: set[str], wanted: int | None = None) -> list[Genome]:
        """Up to ``wanted`` (default ``offspring``) genomes of distinct architectures not in ``known``."""
        wanted = wanted or self.offspring
        found: dict[str, Genome] = {}
        for _ in range(MAX_DRAWS):
            genome = breed()
            arch = self._arch_string(genome)
            if arch not in known and arch not in found:
                found[arch] = genome
                if len(found) == wanted:
                    break
        return list(found.values())

    def _arch_string(self, genome: Genome) -> str:
        return str(decode_genome(self.space, genome))

    def _arch(self, trial: FrozenTrial) -> str | None:
        """The trial's architecture; None for a trial without the whole genome (added by hand).
        Its record names it (the objective decodes the same genome in the same space): decoding
        every trial again made a resumed 10 000-trial study's first proposal 0.2-0.3 s slower."""
        if not all(name in trial.params for name in self._distributions):
            return None
        return read_record(trial).arch or self._arch_string(trial.params)

    def _static_of_trial(self, trial: FrozenTrial) -> Static:
        """A finished trial's static figures: counted by its objective, read from its record."""
        if trial._trial_id not in self._trial_static:
            record = read_record(trial)
            if all(o.name in record.static_costs for o in STATIC):
                blocks = sum(stage.repeats for stage in decode_genome(self.space, trial.params).stages)
                costs = record.static_costs
                static = Static(costs["macs"], costs["params"], blocks, costs)
            else:  # recorded before static costs were (or by hand)
                static = self._static_of(trial.params)
            self._trial_static[trial._trial_id] = static
        return self._trial_static[trial._trial_id]

    def _static_of(self, genome: Genome) -> Static:
        arch = decode_genome(self.space, genome)
        key = str(arch)
        if key not in self._static:
            costs = static_costs(arch, self.input_shape, self.num_classes)
            blocks = sum(stage.repeats for stage in arch.stages)
            self._static[key] = Static(costs["macs"], costs["params"], blocks, costs)
        return self._static[key]


def _grow(array: np.ndarray, rows: list[Any]) -> np.ndarray:
    return np.vstack([array, np.asarray(rows, dtype=float).reshape(len(rows), array.shape[1])])
