"""``nas search --jobs k``: k worker processes on this machine run one study together (``run_in_jobs``).

Each job is a ``nas worker`` process: the study's storage coordinates them (the budget, dead
workers' trials), as it does for workers on many machines, and trainings and measurements take
turns on the machine (estimators/turns.py). The process that started them watches the
storage and reports every finished trial, whichever job ran it; a job's own output goes to a
log file in the study's artifacts folder. Secrets reach jobs through their environment, never
their command line (``ps`` shows it to every user).

Jobs run in a process group of their own, so a Ctrl-C at the terminal reaches them once, from
here; they die with this process (Linux's parent-death signal) rather than run on unwatched.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import optuna
from optuna.trial import TrialState

from estimators.meter import COUNTER_SOURCES
from nas.config import ConfigError
from nas.search.runner import SearchOutcome, TrialCallback, limit_reached
from nas.search.session import Session
from nas.study import completed
from nas.urls import STORAGE_ENV, TRACKING_ENV

POLL_S = 1.0  # how often the storage is read for finished trials
STOP_WAIT_S = 60.0  # how long a stopped job may take to record its running trial
PR_SET_PDEATHSIG = 1
FINISHED = (TrialState.COMPLETE, TrialState.FAIL)


class JobFailedError(RuntimeError):
    """A job ended with an error before the study's budget was met; the message names it."""


@dataclass(frozen=True)
class Job:
    number: int
    process: subprocess.Popen[bytes]
    log: Path

    def last_line(self) -> str:
        """What the job said last (its error, when it failed)."""
        try:
            lines = [line for line in self.log.read_text(errors="replace").splitlines() if line.strip()]
        except OSError:
            return "no output"
        return lines[-1].strip() if lines else "no output"


def _death_signal() -> Callable[[], object] | None:
    """A C call, prepared here, that has the child get SIGTERM when this process dies (Linux);
    run between fork and exec, where nothing may import or lock."""
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return functools.partial(prctl, PR_SET_PDEATHSIG, signal.SIGTERM)


def job_command(session: Session, timeout_s: float | None) -> list[str]:
    """The worker command of one job: the study, its budget, where it trains; never a secret."""
    config = session.config
    command = [sys.executable, "-m", "nas", "worker", "--study-name", session.study.study_name]
    command += ["--trials", str(config.study.n_trials), "--device", config.train.device]
    command += ["--artifacts-dir", config.study.artifacts_dir]
    if config.study.budget is not None:
        command += ["--budget", config.study.budget]
    if timeout_s is not None:
        command += ["--timeout", f"{timeout_s:g}"]
    return command


def start_jobs(session: Session, count: int, timeout_s: float | None) -> list[Job]:
    """``count`` workers on the session's study, each logging to ``<artifacts>/jobs/job-N.log``."""
    config = session.config
    folder = session.context.artifacts_dir / "jobs"
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, STORAGE_ENV: config.study.storage, TRACKING_ENV: config.tracking.uri}
    jobs: list[Job] = []
    death_signal = _death_signal()
    for number in range(1, count + 1):
        log = folder / f"job-{number}.log"
        with log.open("wb") as output:  # the child holds its own descriptor
            process = subprocess.Popen(
                job_command(session, timeout_s),
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                env=env,
                process_group=0,
                preexec_fn=death_signal,  # noqa: PLW1509 (a prepared C call; no thread runs yet)
            )
        jobs.append(Job(number, process, log))
    return jobs


def watch_jobs(
    study: optuna.Study, jobs: list[Job], n_trials: int, on_trial: TrialCallback, poll_s: float = POLL_S
) -> None:
    """Report each trial as it finishes until every job has ended; a job that failed while the
    budget of ``n_trials`` was still unmet raises ``JobFailedError`` once the others have ended."""
    seen = {t.number for t in study.get_trials(deepcopy=False, states=FINISHED)}

    def report_new() -> None:
        for trial in study.get_trials(deepcopy=False, states=FINISHED):
            if trial.number not in seen:
                seen.add(trial.number)
                on_trial(study, trial)

    while any(job.process.poll() is None for job in jobs):
        time.sleep(poll_s)
        report_new()
    report_new()
    failed = [job for job in jobs if job.process.returncode != 0]
    if failed and len(completed(study)) < n_trials:
        job = failed[0]
        raise JobFailedError(
            f"job {job.number} ended with exit code {job.process.returncode}: {job.last_line()} "
            f"(its log: {job.log})"
        )


