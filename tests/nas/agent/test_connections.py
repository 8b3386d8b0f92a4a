"""The agent's connections under a flood that carries no token: real ``nas agent`` processes on
127.0.0.1, raw sockets that never finish their headers or their bodies."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.nas.agent.test_agent import Agent, _agent
from tests.nas.agent.test_attacks import unfinished_measure_request

HALF_OPEN = 300


@pytest.fixture
def guarded_agent(tmp_path: Path) -> Iterator[Agent]:
    yield from _agent(
        tmp_path, "guarded", "--max-connections", "64", "--header-timeout", "2", "--time-limit", "3"
    )


def _closed_by_peer(connection: socket.socket, within_s: float) -> bool:
    connection.settimeout(within_s)
    try:
        return connection.recv(1024) == b""
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def _response(connection: socket.socket) -> str:
    """A whole HTTP response, headers and body, however the segments arrive."""
    received = b""
    while b"\r\n\r\n" not in received and (chunk := connection.recv(4096)):
        received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    length = int(
        next(line for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")).split(b":")[
            1
        ]
    )
    while len(body) < length and (chunk := connection.recv(4096)):
        body += chunk
    return (head + b"\r\n\r\n" + body).decode()


@pytest.mark.slow
def test_unfinished_headers_neither_shut_others_out_nor_stay_open(guarded_agent: Agent) -> None:
    flood = []
    for _ in range(HALF_OPEN):  # more than the agent's limit, each a request that never ends
        connection = socket.create_connection(("127.0.0.1", guarded_agent.port))
        connection.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        flood.append(connection)
    health = guarded_agent.health()  # a client with the token still gets in
    assert health["over_limit"] >= HALF_OPEN - 64
    # every one of them is closed by the agent once the header timeout has passed
    assert all(_closed_by_peer(connection, within_s=30) for connection in flood)
    assert guarded_agent.health()["slow_headers"] >= 1
    for connection in flood:
        connection.close()
    guarded_agent.stop()
    said = guarded_agent.process.stderr.read() if guarded_agent.process.stderr else ""
    assert "Traceback" not in said, said
    assert len([line for line in said.splitlines() if "closing connections" in line]) == 2, said


@pytest.mark.slow
def test_a_body_that_never_arrives_is_answered_408(guarded_agent: Agent) -> None:
    with socket.create_connection(("127.0.0.1", guarded_agent.port)) as connection:
        connection.sendall(unfinished_measure_request(sent=20))
        connection.settimeout(30)
        started = time.monotonic()
        answer = _response(connection)
    assert answer.startswith("HTTP/1.1 408") and "did not arrive within 3 s" in answer
    assert time.monotonic() - started < 30
    assert requests.get(f"{guarded_agent.url}/health", timeout=30).status_code == 401  # still guarded
    assert guarded_agent.health()["refused"] >= 1
