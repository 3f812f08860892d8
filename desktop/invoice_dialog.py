"""One invoice whole: its line, net/VAT/total, dates, payments, credit notes, debit and history."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import i18n
from core.dto import InvoiceInfo
from desktop import words
from desktop.customer_detail_pane import _rows
from desktop.documents import DocumentActions
from desktop.operations.invoices import InvoiceDetails
from desktop.plain_text import plain_labels

FRANCHISE_MENTION = "TVA non applicable, art. 293 B du CGI"  # the legal wording, French only


def _html_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class InvoiceDialog(QDialog):
    """Read-only: what staff need to answer a customer about one invoice."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        details: InvoiceDetails,
        customer: str,
        language: str,
        vat_exempt: bool = False,
        document: Callable[[str, Callable[[bytes], None]], None] | None = None,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        """``document(number, then)`` fetches a PDF off the GUI thread and calls ``then``."""
        super().__init__(parent)
        self.setObjectName("invoiceDialog")
        self._document = document
        self._notify = notify
        self.setModal(True)
        self._language = language
        self._vat_exempt = vat_exempt
        inv = details.invoice
        self.setWindowTitle(self.tr("Invoice %1").replace("%1", inv.number))

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)

        self.invoiceTitleLabel = _html_label("invoiceTitleLabel")
        state = words.invoice_state(inv.status, inv.overdue)
        color = "#b3261e" if inv.overdue else "#1d2a38"
        self.invoiceTitleLabel.setText(
            f"<b style='font-size:14pt'>{escape(inv.number)}</b> · "
            f"<b style='color:{color}'>{escape(state)}</b><br>{escape(customer)}"
        )
        layout.addWidget(self.invoiceTitleLabel)

        self.invoiceLinesLabel = self._section(layout, self.tr("Lines"), "invoiceLinesLabel")
        self.invoiceLinesLabel.setText(self._lines_html(inv))
        self.invoiceDatesLabel = self._section(layout, self.tr("Dates"), "invoiceDatesLabel")
        self.invoiceDatesLabel.setText(self._dates_html(inv))
        self.invoicePaymentsLabel = self._section(
            layout, self.tr("Payments"), "invoicePaymentsLabel"
        )
        self.invoicePaymentsLabel.setText(self._payments_html(inv))
        self.invoiceCreditNotesLabel = self._section(
            layout, self.tr("Credit notes"), "invoiceCreditNotesLabel"
        )
        self.invoiceCreditNotesLabel.setText(self._credit_notes_html(inv))
        self.invoiceDebitLabel = self._section(layout, self.tr("Direct debit"), "invoiceDebitLabel")
        self.invoiceDebitLabel.setText(self._debit_html(inv))

        history = QGroupBox(self.tr("History"))
        history.setObjectName("invoiceHistorySection")
        self.invoiceHistoryList = QListWidget()
        self.invoiceHistoryList.setObjectName("invoiceHistoryList")
        self.invoiceHistoryList.setAccessibleName(self.tr("History"))
        self.invoiceHistoryList.setWordWrap(True)
        self.invoiceHistoryList.setMinimumHeight(90)
        lang = language
        for item in details.history:
            self.invoiceHistoryList.addItem(
                f"{i18n.short_datetime(item.at, lang)} · {item.actor_text(lang)} — "
                f"{item.text(lang)}"
            )
        if not details.history:
            self.invoiceHistoryList.addItem(
                self.tr("Issued on %1; nothing has happened to it since.").replace(
                    "%1", i18n.short_date(inv.issued_on, lang)
                )
            )
        QVBoxLayout(history).addWidget(self.invoiceHistoryList)
        layout.addWidget(history, 1)

        self._number = inv.number
        self.document_actions = DocumentActions(
            self, self.tr("Invoice %1").replace("%1", inv.number), f"{inv.number}.pdf"
        )
        buttons = QHBoxLayout()
        self.invoicePdfButton = QPushButton(self.tr("PDF…"))
        self.invoicePdfButton.setObjectName("invoicePdfButton")
        self.invoicePdfButton.setToolTip(self.tr("Save the invoice as a Factur-X PDF"))
        self.invoicePdfButton.clicked.connect(self._on_invoicePdfButton_clicked)
        buttons.addWidget(self.invoicePdfButton)
        self.invoicePrintButton = QPushButton(self.tr("Print…"))
        self.invoicePrintButton.setObjectName("invoicePrintButton")
        self.invoicePrintButton.clicked.connect(self._on_invoicePrintButton_clicked)
        buttons.addWidget(self.invoicePrintButton)
        for button in (self.invoicePdfButton, self.invoicePrintButton):
            button.setEnabled(document is not None)
        self.creditNotePdfButtons: list[QPushButton] = []
        for note in inv.credit_notes:
            button = QPushButton(self.tr("%1 PDF…").replace("%1", note.number))
            button.setObjectName("creditNotePdfButton")
            button.setEnabled(document is not None)
            button.clicked.connect(lambda _=False, n=note.number: self._save_pdf(n))
            buttons.addWidget(button)
            self.creditNotePdfButtons.append(button)
        buttons.addStretch(1)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttonBox.setObjectName("buttonBox")
        self.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttonBox.rejected.connect(self.reject)
        buttons.addWidget(self.buttonBox)
        outer.addLayout(buttons)
        self.resize(640, 760)
        plain_labels(self)

    # --- the document ------------------------------------------------------------------------
    def _on_invoicePdfButton_clicked(self) -> None:
        self._save_pdf(self._number)

    def _save_pdf(self, number: str) -> None:
        if self._document is None:
            return
        actions = (
            self.document_actions
            if number == self._number
            else DocumentActions(self, number, f"{number}.pdf")
        )
        path = actions.ask_save_path()
        if not path:
            return

        def write(pdf: bytes) -> None:
            if not actions.write(path, pdf, self._language):
                return
            if self._notify is not None:
                self._notify(self.tr("%1 saved: %2").replace("%1", number).replace("%2", path))

        self._document(number, write)

    def _on_invoicePrintButton_clicked(self) -> None:
        if self._document is not None:
            self._document(self._number, self._print)

    def _print(self, pdf: bytes) -> None:
        if self.document_actions.print(pdf) and self._notify is not None:
            self._notify(self.tr("%1 sent to the printer.").replace("%1", self._number))

    def _section(self, layout: QVBoxLayout, title: str, name: str) -> QLabel:
        box = QGroupBox(title)
        box.setObjectName(name.replace("Label", "Section"))
        label = _html_label(name)
        QVBoxLayout(box).addWidget(label)
        layout.addWidget(box)
        return label

    def _money(self, cents: int, inv: InvoiceInfo) -> str:
        return escape(i18n.money(cents, inv.currency, self._language))

    def _lines_html(self, inv: InvoiceInfo) -> str:
        lang = self._language
        period = (
            self.tr("period from %1").replace("%1", i18n.short_date(inv.period_start, lang))
            if inv.period_start
            else ""
        )
        line = f"<b>{escape(inv.label)}</b>"
        if period:
            line += f" · {escape(period)}"
        if self._vat_exempt and inv.vat_rate_bp == 0:
            vat_name, vat_value = self.tr("VAT"), escape(FRANCHISE_MENTION)
        else:
            vat_name = self.tr("VAT (%1)").replace("%1", words.vat_rate(inv.vat_rate_bp))
            vat_value = self._money(inv.tax_cents, inv)
        amounts = _rows(
            [
                (self.tr("Net"), self._money(inv.net_cents, inv)),
                (vat_name, vat_value),
                (self.tr("Total"), f"<b>{self._money(inv.amount_cents, inv)}</b>"),
            ]
        )
        return f"{line}<br>{amounts}"

    def _dates_html(self, inv: InvoiceInfo) -> str:
        lang = self._language
        due = escape(i18n.short_date(inv.due_on, lang))
        if inv.overdue:
            due += f" · <b style='color:#b3261e'>{escape(words.overdue())}</b>"
        return _rows(
            [
                (self.tr("Issued"), escape(i18n.short_date(inv.issued_on, lang))),
                (self.tr("Due"), due),
                (self.tr("Paid"), escape(i18n.short_date(inv.paid_on, lang))),
                (self.tr("Collection"), escape(words.collection(inv.collection))),
            ]
        )

    def _payments_html(self, inv: InvoiceInfo) -> str:
        lang = self._language
        if not inv.payments:
            return escape(self.tr("No payment recorded."))
        parts = []
        for pay in inv.payments:
            others = [n for n in pay.invoices if n != inv.number]
            rows = [
                (self.tr("Method"), f"<b>{escape(i18n.method_name(pay.method, lang))}</b>"),
                (self.tr("Date"), escape(i18n.short_date(pay.paid_on, lang))),
                (self.tr("Reference"), escape(pay.reference)),
                (self.tr("Notes"), escape(pay.notes)),
                (
                    self.tr("Recorded"),
                    escape(
                        self.tr("%1 by %2")
                        .replace("%1", i18n.short_datetime(pay.recorded_at, lang))
                        .replace("%2", pay.recorded_by)
                    ),
                ),
                (self.tr("Also settled"), escape(", ".join(others))),
            ]
            parts.append(_rows(rows))
        return "<hr>".join(parts)

    def _credit_notes_html(self, inv: InvoiceInfo) -> str:
        lang = self._language
        if not inv.credit_notes:
            return escape(self.tr("None."))
        parts = []
        for note in inv.credit_notes:
            kind = self.tr("Void") if note.kind == "void" else self.tr("Refund")
            rows = [
                (self.tr("Number"), f"<b>{escape(note.number)}</b> · {escape(kind)}"),
                (self.tr("Issued"), escape(i18n.short_date(note.issued_on, lang))),
                (self.tr("Amount"), escape(i18n.money(note.amount_cents, note.currency, lang))),
                (self.tr("Reason"), escape(note.reason)),
            ]
            parts.append(_rows(rows))
        return "<hr>".join(parts)

    def _debit_html(self, inv: InvoiceInfo) -> str:
        lang = self._language
        debit = inv.debit
        if debit is None:
            if inv.collection == "automatic" and inv.debit_on:
                return escape(
                    self.tr("Debit planned on %1").replace(
                        "%1", i18n.short_date(inv.debit_on, lang)
                    )
                )
            return escape(self.tr("No direct debit."))
        return _rows(
            [
                (
                    self.tr("Batch"),
                    escape(f"{debit.batch} ({words.batch_status(debit.batch_status)})"),
                ),
                (self.tr("Collection date"), escape(i18n.short_date(debit.collection_date, lang))),
                (self.tr("Sequence"), escape(debit.sequence)),
                (self.tr("Debit"), escape(words.debit_status(debit.status))),
                (self.tr("Bank's reason"), escape(words.bank_reason(debit.reason_code))),
            ]
        )

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs) -> None:  # noqa: ANN003
        cls(parent, **kwargs).exec()
