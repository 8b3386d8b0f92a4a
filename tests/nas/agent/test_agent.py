"""The measuring agent as a user runs it: real ``nas agent`` processes on 127.0.0.1 (a second,
with other limits, stands in for another device), real HTTP, real searches measured through
them, refusals, and an agent killed and restarted in the middle of a search."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import optuna
import pytest
import requests
import torch

from estimators import CpuPowerModel, MeasureSettings, export_onnx
from nas.agent.protocol import REQUEST_HEADER, TOKEN_ENV
from nas.config import load_config
from nas.measure.parts import measure_settings
from nas.record import read_record
from search_spaces import build_model, parse_arch
from tests.conftest import TINY, make_blobs_npz, run_cli, toml_text
from tests.mlflow_server import free_port

NAS = str(Path(sys.executable).with_name("nas"))
TOKEN = "test-token-0123456789abcdef"
SETTINGS = MeasureSettings(warmup=2, repeats=2, runs=5)


@dataclass
class Agent:
    url: str
    port: int
    table: Path
    process: subprocess.Popen[str]
    flags: tuple[str, ...]

    def health(self) -> dict[str, int]:
        answer = requests.get(f"{self.url}/health", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
        answer.raise_for_status()
        data: dict[str, int] = answer.json()
        return data

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()

    def start(self) -> None:
        self.process = _spawn(self.port, self.table, self.flags)
        _wait_until_up(self)


def _spawn(port: int, table: Path, flags: tuple[str, ...]) -> subprocess.Popen[str]:
    command = [NAS, "agent", "--port", str(port), "--table", str(table), *flags]
    return subprocess.Popen(command, env={**os.environ, TOKEN_ENV: TOKEN}, stderr=subprocess.PIPE, text=True)


def _wait_until_up(agent: Agent) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            agent.health()
            return
        except requests.RequestException:
            assert agent.process.poll() is None, agent.process.stderr.read() if agent.process.stderr else ""
            time.sleep(0.2)
    raise AssertionError("the agent did not come up in 60 s")


def _agent(tmp_path: Path, name: str, *flags: str) -> Iterator[Agent]:
    port = free_port()
    agent = Agent(
        f"http://127.0.0.1:{port}",
        port,
        tmp_path / f"{name}.db",
        _spawn(port, tmp_path / f"{name}.db", flags),
        flags,
    )
    _wait_until_up(agent)
    yield agent
    agent.stop()


@pytest.fixture
def agent(tmp_path: Path) -> Iterator[Agent]:
    yield from _agent(tmp_path, "device", "--time-limit", "30")


@pytest.fixture
def other_agent(tmp_path: Path) -> Iterator[Agent]:
    """Another device (here, another process with a table of its own)."""
    yield from _agent(tmp_path, "other")


@pytest.fixture
def strict_agent(tmp_path: Path) -> Iterator[Agent]:
    """Another device: small models only, and little time for each."""
    yield from _agent(tmp_path, "strict", "--max-model-mb", "0.02", "--time-limit", "3")


def _config(workdir: Path, agent: Agent, name: str = "tiny", **measure: object) -> Path:
    data = make_blobs_npz(workdir / "blobs.npz")
    config = {
        **TINY,
        "study": {**TINY["study"], "name": name},
        "data": {"dataset": str(data)},
        "measure": {**TINY["measure"], "target": agent.url, **measure},
    }
    path = workdir / f"{name}.toml"
    path.write_text(toml_text(config))
    return path


def _model(arch: str = "stem_k3_s1_c8-ir_r1_k3_s1_e1_c8", shape: tuple[int, int, int] = (1, 8, 8)) -> bytes:
    torch.manual_seed(0)
    return export_onnx(build_model(parse_arch(arch), shape[0], 3), shape)


def _post(agent: Agent, body: bytes, token: str | None = TOKEN, **asked: object) -> requests.Response:
    headers = {REQUEST_HEADER: json.dumps({"input_shape": [1, 8, 8], "settings": asdict(SETTINGS), **asked})}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return requests.post(f"{agent.url}/measure", data=body, headers=headers, timeout=60)


@pytest.mark.slow
def test_a_search_is_measured_on_the_agent_and_a_second_study_reuses_its_table(
    agent: Agent, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    # the table is under test: no front candidate measured again beside its neighbours (pairing
    # measures afresh on purpose, and keeps nothing in the table)
    result = run_cli("search", str(_config(workdir, agent, pair_rounds=0)), "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    records = [read_record(t) for t in study.get_trials() if read_record(t).measurement]
    assert records and all(f"(agent {agent.url})" in r.measured_on for r in records)
    assert "front" in result.output and agent.url in result.output  # the front names its device
    measured = agent.health()["measured"]
    assert measured == agent.health()["table"]  # every measurement kept in the device's table

    # the agent's figures are its meter's, measured with the study's settings
    record = records[0]
    assert record.measurement is not None
    assert record.measurement.energy_source == CpuPowerModel().source
    assert record.measurement.settings == measure_settings(load_config(_config(workdir, agent)))

    # a second study, same seed: its first candidates are the first study's, measured already
    result = run_cli(
        "search", str(_config(workdir, agent, name="again", pair_rounds=0)), "--tracking-uri", ""
    )
    assert result.exit_code == 0, result.output
    again = optuna.load_study(study_name="again", storage="sqlite:///nas.db")
    first = {r.arch for r in records}
    repeated = [r for t in again.get_trials() if (r := read_record(t)).arch in first and r.measurement]
    assert repeated, "the same seed proposes the first study's candidates first"
    assert all(r.measurement_reused for r in repeated)
    new_archs = {read_record(t).arch for t in again.get_trials() if read_record(t).measurement} - first
    assert agent.health()["measured"] <= measured + len(new_archs)  # nothing measured twice


@pytest.mark.slow
def test_bad_requests_are_refused_and_none_is_measured(strict_agent: Agent) -> None:
    good = _model()
    assert _post(strict_agent, good, token=None).status_code == 401
    assert _post(strict_agent, good, token="another-token-0123456789").status_code == 401
    big = _model("stem_k3_s1_c16-ir_r1_k3_s1_e6_c64-ir_r1_k3_s1_e6_c64")
    assert len(big) > 0.02 * 2**20
    assert _post(strict_agent, big).status_code == 413
    assert _post(strict_agent, b"\x80\x04not a model" * 10).status_code == 415
    assert _post(strict_agent, good, input_shape=[1, 8, 8, 8, 8]).status_code == 422
    assert _post(strict_agent, good, settings={"repeats": 0}).status_code == 422
    slow = asdict(MeasureSettings(warmup=0, repeats=1000, runs=100_000))
    answer = _post(strict_agent, good, settings=slow)
    assert answer.status_code == 504 and "limit of 3 s" in answer.json()["detail"]
    health = strict_agent.health()
    assert health["measured"] == 0 and health["table"] == 0 and health["refused"] == 7
    # and the agent answers the next good request
    answer = _post(strict_agent, good, key="stem|1x8x8|3")
    assert answer.status_code == 200, answer.text
    assert answer.json()["measurement"]["energy_j"] > 0 and not answer.json()["reused"]
    assert _post(strict_agent, good, key="stem|1x8x8|3").json()["reused"]
    assert strict_agent.health()["measured"] == 1
    meters = requests.get(
        f"{strict_agent.url}/meters", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30
    )
    assert meters.status_code == 200 and {m["meter"] for m in meters.json()["meters"]} >= {
        "rapl",
        "cpu-model",
    }
    assert requests.get(f"{strict_agent.url}/meters", timeout=30).status_code == 401
    strict_agent.stop()
    said = strict_agent.process.stderr.read() if strict_agent.process.stderr else ""
    assert "nas agent on" in said and TOKEN not in said and "another-token" not in said  # never printed


@pytest.mark.slow
def test_start_up_refusals_are_one_line(agent: Agent, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = _config(workdir, agent)
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    result = run_cli("search", str(config), "--tracking-uri", "")
    assert result.exit_code == 2 and TOKEN_ENV in result.output
    monkeypatch.setenv(TOKEN_ENV, "a-wrong-token-0123456789")
    result = run_cli("search", str(config), "--tracking-uri", "")
    assert result.exit_code == 2 and "refused (401)" in result.output and "a-wrong-token" not in result.output
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    nowhere = _config(workdir, agent, name="nowhere")
    nowhere.write_text(nowhere.read_text().replace(agent.url, f"http://127.0.0.1:{free_port()}"))
    result = run_cli("search", str(nowhere), "--tracking-uri", "")
    assert result.exit_code == 2 and "did not answer" in result.output
    assert len(result.output.strip().splitlines()) == 1
    secret = _config(workdir, agent, name="secret")
    secret.write_text(secret.read_text().replace("http://", "http://user:hunter2@"))
    result = run_cli("search", str(secret), "--tracking-uri", "")
    assert result.exit_code == 2 and "hunter2" not in result.output
    assert not Path("nas.db").exists() or not optuna.get_all_study_names("sqlite:///nas.db")
    weak = subprocess.run(
        [NAS, "agent"], env={**os.environ, TOKEN_ENV: "short"}, capture_output=True, text=True, check=False
    )
    assert weak.returncode == 2 and "at least 16" in weak.stderr


@pytest.mark.slow
def test_an_agent_killed_mid_search_is_waited_for_and_the_search_completes(
    agent: Agent, workdir: Path
) -> None:
    config = _config(workdir, agent, target_wait_s=90)
    config.write_text(config.read_text().replace("n_trials = 3", "n_trials = 5"))
    search = subprocess.Popen(
        [NAS, "search", str(config), "--tracking-uri", ""],
        env={**os.environ, TOKEN_ENV: TOKEN},
        stderr=subprocess.PIPE,
        text=True,
    )
    assert search.stderr is not None
    for line in search.stderr:
        if line.startswith("trial"):
            break
    agent.stop()  # the agent goes away after the first trial...
    time.sleep(3)
    agent.start()  # ... and comes back on the same port
    rest = search.stderr.read()
    assert search.wait(timeout=300) == 0, rest
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    assert sum(t.state == optuna.trial.TrialState.COMPLETE for t in study.get_trials()) == 5


@pytest.mark.slow
def test_remeasure_shows_the_front_on_another_device(
    agent: Agent, other_agent: Agent, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    config = _config(workdir, agent)
    assert run_cli("search", str(config), "--tracking-uri", "").exit_code == 0
    result = run_cli("remeasure", "--config", str(config), "--target", other_agent.url, "--json")
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    front = json.loads(run_cli("front", "--config", str(config), "--json").output)
    assert sorted(r["trial"] for r in shown["front"]) == sorted(r["trial"] for r in front)
    assert all(r["energy_j_device"] > 0 and r["energy_j_here"] > 0 for r in shown["front"])
    assert any(r["on_device_front"] for r in shown["front"]) and shown["references"]
    measured = other_agent.health()["measured"]
    again = run_cli("remeasure", "--config", str(config), "--target", other_agent.url)
    assert again.exit_code == 0 and "here and on" in again.output
    assert other_agent.health()["measured"] == measured  # the device's table answered

    # a study of accuracy and parameters: the device changes neither, so its front stays whole
    counted = _config(workdir, agent, "counted")
    counted.write_text(
        counted.read_text().replace("[study]\n", '[study]\nobjectives = ["accuracy", "params"]\n')
    )
    assert run_cli("search", str(counted), "--tracking-uri", "").exit_code == 0
    result = run_cli("remeasure", "--config", str(counted), "--target", other_agent.url, "--json")
    assert result.exit_code == 0, result.output
    assert all(r["on_device_front"] for r in json.loads(result.output)["front"])


@pytest.mark.slow
def test_finalized_networks_are_measured_on_the_search_s_device(
    agent: Agent, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nas.finalized import read_finalized

    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    config = _config(workdir, agent)
    assert run_cli("search", str(config), "--tracking-uri", "").exit_code == 0
    measured = agent.health()["measured"]
    result = run_cli("finalize", "--config", str(config), "--epochs", "1", "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    finals = read_finalized(optuna.load_study(study_name="tiny", storage="sqlite:///nas.db"))
    assert finals and all(f"(agent {agent.url})" in f.record.measured_on for f in finals.values())
    assert agent.health()["measured"] > measured  # the finalized weights measured there, not looked up
