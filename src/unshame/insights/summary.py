"""summarize(): the pattern over a period, in one pass over her entries.

Pure: it takes entries and follow-ups the journal has already decrypted in memory and
returns an `Insights` value; nothing is written anywhere. Entries whose reading has no
known kind (damaged or from an older analyser) are left out of the counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from unshame.insights import words
from unshame.insights.model import (
    EFFECTS,
    KINDS,
    PARTS,
    SOURCES,
    Closing,
    Count,
    FollowupView,
    Insights,
    Plans,
    Timing,
    Week,
)
from unshame.insights.periods import Period, first_monday, monday, week_key
from unshame.store import FOLLOWUP_KINDS, Entry, Followup

# Her phrases come from these signal types; each list shows at most SHOWN items, and a
# phrase is "frequent" from MIN_PHRASE entries on.
PHRASE_TYPES = frozenset({"guilt", "shame", "expectation"})
SHOWN = 10
MIN_PHRASE = 2
# (step key, field) of her answers that name a repair, a need, a boundary.
NAMED_IN: dict[str, tuple[str, str]] = {
    "repair": ("learn_repair", "repair"),
    "need": ("need_boundary", "need"),
    "boundary": ("need_boundary", "boundary"),
}
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_SPACES = re.compile(r"\s+")
_EDGES = " \"'.,;:!?()[]-–—…"
# The part of the day (an index into PARTS) of each hour: morning from 05:00, afternoon
# from 12:00, evening from 17:00, night from 22:00 to 05:00.
MORNING = 5
_PART_OF_HOUR: tuple[int, ...] = tuple(
    3 if hour < MORNING or hour >= 22 else 0 if hour < 12 else 1 if hour < 17 else 2
    for hour in range(24)
)
_KIND_INDEX = {kind: i for i, kind in enumerate(KINDS)}


def normal(text: str) -> str:
    """A phrase as she would recognise it across entries: lower case, plain quotes, one space."""
    return _SPACES.sub(" ", text.translate(_QUOTES).lower()).strip(_EDGES)


class _Tally:
    """What the single pass over the entries accumulates."""

    def __init__(self, start: date | None) -> None:
        self.start = None if start is None else start.toordinal()
        self.weeks: dict[int, list[int]] = {}  # Monday's ordinal -> counts in KINDS order
        self.sources = dict.fromkeys(SOURCES, 0)
        self.expectations: dict[str, int] = {}
        self.phrases: dict[str, int] = {}
        self.cells = {"shame": _grid(), "guilt": _grid()}
        self.effects = dict.fromkeys(EFFECTS.values(), 0)
        self.unanswered = 0
        self.her_kinds: dict[str, int] = {}
        self.ids: set[str] = set()
        self.named: dict[str, set[str]] = {kind: set() for kind in FOLLOWUP_KINDS}
        self._normal: dict[str, str] = {}
        self._offsets: dict[int, timedelta] = {}

    def add(self, entry: Entry) -> None:
        reading = entry.reading
        kind = reading.get("kind")
        if kind not in KINDS:
            return
        offset = self._offsets.get(entry.tz_offset_minutes)
        if offset is None:
            offset = self._offsets[entry.tz_offset_minutes] = timedelta(
                minutes=entry.tz_offset_minutes
            )
        local = entry.created_at + offset  # her wall clock (the tzinfo is ignored below)
        day = local.toordinal()
        week = day - local.weekday()
        if self.start is not None and week < self.start:
            return
        counts = self.weeks.get(week)
        if counts is None:
            counts = self.weeks[week] = [0, 0, 0, 0]
        counts[_KIND_INDEX[kind]] += 1
        self.ids.add(entry.id)
        self._time(kind, local.hour, day)
        self._reading(reading, kind)
        self._answers(entry)

    def _time(self, kind: str, hour: int, day: int) -> None:
        if hour < MORNING:
            day -= 1  # a late-night entry belongs to the evening before
        weekday, part = (day - 1) % 7, _PART_OF_HOUR[hour]  # date.fromordinal(1) is a Monday
        if kind in ("shame", "mixed"):
            self.cells["shame"][weekday][part] += 1
        if kind in ("guilt", "mixed"):
            self.cells["guilt"][weekday][part] += 1

    def _reading(self, reading: Mapping[str, Any], kind: str) -> None:
        if kind != "neither":
            for source in reading.get("sources") or ():
                if source in self.sources:
                    self.sources[source] += 1
        phrases: set[str] = set()
        expectations: set[str] = set()
        for signal in reading.get("signals") or ():
            if not isinstance(signal, dict):
                continue
            kind_of = signal.get("type")
            if kind_of not in PHRASE_TYPES:
                continue
            text = str(signal.get("text", ""))
            phrase = self._normal.get(text)
            if phrase is None:
                phrase = self._normal[text] = normal(text)
            if phrase:
                phrases.add(phrase)
                if kind_of == "expectation":
                    expectations.add(phrase)
        for phrase in phrases:  # each counts once per entry
            self.phrases[phrase] = self.phrases.get(phrase, 0) + 1
        for phrase in expectations:
            self.expectations[phrase] = self.expectations.get(phrase, 0) + 1

    def _answers(self, entry: Entry) -> None:
        answers = entry.answers
        if answers:
            for kind, (step, field) in NAMED_IN.items():
                given = answers.get(step)
                if isinstance(given, dict) and str(given.get(field, "")).strip():
                    self.named[kind].add(entry.id)
        closing = entry.closing
        effect = EFFECTS.get(str(closing.get("effect", ""))) if closing else None
        if effect is None:
            self.unanswered += 1
        else:
            self.effects[effect] += 1
        her_kind = closing.get("kind") if closing else None
        if isinstance(her_kind, str) and her_kind:
            self.her_kinds[her_kind] = self.her_kinds.get(her_kind, 0) + 1


def _grid() -> list[list[int]]:
    return [[0] * len(PARTS) for _ in range(7)]


def summarize(
    entries: Iterable[Entry], followups: Iterable[Followup], *, period: Period, today: date
) -> Insights:
    """The pattern over `period` (whole ISO weeks of her local time, up to today's week)."""
    start = first_monday(period, today)
    tally = _Tally(start)
    for entry in entries:
        tally.add(entry)
    weeks = _weeks(tally.weeks, start, today)
    followups = list(followups)
    chosen = [f for f in followups if f.entry_id in tally.ids]
    effects = tally.effects
    return Insights(
        period=period,
        today=today,
        first_day=weeks[0].monday if weeks else None,
        last_day=weeks[-1].monday + timedelta(days=6) if weeks else None,
        weeks=weeks,
        headline=words.headline(weeks),
        sources=tally.sources,
        expectations=_top(tally.expectations, 1),
        phrases=_top(tally.phrases, MIN_PHRASE),
        times={name: _timing(name, cells) for name, cells in tally.cells.items()},
        plans=tuple(_plans(kind, tally.named[kind], chosen) for kind in FOLLOWUP_KINDS),
        answered=_answered(chosen, today),
        due=due_followups(followups, today),
        closing=Closing(
            effects=effects,
            unanswered=tally.unanswered,
            her_kinds=dict(sorted(tally.her_kinds.items())),
            text=words.closing(effects["grow"], effects["unworthy"], effects["not_sure"]),
        ),
    )


def _weeks(found: dict[int, list[int]], start: date | None, today: date) -> tuple[Week, ...]:
    """Every week from the period's start (or her first entry's) to today's, or a later entry's."""
    if not found and start is None:
        return ()
    first = start.toordinal() if start is not None else min(found)
    last = max([monday(today).toordinal(), *found])
    out = []
    for ordinal in range(first, last + 1, 7):
        counts = found.get(ordinal, [0, 0, 0, 0])
        day = date.fromordinal(ordinal)
        out.append(Week(week_key(day), day, dict(zip(KINDS, counts, strict=True))))
    return tuple(out)


def _top(counts: dict[str, int], at_least: int) -> tuple[Count, ...]:
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(Count(text, n) for text, n in ranked[:SHOWN] if n >= at_least)


def _timing(feeling: str, cells: list[list[int]]) -> Timing:
    peak, text = words.timing(feeling, cells)
    return Timing(feeling, tuple(tuple(row) for row in cells), peak, text)


def _plans(kind: str, named: set[str], followups: list[Followup]) -> Plans:
    mine = [f for f in followups if f.kind == kind]
    answered = [f.answer for f in mine if f.answer is not None]
    done = sum(1 for a in answered if a.get("done"))
    planned = len(named | {f.entry_id for f in mine})
    not_done, waiting = len(answered) - done, len(mine) - len(answered)
    text = words.plans(kind, planned, done, not_done, waiting)
    return Plans(kind, planned, done, not_done, waiting, text)


def view(followup: Followup, today: date) -> FollowupView:
    """A follow-up with its question in plain words, and her answer if she gave one."""
    answer = followup.answer or {}
    return FollowupView(
        id=followup.id,
        entry_id=followup.entry_id,
        kind=followup.kind,
        what=followup.what,
        due_on=followup.due_on,
        prompt=words.followup_prompt(followup.kind, followup.what, followup.due_on, today),
        done=None if followup.answer is None else bool(answer.get("done")),
        note=str(answer.get("note", "")),
    )


def _answered(followups: list[Followup], today: date) -> tuple[FollowupView, ...]:
    answered = [f for f in followups if f.answer is not None]
    answered.sort(key=lambda f: (f.due_on, f.id), reverse=True)
    return tuple(view(f, today) for f in answered)


def due_followups(followups: Iterable[Followup], today: date) -> tuple[FollowupView, ...]:
    """Follow-ups she has not answered whose day has come, oldest first."""
    due = [f for f in followups if f.answer is None and f.due_on <= today]
    due.sort(key=lambda f: (f.due_on, f.id))
    return tuple(view(f, today) for f in due)
