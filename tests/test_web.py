"""The web app's pages and the whole flow, through FastAPI's TestClient."""

from __future__ import annotations

import html
import re
from datetime import date
from html.parser import HTMLParser
from typing import Any

import pytest

from unshame.analysis import Signal
from unshame.config import sqlite_url
from unshame.store import Journal
from unshame.web.forms import safe_link
from unshame.web.marks import pieces

GUILT_AND_SHAME = "I yelled at Sam this morning. I'm such a horrible mother."
COMPARISON = (
    "I yelled at him this morning. I'm such a horrible mother. Every other mom on "
    "Instagram seems to have it together. A good mom never loses her patience."
)
CRISIS = "I just want to disappear and not wake up."


def entry_url(entry_id: str, page: str = "") -> str:
    return f"/entries/{entry_id}" + (f"/{page}" if page else "")


class Tags(HTMLParser):
    """Checks that tags open and close in order."""

    VOID = frozenset({"input", "meta", "link", "br", "img", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()


def her_words(html: str) -> str:
    match = re.search(r'<div class="her-words"[^>]*>(.*?)</div>', html, re.DOTALL)
    assert match, "the page shows her words"
    return match.group(0)


def words_shown(page: str) -> str:
    """Her words as the page shows them, without the highlights."""
    return html.unescape(re.sub(r"<[^>]+>", "", her_words(page)))


# --- first visit, welcome ---------------------------------------------------------------


def test_first_visit_goes_to_the_welcome_page(site: Any) -> None:
    response = site.client.get("/")
    assert response.url.path == "/welcome"
    page = response.text
    assert "not therapy" in page
    assert "stays on this machine" in page
    assert 'name="passphrase"' in page and 'name="again"' in page


def test_welcome_creates_the_journal_and_unlocks_it(site: Any, tmp_data_dir: Any) -> None:
    home = site.welcome()
    assert home.url.path == "/"
    assert "Write it down" in home.text
    assert "Keep your passphrase somewhere safe" in home.text
    assert Journal.exists(sqlite_url(tmp_data_dir))


@pytest.mark.parametrize(
    ("passphrase", "again", "message"),
    [
        ("a long walk at dawn", "a long walk at dusk", "not the same"),
        ("short", "short", "at least 8 characters"),
    ],
)
def test_welcome_refuses_a_bad_passphrase(
    site: Any, passphrase: str, again: str, message: str
) -> None:
    site.client.get("/welcome")
    response = site.post("/welcome", {"passphrase": passphrase, "again": again})
    assert response.status_code == 400
    assert message in response.text


def test_welcome_is_skipped_once_the_journal_exists(site: Any) -> None:
    site.welcome()
    site.post("/lock")
    assert site.client.get("/welcome").url.path == "/unlock"


# --- the whole flow ---------------------------------------------------------------------


def test_the_whole_flow_from_welcome_to_delete(site: Any) -> None:
    site.welcome()
    assert 'textarea id="text" name="text"' in site.client.get("/write").text

    saved = site.write(GUILT_AND_SHAME)
    assert saved.status_code == 303
    entry_id = saved.headers["location"].split("/")[2]
    assert saved.headers["location"] == entry_url(entry_id, "reading")

    reading = site.client.get(entry_url(entry_id, "reading")).text
    assert '<mark data-signal="guilt">' in reading
    assert '<mark data-signal="shame">' in reading
    assert "Part of this is guilt" in reading
    assert "Why, phrase by phrase" in reading

    answers = site.form(entry_url(entry_id, "reflect"), "reflect-form")
    assert any("." in name for name in answers), "the reflection has fields"
    closed = site.post(entry_url(entry_id, "reflect"), answers, follow_redirects=False)
    assert closed.headers["location"] == entry_url(entry_id, "close")

    closing = site.form(entry_url(entry_id, "close"), "close-form")
    assert any(name.startswith("closing.") for name in closing)
    shown = site.post(entry_url(entry_id, "close"), closing)
    assert shown.url.path == entry_url(entry_id)
    assert "Saved in your journal." in shown.text
    assert "Not answered yet." not in shown.text

    journal = site.client.get("/journal").text
    assert entry_url(entry_id) in journal
    assert entry_url(entry_id) in site.client.get("/journal", params={"q": "HORRIBLE"}).text
    assert entry_url(entry_id) not in site.client.get("/journal", params={"q": "giraffe"}).text

    edited = site.post(entry_url(entry_id, "edit"), {"text": "I forgot her lunch today."})
    assert edited.url.path == entry_url(entry_id)
    assert words_shown(edited.text) == "I forgot her lunch today."
    assert "the entry was read again" in edited.text

    confirm = site.client.get(entry_url(entry_id, "delete")).text
    assert "cannot be undone" in confirm
    gone = site.post(entry_url(entry_id, "delete"))
    assert gone.url.path == "/journal"
    assert "The entry is deleted." in gone.text
    assert site.client.get(entry_url(entry_id)).status_code == 404


def test_a_crisis_entry_goes_to_the_crisis_page_first(site: Any) -> None:
    site.welcome()
    saved = site.write(CRISIS)
    assert saved.status_code == 303
    assert saved.headers["location"].startswith("/crisis?entry=")
    entry_id = saved.headers["location"].split("entry=")[1]

    page = site.client.get(saved.headers["location"]).text
    assert "You are not alone" in page
    assert 'href="tel:911"' in page
    assert 'href="tel:988"' in page and 'href="sms:988"' in page
    assert "National Maternal Mental Health Hotline" in page
    assert "Postpartum Support International" in page
    assert "Samaritans" in page, "other countries' lines are there too"
    assert "verdict" not in page and "<mark" not in page, "no analysis on the crisis page"
    assert entry_url(entry_id, "reading") in page, "she can continue"
    assert 'href="/"' in page, "or stop"
    assert words_shown(site.client.get(entry_url(entry_id)).text) == CRISIS, "her words were kept"


def test_editing_into_crisis_words_shows_the_crisis_page(site: Any) -> None:
    site.welcome()
    entry_id = site.new_entry(GUILT_AND_SHAME)
    edited = site.post(entry_url(entry_id, "edit"), {"text": CRISIS}, follow_redirects=False)
    assert edited.headers["location"] == f"/crisis?entry={entry_id}"


def test_every_page_renders(site: Any) -> None:
    for path in ("/welcome", "/help", "/crisis"):
        assert site.client.get(path).status_code == 200, path
    site.welcome()
    entry_id = site.new_entry(COMPARISON)
    pages = ["/", "/write", "/journal", "/me", "/help", "/crisis", "/unlock"]
    pages += [entry_url(entry_id, p) for p in ("", "reading", "reflect", "close", "edit")]
    pages.append(entry_url(entry_id, "delete"))
    for path in pages:
        response = site.client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        assert '<html lang="en">' in response.text
        assert '<main id="main"' in response.text and 'href="/help"' in response.text


def test_the_reading_page_explains_each_phrase(site: Any) -> None:
    site.welcome()
    entry_id = site.new_entry(COMPARISON)
    page = site.client.get(entry_url(entry_id, "reading")).text
    for signal in ("guilt", "shame", "comparison", "expectation", "source"):
        assert f'<mark data-signal="{signal}">' in page, signal
    assert "what you see online" in page
    assert "measuring yourself against other people" in page


def test_overlapping_highlights_make_valid_html_with_all_her_words(site: Any) -> None:
    site.welcome()
    entry_id = site.new_entry(COMPARISON)
    block = her_words(site.client.get(entry_url(entry_id, "reading")).text)
    tags = Tags()
    tags.feed(block)
    assert tags.problems == [] and tags.stack == []
    assert words_shown(block) == COMPARISON
    assert '<mark data-signal="comparison">Every other mom on <mark' not in block
    assert '<mark data-signal="comparison"><mark data-signal="source">Instagram' in block


def test_pieces_split_overlapping_signals() -> None:
    text = "Every other mom on Instagram"
    signals = [
        Signal("comparison", 0, 28, text, "why"),
        Signal("source", 19, 28, "Instagram", "why", "social_media"),
        Signal("shame", 0, 15, "Every other mom", "why"),
        Signal("crisis", 0, 5, "Every", "why"),
        Signal("guilt", 40, 50, "out of range", "why"),
    ]
    out = pieces(text, signals)
    assert "".join(p.text for p in out) == text
    assert [(p.text, p.types) for p in out] == [
        ("Every other mom", ("shame", "comparison")),
        (" on ", ("comparison",)),
        ("Instagram", ("comparison", "source")),
    ]


def test_pieces_of_a_text_without_signals() -> None:
    assert [(p.text, p.types) for p in pieces("calm", [])] == [("calm", ())]


# --- home, follow-ups, profile, help ----------------------------------------------------


def test_home_counts_entries_and_lists_due_followups(site: Any, tmp_data_dir: Any) -> None:
    site.welcome()
    entry_id = site.new_entry(GUILT_AND_SHAME)
    with Journal.open(sqlite_url(tmp_data_dir), "a long walk at dawn") as journal:
        planned = journal.add_followup(entry_id, "repair", "Say sorry to Sam", date.today())
    home = site.client.get("/").text
    assert "You have written 1 entry, 1 in the last seven days." in home
    assert 'id="followups"' in home and 'id="insights"' in home
    assert "Say sorry to Sam" in home
    assert f'action="/followups/{planned.id}"' in home

    answered = site.post(f"/followups/{planned.id}", {"done": "yes", "note": "we hugged"})
    assert "Say sorry to Sam" not in answered.text
    with Journal.open(sqlite_url(tmp_data_dir), "a long walk at dawn") as journal:
        answer = journal.followups()[0].answer
    assert answer is not None and answer["done"] is True and answer["note"] == "we hugged"


def test_the_profile_is_saved_and_shown_again(site: Any) -> None:
    site.welcome()
    form = {
        "values": "honesty\n\n  being there at bedtime ",
        "strengths": "I listen",
        "people-0-name": "Ana",
        "people-0-email": "ana@example.org",
        "children-0-name": "Sam",
        "children-0-age": "4",
        "region": "gb",
    }
    saved = site.post("/me", form)
    assert saved.url.path == "/me"
    page = saved.text
    assert "honesty\nbeing there at bedtime</textarea>" in page
    assert 'value="Ana"' in page and 'value="ana@example.org"' in page
    assert 'value="Sam"' in page and 'value="4"' in page
    assert '<option value="GB" selected>' in page
    assert "Samaritans" in site.client.get("/help").text, "help follows her region"


def test_help_is_reachable_from_every_page_and_before_unlocking(site: Any) -> None:
    page = site.client.get("/help")
    assert page.status_code == 200
    assert "988 Suicide &amp; Crisis Lifeline" in page.text
    assert 'href="tel:911"' in page.text
    assert "not therapy" in page.text


def test_a_missing_entry_is_a_friendly_404(site: Any) -> None:
    site.welcome()
    response = site.client.get("/entries/nope")
    assert response.status_code == 404
    assert "There is nothing here" in response.text


def test_an_empty_entry_is_refused_kindly(site: Any) -> None:
    site.welcome()
    response = site.write("   ")
    assert response.status_code == 400
    assert "Write a few words first" in response.text


def test_the_reflection_offers_a_way_to_reach_out_to_her_people(site: Any) -> None:
    site.welcome()
    site.post("/me", {"people-0-name": "Ana", "people-0-email": "ana@example.org"})
    entry_id = site.new_entry(COMPARISON)
    page = site.client.get(entry_url(entry_id, "reflect")).text
    assert re.search(r'href="(mailto|sms):[^"]*"', page)
    assert "Skip this step" in page


@pytest.mark.parametrize(
    ("link", "kept"),
    [
        ("mailto:ana@example.org?subject=Hi", True),
        ("sms:+15551234?body=Hi", True),
        ("tel:988", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,hi", False),
        (None, False),
    ],
)
def test_only_safe_reach_out_links_are_shown(link: str | None, kept: bool) -> None:
    assert (safe_link(link) is not None) is kept


def test_search_posts_its_words_and_keeps_them_out_of_the_address(site: Any) -> None:
    site.welcome()
    entry_id = site.new_entry("I yelled at Sam about the lunchbox.")
    page = site.client.get("/journal").text
    assert re.search(r'<form method="post" action="/journal"[^>]*role="search"', page)
    found = site.post("/journal", {"q": "LUNCHBOX"})
    assert found.status_code == 200
    assert found.url.path == "/journal" and not found.url.query
    assert entry_url(entry_id) in found.text
    assert "1 entry holds “LUNCHBOX”" in found.text
    assert entry_url(entry_id) not in site.post("/journal", {"q": "giraffe"}).text
    assert site.client.post("/journal", data={"q": "lunchbox"}).status_code == 403  # no token


def test_the_journal_is_listed_a_page_at_a_time(site: Any, tmp_data_dir: Any) -> None:
    from datetime import datetime, timedelta

    site.welcome()
    start = datetime(2026, 1, 1, 9, 0)
    with Journal.open(sqlite_url(tmp_data_dir), "a long walk at dawn") as journal:
        ids = [
            journal.add_entry(
                f"Entry number {i} about the school run.", {}, at=start + timedelta(hours=i)
            ).id
            for i in range(120)
        ]
    newest_first = ids[::-1]
    first = site.client.get("/journal").text
    assert "Page 1 of 3" in first
    assert entry_url(newest_first[0]) in first and entry_url(newest_first[49]) in first
    assert entry_url(newest_first[50]) not in first
    assert 'href="/journal?page=2"' in first and "Newer entries" not in first
    last = site.client.get("/journal", params={"page": 3}).text
    assert entry_url(newest_first[100]) in last and entry_url(newest_first[-1]) in last
    assert "Older entries" not in last
    beyond = site.client.get("/journal", params={"page": 9}).text
    assert "Page 3 of 3" in beyond and entry_url(newest_first[-1]) in beyond
    assert site.client.get("/journal", params={"page": 0}).status_code == 422
    assert site.client.get("/journal", params={"page": "two"}).status_code == 422

    # a search is paged too, by posting the words again with the page
    searched = site.post("/journal", {"q": "school run", "page": "2"}).text
    assert "120 entries hold" in searched and "Page 2 of 3" in searched
    assert entry_url(newest_first[50]) in searched
    assert '<input type="hidden" name="q" value="school run">' in searched
