"""The debits of one batch: invoice, customer, sequence, amount, status and the bank's reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from core import i18n
from desktop import words

if TYPE_CHECKING:
    from core.services.debits import DebitLine


class DebitLineTableModel(QAbstractTableModel):
    COLUMNS = ("invoice", "customer", "sequence", "amount", "status", "reason")

    def __init__(self, *, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._lines: list[DebitLine] = []

    def set_lines(self, lines: tuple[DebitLine, ...] | list[DebitLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line_at(self, row: int) -> DebitLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Invoice"),
            self.tr("Customer"),
            self.tr("Sequence"),
            self.tr("Amount"),
            self.tr("Status"),
            self.tr("Bank's reason"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        line = self._lines[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "invoice":
                return line.invoice
            if column == "customer":
                return line.customer_reference
            if column == "sequence":
                if line.presentation > 1:
                    return self.tr("%1 (presented again)").replace("%1", line.sequence)
                return line.sequence
            if column == "amount":
                return i18n.money(line.amount_cents, "EUR", self._language)
            if column == "status":
                return words.debit_status(line.status)
            if column == "reason":
                return words.bank_reason(line.reason_code)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("invoice", "sequence"):
            return self.tr("Mandate (RUM): %1").replace("%1", line.mandate_reference)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
