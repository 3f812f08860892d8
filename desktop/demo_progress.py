"""The first `guichet --demo` makes its database behind a progress window, not a blank pause."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

from core.config import Settings

# Shown only when making the database takes longer than this (an existing one is quick).
SHOW_AFTER_MS = 300


class DemoPreparation:
    """Runs ``ensure_demo_database`` on a worker thread while the window shows how far it is."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._done, self._total = 0, 1
        self._finished = False
        self.error: BaseException | None = None
        self.made = False
        self.values: list[int] = []  # what the bar showed, in order
        self.steps: list[tuple[int, int]] = []  # every step the making reported
        self.dialog = QProgressDialog()
        self.dialog.setObjectName("demoProgressDialog")
        self.dialog.setWindowTitle("Guichet")
        self.dialog.setLabelText(
            QCoreApplication.translate(
                "Desk", "Making the demo database: customers, subscriptions, invoices…"
            )
        )
        self.dialog.setCancelButton(None)  # type: ignore[arg-type]  # nothing half-made to undo
        self.dialog.setRange(0, 100)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setAutoClose(False)
        self.dialog.setMinimumWidth(420)

    def _progress(self, done: int, total: int) -> None:  # the worker thread
        with self._lock:
            self._done, self._total = done, max(total, 1)
            self.steps.append((done, total))

    def _work(self) -> None:
        from core.demo import ensure_demo_database

        try:
            self.made = ensure_demo_database(self._settings, self._progress)
        except BaseException as exc:  # reported on the GUI thread
            self.error = exc
        finally:
            with self._lock:
                self._finished = True

    def _tick(self, loop: QEventLoop) -> None:
        with self._lock:
            value = round(100 * self._done / self._total)
            finished = self._finished
        if not self.values or value != self.values[-1]:
            self.values.append(value)
            self.dialog.setValue(value)
        if finished:
            loop.quit()

    def run(self) -> BaseException | None:
        """Make the database (first use only); returns what went wrong, if anything."""
        worker = threading.Thread(target=self._work, name="guichet-demo", daemon=True)
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(50)
        timer.timeout.connect(lambda: self._tick(loop))
        worker.start()
        timer.start()
        loop.exec()
        timer.stop()
        worker.join()
        self._tick(loop)  # the last step, even if it came after the last tick
        self.dialog.close()
        return self.error
