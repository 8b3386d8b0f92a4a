"""Does a change leave the search's behaviour as it was? A seeded digits search whose objectives
are all exact (accuracy with one training thread, MACs and parameters counted), run as users run
it (the CLI, MLflow on), gives the same front before and after a change that must not alter it.

    python experiments/check_same_front.py                         # writes results/same_front.json
    python experiments/check_same_front.py --against results/same_front.json   # exit 1 if it differs

The JSON holds the commit it ran at and every completed trial (number, architecture, values), so
a difference names the first trial that went another way.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import optuna

from nas.record import read_record

RESULTS = Path(__file__).parent / "results"
CONFIG = """
[study]
name = "same-front"
storage = "sqlite:///nas.db"
seed = 0
n_trials = {trials}
objectives = ["accuracy", "macs", "params"]

[data]
dataset = "digits"

[train]
threads = 1

[tracking]
uri = "sqlite:///mlflow.db"
"""


def search(trials: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "config.toml").write_text(CONFIG.format(trials=trials))
        subprocess.run([sys.executable, "-m", "nas", "search", "config.toml"], cwd=work, check=True)
        study = optuna.load_study(study_name="same-front", storage=f"sqlite:///{work / 'nas.db'}")
        trials_out = [
            {"number": t.number, "arch": read_record(t).arch, "state": t.state.name, "values": t.values}
            for t in study.get_trials(deepcopy=False)
        ]
        front = sorted(t.number for t in study.best_trials)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=False)
    return {"commit": commit.stdout.strip(), "trials": trials_out, "front": front}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--trials", type=int, default=16)
    parser.add_argument("--against", type=Path, help="a JSON this script wrote: exit 1 if this run differs")
    parser.add_argument("--out", type=Path, default=RESULTS / "same_front.json")
    args = parser.parse_args()
    now = search(args.trials)
    if args.against is None:
        args.out.write_text(json.dumps(now, indent=2) + "\n")
        print(f"front {now['front']} at {now['commit'][:10]}: written to {args.out}")
        return
    before = json.loads(args.against.read_text())
    for old, new in zip(before["trials"], now["trials"], strict=False):
        if old != new:
            print(f"differs from trial {old['number']}: before {old}, now {new}")
            sys.exit(1)
    if len(before["trials"]) != len(now["trials"]) or before["front"] != now["front"]:
        print(f"differs: front {before['front']} before, {now['front']} now")
        sys.exit(1)
    print(f"same front {now['front']} at {now['commit'][:10]} as at {before['commit'][:10]}")


if __name__ == "__main__":
    main()
