"""Two tabs, a tab and the terminal, many threads and processes: nothing lost or doubled.

Every writer below writes through the real code (Journal, the web app, the command
line) into one SQLite file at the same time; the counts at the end must be exact.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import PASSPHRASE
from test_logs import LiveServer, cli_env
from unshame.cli import main
from unshame.errors import JournalBusy
from unshame.store import Journal, database

READING = {"kind": "guilt", "scores": {"guilt": 0.9, "shame": 0.1}, "signals": []}
EACH = 20

# A process writing EACH entries through Journal, as `unshame journal add` would.
WRITER = """
import os, sys
from unshame.store import Journal

url, label, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
reading = {"kind": "guilt", "scores": {"guilt": 0.9, "shame": 0.1}, "signals": []}
with Journal.open(url, os.environ["UNSHAME_PASSPHRASE"]) as journal:
    for n in range(count):
        journal.add_entry(f"{label} {n}", reading)
"""


def start_writer(url: str, label: str, count: int = EACH) -> subprocess.Popen[str]:
    env = {**os.environ, "UNSHAME_PASSPHRASE": PASSPHRASE}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, url, label, str(count)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> None:
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err


def run_all(jobs: list[Callable[[], None]]) -> None:
    """Run the jobs in threads, all released at once; re-raise the first failure."""
    barrier = threading.Barrier(len(jobs))

    def released(job: Callable[[], None]) -> None:
        barrier.wait()
        job()

    with ThreadPoolExecutor(len(jobs)) as pool:
        for future in [pool.submit(released, job) for job in jobs]:
            future.result()


def texts(url: str) -> list[str]:
    with Journal.open(url, PASSPHRASE) as journal:
        return [entry.text for entry in journal.entries()]


def expected(*labels: str, count: int = EACH) -> list[str]:
    return sorted(f"{label} {n}" for label in labels for n in range(count))


class Tab:
    """One browser tab of the web app: its own session and CSRF token."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.token = str(client.get("/api/session").json()["csrf_token"])

    def write(self, label: str, count: int = EACH) -> None:
        for n in range(count):
            response = self.client.post(
                "/api/entries",
                json={"text": f"{label} {n}"},
                headers={"X-CSRF-Token": self.token},
            )
            assert response.status_code == 201, response.text


# --- many writers at once ------------------------------------------------------------------


