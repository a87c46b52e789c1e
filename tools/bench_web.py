"""`make bench` (via tools/bench.py): how fast the insights pages answer on a big journal.

Seeds a synthetic journal of 5,000 entries in a temporary folder (small KDF memory, the
corpus's own texts read by the real analyser, spread over two years, with answers,
closing checks and follow-ups), unlocks it in the web app through FastAPI's TestClient,
and times GET requests: the median of several runs after one warm-up. Prints one line per
measure as "measure<TAB>value", which tools/bench.py reads.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
import uuid
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

ENTRIES = 5_000
DAYS = 730
RUNS = 9
PASSPHRASE = "a long walk at dawn"
OFFSETS = (-300, 0, 60, 120)  # minutes east of UTC


def texts() -> list[str]:
    rows = (ROOT / "corpus" / "test.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line)["text"] for line in rows]


def synthetic_export(count: int, seed: int = 7) -> dict[str, Any]:
    """An export of `count` entries (and some follow-ups) ending now, oldest DAYS ago."""
    from unshame.analysis import analyze
    from unshame.store.exchange import EXPORT_FORMAT, EXPORT_SCHEMA_VERSION

    rng = random.Random(seed)
    pool = [(text, analyze(text).to_dict()) for text in texts()]
    now = datetime.now(UTC)
    entries, followups = [], []
    for i in range(count):
        text, reading = pool[i % len(pool)]
        at = now - timedelta(minutes=rng.randrange(DAYS * 24 * 60))
        entry_id = uuid.uuid4().hex
        answers: dict[str, Any] = {}
        if reading["kind"] in ("guilt", "mixed") and rng.random() < 0.4:
            due = (at + timedelta(days=1)).date().isoformat()
            answers["learn_repair"] = {"repair": "talk with Sam after school", "repair_on": due}
            done = rng.random() < 0.6
            followups.append(
                {
                    "id": uuid.uuid4().hex,
                    "entry_id": entry_id,
                    "due_on": due,
                    "kind": "repair",
                    "what": "talk with Sam after school",
                    "answer": {"done": done, "note": "", "answered_at": now.isoformat()},
                }
            )
        closing = None
        if rng.random() < 0.5:
            effect = rng.choice(["helping me grow", "making me feel unworthy", "not sure"])
            closing = {"kind": rng.choice(["guilt", "shame", "both"]), "effect": effect}
        entries.append(
            {
                "id": entry_id,
                "created_at": at.isoformat(),
                "tz_offset_minutes": rng.choice(OFFSETS),
                "text": text,
                "reading": reading,
                "answers": answers,
                "closing": closing,
            }
        )
    return {
        "format": EXPORT_FORMAT,
        "schema_version": EXPORT_SCHEMA_VERSION,
        "entries": entries,
        "followups": followups,
    }


def client(data_dir: Path) -> Any:
    """A TestClient on the app for `data_dir`, its journal unlocked."""
    from starlette.exceptions import StarletteDeprecationWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        from fastapi.testclient import TestClient

    from unshame import config
    from unshame.web import create_app

    settings = config.load({}).with_changes(data_dir=data_dir, kdf_memory_kib=1024)
    web = TestClient(create_app(settings), base_url="http://127.0.0.1:8000")
    web.__enter__()
    token = web.get("/api/session").json()["csrf_token"]
    unlocked = web.post("/unlock", data={"csrf_token": token, "passphrase": PASSPHRASE})
    assert unlocked.url.path == "/", "the journal did not unlock"
    return web


def median_get(web: Any, url: str, runs: int = RUNS) -> float:
    assert web.get(url).status_code == 200, url  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = web.get(url)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, url
    return statistics.median(times)


def main() -> int:
    from unshame.config import sqlite_url
    from unshame.insights import PERIODS, entries_of, local_today
    from unshame.store import Journal

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        with Journal.create(sqlite_url(data_dir), PASSPHRASE, kdf_memory_kib=1024) as journal:
            journal.import_export(synthetic_export(ENTRIES))
            recent = len(entries_of(journal, PERIODS["3m"], local_today()))
        web = client(data_dir)
        try:
            rows = [
                (f"/insights with {ENTRIES:,} entries (default 3 months, ~{recent:,} read)",
                 median_get(web, "/insights")),
                (f"/insights?period=all with {ENTRIES:,} entries",
                 median_get(web, "/insights?period=all")),
                (f"/insights/report?period=all with {ENTRIES:,} entries",
                 median_get(web, "/insights/report?period=all")),
                (f"/ (home, with the insights glance) with {ENTRIES:,} entries",
                 median_get(web, "/")),
            ]  # fmt: skip
        finally:
            web.__exit__(None, None, None)
    for name, seconds in rows:
        print(f"{name}\t{seconds:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
