"""Nothing of hers in logs, error pages or crash output, with the real server.

`unshame serve` runs in a subprocess on a free port (uvicorn, logging at info, its
access log on). A whole visit goes through it with distinctive words and a passphrase,
every kind of error is triggered, the server is stopped, and everything the process
wrote (stdout and stderr) is searched for those words and the passphrase.

`LiveServer` is also used by the concurrency tests.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import httpx
import pytest

from conftest import FAST_KDF_KIB, FormReader

# Words nobody else would write, and passphrases: none may ever leave the journal in plain.
WORDS = (
    "Marmaladezeppelin",
    "quinceotter",
    "Brackenlullaby",
    "velvetcroquet",
    "Pumicecathedral",
    "saffronwhisk",
    "Tundrasonnet",
    "oboemeadow",
)
PASSPHRASE = "Quixotic-Platypus-Lantern-7731"
WRONG = ("Wrong-Zebra-Passphrase-4410", "Other-Mistaken-Yarrow-9902")
SECRETS = (*WORDS, PASSPHRASE, *WRONG)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cli_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of an `unshame` subprocess: this one's, minus every UNSHAME_ setting."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNSHAME_")}
    env.update(
        UNSHAME_DATA_DIR=str(data_dir),
        UNSHAME_KDF_MEMORY_KIB=str(FAST_KDF_KIB),
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


class LiveServer:
    """`python -m unshame serve` on a free port of 127.0.0.1, its output kept in a file."""

    def __init__(self, data_dir: Path, log: Path, **env: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self._output = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "unshame", "serve", "--port", str(self.port)],
            env=cli_env(data_dir, **env),
            stdout=self._output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        self._wait_until_ready()

    def _wait_until_ready(self, seconds: float = 30.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped at once:\n{self.output()}")
            try:
                httpx.get(f"{self.url}/help", timeout=1.0)
                return
            except httpx.TransportError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the server did not start in {seconds} s:\n{self.output()}")

    def client(self) -> httpx.Client:
        """A browser: its own cookies (one session), following nothing by itself."""
        return httpx.Client(base_url=self.url, timeout=30.0)

    def stop(self) -> int:
        """Stop it as Ctrl+C would; the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._output.close()
        return int(self.process.returncode)

    def output(self) -> str:
        if not self._output.closed:
            self._output.flush()
        return self.log.read_text(encoding="utf-8", errors="replace")

    def __enter__(self) -> LiveServer:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def token(client: httpx.Client) -> str:
    return str(client.get("/api/session").json()["csrf_token"])


def post_form(client: httpx.Client, url: str, data: dict[str, str]) -> httpx.Response:
    return client.post(url, data={"csrf_token": token(client), **data})


def form_values(client: httpx.Client, url: str, form_id: str, words: str) -> dict[str, str]:
    """A form as a browser would send it, with `words` added to every field she types in."""
    reader = FormReader(form_id)
    reader.feed(client.get(url).text)
    values = {
        name: f"{value} {words}" if _typed(name, value, reader) else value
        for name, value in reader.values.items()
    }
    for name, first in reader.radios.items():
        values.setdefault(name, first)
    return values


def _typed(name: str, value: str, reader: FormReader) -> bool:
    """True for a field she types words into (not a choice, a date, or the token)."""
    date = re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
    return bool(value) and not date and name not in reader.radios and name != "csrf_token"


def leaks(text: str) -> list[str]:
    folded = text.casefold()
    return [secret for secret in SECRETS if secret.casefold() in folded]


