"""In-process speed of the analyser (pytest-benchmark). Run with `make bench`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from unshame.analysis import analyze, analyze_batch

ROOT = Path(__file__).resolve().parents[1]
STATEMENTS = [
    json.loads(line)["text"]
    for line in (ROOT / "corpus" / "test.jsonl").read_text("utf-8").splitlines()
]


def test_batch_of_held_out_statements(benchmark: Any) -> None:
    """All held-out statements (mean ~130 characters), one call each."""
    analyze("warm up")
    benchmark.extra_info["statements"] = len(STATEMENTS)
    benchmark.pedantic(lambda: [analyze(t) for t in STATEMENTS], rounds=5, iterations=1)


def test_batch_of_held_out_statements_read_together(benchmark: Any) -> None:
    """The same statements through `analyze_batch`, as `unshame analyze --jsonl` reads."""
    pairs = list(enumerate(STATEMENTS))
    list(analyze_batch(pairs[:300]))
    benchmark.extra_info["statements"] = len(STATEMENTS)
    benchmark.pedantic(lambda: list(analyze_batch(pairs)), rounds=5, iterations=1)


@pytest.mark.parametrize("kb", [25, 50, 100])
def test_long_entry(benchmark: Any, kb: int) -> None:
    unit = "I yelled at him this morning and I'm such a horrible mom, the other moms never do. "
    text = (unit * (kb * 1024 // len(unit) + 1))[: kb * 1000]
    analyze("warm up")
    benchmark.pedantic(analyze, args=(text,), rounds=5, iterations=1)
