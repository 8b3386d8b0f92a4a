"""The measuring agent: ``nas agent`` runs on the device a network will be deployed on and
measures ONNX models there (``server``, ``measuring``, ``table``); a search with ``[measure]
target`` sends its candidates to it (``client``). The wire format is ``protocol``."""
