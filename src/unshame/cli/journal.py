"""`unshame journal ...`, `unshame backup`, `unshame restore`, `unshame passphrase`."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from unshame.cli.common import data_dir_option, open_journal, settings
from unshame.errors import ImportFormatError, InputError


@click.group()
def journal() -> None:
    """Your private, encrypted journal, from the command line.

    The passphrase comes from UNSHAME_PASSPHRASE or a prompt.

    \b
    Examples:
      unshame journal add "I yelled at Sam this morning."
      unshame journal list --search recital
      unshame journal export --format markdown -o journal.md
    """


@journal.command()
@click.argument("text")
@click.option("--at", "at", help="When it happened, as an ISO date-time (default: now).")
@data_dir_option
def add(text: str, at: str | None, data_dir: Path | None) -> None:
    """Read an entry and keep it in the journal ('-' reads standard input).

    \b
    Example:
      unshame journal add --at 2026-10-04T21:30 "Snapped at the kids at bedtime."
    """
    from unshame import journaling

    if text == "-":
        from unshame.cli.analyze import decode

        text = decode(sys.stdin.buffer.read(), "standard input")
    moment = _when(at)
    cfg = settings(data_dir)
    with open_journal(cfg) as book:
        entry, reading = journaling.write(book, text, cfg.max_entry_chars, at=moment)
    click.echo(f"{entry.id}  {reading.kind}")


def _when(at: str | None) -> datetime | None:
    if at is None:
        return None
    try:
        return datetime.fromisoformat(at)
    except ValueError:
        raise InputError(
            f"--at is {at!r}; expected an ISO date-time like 2026-10-04T21:30"
        ) from None


@journal.command("list")
@click.option("--search", "-s", help="Only entries holding these words.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per entry.")
@data_dir_option
def list_entries(search: str | None, as_json: bool, data_dir: Path | None) -> None:
    """List entries, newest first.

    \b
    Example:
      unshame journal list --search bedtime
    """
    with open_journal(settings(data_dir), create=False) as book:
        entries = book.entries(search=search)
    if as_json:
        for entry in entries:
            click.echo(json.dumps(_summary(entry), ensure_ascii=False))
        return
    if not entries:
        click.echo("No entries." if not search else f"No entries hold {search!r}.")
        return
    for entry in entries:
        s = _summary(entry)
        click.echo(f"{s['id']}  {s['when']}  {s['kind']:<8} {s['preview']}")


def _summary(entry: Any) -> dict[str, Any]:
    first_line = " ".join(entry.text.split())
    return {
        "id": entry.id,
        "when": entry.local_time.strftime("%Y-%m-%d %H:%M"),
        "kind": entry.reading.get("kind", "?"),
        "preview": first_line[:60] + ("…" if len(first_line) > 60 else ""),
    }


@journal.command()
@click.argument("entry_id")
@click.option("--json", "as_json", is_flag=True, help="Print the whole entry as JSON.")
@data_dir_option
def show(entry_id: str, as_json: bool, data_dir: Path | None) -> None:
    """Show one entry: her words, the reading, her answers and closing check.

    \b
    Example:
      unshame journal show 3f2a9c...
    """
    from unshame.journaling import reading_of

    with open_journal(settings(data_dir), create=False) as book:
        entry = book.get_entry(entry_id)
    if as_json:
        click.echo(json.dumps(entry.to_dict(), ensure_ascii=False, indent=2))
        return
    from unshame.cli.render import console, print_reading
    from unshame.markdown import entry_markdown

    out = console()
    out.print(f"[dim]{entry.local_time:%A %d %B %Y, %H:%M}[/]")
    print_reading(entry.text, reading_of(entry), out)
    rest = entry_markdown({**entry.to_dict(), "text": "", "reading": {}})[3:]
    if any(line.strip() for line in rest):
        out.print("\n".join(rest), markup=False)


@journal.command()
@click.option("--format", "fmt", type=click.Choice(["json", "markdown"]), default="json")
@click.option("-o", "--output", "output", required=True, help="File to write ('-': stdout).")
@data_dir_option
def export(fmt: str, output: str, data_dir: Path | None) -> None:
    """Export everything (JSON restores exactly with `import`; Markdown is for reading).

    \b
    Example:
      unshame journal export --format json -o journal.json
    """
    from unshame.markdown import journal_markdown

    with open_journal(settings(data_dir), create=False) as book:
        data = book.export()
    text = (
        journal_markdown(data)
        if fmt == "markdown"
        else json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    )
    if output == "-":
        click.echo(text, nl=False)
        return
    from unshame.store.exchange import write_private

    write_private(Path(output), text.encode("utf-8"))
    click.echo(f"Wrote {len(data['entries'])} entries to {output}.", err=True)


@journal.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@data_dir_option
def import_(file: Path, data_dir: Path | None) -> None:
    """Restore entries from a JSON export (entries already here are kept, not doubled).

    \b
    Example:
      unshame journal import journal.json
    """
    try:
        data = json.loads(file.read_bytes())
    except FileNotFoundError:
        raise InputError(f"{file}: no such file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ImportFormatError(f"{file} is not a JSON export: {exc}") from None
    with open_journal(settings(data_dir)) as book:
        added = book.import_export(data)
    click.echo(f"Imported {added} entries.")


@journal.command()
@click.argument("entry_id", required=False)
@click.option("--all", "everything", is_flag=True, help="Erase every entry, answer and profile.")
@click.option("--yes", is_flag=True, help="Do not ask to confirm.")
@data_dir_option
def delete(entry_id: str | None, everything: bool, yes: bool, data_dir: Path | None) -> None:
    """Delete one entry, or everything with --all.

    \b
    Examples:
      unshame journal delete 3f2a9c...
      unshame journal delete --all --yes
    """
    if everything == (entry_id is not None):
        raise click.UsageError("give an entry id, or --all (not both)")
    with open_journal(settings(data_dir), create=False) as book:
        if everything:
            if not yes:
                click.confirm("Erase your whole journal? This cannot be undone", abort=True)
            book.delete_everything()
            click.echo("Your journal is empty now.")
            return
        assert entry_id is not None
        if not yes:
            click.confirm("Delete this entry?", abort=True)
        book.delete_entry(entry_id)
        click.echo("Deleted.")


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@data_dir_option
def backup(file: Path, data_dir: Path | None) -> None:
    """Write an encrypted backup of the whole journal to FILE.

    It opens only with your passphrase, on any machine, with `unshame restore`.

    \b
    Example:
      unshame backup ~/Dropbox/unshame-2026-11.backup
    """
    with open_journal(settings(data_dir), create=False) as book:
        where = book.backup(file)
    click.echo(f"Encrypted backup written to {where}.")


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@data_dir_option
def restore(file: Path, data_dir: Path | None) -> None:
    """Restore a journal from an encrypted backup (into an empty or new data folder).

    \b
    Example:
      unshame restore --data-dir ~/unshame unshame-2026-11.backup
    """
    from unshame.store import Journal

    cfg = settings(data_dir)
    passphrase = cfg.passphrase or click.prompt("Passphrase of the backup", hide_input=True)
    cfg.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    with Journal.restore_backup(file, cfg.database_url, passphrase) as book:
        click.echo(f"Restored {book.count()} entries into {cfg.data_dir}.")


@click.command()
@data_dir_option
def passphrase(data_dir: Path | None) -> None:
    """Change the journal's passphrase (the journal is not re-encrypted, only its key).

    \b
    Example:
      unshame passphrase
    """
    cfg = settings(data_dir)
    old = cfg.passphrase or click.prompt("Current passphrase", hide_input=True)
    new = click.prompt("New passphrase", hide_input=True, confirmation_prompt=True)
    with open_journal(cfg.with_changes(passphrase=old), create=False) as book:
        book.change_passphrase(old, new)
    click.echo("Passphrase changed.")
