"""The stores a command can reach, under attack and under bad luck: no output overwrites a store
by any name, reading writes nothing, and a folder or store that cannot be written is one line
before any work. Permissions are real: root ignores file modes, so the commands that must meet
them run without the capabilities that let it (``setpriv``)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import optuna
import pytest

from tests.conftest import TINY, make_blobs_npz, run_cli, toml_text

NOBODY = 65534
AS_A_USER = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"] if os.geteuid() == 0 else []


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _config(workdir: Path, **study: object) -> Path:
    data = make_blobs_npz(workdir / "blobs.npz")
    config = {**TINY, "data": {"dataset": str(data)}, "study": {**TINY["study"], **study}}
    path = workdir / "tiny.toml"
    path.write_text(toml_text(config))
    return path


def _nas(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``nas`` as a user who cannot write what its modes forbid."""
    command = [*AS_A_USER, sys.executable, "-m", "nas", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)


def _read_only(path: Path) -> None:
    path.chmod(0o555 if path.is_dir() else 0o444)
    os.chown(path, NOBODY, NOBODY)


@pytest.mark.slow
def test_no_output_overwrites_a_store_by_any_name(workdir: Path) -> None:
    (workdir / "runs").mkdir()
    config = _config(workdir)
    search = run_cli("search", str(config), "--trials", "1", "--tracking-uri", "sqlite:///runs/m.db")
    assert search.exit_code == 0, search.output
    os.link(workdir / "nas.db", workdir / "linked.db")  # a hard link: another name, the same file
    (workdir / "pointing.db").symlink_to(workdir / "runs" / "m.db")
    stores = {path: _digest(path) for path in (workdir / "nas.db", workdir / "runs" / "m.db")}
    study = ("--storage", "sqlite:///nas.db", "--study-name", "tiny")  # no configuration names m.db
    for command, output in (
        ("export", "runs/m.db"),  # the MLflow store the study's own configuration names
        ("export", "linked.db"),
        ("report", "linked.db"),
        ("export", "pointing.db"),
        ("report", "runs/../runs/m.db"),
    ):
        refused = run_cli(command, *study, "-o", output, "--force")
        assert refused.exit_code == 2 and "keeps its records" in refused.output, (
            command,
            output,
            refused.output,
        )
        assert len(refused.output.strip().splitlines()) == 1
    assert {path: _digest(path) for path in stores} == stores
    assert run_cli("export", *study, "-o", "model.onnx").exit_code == 0  # any other file is written


@pytest.mark.parametrize(
    "command",
    [
        ["front", "--study-name", "tiny"],
        ["studies"],
        ["export", "--study-name", "tiny", "-o", "x.onnx"],
        ["report", "--study-name", "tiny", "-o", "x.html"],
        ["finalize", "--study-name", "tiny", "--epochs", "1"],
    ],
)
def test_reading_an_empty_file_or_a_foreign_database_writes_nothing_into_it(
    workdir: Path, command: list[str]
) -> None:
    (workdir / "empty.db").touch()
    with sqlite3.connect(workdir / "app.db") as other:  # someone else's database
        other.execute("CREATE TABLE customers (name TEXT)")
    other.close()
    before = {name: _digest(workdir / name) for name in ("empty.db", "app.db")}
    for name in before:
        result = run_cli(*command, "--storage", f"sqlite:///{name}")
        assert result.exit_code == 2, result.output
        assert "is not a study storage" in result.output and len(result.output.strip().splitlines()) == 1
    assert {name: _digest(workdir / name) for name in before} == before
    assert not (workdir / "x.onnx").exists() and not (workdir / "x.html").exists()


@pytest.mark.slow
def test_an_unwritable_weights_folder_or_mlflow_store_is_one_line_before_the_study_is_written(
    workdir: Path,
) -> None:
    (workdir / "weights").mkdir()
    _read_only(workdir / "weights")
    config = _config(workdir, artifacts_dir="weights")
    result = _nas("search", str(config), "--tracking-uri", "", cwd=workdir)
    assert result.returncode == 1, result.stderr
    assert "study.artifacts_dir cannot be written here" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not (workdir / "nas.db").exists()  # nothing written: no study, no failed trials

    with sqlite3.connect(workdir / "mlflow.db") as store:  # an MLflow store it may only read
        store.execute("CREATE TABLE experiments (name TEXT)")
        store.execute("CREATE TABLE runs (run_uuid TEXT)")
    store.close()
    _read_only(workdir / "mlflow.db")
    config = _config(workdir, artifacts_dir="elsewhere")
    result = _nas("search", str(config), "--tracking-uri", "sqlite:///mlflow.db", cwd=workdir)
    assert result.returncode == 1, result.stderr
    assert "tracking.uri cannot be written here" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not (workdir / "nas.db").exists()


