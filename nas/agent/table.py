"""A device's table: every measurement the agent took, kept by what was measured (a SHA-256 of
the model's bytes, its input shape, the measuring settings, the meter), so a second study on the
same device that sends the same model reuses it instead of measuring again (what Once-for-All's
users build by hand as latency tables). The client's key is kept beside it as a label only: a
client cannot make one network's figures answer for another by naming it. One SQLite file
beside the agent; a measurement is written once, never replaced."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from dataclasses import asdict
from pathlib import Path

from estimators import Measurement, MeasureSettings
from estimators.measurement import measurement_from_json
from nas.errors import UserInputError

AGENT_TABLES = {"measured", "measurements"}  # "measurements": an older agent's, kept and never read


class TableError(UserInputError):
    """The table cannot be opened, or cannot be written: the agent does not start."""


def model_digest(model_bytes: bytes, input_shape: tuple[int, ...]) -> str:
    """What was measured: the model itself and the shape it was measured at."""
    return hashlib.sha256(model_bytes).hexdigest() + "|" + "x".join(map(str, input_shape))


class DeviceTable:
    def __init__(self, path: Path) -> None:
        """The table at ``path``, made if need be; ``TableError`` (one line) if it cannot be
        opened or written, so that no measurement is taken and then lost."""
        self.path = path
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(path, check_same_thread=False)
            others = self._foreign_tables()
            if others:
                raise TableError(
                    f"--table {path}: holds another program's tables ({', '.join(others[:3])}); "
                    "give a file of its own"
                )
            with self._db:
                # "measured": keyed by the model's digest (an older "measurements" table, keyed
                # by the client's word, is left as it was and never read)
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS measured (model TEXT, settings TEXT, meter TEXT, "
                    "label TEXT, measurement TEXT NOT NULL, taken TEXT DEFAULT CURRENT_TIMESTAMP, "
                    "PRIMARY KEY (model, settings, meter))"
                )
            # a write, rolled back: a read-only file or folder fails here, not at a measurement
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("CREATE TABLE write_probe (x)")
            self._db.rollback()
        except sqlite3.Error as error:
            raise TableError(f"--table {path}: cannot be written as a SQLite table ({error})") from None

    def _foreign_tables(self) -> list[str]:
        """Tables in the file that no agent made: the file belongs to something else."""
        names = [row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return sorted(set(names) - AGENT_TABLES)

    @staticmethod
    def _settings(settings: MeasureSettings) -> str:
        return json.dumps(asdict(settings), sort_keys=True)

    def get(self, model: str, settings: MeasureSettings, meter: str) -> Measurement | None:
        with self._lock:
            row = self._db.execute(
                "SELECT measurement FROM measured WHERE model = ? AND settings = ? AND meter = ?",
                (model, self._settings(settings), meter),
            ).fetchone()
        return measurement_from_json(json.loads(row[0])) if row else None

    def put(
        self, model: str, settings: MeasureSettings, meter: str, measurement: Measurement, label: str | None
    ) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR IGNORE INTO measured (model, settings, meter, label, measurement) "
                "VALUES (?, ?, ?, ?, ?)",
                (model, self._settings(settings), meter, label, json.dumps(asdict(measurement))),
            )

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM measured").fetchone()[0])
