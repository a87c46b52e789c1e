"""The insights page, the printable summary and the home page's glance, through TestClient."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from conftest import PASSPHRASE
from unshame.analysis import analyze
from unshame.config import sqlite_url
from unshame.store import Journal

PLUS_2 = timezone(timedelta(hours=2))
SAMPLES = (
    "I yelled at Sam this morning. I'm such a horrible mother. A good mom never yells.",
    "I forgot her lunch today.",
    "Every other mom on Instagram has it together. I'm failing.",
)


def seed(data_dir: Path, count: int = 9) -> list[str]:
    """Write `count` entries over the last weeks, straight into the journal."""
    ids = []
    now = datetime.now(PLUS_2)
    with Journal.open(sqlite_url(data_dir), PASSPHRASE) as journal:
        for i in range(count):
            text = SAMPLES[i % len(SAMPLES)]
            at = now - timedelta(days=3 * i, hours=i % 4)
            closing = {"kind": "shame", "effect": "helping me grow"} if i % 2 else None
            ids.append(journal.add_entry(text, analyze(text).to_dict(), at=at, closing=closing).id)
    return ids


def svg_of(page: str) -> ET.Element:
    match = re.search(r"<svg .*?</svg>", page, re.DOTALL)
    assert match, "the page has an SVG chart"
    return ET.fromstring(match.group(0))


def test_insights_show_the_chart_the_headline_and_the_sections(
    site: Any, tmp_data_dir: Path
) -> None:
    site.welcome()
    seed(tmp_data_dir)
    response = site.client.get("/insights")
    assert response.status_code == 200
    page = response.text
    chart = svg_of(page)
    assert chart.get("role") == "img" and "entries per week" in (chart.get("aria-label") or "")
    assert '<figcaption id="weeks-summary">9 entries in 13 weeks:' in page, "a text alternative"
    assert "<caption>Entries per week</caption>" in page
    for title in ("What feeds it", "When it strikes", "What you did about it", "Closing checks"):
        assert title in page, title
    assert 'class="headline"' in page
    assert "<q>a good mom never</q>" in page
    assert 'href="/insights" aria-current="page">Insights</a>' in page, "in the navigation"
    assert 'href="/insights/report?period=3m"' in page


def test_insights_pages_keep_to_the_content_security_policy(site: Any, tmp_data_dir: Path) -> None:
    site.welcome()
    ids = seed(tmp_data_dir)
    for url in ("/insights", "/insights?period=all", f"/insights/report?include={ids[0]}", "/"):
        page = site.client.get(url).text
        assert " style=" not in page and "<style" not in page, url
        assert not re.search(r"<script(?![^>]*\bsrc=)", page), url
        assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', ""), url


def test_an_empty_journal_has_a_friendly_insights_page(site: Any) -> None:
    site.welcome()
    for period in ("4w", "3m", "all"):
        page = site.client.get("/insights", params={"period": period}).text
        assert "Nothing to look back on yet" in page
        assert "<svg" not in page, "no empty chart"
        assert 'href="/write"' in page
    report = site.client.get("/insights/report").text
    assert "No entries in this period to include." in report
    assert "<svg" not in report


def test_the_period_links_change_the_weeks(site: Any, tmp_data_dir: Path) -> None:
    site.welcome()
    seed(tmp_data_dir)
    four = site.client.get("/insights", params={"period": "4w"}).text
    assert 'href="/insights?period=4w" aria-current="page"' in four
    assert len(re.findall(r'<tr><th scope="row"><time', four)) == 4
    odd = site.client.get("/insights", params={"period": "forever"}).text
    assert 'href="/insights?period=3m" aria-current="page"' in odd, "unknown: the default"


def test_the_report_page_includes_only_ticked_entries(site: Any, tmp_data_dir: Path) -> None:
    site.welcome()
    ids = seed(tmp_data_dir, 3)
    page = site.client.get("/insights/report").text
    assert page.count('type="checkbox" name="include"') == 3
    assert " checked" not in page, "no entry is included unless she ticks it"
    assert "No entries are included in this summary." in page
    assert SAMPLES[1] not in page.split('id="report"')[1]

    chosen = site.client.get("/insights/report", params={"include": [ids[1]], "period": "all"})
    document = chosen.text.split('id="report"')[1]
    assert SAMPLES[1] in document
    assert SAMPLES[0] not in document and "Every other mom on Instagram" not in document
    assert f'value="{ids[1]}" checked' in chosen.text
    assert '<option value="all" selected>' in chosen.text
    assert '<form method="get" action="/insights/report"' in chosen.text


def test_the_report_ignores_an_id_that_is_not_hers(site: Any, tmp_data_dir: Path) -> None:
    site.welcome()
    seed(tmp_data_dir, 2)
    response = site.client.get("/insights/report", params={"include": ["nope", "<script>"]})
    assert response.status_code == 200
    assert "No entries are included in this summary." in response.text
    assert "<script>" not in response.text


def test_answered_followups_show_in_insights(site: Any, tmp_data_dir: Path) -> None:
    site.welcome()
    ids = seed(tmp_data_dir, 3)
    today = date.today()
    with Journal.open(sqlite_url(tmp_data_dir), PASSPHRASE) as journal:
        done = journal.add_followup(ids[0], "repair", "talk with Sam after school", today)
        journal.add_followup(ids[1], "boundary", "no phone after 9", today)
    site.post(f"/followups/{done.id}", {"done": "yes", "note": "we hugged"})
    page = site.client.get("/insights").text
    assert "What you checked in on" in page
    assert "You planned a repair for today: “talk with Sam after school”. Did it happen?" in page
    assert "Yes, it did." in page and "<q>we hugged</q>" in page
    assert "Waiting for your answer" in page
    assert "You planned to hold a boundary by today: “no phone after 9”. Did you keep it?" in page
    assert "Repairs: 1 planned, 1 done." in page


def test_the_home_page_shows_the_glance(site: Any, tmp_data_dir: Path) -> None:
    site.welcome()
    empty = site.client.get("/").text
    assert 'id="insights"' in empty and "After a few weeks of entries" in empty
    seed(tmp_data_dir)
    home = site.client.get("/").text
    glance = re.search(r'<section id="insights".*?</section>', home, re.DOTALL)
    assert glance and 'class="headline"' in glance.group(0)
    assert 'href="/insights"' in glance.group(0)


def test_the_followup_prompt_is_there_for_the_home_page(site: Any) -> None:
    from unshame.store import Followup
    from unshame.web.render import templates

    prompt = templates.env.globals["followup_prompt"]
    due = Followup("f", "e", date.today(), "repair", "talk with Sam after school", None)
    assert prompt(due) == (
        "You planned a repair for today: “talk with Sam after school”. Did it happen?"
    )


@pytest.mark.parametrize("url", ["/insights", "/insights/report?period=4w"])
def test_insights_need_the_journal_unlocked(site: Any, url: str) -> None:
    site.welcome()
    site.post("/lock")
    response = site.client.get(url, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/unlock?next=%2Finsights")
