"""What the pages and the JSON API add to the shared journal steps (`unshame.journaling`).

Writing, revising and reflecting live in the core so the terminal does the same;
here are only the web's own small helpers.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from unshame.helplines import Region, region
from unshame.journaling import TooLong, plan_for, reflect, revise, write
from unshame.store import Journal

__all__ = [
    "TooLong",
    "her_region",
    "plan_for",
    "recent_count",
    "reflect",
    "revise",
    "safe_next",
    "write",
]


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
