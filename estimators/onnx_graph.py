"""ONNX export of a model, and the costs its graph implies (to cross-check ``complexity``).

The export uses PyTorch's TorchScript-based exporter (``dynamo=False``): on these small
convolutional nets it is many times faster than the dynamo exporter (see
``experiments/bench_onnx_export.py``), needs no extra package, and in eval mode folds batch
norm into the convolutions, which is the graph ONNX Runtime would run anyway.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass

import onnx
import torch
from onnx import shape_inference
from torch import nn

OPSET = 17
INPUT_NAME = "input"
OUTPUT_NAME = "logits"


def export_onnx(
    model: nn.Module,
    input_shape: tuple[int, ...],
    metadata: dict[str, str] | None = None,
    dtype: torch.dtype = torch.float32,
) -> bytes:
    """Serialised ONNX model with a dynamic batch axis, taking ``dtype`` inputs of
    ``input_shape`` per example; ``metadata`` goes into metadata_props."""
    was_training = model.training
    model.eval()
    buffer = io.BytesIO()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the exporter's deprecation notice, once per call
            torch.onnx.export(
                model,
                (torch.zeros(1, *input_shape, dtype=dtype),),
                buffer,  # type: ignore[arg-type]  # the TorchScript exporter writes to file objects
                input_names=[INPUT_NAME],
                output_names=[OUTPUT_NAME],
                dynamic_axes={INPUT_NAME: {0: "batch"}, OUTPUT_NAME: {0: "batch"}},
                opset_version=OPSET,
                do_constant_folding=True,
                dynamo=False,
            )
    finally:
        model.train(was_training)
    return with_metadata(buffer.getvalue(), metadata)


def with_metadata(model_bytes: bytes, metadata: dict[str, str] | None) -> bytes:
    """The model with ``metadata`` added to its metadata_props."""
    if not metadata:
        return model_bytes
    proto = onnx.load_from_string(model_bytes)
    for key, value in metadata.items():
        entry = proto.metadata_props.add()
        entry.key, entry.value = key, value
    return bytes(proto.SerializeToString())


@dataclass(frozen=True)
class GraphCounts:
    params: int  # weight and bias elements of Conv, Gemm and MatMul nodes, per use
    macs: int  # multiply-accumulates of Conv, Gemm and MatMul nodes for one input


def graph_counts(model_bytes: bytes) -> GraphCounts:
    """Count what the graph implies, from initialiser shapes and inferred output shapes."""
    proto = shape_inference.infer_shapes(onnx.load_from_string(model_bytes))
    weights = {init.name: tuple(init.dims) for init in proto.graph.initializer}
    for node in proto.graph.node:  # the exporter shares equal initialisers through Identity
        if node.op_type == "Identity" and node.input[0] in weights:
            weights[node.output[0]] = weights[node.input[0]]
    shapes = {
        info.name: [d.dim_value for d in info.type.tensor_type.shape.dim]
        for info in [*proto.graph.value_info, *proto.graph.output]
    }
    macs = params = 0
    for node in proto.graph.node:
        out_shape = shapes.get(node.output[0])
        if node.op_type not in ("Conv", "Gemm", "MatMul") or out_shape is None:
            continue
        params += sum(math.prod(weights[name]) for name in node.input if name in weights)
        per_sample_outputs = math.prod(out_shape[1:])  # drop the (dynamic) batch axis
        weight = weights[node.input[1]]
        if node.op_type == "Conv":
            macs += per_sample_outputs * math.prod(weight[1:])  # (in/groups) * kh * kw
        elif node.op_type == "Gemm":
            trans_b = any(a.name == "transB" and a.i == 1 for a in node.attribute)
            macs += per_sample_outputs * (weight[1] if trans_b else weight[0])
        else:
            macs += per_sample_outputs * weight[0]
    return GraphCounts(params=params, macs=macs)
