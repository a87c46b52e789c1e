"""The reading: what the analyser says about one entry, as a typed, frozen value.

Field names follow the public analysis contract in PRODUCT.md; more fields may be
added, none renamed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast

Kind = Literal["guilt", "shame", "mixed", "neither"]
SignalType = Literal["guilt", "shame", "expectation", "comparison", "harsh", "crisis", "source"]
Source = Literal["cultural_ideal", "social_media", "generational", "mental_load"]

KINDS: tuple[Kind, ...] = ("guilt", "shame", "mixed", "neither")
FLAGS: tuple[str, ...] = ("crisis", "expectation", "comparison", "harsh")
SOURCES: tuple[Source, ...] = ("cultural_ideal", "social_media", "generational", "mental_load")


@dataclass(frozen=True, slots=True)
class Signal:
    """One span of her text and what it says: `text == original[start:end]`."""

    type: SignalType
    start: int
    end: int
    text: str
    why: str
    source: Source | None = None

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Signal:
        """A signal from its JSON form (KeyError, TypeError or ValueError if malformed)."""
        source = raw.get("source")
        return cls(
            type=cast(SignalType, str(raw["type"])),
            start=int(raw["start"]),
            end=int(raw["end"]),
            text=str(raw["text"]),
            why=str(raw["why"]),
            source=None if source is None else cast(Source, str(source)),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "why": self.why,
        }
        if self.source is not None:
            out["source"] = self.source
        return out


@dataclass(frozen=True, slots=True)
class Reading:
    """The analyser's reading of one entry."""

    kind: Kind
    guilt: float
    shame: float
    crisis: bool
    expectation: bool
    comparison: bool
    harsh: bool
    sources: tuple[Source, ...]
    signals: tuple[Signal, ...]
    model: str
    id: Any = field(default=None, compare=False)

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Reading:
        """A reading from its JSON form, as kept with an entry.

        Raises KeyError, TypeError or ValueError when the data is not a reading.
        """
        scores = raw["scores"]
        kind = str(raw["kind"])
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        return cls(
            kind=kind,
            guilt=float(scores["guilt"]),
            shame=float(scores["shame"]),
            crisis=bool(raw["crisis"]),
            expectation=bool(raw["expectation"]),
            comparison=bool(raw["comparison"]),
            harsh=bool(raw["harsh"]),
            sources=tuple(cast(Source, str(s)) for s in raw["sources"]),
            signals=tuple(Signal.from_dict(s) for s in raw["signals"]),
            model=str(raw["model"]),
            id=raw.get("id"),
        )

    @property
    def scores(self) -> dict[str, float]:
        return {"guilt": self.guilt, "shame": self.shame}

    def signals_of(self, type_: SignalType) -> tuple[Signal, ...]:
        return tuple(s for s in self.signals if s.type == type_)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        out.update(
            {
                "kind": self.kind,
                "scores": {"guilt": round(self.guilt, 4), "shame": round(self.shame, 4)},
                "crisis": self.crisis,
                "expectation": self.expectation,
                "comparison": self.comparison,
                "harsh": self.harsh,
                "sources": list(self.sources),
                "signals": [s.to_dict() for s in self.signals],
                "model": self.model,
            }
        )
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
