"""Bad input cannot hurt it: generated requests against every endpoint, never a 500.

Schemathesis reads the OpenAPI schema (/openapi.json) and sends each JSON API operation
requests built from it, valid and not, through the ASGI app: an unlocked session, its
CSRF header, and real entry ids for half of the calls that take one. The pages are not
in the schema; Hypothesis posts forms of random fields and words to every one of them.
Each operation is bounded (MAX_EXAMPLES) so the suite stays fast.
"""

from __future__ import annotations

import os
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error

from conftest import FAST_KDF_KIB, PASSPHRASE
from test_web_security import filled, routes
from unshame import config
from unshame.web import create_app
from unshame.web.security import CSP
from unshame.web.session import COOKIE

# 25 per operation in `make test`; to hunt deeper: UNSHAME_FUZZ_EXAMPLES=500
MAX_EXAMPLES = int(os.environ.get("UNSHAME_FUZZ_EXAMPLES", "25"))
BASE = "http://127.0.0.1:8000"
FUZZ = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)

# The schema is the same for every journal; the app that answers is built per test.
SCHEMA = schemathesis.openapi.from_dict(
    create_app(config.load({}).with_changes(data_dir=Path("/nonexistent"))).openapi()
)


class Fuzzed:
    """A web app on a fresh journal, unlocked for every session by UNSHAME_PASSPHRASE."""

    def __init__(self, data_dir: Path) -> None:
        import warnings

        from starlette.exceptions import StarletteDeprecationWarning

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", StarletteDeprecationWarning)
            from fastapi.testclient import TestClient

        cfg = config.load({}).with_changes(
            data_dir=data_dir, kdf_memory_kib=FAST_KDF_KIB, passphrase=PASSPHRASE
        )
        self.app = create_app(cfg)
        self.client = TestClient(self.app, base_url=BASE)

    def tab(self) -> tuple[str, str]:
        """A new session (cookie value) and its CSRF token, as a new browser tab gets."""
        self.client.cookies.clear()
        token = str(self.client.get("/api/session").json()["csrf_token"])
        return str(self.client.cookies[COOKIE]), token

    def new_entry(self) -> str:
        _, token = self.tab()
        text = "I yelled at him this morning. I'm such a horrible mother."
        answers = {"learn_repair": {"repair": "Say sorry", "repair_on": "2030-01-01"}}
        made = self.client.post(
            "/api/entries",
            json={"text": text, "answers": answers},
            headers={"X-CSRF-Token": token},
        )
        assert made.status_code == 201, made.text
        return str(made.json()["id"])

    def close(self) -> None:
        self.app.state.services.keeper.close()
        self.client.close()


@pytest.fixture
def fuzzed(tmp_data_dir: Path) -> Iterator[Fuzzed]:
    app = Fuzzed(tmp_data_dir)
    yield app
    app.close()


def header(response: Any, name: str) -> str:
    """A response header, from httpx (a string) or from Schemathesis (a list of them)."""
    value = response.headers.get(name, "")
    return ", ".join(value) if isinstance(value, list) else str(value)


def assert_calm(response: Any, path: str) -> None:
    """A 4xx is a JSON error or a calm page; every answer carries the hardening headers."""
    assert response.status_code < 500, (path, response.status_code, response.text[:300])
    assert header(response, "content-security-policy") == CSP
    assert header(response, "x-content-type-options") == "nosniff"
    kind = header(response, "content-type")
    if response.status_code >= 400 and path.startswith("/api/"):
        assert kind.startswith("application/json"), (path, kind)
        assert isinstance(response.json()["error"], str) and response.json()["error"]
    assert "Traceback" not in response.text


@SCHEMA.parametrize()
@FUZZ
def test_no_request_to_the_api_makes_it_fail(case: Any, fuzzed: Fuzzed) -> None:
    entry_id = case.path_parameters.get("entry_id") if case.path_parameters else None
    if isinstance(entry_id, str) and len(entry_id) % 2 == 0:
        case.path_parameters["entry_id"] = fuzzed.new_entry()  # a real one, half the time
    session, token = fuzzed.tab()
    response = case.call(
        app=fuzzed.app,
        base_url=BASE,
        headers={"X-CSRF-Token": token},
        cookies={COOKIE: session},
    )
    case.validate_response(response, checks=[not_a_server_error])
    assert_calm(response, case.formatted_path)


# --- the pages ---------------------------------------------------------------------------

FIELD_NAMES = st.sampled_from(
    [
        "text",
        "passphrase",
        "again",
        "next",
        "pending",
        "note",
        "done",
        "password",
        "values",
        "region",
        "people-0-name",
        "people-49-email",
        "children-0-age",
        "learn_repair.repair",
        "learn_repair.repair_on",
        "need_boundary.follow_up_on",
        "need_boundary.boundary",
        "tell_apart.which",
        "skip.tell_apart",
        "closing.kind",
        "closing.effect",
    ]
)
WORDS = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=string.printable, max_size=50),
    st.sampled_from(["2030-02-30", "9999-12-31", "yes", "//evil.example", "\x00", "é" * 5000]),
)
FORMS = st.dictionaries(st.one_of(FIELD_NAMES, st.text(max_size=20)), WORDS, max_size=8)


@FUZZ
@given(data=st.data())
def test_no_form_posted_to_any_page_makes_it_fail(fuzzed: Fuzzed, data: st.DataObject) -> None:
    ids = {"entry_id": fuzzed.new_entry(), "followup_id": "missing"}
    posts = sorted(p for m, p in routes(fuzzed.app) if m == "POST" and not p.startswith("/api/"))
    path = data.draw(st.sampled_from(posts), label="page")
    form = data.draw(FORMS, label="form")
    _, token = fuzzed.tab()
    response = fuzzed.client.post(
        filled(path, ids), data={**form, "csrf_token": token}, follow_redirects=False
    )
    assert_calm(response, path)


