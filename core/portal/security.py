"""The payment form's guards: stateless CSRF tokens and the unknown-link throttle."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable


class CsrfSigner:
    """Stateless anti-forgery values: HMAC(secret, SHA-256(link token) | issued-at).

    Nothing is stored server-side and no cookie is set. The value is bound to one link, so a
    value taken from one form cannot be replayed on another link, and it ages out after
    ``max_age`` seconds. The secret is random per process unless one is given: restarting the
    portal invalidates the forms open at that moment (the customer just submits again).
    """

    def __init__(
        self,
        secret: bytes | None = None,
        *,
        clock: Callable[[], float],
        max_age: float = 12 * 3600,
    ) -> None:
        self._secret = secret or secrets.token_bytes(32)
        self._clock = clock
        self._max_age = max_age

    def _signature(self, token: str, issued: int) -> str:
        token_hash = hashlib.sha256(token.encode("utf-8")).hexdigest()
        message = f"{token_hash}|{issued}".encode("ascii")
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def issue(self, token: str) -> str:
        issued = int(self._clock())
        return f"{issued}.{self._signature(token, issued)}"

    def verify(self, token: str, value: str | None) -> bool:
        issued_text, _, signature = (value or "").partition(".")
        if not (issued_text.isascii() and issued_text.isdigit()) or len(issued_text) > 12:
            return False
        if not signature:
            return False
        issued = int(issued_text)
        age = self._clock() - issued
        # A little tolerance for a value issued a moment "after" now by a clock step.
        if age < -60 or age > self._max_age:
            return False
        # Bytes, not str: compare_digest refuses non-ASCII text, and the value comes from outside.
        expected = self._signature(token, issued).encode("ascii")
        return hmac.compare_digest(signature.encode("utf-8", "replace"), expected)


class UnknownLinkThrottle:
    """Counts requests for unknown links per client address in fixed one-minute windows.

    A client that has asked for ``limit`` unknown links in its current window is refused
    (429) for every link until that window is over: otherwise it could keep guessing tokens
    and learn which are valid from the answers that are not 429. Memory is bounded: at most
    ``max_clients`` addresses are tracked, the stalest dropped first.
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        limit: int = 30,
        window: float = 60.0,
        max_clients: int = 10_000,
    ) -> None:
        self._clock = clock
        self.limit = limit
        self.window = window
        self._max_clients = max_clients
        # address -> (window start, unknown-link requests in that window)
        self._windows: OrderedDict[str, tuple[float, int]] = OrderedDict()
        # Requests are handled on several threads; the dictionary must not be torn.
        self._lock = threading.Lock()

    def blocked(self, client: str) -> bool:
        now = self._clock()
        with self._lock:
            entry = self._windows.get(client)
            if entry is None:
                return False
            start, count = entry
            if now - start >= self.window:
                del self._windows[client]
                return False
            return count >= self.limit

    def record_unknown(self, client: str) -> None:
        now = self._clock()
        with self._lock:
            start, count = self._windows.pop(client, (now, 0))
            if now - start >= self.window:
                start, count = now, 0
            self._windows[client] = (start, count + 1)  # re-inserted: most recent last
            while len(self._windows) > self._max_clients:
                self._windows.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._windows)
