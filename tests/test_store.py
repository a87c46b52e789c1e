from __future__ import annotations

import json
import os
import shutil
import stat
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text

from conftest import FAST_KDF_KIB, PASSPHRASE, MakeJournal
from unshame.config import sqlite_url
from unshame.errors import (
    ImportFormatError,
    InputError,
    JournalExists,
    JournalLocked,
    NoJournal,
    NotFound,
    SettingError,
    WrongPassphrase,
)
from unshame.store import DamagedRecord, Entry, Journal, SchemaTooNew, database

READING = {"kind": "mixed", "scores": {"guilt": 0.7, "shame": 0.6}, "signals": []}


def raw(url: str, sql: str, **params: Any) -> list[Any]:
    """Rows straight from the file, around the store."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params)
            return list(result) if result.returns_rows else []
    finally:
        engine.dispose()


def files_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.fixture
def local_tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This machine's clock at UTC+03:30, whatever zone the tests run in."""
    monkeypatch.setenv("TZ", "XYZ-03:30")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# --- opening ---------------------------------------------------------------------------


def test_a_created_journal_opens_again_with_its_passphrase(tmp_data_dir: Path) -> None:
    url = sqlite_url(tmp_data_dir)
    with Journal.create(url, PASSPHRASE, kdf_memory_kib=FAST_KDF_KIB) as journal:
        entry = journal.add_entry("first words", READING)
    with Journal.open(url, PASSPHRASE) as journal:
        assert journal.get_entry(entry.id) == entry


def test_exists_needs_no_passphrase_and_creates_nothing(tmp_data_dir: Path) -> None:
    url = sqlite_url(tmp_data_dir)
    assert not Journal.exists(url)
    assert not (tmp_data_dir / "journal.db").exists()
    Journal.create(url, PASSPHRASE, kdf_memory_kib=FAST_KDF_KIB).close()
    assert Journal.exists(url)
    assert not Journal.exists(url, user="someone else")


def test_exists_is_false_for_an_empty_or_foreign_file(tmp_data_dir: Path) -> None:
    (tmp_data_dir / "empty.db").write_bytes(b"")
    (tmp_data_dir / "notes.db").write_bytes(b"just some text, not a database" * 100)
    assert not Journal.exists(sqlite_url(tmp_data_dir).replace("journal.db", "empty.db"))
    assert not Journal.exists(sqlite_url(tmp_data_dir).replace("journal.db", "notes.db"))


