"""The agent as an attacker holding the token meets it, and as an unlucky operator starts it: real
``nas agent`` processes on 127.0.0.1, real HTTP, real ONNX Runtime."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest
import requests
from onnx import helper, numpy_helper

from estimators import MeasureSettings
from nas.agent.protocol import TOKEN_ENV
from tests.mlflow_server import free_port
from tests.nas.agent.test_agent import NAS, TOKEN, Agent, _agent, _model, _post

SECRET = b"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"


@pytest.fixture
def agent_here(workdir: Path) -> Iterator[Agent]:
    """An agent whose working folder holds a secret, as a key beside a service often is."""
    (workdir / "secret.key").write_bytes(SECRET)
    yield from _agent(workdir, "device", "--time-limit", "30")


def _with_external_tensor(model_bytes: bytes, where: str) -> bytes:
    """The model with one tensor stored as external data at ``secret.key`` (relative): in the
    graph's initializers, or in a Constant node's attribute."""
    model = onnx.load_model_from_string(model_bytes)
    length = len(SECRET) // 4 * 4
    stolen = numpy_helper.from_array(np.zeros(length // 4, dtype=np.float32), "stolen")
    stolen.ClearField("raw_data")
    stolen.data_location = onnx.TensorProto.EXTERNAL
    for key, value in (("location", "secret.key"), ("offset", "0"), ("length", str(length))):
        stolen.external_data.add(key=key, value=value)
    if where == "initializer":
        model.graph.initializer.append(stolen)
    else:
        model.graph.node.insert(0, helper.make_node("Constant", [], ["stolen"], value=stolen))
    return bytes(model.SerializeToString())


@pytest.mark.parametrize("where", ["initializer", "constant"])
def test_a_model_that_references_external_data_is_refused_and_nothing_is_read(
    agent_here: Agent, workdir: Path, where: str
) -> None:
    attack = _with_external_tensor(_model(), where)
    if where == "initializer":  # the attack is real: ONNX Runtime, given these bytes here, reads the key
        session = ort.InferenceSession(attack)
        assert session is not None
    answer = _post(agent_here, attack, key="stem|1x8x8|3")
    assert answer.status_code == 415 and "external data" in answer.json()["detail"]
    assert SECRET.decode()[:20] not in answer.text
    health = agent_here.health()
    assert health["measured"] == 0 and health["table"] == 0 and health["refused"] == 1


def test_the_table_answers_only_for_the_model_it_measured(agent_here: Agent) -> None:
    key = "stem_k3_s1_c8-ir_r1_k3_s1_e1_c8|1x8x8|3"
    small = _post(agent_here, _model(), key=key)
    assert small.status_code == 200 and not small.json()["reused"]
    # another network under the same key: measured, never given the first one's figures
    other = _post(agent_here, _model("stem_k3_s1_c8-ir_r1_k7_s1_e6_c64-ir_r1_k7_s1_e6_c64"), key=key)
    assert other.status_code == 200 and not other.json()["reused"]
    assert other.json()["measurement"] != small.json()["measurement"]
    # the same model under any key, or none: what was measured for it
    again = _post(agent_here, _model(), key="anything else")
    assert again.json()["reused"] and again.json()["measurement"] == small.json()["measurement"]
    assert agent_here.health()["measured"] == 2 and agent_here.health()["table"] == 2


def _start(workdir: Path, table: Path, *prefix: str) -> subprocess.CompletedProcess[str]:
    command = [*prefix, NAS, "agent", "--port", str(free_port()), "--table", str(table)]
    env = {**os.environ, TOKEN_ENV: TOKEN}
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_a_table_the_agent_cannot_open_or_write_stops_it_at_start_with_one_line(workdir: Path) -> None:
    (workdir / "folder").mkdir()
    (workdir / "text.db").write_text("not a database\n" * 100)
    folder = _start(workdir, workdir / "folder")
    assert folder.returncode == 2 and "is a directory" in folder.stderr  # click's usage form
    for table, said in (
        (workdir / "missing" / "t.db", "cannot be written"),
        (workdir / "text.db", "file is not a database"),
    ):
        started = _start(workdir, table)
        assert started.returncode == 2, started.stderr
        assert said in started.stderr and len(started.stderr.strip().splitlines()) == 1, started.stderr
    # a table it may only read: root ignores file modes, so the agent runs without that power
    table = workdir / "read-only.db"
    assert _start(workdir, table, "timeout", "-s", "INT", "3").returncode != 2  # made, and served
    table.chmod(0o444)
    os.chown(table, 65534, 65534)
    workdir.chmod(0o555)
    try:
        drop = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
        started = _start(workdir, table, *drop)
    finally:
        workdir.chmod(0o755)
    assert started.returncode == 2, started.stderr
    assert "readonly" in started.stderr and len(started.stderr.strip().splitlines()) == 1


@pytest.fixture
def busy_agent(tmp_path: Path) -> Iterator[Agent]:
    yield from _agent(tmp_path, "busy", "--queue", "2", "--time-limit", "60")


def test_health_answers_while_measurements_queue_and_a_full_queue_says_when_to_come_back(
    busy_agent: Agent,
) -> None:
    slow = asdict(MeasureSettings(warmup=0, repeats=30, runs=2000))
    answers: list[requests.Response] = []
    models = [_model(f"stem_k3_s1_c{8 + n}-ir_r1_k3_s1_e1_c8") for n in range(40)]  # none in the table
    together = threading.Barrier(len(models))

    def ask(model: bytes) -> None:
        together.wait()
        answers.append(_post(busy_agent, model, settings=slow))

    askers = [threading.Thread(target=ask, args=(model,)) for model in models]
    for asker in askers:
        asker.start()
    health = busy_agent.health()  # answered now, beside the queue (requests' timeout is 30 s)
    assert health["queued"] <= 2
    for asker in askers:
        asker.join()
    busy = [a for a in answers if a.status_code == 503]
    assert busy and all(a.headers["Retry-After"].isdigit() for a in busy)
    assert all(a.status_code == 200 for a in answers if a.status_code != 503)
    assert busy_agent.health()["busy"] == len(busy)


def test_a_client_that_goes_away_mid_body_leaves_one_line(agent_here: Agent) -> None:
    with socket.create_connection(("127.0.0.1", agent_here.port)) as connection:
        connection.sendall(
            f"POST /measure HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n"
            "Content-Length: 100000\r\n\r\n".encode()
            + b"\x08\x07" * 100
        )
    deadline = time.monotonic() + 60
    while agent_here.health()["refused"] == 0 and time.monotonic() < deadline:  # the agent goes on
        time.sleep(0.1)
    assert agent_here.health()["refused"] == 1
    agent_here.stop()
    said = agent_here.process.stderr.read() if agent_here.process.stderr else ""
    assert "Traceback" not in said, said
    assert len([line for line in said.splitlines() if "went away" in line]) == 1, said


def test_remeasure_refuses_a_target_as_a_search_does(workdir: Path) -> None:
    for target in ("http://user:hunter2@127.0.0.1:8765", "file:///etc/passwd"):
        result = subprocess.run(
            [sys.executable, "-m", "nas", "remeasure", "--study-name", "x", "--target", target],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "hunter2" not in result.stderr
