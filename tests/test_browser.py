"""The web app in real headless Chromium (Debian's), driven by Playwright, on a phone screen.

Each test starts the real app with uvicorn on a free port and a fresh data folder. The
main pages are saved as screenshots: into a temporary folder, or into docs/screenshots/
(for the README) when UNSHAME_SCREENSHOTS=docs.
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = (
    Path(__file__).resolve().parent.parent / "docs" / "screenshots"
    if os.environ.get("UNSHAME_SCREENSHOTS") == "docs"
    else Path(tempfile.gettempdir()) / "unshame-screenshots"
)
PASS = "a long walk at dawn"
ENTRY = (
    "I yelled at Sam this morning because we were late again. I'm such a horrible mother. "
    "Every other mom on Instagram seems to have it together."
)
CRISIS = "I just want to disappear and not wake up."

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(web_config: Any) -> Iterator[str]:
    """The real app under uvicorn in a background thread; yields its base URL."""
    import uvicorn

    from unshame.web import create_app

    port = free_port()
    config = web_config.with_changes(port=port)
    app_server = uvicorn.Server(
        uvicorn.Config(create_app(config), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not app_server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(timeout=15)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


class Watch:
    """What a page did that it should not: outside requests, console errors (CSP)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.outside: list[str] = []
        self.errors: list[str] = []

    def request(self, request: Any) -> None:
        url = str(request.url)
        if not url.startswith((self.base, "data:", "about:")):
            self.outside.append(url)

    def console(self, message: Any) -> None:
        text = str(message.text)
        if message.type == "error" and "the server responded with a status of 4" not in text:
            self.errors.append(text)


@pytest.fixture
def phone(chromium: Any, server: str) -> Iterator[tuple[Any, Watch]]:
    """A 390 x 844 phone page on the app, and what it watched happen."""
    context = chromium.new_context(viewport={"width": 390, "height": 844}, base_url=server)
    page = context.new_page()
    watch = Watch(server)
    page.on("request", watch.request)
    page.on("console", watch.console)
    yield page, watch
    context.close()
    assert watch.outside == [], "no request leaves the app"
    assert watch.errors == [], "no console errors (a CSP violation shows up here)"


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def welcome(page: Any, *, save: bool = False) -> None:
    page.goto("/")
    assert page.url.endswith("/welcome")
    if save:
        shot(page, "welcome")
    page.get_by_label("Passphrase", exact=True).fill(PASS)
    page.get_by_label("Type it again").fill(PASS)
    page.get_by_role("button", name="Create my journal").click()
    page.wait_for_url("**/")


def test_first_visit_write_reflect_close_find_and_delete(phone: tuple[Any, Watch]) -> None:
    page, _ = phone
    welcome(page, save=True)
    assert page.get_by_role("status").inner_text().startswith("Your journal is ready")

    page.get_by_role("link", name="Write it down").click()
    page.get_by_label("What is weighing on you?").fill(ENTRY)
    shot(page, "write")
    page.get_by_role("button", name="Keep it and read it back").click()
    page.wait_for_url("**/reading")
    assert page.locator('.her-words mark[data-signal="guilt"]').count() >= 1
    assert page.locator('.her-words mark[data-signal="shame"]').count() >= 1
    assert page.locator('.her-words mark[data-signal="comparison"]').count() >= 1
    shame = page.locator('.her-words mark[data-signal="shame"]').first
    assert "underline" in shame.evaluate("m => getComputedStyle(m).textDecorationLine")
    shot(page, "reading")

    page.get_by_role("link", name="Reflect on it").click()
    page.wait_for_url("**/reflect")
    assert page.locator("fieldset.step").count() >= 1
    shot(page, "reflection")
    page.get_by_role("button", name="Save and go on").click()
    page.wait_for_url("**/close")
    page.locator('input[name="closing.kind"]').first.check()
    page.locator('input[name="closing.effect"]').first.check()
    page.get_by_role("button", name="Save to my journal").click()
    page.wait_for_url("**/entries/*")
    assert "Saved in your journal." in page.get_by_role("status").inner_text()

    page.get_by_role("link", name="Journal").click()
    assert page.locator("ol.entries li").count() == 1
    shot(page, "journal")
    page.get_by_label("Search your entries").fill("instagram")
    page.get_by_role("button", name="Search").click()
    assert page.locator("ol.entries li").count() == 1
    assert page.url.endswith("/journal"), "search words stay out of the address and history"
    page.get_by_label("Search your entries").fill("giraffe")
    page.get_by_role("button", name="Search").click()
    assert page.locator("ol.entries li").count() == 0

    page.goto("/journal")
    page.locator("ol.entries a").first.click()
    page.get_by_role("link", name="Delete").click()
    page.get_by_role("button", name="Yes, delete it").click()
    page.wait_for_url("**/journal")
    assert page.locator("ol.entries li").count() == 0


