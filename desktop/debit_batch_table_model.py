"""The debit batches ("remises"): reference, collection date, count, FRST/RCUR, total, status."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from core import i18n
from desktop import words

if TYPE_CHECKING:
    from core.services.debits import BatchInfo

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class DebitBatchTableModel(QAbstractTableModel):
    """Every batch, newest collection date first (the order the core gives)."""

    COLUMNS = ("reference", "collection_date", "count", "frst", "rcur", "total", "status")

    def __init__(self, *, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._batches: list[BatchInfo] = []

    def set_batches(self, batches: list[BatchInfo]) -> None:
        self.beginResetModel()
        self._batches = list(batches)
        self.endResetModel()

    def batch_at(self, row: int) -> BatchInfo | None:
        return self._batches[row] if 0 <= row < len(self._batches) else None

    def row_of(self, reference: str) -> int:
        for row, batch in enumerate(self._batches):
            if batch.reference == reference:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Batch"),
                self.tr("Collection date"),
                self.tr("Debits"),
                self.tr("FRST"),
                self.tr("RCUR"),
                self.tr("Total"),
                self.tr("Status"),
            )
            return titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                "count": self.tr("Number of debits in the batch"),
                "frst": self.tr("First debits on a mandate (FRST)"),
                "rcur": self.tr("Recurring debits (RCUR)"),
            }
            return tips.get(self.COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._batches):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        batch = self._batches[index.row()]
        column = self.COLUMNS[index.column()]
        lang = self._language
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "reference":
                return batch.reference
            if column == "collection_date":
                return i18n.short_date(batch.collection_date, lang)
            if column == "status":
                return words.batch_status(batch.status)
            if column == "count":
                return str(batch.count)
            if column == "frst":
                return str(batch.frst)
            if column == "rcur":
                return str(batch.rcur)
            if column == "total":
                return i18n.money(batch.total_cents, "EUR", lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._history(batch)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == "total":
                return _RIGHT
            if column in ("count", "frst", "rcur"):
                return _CENTER
        if role == Qt.ItemDataRole.UserRole:
            return batch.reference
        return None

    def _history(self, batch: BatchInfo) -> str:
        lang = self._language
        lines = [
            self.tr("Message id: %1").replace("%1", batch.message_id),
            self.tr("Prepared on %1").replace("%1", i18n.short_datetime(batch.created_at, lang)),
        ]
        if batch.exported_at is not None:
            lines.append(
                self.tr("Exported on %1").replace(
                    "%1", i18n.short_datetime(batch.exported_at, lang)
                )
            )
        if batch.settled_at is not None:
            lines.append(
                self.tr("Settled on %1").replace("%1", i18n.short_datetime(batch.settled_at, lang))
            )
        return "<qt>" + "<br>".join(escape(line) for line in lines) + "</qt>"

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
