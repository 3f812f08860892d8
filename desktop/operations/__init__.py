"""Desk operations: one core call off the GUI thread, a busy state while a write runs, one "changed" signal after it."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Generic, Self, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from core import i18n
from core.bootstrap import Services
from core.errors import GuichetError
from desktop import msgbox
from desktop.app import apology, log_file

log = logging.getLogger("guichet.desktop")

T = TypeVar("T")


class ChangeKind(StrEnum):
    """What happened, which decides what the list and the record read again."""

    UPDATED = "updated"  # one customer's record and row
    CREATED = "created"  # a new customer: the list searches again, the record opens it
    ANONYMISED = "anonymised"  # name and email are gone: the list searches again
    DELETED = "deleted"  # the record closes, the list searches again
    DEBITS = "debits"  # a debit batch or a bank return: invoices of any customer may differ
    ELSEWHERE = "elsewhere"  # another desk, the payment form or the command line


@dataclass(frozen=True)
class Change:
    """What one operation changed."""

    kind: ChangeKind
    customer_id: int | None = None  # None: not known (a change made elsewhere)
    # The core's change counter just after our own write, so the live refresh does not
    # take our change for someone else's.
    marker: int | None = None

    @property
    def elsewhere(self) -> bool:
        return self.kind is ChangeKind.ELSEWHERE

    @property
    def any_customer(self) -> bool:
        """True when the change may concern any customer's record, not one known customer."""
        return self.kind in (ChangeKind.ELSEWHERE, ChangeKind.DEBITS)


class DeskEvents(QObject):
    """The one signal the list, the record and the pages refresh from."""

    changed = Signal(object)  # a Change


class _Operation(Generic[T]):
    def __init__(self, job: Callable[[], T]) -> None:
        self.job = job
        self.on_success: Callable[[T], None] | None = None
        self.on_failure: Callable[[Exception], None] | None = None

    def success(self, handler: Callable[[T], None]) -> Self:
        """Called on the GUI thread with the job's result (after ``changed`` for a write)."""
        self.on_success = handler
        return self

    def failure(self, handler: Callable[[Exception], None]) -> Self:
        """Handles a core refusal instead of the message box.

        An unexpected error is still logged and apologised for first; the handler hears
        of it too, so a form waiting for the answer can be used again.
        """
        self.on_failure = handler
        return self


class Read(_Operation[T]):
    """A question to the core: no busy state, no "changed" signal."""


class Write(_Operation[T]):
    """A change through one core call; ``changed`` says what it changed, from its result."""

    def __init__(self, job: Callable[[], T], changed: Callable[[T], Change]) -> None:
        super().__init__(job)
        self.changed = changed


@dataclass(frozen=True)
class _Outcome:
    operation: _Operation[Any]
    value: object = None
    error: Exception | None = None
    marker: int | None = None


class _Bridge(QObject):
    """Carries outcomes from the pool's threads to the GUI thread (queued signal)."""

    done = Signal(object)


class Operations(QObject):
    """Runs one window's operations on a thread pool; outcomes come back on the GUI thread.

    Like Anki's ``CollectionOp`` and ``QueryOp``: a write shows the busy cursor while it
    runs, and once it is done emits ``events.changed`` exactly once, then calls its
    ``success`` handler; a refusal from the core shows one message box (or goes to the
    ``failure`` handler); anything else is logged and staff see a short apology.
    """

    busyChanged = Signal(bool)  # a write started (True) or the last one finished (False)

    def __init__(
        self,
        parent: QWidget,
        services: Services,
        *,
        language: str,
        events: DeskEvents | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        # The database was opened read-only: no write is started (the buttons say so too).
        self.read_only = read_only
        self._services = services
        self._language = language
        self.events = events if events is not None else DeskEvents(self)
        self._pool = QThreadPool(self)
        # Reads (opening a record, the live refresh) must not queue behind a write that
        # waits for another writer's lock.
        self._pool.setMaxThreadCount(4)
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._on_bridge_done)
        self._writes = 0
        self._pending = 0
        self._closed = False

    # --- public API ------------------------------------------------------------------------
    def run(self, operation: _Operation[Any]) -> None:
        """Start ``operation`` in the pool; its handlers run later, on the GUI thread."""
        if self._closed:
            return
        write = isinstance(operation, Write)
        if write and self.read_only:
            self._fail(operation, GuichetError("database_is_read_only"))
            return
        self._pending += 1
        if write:
            self._begin_write()
        bridge = self._bridge
        services = self._services

        def work() -> None:
            try:
                value = operation.job()
            except Exception as exc:  # reported on the GUI thread
                outcome = _Outcome(operation, error=exc)
            else:
                marker = None
                if write:
                    try:
                        marker = services.customers.latest_change()
                    except Exception:  # the change is made; the live refresh reads it later
                        log.warning("change counter not read after a write", exc_info=True)
                outcome = _Outcome(operation, value=value, marker=marker)
            try:
                bridge.done.emit(outcome)
            except RuntimeError:  # the window is gone
                pass

        self._pool.start(work)

    def pending(self) -> int:
        """Operations started and not answered yet (reads included)."""
        return self._pending

    def writing(self) -> bool:
        return self._writes > 0

    def report(self, exc: Exception) -> None:
        """Show ``exc`` to staff: the core's own words for a refusal, else a short apology."""
        parent = QApplication.activeModalWidget() or self._parent
        if isinstance(exc, GuichetError):
            title = QCoreApplication.translate("Desk", "Not done")
            msgbox.error(parent, title, i18n.error_text(exc, self._language))
            return
        log.error("unexpected error in an operation\n%s", "".join(traceback.format_exception(exc)))
        title, text = apology(log_file())
        msgbox.error(parent, title, text)

    def shutdown(self) -> None:
        """Wait for running jobs (the database is closed next); later outcomes are dropped."""
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone()
        while self._writes:
            self._end_write()

    # --- the GUI thread's side -------------------------------------------------------------------
    def _begin_write(self) -> None:
        self._writes += 1
        if self._writes == 1:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.busyChanged.emit(True)

    def _end_write(self) -> None:
        self._writes -= 1
        if self._writes == 0:
            QGuiApplication.restoreOverrideCursor()
            self.busyChanged.emit(False)

    def _on_bridge_done(self, outcome: _Outcome) -> None:
        operation = outcome.operation
        try:
            if self._closed:
                return  # shutdown() has already ended the busy state
            if isinstance(operation, Write):
                self._end_write()
            if outcome.error is not None:
                self._fail(operation, outcome.error)
                return
            if isinstance(operation, Write):
                change = operation.changed(outcome.value)
                if outcome.marker is not None:
                    change = replace(change, marker=outcome.marker)
                self.events.changed.emit(change)
            if operation.on_success is not None:
                operation.on_success(outcome.value)
        finally:
            # Last: what the handlers started is already counted, so "nothing pending"
            # means the desk has settled.
            self._pending -= 1

    def _fail(self, operation: _Operation[Any], exc: Exception) -> None:
        if not isinstance(exc, GuichetError) or operation.on_failure is None:
            self.report(exc)
        if operation.on_failure is not None:
            operation.on_failure(exc)
