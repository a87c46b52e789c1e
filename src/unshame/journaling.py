"""Writing in the journal: the steps every front end shares (web pages, API, terminal).

Write (read her entry and keep it at once, so nothing is lost), revise, keep her
reflection and the follow-ups it plans; each step is one transaction, follow-ups
included. Each step calls the analyser, the practices and the store; none of them
renders anything.
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
    entry = journal.add_entry(
        text, reading.to_dict(), answers=answers, closing=closing, at=at, followups=planned
    )
    return entry, reading


def revise(journal: Journal, entry_id: str, text: str, limit: int) -> tuple[Entry, Reading]:
    """Change an entry's text; it is read again."""
    reading = analyze(check_size(text, limit))
    return journal.update_entry(entry_id, text=text, reading=reading.to_dict()), reading


def reflect(journal: Journal, entry_id: str, answers: Mapping[str, Any]) -> Entry:
    """Keep her answers and plan the follow-ups they hold (InputError before any change)."""
    planned = planned_followups(answers)
    return journal.update_entry(entry_id, answers=dict(answers), followups=planned)


def change(
    journal: Journal,
    entry_id: str,
    limit: int,
    *,
    text: str | None = None,
    answers: Mapping[str, Any] | None = None,
    closing: Mapping[str, Any] | None = None,
) -> Entry:
    """Revise, reflect and close at once: all of it is kept, or nothing (InputError first)."""
    reading = None if text is None else analyze(check_size(text, limit)).to_dict()
    planned = [] if answers is None else planned_followups(answers)
    return journal.update_entry(
        entry_id,
        text=text,
        reading=reading,
        answers=None if answers is None else dict(answers),
        closing=None if closing is None else dict(closing),
        followups=planned,
    )


def close(journal: Journal, entry_id: str, closing: Mapping[str, str]) -> Entry:
    """Keep her closing check."""
    return journal.update_entry(entry_id, closing=dict(closing))


def planned_followups(answers: Mapping[str, Any]) -> list[tuple[str, str, date]]:
    """The follow-ups her answers plan; InputError if a date is not a date."""
    return followups_from(_string_answers(answers))


def keep_followups(journal: Journal, entry_id: str, planned: list[tuple[str, str, date]]) -> int:
    """Add planned follow-ups, skipping ones this entry already has (one transaction)."""
    return len(journal.plan_followups(entry_id, planned))


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
