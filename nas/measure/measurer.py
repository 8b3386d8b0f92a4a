"""Where a search's candidates are measured: here (``measure_onnx`` under this machine's meter)
or on the device at ``[measure] target`` (an agent, nas/agent/). Both give the same
``DeviceMeasurement``; static costs (MACs, parameters) are always counted here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from nas.agent.protocol import TOKEN_ENV, DeviceMeasurement, check_token
from nas.config import Config, ConfigError

if TYPE_CHECKING:
    from estimators import EnergyMeter, MeasureSettings
    from nas.agent.client import AgentClient


def cost_graph(arch: str, input_shape: tuple[int, ...], num_classes: int) -> bytes:
    """The architecture as its cost is measured: built from a fixed seed (cost does not depend on
    the weights), so every measurement of one architecture sends the same bytes, and a device's
    table, which knows a model by its bytes, finds it again; the caller's random state is kept."""
    import torch

    from estimators import export_onnx
    from search_spaces import build_model, parse_arch

    with torch.random.fork_rng():
        torch.manual_seed(0)
        model = build_model(parse_arch(arch), input_shape[0], num_classes)
    return export_onnx(model, input_shape)


class Measurer(Protocol):
    @property
    def remote(self) -> bool:  # figures from another device (an agent), named in every record
        ...

    def measure(
        self, model_bytes: bytes, input_shape: tuple[int, ...], settings: MeasureSettings, key: str | None
    ) -> DeviceMeasurement: ...


@dataclass(frozen=True)
class LocalMeasurer:
    meter: EnergyMeter
    remote: bool = False

    def measure(
        self, model_bytes: bytes, input_shape: tuple[int, ...], settings: MeasureSettings, key: str | None
    ) -> DeviceMeasurement:
        from estimators import measure_onnx
        from estimators.host import host_description

        measured = measure_onnx(model_bytes, input_shape, settings, self.meter)
        return DeviceMeasurement(measured, host_description(), self.meter.describe(), reused=False)


@dataclass(frozen=True)
class AgentMeasurer:
    client: AgentClient
    device: str = ""  # as the agent describes its machine
    remote: bool = True

    def measure(
        self, model_bytes: bytes, input_shape: tuple[int, ...], settings: MeasureSettings, key: str | None
    ) -> DeviceMeasurement:
        answer = self.client.measure(model_bytes, input_shape, settings, key)
        return DeviceMeasurement(
            answer.measurement,
            f"{answer.device} (agent {self.client.name})",
            answer.energy_meter,
            answer.reused,
        )


def agent_client(url: str, wait_s: float) -> AgentMeasurer:
    """Measuring on the agent at ``url``, checked now: a missing token, an agent that cannot be
    reached or refuses the token is one line (exit 2)."""
    from nas.agent.client import AgentClient

    try:
        token = check_token(os.environ.get(TOKEN_ENV))
    except ValueError as error:
        raise ConfigError(f"measure.target: {error}") from None
    client = AgentClient(url, token, wait_s=wait_s)
    return AgentMeasurer(client, str(client.check().get("device", "?")))


def make_measurer(config: Config, meter: EnergyMeter) -> Measurer:
    target = config.measure.target
    if not target:
        return LocalMeasurer(meter)
    return agent_client(target, config.measure.target_wait_s)
