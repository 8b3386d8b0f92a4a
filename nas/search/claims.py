"""Each architecture is trained once per study, however many workers run it.

Samplers avoid architectures already in the study, but two workers can propose the same one in
the same instant. So before any work a trial claims its architecture with an INSERT into a small
table of ours beside Optuna's (``nas_arch_claims``, keyed by the study's unique id and the
architecture's id); the database's primary key lets exactly one claim win. A claim whose trial
failed (its worker died, or training diverged) is taken over by a compare-and-swap UPDATE, so a
retry or a later trial can train the architecture again.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from nas.urls import sqlite_path

_METADATA = sa.MetaData()
CLAIMS = sa.Table(
    "nas_arch_claims",
    _METADATA,
    sa.Column("study_uid", sa.String(64), primary_key=True),
    sa.Column("arch_id", sa.String(64), primary_key=True),
    sa.Column("trial_number", sa.Integer, nullable=False),
)

OwnerAlive = Callable[[int], bool]  # is the trial of this number running or complete?


class ArchClaims:
    """Claims of one study, in the study's own database."""

    def __init__(self, storage_url: str, study_uid: str) -> None:
        options: dict[str, object] = {}
        if sqlite_path(storage_url) is not None:
            options["connect_args"] = {"timeout": 60}  # wait for other workers' writes
        self.engine = sa.create_engine(storage_url, **options)
        self.study_uid = study_uid
        _METADATA.create_all(self.engine, checkfirst=True)

    def claim(self, arch_id: str, trial_number: int, owner_alive: OwnerAlive) -> int | None:
        """Claim ``arch_id`` for this trial: None when it is ours to train, else the number of
        the live trial that holds it."""
        key = {"study_uid": self.study_uid, "arch_id": arch_id}
        try:
            with self.engine.begin() as connection:
                connection.execute(sa.insert(CLAIMS).values(**key, trial_number=trial_number))
            return None
        except IntegrityError:
            pass
        with self.engine.connect() as connection:
            owner = connection.execute(
                sa.select(CLAIMS.c.trial_number).where(
                    CLAIMS.c.study_uid == self.study_uid, CLAIMS.c.arch_id == arch_id
                )
            ).scalar_one()
        if owner == trial_number or owner_alive(owner):
            return None if owner == trial_number else owner
        with self.engine.begin() as connection:  # the owner failed: take over, if nobody did first
            taken = connection.execute(
                sa.update(CLAIMS)
                .where(
                    CLAIMS.c.study_uid == self.study_uid,
                    CLAIMS.c.arch_id == arch_id,
                    CLAIMS.c.trial_number == owner,
                )
                .values(trial_number=trial_number)
            )
        if taken.rowcount == 1:
            return None
        return self.claim(arch_id, trial_number, owner_alive)  # someone else took it over: ask again

    def close(self) -> None:
        self.engine.dispose()
