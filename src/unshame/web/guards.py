"""What guards the routes: the app's services, the open journal, the CSRF check.

Each guard is a FastAPI dependency. A locked journal or a missing token raises one of
the small exceptions below; app.py turns them into a redirect, a page or a JSON error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from fastapi import Request
from starlette.datastructures import FormData

from unshame.config import Config
from unshame.store import Journal
from unshame.web.keeper import Keeper
from unshame.web.security import CSRF_FIELD, CSRF_HEADER, CsrfRefused, same_token
from unshame.web.session import Session, Sessions


class NeedsWelcome(Exception):
    """There is no journal yet: she starts at the welcome page."""


class NeedsUnlock(Exception):
    """The journal is locked for this session."""


@dataclass(frozen=True)
class Services:
    """What the views share, kept on `app.state.services`."""

    config: Config
    sessions: Sessions
    keeper: Keeper


def services(request: Request) -> Services:
    return cast(Services, request.app.state.services)


def session(request: Request) -> Session:
    return cast(Session, request.state.session)


def journal(request: Request) -> Journal:
    """The session's open journal; NeedsWelcome or NeedsUnlock if there is none."""
    here, keeper = session(request), services(request).keeper
    if keeper.lend(here) and here.journal is not None:
        return here.journal
    if not keeper.exists():
        raise NeedsWelcome
    raise NeedsUnlock


async def form(request: Request) -> FormData:
    """The posted form, once its CSRF token matches the session's; CsrfRefused if not."""
    data = await request.form()
    token = data.get(CSRF_FIELD)
    if not isinstance(token, str) or not same_token(token, session(request).csrf):
        raise CsrfRefused(text_field(data, "text"))
    request.state.posted_text = text_field(data, "text")  # to give back if saving fails
    return data


def posted_text(request: Request) -> str:
    """The `text` field of the form this request posted ('' if none was read)."""
    value = getattr(request.state, "posted_text", "")
    return value if isinstance(value, str) else ""


def csrf_header(request: Request) -> None:
    """For JSON calls: the X-CSRF-Token header must hold the session's token."""
    if not same_token(request.headers.get(CSRF_HEADER), session(request).csrf):
        raise CsrfRefused


def text_field(data: FormData, name: str) -> str:
    """A text field of a form ('' if missing or a file)."""
    value = data.get(name)
    return value if isinstance(value, str) else ""