def stop_jobs(jobs: list[Job], signum: int, wait_s: float = STOP_WAIT_S) -> None:
    """Send ``signum`` to every running job, once; wait for them to record their running trials;
    kill what is still running then (its trial is failed and retried when the study resumes)."""
    for job in jobs:
        if job.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                job.process.send_signal(signum)
    deadline = time.monotonic() + wait_s
    for job in jobs:
        with contextlib.suppress(subprocess.TimeoutExpired):
            job.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        if job.process.poll() is None:
            job.process.kill()
            job.process.wait()


@contextlib.contextmanager
def running_jobs(jobs: list[Job]) -> Iterator[list[Job]]:
    """Jobs that are stopped as this process is: Ctrl-C sends them SIGINT, SIGTERM SIGTERM."""
    from nas.errors import Terminated

    try:
        yield jobs
    except KeyboardInterrupt as stop:
        stop_jobs(jobs, signal.SIGTERM if isinstance(stop, Terminated) else signal.SIGINT)
        raise
    except BaseException:
        stop_jobs(jobs, signal.SIGTERM)
        raise


Watching = Callable[[list[Job]], AbstractContextManager[list[TrialCallback]]]


@contextlib.contextmanager
def _unwatched(jobs: list[Job]) -> Iterator[list[TrialCallback]]:
    yield []


def run_in_jobs(session: Session, count: int, watching: Watching = _unwatched) -> SearchOutcome:
    """``nas search --jobs count`` as a library call: the session's search run by ``count``
    worker processes on this machine until the study's limits are met. ``watching``, entered
    once the jobs have started (a thread started before them would be forked into them), gives
    the callbacks every finished trial goes to, whichever job ran it. MLflow, when tracking is
    on, gets the study's run before the jobs start and what they logged after. A job that
    failed before the limits were met raises ``JobFailedError``; a stop stops every job."""
    from estimators import by_source
    from nas.footprint import study_footprint
    from nas.tracking.callback import catch_up, prepare_tracking

    if type(count) is not int or count < 1:  # the CLI's --jobs takes 1 and up
        raise ConfigError(f"jobs: expected a whole number of at least 1 (got {count!r})")

    study, config = session.study, session.config
    started, before = time.perf_counter(), len(completed(study))
    if config.tracking.uri:
        prepare_tracking(config, study)
    jobs = start_jobs(session, count, config.study.timeout_s)
    # a counter reads its whole package or GPU: trainings of several jobs at once each count the
    # others' energy too, so the counter is read over the whole search as well
    meter = session.context.train_meter
    counted = COUNTER_SOURCES & set(meter.source.split("+"))
    with running_jobs(jobs), watching(jobs) as callbacks:

        def on_trial(study: optuna.Study, trial: optuna.trial.FrozenTrial) -> None:
            for callback in callbacks:
                callback(study, trial)

        _, whole = meter.measure(lambda: watch_jobs(study, jobs, config.study.n_trials, on_trial))
    if config.tracking.uri:
        catch_up(config, study)
    elapsed = time.perf_counter() - started
    note = ""
    if counted:
        joules = sum(j for source, j in by_source(whole).items() if source in counted)
        note = (
            f"{' and '.join(sorted(counted))} over the whole search: {joules:.1f} J, idle and "
            f"measuring included; the footprint shares each training's reading among the {count} "
            "jobs' trainings that ran beside it on its device"
        )
    done = len(completed(study))
    spent = study_footprint(study.get_trials(deepcopy=False), config.footprint.factors()).energy_j
    ended_by = limit_reached(config.study, done, spent, elapsed)
    return SearchOutcome(study, done - before, elapsed, session.meter_reason, note, ended_by)
