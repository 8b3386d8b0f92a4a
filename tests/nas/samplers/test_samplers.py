"""The samplers: the default cost-first search, Optuna's by name, and each architecture once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import optuna
import pytest
from optuna.trial import TrialState

from nas.config.sections import SAMPLER_NAMES
from nas.record import read_record
from nas.samplers.registry import SAMPLERS
from nas.search.claims import ArchClaims
from search_spaces import SearchSpace, smallest_arch
from search_spaces.space import decode_genome
from tests.conftest import FOUR_ARCHS, TINY, make_blobs_npz, run_cli, toml_text


def write_config(workdir: Path, study: dict[str, Any], space: dict[str, Any] | None = None) -> Path:
    data = make_blobs_npz(workdir / "blobs.npz")
    config = {**TINY, "study": {**TINY["study"], **study}, "data": {"dataset": str(data)}}
    if space is not None:
        config["space"] = space
    path = workdir / "search.toml"
    path.write_text(toml_text(config))
    return path


def load(workdir: Path, name: str) -> optuna.Study:
    return optuna.load_study(study_name=name, storage=f"sqlite:///{workdir}/nas.db")


def test_every_name_the_configuration_accepts_is_a_strategy_the_registry_builds() -> None:
    assert tuple(SAMPLERS) == SAMPLER_NAMES


@pytest.mark.slow
def test_cost_first_starts_from_the_cheapest_network_and_never_repeats_one(workdir: Path) -> None:
    config = write_config(workdir, {"name": "cf", "sampler": "cost-first", "n_trials": 7})
    result = run_cli("search", str(config), "--tracking-uri", "")
    assert result.exit_code == 0, result.output

    every = load(workdir, "cf").get_trials()
    # a proposed repeat would be pruned before any work (its record names the trial holding it):
    # past the first generation, the sampler still proposes none
    assert [t.number for t in every if t.state == TrialState.PRUNED] == []
    trials = [t for t in every if t.state == TrialState.COMPLETE]
    archs = [read_record(t).arch for t in trials]
    assert len(trials) == 7
    space = SearchSpace.model_validate(TINY["space"])
    assert archs[0] == str(smallest_arch(space))  # the front's cheap end is anchored first
    macs = [read_record(t).macs or 0 for t in trials[:2]]
    assert macs[1] > macs[0]  # then a network spread away from it in cost
    # the sampler knows the study's architectures by their records' names: the genome's decoding
    assert archs == [str(decode_genome(space, t.params)) for t in trials]


@pytest.mark.parametrize("sampler", ["tpe", "random"])
@pytest.mark.slow
def test_optuna_samplers_are_selectable_by_name(workdir: Path, sampler: str) -> None:
    config = write_config(workdir, {"name": sampler, "n_trials": 2})
    result = run_cli("search", str(config), "--sampler", sampler, "--tracking-uri", "")
    assert result.exit_code == 0, result.output
    trials = load(workdir, sampler).get_trials(states=(TrialState.COMPLETE,))
    assert len(trials) == 2
    space = SearchSpace.model_validate(TINY["space"])
    assert read_record(trials[0]).arch != str(smallest_arch(space))  # not the cost-first start


@pytest.mark.slow
def test_a_repeated_architecture_is_pruned_before_any_work_and_an_exhausted_space_stops(
    workdir: Path,
) -> None:
    config = write_config(workdir, {"name": "four", "sampler": "random", "n_trials": 5}, FOUR_ARCHS)
    result = run_cli("search", str(config), "--tracking-uri", "")
    assert result.exit_code == 1
    assert "candidates had all been trained already" in result.output

    trials = load(workdir, "four").get_trials()
    complete = [read_record(t).arch for t in trials if t.state == TrialState.COMPLETE]
    assert len(complete) == 4 and len(set(complete)) == 4  # the whole space, each network once
    pruned = [read_record(t) for t in trials if t.state == TrialState.PRUNED]
    assert pruned and all(r.duplicate_of is not None and r.measurement is None for r in pruned)


def test_a_claim_is_won_once_and_taken_over_only_from_a_failed_trial(workdir: Path) -> None:
    claims = ArchClaims(f"sqlite:///{workdir}/claims.db", "study-uid")
    alive = {0: True}
    assert claims.claim("arch-a", 0, lambda n: alive.get(n, False)) is None
    assert claims.claim("arch-a", 1, lambda n: alive.get(n, False)) == 0  # trial 0 holds it
    assert claims.claim("arch-a", 0, lambda n: alive.get(n, False)) is None  # its own claim
    assert claims.claim("arch-b", 1, lambda n: alive.get(n, False)) is None
    alive[0] = False  # trial 0 failed: a retry may train the architecture
    assert claims.claim("arch-a", 2, lambda n: alive.get(n, False)) is None
    assert claims.claim("arch-a", 3, lambda n: n == 2) == 2
    other_study = ArchClaims(f"sqlite:///{workdir}/claims.db", "another-uid")
    assert other_study.claim("arch-a", 0, lambda n: False) is None  # claims are per study
