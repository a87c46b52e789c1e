"""Crisis resources by region, from `data/helplines.json` (one place to keep them current)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

DEFAULT_REGION = "US"


@dataclass(frozen=True)
class Line:
    name: str
    what: str
    call: str | None
    text: str | None
    url: str | None
    crisis: bool


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    emergency: str
    lines: tuple[Line, ...]


@cache
def _data() -> dict[str, Any]:
    raw = resources.files("unshame").joinpath("data/helplines.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _region(code: str, raw: dict[str, Any]) -> Region:
    lines = tuple(
        Line(
            name=line["name"],
            what=line["what"],
            call=line.get("call"),
            text=line.get("text"),
            url=line.get("url"),
            crisis=bool(line.get("crisis")),
        )
        for line in raw["lines"]
    )
    return Region(code=code, name=raw["name"], emergency=raw["emergency"], lines=lines)


REGIONS: frozenset[str] = frozenset(_data()["regions"])
CHECKED: str = str(_data()["checked"])


def region(code: str | None) -> Region:
    """The resources for a region code (unknown or empty codes fall back to the US)."""
    key = (code or DEFAULT_REGION).upper()
    regions = _data()["regions"]
    if key not in regions:
        key = DEFAULT_REGION
    return _region(key, regions[key])


def all_regions() -> list[Region]:
    return [_region(code, raw) for code, raw in _data()["regions"].items()]
