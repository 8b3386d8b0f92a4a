"""The agent as an attacker holding the token meets it, and as an unlucky operator starts it: real
``nas agent`` processes on 127.0.0.1, real HTTP, real ONNX Runtime."""

from __future__ import annotations

import json
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
from nas.agent.protocol import REQUEST_HEADER, TOKEN_ENV
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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
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


def unfinished_measure_request(sent: int) -> bytes:
    """A measurement request with the token that announces 100 000 bytes of model and sends ``sent``."""
    head = (
        f"POST /measure HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n"
        f"{REQUEST_HEADER}: {json.dumps({'input_shape': [1, 8, 8]})}\r\nContent-Length: 100000\r\n\r\n"
    )
    return head.encode() + b"\x08" * sent


def test_a_client_that_goes_away_mid_body_leaves_one_line(agent_here: Agent) -> None:
    with socket.create_connection(("127.0.0.1", agent_here.port)) as connection:
        connection.sendall(unfinished_measure_request(sent=200))
    deadline = time.monotonic() + 60
    while agent_here.health()["refused"] == 0 and time.monotonic() < deadline:  # the agent goes on
        time.sleep(0.1)
    assert agent_here.health()["refused"] == 1
    agent_here.stop()
    said = agent_here.process.stderr.read() if agent_here.process.stderr else ""
    assert "Traceback" not in said, said
    assert len([line for line in said.splitlines() if "went away" in line]) == 1, said


@pytest.mark.slow
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


