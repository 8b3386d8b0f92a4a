"""A device's table: every measurement the agent took, kept by what the cost depends on (the
network's key, the measuring settings, the meter), so a second study on the same device reuses
them instead of measuring again (what Once-for-All's users build by hand as latency tables).
One SQLite file beside the agent; a measurement is written once, never replaced."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import asdict
from pathlib import Path

from estimators import Measurement, MeasureSettings
from estimators.measurement import measurement_from_json


class DeviceTable:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False)
        with self._db:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS measurements (network TEXT, settings TEXT, meter TEXT, "
                "measurement TEXT NOT NULL, taken TEXT DEFAULT CURRENT_TIMESTAMP, "
                "PRIMARY KEY (network, settings, meter))"
            )

    @staticmethod
    def _settings(settings: MeasureSettings) -> str:
        return json.dumps(asdict(settings), sort_keys=True)

    def get(self, network: str, settings: MeasureSettings, meter: str) -> Measurement | None:
        with self._lock:
            row = self._db.execute(
                "SELECT measurement FROM measurements WHERE network = ? AND settings = ? AND meter = ?",
                (network, self._settings(settings), meter),
            ).fetchone()
        return measurement_from_json(json.loads(row[0])) if row else None

    def put(self, network: str, settings: MeasureSettings, meter: str, measurement: Measurement) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR IGNORE INTO measurements (network, settings, meter, measurement) "
                "VALUES (?, ?, ?, ?)",
                (network, self._settings(settings), meter, json.dumps(asdict(measurement))),
            )

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM measurements").fetchone()[0])
