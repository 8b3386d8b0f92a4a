"""The default sampler: NSGA-II's selection and variation, made to pay off in 20 to 200 trials.

Plain NSGA-II needs hundreds of trials (Optuna 5 defaults to TPE for that reason). This one keeps
NSGA-II's core (parents by non-dominated rank and crowding, uniform crossover, mutation) and
spends training only where it is likely to extend the front:

- **Never twice.** Candidates whose architecture is already in the study (in any worker) are
  not proposed; two workers racing on one are settled by ``nas.claims``.
- **Cost first.** A candidate's MACs and parameters are exact before training, and its latency
  and energy follow them closely (a log-log fit on the study's measured trials). Each slot
  breeds several children, predicts each child's objectives (accuracy from a small ridge fit on
  the trained trials, optimistic by one residual spread), and trains the child whose predicted
  point adds most hypervolume to the current front.
- **A spread first generation.** The first ``population_size`` candidates are the space's
  cheapest network and then networks spread evenly in log MACs across the space, instead of a
  uniform draw (which piles up in the middle).
- **Noise.** Latency and energy vary 0.3-16 % between repeats; parents are ranked with a
  noise floor (a cost must be ``noise_floor`` lower to dominate), so a lucky measurement does
  not push a network out of the parents. Fronts and hypervolume report the measured figures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import optuna
from optuna.distributions import BaseDistribution, CategoricalDistribution, IntDistribution
from optuna.samplers import BaseSampler, RandomSampler
from optuna.study._multi_objective import _fast_non_domination_rank
from optuna.trial import FrozenTrial, TrialState

from nas.finished_feed import FinishedFeed
from nas.front.hypervolume import Normalisation, hypervolume
from nas.objectives import OBJECTIVES, STATIC, static_costs
from nas.record import read_record
from search_spaces.space import SearchSpace, decode_genome, genome_distributions, smallest_genome

Genome = dict[str, Any]
SPREAD_DRAWS = 32  # random genomes among which each first-generation target is matched
MAX_DRAWS = 400  # attempts to breed unseen children before giving up on a slot


@dataclass(frozen=True)
class Static:
    """What is known of an architecture before training: exact, cheap."""

    macs: float
    params: float
    blocks: int
    costs: dict[str, float]  # every static objective's count, by name

    def cost_features(self) -> tuple[float, ...]:
        return (1.0, math.log(self.macs), math.log(self.params))

    def accuracy_features(self) -> tuple[float, ...]:
        log_macs = math.log(self.macs)
        return (1.0, log_macs, log_macs**2, math.log(self.params), float(self.blocks))


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
        seed: int | None = None,
    ) -> None:
        self.space = space
        self.input_shape = input_shape
        self.num_classes = num_classes
        self.objectives = list(objectives)
        self.normalisation = normalisation
        self.population_size = population_size
        self.offspring = offspring
        self.noise_floor = noise_floor
        self._rng = np.random.RandomState(seed)
        self._fallback = RandomSampler(seed=seed)
        self._distributions = genome_distributions(space)
        self._static: dict[str, Static] = {}  # by arch string
        self._trial_static: dict[int, Static] = {}  # by trial id, for complete trials
        # the finished trials, each taken in once: what proposals rank and fit on, as arrays, so
        # that a proposal's work in Python does not grow with the study
        self._feed = FinishedFeed()
        self._known: set[str] = set()  # architectures of finished trials
        self._complete: list[FrozenTrial] = []  # complete, with the whole genome
        self._trained: list[FrozenTrial] = []  # ... and trained
        width = len(self.objectives)
        self._complete_values = np.empty((0, width))
        self._complete_cost_x = np.empty((0, 3))
        self._trained_values = np.empty((0, width))
        self._trained_costs = np.empty((0, width))  # normalised
        self._trained_accuracy_x = np.empty((0, 5))

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
        else:
            genome = self._offspring(known)
        return genome if genome is not None else self._random_genome()

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
                if read_record(t).trained:
                    trained.append(t)
        if complete:
            statics = [self._static_of_trial(t) for t in complete]
            self._complete += complete
            self._complete_values = _grow(self._complete_values, [t.values for t in complete])
            self._complete_cost_x = _grow(self._complete_cost_x, [s.cost_features() for s in statics])
        if trained:
            statics = [self._static_of_trial(t) for t in trained]
            self._trained += trained
            self._trained_values = _grow(self._trained_values, [t.values for t in trained])
            self._trained_costs = _grow(self._trained_costs, [self._costs(t.values) for t in trained])
            self._trained_accuracy_x = _grow(
                self._trained_accuracy_x, [s.accuracy_features() for s in statics]
            )

    # --- the first generation -------------------------------------------------------------------

    def _spread(self, index: int, known: set[str]) -> Genome | None:
        """The cheapest network first, then targets evenly spread in log MACs (van der Corput)."""
        cheapest = smallest_genome(self.space)
        if index == 0 and self._arch_string(cheapest) not in known:
            return cheapest
        draws = self._unseen(self._random_genome, known, SPREAD_DRAWS)
        if not draws:
            return None
        low = math.log(self._static_of(cheapest).macs)
        high = max(math.log(self._static_of(g).macs) for g in draws)
        target = low + _van_der_corput(max(index, 1)) * (high - low)
        return min(draws, key=lambda g: abs(math.log(self._static_of(g).macs) - target))

    # --- later generations ----------------------------------------------------------------------

    def _offspring(self, known: set[str]) -> Genome | None:
        trained, costs = self._trained, self._trained_costs
        ranks = _fast_non_domination_rank(
            snap_to_noise_floor(costs, self.objectives, self.normalisation, self.noise_floor),
            n_below=2 * self.population_size,
        )
        crowding = _crowding(costs, ranks)

        def parent() -> FrozenTrial:
            a, b = self._rng.randint(len(trained), size=2)
            better = a if (ranks[a], -crowding[a]) <= (ranks[b], -crowding[b]) else b
            return trained[int(better)]

        children = self._unseen(lambda: self._mutate(self._cross(parent().params, parent().params)), known)
        if not children:
            children = self._unseen(self._random_genome, known, 1)
        if len(children) <= 1:
            return children[0] if children else None
        predicted = self._predict(children)
        front = [c for c, rank in zip(costs.tolist(), ranks, strict=True) if rank == 0]
        base = hypervolume(front)
        gains = [hypervolume([*front, point]) - base for point in predicted]
        if max(gains) <= 0:  # none predicted to extend the front: the nearest to it
            gains = [-min(_distance(point, f) for f in front) for point in predicted]
        return children[int(np.argmax(gains))]

    def _cross(self, a: Genome, b: Genome) -> Genome:
        mask = self._rng.rand(len(self._distributions)) < 0.5
        return {name: (a if pick else b)[name] for name, pick in zip(self._distributions, mask, strict=True)}

    def _mutate(self, genome: Genome) -> Genome:
        rate = max(1.0 / len(self._distributions), 0.1)
        mutated = dict(genome)
        for name, dist in self._distributions.items():
            if self._rng.rand() < rate:
                mutated[name] = self._neighbour(dist, genome[name])
        return mutated

    def _neighbour(self, dist: BaseDistribution, value: Any) -> Any:
        """An integer moves one step (widths and depths change gradually); a choice is redrawn."""
        if isinstance(dist, IntDistribution):
            step = dist.step * (1 if self._rng.rand() < 0.5 else -1)
            return int(min(max(value + step, dist.low), dist.high))
        assert isinstance(dist, CategoricalDistribution)
        return dist.choices[self._rng.randint(len(dist.choices))]

    # --- prediction -----------------------------------------------------------------------------

    def _predict(self, children: list[Genome]) -> list[list[float]]:
        """Each child's objectives in normalised costs, accuracy optimistic by one residual spread."""
        statics = [self._static_of(child) for child in children]
        columns: dict[str, np.ndarray] = {}
        for position, name in enumerate(self.objectives):
            if OBJECTIVES[name].kind == "accuracy":
                x, y = self._trained_accuracy_x, self._trained_values[:, position]
                mean, spread = _ridge(x, y, np.array([s.accuracy_features() for s in statics]))
                columns[name] = np.clip(mean + spread, 0.0, 1.0)
            elif OBJECTIVES[name].kind == "static":  # exact before anything runs
                columns[name] = np.array([s.costs[name] for s in statics])
            else:  # measured: from MACs and parameters, by a log-log fit on the study's figures
                values = self._complete_values[:, position]
                measured = (values > 0) & np.isfinite(values)
                x, y = self._complete_cost_x[measured], np.log(values[measured])
                mean, _ = _ridge(x, y, np.array([s.cost_features() for s in statics]))
                columns[name] = np.exp(mean)
        rows = zip(*(columns[name] for name in self.objectives), strict=True)
        return [self._costs(list(row)) for row in rows]

    def _costs(self, values: Sequence[float]) -> list[float]:
        if self.normalisation is None:
            return [
                (-v if name == "accuracy" else math.log(max(v, 1e-300)))
                for name, v in zip(self.objectives, values, strict=True)
            ]
        return self.normalisation.costs(self.objectives, values)

    # --- genomes and architectures --------------------------------------------------------------

    def _random_genome(self) -> Genome:
        genome: Genome = {}
        for name, dist in self._distributions.items():
            if isinstance(dist, IntDistribution):
                steps = (dist.high - dist.low) // dist.step
                genome[name] = dist.low + dist.step * self._rng.randint(steps + 1)
            else:
                assert isinstance(dist, CategoricalDistribution)
                genome[name] = dist.choices[self._rng.randint(len(dist.choices))]
        return genome

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

    def _has_genome(self, trial: FrozenTrial) -> bool:
        return all(name in trial.params for name in self._distributions)

    def _arch(self, trial: FrozenTrial) -> str | None:
        """The trial's architecture; None for a trial without the whole genome (added by hand).
        Its record names it (the objective decodes the same genome in the same space): decoding
        every trial again made a resumed 10 000-trial study's first proposal 0.2-0.3 s slower."""
        if not self._has_genome(trial):
            return None
        return read_record(trial).arch or self._arch_string(trial.params)

    def _static_of_trial(self, trial: FrozenTrial) -> Static:
        """A finished trial's static figures: counted by its objective, read from its record
        (counting them again would build every network of the study once more)."""
        if trial._trial_id not in self._trial_static:
            record = read_record(trial)
            if all(o.name in record.static_costs for o in STATIC):
                blocks = sum(stage.repeats for stage in decode_genome(self.space, trial.params).stages)
                costs = record.static_costs
                static = Static(costs["macs"], costs["params"], blocks, costs)
            else:
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


