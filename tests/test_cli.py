"""The CLI as a user meets it: help texts, discovery, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from nas import Config, load_config
from tests.conftest import run_cli


@pytest.mark.parametrize("command", [[], ["search"], ["front"], ["export"], ["spaces"], ["meters"]])
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = run_cli(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output


def test_spaces_lists_the_genome_and_reference_costs() -> None:
    result = run_cli("spaces", "--input-shape", "3,224,224", "--classes", "1000")
    assert result.exit_code == 0
    assert "s0_depth" in result.output and "head_channels" in result.output
    assert "mobilenet_v2" in result.output and "3,504,872" in result.output
    assert "568,740,352" in result.output  # MobileNetV1's multiply-adds


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[train]\nepochs = 0\n", "train.epochs: Input should be greater than or equal to 1"),
        ("[train]\nepoch = 3\n", "train.epoch: unknown key; allowed: epochs"),
        ('[study]\nsampler = "tpe"\n', "study.sampler: Input should be 'nsga2' or 'random'"),
        ('[study]\nobjectives = ["energy"]\n', "study.objectives"),
        ("[space]\nkernels = [4]\n", "kernels must be positive odd integers"),
        ('[measure]\nmeter = "watts"\n', "measure.meter: allowed: auto, rapl, nvml, cpu-model"),
        ('[measure]\nmeter = "rapl"\n', "measure: energy meter rapl: no "),
        ('[measure]\nprovider = "cuda"\n', "measure: provider 'cuda' needs CUDAExecutionProvider"),
        ("[measure]\ncpu_idle_w_per_vcpu = 9.0\n", "cpu_idle_w_per_vcpu must not exceed cpu_max_w_per_vcpu"),
        ('[footprint]\nregion = "Atlantis"\n', "footprint.region: no grid intensity for this region"),
        ("[footprint]\npue = 0.5\n", "footprint.pue: Input should be greater than or equal to 1"),
        ("[budget]\nmax_params = -1\n", "budget.max_params"),
        ("[study\nname = 1\n", "is not valid TOML"),
        ("colour = 3\n", "colour: unknown key"),
        ('[data]\ndataset = "missing.npz"\n', "missing.npz: no such file"),
    ],
)
def test_bad_config_gives_one_line_exit_2_and_writes_nothing(workdir: Path, toml: str, message: str) -> None:
    (workdir / "bad.toml").write_text(toml)
    result = run_cli("search", "bad.toml")
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert sorted(p.name for p in workdir.iterdir()) == ["bad.toml"]


def test_bad_flag_values_exit_2(workdir: Path) -> None:
    result = run_cli("search", "--trials", "0")
    assert result.exit_code == 2 and "study.n_trials" in result.output
    assert list(workdir.iterdir()) == []


def test_front_of_a_missing_study_is_a_clear_error(workdir: Path) -> None:
    result = run_cli("front", "--storage", f"sqlite:///{workdir}/none.db", "--study-name", "nope")
    assert result.exit_code == 2 and "no study named 'nope'" in result.output


def test_bad_input_shape_for_spaces() -> None:
    result = run_cli("spaces", "--input-shape", "8x8")
    assert result.exit_code == 2 and "C,H,W" in result.output


def test_the_example_configuration_writes_out_the_defaults() -> None:
    example = Path(__file__).parent.parent / "experiments" / "digits.toml"
    assert load_config(example) == Config()
