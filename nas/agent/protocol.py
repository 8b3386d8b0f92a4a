"""What an agent and its clients say to each other, in one place.

``POST /measure``: the body is the ONNX model's bytes; the header ``X-Nas-Measure`` holds JSON
``{"input_shape": [c, h, w], "settings": {MeasureSettings}, "key": "arch|shape|classes"}`` (the
key is the client's label for the network, kept beside the measurement; the agent's table finds
a measurement by the model's own bytes). The
answer is JSON ``{"measurement": {Measurement}, "device": str, "energy_meter": str, "reused":
bool}``. Every request carries ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from estimators import Measurement

TOKEN_ENV = "NAS_AGENT_TOKEN"
MIN_TOKEN_CHARS = 16  # a guessable token is refused at start-up, on both sides
REQUEST_HEADER = "X-Nas-Measure"
DEFAULT_PORT = 8765


@dataclass(frozen=True)
class DeviceMeasurement:
    measurement: Measurement
    device: str  # the agent's description of its machine
    energy_meter: str  # the agent's meter, described
    reused: bool  # served from the device's table: measured before, not again


def check_token(token: str | None) -> str:
    """The token, if it can guard an agent; else ValueError saying why (never quoting it)."""
    if not token:
        raise ValueError(f"set {TOKEN_ENV} to a secret shared by the agent and its clients")
    if len(token) < MIN_TOKEN_CHARS or not token.isprintable() or " " in token:
        raise ValueError(
            f"{TOKEN_ENV} must be at least {MIN_TOKEN_CHARS} printable characters without spaces "
            "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    return token


def token_matches(expected: str, header: str | None) -> bool:
    """Whether an ``Authorization`` header is ``Bearer <token>``, the one documented form
    (compared in constant time)."""
    scheme, _, given = (header or "").partition(" ")
    return scheme == "Bearer" and hmac.compare_digest(given.encode(), expected.encode())


def measurement_key(arch: str, input_shape: tuple[int, ...], num_classes: int) -> str:
    """What a network's cost depends on (not its weights): its label in the device's table."""
    return f"{arch}|{'x'.join(map(str, input_shape))}|{num_classes}"
