"""A summary to bring to a therapist or coach: the pattern over a period, and only the
entries she chooses to include.

    chosen = build(journal, period("3m"), include=["3f2a..."])
    markdown(chosen)   # `unshame report -o summary.md`
    html(chosen)       # `unshame report -o summary.html`: one file, styles inside

The web page `/insights/report` shows the same document (templates `_report.html`),
with a form to pick the period and the entries; printing it gives a tidy PDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from unshame.errors import NotFound
from unshame.explain import SOURCE_NAMES
from unshame.insights import (
    PARTS,
    PERIODS,
    SOURCES,
    WEEKDAYS,
    Insights,
    Period,
    bars_svg,
    entries_of,
    local_today,
    summarize,
    weeks_svg,
)
from unshame.insights import words as said
from unshame.insights.periods import first_monday
from unshame.markdown import KIND_WORDS
from unshame.practices import STEP_KEYS
from unshame.store import Entry, Journal

WEB = Path(__file__).resolve().parent / "web"
CHOICES_SHOWN = 200  # entries listed to choose from, newest first
MAX_INCLUDED = 500
STEP_TITLES = {
    "tell_apart": "Guilt or shame?",
    "expectation": "The standard behind it",
    "learn_repair": "Learn and repair",
    "comparison": "My own measure",
    "friend_voice": "As a friend would say it",
    "need_boundary": "What I need",
    "reach_out": "Reaching out",
}
FIELD_NAMES = {
    "did_wrong": "Did I do something wrong?",
    "standard": "A standard no one could meet every day?",
    "other_mom": "Would I judge another mom this hard?",
    "replacement": "A kinder, truer standard",
    "learn": "What I can learn",
    "next_time": "Next time",
    "repair": "The repair",
    "repair_on": "Check in on the repair",
    "values": "What matters most to me",
    "strengths": "My strengths",
    "gifts": "What I bring my family",
    "rewrite": "As a kind friend would say it",
    "need": "One need",
    "boundary": "One boundary",
    "follow_up_on": "Check in on it",
    "person": "Someone to reach out to",
    "message": "The message",
}
CLOSING_NAMES = {"kind": "Guilt or shame?", "effect": "Is it helping me grow?"}


@dataclass(frozen=True, slots=True)
class Choice:
    """An entry of the period she may include: when, its kind, its first words."""

    id: str
    when: str
    kind: str
    excerpt: str
    chosen: bool


@dataclass(frozen=True, slots=True)
class Shown:
    """An entry she chose to include, ready to show."""

    id: str
    when: str
    kind: str
    text: str
    sources: tuple[str, ...]
    answers: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # (step, ((field, value),))
    closing: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Report:
    """The summary: the insights of a period and the entries she chose."""

    insights: Insights
    choices: tuple[Choice, ...]
    unlisted: int  # entries of the period beyond CHOICES_SHOWN
    entries: tuple[Shown, ...]  # oldest first

    @property
    def period(self) -> Period:
        return self.insights.period

    @property
    def chosen_ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.entries)


def build(
    journal: Journal,
    chosen: Period,
    include: Iterable[str] = (),
    *,
    today: date | None = None,
    strict: bool = True,
) -> Report:
    """The report over `chosen` with the entries `include` names (in any period).

    An id that is not hers raises NotFound when `strict`, and is left out otherwise.
    """
    day = today or local_today()
    entries = entries_of(journal, chosen, day)
    found = summarize(entries, journal.followups(), period=chosen, today=day)
    start = first_monday(chosen, day)
    listed = [e for e in entries if start is None or e.local_time.date() >= start]
    wanted = list(dict.fromkeys(i.strip() for i in include if i.strip()))[:MAX_INCLUDED]
    picked = _picked(journal, {e.id: e for e in entries}, wanted, strict)
    ids = set(wanted)
    return Report(
        insights=found,
        choices=tuple(_choice(e, e.id in ids) for e in listed[:CHOICES_SHOWN]),
        unlisted=max(0, len(listed) - CHOICES_SHOWN),
        entries=tuple(shown(e) for e in sorted(picked, key=lambda e: e.created_at)),
    )


def _picked(
    journal: Journal, known: dict[str, Entry], wanted: list[str], strict: bool
) -> list[Entry]:
    out = []
    for entry_id in wanted:
        entry = known.get(entry_id)
        if entry is None:
            try:
                entry = journal.get_entry(entry_id)
            except NotFound:
                if strict:
                    raise
                continue
        out.append(entry)
    return out


def _when(entry: Entry) -> str:
    return f"{entry.local_time:%A} {entry.local_time.day} {entry.local_time:%B %Y, %H:%M}"


def _choice(entry: Entry, chosen: bool) -> Choice:
    words = " ".join(entry.text.split())
    excerpt = words if len(words) <= 90 else words[:89].rstrip() + "…"
    kind = str(entry.reading.get("kind", ""))
    return Choice(entry.id, _when(entry), said.KIND_NAMES.get(kind, "unread"), excerpt, chosen)


def shown(entry: Entry) -> Shown:
    """An entry as the report shows it: her words, the reading, her reflection and check."""
    reading = entry.reading
    kind = str(reading.get("kind", ""))
    sources = tuple(SOURCE_NAMES.get(str(s), str(s)) for s in reading.get("sources") or ())
    closing = entry.closing or {}
    return Shown(
        id=entry.id,
        when=_when(entry),
        kind=KIND_WORDS.get(kind, "not read"),
        text=entry.text,
        sources=sources,
        answers=_answers(entry.answers),
        closing=tuple(
            (CLOSING_NAMES.get(k, k), str(v)) for k, v in closing.items() if str(v).strip()
        ),
    )


def _answers(answers: dict[str, Any]) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    keys = [k for k in STEP_KEYS if k in answers] + [k for k in answers if k not in STEP_KEYS]
    out = []
    for key in keys:
        given = answers[key]
        if not isinstance(given, dict):
            continue
        items = tuple(
            (FIELD_NAMES.get(str(n), str(n).replace("_", " ")), str(v).strip())
            for n, v in given.items()
            if str(v).strip()
        )
        if items:
            out.append((STEP_TITLES.get(key, key.replace("_", " ").capitalize()), items))
    return tuple(out)


# --- what the page and the files show -----------------------------------------------------


def charts(found: Insights) -> dict[str, Markup]:
    """The SVG charts (empty when there is nothing to draw), safe to put in a page."""
    if found.empty:
        return {}
    rows = [(SOURCE_NAMES[s], found.sources[s]) for s in SOURCES]
    out = {"weeks": Markup(weeks_svg(found.weeks, said.weeks_label(found.weeks)))}
    if any(n for _, n in rows):
        label = "Bar chart of how many entries each pressure fed: " + "; ".join(
            f"{name}: {n}" for name, n in rows
        )
        out["sources"] = Markup(bars_svg(rows, label))
    return out


def names() -> dict[str, Any]:
    """The names the templates use for kinds, sources, days and plans."""
    return {
        "kinds": said.KIND_NAMES,
        "sources": SOURCE_NAMES,
        "plans": said.PLAN_NAMES,
        "effects": said.EFFECT_NAMES,
        "weekdays": WEEKDAYS,
        "parts": PARTS,
    }


def context(chosen: Report) -> dict[str, Any]:
    """What `_report.html` needs."""
    found = chosen.insights
    return {
        "report": chosen,
        "found": found,
        "charts": charts(found),
        "names": names(),
        "weeks_text": said.weeks_text(found.weeks),
        "heat": heat(found),
        "periods": PERIODS,
    }


def heat(found: Insights) -> dict[str, list[list[int]]]:
    """Each cell of the when-it-strikes grids as a level from 0 to 4 (for shading)."""
    out = {}
    for name, timing in found.times.items():
        top = max((n for row in timing.cells for n in row), default=0) or 1
        out[name] = [[0 if n == 0 else 1 + min(3, 4 * n // (top + 1)) for n in row]
                     for row in timing.cells]  # fmt: skip
    return out


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(WEB / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def html(chosen: Report) -> str:
    """The report as one HTML file, its styles inside (opens and prints anywhere).

    The page's shell is written here, not as a template: the app's own templates never
    hold inline styles (its Content-Security-Policy forbids them); this file is opened
    from disk, outside the app.
    """
    css = (WEB / "static" / "unshame.css").read_text("utf-8")
    body = _environment().get_template("_report.html").render(top=1, **context(chosen))
    return _SHELL.format(css=css, body=body)


_SHELL = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="referrer" content="no-referrer">
<title>A summary from my unshame journal</title>
<style>
{css}
</style>
</head>
<body>
<main id="main">
{body}
</main>
</body>
</html>
"""