def _external_tensor(name: str, location: str = "secret.key") -> onnx.TensorProto:
    length = len(SECRET) // 8 * 8
    tensor = numpy_helper.from_array(np.zeros(length // 4, dtype=np.float32), name)
    tensor.ClearField("raw_data")
    tensor.data_location = onnx.TensorProto.EXTERNAL
    for key, value in (("location", location), ("offset", "0"), ("length", str(length))):
        tensor.external_data.add(key=key, value=value)
    return tensor


def _with_external_elsewhere(where: str, location: str) -> bytes:
    """A small valid model with one external tensor in a place the first check did not list:
    a function's default attribute (ONNX Runtime inlines it as an initializer), a training
    step's initializer, or a sparse tensor held by a function's node."""
    out = helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, ["n"])
    opsets = [helper.make_opsetid("", 17), helper.make_opsetid("custom", 1)]
    body = [helper.make_node("Constant", [], ["y"], value_float=1.0)]
    if where == "training_info":
        graph = helper.make_graph(body, "g", [], [out])
        model = helper.make_model(graph, opset_imports=opsets[:1])
        step = model.training_info.add()
        step.initialization.CopyFrom(helper.make_graph([], "init", [], [], [_external_tensor("w", location)]))
        return bytes(model.SerializeToString())
    function_body = [helper.make_node("Identity", ["value"], ["y"])]
    function = helper.make_function("custom", "Leak", [], ["y"], function_body, opsets[:1], ["value"])
    function.ClearField("node")
    constant = helper.make_node("Constant", [], ["y"])
    constant.attribute.add(name="value", type=onnx.AttributeProto.TENSOR, ref_attr_name="value")
    function.node.append(constant)
    function.attribute.remove("value")
    if where == "function_default":
        function.attribute_proto.append(helper.make_attribute("value", _external_tensor("w", location)))
    else:  # a sparse tensor in a function's node
        values = _external_tensor("v", location)
        indices = numpy_helper.from_array(np.arange(values.dims[0], dtype=np.int64))
        sparse = helper.make_sparse_tensor(values, indices, [values.dims[0]])
        function.node[0].ClearField("attribute")
        function.node[0].attribute.append(helper.make_attribute("sparse_value", sparse))
    graph = helper.make_graph([helper.make_node("Leak", [], ["y"], domain="custom")], "g", [], [out])
    model = helper.make_model(graph, opset_imports=opsets, functions=[function])
    return bytes(model.SerializeToString())


@pytest.mark.parametrize("where", ["function_default", "training_info", "function_sparse"])
@pytest.mark.parametrize("location", ["secret.key", "/etc/hostname", "../secret.key"])
def test_external_data_anywhere_in_the_model_is_refused_with_415(
    agent_here: Agent, where: str, location: str
) -> None:
    attack = _with_external_elsewhere(where, location)
    if where == "function_default" and location == "secret.key":  # it passes ONNX's own checker
        onnx.checker.check_model(onnx.load_model_from_string(attack))
    answer = _post(agent_here, attack, input_shape=[1])
    assert answer.status_code == 415 and "external data" in answer.json()["detail"], answer.text
    assert agent_here.health()["table"] == 0


def test_onnx_runtime_s_own_format_is_refused(agent_here: Agent, workdir: Path) -> None:
    options = ort.SessionOptions()
    options.optimized_model_filepath = str(workdir / "model.ort")
    options.add_session_config_entry("session.save_model_format", "ORT")
    ort.InferenceSession(_model(), options)
    ort_bytes = (workdir / "model.ort").read_bytes()
    assert ort_bytes[4:8] == b"ORTM"
    answer = _post(agent_here, ort_bytes)
    assert answer.status_code == 415 and "ONNX Runtime's own format" in answer.json()["detail"]
    # and the measuring session reads ONNX only, whatever reaches it
    from estimators.inference import make_session

    with pytest.raises(Exception, match=r"(?i)protobuf|onnx"):
        make_session(ort_bytes, 1, spinning=False)


def test_a_bare_token_without_bearer_is_refused(agent_here: Agent) -> None:
    for header in (TOKEN, f"bearer {TOKEN}", f"Basic {TOKEN}", f"Bearer  {TOKEN}"):
        answer = requests.get(f"{agent_here.url}/health", headers={"Authorization": header}, timeout=30)
        assert answer.status_code == 401, header


def test_settings_beyond_this_device_are_refused(agent_here: Agent) -> None:
    cores = len(os.sched_getaffinity(0))
    answer = _post(agent_here, _model(), settings={**asdict(MeasureSettings()), "threads": cores + 1})
    assert answer.status_code == 422 and f"has {cores} cores" in answer.json()["detail"]
    if "CUDAExecutionProvider" not in ort.get_available_providers():  # measured on the CPU, labelled cuda
        answer = _post(agent_here, _model(), settings={**asdict(MeasureSettings()), "provider": "cuda"})
        assert answer.status_code == 422 and "CUDAExecutionProvider" in answer.json()["detail"]
    huge_batch = {**asdict(MeasureSettings()), "batch_size": 65_536}
    answer = _post(agent_here, _model(), settings=huge_batch, input_shape=[3, 256, 256])
    assert answer.status_code == 422 and "MiB" in answer.json()["detail"]
    assert agent_here.health()["table"] == 0


def test_a_tiny_model_that_allocates_gigabytes_is_refused_and_not_kept(agent_here: Agent) -> None:
    floats = 400_000_000  # 1.6 GB from 200 bytes: over the default limit of 1 GiB
    shape = numpy_helper.from_array(np.array([floats], np.int64), "shape")
    nodes = [
        helper.make_node("Identity", ["x"], ["x_out"]),
        helper.make_node(
            "ConstantOfShape", ["shape"], ["big"], value=numpy_helper.from_array(np.ones(1, np.float32))
        ),
        helper.make_node("ReduceSum", ["big"], ["y"], keepdims=0),
    ]
    graph = helper.make_graph(
        nodes,
        "g",
        [helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, ["n", 1])],
        [
            helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, []),
            helper.make_tensor_value_info("x_out", onnx.TensorProto.FLOAT, ["n", 1]),
        ],
        [shape],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    answer = _post(agent_here, bytes(model.SerializeToString()), input_shape=[1])
    assert answer.status_code == 422 and "memory" in answer.json()["detail"], answer.text
    health = agent_here.health()
    assert health["table"] == 0 and health["measured"] == 0
    assert _post(agent_here, _model()).status_code == 200  # and the next model is measured


def test_a_table_that_belongs_to_another_program_is_left_alone(workdir: Path) -> None:
    import sqlite3

    other = workdir / "app.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE users (name TEXT)")
    before = other.read_bytes()
    started = _start(workdir, other)
    assert started.returncode == 2 and "another program's tables (users)" in started.stderr
    assert len(started.stderr.strip().splitlines()) == 1 and other.read_bytes() == before
