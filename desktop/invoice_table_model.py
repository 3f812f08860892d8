"""The open customer's invoices: number, date, amount, status ("Honorée", "En retard", its credit note), and how each is collected."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core import i18n
from desktop import words

if TYPE_CHECKING:
    from core.dto import InvoiceInfo


class InvoiceTableModel(QAbstractTableModel):
    COLUMNS = ("number", "issued_on", "label", "amount", "status", "collection")

    def __init__(self, *, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._invoices: list[InvoiceInfo] = []

    def set_invoices(self, invoices: tuple[InvoiceInfo, ...] | list[InvoiceInfo]) -> None:
        self.beginResetModel()
        self._invoices = list(invoices)
        self.endResetModel()

    def invoice_at(self, row: int) -> InvoiceInfo | None:
        return self._invoices[row] if 0 <= row < len(self._invoices) else None

    def row_of(self, invoice_id: int) -> int:
        for number, inv in enumerate(self._invoices):
            if inv.id == invoice_id:
                return number
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._invoices)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Label"),
            self.tr("Amount"),
            self.tr("Status"),
            self.tr("Collection"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._invoices):
            return None
        inv = self._invoices[index.row()]
        column = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                return inv.number
            if column == "issued_on":
                return i18n.short_date(inv.issued_on, self._language)
            if column == "label":
                return inv.label
            if column == "amount":
                return i18n.money(inv.amount_cents, inv.currency, self._language)
            if column == "status":
                return self._status_text(inv)
            if column == "collection":
                return self._collection_text(inv)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "collection":
                return self._collection_tooltip(inv)
            if column == "status" and inv.overdue and inv.due_on is not None:
                return self.tr("Due on %1").replace(
                    "%1", i18n.short_date(inv.due_on, self._language)
                )
            if column == "status" and inv.reason_code:
                return words.bank_reason(inv.reason_code)
            if column == "status" and inv.reason:
                return inv.reason
            if column == "status" and inv.paid_on:
                return i18n.short_date(inv.paid_on, self._language)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and inv.overdue:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return inv.id
        return None

    def _status_text(self, inv: InvoiceInfo) -> str:
        """ "Due · Overdue", or the credit note that cancelled it: "Void · AV2026-000001"."""
        text = words.invoice_state(inv.status, inv.overdue)
        notes = " ".join(note.number for note in inv.credit_notes)
        return f"{text} · {notes}" if notes else text

    def _collection_text(self, inv: InvoiceInfo) -> str:
        """How the invoice is collected; once in a SEPA batch, where its debit stands."""
        debit = inv.debit
        lang = self._language
        if debit is None:
            return words.collection(inv.collection) if inv.status == "due" else ""
        if debit.reason_code:  # rejected, or returned after the bank had collected it
            return words.bank_reason(debit.reason_code)
        if debit.status == "pending" and debit.batch_status == "prepared":
            return f"{debit.batch} · {i18n.short_date(debit.collection_date, lang)}"
        if debit.status == "pending":
            return f"{debit.batch} · {words.debit_status(debit.status)}"
        return (
            f"{words.debit_status(debit.status)} · {i18n.short_date(debit.collection_date, lang)}"
        )

    def _collection_tooltip(self, inv: InvoiceInfo) -> str | None:
        debit = inv.debit
        lang = self._language
        if debit is None:
            if inv.status == "due" and inv.collection == "automatic" and inv.debit_on:
                return self.tr("Debit planned on %1").replace(
                    "%1", i18n.short_date(inv.debit_on, lang)
                )
            return None
        lines = [
            self.tr("Batch %1 (%2)")
            .replace("%1", debit.batch)
            .replace("%2", words.batch_status(debit.batch_status)),
            self.tr("Collection date: %1").replace(
                "%1", i18n.short_date(debit.collection_date, lang)
            ),
            self.tr("Sequence: %1").replace("%1", debit.sequence),
        ]
        if debit.reason_code and debit.status != "rejected":
            lines.append(self.tr("Debit: returned after it was collected"))
        else:
            lines.append(self.tr("Debit: %1").replace("%1", words.debit_status(debit.status)))
        reason = debit.reason_code or inv.reason_code  # a re-presented debit: the first refusal
        if reason:
            lines.append(self.tr("Bank's reason: %1").replace("%1", words.bank_reason(reason)))
        return "<qt>" + "<br>".join(escape(line) for line in lines) + "</qt>"

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
