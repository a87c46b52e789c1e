"""Text preparation: a lower-cased copy with the same offsets, sentences and clauses."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from unshame.analysis.needs import words_at
from unshame.analysis.resources import CLAUSE_BREAK, SENTENCE

_STRAIGHTEN = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u201c": '"',
     "\u201d": '"', "\u00a0": " ", "\u2014": "-", "\u2013": "-"}
)  # fmt: skip


def normalize(text: str) -> str:
    """Lower case with straight apostrophes, keeping every character at its offset."""
    low = text.translate(_STRAIGHTEN).lower()
    if len(low) == len(text):
        return low
    # A few characters change length when lower-cased (e.g. "İ"); keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_STRAIGHTEN))


@dataclass(frozen=True)
class Prepared:
    """Her text, its normalized twin, and where sentences and clauses begin."""

    original: str
    norm: str
    sentence_starts: tuple[int, ...]
    sentence_ends: tuple[int, ...]
    clause_breaks: tuple[int, ...] = field(repr=False)
    words: frozenset[str] = field(default=frozenset(), repr=False)  # see `needs.words`
    word_starts: list[int] = field(default_factory=list, repr=False)

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def sentence_span(self, offset: int) -> tuple[int, int]:
        i = self.sentence_index(offset)
        return self.sentence_starts[i], self.sentence_ends[i]

    def clause_start(self, offset: int) -> int:
        """Where the clause holding `offset` begins (never before its sentence)."""
        sent_start = self.sentence_span(offset)[0]
        i = bisect.bisect_right(self.clause_breaks, offset) - 1
        return max(sent_start, self.clause_breaks[i]) if i >= 0 else sent_start

    def clause_end(self, offset: int) -> int:
        sent_end = self.sentence_span(offset)[1]
        i = bisect.bisect_right(self.clause_breaks, offset)
        return min(sent_end, self.clause_breaks[i]) if i < len(self.clause_breaks) else sent_end


def prepare(text: str) -> Prepared:
    norm = normalize(text)
    starts: list[int] = []
    ends: list[int] = []
    for m in SENTENCE.finditer(norm):
        starts.append(m.start())
        ends.append(m.end())
    if not starts:
        starts, ends = [0], [len(norm)]
    breaks = tuple(m.end() for m in CLAUSE_BREAK.finditer(norm))
    words, word_starts = words_at(norm)
    return Prepared(text, norm, tuple(starts), tuple(ends), breaks, words, word_starts)
