"""``nas finalize`` as a user runs it: a small search, its front finalized with MLflow on, what
every view shows afterwards, the exported model scored by a client that has only ONNX Runtime
and numpy, a SIGTERM in the middle and the same command resuming, and the refusals."""

from __future__ import annotations

import fcntl
import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import mlflow
import numpy as np
import pytest
import torch

from nas.config import load_config
from nas.data import load_dataset
from nas.export.checkpoint import load_checkpoint
from nas.finalized import read_finalized
from nas.study import artifacts_dir, load_existing_study
from tests.conftest import TINY, run_cli, toml_text

# digits: uint8 images, as users hold theirs; two epochs of the search's proxy, three final ones
DIGITS = {**TINY, "data": {"dataset": "digits"}, "finalize": {**TINY["finalize"], "epochs": 3, "threads": 1}}

# what a client of the exported model runs: numpy and ONNX Runtime, nothing of this project
CLIENT = """
import sys
import numpy as np
import onnxruntime as ort

data = np.load(sys.argv[2])
images = data["images"][..., None]  # (N, H, W) grey images as stored; the graph takes (N, H, W, C)
session = ort.InferenceSession(sys.argv[1], providers=["CPUExecutionProvider"])
logits = session.run(None, {session.get_inputs()[0].name: images})[0]
assert "torch" not in sys.modules and "nas" not in sys.modules
print((logits.argmax(1) == data["labels"]).mean())
"""


@pytest.fixture
def searched(workdir: Path) -> Path:
    config = workdir / "digits.toml"
    config.write_text(toml_text(DIGITS))
    result = run_cli("search", str(config), "--trials", "4")
    assert result.exit_code == 0, result.output
    return config


def _finalized_rows(config: Path) -> list[dict[str, Any]]:
    result = run_cli("front", "--config", str(config), "--json", "--final")
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.output)
    return rows


@pytest.mark.slow
def test_finalize_trains_the_front_and_every_view_shows_both_fronts(searched: Path, workdir: Path) -> None:
    front = json.loads(run_cli("front", "--config", str(searched), "--json").output)
    result = run_cli("finalize", "--config", str(searched))
    assert result.exit_code == 0, result.output
    assert "epoch 1/3" in result.output and "ETA" in result.output and "epoch 3/3" in result.output
    said = " ".join(result.output.split())  # as read, whatever the terminal's width
    assert "validation (216) held out" in said and "scored once, at the end" in said
    assert f"measured the {len(front)} finalized networks again, round-robin" in said or len(front) < 2

    rows = _finalized_rows(searched)
    assert sorted(r["trial"] for r in rows) == sorted(r["trial"] for r in front)
    by_trial = {r["trial"]: r for r in front}
    for row in rows:  # the proxy's figures kept beside the final ones, costs re-measured
        assert row["proxy_val_accuracy"] == by_trial[row["trial"]]["val_accuracy"]
        assert 0 < row["val_accuracy"] <= 1 and 0 < row["test_accuracy"] <= 1
        assert row["energy_j"] > 0 and row["energy_source"].startswith("model:")
        assert row["macs"] == by_trial[row["trial"]]["macs"]
    assert any(r["on_final_front"] for r in rows)

    assert "finalized networks" in run_cli("front", "--config", str(searched)).output
    run_cli("report", "--config", str(searched), "-o", "report.md")
    assert "## Finalized networks" in (workdir / "report.md").read_text()

    client = mlflow.MlflowClient(f"sqlite:///{workdir}/mlflow.db")  # absolute: one engine per URI
    (experiment,) = [e for e in client.search_experiments() if e.name == "nas"]
    finals = client.search_runs([experiment.experiment_id], "tags.`nas.fidelity` = 'final'")
    assert sorted(r.data.tags["nas.final"] for r in finals) == sorted(f"trial-{r['trial']}" for r in rows)
    assert {r.data.tags["nas.pareto"] for r in finals} <= {"true", "false"}
    assert all("proxy_val_accuracy" in r.data.metrics for r in finals)
    energies = {r.data.tags["nas.final"]: r.data.metrics["energy_uj"] for r in finals}
    for row in rows:  # MLflow shows the figures measured last (round-robin with the others)
        assert energies[f"trial-{row['trial']}"] == pytest.approx(row["energy_j"] * 1e6, rel=1e-3)
    assert run_cli("sync", "--config", str(searched)).exit_code == 0  # sync keeps the final runs
    again = client.search_runs([experiment.experiment_id], "tags.`nas.fidelity` = 'final'")
    assert len(again) == len(finals)

    rerun = run_cli("finalize", "--config", str(searched))
    assert rerun.exit_code == 0 and "finalized before, kept" in rerun.output
    assert "epoch 1/3" not in rerun.output and "measured the" not in rerun.output  # nothing new


