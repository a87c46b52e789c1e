"""The guided flow in the terminal (write, read, reflect, close)."""

from __future__ import annotations

import click


def run_flow() -> None:
    click.echo("The guided flow arrives with the journal. Try: unshame analyze --help")
