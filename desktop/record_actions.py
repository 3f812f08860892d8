"""What staff do to customers, subscriptions and invoices: each action asks, runs one operation, then says what happened."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from core import i18n
from core.bootstrap import Services
from core.errors import GuichetError
from desktop import msgbox, words
from desktop.operations import Operations, Write, customers, invoices, links, subscriptions

# The dialogs are imported when first opened: a start shows none of them.
if TYPE_CHECKING:
    from core.dto import CreditNoteInfo, CustomerDetail, InvoiceInfo, NewLink, SaveResult
    from desktop.customer_edit_dialog import CustomerForm, Failed, Submit
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
        pane.openInvoiceButton.clicked.connect(self._on_openInvoiceButton_clicked)
        pane.moveToDebitButton.clicked.connect(self._on_moveToDebitButton_clicked)
        pane.invoiceTable.activated.connect(self._on_invoiceTable_activated)
        pane.addSubscriptionButton.clicked.connect(self._on_addSubscriptionButton_clicked)
        pane.changeSubscriptionButton.clicked.connect(self._on_changeSubscriptionButton_clicked)
        pane.suspendSubscriptionButton.clicked.connect(self._on_suspendSubscriptionButton_clicked)
        pane.resumeSubscriptionButton.clicked.connect(self._on_resumeSubscriptionButton_clicked)
        pane.terminateSubscriptionButton.clicked.connect(
            self._on_terminateSubscriptionButton_clicked
        )

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
        if self._window.portal_answers() is False:
            # The link is made and kept: it works as soon as the form runs again.
            msgbox.error(
                self._window,
                self.tr("Payment form not answering"),
                self.tr(
                    "The payment form does not answer at %1. The link is made and will work as "
                    "soon as the form runs; until then the customer cannot use it."
                ).replace("%1", self._window.portalHealth.portal_url),
            )
        from desktop.payment_link_dialog import PaymentLinkDialog

        PaymentLinkDialog.ask(
            self._window,
            link=link,
            language=self._language,
            business_name=self._services.settings.business_name,
            notify=self._window.show_status,
            letter=self._letter,
        )

    def _letter(self, link: NewLink, then: Callable[[bytes], None]) -> None:
        self._operations.run(links.letter(self._services, link).success(then))

    # --- customers -----------------------------------------------------------------------------
    def _on_newCustomerButton_clicked(self) -> None:
        self._on_actionNewCustomer_triggered()

    def _on_actionNewCustomer_triggered(self) -> None:
        if self._operations.writing():
            return
        from desktop.customer_edit_dialog import CustomerEditDialog

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

        from desktop.customer_edit_dialog import CustomerEditDialog

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

    # --- subscriptions -------------------------------------------------------------------------------
    def _on_addSubscriptionButton_clicked(self) -> None:
        detail = self._detail()
        if detail is None or detail.anonymized:
            return
        from desktop.subscription_dialog import NewSubscriptionDialog

        new = NewSubscriptionDialog.ask(
            self._window, customer_name=detail.name, language=self._language, today=self._today()
        )
        if new is None:
            return
        self._operations.run(
            subscriptions.add(
                self._services,
                detail.id,
                label=new.label,
                amount_cents=new.amount_cents,
                period=new.period,
                start=new.start,
                vat_rate=new.vat_rate,
            ).success(
                lambda sub: self._say(self.tr("Subscription %1 added.").replace("%1", sub.label))
            )
        )

    def _on_changeSubscriptionButton_clicked(self) -> None:
        detail = self._detail()
        sub = self._window.detailPane.selected_subscription()
        if detail is None or sub is None:
            return
        from desktop.subscription_dialog import SubscriptionPriceDialog

        cents = SubscriptionPriceDialog.ask(self._window, subscription=sub, language=self._language)
        if cents is None:
            return
        self._operations.run(
            subscriptions.change_price(self._services, detail.id, sub.id, cents).success(
                lambda after: self._say(
                    self.tr("New price of %1: %2, from the next invoice.")
                    .replace("%1", after.label)
                    .replace("%2", i18n.money(after.amount_cents, after.currency, self._language))
                )
            )
        )

    def _on_suspendSubscriptionButton_clicked(self) -> None:
        detail = self._detail()
        sub = self._window.detailPane.selected_subscription()
        if detail is None or sub is None or sub.status != "active":
            return
        text = "\n\n".join(
            [
                self.tr("Suspend %1 of %2 (%3)?")
                .replace("%1", sub.label)
                .replace("%2", detail.name)
                .replace("%3", detail.reference),
                self.tr(
                    "No invoice is issued while it is suspended (the next one was due on %1). "
                    "Invoices already issued stay due."
                ).replace("%1", i18n.short_date(sub.next_billing_on, self._language)),
                self.tr(
                    "Once resumed, billing starts again with the next period; the suspended "
                    "periods are never billed."
                ),
            ]
        )
        if not msgbox.confirm(self._window, self.tr("Suspend"), text, self.tr("Suspend")):
            return
        self._operations.run(
            subscriptions.suspend(self._services, detail.id, sub.id).success(
                lambda after: self._say(
                    self.tr("Subscription %1 suspended.").replace("%1", after.label)
                )
            )
        )

    def _on_resumeSubscriptionButton_clicked(self) -> None:
        detail = self._detail()
        sub = self._window.detailPane.selected_subscription()
        if detail is None or sub is None or sub.status != "suspended":
            return
        text = "\n\n".join(
            [
                self.tr("Resume %1 of %2 (%3)?")
                .replace("%1", sub.label)
                .replace("%2", detail.name)
                .replace("%3", detail.reference),
                self.tr(
                    "Billing starts again with the next period from today; the periods while "
                    "it was suspended are not billed."
                ),
            ]
        )
        if not msgbox.confirm(self._window, self.tr("Resume"), text, self.tr("Resume")):
            return
        self._operations.run(
            subscriptions.resume(self._services, detail.id, sub.id).success(
                lambda after: self._say(
                    self.tr("Subscription %1 resumed: next invoice on %2.")
                    .replace("%1", after.label)
                    .replace("%2", i18n.short_date(after.next_billing_on, self._language))
                )
            )
        )

    def _on_terminateSubscriptionButton_clicked(self) -> None:
        detail = self._detail()
        sub = self._window.detailPane.selected_subscription()
        if detail is None or sub is None or sub.status == "terminated":
            return
        # The dialog is the confirmation: it names the subscription and says what follows.
        from desktop.subscription_dialog import TerminateSubscriptionDialog

        day = TerminateSubscriptionDialog.ask(
            self._window, subscription=sub, language=self._language, today=self._today()
        )
        if day is None:
            return
        self._operations.run(
            subscriptions.terminate(self._services, detail.id, sub.id, day).success(
                lambda after: self._say(
                    self.tr("Subscription %1 terminated: nothing billed from %2.")
                    .replace("%1", after.label)
                    .replace("%2", i18n.short_date(day, self._language))
                )
            )
        )

    # --- invoices ----------------------------------------------------------------------------------
    def open_invoice(self, number: str, customer: str) -> None:
        """Read the invoice whole off the GUI thread, then show it (``customer``: who it bills)."""
        from desktop.invoice_dialog import InvoiceDialog

        self._operations.run(
            invoices.details(self._services, number).success(
                lambda details: InvoiceDialog.ask(
                    self._window,
                    details=details,
                    customer=customer,
                    language=self._language,
                    vat_exempt=self._services.settings.vat_exempt,
                    document=self._invoice_document,
                    notify=self._say,
                )
            )
        )

    def _invoice_document(self, number: str, then: Callable[[bytes], None]) -> None:
        self._operations.run(invoices.pdf(self._services, number).success(then))

    def _on_invoiceTable_activated(self, _index: object) -> None:
        self._on_openInvoiceButton_clicked()

    def _on_openInvoiceButton_clicked(self) -> None:
        detail = self._window.current_detail()
        invoice = self._window.detailPane.selected_invoice()
        if detail is None or invoice is None:
            return
        self.open_invoice(invoice.number, f"{detail.name} ({detail.reference})")

    def _on_recordPaymentButton_clicked(self) -> None:
        detail = self._detail()
        chosen = self._window.detailPane.selected_invoices()
        if detail is None or not chosen or any(inv.status != "due" for inv in chosen):
            return
        method = detail.payment_method
        own = method.method if method is not None and not method.automatic else None
        from desktop.offline_payment_dialog import OfflinePaymentDialog

        payment = OfflinePaymentDialog.ask(
            self._window,
            invoices=chosen,
            method=own,
            language=self._language,
            today=self._today(),
        )
        if payment is None:
            return
        numbers = [inv.number for inv in chosen]
        self._operations.run(
            invoices.record_payments(
                self._services, detail.id, [inv.id for inv in chosen], payment
            ).success(lambda _paid: self._say(self._paid_text(numbers)))
        )

    def _on_moveToDebitButton_clicked(self) -> None:
        detail = self._detail()
        if detail is None or not detail.debit_candidates:
            return
        found = detail.debit_candidates
        pm = detail.payment_method
        total = i18n.money(
            sum(inv.amount_cents for inv in found), found[0].currency, self._language
        )
        days = self._services.settings.debit_notice_days
        text = "\n\n".join(
            [
                self.tr(
                    "Collect %n open invoice(s) of %1 (%2) by direct debit on mandate %3?",
                    "",
                    len(found),
                )
                .replace("%1", f"{detail.name} ({detail.reference})")
                .replace("%2", total)
                .replace("%3", (pm.mandate_reference or "") if pm is not None else ""),
                "\n".join(
                    f"• {inv.number} · {inv.label} · "
                    f"{i18n.money(inv.amount_cents, inv.currency, self._language)}"
                    for inv in found
                ),
                self.tr(
                    "Each is debited %n day(s) after today, in the next debit batch; you no "
                    "longer record their payment by hand.",
                    "",
                    days,
                ),
            ]
        )
        confirm = self.tr("Move %n open invoice(s) to direct debit", "", len(found))
        if not msgbox.confirm(self._window, self.tr("Direct debit"), text, confirm):
            return
        self._operations.run(
            invoices.move_to_debit(
                self._services, detail.id, [inv.number for inv in found]
            ).success(
                lambda moved: self._say(
                    self.tr("%n invoice(s) moved to direct debit: %1.", "", len(moved)).replace(
                        "%1", ", ".join(moved)
                    )
                )
            )
        )

    def _paid_text(self, numbers: list[str]) -> str:
        if len(numbers) == 1:
            return self.tr("Invoice %1 marked as paid.").replace("%1", numbers[0])
        return self.tr("%n invoice(s) marked as paid: %1.", "", len(numbers)).replace(
            "%1", ", ".join(numbers)
        )

    def _on_voidInvoiceButton_clicked(self) -> None:
        self._credit_note(
            "due",
            invoices.void,
            lambda number: self.tr("Void invoice %1 (credit note)").replace("%1", number),
            lambda number, amount: (
                self.tr(
                    "Invoice %1 stays in the books; a credit note for its full amount (%2) cancels "
                    "it: it will no longer be due and no debit will be made. Why?"
                )
                .replace("%1", number)
                .replace("%2", amount)
            ),
        )

    def _on_refundInvoiceButton_clicked(self) -> None:
        self._credit_note(
            "paid",
            invoices.refund,
            lambda number: self.tr("Refund invoice %1").replace("%1", number),
            lambda number, amount: (
                self.tr(
                    "Invoice %1 will be marked as refunded in full (%2), by a credit note for that "
                    "amount. Pay the customer back yourself. Why?"
                )
                .replace("%1", number)
                .replace("%2", amount)
            ),
        )

    def _credit_note(
        self,
        status: str,
        operation: Callable[[Services, int, int, str], Write[CreditNoteInfo]],
        title: Callable[[str], str],
        prompt: Callable[[str, str], str],
    ) -> None:
        """Void or refund: ask why, then issue the credit note (the buttons say so)."""
        detail = self._detail()
        invoice = self._window.detailPane.selected_invoice()
        if detail is None or invoice is None or invoice.status != status:
            return
        amount = i18n.money(invoice.amount_cents, invoice.currency, self._language)
        from desktop.reason_dialog import ReasonDialog

        reason = ReasonDialog.ask(
            self._window,
            title=title(invoice.number),
            prompt=prompt(invoice.number, amount),
            confirm_label=self.tr("Issue the credit note"),
            cancel_label=self.tr("Close"),
        )
        if not reason:
            return
        self._operations.run(
            operation(self._services, detail.id, invoice.id, reason).success(
                lambda note: self._credited(invoice, note)
            )
        )

    def _credited(self, invoice: InvoiceInfo, note: CreditNoteInfo) -> None:
        """Say the credit note's number: staff quote it to the customer and the accountant."""
        text = (
            self.tr("Credit note %1 issued for invoice %2 (%3).")
            .replace("%1", note.number)
            .replace("%2", invoice.number)
            .replace("%3", i18n.money(note.amount_cents, note.currency, self._language))
        )
        self._say(text)
        msgbox.information(self._window, words.credit_note(), text)