def test_create_makes_the_folders_and_a_file_only_she_can_read(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "er"
    Journal.create(sqlite_url(folder), PASSPHRASE, kdf_memory_kib=FAST_KDF_KIB).close()
    mode = stat.S_IMODE((folder / "journal.db").stat().st_mode)
    assert mode == 0o600


def test_an_empty_passphrase_cannot_create_a_journal(tmp_data_dir: Path) -> None:
    with pytest.raises(InputError, match="needs a passphrase"):
        Journal.create(sqlite_url(tmp_data_dir), "", kdf_memory_kib=FAST_KDF_KIB)


def test_an_unusable_kdf_memory_is_a_setting_error(tmp_data_dir: Path) -> None:
    with pytest.raises(SettingError, match="UNSHAME_KDF_MEMORY_KIB is 4"):
        Journal.create(sqlite_url(tmp_data_dir), PASSPHRASE, kdf_memory_kib=4)


def test_creating_a_second_journal_for_the_same_user_is_refused(journal: Journal) -> None:
    with pytest.raises(JournalExists, match="already a journal for 'me'"):
        Journal.create(journal.url, "another", kdf_memory_kib=FAST_KDF_KIB)


def test_two_users_share_a_file_and_see_only_their_own(make_journal: MakeJournal) -> None:
    mine = make_journal()
    theirs = make_journal(user="sam", passphrase="sam's own")
    mine.add_entry("mine", READING)
    entry = theirs.add_entry("theirs", READING)
    assert [e.text for e in mine.entries()] == ["mine"]
    with pytest.raises(NotFound):
        mine.get_entry(entry.id)
    with pytest.raises(WrongPassphrase):
        Journal.open(mine.url, PASSPHRASE, user="sam")


def test_opening_where_there_is_no_journal_says_so(tmp_data_dir: Path) -> None:
    url = sqlite_url(tmp_data_dir)
    with pytest.raises(NoJournal, match="there is no journal at"):
        Journal.open(url, PASSPHRASE)
    assert not (tmp_data_dir / "journal.db").exists()


def test_opening_for_an_unknown_user_says_so(journal: Journal) -> None:
    with pytest.raises(NoJournal, match="no journal for 'sam'"):
        Journal.open(journal.url, PASSPHRASE, user="sam")


def test_opening_a_file_that_is_not_a_journal_says_so(tmp_data_dir: Path) -> None:
    (tmp_data_dir / "journal.db").write_bytes(b"not a database at all" * 200)
    with pytest.raises(NoJournal, match="is not an unshame journal"):
        Journal.open(sqlite_url(tmp_data_dir), PASSPHRASE)


@pytest.mark.parametrize("wrong", ["a long walk at dusk", "", "A LONG WALK AT DAWN"])
def test_a_wrong_passphrase_is_a_plain_named_error(journal: Journal, wrong: str) -> None:
    with pytest.raises(WrongPassphrase, match=r"^that passphrase does not open this journal$"):
        Journal.open(journal.url, wrong)


def test_kdf_parameters_are_kept_so_new_defaults_do_not_lock_her_out(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNSHAME_KDF_MEMORY_KIB", "2048")
    Journal.open(journal.url, PASSPHRASE).close()
    assert raw(journal.url, "SELECT kdf_memory_kib FROM users") == [(FAST_KDF_KIB,)]


def test_a_closed_journal_refuses_work(journal: Journal) -> None:
    journal.close()
    journal.close()
    with pytest.raises(JournalLocked, match="closed"):
        journal.entries()


def test_the_context_manager_closes_the_journal(tmp_data_dir: Path) -> None:
    with Journal.create(
        sqlite_url(tmp_data_dir), PASSPHRASE, kdf_memory_kib=FAST_KDF_KIB
    ) as journal:
        journal.count()
    with pytest.raises(JournalLocked):
        journal.count()


# --- entries ---------------------------------------------------------------------------


def test_an_entry_reads_back_exactly(journal: Journal) -> None:
    entry = journal.add_entry(
        "I yelled at him this morning. Je suis épuisée 😔",
        READING,
        answers={"what_happened": "bedtime", "steps": ["breathe", "sorry"]},
        closing={"feeling": 3},
    )
    assert journal.get_entry(entry.id) == entry
    assert entry.text.endswith("😔")
    assert entry.answers["steps"] == ["breathe", "sorry"]
    assert entry.closing == {"feeling": 3}
    assert len(entry.id) == 32
    assert entry.created_at.tzinfo is UTC


def test_defaults_are_empty_answers_and_no_closing(journal: Journal) -> None:
    entry = journal.add_entry("words", READING)
    assert (entry.answers, entry.closing) == ({}, None)


def test_the_entry_returned_is_the_entry_stored(journal: Journal) -> None:
    reading = {"sources": ("social_media",), "scores": {1: 0.5}}
    entry = journal.add_entry("words", reading)
    reading["sources"] = ()
    assert entry == journal.get_entry(entry.id)
    assert entry.reading == {"sources": ["social_media"], "scores": {"1": 0.5}}


def test_her_words_stay_out_of_repr(journal: Journal) -> None:
    entry = journal.add_entry("a very private sentence", READING, answers={"a": "secret"})
    assert "private" not in repr(entry)
    assert "secret" not in repr(entry)


@pytest.mark.parametrize("bad", ["", "   \n"])
def test_an_entry_needs_text(journal: Journal, bad: str) -> None:
    with pytest.raises(InputError, match="needs some text"):
        journal.add_entry(bad, READING)


def test_a_reading_must_be_a_dict(journal: Journal) -> None:
    with pytest.raises(InputError, match="reading is a list"):
        journal.add_entry("words", [])  # type: ignore[arg-type]


def test_an_aware_time_keeps_her_offset(journal: Journal) -> None:
    at = datetime(2024, 3, 1, 22, 30, tzinfo=timezone(timedelta(hours=-5)))
    entry = journal.get_entry(journal.add_entry("late", READING, at=at).id)
    assert entry.created_at == datetime(2024, 3, 2, 3, 30, tzinfo=UTC)
    assert entry.tz_offset_minutes == -300
    assert entry.local_time == at
    assert entry.local_time.date() == date(2024, 3, 1)


@pytest.mark.usefixtures("local_tz")
def test_a_naive_time_is_this_machines_local_time(journal: Journal) -> None:
    entry = journal.add_entry("naive", READING, at=datetime(2024, 6, 1, 8, 0))
    assert entry.tz_offset_minutes == 210
    assert entry.created_at == datetime(2024, 6, 1, 4, 30, tzinfo=UTC)
    assert entry.local_time.replace(tzinfo=None) == datetime(2024, 6, 1, 8, 0)


@pytest.mark.usefixtures("local_tz")
def test_now_is_stamped_with_this_machines_offset(journal: Journal) -> None:
    entry = journal.add_entry("now", READING)
    assert entry.tz_offset_minutes == 210
    assert abs(entry.created_at - datetime.now(UTC)) < timedelta(seconds=5)


def test_entries_come_newest_first(journal: Journal) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for day in (2, 0, 1):
        journal.add_entry(f"day {day}", READING, at=start + timedelta(days=day))
    assert [e.text for e in journal.entries()] == ["day 2", "day 1", "day 0"]
    assert journal.count() == 3


def test_since_is_inclusive_and_until_exclusive(journal: Journal) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for day in range(5):
        journal.add_entry(f"day {day}", READING, at=start + timedelta(days=day))
    found = journal.entries(since=start + timedelta(days=1), until=start + timedelta(days=3))
    assert [e.text for e in found] == ["day 2", "day 1"]


def test_search_matches_words_in_text_and_answers_ignoring_case(journal: Journal) -> None:
    journal.add_entry("Bedtime was a battle again", READING)
    journal.add_entry(
        "A calm morning", READING, answers={"repair": {"plan": "Read BEDTIME stories"}}
    )
    journal.add_entry("Nothing here", READING)
    assert {e.text for e in journal.entries(search="bedtime")} == {
        "Bedtime was a battle again",
        "A calm morning",
    }
    assert [e.text for e in journal.entries(search="BATTLE bed")] == ["Bedtime was a battle again"]
    assert journal.entries(search="bedtime shouting") == []
    assert len(journal.entries(search="  ")) == 3


def test_an_update_changes_only_what_is_given(journal: Journal) -> None:
    entry = journal.add_entry("first", READING, answers={"a": 1}, closing={"c": 1})
    updated = journal.update_entry(entry.id, text="second", closing={"c": 2})
    assert (updated.text, updated.answers, updated.closing) == ("second", {"a": 1}, {"c": 2})
    assert updated.reading == READING
    assert updated.created_at == entry.created_at
    assert updated.updated_at >= entry.updated_at
    assert journal.get_entry(entry.id) == updated


def test_updating_or_deleting_a_missing_entry_is_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound, match="no entry with id 'nope'"):
        journal.update_entry("nope", text="x")
    with pytest.raises(NotFound, match="no entry with id 'nope'"):
        journal.delete_entry("nope")
    with pytest.raises(NotFound, match="no entry with id 'nope'"):
        journal.get_entry("nope")


def test_an_update_to_empty_text_is_refused(journal: Journal) -> None:
    entry = journal.add_entry("first", READING)
    with pytest.raises(InputError):
        journal.update_entry(entry.id, text="")
    assert journal.get_entry(entry.id).text == "first"


def test_deleting_an_entry_deletes_its_followups(journal: Journal) -> None:
    entry = journal.add_entry("first", READING)
    kept = journal.add_entry("second", READING)
    journal.add_followup(entry.id, "repair", "say sorry", date(2024, 1, 2))
    journal.add_followup(kept.id, "need", "sleep", date(2024, 1, 2))
    journal.delete_entry(entry.id)
    assert [e.id for e in journal.entries()] == [kept.id]
    assert [f.entry_id for f in journal.followups()] == [kept.id]


# --- profile ---------------------------------------------------------------------------


def test_the_profile_is_empty_then_saved_then_replaced(journal: Journal) -> None:
    assert journal.profile() == {}
    journal.save_profile({"name": "Ana", "children": ["Leo"], "region": "US"})
    assert journal.profile() == {"name": "Ana", "children": ["Leo"], "region": "US"}
    journal.save_profile({"name": "Ana"})
    assert journal.profile() == {"name": "Ana"}


def test_a_profile_must_be_a_dict(journal: Journal) -> None:
    with pytest.raises(InputError, match="profile is a dict"):
        journal.save_profile(["x"])  # type: ignore[arg-type]


# --- follow-ups ------------------------------------------------------------------------


def test_followups_are_planned_listed_and_answered(journal: Journal) -> None:
    entry = journal.add_entry("I snapped", READING)
    later = journal.add_followup(entry.id, "boundary", "no phone at dinner", date(2024, 1, 9))
    soon = journal.add_followup(entry.id, "repair", "tell him I am sorry", date(2024, 1, 2))
    assert journal.followups() == [soon, later]
    assert journal.followups(due_by=date(2024, 1, 5)) == [soon]
    answered = journal.answer_followup(soon.id, True, "we hugged")
    assert answered.answer is not None
    assert (answered.answer["done"], answered.answer["note"]) == (True, "we hugged")
    datetime.fromisoformat(answered.answer["answered_at"])
    assert journal.followups(open_only=True) == [later]
    assert journal.followups()[0] == answered


def test_a_followup_needs_a_known_kind_and_her_entry(journal: Journal) -> None:
    entry = journal.add_entry("words", READING)
    with pytest.raises(InputError, match="kind is 'apology'; expected repair, need or boundary"):
        journal.add_followup(entry.id, "apology", "x", date(2024, 1, 1))
    with pytest.raises(InputError, match="needs to say what"):
        journal.add_followup(entry.id, "need", " ", date(2024, 1, 1))
    with pytest.raises(NotFound):
        journal.add_followup("nope", "need", "rest", date(2024, 1, 1))
    with pytest.raises(NotFound, match="no follow-up"):
        journal.answer_followup("nope", True)


def test_a_datetime_due_on_becomes_its_date(journal: Journal) -> None:
    entry = journal.add_entry("words", READING)
    followup = journal.add_followup(entry.id, "need", "rest", datetime(2024, 1, 3, 18, 0))
    assert journal.followups()[0].due_on == followup.due_on == date(2024, 1, 3)


# --- at rest ---------------------------------------------------------------------------

WORDS = ["Zanzibarish", "quokkamother", "marmaladefury", "Ottilienne", "brambleshame", "Fjordnote"]


def fill_with_words(journal: Journal) -> None:
    entry = journal.add_entry(
        f"I felt {WORDS[0]} and {WORDS[0].upper()} at the park",
        {"kind": "shame", "signals": [{"text": WORDS[1]}]},
        answers={"what": WORDS[2]},
        closing={"note": WORDS[2]},
    )
    journal.save_profile({"name": WORDS[3]})
    followup = journal.add_followup(entry.id, "repair", WORDS[4], date(2024, 1, 2))
    journal.answer_followup(followup.id, True, WORDS[5])


def test_none_of_her_words_are_in_the_files_at_rest(journal: Journal, tmp_data_dir: Path) -> None:
    fill_with_words(journal)
    journal.update_entry(journal.entries()[0].id, text=f"again {WORDS[0]}")
    stored = files_bytes(tmp_data_dir)
    assert {p.name for p in tmp_data_dir.iterdir()} >= {"journal.db", "journal.db-wal"}
    for word in WORDS:
        for form in (word, word.lower(), word.upper()):
            assert form.encode() not in stored, form
            assert form.encode("utf-16-le") not in stored, form


def test_delete_everything_leaves_no_trace_of_her_records(
    journal: Journal, tmp_data_dir: Path
) -> None:
    fill_with_words(journal)
    blobs = [row[0] for row in raw(journal.url, "SELECT payload FROM entries")]
    blobs += [row[0] for row in raw(journal.url, "SELECT payload FROM profiles")]
    blobs += [row[0] for row in raw(journal.url, "SELECT answer FROM followups")]
    journal.delete_everything()
    assert (journal.count(), journal.profile(), journal.followups()) == (0, {}, [])
    stored = files_bytes(tmp_data_dir)
    for blob in blobs:
        assert blob[13:45] not in stored
    entry = journal.add_entry("a fresh start", READING)
    with Journal.open(journal.url, PASSPHRASE) as again:
        assert again.entries() == [entry]


def test_a_blob_swapped_between_rows_fails_with_a_clear_error(journal: Journal) -> None:
    first = journal.add_entry("first", READING)
    second = journal.add_entry("second", READING)
    raw(
        journal.url,
        "UPDATE entries SET payload = (SELECT payload FROM entries WHERE id = :b) WHERE id = :a",
        a=first.id,
        b=second.id,
    )
    assert journal.get_entry(second.id).text == "second"
    with pytest.raises(DamagedRecord, match=f"entries/payload/{first.id} cannot be decrypted"):
        journal.get_entry(first.id)


def test_a_blob_moved_between_columns_fails(journal: Journal) -> None:
    entry = journal.add_entry("words", READING)
    followup = journal.add_followup(entry.id, "need", "rest", date(2024, 1, 1))
    journal.answer_followup(followup.id, False)
    raw(journal.url, "UPDATE followups SET answer = payload")
    with pytest.raises(DamagedRecord, match="followups/answer"):
        journal.followups()


# --- passphrase ------------------------------------------------------------------------


def test_a_new_passphrase_rewraps_only_the_key(journal: Journal) -> None:
    fill_with_words(journal)
    query = "SELECT id, payload FROM entries UNION ALL SELECT id, answer FROM followups"
    before = raw(journal.url, query)
    wrapped_before = raw(journal.url, "SELECT wrapped_key, kdf_salt FROM users")
    journal.change_passphrase(PASSPHRASE, "a brand new one")
    assert raw(journal.url, query) == before
    assert raw(journal.url, "SELECT wrapped_key, kdf_salt FROM users") != wrapped_before
    with pytest.raises(WrongPassphrase):
        Journal.open(journal.url, PASSPHRASE)
    with Journal.open(journal.url, "a brand new one") as again:
        assert again.export()["entries"] == journal.export()["entries"]
    journal.add_entry("still writable", READING)


def test_a_wrong_old_passphrase_changes_nothing(journal: Journal) -> None:
    with pytest.raises(WrongPassphrase):
        journal.change_passphrase("not it", "new")
    with pytest.raises(InputError, match="new passphrase is empty"):
        journal.change_passphrase(PASSPHRASE, "")
    Journal.open(journal.url, PASSPHRASE).close()


def test_a_passphrase_changed_elsewhere_stops_a_stale_backup(
    journal: Journal, tmp_path: Path
) -> None:
    with Journal.open(journal.url, PASSPHRASE) as other:
        other.change_passphrase(PASSPHRASE, "changed")
    with pytest.raises(JournalLocked, match="changed elsewhere"):
        journal.backup(tmp_path / "b.unshame")
    with pytest.raises(JournalLocked, match="changed elsewhere"):
        journal.delete_everything()


# --- export and import -----------------------------------------------------------------


def test_export_holds_everything_as_json(journal: Journal) -> None:
    fill_with_words(journal)
    data = json.loads(json.dumps(journal.export()))
    assert (data["format"], data["schema_version"]) == ("unshame-export", 1)
    datetime.fromisoformat(data["exported_at"])
    assert data["profile"] == {"name": WORDS[3]}
    [entry] = data["entries"]
    assert set(entry) == {
        "id",
        "created_at",
        "tz_offset_minutes",
        "updated_at",
        "text",
        "reading",
        "answers",
        "closing",
    }
    [followup] = data["followups"]
    assert followup["what"] == WORDS[4]
    assert followup["answer"]["note"] == WORDS[5]


def test_export_and_import_round_trip_exactly(make_journal: MakeJournal, tmp_path: Path) -> None:
    source = make_journal()
    fill_with_words(source)
    source.add_entry(
        "older", READING, at=datetime(2023, 5, 1, 9, tzinfo=timezone(timedelta(hours=2)))
    )
    exported = source.export()
    target = make_journal(tmp_path / "elsewhere")
    assert target.import_export(exported) == 2
    again = target.export()
    assert {**again, "exported_at": None} == {**exported, "exported_at": None}
    assert target.entries() == source.entries()
    assert target.followups() == source.followups()


def test_importing_twice_skips_what_is_already_there(journal: Journal) -> None:
    fill_with_words(journal)
    exported = journal.export()
    assert journal.import_export(exported) == 0
    assert journal.count() == 1
    assert len(journal.followups()) == 1


def test_import_keeps_her_profile_and_fills_gaps(journal: Journal) -> None:
    journal.save_profile({"name": "Ana"})
    data = {**journal.export(), "profile": {"name": "Other", "region": "UK"}}
    journal.import_export(data)
    assert journal.profile() == {"name": "Ana", "region": "UK"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "something"}, "not an unshame export"),
        ({"schema_version": 2}, "schema_version 2; this unshame reads schema_version 1"),
        ({"entries": {}}, "entries is not a list"),
        ({"entries": [{"id": "x"}]}, r"entries\[0\]\.created_at is missing"),
        ({"profile": []}, "profile is not a JSON object"),
    ],
)
def test_an_unreadable_export_is_refused_with_a_clear_message(
    journal: Journal, change: dict[str, Any], message: str
) -> None:
    data = {**journal.export(), **change}
    with pytest.raises(ImportFormatError, match=message):
        journal.import_export(data)


