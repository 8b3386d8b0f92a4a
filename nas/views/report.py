"""``nas report``: a self-contained HTML or Markdown account of a study, the reporting the Green
AI literature asks for: what was found (the front, beside the reference networks), what finding
it cost (compute hours, energy, CO2e, hardware, where every energy figure came from), and how to
reproduce it (the exact configuration and commands, with package versions).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import json
import platform
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import optuna
from optuna.trial import FrozenTrial, TrialState

from nas.config import Config, ConfigError, config_toml
from nas.finalized import finalized_trials
from nas.footprint import Footprint, study_footprint
from nas.front.hypervolume import front_hypervolume, study_normalisation
from nas.front.pareto import pareto_front
from nas.front.rows import COST_HEADERS, FINAL_HEADERS, HEADERS, FinalRow, final_rows, front_rows
from nas.objectives import COSTS
from nas.record import read_record
from nas.reference_costs import ReferenceCost, study_references
from nas.stores import check_output
from nas.study import FULL_CONFIG_ATTR
from nas.urls import masked
from nas.views.figures import front_figure
from nas.views.layout import trained_trials
from nas.views.page import STYLE, front_table_html
from nas.views.svg import front_svg

PACKAGES = ("joule-nas", "torch", "onnxruntime", "onnx", "optuna", "mlflow")


def compute_hours(trials: list[FrozenTrial]) -> tuple[float, float]:
    """Hours spent inside trials (all workers added up), and the wall-clock span of the study."""
    starts, ends = [], []
    for t in trials:
        if t.datetime_start is not None and t.datetime_complete is not None:
            starts.append(t.datetime_start)
            ends.append(t.datetime_complete)
    if not starts:
        return 0.0, 0.0
    busy = sum((end - start).total_seconds() for start, end in zip(starts, ends, strict=True))
    return busy / 3600, (max(ends) - min(starts)).total_seconds() / 3600


def cost_lines(study: optuna.Study, footprint: Footprint) -> list[str]:
    trials = study.get_trials(deepcopy=False)
    states = {
        state.name.lower(): sum(t.state == state for t in trials)
        for state in TrialState
        if state.is_finished()
    }
    busy, span = compute_hours(trials)
    hardware = sorted({record.hardware for t in trials if (record := read_record(t)).hardware})
    devices = sorted({record.measured_on for t in trials if (record := read_record(t)).measured_on})
    lines = [
        f"trials: {', '.join(f'{n} {s}' for s, n in states.items() if n)}",
        f"compute: {busy:.3f} hours ({busy * 3600:.0f} s) inside trials, all workers added up, over "
        f"{span:.3f} hours ({span * 3600:.0f} s) of wall-clock time",
        f"hardware: {'; '.join(hardware) or 'not recorded'}",
        f"latency and energy per inference measured on: {'; '.join(devices) or 'the hardware above'}",
        f"energy: {footprint.energy_j:.1f} J = {footprint.energy_j / 3.6e6:.3g} kWh "
        f"(training {footprint.train_j:.1f} J, measurement {footprint.measure_j:.1f} J), "
        f"from {', '.join(footprint.sources) or 'no meter'}",
        f"CO2e: {footprint.co2e_g:.3g} g at {footprint.factors.source}",
    ]
    if footprint.pareto_stops:
        lines.append(
            f"Pareto-aware stopping: {footprint.pareto_stops} trainings stopped early, about "
            f"{footprint.pareto_saved_j:.1f} J saved (estimated)"
        )
    return lines


def reproduce_lines(study: optuna.Study, config: Config) -> tuple[str, str, list[str]]:
    """The stored configuration as a new study (resuming the finished one would do nothing),
    tracking where the original tracked (without a password), and the command that runs it."""
    data = config.model_dump(mode="json")
    stored = json.loads(study.user_attrs.get(FULL_CONFIG_ATTR, "{}"))
    data["tracking"]["uri"] = stored.get("tracking", {}).get("uri", data["tracking"]["uri"])
    name = f"{study.study_name}-again"
    data["study"]["name"] = name
    toml = config_toml(data)
    command = f"nas search {name}.toml"
    versions = [f"{name} {_version(name)}" for name in PACKAGES] + [f"python {platform.python_version()}"]
    return toml, command, versions


def _version(name: str) -> str:
    try:
        return version(name)
    except Exception:  # not installed as a distribution
        return "unknown"


REFERENCE_HEADERS = ("network", *COST_HEADERS, "energy source")


def reference_rows(references: list[ReferenceCost]) -> list[tuple[str, ...]]:
    """The reference networks' costs, under ``REFERENCE_HEADERS``."""
    return [(r.name, *(o.text(o.reference_cost(r)) for o in COSTS), r.energy_source) for r in references]


@dataclass(frozen=True)
class Facts:
    """Everything a report says, gathered once for either format."""

    front: list[FrozenTrial]
    references: list[ReferenceCost]
    footprint: Footprint
    hypervolume: float
    finals: list[FinalRow]  # nas finalize's networks, proxy and final figures side by side
    final_trials: list[FrozenTrial]  # the finalized search trials, with their final figures
    toml: str
    command: str
    versions: list[str]


def gather(study: optuna.Study, config: Config) -> Facts:
    config = config.public()  # a report never holds a password
    front = pareto_front(study)
    toml, command, versions = reproduce_lines(study, config)
    return Facts(
        front=front,
        references=study_references(study),
        footprint=study_footprint(study.get_trials(deepcopy=False), config.footprint.factors()),
        hypervolume=front_hypervolume(front, config.study.objectives, study_normalisation(study)),
        finals=final_rows(study),
        final_trials=[f.as_trial(config.study.objectives) for f in finalized_trials(study).values()],
        toml=toml,
        command=command,
        versions=versions,
    )


