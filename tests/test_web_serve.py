"""`unshame serve`: help, the address it binds, the remote-password guard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from unshame.cli.serve import serve, url
from unshame.web.app import is_local


@pytest.fixture
def ran(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Stands in for uvicorn.run and records how it was called."""
    import uvicorn

    calls: dict[str, Any] = {}

    def fake_run(app: Any, **kwargs: Any) -> None:
        calls.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    for name in ("UNSHAME_HOST", "UNSHAME_PORT", "UNSHAME_REMOTE_PASSWORD", "UNSHAME_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    return calls


def test_serve_help_has_an_example() -> None:
    result = CliRunner().invoke(serve, ["--help"])
    assert result.exit_code == 0
    assert "Example: unshame serve" in result.output
    assert "--host" in result.output and "--port" in result.output
    assert "--data-dir" in result.output


def test_serve_binds_this_machine_and_prints_the_url(ran: dict[str, Any], tmp_path: Path) -> None:
    result = CliRunner().invoke(serve, ["--port", "8765", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8765/" in result.output
    assert ran["host"] == "127.0.0.1" and ran["port"] == 8765
    assert "hide_query" in ran["log_config"]["loggers"]["uvicorn.access"]["filters"]
    assert ran["app"].state.services.config.data_dir == tmp_path


def test_serve_refuses_another_address_without_a_password(
    ran: dict[str, Any], tmp_path: Path
) -> None:
    from unshame.cli import main

    status = main(["serve", "--host", "0.0.0.0", "--data-dir", str(tmp_path)])
    assert status == 1
    assert ran == {}


def test_serve_warns_when_it_listens_beyond_this_machine(
    ran: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNSHAME_REMOTE_PASSWORD", "open sesame")
    result = CliRunner().invoke(serve, ["--host", "0.0.0.0", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "Warning" in result.output and "UNSHAME_REMOTE_PASSWORD" in result.output
    assert ran["host"] == "0.0.0.0"


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("10.0.0.2", False),
    ],
)
def test_local_addresses(host: str, local: bool) -> None:
    assert is_local(host) is local


def test_the_printed_url() -> None:
    assert url("127.0.0.1", 8000) == "http://127.0.0.1:8000/"
    assert url("::1", 8000) == "http://[::1]:8000/"
    assert url("0.0.0.0", 80) == "http://127.0.0.1:80/"


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "example.org"])
def test_serve_refuses_an_address_from_the_environment_too(
    ran: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, host: str
) -> None:
    from click.testing import CliRunner as Runner

    from unshame.cli import main

    monkeypatch.setenv("UNSHAME_HOST", host)
    with Runner().isolation() as streams:
        status = main(["serve", "--data-dir", str(tmp_path)])
    said = streams[1].getvalue().decode()
    assert status == 1 and ran == {}
    assert said.startswith(f"unshame: --host is {host!r}") and "UNSHAME_REMOTE_PASSWORD" in said


def test_serve_says_when_whoever_logs_in_sees_the_journal(
    ran: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNSHAME_REMOTE_PASSWORD", "open sesame")
    monkeypatch.setenv("UNSHAME_PASSPHRASE", "a long walk at dawn")
    result = CliRunner().invoke(serve, ["--host", "0.0.0.0", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "whoever logs in sees the journal" in result.output
    assert ran["app"].state.services.config.remote_password == "open sesame"


def test_another_loopback_address_is_served(make_client: Any) -> None:
    client = make_client(host="127.0.0.2")
    assert client.get("/help", headers={"host": "127.0.0.2:8000"}).status_code == 200
    assert client.get("/help", headers={"host": "evil.example"}).status_code == 400
