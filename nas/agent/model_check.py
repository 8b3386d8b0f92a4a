"""Whether bytes sent to the agent are one self-contained ONNX model: the only kind it measures.

The check is structural, not a list of places: every ``TensorProto`` anywhere in the parsed
message (graphs, subgraphs, functions and their default attributes, ``training_info``, sparse
tensors, fields a later ONNX adds) is visited, and one whose data is external refuses the model,
so no model can make ONNX Runtime open a file. ONNX Runtime also loads its own flatbuffer format
(``ORTM`` at bytes 4 to 8): such bodies are refused here, and the measuring session is told to
read ONNX only (``estimators.inference.make_session``). Nothing is ever unpickled.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

ORT_FORMAT_MARK = b"ORTM"  # ONNX Runtime's flatbuffer files carry it at bytes 4 to 8


class ModelRefusedError(ValueError):
    """Not a model the agent measures; the message is one line for the client."""


def checked_model(body: bytes) -> None:
    """Nothing if ``body`` is a valid ONNX model whose tensors all hold their data in the body;
    ``ModelRefusedError`` otherwise. Runs no model and opens no file."""
    import onnx

    if body[4:8] == ORT_FORMAT_MARK:
        raise ModelRefusedError("the body is in ONNX Runtime's own format: send an ONNX model")
    try:
        model = onnx.load_model_from_string(body)
    except Exception:
        raise ModelRefusedError("the body is not a valid ONNX model") from None
    if any(_external(tensor) for tensor in tensors_in(model)):  # before anything reads the model
        raise ModelRefusedError("the model references external data: send one self-contained ONNX file")
    try:
        onnx.checker.check_model(model)
    except Exception:
        raise ModelRefusedError("the body is not a valid ONNX model") from None


def tensors_in(message: Any) -> Iterator[Any]:
    """Every ``TensorProto`` within a protobuf message, however deep, whatever field holds it
    (iterative: the parser already bounds nesting, and so does this walk's own stack)."""
    import onnx

    tensor_type = onnx.TensorProto.DESCRIPTOR
    stack = [message]
    while stack:
        current = stack.pop()
        if current.DESCRIPTOR is tensor_type:
            yield current
        for field, value in current.ListFields():
            if field.message_type is None:
                continue
            if field.message_type.GetOptions().map_entry:  # a map: its values may be messages
                values = value.values()
                stack.extend(v for v in values if hasattr(v, "ListFields"))
            elif field.is_repeated:
                stack.extend(value)
            else:
                stack.append(value)


def _external(tensor: Any) -> bool:
    import onnx

    return tensor.data_location == onnx.TensorProto.EXTERNAL or len(tensor.external_data) > 0
