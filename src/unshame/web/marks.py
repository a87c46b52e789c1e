"""Her text cut into pieces for highlighting, and what a page showing a reading needs.

Signals may overlap ("Every other mom on Instagram" is comparison, and "Instagram" a
source inside it), so the text is split at every signal edge into pieces that do not
overlap; each piece lists the signal types covering it, and the template nests one
`<mark>` per type around the (escaped) piece.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from unshame.analysis import Reading, Signal
from unshame.explain import verdict

# Outermost first; crisis words are not highlighted (the crisis page comes first).
MARKED: tuple[str, ...] = ("shame", "guilt", "harsh", "expectation", "comparison", "source")


@dataclass(frozen=True)
class Piece:
    """A stretch of her text and the signal types that cover it (outermost first)."""

    text: str
    types: tuple[str, ...]


def pieces(text: str, signals: Iterable[Signal]) -> list[Piece]:
    """`text` split at every edge of a marked signal; joined back they give `text`."""
    spans = [
        (s.start, s.end, s.type)
        for s in signals
        if s.type in MARKED and 0 <= s.start < s.end <= len(text)
    ]
    edges = sorted({0, len(text), *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    out: list[Piece] = []
    for start, end in itertools.pairwise(edges):
        covering = {t for a, b, t in spans if a <= start and end <= b}
        out.append(Piece(text[start:end], tuple(t for t in MARKED if t in covering)))
    return out


def explained(signals: Iterable[Signal]) -> list[Signal]:
    """The signals to explain phrase by phrase, in the order of her text."""
    return sorted((s for s in signals if s.type in MARKED), key=lambda s: (s.start, -s.end))


def reading_context(text: str, reading: Reading) -> dict[str, Any]:
    """What every page showing a reading needs: her marked words, the verdict, why."""
    return {
        "pieces": pieces(text, reading.signals),
        "why": explained(reading.signals),
        "verdict": verdict(reading, text),
        "reading": reading,
    }
