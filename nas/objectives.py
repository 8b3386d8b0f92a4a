"""The objectives a search can optimise, one registered entry each: the only place that knows
what "energy" or "latency" means to the rest of the service.

The configuration's ``study.objectives`` and its ``[budget]`` and ``[hypervolume]`` keys, the
study's directions and metric names, budgets, the hypervolume's normalisation, the cost-first
sampler's predictions and noise floor, MLflow's metrics and saved view, and every rendering of
the front derive from ``OBJECTIVES``. Three kinds, which decide how an objective is obtained:

- ``accuracy``: validation accuracy of the training proxy (always an objective, maximised);
- ``static``: counted exactly from the architecture before anything is built or run
  (``count``); budgets on these reject a candidate before it is measured or trained;
- ``measured``: by ONNX Runtime on the target (noisy), read from each measurement (``measure``);
  the sampler predicts them from the static figures and ranks them with a noise floor, and
  pairing measures a front candidate's again beside its neighbours.

A new static objective is an estimator (a ``count`` function) and one entry below; a new
measured one is a figure of ``Measurement`` (estimators/measurement.py) and one entry
(``measured_objective``). Either then appears in the configuration, budgets, the front, pairing,
MLflow's columns, the saved view and the report by itself; ``register`` adds one from outside. This
module loads neither PyTorch nor ONNX Runtime: counts import what they need when called.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from nas.formatting import accuracy_text, bytes_text, count_text, energy_text, latency_text

if TYPE_CHECKING:
    from estimators import Measurement
    from nas.record import TrialRecord
    from nas.reference_costs import ReferenceCost
    from search_spaces import Arch

Kind = Literal["accuracy", "static", "measured"]
Count = Callable[["Arch", tuple[int, int, int], int], float]  # (arch, input shape, classes) -> cost


@dataclass(frozen=True)
class Objective:
    name: str  # as written in study.objectives, and Optuna's metric name
    kind: Kind
    label: str  # column header in every rendering of the front
    text: Callable[[float | None], str]  # a value as a person reads it
    value: Callable[[TrialRecord], float | None]  # from a trial's record (None: not known)
    metric: str  # MLflow metric name...
    metric_scale: float = 1.0  # ... of value x scale (energy in µJ, latency in µs)
    key: str = ""  # config keys: [budget] max_<key>, [hypervolume] <key> (costs only)
    integer: bool = False  # budgets written as integers (counts)
    fallback_ceiling: float = 1.0  # hypervolume ceiling when the references cannot set one
    count: Count | None = None  # static objectives: the exact count from the architecture
    reference: Callable[[ReferenceCost], float | None] | None = None  # a reference network's cost
    measure: Callable[[Measurement], float] | None = None  # measured objectives: from a measurement

    @property
    def direction(self) -> Literal["maximize", "minimize"]:
        return "maximize" if self.kind == "accuracy" else "minimize"

    @property
    def noisy(self) -> bool:
        """Measured figures vary between repeats; counted ones never do."""
        return self.kind == "measured"

    def reference_cost(self, reference: ReferenceCost) -> float | None:
        if self.reference is not None:
            return self.reference(reference)
        return reference.static.get(self.name, reference.measured.get(self.name))


def measured_objective(
    name: str,
    label: str,
    text: Callable[[float | None], str],
    measure: Callable[[Measurement], float],
    metric: str,
    metric_scale: float,
    *,
    key: str,
    fallback_ceiling: float,
    reference: Callable[[ReferenceCost], float | None] | None = None,
) -> Objective:
    """A figure ONNX Runtime measures per inference (``measure`` reads it from a measurement):
    a trial's value is its pairing's figure where it was paired (nas/search/pairing.py), else
    its own measurement's; a reference network's, ``reference`` (default: what its measurement
    gave, kept by objective name)."""

    def value(record: TrialRecord) -> float | None:
        if record.paired is not None and name in record.paired.figures:
            return record.paired.figures[name]
        return measure(record.measurement) if record.measurement is not None else None

    return Objective(
        name,
        "measured",
        label,
        text,
        value,
        metric,
        metric_scale,
        key=key,
        fallback_ceiling=fallback_ceiling,
        reference=reference,
        measure=measure,
    )


def _static_cost(name: str) -> Callable[[TrialRecord], float | None]:
    return lambda record: record.static_costs.get(name)


def _params(arch: Arch, input_shape: tuple[int, int, int], classes: int) -> float:
    from search_spaces import static_counts

    return float(static_counts(arch, input_shape, classes)[0])


def _macs(arch: Arch, input_shape: tuple[int, int, int], classes: int) -> float:
    from search_spaces import static_counts

    return float(static_counts(arch, input_shape, classes)[1])


def _peak_memory(arch: Arch, input_shape: tuple[int, int, int], classes: int) -> float:
    from estimators.memory import peak_activation_bytes

    return float(peak_activation_bytes(arch, input_shape))


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


_ENTRIES = (
    Objective(
        "accuracy",
        "accuracy",
        "val acc",
        accuracy_text,
        lambda r: r.val_accuracy if r.trained else None,
        "val_accuracy",
    ),
    measured_objective(
        "energy",
        "energy",
        energy_text,
        lambda m: m.energy_j,
        "energy_uj",
        1e6,
        key="energy_j",
        fallback_ceiling=1e-3,
        reference=lambda ref: ref.energy_j,  # stored as such by studies made before ``measured``
    ),
    measured_objective(
        "latency",
        "latency",
        latency_text,
        lambda m: m.latency_ms_median,
        "latency_us",
        1e3,
        key="latency_ms",
        fallback_ceiling=1.0,
        reference=lambda ref: ref.latency_ms,
    ),
    Objective(
        "params",
        "static",
        "params",
        count_text,
        lambda r: _float(r.params),
        "params",
        key="params",
        integer=True,
        fallback_ceiling=1e6,
        count=_params,
        reference=lambda ref: float(ref.params),
    ),
    Objective(
        "macs",
        "static",
        "MACs",
        count_text,
        lambda r: _float(r.macs),
        "macs",
        key="macs",
        integer=True,
        fallback_ceiling=1e8,
        count=_macs,
        reference=lambda ref: float(ref.macs),
    ),
    Objective(
        "peak_memory",
        "static",
        "peak memory",
        bytes_text,
        _static_cost("peak_memory"),
        "peak_memory_kb",
        1e-3,
        key="peak_memory_bytes",
        integer=True,
        fallback_ceiling=1e7,
        count=_peak_memory,
    ),
)

OBJECTIVES: dict[str, Objective] = {}
COSTS: list[Objective] = []  # every objective but accuracy, in the order registered
STATIC: list[Objective] = []
MEASURED: list[Objective] = []


def register(objective: Objective) -> None:
    """Add an objective to the registry (a test's, or a plug-in's): it must come before
    nas.config is imported, whose [budget] and [hypervolume] keys are made from the costs."""
    import sys

    if "nas.config.sections" in sys.modules and objective.kind != "accuracy":
        raise RuntimeError(f"objective {objective.name!r}: register it before nas.config is imported")
    if objective.name in OBJECTIVES:
        raise ValueError(f"objective {objective.name!r} is registered already")
    if objective.kind == "measured" and objective.measure is None:
        raise ValueError(f"measured objective {objective.name!r} needs measure (see measured_objective)")
    _add(objective)


def _add(objective: Objective) -> None:
    OBJECTIVES[objective.name] = objective
    groups = {"static": (COSTS, STATIC), "measured": (COSTS, MEASURED)}.get(objective.kind, ())
    for group in groups:
        group.append(objective)


for _entry in _ENTRIES:
    _add(_entry)
DEFAULT = ("accuracy", "energy", "latency")


def objectives(names: list[str] | tuple[str, ...]) -> list[Objective]:
    """The entries of ``names``, in order (names were checked by the configuration)."""
    return [OBJECTIVES[name] for name in names]


def static_costs(arch: Arch, input_shape: tuple[int, int, int], classes: int) -> dict[str, float]:
    """Every static objective's exact count for ``arch``, by name (cheap: arithmetic only)."""
    return {o.name: o.count(arch, input_shape, classes) for o in STATIC if o.count is not None}
