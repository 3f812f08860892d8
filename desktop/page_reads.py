"""How a page reads its rows: one read at a time, again after a change, later when hidden."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.operations import Operations, Read


class PageReads:
    """The reading rhythm the invoices and debits pages share.

    One read runs at a time; a request meanwhile reads once more when it answers (and that
    first answer, already old, is dropped). A change made while the page is hidden only marks
    it stale: it reads when staff come back. A failed read leaves it stale too.
    """

    def __init__(
        self,
        operations: Operations,
        make_read: Callable[[], Read[Any]],
        *,
        loaded: Callable[[Any], None],
        failed: Callable[[Exception], None],
        visible: Callable[[], bool],
    ) -> None:
        self._operations = operations
        self._make_read = make_read
        self._loaded_handler = loaded
        self._failed_handler = failed
        self._visible = visible
        self.loaded = False  # at least one answer shown
        self.loading = False
        self._stale = True
        self._again = False

    def request(self) -> None:
        self._stale = False
        if self.loading:
            self._again = True
            return
        self.loading = True
        self._operations.run(self._make_read().success(self._on_answer).failure(self._on_failure))

    def shown(self) -> None:
        if self._stale:
            self.request()

    def changed(self) -> None:
        if self._visible():
            self.request()
        else:
            self._stale = True

    def _read_again(self) -> bool:
        if self._again:
            self._again = False
            self.request()
            return True
        return False

    def _on_answer(self, value: Any) -> None:
        self.loading = False
        if self._read_again():
            return
        self.loaded = True
        self._loaded_handler(value)

    def _on_failure(self, exc: Exception) -> None:
        self.loading = False
        self._stale = True
        if not self._read_again():
            self._failed_handler(exc)