@pytest.mark.slow
def test_the_exported_final_model_scores_its_test_accuracy_in_a_client(searched: Path, workdir: Path) -> None:
    assert run_cli("finalize", "--config", str(searched), "--tracking-uri", "").exit_code == 0
    best = max(_finalized_rows(searched), key=lambda r: (r["on_final_front"], r["val_accuracy"]))
    exported = run_cli("export", "--config", str(searched), "-o", "model.onnx")
    assert exported.exit_code == 0, exported.output
    assert f"trial {best['trial']}, finalized weights" in exported.output
    assert "uint8 [batch, 8, 8, 1]" in exported.output

    splits = load_dataset(load_config(searched).data)  # the study's test split, as stored
    np.savez(workdir / "test.npz", images=splits.x_test.numpy()[:, 0], labels=splits.y_test.numpy())
    (workdir / "client.py").write_text(CLIENT)
    scored = subprocess.run(
        [sys.executable, "client.py", "model.onnx", "test.npz"], capture_output=True, text=True, check=True
    )
    # ONNX Runtime and PyTorch may round one logit apart: at most one image of the split
    assert abs(float(scored.stdout) - best["test_accuracy"]) <= 1 / len(splits.y_test) + 1e-9


@pytest.mark.slow
def test_exporting_a_trial_never_finalized_says_its_weights_are_the_proxy_s(searched: Path) -> None:
    front = json.loads(run_cli("front", "--config", str(searched), "--json").output)
    result = run_cli("export", "--config", str(searched), "-o", "proxy.onnx", "--input", "normalised")
    assert result.exit_code == 0, result.output
    assert f"trial {front[0]['trial']}, proxy-trained weights" in result.output
    assert f"nas finalize --trials {front[0]['trial']}" in result.output
    assert "float32 [batch, 1, 8, 8]" in result.output


