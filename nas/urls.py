"""Storage and tracking URLs: checked before any work, and never shown or stored with a password.

A storage is an Optuna RDB URL (SQLite for one machine, PostgreSQL or MySQL for many); a
tracking URI is an MLflow one (a database or an HTTP server), or empty for none.
A SQLite file must be in a folder that exists: nothing creates folders wherever a URL points.
``masked`` renders a URL with its secrets as ``***`` (the user info's password and query
parameters such as ``password`` or ``token``), for everything that is printed, logged to MLflow,
stored in a study or written in a report.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import SplitResult, urlsplit

from nas.errors import UserInputError

MASK = "***"
STORAGE_ENV = "NAS_STORAGE"  # a storage URL from the environment, so a password is not on a command line
TRACKING_ENV = "NAS_TRACKING_URI"
DATABASE_SCHEMES = ("sqlite", "postgresql", "mysql")
TRACKING_SCHEMES = (*DATABASE_SCHEMES, "mssql", "http", "https")


class UrlError(UserInputError, ValueError):
    """A URL that cannot be used; the message is one line for the user."""


def check_storage_url(url: str) -> str:
    scheme = _database_scheme(url, "storage", DATABASE_SCHEMES)
    if scheme == "sqlite":
        _check_sqlite_file(url, "storage")
    return url


def _http_parts(url: str, what: str) -> SplitResult:
    """An http(s) URL's parts; ``UrlError`` (one line, masked) where it cannot be read."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  # a malformed port raises here
    except ValueError as error:
        raise UrlError(f"{what} {masked(url)!r}: malformed ({error})") from None
    return parts


def check_agent_url(url: str) -> str:
    """An agent's address: http(s) with a host, and no password (the token goes in a header)."""
    parts = _http_parts(url, "agent")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UrlError(f"agent {masked(url)!r}: expected http(s)://host:port")
    if parts.password is not None or parts.username is not None:
        raise UrlError(f"agent {masked(url)!r}: no credentials in the URL; the token goes in NAS_AGENT_TOKEN")
    return url


def check_tracking_uri(uri: str) -> str:
    if uri == "":
        return uri
    scheme = uri.partition(":")[0].split("+")[0].lower() if "://" in uri or uri.startswith("file:") else ""
    if scheme in ("http", "https"):
        parts = _http_parts(uri, "tracking uri")
        if not parts.hostname:
            raise UrlError(f"tracking uri {masked(uri)!r}: an http(s) URI needs a host")
        return uri
    if scheme == "file":  # MLflow 3 refuses file stores unless told: one line now, not a stall later
        raise UrlError(
            f"tracking uri {masked(uri)!r}: MLflow no longer keeps runs in file: folders; "
            "use a database (sqlite:///mlflow.db) or a tracking server (http://host:5000)"
        )
    scheme = _database_scheme(uri, "tracking uri", TRACKING_SCHEMES)
    if scheme == "sqlite":
        _check_sqlite_file(uri, "tracking uri")
    return uri


def _database_scheme(url: str, what: str, allowed: tuple[str, ...]) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if not url.strip():
        raise UrlError(f"{what} is empty: give a URL such as sqlite:///nas.db")
    if any(ord(c) < 32 for c in url):
        raise UrlError(f"{what}: control characters in the URL")
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018  # parsed lazily: a malformed port raises here
    except (ArgumentError, ValueError):
        raise UrlError(
            f"{what} {masked(url)!r} is not a URL (e.g. sqlite:///nas.db, postgresql://host/db)"
        ) from None
    scheme = parsed.get_backend_name()
    if scheme not in allowed:
        raise UrlError(
            f"{what} {masked(url)!r}: scheme {scheme!r} is not supported; use {', '.join(allowed)}"
        )
    return scheme


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for any other database."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return (
        Path(parsed.database).expanduser()
        if parsed.get_backend_name() == "sqlite" and parsed.database
        else None
    )


def _check_sqlite_file(url: str, what: str) -> None:
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    if not database or database == ":memory:":
        raise UrlError(
            f"{what} {masked(url)!r}: needs a file (sqlite:///path/to/file.db); memory is lost at exit"
        )
    folder = Path(database).expanduser().parent
    if not folder.is_dir():
        raise UrlError(f"{what} {masked(url)!r}: folder {folder} does not exist (create it first)")


def masked(url: str) -> str:
    """The URL with every secret it can carry replaced by ``***``: the password of its user
    info, and the value of any query parameter that names a secret (``password``, ``token``,
    ``key``, ``secret``, ...). Text only, no parser: a malformed URL is masked too."""
    return _masked_query(_masked_user_info(url))


def _masked_user_info(url: str) -> str:
    # the last @ of the URL ends the user info: a password may hold / ? # unencoded (SQLAlchemy
    # accepts that), and showing too little of an odd URL is better than showing its password
    scheme, separator, rest = url.partition("://")
    user_info, at, host = rest.rpartition("@")
    if not separator or not at or ":" not in user_info:
        return url
    return f"{scheme}://{user_info.split(':', 1)[0]}:{MASK}@{host}"


# a query parameter whose name says it holds a secret: password, sslpassword, token, api_key, ...
_SECRET_PARAMETER = re.compile(
    r"(?P<name>[?&;][^=&;#\s'\"]*(?:pass|pwd|token|secret|key|auth|credential|signature)[^=&;#\s'\"]*=)"
    r"[^&;#\s'\"]*",
    re.IGNORECASE,
)


def _masked_query(text: str) -> str:
    return _SECRET_PARAMETER.sub(rf"\g<name>{MASK}", text)


# user:password@ after a scheme's //, wherever it stands in a text (an error message, a traceback)
_CREDENTIALS = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^/:@\s'\"]*):[^@\s'\"]*@")


def scrubbed(text: str) -> str:
    """``text`` with the secrets of every URL in it replaced by ``***``: for messages that
    quote a URL the service did not format (a library's error)."""
    return _masked_query(_CREDENTIALS.sub(rf"\g<head>:{MASK}@", text))
