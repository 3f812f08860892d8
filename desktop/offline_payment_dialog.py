"""Record an offline payment (transfer, cheque, cash, other) of one due invoice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core import validation as v
from core.dto import InvoiceInfo
from desktop.plain_text import plain_labels


@dataclass(frozen=True)
class OfflinePayment:
    method: str
    paid_on: date
    reference: str
    notes: str


class OfflinePaymentDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, invoice: InvoiceInfo, language: str, today: date
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offlinePaymentDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Record a payment"))
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("Invoice %1 · %2 · issued %3")
            .replace("%1", invoice.number)
            .replace("%2", i18n.money(invoice.amount_cents, invoice.currency, language))
            .replace("%3", i18n.short_date(invoice.issued_on, language))
        )
        summary.setObjectName("invoiceSummaryLabel")
        layout.addWidget(summary)
        if invoice.collection == "automatic":
            warn = QLabel(self.tr("Recording this payment cancels the planned automatic debit."))
            warn.setWordWrap(True)
            warn.setProperty("role", "warning")
            layout.addWidget(warn)

        form = QFormLayout()
        self.paymentKindCombo = QComboBox()
        self.paymentKindCombo.setObjectName("paymentKindCombo")
        for code in v.OFFLINE_PAYMENT_KINDS:
            self.paymentKindCombo.addItem(i18n.method_name(code, language), code)
        form.addRow(self.tr("Received by"), self.paymentKindCombo)
        self.paymentDateEdit = QDateEdit()
        self.paymentDateEdit.setObjectName("paymentDateEdit")
        self.paymentDateEdit.setCalendarPopup(True)
        self.paymentDateEdit.setDisplayFormat("dd/MM/yyyy")
        self.paymentDateEdit.setLocale(
            QLocale(QLocale.Language.French, QLocale.Country.France)
            if language == "fr"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        today_q = QDate(today.year, today.month, today.day)
        self.paymentDateEdit.setMaximumDate(today_q)
        self.paymentDateEdit.setMinimumDate(
            QDate(invoice.issued_on.year, invoice.issued_on.month, invoice.issued_on.day).addYears(
                -1
            )
        )
        self.paymentDateEdit.setDate(today_q)
        form.addRow(self.tr("Payment date"), self.paymentDateEdit)
        self.paymentReferenceEdit = QLineEdit()
        self.paymentReferenceEdit.setObjectName("paymentReferenceEdit")
        self.paymentReferenceEdit.setMaxLength(100)
        self.paymentReferenceEdit.setPlaceholderText(
            self.tr("e.g. cheque number, transfer reference")
        )
        form.addRow(self.tr("Reference"), self.paymentReferenceEdit)
        self.paymentNotesEdit = QPlainTextEdit()
        self.paymentNotesEdit.setObjectName("paymentNotesEdit")
        self.paymentNotesEdit.setTabChangesFocus(True)
        self.paymentNotesEdit.setFixedHeight(70)
        form.addRow(self.tr("Notes"), self.paymentNotesEdit)
        layout.addLayout(form)

        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttonBox.setObjectName("buttonBox")
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record payment"))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        layout.addWidget(self.buttonBox)
        self.resize(460, 0)
        plain_labels(self)

    def value(self) -> OfflinePayment:
        day = self.paymentDateEdit.date()
        return OfflinePayment(
            method=self.paymentKindCombo.currentData(),
            paid_on=date(day.year(), day.month(), day.day()),
            reference=self.paymentReferenceEdit.text().strip(),
            notes=self.paymentNotesEdit.toPlainText().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs) -> OfflinePayment | None:  # noqa: ANN003
        dialog = cls(parent, **kwargs)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
