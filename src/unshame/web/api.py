"""The JSON API: the core (analysis, entries, profile) for scripts and other front ends.

Sessions: call GET /api/session first; it sets the session cookie and returns a CSRF
token. Send that token as the `X-CSRF-Token` header with every POST, PUT and DELETE.
Calls other than /api/session and /api/unlock need an unlocked session (POST
/api/unlock, or UNSHAME_PASSPHRASE on the server); unlocking gives a new token.
Errors are JSON: {"error": "what went wrong"}.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.exceptions import HTTPException

from unshame import journaling
from unshame.analysis import analyze as read_text
from unshame.errors import WrongPassphrase
from unshame.store import Entry, Journal
from unshame.web import flow, guards
from unshame.web.schemas import (
    EntryChange,
    EntryIn,
    EntryOut,
    ErrorOut,
    PassphraseIn,
    Profile,
    ReadingOut,
    SessionOut,
    TextIn,
)
from unshame.web.security import TooSoon

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": why}
    for code, why in (
        (401, "The journal is locked, or the server asks for its login first."),
        (403, "The X-CSRF-Token header is missing or wrong."),
        (413, "The body is over 1 MB, or the entry over UNSHAME_MAX_ENTRY_CHARS."),
        (422, "The body is not valid JSON, or a field is missing or empty."),
    )
}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)
Open = Annotated[Journal, Depends(guards.journal)]
Checked = [Depends(guards.csrf_header)]


@router.get("/session")
def session_info(request: Request) -> SessionOut:
    """This session's CSRF token and whether the journal is open for it."""
    return _session(request)


@router.post("/unlock", dependencies=Checked)
def unlock(request: Request, body: PassphraseIn) -> SessionOut:
    """Open the journal for this session (wrong tries are slowed down)."""
    keeper = guards.services(request).keeper
    if not keeper.exists():
        raise HTTPException(409, "there is no journal yet: open the web app to create one")
    try:
        keeper.unlock(guards.session(request), body.passphrase)
    except WrongPassphrase:
        raise HTTPException(401, "that passphrase does not open this journal") from None
    except TooSoon as exc:
        raise HTTPException(429, f"too many tries: wait {exc.seconds} seconds") from None
    return _session(request)


@router.post("/lock", dependencies=Checked)
def lock(request: Request) -> SessionOut:
    """Lock the journal for this session."""
    guards.services(request).keeper.lock(guards.session(request))
    return _session(request)


@router.post("/analyze", dependencies=Checked)
def analyze(body: TextIn, journal: Open) -> ReadingOut:
    """Read a text: guilt, shame, both or neither, with the words that say so. Keeps nothing."""
    return ReadingOut.model_validate(read_text(body.text).to_dict())


@router.get("/entries")
def list_entries(journal: Open, q: str = "") -> list[EntryOut]:
    """Her entries, newest first; `q` keeps those holding every word of it."""
    return [_entry(e) for e in journal.entries(search=q.strip() or None)]


@router.post("/entries", status_code=201, dependencies=Checked)
def add_entry(request: Request, body: EntryIn, journal: Open) -> EntryOut:
    """Read a new entry and keep it (with answers and closing check, if given)."""
    limit = guards.services(request).config.max_entry_chars
    entry, _ = flow.write(journal, body.text, limit, answers=body.answers, closing=body.closing)
    return _entry(entry)


@router.get("/entries/{entry_id}")
def get_entry(entry_id: str, journal: Open) -> EntryOut:
    return _entry(journal.get_entry(entry_id))


@router.put("/entries/{entry_id}", dependencies=Checked)
def change_entry(request: Request, entry_id: str, body: EntryChange, journal: Open) -> EntryOut:
    """Change an entry's text (read again), answers or closing check: all, or nothing."""
    limit = guards.services(request).config.max_entry_chars
    entry = journaling.change(
        journal, entry_id, limit, text=body.text, answers=body.answers, closing=body.closing
    )
    return _entry(entry)


@router.delete("/entries/{entry_id}", status_code=204, dependencies=Checked)
def delete_entry(entry_id: str, journal: Open) -> Response:
    """Delete an entry and its follow-ups."""
    journal.delete_entry(entry_id)
    return Response(status_code=204)


@router.get("/profile")
def get_profile(journal: Open) -> Profile:
    return _profile(journal.profile())


@router.put("/profile", dependencies=Checked)
def put_profile(body: Profile, journal: Open) -> Profile:
    """Replace her profile."""
    journal.save_profile(body.model_dump())
    return _profile(journal.profile())


def _session(request: Request) -> SessionOut:
    here, services = guards.session(request), guards.services(request)
    return SessionOut(
        csrf_token=here.csrf,
        unlocked=services.keeper.lend(here),
        journal_exists=services.keeper.exists(),
        lock_minutes=services.config.lock_minutes,
    )


def _entry(entry: Entry) -> EntryOut:
    """The entry as the API shows it; a kept reading that is not one (an imported file
    can hold anything) is replaced by reading her text again."""
    data = entry.to_dict()
    try:
        return EntryOut.model_validate(data)
    except ValidationError:
        reading = journaling.reading_of(entry).to_dict()
        return EntryOut.model_validate({**data, "reading": reading})


def _profile(saved: dict[str, Any]) -> Profile:
    """Her profile as the API shows it, leaving out any known part of the wrong shape."""
    try:
        return Profile.model_validate(saved)
    except ValidationError as exc:
        bad = {str(error["loc"][0]) for error in exc.errors() if error["loc"]}
        return Profile.model_validate({k: v for k, v in saved.items() if k not in bad})
