"""The names MLflow shows for a study: run tags, the saved view's tag, and the timing of the
rendered front. Every module of the tracking package reads them here, but for the front
membership tags, which live with the view that shows them (nas/tracking/saved_view.py)."""

from __future__ import annotations

STUDY_TAG = "nas.study"
STORAGE_TAG = "nas.storage"  # masked: never a password
UID_TAG = "nas.study_uid"
KIND_TAG, MODEL_TRAINING = "mlflow.experimentKind", "custom_model_development"
TRIAL_TAG = "nas.trial_number"
FRONT_VIEW_KEY = "nas-front"  # the saved view, opened by ?viewStateShareKey=nas-front
VIEW_TAG = f"mlflow.sharedViewState.{FRONT_VIEW_KEY}"
NOTE_TAG = "mlflow.note.content"  # the experiment's description, shown above its runs
FIDELITY_TAG = "nas.fidelity"  # "proxy" (a trial's run) or "final" (a finalized network's run)
FINAL_TAG = "nas.final"  # a finalization: trial-<n> or ref-<name>, then <that>.<n> for one done again
LOGGED_TAG = "nas.logged_below"  # on the parent: every finished trial numbered below it has a run
ARTIFACT_INTERVAL_S = 10.0  # the rendered front (PNGs, HTML) is rewritten at most this often...
# ... and rarely enough that rendering takes at most this share of the time: a rendering takes
# about 0.5 s, so about every 3 min (runs, metrics and tags, which the saved view charts, are live)
ARTIFACT_SHARE = 0.0025
OPEN_ATTEMPTS = 4  # opening MLflow, for workers that create its store or experiment together
CLOCK_SKEW_MS = 600_000  # runs carry their trial's start, stamped by its worker's clock
