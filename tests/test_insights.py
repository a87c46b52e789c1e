"""Insights: weeks of her local time, the headline, what feeds it, when, what she did,
the closing checks, the charts, and the report built from them."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from unshame import report
from unshame.analysis import analyze
from unshame.errors import InputError, NotFound
from unshame.insights import (
    PERIODS,
    Insights,
    Week,
    gather,
    normal,
    period,
    period_or_default,
    summarize,
    week_key,
    weeks_svg,
)
from unshame.insights import words as said
from unshame.store import Entry, Followup, Journal

TODAY = date(2026, 11, 26)  # a Thursday, in ISO week 2026-W48
PLUS_2 = timezone(timedelta(hours=2))
MINUS_5 = timezone(timedelta(hours=-5))
SVG = "{http://www.w3.org/2000/svg}"


def reading(
    kind: str, *, sources: tuple[str, ...] = (), signals: tuple[Any, ...] = ()
) -> dict[str, Any]:
    """A reading as the analyser stores it, with only what insights read."""
    return {
        "kind": kind,
        "scores": {"guilt": 0.5, "shame": 0.5},
        "sources": list(sources),
        "signals": [
            {"type": t, "start": 0, "end": len(text), "text": text, "why": "test"}
            for t, text in signals
        ],
    }


def entry(
    at: datetime,
    kind: str = "guilt",
    *,
    answers: dict[str, Any] | None = None,
    closing: dict[str, Any] | None = None,
    **read: Any,
) -> Entry:
    """An Entry value written at `at` (aware: its offset is her clock)."""
    offset = round((at.utcoffset() or timedelta(0)).total_seconds() / 60)
    return Entry(
        id=f"e{at.isoformat()}{kind}",
        created_at=at.astimezone(UTC),
        tz_offset_minutes=offset,
        updated_at=at.astimezone(UTC),
        text="words",
        reading=reading(kind, **read),
        answers=answers or {},
        closing=closing,
    )


def insights_of(
    entries: list[Entry], key: str = "all", followups: tuple[Followup, ...] = ()
) -> Insights:
    return summarize(entries, followups, period=PERIODS[key], today=TODAY)


def counts(found: Insights) -> dict[str, dict[str, int]]:
    """Weeks that hold entries: {week key: counts}."""
    return {w.key: w.counts for w in found.weeks if w.total}


# --- weeks and time zones ---------------------------------------------------------------


def test_back_dated_entries_are_counted_per_iso_week_and_kind(journal: Journal) -> None:
    plan = [
        ("2026-10-05T09:00+02:00", "guilt"),
        ("2026-10-07T20:00+02:00", "shame"),
        ("2026-10-11T12:00+02:00", "shame"),
        ("2026-10-13T08:00+02:00", "mixed"),
        ("2026-10-14T08:00+02:00", "neither"),
        ("2026-11-24T22:00+02:00", "guilt"),
    ]
    for at, kind in plan:
        journal.add_entry("words", reading(kind), at=datetime.fromisoformat(at))
    found = gather(journal, PERIODS["all"], TODAY)
    assert counts(found) == {
        "2026-W41": {"guilt": 1, "shame": 2, "mixed": 0, "neither": 0},
        "2026-W42": {"guilt": 0, "shame": 0, "mixed": 1, "neither": 1},
        "2026-W48": {"guilt": 1, "shame": 0, "mixed": 0, "neither": 0},
    }
    assert [w.key for w in found.weeks][:2] == ["2026-W41", "2026-W42"]
    assert found.weeks[-1].key == "2026-W48" and len(found.weeks) == 8, "empty weeks are kept"
    assert found.kinds == {"guilt": 2, "shame": 2, "mixed": 1, "neither": 1}
    assert found.entries == 6


@pytest.mark.parametrize(
    ("local", "week"),
    [
        ("2026-10-11T23:30+02:00", "2026-W41"),  # Sunday night, 21:30 UTC
        ("2026-10-11T23:30-05:00", "2026-W41"),  # Sunday night, Monday 04:30 UTC
        ("2026-10-12T00:30+02:00", "2026-W42"),  # Monday just after midnight, Sunday in UTC
        ("2026-10-04T23:30-05:00", "2026-W40"),  # the Sunday before, Monday in UTC
    ],
)
def test_an_entry_belongs_to_the_week_of_her_own_clock(
    journal: Journal, local: str, week: str
) -> None:
    journal.add_entry("words", reading("shame"), at=datetime.fromisoformat(local))
    found = gather(journal, PERIODS["all"], TODAY)
    assert list(counts(found)) == [week]


def test_a_period_starts_on_the_monday_of_her_local_week(journal: Journal) -> None:
    # 4 weeks up to 26 Nov 2026 start on Monday 2 November.
    inside = datetime(2026, 11, 2, 0, 30, tzinfo=PLUS_2)  # Sunday 22:30 in UTC
    outside = datetime(2026, 11, 1, 23, 30, tzinfo=MINUS_5)  # Monday 04:30 in UTC
    journal.add_entry("inside", reading("guilt"), at=inside)
    journal.add_entry("outside", reading("shame"), at=outside)
    found = gather(journal, PERIODS["4w"], TODAY)
    assert [w.key for w in found.weeks] == ["2026-W45", "2026-W46", "2026-W47", "2026-W48"]
    assert found.kinds == {"guilt": 1, "shame": 0, "mixed": 0, "neither": 0}
    assert found.first_day == date(2026, 11, 2) and found.last_day == date(2026, 11, 29)


def test_three_months_is_thirteen_whole_weeks() -> None:
    found = insights_of([], "3m")
    assert len(found.weeks) == 13
    assert found.weeks[0].monday == date(2026, 8, 31) and found.weeks[-1].key == "2026-W48"


def test_the_week_key_is_the_iso_week_across_a_new_year() -> None:
    assert week_key(date(2027, 1, 1)) == "2026-W53"
    assert week_key(date(2027, 1, 4)) == "2027-W01"


def test_entries_without_a_known_kind_are_left_out() -> None:
    odd = entry(datetime(2026, 11, 24, 10, tzinfo=UTC), "unknown")
    found = insights_of([odd, entry(datetime(2026, 11, 24, 11, tzinfo=UTC))])
    assert found.entries == 1


@pytest.mark.parametrize(("key", "weeks"), [("4w", 4), ("3m", 13), ("all", None)])
def test_periods_by_name(key: str, weeks: int | None) -> None:
    assert period(key).weeks == weeks
    assert period(key.upper()).key == key


def test_an_unknown_period_is_a_clear_error_or_the_default() -> None:
    with pytest.raises(InputError, match=r"the period is '2y'; expected 4w, 3m or all"):
        period("2y")
    assert period_or_default("2y").key == "3m"
    assert period(None).key == "3m"


# --- the empty journal ------------------------------------------------------------------


@pytest.mark.parametrize("key", ["4w", "3m", "all"])
def test_an_empty_journal_gives_a_friendly_empty_state(key: str) -> None:
    found = insights_of([], key)
    assert found.empty and found.entries == 0
    assert found.headline.trend == "none"
    assert found.headline.text == said.EMPTY
    assert all(t.peak == (None, None) for t in found.times.values())
    assert "have not answered" in found.closing.text
    assert report.charts(found) == {}, "no empty chart"
    data = json.loads(json.dumps(found.to_dict()))
    assert data["entries"] == 0 and data["sources"]["mental_load"] == 0
    if key == "all":
        assert found.weeks == () and found.first_day is None


def test_an_empty_week_list_still_draws_a_valid_svg() -> None:
    ET.fromstring(weeks_svg([], "nothing"))


# --- the headline -----------------------------------------------------------------------


def weeks_of(*pairs: tuple[int, int]) -> list[Week]:
    """Weeks holding (entries, of which shame) each, the rest guilt."""
    out = []
    for i, (n, shame) in enumerate(pairs):
        day = date(2026, 9, 7) + timedelta(weeks=i)
        kinds = {"guilt": n - shame, "shame": shame, "mixed": 0, "neither": 0}
        out.append(Week(week_key(day), day, kinds))
    return out


def test_the_headline_says_shame_is_easing_when_the_data_shows_it() -> None:
    found = said.headline(weeks_of((5, 4), (5, 4), (5, 1), (5, 0)))
    assert found.trend == "down"
    assert found.earlier == (10, 8) and found.lately == (10, 1)
    assert found.text.startswith("Shame is showing up less often.")
    assert "about 8 in 10 entries" in found.text and "about 1 in 10 entries" in found.text
    assert "%" not in found.text and "0." not in found.text, "no false precision"


def test_the_headline_says_when_shame_grows() -> None:
    found = said.headline(weeks_of((5, 0), (5, 1), (5, 4), (5, 5)))
    assert found.trend == "up"
    assert "more often lately" in found.text and "reach out" in found.text


def test_a_small_change_is_no_change() -> None:
    found = said.headline(weeks_of((5, 3), (5, 2), (5, 2), (5, 2)))
    assert found.trend == "steady"
    assert found.text.startswith("No clear change")


def test_a_big_change_on_few_entries_claims_nothing() -> None:
    found = said.headline(weeks_of((3, 3), (2, 2), (3, 0), (2, 0)))
    assert found.trend == "too_few"
    assert "too early" in found.text and "5 of 10 entries held shame" in found.text


def test_the_middle_week_of_an_odd_period_is_left_out_of_the_halves() -> None:
    found = said.headline(weeks_of((6, 6), (9, 0), (6, 0)))
    assert found.earlier == (6, 6) and found.lately == (6, 0)


@pytest.mark.parametrize(
    ("part", "whole", "words"),
    [
        (0, 10, "no entry"),
        (1, 30, "fewer than 1 in 10 entries"),
        (3, 10, "about 3 in 10 entries"),
        (2, 3, "about 7 in 10 entries"),
        (29, 30, "nearly every entry"),
        (8, 8, "every entry"),
        (1, 1, "the one entry"),
        (0, 0, "no entry"),
    ],
)
def test_shares_are_said_coarsely(part: int, whole: int, words: str) -> None:
    assert said.share_words(part, whole) == words


# --- what feeds it ----------------------------------------------------------------------


def test_sources_expectations_and_her_phrases_are_counted_per_entry() -> None:
    day = datetime(2026, 11, 24, 9, tzinfo=UTC)
    entries = [
        entry(
            day,
            "mixed",
            sources=("cultural_ideal", "social_media"),
            signals=(
                ("expectation", "A good mom never"),
                ("shame", "I’m such a horrible mother"),
                ("shame", "I'm such a HORRIBLE mother."),  # the same phrase, once per entry
                ("source", "Instagram"),
            ),
        ),
        entry(
            day + timedelta(hours=1),
            "shame",
            sources=("cultural_ideal",),
            signals=(("expectation", "a good  mom never"), ("shame", "i'm such a horrible mother")),
        ),
        entry(
            day + timedelta(hours=2),
            "guilt",
            sources=("mental_load",),
            signals=(("guilt", "I forgot"), ("expectation", "I should be able to")),
        ),
        entry(day + timedelta(hours=3), "neither", sources=("social_media",)),
    ]
    found = insights_of(entries)
    assert found.sources == {
        "cultural_ideal": 2,
        "social_media": 1,
        "generational": 0,
        "mental_load": 1,
    }, "an entry with no self-blame feeds nothing"
    assert [(c.text, c.count) for c in found.expectations] == [
        ("a good mom never", 2),
        ("i should be able to", 1),
    ]
    assert [(c.text, c.count) for c in found.phrases] == [
        ("a good mom never", 2),
        ("i'm such a horrible mother", 2),
    ], "phrases she used once are not 'frequent'; source signals are not her phrases"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("I’m  Failing.", "i'm failing"),
        ("“A good mom never", "a good mom never"),
        ("\tI should have\n", "i should have"),
    ],
)
def test_phrases_are_normalised_to_lower_case(raw: str, clean: str) -> None:
    assert normal(raw) == clean


# --- when it strikes --------------------------------------------------------------------


def sunday_evenings(n: int, kind: str = "shame") -> list[Entry]:
    start = datetime(2026, 10, 4, 20, 15, tzinfo=PLUS_2)  # a Sunday evening
    return [entry(start + timedelta(weeks=i), kind) for i in range(n)]


def test_a_clear_peak_is_named_in_plain_words() -> None:
    others = [
        entry(datetime(2026, 10, 6, 9, tzinfo=PLUS_2) + timedelta(days=i), "shame")
        for i in range(3)
    ]
    found = insights_of(sunday_evenings(6) + others)
    shame = found.times["shame"]
    assert shame.peak == ("Sunday", "evening")
    assert shame.text == "Shame shows up most on Sunday evenings."
    assert shame.weekdays["Sunday"] == 6 and shame.parts["evening"] == 6
    assert found.times["guilt"].peak == (None, None)


def test_no_peak_is_claimed_on_a_handful_of_entries() -> None:
    found = insights_of(sunday_evenings(5))
    assert found.times["shame"].peak == (None, None)
    assert "A few more entries" in found.times["shame"].text


def test_no_peak_is_claimed_when_nothing_stands_out() -> None:
    start = datetime(2026, 10, 5, 9, tzinfo=PLUS_2)
    spread = [entry(start + timedelta(days=d, hours=h), "mixed") for d in range(7) for h in (0, 9)]
    found = insights_of(spread)
    assert found.times["shame"].entries == 14
    assert found.times["shame"].peak == (None, None)
    assert found.times["shame"].text == "No day or time of day stands out for shame."
    assert found.times["guilt"].entries == 14, "mixed entries hold guilt too"


def test_a_late_night_entry_belongs_to_the_evening_before() -> None:
    late = entry(datetime(2026, 10, 12, 1, 30, tzinfo=MINUS_5), "shame")  # Monday 01:30
    found = insights_of([late])
    assert found.times["shame"].weekdays["Sunday"] == 1
    assert found.times["shame"].parts["night"] == 1
    assert counts(found) == {"2026-W42": {"guilt": 0, "shame": 1, "mixed": 0, "neither": 0}}


def test_times_use_her_local_hour_not_utc() -> None:
    morning = [
        entry(datetime(2026, 10, 5, 7, tzinfo=MINUS_5) + timedelta(days=i), "shame")
        for i in range(8)
    ]
    found = insights_of(morning)  # 12:00 UTC, but 07:00 on her clock
    assert found.times["shame"].parts == {"morning": 8, "afternoon": 0, "evening": 0, "night": 0}
    assert found.times["shame"].text == "Shame shows up most in the morning."


# --- what she did about it, the closing checks ------------------------------------------


def followup(kind: str, entry_id: str, due: date, answer: dict[str, Any] | None = None) -> Followup:
    return Followup(
        f"f-{kind}-{due}-{entry_id}", entry_id, due, kind, "talk with Sam after school", answer
    )


def test_repairs_needs_and_boundaries_planned_and_kept() -> None:
    day = datetime(2026, 11, 16, 9, tzinfo=UTC)
    repair = {"learn_repair": {"repair": "talk with Sam after school", "repair_on": "2026-11-17"}}
    need = {"need_boundary": {"need": "an hour to myself", "boundary": "", "follow_up_on": ""}}
    entries = [
        entry(day, "guilt", answers=repair),
        entry(day + timedelta(hours=1), "guilt", answers=repair),
        entry(day + timedelta(hours=2), "mixed", answers=need),
        entry(day + timedelta(hours=3), "shame"),
    ]
    ids = [e.id for e in entries]
    followups = (
        followup("repair", ids[0], date(2026, 11, 17), {"done": True, "note": "we hugged"}),
        followup("repair", ids[1], date(2026, 11, 24), {"done": False, "note": ""}),
        followup("boundary", ids[3], date(2026, 11, 25)),
        followup("repair", "not-in-the-period", date(2026, 11, 20), {"done": True}),
    )
    found = insights_of(entries, "4w", followups)
    plans = {p.kind: p for p in found.plans}
    assert (plans["repair"].planned, plans["repair"].done, plans["repair"].not_done) == (2, 1, 1)
    assert (plans["need"].planned, plans["need"].done, plans["need"].open) == (1, 0, 0)
    assert (plans["boundary"].planned, plans["boundary"].open) == (1, 1)
    assert plans["repair"].text == "Repairs: 2 planned, 1 done, 1 not this time."
    assert plans["need"].text == "Needs: 1 named."
    assert [f.done for f in found.answered] == [False, True], "newest first, hers only"
    assert found.answered[1].note == "we hugged"
    assert [f.entry_id for f in found.due] == [ids[3]]


@pytest.mark.parametrize(
    ("kind", "due", "prompt"),
    [
        ("repair", date(2026, 11, 24), "You planned a repair for Tuesday: “{}”. Did it happen?"),
        ("repair", TODAY, "You planned a repair for today: “{}”. Did it happen?"),
        ("need", date(2026, 11, 25),
         "You wanted to make room for a need by yesterday: “{}”. Did you?"),
        ("boundary", date(2026, 10, 6),
         "You planned to hold a boundary by Tuesday 6 October: “{}”. Did you keep it?"),
        ("repair", date(2025, 12, 30),
         "You planned a repair for Tuesday 30 December 2025: “{}”. Did it happen?"),
    ],
)  # fmt: skip
def test_a_followup_asks_warmly_and_specifically(kind: str, due: date, prompt: str) -> None:
    what = "talk with Sam after school"
    assert said.followup_prompt(kind, what, due, TODAY) == prompt.format(what)


def test_a_followup_that_ends_its_own_sentence_gets_no_extra_stop() -> None:
    said_prompt = said.followup_prompt("repair", "Sam, I'm sorry. Hug?", TODAY, TODAY)
    assert said_prompt.endswith("“Sam, I'm sorry. Hug?” Did it happen?")


def test_closing_checks_are_counted() -> None:
    day = datetime(2026, 11, 24, 9, tzinfo=UTC)
    closings = [
        {"kind": "shame", "effect": "making me feel unworthy"},
        {"kind": "guilt", "effect": "helping me grow"},
        {"kind": "guilt", "effect": "helping me grow"},
        {"kind": "both", "effect": "not sure"},
        None,
    ]
    found = insights_of(
        [entry(day + timedelta(hours=i), closing=c) for i, c in enumerate(closings)]
    )
    closing = found.closing
    assert closing.effects == {"grow": 2, "unworthy": 1, "not_sure": 1}
    assert closing.unanswered == 1 and closing.answered == 4
    assert closing.her_kinds == {"both": 1, "guilt": 2, "shame": 1}
    assert closing.text == (
        "In the 4 closing checks you answered, the feeling was helping you grow twice, "
        "and making you feel unworthy once. You were not sure once."
    )


# --- the chart --------------------------------------------------------------------------


def some_insights() -> Insights:
    start = datetime(2026, 9, 1, 9, tzinfo=PLUS_2)
    kinds = ["guilt", "shame", "mixed", "neither", "shame"]
    return insights_of(
        [entry(start + timedelta(days=3 * i), kinds[i % 5]) for i in range(30)], "3m"
    )


def test_the_week_chart_is_valid_accessible_svg() -> None:
    found = some_insights()
    svg = report.charts(found)["weeks"]
    root = ET.fromstring(str(svg))
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert "entries per week" in (root.get("aria-label") or "")
    assert root.find(f"{SVG}title") is not None
    bars = [r for r in root.iter(f"{SVG}rect") if r.get("height") not in ("12",)]
    assert bars, "the weeks have bars"
    assert all(el.get("style") is None for el in root.iter()), "no style attributes (CSP)"
    assert all(el.get("fill", "#000").startswith("#") for el in root.iter(f"{SVG}rect"))


def test_the_chart_draws_each_week_in_proportion() -> None:
    weeks = weeks_of((4, 2), (2, 0))
    root = ET.fromstring(weeks_svg(weeks, "two weeks"))
    groups = [g for g in root.iter(f"{SVG}g")]
    heights = [sum(float(r.get("height", 0)) for r in g.iter(f"{SVG}rect")) for g in groups]
    assert heights[0] == pytest.approx(2 * heights[1])


def test_text_around_the_chart_is_safely_escaped() -> None:
    svg = weeks_svg(weeks_of((1, 1)), 'a <label> & "quotes"')
    root = ET.fromstring(svg)
    assert root.get("aria-label") == 'a <label> & "quotes"'


# --- JSON -------------------------------------------------------------------------------


def test_the_json_holds_weeks_sources_and_the_rest() -> None:
    data = json.loads(json.dumps(some_insights().to_dict()))
    assert data["weeks"][0] == {
        "week": "2026-W36",
        "monday": "2026-08-31",
        "counts": data["weeks"][0]["counts"],
    }
    assert set(data["weeks"][0]["counts"]) == {"guilt", "shame", "mixed", "neither"}
    assert set(data["sources"]) == {"cultural_ideal", "social_media", "generational", "mental_load"}
    assert {"headline", "times", "expectations", "phrases", "followups", "closing"} <= set(data)
    assert set(data["times"]) == {"shame", "guilt"}
    assert {"repair", "need", "boundary", "answered", "due"} <= set(data["followups"])
    assert data["headline"]["trend"] in {"none", "too_few", "down", "up", "steady"}
    assert sum(sum(w["counts"].values()) for w in data["weeks"]) == data["entries"] == 30


# --- the report -------------------------------------------------------------------------


def test_the_report_includes_only_the_entries_she_chooses(journal: Journal) -> None:
    texts = ["I yelled at Sam this morning.", "I'm such a horrible mother.", "I forgot her lunch."]
    made = [
        journal.add_entry(t, analyze(t).to_dict(), at=datetime(2026, 11, 20 + i, 21, tzinfo=PLUS_2))
        for i, t in enumerate(texts)
    ]
    built = report.build(journal, PERIODS["4w"], [made[2].id, made[0].id], today=TODAY)
    assert [e.text for e in built.entries] == [texts[0], texts[2]], "oldest first"
    assert [c.chosen for c in built.choices] == [True, False, True], "newest first"
    md = report.markdown(built)
    html = report.html(built)
    for text in (md, html):
        assert texts[0] in text and texts[2] in text
        assert texts[1] not in text
    assert "| 2026-W47 |" in md and "## Entries I chose to share" in md
    assert html.startswith("<!doctype html>") and "<svg" in html
    nothing = report.build(journal, PERIODS["4w"], [], today=TODAY)
    assert not any(t in report.markdown(nothing) for t in texts)
    assert "No entries are included" in report.html(nothing)


def test_the_report_refuses_an_id_that_is_not_hers(journal: Journal) -> None:
    with pytest.raises(NotFound, match="nope"):
        report.build(journal, PERIODS["all"], ["nope"], today=TODAY)
    assert report.build(journal, PERIODS["all"], ["nope"], today=TODAY, strict=False).entries == ()


def test_an_entry_outside_the_period_can_still_be_included(journal: Journal) -> None:
    old = journal.add_entry(
        "Long ago I snapped.", reading("guilt"), at=datetime(2025, 1, 6, 9, tzinfo=UTC)
    )
    built = report.build(journal, PERIODS["4w"], [old.id], today=TODAY)
    assert [e.text for e in built.entries] == ["Long ago I snapped."]
    assert built.insights.entries == 0 and built.choices == ()


def test_the_markdown_report_keeps_table_cells_intact() -> None:
    day = datetime(2026, 11, 24, 9, tzinfo=UTC)
    piped = (("shame", "I | am bad"),)
    found = insights_of([entry(day, "shame", signals=piped), entry(day, "guilt", signals=piped)])
    md = report.markdown(report.Report(found, (), 0, ()))
    assert "| i \\| am bad | 2 |" in md