def test_tabs_threads_and_processes_writing_at_once_lose_nothing(
    journal: Journal, make_client: Callable[..., Any]
) -> None:
    from fastapi.testclient import TestClient

    url = journal.url
    app = make_client(passphrase=PASSPHRASE).app
    tabs = [Tab(TestClient(app, base_url="http://127.0.0.1:8000")) for _ in range(2)]
    other = Journal.open(url, PASSPHRASE)

    def by_hand(book: Journal, label: str) -> Callable[[], None]:
        def write() -> None:
            for n in range(EACH):
                book.add_entry(f"{label} {n}", READING)

        return write

    processes = [start_writer(url, f"process{i}") for i in range(2)]
    try:
        run_all(
            [
                lambda: tabs[0].write("tab0"),
                lambda: tabs[1].write("tab1"),
                by_hand(journal, "thread0"),
                by_hand(journal, "thread1"),
                by_hand(other, "thread2"),
            ]
        )
    finally:
        for process in processes:
            finish(process)
        other.close()
    labels = ("tab0", "tab1", "thread0", "thread1", "thread2", "process0", "process1")
    assert sorted(texts(url)) == expected(*labels)
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_real_server_and_the_command_line_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = cli_env(data_dir, UNSHAME_PASSPHRASE=PASSPHRASE)
    with LiveServer(data_dir, tmp_path / "server.log", UNSHAME_PASSPHRASE=PASSPHRASE) as server:
        with server.client() as first:
            first.get("/")  # the server creates the journal on first use
        url = f"sqlite:///{data_dir / 'journal.db'}"
        process = start_writer(url, "process", 10)
        commands = [
            subprocess.Popen(
                [sys.executable, "-m", "unshame", "journal", "add", f"command {n}"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(3)
        ]
        clients = [server.client() for _ in range(4)]
        try:
            run_all([lambda c=c, i=i: Tab(c).write(f"tab{i}", 10) for i, c in enumerate(clients)])
            for command in commands:
                finish(command)
            finish(process)
        finally:
            for client in clients:
                client.close()
        assert "Traceback" not in server.output()
    found = sorted(texts(url))
    assert found == sorted(
        [
            *expected("tab0", "tab1", "tab2", "tab3", "process", count=10),
            *(f"command {n}" for n in range(3)),
        ]
    )


def test_two_tabs_saving_the_same_reflection_at_once_plan_each_followup_once(
    site: Any,
) -> None:
    from fastapi.testclient import TestClient

    site.welcome()
    entry_id = site.new_entry("I yelled at Sam this morning. I'm such a horrible mother.")
    answers = {"learn_repair": {"repair": "Say sorry at breakfast", "repair_on": "2030-01-02"}}
    cookies = dict(site.client.cookies)
    token = site.token()

    def save() -> None:
        tab = TestClient(site.client.app, base_url="http://127.0.0.1:8000", cookies=cookies)
        response = tab.put(
            f"/api/entries/{entry_id}",
            json={"answers": answers},
            headers={"X-CSRF-Token": token},
        )
        assert response.status_code == 200, response.text

    run_all([save] * 6)  # a double click, and more
    url = site.client.app.state.services.config.database_url
    with Journal.open(url, PASSPHRASE) as journal:
        planned = [(f.kind, f.what) for f in journal.followups()]
    assert planned == [("repair", "Say sorry at breakfast")]


def test_two_tabs_changing_one_entry_at_once_keep_both_changes(api_site: Any) -> None:
    from fastapi.testclient import TestClient

    site, entry_id, token = api_site
    cookies = dict(site.client.cookies)

    def change(body: dict[str, Any]) -> Callable[[], None]:
        def put() -> None:
            tab = TestClient(site.client.app, base_url="http://127.0.0.1:8000", cookies=cookies)
            response = tab.put(f"/api/entries/{entry_id}", json=body, headers=token)
            assert response.status_code == 200, response.text

        return put

    run_all(
        [
            change({"closing": {"kind": "guilt", "effect": "lighter"}}),
            change({"answers": {"tell_apart": {"which": "guilt"}}}),
        ]
    )
    entry = site.client.get(f"/api/entries/{entry_id}").json()
    assert entry["closing"] == {"kind": "guilt", "effect": "lighter"}
    assert entry["answers"] == {"tell_apart": {"which": "guilt"}}


@pytest.fixture
def api_site(site: Any) -> tuple[Any, str, dict[str, str]]:
    site.welcome()
    entry_id = site.new_entry("I forgot her lunch today.")
    return site, entry_id, {"X-CSRF-Token": site.token()}


# --- the busy timeout ----------------------------------------------------------------------


@contextmanager
def write_lock_held(url: str) -> Iterator[sqlite3.Connection]:
    """Another program holding the journal's write lock until the block ends."""
    db = sqlite3.connect(
        url.removeprefix("sqlite:///"), isolation_level=None, timeout=0, check_same_thread=False
    )
    try:
        db.execute("BEGIN IMMEDIATE")
        yield db
        if db.in_transaction:
            db.execute("ROLLBACK")
    finally:
        db.close()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> int:
    """A busy timeout of 0.3 s for connections opened from now on."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    return 300


def test_a_writer_waits_for_the_journal_within_the_busy_timeout(journal: Journal) -> None:
    def release_later(db: sqlite3.Connection) -> None:
        time.sleep(0.6)
        db.execute("ROLLBACK")

    with write_lock_held(journal.url) as db:
        releaser = threading.Thread(target=release_later, args=(db,))
        started = time.monotonic()
        releaser.start()
        entry = journal.add_entry("waited for its turn", READING)
        waited = time.monotonic() - started
        releaser.join()
    assert waited >= 0.5, "it waited for the other writer"
    assert journal.get_entry(entry.id).text == "waited for its turn"


def test_a_writer_kept_waiting_past_the_busy_timeout_gets_a_clear_error(
    journal: Journal, short_busy_timeout: int
) -> None:
    with Journal.open(journal.url, PASSPHRASE) as other, write_lock_held(journal.url):
        started = time.monotonic()
        with pytest.raises(JournalBusy, match=r"busy: another window or command .* 0\.3 seconds"):
            other.add_entry("not now", READING)
        assert time.monotonic() - started >= 0.25, "the busy timeout was honoured"
        with pytest.raises(JournalBusy):
            other.save_profile({"region": "US"})
    assert journal.count() == 0, "nothing half-written"
    journal.add_entry("now it works", READING)
    assert journal.count() == 1


def test_the_web_and_the_command_line_say_busy_plainly(
    site: Any,
    short_busy_timeout: int,
    tmp_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    site.welcome()
    token = site.token()
    url = site.client.app.state.services.config.database_url
    monkeypatch.setenv("UNSHAME_DATA_DIR", str(tmp_data_dir))
    monkeypatch.setenv("UNSHAME_PASSPHRASE", PASSPHRASE)
    words = "I forgot her <b>lunch</b> today."
    with write_lock_held(url):
        api = site.client.post(
            "/api/entries", json={"text": words}, headers={"X-CSRF-Token": token}
        )
        page = site.post("/write", {"text": words})
        with CliRunner().isolation() as streams:
            status = main(["journal", "add", words])
        said = streams[1].getvalue().decode()
    assert api.status_code == 503
    assert api.json()["error"].startswith("the journal is busy")
    assert page.status_code == 503 and "The journal is busy" in page.text
    assert "I forgot her &lt;b&gt;lunch&lt;/b&gt; today.</textarea>" in page.text, "kept for her"
    assert status == 1
    assert said.startswith("unshame: the journal is busy") and said.count("\n") == 1
    assert site.client.get("/api/entries").json() == []


# --- the passphrase throttle under parallel tries ---------------------------------------


def test_wrong_passphrases_sent_all_at_once_are_slowed_down_like_ones_in_a_row(
    site: Any,
) -> None:
    from fastapi.testclient import TestClient

    site.welcome()
    site.post("/lock")
    app = site.client.app
    app.state.services.keeper.throttle.clock = lambda: 1000.0  # no delay runs out meanwhile
    statuses: list[int] = []
    lock = threading.Lock()

    def guess(n: int) -> Callable[[], None]:
        def attempt() -> None:
            tab = TestClient(app, base_url="http://127.0.0.1:8000")
            token = tab.get("/api/session").json()["csrf_token"]
            answer = tab.post(
                "/api/unlock",
                json={"passphrase": f"guess number {n}"},
                headers={"X-CSRF-Token": token},
            )
            with lock:
                statuses.append(answer.status_code)

        return attempt

    run_all([guess(n) for n in range(12)])
    # As in a row: two free tries and a third that starts the delay; the others must wait.
    assert sorted(statuses) == [401] * 3 + [429] * 9, statuses
