"""Shared fixtures: a temporary data folder and journals on temporary SQLite files.

Journals here use a small Argon2 memory cost (FAST_KDF_KIB) so tests stay fast; the
real default comes from UNSHAME_KDF_MEMORY_KIB.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from unshame.config import sqlite_url
from unshame.store import Journal

FAST_KDF_KIB = 1024
PASSPHRASE = "a long walk at dawn"

MakeJournal = Callable[..., Journal]


@pytest.fixture
def tmp_data_dir(tmp_path: Path) -> Path:
    """An empty data folder, as UNSHAME_DATA_DIR would name."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def make_journal(tmp_data_dir: Path) -> Iterator[MakeJournal]:
    """Create journals with a fast KDF: `make_journal(data_dir=None, *, passphrase, user)`.

    Each journal lives in `data_dir` (default: `tmp_data_dir`) as journal.db and is closed
    after the test.
    """
    made: list[Journal] = []

    def make(
        data_dir: Path | None = None, *, passphrase: str = PASSPHRASE, user: str = "me"
    ) -> Journal:
        url = sqlite_url(data_dir or tmp_data_dir)
        journal = Journal.create(url, passphrase, user=user, kdf_memory_kib=FAST_KDF_KIB)
        made.append(journal)
        return journal

    yield make
    for journal in made:
        journal.close()


@pytest.fixture
def journal(make_journal: MakeJournal) -> Journal:
    """A new, empty journal in `tmp_data_dir`, opened with PASSPHRASE."""
    return make_journal()


# --- web -------------------------------------------------------------------------------


@pytest.fixture
def web_config(tmp_data_dir: Path) -> Any:
    """Settings for a web app on `tmp_data_dir`: defaults, a fast KDF, nothing from the env."""
    from unshame import config

    return config.load({}).with_changes(data_dir=tmp_data_dir, kdf_memory_kib=FAST_KDF_KIB)


@pytest.fixture
def make_client(web_config: Any) -> Iterator[Callable[..., Any]]:
    """Web clients on `tmp_data_dir`: `make_client(**config_changes)` gives a started
    TestClient (lifespan run) for `http://127.0.0.1:8000`; all are closed after the test.
    """
    import warnings

    from starlette.exceptions import StarletteDeprecationWarning

    with warnings.catch_warnings():
        # Starlette 1.x asks for httpx2; its TestClient still works with the httpx we have.
        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        from fastapi.testclient import TestClient

    from unshame.web import create_app

    clients: list[TestClient] = []

    def make(**changes: Any) -> TestClient:
        client = TestClient(
            create_app(web_config.with_changes(**changes)), base_url="http://127.0.0.1:8000"
        )
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


class FormReader(HTMLParser):
    """The fields of one form in a page, with the values a browser would send unchanged."""

    def __init__(self, form_id: str | None) -> None:
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.values: dict[str, str] = {}
        self.radios: dict[str, str] = {}
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.inside = self.form_id is None or found.get("id") == self.form_id
        elif self.inside and tag == "input" and "name" in found:
            self._input(found)
        elif self.inside and tag == "textarea":
            self._textarea = found.get("name")
            self.values[self._textarea or ""] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self.values[self._textarea] += data

    def _input(self, found: dict[str, str]) -> None:
        kind, name = found.get("type", "text"), found["name"]
        if kind == "radio":
            self.radios.setdefault(name, found.get("value", ""))
            if "checked" in found:
                self.values[name] = found.get("value", "")
        elif kind == "checkbox":
            if "checked" in found:
                self.values[name] = found.get("value", "on")
        elif kind not in ("submit", "button"):
            self.values[name] = found.get("value", "")


class Site:
    """A TestClient with the steps a visitor takes: token, post, welcome, write, forms."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def token(self) -> str:
        return str(self.client.get("/api/session").json()["csrf_token"])

    def post(self, url: str, data: dict[str, str] | None = None, **kwargs: Any) -> Any:
        return self.client.post(url, data={"csrf_token": self.token(), **(data or {})}, **kwargs)

    def welcome(self, passphrase: str = PASSPHRASE) -> Any:
        self.client.get("/welcome")
        return self.post("/welcome", {"passphrase": passphrase, "again": passphrase})

    def write(self, text: str) -> Any:
        return self.post("/write", {"text": text}, follow_redirects=False)

    def new_entry(self, text: str) -> str:
        """Write an entry and return its id (from the redirect after saving)."""
        location = self.write(text).headers["location"]
        return location.split("entry=")[-1] if "entry=" in location else location.split("/")[2]

    def form(self, url: str, form_id: str | None = None, *, choose: bool = True) -> dict[str, str]:
        """The values of a form on a page; with `choose`, the first option of unset radios."""
        reader = FormReader(form_id)
        reader.feed(self.client.get(url).text)
        values = dict(reader.values)
        if choose:
            for name, first in reader.radios.items():
                values.setdefault(name, first)
        return values


@pytest.fixture
def site(make_client: Callable[..., Any]) -> Site:
    """A visitor on a fresh web app (no journal yet) on `tmp_data_dir`."""
    return Site(make_client())


@pytest.fixture
def make_site(make_client: Callable[..., Any]) -> Callable[..., Site]:
    """Visitors on web apps with changed settings: `make_site(lock_minutes=1)`."""

    def make(**changes: Any) -> Site:
        return Site(make_client(**changes))

    return make
