"""A search's side of an agent: measure a candidate on the device at ``[measure] target``.

An agent that is down or restarting is waited for (retried with growing pauses) up to
``wait_s``; then the trial fails with a reason naming the agent, and the same command resumes.
A refusal (a wrong token, a model it will not take) is not retried: it would be refused again.
The token travels in a header, never in the URL, and is never printed.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from typing import Any

import requests

from estimators import MeasureSettings
from estimators.measurement import measurement_from_json
from nas.agent.protocol import REQUEST_HEADER, DeviceMeasurement
from nas.errors import UserInputError
from nas.urls import masked

CONNECT_TIMEOUT_S = 5.0
START_WAIT_S = 10.0  # at start-up, an agent that does not answer is not waited for long


class AgentUnavailableError(RuntimeError):
    """The agent did not answer within the wait: the trial fails with this reason."""


class AgentRefusedError(RuntimeError):
    """The agent answered with a refusal: its status and reason."""


class AgentConfigError(UserInputError, ValueError):
    """At start-up: the agent cannot be reached, or refuses the token."""


class AgentClient:
    def __init__(self, url: str, token: str, wait_s: float = 120.0, read_timeout_s: float = 600.0) -> None:
        self.url, self.token, self.wait_s, self.read_timeout_s = (
            url.rstrip("/"),
            token,
            wait_s,
            read_timeout_s,
        )
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.trust_env = False  # no proxy from the environment sees the token

    @property
    def name(self) -> str:
        return masked(self.url)

    def _request(self, method: str, path: str, wait_s: float | None = None, **kwargs: Any) -> dict[str, Any]:
        """One call, retried while the agent cannot be reached, up to ``wait_s`` (the client's)."""
        wait_s = self.wait_s if wait_s is None else wait_s
        deadline, pause = time.monotonic() + wait_s, 0.5
        while True:
            answer: requests.Response | None = None
            failure = ""
            try:
                answer = self.session.request(
                    method, self.url + path, timeout=(CONNECT_TIMEOUT_S, self.read_timeout_s), **kwargs
                )
            except requests.RequestException as error:
                failure = type(error).__name__
            if answer is None or answer.status_code in (502, 503):  # down or busy, or a proxy says so
                wait = pause if answer is None else _retry_after(answer, pause)
                if time.monotonic() + wait > deadline:
                    why = failure if answer is None else f"HTTP {answer.status_code}"
                    raise AgentUnavailableError(f"agent {self.name} did not answer for {wait_s:g} s ({why})")
                time.sleep(wait)
                pause = min(pause * 2, 10.0)
                continue
            if answer.status_code == 200:
                data: dict[str, Any] = answer.json()
                return data
            try:
                reason = str(answer.json().get("detail"))
            except ValueError:
                reason = answer.reason
            raise AgentRefusedError(f"agent {self.name} refused ({answer.status_code}): {reason}")

    def check(self) -> dict[str, Any]:
        """At start-up: the agent's health, or one line saying why it cannot be used."""
        try:
            return self._request("GET", "/health", wait_s=min(self.wait_s, START_WAIT_S))
        except (AgentUnavailableError, AgentRefusedError) as error:
            raise AgentConfigError(f"measure.target: {error}") from None

    def measure(
        self, model_bytes: bytes, input_shape: tuple[int, ...], settings: MeasureSettings, key: str | None
    ) -> DeviceMeasurement:
        asked = {"input_shape": list(input_shape), "settings": asdict(settings), "key": key}
        data = self._request(
            "POST",
            "/measure",
            data=model_bytes,
            headers={REQUEST_HEADER: json.dumps(asked), "Content-Type": "application/octet-stream"},
        )
        return DeviceMeasurement(
            measurement_from_json(data["measurement"]),
            str(data["device"]),
            str(data["energy_meter"]),
            bool(data["reused"]),
        )


def _retry_after(answer: requests.Response, otherwise: float) -> float:
    """The pause a busy agent asked for (``Retry-After`` in seconds, within reason), else ours."""
    asked = answer.headers.get("Retry-After", "")
    return min(max(float(asked), 0.5), 60.0) if asked.isdigit() else otherwise
