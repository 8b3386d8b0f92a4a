"""Scale: what a trial costs outside training and measurement as the study grows, 0 to 10 000
trials, on SQLite and on PostgreSQL, with MLflow on.

For each size the benchmark builds a synthetic study once (cached in ``--work``): a real study
made as ``nas search`` makes it (references and normalisation measured), a few real trials whose
records serve as templates, then ``N`` trials added with random genomes, their exact MACs and
parameters, costs and accuracies drawn around the templates' (88 % trained, 6 % rejected by a
budget, 4 % failed, 2 % pruned duplicates), and one MLflow child run per finished trial, logged
by the tracker itself. The PostgreSQL study is a copy of the SQLite one (same trials, same id),
so both resume against copies of one MLflow store.

Each measurement restores a copy of a size's study and MLflow store, then runs ``nas search
--trials N+K`` as a user does (a subprocess; digits, a one-epoch proxy, so training is short
and the rest shows). From the storage, per new trial: the time from its start to the next one's
start, less its training and measurement (``train_seconds``, ``measure_seconds`` of its record)
is its bookkeeping: sampling, storage writes, the claim, MLflow logging, the front refresh, the
progress line. The first new trial also pays for opening MLflow (and, on resume, for what the
tracker reads of the existing runs): it is reported on its own. Sizes and storages are
interleaved, repeated ``--repeats`` times; the load average is recorded with every run.

Writes ``experiments/results/scale.json``.

    python experiments/bench_scale.py [--sizes 0 100 1000 10000] [--trials 6] [--repeats 2]
        [--work /tmp/bench-scale] [--postgres postgresql://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from datetime import datetime, timedelta
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
import optuna
import sqlalchemy as sa
from optuna.distributions import CategoricalDistribution, IntDistribution
from optuna.trial import FrozenTrial, TrialState, create_trial

from estimators import count_complexity
from nas.config import load_config
from nas.record import TrialRecord, read_record, record_attrs
from nas.search.claims import CLAIMS, ArchClaims
from nas.search.session import start_search
from nas.study import UID_ATTR, load_existing_study
from search_spaces import build_model
from search_spaces.space import decode_genome, genome_distributions

RESULTS = Path(__file__).parent / "results"
STUDY = "scale"
CONFIG = """
[study]
name = "{name}"
storage = "{storage}"
n_trials = {trials}
[data]
dataset = "digits"
max_train_examples = 300
[train]
epochs = 1
[measure]
repeats = 3
runs = 20
[tracking]
uri = "{tracking}"
experiment = "nas"
"""
TEMPLATE_TRIALS = 3
GOAL_GROWTH = 1.5  # bookkeeping per trial at the largest size, against the smallest non-zero one
GOAL_RESUME_S = 1.0  # a resumed study's first trial, against a fresh one's


# --- synthetic studies ---------------------------------------------------------------------------


def write_config(folder: Path, storage: str, tracking: str, trials: int) -> Path:
    path = folder / "scale.toml"
    path.write_text(CONFIG.format(name=STUDY, storage=storage, tracking=tracking, trials=trials))
    return path


def nas_search(config: Path, folder: Path, trials: int, storage: str | None = None) -> tuple[float, str]:
    """``nas search`` as a user runs it; its start (epoch seconds) and its output."""
    command = [str(Path(sys.executable).parent / "nas"), "search", str(config), "--trials", str(trials)]
    if storage:
        command += ["--storage", storage]
    started = time.time()
    run = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"nas search failed ({run.returncode}):\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}")
    return started, run.stdout + run.stderr


def synthetic_trials(study: optuna.Study, config_path: Path, count: int, seed: int) -> list[FrozenTrial]:
    """``count`` finished trials like the templates (the study's real ones), numbered after them."""
    config = load_config(config_path).for_input((1, 8, 8))
    space = config.space
    distributions = genome_distributions(space)
    templates = [read_record(t) for t in study.get_trials(states=(TrialState.COMPLETE,))]
    template = next(r for r in templates if r.trained and r.measurement and r.training)
    assert template.measurement and template.training and template.macs
    rng = np.random.default_rng(seed)
    start = datetime.now() - timedelta(seconds=10 * count)
    trials = []
    for index in range(count):
        genome = {name: _draw(rng, dist) for name, dist in distributions.items()}
        arch = decode_genome(space, genome)
        complexity = count_complexity(build_model(arch, 1, 10), (1, 8, 8))
        scale = complexity.macs / template.macs
        energy = template.measurement.energy_j * scale**0.8 * math.exp(rng.normal(0, 0.1))
        latency = template.measurement.latency_ms_median * scale**0.6 * math.exp(rng.normal(0, 0.1))
        accuracy = float(
            np.clip(0.55 + 0.08 * math.log10(complexity.macs / 1e4) + rng.normal(0, 0.05), 0.1, 0.99)
        )
        curve = tuple(round(accuracy * (1 - 0.5**epoch), 4) for epoch in range(1, 11))
        record = template.with_(
            arch=str(arch),
            params=complexity.params,
            inference_params=complexity.inference_params,
            macs=complexity.macs,
            measurement=replace(template.measurement, energy_j=energy, latency_ms_median=latency),
            training=replace(template.training, val_accuracy=max(curve), val_curve=curve),
            checkpoint=None,  # no weights on disk: MLflow gets no model for these runs
        )
        draw = rng.random()
        values: list[float] | None = [max(curve), energy, latency]
        state = TrialState.COMPLETE
        if draw < 0.06:
            record = record.with_(training=None, rejected=f"energy {energy:.4g} over budget by 12%")
            values = [0.0, energy, latency]
        elif draw < 0.10:
            record = record.with_(training=None, fail_reason="TrainingDivergedError: loss is nan at epoch 1")
            state, values = TrialState.FAIL, None
        elif draw < 0.12:
            record = TrialRecord(arch=str(arch), duplicate_of=0)
            state, values = TrialState.PRUNED, None
        began = start + timedelta(seconds=10 * index)
        trials.append(
            create_trial(
                state=state,
                values=values,
                params=genome,
                distributions=distributions,
                user_attrs=record_attrs(record),
            )
        )
        trials[-1].datetime_start, trials[-1].datetime_complete = began, began + timedelta(seconds=9)
    return trials


def _draw(rng: np.random.Generator, dist: Any) -> Any:
    if isinstance(dist, IntDistribution):
        return int(dist.low + dist.step * rng.integers((dist.high - dist.low) // dist.step + 1))
    assert isinstance(dist, CategoricalDistribution)
    return dist.choices[int(rng.integers(len(dist.choices)))]


def add_trials(storage: str, trials: list[FrozenTrial]) -> None:
    """The trials, and the architecture claims their objective would have made."""
    study = load_existing_study(storage, STUDY)
    study.add_trials(trials)
    claims = ArchClaims(storage, str(study.user_attrs[UID_ATTR]))
    rows = [
        {"study_uid": claims.study_uid, "arch_id": _arch_id(t), "trial_number": t.number}
        for t in study.get_trials(deepcopy=False)[-len(trials) :]
        if t.state != TrialState.PRUNED
    ]
    with claims.engine.begin() as connection:
        existing = {r[0] for r in connection.execute(sa.select(CLAIMS.c.arch_id))}
        rows = [r for r in {r["arch_id"]: r for r in rows}.values() if r["arch_id"] not in existing]
        if rows:
            connection.execute(sa.insert(CLAIMS), rows)
    claims.close()


def _arch_id(trial: FrozenTrial) -> str:
    return hashlib.sha1(read_record(trial).arch.encode()).hexdigest()


def log_to_mlflow(config_path: Path, storage: str) -> None:
    """One child run per finished trial not logged yet, by the tracker ``nas search`` uses."""
    from nas.tracking.tracker import MlflowTracker

    study = load_existing_study(storage, STUDY)
    config = load_config(config_path, {"study": {"storage": storage}})
    MlflowTracker.open(config, study).sync(study, config)  # as nas sync does: the front, the watermark


def postgres_database(base: str, name: str) -> str:
    return base.rsplit("/", 1)[0] + "/" + name


def release(base: str, database: str) -> None:
    """Close this process's pooled connections to ``database`` (a template must have none)."""
    postgres_admin(
        base,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid()",
    )


def postgres_admin(base: str, *statements: str) -> None:
    engine = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        for statement in statements:
            connection.execute(sa.text(statement))
    engine.dispose()


def build_fixtures(work: Path, sizes: list[int], postgres: str) -> None:
    """Each size's study (SQLite file, PostgreSQL database, MLflow store), built once."""
    done = work / "fixtures.json"
    if done.is_file() and json.loads(done.read_text()) == sizes:
        return
    build = work / "build"
    shutil.rmtree(build, ignore_errors=True)
    build.mkdir(parents=True)
    sqlite = f"sqlite:///{build / 'nas.db'}"
    tracking = f"sqlite:///{build / 'mlflow.db'}"
    config = write_config(build, sqlite, tracking, TEMPLATE_TRIALS)
    start_search(load_config(config))  # made as nas search makes it: references, normalisation
    snapshot(work, build, postgres, 0, sqlite)
    nas_search(config, build, TEMPLATE_TRIALS)  # real trials: the templates
    template_study = load_existing_study(sqlite, STUDY)
    postgres_admin(postgres, "DROP DATABASE IF EXISTS nas_scale_build", "CREATE DATABASE nas_scale_build")
    pg_work = postgres_database(postgres, "nas_scale_build")
    copy_study(sqlite, pg_work)
    have = len(template_study.get_trials())
    for size in sorted(sizes):
        if size > have:
            trials = synthetic_trials(load_existing_study(sqlite, STUDY), config, size - have, seed=size)
            started = time.perf_counter()
            for storage in (sqlite, pg_work):
                add_trials(storage, trials)
            log_to_mlflow(config, sqlite)
            print(f"built {size} trials in {time.perf_counter() - started:.0f} s", flush=True)
            have = size
        if size:
            snapshot(work, build, postgres, size)
    done.write_text(json.dumps(sizes))


def copy_study(sqlite: str, postgres: str) -> None:
    """The SQLite study into a PostgreSQL database: its trials, attributes (its id) and claims."""
    optuna.copy_study(from_study_name=STUDY, from_storage=sqlite, to_storage=postgres)
    uid = str(load_existing_study(sqlite, STUDY).user_attrs[UID_ATTR])
    source = sa.create_engine(sqlite)
    with source.connect() as connection:
        rows = [dict(r._mapping) for r in connection.execute(sa.select(CLAIMS))]
    source.dispose()
    claims = ArchClaims(postgres, uid)
    if rows:
        with claims.engine.begin() as connection:
            connection.execute(sa.insert(CLAIMS), rows)
    claims.close()


def snapshot(work: Path, build: Path, postgres: str, size: int, sqlite: str | None = None) -> None:
    """Keep the study as it is now: a copy of each store (a fresh PostgreSQL copy from ``sqlite``)."""
    folder = work / f"size-{size}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for name in ("nas.db", "mlflow.db"):
        if (build / name).is_file():
            shutil.copy(build / name, folder / name)
    postgres_admin(postgres, f"DROP DATABASE IF EXISTS nas_scale_{size}")
    if sqlite is None:
        release(postgres, "nas_scale_build")
        postgres_admin(postgres, f"CREATE DATABASE nas_scale_{size} TEMPLATE nas_scale_build")
    else:
        postgres_admin(postgres, f"CREATE DATABASE nas_scale_{size}")
        copy_study(sqlite, postgres_database(postgres, f"nas_scale_{size}"))


# --- measurement ---------------------------------------------------------------------------------


def measure(work: Path, size: int, kind: str, new_trials: int, postgres: str) -> dict[str, Any]:
    """Resume a copy of the study of ``size`` trials for ``new_trials`` more completed trials."""
    run = work / "run"
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir()
    for name in ("nas.db", "mlflow.db"):
        if (work / f"size-{size}" / name).is_file():
            shutil.copy(work / f"size-{size}" / name, run / name)
    if kind == "sqlite":
        storage = f"sqlite:///{run / 'nas.db'}"
    else:
        release(postgres, "nas_scale_run")
        postgres_admin(
            postgres,
            "DROP DATABASE IF EXISTS nas_scale_run",
            f"CREATE DATABASE nas_scale_run TEMPLATE nas_scale_{size}",
        )
        storage = postgres_database(postgres, "nas_scale_run")
    before = load_existing_study(storage, STUDY).get_trials(deepcopy=False)
    goal = sum(t.state == TrialState.COMPLETE for t in before) + new_trials
    config = write_config(run, storage, f"sqlite:///{run / 'mlflow.db'}", goal)
    load = os.getloadavg()[0]
    started, _ = nas_search(config, run, goal)
    ended = time.time()
    trials = load_existing_study(storage, STUDY).get_trials(deepcopy=False)[len(before) :]
    starts = [t.datetime_start.timestamp() for t in trials if t.datetime_start]
    work_s = [_work_s(read_record(t)) for t in trials]
    trained = [t.state != TrialState.PRUNED for t in trials]
    cycles = [b - a - w for a, b, w, kept in zip(starts, starts[1:], work_s, trained, strict=False) if kept]
    span = starts[-1] - starts[1] - sum(work_s[1:-1])
    return {
        "storage": kind,
        "trials_before": len(before),
        "new_trials": len(trials),
        "pruned_duplicates": trained.count(False),
        "load_average_1min": load,
        "startup_s": starts[0] - started,  # imports, data, study, before the first trial
        "first_trial_bookkeeping_s": starts[1] - starts[0] - work_s[0],  # + opening MLflow
        "bookkeeping_per_trial_s": span / max(sum(trained[1:-1]), 1),
        "bookkeeping_cycles_s": [round(c, 4) for c in cycles],
        "last_trial_and_end_s": ended - starts[-1] - work_s[-1],
        "training_and_measurement_per_trial_s": statistics.mean(
            w for w, kept in zip(work_s, trained, strict=True) if kept
        ),
        "wall_s": ended - started,
    }


def _work_s(record: TrialRecord) -> float:
    train = record.training.train_seconds if record.training else 0.0
    return train + record.measure_seconds


def summarise(runs: list[dict[str, Any]], sizes: list[int]) -> dict[str, Any]:
    summary: dict[str, Any] = {}
    for kind in sorted({r["storage"] for r in runs}):
        rows = {}
        for size in sizes:
            mine = [
                r for r in runs if r["storage"] == kind and r["trials_before"] >= size and r["size"] == size
            ]
            rows[str(size)] = {
                key: statistics.median(r[key] for r in mine)
                for key in ("startup_s", "first_trial_bookkeeping_s", "bookkeeping_per_trial_s", "wall_s")
            }
        smallest, largest = min(s for s in sizes if s), max(sizes)
        growth = (
            rows[str(largest)]["bookkeeping_per_trial_s"] / rows[str(smallest)]["bookkeeping_per_trial_s"]
        )
        fresh = rows["0"]["startup_s"] + rows["0"]["first_trial_bookkeeping_s"] if "0" in rows else math.nan
        resumed = {
            size: rows[str(size)]["startup_s"] + rows[str(size)]["first_trial_bookkeeping_s"] - fresh
            for size in sizes
            if size
        }
        summary[kind] = {
            "by_size": rows,
            f"growth_{smallest}_to_{largest}": growth,
            "growth_goal_met": growth <= GOAL_GROWTH,
            "first_trial_later_than_fresh_s": resumed,
            "resume_goal_met": all(v <= GOAL_RESUME_S for v in resumed.values()),
        }
    return summary


def algorithm_costs() -> dict[str, Any]:
    """The parts that grow faster than the study, timed alone on synthetic fronts: finding the
    non-dominated trials among N, and the exact hypervolume of a front of F members."""
    from nas.front.hypervolume import hypervolume
    from nas.front.pareto import non_dominated

    rng = np.random.default_rng(0)
    costs: dict[str, Any] = {"non_dominated_s": {}, "hypervolume_s": {}}
    for n in (100, 1000, 10000):
        log_macs = rng.uniform(4, 8, n)  # accuracy rises with cost, both noisy: a realistic front
        points = np.column_stack(
            [0.5 + 0.08 * log_macs + rng.normal(0, 0.05, n), 10 ** (log_macs - 10), 10 ** (log_macs - 9)]
        ) * np.exp(rng.normal(0, 0.1, (n, 3)))
        costs["non_dominated_s"][str(n)] = _best_of(
            lambda p=points: non_dominated(p.tolist(), ["maximize", "minimize", "minimize"])
        )
    for size in (10, 100, 1000):
        front = _front_of(rng, size)
        costs["hypervolume_s"][str(size)] = _best_of(lambda f=front: hypervolume(f.tolist()))
    return costs


def _front_of(rng: np.random.Generator, size: int) -> np.ndarray:
    """``size`` mutually non-dominated points in the unit cube (on a sphere's octant)."""
    points = np.abs(rng.normal(size=(size, 3)))
    front: np.ndarray = 1.0 - points / np.linalg.norm(points, axis=1, keepdims=True) * 0.9
    return front


def _best_of(function: Any, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def default_search(work: Path) -> dict[str, Any]:
    """The README's search (``experiments/fashion.toml``, 20 trials, MLflow on) in a fresh
    folder, and where its wall time went: training and measurement (from the trials' records),
    the time before the first trial, each trial's bookkeeping, and the end."""
    folder = work / "default"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    config = Path(__file__).parent / "fashion.toml"
    load = os.getloadavg()
    started, output = nas_search(config, folder, load_config(config).study.n_trials)
    ended = time.time()
    study = load_existing_study(f"sqlite:///{folder / 'nas.db'}", load_config(config).study.name)
    trials = study.get_trials(deepcopy=False)
    records = [read_record(t) for t in trials]
    train_s = sum(r.training.train_seconds for r in records if r.training)
    measure_s = sum(r.measure_seconds for r in records)
    first = min(t.datetime_start.timestamp() for t in trials if t.datetime_start)
    last = max(t.datetime_complete.timestamp() for t in trials if t.datetime_complete)
    wall = ended - started
    startup, end = first - started, ended - last
    between = wall - startup - end - train_s - measure_s
    return {
        "command": f"nas search {config.name} (fresh folder, MLflow on: sqlite:///mlflow.db)",
        "load_average_before": load,
        "load_average_after": os.getloadavg(),
        "trials": len(trials),
        "wall_s": wall,
        "training_s": train_s,
        "measurement_s": measure_s,
        "before_first_trial_s": startup,  # imports, data, measuring the reference networks once
        "trial_bookkeeping_s": between,  # sampling, storage, claims, checkpoints, MLflow, progress
        "after_last_trial_s": end,  # the final front rendered to MLflow, the summary
        "outside_training_and_measurement_share": (wall - train_s - measure_s) / wall,
        "trial_bookkeeping_share": between / wall,
        "summary_lines": output.strip().splitlines()[-6:],
    }


def plot(results: dict[str, Any], path: Path) -> None:
    """Per-trial bookkeeping and the time before a resumed study's second trial, by study size."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(10, 4), layout="constrained")
    per_trial, resume = figure.subplots(1, 2)
    for kind, summary in results["summary"].items():
        rows = summary["by_size"]
        sizes = [int(size) for size in rows if int(size) > 0]
        per_trial.plot(sizes, [rows[str(n)]["bookkeeping_per_trial_s"] for n in sizes], "o-", label=kind)
        resume.plot(
            sizes,
            [rows[str(n)]["startup_s"] + rows[str(n)]["first_trial_bookkeeping_s"] for n in sizes],
            "o-",
            label=kind,
        )
        fresh = rows["0"]["startup_s"] + rows["0"]["first_trial_bookkeeping_s"]
        resume.axhline(
            fresh, linestyle=":", color=per_trial.lines[-1].get_color(), label=f"{kind}, fresh study"
        )
    for axes in (per_trial, resume):
        axes.set_xscale("log")
        axes.set_xlabel("finished trials in the study")
        axes.set_ylim(bottom=0)
        axes.legend()
    per_trial.set_ylabel("seconds per trial outside training and measurement")
    per_trial.set_title("bookkeeping per trial (median of repeats)")
    resume.set_ylabel("seconds")
    resume.set_title("start to the first trial logged\n(less its training and measurement)")
    figure.savefig(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 100, 2000, 10000])
    parser.add_argument("--storages", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--trials", type=int, default=6, help="new completed trials per measurement")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-scale"))
    parser.add_argument(
        "--postgres",
        default=os.environ.get("NAS_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test"),
        help="a database on the server where the benchmark may create its own",
    )
    parser.add_argument("--default-search", action="store_true", help="also time the README's search")
    parser.add_argument("--no-scale", action="store_true", help="skip the resumed studies")
    args = parser.parse_args()
    sizes = sorted(set(args.sizes) | {0})
    conditions = {
        "cores": os.cpu_count(),
        "load_average_before": os.getloadavg(),
        "python": platform.python_version(),
        **{name: version(name) for name in ("torch", "onnxruntime", "optuna", "mlflow", "sqlalchemy")},
        "storages": args.storages,
        "sizes": sizes,
        "new_trials_per_run": args.trials,
        "repeats": args.repeats,
        "command": "nas search scale.toml --trials N+K (digits, 300 examples, 1 epoch; MLflow on: SQLite)",
    }
    print("conditions: " + json.dumps(conditions), flush=True)
    results_path = RESULTS / "scale.json"
    results = json.loads(results_path.read_text()) if results_path.is_file() else {}
    results["algorithms"] = algorithm_costs()
    print("algorithms: " + json.dumps(results["algorithms"]), flush=True)
    args.work.mkdir(parents=True, exist_ok=True)
    if not args.no_scale:
        build_fixtures(args.work, sizes, args.postgres)
        measure(args.work, sizes[0], args.storages[0], 2, args.postgres)  # warm-up, not kept: cold caches
        runs = []
        for repeat in range(args.repeats):  # interleaved: sizes and storages alternate
            for kind in args.storages:
                for size in sizes:
                    result = {
                        "size": size,
                        "repeat": repeat,
                        **measure(args.work, size, kind, args.trials, args.postgres),
                    }
                    runs.append(result)
                    print(
                        json.dumps({k: v for k, v in result.items() if k != "bookkeeping_cycles_s"}),
                        flush=True,
                    )
        conditions["load_average_after"] = os.getloadavg()
        results |= {"conditions": conditions, "summary": summarise(runs, sizes), "runs": runs}
        print(json.dumps(results["summary"], indent=2))
    if args.default_search:
        results["default_search"] = default_search(args.work)
        print(json.dumps(results["default_search"], indent=2))
    RESULTS.mkdir(exist_ok=True)
    results_path.write_text(json.dumps(results, indent=2) + "\n")
    if "summary" in results:
        plot(results, RESULTS / "scale.png")


if __name__ == "__main__":
    main()
