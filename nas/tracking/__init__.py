"""MLflow as the view of a study, attached to every search as a callback after each trial."""
