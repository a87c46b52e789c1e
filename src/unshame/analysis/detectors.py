"""Detectors: run every rule over prepared text and judge each match in its context.

Each match becomes a `Hit`. A hit is *negated* when a "not", "never" or "n't" turns
it around ("I'm not a bad mom"), *quoted* when it sits inside someone else's reported
words ("my mom always said I was lazy") that she does not take on, and *past* when
crisis words sit in a past she has come through ("five years free from self-harm")
and nothing says it is back, or name a topic rather than anyone now ("a session on
self-harm") and nothing says it stirs her. A match whose rule rules it out in context
("I'll sleep when I'm dead") is no hit at all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from unshame.analysis.needs import may_match
from unshame.analysis.resources import (
    CRISIS_PAST_AFTER,
    CRISIS_PAST_BEFORE,
    CRISIS_PAST_INSIDE,
    CRISIS_PAST_PLAIN,
    CRISIS_RECOVERED,
    CRISIS_RELAPSE,
    CRISIS_TOPIC_AFTER,
    CRISIS_TOPIC_BEFORE,
    CRISIS_TOPIC_STIRS,
    ENDORSEMENT,
    NEGATION_BEFORE,
    NEGATION_INSIDE,
    QUOTE_FRAME,
    QUOTE_MARKS,
    REPORTING_VERB,
    WORD_BEFORE,
    Rule,
    layers,
    scanner,
)
from unshame.analysis.segment import Prepared

_QUOTE_STOP = re.compile(
    r"(?:[,;]|\band\b|\bbut\b|\bso\b|\bnow\b)\s+(?:now\s+|today\s+|honestly\s+|yet\s+|still\s+)?"
    r"(?:i|i'm|im|as\s+a|here\s+i)\b|[.!?\n]"
)
_NEGATION_WINDOW = 40
_QUOTE_REACH = 300
_END = 1 << 62  # reported words run at most this far past their frame
# Words before a reporting verb that mean she is the speaker (or there is none).
_NOT_SPEAKERS = frozenset({"i", "and", "but", "so", "then", "or", "that", "which", "who", "what"})


@dataclass(frozen=True, slots=True)
class Hit:
    """One rule matching one span of the text."""

    rule: Rule
    start: int
    end: int
    negated: bool = False
    quoted: bool = False
    past: bool = False

    @property
    def counts(self) -> bool:
        """Whether this hit speaks for her, now (not negated, quoted or come through)."""
        return not (self.negated or self.quoted or self.past)


def _frames(prep: Prepared) -> Iterator[int]:
    """Where reported words begin: after "she said", "my mom told me", "I used to think"."""
    norm = prep.norm
    if may_match(REPORTING_VERB)(prep.words):
        for verb in REPORTING_VERB.finditer(norm):
            before = WORD_BEFORE.search(norm, max(0, verb.start() - 30), verb.start())
            if before is not None and before.group(1) not in _NOT_SPEAKERS:
                yield verb.end()
    if may_match(QUOTE_FRAME)(prep.words):
        for frame in QUOTE_FRAME.finditer(norm):
            yield frame.end()


def quote_regions(prep: Prepared) -> list[tuple[int, int]]:
    """Spans that report someone else's words about her (sorted, disjoint)."""
    norm = prep.norm
    frames = list(_frames(prep))
    regions = []
    if frames:
        stops = [m.start() for m in _QUOTE_STOP.finditer(norm)]
        for begin in frames:
            reach = min(len(norm), begin + _QUOTE_REACH)
            i = bisect.bisect_left(stops, begin)
            regions.append((begin, min(stops[i], reach) if i < len(stops) else reach))
    if '"' in norm:  # what QUOTE_MARKS needs
        regions.extend((m.start(), m.end()) for m in QUOTE_MARKS.finditer(norm))
    return _merged(regions)


def inside(offset: int, regions: list[tuple[int, int]]) -> bool:
    """Whether `offset` falls in one of the sorted, disjoint regions."""
    i = bisect.bisect_right(regions, (offset, _END)) - 1
    return i >= 0 and regions[i][0] <= offset < regions[i][1]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _negated(prep: Prepared, rule: Rule, start: int, end: int) -> bool:
    if not rule.negatable:
        return False
    if NEGATION_INSIDE.match(prep.norm, start, end):
        return True
    window = prep.norm[max(prep.clause_start(start), start - _NEGATION_WINDOW) : start]
    return NEGATION_BEFORE.search(window) is not None


_PAST_REACH = 80


def _ruled_out(prep: Prepared, rule: Rule, start: int, end: int) -> bool:
    """Whether the rule's own context words make this match an ordinary phrase: words
    right before it, or words from the sentence before up to the match's end."""
    before = rule.ruled_out_before
    if before is not None and before.search(prep.norm, max(0, start - _PAST_REACH), start):
        return True
    near = rule.ruled_out_near
    if near is None:
        return False
    begin = prep.sentence_starts[max(0, prep.sentence_index(start) - 1)]
    return near.search(prep.norm, begin, end) is not None


def _topic(prep: Prepared, start: int, end: int) -> bool:
    """Whether a crisis match names the topic ("a session on self-harm") rather than her."""
    begin = max(prep.sentence_span(start)[0], start - _PAST_REACH)
    return (
        CRISIS_TOPIC_BEFORE.search(prep.norm, begin, start) is not None
        or CRISIS_TOPIC_AFTER.match(prep.norm, end) is not None
    )


def _past(prep: Prepared, start: int, end: int, *, recovered: bool) -> bool:
    """Whether a crisis match sits in a past she has come through (see the module doc)."""
    begin = max(prep.sentence_span(start)[0], start - _PAST_REACH)
    if CRISIS_PAST_INSIDE.match(prep.norm, start) or CRISIS_PAST_BEFORE.search(
        prep.norm, begin, start
    ):
        return True
    return recovered and (
        CRISIS_PAST_PLAIN.search(prep.norm, begin, start) is not None
        or CRISIS_PAST_AFTER.match(prep.norm, end) is not None
    )


@dataclass(frozen=True, slots=True)
class Detection:
    """What the rules found in one text, and where others' words are reported."""

    hits: list[Hit]
    quotes: list[tuple[int, int]]


def detect(prep: Prepared) -> Detection:
    """Every hit of every rule, in text order."""
    regions = quote_regions(prep)
    endorsed = bool(regions) and ENDORSEMENT.search(prep.norm) is not None
    hits = []
    context: tuple[bool, bool, bool] | None = None  # come through, not back, not stirred
    words = (prep.words, prep.word_starts)
    for layer, spans in zip(layers(), scanner().spans(prep.norm, words), strict=True):
        if not spans:
            continue
        for rule, start, end in layer.rules_at(prep.norm, spans):
            if _ruled_out(prep, rule, start, end):
                continue
            quoted = rule.quotable and not endorsed and inside(start, regions)
            past = False
            if rule.type == "crisis":
                if context is None:
                    settled = CRISIS_RELAPSE.search(prep.norm) is None
                    recovered = settled and CRISIS_RECOVERED.search(prep.norm) is not None
                    calm = CRISIS_TOPIC_STIRS.search(prep.norm) is None
                    context = (recovered, settled, calm)
                past = (context[2] and _topic(prep, start, end)) or (
                    context[1] and _past(prep, start, end, recovered=context[0])
                )
            hits.append(Hit(rule, start, end, _negated(prep, rule, start, end), quoted, past))
    hits.sort(key=lambda h: (h.start, -h.end))
    return Detection(hits, regions if not endorsed else [])
