"""What staff do to customers and invoices: each action asks, runs one operation, then says what happened."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from core import i18n
from core.bootstrap import Services
from core.dto import CustomerDetail, NewLink, SaveResult
from core.errors import GuichetError
from desktop import msgbox
from desktop.customer_edit_dialog import CustomerEditDialog, CustomerForm, Failed, Submit
from desktop.offline_payment_dialog import OfflinePaymentDialog
from desktop.operations import Operations, customers, invoices, links
from desktop.payment_link_dialog import PaymentLinkDialog
from desktop.reason_dialog import ReasonDialog

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


class RecordActions(QObject):
    """The slots behind the record's actions, the invoice buttons and "New customer".

    Confirmations come first and keep their wording; the change itself is an operation,
    so the window stays live while the core works; what it changed reaches the list and
    the record through the one "changed" signal, then the status bar says it is done.
    """

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        operations: Operations,
        *,
        language: str,
        today: Callable[[], date],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._operations = operations
        self._language = language
        self._today = today

        actions = window.actions_by_name
        actions["actionEdit"].triggered.connect(self._on_actionEdit_triggered)
        actions["actionNewPaymentLink"].triggered.connect(self._on_actionNewPaymentLink_triggered)
        actions["actionRevokeLinks"].triggered.connect(self._on_actionRevokeLinks_triggered)
        actions["actionRemoveFromGreylist"].triggered.connect(
            self._on_actionRemoveFromGreylist_triggered
        )
        actions["actionAnonymize"].triggered.connect(self._on_actionAnonymize_triggered)
        actions["actionDelete"].triggered.connect(self._on_actionDelete_triggered)
        window.actionNewCustomer.triggered.connect(self._on_actionNewCustomer_triggered)
        window.newCustomerButton.clicked.connect(self._on_newCustomerButton_clicked)
        pane = window.detailPane
        pane.recordPaymentButton.clicked.connect(self._on_recordPaymentButton_clicked)
        pane.voidInvoiceButton.clicked.connect(self._on_voidInvoiceButton_clicked)
        pane.refundInvoiceButton.clicked.connect(self._on_refundInvoiceButton_clicked)

    # --- helpers -------------------------------------------------------------------------------
    def _detail(self) -> CustomerDetail | None:
        """The open record, unless a change is still running (its buttons are off meanwhile)."""
        if self._operations.writing():
            return None
        return self._window.current_detail()

    def _say(self, text: str) -> None:
        self._window.show_status(text)

    def _error(self, exc: GuichetError) -> None:
        self._operations.report(exc)

    def _submitter(self, customer_id: int | None) -> Submit:
        def submit(form: CustomerForm, saved: Callable[[SaveResult], None], failed: Failed) -> None:
            self._operations.run(
                customers.save(self._services, customer_id, form).success(saved).failure(failed)
            )

        return submit

    def _show_link(self, link: NewLink) -> None:
        PaymentLinkDialog.ask(
            self._window,
            link=link,
            language=self._language,
            business_name=self._services.settings.business_name,
            notify=self._window.show_status,
        )

    # --- customers -----------------------------------------------------------------------------
    def _on_newCustomerButton_clicked(self) -> None:
        self._on_actionNewCustomer_triggered()

    def _on_actionNewCustomer_triggered(self) -> None:
        if self._operations.writing():
            return
        result = CustomerEditDialog.ask(
            self._window, language=self._language, submit=self._submitter(None)
        )
        if result is not None:
            self._after_save(result, created=True)

    def _on_actionEdit_triggered(self) -> None:
        detail = self._detail()
        if detail is None or detail.anonymized:
            return
        customer_id = detail.id

        def preview(method: str, show: Callable[[str], None], failed: Failed) -> None:
            self._operations.run(
                customers.preview_change(self._services, customer_id, method)
                .success(lambda impact: show(impact.text(self._language)))
                .failure(failed)
            )

        def reload(loaded: Callable[[CustomerDetail], None], failed: Failed) -> None:
            self._operations.run(
                customers.reload(self._services, customer_id).success(loaded).failure(failed)
            )

        result = CustomerEditDialog.ask(
            self._window,
            language=self._language,
            submit=self._submitter(customer_id),
            detail=detail,
            preview=preview,
            reload=reload,
        )
        if result is not None:
            self._after_save(result, created=False)

    def _after_save(self, result: SaveResult, *, created: bool) -> None:
        # The list and the record have already heard of the change; the dialog has closed.
        reference = result.customer.reference
        if created:
            self._window.show_section("customers")  # Ctrl+N works from any page
            self._say(self.tr("Customer %1 created.").replace("%1", reference))
        else:
            self._say(self.tr("Customer %1 saved.").replace("%1", reference))
        if result.link is not None:
            self._show_link(result.link)

    def _on_actionAnonymize_triggered(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        if detail.anonymize_blocker:
            self._error(detail.anonymize_blocker)
            return
        if detail.company.strip():
            keeps = self.tr(
                "As a company, it keeps its company name (%1), which becomes its name, and its address."
            ).replace("%1", detail.company)
        else:
            keeps = self.tr("As an individual, only the country is kept.")
        text = "\n\n".join(
            [
                self.tr("Anonymise %1 (%2)?")
                .replace("%1", detail.name)
                .replace("%2", detail.reference),
                self.tr(
                    "The email, phone, activity history and payment links are erased, and so are "
                    "the bank and card details of its payment methods."
                ),
                keeps,
                self.tr(
                    "The reference and the invoices stay (legal records). This cannot be undone."
                ),
            ]
        )
        if not msgbox.confirm(
            self._window, self.tr("Anonymise"), text, self.tr("Anonymise"), destructive=True
        ):
            return
        reference = detail.reference
        self._operations.run(
            customers.anonymise(self._services, detail.id).success(
                lambda _after: self._say(
                    self.tr("Customer %1 anonymised.").replace("%1", reference)
                )
            )
        )

    def _on_actionDelete_triggered(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        if detail.delete_blocker:
            self._error(detail.delete_blocker)
            return
        text = "\n\n".join(
            [
                self.tr("Delete %1 (%2) permanently?")
                .replace("%1", detail.name)
                .replace("%2", detail.reference),
                self.tr(
                    "The record, its payment methods, payment links, subscriptions and activity "
                    "are erased. It has no invoice. This cannot be undone."
                ),
            ]
        )
        if not msgbox.confirm(
            self._window, self.tr("Delete"), text, self.tr("Delete"), destructive=True
        ):
            return
        self._operations.run(
            customers.delete(self._services, detail.id).success(
                lambda reference: self._say(
                    self.tr("Customer %1 deleted.").replace("%1", reference)
                )
            )
        )

    # --- payment links and the grey list -----------------------------------------------------------
    def _on_actionNewPaymentLink_triggered(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        method = self._choose_link_method(detail)
        if method is None:
            return
        self._operations.run(
            links.create_link(self._services, detail.id, method).success(self._show_link)
        )

    def _choose_link_method(self, detail: CustomerDetail) -> str | None:
        """Card or SEPA: the edit dialog's method list does the same; here a quick choice."""
        card = i18n.method_name("card", self._language)
        sepa = i18n.method_name("sepa_debit", self._language)
        text = self.tr("Which payment method should %1 register through the link?").replace(
            "%1", detail.name
        )
        if detail.pending_link is not None:
            text += "\n" + self.tr("The link already waiting will be revoked.")
        if detail.greylisted:
            text += "\n" + self.tr(
                "Warning: this customer is grey-listed; the form will refuse them."
            )
        return msgbox.choose(
            self._window,
            self.tr("New payment link"),
            text,
            [("sepa_debit", sepa), ("card", card)],
        )

    def _on_actionRevokeLinks_triggered(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        live = [link for link in detail.links if link.live]
        lines = [
            "• "
            + self.tr("%1, expires %2")
            .replace("%1", i18n.method_name(link.method, self._language))
            .replace("%2", i18n.short_datetime(link.expires_at, self._language))
            for link in live
        ]
        text = (
            self.tr("Revoke the payment links of %1 (%2)?")
            .replace("%1", detail.name)
            .replace("%2", detail.reference)
            + "\n\n"
            + self.tr("These links stop working at once:")
            + "\n"
            + "\n".join(lines)
            + "\n\n"
            + self.tr("You can make a new link afterwards.")
        )
        if not msgbox.confirm(
            self._window, self.tr("Revoke links"), text, self.tr("Revoke links"), destructive=True
        ):
            return
        self._operations.run(
            links.revoke_links(self._services, detail.id).success(
                lambda count: self._say(self.tr("%n payment link(s) revoked.", "", count))
            )
        )

    def _on_actionRemoveFromGreylist_triggered(self) -> None:
        detail = self._detail()
        if detail is None or not detail.greylisted:
            return
        text = (
            self.tr("Remove %1 (%2) from the grey list?")
            .replace("%1", detail.name)
            .replace("%2", detail.reference)
            + "\n\n"
            + self.tr(
                "They can use the payment form again and their count of failed attempts "
                "(%1) goes back to zero. New failures can put them back on the grey list."
            ).replace("%1", str(detail.failed_attempts))
        )
        if not msgbox.confirm(
            self._window, self.tr("Grey list"), text, self.tr("Remove from grey list")
        ):
            return
        reference = detail.reference
        self._operations.run(
            links.lift_greylist(self._services, detail.id).success(
                lambda _none: self._say(
                    self.tr("%1 removed from the grey list.").replace("%1", reference)
                )
            )
        )

    # --- invoices ----------------------------------------------------------------------------------
    def _on_recordPaymentButton_clicked(self) -> None:
        detail = self._detail()
        invoice = self._window.detailPane.selected_invoice()
        if detail is None or invoice is None or invoice.status != "due":
            return
        payment = OfflinePaymentDialog.ask(
            self._window, invoice=invoice, language=self._language, today=self._today()
        )
        if payment is None:
            return
        number = invoice.number
        self._operations.run(
            invoices.record_payment(self._services, detail.id, invoice.id, payment).success(
                lambda _paid: self._say(self.tr("Invoice %1 marked as paid.").replace("%1", number))
            )
        )

    def _on_voidInvoiceButton_clicked(self) -> None:
        detail = self._detail()
        invoice = self._window.detailPane.selected_invoice()
        if detail is None or invoice is None or invoice.status != "due":
            return
        reason = ReasonDialog.ask(
            self._window,
            title=self.tr("Void invoice %1").replace("%1", invoice.number),
            prompt=self.tr(
                "Invoice %1 will be void: it will no longer be due and no debit will be made. Why?"
            ).replace("%1", invoice.number),
            confirm_label=self.tr("Void invoice"),
        )
        if not reason:
            return
        number = invoice.number
        self._operations.run(
            invoices.void(self._services, detail.id, invoice.id, reason).success(
                lambda _void: self._say(self.tr("Invoice %1 voided.").replace("%1", number))
            )
        )

    def _on_refundInvoiceButton_clicked(self) -> None:
        detail = self._detail()
        invoice = self._window.detailPane.selected_invoice()
        if detail is None or invoice is None or invoice.status != "paid":
            return
        amount = i18n.money(invoice.amount_cents, invoice.currency, self._language)
        reason = ReasonDialog.ask(
            self._window,
            title=self.tr("Refund invoice %1").replace("%1", invoice.number),
            prompt=self.tr("Invoice %1 will be marked as refunded in full (%2). Why?")
            .replace("%1", invoice.number)
            .replace("%2", amount),
            confirm_label=self.tr("Refund"),
        )
        if not reason:
            return
        number = invoice.number
        self._operations.run(
            invoices.refund(self._services, detail.id, invoice.id, reason).success(
                lambda _refunded: self._say(self.tr("Invoice %1 refunded.").replace("%1", number))
            )
        )
