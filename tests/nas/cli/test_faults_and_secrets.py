"""Faults lose nothing and say why; passwords are never written; names never escape their folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import optuna
import psycopg
import pytest
from mlflow import MlflowClient
from optuna.trial import TrialState

from nas.record import read_record
from tests.conftest import POSTGRES, TINY, make_blobs_npz, run_cli, toml_text

PASSWORD = "s3cret-Pa55word"


def runs_of(client: MlflowClient) -> list[object]:
    experiment = client.get_experiment_by_name("nas")
    assert experiment is not None
    return list(client.search_runs([experiment.experiment_id]))


@pytest.mark.slow
def test_any_trial_error_fails_that_trial_with_its_reason_and_the_study_resumes(
    tiny_config: Path, workdir: Path
) -> None:
    assert run_cli("search", str(tiny_config), "--trials", "1").exit_code == 0
    (folder,) = (workdir / "weights").iterdir()  # the study's own folder of weights
    shutil.rmtree(folder)
    folder.write_text("a file where the study's weights folder should be")
    result = run_cli("search", str(tiny_config), "--trials", "3")
    assert result.exit_code == 1, result.output
    assert "search stopped: its last 5 trials failed" in result.output and "Traceback" not in result.output
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    failed = study.get_trials(states=(TrialState.FAIL,))
    assert len(failed) == 5  # each failure was recorded, and the next trial started
    # (a weights folder that cannot be written at all is one line before the study: test_stores.py)
    for trial in failed:
        record = read_record(trial)
        assert record.fail_reason and "weights" in record.fail_reason  # an OSError, not only divergence
        assert record.train_energy_j > 0 and record.measurement is not None  # what it spent is kept
    client = MlflowClient(f"sqlite:///{workdir}/mlflow.db")
    parent = next(r for r in runs_of(client) if "mlflow.parentRunId" not in r.data.tags)  # type: ignore[attr-defined]
    assert parent.info.status == "FAILED"  # type: ignore[attr-defined]

    folder.unlink()  # the fault is gone: the same command resumes and finishes
    result = run_cli("search", str(tiny_config), "--trials", "3")
    assert result.exit_code == 0, result.output
    assert len(study.get_trials(states=(TrialState.COMPLETE,))) == 3


@pytest.fixture
def tiny_config(workdir: Path) -> Path:
    """The tiny search, its weights in ``weights/`` (a fault is a file in that place)."""
    data = make_blobs_npz(workdir / "blobs.npz")
    config = {**TINY, "data": {"dataset": str(data)}, "study": {**TINY["study"], "artifacts_dir": "weights"}}
    path = workdir / "tiny.toml"
    path.write_text(toml_text(config))
    return path


@pytest.mark.slow
def test_a_corrupt_checkpoint_is_one_line(tiny_config: Path, workdir: Path) -> None:
    assert run_cli("search", str(tiny_config), "--trials", "1", "--tracking-uri", "").exit_code == 0
    (checkpoint,) = (workdir / "weights").rglob("*.pt")
    checkpoint.write_bytes(b"\x80\x04 not a checkpoint")
    result = run_cli("export", "--config", str(tiny_config), "-o", "x.onnx")
    assert result.exit_code == 2 and "not a checkpoint this tool can load safely" in result.output
    assert len(result.output.strip().splitlines()) == 1 and not (workdir / "x.onnx").exists()


@pytest.mark.slow
def test_sync_replaces_a_half_written_run(tiny_config: Path, workdir: Path) -> None:
    assert run_cli("search", str(tiny_config), "--trials", "2").exit_code == 0
    client = MlflowClient(f"sqlite:///{workdir}/mlflow.db")
    children = [r for r in runs_of(client) if "mlflow.parentRunId" in r.data.tags]  # type: ignore[attr-defined]
    victim = next(r for r in children if r.data.tags["nas.trial_number"] == "0")  # type: ignore[attr-defined]
    client.delete_run(victim.info.run_id)  # type: ignore[attr-defined]
    # what a crash leaves: a run still RUNNING for trial 0, without metrics or a model
    client.create_run(
        victim.info.experiment_id,  # type: ignore[attr-defined]
        start_time=1_000,
        tags={"mlflow.parentRunId": victim.data.tags["mlflow.parentRunId"], "nas.trial_number": "0"},  # type: ignore[attr-defined]
    )
    result = run_cli("sync", "--config", str(tiny_config), "--tracking-uri", f"sqlite:///{workdir}/mlflow.db")
    assert result.exit_code == 0 and "1 half-written runs replaced" in result.output, result.output
    children = [r for r in runs_of(client) if "mlflow.parentRunId" in r.data.tags]  # type: ignore[attr-defined]
    numbers = sorted(r.data.tags["nas.trial_number"] for r in children)  # type: ignore[attr-defined]
    assert numbers == ["0", "1"]  # exactly one run per trial
    assert all(r.info.status == "FINISHED" and "val_accuracy" in r.data.metrics for r in children)  # type: ignore[attr-defined]

    # a run started moments ago may be a worker logging it: left alone, and said so
    victim = next(r for r in children if r.data.tags["nas.trial_number"] == "1")  # type: ignore[attr-defined]
    client.delete_run(victim.info.run_id)  # type: ignore[attr-defined]
    client.create_run(
        victim.info.experiment_id,  # type: ignore[attr-defined]
        tags={"mlflow.parentRunId": victim.data.tags["mlflow.parentRunId"], "nas.trial_number": "1"},  # type: ignore[attr-defined]
    )
    result = run_cli("sync", "--config", str(tiny_config), "--tracking-uri", f"sqlite:///{workdir}/mlflow.db")
    assert result.exit_code == 0 and "1 runs still RUNNING were left alone" in result.output, result.output


@pytest.mark.slow
def test_quotes_in_a_study_name_reach_mlflow_intact(tiny_config: Path, workdir: Path) -> None:
    name = 'it\'s "quoted" @ 50%'
    for _ in range(2):  # created, then resumed: the same parent run is found again
        result = run_cli("search", str(tiny_config), "--trials", "1", "--study-name", name)
        assert result.exit_code == 0, result.output
    client = MlflowClient(f"sqlite:///{workdir}/mlflow.db")
    parents = [r for r in runs_of(client) if "mlflow.parentRunId" not in r.data.tags]  # type: ignore[attr-defined]
    assert len(parents) == 1 and parents[0].data.tags["nas.study"] == name  # type: ignore[attr-defined]
    (folder,) = (workdir / "weights").iterdir()
    assert folder.parent == workdir / "weights" and "/" not in folder.name  # one folder, inside


@pytest.mark.parametrize("where", ["user info", "query string"])
@pytest.mark.slow
def test_a_password_in_either_url_is_written_nowhere(workdir: Path, mlflow_database: str, where: str) -> None:
    """PostgreSQL here trusts local connections, so any password opens it: a real URL with a real
    password in it (as user info, or as a query parameter), for the storage, and for a
    database-backed MLflow store."""
    user, host = POSTGRES.split("://", 1)[1].split("@", 1)
    tracking_host = f"{host.rsplit('/', 1)[0]}/{mlflow_database}"
    if where == "user info":
        storage = f"postgresql://{user}:{PASSWORD}@{host}"
        tracking = f"postgresql://{user}:{PASSWORD}@{tracking_host}"
    else:
        storage = f"postgresql://{user}@{host}?password={PASSWORD}"
        tracking = f"postgresql://{user}@{tracking_host}?sslmode=disable&password={PASSWORD}"
    name = f"secret-{uuid.uuid4().hex[:6]}"
    config = {**TINY, "data": {"dataset": str(make_blobs_npz(workdir / "blobs.npz"))}}
    (workdir / "s.toml").write_text(toml_text(config))
    outputs = []
    try:
        os.environ["NAS_STORAGE"] = storage  # as a worker would take it, off the command line
        outputs.append(run_cli("search", "s.toml", "--study-name", name, "--tracking-uri", tracking))
        outputs.append(run_cli("sync", "--study-name", name, "--tracking-uri", tracking))
        outputs.append(run_cli("report", "--study-name", name, "-o", "report.html"))
        outputs.append(run_cli("report", "--study-name", name, "-o", "report.md"))
        outputs.append(run_cli("export", "--study-name", name, "-o", "best.onnx"))
        outputs.append(run_cli("front", "--study-name", name, "--json"))
    finally:
        del os.environ["NAS_STORAGE"]
    try:
        for result in outputs:
            assert result.exit_code == 0, result.output
            assert PASSWORD not in result.output
        assert "***" in outputs[0].output  # the URL is shown, masked
        written = [p for p in workdir.rglob("*") if p.is_file()]
        assert any(p.suffix == ".onnx" for p in written) and any(p.name == "report.md" for p in written)
        for path in written:
            assert PASSWORD.encode() not in path.read_bytes(), path
        for database in (POSTGRES, POSTGRES.rsplit("/", 1)[0] + f"/{mlflow_database}"):
            assert PASSWORD not in dump(database), database  # Optuna's storage; MLflow's store and tags
    finally:  # a failed run leaves nothing in the shared database for the next one to trip on
        optuna.delete_study(study_name=name, storage=POSTGRES)


@pytest.mark.parametrize(
    ("flag", "url"),
    [
        ("--tracking-uri", f"http://alice:{PASSWORD}@[::1"),
        ("--tracking-uri", f"http://[::1/?token={PASSWORD}"),
        ("--storage", f"postgresql://alice:{PASSWORD}@[::1/db"),
    ],
)
def test_a_malformed_url_is_one_masked_line(tiny_config: Path, workdir: Path, flag: str, url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "nas", "search", str(tiny_config), flag, url],
        capture_output=True,
        text=True,
        check=False,
    )
    said = result.stdout + result.stderr
    assert result.returncode == 2 and PASSWORD not in said and "***" in said, said
    assert len(said.strip().splitlines()) == 1, said


def test_a_target_with_a_malformed_url_is_one_masked_line(tiny_config: Path, workdir: Path) -> None:
    config = tiny_config.read_text()
    assert "[measure]" in config
    tiny_config.write_text(config.replace("[measure]", f'[measure]\ntarget = "http://alice:{PASSWORD}@[::1"'))
    result = subprocess.run(
        [sys.executable, "-m", "nas", "search", str(tiny_config)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2 and PASSWORD not in result.stderr and "***" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.slow
def test_a_database_tracking_store_that_does_not_answer_stops_the_search_before_work(
    tiny_config: Path, workdir: Path
) -> None:
    closed = f"postgresql://postgres@127.0.0.1:1/mlflow?password={PASSWORD}"
    result = subprocess.run(
        [sys.executable, "-m", "nas", "search", str(tiny_config), "--tracking-uri", closed],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1 and "does not answer" in result.stderr and PASSWORD not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not (workdir / "nas.db").exists() or not optuna.get_all_study_names("sqlite:///nas.db")


def dump(database: str) -> str:
    """Every row of every table, as text."""
    with psycopg.connect(database) as connection:
        tables = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
        return "\n".join(
            str(row)
            for (table,) in tables
            for row in connection.execute(f'SELECT * FROM "{table}"').fetchall()
        )


@pytest.mark.slow
def test_outputs_never_overwrite_what_the_user_did_not_name(tiny_config: Path, workdir: Path) -> None:
    assert run_cli("search", str(tiny_config), "--trials", "1").exit_code == 0
    flags = ("--config", str(tiny_config))
    (workdir / "best.onnx").write_bytes(b"the user's own file")
    (workdir / "report.html").write_text("the user's own report")
    for command, name in (("export", "best.onnx"), ("report", "report.html")):
        refused = run_cli(command, *flags, "-o", name)
        assert refused.exit_code == 2 and f"{name} exists" in refused.output and "--force" in refused.output
        assert len(refused.output.strip().splitlines()) == 1
    assert (workdir / "best.onnx").read_bytes() == b"the user's own file"
    assert (workdir / "report.html").read_text() == "the user's own report"
    assert run_cli("export", *flags, "-o", "best.onnx", "--force").exit_code == 0  # named, and forced
    assert (workdir / "best.onnx").read_bytes() != b"the user's own file"

    stores = {name: (workdir / name).read_bytes() for name in ("nas.db", "mlflow.db")}
    for command, name in (("export", "nas.db"), ("report", "mlflow.db"), ("export", "./x/../mlflow.db")):
        refused = run_cli(command, *flags, "-o", name, "--force")  # not even with --force
        assert refused.exit_code == 2 and "keeps its records" in refused.output, refused.output
    assert {name: (workdir / name).read_bytes() for name in stores} == stores
    assert run_cli("front", *flags).exit_code == 0  # the study is intact

    assert run_cli("export", *flags, "-o", "out/../stray.onnx").exit_code == 0
    assert (workdir / "stray.onnx").is_file() and not (workdir / "out").exists()


def mounted_tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A real file system of ``size`` (tmpfs) mounted at ``folder`` while in use; root only."""
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a file system here: {mounted.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def small_disk(workdir: Path) -> Iterator[Path]:
    yield from mounted_tmpfs(workdir / "disk", "2m")


def fill(disk: Path, leave_kb: int) -> Path:
    """Fill ``disk`` but for about ``leave_kb`` kB; the filler file, to delete to free it."""
    filler = disk / "filler"
    filler.unlink(missing_ok=True)
    free_kb = shutil.disk_usage(disk).free // 1024
    filler.write_bytes(b"\0" * max(0, free_kb - leave_kb) * 1024)
    return filler


@pytest.mark.slow
def test_a_full_disk_is_one_line_and_the_same_command_resumes(small_disk: Path, workdir: Path) -> None:
    make_blobs_npz(workdir / "blobs.npz")
    study = {**TINY["study"], "artifacts_dir": "disk/weights"}
    (workdir / "w.toml").write_text(toml_text({**TINY, "data": {"dataset": "blobs.npz"}, "study": study}))
    filler = fill(small_disk, leave_kb=8)  # the weights do not fit: refused before any training
    result = run_cli("search", "w.toml", "--tracking-uri", "")
    assert result.exit_code == 1 and "no space left on" in result.output, result.output
    trials = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db").get_trials()
    assert all(read_record(t).training is None for t in trials)  # nothing trained in vain
    assert not list(small_disk.rglob("*.tmp"))

    elsewhere = {**TINY["study"], "artifacts_dir": str(workdir / "weights")}
    config = {**TINY, "data": {"dataset": "../blobs.npz"}, "study": elsewhere}
    (small_disk / "d.toml").write_text(toml_text(config))
    filler.unlink()
    filler = fill(small_disk, leave_kb=110)  # the study's own storage fills up while it runs
    os.chdir(small_disk)
    result = run_cli("search", "d.toml", "--tracking-uri", "")
    assert result.exit_code == 1, result.output
    assert "the storage failed: database or disk is full; free some space" in result.output
    assert "Traceback" not in result.output
    filler.unlink()
    assert run_cli("search", "d.toml", "--tracking-uri", "").exit_code == 0  # freed: it resumes
    assert (
        len(
            optuna.load_study(study_name="tiny", storage="sqlite:///nas.db").get_trials(
                states=(TrialState.COMPLETE,)
            )
        )
        == 3
    )


@pytest.mark.slow
def test_a_damaged_storage_and_an_unwritable_output_are_one_line(tiny_config: Path, workdir: Path) -> None:
    assert run_cli("search", str(tiny_config), "--trials", "1", "--tracking-uri", "").exit_code == 0
    data = bytearray((workdir / "nas.db").read_bytes())
    for page in range(4096, len(data), 4096):  # every page but the header's damaged, the same size
        data[page : page + 4096] = b"\xff" * 4096
    (workdir / "damaged.db").write_bytes(bytes(data))
    for command in (["front", "--study-name", "tiny"], ["studies"]):
        result = run_cli(*command, "--storage", "sqlite:///damaged.db")
        assert result.exit_code == 1, result.output
        assert "the storage failed: database disk image is malformed" in result.output
        assert ".recover" in result.output and len(result.output.strip().splitlines()) == 1

    for name, target in (("export", "/dev/full"), ("report", "/proc/self/x.html")):
        result = run_cli(name, "--config", str(tiny_config), "-o", target, "--force")
        assert result.exit_code == 1 and target in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_damaged_mlflow_store_under_sync_is_one_line(tiny_config: Path, workdir: Path) -> None:
    assert run_cli("search", str(tiny_config), "--trials", "1").exit_code == 0  # logs to mlflow.db
    data = bytearray((workdir / "mlflow.db").read_bytes())
    for page in range(4096, len(data), 4096):
        data[page : page + 4096] = b"\xff" * 4096
    (workdir / "mlflow.db").write_bytes(bytes(data))
    result = run_cli("sync", "--config", str(tiny_config))
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1, result.output
    assert "malformed" in result.output and ".recover" in result.output
    assert "the storage keeps every result" in result.output


@pytest.fixture
def roomy_disk(workdir: Path) -> Iterator[Path]:
    yield from mounted_tmpfs(workdir / "roomy", "64m")


@pytest.mark.slow
def test_a_read_only_folder_is_one_line_for_every_command(roomy_disk: Path, workdir: Path) -> None:
    """A study in a folder nobody may write (a read-only mount: root ignores file permissions)."""
    make_blobs_npz(roomy_disk / "blobs.npz")
    config = roomy_disk / "tiny.toml"
    config.write_text(toml_text({**TINY, "data": {"dataset": str(roomy_disk / "blobs.npz")}}))
    search = [sys.executable, "-m", "nas", "search", str(config), "--trials", "2"]
    subprocess.run(search, cwd=roomy_disk, capture_output=True, check=True)  # it closes its files
    subprocess.run(["mount", "-o", "remount,ro", str(roomy_disk)], check=True)
    os.chdir(roomy_disk)
    try:
        for args, said in (
            (["search", str(config), "--trials", "3"], "cannot be written here"),
            (["report", "--config", str(config), "-o", "r.html"], "Read-only file system"),
            (["export", "--config", str(config), "-o", "x.onnx"], "Read-only file system"),
            (["sync", "--config", str(config)], "make the MLflow store writable"),
            (["finalize", "--config", str(config), "--epochs", "1"], "Read-only file system"),
        ):
            result = run_cli(*args)
            assert result.exit_code == 1, (args, result.output)
            assert said in result.output and len(result.output.strip().splitlines()) == 1, result.output
        assert run_cli("front", "--config", str(config)).exit_code == 0  # reading still works
    finally:
        os.chdir(workdir)