def test_a_bad_entry_in_an_export_names_its_field(journal: Journal) -> None:
    journal.add_entry("words", READING)
    data = journal.export()
    data["entries"][0]["text"] = 5
    with pytest.raises(ImportFormatError, match=r"entries\[0\]\.text is not a string"):
        journal.import_export(data)
    data["entries"][0]["text"] = "ok"
    data["entries"][0]["created_at"] = "2024-01-01T10:00:00"
    with pytest.raises(ImportFormatError, match="ISO time with offset"):
        journal.import_export(data)


def test_a_followup_for_a_missing_entry_is_refused_and_nothing_is_imported(
    make_journal: MakeJournal, tmp_path: Path
) -> None:
    source = make_journal()
    fill_with_words(source)
    data = source.export()
    data["followups"][0]["entry_id"] = "elsewhere"
    target = make_journal(tmp_path / "target")
    with pytest.raises(ImportFormatError, match=r"followups\[0\]\.entry_id"):
        target.import_export(data)
    assert target.count() == 0


def test_a_not_a_dict_export_is_refused(journal: Journal) -> None:
    with pytest.raises(ImportFormatError, match="not an unshame export"):
        journal.import_export([])  # type: ignore[arg-type]


# --- backup ----------------------------------------------------------------------------


def test_a_backup_restores_on_a_fresh_machine(journal: Journal, tmp_path: Path) -> None:
    fill_with_words(journal)
    path = journal.backup(tmp_path / "backups" / "journal.unshame")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b'{"format":"unshame-backup","version":1')
    for word in WORDS:
        assert word.encode() not in path.read_bytes()
    fresh = tmp_path / "new machine"
    with Journal.restore_backup(path, sqlite_url(fresh), PASSPHRASE) as restored:
        assert restored.entries() == journal.entries()
        assert restored.followups() == journal.followups()
        assert restored.profile() == journal.profile()
    with Journal.open(sqlite_url(fresh), PASSPHRASE) as again:
        assert again.count() == 1


