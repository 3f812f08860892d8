"""Record one offline payment (transfer, cheque, cash, other) for one or more due invoices of a customer."""

from __future__ import annotations

from collections.abc import Sequence
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
        self,
        parent: QWidget | None = None,
        *,
        invoice: InvoiceInfo | None = None,
        invoices: Sequence[InvoiceInfo] = (),
        method: str | None = None,
        language: str,
        today: date,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offlinePaymentDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Record a payment"))
        chosen = list(invoices) or ([invoice] if invoice is not None else [])
        if not chosen:
            raise ValueError("no invoice to pay")
        layout = QVBoxLayout(self)
        if len(chosen) == 1:
            one = chosen[0]
            text = (
                self.tr("Invoice %1 · %2 · issued %3")
                .replace("%1", one.number)
                .replace("%2", i18n.money(one.amount_cents, one.currency, language))
                .replace("%3", i18n.short_date(one.issued_on, language))
            )
        else:
            # One cheque or transfer for several invoices: staff check the total against it.
            currency = chosen[0].currency
            total = i18n.money(sum(i.amount_cents for i in chosen), currency, language)
            text = (
                self.tr("One payment for %n invoice(s), %1 in all:", "", len(chosen)).replace(
                    "%1", total
                )
                + "\n"
                + "\n".join(
                    f"• {i.number} · {i.label} · {i18n.money(i.amount_cents, i.currency, language)}"
                    for i in chosen
                )
            )
        summary = QLabel(text)
        summary.setObjectName("invoiceSummaryLabel")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        earliest = min(i.issued_on for i in chosen)
        if any(i.collection == "automatic" for i in chosen):
            warn = QLabel(self.tr("Recording this payment cancels the planned automatic debit."))
            warn.setWordWrap(True)
            warn.setProperty("role", "warning")
            layout.addWidget(warn)

        form = QFormLayout()
        self.paymentKindCombo = QComboBox()
        self.paymentKindCombo.setObjectName("paymentKindCombo")
        for code in v.OFFLINE_PAYMENT_KINDS:
            self.paymentKindCombo.addItem(i18n.method_name(code, language), code)
        # The customer's own offline method is what usually arrives.
        if method is not None and self.paymentKindCombo.findData(method) >= 0:
            self.paymentKindCombo.setCurrentIndex(self.paymentKindCombo.findData(method))
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
        # No silent clamp to a range: a date out of range stays as typed, and the reason
        # shows under it while Record payment waits.
        self._today = today
        self._earliest = earliest
        self._several = len(chosen) > 1
        self._language = language
        self.paymentDateEdit.setDate(QDate(today.year, today.month, today.day))
        date_box = QWidget()
        date_layout = QVBoxLayout(date_box)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.setSpacing(2)
        date_layout.addWidget(self.paymentDateEdit)
        self.paymentDateError = QLabel()
        self.paymentDateError.setObjectName("paymentDateError")
        self.paymentDateError.setProperty("role", "fieldError")
        self.paymentDateError.setWordWrap(True)
        self.paymentDateError.hide()
        date_layout.addWidget(self.paymentDateError)
        date_label = QLabel(self.tr("Payment date"))
        date_label.setBuddy(self.paymentDateEdit)
        form.addRow(date_label, date_box)
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
        self.paymentDateEdit.dateChanged.connect(self._on_paymentDateEdit_dateChanged)
        self._on_paymentDateEdit_dateChanged()
        self.resize(460, 0)
        plain_labels(self)

    def date_error(self) -> str:
        """Why the payment date cannot be taken ('' when it can)."""
        return self.paymentDateError.text() if not self.paymentDateError.isHidden() else ""

    def _reason(self, day: date) -> str:
        if day > self._today:
            return self.tr("Cannot be in the future (today is %1).").replace(
                "%1", i18n.short_date(self._today, self._language)
            )
        if day < self._earliest:
            issued = i18n.short_date(self._earliest, self._language)
            if self._several:
                return self.tr(
                    "Cannot be before %1, when the first of these invoices was issued."
                ).replace("%1", issued)
            return self.tr("Cannot be before the invoice's issue date (%1).").replace("%1", issued)
        return ""

    def _on_paymentDateEdit_dateChanged(self, *_args: object) -> None:
        picked = self.paymentDateEdit.date()
        reason = self._reason(date(picked.year(), picked.month(), picked.day()))
        self.paymentDateError.setText(reason)
        self.paymentDateError.setVisible(bool(reason))
        self.paymentDateEdit.setProperty("invalid", bool(reason))
        self.paymentDateEdit.style().unpolish(self.paymentDateEdit)
        self.paymentDateEdit.style().polish(self.paymentDateEdit)
        self.paymentDateEdit.setAccessibleDescription(reason)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not reason)

    def accept(self) -> None:
        if self.date_error():  # Enter while the date is out of range
            self.paymentDateEdit.setFocus()
            return
        super().accept()

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
