"""Her text cut into pieces for highlighting, and a reading rebuilt from its stored JSON.

Signals may overlap ("Every other mom on Instagram" is comparison, and "Instagram" a
source inside it), so the text is split at every signal edge into pieces that do not
overlap; each piece lists the signal types covering it, and the template nests one
`<mark>` per type around the (escaped) piece.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from unshame.analysis import Reading, Signal, analyze
from unshame.analysis.reading import Kind, SignalType, Source

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


def reading_of(stored: Mapping[str, Any], text: str) -> Reading:
    """The Reading kept with an entry; read again from her text if it cannot be rebuilt."""
    try:
        return _rebuild(stored)
    except (KeyError, TypeError, ValueError):
        return analyze(text)


def _rebuild(stored: Mapping[str, Any]) -> Reading:
    scores = stored["scores"]
    return Reading(
        kind=cast(Kind, str(stored["kind"])),
        guilt=float(scores["guilt"]),
        shame=float(scores["shame"]),
        crisis=bool(stored["crisis"]),
        expectation=bool(stored["expectation"]),
        comparison=bool(stored["comparison"]),
        harsh=bool(stored["harsh"]),
        sources=tuple(cast(Source, str(s)) for s in stored["sources"]),
        signals=tuple(_signal(raw) for raw in stored["signals"]),
        model=str(stored["model"]),
    )


def _signal(raw: Mapping[str, Any]) -> Signal:
    source = raw.get("source")
    return Signal(
        type=cast(SignalType, str(raw["type"])),
        start=int(raw["start"]),
        end=int(raw["end"]),
        text=str(raw["text"]),
        why=str(raw["why"]),
        source=None if source is None else cast(Source, str(source)),
    )
