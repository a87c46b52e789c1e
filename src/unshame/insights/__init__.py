"""Insights: the pattern over weeks, computed from her decrypted journal, in memory.

    from unshame.insights import gather, period

    found = gather(journal, period("3m"))
    found.headline.text    # "Shame is showing up less often. ..."
    found.to_dict()        # the JSON of `unshame insights --json`

The layout: `periods` (which weeks), `summary` (one pass over the entries), `model`
(the values), `words` (the sentences, said only when the data backs them), `chart`
(SVG). Nothing here writes anything, and nothing renders HTML but the SVG charts.
"""

from __future__ import annotations

from datetime import date

from unshame.insights.chart import bars_svg, weeks_svg
from unshame.insights.model import (
    EFFECTS,
    KINDS,
    PARTS,
    SOURCES,
    WEEKDAYS,
    Closing,
    Count,
    FollowupView,
    Headline,
    Insights,
    Plans,
    Timing,
    Week,
)
from unshame.insights.periods import (
    DEFAULT_PERIOD,
    PERIODS,
    Period,
    local_today,
    period,
    period_or_default,
    since_utc,
    week_key,
)
from unshame.insights.summary import due_followups, normal, summarize, view
from unshame.insights.words import followup_prompt
from unshame.store import Entry, Journal

__all__ = [
    "DEFAULT_PERIOD",
    "EFFECTS",
    "KINDS",
    "PARTS",
    "PERIODS",
    "SOURCES",
    "WEEKDAYS",
    "Closing",
    "Count",
    "FollowupView",
    "Headline",
    "Insights",
    "Period",
    "Plans",
    "Timing",
    "Week",
    "bars_svg",
    "due_followups",
    "entries_of",
    "followup_prompt",
    "gather",
    "local_today",
    "normal",
    "period",
    "period_or_default",
    "summarize",
    "view",
    "week_key",
    "weeks_svg",
]


def entries_of(journal: Journal, chosen: Period, today: date) -> list[Entry]:
    """The entries the period can hold, newest first (a little more, never less)."""
    return journal.entries(since=since_utc(chosen, today))


def gather(journal: Journal, chosen: Period, today: date | None = None) -> Insights:
    """Insights over `chosen` from her journal: one read of the entries, one of follow-ups."""
    day = today or local_today()
    return summarize(entries_of(journal, chosen, day), journal.followups(), period=chosen,
                     today=day)  # fmt: skip
