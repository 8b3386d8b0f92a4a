"""What the agent's bounds hold against, measured: a real ``nas agent`` on 127.0.0.1 with the
usual limit of 1 024 open files, attacked as issue 47 describes.

1. A flood without a token: 1 100 connections that never finish their headers. Measured: how
   long ``/health`` takes meanwhile (with the token), how many of the flood are still open after
   the header timeout, and how many bytes the agent's log grew by.
2. Big models: two ~63 MB models posted at once; how long ``/health`` takes meanwhile.
3. A 200-byte model that asks ONNX Runtime for 1.6 GB (``ConstantOfShape``): the answer.

Writes experiments/results/agent_bounds.json.

    python experiments/bench_agent_bounds.py
"""

from __future__ import annotations

import json
import os
import platform
import resource
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import requests
from onnx import helper, numpy_helper

RESULTS = Path(__file__).parent / "results"
NAS = str(Path(sys.executable).with_name("nas"))
PORT = 8797
FLOOD = 1100
HEADER_TIMEOUT_S = 10.0


def start(folder: Path, token: str) -> subprocess.Popen[bytes]:
    def files_1024() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))

    log = (folder / "agent.log").open("wb")
    agent = subprocess.Popen(
        [NAS, "agent", "--port", str(PORT), "--table", str(folder / "t.db"), "--max-model-mb", "80"],
        env={**os.environ, "NAS_AGENT_TOKEN": token},
        stderr=log,
        preexec_fn=files_1024,  # noqa: PLW1509  (a limit on the child alone, set before it runs)
    )
    for _ in range(300):
        try:
            health(token)
            return agent
        except requests.RequestException:
            time.sleep(0.2)
    raise SystemExit("the agent did not come up")


def health(token: str, timeout: float = 30) -> float:
    started = time.perf_counter()
    requests.get(
        f"http://127.0.0.1:{PORT}/health", headers={"Authorization": f"Bearer {token}"}, timeout=timeout
    ).raise_for_status()
    return time.perf_counter() - started


def flood(token: str, log: Path) -> dict[str, Any]:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # this client needs 1 100 sockets
    before = log.stat().st_size
    sockets = []
    for _ in range(FLOOD):
        connection = socket.create_connection(("127.0.0.1", PORT))
        connection.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        sockets.append(connection)
    during = [health(token) for _ in range(5)]
    time.sleep(HEADER_TIMEOUT_S + 2)
    still_open = 0
    for connection in sockets:
        connection.setblocking(False)
        try:
            still_open += connection.recv(1) != b""
        except BlockingIOError:
            still_open += 1
        except OSError:
            pass
        connection.close()
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    return {
        "connections": FLOOD,
        "health_s_during": [round(s, 4) for s in during],
        "still_open_after_timeout": still_open,
        "log_bytes_added": log.stat().st_size - before,
    }


def big_model(megabytes: int) -> bytes:
    weights = numpy_helper.from_array(np.zeros(megabytes * 2**18, np.float32), "w")
    nodes = [
        helper.make_node("ReduceSum", ["w"], ["s"], keepdims=0),
        helper.make_node("Add", ["x", "s"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes,
        "big",
        [helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, ["n", 1])],
        [helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, ["n", 1])],
        [weights],
    )
    return bytes(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString())


def post(token: str, body: bytes) -> requests.Response:
    asked = {"input_shape": [1], "settings": {"warmup": 1, "repeats": 2, "runs": 2}}
    headers = {"Authorization": f"Bearer {token}", "X-Nas-Measure": json.dumps(asked)}
    return requests.post(f"http://127.0.0.1:{PORT}/measure", data=body, headers=headers, timeout=300)


def big_models(token: str) -> dict[str, Any]:
    body = big_model(63)
    posts = [threading.Thread(target=post, args=(token, body)) for _ in range(2)]
    for thread in posts:
        thread.start()
    time.sleep(0.5)
    during = []
    while any(thread.is_alive() for thread in posts):
        during.append(health(token))
        time.sleep(0.2)
    return {"model_mb": round(len(body) / 2**20, 1), "health_s_max_during": round(max(during, default=0), 4)}


def memory_bomb(token: str) -> dict[str, Any]:
    shape = numpy_helper.from_array(np.array([400_000_000], np.int64), "shape")
    ones = numpy_helper.from_array(np.ones(1, np.float32))
    nodes = [
        helper.make_node("ConstantOfShape", ["shape"], ["big"], value=ones),
        helper.make_node("ReduceSum", ["big"], ["s"], keepdims=0),
        helper.make_node("Add", ["x", "s"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes,
        "bomb",
        [helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, ["n", 1])],
        [helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, ["n", 1])],
        [shape],
    )
    body = bytes(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]).SerializeToString())
    answer = post(token, body)
    return {"model_bytes": len(body), "status": answer.status_code, "detail": answer.json()["detail"]}


def main() -> None:
    token = secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        agent = start(folder, token)
        try:
            results = {
                "conditions": {
                    "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
                    "agent": "defaults: 256 connections, headers within 10 s, 1 024 MiB per measurement; "
                    "open files limited to 1 024",
                },
                "flood_without_token": flood(token, folder / "agent.log"),
                "two_big_models": big_models(token),
                "memory_bomb": memory_bomb(token),
            }
        finally:
            agent.kill()
    (RESULTS / "agent_bounds.json").write_text(json.dumps(results, indent=1))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