def test_crisis_words_bring_the_crisis_page_first(phone: tuple[Any, Watch]) -> None:
    page, _ = phone
    welcome(page)
    page.goto("/write")
    page.get_by_label("What is weighing on you?").fill(CRISIS)
    page.get_by_role("button", name="Keep it and read it back").click()
    page.wait_for_url("**/crisis?entry=*")
    assert page.get_by_role("heading", name="You are not alone").is_visible()
    assert page.locator('a[href="tel:988"]').count() >= 1
    assert page.locator('a[href="sms:988"]').count() >= 1
    assert page.locator("mark").count() == 0
    shot(page, "crisis")
    page.get_by_role("link", name="Continue to my reading").click()
    page.wait_for_url("**/reading")


def test_the_write_form_works_with_the_keyboard_alone(phone: tuple[Any, Watch]) -> None:
    page, _ = phone
    welcome(page)
    page.goto("/write")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "text":
            break
    assert page.evaluate("document.activeElement.id") == "text", "Tab reaches the text box"
    page.keyboard.type("I forgot her lunch today.")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    page.wait_for_url("**/reading")
    assert page.locator('.her-words mark[data-signal="guilt"]').count() >= 1


def test_a_wrong_passphrase_is_said_plainly_then_the_right_one_opens(
    phone: tuple[Any, Watch],
) -> None:
    page, _ = phone
    welcome(page)
    page.get_by_role("button", name="Lock").click()
    page.wait_for_url("**/unlock*")
    page.get_by_label("Passphrase").fill("not my passphrase")
    page.get_by_role("button", name="Unlock").click()
    assert "does not open this journal" in page.get_by_role("alert").inner_text()
    page.get_by_label("Passphrase").fill(PASS)
    page.get_by_role("button", name="Unlock").click()
    page.wait_for_url("**/")
    assert page.get_by_role("link", name="Write it down").is_visible()


def test_the_flow_works_without_javascript(chromium: Any, server: str) -> None:
    context = chromium.new_context(
        viewport={"width": 390, "height": 844}, base_url=server, java_script_enabled=False
    )
    page = context.new_page()
    try:
        welcome(page)
        page.goto("/write")
        page.get_by_label("What is weighing on you?").fill("I forgot her lunch today.")
        page.get_by_role("button", name="Keep it and read it back").click()
        page.wait_for_url("**/reading")
        page.get_by_role("link", name="Reflect on it").click()
        page.get_by_role("button", name="Save and go on").click()
        page.wait_for_url("**/close")
        page.get_by_role("button", name="Save to my journal").click()
        page.wait_for_url("**/entries/*")
        assert "Saved in your journal." in page.get_by_role("status").inner_text()
    finally:
        context.close()


def test_the_page_locks_itself_when_she_walks_away(phone: tuple[Any, Watch]) -> None:
    page, _ = phone
    page.clock.install()
    welcome(page)
    page.goto("/journal")
    seconds = int(page.locator("body").get_attribute("data-lock-seconds") or 0)
    assert seconds == 15 * 60
    page.clock.fast_forward((seconds - 5) * 1000)
    assert page.url.endswith("/journal"), "not before the idle time"
    page.clock.fast_forward(10 * 1000)
    page.wait_for_url("**/unlock")
    assert "Locked." in page.get_by_role("status").inner_text()


def test_the_summary_for_a_therapist_prints_to_a_tidy_pdf(
    phone: tuple[Any, Watch], tmp_data_dir: Path, tmp_path: Path
) -> None:
    from datetime import datetime, timedelta

    from unshame.analysis import analyze
    from unshame.config import sqlite_url
    from unshame.store import Journal

    page, _ = phone
    welcome(page)
    texts = [
        "I snapped at bedtime and slammed the door.",
        "I'm a terrible mother and everyone can see it.",
        "I forgot the dentist again. A good mom never forgets.",
    ]
    now = datetime.now().astimezone()
    with Journal.open(sqlite_url(tmp_data_dir), PASS) as journal:
        for days, text in zip((9, 5, 1), texts, strict=True):
            journal.add_entry(text, analyze(text).to_dict(), at=now - timedelta(days=days))

    page.get_by_role("link", name="Insights").click()
    page.wait_for_url("**/insights")
    chart = page.locator('figure.chart svg[role="img"]').first
    assert chart.is_visible()
    assert "entries per week" in (chart.get_attribute("aria-label") or "")
    assert page.locator("#weeks-summary").inner_text().startswith("3 entries in 13 weeks")

    page.get_by_role("link", name="A summary for your therapist or coach").click()
    page.wait_for_url("**/insights/report*")
    boxes = page.locator('input[name="include"]')
    assert boxes.count() == 3
    assert all(not boxes.nth(i).is_checked() for i in range(3)), "none unless she ticks them"
    boxes.nth(0).check()  # the newest
    page.get_by_role("button", name="Update the summary").click()
    page.wait_for_url("**include=*")
    document = page.locator("#report")
    assert texts[2] in document.inner_text()
    assert texts[0] not in document.inner_text() and texts[1] not in document.inner_text()

    page.emulate_media(media="print")
    assert page.locator("header.top").is_hidden(), "no navigation on paper"
    assert page.locator("#report-form").is_hidden(), "no form on paper"
    assert page.locator("footer.foot").is_hidden()
    assert document.is_visible() and document.locator("svg").first.is_visible()
    pdf = tmp_path / "summary.pdf"
    page.pdf(path=str(pdf), format="A4")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5_000
