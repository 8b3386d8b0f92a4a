"""A search's assembly: each part built once, workers' samplers reseeded, settings from the
configuration."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import nas.data
import nas.measure.parts
from nas import join_search, load_config, run_search, start_search
from search_spaces import sample_arch
from tests.conftest import run_cli


@pytest.mark.slow
def test_workers_joining_together_propose_different_candidates(tiny_config: Path, workdir: Path) -> None:
    config = tiny_config.read_text().replace("[study]\n", '[study]\nsampler = "random"\n')
    (workdir / "random.toml").write_text(config)
    created = run_cli("create", "random.toml", "--storage", "sqlite:///nas.db")
    assert created.exit_code == 0, created.output
    # two workers joining the same study at the same moment: same trial count, same seed...
    first = join_search("sqlite:///nas.db", "tiny", {"tracking": {"uri": ""}})
    second = join_search("sqlite:///nas.db", "tiny", {"tracking": {"uri": ""}})
    # ... yet their samplers are reseeded, so their first proposals differ
    proposals = [sample_arch(s.config.space, s.study.ask()) for s in (first, second)]
    assert proposals[0] != proposals[1]


def test_a_search_is_assembled_from_its_configuration(tiny_config: Path, workdir: Path) -> None:
    config = load_config(tiny_config, {"measure": {"runs": 7}, "tracking": {"uri": ""}})
    session = start_search(config)
    assert session.context.settings.runs == 7  # measured as configured, not with the defaults
    assert session.study.sampler.__class__.__name__ == "CostFirstSampler"
    assert session.backfill and not join_search("sqlite:///nas.db", "tiny", {}).backfill
    assert session.with_budget(9).config.study.n_trials == 9
    assert session.config.study.n_trials == 3  # a new session, this one unchanged


@pytest.mark.slow
def test_each_part_is_built_once_per_search_whatever_its_trials(
    tiny_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = {"data": 0, "measuring": 0}

    def counted(name: str, build: Any) -> Any:
        def counting(*args: Any, **kwargs: Any) -> Any:
            built[name] += 1
            return build(*args, **kwargs)

        return counting

    monkeypatch.setattr(nas.data, "load_dataset", counted("data", nas.data.load_dataset))
    monkeypatch.setattr(nas.measure.parts, "measuring", counted("measuring", nas.measure.parts.measuring))
    session = start_search(load_config(tiny_config, {"tracking": {"uri": ""}}))
    outcome = run_search(session.with_budget(4))
    assert outcome.new_trials == 4
    assert built == {"data": 1, "measuring": 1}  # four trials, one data load, one set of meters
    assert run_search(session.with_budget(5)).new_trials == 1  # the same session runs on ...
    assert built == {"data": 1, "measuring": 1}  # ... with the same parts: nothing built again