# --- Markdown ----------------------------------------------------------------------------


def markdown(chosen: Report) -> str:
    """The report as Markdown: the same sections, with tables instead of charts."""
    found = chosen.insights
    lines = [
        "# A summary from my unshame journal",
        "",
        f"{_period_words(found)}. Written {_day(found.today)}.",
        "",
        "_From a private journal, read by software that tells guilt from shame. "
        "Not therapy and not a diagnosis._",
        "",
        f"**{found.headline.text}**",
        "",
    ]
    if found.empty:
        lines += [said.EMPTY, ""]
    else:
        lines += _md_weeks(found) + _md_feeds(found) + _md_times(found) + _md_plans(found)
    lines += _md_entries(chosen.entries)
    return "\n".join(lines).rstrip() + "\n"


def _period_words(found: Insights) -> str:
    label = found.period.label.capitalize()
    if found.first_day is None or found.last_day is None:
        return label
    return f"{label}: {_day(found.first_day)} to {_day(found.last_day)}"


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")


def _table(head: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(_cell(str(c)) for c in row) + " |" for row in rows]
    return [*out, ""]


def _md_weeks(found: Insights) -> list[str]:
    lines = ["## Guilt and shame, week by week", "", said.weeks_text(found.weeks), ""]
    head = ["week", "starting", "guilt", "shame", "both", "neither"]
    rows = [
        (w.key, f"{w.monday.day} {w.monday:%b}", *(w.counts[k] for k in said.KIND_NAMES))
        for w in found.weeks
    ]
    return lines + _table(head, rows)


