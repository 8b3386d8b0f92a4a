"""``nas report``: a self-contained account of a study that reproduces it."""

from __future__ import annotations

import re
from pathlib import Path

import optuna
import pytest

from nas import load_config
from nas.record import read_record
from tests.conftest import run_cli


@pytest.mark.slow
def test_reports_say_what_was_found_what_it_cost_and_how_to_reproduce_it(
    tiny_config: Path, workdir: Path
) -> None:
    assert run_cli("search", str(tiny_config), "--tracking-uri", "").exit_code == 0
    for name in ("report.md", "report.html"):
        result = run_cli("report", "--config", str(tiny_config), "-o", name)
        assert result.exit_code == 0, result.output
    markdown = (workdir / "report.md").read_text()
    page = (workdir / "report.html").read_text()
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    for text in (markdown, page):
        assert "Pareto front" in text and "mobilenet_v2_0.35" in text  # the front, beside the references
        assert "hours" in text and "g at 481 gCO2e/kWh (WORLD" in text and "model:cpu-ccf" in text
        assert "hardware:" in text and "CPUs" in text and "nas search tiny-again.toml" in text
        assert "torch " in text and "onnxruntime " in text  # versions
        for trial in study.best_trials:
            assert read_record(trial).arch in text
    assert "data:image/png;base64," in markdown  # self-contained: the figure is inside
    assert (
        "<svg" in page
        and "<script" not in page
        and "http" not in page.split("<body>")[1].replace("http://www.w3.org/2000/svg", "")
    )
    # the configuration in the report runs the same search, as a new study (not a finished resume)
    toml = re.search(r"```toml\n(.*?)```", markdown, re.DOTALL)
    assert toml is not None
    (workdir / "tiny-again.toml").write_text(toml.group(1))
    again, original = load_config(workdir / "tiny-again.toml"), load_config(tiny_config)
    assert again.study.name == "tiny-again"
    assert again.model_copy(update={"study": original.study}).identity() == original.identity()


@pytest.mark.slow
def test_a_report_needs_a_known_format(tiny_config: Path, workdir: Path) -> None:
    assert run_cli("search", str(tiny_config), "--trials", "1", "--tracking-uri", "").exit_code == 0
    result = run_cli("report", "--config", str(tiny_config), "-o", "report.pdf")
    assert result.exit_code == 2 and "written as .html or .md" in result.output