@FUZZ
@given(data=st.data())
def test_no_query_on_any_page_makes_it_fail(fuzzed: Fuzzed, data: st.DataObject) -> None:
    ids = {"entry_id": fuzzed.new_entry(), "followup_id": "missing"}
    gets = sorted(p for m, p in routes(fuzzed.app) if m == "GET")
    path = data.draw(st.sampled_from(gets), label="page")
    names = st.sampled_from(["q", "next", "entry", "period", "include", "format", "x"])
    values = st.one_of(st.text(max_size=200), st.sampled_from(["//evil.example", "/\\x", "12w"]))
    query = data.draw(st.dictionaries(names, values, max_size=4), label="query")
    fuzzed.tab()
    response = fuzzed.client.get(filled(path, ids), params=query, follow_redirects=False)
    assert_calm(response, path)


# --- a hostile file imported ---------------------------------------------------------------

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&"


def hostile_export() -> dict[str, Any]:
    """An export someone else made to hurt her: markup everywhere, readings that lie."""
    lying = {
        "kind": EVIL,
        "scores": {"guilt": "high", EVIL: 1e308},
        "signals": [
            {"type": "shame", "start": -5, "end": 10**9, "text": EVIL, "why": EVIL},
            {"type": EVIL, "start": 3, "end": 1, "text": 5, "why": None},
            {"type": "guilt", "start": 0, "end": 4, "text": EVIL, "why": EVIL},
            "not a signal",
        ],
        "sources": [EVIL, 7],
        "crisis": "yes",
        "model": EVIL,
    }
    entries = [
        {
            "id": f"hostile{n}",
            "created_at": "2024-02-29T23:59:59+14:00",
            "tz_offset_minutes": [-1439, 0, 1439][n % 3],
            "text": f"{EVIL} entry {n}",
            "reading": reading,
            "answers": {EVIL: {EVIL: EVIL}, "learn_repair": {"repair": EVIL, "x": [1, 2]}},
            "closing": {EVIL: EVIL, "kind": EVIL},
        }
        for n, reading in enumerate([lying, {}, {"signals": "nope", "kind": "guilt"}])
    ]
    return {
        "format": "unshame-export",
        "schema_version": 1,
        "profile": {
            "values": EVIL,
            "people": [{"name": EVIL, "email": "javascript:alert(1)", "phone": EVIL}, EVIL],
            "children": {"name": EVIL},
            "region": EVIL,
            EVIL: EVIL,
        },
        "entries": entries,
        "followups": [
            {
                "id": "hostilefollowup",
                "entry_id": "hostile0",
                "due_on": "2000-01-01",
                "kind": "repair",
                "what": EVIL,
                "answer": {"done": EVIL, "note": {"x": EVIL}},
            }
        ],
    }


def test_a_hostile_export_imported_cannot_run_or_break_any_page(fuzzed: Fuzzed) -> None:
    from unshame.store import Journal

    url = fuzzed.app.state.services.config.database_url
    fuzzed.tab()  # the server creates the journal
    with Journal.open(url, PASSPHRASE) as journal:
        assert journal.import_export(hostile_export()) == 3
    ids = {"entry_id": "hostile0", "followup_id": "hostilefollowup"}
    pages = [filled(p, ids) for m, p in routes(fuzzed.app) if m == "GET"]
    pages += [f"/entries/hostile{n}{end}" for n in (1, 2) for end in ("", "/reading", "/reflect")]
    for path in pages:
        fuzzed.tab()
        response = fuzzed.client.get(path)
        assert_calm(response, path)
        if response.headers["content-type"].startswith("text/html"):
            assert "<script>alert" not in response.text, path
            assert "<img src=x" not in response.text, path
            assert 'href="javascript:' not in response.text, path
    _, token = fuzzed.tab()
    for n in range(3):
        shown = fuzzed.client.get(f"/api/entries/hostile{n}")
        assert shown.status_code == 200, shown.text
        posted = fuzzed.client.post(
            f"/entries/hostile{n}/reflect", data={"csrf_token": token}, follow_redirects=False
        )
        assert_calm(posted, "/entries/{entry_id}/reflect")


@pytest.mark.parametrize("entry_id", ["../../me", "a/b", "<script>", "", "x" * 65, "sp ace", "é"])
def test_an_export_with_an_id_that_is_not_an_id_is_refused(fuzzed: Fuzzed, entry_id: str) -> None:
    from unshame.errors import ImportFormatError
    from unshame.store import Journal

    data = hostile_export()
    data["entries"][0]["id"] = entry_id
    url = fuzzed.app.state.services.config.database_url
    fuzzed.tab()
    with Journal.open(url, PASSPHRASE) as journal:
        with pytest.raises(ImportFormatError, match=r"entries\[0\]\.id is not an id of 1 to 64"):
            journal.import_export(data)
        assert journal.count() == 0


@pytest.mark.parametrize("offset", [-1440, 1440, 10**6])
def test_an_export_with_an_offset_beyond_a_day_is_refused(fuzzed: Fuzzed, offset: int) -> None:
    from unshame.errors import ImportFormatError
    from unshame.store import Journal

    data = hostile_export()
    data["entries"][1]["tz_offset_minutes"] = offset
    url = fuzzed.app.state.services.config.database_url
    fuzzed.tab()
    with (
        Journal.open(url, PASSPHRASE) as journal,
        pytest.raises(ImportFormatError, match=r"entries\[1\]\.tz_offset_minutes"),
    ):
        journal.import_export(data)
