"""Golden readings: reviewed entries and the full readings we agreed they should get.

To change one on purpose, run `python tools/golden.py` and review the diff before
`python tools/golden.py --write`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

GOLDEN = Path(__file__).parent / "golden"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from golden import reviewed_part  # noqa: E402


def _lines(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (GOLDEN / name).read_text("utf-8").splitlines()]


ENTRIES = {e["id"]: e["text"] for e in _lines("entries.jsonl")}
READINGS = {r.pop("id"): r for r in _lines("readings.jsonl")}


def test_every_entry_has_a_golden_reading() -> None:
    assert set(ENTRIES) == set(READINGS)


# Entries the analyser reads differently from the reading we agreed, kept visible until
# a retraining gets them right again (strict: the test says so when it does).
KNOWN_MISREADINGS: dict[str, str] = {
    "g08": "the mental load said as 'I'm the one who has to remember everything' tips shame "
    "(0.58) over its threshold (0.45), so a missed email reads mixed, not guilt",
}


@pytest.mark.parametrize(
    "entry_id",
    [
        pytest.param(e, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISREADINGS[e]))
        if e in KNOWN_MISREADINGS
        else e
        for e in sorted(ENTRIES)
    ],
)
def test_reading_matches_the_reviewed_golden_file(entry_id: str) -> None:
    assert reviewed_part(ENTRIES[entry_id]) == READINGS[entry_id]
