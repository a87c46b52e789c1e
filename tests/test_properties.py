"""Properties that hold for any text: offsets slice her words exactly, readings are valid."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unshame import analyze
from unshame.analysis import KINDS, SOURCES, analyze_batch
from unshame.analysis.analyzer import chunks
from unshame.analysis.segment import normalize
from unshame.errors import InputError

WORDS = [
    "I", "I'm", "im", "not", "a", "terrible", "mom", "yelled", "at", "him", "this", "morning",
    "forgot", "never", "always", "good", "enough", "should", "have", "my", "mother", "said",
    "idiot", "other", "moms", "Instagram", "want", "to", "die", "sorry", ".", ",", "?", "!",
    "\n", "😭", "İ", "ß", "'", '"', "don't", "feel", "like", "failure", "kill", "myself",
]  # fmt: skip

texts = st.one_of(
    st.text(min_size=1, max_size=300),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join),
).filter(lambda t: bool(t.strip()) and "\x00" not in t and not _has_surrogate(t))


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(texts)
def test_offsets_always_slice_the_text_to_the_signals_text(text: str) -> None:
    for signal in analyze(text).signals:
        assert 0 <= signal.start < signal.end <= len(text)
        assert text[signal.start : signal.end] == signal.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(texts)
def test_any_text_gives_a_valid_reading(text: str) -> None:
    reading = analyze(text)
    assert reading.kind in KINDS
    assert 0.0 <= reading.guilt <= 1.0 and 0.0 <= reading.shame <= 1.0
    assert set(reading.sources) <= set(SOURCES)
    if reading.kind == "neither":
        assert reading.sources == ()
    assert all(s.why for s in reading.signals)
    assert [s.start for s in reading.signals] == sorted(s.start for s in reading.signals)
    data = json.loads(reading.to_json())
    assert data["kind"] == reading.kind


@given(st.text(max_size=200))
def test_normalizing_keeps_every_offset(text: str) -> None:
    assert len(normalize(text)) == len(text)


def _one(text: str, rid: int) -> object:
    try:
        return analyze(text, id=rid)
    except InputError as exc:
        return ("error", str(exc))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(
    st.lists(st.one_of(texts, st.sampled_from(["", "   ", "a\x00b", "\n\t"])), max_size=12),
    st.integers(min_value=1, max_value=5),
)
def test_a_batch_reads_every_text_as_one_call_would(batch: list[str], size: int) -> None:
    """In order, across chunk boundaries, a bad text giving its error in its place."""
    got = [
        ("error", str(r)) if isinstance(r, InputError) else r
        for r in analyze_batch(list(enumerate(batch)), size=size)
    ]
    assert got == [_one(text, i) for i, text in enumerate(batch)]


@given(st.lists(st.integers(0, 50)), st.integers(1, 6), st.integers(1, 120))
def test_chunks_keep_every_item_in_order_within_both_limits(
    items: list[int], size: int, limit: int
) -> None:
    parts = list(chunks(items, size, lambda n: n, limit))
    assert [n for part in parts for n in part] == items
    for part in parts:
        assert 1 <= len(part) <= size
        assert sum(part[:-1]) < limit  # closed as soon as it reached the limit


def test_a_batch_leaves_the_cyclic_collector_as_it_found_it() -> None:
    import gc

    was = gc.isenabled()
    try:
        for state in (True, False):
            (gc.enable if state else gc.disable)()
            list(analyze_batch([(1, "I forgot her lunch."), (2, "   ")]))
            assert gc.isenabled() is state
    finally:
        (gc.enable if was else gc.disable)()
