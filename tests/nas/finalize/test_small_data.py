"""Finalizing on small data as a user does it (the CLI and ``from nas import ...`` on digits):
schedules that scale with the training split, one recipe whichever door, and a finalized network
never shipped worse than the proxy checkpoint that put it on the front."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
import optuna
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nas import FinalizeRequest, finalize_study
from nas.config import load_config
from nas.data import load_dataset
from nas.export.checkpoint import load_checkpoint
from nas.finalized import read_finalized
from nas.record import read_record
from nas.schedule import scaled_schedule
from nas.study import join_study
from nas.train import accuracy
from tests.conftest import TINY, run_cli, toml_text


def _digits(workdir: Path, name: str = "tiny", **sections: dict[str, Any]) -> Path:
    config: dict[str, Any] = {**TINY, "data": {"dataset": "digits"}}
    for section, values in sections.items():
        config[section] = {**config.get(section, {}), **values}
    config["study"] = {**config["study"], "name": name}
    path = workdir / f"{name}.toml"
    path.write_text(toml_text(config))
    return path


def test_schedules_scale_on_small_splits_and_leave_large_ones_as_configured() -> None:
    fashion_proxy = scaled_schedule(10_000, epochs=6, batch_size=128, min_steps=400)
    fashion_final = scaled_schedule(54_000, epochs=24, batch_size=128, min_steps=2400)
    assert (fashion_proxy.passes, fashion_proxy.batch_size, fashion_proxy.scaled) == (1, 128, False)
    assert (fashion_final.passes, fashion_final.batch_size, fashion_final.scaled) == (1, 128, False)
    digits_final = scaled_schedule(1222, epochs=24, batch_size=128, min_steps=2400)
    assert digits_final.batch_size == 64 and digits_final.steps >= 2400  # was 240 steps at batch 128
    assert "batch 128 cut" in digits_final.text() and "2400 steps" in digits_final.text()
    plain = scaled_schedule(1222, epochs=24, batch_size=128, min_steps=0)
    assert (plain.passes, plain.batch_size, plain.scaled) == (1, 128, False)


@given(
    examples=st.integers(1, 200_000),
    epochs=st.integers(1, 100),
    batch=st.integers(2, 4096),
    min_steps=st.integers(0, 20_000),
)
def test_a_schedule_reaches_its_steps_with_a_batch_no_larger_than_asked(
    examples: int, epochs: int, batch: int, min_steps: int
) -> None:
    schedule = scaled_schedule(examples, epochs, batch, min_steps)
    assert 2 <= schedule.batch_size <= batch and schedule.steps >= min_steps
    assert min_steps > 0 or (schedule.batch_size, schedule.passes) == (batch, 1)
    assert (
        schedule.passes == 1
        or schedule.steps - schedule.steps_per_epoch // schedule.passes * epochs < min_steps
    )


@pytest.mark.slow
def test_the_proxy_records_what_its_kept_weights_score(workdir: Path) -> None:
    # min_delta 0.3: later epochs that gain less keep the earlier weights; the record must say
    # what those weights score, not the curve's best epoch
    config = _digits(workdir, train={"epochs": 4, "patience": 4, "min_delta": 0.3, "min_steps": 0})
    assert run_cli("search", str(config), "--trials", "3", "--tracking-uri", "").exit_code == 0
    splits = load_dataset(load_config(config).data)
    study = optuna.load_study(study_name="tiny", storage="sqlite:///nas.db")
    records = [read_record(t) for t in study.get_trials() if t.state == optuna.trial.TrialState.COMPLETE]
    assert records
    for record in records:
        kept = load_checkpoint(Path(str(record.checkpoint)))
        assert record.val_accuracy == accuracy(kept.model, splits, splits.x_val, splits.y_val)


@pytest.mark.slow
def test_a_final_training_worse_than_its_proxy_ships_the_proxy_s_weights(workdir: Path) -> None:
    # a final recipe that cannot learn (a learning rate of 1e-7): every network trains to chance
    config = _digits(workdir, finalize={"epochs": 1, "lr": 1e-7, "threads": 1})
    assert run_cli("search", str(config), "--trials", "3", "--tracking-uri", "").exit_code == 0
    result = run_cli("finalize", "--study-name", "tiny", "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    assert "the proxy's weights are kept as its finalized network" in result.output
    study, _ = join_study("sqlite:///nas.db", "tiny", {})
    finals = read_finalized(study)
    assert finals
    for finalized in finals.values():
        check = finalized.proxy_check
        assert check is not None and check.kept == "proxy" and finalized.weights_from == "proxy"
        assert check.final_val < check.proxy_val - check.standard_error
        assert finalized.record.val_accuracy == check.proxy_val  # what the shipped weights score
    # nas export writes those weights: a client scores what the front records
    assert run_cli("export", "--study-name", "tiny", "-o", "best.onnx").exit_code == 0
    rows = json.loads(run_cli("front", "--study-name", "tiny", "--json", "--final").output)
    best = max(rows, key=lambda r: (r["on_final_front"], r["val_accuracy"]))
    splits = load_dataset(load_config(config).data)
    session = ort.InferenceSession("best.onnx")
    (logits,) = session.run(None, {"input": splits.x_test.numpy().transpose(0, 2, 3, 1)})
    scored = float((np.asarray(logits).argmax(1) == splits.y_test.numpy()).mean())
    assert abs(scored - best["test_accuracy"]) <= 1 / len(splits.y_test) + 1e-9


@pytest.mark.slow
def test_the_cli_and_the_library_finalize_with_the_study_s_stored_recipe(workdir: Path) -> None:
    stored = {"epochs": 2, "lr": 0.002, "threads": 1}
    for name in ("by-cli", "by-library"):
        path = _digits(workdir, name, finalize=stored)
        assert run_cli("search", str(path), "--trials", "2", "--tracking-uri", "").exit_code == 0
    result = run_cli("finalize", "--study-name", "by-cli", "--trials", "0", "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    assert "settings: the study's stored [finalize]" in result.output
    study, config = join_study("sqlite:///nas.db", "by-library", {"tracking": {"uri": ""}})
    finalize_study(study, config, FinalizeRequest(trials=[0]))
    by_cli = read_finalized(join_study("sqlite:///nas.db", "by-cli", {})[0])["trial-0"].recipe
    by_library = read_finalized(study)["trial-0"].recipe
    assert by_cli == by_library and by_cli["epochs"] == 2 and by_cli["lr"] == 0.002


@pytest.mark.slow
def test_digits_cheapest_member_finalizes_at_least_as_well_as_its_proxy(workdir: Path) -> None:
    """The README's tour on digits with the default schedules: the cheap end is where 24 plain
    epochs (240 steps) lost most (0.70 by proxy, 0.42 finalized)."""
    config = _digits(workdir, train={"min_steps": 400}, finalize={"min_steps": 2400, "threads": 2})
    assert run_cli("search", str(config), "--trials", "4", "--tracking-uri", "").exit_code == 0
    study, _ = join_study("sqlite:///nas.db", "tiny", {})
    trials = [t for t in study.get_trials() if t.state == optuna.trial.TrialState.COMPLETE]
    cheapest = min(trials, key=lambda t: read_record(t).params or 0).number
    result = run_cli("finalize", "--study-name", "tiny", "--trials", str(cheapest), "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    assert "passes raised to reach 2400 steps" in result.output
    finalized = read_finalized(join_study("sqlite:///nas.db", "tiny", {})[0])[f"trial-{cheapest}"]
    check = finalized.proxy_check
    assert check is not None and check.kept == "final"  # the final training itself holds up
    assert check.final_val >= check.proxy_val - check.standard_error
