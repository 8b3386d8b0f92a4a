"""The CLI as a user meets it: help texts, discovery, and bad input."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nas import Config, ConfigError, load_config
from nas.cli import COMMANDS, main
from tests.conftest import REPO, run_cli, toml_text


@pytest.mark.parametrize("command", [[], *([name] for name in COMMANDS)])
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = run_cli(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output


@pytest.mark.slow
def test_spaces_lists_the_genome_and_reference_costs() -> None:
    result = run_cli("spaces", "--input-shape", "3,224,224", "--classes", "1000")
    assert result.exit_code == 0
    assert "s0_depth" in result.output and "head_channels" in result.output
    assert "mobilenet_v2" in result.output and "3,504,872" in result.output
    assert "568,740,352" in result.output  # MobileNetV1's multiply-adds


SECTIONS = ["study", "data", "space", "train", "measure", "budget", "footprint", "tracking", "colour"]
KEYS = ["name", "n_trials", "epochs", "lr", "meter", "kernels", "widths", "max_params", "pue", "region", "x"]
VALUES = st.one_of(
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.booleans(),
    st.lists(st.integers(-5, 70), max_size=4),
    st.lists(st.lists(st.integers(-1, 64), max_size=3), max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(SECTIONS), st.dictionaries(st.sampled_from(KEYS), VALUES), max_size=4))
def test_any_configuration_loads_or_gets_one_line_naming_the_key(
    tmp_path_factory: Any, raw: dict[str, Any]
) -> None:
    path = tmp_path_factory.mktemp("config") / "c.toml"
    path.write_text(toml_text(raw))
    try:
        load_config(path)
    except ConfigError as error:
        message = str(error)
        assert message and "\n" not in message
        assert (
            message.split(":", maxsplit=1)[0].split(".", maxsplit=1)[0] in [*SECTIONS, "config"]
            or "TOML" in message
        ), message


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_as_a_config_file_loads_or_gets_one_line(tmp_path_factory: Any, text: str) -> None:
    path = tmp_path_factory.mktemp("config") / "c.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_config(path)
    except ConfigError as error:
        assert "\n" not in str(error)


def test_bad_flag_values_exit_2(workdir: Path) -> None:
    result = run_cli("search", "--trials", "0")
    assert result.exit_code == 2 and "study.n_trials" in result.output
    assert list(workdir.iterdir()) == []


@pytest.mark.slow
def test_front_of_a_missing_study_is_a_clear_error(tiny_config: Path, workdir: Path) -> None:
    assert run_cli("search", str(tiny_config), "--trials", "1", "--tracking-uri", "").exit_code == 0
    result = run_cli("front", "--storage", f"sqlite:///{workdir}/nas.db", "--study-name", "nope")
    assert result.exit_code == 2 and "no study named 'nope'" in result.output
    assert "(studies there, newest first: 'tiny')" in result.output  # what the user may have meant


@pytest.mark.slow
def test_with_no_study_named_the_storage_s_only_one_is_read(tiny_config: Path, workdir: Path) -> None:
    # as after `make search`: a study not called digits, and no --study-name on later commands
    assert run_cli("search", str(tiny_config), "--trials", "1", "--tracking-uri", "").exit_code == 0
    only = run_cli("front", "--json")
    assert only.exit_code == 0 and "study 'tiny', the only one in sqlite:///nas.db" in only.output
    assert run_cli("report", "-o", "r.md").exit_code == 0 and (workdir / "r.md").is_file()
    again = tiny_config.read_text().replace('name = "tiny"', 'name = "later"')
    (workdir / "later.toml").write_text(again)
    assert run_cli("search", "later.toml", "--trials", "1", "--tracking-uri", "").exit_code == 0
    several = run_cli("front")
    assert several.exit_code == 2 and "newest first: 'later', 'tiny'" in several.output
    assert "give --study-name" in several.output and len(several.output.strip().splitlines()) == 1


def test_bad_input_shape_for_spaces() -> None:
    result = run_cli("spaces", "--input-shape", "8x8")
    assert result.exit_code == 2 and "C,H,W" in result.output


def test_the_example_configuration_writes_out_the_defaults() -> None:
    example = REPO / "experiments" / "digits.toml"
    assert load_config(example) == Config()


def test_every_command_explains_itself() -> None:
    top = run_cli("--help")
    assert top.exit_code == 0 and all(name in top.output for name in COMMANDS)
    for name in COMMANDS:
        result = run_cli(name, "--help")
        assert result.exit_code == 0, result.output
        assert result.output.splitlines()[0].split()[:3] == ["Usage:", "main", name]
        assert (
            "\\b" not in result.output and "\b" not in result.output
        )  # click's no-rewrap marker, unrendered
    version = run_cli("--version")
    assert version.exit_code == 0 and version.output.startswith("nas, version ")


def test_nas_help_starts_without_loading_torch_or_optuna() -> None:
    code = "import sys; from nas.cli import main; print('torch' in sys.modules, 'optuna' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.slow
def test_reading_a_study_loads_neither_torch_nor_onnx_runtime(tiny_config: Path, workdir: Path) -> None:
    assert run_cli("create", str(tiny_config)).exit_code == 0
    code = (
        "import sys; from nas.cli import main; "
        "main(['front', '--config', sys.argv[1]], standalone_mode=False); "
        "print('torch' in sys.modules, 'onnxruntime' in sys.modules)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(tiny_config)],
        check=False,
        capture_output=True,
        text=True,
        cwd=workdir,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split()[-2:] == ["False", "False"]


def test_every_help_fits_100_columns_and_says_only_what_exists() -> None:
    """Each command's help, as `nas COMMAND --help` prints it: no line over 100 columns (its
    examples included), no reStructuredText markup, and every option it mentions exists."""
    from nas.cli import COMMANDS

    for name in ["", *COMMANDS]:
        result = run_cli(*([name] if name else []), "--help")
        assert result.exit_code == 0, result.output
        long = [line for line in result.output.splitlines() if len(line) > 100]
        assert not long, (name, long)
        assert "``" not in result.output and ":meth:" not in result.output, name
        if name:  # a command's help names only its own options (the group's examples name others)
            said = set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", result.output))
            command = main.get_command(click.Context(main), name)
            assert command is not None
            own = {opt for param in command.params for opt in [*param.opts, *param.secondary_opts]}
            assert said <= own | {"--help"}, (name, said - own)
