"""The flow's steps over the core, shared by the pages and the JSON API.

Write (analyse and save at once), revise, keep her reflection and its follow-ups.
Each function calls the analyser, the practices and the store; none renders anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from unshame.analysis import Reading, analyze
from unshame.errors import InputError
from unshame.helplines import Region, region
from unshame.practices import Plan, followups_from, plan
from unshame.store import Entry, Journal
from unshame.web.marks import reading_of


class TooLong(InputError):
    """An entry over UNSHAME_MAX_ENTRY_CHARS."""

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
) -> tuple[Entry, Reading]:
    """Read her entry and keep it at once, so nothing is lost."""
    reading = analyze(check_size(text, limit))
    planned = planned_followups(answers or {})
    entry = journal.add_entry(text, reading.to_dict(), answers=answers, closing=closing)
    keep_followups(journal, entry.id, planned)
    return entry, reading


def revise(journal: Journal, entry_id: str, text: str, limit: int) -> tuple[Entry, Reading]:
    """Change an entry's text; it is read again."""
    reading = analyze(check_size(text, limit))
    return journal.update_entry(entry_id, text=text, reading=reading.to_dict()), reading


def reflect(journal: Journal, entry_id: str, answers: dict[str, Any]) -> Entry:
    """Keep her answers and plan the follow-ups they hold (InputError before any change)."""
    planned = planned_followups(answers)
    entry = journal.update_entry(entry_id, answers=answers)
    keep_followups(journal, entry_id, planned)
    return entry


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


def plan_for(journal: Journal, entry: Entry) -> tuple[Reading, Plan]:
    """The entry's reading and the reflection it calls for."""
    reading = reading_of(entry.reading, entry.text)
    return reading, plan(entry.text, reading, journal.profile(), today=date.today())


def recent_count(journal: Journal, days: int = 7) -> int:
    return len(journal.entries(since=datetime.now().astimezone() - timedelta(days=days)))


def her_region(journal: Journal | None, default: str) -> Region:
    """Her region's resources: the one in her profile, else the server's default."""
    chosen = journal.profile().get("region") if journal is not None else None
    return region(chosen if isinstance(chosen, str) and chosen else default)


def safe_next(target: str | None) -> str:
    """A local path to go back to after unlocking; anything else goes home."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


def _string_answers(answers: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    return {
        str(key): {str(k): str(v) for k, v in value.items()}
        for key, value in answers.items()
        if isinstance(value, Mapping)
    }
