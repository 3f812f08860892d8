"""Stopping a long read from another thread, without loading the database machinery: the desk
makes one on its GUI thread for every search, before the core is loaded."""

from __future__ import annotations

import threading
from typing import Any


class Cancel:
    """Stops a long read from another thread (a newer search replaced it).

    ``set()`` marks it and interrupts the statement running on the watched connection
    (SQLite's ``interrupt()``, PostgreSQL's cancel request); both are safe across threads.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._set = False
        self._connection: Any = None

    def is_set(self) -> bool:
        return self._set

    def set(self) -> None:
        with self._lock:
            self._set = True
            connection = self._connection
            if connection is None:
                return
            try:
                if hasattr(connection, "interrupt"):  # sqlite3
                    connection.interrupt()
                elif hasattr(connection, "cancel_safe"):  # psycopg 3: a quick local request
                    connection.cancel_safe(timeout=1.0)
                elif hasattr(connection, "cancel"):
                    connection.cancel()
            except Exception:  # the statement ended meanwhile, or the server is gone
                pass

    def watch(self, connection: Any) -> bool:
        """Interrupt this connection on ``set()``; False when already set (do not start)."""
        with self._lock:
            if self._set:
                return False
            self._connection = connection
            return True

    def unwatch(self) -> None:
        with self._lock:
            self._connection = None
