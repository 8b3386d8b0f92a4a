"""The commands as library calls, from Python as the README shows them: a search, its front
finalized with a listener told each step, and the stored results the CLI then shows."""

from __future__ import annotations

from pathlib import Path

import pytest

import nas
from nas import (
    FinalizeRequest,
    join_study,
    load_config,
    plan_finalize,
    run_finalize,
    run_search,
    start_search,
)
from nas.finalize.events import FinalizeListener
from nas.finalize.recipe import EpochDone
from nas.finalize.run import Candidate
from nas.finalized import Finalized, read_finalized
from tests.conftest import TINY, run_cli, toml_text


class Heard(FinalizeListener):
    def __init__(self) -> None:
        self.said: list[str] = []

    def network_started(self, index: int, total: int, candidate: Candidate, resuming: bool) -> None:
        self.said.append(f"start {index}/{total} {candidate.label}")

    def epoch(self, candidate: Candidate, done: EpochDone) -> None:
        self.said.append(f"epoch {done.epoch}/{done.epochs} {candidate.label}")

    def network_finalized(self, finished: Finalized) -> None:
        self.said.append(f"done {finished.label}")


@pytest.fixture
def digits(workdir: Path) -> Path:
    path = workdir / "digits.toml"
    path.write_text(toml_text({**TINY, "data": {"dataset": "digits"}, "tracking": {"uri": ""}}))
    return path


def test_every_public_name_can_be_imported() -> None:
    for name in nas.__all__:
        assert getattr(nas, name) is not None, name


@pytest.mark.slow
def test_a_search_and_its_finalization_from_python(digits: Path) -> None:
    outcome = run_search(start_search(load_config(digits)))
    assert outcome.ended_by == "trials" and outcome.new_trials == 3

    study, config = join_study("sqlite:///nas.db", "tiny", {})
    number = outcome.study.best_trials[0].number
    settings = config.finalize.model_copy(update={"threads": 1})
    plan = plan_finalize(study, config, FinalizeRequest(trials=[number], epochs=2, settings=settings))
    assert [c.trial for c in plan.todo] == [number]  # nothing trained yet

    heard = Heard()
    done = run_finalize(plan, heard)
    label = plan.todo[0].label
    assert heard.said == [f"start 1/1 {label}", f"epoch 1/2 {label}", f"epoch 2/2 {label}", f"done {label}"]
    assert [f.trial for f in done.finalized] == [number] and not done.failed
    stored = read_finalized(study)[done.finalized[0].key]
    assert stored.record.test_accuracy == done.finalized[0].record.test_accuracy
    assert stored.record.energy_j is not None and stored.record.energy_j > 0

    # asked again: kept, nothing to do; the CLI shows what the library stored
    again = plan_finalize(study, config, FinalizeRequest(trials=[number], epochs=2, settings=settings))
    assert again.todo == [] and [f.trial for f in again.chosen.done] == [number]
    request = FinalizeRequest(trials=[number], epochs=2, settings=settings)
    assert nas.finalize_study(study, config, request).finalized == []  # in one call: nothing to train
    shown = run_cli("front", "--config", str(digits))
    assert shown.exit_code == 0 and "finalized networks" in shown.output


@pytest.mark.slow
def test_a_plan_refuses_trials_the_study_does_not_have(digits: Path) -> None:
    run_search(start_search(load_config(digits)))
    study, config = join_study("sqlite:///nas.db", "tiny", {})
    with pytest.raises(nas.ExportError, match="no trial 99"):
        plan_finalize(study, config, FinalizeRequest(trials=[99]))
    assert read_finalized(study) == {}


def test_the_library_refuses_bad_input_at_its_edge_with_one_line(digits: Path) -> None:
    assert load_config(str(digits)).study.name == "tiny"  # a path as text is a path
    for wrong in (123, b"digits.toml"):
        with pytest.raises(nas.ConfigError, match="expected a path to a TOML file"):
            load_config(wrong)  # type: ignore[arg-type]
    for epochs in (-1, 0, 2.5):
        with pytest.raises(nas.ConfigError, match="epochs: expected a whole number"):
            FinalizeRequest(epochs=epochs)  # type: ignore[arg-type]
    with pytest.raises(nas.ConfigError, match="trials: expected trial numbers"):
        FinalizeRequest(trials="3,7")  # type: ignore[arg-type]
    session = start_search(load_config(digits))
    for count in (0, -2):
        with pytest.raises(nas.ConfigError, match="jobs: expected a whole number"):
            nas.run_in_jobs(session, count)
    assert not session.study.get_trials()  # nothing ran
    for target in ("http://user:hunter2@127.0.0.1:8765", "file:///etc/passwd"):
        with pytest.raises(nas.UserInputError) as refused:
            nas.remeasure_front(session.study, session.config, target)
        assert "hunter2" not in str(refused.value) and "\n" not in str(refused.value)


@pytest.mark.slow
def test_the_library_never_writes_over_a_record_any_more_than_the_cli(digits: Path) -> None:
    """An export or a report from Python refuses the same files `nas export -o` and `nas report
    -o` refuse, with the same line: a study's storage, an MLflow store, a configuration."""
    from nas.views.report import write_report

    run_search(start_search(load_config(digits)))
    study, config = join_study("sqlite:///nas.db", "tiny", {})
    for record in (Path("nas.db"), digits):
        before = record.read_bytes()
        cli = run_cli("export", "--config", str(digits), "-o", str(record), "--force")
        assert cli.exit_code == 2 and "write to another file" in cli.output
        with pytest.raises(nas.UserInputError, match="kept as a record: write to another file") as refused:
            nas.export_trial(study, None, record)
        if record == digits:  # the CLI names the store in play more precisely; a file, alike
            assert str(refused.value) in cli.output
        alias = Path(f"{record.stem}-alias.md")  # a report's name, a record behind it
        alias.symlink_to(record.resolve())
        with pytest.raises(nas.UserInputError, match="kept as a record"):
            write_report(study, config, alias)
        assert record.read_bytes() == before  # nothing written


@pytest.mark.slow
def test_every_door_quietens_optuna_alike(digits: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A Python caller hears what `nas search` prints, not Optuna's line per trial."""
    with caplog.at_level("INFO"):
        run_search(start_search(load_config(digits)))
    assert not [r for r in caplog.records if r.name.startswith("optuna") and r.levelname == "INFO"]
