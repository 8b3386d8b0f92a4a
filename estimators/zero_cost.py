"""Zero-cost proxies: scores of an untrained network that rank architectures, in milliseconds.

- ``synflow`` (Tanaka et al., NeurIPS 2020; as a NAS proxy, Abdelfattah et al., ICLR 2021): with
  every weight replaced by its absolute value, in double precision and eval mode, the sum over
  parameters of |theta * d(sum of outputs)/d theta| for an all-ones input. Data-free.
- ``naswot`` (Mellor et al., ICML 2021): log |det K|, where K[i, j] counts the activation units
  on which inputs i and j agree about being active (output > 0), over a minibatch.
- ``grad_norm`` (Abdelfattah et al., ICLR 2021): the sum of the gradient norms of every
  parameter tensor for the cross-entropy loss of a minibatch.

Each works on a copy: the network handed in is not changed.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass

import torch
from torch import nn

PROXY_NAMES = ("synflow", "naswot", "grad_norm")
ACTIVATIONS = (nn.ReLU, nn.ReLU6, nn.Hardswish)


@dataclass(frozen=True)
class ProxyScores:
    synflow: float
    naswot: float
    grad_norm: float

    def as_dict(self) -> dict[str, float]:
        return {"synflow": self.synflow, "naswot": self.naswot, "grad_norm": self.grad_norm}


def synflow(model: nn.Module, input_shape: tuple[int, ...]) -> float:
    net = copy.deepcopy(model).double().eval()
    with torch.no_grad():
        for parameter in net.parameters():
            parameter.abs_()
    net.zero_grad()
    net(torch.ones(1, *input_shape, dtype=torch.float64)).sum().backward()
    with torch.no_grad():  # may overflow to inf for deep nets: logged as it is
        return sum(float((p * p.grad).abs().sum()) for p in net.parameters() if p.grad is not None)


def naswot(model: nn.Module, x: torch.Tensor) -> float:
    net = copy.deepcopy(model).eval()
    codes: list[torch.Tensor] = []

    def record(_: nn.Module, __: tuple[torch.Tensor, ...], output: torch.Tensor) -> None:
        codes.append((output.detach().flatten(1) > 0).double())

    handles = [m.register_forward_hook(record) for m in net.modules() if isinstance(m, ACTIVATIONS)]
    try:
        with torch.no_grad():
            net(x)
    finally:
        for handle in handles:
            handle.remove()
    if not codes:
        return 0.0
    c = torch.cat(codes, dim=1)
    kernel = c @ c.T + (1 - c) @ (1 - c).T
    sign, logdet = torch.linalg.slogdet(kernel)
    return float(logdet) if float(sign) > 0 else -math.inf


def grad_norm(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    net = copy.deepcopy(model).train()
    net.zero_grad()
    nn.CrossEntropyLoss()(net(x), y).backward()
    with torch.no_grad():
        return sum(float(p.grad.norm()) for p in net.parameters() if p.grad is not None)


def proxy_scores(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> ProxyScores:
    """All three proxies on the minibatch ``x`` (N, C, H, W) with labels ``y``."""
    return ProxyScores(
        synflow=synflow(model, tuple(x.shape[1:])),
        naswot=naswot(model, x),
        grad_norm=grad_norm(model, x, y),
    )
