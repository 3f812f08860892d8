"""Live refresh: what other desks, the payment form or the command line change shows here within seconds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from core.bootstrap import Services
from core.dto import CustomerDetail
from desktop.operations import Change, ChangeKind, Operations, customers

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

POLL_INTERVAL_MS = 2000


class LiveRefresh(QObject):
    """Polls the core's change counter; when it moved, emits one "changed" from elsewhere.

    Our own writes move the counter too: each write brings back the counter as it left it,
    and a poll that overlapped a write of ours is dropped, so our own change is never
    reported as someone else's.
    """

    def __init__(self, window: MainWindow, services: Services, operations: Operations) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._operations = operations
        self._known: int | None = None  # None until the first poll has answered
        self._polling = False
        self._round = 0  # moves whenever a write of ours starts, ends or reports a change
        self.pollTimer = QTimer(self)
        self.pollTimer.setObjectName("pollTimer")
        self.pollTimer.setInterval(POLL_INTERVAL_MS)
        self.pollTimer.timeout.connect(self._on_pollTimer_timeout)
        operations.busyChanged.connect(self._on_operations_busyChanged)
        operations.events.changed.connect(self._on_events_changed)
        window.recordShown.connect(self._on_window_recordShown)
        window.customerModel.methodRegistered.connect(self._on_customerModel_methodRegistered)

    def start(self) -> None:
        self._poll()  # where the counter stands now: changes from here on are news
        self.pollTimer.start()

    def stop(self) -> None:
        self.pollTimer.stop()

    # --- polling ---------------------------------------------------------------------------------
    def _on_pollTimer_timeout(self) -> None:
        self._poll()

    def _poll(self) -> None:
        if self._polling or self._operations.writing():
            return
        self._polling = True
        started = self._round
        self._operations.run(
            customers.latest_change(self._services)
            .success(lambda marker: self._on_marker(marker, started))
            .failure(self._on_poll_failed)
        )

    def _on_marker(self, marker: int, started: int) -> None:
        self._polling = False
        if started != self._round:
            return  # it may have seen a write of ours before we heard of it
        if self._known is None:
            self._known = marker
            return
        if marker == self._known:
            return
        self._known = marker
        self._operations.events.changed.emit(Change(ChangeKind.ELSEWHERE))

    def _on_poll_failed(self, _exc: Exception) -> None:
        # Busy or otherwise refused: the next round asks again (unexpected errors are reported).
        self._polling = False

    def _on_operations_busyChanged(self, _busy: bool) -> None:
        self._round += 1

    def _on_events_changed(self, change: Change) -> None:
        if change.elsewhere:
            return
        self._round += 1
        if change.marker is not None:
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