class Visit:
    """Her visit, step by step; every error response is kept to be searched as well."""

    def __init__(self, server: LiveServer) -> None:
        self.server = server
        self.client = server.client()
        self.errors: list[httpx.Response] = []

    def expect(self, response: httpx.Response, status: int) -> httpx.Response:
        assert response.status_code == status, (response.request.url, response.text[:300])
        if status >= 400:
            self.errors.append(response)
        return response

    def start(self) -> str:
        """Create the journal, write an entry, reflect, close it; the entry's id."""
        client = self.client
        client.get("/welcome")
        created = post_form(client, "/welcome", {"passphrase": PASSPHRASE, "again": PASSPHRASE})
        self.expect(created, 303)
        text = f"I yelled at {WORDS[0]} this morning. I am such a horrible {WORDS[1]} mother."
        saved = self.expect(post_form(client, "/write", {"text": text}), 303)
        entry_id = saved.headers["location"].split("/")[2]
        assert WORDS[0] in self.expect(client.get(f"/entries/{entry_id}/reading"), 200).text
        answers = form_values(client, f"/entries/{entry_id}/reflect", "reflect-form", WORDS[2])
        self.expect(post_form(client, f"/entries/{entry_id}/reflect", answers), 303)
        closing = form_values(client, f"/entries/{entry_id}/close", "close-form", WORDS[3])
        self.expect(post_form(client, f"/entries/{entry_id}/close", closing), 303)
        assert WORDS[2] in self.expect(client.get(f"/entries/{entry_id}"), 200).text
        return entry_id

    def browse(self, entry_id: str) -> None:
        client = self.client
        assert entry_id in self.expect(client.get("/journal", params={"q": WORDS[0]}), 200).text
        edited = post_form(client, f"/entries/{entry_id}/edit", {"text": f"I forgot {WORDS[3]}."})
        self.expect(edited, 303)
        me = {"values": WORDS[4], "people-0-name": WORDS[5], "people-0-email": "a@b.example"}
        self.expect(post_form(client, "/me", me), 303)
        assert WORDS[5] in self.expect(client.get("/me"), 200).text
        for page in ("/", "/write", "/help", f"/entries/{entry_id}/delete"):
            self.expect(client.get(page), 200)

    def use_the_api(self) -> str:
        """The JSON API with the same words; the id of the entry it keeps."""
        client = self.client
        headers = {"X-CSRF-Token": token(client)}
        text = f"I snapped at {WORDS[6]}. I'm a terrible {WORDS[7]}."
        self.expect(client.post("/api/analyze", json={"text": text}, headers=headers), 200)
        made = self.expect(client.post("/api/entries", json={"text": text}, headers=headers), 201)
        entry_id = str(made.json()["id"])
        listed = self.expect(client.get("/api/entries", params={"q": WORDS[6]}), 200)
        assert [e["id"] for e in listed.json()] == [entry_id]
        change = {"closing": {"kind": WORDS[7]}, "answers": {"x": {"y": WORDS[6]}}}
        self.expect(client.put(f"/api/entries/{entry_id}", json=change, headers=headers), 200)
        profile = {"values": [WORDS[4]], "people": [{"name": WORDS[5]}]}
        self.expect(client.put("/api/profile", json=profile, headers=headers), 200)
        return entry_id

    def lock_and_unlock(self) -> None:
        client = self.client
        self.expect(post_form(client, "/lock", {}), 303)
        self.expect(post_form(client, "/unlock", {"passphrase": WRONG[0], "next": "/"}), 401)
        headers = {"X-CSRF-Token": token(client)}
        wrong = client.post("/api/unlock", json={"passphrase": WRONG[1]}, headers=headers)
        self.expect(wrong, 401)
        self.expect(post_form(client, "/unlock", {"passphrase": WRONG[0]}), 401)
        slowed = self.expect(post_form(client, "/unlock", {"passphrase": PASSPHRASE}), 429)
        wait = re.search(r"Please wait (\d+) seconds", slowed.text)
        assert wait, slowed.text
        time.sleep(int(wait.group(1)) + 0.1)
        self.expect(post_form(client, "/unlock", {"passphrase": PASSPHRASE, "next": "/"}), 303)

    def fail_in_every_way(self, entry_id: str) -> None:
        client = self.client
        headers = {"X-CSRF-Token": token(client)}
        forged = {"csrf_token": "forged", "values": WORDS[4]}
        self.expect(client.post("/me", data=forged), 403)
        self.expect(client.post("/api/analyze", json={"text": WORDS[0]}), 403)
        self.expect(client.get("/nowhere", params={"q": WORDS[1]}), 404)
        self.expect(client.get("/api/entries/missing", params={"q": WORDS[1]}), 404)
        self.expect(client.get("/entries/missing/reading", params={"q": WORDS[1]}), 404)
        big = {"text": f"{WORDS[2]} " * 200_000}
        self.expect(client.post("/api/analyze", json=big, headers=headers), 413)
        self.expect(client.post("/write", data={"text": f"{WORDS[2]} " * 200_000}), 413)
        long = {"text": f"{WORDS[2]} " * 3_000}
        self.expect(client.post("/api/entries", json=long, headers=headers), 413)
        broken = f'{{"text": "{WORDS[3]}'.encode()
        json_headers = {**headers, "content-type": "application/json"}
        self.expect(client.post("/api/analyze", content=broken, headers=json_headers), 422)
        wrong_shape = {"text": [WORDS[3]], "answers": WORDS[3]}
        self.expect(client.post("/api/entries", json=wrong_shape, headers=headers), 422)
        profile = {"values": WORDS[4], "region": "Atlantis"}
        self.expect(client.put("/api/profile", json=profile, headers=headers), 422)
        self.expect(client.get("/journal", headers={"host": f"{WORDS[5]}.example"}), 400)
        self.expect(client.request("PATCH", f"/entries/{entry_id}", headers=headers), 404)

    def damaged(self, data_dir: Path, entry_id: str, other_id: str) -> None:
        """A record moved to another row: a 500 page and a 500 JSON error, calmly."""
        with sqlite3.connect(data_dir / "journal.db") as db:
            db.execute(
                "UPDATE entries SET payload = (SELECT payload FROM entries WHERE id = ?) "
                "WHERE id = ?",
                (other_id, entry_id),
            )
        page = self.expect(self.client.get(f"/entries/{entry_id}"), 500)
        assert "Something went wrong" in page.text
        self.expect(self.client.get("/api/entries"), 500)