def _md_feeds(found: Insights) -> list[str]:
    lines = ["## What feeds it", ""]
    lines += _table(["pressure", "entries"], ((SOURCE_NAMES[s], found.sources[s]) for s in SOURCES))
    if found.expectations:
        lines += ["Standards I hold myself to:", ""]
        lines += _table(["standard", "entries"], ((c.text, c.count) for c in found.expectations))
    if found.phrases:
        lines += ["My words that come back:", ""]
        lines += _table(["phrase", "entries"], ((c.text, c.count) for c in found.phrases))
    return lines


def _md_times(found: Insights) -> list[str]:
    lines = ["## When it strikes", ""]
    for timing in found.times.values():
        lines += [f"- {timing.text}"]
    return [*lines, ""]


def _md_plans(found: Insights) -> list[str]:
    lines = ["## What I did about it", ""]
    lines += [f"- {plans.text}" for plans in found.plans]
    return [*lines, "", "## Closing checks", "", found.closing.text, ""]


def _md_entries(entries: Sequence[Shown]) -> list[str]:
    if not entries:
        return ["## Entries", "", "_No entries are included in this summary._", ""]
    lines = ["## Entries I chose to share", ""]
    for entry in entries:
        lines += [f"### {entry.when}", ""]
        lines += ["> " + line if line.strip() else ">" for line in entry.text.splitlines()]
        lines += ["", f"**Reading:** {entry.kind}."]
        if entry.sources:
            lines.append(f"**Behind it:** {', '.join(entry.sources)}.")
        lines.append("")
        for title, items in entry.answers:
            lines += [f"**{title}**", *(f"- {k}: {_cell(v)}" for k, v in items), ""]
        if entry.closing:
            lines += ["**Closing check:** " + "; ".join(f"{k} {v}" for k, v in entry.closing), ""]
    return lines
