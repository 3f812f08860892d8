"""One batch in detail: what it holds and where each debit stands with the bank."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from desktop import words
from desktop.debit_line_table_model import DebitLineTableModel
from desktop.plain_text import plain_labels

if TYPE_CHECKING:
    from core.services.debits import BatchDetail


class DebitBatchDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, detail: BatchDetail, language: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("debitBatchDialog")
        batch = detail.batch
        self.setWindowTitle(self.tr("Batch %1").replace("%1", batch.reference))
        layout = QVBoxLayout(self)
        summary = (
            self.tr("Batch %1 · collection on %2 · %3")
            .replace("%1", batch.reference)
            .replace("%2", i18n.short_date(batch.collection_date, language))
            .replace("%3", words.batch_status(batch.status))
        )
        self.batchSummaryLabel = QLabel(summary)
        self.batchSummaryLabel.setObjectName("batchSummaryLabel")
        layout.addWidget(self.batchSummaryLabel)
        totals = (
            self.tr("%n debit(s)", "", batch.count)
            + " · "
            + self.tr("FRST %1 · RCUR %2")
            .replace("%1", str(batch.frst))
            .replace("%2", str(batch.rcur))
            + " · "
            + i18n.money(batch.total_cents, "EUR", language)
        )
        rejected = sum(1 for line in detail.lines if line.status == "rejected")
        if rejected:
            totals += " · " + self.tr("%n rejected", "", rejected)
        self.batchTotalsLabel = QLabel(totals)
        self.batchTotalsLabel.setObjectName("batchTotalsLabel")
        layout.addWidget(self.batchTotalsLabel)

        self.lineModel = DebitLineTableModel(language=language, parent=self)
        self.lineModel.set_lines(detail.lines)
        self.debitLineTable = QTableView()
        self.debitLineTable.setObjectName("debitLineTable")
        self.debitLineTable.setAccessibleName(self.tr("Debits of the batch"))
        self.debitLineTable.setModel(self.lineModel)
        self.debitLineTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.debitLineTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.debitLineTable.verticalHeader().hide()
        self.debitLineTable.setAlternatingRowColors(True)
        self.debitLineTable.setWordWrap(False)
        header = self.debitLineTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.debitLineTable, 1)

        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttonBox.setObjectName("buttonBox")
        self.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self.resize(760, 420)
        plain_labels(self)

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs) -> None:  # noqa: ANN003
        cls(parent, **kwargs).exec()
