"""Detectors: run every rule over prepared text and judge each match in its context.

Each match becomes a `Hit`. A hit is *negated* when a "not", "never" or "n't" turns
it around ("I'm not a bad mom"), and *quoted* when it sits inside someone else's
reported words ("my mom always said I was lazy") that she does not take on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unshame.analysis.resources import (
    ENDORSEMENT,
    NEGATION_BEFORE,
    QUOTE_FRAME,
    QUOTE_MARKS,
    Rule,
    rules,
)
from unshame.analysis.segment import Prepared

_QUOTE_STOP = re.compile(
    r"(?:[,;]|\band\b|\bbut\b|\bso\b|\bnow\b)\s+(?:now\s+|today\s+|honestly\s+|yet\s+|still\s+)?"
    r"(?:i|i'm|im|as\s+a|here\s+i)\b|[.!?\n]"
)
_NEGATION_WINDOW = 40


@dataclass(frozen=True, slots=True)
class Hit:
    """One rule matching one span of the text."""

    rule: Rule
    start: int
    end: int
    negated: bool = False
    quoted: bool = False

    @property
    def counts(self) -> bool:
        """Whether this hit speaks for her, now (not negated, not quoted)."""
        return not (self.negated or self.quoted)


def quote_regions(prep: Prepared) -> list[tuple[int, int]]:
    """Spans that report someone else's words about her."""
    regions = []
    for frame in QUOTE_FRAME.finditer(prep.norm):
        stop = _QUOTE_STOP.search(prep.norm, frame.end())
        regions.append((frame.end(), stop.start() if stop else len(prep.norm)))
    regions.extend((m.start(), m.end()) for m in QUOTE_MARKS.finditer(prep.norm))
    return regions


def _inside(offset: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in regions)


def _negated(prep: Prepared, rule: Rule, match: re.Match[str]) -> bool:
    if not rule.negatable:
        return False
    if match.re.groupindex.get("neg") and match.group("neg"):
        return True
    start = match.start()
    window = prep.norm[max(prep.clause_start(start), start - _NEGATION_WINDOW) : start]
    return NEGATION_BEFORE.search(window) is not None


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
    for rule in rules():
        for match in rule.pattern.finditer(prep.norm):
            if match.end() == match.start():
                continue
            quoted = rule.quotable and not endorsed and _inside(match.start(), regions)
            hits.append(Hit(rule, match.start(), match.end(), _negated(prep, rule, match), quoted))
    hits.sort(key=lambda h: (h.start, -h.end))
    return Detection(hits, regions if not endorsed else [])
