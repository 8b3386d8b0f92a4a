"""``nas agent``'s HTTP service (FastAPI, served by uvicorn): measure an ONNX model on this
device, show its meters and health. Every request carries the token; a refused request is
answered with a status and one line, and nothing of it is kept.

- 401: no token or a wrong one (compared in constant time; the token is never logged).
- 413: a model over the size limit (read no further than the limit).
- 408: the body did not arrive within the body timeout.
- 415: not one self-contained ONNX model (parsed as ONNX's protobuf only: nothing is ever
  unpickled; ONNX Runtime's own format refused), or one with a tensor anywhere whose data is
  external: the agent measures the bytes it was sent and reads no file for any model
  (``model_check.py``).
- 422: settings or an input shape that do not fit this device (more threads than its cores, a
  provider it lacks, inputs over the memory limit), a model that needs more memory than the
  measuring process may take, or ONNX Runtime's refusal of the model.
- 503: the queue of measurements is full (``Retry-After`` says when to ask again). Health and
  the meters never wait behind the queue.
- 504: the measurement outran the time limit (its process is killed; the agent goes on).

Before any of this, connections are bounded whatever they carry (``connections.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import threading
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.requests import ClientDisconnect

from estimators import METER_NAMES, CpuPowerModel, MeasureSettings, probe_meter, select_meter
from estimators.contention import current_contention
from estimators.host import host_description
from estimators.inference import check_provider
from nas.agent.connections import ConnectionGuard
from nas.agent.measuring import MeasurementFailedError, MeasurementTimeoutError, MeasuringProcess
from nas.agent.model_check import ModelRefusedError, checked_model
from nas.agent.protocol import REQUEST_HEADER, token_matches
from nas.agent.table import DeviceTable, model_digest
from nas.config.sections import CORES, MAX_BATCH, MAX_RUNS, MAX_WINDOW_S

RETRY_AFTER_S = 5  # what a client told the queue is full waits before asking again


@dataclass(frozen=True)
class AgentSettings:
    token: str
    meter: str = "auto"  # this device's meter: auto, rapl, nvml or cpu-model
    model: CpuPowerModel = field(default_factory=CpuPowerModel)
    max_model_bytes: int = 64 * 2**20
    time_limit_s: float = 120.0
    max_queue: int = 8  # measurements waiting or under way; more are answered 503
    max_memory_bytes: int = 2**30  # what the measuring process may allocate (models and inputs)
    body_timeout_s: float = 60.0  # a model's bytes must arrive within this
    guard: ConnectionGuard = field(default_factory=ConnectionGuard)


def _settings(raw: Any) -> MeasureSettings:
    """The client's measuring settings, within the bounds a search's configuration has and
    this device's cores and execution providers."""
    settings = MeasureSettings(**raw)
    if settings.batch_size > MAX_BATCH or settings.runs > MAX_RUNS or settings.warmup > MAX_RUNS:
        raise ValueError("batch_size, runs or warmup beyond the configuration's bounds")
    if settings.repeats > 1000 or settings.min_window_s > MAX_WINDOW_S:
        raise ValueError("repeats or min_window_s beyond the configuration's bounds")
    if settings.threads > CORES:  # the cores this process may run on
        raise ValueError(f"threads {settings.threads}: this device has {CORES} cores")
    check_provider(settings.provider)  # never measured on the CPU and labelled cuda
    return settings


def _check_input_memory(input_shape: tuple[int, ...], batch_size: int, limit: int) -> None:
    """Inputs (float32) that alone take over a quarter of the measuring process's memory are
    refused before the process allocates them."""
    need = 4 * batch_size
    for side in input_shape:
        need *= side
    if need > limit // 4:
        raise ValueError(
            f"a batch of {batch_size} inputs of {list(input_shape)} needs {need / 2**20:.0f} MiB; "
            f"the agent's measuring process may take {limit / 2**20:.0f} MiB in all"
        )


def _input_shape(raw: Any) -> tuple[int, ...]:
    if not (
        isinstance(raw, list) and 1 <= len(raw) <= 4 and all(type(n) is int and 1 <= n <= 4096 for n in raw)
    ):
        raise ValueError("input_shape must be 1 to 4 sides of 1 to 4096")
    return tuple(raw)


class _MeterNames:
    """The description of the meter a measurement with given settings uses (part of the table's
    key), found once per thread count and provider."""

    def __init__(self, agent: AgentSettings) -> None:
        self.agent = agent
        self.names: dict[tuple[int, str], str] = {}
        self.lock = threading.Lock()

    def of(self, settings: MeasureSettings) -> str:
        key = (settings.threads, settings.provider)
        with self.lock:
            if key not in self.names:
                meter, _ = select_meter(
                    self.agent.meter, settings.threads, settings.provider, self.agent.model
                )
                self.names[key] = meter.describe()
            return self.names[key]


