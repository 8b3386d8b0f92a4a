"""The search's own footprint: the energy its trials spent training and measuring, and its CO2e.

Energies are what the meters saw (gross of any idle baseline: the machine drew it for the
search), summed over the study's trials from the storage; a counter's training reading counts
at the training's share of its device (trainings that ran beside it drew the rest). CO2e is
computed when shown, from the configured factors, so a figure always comes with the factors
that made it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from optuna.trial import FrozenTrial

from estimators import CarbonFactors
from nas.finished_feed import FinishedFeed
from nas.record import TrialRecord, read_record


@dataclass(frozen=True)
class Footprint:
    trials: int  # trials that spent measured or modelled energy
    train_j: float
    measure_j: float
    sources: tuple[str, ...]  # the meters the energies came from
    factors: CarbonFactors
    train_by_source: dict[str, float] = field(default_factory=dict)  # training's joules per meter
    pareto_stops: int = 0  # trainings stopped because they could not reach the front
    pareto_saved_j: float = 0.0  # training energy those stops saved (estimated)

    @property
    def energy_j(self) -> float:
        return self.train_j + self.measure_j

    @property
    def co2e_g(self) -> float:
        return self.factors.co2e_grams(self.energy_j)

    def summary(self) -> str:
        saved = (
            f"; Pareto-aware stopping ended {self.pareto_stops} trainings early, saving about "
            f"{self.pareto_saved_j:.1f} J (estimated from the median length of full trainings)"
            if self.pareto_stops
            else ""
        )
        split = ""
        if len(self.train_by_source) > 1:  # say what was measured and what modelled
            split = ": " + " + ".join(f"{name} {j:.1f} J" for name, j in sorted(self.train_by_source.items()))
        return (
            f"search footprint: {self.energy_j:.1f} J over {self.trials} trials "
            f"(training {self.train_j:.1f} J{split}, measurement {self.measure_j:.1f} J; "
            f"{', '.join(self.sources) or 'no meter'}) "
            f"= {self.co2e_g:.3g} g CO2e at {self.factors.source}{saved}"
        )


def study_footprint(trials: Sequence[FrozenTrial], factors: CarbonFactors) -> Footprint:
    return FootprintTally(factors).update(trials)


@dataclass
class _Sums:
    trials: int = 0
    train_j: float = 0.0
    measure_j: float = 0.0
    pareto_stops: int = 0
    pareto_saved_j: float = 0.0
    train_by_source: dict[str, float] = field(default_factory=dict)

    def add(self, record: TrialRecord) -> None:
        self.trials += 1
        attributed = record.train_energy_attributed()  # a counter's reading: the training's share
        self.train_j += sum(attributed.values()) if attributed else record.train_energy_j
        for name, joules in attributed.items():
            self.train_by_source[name] = self.train_by_source.get(name, 0.0) + joules
        self.measure_j += record.measure_energy_j
        if record.pareto_saved_energy_j is not None:
            self.pareto_stops += 1
            self.pareto_saved_j += record.pareto_saved_energy_j


class FootprintTally:
    """The footprint kept current as trials finish: a finished trial's record is read once (it
    never changes again); running trials, which may have spent energy already, at every update."""

    def __init__(self, factors: CarbonFactors) -> None:
        self.factors = factors
        self.finished = _Sums()
        self.sources: set[str] = set()
        self.feed = FinishedFeed()

    def update(self, trials: Sequence[FrozenTrial]) -> Footprint:
        running = _Sums()
        self._add(self.finished, self.feed.take(trials))
        self._add(running, self.feed.unfinished(trials))  # they may have spent energy already
        return Footprint(
            trials=self.finished.trials + running.trials,
            train_j=self.finished.train_j + running.train_j,
            measure_j=self.finished.measure_j + running.measure_j,
            sources=tuple(sorted(self.sources)),
            factors=self.factors,
            train_by_source=_summed(self.finished.train_by_source, running.train_by_source),
            pareto_stops=self.finished.pareto_stops + running.pareto_stops,
            pareto_saved_j=self.finished.pareto_saved_j + running.pareto_saved_j,
        )

    def _add(self, sums: _Sums, trials: Sequence[FrozenTrial]) -> None:
        for trial in trials:
            record = read_record(trial)
            if record.measure_energy_source or record.train_energy_source:
                self.sources |= set(record.train_energy_shares())
                self.sources |= {record.measure_energy_source} - {""}
                sums.add(record)


def _summed(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    return {name: a.get(name, 0.0) + b.get(name, 0.0) for name in a.keys() | b.keys()}
