"""Does the search's win survive finalization? (parts 2-4 of the fidelity benchmark)

For each sampler (the default cost-first, TPE, random search) and seed, as users run the service
(the CLI, MLflow on): ``nas search`` of experiments/fashion.toml (the default proxy), then
``nas finalize`` of its front; once, ``nas finalize --references`` (the adapted MobileNets, same
recipe). Every step resumes where it stopped (the search and finalize resume themselves), so
the benchmark can be run again after a kill or in several sittings. Then:

2. the hypervolume of every finalized front under one shared normalisation, per arm and seed.
   Its bounds are measured with the figures they normalise (in the same rounds, below): the
   space's cheapest network and the costliest MobileNet, by the rule a study uses. Each arm's
   search measures its own bounds as it starts, as a user's search does on its machine (this
   machine's speed varied 2-3x between sittings; bounds fixed in one sitting misjudged the next);
3. each front member against the finalized MobileNets: accuracy and energy per inference, all
   models re-measured interleaved (round-robin, median of rounds) so drift hits all alike;
4. the most accurate finalized front member and the best one under 100 k parameters beside the
   published Fashion-MNIST table (zalandoresearch/fashion-mnist README).

Writes experiments/results/finalized_fronts.json, rewritten after every step with how many
networks are finalized so far, and its interleaved figures once all are. The work folder
(experiments/results/fronts/, one folder per arm) is committed in part, so that a fresh checkout
resumes where the last sitting stopped: each study as a text dump of its SQLite storage
(``nas.sql``, written after every step and every few minutes of one), the finalized weights, and
the training state of a network being finalized. MLflow's store, the proxy-trained weights and
the logs stay out (``nas finalize`` logs to MLflow what its store lacks).

    python experiments/bench_finalized_fronts.py [--seeds 0 1] [--samplers cost-first tpe random]
        [--config experiments/fashion.toml] [--epochs N]
    python experiments/bench_finalized_fronts.py --snapshot   # dump the storages and progress now (to commit)

On a lent GPU, as experiments/bench_gpu.py runs (its wheels and data, carried; no MLflow there),
every arm at once, training only:
    PYTHONPATH=/tmp/site:$PWD NAS_FASHION_MNIST_DIR=$PWD/.fashion python3
      experiments/bench_finalized_fronts.py --device cuda --jobs 7 --no-mlflow --no-summary &&
      tar -cf $OUT/fronts.tar --exclude='*.db' --exclude=mlruns experiments/results/fronts
then here: unpack it over experiments/results/fronts, remove the arms' nas.db (each is rebuilt
from the nas.sql that came back), and run the benchmark again: it finds everything finalized
and writes the summary, every network re-measured on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any

import onnxruntime
import optuna
import torch

from estimators import Measurement, MeasureSettings, measure_onnx, median_round, round_robin, select_meter
from nas.config import Config, load_config
from nas.data import load_dataset
from nas.export.checkpoint import Checkpoint, load_checkpoint
from nas.export.onnx import Graph
from nas.finalized import Finalized, finalized_references, finalized_trials
from nas.front.final import front_of
from nas.front.hypervolume import Normalisation, front_hypervolume, make_normalisation
from nas.front.pareto import pareto_front
from nas.objectives import static_costs
from nas.reference_costs import ReferenceCost
from nas.study import artifacts_dir, load_existing_study
from search_spaces import REFERENCES, Arch, build_model, parse_arch, references_for, smallest_arch

RESULTS = Path(__file__).parent / "results"
NAS = [sys.executable, "-m", "nas"]  # the CLI, wherever this Python has the project (a PYTHONPATH too)
PUBLISHED = {  # Fashion-MNIST test accuracy, zalandoresearch/fashion-mnist README's benchmark table
    "2 conv + pooling, < 100 k parameters": 0.925,
    "MobileNet": 0.950,
    "DenseNet-BC, 768 k parameters": 0.954,
}
SMALL = 100_000
SNAPSHOT_EVERY_S = 300
BOUNDS = "bounds/"  # untrained networks measured beside the others for the hypervolume's bounds
SMALLEST = BOUNDS + "smallest"  # the space's cheapest network: the floor; the MobileNets: the ceiling
PARTIAL = "finalized_fronts_partial.json"
STEPS: set[subprocess.Popen[bytes]] = set()  # the CLI steps running now, one per arm at most
STOPPING = threading.Event()
LOCK = threading.RLock()  # the set above, the dumps and the progress file, across arms


def study_config(args: argparse.Namespace, sampler: str, seed: int) -> Path:
    """The benchmark's configuration of one arm: the user's file, renamed, reseeded, its own
    storage and MLflow store."""
    folder = args.work / f"{sampler}-{seed}"
    folder.mkdir(parents=True, exist_ok=True)
    restore(folder)
    text = args.config.read_text()
    path = folder / "config.toml"
    lines = [
        f'[study]\nname = "{sampler}-{seed}"\nstorage = "sqlite:///{folder}/nas.db"\nsampler = "{sampler}"',
        f'seed = {seed}\nartifacts_dir = "{folder}/artifacts"',
        f'[tracking]\nuri = "{"" if args.no_mlflow else f"sqlite:///{folder}/mlflow.db"}"',
        'experiment = "fidelity"',
    ]
    path.write_text(_merged(text, "\n".join(lines)))
    return Path(path)


def _merged(base: str, overrides: str) -> str:
    """TOML text whose tables take ``overrides``' keys over ``base``'s (flat tables only)."""
    import tomllib

    merged: dict[str, dict[str, Any]] = tomllib.loads(base)
    for section, values in tomllib.loads(overrides).items():
        merged.setdefault(section, {}).update(values)
    from nas.config import config_toml

    return config_toml(merged)


def here(config: Path) -> list[str]:
    """The arm's MLflow store and weights' folder where this checkout has them (the study stores
    those of the checkout that ran its search)."""
    loaded = load_config(config)
    return ["--tracking-uri", loaded.tracking.uri, "--artifacts-dir", loaded.study.artifacts_dir]


def run(command: list[str], folder: Path) -> None:
    """One CLI step in the arm's folder, its output to the arm's log; the storage dumped every few
    minutes meanwhile and at the end. ``stop_steps`` ends it (the step saves its last epoch)."""
    if STOPPING.is_set():
        raise SystemExit("stopped")
    started = time.time()
    with (folder / "run.log").open("a") as out:
        process = subprocess.Popen(command, cwd=folder, stdout=out, stderr=subprocess.STDOUT)
        with LOCK:
            STEPS.add(process)
        try:
            code = wait_dumping(process, folder)
        finally:
            with LOCK:
                STEPS.discard(process)
    print(
        f"  {folder.name}: {' '.join(command[3:5])} ... exit {code} in {time.time() - started:.0f} s",
        flush=True,
    )
    if code != 0:
        raise SystemExit(f"{' '.join(command)} failed: see {folder / 'run.log'}")


def wait_dumping(process: subprocess.Popen[bytes], folder: Path) -> int:
    """``process``'s exit code, the folder's storage dumped every few minutes meanwhile and at the
    end; stopped meanwhile (an exception here), the process is told to stop too (SIGTERM)."""
    try:
        while True:
            try:
                return process.wait(timeout=SNAPSHOT_EVERY_S)
            except subprocess.TimeoutExpired:
                snapshot(folder)
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait()
        snapshot(folder)


def stop_steps() -> None:
    """No step starts any more; the running ones are told to stop (SIGTERM: each saves its epoch)."""
    STOPPING.set()
    with LOCK:
        for process in STEPS:
            process.terminate()


def snapshot(folder: Path) -> None:
    """The arm's storage as SQL text (``nas.sql``, committed): through SQLite's backup, so a
    write that lands meanwhile never leaves half of itself in the dump."""
    database = folder / "nas.db"
    if not database.is_file():
        return
    with (
        closing(sqlite3.connect(database, timeout=60)) as source,
        closing(sqlite3.connect(":memory:")) as copy,
    ):
        source.backup(copy)
        text = "\n".join(copy.iterdump()) + "\n"
    partial = folder / "nas.sql.tmp"
    partial.write_text(text)
    partial.replace(folder / "nas.sql")


def restore(folder: Path) -> None:
    """A fresh checkout's storage, from the committed dump (never over a storage that exists)."""
    database, dump = folder / "nas.db", folder / "nas.sql"
    if dump.is_file() and not database.exists():
        with closing(sqlite3.connect(database)) as connection:
            connection.executescript(dump.read_text())


