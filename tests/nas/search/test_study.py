"""Creating and resuming studies: of processes that start together on a new storage, one creates
the study and the others join it, with its identity."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import optuna

from nas import load_config, open_study
from nas.study import CONFIG_ATTR, SCHEMA, SCHEMA_ATTR, UID_ATTR, make_storage


def test_a_study_another_process_is_creating_is_joined_once_it_is_complete(
    tiny_config: Path, workdir: Path
) -> None:
    config = load_config(tiny_config)
    storage = make_storage(config.study.storage)
    # another process has just created the study, and writes its identity a moment later
    storage.create_new_study([optuna.study.StudyDirection.MAXIMIZE] * 3, "tiny")
    peer = optuna.load_study(study_name="tiny", storage=storage)

    def finish_creating() -> None:
        peer.set_user_attr(CONFIG_ATTR, json.dumps(config.identity(), sort_keys=True))
        peer.set_user_attr(UID_ATTR, "peer-uid")
        peer.set_user_attr(SCHEMA_ATTR, SCHEMA)

    writer = threading.Timer(0.5, finish_creating)
    writer.start()
    study = open_study(config)  # joins: it neither refuses the half-made study nor rewrites it
    writer.join()
    assert study.user_attrs[UID_ATTR] == "peer-uid"
    assert len(storage.get_all_studies()) == 1


def test_a_new_study_is_created_with_its_identity(tiny_config: Path, workdir: Path) -> None:
    study = open_study(load_config(tiny_config))
    assert study.user_attrs[SCHEMA_ATTR] == SCHEMA and len(study.user_attrs[UID_ATTR]) == 32
    again = open_study(load_config(tiny_config))  # resumed: the same identity, not a new one
    assert again.user_attrs[UID_ATTR] == study.user_attrs[UID_ATTR]
