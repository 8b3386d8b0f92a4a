"""The front's rows: one typed row per member, which every rendering formats the same way (the
terminal table, HTML, Markdown, JSON, CSV, the plots' tooltips). Its cost columns are every cost
objective of the registry (nas/objectives.py), so a new objective shows up in all of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import optuna
from optuna.trial import FrozenTrial

from nas.finalized import Finalized, read_finalized
from nas.formatting import accuracy_text
from nas.front.final import final_front
from nas.objectives import COSTS
from nas.record import read_record

COST_HEADERS: tuple[str, ...] = tuple(o.label for o in COSTS)
HEADERS: tuple[str, ...] = ("trial", "val acc", "test acc", *COST_HEADERS, "energy source", "arch")
COLUMNS: tuple[str, ...] = (  # the keys of ``as_dict``: costs by their configuration key, with units
    "trial",
    "val_accuracy",
    "test_accuracy",
    *(o.key for o in COSTS),
    "energy_source",
    "arch",
)


@dataclass(frozen=True)
class FrontRow:
    trial: int
    val_accuracy: float  # selects (the objective)
    test_accuracy: float | None  # reported only
    costs: dict[str, float | None]  # every cost objective by name; None where not known
    energy_source: str  # "rapl", "nvml" or "model:<name>"
    arch: str

    @classmethod
    def of(cls, trial: FrozenTrial) -> FrontRow:
        record = read_record(trial)
        return cls(
            trial=trial.number,
            val_accuracy=record.val_accuracy,
            test_accuracy=record.test_accuracy,
            costs={o.name: o.value(record) for o in COSTS},
            energy_source=record.energy_source,
            arch=record.arch,
        )

    def as_dict(self) -> dict[str, Any]:
        """For JSON and CSV, keyed by ``COLUMNS``."""
        costs = [self.costs[o.name] for o in COSTS]
        values = (self.trial, self.val_accuracy, self.test_accuracy, *costs, self.energy_source, self.arch)
        return dict(zip(COLUMNS, values, strict=True))

    def cells(self) -> tuple[str, ...]:
        """As a person reads them, under ``HEADERS``."""
        costs = (o.text(self.costs[o.name]) for o in COSTS)
        accuracies = (accuracy_text(self.val_accuracy), accuracy_text(self.test_accuracy))
        return (str(self.trial), *accuracies, *costs, self.energy_source, self.arch)

    def tooltip(self) -> str:
        """Several lines, for a point of a plot."""

        def figures(kind: str) -> str:
            return "  ".join(f"{o.label} {o.text(self.costs[o.name])}" for o in COSTS if o.kind == kind)

        return (
            f"trial {self.trial}: {self.arch}\n"
            f"val acc {accuracy_text(self.val_accuracy)}  test acc {accuracy_text(self.test_accuracy)}\n"
            f"per inference ({self.energy_source}): {figures('measured')}\n"
            f"{figures('static')}"
        )


def front_rows(front: Sequence[FrozenTrial]) -> list[FrontRow]:
    return [FrontRow.of(trial) for trial in front]


FINAL_HEADERS: tuple[str, ...] = (
    "network",
    "proxy val",
    "proxy test",
    "final val",
    "final test",
    *COST_HEADERS,
    "energy source",
    "arch",
)


@dataclass(frozen=True)
class FinalRow:
    """A finalized network (``nas finalize``) with its proxy figures beside the final ones; its
    costs are re-measured on the final weights."""

    network: str  # "trial 7", or a reference network's name
    trial: int | None
    on_final_front: bool
    proxy_val_accuracy: float | None
    proxy_test_accuracy: float | None
    val_accuracy: float  # final: the last epoch of the full recipe (or the proxy's, if kept)
    test_accuracy: float | None  # scored once, reported only
    costs: dict[str, float | None]
    energy_source: str
    arch: str
    epochs: int | None = None  # the recipe's
    attempt: int = 1  # 2 and up: finalized again with another recipe, the earlier kept
    weights_from: str = "final"  # "proxy": the final training was worse, the proxy checkpoint kept

    @classmethod
    def of(cls, finalized: Finalized, on_final_front: bool) -> FinalRow:
        record, proxy = finalized.record, finalized.proxy
        return cls(
            network=finalized.label,
            trial=finalized.trial,
            on_final_front=on_final_front,
            proxy_val_accuracy=proxy.val_accuracy if proxy else None,
            proxy_test_accuracy=proxy.test_accuracy if proxy else None,
            val_accuracy=record.val_accuracy,
            test_accuracy=record.test_accuracy,
            costs={o.name: o.value(record) for o in COSTS},
            energy_source=record.energy_source,
            arch=record.arch,
            epochs=finalized.recipe.get("epochs"),
            attempt=finalized.attempt,
            weights_from=finalized.weights_from,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "network": self.network,
            "trial": self.trial,
            "on_final_front": self.on_final_front,
            "proxy_val_accuracy": self.proxy_val_accuracy,
            "proxy_test_accuracy": self.proxy_test_accuracy,
            "val_accuracy": self.val_accuracy,
            "test_accuracy": self.test_accuracy,
            **{o.key: self.costs[o.name] for o in COSTS},
            "energy_source": self.energy_source,
            "arch": self.arch,
            "epochs": self.epochs,
            "attempt": self.attempt,
            "weights_from": self.weights_from,
        }

    def cells(self) -> tuple[str, ...]:
        """As a person reads them, under ``FINAL_HEADERS``; * marks the final front."""
        accuracies = (
            self.proxy_val_accuracy,
            self.proxy_test_accuracy,
            self.val_accuracy,
            self.test_accuracy,
        )
        costs = (o.text(self.costs[o.name]) for o in COSTS)
        network = f"{self.network} *" if self.on_final_front else self.network
        network += " (proxy's weights)" if self.weights_from == "proxy" else ""
        return (network, *map(accuracy_text, accuracies), *costs, self.energy_source, self.arch)


def final_rows(study: optuna.Study) -> list[FinalRow]:
    """Every finalized network of the study (references too), most accurate first."""
    on_front = {t.number for t in final_front(study)}
    finals = sorted(read_finalized(study).values(), key=lambda f: (-f.record.val_accuracy, f.key))
    return [FinalRow.of(f, f.trial is not None and f.trial in on_front) for f in finals]
