"""Errors at the edge: a friendly page for the browser, `{"error": ...}` for the API.

Nothing of hers goes into a log line: failures are logged by kind, never by content.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from unshame.errors import InputError, JournalLocked, NotFound, UnshameError
from unshame.web import guards
from unshame.web.flow import TooLong
from unshame.web.render import bare_page, page
from unshame.web.security import CsrfRefused

log = logging.getLogger("unshame.web")
Handler = Callable[[Request, Any], Awaitable[Response]]
TITLES = {
    400: "That did not work",
    403: "This form has expired",
    404: "Not found",
    405: "Not found",
    413: "That is too much at once",
    422: "That did not work",
    500: "Something went wrong",
}


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def failure(request: Request, status: int, message: str) -> Response:
    """The error as JSON for the API, as a calm page for her."""
    if is_api(request):
        return JSONResponse({"error": message}, status_code=status)
    title = TITLES.get(status, "That did not work")
    return bare_page(request, "error.html", status, title=title, message=message)


def too_large(scope: Scope) -> Response:
    """For the body size limit, which answers before the app runs."""
    return failure(Request(scope), 413, "the request is larger than 1 MB; send less at once")


async def _welcome(request: Request, exc: Exception) -> Response:
    if is_api(request):
        return failure(request, 409, "there is no journal yet: open the web app to create one")
    return RedirectResponse("/welcome", status_code=303)


async def _unlock(request: Request, exc: Exception) -> Response:
    if is_api(request):
        return failure(request, 401, "the journal is locked: POST /api/unlock first")
    target = request.url.path if request.method == "GET" else "/"
    if request.method == "GET" and request.url.query:
        target += "?" + request.url.query
    return RedirectResponse(f"/unlock?next={quote(target, safe='')}", status_code=303)


async def _csrf(request: Request, exc: Exception) -> Response:
    if is_api(request):
        return failure(request, 403, "missing or wrong X-CSRF-Token header: GET /api/session")
    if isinstance(exc, CsrfRefused) and exc.text and request.url.path == "/write":
        return _write_again(request, exc.text)
    message = (
        "For your safety, this form only works from a page this app just showed you. "
        "Go back, reload the page, and try again."
    )
    return failure(request, 403, message)


def _write_again(request: Request, text: str) -> Response:
    """Her words back in the write form, with a fresh token, when the page had expired."""
    error = (
        "This page had expired, so nothing is saved yet. "
        "Your words are still here: press the button again to keep them."
    )
    return page(request, "write.html", 403, title="Write", text=text, error=error)


async def _not_found(request: Request, exc: Exception) -> Response:
    return failure(request, 404, "There is nothing here. It may have been deleted.")


async def _too_long(request: Request, exc: Exception) -> Response:
    return failure(request, 413, str(exc))


async def _input(request: Request, exc: Exception) -> Response:
    return failure(request, 422 if is_api(request) else 400, str(exc))


async def _unshame(request: Request, exc: Exception) -> Response:
    log.error("request failed: %s", type(exc).__name__)
    return failure(request, 500, str(exc))


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code in (404, 405):
        return await _not_found(request, exc)
    message = str(exc.detail) if exc.status_code < 500 else "Something went wrong on our side."
    return failure(request, exc.status_code, message)


async def _invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return failure(request, 422, validation_message(exc.errors()))


def validation_message(errors: Any) -> str:
    """One clear sentence for FastAPI's validation errors (never echoing her input)."""
    parts = [_explain(err) for err in errors if isinstance(err, dict)]
    return "; ".join(dict.fromkeys(parts)) or "the request is not valid"


def _explain(err: dict[str, Any]) -> str:
    kind, loc = str(err.get("type", "")), [str(p) for p in err.get("loc", ())]
    name = ".".join(p for p in loc[1:]) or "the body"
    if kind == "json_invalid":
        return "the body is not valid JSON"
    if kind == "missing":
        return (
            "the body is empty: send a JSON object"
            if name == "the body"
            else f"{name!r} is missing"
        )
    if kind == "string_too_short":
        return f"{name!r} is empty"
    if name == "the body":
        return "the body must be a JSON object, sent with Content-Type: application/json"
    return f"{name!r}: {err.get('msg', 'is not valid')}"


def install(app: FastAPI) -> None:
    handlers: dict[Any, Handler] = {
        guards.NeedsWelcome: _welcome,
        guards.NeedsUnlock: _unlock,
        JournalLocked: _unlock,
        CsrfRefused: _csrf,
        NotFound: _not_found,
        TooLong: _too_long,
        InputError: _input,
        UnshameError: _unshame,
        HTTPException: _http,
        RequestValidationError: _invalid,
    }
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)


class CatchAll:
    """The last net: an unexpected error becomes a calm 500 (re-raised in debug mode)."""

    def __init__(self, app: ASGIApp, *, debug: bool) -> None:
        self.app = app
        self.debug = debug

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.debug:
            await self.app(scope, receive, send)
            return
        started = False

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watching_send)
        except Exception as exc:
            log.error("unexpected %s (%s) at %s", type(exc).__name__, _where(exc), scope["path"])
            if started:
                raise
            response = failure(Request(scope), 500, "Something went wrong on our side.")
            await response(scope, receive, send)


def _where(exc: BaseException) -> str:
    """Where an error was raised (file and line), without its message, which might quote her."""
    frames = traceback.extract_tb(exc.__traceback__)
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
