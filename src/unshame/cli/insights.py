"""`unshame insights` (the pattern over weeks) and `unshame report` (a summary to share)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from unshame.cli.common import data_dir_option, open_journal, settings
from unshame.errors import InputError

if TYPE_CHECKING:
    from rich.console import Console

    from unshame.insights import Insights

F = TypeVar("F", bound=Callable[..., Any])
PERIOD_HELP = "4w: this week and the 3 before; 3m: 13 weeks; all: everything."
FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
# Terminal colours per kind, bottom of the bar first (as in the web chart).
KIND_STYLES = {"shame": "magenta", "mixed": "purple", "guilt": "yellow", "neither": "grey50"}
BAR_WIDTH = 30
ANSWERED_SHOWN = 10


def period_option(func: F) -> F:
    """`--period 4w|3m|all` (default 3m)."""
    return click.option(
        "--period",
        type=click.Choice(["4w", "3m", "all"]),
        default="3m",
        show_default=True,
        help=PERIOD_HELP,
    )(func)


@click.command()
@period_option
@click.option("--json", "as_json", is_flag=True, help="Print everything as one JSON object.")
@data_dir_option
def insights(period: str, as_json: bool, data_dir: Path | None) -> None:
    """See the pattern over weeks: guilt and shame, what feeds them, when, what you did.

    Everything is worked out in memory from your decrypted journal; nothing is written.

    \b
    Examples:
      unshame insights
      unshame insights --period 4w --json
    """
    from unshame import insights as core

    with open_journal(settings(data_dir), create=False) as book:
        found = core.gather(book, core.period(period))
    if as_json:
        click.echo(json.dumps(found.to_dict(), ensure_ascii=False, indent=2))
        return
    from unshame.cli.render import console

    print_insights(found, console())


@click.command()
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The file to write: FILE.md (Markdown) or FILE.html (a page to print or save as PDF).",
)
@period_option
@click.option(
    "--include",
    "include",
    multiple=True,
    metavar="ID",
    help="An entry to include, in full (repeat for more). None unless you name them.",
)
@data_dir_option
def report(output: Path, period: str, include: tuple[str, ...], data_dir: Path | None) -> None:
    """Write a summary for a therapist or coach: the counts and charts of a period, and
    only the entries you name.

    \b
    Examples:
      unshame report -o summary.html --period 3m
      unshame report -o summary.md --include 3f2a9c... --include 7b1e04...
    """
    from unshame import report as summary
    from unshame.insights import period as named_period
    from unshame.store.exchange import write_private

    fmt = FORMATS.get(output.suffix.lower())
    if fmt is None:
        raise InputError(f"-o is {str(output)!r}; expected a file ending in .md or .html")
    with open_journal(settings(data_dir), create=False) as book:
        built = summary.build(book, named_period(period), include)
    text = summary.html(built) if fmt == "html" else summary.markdown(built)
    write_private(output, text.encode("utf-8"))
    shared = len(built.entries)
    click.echo(
        f"Wrote a summary of {built.period.label} with {shared} "
        f"{'entry' if shared == 1 else 'entries'} in full to {output}.",
        err=True,
    )


# --- the terminal view ---------------------------------------------------------------------


def print_insights(found: Insights, out: Console) -> None:
    """Insights as Rich text and tables."""
    from rich.text import Text

    span = ""
    if found.first_day and found.last_day:
        span = f" ({found.first_day:%d %b %Y} to {found.last_day:%d %b %Y})"
    out.print(Text(f"Insights: {found.period.label}{span}", style="bold"))
    out.print(Text(found.headline.text, style="bold cyan"))
    if found.empty:
        out.print('Write an entry with `unshame` or `unshame journal add "..."`.')
        return
    out.print("")
    _weeks(found, out)
    _feeds(found, out)
    out.print(Text("When it strikes", style="bold"))
    for timing in found.times.values():
        out.print(f"  {timing.text}")
    out.print("")
    _plans(found, out)
    out.print(Text("Closing checks", style="bold"))
    out.print(f"  {found.closing.text}")


def _weeks(found: Insights, out: Console) -> None:
    from rich.table import Table
    from rich.text import Text

    from unshame.insights.words import KIND_NAMES

    largest = max(week.total for week in found.weeks)
    per_block = max(1, math.ceil(largest / BAR_WIDTH))
    title = "Guilt and shame, week by week" + (
        f" (one block: {per_block})" if per_block > 1 else ""
    )
    table = Table("week", "starting", *KIND_NAMES.values(), "", title=title, title_justify="left")
    for week in found.weeks:
        bar = Text()
        for kind in KIND_STYLES:
            bar.append("█" * math.ceil(week.counts[kind] / per_block), style=KIND_STYLES[kind])
        counts = [str(week.counts[kind]) for kind in KIND_NAMES]
        table.add_row(week.key, f"{week.monday.day} {week.monday:%b}", *counts, bar)
    out.print(table)
    legend = Text("  ")
    for kind, style in KIND_STYLES.items():
        legend.append("█ ", style=style).append(f"{KIND_NAMES[kind]}  ")
    out.print(legend)
    out.print("")


def _feeds(found: Insights, out: Console) -> None:
    from rich.table import Table
    from rich.text import Text

    from unshame.explain import SOURCE_NAMES

    largest = max(found.sources.values()) or 1
    table = Table("pressure", "entries", "", title="What feeds it", title_justify="left")
    for source, count in found.sources.items():
        bar = "█" * math.ceil(BAR_WIDTH * count / largest) if count else ""
        table.add_row(SOURCE_NAMES[source], str(count), f"[green]{bar}[/]")
    out.print(table)
    for title, items in (
        ("Standards you hold yourself to", found.expectations),
        ("Your words that come back", found.phrases),
    ):
        if items:
            listed = Table("", "entries", title=title, title_justify="left")
            for item in items:
                listed.add_row(Text(f"“{item.text}”"), str(item.count))
            out.print(listed)
    out.print("")


def _plans(found: Insights, out: Console) -> None:
    from rich.markup import escape
    from rich.text import Text

    out.print(Text("What you did about it", style="bold"))
    for plans in found.plans:
        out.print(f"  {plans.text}")
    for followup in found.due:
        out.print(f"  [bold]Waiting:[/] {escape(followup.prompt)}")
    for followup in found.answered[:ANSWERED_SHOWN]:
        said = "yes" if followup.done else "not this time"
        note = f" “{escape(followup.note)}”" if followup.note else ""
        out.print(f"  {escape(followup.prompt)} [dim]{said}{note}[/]")
    out.print("")
