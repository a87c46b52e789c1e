"""plan(): which practices an entry calls for, in what order, and for how long.

Only the practices the reading calls for, in the order of METHOD.md; 2 to 5 minutes
in all. A crisis reading gets no practices (the app shows crisis resources instead),
and a reading with no self-blame gets none either.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from unshame.analysis.reading import Reading
from unshame.practices import builders
from unshame.practices.entry import Entry, make_entry
from unshame.practices.profile import read_profile
from unshame.practices.steps import STEP_KEYS, Plan, Step

BUILDERS: dict[str, Callable[[Entry], Step]] = {
    "tell_apart": builders.tell_apart,
    "expectation": builders.expectation,
    "learn_repair": builders.learn_repair,
    "comparison": builders.comparison,
    "friend_voice": builders.friend_voice,
    "need_boundary": builders.need_boundary,
    "reach_out": builders.reach_out,
}
# About how long each step takes her, in seconds.
SECONDS: dict[str, int] = {
    "tell_apart": 50,
    "expectation": 35,
    "learn_repair": 80,
    "comparison": 45,
    "friend_voice": 35,
    "need_boundary": 45,
    "reach_out": 30,
}
MAX_SECONDS = 5 * 60
# When everything is called for and it would take too long, these go first.
DROP_ORDER: tuple[str, ...] = ("need_boundary", "comparison", "expectation")


def called_for(e: Entry) -> list[str]:
    """The practices this entry calls for, in plan order (before trimming to 5 minutes)."""
    r = e.reading
    if r.crisis or r.kind == "neither":
        return []
    shame = r.kind in ("shame", "mixed")
    guilt = r.kind in ("guilt", "mixed")
    selfcare = e.action is not None and e.action.family == "selfcare"
    wanted: dict[str, bool] = {
        "tell_apart": shame or (guilt and e.heavy_guilt),
        "expectation": r.expectation,
        "learn_repair": guilt,
        "comparison": r.comparison,
        "friend_voice": r.harsh or e.strong_shame,
        "need_boundary": bool({"mental_load", "cultural_ideal"} & set(r.sources))
        or e.depleted is not None
        or selfcare,
        "reach_out": e.heavy_shame,
    }
    return [key for key in STEP_KEYS if wanted[key]]


def _fit(keys: list[str]) -> list[str]:
    for drop in DROP_ORDER:
        if sum(SECONDS[k] for k in keys) <= MAX_SECONDS:
            break
        if drop in keys:
            keys = [k for k in keys if k != drop]
    return keys


def minutes(keys: list[str]) -> int:
    """The estimate: 0 with no steps, else 2 to 5."""
    if not keys:
        return 0
    return max(2, min(5, math.ceil(sum(SECONDS[k] for k in keys) / 60)))


def plan(
    text: str,
    reading: Reading,
    profile: Mapping[str, Any] | None = None,
    *,
    today: date | None = None,
) -> Plan:
    """The guided reflection for one entry: the practices its reading calls for."""
    if reading.crisis or reading.kind == "neither":
        return Plan(steps=(), minutes=0)
    entry = make_entry(text, reading, read_profile(profile), today or date.today())
    keys = _fit(called_for(entry))
    return Plan(steps=tuple(BUILDERS[key](entry) for key in keys), minutes=minutes(keys))
