"""Live between desks: learn that something changed in the database, from anywhere.

Every write moves the change marker (``CustomerService.latest_change()``, a number that
only grows). A desk opens one listener and calls ``wait(timeout)`` on a worker thread,
never the GUI thread:

    listener = open_change_listener(services)
    known = listener.marker
    while running:
        marker = listener.wait(1.0)      # blocks up to 1 s
        if marker is not None and marker != known:
            known = marker               # something changed: refresh what is shown
    listener.close()

PostgreSQL: a dedicated connection LISTENs on ``guichet_changes``; each write transaction
sends one NOTIFY with the marker it leaves, delivered when it commits, so ``wait`` returns
as soon as another desk, the payment form or the command line commits. SQLite: ``wait``
reads the marker a few times a second (a cheap read beside any writer under WAL).

Our own writes are reported too: a desk compares the marker with the one its own write
left (as desktop/live_refresh.py does with the polled marker).
"""

from __future__ import annotations

import contextlib
import logging
import time
from typing import TYPE_CHECKING, Any

from core.errors import GuichetError

if TYPE_CHECKING:
    from core.bootstrap import Services

log = logging.getLogger("guichet.core")

# LISTEN/NOTIFY channel of the change marker on PostgreSQL (payload: the marker, as text).
# Here rather than beside the services that send it, so a desk listens without loading them.
CHANGES_CHANNEL = "guichet_changes"

# SQLite: how often ``wait`` reads the marker.
POLL_SECONDS = 0.25
# PostgreSQL: after a first notification, how long more of them are gathered into the same
# answer (several commits close together, e.g. a command-line batch, are one refresh).
GATHER_SECONDS = 0.1


class ChangeListener:
    """Waits for the change marker to move; ``marker`` is the last one seen."""

    kind = "poll"

    def __init__(self, services: Services) -> None:
        self._services = services
        self.marker = self._read_marker()

    def _read_marker(self) -> int:
        return self._services.customers.latest_change()

    def wait(self, timeout: float) -> int | None:
        """Block up to ``timeout`` seconds. The new marker when it moved since the last
        marker seen, else None (also when the database could not be read: the next call
        tries again)."""
        deadline = time.monotonic() + max(timeout, 0.0)
        while True:
            try:
                marker = self._read_marker()
            except GuichetError:  # busy: nothing to report this round
                marker = self.marker
            if marker != self.marker:
                self.marker = marker
                return marker
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            time.sleep(min(POLL_SECONDS, left))

    def close(self) -> None:
        """Nothing held (SQLite)."""


class PostgresChangeListener(ChangeListener):
    """LISTEN on a dedicated psycopg connection (autocommit), woken by NOTIFY."""

    kind = "notify"

    def __init__(self, services: Services) -> None:
        self._services = services
        url = services.engine.url.set(drivername="postgresql")
        self._conninfo = url.render_as_string(hide_password=False)
        self._conn: Any = None
        self._connect()
        self.marker = self._read_marker()

    def _connect(self) -> None:
        import psycopg

        self._conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=10)
        self._conn.execute(f"LISTEN {CHANGES_CHANNEL}")

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None

    def wait(self, timeout: float) -> int | None:
        import psycopg

        started = time.monotonic()
        try:
            if self._conn is None:
                # The server went away earlier: listen again, then read the marker, since
                # what changed meanwhile was not heard.
                self._connect()
                marker = self._read_marker()
                if marker != self.marker:
                    self.marker = marker
                    return marker
            best: int | None = None
            left = max(timeout - (time.monotonic() - started), 0.0)
            for note in self._conn.notifies(timeout=left, stop_after=1):
                best = _marker_of(note.payload, best)
            if best is not None:
                # Others that come with it or just after: one answer for all of them. The
                # server delivers each commit's NOTIFY on its own, so a batch of commits may
                # still be on its way when the first one is read.
                for note in self._conn.notifies(timeout=GATHER_SECONDS):
                    best = _marker_of(note.payload, best)
        except (psycopg.Error, OSError, GuichetError):
            log.warning("listening for changes: the database connection was lost")
            self._drop()
            time.sleep(max(timeout - (time.monotonic() - started), 0.0))
            return None
        if best is None or best <= self.marker:
            return None  # nothing, or older than what was already seen
        self.marker = best
        return best

    def close(self) -> None:
        self._drop()


def _marker_of(payload: str, best: int | None) -> int | None:
    try:
        value = int(payload)
    except ValueError:
        return best
    return value if best is None else max(best, value)


def open_change_listener(services: Services) -> ChangeListener:
    """The listener that suits the database: NOTIFY on PostgreSQL, polling on SQLite."""
    if services.engine.dialect.name == "postgresql":
        return PostgresChangeListener(services)
    return ChangeListener(services)