@pytest.mark.slow
def test_finalize_on_a_storage_it_cannot_write_fails_before_training(workdir: Path) -> None:
    config = _config(workdir)
    assert run_cli("search", str(config), "--trials", "1", "--tracking-uri", "").exit_code == 0
    _read_only(workdir / "nas.db")
    result = _nas("finalize", "--config", str(config), "--epochs", "1", cwd=workdir)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "study.storage cannot be written here" in result.stderr
    assert "epoch" not in result.stdout  # nothing trained, then lost
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    assert not any(key.startswith("final") for key in study.user_attrs)


@pytest.mark.slow
def test_no_record_is_overwritten_through_an_alias_from_any_folder(workdir: Path) -> None:
    config = _config(workdir)
    assert run_cli("search", str(config), "--trials", "1").exit_code == 0  # nas.db and mlflow.db here
    elsewhere = workdir / "elsewhere"
    elsewhere.mkdir()
    agent_table = workdir / "agent.db"
    with sqlite3.connect(agent_table) as db:
        db.execute("CREATE TABLE measured (model TEXT)")
    weights = next(workdir.rglob("trial-*.pt"))
    records = {
        "mlflow.db": workdir / "mlflow.db",  # the study's store, kept as a relative URL
        "agent.db": agent_table,
        "weights.pt": weights,
        "config.toml": config,
    }
    before = {name: _digest(path) for name, path in records.items()}
    for name, target in records.items():
        alias = workdir / f"alias-{name}.html"
        alias.symlink_to(target)
        for command in ("report", "export"):  # run from another folder, with --force
            result = _nas(
                command,
                "--storage",
                f"sqlite:///{workdir}/nas.db",
                "-o",
                str(alias),
                "--force",
                cwd=elsewhere,
            )
            assert result.returncode == 2, (name, command, result.stderr)
            assert "kept as a record" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert {name: _digest(path) for name, path in records.items()} == before


@pytest.mark.slow
def test_stores_are_told_apart_before_anything_is_written(workdir: Path) -> None:
    config = _config(workdir)
    foreign = workdir / "app.db"
    with sqlite3.connect(foreign) as db:  # another program's database, with a table named studies
        db.execute("CREATE TABLE studies (id INTEGER, title TEXT)")
    assert run_cli("search", str(config), "--trials", "1").exit_code == 0
    stores = {"app.db": _digest(foreign), "mlflow.db": _digest(workdir / "mlflow.db")}
    for url in (f"sqlite:///{foreign}", "sqlite:///mlflow.db"):  # reading and writing commands alike
        for command in (["front"], ["studies"], ["search", str(config), "--trials", "2"]):
            result = run_cli(*command, "--storage", url)
            assert result.exit_code == 2, (url, command, result.output)
            assert len(result.output.strip().splitlines()) == 1, result.output
    assert {"app.db": _digest(foreign), "mlflow.db": _digest(workdir / "mlflow.db")} == stores
    # MLflow pointed at the study's storage, or at another program's file, or at a text file
    (workdir / "notes.db").write_text("a text file\n")
    for uri in ("sqlite:///nas.db", f"sqlite:///{foreign}", "sqlite:///notes.db"):
        result = run_cli("search", str(config), "--trials", "2", "--tracking-uri", uri)
        assert result.exit_code == 2 and "tracking" in result.output, (uri, result.output)
        result = run_cli("finalize", "--config", str(config), "--epochs", "1", "--tracking-uri", uri)
        assert result.exit_code == 2 and "finalized" not in result.output, (uri, result.output)
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    assert len(study.get_trials()) == 1  # nothing trained after the refusals
    assert _digest(foreign) == stores["app.db"] and (workdir / "notes.db").read_text() == "a text file\n"
