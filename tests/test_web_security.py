"""Web hardening: headers, cookies, CSRF, escaping, size limits, unlock, lock, throttle."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import pytest

from unshame.web.logs import HideQuery, log_config
from unshame.web.render import STATIC, TEMPLATES
from unshame.web.security import CSP, Throttle, TooSoon

PASS = "a long walk at dawn"
EVIL = '<script>alert("hi")</script><img src=x onerror=alert(1)> "quoted" & more'


# --- headers and cookies ----------------------------------------------------------------


@pytest.mark.parametrize("path", ["/welcome", "/help", "/api/session", "/nowhere", "/openapi.json"])
def test_every_response_carries_the_security_headers(site: Any, path: str) -> None:
    headers = site.client.get(path).headers
    csp = headers["content-security-policy"]
    for part in (
        "default-src 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
        "script-src 'self'",
        "style-src 'self'",
    ):
        assert part in csp
    assert "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["cache-control"] == "no-store"


def test_static_files_are_served_by_the_app_with_the_headers(site: Any) -> None:
    for name in ("unshame.css", "unshame.js", "icon.svg"):
        response = site.client.get(f"/static/{name}")
        assert response.status_code == 200, name
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-content-type-options"] == "nosniff"


def test_the_session_cookie_is_httponly_and_strict(site: Any) -> None:
    cookie = site.client.get("/welcome").headers["set-cookie"]
    assert cookie.startswith("unshame_session=")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Secure" not in cookie


def test_the_session_cookie_is_secure_over_https(make_client: Any) -> None:
    client = make_client()
    client.base_url = "https://127.0.0.1"
    assert "Secure" in client.get("/welcome").headers["set-cookie"]


def test_another_host_name_is_refused(site: Any) -> None:
    response = site.client.get("/welcome", headers={"host": "evil.example"})
    assert response.status_code == 400


def test_docs_pages_that_load_a_cdn_are_off(site: Any) -> None:
    assert site.client.get("/docs").status_code == 404
    assert site.client.get("/redoc").status_code == 404
    schema = site.client.get("/openapi.json").json()
    assert "/api/analyze" in schema["paths"]
    assert "/write" not in schema["paths"], "pages are not part of the API schema"


def test_no_asset_comes_from_elsewhere_and_nothing_is_inline() -> None:
    for path in [*TEMPLATES.glob("*.html"), *STATIC.glob("*")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", text), path.name
        assert "@import" not in text and "url(" not in text, path.name
        if path.suffix == ".html":
            assert "<style" not in text and " style=" not in text, path.name
            assert not re.search(r"<script(?![^>]*\bsrc=)", text), path.name
            assert not re.search(r"\son[a-z]+=", text), path.name


# --- CSRF ------------------------------------------------------------------------------


def test_a_form_post_without_the_token_is_refused(site: Any) -> None:
    site.welcome()
    missing = site.client.post("/me", data={"values": "honesty"})
    assert missing.status_code == 403
    assert "This form has expired" in missing.text
    wrong = site.client.post("/write", data={"text": "x", "csrf_token": "forged"})
    assert wrong.status_code == 403
    assert site.client.post("/lock").status_code == 403
    assert site.client.get("/journal").text.count("/entries/") == 0, "nothing was saved"


def test_words_refused_for_an_old_token_are_given_back(site: Any) -> None:
    site.welcome()
    refused = site.client.post("/write", data={"text": "I forgot <b>it</b>.", "csrf_token": "old"})
    assert refused.status_code == 403
    assert "nothing is saved yet" in refused.text
    assert "I forgot &lt;b&gt;it&lt;/b&gt;.</textarea>" in refused.text
    token = re.search(r'name="csrf_token" value="([^"]+)"', refused.text)
    assert token and token.group(1) == site.token(), "the page carries a fresh token"


def test_even_the_welcome_form_needs_the_token(site: Any) -> None:
    response = site.client.post("/welcome", data={"passphrase": PASS, "again": PASS})
    assert response.status_code == 403


def test_a_json_call_without_the_header_is_refused(site: Any) -> None:
    site.welcome()
    response = site.client.post("/api/analyze", json={"text": "I forgot her lunch."})
    assert response.status_code == 403
    assert "X-CSRF-Token" in response.json()["error"]


# --- escaping ----------------------------------------------------------------------------


def test_her_markup_is_always_escaped(site: Any) -> None:
    site.welcome()
    entry_id = site.new_entry(f"I yelled at him this morning. {EVIL}")
    for path in (
        f"/entries/{entry_id}",
        f"/entries/{entry_id}/reading",
        f"/entries/{entry_id}/edit",
        f"/entries/{entry_id}/delete",
        "/journal",
    ):
        page = site.client.get(path).text
        assert "<script>alert" not in page, path
        assert "<img src=x" not in page and "onerror=alert(1)>" not in page, path
        assert "&lt;script&gt;" in page or "&lt;img" in page, path


def test_search_words_are_escaped_too(site: Any) -> None:
    site.welcome()
    page = site.client.get("/journal", params={"q": EVIL}).text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page


def test_a_profile_holding_markup_is_escaped(site: Any) -> None:
    site.welcome()
    page = site.post("/me", {"values": EVIL, "people-0-name": EVIL}).text
    assert "<script>alert" not in page and "<img src=x" not in page


# --- size limits -------------------------------------------------------------------------


def test_an_entry_over_the_limit_is_kept_in_the_form_with_a_kind_message(site: Any) -> None:
    site.welcome()
    text = ("I forgot the lunch <b>again</b>. " * 700)[:20_001]
    response = site.write(text)
    assert response.status_code == 413
    assert "20,001 characters long" in response.text
    assert "Your words are still here" in response.text
    assert text.replace("<b>", "&lt;b&gt;").replace("</b>", "&lt;/b&gt;") in response.text
    assert site.client.get("/journal").text.count("/entries/") == 0


def test_an_entry_at_the_limit_is_kept(site: Any) -> None:
    site.welcome()
    assert site.write("x" * 20_000).status_code == 303


def test_the_limit_follows_the_setting(make_site: Any) -> None:
    site = make_site(max_entry_chars=50)
    site.welcome()
    assert site.write("y" * 51).status_code == 413


def test_a_page_body_over_one_megabyte_is_refused(site: Any) -> None:
    response = site.client.post("/write", data={"text": "z" * 2_000_000})
    assert response.status_code == 413
    assert "larger than 1 MB" in response.text


# --- unlock, lock, throttle ------------------------------------------------------------


def test_a_locked_journal_asks_for_the_passphrase(site: Any) -> None:
    site.welcome()
    locked = site.post("/lock")
    assert locked.url.path == "/unlock"
    assert "Locked." in locked.text
    redirect = site.client.get("/journal?q=lunch", follow_redirects=False)
    assert redirect.headers["location"] == "/unlock?next=%2Fjournal%3Fq%3Dlunch"


def test_a_wrong_passphrase_says_so_clearly(site: Any) -> None:
    site.welcome()
    site.post("/lock")
    wrong = site.post("/unlock", {"passphrase": "a long walk at dusk", "next": "/"})
    assert wrong.status_code == 401
    assert "That passphrase does not open this journal" in wrong.text
    right = site.post("/unlock", {"passphrase": PASS, "next": "/journal"})
    assert right.url.path == "/journal"


def test_repeated_wrong_passphrases_are_slowed_down(site: Any) -> None:
    site.welcome()
    site.post("/lock")
    statuses = [site.post("/unlock", {"passphrase": f"wrong {n}"}).status_code for n in range(3)]
    assert statuses == [401, 401, 401]
    slowed = site.post("/unlock", {"passphrase": PASS})
    assert slowed.status_code == 429
    assert "Please wait" in slowed.text


def test_unlocking_gives_the_session_a_new_id(site: Any) -> None:
    before = site.client.get("/welcome").headers["set-cookie"]
    after = site.welcome().history[0].headers["set-cookie"]
    assert before.split(";")[0] != after.split(";")[0]


def test_the_journal_locks_itself_after_idle_minutes(make_site: Any) -> None:
    site = make_site(lock_minutes=1)
    site.welcome()
    sessions = site.client.app.state.services.sessions
    now = [sessions.clock()]
    sessions.clock = lambda: now[0]
    assert site.client.get("/journal").url.path == "/journal"
    now[0] += 61
    assert site.client.get("/journal").url.path == "/unlock"


def test_words_written_while_it_locked_itself_are_kept(site: Any) -> None:
    site.welcome()
    site.post("/lock")
    asked = site.write("I forgot her lunch today.")
    assert asked.status_code == 401
    assert 'name="pending" value="I forgot her lunch today."' in asked.text
    done = site.post("/unlock", {"passphrase": PASS, "pending": "I forgot her lunch today."})
    assert done.url.path.endswith("/reading")
    assert "her lunch" in done.text


def test_the_configured_passphrase_opens_without_asking(make_site: Any) -> None:
    site = make_site(passphrase=PASS)
    home = site.client.get("/")
    assert home.url.path == "/" and "Write it down" in home.text
    site.post("/lock")
    assert site.client.get("/").url.path == "/unlock", "locking by hand still locks"


def test_next_only_goes_to_local_paths(site: Any) -> None:
    site.welcome()
    site.post("/lock")
    out = site.post(
        "/unlock", {"passphrase": PASS, "next": "//evil.example/"}, follow_redirects=False
    )
    assert out.headers["location"] == "/"


def test_throttle_delays_grow_and_reset() -> None:
    now = [0.0]
    throttle = Throttle(free=1, cap=4, clock=lambda: now[0])
    throttle.failed()
    throttle.check()
    throttle.failed()
    with pytest.raises(TooSoon) as caught:
        throttle.check()
    assert caught.value.seconds == 1
    now[0] += 1
    throttle.check()
    for _ in range(5):
        throttle.failed()
    with pytest.raises(TooSoon) as caught:
        throttle.check()
    assert caught.value.seconds == 4, "capped"
    throttle.succeeded()
    throttle.check()


# --- remote login ------------------------------------------------------------------------


def test_a_remote_server_asks_for_its_password_before_anything(make_site: Any) -> None:
    site = make_site(host="0.0.0.0", remote_password="open sesame")
    assert site.client.get("/", follow_redirects=False).headers["location"] == "/login"
    assert site.client.get("/help", follow_redirects=False).status_code == 303
    assert site.client.get("/api/session").status_code == 401
    token = re.search(r'name="csrf_token" value="([^"]+)"', site.client.get("/login").text)
    assert token
    wrong = site.client.post("/login", data={"csrf_token": token.group(1), "password": "no"})
    assert wrong.status_code == 401
    right = site.client.post(
        "/login", data={"csrf_token": token.group(1), "password": "open sesame"}
    )
    assert right.url.path == "/welcome"


def test_the_login_page_does_not_exist_on_a_local_server(site: Any) -> None:
    assert site.client.get("/login").status_code == 404


# --- logs -----------------------------------------------------------------------------


def test_the_access_log_never_holds_search_words() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/journal?q=horrible+mother", "1.1", 200),
        None,
    )
    assert HideQuery().filter(record)
    assert record.getMessage() == '127.0.0.1:5000 - "GET /journal HTTP/1.1" 200'
    config = log_config()
    assert "hide_query" in config["loggers"]["uvicorn.access"]["filters"]


def test_nothing_of_hers_is_logged(site: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    site.welcome()
    entry_id = site.new_entry("My secret sentence about the lunchbox.")
    site.client.get("/journal", params={"q": "lunchbox"})
    site.post("/lock")
    site.post("/unlock", {"passphrase": "not it at all"})
    site.client.get(f"/entries/{entry_id}")
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name != "httpx")
    assert "lunchbox" not in logged and "not it at all" not in logged
    assert PASS not in logged


def test_templates_are_found_next_to_the_package() -> None:
    assert (Path(TEMPLATES) / "base.html").is_file()


# --- every route ---------------------------------------------------------------------
# The routes are read from the app itself, so a page added later is checked too.

PUBLIC_PAGES = {"/welcome", "/unlock", "/login", "/help", "/crisis"}
PUBLIC_API = {"/api/session", "/openapi.json"}


def routes(app: Any) -> list[tuple[str, str]]:
    """(method, path) of every route the app serves, static files aside."""
    found: list[tuple[str, str]] = []
    stack = list(app.routes)
    while stack:
        route = stack.pop()
        inner = getattr(route, "original_router", None)
        if inner is not None:
            stack.extend(inner.routes)
        elif getattr(route, "methods", None):
            found += [(m, route.path) for m in sorted(route.methods) if m != "HEAD"]
    return sorted(set(found))


def filled(path: str, ids: dict[str, str]) -> str:
    for name, value in ids.items():
        path = path.replace("{" + name + "}", value)
    assert "{" not in path, f"no sample value for a parameter of {path}"
    return path


@pytest.fixture
def evil_site(site: Any) -> tuple[Any, dict[str, str]]:
    """An unlocked site whose entry, answers, follow-up and profile all hold markup."""
    from datetime import date

    site.welcome()
    entry_id = site.new_entry(f"I yelled at him this morning. I'm a horrible mother. {EVIL}")
    headers = {"X-CSRF-Token": site.token()}
    answers = {
        "learn_repair": {"repair": EVIL, "repair_on": date.today().isoformat()},
        "tell_apart": {"which": EVIL},
    }
    changed = site.client.put(
        f"/api/entries/{entry_id}",
        json={"answers": answers, "closing": {"kind": EVIL}},
        headers=headers,
    )
    assert changed.status_code == 200, changed.text
    profile = {"values": [EVIL], "people": [{"name": EVIL, "email": "a@b.example"}]}
    assert site.client.put("/api/profile", json=profile, headers=headers).status_code == 200
    url = site.client.app.state.services.config.database_url
    from unshame.store import Journal

    with Journal.open(url, PASS) as journal:
        [planned] = journal.followups()
    return site, {"entry_id": entry_id, "followup_id": planned.id}


def test_every_route_answers_with_the_hardening_headers(evil_site: Any) -> None:
    site, ids = evil_site
    seen = 0
    for method, path in routes(site.client.app):
        if method != "GET":
            continue
        response = site.client.get(filled(path, ids), follow_redirects=False)
        headers = response.headers
        assert headers["content-security-policy"] == CSP, path
        assert "unsafe-inline" not in CSP and "http" not in CSP
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["referrer-policy"] == "no-referrer", path
        assert headers["x-frame-options"] == "DENY", path
        assert headers["cache-control"] == "no-store", path
        seen += 1
    assert seen >= 15


def test_her_markup_is_escaped_on_every_page(evil_site: Any) -> None:
    site, ids = evil_site
    pages = [filled(p, ids) for m, p in routes(site.client.app) if m == "GET"]
    for extra in (f"/crisis?entry={ids['entry_id']}", "/journal?q=yelled", "/"):
        pages.append(extra)
    for path in pages:
        response = site.client.get(path)
        body, kind = response.text, response.headers.get("content-type", "")
        if not kind.startswith("text/html"):
            assert kind.startswith("application/json"), path  # never rendered (nosniff)
            continue
        assert "<script>alert" not in body, path
        assert "<img src=x" not in body and "onerror=alert(1)>" not in body, path
        assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", body), path
    shown = {
        path: site.client.get(filled(path, ids)).text
        for path in (
            "/",
            "/journal",
            "/me",
            "/entries/{entry_id}",
            "/entries/{entry_id}/reading",
            "/entries/{entry_id}/reflect",
            "/entries/{entry_id}/edit",
        )
    }
    for path, body in shown.items():
        assert "&lt;script&gt;alert" in body or "&lt;img src=x" in body, path


def test_a_locked_session_sees_nothing_of_hers(evil_site: Any, make_client: Any) -> None:
    site, ids = evil_site
    stranger = type(site.client)(site.client.app, base_url="http://127.0.0.1:8000")
    for method, path in routes(site.client.app):
        if method != "GET" or path in PUBLIC_PAGES | PUBLIC_API:
            continue
        response = stranger.get(filled(path, ids), follow_redirects=False)
        if path.startswith("/api/"):
            assert response.status_code == 401, path
        else:
            assert response.status_code == 303, path
            assert response.headers["location"].startswith("/unlock"), path
        assert "yelled" not in response.text and "alert" not in response.text, path
    for path in (*PUBLIC_PAGES, f"/crisis?entry={ids['entry_id']}"):
        body = stranger.get(path).text
        assert "yelled" not in body and "alert" not in body, path


def test_every_form_post_needs_the_token_and_changes_nothing_without_it(
    evil_site: Any,
) -> None:
    site, ids = evil_site
    before = site.client.get(f"/api/entries/{ids['entry_id']}").json()
    profile = site.client.get("/api/profile").json()
    posts = [p for m, p in routes(site.client.app) if m == "POST" and not p.startswith("/api/")]
    assert len(posts) >= 10
    body = {"text": "changed", "passphrase": PASS, "again": PASS, "values": "changed"}
    for path in posts:
        url = filled(path, ids)
        missing = site.client.post(url, data=body, follow_redirects=False)
        assert missing.status_code in (403, 404), (path, missing.status_code)
        wrong = site.client.post(url, data={**body, "csrf_token": "x" * 43})
        assert wrong.status_code in (403, 404), (path, wrong.status_code)
        if path != "/login":  # on a local server there is no login page at all
            assert missing.status_code == 403, path
    assert site.client.get(f"/api/entries/{ids['entry_id']}").json() == before
    assert site.client.get("/api/profile").json() == profile
    assert site.client.get("/api/session").json()["unlocked"] is True, "not locked by a forgery"


def test_every_api_change_needs_the_header(evil_site: Any) -> None:
    site, ids = evil_site
    before = site.client.get(f"/api/entries/{ids['entry_id']}").json()
    unsafe = [(m, p) for m, p in routes(site.client.app) if m != "GET" and p.startswith("/api/")]
    assert {m for m, _ in unsafe} == {"POST", "PUT", "DELETE"}
    for method, path in unsafe:
        url = filled(path, ids)
        body = {"text": "changed", "passphrase": PASS}
        for headers in ({}, {"X-CSRF-Token": "forged"}):
            response = site.client.request(method, url, json=body, headers=headers)
            assert response.status_code == 403, (method, path, response.status_code)
            assert "X-CSRF-Token" in response.json()["error"]
    assert site.client.get(f"/api/entries/{ids['entry_id']}").json() == before
    assert site.client.get("/api/session").json()["unlocked"] is True


def test_a_cross_site_form_cannot_ride_her_session(evil_site: Any) -> None:
    """A page elsewhere can make her browser post, but not with her cookie (SameSite=Strict)
    nor with her token; the post starts a fresh, locked session and is refused."""
    site, ids = evil_site
    stranger = type(site.client)(site.client.app, base_url="http://127.0.0.1:8000")
    response = stranger.post(
        f"/entries/{ids['entry_id']}/delete",
        data={"csrf_token": site.token()},
        headers={"origin": "https://evil.example", "referer": "https://evil.example/"},
        follow_redirects=False,
    )
    assert response.status_code in (303, 403)
    assert site.client.get(f"/api/entries/{ids['entry_id']}").status_code == 200


def test_a_flood_of_new_sessions_does_not_push_her_out(site: Any) -> None:
    from fastapi.testclient import TestClient

    from unshame.web.session import MAX_SESSIONS

    site.welcome()
    flood = TestClient(site.client.app, base_url="http://127.0.0.1:8000")
    for _ in range(MAX_SESSIONS + 20):
        flood.cookies.clear()
        flood.get("/help")  # no cookie: a new session each time, as an <img> elsewhere makes
    assert len(site.client.app.state.services.sessions) <= MAX_SESSIONS
    assert site.client.get("/api/session").json()["unlocked"] is True


def test_an_idle_session_locks_even_when_no_request_comes(make_site: Any) -> None:
    site = make_site(lock_minutes=1)
    site.welcome()
    sessions = site.client.app.state.services.sessions
    [mine] = [s for s in sessions._by_id.values() if s.unlocked]
    journal = mine.journal
    now = [sessions.clock() + 61]
    sessions.clock = lambda: now[0]
    sessions.sweep()  # what the server's sweeper does every 30 seconds
    assert not mine.unlocked
    from unshame.errors import JournalLocked

    with pytest.raises(JournalLocked):
        journal.count()  # the journal she had open is closed, its key let go


def test_markup_inside_a_highlight_is_still_text(site: Any) -> None:
    from unshame.analysis import analyze
    from unshame.store import Journal

    site.welcome()
    text = f"I yelled {EVIL} at him. I'm such a horrible mother."
    reading = analyze(text).to_dict()
    start = text.index("<script>")
    reading["signals"].append(
        {"type": "guilt", "start": 0, "end": start + 20, "text": text[: start + 20], "why": EVIL}
    )
    url = site.client.app.state.services.config.database_url
    with Journal.open(url, PASS) as journal:
        entry = journal.add_entry(text, reading)
    for path in (f"/entries/{entry.id}/reading", f"/entries/{entry.id}"):
        page = site.client.get(path).text
        assert re.search(r'<mark data-signal="guilt">[^<]*&lt;script&gt;alert', page), path
        assert "<script>alert" not in page and "<img src=x" not in page, path
