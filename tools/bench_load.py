"""Load: many clients writing and reading at once against the real server, no error allowed.

    .venv/bin/python tools/bench_load.py                 # 20 clients for 60 s
    .venv/bin/python tools/bench_load.py --seconds 5     # a quick run

Starts `unshame serve` (uvicorn) on a free port of 127.0.0.1 with a temporary data folder,
UNSHAME_PASSPHRASE set and a small KDF, puts --seed-entries entries in the journal, then
runs --clients threads, each its own browser session (httpx), doing a realistic mix:
reading an entry without keeping it (POST /api/analyze), the journal page (GET /journal),
the entries as JSON (GET /api/entries) and keeping a new entry (POST /api/entries).

Prints one `measure<TAB>value` line per figure (requests, errors, latency percentiles in
milliseconds, throughput per second, and each request kind's p95), and exits 1 on any
error: a failed request, an unexpected status, or a traceback in the server's output.
Only this machine is ever contacted, and the run stops by itself.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

TEXTS = (
    "I yelled at him this morning over his shoes. I'm such a horrible mother.",
    "I forgot her lunch again today and she had to ask the teacher for food.",
    "Every other mom on Instagram has a clean house and happy kids. Not me.",
    "My mother never raised her voice. I should be more patient than this.",
    "We baked bread together and laughed about the mess. A good day.",
    "I said no to the school bake sale and I feel like I let everyone down.",
)
PASSPHRASE = "a long walk at dawn, for the load test"


@dataclass(frozen=True)
class Kind:
    """One kind of request the clients send, and how often (weight)."""

    name: str
    weight: int
    send: Callable[[httpx.Client, dict[str, str], random.Random], httpx.Response]
    expected: int


MIX = (
    Kind(
        "analyze",
        40,
        lambda c, h, r: c.post("/api/analyze", json={"text": r.choice(TEXTS)}, headers=h),
        200,
    ),
    Kind("journal_page", 25, lambda c, h, r: c.get("/journal"), 200),
    Kind("list_entries", 20, lambda c, h, r: c.get("/api/entries"), 200),
    Kind(
        "add_entry",
        15,
        lambda c, h, r: c.post("/api/entries", json={"text": r.choice(TEXTS)}, headers=h),
        201,
    ),
)


@dataclass
class Tally:
    """What every client saw; appended to under a lock."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: {k.name: [] for k in MIX})
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            if error is not None:
                self.errors.append(error)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`python -m unshame serve` on 127.0.0.1 with a temporary data folder."""

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = folder / "server.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("UNSHAME_")}
        env.update(
            UNSHAME_DATA_DIR=str(folder / "data"),
            UNSHAME_PASSPHRASE=PASSPHRASE,
            UNSHAME_KDF_MEMORY_KIB="1024",
            PYTHONUNBUFFERED="1",
        )
        self._output = self.log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "unshame", "serve", "--port", str(self.port)],
            env=env,
            stdout=self._output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )

    def wait_until_ready(self, seconds: float = 30.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the server stopped at once:\n{self.output()}")
            try:
                httpx.get(f"{self.url}/help", timeout=1.0)
                return
            except httpx.TransportError:
                time.sleep(0.05)
        raise SystemExit(f"the server did not start in {seconds} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._output.close()

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def session(url: str) -> tuple[httpx.Client, dict[str, str]]:
    """A client with its own session cookie and that session's CSRF header."""
    client = httpx.Client(base_url=url, timeout=60.0)
    token = client.get("/api/session").json()["csrf_token"]
    return client, {"X-CSRF-Token": token}


def seed(url: str, count: int) -> None:
    client, headers = session(url)
    try:
        for n in range(count):
            text = f"{TEXTS[n % len(TEXTS)]} (day {n})"
            response = client.post("/api/entries", json={"text": text}, headers=headers)
            if response.status_code != 201:
                raise SystemExit(f"seeding failed: {response.status_code} {response.text[:200]}")
    finally:
        client.close()


def client_loop(url: str, deadline: float, tally: Tally, seed_value: int) -> None:
    rng = random.Random(seed_value)
    kinds = list(MIX)
    weights = [k.weight for k in MIX]
    try:
        client, headers = session(url)
    except httpx.HTTPError as exc:
        tally.add("analyze", 0.0, f"session: {type(exc).__name__}")
        return
    try:
        while time.monotonic() < deadline:
            kind = rng.choices(kinds, weights)[0]
            started = time.perf_counter()
            try:
                response = kind.send(client, headers, rng)
                error = None
                if response.status_code != kind.expected:
                    error = f"{kind.name}: {response.status_code} {response.text[:120]}"
            except httpx.HTTPError as exc:
                error = f"{kind.name}: {type(exc).__name__}"
            tally.add(kind.name, time.perf_counter() - started, error)
    finally:
        client.close()


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of `values` fall (nearest rank), in milliseconds."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank] * 1000


def report(tally: Tally, seconds: float, server_problems: list[str]) -> list[tuple[str, str]]:
    everything = [s for values in tally.latencies.values() for s in values]
    rows = [
        ("requests", str(len(everything))),
        ("errors", str(len(tally.errors) + len(server_problems))),
        ("p50_ms", f"{percentile(everything, 0.50):.1f}"),
        ("p95_ms", f"{percentile(everything, 0.95):.1f}"),
        ("p99_ms", f"{percentile(everything, 0.99):.1f}"),
        ("max_ms", f"{max(everything, default=0.0) * 1000:.1f}"),
        ("mean_ms", f"{statistics.fmean(everything) * 1000 if everything else 0.0:.1f}"),
        ("throughput_per_s", f"{len(everything) / seconds:.1f}"),
    ]
    for kind in MIX:
        values = tally.latencies[kind.name]
        rows.append((f"{kind.name}_requests", str(len(values))))
        rows.append((f"{kind.name}_p95_ms", f"{percentile(values, 0.95):.1f}"))
    return rows


def problems_in(output: str) -> list[str]:
    """Lines of the server's output that show something went wrong on its side."""
    bad = ("Traceback", "Internal Server Error", "unexpected ", "request failed", "ERROR")
    return [line for line in output.splitlines() if any(mark in line for mark in bad)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to run (60)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (20)")
    parser.add_argument(
        "--seed-entries", type=int, default=200, help="entries in the journal at the start (200)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed of the request mix")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="unshame-load-") as folder:
        server = Server(Path(folder))
        try:
            server.wait_until_ready()
            seed(server.url, args.seed_entries)
            tally = Tally()
            started = time.monotonic()
            deadline = started + args.seconds
            threads = [
                threading.Thread(
                    target=client_loop, args=(server.url, deadline, tally, args.seed * 1000 + n)
                )
                for n in range(args.clients)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
        finally:
            server.stop()
        server_problems = problems_in(server.output())
    for name, value in report(tally, elapsed, server_problems):
        print(f"{name}\t{value}")
    for line in (tally.errors + server_problems)[:20]:
        print(f"error: {line}", file=sys.stderr)
    return 1 if tally.errors or server_problems else 0


if __name__ == "__main__":
    sys.exit(main())
