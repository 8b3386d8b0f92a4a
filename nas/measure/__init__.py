"""How a study measures: where its trainings run, its meters, where candidates are measured
(here or on an agent) and with which ONNX Runtime settings, assembled once from the configuration
(``parts.py``) for a search, a worker, ``nas finalize``, ``nas export --int8`` and ``nas
remeasure``; the reference networks measured as candidates are (``references.py``)."""
