"""The customer list: a table model over the core's search that holds ids, not rows.

Like Anki's browser table (``qt/aqt/browser/table/model.py``): the model holds the ids of
every match in display order and fetches the rows of the range the view paints, so a
million matches cost a few megabytes and jumping to the last row reads a screenful.
Unlike it, nothing is read on the GUI thread: a row not read yet shows empty for the
moment it takes a worker to read the rows around it.

A search answers in two steps on two workers, so typing never waits for a long one:
- the first page, from an ordered, LIMITed query (on screen as soon as it is read);
- every matching id (and so the exact count), read in the background; a newer search
  interrupts it.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from core import i18n
from core.cancel import Cancel
from desktop import words
from desktop.plain_text import tooltip

if TYPE_CHECKING:
    from core.dto import CustomerRow
    from core.services.customers import CustomerService

log = logging.getLogger("guichet.desktop")

_AUTOMATIC = ("card", "sepa_debit")
MAX_PAGE = 1000  # CustomerService.rows serves at most 1000 rows per call
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_USER = Qt.ItemDataRole.UserRole.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
_ROLES = frozenset((_DISPLAY, _DECORATION, _TOOLTIP, _USER, _ACCESSIBLE))


@dataclass(frozen=True)
class _Found:
    """What a worker job found: rows, the ids of every match, a count (refresh)."""

    rows: list[CustomerRow] = field(default_factory=list)
    ids: Sequence[int] | None = None
    count: int = -1
    wanted: tuple[int, ...] = ()  # the ids a row fetch asked for
    last: int = -1  # the last row of the span a row fetch was about


@dataclass(frozen=True)
class _Result:
    kind: str  # page | ids | rows | refresh
    generation: int
    first: int = 0  # the first row the job was about
    found: _Found | None = None
    error: BaseException | None = None


class _Generation:
    """The current search's number, shared with the workers (they never hold the model: a
    Qt object must not be freed on a worker thread)."""

    value = 0


class _Bridge(QObject):
    """Carries results from the worker threads back to the GUI thread (queued signal)."""

    done = Signal(object)


class CustomerTableModel(QAbstractTableModel):
    """One row per matching id; rows are read for the range the view shows.

    ``rowCount`` is the number of matches as soon as the ids are known (before that, the
    first page), so the scroll bar spans the whole list from then on and dragging it to
    the end reads only the rows shown there.
    """

    # How each one pays is what staff look for: the method comes right after the name.
    COLUMNS = ("reference", "name", "payment_method", "badges", "city", "email", "company")
    SORT_KEYS = {0: "reference", 1: "name", 4: "city", 5: "email", 6: "company"}
    # The quick filters above the list (core.services.customers.QUICK_FILTERS).
    FILTERS = ("greylisted", "offline", "unusable", "overdue")

    loaded = Signal()  # the first page, every id (the count) or a refresh arrived
    counted = Signal(int)  # every matching id is known: the exact count
    rowsFetched = Signal(int, int)  # rows first..last were read for the view
    failed = Signal(object)  # the core refused or broke (the exception)
    methodRegistered = Signal(str)  # reference of a customer who registered a method via link

    def __init__(
        self,
        customers: CustomerService,
        *,
        language: str = "en",
        page_size: int = 100,
        cache_size: int = 3000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._customers = customers
        self._language = language
        self._page_size = max(1, min(page_size, MAX_PAGE))
        self._margin = max(20, self._page_size // 2)  # rows read beyond what the view asks
        self._cache_size = max(cache_size, 2 * MAX_PAGE)
        self._ids: Sequence[int] = []
        self._complete = False  # _ids holds every match (not only the first page)
        self._first_page = False  # this search's first page is on screen
        self._cache: OrderedDict[int, CustomerRow] = OrderedDict()  # id → row, least recent first
        self._asking: set[int] = set()  # ids a worker is reading
        self._gone: set[int] = set()  # ids that no longer exist (deleted meanwhile)
        self._wanted: set[int] = set()  # rows the view painted without data
        self._fetched = 0  # rows read since the last search (what scrolling cost)
        self._query = ""
        self._filters: tuple[str, ...] = ()
        self._sort = "reference"
        self._descending = False
        self._current = _Generation()
        self._cancel: Cancel | None = None
        # The first page and the rows on screen: short reads, never behind a long one.
        self._pages: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="guichet-search"
        )
        # Every id, the count, refreshes: may take a second on a million customers.
        self._background: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="guichet-search-ids"
        )
        self._icons: dict[str, QIcon] = {}
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._on_bridge_done)
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # --- public API ------------------------------------------------------------------------
    def query(self) -> str:
        return self._query

    def total(self) -> int:
        """The number of matches, or -1 while it is still being counted."""
        return len(self._ids) if self._complete else -1

    def is_complete(self) -> bool:
        """Every matching id is known (and so the count)."""
        return self._complete

    def sort_column(self) -> int:
        return next(c for c, key in self.SORT_KEYS.items() if key == self._sort)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def is_busy(self) -> bool:
        """The current search's first page is not on screen yet."""
        return not self._first_page

    def first_page_size(self) -> int:
        return self._page_size

    def rows_fetched(self) -> int:
        """How many rows were read for the view since the last search started."""
        return self._fetched

    def cached_rows(self) -> int:
        return len(self._cache)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> CustomerRow | None:
        """The row if it has been read (the view asks for it otherwise)."""
        customer_id = self.id_at(row)
        return None if customer_id is None else self._cache.get(customer_id)

    def row_of(self, customer_id: int) -> int:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    def contains(self, customer_id: int) -> bool:
        """Whether the current search finds this customer (read yet or not)."""
        return customer_id in self._ids

    def set_query(self, text: str) -> None:
        """Search again from the first page (results arrive later, see ``loaded``)."""
        self._query = text.strip()
        self._reload()

    def filters(self) -> tuple[str, ...]:
        return self._filters

    def set_filters(self, filters: Sequence[str]) -> None:
        """Show only the customers every one of ``filters`` holds for (with the query)."""
        wanted = tuple(f for f in self.FILTERS if f in filters)
        if wanted != self._filters:
            self._filters = wanted
            self._reload()

    def reload(self) -> None:
        self._reload()

    def refresh_range(self, first: int, last: int) -> None:
        """Re-read rows ``first..last`` (e.g. the visible ones) after someone changed data."""
        if not self._complete or not self._ids:
            self._reload()
            return
        first = max(0, first)
        last = min(len(self._ids) - 1, max(first, last), first + MAX_PAGE - 1)
        wanted = tuple(self._ids[first : last + 1])
        query, filters, customers = self._query, self._filters, self._customers

        def job() -> _Found:
            return _Found(
                rows=customers.rows(wanted),
                count=customers.count(query, filters=filters),
                wanted=wanted,
            )

        self._submit(self._background, "refresh", first, job)

    def shutdown(self) -> None:
        """Stop the workers; late results are dropped."""
        self._current.value += 1
        self._fetch_timer.stop()
        if self._cancel is not None:
            self._cancel.set()
        for executor in (self._pages, self._background):
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
        self._pages = self._background = None

    # --- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
            self.tr("City"),
            self.tr("Email"),
            self.tr("Company"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        # Painting a screenful asks for ~10 roles of ~150 cells: answer the unused ones first.
        if role not in _ROLES or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._ids):
            return None
        customer_id = self._ids[number]
        if role == _USER:
            return customer_id
        item = self._cache.get(customer_id)
        if item is None:
            if customer_id not in self._gone:
                self._want(number)
            return None
        column = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        if role == _DISPLAY:
            self._cache.move_to_end(customer_id)
            if column == "reference":
                return item.reference
            if column == "name":
                return item.name
            if column == "company":
                return item.company
            if column == "city":
                return item.city
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
            return None
        if role == _DECORATION:
            return self._badge_icon(item) if column == "reference" else None
        if role == _TOOLTIP:
            if column == "reference" and self.badges(item):
                # The coloured dot stands for the badges when their column is scrolled away.
                return tooltip(f"{item.reference} — {' · '.join(self.badges(item))}")
            return tooltip(self.data(index, _DISPLAY))
        if role == _ACCESSIBLE and column == "badges":
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
        self._current.value += 1
        if self._cancel is not None:
            self._cancel.set()  # the previous search's ids are no longer wanted
        self._cancel = Cancel()
        self._first_page = False
        self._complete = False
        self._fetched = 0
        self._wanted.clear()
        self._asking.clear()
        query, sort, desc, size = self._query, self._sort, self._descending, self._page_size
        filters, customers = self._filters, self._customers

        def page() -> _Found:
            return _Found(
                rows=customers.first_page(
                    query, limit=size, sort=sort, descending=desc, filters=filters
                )
            )

        self._submit(self._pages, "page", 0, page)

    def _count(self) -> None:
        """Every id of the search (and so its count), once its first page is on screen.

        Started only then, so the first page never shares the processor with it; a newer
        search interrupts it.
        """
        query, sort, desc, cancel = self._query, self._sort, self._descending, self._cancel
        filters, customers = self._filters, self._customers

        def ids() -> _Found:
            return _Found(
                ids=customers.search_ids(
                    query, sort=sort, descending=desc, cancel=cancel, filters=filters
                )
            )

        self._submit(self._background, "ids", 0, ids)

    def _want(self, row: int) -> None:
        """The view painted ``row`` without its data: read it (and its neighbours) soon."""
        self._wanted.add(row)
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        """Read the rows the view asked for, in a few contiguous spans with some margin."""
        wanted = sorted(r for r in self._wanted if r < len(self._ids))
        self._wanted.clear()
        if not wanted or self._pages is None:
            return
        spans: list[list[int]] = []
        for row in wanted:
            if spans and row - spans[-1][1] <= 2 * self._margin:
                spans[-1][1] = row
            else:
                spans.append([row, row])
        budget = MAX_PAGE
        for low, high in spans:
            first = max(0, low - self._margin)
            last = min(len(self._ids) - 1, high + self._margin, first + budget - 1)
            if last < first:
                break
            wanted_ids = tuple(
                i
                for i in self._ids[first : last + 1]
                if i not in self._cache and i not in self._asking and i not in self._gone
            )
            if not wanted_ids:
                continue
            budget -= len(wanted_ids)
            self._asking.update(wanted_ids)

            def job(
                wanted_ids: tuple[int, ...] = wanted_ids,
                last: int = last,
                customers: CustomerService = self._customers,
            ) -> _Found:
                return _Found(rows=customers.rows(wanted_ids), wanted=wanted_ids, last=last)

            self._submit(self._pages, "rows", first, job)
            if budget <= 0:
                break

    def _remember(self, rows: Sequence[CustomerRow]) -> None:
        for item in rows:
            self._cache[item.id] = item
            self._cache.move_to_end(item.id)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    def _submit(
        self,
        executor: ThreadPoolExecutor | None,
        kind: str,
        first: int,
        job: Callable[[], _Found],
    ) -> None:
        if executor is None:
            return
        current = self._current
        generation = current.value
        bridge = self._bridge

        def run() -> None:
            if generation != current.value:
                return  # a newer search superseded this one before it started
            try:
                result = _Result(kind, generation, first, found=job())
            except Exception as exc:  # reported on the GUI thread
                result = _Result(kind, generation, first, error=exc)
            try:
                bridge.done.emit(result)
            except RuntimeError:  # the model is gone
                pass

        executor.submit(run)

    def _on_bridge_done(self, result: _Result) -> None:
        if result.generation != self._current.value:
            return
        if result.error is not None:
            if result.kind == "rows":
                self._asking.clear()
            self.failed.emit(result.error)
            return
        found = result.found
        assert found is not None
        if result.kind == "page":
            self._on_first_page(found.rows)
        elif result.kind == "ids":
            if found.ids is None:
                return  # interrupted: a newer search is on its way
            self._on_ids(found.ids)
        elif result.kind == "rows":
            self._on_rows(result.first, found)
        elif result.kind == "refresh":
            self._apply_refresh(result.first, found)

    def _on_first_page(self, rows: list[CustomerRow]) -> None:
        self._first_page = True
        self._remember(rows)
        if self._complete:
            # Every id came first (a small search): these rows only fill what is shown.
            self._changed(0, len(rows) - 1)
            self.loaded.emit()
            return
        self.beginResetModel()
        self._ids = [r.id for r in rows]
        self._gone.clear()
        self._complete = len(rows) < self._page_size  # the page holds every match
        self.endResetModel()
        self.loaded.emit()
        if self._complete:
            self.counted.emit(len(self._ids))
        else:
            self._count()

    def _on_ids(self, ids: Sequence[int]) -> None:
        if self._complete and len(ids) == len(self._ids) and list(ids) == list(self._ids):
            return  # the first page held every match: already counted
        shown = len(self._ids) if self._first_page else 0
        if self._first_page and len(ids) >= shown and list(ids[:shown]) == list(self._ids):
            # The first page is on screen: the rest comes after it, nothing moves.
            self._complete = True
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
            else:
                self._ids = ids
        else:
            # Customers came or went between the two reads (or the ids came first).
            self.beginResetModel()
            self._ids = ids
            self._complete = True
            self._gone.clear()
            self.endResetModel()
        self.loaded.emit()
        self.counted.emit(len(self._ids))

    def _on_rows(self, first: int, found: _Found) -> None:
        self._asking.difference_update(found.wanted)
        self._fetched += len(found.wanted)
        if len(found.rows) < len(found.wanted):  # deleted meanwhile: shown empty, not re-read
            self._gone.update(set(found.wanted) - {r.id for r in found.rows})
        self._remember(found.rows)
        self._changed(first, found.last)
        self.rowsFetched.emit(first, min(found.last, len(self._ids) - 1))

    def _changed(self, first: int, last: int) -> None:
        last = min(last, len(self._ids) - 1)
        if last >= first >= 0:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))

    def _apply_refresh(self, first: int, found: _Found) -> None:
        rows, wanted = found.rows, found.wanted
        same_shape = (
            self._complete
            and found.count == len(self._ids)
            and len(rows) == len(wanted)
            and tuple(self._ids[first : first + len(wanted)]) == wanted
        )
        if not same_shape:
            self._reload()  # rows came or went: search again, the window keeps its selection
            return
        # Rows read before this change may be out of date: keep only what was just read.
        olds = {i: self._cache.get(i) for i in wanted}
        self._cache.clear()
        self._remember(rows)
        for n, item in enumerate(rows):
            old = olds[item.id]
            if old == item:
                continue
            if (
                old is not None
                and old.awaiting_customer
                and not item.awaiting_customer
                and item.payment_method in _AUTOMATIC
                and item.payment_method != old.payment_method
            ):
                self.methodRegistered.emit(item.reference)
            self._changed(first + n, first + n)
        self.loaded.emit()
