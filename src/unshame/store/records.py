"""What the journal hands out: entries and follow-ups as typed, frozen values.

Her words are left out of `repr`, so a stray log line or traceback does not carry them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from unshame.errors import InputError

FOLLOWUP_KINDS: tuple[str, ...] = ("repair", "need", "boundary")
PAYLOAD_VERSION = 1


@dataclass(frozen=True, slots=True)
class Entry:
    """One journal entry: what she wrote, its reading, her answers and closing check."""

    id: str
    created_at: datetime
    tz_offset_minutes: int
    updated_at: datetime
    text: str = field(repr=False)
    reading: dict[str, Any] = field(repr=False)
    answers: dict[str, Any] = field(repr=False)
    closing: dict[str, Any] | None = field(repr=False)

    @property
    def local_time(self) -> datetime:
        """When she wrote it, on her clock at the time (aware, in her UTC offset)."""
        return self.created_at.astimezone(timezone(timedelta(minutes=self.tz_offset_minutes)))

    def to_dict(self) -> dict[str, Any]:
        """The entry as JSON-ready data (the export's form)."""
        return {
            "id": self.id,
            "created_at": self.created_at.isoformat(),
            "tz_offset_minutes": self.tz_offset_minutes,
            "updated_at": self.updated_at.isoformat(),
            "text": self.text,
            "reading": self.reading,
            "answers": self.answers,
            "closing": self.closing,
        }

    def payload(self) -> dict[str, Any]:
        """What is sealed in the `payload` column."""
        return {
            "v": PAYLOAD_VERSION,
            "text": self.text,
            "reading": self.reading,
            "answers": self.answers,
            "closing": self.closing,
        }


@dataclass(frozen=True, slots=True)
class Followup:
    """Something she planned after an entry: a repair, a need to meet, a boundary."""

    id: str
    entry_id: str
    due_on: date
    kind: str
    what: str = field(repr=False)
    answer: dict[str, Any] | None = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "entry_id": self.entry_id,
            "due_on": self.due_on.isoformat(),
            "kind": self.kind,
            "what": self.what,
            "answer": self.answer,
        }

    def payload(self) -> dict[str, Any]:
        return {"v": PAYLOAD_VERSION, "kind": self.kind, "what": self.what}


def new_id() -> str:
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC)


def offset_minutes(moment: datetime) -> int:
    """The UTC offset of an aware datetime, rounded to whole minutes."""
    offset = moment.utcoffset() or timedelta(0)
    return round(offset.total_seconds() / 60)


def stamp(at: datetime | None) -> tuple[datetime, int]:
    """UTC time and the writer's UTC offset in minutes; naive means this machine's clock."""
    local = datetime.now().astimezone() if at is None else aware(at)
    return local.astimezone(UTC), offset_minutes(local)


def aware(moment: datetime) -> datetime:
    """An aware datetime; a naive one is read as this machine's local time."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def check_text(text: object) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InputError("an entry needs some text; it is empty")
    return text


def check_mapping(value: object, name: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InputError(f"the entry's {name} is a {type(value).__name__}; expected a dict")
    return value


def check_followup(kind: object, what: object, due_on: object) -> tuple[str, str, date]:
    if kind not in FOLLOWUP_KINDS:
        raise InputError(f"follow-up kind is {kind!r}; expected repair, need or boundary")
    if not isinstance(what, str) or not what.strip():
        raise InputError("a follow-up needs to say what she plans; it is empty")
    if not isinstance(due_on, date):
        raise InputError(f"follow-up due date is {due_on!r}; expected a date")
    day = due_on.date() if isinstance(due_on, datetime) else due_on
    return str(kind), what, day


def matches(entry: Entry, terms: list[str]) -> bool:
    """True if every (case-folded) term is in the entry's text or in one of its answers."""
    haystack = "\n".join([entry.text, *_strings(entry.answers)]).casefold()
    return all(term in haystack for term in terms)


def search_terms(search: str | None) -> list[str]:
    return search.casefold().split() if search else []


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []
