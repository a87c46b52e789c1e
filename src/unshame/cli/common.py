"""What every command shares: error translation, settings, opening the journal."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from unshame.errors import UnshameError

if TYPE_CHECKING:
    from unshame.config import Config
    from unshame.store import Journal

F = TypeVar("F", bound=Callable[..., Any])


def run_cli(group: click.Group, args: list[str]) -> int:
    """Run the command line; named errors become one line on stderr and exit status 1."""
    try:
        status = group.main(args=args, prog_name="unshame", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Stopped.", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except UnshameError as exc:
        if _debug():
            raise
        click.echo(f"unshame: {exc}", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("Stopped.", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # an unforeseen fault: one line, never her words or a traceback
        if _debug():
            raise
        click.echo(
            f"unshame: something went wrong ({type(exc).__name__}); nothing was changed. "
            "Set UNSHAME_DEBUG=1 to see the details.",
            err=True,
        )
        return 2
    return status if isinstance(status, int) else 0


def _debug() -> bool:
    import os

    return os.environ.get("UNSHAME_DEBUG", "").lower() in {"1", "true", "yes", "on"}


def exit_with(status: int) -> None:
    """Leave with a status, letting Click flush its streams."""
    raise click.exceptions.Exit(status)


def data_dir_option(func: F) -> F:
    """`--data-dir DIR`: where the journal lives (overrides UNSHAME_DATA_DIR)."""
    return click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Folder of the journal (default: UNSHAME_DATA_DIR or the user data folder).",
    )(func)


def settings(data_dir: Path | None = None) -> Config:
    from unshame import config

    return config.load().with_changes(data_dir=data_dir)


def open_journal(cfg: Config, *, create: bool = True) -> Journal:
    """Open her journal with UNSHAME_PASSPHRASE or a prompt; create it on first use."""
    from unshame.store import Journal

    url = cfg.database_url
    exists = Journal.exists(url)
    passphrase = cfg.passphrase
    if not exists and not create:
        from unshame.errors import NoJournal

        raise NoJournal(f"there is no journal in {cfg.data_dir} yet")
    if not passphrase:
        if not sys.stdin.isatty():
            from unshame.errors import JournalLocked

            raise JournalLocked("the journal needs a passphrase: set UNSHAME_PASSPHRASE")
        if exists:
            passphrase = click.prompt("Passphrase", hide_input=True)
        else:
            click.echo("This is a new journal. Choose a passphrase: it encrypts everything.")
            passphrase = click.prompt("New passphrase", hide_input=True, confirmation_prompt=True)
    if exists:
        return Journal.open(url, passphrase)
    cfg.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    return Journal.create(url, passphrase, kdf_memory_kib=cfg.kdf_memory_kib)
