"""The JSON API: session, unlock, analyze, entries and profile round trips, errors."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from unshame.analysis import analyze

PASS = "a long walk at dawn"
TEXT = "I yelled at him this morning. I'm such a horrible mother."


class Api:
    """A JSON client that sends its session's CSRF token in the X-CSRF-Token header."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def headers(self) -> dict[str, str]:
        return {"X-CSRF-Token": self.client.get("/api/session").json()["csrf_token"]}

    def call(self, method: str, url: str, **kwargs: Any) -> Any:
        return self.client.request(method, url, headers=self.headers(), **kwargs)


@pytest.fixture
def api(site: Any) -> Api:
    """A JSON client whose session has unlocked a new journal."""
    site.welcome()
    return Api(site.client)


def test_the_session_gives_a_token_and_the_lock_state(site: Any) -> None:
    info = site.client.get("/api/session").json()
    assert info["csrf_token"] and info["csrf_header"] == "X-CSRF-Token"
    assert info == {**info, "unlocked": False, "journal_exists": False, "lock_minutes": 15}
    site.welcome()
    assert site.client.get("/api/session").json()["unlocked"] is True


def test_calls_need_an_unlocked_session(site: Any) -> None:
    site.welcome()
    site.post("/lock")
    api = Api(site.client)
    response = api.call("POST", "/api/analyze", json={"text": TEXT})
    assert response.status_code == 401
    assert "locked" in response.json()["error"]
    assert site.client.get("/api/entries").status_code == 401


def test_unlock_and_lock_through_the_api(site: Any) -> None:
    site.welcome()
    site.post("/lock")
    api = Api(site.client)
    wrong = api.call("POST", "/api/unlock", json={"passphrase": "nope"})
    assert wrong.status_code == 401
    assert wrong.json() == {"error": "that passphrase does not open this journal"}
    old = api.headers()["X-CSRF-Token"]
    right = api.call("POST", "/api/unlock", json={"passphrase": PASS})
    assert right.status_code == 200
    assert right.json()["unlocked"] is True
    assert right.json()["csrf_token"] != old, "a new token after unlocking"
    assert api.call("POST", "/api/lock").json()["unlocked"] is False


def test_unlock_without_a_journal_says_there_is_none(site: Any) -> None:
    response = Api(site.client).call("POST", "/api/unlock", json={"passphrase": PASS})
    assert response.status_code == 409


def test_analyze_returns_the_reading(api: Api) -> None:
    response = api.call("POST", "/api/analyze", json={"text": TEXT})
    assert response.status_code == 200
    assert response.json() == analyze(TEXT).to_dict()
    assert api.client.get("/api/entries").json() == [], "analyze keeps nothing"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"text": "unfinished', "not valid JSON"),
        (b"{}", "'text' is missing"),
        (b'{"text": ""}', "'text' is empty"),
        (b'{"text": "   "}', "empty"),
        (b'["a list"]', "JSON object"),
        (b"", "JSON"),
    ],
)
def test_bad_bodies_get_a_clear_422(api: Api, body: bytes, message: str) -> None:
    headers = {**api.headers(), "content-type": "application/json"}
    response = api.client.post("/api/analyze", content=body, headers=headers)
    assert response.status_code == 422
    assert message in response.json()["error"]


def test_a_body_over_one_megabyte_is_413(api: Api) -> None:
    response = api.call("POST", "/api/analyze", json={"text": "x" * 2_000_000})
    assert response.status_code == 413
    assert "1 MB" in response.json()["error"]


def test_a_streamed_body_over_one_megabyte_is_413(api: Api) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(40):
            yield b"y" * 65536
        yield b'"}'

    headers = {**api.headers(), "content-type": "application/json"}
    response = api.client.post("/api/analyze", content=chunks(), headers=headers)
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert response.json()["error"]


def test_entries_round_trip(api: Api) -> None:
    created = api.call("POST", "/api/entries", json={"text": TEXT})
    assert created.status_code == 201
    entry = created.json()
    assert entry["text"] == TEXT
    assert entry["reading"]["kind"] == analyze(TEXT).kind
    entry_id = entry["id"]

    assert [e["id"] for e in api.client.get("/api/entries").json()] == [entry_id]
    assert api.client.get("/api/entries", params={"q": "horrible"}).json()[0]["id"] == entry_id
    assert api.client.get("/api/entries", params={"q": "giraffe"}).json() == []
    assert api.client.get(f"/api/entries/{entry_id}").json() == entry

    changed = api.call(
        "PUT",
        f"/api/entries/{entry_id}",
        json={"text": "I forgot her lunch today.", "closing": {"kind": "guilt"}},
    ).json()
    assert changed["text"] == "I forgot her lunch today."
    assert changed["reading"]["kind"] == "guilt"
    assert changed["closing"] == {"kind": "guilt"}

    assert api.call("DELETE", f"/api/entries/{entry_id}").status_code == 204
    missing = api.client.get(f"/api/entries/{entry_id}")
    assert missing.status_code == 404
    assert "error" in missing.json()


def test_an_entry_with_answers_keeps_them(api: Api) -> None:
    answers = {"learn_repair": {"repair": "Say sorry at breakfast"}}
    body = {"text": TEXT, "answers": answers, "closing": {"kind": "both"}}
    entry = api.call("POST", "/api/entries", json=body).json()
    assert entry["answers"] == answers and entry["closing"] == {"kind": "both"}


def test_an_entry_over_the_limit_is_413_json(api: Api) -> None:
    response = api.call("POST", "/api/entries", json={"text": "x" * 20_001})
    assert response.status_code == 413
    assert "20,001" in response.json()["error"]


def test_profile_round_trip(api: Api) -> None:
    assert api.client.get("/api/profile").json()["values"] == []
    profile = {
        "values": ["honesty"],
        "people": [{"name": "Ana", "email": "ana@example.org", "phone": ""}],
        "children": [{"name": "Sam", "age": "4"}],
        "region": "gb",
    }
    saved = api.call("PUT", "/api/profile", json=profile)
    assert saved.status_code == 200
    body = saved.json()
    assert body["values"] == ["honesty"] and body["region"] == "GB"
    assert body["children"] == [{"name": "Sam", "age": "4"}]
    assert api.client.get("/api/profile").json() == body


def test_an_unknown_region_is_422(api: Api) -> None:
    response = api.call("PUT", "/api/profile", json={"region": "Atlantis"})
    assert response.status_code == 422
    assert "region" in response.json()["error"]


def test_the_schema_documents_the_api(site: Any) -> None:
    paths = site.client.get("/openapi.json").json()["paths"]
    assert {"/api/analyze", "/api/entries", "/api/entries/{entry_id}", "/api/profile"} <= set(paths)
    assert {"get", "put", "delete"} <= set(paths["/api/entries/{entry_id}"])
    assert "413" in paths["/api/analyze"]["post"]["responses"]
