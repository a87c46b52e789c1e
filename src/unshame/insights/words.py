"""Insights in plain words: the headline, when a feeling strikes, the closing checks, and
the question a follow-up asks.

The numbers behind each sentence are coarse on purpose ("about 3 in 10"), and a sentence
claims a change or a peak only when there are enough entries to back it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from unshame.insights.model import PARTS, WEEKDAYS, Headline, Week

# The headline compares the first and second half of the period's weeks. It speaks of a
# change only with MIN_PER_HALF entries in each half, a change of at least MIN_CHANGE in
# the share of shame, and a two-proportion z-score of at least MIN_Z (about 95%, two-sided).
MIN_PER_HALF = 6
MIN_CHANGE = 0.15
MIN_Z = 1.96
# "Shame shows up most on Sunday evenings" needs MIN_TIMING entries holding shame, and:
MIN_TIMING = 8
PEAK_AT_LEAST = 4  # entries in the peak
CELL_SHARE, CELL_LEAD = 0.25, 2.0  # a weekday and part of day: a quarter, twice the next
DAY_SHARE, DAY_LEAD = 0.30, 1.5  # a weekday: almost a third, half again the next
PART_SHARE, PART_LEAD = 0.45, 1.5  # a part of the day
EMPTY = "Nothing to look back on yet. Your first entries will start the picture."
_PART_WORDS = {
    "morning": "in the morning",
    "afternoon": "in the afternoon",
    "evening": "in the evening",
    "night": "at night",
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_FOLLOWUP = {
    "repair": ("You planned a repair for {when}", "Did it happen?"),
    "need": ("You wanted to make room for a need by {when}", "Did you?"),
    "boundary": ("You planned to hold a boundary by {when}", "Did you keep it?"),
}
MAX_WHAT = 160


def share_words(part: int, whole: int) -> str:
    """How many of `whole` entries, in words a person would use: "about 3 in 10 entries"."""
    if whole <= 0 or part <= 0:
        return "no entry"
    if part >= whole:
        return "every entry" if whole > 1 else "the one entry"
    tenths = math.floor(part * 10 / whole + 0.5)
    if tenths == 0:
        return "fewer than 1 in 10 entries"
    if tenths == 10:
        return "nearly every entry"
    return f"about {tenths} in 10 entries"


def times(n: int) -> str:
    return {0: "not once", 1: "once", 2: "twice"}.get(n, f"{n} times")


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


# --- the headline -----------------------------------------------------------------------


def headline(weeks: Sequence[Week]) -> Headline:
    """Is the share of shame (shame or mixed) going down? Said only when the data shows it."""
    total, shame = sum(w.total for w in weeks), sum(w.shame for w in weeks)
    half = len(weeks) // 2
    earlier = _tally(weeks[:half])
    lately = _tally(weeks[len(weeks) - half :]) if half else (0, 0)
    if total == 0:
        return Headline("none", EMPTY, earlier, lately)
    if min(earlier[0], lately[0]) < MIN_PER_HALF:
        text = (
            "It is too early to see a trend; a few more weeks of entries will show whether "
            f"shame is easing. So far, {shame} of {plural(total, 'entry', 'entries')} "
            f"{'holds' if total == 1 else 'held'} shame."
        )
        return Headline("too_few", text, earlier, lately)
    trend = _trend(earlier, lately)
    return Headline(trend, _trend_text(trend, earlier, lately), earlier, lately)


def _tally(weeks: Sequence[Week]) -> tuple[int, int]:
    return sum(w.total for w in weeks), sum(w.shame for w in weeks)


def _trend(earlier: tuple[int, int], lately: tuple[int, int]) -> str:
    (n1, s1), (n2, s2) = earlier, lately
    p1, p2 = s1 / n1, s2 / n2
    pooled = (s1 + s2) / (n1 + n2)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    z = (p2 - p1) / spread if spread else 0.0
    if abs(p2 - p1) < MIN_CHANGE or abs(z) < MIN_Z:
        return "steady"
    return "down" if p2 < p1 else "up"


def _trend_text(trend: str, earlier: tuple[int, int], lately: tuple[int, int]) -> str:
    before, now = share_words(earlier[1], earlier[0]), share_words(lately[1], lately[0])
    if trend == "down":
        return (
            f"Shame is showing up less often. Earlier in this period, {before} held shame; "
            f"in the more recent weeks, {now}."
        )
    if trend == "up":
        return (
            f"Shame has been showing up more often lately: {before} held shame earlier in "
            f"this period, {now} in the more recent weeks. Be gentle with yourself; a heavy "
            "stretch is a good time to reach out to someone you trust."
        )
    if before == now:
        return f"No clear change: {before} held shame, earlier in this period and lately alike."
    return (
        f"No clear change yet: {before} held shame earlier in this period, "
        f"{now} in the more recent weeks."
    )


# --- when it strikes --------------------------------------------------------------------


def timing(
    feeling: str, cells: Sequence[Sequence[int]]
) -> tuple[tuple[str | None, str | None], str]:
    """The peak (weekday, part of day; either may be None) and a sentence saying it."""
    total = sum(map(sum, cells))
    name = feeling.capitalize()
    if total < MIN_TIMING:
        text = f"A few more entries will show whether {feeling} has a time of its own."
        return (None, None), text
    flat = sorted(
        ((n, d, p) for d, row in enumerate(cells) for p, n in enumerate(row)), reverse=True
    )
    if _clear(flat[0][0], flat[1][0], total, CELL_SHARE, CELL_LEAD):
        day, part = WEEKDAYS[flat[0][1]], PARTS[flat[0][2]]
        return (day, part), f"{name} shows up most on {day} {part}s."
    by_day = _peak([sum(row) for row in cells], total, DAY_SHARE, DAY_LEAD)
    by_part = _peak([sum(row[i] for row in cells) for i in range(len(PARTS))], total,
                    PART_SHARE, PART_LEAD)  # fmt: skip
    day_name = WEEKDAYS[by_day] if by_day is not None else None
    part_name = PARTS[by_part] if by_part is not None else None
    if day_name and part_name:
        text = f"{name} shows up most on {day_name}s, and most often {_PART_WORDS[part_name]}."
    elif day_name:
        text = f"{name} shows up most on {day_name}s."
    elif part_name:
        text = f"{name} shows up most {_PART_WORDS[part_name]}."
    else:
        text = f"No day or time of day stands out for {feeling}."
    return (day_name, part_name), text


def _peak(counts: Sequence[int], total: int, share: float, lead: float) -> int | None:
    ranked = sorted(range(len(counts)), key=lambda i: counts[i], reverse=True)
    best, runner_up = counts[ranked[0]], counts[ranked[1]]
    return ranked[0] if _clear(best, runner_up, total, share, lead) else None


def _clear(best: int, runner_up: int, total: int, share: float, lead: float) -> bool:
    return best >= PEAK_AT_LEAST and best >= share * total and best >= lead * runner_up


# --- the closing checks -----------------------------------------------------------------


def closing(grow: int, unworthy: int, not_sure: int) -> str:
    answered = grow + unworthy + not_sure
    if answered == 0:
        return (
            "You have not answered the closing check for these entries yet: it asks whether "
            "a feeling is helping you grow, or making you feel unworthy."
        )
    text = (
        f"In the {plural(answered, 'closing check')} you answered, the feeling was helping "
        f"you grow {times(grow)}, and making you feel unworthy {times(unworthy)}."
    )
    if not_sure:
        text += f" You were not sure {times(not_sure)}."
    return text


# --- follow-ups -------------------------------------------------------------------------


def plans(kind: str, planned: int, done: int, not_done: int, waiting: int) -> str:
    """One line per kind: "Repairs: 5 planned, 3 done, 1 not this time, 1 not checked in on yet."

    The numbers: entries that planned one, then follow-ups answered yes, answered no, and
    not answered yet.
    """
    title, made, went = PLAN_NAMES[kind]
    if not planned:
        return f"{title}: none {made} in these weeks."
    parts = [f"{planned} {made}"]
    if done or not_done or waiting:
        parts.append(f"{done} {went}")
    if not_done:
        parts.append(f"{not_done} not this time")
    if waiting:
        parts.append(f"{waiting} not checked in on yet")
    return f"{title}: {', '.join(parts)}."


def day_words(day: date, today: date) -> str:
    """A day as she would say it: today, yesterday, Tuesday, Tuesday 3 November."""
    delta = (day - today).days
    special = {0: "today", -1: "yesterday", 1: "tomorrow"}
    if delta in special:
        return special[delta]
    weekday = WEEKDAYS[day.weekday()]
    if -6 <= delta <= 6:
        return weekday
    words = f"{weekday} {day.day} {_MONTHS[day.month - 1]}"
    return words if day.year == today.year else f"{words} {day.year}"


def followup_prompt(kind: str, what: str, due_on: date, today: date) -> str:
    """The question a follow-up asks, from what she planned and when.

    "You planned a repair for Tuesday: “talk with Sam after school”. Did it happen?"
    """
    said, ask = _FOLLOWUP.get(kind, ("You planned something for {when}", "Did it happen?"))
    words = " ".join(what.split())
    if len(words) > MAX_WHAT:
        words = words[: MAX_WHAT - 1].rstrip() + "…"
    stop = "" if words.endswith((".", "!", "?", "…")) else "."
    return f"{said.format(when=day_words(due_on, today))}: “{words}”{stop} {ask}"


# --- names ------------------------------------------------------------------------------

KIND_NAMES = {"guilt": "guilt", "shame": "shame", "mixed": "both", "neither": "neither"}
# kind of follow-up: (what they are, how many were made, how many went well)
PLAN_NAMES = {
    "repair": ("Repairs", "planned", "done"),
    "need": ("Needs", "named", "met"),
    "boundary": ("Boundaries", "named", "kept"),
}
EFFECT_NAMES = {
    "grow": "helping me grow",
    "unworthy": "making me feel unworthy",
    "not_sure": "not sure",
}


def weeks_label(weeks: Sequence[Week]) -> str:
    """What the weekly chart shows, for its aria-label."""
    if not weeks:
        return "No entries to chart yet."
    first, last = weeks[0].monday, weeks[-1].monday
    return (
        f"Bar chart of entries per week, from the week of {_date(first)} to the week of "
        f"{_date(last)}, each bar split into shame, both, guilt and neither. "
        "The same numbers are in the table that follows."
    )


def weeks_text(weeks: Sequence[Week]) -> str:
    """The chart's numbers in one sentence, for everyone who does not see it."""
    kinds = {k: sum(w.counts[k] for w in weeks) for k in KIND_NAMES}
    total = sum(kinds.values())
    if not total:
        return EMPTY
    said = [f"{kinds['guilt']} guilt", f"{kinds['shame']} shame", f"{kinds['mixed']} both"]
    return (
        f"{plural(total, 'entry', 'entries')} in {plural(len(weeks), 'week')}: "
        f"{', '.join(said)}, and {kinds['neither']} with neither."
    )


def _date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
