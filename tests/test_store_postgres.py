"""The journal on a real PostgreSQL server: the schema needs no rewrite for it.

Runs when UNSHAME_TEST_POSTGRES_URL names a database (`.ci/run` starts a server and
sets it); each test writes as its own user, so the tests also show many people
sharing one database without seeing each other's words.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text

from unshame.errors import NotFound, WrongPassphrase
from unshame.store import Journal

URL = os.environ.get("UNSHAME_TEST_POSTGRES_URL", "")
KDF = 1024

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not URL, reason="UNSHAME_TEST_POSTGRES_URL is not set"),
]
READING = {"kind": "mixed", "scores": {"guilt": 0.9, "shame": 0.8}, "signals": []}


@pytest.fixture
def user() -> str:
    return "u-" + uuid.uuid4().hex[:12]


@pytest.fixture
def opened() -> Iterator[list[Journal]]:
    """Journals a test opens, closed after it."""
    journals: list[Journal] = []
    yield journals
    for journal in journals:
        journal.close()


@pytest.fixture
def new(opened: list[Journal]) -> Callable[..., Journal]:
    def make(user: str, passphrase: str = "pw", *, create: bool = True) -> Journal:
        if create:
            journal = Journal.create(URL, passphrase, user=user, kdf_memory_kib=KDF)
        else:
            journal = Journal.open(URL, passphrase, user=user)
        opened.append(journal)
        return journal

    return make


@pytest.fixture
def journal(user: str, new: Callable[..., Journal]) -> Journal:
    return new(user, "a long walk at dawn")


def test_entries_round_trip_and_search(journal: Journal) -> None:
    first = journal.add_entry("I yelled at Sam this morning.", READING)
    journal.add_entry("We baked bread.", READING, at=datetime.now(UTC) - timedelta(1))
    assert journal.count() == 2
    assert [e.id for e in journal.entries(search="sam")] == [first.id]
    changed = journal.update_entry(first.id, answers={"learn_repair": {"repair": "Say sorry"}})
    assert journal.get_entry(first.id).answers == changed.answers
    journal.delete_entry(first.id)
    with pytest.raises(NotFound):
        journal.get_entry(first.id)


def test_profile_followups_and_passphrase(
    journal: Journal, user: str, new: Callable[..., Journal]
) -> None:
    entry = journal.add_entry("I snapped at bedtime.", READING)
    journal.save_profile({"children": [{"name": "Sam", "age": 4}]})
    plan = journal.add_followup(entry.id, "repair", "talk with Sam", date.today())
    journal.answer_followup(plan.id, True, "we hugged")
    journal.change_passphrase("a long walk at dawn", "new words")
    again = new(user, "new words", create=False)
    assert again.profile()["children"][0]["name"] == "Sam"
    assert again.followups()[0].answer is not None
    with pytest.raises(WrongPassphrase):
        Journal.open(URL, "a long walk at dawn", user=user)


def test_export_import_into_another_user(journal: Journal, new: Callable[..., Journal]) -> None:
    entry = journal.add_entry("I forgot the recital.", READING, answers={"x": {"y": "z"}})
    journal.add_followup(entry.id, "repair", "say sorry", date.today())
    other = new("v-" + uuid.uuid4().hex[:12])
    assert other.import_export(journal.export()) == 1
    assert other.entries()[0].text == "I forgot the recital."
    assert other.entries()[0].id != entry.id  # the id was hers; his copy gets its own
    assert [f.what for f in other.followups()] == ["say sorry"]
    assert journal.count() == 1


def test_users_do_not_see_each_other(journal: Journal, new: Callable[..., Journal]) -> None:
    journal.add_entry("private words", READING)
    stranger = new("w-" + uuid.uuid4().hex[:12])
    assert stranger.count() == 0
    assert stranger.entries(search="private") == []


def test_nothing_she_wrote_is_stored_in_plain(journal: Journal) -> None:
    marker = "zebra-" + uuid.uuid4().hex
    journal.add_entry(f"I wrote {marker} tonight.", READING)
    journal.save_profile({"values": [marker]})
    engine = create_engine(URL)
    with engine.connect() as conn:
        for table in ("entries", "profiles", "followups", "users"):
            rows = conn.execute(text(f"SELECT * FROM {table}")).all()
            assert marker.encode() not in repr(rows).encode(), table
    engine.dispose()


def test_two_writers_at_once_lose_nothing(user: str, new: Callable[..., Journal]) -> None:
    new(user + "-c")
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            with Journal.open(URL, "pw", user=user + "-c") as mine:
                for i in range(20):
                    mine.add_entry(f"writer {n} entry {i}", READING)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert new(user + "-c", create=False).count() == 60
