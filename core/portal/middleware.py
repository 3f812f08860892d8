"""One outer ASGI layer for every response: security headers, body cap, errors, access log."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("guichet.portal.access")
error_log = logging.getLogger("guichet.portal")

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
        b"form-action 'self'; frame-ancestors 'none'",
    ),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
)
_REPLACED = frozenset(name for name, _ in SECURITY_HEADERS)
_NO_BODY_METHODS = frozenset({"GET", "HEAD"})


def redact_path(path: str) -> str:
    """The path as it may be logged: a link's token is a bearer secret and never leaves."""
    if path == "/m" or path.startswith("/m/"):
        return "/m/<redacted>"
    return path


class PortalShield:
    """Wraps the routes so that every answer, error pages included, gets the same treatment.

    It catches every exception itself: Starlette's outermost error middleware would otherwise
    answer with a bare page that skips these headers and this log line.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body: int,
        error_page: Callable[[Scope, int], Response],
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.error_page = error_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0
        response_started = False

        async def send_guarded(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                headers = [
                    header
                    for header in message.get("headers", ())
                    if header[0].lower() not in _REPLACED
                ]
                headers.extend(SECURITY_HEADERS)
                message = {**message, "headers": headers}
            await send(message)

        try:
            declared, chunked = _body_headers(scope)
            if declared is None and not chunked and scope.get("method") in _NO_BODY_METHODS:
                # A GET or HEAD that announces no body has none (HTTP/1.1 frames a body
                # with one of those two headers): nothing to read or to cap.
                await self.app(scope, receive, send_guarded)
                return
            # A declared oversize is refused before a single byte is read.
            body = (
                None
                if declared is not None and declared > self.max_body
                else (await self._read_body(receive))
            )
            if body is None:
                await self.error_page(scope, 413)(scope, receive, send_guarded)
                return
            await self.app(scope, _replay(body, receive), send_guarded)
        except Exception:
            # Starlette has already sent its error page (with these headers) when it can;
            # the traceback goes to the log only, with the path redacted.
            error_log.exception(
                "unhandled error on %s %s", scope.get("method", "?"), redact_path(scope["path"])
            )
            if not response_started:
                await self.error_page(scope, 500)(scope, receive, send_guarded)
        finally:
            if access_log.isEnabledFor(logging.INFO):
                client = scope.get("client")
                # The record is made directly: the caller's file and line, which the
                # logger would look up on every request, say nothing about a visit.
                access_log.handle(
                    access_log.makeRecord(
                        access_log.name,
                        logging.INFO,
                        __file__,
                        0,
                        '%s "%s %s" %s %.1fms',
                        (
                            client[0] if client else "-",
                            scope.get("method", "?"),
                            redact_path(scope["path"]),
                            status or "-",
                            (time.perf_counter() - started) * 1000,
                        ),
                        None,
                    )
                )

    async def _read_body(self, receive: Receive) -> bytes | None:
        """The whole body, or None past the cap.

        The body is read before the app runs (the cap is small) so that an oversized upload
        is refused cleanly with 413 instead of failing half-way through form parsing; a
        chunked upload has no Content-Length, so the bytes themselves are counted.
        """
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away; the app will see an empty body
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """Hand the buffered body to the app once, then pass later messages (disconnect) through."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _body_headers(scope: Scope) -> tuple[int | None, bool]:
    """The declared Content-Length (None when absent or unreadable), and whether a
    Transfer-Encoding says the body comes in chunks."""
    declared: int | None = None
    chunked = seen_length = False
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            if seen_length:
                continue  # the first one counts, as before
            seen_length = True
            try:
                declared = int(value)
            except ValueError:
                declared = None
        elif name == b"transfer-encoding":
            chunked = True
    return declared, chunked
