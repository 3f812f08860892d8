"""Every invoice of the invoices page: number, dates, customer, label, amounts, status, credit notes."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core import i18n
from core.dto import InvoiceRow
from desktop import words


class InvoiceListModel(QAbstractTableModel):
    """Holds the rows of one search; filtering and totals happen in the core."""

    COLUMNS = (
        "number", "issued_on", "due_on", "customer", "label", "net", "tax", "amount", "status",
        "credit_notes",
    )  # fmt: skip
    MONEY = ("net", "tax", "amount")

    def __init__(self, *, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[InvoiceRow] = []

    def set_rows(self, rows: tuple[InvoiceRow, ...] | list[InvoiceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> InvoiceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, number: str) -> int:
        for row, found in enumerate(self._rows):
            if found.invoice.number == number:
                return row
        return -1

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
            self.tr("Number"),
            self.tr("Issued"),
            self.tr("Due"),
            self.tr("Customer"),
            self.tr("Label"),
            self.tr("Net"),
            self.tr("VAT"),
            self.tr("Total"),
            self.tr("Status"),
            self.tr("Credit note"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        inv = row.invoice
        column = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        lang = self._language
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                return inv.number
            if column == "issued_on":
                return i18n.short_date(inv.issued_on, lang)
            if column == "due_on":
                return i18n.short_date(inv.due_on, lang)
            if column == "customer":
                return f"{row.customer_name} ({row.customer_reference})"
            if column == "label":
                return inv.label
            if column == "net":
                return i18n.money(inv.net_cents, inv.currency, lang)
            if column == "tax":
                return i18n.money(inv.tax_cents, inv.currency, lang)
            if column == "amount":
                return i18n.money(inv.amount_cents, inv.currency, lang)
            if column == "status":
                return words.invoice_state(inv.status, inv.overdue)
            if column == "credit_notes":
                return " ".join(note.number for note in inv.credit_notes)
        if role == Qt.ItemDataRole.ToolTipRole and column == "status":
            if inv.paid_on:
                return i18n.short_date(inv.paid_on, lang)
            return inv.reason or None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and inv.overdue:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return inv.number
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
