"""analyze(text) -> Reading: the one entry point of the analyser.

Steps: check the text, prepare it (normalize, sentences, clauses), run the rules
(detectors), let the model weigh rule and word features into guilt and shame
scores, then decide the kind, the flags and the sources, and keep the signals that
explain them. Crisis comes from the rules alone and never from the model.

`analyze_batch` gives the same readings for many entries, taking each step for up
to 4,096 entries (or a megabyte of text) before the next: each step then finds
its own tables (the rules' patterns, the words' rows, the model's weights) still in
the processor's caches, and with the cyclic collector paused for the chunk (see
`_read_chunk`) a batch reads about a third faster than one call each.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from unshame.analysis import model as model_mod
from unshame.analysis.detectors import Detection, Hit, detect
from unshame.analysis.features import rule_part
from unshame.analysis.reading import SOURCES, Kind, Reading, Signal, Source
from unshame.analysis.segment import Prepared, prepare
from unshame.errors import InputError

MAX_CHARS = 200_000
BATCH = 4096  # entries `analyze_batch` takes through each step together, at most
BATCH_CHARS = 1_000_000  # ...and characters: a batch of long entries holds fewer
_KIND_SIGNALS: dict[Kind, frozenset[str]] = {
    "guilt": frozenset({"guilt"}),
    "shame": frozenset({"shame"}),
    "mixed": frozenset({"guilt", "shame"}),
    "neither": frozenset(),
}
_GUILT_CONTEXT_CUES = frozenset({"guilt.time", "guilt.plain_action"})
# Past actions shown as guilt only when nothing more specific points at what she did.
_PAST_CUES = frozenset({"cue.past_i", "cue.past_bare", "guilt.plain_action"})
_RULE_FLAGS = frozenset({"expectation", "comparison", "harsh", "crisis"})


def model_id() -> str:
    """The versioned id of the shipped model."""
    return model_mod.load().id


def check_text(text: object) -> str:
    """The text, if the analyser can read it; otherwise an InputError saying why."""
    if not isinstance(text, str):
        raise InputError(f"expected text, got {type(text).__name__}")
    if not text.strip():
        raise InputError("the entry is empty: write a few words first")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"the entry is {len(text):,} characters long; the analyser reads up to {MAX_CHARS:,}"
        )
    if "\x00" in text:
        raise InputError("this looks like binary data, not text")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError("the text holds invalid Unicode (a lone surrogate)") from None
    return text


def rule_labels(hits: list[Hit]) -> set[str]:
    """The labels the rules alone would set: flag names, source names and "crisis"."""
    counted = [h for h in hits if h.counts]
    labels = {h.rule.type for h in counted if h.rule.type in _RULE_FLAGS}
    if any(h.rule.id == "shame.inferior" for h in counted):
        labels.add("comparison")
    labels |= {h.rule.source for h in counted if h.rule.source is not None}
    if "comparison" not in labels:
        labels.discard("social_media")  # scrolling is not a source unless she measures herself
    return labels


def analyze(text: str, *, id: Any = None) -> Reading:
    """Read one entry: guilt, shame, both or neither, with the words that say so."""
    (result,) = _read_steps([(id, text)])  # the steps a batch takes, for one entry
    if isinstance(result, InputError):
        raise result
    return result


def analyze_batch(
    entries: Iterable[tuple[Any, str]], size: int = BATCH
) -> Iterator[Reading | InputError]:
    """`analyze(text, id=id)` for each (id, text), in order: the reading, or the
    InputError saying why that text cannot be read (the others are read all the same).

    The same readings as one call each; `size` entries at a time go through each step
    together (see the module's doc)."""
    for chunk in chunks(entries, size, lambda entry: _length(entry[1])):
        yield from _read_chunk(chunk)


T = TypeVar("T")


def chunks(
    items: Iterable[T], size: int, weight: Callable[[T], int], limit: int = BATCH_CHARS
) -> Iterator[list[T]]:
    """`items` in order, in lists of at most `size`, each closed once the `weight` of
    its items reaches `limit` (so that memory stays bounded whatever their length)."""
    chunk: list[T] = []
    held = 0
    for item in items:
        chunk.append(item)
        held += weight(item)
        if len(chunk) >= size or held >= limit:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def _length(text: object) -> int:
    return len(text) if isinstance(text, str) else 0


def _read_chunk(chunk: list[tuple[Any, str]]) -> list[Reading | InputError]:
    # The steps make many small objects that refer to no others in a circle, and keep
    # thousands alive from one step to the next: the cyclic collector would walk them
    # again and again (about a tenth of a batch's time). Reference counting frees them
    # all the same; the collector is back on as the chunk ends.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _read_steps(chunk)
    finally:
        if collecting:
            gc.enable()


def _read_steps(chunk: list[tuple[Any, str]]) -> list[Reading | InputError]:
    out: list[Reading | InputError | None] = []
    good: list[tuple[int, Any, str]] = []  # where each text that can be read stands
    for rid, text in chunk:
        try:
            good.append((len(out), rid, check_text(text)))
            out.append(None)  # its reading, below
        except InputError as exc:
            out.append(exc)
    preps = [prepare(text) for _, _, text in good]
    found = [detect(prep) for prep in preps]
    model = model_mod.load()
    rules = [rule_part(prep, f.hits) for prep, f in zip(preps, found, strict=True)]
    words = [model.word_rows.rows(prep, f.quotes) for prep, f in zip(preps, found, strict=True)]
    scores = [model.scores_of(r, w) for r, w in zip(rules, words, strict=True)]
    for (i, rid, _), prep, f, score in zip(good, preps, found, scores, strict=True):
        out[i] = _reading(prep, f, model, score, rid)
    return [r for r in out if r is not None]  # (every place is filled)


def _reading(
    prep: Prepared, found: Detection, model: model_mod.Model, scores: dict[str, float], id: Any
) -> Reading:
    """The reading of an entry, from what the rules found and the model's scores."""
    counted = [h for h in found.hits if h.counts]
    kind = _kind(
        scores["guilt"] >= model.thresholds["guilt"], scores["shame"] >= model.thresholds["shame"]
    )
    by_rules = rule_labels(found.hits)
    blame = kind != "neither"

    def holds(label: str) -> bool:
        return blame and model.decide(label, scores[label], label in by_rules)

    flags = {
        "expectation": holds("expectation"),
        "comparison": holds("comparison"),
        "harsh": holds("harsh") and kind in {"shame", "mixed"},
        # Rules first: a rule hit always counts; the crisis head can only add to them.
        "crisis": model.decide("crisis", scores["crisis"], "crisis" in by_rules),
    }
    # Scrolling is not a source unless she measures herself against what she sees.
    sources = tuple(s for s in SOURCES if holds(s) and (s != "social_media" or flags["comparison"]))
    return Reading(
        kind=kind,
        guilt=scores["guilt"],
        shame=scores["shame"],
        sources=sources,
        signals=_signals(prep, counted, kind, flags, sources),
        model=model.id,
        id=id,
        **flags,
    )


def _kind(guilt: bool, shame: bool) -> Kind:
    if guilt and shame:
        return "mixed"
    if guilt:
        return "guilt"
    if shame:
        return "shame"
    return "neither"


def _signals(
    prep: Prepared,
    counted: list[Hit],
    kind: Kind,
    flags: dict[str, bool],
    sources: tuple[Source, ...],
) -> tuple[Signal, ...]:
    shown = set(_KIND_SIGNALS[kind]) | {name for name, on in flags.items() if on}
    guilt_sentences = {prep.sentence_index(h.start) for h in counted if h.rule.type == "guilt"}
    bare_past = "guilt" in shown and not guilt_sentences
    chosen: list[tuple[str, Hit]] = []
    for hit in counted:
        kind_of = hit.rule.type
        if kind_of == "cue":
            if (bare_past and hit.rule.id in _PAST_CUES) or (
                hit.rule.id in _GUILT_CONTEXT_CUES
                and prep.sentence_index(hit.start) in guilt_sentences
            ):
                kind_of = "guilt"
            else:
                continue
        if kind_of == "source":
            if hit.rule.source not in sources:
                continue
        elif kind_of not in shown:
            continue
        chosen.append((kind_of, hit))
    return tuple(_dedupe(prep.original, chosen))


def _dedupe(text: str, chosen: list[tuple[str, Hit]]) -> list[Signal]:
    """One signal per span and type: overlapping hits of a type keep the longest."""
    out: list[Signal] = []
    last_end: dict[str, int] = {}
    for type_, hit in sorted(chosen, key=lambda c: (c[1].start, -c[1].end)):
        key = type_ + (hit.rule.source or "")
        if hit.start < last_end.get(key, -1):
            continue
        last_end[key] = hit.end
        start, end = _trim(text, hit.start, hit.end)
        out.append(
            Signal(
                type=type_,  # type: ignore[arg-type]
                start=start,
                end=end,
                text=text[start:end],
                why=hit.rule.why,
                source=hit.rule.source,  # type: ignore[arg-type]
            )
        )
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading and trailing spaces and punctuation from a span."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "'?"):
        end -= 1
    return start, end
