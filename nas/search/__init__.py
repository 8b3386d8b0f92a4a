"""Running a search: the study in its storage (``study``), a search's assembly (``session``), the
loop that runs trials (``runner``), one trial cheapest step first (``trial``), Pareto-aware
stopping, architecture claims across workers, the reference networks, and promotion."""
