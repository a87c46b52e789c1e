"""Writing in the journal: the steps every front end shares (web pages, API, terminal).

Write (read her entry and keep it at once, so nothing is lost), revise, keep her
reflection and the follow-ups it plans. Each step calls the analyser, the
practices and the store; none of them renders anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from unshame.analysis import Reading, analyze
from unshame.errors import InputError
from unshame.practices import Plan, followups_from, plan
from unshame.store import Entry, Journal


class TooLong(InputError):
    """An entry longer than the journal keeps (UNSHAME_MAX_ENTRY_CHARS)."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"This entry is {length:,} characters long, and the journal keeps up to {limit:,}. "
            "Your words are still here: shorten them a little, or split them into two entries."
        )


def check_size(text: str, limit: int) -> str:
    if len(text) > limit:
        raise TooLong(len(text), limit)
    return text


def write(
    journal: Journal,
    text: str,
    limit: int,
    *,
    answers: dict[str, Any] | None = None,
    closing: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> tuple[Entry, Reading]:
    """Read her entry and keep it at once, with any follow-ups its answers plan."""
    reading = analyze(check_size(text, limit))
    planned = planned_followups(answers or {})
    entry = journal.add_entry(text, reading.to_dict(), answers=answers, closing=closing, at=at)
    keep_followups(journal, entry.id, planned)
    return entry, reading


def revise(journal: Journal, entry_id: str, text: str, limit: int) -> tuple[Entry, Reading]:
    """Change an entry's text; it is read again."""
    reading = analyze(check_size(text, limit))
    return journal.update_entry(entry_id, text=text, reading=reading.to_dict()), reading


def reflect(journal: Journal, entry_id: str, answers: Mapping[str, Any]) -> Entry:
    """Keep her answers and plan the follow-ups they hold (InputError before any change)."""
    planned = planned_followups(answers)
    entry = journal.update_entry(entry_id, answers=dict(answers))
    keep_followups(journal, entry_id, planned)
    return entry


def close(journal: Journal, entry_id: str, closing: Mapping[str, str]) -> Entry:
    """Keep her closing check."""
    return journal.update_entry(entry_id, closing=dict(closing))


def planned_followups(answers: Mapping[str, Any]) -> list[tuple[str, str, date]]:
    """The follow-ups her answers plan; InputError if a date is not a date."""
    return followups_from(_string_answers(answers))


def keep_followups(journal: Journal, entry_id: str, planned: list[tuple[str, str, date]]) -> int:
    """Add planned follow-ups, skipping ones this entry already has."""
    have = {(f.kind, f.what) for f in journal.followups() if f.entry_id == entry_id}
    added = 0
    for kind, what, due_on in planned:
        if (kind, what) in have:
            continue
        journal.add_followup(entry_id, kind, what, due_on)
        have.add((kind, what))
        added += 1
    return added


def reading_of(entry: Entry) -> Reading:
    """The reading kept with an entry; read again from her text if it cannot be rebuilt."""
    try:
        return Reading.from_dict(entry.reading)
    except (KeyError, TypeError, ValueError):
        return analyze(entry.text)


def plan_for(journal: Journal, entry: Entry, *, today: date | None = None) -> tuple[Reading, Plan]:
    """The entry's reading and the reflection it calls for."""
    reading = reading_of(entry)
    return reading, plan(entry.text, reading, journal.profile(), today=today or date.today())


def _string_answers(answers: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    return {
        str(key): {str(k): str(v) for k, v in value.items()}
        for key, value in answers.items()
        if isinstance(value, Mapping)
    }
