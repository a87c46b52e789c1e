"""Web hardening: security headers, a body size limit, CSRF tokens and a passphrase throttle.

The headers and the size limit are plain ASGI middleware, so they wrap every response,
error pages included.
"""

from __future__ import annotations

import hmac
import math
import secrets
import threading
import time
from collections.abc import Callable

from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 1024 * 1024
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
HEADERS: tuple[tuple[str, str], ...] = (
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=()"),
)


class BodyTooLarge(HTTPException):
    """A request body over the limit (raised while it streams in)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than {limit:,} bytes")


class CsrfRefused(Exception):
    """A form or API call came without this session's CSRF token."""

    def __init__(self, text: str = "") -> None:
        super().__init__("missing or wrong CSRF token")
        self.text = text  # the entry she was writing, to give back to her


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(given: str | None, expected: str) -> bool:
    """Constant-time comparison of a submitted token with the session's."""
    return bool(given) and hmac.compare_digest(str(given).encode(), expected.encode())


class SecurityHeaders:
    """Adds the security headers to every response; pages are never cached."""

    def __init__(self, app: ASGIApp, *, static_prefix: str = "/static/") -> None:
        self.app = app
        self.static_prefix = static_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope["path"]).startswith(self.static_prefix)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS:
                    headers[name] = value
                headers["cache-control"] = "max-age=3600" if static else "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses bodies over `limit` bytes: by Content-Length at once, or as they stream in."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        too_large: Callable[[Scope], Response],
        limit: int = MAX_BODY_BYTES,
    ) -> None:
        self.app = app
        self.limit = limit
        self.too_large = too_large

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if _declared_length(scope) > self.limit:
            await self.too_large(scope)(scope, receive, send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLarge:
            if started:
                raise
            await self.too_large(scope)(scope, receive, send)


def _declared_length(scope: Scope) -> int:
    raw = Headers(scope=scope).get("content-length")
    try:
        return int(raw) if raw is not None else 0
    except ValueError:
        return 0


class TooSoon(Exception):
    """Another try came before the throttle's delay was over."""

    def __init__(self, seconds: float) -> None:
        self.seconds = max(1, math.ceil(seconds))
        super().__init__(f"wait {self.seconds} seconds before trying again")


class Throttle:
    """A growing delay after wrong passphrases: free tries, then 1, 2, 4 ... up to `cap` s.

    One throttle guards the one journal, whichever session or address the tries come from.
    `check()` starts a try and counts it as failed until `succeeded()` says otherwise, so
    tries sent all at once (each waiting on the slow key derivation) are slowed down just
    like tries sent one after another; `failed()` then only confirms what was counted.
    """

    def __init__(
        self,
        *,
        free: int = 2,
        cap: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.free = free
        self.cap = cap
        self.clock = clock
        self.failures = 0
        self.pending = 0
        self.next_try = 0.0
        self._lock = threading.Lock()

    def check(self) -> None:
        """Start a try; TooSoon if the delay after the last failure is not over yet."""
        with self._lock:
            wait = self.next_try - self.clock()
            if wait > 0:
                raise TooSoon(wait)
            self.pending += 1
            self._count_failure()

    def failed(self) -> None:
        """The try failed (it was counted when it started; a try never started counts now)."""
        with self._lock:
            if self.pending > 0:
                self.pending -= 1
            else:
                self._count_failure()

    def succeeded(self) -> None:
        with self._lock:
            self.failures = 0
            self.pending = 0
            self.next_try = 0.0

    def _count_failure(self) -> None:
        self.failures += 1
        extra = self.failures - self.free
        delay = 0.0 if extra <= 0 else min(self.cap, 2.0 ** (extra - 1))
        self.next_try = max(self.next_try, self.clock() + delay)