def interleaved(graphs: dict[str, Graph], rounds: int, config: Config) -> dict[str, Measurement]:
    """Each model measured round-robin with the study's settings and meter, so that drift hits
    all alike; each keeps its median round, as ``nas finalize`` does."""
    settings = MeasureSettings(**config.measure.settings_fields())
    meter, _ = select_meter(config.measure.meter, vcpus=config.measure.threads)
    models = {name: (graph.onnx(), graph.input_shape) for name, graph in graphs.items()}
    taken = round_robin(models, rounds, lambda model: measure_onnx(*model, settings, meter))
    return {name: median_round(measured) for name, measured in taken.items()}


def initialised(like: Checkpoint, arch: Arch) -> Graph:
    """``arch`` as initialised (its cost is its architecture's), exported as ``like`` is."""
    torch.manual_seed(0)
    model = build_model(arch, like.input_shape[0], like.num_classes).eval()
    return Graph.of(replace(like, model=model, arch=arch))


def shared_normalisation(
    like: Checkpoint,
    archs: dict[str, str],
    measured: dict[str, Measurement],
    objectives: list[str],
    config: Config,
) -> Normalisation:
    """The hypervolume's bounds by a study's rule (the space's cheapest network to the costliest
    reference), from figures measured in the same rounds as every network they normalise."""

    def cost(key: str) -> ReferenceCost:
        arch, figures = parse_arch(archs[key]), measured[key]
        static = static_costs(arch, like.input_shape, like.num_classes)
        return ReferenceCost(
            key,
            archs[key],
            int(static["params"]),
            int(static["macs"]),
            figures.energy_j or 0.0,
            figures.energy_source,
            figures.latency_ms_median,
            static,
        )

    references = [cost(key) for key in archs if key.startswith(BOUNDS) and key != SMALLEST]
    return make_normalisation(config.hypervolume, objectives, like.num_classes, references, cost(SMALLEST))