def html_report(study: optuna.Study, config: Config) -> str:
    facts = gather(study, config)
    front, references, footprint = facts.front, facts.references, facts.footprint
    toml, command, versions, volume = facts.toml, facts.command, facts.versions, facts.hypervolume
    refs = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in reference_rows(references)
    )
    name = html.escape(study.study_name)
    costs = "".join(f"<li>{html.escape(line)}</li>" for line in cost_lines(study, footprint))
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Report: {name}</title>{STYLE}</head><body>"
        f"<h1>Search report: study {name}</h1><p>{_generated(config)}</p>"
        f"<h2>Pareto front</h2><p>{len(front)} members, selected by validation accuracy (test accuracy "
        f"reported only); hypervolume {volume:.4f}.</p>"
        f"{front_svg(trained_trials(study), {t.number for t in front}, references)}"
        f"{front_table_html(front_rows(front))}"
        f"{_final_html(facts)}"
        "<h2>Reference networks</h2><p>Hand-designed networks at this input shape, measured like the "
        f"candidates when the study was made; {_trained_where(facts)}.</p>"
        f"<table><thead><tr>{''.join(f'<th>{h}</th>' for h in REFERENCE_HEADERS)}</tr></thead>"
        f"<tbody>{refs}</tbody></table>"
        f"<h2>What the search cost</h2><ul>{costs}</ul>"
        f"<h2>Reproduce</h2><p>Save this configuration as <code>{name}-again.toml</code> and run "
        f"<code>{html.escape(command)}</code> (a new study of the same search):</p>"
        f"<pre>{html.escape(toml)}</pre>"
        f"<p>Versions: {html.escape(', '.join(versions))}</p></body></html>"
    )


def markdown_report(study: optuna.Study, config: Config) -> str:
    facts = gather(study, config)
    front, references, footprint = facts.front, facts.references, facts.footprint
    toml, command, versions, volume = facts.toml, facts.command, facts.versions, facts.hypervolume
    figure = front_figure(study, {t.number for t in front}, references)
    png = io.BytesIO()
    figure.savefig(png, format="png")
    lines = [
        f"# Search report: study {study.study_name}",
        "",
        _generated(config),
        "",
        "## Pareto front",
        "",
        f"{len(front)} members, selected by validation accuracy (test accuracy reported only); "
        f"hypervolume {volume:.4f}.",
        "",
        f"![Pareto front](data:image/png;base64,{base64.b64encode(png.getvalue()).decode()})",
        "",
        "| " + " | ".join(HEADERS) + " |",
        "|" + "---|" * len(HEADERS),
    ]
    for row in front_rows(front):
        *figures, arch = row.cells()
        lines.append("| " + " | ".join(figures) + f" | `{arch}` |")
    if facts.finals:
        lines += ["", "## Finalized networks", "", FINAL_NOTE, "", "| " + " | ".join(FINAL_HEADERS) + " |"]
        lines.append("|" + "---|" * len(FINAL_HEADERS))
        for final in facts.finals:
            *figures, arch = final.cells()
            lines.append("| " + " | ".join(figures) + f" | `{arch}` |")
    lines += [
        "",
        "## Reference networks",
        "",
        f"Hand-designed networks at this input shape, measured like the candidates; {_trained_where(facts)}.",
        "",
        "| " + " | ".join(REFERENCE_HEADERS) + " |",
        "|" + "---|" * len(REFERENCE_HEADERS),
        *("| " + " | ".join(row) + " |" for row in reference_rows(references)),
        "",
        "## What the search cost",
        "",
        *(f"- {line}" for line in cost_lines(study, footprint)),
        "",
        "## Reproduce",
        "",
        f"Save this configuration as `{study.study_name}-again.toml` and run `{command}` "
        "(a new study of the same search):",
        "",
        "```toml",
        toml.rstrip(),
        "```",
        "",
        f"Versions: {', '.join(versions)}",
        "",
    ]
    return "\n".join(lines)


FINAL_NOTE = (
    "Trained from scratch by nas finalize on the whole training split with the full recipe; costs "
    "re-measured on the final weights as exported; * marks the final front (final validation accuracy "
    "against those costs). Test accuracy is scored once and reported only."
)


def _trained_where(facts: Facts) -> str:
    if any(row.trial is None for row in facts.finals):
        return "trained with the same recipe as the front under Finalized networks"
    return "untrained here (nas finalize --references trains them with the front's recipe)"


def _final_html(facts: Facts) -> str:
    if not facts.finals:
        return ""
    on_front = {row.trial for row in facts.finals if row.on_final_front}
    numbers = {n for n in on_front if n is not None}
    plot = front_svg(facts.final_trials, numbers, facts.references, training="final training")
    table = front_table_html(facts.finals, FINAL_HEADERS)
    return f"<h2>Finalized networks</h2><p>{html.escape(FINAL_NOTE)}</p>{plot}{table}"


def _generated(config: Config) -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Generated {now} from storage {masked(config.study.storage)}; dataset {config.data.dataset}."


def write_report(study: optuna.Study, config: Config, out: Path) -> None:
    """``study``'s report as ``out`` (.html, self-contained, or .md); never over a store, weights
    or a configuration (``nas.stores.check_output``)."""
    if out.suffix.lower() not in (".html", ".htm", ".md"):
        raise ConfigError(f"{out}: the report is written as .html or .md")
    check_output(out)
    text = markdown_report(study, config) if out.suffix.lower() == ".md" else html_report(study, config)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