def snap_to_noise_floor(
    costs: np.ndarray, objectives: Sequence[str], normalisation: Normalisation, noise_floor: float
) -> np.ndarray:
    """Normalised costs with latency and energy snapped to steps of ``noise_floor`` (relative):
    measured costs closer than that fall in one step, where neither dominates the other."""
    snapped = costs.copy()
    for position, name in enumerate(objectives):
        if OBJECTIVES[name].noisy and noise_floor > 0:
            floor, ceiling = normalisation.bounds[name]
            step = math.log10(1 + noise_floor) / math.log10(ceiling / floor)
            snapped[:, position] = np.floor(costs[:, position] / step)
    return snapped


def _grow(array: np.ndarray, rows: list[Any]) -> np.ndarray:
    return np.vstack([array, np.asarray(rows, dtype=float).reshape(len(rows), array.shape[1])])


def _van_der_corput(index: int) -> float:
    """0.5, 0.25, 0.75, 0.125, ...: each new target halves the largest gap."""
    value, base = 0.0, 0.5
    while index:
        value += base * (index & 1)
        index >>= 1
        base /= 2
    return value


def _ridge(x: np.ndarray, y: np.ndarray, x_new: np.ndarray, alpha: float = 1e-2) -> tuple[np.ndarray, float]:
    """Ridge regression on standardised features: predictions and the residual spread."""
    mean, scale = x[:, 1:].mean(axis=0), x[:, 1:].std(axis=0) + 1e-9

    def standard(a: np.ndarray) -> np.ndarray:
        return np.hstack([a[:, :1], (a[:, 1:] - mean) / scale])

    xs = standard(x)
    penalty = alpha * np.eye(xs.shape[1])
    penalty[0, 0] = 0.0  # the intercept is not shrunk
    weights = np.linalg.solve(xs.T @ xs + penalty, xs.T @ y)
    residual = y - xs @ weights
    dof = max(len(y) - xs.shape[1], 1)
    return standard(x_new) @ weights, float(np.sqrt(residual @ residual / dof))


def _crowding(costs: np.ndarray, ranks: np.ndarray) -> np.ndarray:
    """NSGA-II's crowding distance within each rank (boundaries infinite)."""
    crowding = np.zeros(len(costs))
    for rank in np.unique(ranks):
        members = np.flatnonzero(ranks == rank)
        if len(members) <= 2:
            crowding[members] = np.inf
            continue
        for column in costs[members].T:
            order = members[np.argsort(column)]
            span = float(column.max() - column.min()) or 1.0
            crowding[order[0]] = crowding[order[-1]] = np.inf
            sorted_values = np.sort(column)
            crowding[order[1:-1]] += (sorted_values[2:] - sorted_values[:-2]) / span
    return crowding


def _distance(a: Sequence[float], b: Sequence[float]) -> float:
    """How far ``a`` is from being no worse than ``b`` in every objective."""
    return float(np.linalg.norm(np.maximum(np.asarray(a) - np.asarray(b), 0.0)))
