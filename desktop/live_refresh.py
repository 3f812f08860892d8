"""Live refresh: what other desks, the payment form or the command line change shows here within seconds."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from core.bootstrap import Services
from core.live import ChangeListener, open_change_listener
from desktop.operations import Change, ChangeKind, Operations

if TYPE_CHECKING:
    from core.dto import CustomerDetail
    from desktop.main_window import MainWindow

log = logging.getLogger("guichet.desktop")

# How long one wait for a change lasts: also how long closing the window may wait for the
# listening thread to notice it should stop.
WAIT_SECONDS = 0.25
# When the database cannot be listened to (the server is down), how long before trying again.
RETRY_SECONDS = 3.0
# Closing the window waits this long at most for the listening thread.
STOP_SECONDS = 5.0


class _Heard(QObject):
    """Carries markers from the listening thread to the GUI thread (queued signals)."""

    opened = Signal(object, str)  # the marker when listening began, and how it listens
    moved = Signal(object)  # the marker moved to this value


class LiveRefresh(QObject):
    """Listens for the core's change marker on a thread of its own; when it moved, emits
    one "changed" from elsewhere.

    On PostgreSQL the listener is woken by the server's NOTIFY as soon as another desk, the
    payment form or the command line commits; on SQLite it reads the marker a few times a
    second (see core.live).

    Our own writes move the marker too: each write brings back the marker as it left it,
    and a marker heard while a write of ours runs waits until that write has answered, so
    our own change is never reported as someone else's.
    """

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        operations: Operations,
        *,
        open_listener: Callable[[Services], ChangeListener] = open_change_listener,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._operations = operations
        self._open_listener = open_listener
        self._known: int | None = None  # None until the listener has said where it starts
        self._heard: int | None = None  # the last marker the listener brought
        self._kind = ""  # "notify" (PostgreSQL) or "poll" (SQLite), once listening
        self._held: int | None = None  # heard while a write of ours ran: judged after it
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._bridge = _Heard(self)
        self._bridge.opened.connect(self._on_bridge_opened)
        self._bridge.moved.connect(self._on_bridge_moved)
        operations.busyChanged.connect(self._on_operations_busyChanged)
        operations.events.changed.connect(self._on_events_changed)
        window.recordShown.connect(self._on_window_recordShown)
        window.customerModel.methodRegistered.connect(self._on_customerModel_methodRegistered)

    def start(self) -> None:
        """Start listening; changes from the moment the listener opens are news."""
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._listen, name="guichet-live", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and wait for the thread (before the database is closed)."""
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.join(STOP_SECONDS)
        if thread.is_alive():  # a connection attempt that hangs: it ends on its own
            log.warning("listening for changes: the thread did not stop in time")

    def listening(self) -> bool:
        """True once the listener has opened (and until it is stopped)."""
        return self._thread is not None and self._kind != ""

    def kind(self) -> str:
        """How changes are heard: "notify" (PostgreSQL), "poll" (SQLite); "" before listening."""
        return self._kind

    def heard(self) -> int | None:
        """The last marker the listener brought to the window (None before it opened)."""
        return self._heard

    # --- the listening thread --------------------------------------------------------------------
    def _listen(self) -> None:
        listener: ChangeListener | None = None
        try:
            while not self._stopping.is_set():
                if listener is None:
                    listener = self._try_open()
                    if listener is None:
                        self._stopping.wait(RETRY_SECONDS)
                        continue
                    self._tell(self._bridge.opened, listener.marker, listener.kind)
                try:
                    marker = listener.wait(WAIT_SECONDS)
                except Exception:  # the listener retries by itself; this is not expected
                    log.exception("listening for changes failed")
                    self._stopping.wait(RETRY_SECONDS)
                    continue
                if marker is not None:
                    self._tell(self._bridge.moved, marker)
        finally:
            if listener is not None:
                try:
                    listener.close()
                except Exception:
                    log.warning("listening for changes: closing failed", exc_info=True)

    def _try_open(self) -> ChangeListener | None:
        try:
            return self._open_listener(self._services)
        except Exception as exc:  # the server is away: try again later
            log.warning("listening for changes: cannot listen yet (%s)", type(exc).__name__)
            return None

    def _tell(self, signal: SignalInstance, *args: object) -> None:
        if self._stopping.is_set():
            return
        try:
            signal.emit(*args)
        except RuntimeError:  # the window is gone
            pass

    # --- the GUI thread's side ----------------------------------------------------------------------
    def _on_bridge_opened(self, marker: int, kind: str) -> None:
        if self._stopping.is_set():
            return
        self._kind = kind
        self._heard = marker
        if self._known is None:
            self._known = marker  # where the marker stands now: changes from here on are news
            return
        self._on_bridge_moved(marker)  # a write of ours came first

    def _on_bridge_moved(self, marker: int) -> None:
        if self._stopping.is_set():
            return  # said just before the window closed
        self._heard = marker
        if self._known is None:
            self._known = marker
            return
        if self._operations.writing():
            # It may be our own write's, which we hear of when it answers: judge it then.
            self._held = marker if self._held is None else max(self._held, marker)
            return
        self._judge(marker)

    def _judge(self, marker: int) -> None:
        if self._known is not None and marker <= self._known:
            return  # already shown, or our own change
        self._known = marker
        self._operations.events.changed.emit(Change(ChangeKind.ELSEWHERE))

    def _on_operations_busyChanged(self, busy: bool) -> None:
        if not busy and self._held is not None:
            # The last write's "changed" (with its marker) is emitted right after this:
            # judge what was held once it has been heard.
            QTimer.singleShot(0, self._judge_held)

    def _judge_held(self) -> None:
        if self._held is None or self._operations.writing() or self._stopping.is_set():
            return
        marker, self._held = self._held, None
        self._judge(marker)

    def _on_events_changed(self, change: Change) -> None:
        if change.elsewhere or change.marker is None:
            return
        if self._known is None or change.marker > self._known:
            self._known = change.marker

    # --- saying what happened ----------------------------------------------------------------------
    def _on_window_recordShown(
        self, before: CustomerDetail | None, after: CustomerDetail | None, cause: object
    ) -> None:
        if not isinstance(cause, Change) or not cause.elsewhere:
            return
        if before is None or after is None or before.id != after.id:
            return
        if (
            before.pending_link is not None
            and after.pending_link is None
            and after.payment_method is not None
            and after.payment_method.automatic
            and (
                before.payment_method is None or before.payment_method.id != after.payment_method.id
            )
        ):
            self._on_customerModel_methodRegistered(after.reference)
        elif before.version != after.version:
            self._window.show_status(
                self.tr("%1 was updated elsewhere (another desk or the customer).").replace(
                    "%1", after.reference
                )
            )

    def _on_customerModel_methodRegistered(self, reference: str) -> None:
        self._window.show_status(
            self.tr("%1 registered a payment method through their link.").replace("%1", reference),
            10000,
        )
