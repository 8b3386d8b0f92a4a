"""Trained weights on disk (``checkpoint``), and a trial's model as checked ONNX (``onnx``),
optionally INT8 (``quantize``)."""