@pytest.mark.slow
def test_sigterm_keeps_the_training_and_the_same_command_resumes_it(searched: Path) -> None:
    front = json.loads(run_cli("front", "--config", str(searched), "--json").output)
    trial = str(front[0]["trial"])
    args = ["finalize", "--config", str(searched), "--trials", trial, "--tracking-uri", ""]
    command = [sys.executable, "-m", "nas", *args, "--epochs", "40"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for line in process.stdout:  # wait for a finished epoch, then stop it as systemd would
        if "epoch  2/40" in line:
            process.send_signal(signal.SIGTERM)
            break
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 143, stderr
    assert "saved at its last finished epoch" in stderr and "the same command resumes it" in stderr
    assert _finalized_rows(searched) == []

    other = run_cli(*args, "--epochs", "41")  # another schedule cannot continue this one
    assert other.exit_code == 2 and "other settings (epochs)" in other.output
    resumed = run_cli(*args, "--epochs", "40")
    assert resumed.exit_code == 0, resumed.output
    assert "resuming its saved training" in resumed.output
    assert "epoch  1/40" not in resumed.output and "epoch 40/40" in resumed.output
    (row,) = _finalized_rows(searched)
    assert str(row["trial"]) == trial


@pytest.mark.slow
def test_finalizing_again_with_another_recipe_keeps_the_earlier_result_beside(
    searched: Path, workdir: Path
) -> None:
    front = json.loads(run_cli("front", "--config", str(searched), "--json").output)
    trial = front[0]["trial"]
    args = ["finalize", "--config", str(searched), "--trials", str(trial)]
    assert run_cli(*args, "--epochs", "1").exit_code == 0
    (first,) = _finalized_rows(searched)
    assert (first["epochs"], first["attempt"]) == (1, 1)

    longer = run_cli(*args, "--epochs", "2")  # kept, and the line says why and how to train it again
    said = " ".join(longer.output.split())
    assert longer.exit_code == 0, longer.output
    assert f"trial {trial}: finalized before with epochs 1 (now 2), kept; --again" in said
    assert "epoch 1/2" not in said and _finalized_rows(searched) == [first]

    again = run_cli(*args, "--epochs", "2", "--again")
    said = " ".join(again.output.split())
    assert again.exit_code == 0, again.output
    assert "finalizing it again, that result and its weights are kept" in said and "epoch 2/2" in said
    assert f"earlier finalization {first['val_accuracy']:.4f}" in said
    (row,) = _finalized_rows(searched)
    assert (row["epochs"], row["attempt"]) == (2, 2)
    config = load_config(searched)
    (finalized,) = read_finalized(load_existing_study(config.study.storage, config.study.name)).values()
    (earlier,) = finalized.earlier
    assert earlier.recipe["epochs"] == 1 and earlier.record.val_accuracy == first["val_accuracy"]
    weights, earlier_weights = Path(str(finalized.record.checkpoint)), Path(str(earlier.record.checkpoint))
    assert weights != earlier_weights and weights.is_file() and earlier_weights.is_file()
    exported = run_cli("export", "--config", str(searched), "--trial", str(trial), "-o", "again.onnx")
    assert exported.exit_code == 0 and "finalized weights" in exported.output

    client = mlflow.MlflowClient(f"sqlite:///{workdir}/mlflow.db")
    (experiment,) = [e for e in client.search_experiments() if e.name == "nas"]
    runs = client.search_runs([experiment.experiment_id], "tags.`nas.fidelity` = 'final'")
    shown = {r.data.tags["nas.final"]: r for r in runs}
    assert set(shown) == {f"trial-{trial}", f"trial-{trial}.2"}
    assert shown[f"trial-{trial}"].data.tags["nas.pareto"] == "false"  # replaced
    assert shown[f"trial-{trial}.2"].data.params["finalize.epochs"] == "2"

    same = run_cli(*args, "--epochs", "2", "--again")  # this recipe's result exists: nothing to do
    assert same.exit_code == 0 and "finalized before, kept" in same.output
    assert "epoch 1/2" not in same.output


@pytest.mark.slow
def test_a_network_finalizes_to_the_same_weights_alone_or_after_others(searched: Path, workdir: Path) -> None:
    """Seeded from the recipe: what the command trained before must not change a network's start."""
    other = workdir / "other.toml"  # the same search again, as another study
    other.write_text(toml_text({**DIGITS, "study": {**DIGITS["study"], "name": "other"}}))
    assert run_cli("search", str(other), "--trials", "4").exit_code == 0
    one = ["finalize", "--epochs", "1", "--tracking-uri", ""]
    assert run_cli(*one, "--config", str(searched), "--trials", "0,1").exit_code == 0  # 1 after 0
    assert run_cli(*one, "--config", str(other), "--trials", "1").exit_code == 0  # 1 alone
    finals = []
    for config in (load_config(searched), load_config(other)):
        study = load_existing_study(config.study.storage, config.study.name)
        finals.append(read_finalized(study)["trial-1"])
    after, alone = finals
    assert after.record.arch == alone.record.arch  # the same search, seeded
    assert after.record.training is not None and alone.record.training is not None
    assert after.record.training.val_curve == alone.record.training.val_curve
    assert after.record.test_accuracy == alone.record.test_accuracy
    weights = [load_checkpoint(Path(str(f.record.checkpoint))).model.state_dict() for f in finals]
    assert all(torch.equal(weights[0][name], weights[1][name]) for name in weights[0])


@pytest.mark.slow
def test_a_stop_as_a_training_begins_says_in_one_line_what_is_kept(searched: Path) -> None:
    front = json.loads(run_cli("front", "--config", str(searched), "--json").output)
    args = ["finalize", "--config", str(searched), "--trials", str(front[0]["trial"]), "--tracking-uri", ""]
    command = [sys.executable, "-m", "nas", *args, "--epochs", "40"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for line in process.stdout:  # the signal lands just before the training or in its first epoch
        if "from scratch" in line:
            process.send_signal(signal.SIGTERM)
            break
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 143, stderr  # not Click's "Aborted!" and 1
    (said,) = stderr.strip().splitlines()
    if list(searched.parent.rglob("*.state.pt")):  # the first epoch ended before the signal came
        assert "saved at its last finished epoch" in said
    else:
        assert said.endswith(("the same command starts it again", "the same command finalizes the rest"))


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--trials", "3,x"], "--trials: expected trial numbers"),
        (["--trials", "99"], "has no trial 99"),
        (["--epochs", "0"], "--epochs"),
    ],
)
@pytest.mark.slow
def test_bad_requests_get_one_line_and_exit_2(searched: Path, args: list[str], said: str) -> None:
    result = run_cli("finalize", "--config", str(searched), *args)
    assert result.exit_code == 2 and said in result.output
    assert _finalized_rows(searched) == []


