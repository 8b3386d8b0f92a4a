"""The measuring agent started from Python or by ``nas agent``: its options with their limits,
the checks made before it listens (token, meter, table), and the server until it is stopped."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path

from estimators import METER_NAMES
from nas.agent.protocol import DEFAULT_PORT, TOKEN_ENV, check_token
from nas.config import ConfigError

LOOPBACK = ("127.0.0.1", "::1", "localhost")

# option: (least, most) allowed; the CLI's flags take the same ranges
INT_LIMITS: dict[str, tuple[int, int]] = {
    "port": (1, 65535),
    "queue": (1, 1000),
    "max_connections": (2, 100_000),
}
FLOAT_LIMITS: dict[str, tuple[float, float]] = {
    "max_model_mb": (0.001, 4096),
    "time_limit_s": (1, 3600),
    "max_memory_mb": (64, 1 << 20),
    "header_timeout_s": (0.1, 600),
}
LIMITS = {**INT_LIMITS, **FLOAT_LIMITS}


@dataclass(frozen=True)
class AgentOptions:
    """How the agent listens and what it accepts; each limit is checked here (``LIMITS``)."""

    host: str = "127.0.0.1"  # loopback unless told: the token travels in clear without a TLS proxy
    port: int = DEFAULT_PORT
    meter: str = "auto"
    table: Path = Path("nas-agent.db")  # the device's measurements (SQLite), reused by every study
    max_model_mb: float = 64.0  # larger models are refused
    time_limit_s: float = 120.0  # a measurement's (and a request body's) time
    queue: int = 8  # measurements waiting or under way at once; more are answered 503
    max_memory_mb: float = 1024.0  # the measuring process's memory; a model needing more: 422
    max_connections: int = 256  # open at once (fewer where the process may open fewer files)
    header_timeout_s: float = 10.0  # a request's headers must arrive within this

    def __post_init__(self) -> None:
        if self.meter not in METER_NAMES:
            raise ConfigError(f"meter: expected one of {', '.join(METER_NAMES)}, got {self.meter!r}")
        for field in fields(self):
            if field.name in LIMITS:
                least, most = LIMITS[field.name]
                value = getattr(self, field.name)
                if not least <= value <= most:
                    raise ConfigError(f"{field.name}: expected {least:g} to {most:g}, got {value}")


def serve_agent(
    options: AgentOptions, token: str | None = None, announce: Callable[[str], None] = print
) -> None:
    """Serve measurements until the process is stopped. ``token`` (default: $NAS_AGENT_TOKEN)
    must guard every request; the meter and the table are checked before the agent listens.
    ``announce`` receives the lines that say where it listens and with what limits."""
    import uvicorn

    from estimators import CpuPowerModel, MeterUnavailableError, select_meter
    from estimators.host import host_description
    from nas.agent.connections import ConnectionGuard, connections_allowed, guarded_protocol
    from nas.agent.measuring import MeasuringProcess
    from nas.agent.server import AgentSettings, make_app
    from nas.agent.table import DeviceTable

    source = "given" if token is not None else f"from {TOKEN_ENV}"
    try:
        token = check_token(token if token is not None else os.environ.get(TOKEN_ENV))
        reason = select_meter(options.meter, 1, "cpu", CpuPowerModel())[1]
    except (ValueError, MeterUnavailableError) as error:
        raise ConfigError(str(error)) from None
    device_table = DeviceTable(options.table)  # one that cannot be written: before any measurement
    guard = ConnectionGuard(connections_allowed(options.max_connections), options.header_timeout_s)
    settings = AgentSettings(
        token,
        options.meter,
        max_model_bytes=int(options.max_model_mb * 2**20),
        time_limit_s=options.time_limit_s,
        max_queue=options.queue,
        max_memory_bytes=int(options.max_memory_mb * 2**20),
        body_timeout_s=options.time_limit_s,
        guard=guard,
    )
    measurer = MeasuringProcess(options.meter, settings.model, settings.max_memory_bytes)
    announce(f"nas agent on {host_description()}: http://{options.host}:{options.port} (token {source})")
    announce(f"  meter: {reason}")
    announce(
        f"  table: {options.table} ({len(device_table)} measurements); models up to "
        f"{options.max_model_mb:g} MB, {options.time_limit_s:g} s and {options.max_memory_mb:g} MiB each"
    )
    announce(f"  connections: at most {guard.max_connections}, headers within {options.header_timeout_s:g} s")
    if options.host not in LOOPBACK:
        announce(f"  listening on {options.host}: the token travels in clear unless a TLS proxy is in front")
    try:
        uvicorn.run(
            make_app(settings, measurer, device_table),
            host=options.host,
            port=options.port,
            log_level="warning",
            access_log=False,
            http=guarded_protocol(guard),
            backlog=guard.max_connections,  # accepted at most this many at a time (connections.py)
        )
    finally:
        measurer.close()