def _watching(guard: ConnectionGuard) -> Any:
    """The app's lifespan: the guard watches the server's event loop while it runs."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        guard.watch(asyncio.get_running_loop())
        yield

    return lifespan


def make_app(agent: AgentSettings, measurer: MeasuringProcess, table: DeviceTable) -> FastAPI:
    app = FastAPI(
        title="nas agent", docs_url=None, redoc_url=None, openapi_url=None, lifespan=_watching(agent.guard)
    )
    device = host_description()
    meter_of = _MeterNames(agent).of
    served = {"measured": 0, "reused": 0, "refused": 0, "busy": 0}
    queued = 0  # measurement requests taken in and not yet answered (the event loop's own count)

    @app.middleware("http")
    async def authorised(request: Request, call_next: Any) -> Any:
        if not token_matches(agent.token, request.headers.get("authorization")):
            served["refused"] += 1
            return JSONResponse({"detail": "a wrong or missing token"}, status_code=401)
        return await call_next(request)

    @app.get("/health")
    async def health() -> dict[str, Any]:  # on the event loop: never behind the measurements
        closed = agent.guard.closed
        return {"status": "ok", "device": device, "table": len(table), "queued": queued, **served, **closed}

    @app.get("/meters")
    def meters_here() -> dict[str, Any]:
        rows = []
        for name in METER_NAMES[1:]:
            status = probe_meter(name, agent.model)
            rows.append({"meter": name, "available": status.meter is not None, "detail": status.detail})
        contention = current_contention(0.5)
        return {"device": device, "meter": agent.meter, "meters": rows, "contention": contention.text()}

    @app.post("/measure")
    async def measure(request: Request) -> Any:
        nonlocal queued
        if queued >= agent.max_queue:
            served["busy"] += 1
            return JSONResponse(
                {"detail": f"{queued} measurements queued already: ask again later"},
                status_code=503,
                headers={"Retry-After": str(RETRY_AFTER_S)},
            )
        queued += 1
        try:
            return await _measure(request)
        finally:
            queued -= 1

    async def _measure(request: Request) -> dict[str, Any]:
        def refuse(status: int, why: str) -> HTTPException:
            served["refused"] += 1
            return HTTPException(status, why)

        try:
            body, input_shape, settings, label = await _read(request, agent)
        except Refusal as refusal:
            raise refuse(refusal.status, str(refusal)) from None
        try:
            meter = meter_of(settings)
        except Exception as error:
            raise refuse(422, f"no meter for these settings here: {error}") from None
        model = model_digest(body, input_shape)
        if (known := table.get(model, settings, meter)) is not None:
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
        table.put(model, settings, meter, measured, label)
        served["measured"] += 1
        return _answer(measured, device, described, reused=False)

    return app


class Refusal(Exception):  # noqa: N818  (a refusal, answered with its status: not an error of the agent)
    def __init__(self, status: int, why: str) -> None:
        super().__init__(why)
        self.status = status


async def _read(
    request: Request, agent: AgentSettings
) -> tuple[bytes, tuple[int, ...], MeasureSettings, str | None]:
    """The model (read no further than the size limit, and within the body timeout), the input
    shape, the settings and the client's label for the network (its key: kept beside the
    measurement, never looked up) of a measurement request; ``Refusal`` with its status
    otherwise. The header is judged before the body is read."""
    try:
        asked = json.loads(request.headers.get(REQUEST_HEADER) or "{}")
        settings = _settings(asked.get("settings") or {})
        input_shape = _input_shape(asked.get("input_shape"))
        _check_input_memory(input_shape, settings.batch_size, agent.max_memory_bytes)
        label = asked.get("key")
        if label is not None and not (isinstance(label, str) and 0 < len(label) <= 2000):
            raise ValueError("key must be a string of up to 2000 characters")
    except (ValueError, TypeError, AttributeError) as error:
        raise Refusal(422, f"bad {REQUEST_HEADER}: {error}") from None
    try:
        async with asyncio.timeout(agent.body_timeout_s):
            body = await _body(request, agent.max_model_bytes)
    except TimeoutError:
        raise Refusal(408, f"the model did not arrive within {agent.body_timeout_s:g} s") from None
    from starlette.concurrency import run_in_threadpool

    try:  # parsing and checking a large model takes seconds: off the event loop, health answers
        await run_in_threadpool(checked_model, body)
    except ModelRefusedError as error:
        raise Refusal(415, str(error)) from None
    return body, input_shape, settings, label


async def _body(request: Request, limit: int) -> bytes:
    too_big = Refusal(413, f"the model is over the agent's limit of {limit} bytes")
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise too_big
    body = bytearray()
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                raise too_big
    except ClientDisconnect:
        print(f"nas agent: a client went away after {len(body)} bytes of its model", file=sys.stderr)
        raise Refusal(400, "the request ended before its body") from None
    return bytes(body)


def _answer(measured: Any, device: str, meter: str, reused: bool) -> dict[str, Any]:
    return {"measurement": asdict(measured), "device": device, "energy_meter": meter, "reused": reused}
