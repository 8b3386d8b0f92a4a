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


def trial_energy_j(trial: FrozenTrial) -> float:
    return float(trial.user_attrs.get("train_energy_j", 0.0)) + float(
        trial.user_attrs.get("measure_energy_j", 0.0)
    )


def study_footprint(trials: Sequence[FrozenTrial], factors: CarbonFactors) -> Footprint:
    spent = [t for t in trials if "train_energy_j" in t.user_attrs or "measure_energy_j" in t.user_attrs]
    sources = {
        str(t.user_attrs[key])
        for t in spent
        for key in ("train_energy_source", "measure_energy_source")
        if key in t.user_attrs
    }
    return Footprint(
        trials=len(spent),
        train_j=sum(float(t.user_attrs.get("train_energy_j", 0.0)) for t in spent),
        measure_j=sum(float(t.user_attrs.get("measure_energy_j", 0.0)) for t in spent),
        sources=tuple(sorted(sources)),
        factors=factors,
        pareto_stops=sum("pareto_saved_energy_j" in t.user_attrs for t in spent),
        pareto_saved_j=sum(float(t.user_attrs.get("pareto_saved_energy_j", 0.0)) for t in spent),
    )