@pytest.fixture(scope="module")
def visited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Visit, str]]:
    """The server after her whole visit and every error; stopped, its output kept."""
    folder = tmp_path_factory.mktemp("visit")
    data_dir = folder / "data"
    with LiveServer(data_dir, folder / "server.log") as server:
        visit = Visit(server)
        try:
            first = visit.start()
            visit.browse(first)
            second = visit.use_the_api()
            visit.lock_and_unlock()
            visit.fail_in_every_way(first)
            visit.damaged(data_dir, first, second)
        finally:
            visit.client.close()
    yield server, visit, first


def data_of(server: LiveServer) -> Path:
    return server.log.parent / "data"


def test_nothing_of_hers_reaches_the_server_output(visited: tuple[LiveServer, Visit, str]) -> None:
    server, _, _ = visited
    output = server.output()
    assert server.process.returncode == 0, output
    assert f"unshame is ready at {server.url}/" in output
    assert '"GET /journal HTTP/1.1" 200' in output, "the access log was on"
    assert "a wrong passphrase was given" in output, "warnings reach the output"
    assert "request failed: DamagedRecord" in output, "the 500 was logged, by kind"
    assert leaks(output) == [], output
    assert "Traceback" not in output


def test_error_pages_never_repeat_what_was_sent(visited: tuple[LiveServer, Visit, str]) -> None:
    _, visit, _ = visited
    statuses = {response.status_code for response in visit.errors}
    assert statuses >= {400, 401, 403, 404, 413, 422, 429, 500}
    for response in visit.errors:
        assert leaks(response.text) == [], (response.request.url, response.text[:300])
        assert "Traceback" not in response.text


def test_nothing_of_hers_is_in_the_files_at_rest(visited: tuple[LiveServer, Visit, str]) -> None:
    files = [p for p in data_of(visited[0]).rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"journal.db"}
    stored = b"".join(p.read_bytes() for p in files)
    for secret in SECRETS:
        for form in (secret, secret.lower(), secret.upper()):
            assert form.encode() not in stored, form
            assert form.encode("utf-16-le") not in stored, form


def test_the_command_line_fails_in_one_line_without_her_words(
    visited: tuple[LiveServer, Visit, str],
) -> None:
    server, _, damaged_id = visited
    env = cli_env(data_of(server), UNSHAME_PASSPHRASE=PASSPHRASE)
    for args in (["journal", "list"], ["journal", "show", damaged_id]):
        done = subprocess.run(
            [sys.executable, "-m", "unshame", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        said = done.stdout + done.stderr
        assert done.returncode != 0, (args, said)
        assert leaks(said) == [], (args, said)
        assert "Traceback" not in said, (args, said)
        assert re.fullmatch(r"unshame: [^\n]+\n", done.stderr), (args, done.stderr)


def test_a_wrong_passphrase_on_the_command_line_is_not_repeated(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "data", UNSHAME_PASSPHRASE=PASSPHRASE)
    command = [sys.executable, "-m", "unshame", "journal", "add", f"I forgot {WORDS[0]}."]
    subprocess.run(command, env=env, capture_output=True, timeout=60, check=True)
    env["UNSHAME_PASSPHRASE"] = WRONG[0]
    done = subprocess.run(
        [sys.executable, "-m", "unshame", "journal", "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == "unshame: that passphrase does not open this journal\n"
    assert leaks(done.stdout + done.stderr) == []


def test_the_server_says_where_it_listens_and_stops_quietly(tmp_path: Path) -> None:
    with LiveServer(tmp_path / "data", tmp_path / "server.log") as server:
        assert httpx.get(f"{server.url}/help").status_code == 200
    output = server.output()
    assert f"unshame is ready at http://127.0.0.1:{server.port}/" in output
    assert "Warning" not in output
    assert server.process.returncode == 0
