"""What insights are made of: plain, frozen values, each with its JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from unshame.insights.periods import Period

KINDS: tuple[str, ...] = ("guilt", "shame", "mixed", "neither")
SOURCES: tuple[str, ...] = ("cultural_ideal", "social_media", "generational", "mental_load")
WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
# Parts of the day, with the hour each starts; night runs from 22:00 to 05:00 and
# belongs to the evening it started on.
PARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "night")
# The closing check's "is it helping you grow?" answers, and their short JSON names.
EFFECTS: dict[str, str] = {
    "helping me grow": "grow",
    "making me feel unworthy": "unworthy",
    "not sure": "not_sure",
}


@dataclass(frozen=True, slots=True)
class Week:
    """One ISO week of her local time and how many entries of each kind it holds."""

    key: str  # "2026-W41"
    monday: date
    counts: dict[str, int]  # every kind in KINDS

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def shame(self) -> int:
        """Entries holding shame: shame alone, or mixed with guilt."""
        return self.counts["shame"] + self.counts["mixed"]

    def to_dict(self) -> dict[str, Any]:
        return {"week": self.key, "monday": self.monday.isoformat(), "counts": dict(self.counts)}


@dataclass(frozen=True, slots=True)
class Count:
    """A phrase or standard of hers (lower case) and how many entries hold it."""

    text: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "count": self.count}


@dataclass(frozen=True, slots=True)
class Headline:
    """Is the share of shame going down? `trend` is none, too_few, down, up or steady.

    `earlier` and `lately` are (entries, entries holding shame) in the first and the
    second half of the period's weeks.
    """

    trend: str
    text: str
    earlier: tuple[int, int]
    lately: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "trend": self.trend,
            "text": self.text,
            "earlier": {"entries": self.earlier[0], "shame": self.earlier[1]},
            "lately": {"entries": self.lately[0], "shame": self.lately[1]},
        }


@dataclass(frozen=True, slots=True)
class Timing:
    """When one feeling shows up: entries by weekday (rows) and part of the day (columns)."""

    feeling: str  # "shame" (shame or mixed) or "guilt" (guilt or mixed)
    cells: tuple[tuple[int, ...], ...]  # 7 rows (Monday first) of 4 (PARTS)
    peak: tuple[str | None, str | None]  # (weekday, part of day); None where none stands out
    text: str

    @property
    def entries(self) -> int:
        return sum(map(sum, self.cells))

    @property
    def weekdays(self) -> dict[str, int]:
        return {day: sum(row) for day, row in zip(WEEKDAYS, self.cells, strict=True)}

    @property
    def parts(self) -> dict[str, int]:
        return {part: sum(row[i] for row in self.cells) for i, part in enumerate(PARTS)}

    def to_dict(self) -> dict[str, Any]:
        return {
            "entries": self.entries,
            "weekdays": self.weekdays,
            "parts": self.parts,
            "grid": {
                day: dict(zip(PARTS, row, strict=True))
                for day, row in zip(WEEKDAYS, self.cells, strict=True)
            },
            "peak": {"weekday": self.peak[0], "part": self.peak[1]},
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Plans:
    """Her repairs, needs or boundaries: how many entries planned one, and how it went."""

    kind: str  # "repair", "need" or "boundary"
    planned: int  # entries whose reflection names one (or that have a follow-up of it)
    done: int  # follow-ups she answered "yes"
    not_done: int  # follow-ups she answered "not this time"
    open: int  # follow-ups not answered yet
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "planned": self.planned,
            "done": self.done,
            "not_done": self.not_done,
            "open": self.open,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class FollowupView:
    """One follow-up as she sees it: the warm question, and her answer if she gave one."""

    id: str
    entry_id: str
    kind: str
    what: str
    due_on: date
    prompt: str
    done: bool | None = None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "entry_id": self.entry_id,
            "kind": self.kind,
            "what": self.what,
            "due_on": self.due_on.isoformat(),
            "prompt": self.prompt,
            "done": self.done,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Closing:
    """Her closing checks: was the feeling helping her grow, or making her feel unworthy?"""

    effects: dict[str, int]  # grow, unworthy, not_sure (EFFECTS' values)
    unanswered: int
    her_kinds: dict[str, int]  # her own answer to "guilt or shame?", as she chose it
    text: str

    @property
    def answered(self) -> int:
        return sum(self.effects.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.effects,
            "answered": self.answered,
            "unanswered": self.unanswered,
            "her_kinds": dict(self.her_kinds),
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Insights:
    """The pattern over a period: everything the insights page, terminal and report show."""

    period: Period
    today: date
    first_day: date | None  # Monday of the first week shown; None when there are no weeks
    last_day: date | None  # Sunday of the last week shown
    weeks: tuple[Week, ...]
    headline: Headline
    sources: dict[str, int]  # every source in SOURCES
    expectations: tuple[Count, ...]
    phrases: tuple[Count, ...]
    times: dict[str, Timing]  # "shame" and "guilt"
    plans: tuple[Plans, ...]  # repair, need, boundary
    answered: tuple[FollowupView, ...]  # newest due date first
    due: tuple[FollowupView, ...]  # open and due by today, oldest first
    closing: Closing

    @property
    def entries(self) -> int:
        return sum(week.total for week in self.weeks)

    @property
    def kinds(self) -> dict[str, int]:
        return {kind: sum(week.counts[kind] for week in self.weeks) for kind in KINDS}

    @property
    def empty(self) -> bool:
        return self.entries == 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (`unshame insights --json`)."""
        return {
            "period": {
                "key": self.period.key,
                "label": self.period.label,
                "from": _iso(self.first_day),
                "to": _iso(self.last_day),
                "today": self.today.isoformat(),
            },
            "entries": self.entries,
            "kinds": self.kinds,
            "headline": self.headline.to_dict(),
            "weeks": [week.to_dict() for week in self.weeks],
            "sources": dict(self.sources),
            "expectations": [c.to_dict() for c in self.expectations],
            "phrases": [c.to_dict() for c in self.phrases],
            "times": {name: timing.to_dict() for name, timing in self.times.items()},
            "followups": {
                **{plans.kind: plans.to_dict() for plans in self.plans},
                "answered": [f.to_dict() for f in self.answered],
                "due": [f.to_dict() for f in self.due],
            },
            "closing": self.closing.to_dict(),
        }


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
