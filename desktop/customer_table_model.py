"""The customer list: a lazy table model over the core's search; ids first, rows page by page, off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from core import i18n
from core.dto import CustomerRow
from desktop import words
from desktop.plain_text import tooltip

if TYPE_CHECKING:
    from core.services.customers import CustomerService

log = logging.getLogger("guichet.desktop")

_AUTOMATIC = ("card", "sepa_debit")
MAX_PAGE = 1000  # CustomerService.rows serves at most 1000 rows per call


@dataclass(frozen=True)
class _Found:
    """What a worker job found: the matching ids (reset only), some rows, a count (refresh)."""

    rows: list[CustomerRow]
    ids: list[int] | None = None
    count: int = -1


@dataclass(frozen=True)
class _Result:
    kind: str  # preview | reset | page | refresh
    generation: int
    offset: int
    requested: int = 0
    found: _Found | None = None
    error: BaseException | None = None


class _Bridge(QObject):
    """Carries results from the worker thread back to the GUI thread (queued signal)."""

    done = Signal(object)


class CustomerTableModel(QAbstractTableModel):
    """Holds the ids of every match (searched and sorted in SQL) and fetches their rows in pages.

    Like Anki's browser table: a search asks the core for the ordered ids once
    (``search_ids``), then ``fetchMore`` asks ``rows(ids)`` for the next page, whose cost does
    not grow with how far staff have scrolled.
    """

    # How each one pays is what staff look for: the method comes right after the name.
    COLUMNS = ("reference", "name", "payment_method", "badges", "email", "company")
    SORT_KEYS = {0: "reference", 1: "name", 4: "email", 5: "company"}

    loaded = Signal()  # a search or a page arrived
    failed = Signal(object)  # the core refused or broke (the exception)
    methodRegistered = Signal(str)  # reference of a customer who registered a method via link

    def __init__(
        self,
        customers: CustomerService,
        *,
        language: str = "en",
        page_size: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._language = language
        self._page_size = page_size
        self._rows: list[CustomerRow] = []
        self._ids: list[int] = []
        self._query = ""
        self._sort = "reference"
        self._descending = False
        self._generation = 0
        self._fetching = False
        self._busy = False
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="guichet-search"
        )
        self._icons: dict[str, QIcon] = {}
        self._bridge = _Bridge()
        self._bridge.done.connect(self._on_bridge_done)

    # --- public API ------------------------------------------------------------------------
    def query(self) -> str:
        return self._query

    def total(self) -> int:
        return len(self._ids)

    def sort_column(self) -> int:
        return next(c for c, key in self.SORT_KEYS.items() if key == self._sort)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def is_busy(self) -> bool:
        return self._busy or self._fetching

    def row_at(self, row: int) -> CustomerRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: int) -> int:
        for number, item in enumerate(self._rows):
            if item.id == customer_id:
                return number
        return -1

    def contains(self, customer_id: int) -> bool:
        """Whether the current search finds this customer (loaded yet or not)."""
        return customer_id in self._ids

    def set_query(self, text: str) -> None:
        """Search again from the first page (results arrive later, see ``loaded``)."""
        self._query = text.strip()
        self._reload()

    def reload(self) -> None:
        self._reload()

    def refresh_range(self, first: int, last: int) -> None:
        """Re-read rows ``first..last`` (e.g. the visible ones) after someone changed data."""
        if not self._rows:
            self._reload()
            return
        first = max(0, first)
        last = min(len(self._rows) - 1, max(first, last))
        wanted = self._ids[first : last + 1]
        query = self._query

        def job() -> _Found:
            return _Found(rows=self._customers.rows(wanted), count=self._customers.count(query))

        self._submit("refresh", first, len(wanted), job)

    def shutdown(self) -> None:
        """Stop the worker; late results are dropped."""
        self._generation += 1
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    # --- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Reference"),
            self.tr("Name"),
            self.tr("Payment method"),
            self.tr("Status"),
            self.tr("Email"),
            self.tr("Company"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == "reference" and self.badges(item):
            # The coloured dot stands for the badges when their column is scrolled away.
            return tooltip(f"{item.reference} — {' · '.join(self.badges(item))}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "reference":
                return item.reference
            if column == "name":
                return item.name
            if column == "company":
                return item.company
            if column == "email":
                return item.email
            if column == "payment_method":
                return (
                    i18n.method_name(item.payment_method, self._language)
                    if item.payment_method
                    else ""
                )
            if column == "badges":
                return " · ".join(self.badges(item))
        if role == Qt.ItemDataRole.DecorationRole and column == "reference":
            return self._badge_icon(item)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "badges":
            return ", ".join(self.badges(item))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def set_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Choose the order of the next search without searching now (restoring a saved state)."""
        key = self.SORT_KEYS.get(column)
        if key is not None:
            self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return  # method and badges are not sortable in SQL; keep the current order
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return  # already in this order (QTableView re-applies it when sorting is enabled)
        self._sort, self._descending = key, descending
        self._reload()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._busy or self._fetching:
            return False
        return len(self._rows) < len(self._ids)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        offset = len(self._rows)
        # Someone scrolling far wants many rows: pages grow up to the core's limit.
        size = min(MAX_PAGE, max(self._page_size, offset))
        wanted = self._ids[offset : offset + size]

        def job() -> _Found:
            return _Found(rows=self._customers.rows(wanted))

        self._submit("page", offset, len(wanted), job)

    # --- helpers ---------------------------------------------------------------------------
    def badges(self, item: CustomerRow) -> list[str]:
        found = []
        if item.greylisted:
            found.append(words.badge_greylisted())
        if item.awaiting_customer:
            found.append(words.badge_awaiting())
        if item.offline:
            found.append(words.badge_offline())
        return found

    def _badge_icon(self, item: CustomerRow) -> QIcon | None:
        """A coloured dot by the reference, so badges show even when their column is scrolled away."""
        if item.greylisted:
            color = "#b3261e"
        elif item.awaiting_customer:
            color = "#1f5fa8"
        elif item.offline:
            color = "#b07d00"
        else:
            return None
        icon = self._icons.get(color)
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(QColor(color))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(1, 1, 10, 10)
            painter.end()
            icon = self._icons[color] = QIcon(pixmap)
        return icon

    def _reload(self) -> None:
        self._generation += 1
        self._fetching = False
        self._busy = True
        query, sort, desc, size = self._query, self._sort, self._descending, self._page_size
        if not query.strip():
            # Listing everyone: the first page by OFFSET is instant, the million ids are not,
            # so show the page first and let the ids follow.
            def preview() -> _Found:
                page = self._customers.search(
                    "", offset=0, limit=size, sort=sort, descending=desc, with_total=False
                )
                return _Found(rows=list(page.rows))

            self._submit("preview", 0, size, preview)

        def job() -> _Found:
            ids = self._customers.search_ids(query, sort=sort, descending=desc)
            return _Found(rows=self._customers.rows(ids[:size]), ids=ids)

        self._submit("reset", 0, size, job)

    def _submit(self, kind: str, offset: int, requested: int, job: Callable[[], _Found]) -> None:
        if self._executor is None:
            return
        generation = self._generation
        bridge = self._bridge

        def run() -> None:
            if generation != self._generation:
                return  # a newer search superseded this one before it started
            try:
                result = _Result(kind, generation, offset, requested, found=job())
            except Exception as exc:  # reported on the GUI thread
                result = _Result(kind, generation, offset, requested, error=exc)
            try:
                bridge.done.emit(result)
            except RuntimeError:  # the model is gone
                pass

        self._executor.submit(run)

    def _on_bridge_done(self, result: _Result) -> None:
        if result.generation != self._generation:
            return
        if result.error is not None:
            self._busy = False
            self._fetching = False
            self.failed.emit(result.error)
            return
        assert result.found is not None
        rows = result.found.rows
        if result.kind == "preview":
            self.beginResetModel()
            self._rows = rows
            self._ids = [r.id for r in rows]  # until the full list of ids arrives
            self.endResetModel()
        elif result.kind == "reset" and [r.id for r in self._rows] == [r.id for r in rows] and rows:
            # The preview already shows these rows: only the ids behind them are new.
            assert result.found.ids is not None
            self._ids = result.found.ids
            self._busy = False
            changed = [
                n for n, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new
            ]
            self._rows = rows
            for n in changed:
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.COLUMNS) - 1))
        elif result.kind == "reset":
            assert result.found.ids is not None
            self.beginResetModel()
            self._ids = result.found.ids
            self._rows = rows
            # Rows deleted between the two queries: keep ids and rows aligned.
            if len(rows) < min(result.requested, len(self._ids)):
                self._ids = [r.id for r in rows] + self._ids[result.requested :]
            self._busy = False
            self.endResetModel()
        elif result.kind == "page":
            self._fetching = False
            if result.offset != len(self._rows):
                return
            if len(rows) < result.requested:  # some were deleted meanwhile: forget them
                start, stop = result.offset, result.offset + result.requested
                self._ids[start:stop] = [r.id for r in rows]
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        elif result.kind == "refresh":
            self._apply_refresh(result.offset, rows, result.requested, result.found.count)
        self.loaded.emit()

    def _apply_refresh(
        self, first: int, rows: list[CustomerRow], requested: int, count: int
    ) -> None:
        same_shape = (
            count == len(self._ids)
            and len(rows) == requested
            and all(
                first + n < len(self._rows) and self._rows[first + n].id == item.id
                for n, item in enumerate(rows)
            )
        )
        if not same_shape:
            self._reload()  # rows came or went: search again, the window keeps its selection
            return
        for n, item in enumerate(rows):
            old = self._rows[first + n]
            if old == item:
                continue
            if (
                old.awaiting_customer
                and not item.awaiting_customer
                and item.payment_method in _AUTOMATIC
                and item.payment_method != old.payment_method
            ):
                self.methodRegistered.emit(item.reference)
            self._rows[first + n] = item
            self.dataChanged.emit(
                self.index(first + n, 0), self.index(first + n, len(self.COLUMNS) - 1)
            )