def main() -> None:
    args = arguments()
    args.work = args.work.resolve()
    if args.snapshot:
        for folder in sorted(p.parent for p in args.work.glob("*/nas.db")):
            snapshot(folder)
            print(f"dumped {folder / 'nas.sql'}")
        write_progress(args, sitting(args))  # what those storages hold, to commit with them
        return
    if args.partial:
        first = study_config(args, args.samplers[0], args.seeds[0])  # restored, on a fresh checkout
        for seed in args.seeds:
            for sampler in args.samplers:
                if (args.work / f"{sampler}-{seed}" / "nas.sql").is_file():
                    study_config(args, sampler, seed)
        finished = finished_arms(args)
        if not finished:
            raise SystemExit("no arm has its whole front finalized yet")
        summarise(args, {**sitting(args), "partial": True}, first, finished, args.out.with_name(PARTIAL))
        return
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that run() stops its step too
    conditions = sitting(args)
    print("conditions: " + json.dumps(conditions), flush=True)
    device = ["--device", args.device] if args.device else []
    epochs = ["--epochs", str(args.epochs)] if args.epochs else []
    arms = [(sampler, seed) for seed in args.seeds for sampler in args.samplers]
    first = study_config(args, *arms[0])  # it holds the MobileNets

    def arm(sampler: str, seed: int) -> None:
        config = study_config(args, sampler, seed)
        run([*NAS, "search", str(config), *device], config.parent)
        run([*NAS, "finalize", "--config", str(config), *here(config), *epochs, *device], config.parent)
        write_progress(args, conditions)

    def references() -> None:
        run(
            [*NAS, "finalize", "--config", str(first), "--references", *here(first), *epochs, *device],
            first.parent,
        )
        write_progress(args, conditions)

    pool = ThreadPoolExecutor(args.jobs)  # in this order when one at a time: the MobileNets after
    try:  # the first seed's arms, so that the front against them is known a seed earlier
        first_seed = len(args.samplers)
        steps = [*(pool.submit(arm, *a) for a in arms[:first_seed]), pool.submit(references)]
        for done in [*steps, *(pool.submit(arm, *a) for a in arms[first_seed:])]:
            done.result()
    except BaseException:  # a failed step or a stop: the others stop too, nothing new starts
        stop_steps()
        pool.shutdown(cancel_futures=True)
        raise
    pool.shutdown()
    if not args.no_summary:
        summarise(args, conditions, first, [f"{sampler}-{seed}" for sampler, seed in arms], args.out)
        args.out.with_name(PARTIAL).unlink(missing_ok=True)  # superseded
        args.out.with_name(PARTIAL).with_suffix(".png").unlink(missing_ok=True)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", type=Path, default=Path(__file__).parent / "fashion.toml")
    parser.add_argument("--samplers", nargs="+", default=["cost-first", "tpe", "random"])
    parser.add_argument("--seeds", nargs="+", type=int, default=[0, 1])
    parser.add_argument("--epochs", type=int, help="finalize epochs [default: the configuration's]")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved measurement rounds")
    parser.add_argument("--work", type=Path, default=RESULTS / "fronts")
    parser.add_argument(
        "--snapshot", action="store_true", help="dump every arm's storage and the progress now, then stop"
    )
    parser.add_argument("--out", type=Path, default=RESULTS / "finalized_fronts.json")
    parser.add_argument("--no-mlflow", action="store_true", help="tracking off (a machine without MLflow)")
    parser.add_argument(
        "--partial",
        action="store_true",
        help=f"the summary of the arms finalized so far, now, to {PARTIAL} (the benchmark running or not)",
    )
    parser.add_argument(
        "--no-summary",
        action="store_true",
        help="train only (the summary re-measures: run it where it counts)",
    )
    parser.add_argument("--device", help="where to train (nas's --device) [default: train.device]")
    parser.add_argument(
        "--jobs", type=int, default=1, help="arms at once (a GPU trains several; on 2 cores, 1)"
    )
    return parser.parse_args()


