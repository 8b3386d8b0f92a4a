"""``nas export``: a trial's trained model as a checked ONNX file, and optionally as INT8."""

from __future__ import annotations

from pathlib import Path

import click
import optuna
from rich.markup import escape
from rich.table import Table

from nas.cli.common import (
    config_option,
    flagged_study,
    force_option,
    naming,
    output_file,
    stderr,
    stdout,
    stored_study,
    study_options,
    user_errors,
)
from nas.export.onnx import ExportReport, export_trial, int8_path
from nas.export.quantize import MODES, Int8Model, study_quantization
from nas.formatting import accuracy_text, energy_text, latency_text
from nas.front.final import final_front
from nas.front.pareto import pareto_front
from nas.record import read_record


@click.command()
@config_option
@study_options
@click.option(
    "--trial", "trial_number", type=int, help="Trial to export [default: most accurate on the front]."
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="ONNX file."
)
@click.option(
    "--int8",
    type=click.Choice(MODES),
    help="Also write an INT8 model (<name>.int8.onnx): static (calibrated on training images) or dynamic.",
)
@click.option(
    "--max-accuracy-drop",
    type=click.FloatRange(min=0),
    default=0.01,
    show_default=True,
    help="Refuse the INT8 model if its validation accuracy falls by more than this.",
)
@click.option(
    "--input",
    "input_form",
    type=click.Choice(["images", "normalised"]),
    default="images",
    show_default=True,
    help="images: uint8 [batch, H, W, C] as stored, normalised inside the graph; "
    "normalised: float32 [batch, C, H, W], (pixel - mean) / std, done by the client.",
)
@force_option
def export(
    config_path: Path | None,
    storage: str | None,
    study_name: str | None,
    trial_number: int | None,
    output: Path,
    int8: str | None,
    max_accuracy_drop: float,
    input_form: str,
    force: bool,
) -> None:
    """Write a trial's trained model to ONNX, checked against PyTorch, with its figures as metadata.

    Finalized weights (nas finalize) when the trial has them, else the search's proxy-trained ones
    (said in one line); without --trial, the most accurate member of the finalized front, or of
    the search's front when nothing is finalized. The graph takes images as they are stored
    (uint8, H, W, C) and normalises them itself, unless --input normalised.

    With --int8, an INT8 model is written beside it, re-measured (validation accuracy, latency, energy)
    side by side with the float model; nothing is written if its accuracy falls too far.

    \b
    Examples:
        nas export --study-name digits --trial 12 -o digits-12.onnx
        nas export --study-name digits -o best.onnx --int8 static --max-accuracy-drop 0.005
    """
    with user_errors():
        output = output_file(output, force=force, config_path=config_path, storage=storage)
        if int8 is not None:
            output_file(int8_path(output), force=force, config_path=config_path, storage=storage)
        raw_input = input_form == "images"
        if int8 is None:
            study, quantization = flagged_study(config_path, storage, study_name), None
        else:  # calibrated and measured as the search measured: its stored configuration
            study, config = stored_study(config_path, storage, study_name)
            quantization = study_quantization(config, int8, max_accuracy_drop, raw_input)
        with naming(output):
            report = export_trial(study, trial_number, output, quantization, raw_input)
    _print_report(study, report)


def _print_report(study: optuna.Study, report: ExportReport) -> None:
    """What was written, from which weights, its figures and warnings; the INT8 comparison."""
    meta = report.metadata
    weights = "finalized weights" if report.finalized else "proxy-trained weights"
    stdout.print(f"wrote {report.path} (trial {report.trial}, {weights}, {escape(report.arch)})")
    stdout.print(f"input: {escape(meta['input'])}")
    if not report.finalized:
        stdout.print(
            f"[yellow]note:[/] these are the search's proxy-trained weights (short training on a subset); "
            f"nas finalize --trials {report.trial} trains this network fully"
        )
    stdout.print(
        f"val acc {accuracy_text(_figure(meta['val_accuracy']))}, "
        f"test acc {accuracy_text(_figure(meta['test_accuracy']))}, "
        f"energy {energy_text(_figure(meta['energy_per_inference_j']))} per inference "
        f"({meta['energy_source']}), "
        f"latency {latency_text(_figure(meta['latency_ms_median']))}; "
        f"ONNX Runtime vs PyTorch max |diff| {report.max_abs_diff:.1e}"
    )
    for warning in export_warnings(study, report.trial, report.finalized):
        stderr.print(f"[yellow]warning:[/] {warning}")
    if report.int8 is not None:
        stdout.print(_int8_table(report.int8, report))


def _int8_table(int8: Int8Model, report: ExportReport) -> Table:
    table = Table(title=f"float and INT8 ({int8.mode}), measured side by side with ONNX Runtime")
    for column in ("model", "file", "val accuracy", "latency", "energy per inference", "size kB"):
        table.add_column(column)
    for label, path, figures in (
        ("float32", report.path, int8.float_figures),
        ("int8", report.int8_path, int8.int8_figures),
    ):
        table.add_row(
            label,
            str(path),
            f"{figures.accuracy:.4f}",
            latency_text(figures.latency_ms),
            f"{energy_text(figures.energy_j)} ({figures.energy_source})",
            f"{figures.size_bytes / 1e3:.1f}",
        )
    return table


def export_warnings(study: optuna.Study, number: int, finalized: bool) -> list[str]:
    """What a user should know about the trial they exported."""
    warnings = []
    record = read_record(study.get_trials(deepcopy=False)[number])
    front = final_front(study) if finalized else pareto_front(study)
    if number not in {t.number for t in front}:
        which = "final front (nas finalize lists it)" if finalized else "Pareto front (nas front lists it)"
        warnings.append(f"trial {number} is not on the {which}")
    if record.pareto_stopped and not finalized:
        warnings.append(
            f"trial {number}'s training was stopped early, so its weights are undertrained "
            f"({record.stop_reason})"
        )
    return warnings


def _figure(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:  # "None": not measured
        return None
