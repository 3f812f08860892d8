"""Cycles holding Qt objects are freed on the GUI thread, never by a worker that allocates."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from desktop.gc_guard import collect_now


class _Holder:
    def __init__(self) -> None:
        self.qt = QObject()
        self.me = self  # a cycle: only the cyclic collector frees it


def test_a_window_turns_automatic_collection_off_and_the_gui_thread_collects(make_window):
    make_window("en")
    assert not gc.isenabled()
    holder = _Holder()
    gone = weakref.ref(holder.qt)
    del holder

    def allocate() -> None:  # a worker that allocates as a database read does
        junk = []
        for i in range(200_000):
            junk.append([i])
            junk.append({"i": i})

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert gone() is not None  # the worker did not collect the Qt object's cycle
    collect_now()
    assert gone() is None