def machine() -> dict[str, Any]:
    """What every benchmark sitting states first: the cores, the load as it starts, the versions."""
    return {
        "cores": os.cpu_count(),
        "load_average_start": os.getloadavg(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "onnxruntime": onnxruntime.__version__,
        "optuna": optuna.__version__,
    }


def sitting(args: argparse.Namespace) -> dict[str, Any]:
    """This sitting's conditions."""
    return {
        **machine(),
        "config": str(args.config),
        "samplers": args.samplers,
        "seeds": args.seeds,
        "command": "nas search, then nas finalize, per arm and seed",
        "mlflow": not args.no_mlflow,
        "device": args.device or "train.device",
        "jobs": args.jobs,
    }


def searched_arm(args: argparse.Namespace, sampler: str, seed: int) -> tuple[optuna.Study, list[Any]] | None:
    """The arm's study and its search front, once its search has begun; else None."""
    config = args.work / f"{sampler}-{seed}" / "config.toml"
    if not (config.is_file() and (config.parent / "nas.db").is_file()):
        return None
    study = _study(config)
    return study, pareto_front(study)


def finished_arms(args: argparse.Namespace) -> list[str]:
    """The arms whose whole front is finalized."""
    done = []
    for seed in args.seeds:
        for sampler in args.samplers:
            if (arm := searched_arm(args, sampler, seed)) is not None:
                study, front = arm
                finals = finalized_trials(study)
                if front and all(t.number in finals for t in front):
                    done.append(f"{sampler}-{seed}")
    return done


def final_weights(study: optuna.Study, folder: Path, key: str) -> Path:
    """Where the arm's folder holds a finalized network's weights (the record's own path is the
    one of the checkout that trained it)."""
    return artifacts_dir(load_config(folder / "config.toml"), study) / "final" / f"{key}.pt"


def write_progress(args: argparse.Namespace, conditions: dict[str, Any]) -> None:
    """The results so far: per arm, its search and how many of its front are finalized, with
    their final test accuracies (the interleaved figures come once every network is done)."""
    arms: dict[str, dict[str, Any]] = {}
    done = total = 0
    references: dict[str, Any] = {}
    for seed in args.seeds:
        for sampler in args.samplers:
            if (arm := searched_arm(args, sampler, seed)) is None:
                continue
            study, front = arm
            finals = finalized_trials(study)
            arms[f"{sampler} seed {seed}"] = {
                "trials": sum(t.state == optuna.trial.TrialState.COMPLETE for t in study.trials),
                "front": len(front),
                "finalized": sum(t.number in finals for t in front),
                "members": {
                    f"trial {t.number}": {
                        "proxy_val_accuracy": _record(t).val_accuracy,
                        "final_test_accuracy": finals[t.number].record.test_accuracy
                        if t.number in finals
                        else None,
                    }
                    for t in front
                },
            }
            done += arms[f"{sampler} seed {seed}"]["finalized"]
            total += len(front)
            if not references:
                loaded = load_config(args.work / f"{sampler}-{seed}" / "config.toml")
                expected = references_for(load_dataset(loaded.data).input_shape)
                finished = finalized_references(study)
                references = {
                    name: finished[name].record.test_accuracy if name in finished else None
                    for name in expected
                }
                done += len(finished)
                total += len(expected)
    progress = {
        "complete": False,
        "arms_searched": f"{len(arms)} of {len(args.seeds) * len(args.samplers)}",
        "finalized": done,
        "of": total,
        "conditions": {**conditions, "load_average_now": os.getloadavg()},
        "arms": arms,
        "references_final_test_accuracy": references,
    }
    with LOCK:
        args.out.write_text(json.dumps(progress, indent=2))
    print(f"  {done} of {total} networks finalized so far; wrote {args.out}", flush=True)


def _study(config: Path) -> optuna.Study:
    loaded = load_config(config)
    return load_existing_study(loaded.study.storage, loaded.study.name)


def summarise(
    args: argparse.Namespace, conditions: dict[str, Any], first: Path, arms_done: list[str], out: Path
) -> None:
    """Every finalized network of ``arms_done`` and the MobileNets measured again together; each
    arm's final front and hypervolume from those figures; the goals; JSON and a plot at ``out``."""
    reference_study = _study(first)
    studies: dict[str, optuna.Study] = {}
    finals: dict[str, Finalized] = {}
    checkpoints: dict[str, Path] = {}
    for arm in arms_done:
        studies[arm] = _study(args.work / arm / "config.toml")
        for number, finalized in finalized_trials(studies[arm]).items():
            finals[f"{arm}/trial-{number}"] = finalized
            checkpoints[f"{arm}/trial-{number}"] = final_weights(studies[arm], args.work / arm, finalized.key)
    for name, finalized in finalized_references(reference_study).items():
        finals[f"ref/{name}"] = finalized
        checkpoints[f"ref/{name}"] = final_weights(reference_study, first.parent, finalized.key)
    config = load_config(first)
    loaded = {key: load_checkpoint(path) for key, path in checkpoints.items()}
    like = next(iter(loaded.values()))
    bounds = {  # measured whatever is finalized yet, so a partial summary has the same bounds
        SMALLEST: smallest_arch(config.for_input(like.input_shape).space),
        **{BOUNDS + name: REFERENCES[name] for name in references_for(like.input_shape)},
    }
    graphs = {key: Graph.of(checkpoint) for key, checkpoint in loaded.items()}
    graphs.update({key: initialised(like, arch) for key, arch in bounds.items()})
    measured = interleaved(graphs, args.rounds, config)
    archs = {
        **{key: str(arch) for key, arch in bounds.items()},
        **{key: str(c.arch) for key, c in loaded.items()},
    }
    normalisation = shared_normalisation(like, archs, measured, reference_study.metric_names or [], config)
    again = {
        key: replace(finals[key], record=finals[key].record.with_(measurement=measured[key]))
        for key in finals
    }
    members = {key: member_row(finalized) for key, finalized in again.items()}
    arms: dict[str, dict[str, Any]] = {}
    for arm, study in studies.items():
        sampler, seed = arm.rsplit("-", 1)
        front = front_of((f for k, f in again.items() if k.startswith(arm + "/")), study)
        for trial in front:
            members[f"{arm}/trial-{trial.number}"]["on_final_front"] = True
        chosen = front[0] if front else None  # the most accurate in validation (front_of's order)
        arms[f"{sampler} seed {seed}"] = {
            "sampler": sampler,
            "seed": int(seed),
            "final_hypervolume": front_hypervolume(front, study.metric_names or [], normalisation),
            "final_front": [f"{arm}/trial-{t.number}" for t in front],
            "most_accurate": None if chosen is None else f"{arm}/trial-{chosen.number}",
            "its_test_accuracy": None if chosen is None else _record(chosen).test_accuracy,
        }
    goals = check_goals(args, arms, members)
    every = len(args.seeds) * len(args.samplers)
    result = {
        "complete": len(arms_done) == every and any(k.startswith("ref/") for k in members),
        "arms": f"{len(arms_done)} of {every}, each with its whole front finalized",
        "finalized": len(members),
        "conditions": {**conditions, "load_average_end": os.getloadavg(), "rounds": args.rounds},
        "selection": "by final validation accuracy; test accuracy only reported",
        "goals": goals,
        "normalisation": normalisation.describe(),
        "per_arm": arms,
        "members": members,
        "published": PUBLISHED,
    }
    out.write_text(json.dumps(result, indent=2))
    plot(args, arms, members, out.with_suffix(".png"))
    print(json.dumps({k: v for k, v in result.items() if k not in ("members", "conditions")}, indent=2))
    print(f"wrote {out} and {out.with_suffix('.png')}")


def member_row(finalized: Finalized) -> dict[str, Any]:
    record = finalized.record
    assert record.measurement is not None
    return {
        "val_accuracy": record.val_accuracy,
        "test_accuracy": record.test_accuracy,
        "proxy_val_accuracy": None if finalized.proxy is None else finalized.proxy.val_accuracy,
        "params": record.params,
        "macs": record.macs,
        "energy_j": record.measurement.energy_j,
        "latency_ms": record.measurement.latency_ms_median,
        "energy_source": record.measurement.energy_source,
        "arch": record.arch,
        "on_final_front": False,
    }


def check_goals(
    args: argparse.Namespace, arms: dict[str, dict[str, Any]], members: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """The issue's goals, each with its figures and its distance when missed. Every choice of a
    network is by validation accuracy; its test accuracy is what the goal reads."""
    default, goals = args.samplers[0], {}
    for seed in [x for x in args.seeds if all(f"{s} seed {x}" in arms for s in args.samplers)]:
        mine = arms[f"{default} seed {seed}"]
        others = {s: arms[f"{s} seed {seed}"] for s in args.samplers[1:]}
        goals[f"seed {seed}: {default}'s final hypervolume >= every other arm's"] = {
            "met": all(mine["final_hypervolume"] >= a["final_hypervolume"] for a in others.values()),
            default: mine["final_hypervolume"],
            **{s: a["final_hypervolume"] for s, a in others.items()},
        }
        best_other = max((a["its_test_accuracy"] or 0.0 for a in others.values()), default=0.0)
        gap = best_other - (mine["its_test_accuracy"] or 0.0)
        goals[f"seed {seed}: {default}'s most accurate within 0.5 points of any arm's"] = {
            "met": gap <= 0.005,
            "points_behind": round(100 * gap, 2),
        }
    fronts = {k: m for k, m in members.items() if not k.startswith("ref/") and m["on_final_front"]}
    refs = {k: m for k, m in members.items() if k.startswith("ref/")}
    v2 = next((m for k, m in refs.items() if "mobilenet_v2_0.35" in k), None)
    small = {k: m for k, m in fronts.items() if (m["params"] or 0) < SMALL}
    if v2 is not None and small:
        cheap = {k: m for k, m in small.items() if m["energy_j"] <= 0.2 * v2["energy_j"]}
        key = max(cheap or small, key=lambda k: small[k]["val_accuracy"] or 0.0)
        goals["< 100 k params: test >= 0.925 at <= 0.2x MobileNetV2-0.35's energy"] = {
            "met": bool(cheap) and (small[key]["test_accuracy"] or 0.0) >= 0.925,
            "member": key,  # the most accurate (validation) small member within 0.2x, else overall
            "test_accuracy": small[key]["test_accuracy"],
            "energy_ratio": small[key]["energy_j"] / v2["energy_j"],
        }
    if refs and fronts:
        best_ref = max(refs.values(), key=lambda m: m["val_accuracy"] or 0.0)
        key = max(fronts, key=lambda k: fronts[k]["val_accuracy"] or 0.0)
        ratio = fronts[key]["energy_j"] / best_ref["energy_j"]
        goals["most accurate: test >= 0.94 at <= 0.5x the best MobileNet's energy"] = {
            "met": (fronts[key]["test_accuracy"] or 0.0) >= 0.94 and ratio <= 0.5,
            "member": key,
            "test_accuracy": fronts[key]["test_accuracy"],
            "energy_ratio": ratio,
        }
    return goals


def plot(
    args: argparse.Namespace, arms: dict[str, dict[str, Any]], members: dict[str, dict[str, Any]], path: Path
) -> None:
    """Test accuracy against energy per inference: each arm's final front, the MobileNets, and
    the published 2-conv row."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 5.5))
    colours = dict(zip(args.samplers, ("tab:green", "tab:blue", "tab:grey"), strict=False))
    markers = dict(zip(args.seeds, "os^D", strict=False))
    for name, arm in arms.items():
        rows = sorted((members[k] for k in arm["final_front"]), key=lambda m: m["energy_j"])
        axes.plot(
            [m["energy_j"] * 1e6 for m in rows],
            [m["test_accuracy"] for m in rows],
            marker=markers.get(arm["seed"], "o"),
            color=colours.get(arm["sampler"]),
            label=f"{name} (hypervolume {arm['final_hypervolume']:.3f})",
        )
    for key, member in members.items():
        if key.startswith("ref/"):
            axes.scatter(
                member["energy_j"] * 1e6, member["test_accuracy"], marker="*", s=160, color="tab:red"
            )
            axes.annotate(
                key.removeprefix("ref/"), (member["energy_j"] * 1e6, member["test_accuracy"]), fontsize=8
            )
    axes.axhline(PUBLISHED["2 conv + pooling, < 100 k parameters"], ls=":", color="black", lw=1)
    axes.text(
        0.01, 0.926, "published: 2 conv, < 100 k parameters", fontsize=8, transform=axes.get_yaxis_transform()
    )
    axes.set_xscale("log")
    axes.set_xlabel("energy per inference (µJ, interleaved, model:cpu-ccf)")
    axes.set_ylabel("finalized test accuracy")
    axes.set_title(f"Finalized fronts (full-fidelity training), {load_config(args.config).data.dataset}")
    axes.legend(fontsize=8, loc="best")
    figure.tight_layout()
    figure.savefig(path, dpi=120)


def _record(trial: optuna.trial.FrozenTrial) -> Any:
    from nas.record import read_record

    return read_record(trial)


if __name__ == "__main__":
    main()
