"""`unshame serve`: the web app on this machine."""

from __future__ import annotations

from pathlib import Path

import click

from unshame.cli.common import data_dir_option, settings
from unshame.errors import SettingError

REMOTE_WARNING = (
    "Warning: unshame is listening on {host}, so other devices on the network can reach it.\n"
    "Everyone must log in with UNSHAME_REMOTE_PASSWORD first. Traffic is not encrypted\n"
    "unless you put unshame behind https (a reverse proxy); prefer 127.0.0.1 when you can."
)
SHARED_WARNING = (
    "Warning: UNSHAME_PASSPHRASE is set, so whoever logs in sees the journal without\n"
    "typing its passphrase. Unset it to ask every browser for the passphrase."
)


@click.command("serve")
@click.option(
    "--host",
    default=None,
    help="Address to listen on (default: UNSHAME_HOST or 127.0.0.1, this machine only).",
)
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    help="Port to listen on (default: UNSHAME_PORT or 8000).",
)
@data_dir_option
def serve(host: str | None, port: int | None, data_dir: Path | None) -> None:
    """Start the web app on this machine and print its address.

    It listens on 127.0.0.1 only. Another address needs UNSHAME_REMOTE_PASSWORD, a
    password everyone must give before seeing anything.

    Example: unshame serve --port 8000 --data-dir ~/unshame
    """
    import uvicorn

    from unshame.web import create_app
    from unshame.web.app import is_local
    from unshame.web.logs import log_config

    cfg = settings(data_dir).with_changes(host=host, port=port)
    if not is_local(cfg.host):
        if not cfg.remote_password:
            raise SettingError(
                f"--host is {cfg.host!r}, which other devices can reach; set "
                "UNSHAME_REMOTE_PASSWORD to require a login, or use 127.0.0.1"
            )
        click.secho(REMOTE_WARNING.format(host=cfg.host), fg="yellow", err=True)
        if cfg.passphrase:
            click.secho(SHARED_WARNING, fg="yellow", err=True)
    app = create_app(cfg)
    click.echo(f"unshame is ready at {url(cfg.host, cfg.port)}  (Ctrl+C to stop)")
    uvicorn.run(
        app,
        host=cfg.host,
        port=cfg.port,
        log_config=log_config(),
        server_header=False,
    )


def url(host: str, port: int) -> str:
    """The address to open in a browser."""
    shown = "127.0.0.1" if host in {"0.0.0.0", ""} else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"
