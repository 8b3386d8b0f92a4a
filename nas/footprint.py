"""The search's own footprint: the energy its trials spent training and measuring, and its CO2e.

Energies are what the meters saw (gross of any idle baseline: the machine drew it for the
search), summed over the study's trials from the storage; CO2e is computed when shown, from
the configured factors, so a figure always comes with the factors that made it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from optuna.trial import FrozenTrial

from estimators import CarbonFactors
from nas.record import read_record


@dataclass(frozen=True)
class Footprint:
    trials: int  # trials that spent measured or modelled energy
    train_j: float
    measure_j: float
    sources: tuple[str, ...]  # the meters the energies came from
    factors: CarbonFactors
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
        return (
            f"search footprint: {self.energy_j:.1f} J over {self.trials} trials "
            f"(training {self.train_j:.1f} J, measurement {self.measure_j:.1f} J; "
            f"{', '.join(self.sources) or 'no meter'}) "
            f"= {self.co2e_g:.3g} g CO2e at {self.factors.source}{saved}"
        )


def study_footprint(trials: Sequence[FrozenTrial], factors: CarbonFactors) -> Footprint:
    records = [read_record(t) for t in trials]
    spent = [r for r in records if r.measure_energy_source or r.train_energy_source]
    sources = {source for r in spent for source in (r.train_energy_source, r.measure_energy_source) if source}
    saved = [r.pareto_saved_energy_j for r in spent if r.pareto_saved_energy_j is not None]
    return Footprint(
        trials=len(spent),
        train_j=sum(r.train_energy_j for r in spent),
        measure_j=sum(r.measure_energy_j for r in spent),
        sources=tuple(sorted(sources)),
        factors=factors,
        pareto_stops=len(saved),
        pareto_saved_j=sum(saved),
    )
