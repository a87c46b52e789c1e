"""Nothing she was told is saved is ever lost: kills in mid-write, export, backup, restore.

The crash test runs writers in subprocesses that print each id only after the journal
call returned (the commit is done), kills them with SIGKILL at random moments, and then
opens the journal: every confirmed write must be there, decrypt and be whole.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from conftest import FAST_KDF_KIB, PASSPHRASE, MakeJournal
from unshame.analysis import analyze
from unshame.cli import main
from unshame.config import sqlite_url
from unshame.errors import InputError
from unshame.store import Journal

# Two writers at once on the same journal, killed 15 times each: 30 kills. For a longer
# hunt: UNSHAME_CRASH_ROUNDS=500 UNSHAME_CRASH_SEED=7 pytest tests/test_durability.py
ROUNDS = int(os.environ.get("UNSHAME_CRASH_ROUNDS", "15"))
WRITERS = 2
SEED = int(os.environ.get("UNSHAME_CRASH_SEED", "20240917"))

# A process that has imported the store once and forks a fresh writer process on request,
# so thirty writers do not each pay for starting Python. A writer opens the journal itself
# (nothing is shared across the fork), prints each write to its own file once the journal
# call returned, and runs until it is killed.
SPAWNER = """
import os, signal, sys
from alembic.runtime.migration import MigrationContext
from unshame.store import Journal, database

database.head_revision(), database.known_revisions()  # read the migrations once, here
signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed writers are reaped at once
reading = {"kind": "guilt", "scores": {"guilt": 0.9, "shame": 0.1}, "signals": []}


def write(url, name, out):
    def say(*words):
        os.write(out, (" ".join(str(w) for w in words) + "\\n").encode())

    journal = Journal.open(url, os.environ["CRASH_PASSPHRASE"])
    say("open")
    n = 0
    while True:
        text = f"{name} entry {n} " + "a few more words " * (n % 40)
        entry = journal.add_entry(text, reading, closing={"kind": "guilt"} if n % 2 else None)
        say("E", entry.id, name, n)
        if n % 3 == 2:
            journal.update_entry(entry.id, answers={"count": {"n": str(n)}})
            say("U", entry.id, n)
        if n % 5 == 4:
            journal.save_profile({"writer": name, "n": n})
            say("P", name, n)
        n += 1


for line in sys.stdin:
    url, name, path = line.split()
    out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    pid = os.fork()
    if pid == 0:
        try:
            write(url, name, out)
        finally:
            os._exit(1)
    os.close(out)
    print(pid, flush=True)
