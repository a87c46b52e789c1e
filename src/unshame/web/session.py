"""Browser sessions, held in this server's memory only.

A session is a random id in an HttpOnly, SameSite=Strict cookie (Secure over https).
The server keeps, per session, its CSRF token and, while unlocked, the open journal.
Nothing about a session is written to disk: restarting the server locks everything.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from unshame.store import Journal
from unshame.web.security import new_token

COOKIE = "unshame_session"
STALE_SECONDS = 12 * 3600
MAX_SESSIONS = 200


@dataclass(eq=False)
class Session:
    """One browser's session."""

    id: str
    csrf: str
    seen: float
    journal: Journal | None = field(default=None, repr=False)
    shared: bool = False  # the journal is the server's UNSHAME_PASSPHRASE journal
    held: bool = False  # locked by hand: do not reopen it with UNSHAME_PASSPHRASE
    remote_ok: bool = False  # passed the UNSHAME_REMOTE_PASSWORD login
    flash: str | None = field(default=None, repr=False)

    @property
    def unlocked(self) -> bool:
        return self.journal is not None

    def pop_flash(self) -> str | None:
        message, self.flash = self.flash, None
        return message


class Sessions:
    """The server's sessions; idle ones lock after `lock_seconds` (0: never)."""

    def __init__(self, lock_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.lock_seconds = lock_seconds
        self.clock = clock
        self._by_id: dict[str, Session] = {}
        self._lock = threading.RLock()

    def find(self, sid: str | None) -> tuple[Session, bool]:
        """The session for a cookie value, or a new one; True if it is new."""
        with self._lock:
            self.sweep()
            session = self._by_id.get(sid or "")
            fresh = session is None
            if session is None:
                session = self._add()
            session.seen = self.clock()
            return session, fresh

    def rotate(self, session: Session) -> None:
        """Give a session a new id and CSRF token (after unlocking or logging in)."""
        with self._lock:
            self._by_id.pop(session.id, None)
            session.id, session.csrf = secrets.token_urlsafe(32), new_token()
            self._by_id[session.id] = session

    def lock(self, session: Session, *, by_hand: bool = False) -> None:
        """Let go of the session's journal; by hand, it stays locked until she unlocks it."""
        with self._lock:
            journal, session.journal = session.journal, None
            if journal is not None and not session.shared:
                journal.close()
            session.shared = False
            session.held = session.held or by_hand

    def sweep(self) -> None:
        """Lock idle sessions and forget stale ones."""
        now = self.clock()
        with self._lock:
            for session in list(self._by_id.values()):
                idle = now - session.seen
                if session.unlocked and self.lock_seconds and idle > self.lock_seconds:
                    self.lock(session)
                if idle > STALE_SECONDS:
                    self._drop(session)

    def close_all(self) -> None:
        with self._lock:
            for session in list(self._by_id.values()):
                self._drop(session)

    def __len__(self) -> int:
        return len(self._by_id)

    def _add(self) -> Session:
        if len(self._by_id) >= MAX_SESSIONS:
            # Forget a session that holds nothing first, so a flood of cookie-less requests
            # (an image tag on another site, say) cannot push her open session out.
            idle = [s for s in self._by_id.values() if not (s.unlocked or s.remote_ok)]
            oldest = min(idle or self._by_id.values(), key=lambda s: s.seen)
            self._drop(oldest)
        session = Session(secrets.token_urlsafe(32), new_token(), self.clock())
        self._by_id[session.id] = session
        return session

    def _drop(self, session: Session) -> None:
        self.lock(session)
        self._by_id.pop(session.id, None)


def cookie_header(sid: str, *, secure: bool) -> str:
    value = f"{COOKIE}={sid}; Path=/; HttpOnly; SameSite=Strict"
    return value + "; Secure" if secure else value


def read_cookie(scope: Scope) -> str | None:
    raw = Headers(scope=scope).get("cookie")
    if not raw:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:
        return None
    morsel = jar.get(COOKIE)
    return morsel.value if morsel is not None else None


class SessionMiddleware:
    """Finds or starts the session, sets its cookie, and guards the remote login.

    With `remote_login` on, everything but the login page and static files waits
    until the session has passed UNSHAME_REMOTE_PASSWORD.
    """

    OPEN_PATHS = ("/login", "/static/")

    def __init__(self, app: ASGIApp, *, sessions: Sessions, remote_login: bool) -> None:
        self.app = app
        self.sessions = sessions
        self.remote_login = remote_login

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or path.startswith("/static/"):
            await self.app(scope, receive, send)
            return
        sid = read_cookie(scope)
        session, _ = self.sessions.find(sid)
        scope.setdefault("state", {})["session"] = session
        secure = scope.get("scheme") == "https"

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start" and session.id != sid:
                MutableHeaders(scope=message).append(
                    "set-cookie", cookie_header(session.id, secure=secure)
                )
            await send(message)

        if self.remote_login and not session.remote_ok and not path.startswith(self.OPEN_PATHS):
            await _login_first(path)(scope, receive, send_with_cookie)
            return
        await self.app(scope, receive, send_with_cookie)


def _login_first(path: str) -> Response:
    if path.startswith("/api/"):
        return JSONResponse({"error": "log in first: this server asks for a password"}, 401)
    return RedirectResponse("/login", status_code=303)
