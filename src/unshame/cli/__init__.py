"""The `unshame` command. Subcommands live in their own modules and load only when used."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any

import click

from unshame import __version__

# name -> (module, attribute, one-line help); loaded lazily to keep startup fast.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "analyze": ("unshame.cli.analyze", "analyze", "Read an entry: guilt, shame, both or neither."),
    "eval": ("unshame.cli.analyze", "evaluate", "Score the analyser against labelled JSON Lines."),
    "journal": (
        "unshame.cli.journal",
        "journal",
        "Add, list, show, export, import, delete entries.",
    ),
    "serve": ("unshame.cli.serve", "serve", "Start the web app on this machine."),
    "insights": ("unshame.cli.insights", "insights", "See the pattern over weeks."),
    "report": ("unshame.cli.insights", "report", "Write a summary for a therapist or coach."),
    "backup": ("unshame.cli.journal", "backup", "Write an encrypted backup of the journal."),
    "restore": ("unshame.cli.journal", "restore", "Restore a journal from an encrypted backup."),
    "passphrase": ("unshame.cli.journal", "passphrase", "Change the journal's passphrase."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when called."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if self._available(name)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS or not self._available(cmd_name):
            return None
        module_name, attr, _ = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(module_name), attr)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    @staticmethod
    def _available(name: str) -> bool:
        return importlib.util.find_spec(COMMANDS[name][0]) is not None


@click.group(cls=LazyGroup, invoke_without_command=True)
@click.version_option(__version__, prog_name="unshame")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """unshame: tell guilt from shame in your own words.

    With no command, walks you through writing an entry, reading it,
    reflecting on it and keeping it in your private journal.

    Example: unshame analyze "I yelled at him this morning. I'm a horrible mom."
    """
    if ctx.invoked_subcommand is None:
        from unshame.cli.flow import run_flow

        run_flow()


def main(argv: list[str] | None = None) -> Any:
    from unshame.cli.common import run_cli

    return run_cli(cli, sys.argv[1:] if argv is None else argv)
