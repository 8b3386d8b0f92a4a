"""The ``nas`` command. Each group of subcommands is a module of this package, imported only when
one of its commands runs, so ``nas --help`` starts without loading PyTorch, Optuna or MLflow."""

from __future__ import annotations

import gc
import importlib

import click

from nas.heap import pause_collection

# command: (module, one-line help shown by ``nas --help``)
COMMANDS = {
    "search": ("nas.cli.search", "Run (or resume) a search described by a TOML file; print the front."),
    "front": ("nas.cli.inspect", "Print the Pareto front of a study, read from its storage."),
    "studies": ("nas.cli.inspect", "List the studies in a storage: trials, front, best accuracy, energy."),
    "export": (
        "nas.cli.export",
        "Write a trial's trained model to ONNX (optionally INT8), with its figures.",
    ),
    "report": ("nas.cli.inspect", "Write a self-contained HTML or Markdown report of a study."),
    "promote": ("nas.cli.search", "Train the front again for longer, in a companion study."),
    "spaces": ("nas.cli.inspect", "Show the search space for an input shape, and the reference networks."),
    "meters": ("nas.cli.meters", "The energy meters of this machine, the one auto picks, a self-test."),
    "create": ("nas.cli.workers", "Create a study for workers, storing its whole configuration."),
    "worker": ("nas.cli.workers", "Join a study as one more worker (any machine that reaches its storage)."),
    "sync": ("nas.cli.workers", "Log to MLflow what the storage holds and MLflow lacks."),
}


class LazyGroup(click.Group):
    """Lists commands from ``COMMANDS`` and imports a command's module only to run it."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        command = getattr(importlib.import_module(COMMANDS[cmd_name][0]), cmd_name)
        assert isinstance(command, click.Command)
        return command

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
    pause_collection()  # until a long command is set up (nas/heap.py)
    try:
        main()
    finally:
        gc.freeze()
