"""The periods she can look back over, and the ISO weeks of her own clock.

A period is whole ISO weeks (Monday to Sunday) ending with the current one: "4w" is
this week and the three before it, "3m" thirteen weeks, "all" everything from the week
of her first entry. Weeks and days are those of her local time when she wrote, so an
entry at 23:30 on a Sunday belongs to that Sunday's week, whatever its time in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from unshame.errors import InputError

# The widest UTC offset in use (+14:00): a local day starts at most this long before UTC's.
_WIDEST_OFFSET = timedelta(hours=14)


@dataclass(frozen=True, slots=True)
class Period:
    """A stretch of whole weeks to look back over; `weeks` None means everything."""

    key: str
    label: str
    weeks: int | None


PERIODS: dict[str, Period] = {
    "4w": Period("4w", "the last 4 weeks", 4),
    "3m": Period("3m", "the last 3 months", 13),
    "all": Period("all", "everything so far", None),
}
DEFAULT_PERIOD = "3m"


def period(key: str | None) -> Period:
    """The period named `key` ("4w", "3m" or "all"; None means the default, 3m)."""
    if key is None:
        return PERIODS[DEFAULT_PERIOD]
    found = PERIODS.get(key.strip().lower())
    if found is None:
        raise InputError(f"the period is {key!r}; expected 4w, 3m or all")
    return found


def period_or_default(key: str | None) -> Period:
    """Like `period`, but anything unknown gives the default (for links and forms)."""
    try:
        return period(key)
    except InputError:
        return PERIODS[DEFAULT_PERIOD]


def monday(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def week_key(day: date) -> str:
    """The ISO week of a day, as "2026-W41"."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def first_monday(chosen: Period, today: date) -> date | None:
    """The Monday the period starts on; None for everything."""
    if chosen.weeks is None:
        return None
    return monday(today) - timedelta(weeks=chosen.weeks - 1)


def since_utc(chosen: Period, today: date) -> datetime | None:
    """A UTC time early enough to fetch every entry of the period, whatever her offset."""
    start = first_monday(chosen, today)
    if start is None:
        return None
    return datetime.combine(start, time(0), tzinfo=UTC) - _WIDEST_OFFSET


def local_today() -> date:
    """Today on this machine's clock."""
    return datetime.now().astimezone().date()
