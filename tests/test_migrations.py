"""Upgrades: a journal written by the first schema opens with today's code, every word intact.

`fixtures/first_schema.sqlite3` was made by `fixtures/make_first_schema.py` with revision
0001 and is never made again: it stands for the journals already on people's machines.
Each test works on a copy (opening a journal upgrades it in place).
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import create_engine

from unshame.config import sqlite_url
from unshame.store import Journal, database

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIRST = FIXTURES / "first_schema.sqlite3"


def _load_maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_first_schema", FIXTURES / "make_first_schema.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKER = _load_maker()


@pytest.fixture
def old_journal(tmp_data_dir: Path) -> str:
    """A copy of the first-schema journal, as her data folder would hold it."""
    shutil.copyfile(FIRST, tmp_data_dir / "journal.db")
    return sqlite_url(tmp_data_dir)


def revision(url: str) -> str:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        return str(db.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_the_fixture_is_the_first_schema_and_holds_no_plain_words() -> None:
    with sqlite3.connect(f"file:{FIRST}?mode=ro", uri=True) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"alembic_version", "users", "entries", "profiles", "followups", "meta"}
    stored = FIRST.read_bytes()
    for entry in MAKER.ENTRIES:
        assert entry["text"][:20].encode() not in stored
    assert b"Say sorry" not in stored and b"ana@example.org" not in stored


def test_a_first_schema_journal_opens_with_every_record_intact(old_journal: str) -> None:
    with Journal.open(old_journal, MAKER.PASSPHRASE) as journal:
        exported = journal.export()
        assert journal.count() == len(MAKER.ENTRIES)
    assert revision(old_journal) == database.head_revision()
    by_id = {entry["id"]: entry for entry in exported["entries"]}
    assert by_id == {entry["id"]: entry for entry in MAKER.ENTRIES}
    followups = {f["id"]: f for f in exported["followups"]}
    assert followups == {f["id"]: f for f in MAKER.FOLLOWUPS}
    assert exported["profile"] == MAKER.PROFILE


def test_an_upgraded_journal_matches_todays_tables_and_takes_new_writes(old_journal: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from unshame.store.models import Base

    with Journal.open(old_journal, MAKER.PASSPHRASE) as journal:
        first = MAKER.ENTRIES[0]["id"]
        reading = journal.get_entry(first).reading
        added = journal.add_entry("A new entry after the upgrade.", reading)
        journal.update_entry(first, closing={"kind": "both"})
        journal.answer_followup(MAKER.FOLLOWUPS[1]["id"], True, "Kept it all week.")
        journal.change_passphrase(MAKER.PASSPHRASE, "a new passphrase after years")
    with Journal.open(old_journal, "a new passphrase after years") as again:
        assert again.get_entry(added.id).text == "A new entry after the upgrade."
        assert again.get_entry(first).closing == {"kind": "both"}
        assert again.count() == len(MAKER.ENTRIES) + 1
    engine = create_engine(old_journal)
    try:
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        engine.dispose()


def test_the_web_app_shows_a_first_schema_journal(
    old_journal: str, tmp_data_dir: Path, make_client: Callable[..., Any]
) -> None:
    client = make_client(passphrase=MAKER.PASSPHRASE)
    page = client.get("/journal")
    assert page.status_code == 200
    for entry in MAKER.ENTRIES:
        assert f"/entries/{entry['id']}" in page.text
    shown = client.get(f"/entries/{MAKER.ENTRIES[1]['id']}").text
    assert "&lt;b&gt;Not me&lt;/b&gt; &amp; that" in shown, "her old words, escaped"


def test_a_first_schema_journal_backs_up_and_restores(old_journal: str, tmp_path: Path) -> None:
    with Journal.open(old_journal, MAKER.PASSPHRASE) as journal:
        path = journal.backup(tmp_path / "old.backup")
        exported = journal.export()
    with Journal.restore_backup(path, sqlite_url(tmp_path / "new"), MAKER.PASSPHRASE) as restored:
        assert {**restored.export(), "exported_at": None} == {**exported, "exported_at": None}


def test_the_script_still_makes_the_same_journal(tmp_path: Path) -> None:
    made = MAKER.make(tmp_path / "again.sqlite3")
    assert revision(f"sqlite:///{made}") == "0001"
    with (
        Journal.open(f"sqlite:///{made}", MAKER.PASSPHRASE) as fresh,
        Journal.open(f"sqlite:///{_copy(tmp_path)}", MAKER.PASSPHRASE) as kept,
    ):
        assert {**fresh.export(), "exported_at": None} == {**kept.export(), "exported_at": None}


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "kept.sqlite3"
    shutil.copyfile(FIRST, target)
    return target