def test_a_backup_refuses_the_wrong_passphrase_and_creates_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    path = journal.backup(tmp_path / "journal.unshame")
    fresh = tmp_path / "new machine"
    with pytest.raises(WrongPassphrase, match="does not open this backup"):
        Journal.restore_backup(path, sqlite_url(fresh), "not it")
    assert not fresh.exists()


def test_a_backup_fills_an_existing_journal_without_duplicates(
    make_journal: MakeJournal, tmp_path: Path
) -> None:
    source = make_journal()
    fill_with_words(source)
    path = source.backup(tmp_path / "journal.unshame")
    target = make_journal(tmp_path / "target", passphrase="her new passphrase")
    target.add_entry("already here", READING)
    url = target.url
    with Journal.restore_backup(
        path, url, "her new passphrase", backup_passphrase=PASSPHRASE
    ) as restored:
        assert restored.count() == 2
    with Journal.restore_backup(
        path, url, "her new passphrase", backup_passphrase=PASSPHRASE
    ) as restored:
        assert restored.count() == 2


def test_a_file_that_is_not_a_backup_is_named(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not a backup")
    with pytest.raises(ImportFormatError, match="not an unshame backup"):
        Journal.restore_backup(path, sqlite_url(tmp_path / "d"), PASSPHRASE)
    with pytest.raises(ImportFormatError, match="cannot read the backup"):
        Journal.restore_backup(tmp_path / "missing", sqlite_url(tmp_path / "d"), PASSPHRASE)


# --- concurrency -----------------------------------------------------------------------


def write_many(journal: Journal, label: str, errors: list[BaseException]) -> None:
    try:
        for i in range(50):
            journal.add_entry(f"{label} {i}", READING)
    except BaseException as exc:  # pragma: no cover - reported by the test
        errors.append(exc)


def test_two_journals_writing_at_once_lose_nothing(journal: Journal) -> None:
    other = Journal.open(journal.url, PASSPHRASE)
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=write_many, args=(j, label, errors))
        for j, label in ((journal, "one"), (other, "two"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert errors == []
    texts = {e.text for e in journal.entries()}
    assert journal.count() == 100
    assert texts == {f"{label} {i}" for label in ("one", "two") for i in range(50)}


def test_one_journal_shared_by_threads_loses_nothing(journal: Journal) -> None:
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=write_many, args=(journal, str(n), errors)) for n in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert journal.count() == 150


def test_every_connection_gets_wal_busy_timeout_and_foreign_keys(journal: Journal) -> None:
    engine = database.make_engine(journal.url)
    try:
        with engine.connect() as conn:
            pragma = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "busy_timeout", "foreign_keys", "secure_delete")
            }
    finally:
        engine.dispose()
    assert pragma == {
        "journal_mode": "wal",
        "busy_timeout": 5000,
        "foreign_keys": 1,
        "secure_delete": 1,
    }