@pytest.mark.slow
def test_a_network_another_process_is_finalizing_is_skipped(searched: Path, workdir: Path) -> None:
    front = json.loads(run_cli("front", "--config", str(searched), "--json").output)
    trial = front[0]["trial"]
    config = load_config(searched)
    study = load_existing_study(config.study.storage, config.study.name)
    folder = artifacts_dir(config, study) / "final"
    folder.mkdir(parents=True)
    with (folder / f"trial-{trial}.lock").open("w") as held:  # as a running nas finalize holds it
        fcntl.flock(held, fcntl.LOCK_EX)
        result = run_cli("finalize", "--config", str(searched), "--trials", str(trial))
    assert result.exit_code == 0, result.output
    assert f"trial {trial} is being finalized by another process; skipped" in result.output
    assert _finalized_rows(searched) == []


@pytest.mark.slow
def test_references_are_finalized_with_the_front_s_recipe(searched: Path, workdir: Path) -> None:
    result = run_cli("finalize", "--config", str(searched), "--references", "--epochs", "1")
    assert result.exit_code == 0, result.output
    rows = _finalized_rows(searched)
    assert sorted(r["network"] for r in rows) == ["mobilenet_v1_0.25_cifar", "mobilenet_v2_0.35_cifar"]
    assert all(
        r["trial"] is None and r["proxy_val_accuracy"] is None and not r["on_final_front"] for r in rows
    )
    assert all(r["energy_j"] > 0 and 0 < r["test_accuracy"] <= 1 for r in rows)
    run_cli("report", "--config", str(searched), "-o", "report.html")
    assert "trained with the same recipe as the front" in (workdir / "report.html").read_text()


@pytest.mark.slow
def test_a_moved_study_is_finalized_where_it_now_is(workdir: Path) -> None:
    """A storage copied elsewhere (another checkout, another machine) keeps the paths its search
    ran with: finalize refuses in one line naming the key, and takes where things now are."""
    old = workdir / "old"
    old.mkdir()
    paths = {"storage": f"sqlite:///{old}/nas.db", "artifacts_dir": f"{old}/weights"}
    config = {
        **DIGITS,
        "study": {**DIGITS["study"], **paths},
        "tracking": {"uri": f"sqlite:///{old}/mlflow.db"},
    }
    (old / "digits.toml").write_text(toml_text(config))
    assert run_cli("search", str(old / "digits.toml"), "--trials", "2").exit_code == 0
    new = old.rename(workdir / "new")
    moved = {"storage": f"sqlite:///{new}/nas.db", "artifacts_dir": f"{new}/weights"}
    config = {
        **DIGITS,
        "study": {**DIGITS["study"], **moved},
        "tracking": {"uri": f"sqlite:///{new}/mlflow.db"},
    }
    (new / "digits.toml").write_text(toml_text(config))
    args = ["finalize", "--config", str(new / "digits.toml"), "--trials", "0", "--epochs", "1"]

    refused = run_cli(*args)
    assert refused.exit_code == 2 and len(refused.output.strip().splitlines()) == 1
    assert "tracking.uri" in refused.output and "does not exist" in refused.output
    assert "give --tracking-uri" in refused.output

    here = ["--tracking-uri", f"sqlite:///{new}/mlflow.db", "--artifacts-dir", f"{new}/weights"]
    result = run_cli(*args, *here)
    assert result.exit_code == 0, result.output
    assert not old.exists()  # nothing written where the study used to be
    (row,) = _finalized_rows(new / "digits.toml")
    assert row["trial"] == 0 and (new / "weights").is_dir()
