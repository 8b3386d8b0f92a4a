"""Equal joules: does the default sampler reach the accurate end with what it saves?

Fashion-MNIST (experiments/fashion.toml, the default proxy), MLflow on, as users run the CLI. Per
seed, random search runs its 20 trials first; what it spent (the study's own footprint: training
plus measuring, every trial) is that seed's budget, and every other arm gets ``nas search
--budget <that>J``: ``cost-first-tail`` (the default sampler with the last quarter of the budget
for the front's accurate end, ``accurate_share = 0.25``: random architectures costlier than the
most accurate one), the default as it is (``cost-first``), ``cost-first-half`` (the same
accurate end given half the budget: the accurate end is a best-of-N draw among costly networks,
so it needs more draws), TPE and NSGA-II. The first ``--first`` samplers run seed by seed, the
others after, one sampler at every seed before the next, so that the changes are judged on
every seed first. Arms of designs tried before (``TRIED``) are summarised, never run again: the code
they ran with is gone. Per arm and seed: trials run,
hypervolume (the study's own normalisation, and one shared by every arm and seed: random
search's at the first seed), the best validation accuracy and its test accuracy, joules spent.
Finally each arm's most accurate network (by validation) is finalized (``nas finalize --trials
N``) at ``--finalize-seeds``.

Every step resumes where it stopped: the searches and ``nas finalize`` resume themselves, and
each arm's storage is committed as SQL text (``nas.sql``, rewritten every few minutes and after
every step), so a fresh checkout goes on where the last sitting stopped. The JSON and the plot
are rewritten after every step. A work folder holds one machine's arms: modelled joules are
CPU time, so a faster machine buys more work with the same budget, and a sitting whose machine
trains the space's cheapest network more than 1.5x faster or slower than the folder's arms did
adds no search to it (``--finalize-only`` still finalizes).

    python experiments/bench_joule_budget.py [--seeds 0 1 2] [--first 2] [--samplers A B ...]
    python experiments/bench_joule_budget.py --summary   # the JSON and plot from what is done now
    python experiments/bench_joule_budget.py --finalize-only --work W --out O  # on another machine
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

import optuna
from bench_finalized_fronts import _merged, here, machine, run, snapshot, stop_steps, study_config

from nas.budget import BUDGET_ATTR
from nas.config import load_config
from nas.finalized import finalized_trials
from nas.footprint import study_footprint
from nas.front.hypervolume import Normalisation, front_hypervolume, has_normalisation, study_normalisation
from nas.front.pareto import feasible_trials, pareto_front
from nas.record import read_record
from nas.study import load_existing_study

RESULTS = Path(__file__).parent / "results"
NAS = [sys.executable, "-m", "nas"]
BUDGET_SETTER = "random"  # its 20 trials set each seed's budget
NO_TRIAL_LIMIT = 100_000  # the budget arms stop on joules alone
VARIANTS = {  # arms that are a sampler with other settings: the default with an accurate end
    "cost-first": 'sampler = "cost-first"\naccurate_share = 0.0',  # the old default, kept as it ran
    "cost-first-tail": 'sampler = "cost-first"\naccurate_share = 0.25',
    "cost-first-half": 'sampler = "cost-first"\naccurate_share = 0.5',
}
TRIED = {  # earlier accurate ends, whose trials bred from the most accurate networks and trained
    # the child predicted most accurate (until commit 2c13657): summarised, not run again
    "cost-first-accurate": ('sampler = "cost-first"\naccurate_every = 3', "every third trial, bred"),
    "cost-first-tail-bred": ('sampler = "cost-first"\naccurate_share = 0.25', "the last quarter, bred"),
}
OLD_DEFAULT = "cost-first"  # what the change is judged against
SPEED_TOLERANCE = 1.5  # a machine this much faster or slower than the folder's arms' adds no arm


def arm_config(args: argparse.Namespace, sampler: str, seed: int) -> Path:
    """The arm's configuration (bench_finalized_fronts' layout); budget arms without a trial limit."""
    path = study_config(args, sampler, seed)
    settings = f"n_trials = {NO_TRIAL_LIMIT}\n" if sampler != BUDGET_SETTER else ""
    settings += VARIANTS.get(sampler) or TRIED.get(sampler, ("", ""))[0]
    if settings:
        path.write_text(_merged(path.read_text(), f"[study]\n{settings}"))
    return path


def study_of(config: Path) -> optuna.Study | None:
    if not (config.parent / "nas.db").is_file():
        return None
    loaded = load_config(config)
    return load_existing_study(loaded.study.storage, loaded.study.name)


def spent_j(study: optuna.Study) -> float:
    config = load_config(None)
    return study_footprint(study.get_trials(deepcopy=False), config.footprint.factors()).energy_j


def cheapest_training_s(study: optuna.Study) -> float | None:
    """Seconds the space's cheapest network trained on two threads, where the study trained it
    (the cost-first sampler's first trial); None where it did not."""
    first = next((t for t in study.trials if t.number == 0), None)
    training = read_record(first).training if first is not None else None
    return training.train_seconds if training is not None and training.threads == 2 else None


def folder_speed(args: argparse.Namespace) -> float | None:
    """The folder's arms' machine: the median of their trainings of the space's cheapest network."""
    seconds = []
    for dump in sorted(args.work.glob("cost-first*/nas.sql")):  # every arm's, a fresh checkout's too
        sampler, seed = dump.parent.name.rsplit("-", 1)
        study = study_of(arm_config(args, sampler, int(seed)))
        if study is not None and (trained := cheapest_training_s(study)) is not None:
            seconds.append(trained)
    return statistics.median(seconds) if seconds else None


def probe_speed(args: argparse.Namespace) -> float:
    """This machine's: the space's cheapest network trained once with the arms' settings on two
    threads (MLflow off, in a folder thrown away)."""
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        settings = (
            f'[study]\nname = "probe"\nstorage = "sqlite:///{folder}/nas.db"\nsampler = "cost-first"\n'
            f'n_trials = 1\nartifacts_dir = "{folder}/artifacts"\n[train]\nthreads = 2\n[tracking]\nuri = ""'
        )
        config = folder / "config.toml"
        config.write_text(_merged(args.config.read_text(), settings))
        run([*NAS, "search", str(config)], folder)
        study = study_of(config)
        seconds = cheapest_training_s(study) if study is not None else None
    if seconds is None:
        raise SystemExit("the speed probe trained nothing: see its output above")
    return seconds


def same_machine(args: argparse.Namespace, refuse: bool = True) -> dict[str, float | None]:
    """Modelled joules are CPU time, so a faster machine buys more work with the same budget: an
    arm may join the folder's only on a machine as fast as the one its arms ran on (a VM that
    trained networks 2-3.5x faster once gave TPE's arms that much more work than the arms run
    before them). The figures, for the conditions."""
    here_s, folder_s = probe_speed(args), folder_speed(args)
    if refuse and folder_s is not None and not 1 / SPEED_TOLERANCE <= folder_s / here_s <= SPEED_TOLERANCE:
        raise SystemExit(
            f"this machine trains the space's cheapest network in {here_s:.1f} s, the folder's arms "
            f"took {folder_s:.1f} s: the same joules buy other work here; give a new --work and --out "
            "(or --finalize-only)"
        )
    return {"cheapest_network_training_s_here": here_s, "cheapest_network_training_s_in_folder": folder_s}


def budget_of(args: argparse.Namespace, seed: int) -> float:
    """What random search spent on its 20 trials at ``seed`` (searched first if need be)."""
    config = arm_config(args, BUDGET_SETTER, seed)
    study = study_of(config)
    if (
        study is None
        or sum(t.state.name == "COMPLETE" for t in study.trials) < load_config(config).study.n_trials
    ):
        run([*NAS, "search", str(config)], config.parent)
        study = study_of(config)
    assert study is not None
    return spent_j(study)


def most_accurate(study: optuna.Study) -> optuna.trial.FrozenTrial | None:
    trials = feasible_trials(study)
    return max(trials, key=lambda t: read_record(t).val_accuracy) if trials else None


def trainings_by_threads(study: optuna.Study) -> dict[str, int]:
    """How many of the study's trainings ran on how many threads ("threads = auto" takes the
    cores no other process uses as a trial starts)."""
    counts: dict[str, int] = {}
    for trial in study.trials:
        training = read_record(trial).training
        if training is not None:
            counts[str(training.threads)] = counts.get(str(training.threads), 0) + 1
    return dict(sorted(counts.items()))


def arm_row(study: optuna.Study, shared: Normalisation | None) -> dict[str, Any]:
    objectives = study.metric_names or []
    front = pareto_front(study)
    best = most_accurate(study)
    finals = finalized_trials(study)
    record = read_record(best) if best is not None else None
    final = finals.get(best.number) if best is not None else None
    return {
        "trials": len(study.trials),
        "completed": sum(t.state.name == "COMPLETE" for t in study.trials),
        "spent_j": spent_j(study),
        # a busy machine trains on fewer threads, which the CPU model bills differently: the
        # arms' conditions, so that a reader can see where they differed
        "trainings_by_threads": trainings_by_threads(study),
        "budget_j": study.user_attrs.get(BUDGET_ATTR),
        "hypervolume_own": front_hypervolume(front, objectives, study_normalisation(study))
        if has_normalisation(study)
        else None,
        "hypervolume_shared": None if shared is None else front_hypervolume(front, objectives, shared),
        "best_trial": None if best is None else best.number,
        "best_val_accuracy": None if record is None else record.val_accuracy,
        "its_test_accuracy": None if record is None else record.test_accuracy,
        "its_params": None if record is None else record.params,
        "finalized_val_accuracy": None if final is None else final.record.val_accuracy,
        "finalized_test_accuracy": None if final is None else final.record.test_accuracy,
        "front": [
            {"trial": t.number, **dict(zip(objectives, t.values, strict=True))}
            for t in sorted(front, key=lambda t: t.values[objectives.index("accuracy")])
        ],
    }


def summarise(args: argparse.Namespace, conditions: dict[str, Any]) -> dict[str, Any]:
    samplers = [BUDGET_SETTER, *args.samplers, *TRIED]
    first = study_of(args.work / f"{BUDGET_SETTER}-{args.seeds[0]}" / "config.toml")
    shared = study_normalisation(first) if first is not None and has_normalisation(first) else None
    arms: dict[str, dict[str, Any]] = {}
    for seed in args.seeds:
        for sampler in samplers:
            study = study_of(args.work / f"{sampler}-{seed}" / "config.toml")
            if study is not None:
                arms[f"{sampler}-{seed}"] = {"sampler": sampler, "seed": seed, **arm_row(study, shared)}
    result = {
        "question": "at random search's 20-trial joules, does the default lead in hypervolume and reach "
        "the accurate end?",
        "conditions": {**conditions, "load_average_now": os.getloadavg()},
        "shared_normalisation": None if shared is None else shared.describe(),
        "tried": {name: what for name, (_, what) in TRIED.items()},
        "selection": "by validation accuracy; test accuracy only reported",
        "arms": arms,
        "goals": goals(args, arms),
    }
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    plot(args, arms, args.out.with_suffix(".png"))
    return result


def rivals_of(args: argparse.Namespace) -> list[str]:
    """The arms the goals hold the default against: random search and the other samplers, not
    the default's own variants."""
    return [x for x in (BUDGET_SETTER, *args.samplers[1:]) if x != OLD_DEFAULT and x not in VARIANTS]


def goals(args: argparse.Namespace, arms: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The issue's goals, each over the seeds whose arms it needs are searched (its ``seeds``),
    with its figures and its distance; ``met`` is None while no seed has them all."""
    default = args.samplers[0]
    rivals = rivals_of(args)

    def seeds_with(*names: str) -> list[int]:
        return [s for s in args.seeds if all(f"{n}-{s}" in arms for n in (default, *names))]

    def figure(name: str, seed: int, key: str) -> Any:
        return arms[f"{name}-{seed}"][key]

    out: dict[str, Any] = {}
    seeds = seeds_with(*rivals)
    hv = {s: {x: figure(x, s, "hypervolume_shared") for x in (default, *rivals)} for s in seeds}
    out["hypervolume (shared): the default >= every other arm at every seed"] = {
        "met": all(v[default] >= max(v[x] for x in rivals) for v in hv.values()) if seeds else None,
        "seeds": seeds,
        "by_seed": hv,
    }
    accurate = [x for x in ("random", "tpe") if x in rivals]
    seeds = seeds_with(*accurate)
    gaps = {
        s: 100
        * (max(figure(x, s, "best_val_accuracy") for x in accurate) - figure(default, s, "best_val_accuracy"))
        for s in seeds
    }
    out[
        "best validation accuracy: the default within 0.3 points of random's and TPE's (median), 1 (each)"
    ] = {
        "met": statistics.median(gaps.values()) <= 0.3 and max(gaps.values()) <= 1.0 if seeds else None,
        "seeds": seeds,
        "points_behind_by_seed": {s: round(g, 2) for s, g in gaps.items()},
        "median_points_behind": round(statistics.median(gaps.values()), 2) if seeds else None,
    }
    if OLD_DEFAULT in args.samplers:
        out["the accurate end against the old default (same budget)"] = old_default(args, arms, default)
        for variant in (x for x in args.samplers[1:] if x in VARIANTS and x != OLD_DEFAULT):
            out[f"{variant} against the old default"] = old_default(args, arms, variant)
        for tried in TRIED:
            out[f"tried before: {tried} against the old default"] = old_default(args, arms, tried)
    finalized = {
        s: {x: figure(x, s, "finalized_test_accuracy") for x in (default, *rivals)}
        for s in seeds_with(*rivals)
        if all(figure(x, s, "finalized_test_accuracy") is not None for x in (default, *rivals))
    }
    behind = {s: 100 * (max(v.values()) - v[default]) for s, v in finalized.items()}
    out["finalized: the default's most accurate within 0.3 test points of the best arm's"] = {
        "met": all(b <= 0.3 for b in behind.values()) if behind else None,
        "seeds": list(finalized),
        "points_behind_by_seed": {s: round(b, 2) for s, b in behind.items()},
        "test_accuracy_by_seed": finalized,
    }
    return out


def old_default(args: argparse.Namespace, arms: dict[str, dict[str, Any]], default: str) -> dict[str, Any]:
    """The change judged on the median over seeds: its best validation accuracy against the old
    default's, and its hypervolume lead over random search (it may shrink by 10 % at most)."""
    needed = (default, OLD_DEFAULT, BUDGET_SETTER)
    seeds = [s for s in args.seeds if all(f"{name}-{s}" in arms for name in needed)]
    gain, lead_kept = {}, {}
    for s in seeds:
        new, old, rand = (arms[f"{x}-{s}"] for x in (default, OLD_DEFAULT, BUDGET_SETTER))
        gain[s] = round(100 * (new["best_val_accuracy"] - old["best_val_accuracy"]), 2)
        old_lead = old["hypervolume_shared"] - rand["hypervolume_shared"]
        new_lead = new["hypervolume_shared"] - rand["hypervolume_shared"]
        lead_kept[s] = round(new_lead / old_lead, 3) if old_lead > 0 else None
    kept = [v for v in lead_kept.values() if v is not None]
    return {
        "seeds": seeds,
        "best_val_accuracy_gain_points_by_seed": gain,
        "median_gain_points": statistics.median(gain.values()) if gain else None,
        "hypervolume_lead_over_random_kept_by_seed": lead_kept,
        "median_lead_kept": statistics.median(kept) if kept else None,
        "kept_if": "median gain > 0 and median lead kept >= 0.9",
        "keep": (statistics.median(gain.values()) > 0 and statistics.median(kept) >= 0.9)
        if gain and kept and len(seeds) >= 3
        else None,
    }


def plot(args: argparse.Namespace, arms: dict[str, dict[str, Any]], path: Path) -> None:
    """Each arm's proxy front, accuracy against energy per inference, one panel per seed."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    seeds = [s for s in args.seeds if any(a["seed"] == s for a in arms.values())]
    if not seeds:
        return
    figure, axes = plt.subplots(1, len(seeds), figsize=(5.5 * len(seeds), 4.5), squeeze=False)
    colours = {
        "cost-first": "tab:green",
        "cost-first-accurate": "tab:olive",
        "cost-first-tail": "tab:red",
        "cost-first-tail-bred": "tab:pink",
        "cost-first-half": "tab:purple",
        "random": "tab:grey",
        "tpe": "tab:blue",
        "nsga2": "tab:orange",
    }
    for panel, seed in zip(axes[0], seeds, strict=True):
        for arm in (a for a in arms.values() if a["seed"] == seed):
            front = sorted(arm["front"], key=lambda r: r["energy"])
            hv = arm["hypervolume_shared"]
            panel.step(
                [r["energy"] * 1e6 for r in front],
                [r["accuracy"] for r in front],
                where="post",
                marker="o",
                color=colours.get(arm["sampler"]),
                label=f"{arm['sampler']}: {arm['trials']} trials, {arm['spent_j'] / 1e3:.1f} kJ"
                + (f", hv {hv:.3f}" if hv is not None else ""),
            )
        panel.set_xscale("log")
        panel.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())  # no overlapping labels
        panel.set_xlabel("energy per inference (µJ, model:cpu-ccf)")
        panel.set_ylabel("proxy validation accuracy")
        panel.set_title(f"seed {seed}")
        panel.legend(fontsize=7, loc="lower right")
    figure.suptitle("Fashion-MNIST, equal joules (random search's 20 trials)")
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def finalize_best(args: argparse.Namespace, conditions: dict[str, Any]) -> None:
    """Each arm's most accurate network (by validation), finalized, at ``--finalize-seeds``: the
    arms the goal compares (the default, random search, TPE, NSGA-II) at every seed first, as a
    finalization takes ten minutes or more here; the other variants of the default after."""
    compared = [args.samplers[0], *rivals_of(args)]
    others = [sampler for sampler in args.samplers if sampler not in compared]
    for seed, sampler in [(s, x) for group in (compared, others) for s in args.finalize_seeds for x in group]:
        config = arm_config(args, sampler, seed)
        study = study_of(config)
        best = most_accurate(study) if study is not None else None
        if best is None:
            continue
        command = ["finalize", "--config", str(config), "--trials", str(best.number), *here(config)]
        run([*NAS, *command], config.parent)
        summarise(args, conditions)


def main() -> None:
    args = arguments()
    args.work = args.work.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    conditions = {
        **machine(),
        "config": str(args.config.relative_to(Path.cwd()) if args.config.is_absolute() else args.config),
        "mlflow": not args.no_mlflow,
        "budget": f"what {BUDGET_SETTER} search spends on its 20 trials, per seed",
    }
    if args.summary:
        for seed in args.seeds:
            for sampler in [BUDGET_SETTER, *args.samplers, *TRIED]:
                if (args.work / f"{sampler}-{seed}" / "nas.sql").is_file():
                    arm_config(args, sampler, seed)  # restored from its dump on a fresh checkout
        print(json.dumps(summarise(args, conditions)["goals"], indent=2))
        return
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    conditions["speed"] = same_machine(args, refuse=not args.finalize_only)
    print("conditions: " + json.dumps(conditions), flush=True)
    try:
        if args.finalize_only:  # a finalization's accuracy does not depend on the machine's speed
            finalize_best(args, conditions)
            return
        budgets: dict[int, float] = {}

        def arm(sampler: str, seed: int) -> None:
            config = arm_config(args, sampler, seed)
            run([*NAS, "search", str(config), "--budget", f"{budgets[seed]:.1f}J"], config.parent)
            summarise(args, conditions)

        for seed in args.seeds:  # the samplers compared most, seed by seed; then the others
            budgets[seed] = budget_of(args, seed)
            summarise(args, conditions)
            for sampler in args.samplers[: args.first]:
                arm(sampler, seed)
        for sampler in args.samplers[args.first :]:
            for seed in args.seeds:
                arm(sampler, seed)
        finalize_best(args, conditions)
    except BaseException:
        stop_steps()
        raise
    finally:
        for folder in args.work.glob("*/"):
            snapshot(folder)
    print(json.dumps(summarise(args, conditions)["goals"], indent=2))


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", type=Path, default=Path(__file__).parent / "fashion.toml")
    parser.add_argument(
        "--samplers",
        nargs="+",
        default=["cost-first-tail", OLD_DEFAULT, "cost-first-half", "tpe", "nsga2"],
        help="the default first",
    )
    parser.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2])
    parser.add_argument(
        "--first", type=int, default=2, help="how many of --samplers run at every seed before the others"
    )
    parser.add_argument("--finalize-seeds", nargs="*", type=int, default=[0, 1])
    parser.add_argument("--work", type=Path, default=RESULTS / "joule_budget")
    parser.add_argument("--out", type=Path, default=RESULTS / "joule_budget.json")
    parser.add_argument("--no-mlflow", action="store_true", help="tracking off (a machine without MLflow)")
    parser.add_argument("--summary", action="store_true", help="the JSON and plot from what is done, now")
    parser.add_argument(
        "--finalize-only", action="store_true", help="no searches: finalize the arms' most accurate networks"
    )
    return parser.parse_args()


if __name__ == "__main__":
    main()