"""


@dataclass
class Confirmed:
    """What the killed writers were told was saved."""

    entries: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> (writer, n)
    answers: dict[str, int] = field(default_factory=dict)  # id -> n
    profiles: list[tuple[str, int]] = field(default_factory=list)
    kills: int = 0

    def read(self, output: bytes) -> None:
        for line in output.decode().splitlines(keepends=True):
            if not line.endswith("\n"):
                break  # cut by the kill: never confirmed
            kind, *rest = line.split()
            if kind == "E":
                self.entries[rest[0]] = (rest[1], int(rest[2]))
            elif kind == "U":
                self.answers[rest[0]] = int(rest[1])
            elif kind == "P":
                self.profiles.append((rest[0], int(rest[1])))


class Spawner:
    """Starts writer processes on one journal and kills them."""

    def __init__(self, url: str, folder: Path) -> None:
        self.url = url
        self.folder = folder
        self.process = subprocess.Popen(
            [sys.executable, "-c", SPAWNER],
            env={**os.environ, "CRASH_PASSPHRASE": PASSPHRASE},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def start(self, name: str) -> tuple[int, Path]:
        assert self.process.stdin is not None and self.process.stdout is not None
        path = self.folder / f"{name}.out"
        self.process.stdin.write(f"{self.url} {name} {path}\n")
        self.process.stdin.flush()
        return int(self.process.stdout.readline()), path

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


def kill_at_random(pid: int, output: Path, rng: random.Random) -> bytes:
    """SIGKILL a writer at a random moment: mostly while it writes, sometimes while it opens."""
    if rng.random() < 0.8:
        deadline = time.monotonic() + 30
        while not (output.exists() and output.read_bytes()) and time.monotonic() < deadline:
            time.sleep(0.002)
        assert output.read_bytes().startswith(b"open\n")
    time.sleep(rng.uniform(0.0, 0.2))
    os.kill(pid, signal.SIGKILL)
    while True:  # gone once reaped; what it wrote before the kill is in the file
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.001)
    return output.read_bytes() if output.exists() else b""


def check_journal(url: str, path: Path, confirmed: Confirmed) -> None:
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    with Journal.open(url, PASSPHRASE) as journal:
        stored = {entry.id: entry for entry in journal.entries()}  # every row decrypts
        profile = journal.profile()
    missing = set(confirmed.entries) - set(stored)
    assert not missing, f"confirmed but lost: {sorted(missing)}"
    for entry_id, (writer, n) in confirmed.entries.items():
        assert stored[entry_id].text.startswith(f"{writer} entry {n} ")
    for entry_id, n in confirmed.answers.items():
        assert stored[entry_id].answers == {"count": {"n": str(n)}}
    unconfirmed = set(stored) - set(confirmed.entries)
    assert len(unconfirmed) <= confirmed.kills, "at most one unconfirmed write per kill"
    for entry in stored.values():
        writer, _, n = entry.text.split()[:3]
        assert entry.text.startswith(f"{writer} entry {n} "), "a whole entry, never a part"
    if confirmed.profiles:
        assert set(profile) == {"writer", "n"}, "a whole profile, never a part"


@pytest.fixture
def crash_journal(make_journal: MakeJournal) -> Iterator[tuple[str, Path]]:
    journal = make_journal()
    url = journal.url
    journal.close()
    yield url, Path(url.removeprefix("sqlite:///"))


def test_writers_killed_mid_write_lose_nothing_they_confirmed(
    crash_journal: tuple[str, Path], tmp_path: Path
) -> None:
    url, path = crash_journal
    rng = random.Random(SEED)
    confirmed = Confirmed()
    spawner = Spawner(url, tmp_path)
    try:
        for round_ in range(ROUNDS):
            writers = [spawner.start(f"w{round_}x{i}") for i in range(WRITERS)]
            for pid, output in writers:
                confirmed.read(kill_at_random(pid, output, rng))
                confirmed.kills += 1
            check_journal(url, path, confirmed)
    finally:
        spawner.close()
    assert confirmed.kills == ROUNDS * WRITERS
    assert len(confirmed.entries) >= ROUNDS, f"the writers wrote (seed {SEED})"
    assert confirmed.answers and confirmed.profiles


def test_a_write_that_fails_half_way_leaves_nothing_behind(
    make_journal: MakeJournal, tmp_path: Path
) -> None:
    source = make_journal()
    fill(source)
    data = source.export()
    data["followups"][0]["answer"] = {"done": True, "score": float("nan")}
    target = make_journal(tmp_path / "target")
    target.save_profile({"region": "US"})
    before = target.export()
    with pytest.raises(InputError, match="cannot be stored"):
        target.import_export(data)  # the entries go in first, then this follow-up fails
    assert {**target.export(), "exported_at": None} == {**before, "exported_at": None}


def test_every_commit_is_synced_to_disk(journal: Journal) -> None:
    from unshame.store import database

    engine = database.make_engine(journal.url)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        engine.dispose()


# --- export, import, backup, restore ------------------------------------------------------

WORDS = ("Lanternfish", "corduroyhope", "Pebbledusk", "ginkgoferry", "Tamarindsong")


def fill(journal: Journal) -> None:
    """One of everything she can keep: entries with readings, answers, closings, follow-ups."""
    texts = (
        f"I yelled at {WORDS[0]} this morning. I'm such a horrible mother.",
        "Every other mom on Instagram has it together.",
        f"We baked bread and laughed about {WORDS[1]}.",
    )
    moments = (
        datetime(2024, 3, 1, 8, 30, tzinfo=timezone(timedelta(hours=-5))),
        datetime(2024, 3, 2, 22, 5, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        None,
    )
    entries = [
        journal.add_entry(text, analyze(text).to_dict(), at=moment)
        for text, moment in zip(texts, moments, strict=True)
    ]
    first = entries[0]
    journal.update_entry(
        first.id,
        answers={"learn_repair": {"repair": f"Say sorry to {WORDS[0]}", "when": "2024-03-02"}},
        closing={"kind": "guilt", "effect": "lighter"},
    )
    journal.update_entry(entries[1].id, closing={"kind": "shame", "effect": "the same"})
    done = journal.add_followup(first.id, "repair", f"Breakfast with {WORDS[2]}", date(2024, 3, 2))
    journal.answer_followup(done.id, True, f"It went well, {WORDS[3]}")
    journal.add_followup(entries[1].id, "boundary", "No phone after nine", date(2024, 3, 9))
    journal.save_profile(
        {
            "values": ["honesty", WORDS[4]],
            "people": [{"name": "Ana", "email": "ana@example.org", "phone": ""}],
            "children": [{"name": "Sam", "age": "4"}],
            "region": "GB",
        }
    )


def same_journal(a: Journal, b: Journal) -> None:
    assert {**a.export(), "exported_at": None} == {**b.export(), "exported_at": None}
    assert a.entries() == b.entries()
    assert a.followups() == b.followups()
    assert a.profile() == b.profile()


def test_export_then_import_restores_everything_exactly(
    make_journal: MakeJournal, tmp_path: Path
) -> None:
    source = make_journal()
    fill(source)
    exported = json.loads(json.dumps(source.export()))  # through a file's worth of JSON
    assert (exported["format"], exported["schema_version"]) == ("unshame-export", 1)
    target = make_journal(tmp_path / "new machine")
    assert target.import_export(exported) == 3
    same_journal(source, target)
    answered = [f for f in target.followups() if f.answer is not None]
    assert [f.answer["note"] for f in answered if f.answer] == [f"It went well, {WORDS[3]}"]


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("UNSHAME_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("UNSHAME_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("UNSHAME_KDF_MEMORY_KIB", str(FAST_KDF_KIB))
    return tmp_path


def run(*args: str) -> tuple[int, str]:
    from click.testing import CliRunner

    with CliRunner().isolation() as streams:
        code = main(list(args))
    return code, streams[0].getvalue().decode() + streams[1].getvalue().decode()


def test_the_command_line_round_trips_a_whole_journal(
    cli_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal.create(
        sqlite_url(cli_env / "data"), PASSPHRASE, kdf_memory_kib=FAST_KDF_KIB
    ) as journal:
        fill(journal)
    exported, markdown, backup = (cli_env / n for n in ("e.json", "e.md", "j.backup"))
    assert run("journal", "export", "-o", str(exported))[0] == 0
    assert run("journal", "export", "--format", "markdown", "-o", str(markdown))[0] == 0
    assert run("backup", str(backup))[0] == 0
    assert json.loads(exported.read_text())["schema_version"] == 1
    text = markdown.read_text()
    for word in WORDS[:2]:
        assert word in text, word
    assert "Say sorry to" in text and "lighter" in text
    for word in WORDS:
        assert word.encode() not in backup.read_bytes()

    for folder, command in (("from-export", "journal import"), ("from-backup", "restore")):
        monkeypatch.setenv("UNSHAME_DATA_DIR", str(cli_env / folder))
        source = exported if command == "journal import" else backup
        code, said = run(*command.split(), str(source))
        assert code == 0, said
        with (
            Journal.open(sqlite_url(cli_env / "data"), PASSPHRASE) as original,
            Journal.open(sqlite_url(cli_env / folder), PASSPHRASE) as copy,
        ):
            same_journal(original, copy)


def test_a_restore_over_a_damaged_backup_changes_nothing(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    path = journal.backup(tmp_path / "j.backup")
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    fresh = tmp_path / "fresh"
    with pytest.raises(Exception, match="does not open this backup"):
        Journal.restore_backup(path, sqlite_url(fresh), PASSPHRASE)
    assert not (fresh / "journal.db").exists()


def test_an_api_change_that_fails_half_way_changes_nothing(site: Any) -> None:
    site.welcome()
    entry_id = site.new_entry("I yelled at him this morning.")
    headers = {"X-CSRF-Token": site.token()}
    before = site.client.get(f"/api/entries/{entry_id}").json()
    change = {
        "text": "A new text that must not be kept.",
        "answers": {"learn_repair": {"repair": "Say sorry", "repair_on": "next Tuesday-ish"}},
        "closing": {"kind": "guilt"},
    }
    refused = site.client.put(f"/api/entries/{entry_id}", json=change, headers=headers)
    assert refused.status_code == 422, refused.text
    assert site.client.get(f"/api/entries/{entry_id}").json() == before
    too_long = {**change, "answers": None, "text": "x" * 20_001}
    refused = site.client.put(f"/api/entries/{entry_id}", json=too_long, headers=headers)
    assert refused.status_code == 413
    assert site.client.get(f"/api/entries/{entry_id}").json() == before
    change["answers"]["learn_repair"]["repair_on"] = "2030-01-02"
    kept = site.client.put(f"/api/entries/{entry_id}", json=change, headers=headers).json()
    assert kept["text"] == change["text"] and kept["closing"] == {"kind": "guilt"}
    assert kept["answers"] == change["answers"]


def test_an_entry_and_the_followups_it_plans_are_kept_together(journal: Journal) -> None:
    day = date(2030, 1, 2)
    with pytest.raises(InputError, match="follow-up kind"):
        journal.add_entry("words", {}, followups=[("apology", "Say sorry", day)])
    assert journal.count() == 0, "the entry waits for its follow-ups"
    twice = [("repair", "Say sorry", day), ("repair", "Say sorry", day)]
    entry = journal.add_entry("words", {}, followups=twice)
    assert [(f.kind, f.what) for f in journal.followups()] == [("repair", "Say sorry")]
    added = journal.plan_followups(entry.id, [*twice, ("need", "Sleep", day)])
    assert [(f.kind, f.what) for f in added] == [("need", "Sleep")]
    # re-saved answers are her whole plan now: the repair stays once, the need she no
    # longer sets goes (it was never answered)
    journal.update_entry(entry.id, answers={"a": {"b": "c"}}, followups=twice)
    assert [(f.kind, f.what) for f in journal.followups()] == [("repair", "Say sorry")]
