"""Opening MLflow: a client whose tracking URI never holds a password, and an MLflow that prints
no run URLs of its own.

MLflow writes ``View run … at: <uri>/…`` to stdout for every run it ends on an http(s) server,
with whatever credentials the URI holds. So the credentials of an http(s) URI are handed to
MLflow the way it documents (``MLFLOW_TRACKING_USERNAME``/``MLFLOW_TRACKING_PASSWORD``) and the
client gets the URI without them; its own URL printing is switched off (users may switch it on).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit


def mlflow_client(uri: str) -> Any:
    """A client of the MLflow store at ``uri``; a SQLite file that is another kind of store is
    refused before MLflow makes its tables in it (``StoreKindError``)."""
    from mlflow import MlflowClient

    from nas.stores import check_store

    check_store(uri, "mlflow", "tracking.uri")

    os.environ.setdefault("MLFLOW_SUPPRESS_PRINTING_URL_TO_STDOUT", "true")
    # MLflow's database layer logs every error with its traceback, then raises it: the caller
    # says it in one line (a warning, or the command's error)
    logging.getLogger("mlflow.store.db.utils").setLevel(logging.CRITICAL)
    return MlflowClient(tracking_uri=without_credentials(absolute_sqlite(uri)))


def without_credentials(uri: str) -> str:
    """An http(s) URI without its user and password, which go to MLflow's environment instead."""
    parts = urlsplit(uri)
    if parts.scheme.lower() not in ("http", "https") or "@" not in parts.netloc:
        return uri
    os.environ["MLFLOW_TRACKING_USERNAME"] = unquote(parts.username or "")
    os.environ["MLFLOW_TRACKING_PASSWORD"] = unquote(parts.password or "")
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def absolute_sqlite(uri: str) -> str:
    """``sqlite:///mlflow.db`` as an absolute path: MLflow caches one engine per URI and process,
    so a relative one would keep writing to the first folder it was used in."""
    prefix = "sqlite:///"
    if uri.startswith(prefix) and not uri.startswith(prefix + "/"):
        return prefix + str(Path(uri.removeprefix(prefix)).resolve())
    return uri


def prepare_store(uri: str) -> None:
    """Create (or upgrade) an MLflow database store once, before several processes use it: two
    processes opening a new database at once both run its migrations, and one fails half-way."""
    if uri.startswith(("http://", "https://", "file:")) or "://" not in uri:
        return  # a server or a folder migrates nothing here
    mlflow_client(uri).search_experiments(max_results=1)
