"""Getting in: the welcome (a new journal), unlock, lock, and the remote login."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException

from unshame.errors import InputError, JournalExists, WrongPassphrase
from unshame.web import flow, guards
from unshame.web.pages import saved_entry
from unshame.web.render import page
from unshame.web.security import TooSoon

router = APIRouter()
Form = Annotated[FormData, Depends(guards.form)]

WRONG = (
    "That passphrase does not open this journal. "
    "Check it (capitals and spaces count) and try again."
)
READY = (
    "Your journal is ready. Keep your passphrase somewhere safe: "
    "without it, nobody can open the journal, not even you."
)


def _go(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/welcome", response_class=HTMLResponse)
def welcome(request: Request) -> Response:
    keeper = guards.services(request).keeper
    if keeper.lend(guards.session(request)):
        return _go("/")
    if keeper.exists():
        return _go("/unlock")
    return page(request, "welcome.html", title="Welcome")


@router.post("/welcome", response_class=HTMLResponse)
def create(request: Request, data: Form) -> Response:
    keeper, here = guards.services(request).keeper, guards.session(request)
    try:
        keeper.create(here, guards.text_field(data, "passphrase"), guards.text_field(data, "again"))
    except JournalExists:
        return _go("/unlock")
    except InputError as exc:
        return page(request, "welcome.html", 400, title="Welcome", error=str(exc))
    here.flash = READY
    return _go("/")


@router.get("/unlock", response_class=HTMLResponse)
def unlock_page(request: Request, next: str = "/") -> Response:
    keeper = guards.services(request).keeper
    if keeper.lend(guards.session(request)):
        return _go(flow.safe_next(next))
    if not keeper.exists():
        return _go("/welcome")
    context = {"next": flow.safe_next(next), "pending": "", "error": ""}
    return page(request, "unlock.html", title="Unlock", **context)


@router.post("/unlock", response_class=HTMLResponse)
def unlock(request: Request, data: Form) -> Response:
    services, here = guards.services(request), guards.session(request)
    target = flow.safe_next(guards.text_field(data, "next"))
    pending = guards.text_field(data, "pending")
    if not services.keeper.exists():
        return _go("/welcome")
    try:
        services.keeper.unlock(here, guards.text_field(data, "passphrase"))
    except (WrongPassphrase, TooSoon) as exc:
        message = WRONG if isinstance(exc, WrongPassphrase) else _too_soon(exc)
        status = 401 if isinstance(exc, WrongPassphrase) else 429
        context = {"next": target, "pending": pending, "error": message}
        return page(request, "unlock.html", status, title="Unlock", **context)
    if pending.strip() and here.journal is not None:
        return _save_pending(request, pending)
    return _go(target)


@router.post("/lock")
def lock(request: Request, data: Form) -> Response:
    guards.services(request).keeper.lock(guards.session(request))
    guards.session(request).flash = "Locked. Your journal is closed until you unlock it."
    return _go("/unlock")


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> Response:
    _remote_only(request)
    if guards.session(request).remote_ok:
        return _go("/")
    return page(request, "login.html", title="Log in")


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, data: Form) -> Response:
    _remote_only(request)
    keeper = guards.services(request).keeper
    try:
        ok = keeper.login(guards.session(request), guards.text_field(data, "password"))
    except TooSoon as exc:
        return page(request, "login.html", 429, title="Log in", error=_too_soon(exc))
    if not ok:
        message = "That password is not right. Try again."
        return page(request, "login.html", 401, title="Log in", error=message)
    return _go("/")


def _remote_only(request: Request) -> None:
    if not guards.services(request).config.remote_password:
        raise HTTPException(404)


def _too_soon(exc: TooSoon) -> str:
    return f"Too many tries in a row. Please wait {exc.seconds} seconds, then try again."


def _save_pending(request: Request, text: str) -> Response:
    """Keep the entry she wrote while the journal locked itself."""
    return saved_entry(request, guards.journal(request), text)