def test_writes_take_the_write_lock_when_they_begin(journal: Journal) -> None:
    engine = database.make_engine(journal.url)
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    try:
        with database.writing(engine) as conn:
            conn.execute(text("SELECT 1"))
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    finally:
        engine.dispose()
    assert [s for s in seen if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE", "BEGIN"]


# --- migrations ------------------------------------------------------------------------


def test_a_new_journal_is_at_the_head_revision(journal: Journal) -> None:
    assert raw(journal.url, "SELECT version_num FROM alembic_version") == [
        (database.head_revision(),)
    ]
    meta = dict(raw(journal.url, "SELECT key, value FROM meta"))
    assert meta["format"] == "unshame-journal"


def test_the_migrations_build_exactly_the_models(journal: Journal) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from unshame.store.models import Base

    engine = create_engine(journal.url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_an_empty_database_file_is_upgraded_to_head(tmp_data_dir: Path) -> None:
    (tmp_data_dir / "journal.db").write_bytes(b"")
    url = sqlite_url(tmp_data_dir)
    with pytest.raises(NoJournal, match="there is no journal in"):
        Journal.open(url, PASSPHRASE)
    Journal.create(url, PASSPHRASE, kdf_memory_kib=FAST_KDF_KIB).close()
    assert raw(url, "SELECT version_num FROM alembic_version") == [(database.head_revision(),)]


NEXT_REVISION = """
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    meta = sa.table("meta", sa.column("key"), sa.column("value"))
    op.bulk_insert(meta, [{"key": "test", "value": "upgraded"}])


def downgrade():
    op.execute("DELETE FROM meta WHERE key = 'test'")
"""


@pytest.fixture
def newer_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This unshame's migrations plus a revision 0002, as a later release would ship."""
    folder = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0002_test.py").write_text(NEXT_REVISION)
    monkeypatch.setattr(database, "MIGRATIONS", folder)
    database.head_revision.cache_clear()
    database.known_revisions.cache_clear()
    yield
    monkeypatch.undo()
    database.head_revision.cache_clear()
    database.known_revisions.cache_clear()


def test_an_older_schema_is_upgraded_when_the_journal_opens(
    journal: Journal, request: pytest.FixtureRequest
) -> None:
    entry = journal.add_entry("kept across upgrades", READING)
    journal.close()
    request.getfixturevalue("newer_migrations")
    with Journal.open(journal.url, PASSPHRASE) as again:
        assert again.get_entry(entry.id).text == "kept across upgrades"
    assert raw(journal.url, "SELECT version_num FROM alembic_version") == [("0002",)]
    assert ("test", "upgraded") in raw(journal.url, "SELECT key, value FROM meta")


def test_migrations_go_down_and_up_again(tmp_data_dir: Path) -> None:
    from alembic import command

    url = sqlite_url(tmp_data_dir)
    Journal.create(url, PASSPHRASE, kdf_memory_kib=FAST_KDF_KIB).close()
    engine = database.make_engine(url)
    try:
        with database.writing(engine) as conn:
            command.downgrade(database.alembic_config(conn), "base")
        assert not database.has_tables(engine)
        database.upgrade(engine)
        assert database.has_tables(engine)
    finally:
        engine.dispose()


def test_a_schema_from_a_newer_unshame_is_named(journal: Journal) -> None:
    journal.close()
    raw(journal.url, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaTooNew, match="schema '9999', newer than this unshame knows"):
        Journal.open(journal.url, PASSPHRASE)


def test_entry_is_a_frozen_value() -> None:
    entry = Entry(
        "id",
        datetime(2024, 1, 1, tzinfo=UTC),
        60,
        datetime(2024, 1, 1, tzinfo=UTC),
        "t",
        {},
        {},
        None,
    )
    with pytest.raises(AttributeError):
        entry.text = "other"  # type: ignore[misc]
    assert entry.local_time.isoformat() == "2024-01-01T01:00:00+01:00"


def test_backups_need_no_extra_files_beside_the_journal(
    journal: Journal, tmp_data_dir: Path
) -> None:
    journal.backup(tmp_data_dir / "b.unshame")
    leftovers = [p.name for p in tmp_data_dir.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert os.path.exists(tmp_data_dir / "b.unshame")


def test_entries_come_a_page_at_a_time_with_or_without_a_search(make_journal: Any) -> None:
    journal = make_journal()
    start = datetime(2026, 3, 1, 8, 0)
    for i in range(7):
        word = "lunchbox" if i % 2 else "bedtime"
        journal.add_entry(f"{i}: about the {word}", {}, at=start + timedelta(days=i))
    texts = [e.text[0] for e in journal.entries(limit=3, offset=2)]
    assert texts == ["4", "3", "2"]  # newest first: 6 5 | 4 3 2 | 1 0
    assert [e.text[0] for e in journal.entries(limit=3, offset=6)] == ["0"]
    assert journal.entries(limit=3, offset=9) == []
    assert [e.text[0] for e in journal.entries(search="LUNCHBOX", limit=2, offset=1)] == ["3", "1"]
    assert [e.text[0] for e in journal.entries(search="lunchbox")] == ["5", "3", "1"]


def test_re_saved_answers_change_or_drop_the_open_follow_ups_only(make_journal: Any) -> None:
    journal = make_journal()
    entry = journal.add_entry("I yelled at Sam.", {})
    day = date(2026, 12, 1)
    answers = {"repair": {"what": "say sorry"}}
    journal.update_entry(entry.id, answers=answers, followups=[("repair", "Say sorry", day)])
    journal.update_entry(entry.id, answers=answers, followups=[("repair", "Say sorry", day)])
    (first,) = journal.followups()
    # a new date and new words: the same follow-up, changed (not a second one)
    later = date(2026, 12, 3)
    journal.update_entry(
        entry.id,
        answers=answers,
        followups=[("repair", "Say sorry after school", later), ("boundary", "No phone", day)],
    )
    now = {f.kind: f for f in journal.followups()}
    assert set(now) == {"repair", "boundary"}
    assert now["repair"].id == first.id
    assert (now["repair"].what, now["repair"].due_on) == ("Say sorry after school", later)
    # answered ones stay as they were; an open one she no longer plans goes
    journal.answer_followup(now["boundary"].id, True, "kept it")
    journal.update_entry(entry.id, answers=answers, followups=[])
    (left,) = journal.followups()
    assert (left.kind, left.answer is not None) == ("boundary", True)
    # editing only the text leaves the plan alone
    journal.update_entry(entry.id, answers=answers, followups=[("repair", "Say sorry", day)])
    journal.update_entry(entry.id, text="I shouted at Sam.")
    assert {f.kind for f in journal.followups()} == {"boundary", "repair"}
