"""``nas agent``'s HTTP service (FastAPI, served by uvicorn): measure an ONNX model on this
device, show its meters and health. Every request carries the token; a refused request is
answered with a status and one line, and nothing of it is kept.

- 401: no token or a wrong one (compared in constant time; the token is never logged).
- 413: a model over the size limit (read no further than the limit).
- 415: not an ONNX model (parsed as ONNX's protobuf only: nothing is ever unpickled).
- 422: settings or an input shape that do not fit, or ONNX Runtime's refusal of the model.
- 504: the measurement outran the time limit (its process is killed; the agent goes on).
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass, field
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

from estimators import METER_NAMES, CpuPowerModel, MeasureSettings, probe_meter, select_meter
from estimators.contention import current_contention
from estimators.host import host_description
from nas.agent.measuring import MeasurementFailedError, MeasurementTimeoutError, MeasuringProcess
from nas.agent.protocol import REQUEST_HEADER, token_matches
from nas.agent.table import DeviceTable
from nas.config.sections import MAX_BATCH, MAX_RUNS, MAX_WINDOW_S


@dataclass(frozen=True)
class AgentSettings:
    token: str
    meter: str = "auto"  # this device's meter: auto, rapl, nvml or cpu-model
    model: CpuPowerModel = field(default_factory=CpuPowerModel)
    max_model_bytes: int = 64 * 2**20
    time_limit_s: float = 120.0


def _settings(raw: Any) -> MeasureSettings:
    """The client's measuring settings, within the bounds a search's configuration has."""
    settings = MeasureSettings(**raw)
    if settings.batch_size > MAX_BATCH or settings.runs > MAX_RUNS or settings.warmup > MAX_RUNS:
        raise ValueError("batch_size, runs or warmup beyond the configuration's bounds")
    if settings.repeats > 1000 or settings.min_window_s > MAX_WINDOW_S:
        raise ValueError("repeats or min_window_s beyond the configuration's bounds")
    return settings


def _input_shape(raw: Any) -> tuple[int, ...]:
    if not (
        isinstance(raw, list) and 1 <= len(raw) <= 4 and all(type(n) is int and 1 <= n <= 4096 for n in raw)
    ):
        raise ValueError("input_shape must be 1 to 4 sides of 1 to 4096")
    return tuple(raw)


def make_app(agent: AgentSettings, measurer: MeasuringProcess, table: DeviceTable) -> FastAPI:
    app = FastAPI(title="nas agent", docs_url=None, redoc_url=None, openapi_url=None)
    device = host_description()
    meters: dict[tuple[int, str], str] = {}
    meters_lock = threading.Lock()
    served = {"measured": 0, "reused": 0, "refused": 0}

    def meter_of(settings: MeasureSettings) -> str:
        """The description of the meter a measurement with ``settings`` uses (the table's key)."""
        key = (settings.threads, settings.provider)
        with meters_lock:
            if key not in meters:
                meters[key] = select_meter(agent.meter, settings.threads, settings.provider, agent.model)[
                    0
                ].describe()
            return meters[key]

    @app.middleware("http")
    async def authorised(request: Request, call_next: Any) -> Any:
        if not token_matches(agent.token, request.headers.get("authorization")):
            served["refused"] += 1
            return JSONResponse({"detail": "a wrong or missing token"}, status_code=401)
        return await call_next(request)

    @app.get("/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "device": device, "table": len(table), **served}

    @app.get("/meters")
    def meters_here() -> dict[str, Any]:
        rows = []
        for name in METER_NAMES[1:]:
            status = probe_meter(name, agent.model)
            rows.append({"meter": name, "available": status.meter is not None, "detail": status.detail})
        contention = current_contention(0.5)
        return {"device": device, "meter": agent.meter, "meters": rows, "contention": contention.text()}

    @app.post("/measure")
    async def measure(request: Request) -> dict[str, Any]:
        def refuse(status: int, why: str) -> HTTPException:
            served["refused"] += 1
            return HTTPException(status, why)

        try:
            body, input_shape, settings, network = await _read(request, agent.max_model_bytes)
        except Refusal as refusal:
            raise refuse(refusal.status, str(refusal)) from None
        try:
            meter = meter_of(settings)
        except Exception as error:
            raise refuse(422, f"no meter for these settings here: {error}") from None
        if network is not None and (known := table.get(network, settings, meter)) is not None:
            served["reused"] += 1
            return _answer(known, device, meter, reused=True)
        try:
            # a thread of the server's pool waits for the child, so health answers meanwhile
            from starlette.concurrency import run_in_threadpool

            measured, described = await run_in_threadpool(
                measurer.measure, body, input_shape, settings, agent.time_limit_s
            )
        except MeasurementTimeoutError as error:
            raise refuse(504, str(error)) from None
        except MeasurementFailedError as error:
            raise refuse(422, f"the model could not be measured: {error}") from None
        if network is not None:
            table.put(network, settings, meter, measured)
        served["measured"] += 1
        return _answer(measured, device, described, reused=False)

    return app


class Refusal(Exception):  # noqa: N818  (a refusal, answered with its status: not an error of the agent)
    def __init__(self, status: int, why: str) -> None:
        super().__init__(why)
        self.status = status


async def _read(request: Request, limit: int) -> tuple[bytes, tuple[int, ...], MeasureSettings, str | None]:
    """The model (read no further than ``limit`` bytes), the input shape, the settings and the
    network's key of a measurement request; ``Refusal`` with its status otherwise."""
    too_big = Refusal(413, f"the model is over the agent's limit of {limit} bytes")
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise too_big
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_big
    try:
        asked = json.loads(request.headers.get(REQUEST_HEADER) or "{}")
        settings = _settings(asked.get("settings") or {})
        input_shape = _input_shape(asked.get("input_shape"))
        network = asked.get("key")
        if network is not None and not (isinstance(network, str) and 0 < len(network) <= 2000):
            raise ValueError("key must be a string of up to 2000 characters")
    except (ValueError, TypeError, AttributeError) as error:
        raise Refusal(422, f"bad {REQUEST_HEADER}: {error}") from None
    try:
        import onnx

        onnx.checker.check_model(onnx.load_model_from_string(bytes(body)))
    except Exception:
        raise Refusal(415, "the body is not a valid ONNX model") from None
    return bytes(body), input_shape, settings, network


def _answer(measured: Any, device: str, meter: str, reused: bool) -> dict[str, Any]:
    return {"measurement": asdict(measured), "device": device, "energy_meter": meter, "reused": reused}
