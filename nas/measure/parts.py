"""A study's measuring parts, assembled from its configuration in one place: where trainings run
(``Placement``), the meter for inference windows and the one for training, where candidates
are measured (here, or on the agent at ``measure.target``), the ONNX Runtime settings, and one
line saying where the energy figures come from. A GPU that is not there, a meter that cannot
work and an agent that cannot be used are refused here, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from nas.config import Config, ConfigError
from nas.config.sections import CORES

if TYPE_CHECKING:  # importing this loads neither PyTorch nor ONNX Runtime
    from estimators import EnergyMeter, MeasureSettings
    from nas.measure.measurer import Measurer
    from nas.train import Placement

Meters = tuple["EnergyMeter", "EnergyMeter", str]  # inference windows, training, why they were chosen


@dataclass(frozen=True)
class Measuring:
    placement: Placement  # where trainings run: train.device
    meter: EnergyMeter  # inference windows here, holding measure.threads vCPUs
    train_meter: EnergyMeter  # trainings, holding the threads they take
    measurer: Measurer  # where candidates are measured: here with ``meter``, or on an agent
    settings: MeasureSettings  # ONNX Runtime settings of every measurement
    reason: str  # where the energy figures come from, as a line


def measuring(config: Config) -> Measuring:
    """The study's measuring parts (see the module's doc); ConfigError or an agent's error if
    one cannot be had."""
    from nas.measure.measurer import AgentMeasurer, make_measurer
    from nas.train import training_placement

    placement = training_placement(config.train.device, config.train.mixed_precision)
    meter, train_meter, reason = meters(config, placement)
    measurer = make_measurer(config, meter)
    if isinstance(measurer, AgentMeasurer):
        reason = (
            f"inference on {measurer.device} (agent {measurer.client.name}, its own meter); here: {reason}"
        )
    return Measuring(placement, meter, train_meter, measurer, measure_settings(config), reason)


def meters(config: Config, placement: Placement | None = None) -> Meters:
    """The meter for inference windows, the meter for training, and why they were chosen.

    Training on the CPU gets the CPU's own meter whatever the provider (``auto`` where inference
    uses NVML); one RAPL meter serves both, since it reads the same packages. Training on a GPU
    (``placement``) adds the GPU's NVML counter to the CPU's meter: each reads its own device.
    """
    from estimators import CpuPowerModel, MeterUnavailableError, check_provider, select_meter, with_gpu

    measure = config.measure
    model = CpuPowerModel(1, measure.cpu_idle_w_per_vcpu, measure.cpu_max_w_per_vcpu)
    try:
        check_provider(measure.provider)
        meter, reason = select_meter(measure.meter, measure.threads, measure.provider, model)
        if meter.source == "rapl":
            train_meter, train_reason = meter, ""
        else:
            train_name = "auto" if measure.meter == "nvml" else measure.meter
            # each trial's training holds the threads it takes (``holding``); "auto" takes at most all
            most = config.train.threads if isinstance(config.train.threads, int) else CORES
            train_meter, train_reason = select_meter(train_name, most, "cpu", model)
            train_reason = "" if train_meter.source == meter.source else f"training: {train_reason}"
    except (MeterUnavailableError, ValueError) as error:
        raise ConfigError(f"measure: {error}") from None
    if placement is not None and placement.device.type == "cuda":
        train_meter, train_reason = with_gpu(train_meter, *placement.nvml_identity())
    if train_reason:
        reason += f"; {train_reason}"
    return meter, train_meter, reason


def measure_settings(config: Config) -> MeasureSettings:
    """The configuration's ONNX Runtime settings: every candidate is measured with these."""
    from estimators import MeasureSettings

    return MeasureSettings(**config.measure.settings_fields())
