"""The project's own corpus: well formed, big enough, varied, and split without leaks."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from check_corpus import check_row  # noqa: E402
from split_corpus import is_test  # noqa: E402


def load(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


RAW = [row for path in sorted((ROOT / "corpus" / "raw").glob("*.jsonl")) for row in load(path)]
HELDOUT = [
    row for path in sorted((ROOT / "corpus" / "heldout").glob("*.jsonl")) for row in load(path)
]
TRAIN = load(ROOT / "corpus" / "train.jsonl")
TEST = load(ROOT / "corpus" / "test.jsonl")


def key(row: dict[str, object]) -> str:
    return " ".join(str(row["text"]).lower().split())


def test_every_row_is_well_formed() -> None:
    problems = {row["id"]: check_row(row) for row in RAW}
    assert {k: v for k, v in problems.items() if v} == {}


def test_the_corpus_is_big_and_covers_every_kind_and_label() -> None:
    assert len(RAW) >= 1500
    kinds = Counter(str(r["kind"]) for r in RAW)
    assert min(kinds[k] for k in ("guilt", "shame", "mixed", "neither")) >= 300
    for flag in ("expectation", "comparison", "harsh", "crisis"):
        assert sum(bool(r[flag]) for r in RAW) >= 100, flag
    sources = Counter(s for r in RAW for s in r["sources"])  # type: ignore[attr-defined]
    assert min(sources.values()) >= 100


def test_ids_and_texts_are_unique() -> None:
    assert len({r["id"] for r in RAW}) == len(RAW)
    assert len({key(r) for r in RAW}) == len(RAW)


def test_no_text_is_in_both_train_and_test() -> None:
    assert not {key(r) for r in TRAIN} & {key(r) for r in TEST}


def test_the_split_is_the_stable_hash_of_every_raw_row() -> None:
    assert {key(r) for r in TEST} == {key(r) for r in RAW if is_test(str(r["text"]))}
    assert {key(r) for r in TRAIN} == {key(r) for r in RAW if not is_test(str(r["text"]))}
    assert 0.15 < len(TEST) / len(RAW) < 0.25


@pytest.mark.skipif(
    not HELDOUT,
    reason="no crisis set waits in corpus/heldout/: the last one has joined the corpus and "
    "the next has not arrived",
)
def test_held_out_crisis_sets_are_well_formed_and_never_trained_on() -> None:
    problems = {row["id"]: check_row(row) for row in HELDOUT}
    assert {k: v for k, v in problems.items() if v} == {}
    assert sum(bool(r["crisis"]) for r in HELDOUT) >= 100
    assert not {key(r) for r in HELDOUT} & {key(r) for r in RAW}


def test_the_corpus_is_varied_in_length() -> None:
    lengths = sorted(len(str(r["text"])) for r in RAW)
    assert lengths[len(lengths) // 10] < 60
    assert lengths[-len(lengths) // 10] > 180
    assert sum(n > 600 for n in lengths) >= 20


SHARED = ROOT.parent / "shared" / "benchmarks"


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared benchmarks are not next to the repo")
def test_no_benchmark_text_is_copied_into_the_corpus() -> None:
    shared = SHARED
    ours = {key(r) for r in RAW + HELDOUT}
    for path in shared.glob("*.jsonl"):
        for row in load(path):
            assert key(row) not in ours, f"{path.name} {row.get('id')}"
