"""Garbage is collected on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold is
crossed: a worker reading the database could then free a cycle that holds a Qt object, and
a Qt object destroyed off its thread crashes the process (seen here as a segmentation fault
"Garbage-collecting" inside a SQLAlchemy query on a worker). Like Anki's desk, automatic
collection is turned off once a window exists, and the GUI thread collects every few
seconds instead (reference counting still frees everything that is not in a cycle at once).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer
from shiboken6 import Shiboken

COLLECT_EVERY_MS = 5_000


class _Collector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.timer = QTimer(self)
        self.timer.setInterval(COLLECT_EVERY_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        if QThread.currentThread() is QCoreApplication.instance().thread():  # type: ignore[union-attr]
            gc.collect()


# The collector installed last (rather than asking the application for its children:
# that lookup alone cost a start noticeable time).
_installed: list[_Collector] = []


def collect_on_gui_thread() -> None:
    """Install once per application (again: nothing more happens)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    if _installed and Shiboken.isValid(_installed[0]) and _installed[0].parent() is app:
        return
    # No collection now (the first comes with the timer): at start there is hardly any
    # garbage, and going through every object of the modules just loaded held the window back.
    # Those objects live as long as the program, so they are set aside (frozen): the
    # collections every few seconds then go only through what was made since.
    gc.disable()
    gc.freeze()
    _installed[:] = [_Collector(app)]


def collect_now() -> None:
    """A full collection on the GUI thread (after a window closes, say)."""
    app = QCoreApplication.instance()
    if app is not None and QThread.currentThread() is app.thread():
        gc.collect()
