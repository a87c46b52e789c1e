"""The guided flow in the terminal: write, read, reflect, close, into the same journal."""

from __future__ import annotations

import sys

import click
from rich.console import Console

from unshame.cli.common import open_journal, settings
from unshame.cli.render import console, print_reading
from unshame.practices import Field, Step, closing_fields

SKIP = "-"


def run_flow() -> None:
    """Walk her through one entry, from the blank page to the closing check."""
    from unshame import journaling

    cfg = settings()
    out = console()
    with open_journal(cfg) as book:
        text = _write(out)
        entry, reading = journaling.write(book, text, cfg.max_entry_chars)
        out.print()
        print_reading(text, reading, out)
        if reading.crisis and not click.confirm(
            "\nYour words are saved. Go on to a short reflection?", default=False
        ):
            out.print("Take care of yourself. The numbers above are there any time.")
            return
        _, planned = journaling.plan_for(book, entry)
        answers: dict[str, dict[str, str]] = {}
        if planned.steps:
            out.print(f"\n[bold]A short reflection[/] (about {planned.minutes} minutes).")
            out.print(f"Press Enter to accept a suggestion, type to change it, {SKIP} to skip.")
        for step in planned.steps:
            answers[step.key] = _step(out, step)
        journaling.reflect(book, entry.id, answers)
        out.print("\n[bold]Before you go[/]")
        closing = {f.name: answer for f in closing_fields() if (answer := _ask(f))}
        journaling.close(book, entry.id, closing)
    out.print(f"\nSaved. See it again with: unshame journal show {entry.id}")


def _write(out: Console) -> str:
    out.print("[bold]What is weighing on you?[/] Write as much as you like.")
    out.print("[dim]Finish with an empty line.[/]")
    lines: list[str] = []
    while True:
        line = sys.stdin.readline()  # the same stream click.prompt reads after this
        if not line or (not line.strip() and lines):
            break
        if line.strip() or lines:
            lines.append(line.rstrip("\n"))
    return "\n".join(lines)


def _step(out: Console, step: Step) -> dict[str, str]:
    out.print(f"\n[bold]{step.title}[/]")
    out.print(step.question)
    if step.suggestion:
        out.print(f"[italic]{step.suggestion}[/]", markup=True, highlight=False)
    if step.link:
        out.print(f"{step.link_label or 'Open'}: {step.link}", markup=False)
    return {f.name: value for f in step.fields if (value := _ask(f))}


def _ask(field: Field) -> str:
    if field.kind == "choice":
        return _choose(field)
    hint = f" [{field.value}]" if field.value else ""
    answer = click.prompt(f"{field.label}{hint}", default="", show_default=False)
    answer = str(answer).strip()
    if answer == SKIP:
        return ""
    return answer or field.value


def _choose(field: Field) -> str:
    """A numbered choice: her number (or the words themselves), or Enter to skip."""
    click.echo(field.label)
    for n, choice in enumerate(field.choices, 1):
        click.echo(f"  {n}. {choice}")
    while True:
        raw = str(click.prompt("Your answer (Enter to skip)", default="", show_default=False))
        answer = raw.strip().lower()
        if not answer:
            return ""
        if answer.isdigit() and 1 <= int(answer) <= len(field.choices):
            return field.choices[int(answer) - 1]
        for choice in field.choices:
            if answer == choice.lower():
                return choice
        click.echo(f"Please answer with a number from 1 to {len(field.choices)}.")
