"""One front door: each command run through the CLI and through its library call on the same
study does the same thing (the CLI parses, calls, prints)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import mlflow
import pytest
import requests

import nas
from nas.agent.protocol import TOKEN_ENV
from nas.record import read_record
from nas.tracking.names import TRIAL_TAG
from tests.conftest import run_cli
from tests.mlflow_server import free_port

NAS = str(Path(sys.executable).with_name("nas"))
TOKEN = "front-door-token-0123456789"

pytestmark = pytest.mark.slow  # each runs a command and its call, most on a searched study


@pytest.fixture
def searched(tiny_config: Path) -> Path:
    """The tiny study, searched once through the CLI, MLflow off."""
    text = tiny_config.read_text() + '\n[tracking]\nuri = ""\n'
    tiny_config.write_text(text)
    assert run_cli("search", str(tiny_config)).exit_code == 0
    return tiny_config


def test_studies_lists_what_list_studies_returns(searched: Path) -> None:
    listed = nas.list_studies("sqlite:///nas.db")
    shown = run_cli("studies", "--storage", "sqlite:///nas.db", "--wide")
    assert [s.name for s in listed] == ["tiny"]
    (summary,) = listed
    row = next(line for line in shown.output.splitlines() if line.strip("│ ").startswith("tiny"))
    cells = [cell.strip() for cell in row.strip("│").split("│")]
    assert cells[1:6] == [
        str(summary.completed),
        str(summary.running),
        str(summary.failed),
        str(summary.front_size),
        f"{summary.best_val_accuracy:.4f}",
    ]
    assert summary.completed == 3 and summary.spent_j > 0 and summary.sampler == "cost-first"
    assert nas.list_studies("sqlite:///absent.db") == [] and not Path("absent.db").exists()
    with pytest.raises(nas.ConfigError, match="not a URL"):
        nas.list_studies("nonsense")
    assert run_cli("studies", "--storage", "nonsense").exit_code == 2  # bad input, not a fault


def test_spaces_shows_what_describe_space_returns(workdir: Path) -> None:
    described = nas.describe_space(nas.load_config(None), (1, 28, 28), classes=10)
    shown = run_cli("spaces", "--input-shape", "1,28,28", "--wide").output
    for key, value in described.settings.items():
        assert f"  {key} = {value}" in shown
    for reference in described.references:
        assert f"{reference.params:,}" in shown and f"{reference.macs:,}" in shown
    assert any(r.measured_with_studies for r in described.references)
    with pytest.raises(nas.ConfigError, match="input_shape"):
        nas.describe_space(nas.load_config(None), (1, 0, 28))


def test_report_writes_the_same_file_from_both_doors(searched: Path) -> None:
    study, config = nas.join_study("sqlite:///nas.db", "tiny", {"tracking": {"uri": ""}})
    nas.write_report(study, config, Path("library.md"))
    assert run_cli("report", "--study-name", "tiny", "-o", "cli.md").exit_code == 0

    def timeless(path: str) -> str:  # each says when it was generated
        return re.sub(r"\d{4}-\d\d-\d\d[ T][\d:]+(\.\d+)?( UTC)?", "<when>", Path(path).read_text())

    assert timeless("library.md") == timeless("cli.md")
    shutil.copy("nas.db", "store.md")  # a storage under a report's name: neither door writes over it
    with pytest.raises(nas.UserInputError):
        nas.write_report(study, config, Path("store.md"))
    assert run_cli("report", "--study-name", "tiny", "-o", "store.md").exit_code == 2
    assert Path("store.md").read_bytes() == Path("nas.db").read_bytes()


def test_meters_shows_what_survey_meters_finds(workdir: Path) -> None:
    survey = nas.survey_meters(nas.load_config(None), seconds=0.2)
    shown = run_cli("meters", "--seconds", "0.2").output
    for check in survey.checks:
        row = next(line for line in shown.splitlines() if line.strip("│ ").startswith(check.name))
        assert ("yes" if check.available else "no") in row
    assert f"auto picks {survey.auto_choice} for provider {survey.provider}" in shown
    with pytest.raises(nas.ConfigError, match="seconds"):
        nas.survey_meters(nas.load_config(None), seconds=0)


def test_sync_logs_the_same_runs_from_both_doors(searched: Path) -> None:
    study, config = nas.join_study("sqlite:///nas.db", "tiny", {"tracking": {"uri": "sqlite:///library.db"}})
    synced = nas.sync_tracking(study, config)
    shown = run_cli("sync", "--study-name", "tiny", "--tracking-uri", "sqlite:///cli.db").output
    assert synced.added == 3 and synced.already == 0
    assert f"{synced.added} trial runs added, {synced.already} already there" in shown

    def trial_runs(uri: str) -> list[int]:
        runs = mlflow.MlflowClient(uri).search_runs(
            [e.experiment_id for e in mlflow.MlflowClient(uri).search_experiments()],
            f"tags.`{TRIAL_TAG}` != ''",
        )
        return sorted(int(run.data.tags[TRIAL_TAG]) for run in runs)

    assert trial_runs("sqlite:///library.db") == trial_runs("sqlite:///cli.db") == [0, 1, 2]
    assert nas.sync_tracking(study, config).added == 0  # never duplicates


def test_promote_trains_the_same_networks_from_both_doors(searched: Path, workdir: Path) -> None:
    shutil.copy("nas.db", "library.db")
    study, config = nas.join_study("sqlite:///library.db", "tiny", {"tracking": {"uri": ""}})
    outcome, pairs = nas.promote_front(study, config, epochs=3)
    assert run_cli("promote", "--study-name", "tiny", "--epochs", "3").exit_code == 0

    cli = nas.join_study("sqlite:///nas.db", "tiny@3ep", {"tracking": {"uri": ""}})[0]
    by_origin = {read_record(t).promoted_from: read_record(t) for t in cli.get_trials()}
    assert outcome.study.study_name == "tiny@3ep" and pairs
    for screening, promoted in pairs:
        theirs, ours = by_origin[screening.number], read_record(promoted)
        assert (ours.arch, ours.val_accuracy) == (theirs.arch, theirs.val_accuracy)
    with pytest.raises(nas.ConfigError, match="epochs"):
        nas.promote_front(study, config, epochs=1)


def _health(port: int, process: subprocess.Popen[str]) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1]
        try:
            return requests.get(
                f"http://127.0.0.1:{port}/health", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10
            ).status_code
        except requests.RequestException:
            time.sleep(0.2)
    raise AssertionError("the agent did not come up in 60 s")


LIBRARY_AGENT = (
    "import sys; from pathlib import Path; from nas import AgentOptions, serve_agent; "
    "serve_agent(AgentOptions(port=int(sys.argv[1]), table=Path(sys.argv[2])), "
    "announce=lambda line: print(line, file=sys.stderr))"
)


def _agent_command(door: str, port: int, table: str) -> list[str]:
    if door == "library":
        return [sys.executable, "-c", LIBRARY_AGENT, str(port), table]
    return [NAS, "agent", "--port", str(port), "--table", table]


def test_the_agent_serves_and_refuses_alike_from_both_doors(workdir: Path) -> None:
    env = {**os.environ, TOKEN_ENV: TOKEN}
    for door in ("library", "cli"):
        port = free_port()
        process = subprocess.Popen(
            _agent_command(door, port, f"{door}.db"), env=env, stderr=subprocess.PIPE, text=True
        )
        try:
            assert _health(port, process) == 200, door
            unauthorised = requests.get(f"http://127.0.0.1:{port}/health", timeout=10)
            assert unauthorised.status_code == 401, door
        finally:
            process.terminate()
            said = process.communicate(timeout=30)[1]
        assert f"http://127.0.0.1:{port} (token from {TOKEN_ENV})" in said, door
    weak = {**os.environ, TOKEN_ENV: "short"}
    command = _agent_command("cli", free_port(), "x.db")
    refused = subprocess.run(command, env=weak, capture_output=True, text=True, check=False)
    with pytest.raises(nas.ConfigError) as raised:
        nas.serve_agent(nas.AgentOptions(table=Path("y.db")), token="short")
    assert refused.returncode == 2 and str(raised.value) in refused.stderr
    with pytest.raises(nas.ConfigError, match="port"):
        nas.AgentOptions(port=0)
