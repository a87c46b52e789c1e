"""The web app: `create_app(config)` builds it; `unshame serve` runs it.

Layers, outside in: security headers, a last-resort error page, trusted hosts, the body
size limit, sessions (and the remote login), then the routes: pages (access, pages,
entries, profile), the JSON API (api) and the static files.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
from collections.abc import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from unshame import __version__
from unshame.config import Config
from unshame.errors import JournalBusy
from unshame.web import access, api, entries, guards, handlers, insights, pages, profile
from unshame.web.guards import Services
from unshame.web.keeper import Keeper
from unshame.web.render import STATIC, page
from unshame.web.security import BodyLimit, SecurityHeaders, Throttle
from unshame.web.session import SessionMiddleware, Sessions

LOCAL_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
SWEEP_SECONDS = 30.0


def is_local(host: str) -> bool:
    """True for addresses only this machine can reach."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def create_app(config: Config) -> FastAPI:
    """The unshame web app for one journal, with the settings in `config`."""
    sessions = Sessions(config.lock_minutes * 60)
    keeper = Keeper(config, sessions, Throttle())

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        sweeper = asyncio.create_task(_sweep(sessions))
        try:
            yield
        finally:
            sweeper.cancel()
            keeper.close()

    app = FastAPI(
        title="unshame",
        version=__version__,
        summary="Tell guilt from shame in her own words: the JSON API of the unshame web app.",
        description=api.__doc__ or "",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        debug=config.debug,
        lifespan=lifespan,
    )
    app.state.services = Services(config, sessions, keeper)
    app.include_router(api.router)
    for router in (access.router, pages.router, entries.router, profile.router, insights.router):
        app.include_router(router, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    handlers.install(app)
    app.add_exception_handler(JournalBusy, _busy)
    _layers(app, config, sessions)
    return app


def _layers(app: FastAPI, config: Config, sessions: Sessions) -> None:
    """Middleware, added inside out (the last one added runs first)."""
    app.add_middleware(
        SessionMiddleware, sessions=sessions, remote_login=bool(config.remote_password)
    )
    app.add_middleware(BodyLimit, too_large=handlers.too_large)
    hosts = [*LOCAL_HOSTS, _host_name(config.host)] if is_local(config.host) else ["*"]
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)
    app.add_middleware(handlers.CatchAll, debug=config.debug)
    app.add_middleware(SecurityHeaders)


def _host_name(host: str) -> str:
    """The address as a Host header names it (an IPv6 address in brackets)."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


async def _busy(request: Request, exc: Exception) -> Response:
    """Another window or command held the journal too long: 503, her words kept."""
    text = guards.posted_text(request)
    if request.url.path == "/write" and text and not handlers.is_api(request):
        error = f"{str(exc).capitalize()}. Your words are still here: press the button again."
        return page(request, "write.html", 503, title="Write", text=text, error=error)
    return handlers.failure(request, 503, str(exc))


async def _sweep(sessions: Sessions) -> None:
    """Lock idle sessions even when no request comes in."""
    while True:
        await asyncio.sleep(SWEEP_SECONDS)
        sessions.sweep()
