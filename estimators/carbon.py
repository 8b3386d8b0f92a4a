"""Energy into CO2-equivalent, the Patterson et al. (2021) way: ``kWh x PUE x grid intensity``.

Patterson, Gonzalez, Le, Liang, Munguia, Rothchild, So, Texier and Dean, "Carbon Emissions and
Large Neural Network Training", arXiv:2104.10350 (2021).

The grid intensities below are offline, cited and rounded to the gram; nothing is fetched.
Source: Ember, yearly electricity data, lifecycle emissions intensity of electricity generation
in 2023 (gCO2e/kWh), as published by Our World in Data ("Carbon intensity of electricity
generation"). Regions are ISO 3166-1 alpha-2 codes, and ``WORLD`` for the global average.
Where your grid is not listed, or you know your supplier's figure, set the intensity directly.

PUE (power usage effectiveness, facility energy / IT energy) defaults to 1.58, the average
annual PUE reported by the Uptime Institute Global Data Center Survey 2023. A laptop or a
desktop without a cooled machine room is closer to 1.0; hyperscale clouds report 1.1-1.2.
"""

from __future__ import annotations

from dataclasses import dataclass

GRID_SOURCE = "Ember 2023, via Our World in Data"
GRID_G_PER_KWH: dict[str, float] = {
    "WORLD": 481,
    "AT": 111,
    "AU": 549,
    "BE": 138,
    "BR": 98,
    "CA": 170,
    "CN": 582,
    "CZ": 450,
    "DE": 381,
    "DK": 152,
    "FI": 79,
    "FR": 56,
    "GR": 337,
    "HU": 204,
    "IE": 291,
    "IN": 713,
    "NO": 30,
}
PUE_SOURCE = "Uptime Institute Global Data Center Survey 2023"
DEFAULT_PUE = 1.58
JOULES_PER_KWH = 3.6e6


@dataclass(frozen=True)
class CarbonFactors:
    g_per_kwh: float
    pue: float
    source: str  # where both numbers came from, shown with every CO2e figure

    def co2e_grams(self, joules: float) -> float:
        return joules / JOULES_PER_KWH * self.pue * self.g_per_kwh


def carbon_factors(
    region: str = "WORLD", g_per_kwh: float | None = None, pue: float | None = None
) -> CarbonFactors:
    """Factors for ``region``, or for a grid intensity given directly (which then wins)."""
    pue_note = f"PUE {pue} (given)" if pue is not None else f"PUE {DEFAULT_PUE} ({PUE_SOURCE})"
    if g_per_kwh is not None:
        grid_note = f"{g_per_kwh:g} gCO2e/kWh (given)"
    else:
        code = region.upper()
        if code not in GRID_G_PER_KWH:
            raise ValueError(
                f"no grid intensity for region {region!r}; known: {', '.join(GRID_G_PER_KWH)}, "
                "or give carbon_intensity_g_per_kwh"
            )
        g_per_kwh = GRID_G_PER_KWH[code]
        grid_note = f"{g_per_kwh:g} gCO2e/kWh ({code}, {GRID_SOURCE})"
    return CarbonFactors(g_per_kwh, DEFAULT_PUE if pue is None else pue, f"{grid_note} x {pue_note}")
