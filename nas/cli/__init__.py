"""The ``nas`` command. Each group of subcommands is a module of this package, imported only when
one of its commands runs, so ``nas --help`` starts without loading PyTorch, Optuna or MLflow."""

from __future__ import annotations

import gc
import importlib

import click

from nas.cli.faults import storage_fault
from nas.gc_control import pause_collection

# command: (module, one-line help shown by ``nas --help``)
COMMANDS = {
    "search": ("nas.cli.search", "Run (or resume) a search described by a TOML file; print the front."),
    "front": ("nas.cli.inspect", "Print the Pareto front of a study, read from its storage."),
    "studies": ("nas.cli.inspect", "List the studies in a storage: trials, front, best accuracy, energy."),
    "export": (
        "nas.cli.export",
        "Write a trial's trained model to ONNX (optionally INT8), with its figures.",
    ),
    "finalize": (
        "nas.cli.finalize",
        "Train the front from scratch at full fidelity; re-measure; keep both fronts.",
    ),
    "report": ("nas.cli.inspect", "Write a self-contained HTML or Markdown report of a study."),
    "promote": ("nas.cli.search", "Train the front again for longer, in a companion study."),
    "spaces": ("nas.cli.inspect", "Show the search space for an input shape, and the reference networks."),
    "meters": ("nas.cli.meters", "The energy meters of this machine, the one auto picks, a self-test."),
    "create": ("nas.cli.workers", "Create a study for workers, storing its whole configuration."),
    "worker": ("nas.cli.workers", "Join a study as one more worker (any machine that reaches its storage)."),
    "sync": ("nas.cli.workers", "Log to MLflow what the storage holds and MLflow lacks."),
    "agent": ("nas.cli.agent", "Measure networks on this device for searches run elsewhere (HTTP)."),
    "remeasure": (
        "nas.cli.agent",
        "Measure a study's front on another device (an agent); both side by side.",
    ),
}


class LazyGroup(click.Group):
    """Lists commands from ``COMMANDS`` and imports a command's module only to run it."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, summary = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(module), cmd_name)
        assert isinstance(command, click.Command)
        command.short_help = summary  # one summary for `nas --help` and the docs' list
        return command

    def invoke(self, ctx: click.Context) -> object:
        """A storage that fails under a command (a full disk, a damaged file), or a file the
        machine will not write, ends it with one line and exit 1, whichever command it was;
        SQLite's transactions keep what was written."""
        try:
            return super().invoke(ctx)
        except click.ClickException:  # already one line (a user error, a refusal), as it is
            raise
        except OSError as error:  # the machine's fault (a full disk, a device that refuses): one line
            where = f"{error.filename}: " if error.filename else ""
            raise click.ClickException(f"{where}{error.strerror or error}") from None
        except Exception as error:
            reason = storage_fault(error)
            if reason is None:
                raise
            raise click.ClickException(reason) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, summary) for name, (_, summary) in COMMANDS.items()])


@click.group(
    cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(package_name="joule-nas", prog_name="nas")
def main() -> None:
    """Search compact networks for accuracy per joule, inspect the Pareto front, export winners.

    \b
    Examples:
      nas search experiments/fashion.toml
      nas front --study-name fashion
      nas export --study-name fashion -o best.onnx
      nas create experiments/fashion.toml --storage postgresql://host/db
      nas worker --study-name fashion --storage postgresql://host/db
    """


def run() -> None:
    """The installed ``nas`` command: ``main``, then an exit that skips Python's last garbage
    collection, which walks every object PyTorch, MLflow and ONNX Runtime made (about 1-2 s,
    measured) just before the operating system frees them all. Everything is written by then."""
    pause_collection()  # until a long command is set up (nas/gc_control.py)
    try:
        main()
    finally:
        gc.freeze()
