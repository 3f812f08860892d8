"""Actions on the open record: payment links, invoices, grey list, anonymise, delete, live refresh."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import zxingcpp
from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication, QImage

from desktop.offline_payment_dialog import OfflinePaymentDialog
from desktop.payment_link_dialog import PaymentLinkDialog
from desktop.reason_dialog import ReasonDialog
from tests.conftest import customer_input
from tests.desktop.conftest import (
    GOOD_CARD,
    make_greylisted_customer,
    make_sepa_customer,
    on_both_backends,
    select_customer,
    select_invoice,
    settle,
)


def _decode(image: QImage) -> str:
    results = zxingcpp.read_barcodes(image)
    assert len(results) == 1
    return results[0].text


@on_both_backends
def test_sepa_link_dialog_shows_a_qr_of_exactly_the_url(
    qtbot, services, customer, make_window, drive, boxes, tmp_path
):
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000123")
    boxes.choice = "sepa_debit"
    dialogs = drive(PaymentLinkDialog, lambda dialog: None)
    window.actionNewPaymentLink.trigger()
    qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=15000)
    settle(qtbot, window)

    dialog = dialogs[0]
    url = dialog.paymentLinkText.text()
    assert dialog.paymentLinkText.isReadOnly()
    assert url.startswith("http://127.0.0.1:8765/m/") and len(url) > 60
    assert _decode(dialog.paymentLinkQr.pixmap().toImage()) == url
    assert "2026" in dialog.linkExpiryLabel.text()

    dialog.copyLinkButton.click()
    assert QGuiApplication.clipboard().text() == url
    assert "copié" in window.statusBar().currentMessage()

    png = tmp_path / "qr.png"
    assert dialog.save_qr_to(str(png))
    assert _decode(QImage(str(png))) == url

    mail = dialog.mailto_url().toString()
    assert mail.startswith("mailto:elodie.martin@example.fr")
    assert "Bonjour" in mail and "enregistrer" in mail  # the customer's language (fr)
    # The pending link shows on the record and in the list.
    assert "Prélèvement SEPA" in window.paymentMethodSummary.text()
    assert window.actionRevokeLinks.isEnabled()


def test_email_follows_the_customers_language(
    qtbot, services, make_window, drive, boxes, monkeypatch
):
    services.customers.create(
        customer_input(reference="CUST-000400", language="en", email="sam@example.co.uk")
    )
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000400")
    boxes.choice = "card"
    opened = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    drive(PaymentLinkDialog, lambda dialog: dialog.emailLinkButton.click())
    window.actionNewPaymentLink.trigger()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=15000)
    assert opened[0].startswith("mailto:sam@example.co.uk")
    assert "Hello" in opened[0] and "register your payment method" in opened[0]


@on_both_backends
def test_record_an_offline_payment(qtbot, services, clock, make_window, drive):
    detail = make_sepa_customer(services)
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000200")
    number = detail.invoices[-1].number
    assert not window.recordPaymentButton.isEnabled()
    select_invoice(window, number)
    assert window.recordPaymentButton.isEnabled()
    seen = {}

    def driver(dialog):
        seen["today"] = dialog.paymentDateEdit.date()  # today, to start with
        dialog.paymentKindCombo.setCurrentIndex(dialog.paymentKindCombo.findData("cheque"))
        dialog.paymentReferenceEdit.setText("Chèque 1234567")
        dialog.paymentDateEdit.setDate(QDate(2026, 11, 18))
        return dialog.value()

    drive(OfflinePaymentDialog, driver)
    window.recordPaymentButton.click()
    settle(qtbot, window)
    today = clock().date()
    assert seen["today"] == QDate(today.year, today.month, today.day)
    model = window.invoiceTable.model()
    statuses = {
        model.invoice_at(r).number: model.index(r, 4).data() for r in range(model.rowCount())
    }
    assert statuses[number] == "Honorée"
    paid = next(i for i in services.customers.get("CUST-000200").invoices if i.number == number)
    assert paid.status == "paid" and paid.paid_on == date(2026, 11, 18)
    assert not window.recordPaymentButton.isEnabled()  # the selected invoice is paid now
    assert window.detailPane.refundInvoiceButton.isEnabled()


def test_void_and_refund_ask_for_a_reason(qtbot, services, make_window, drive, boxes):
    detail = make_sepa_customer(services)
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000200")
    first, second = detail.invoices[0].number, detail.invoices[1].number
    select_invoice(window, first)
    drive(
        ReasonDialog,
        lambda dialog: (dialog.reasonEdit.setPlainText("Duplicate"), dialog.value())[1],
    )
    window.detailPane.voidInvoiceButton.click()
    settle(qtbot, window)
    services.billing.record_payment(second, method="cash", paid_on="2026-11-19")
    window.refresh()
    settle(qtbot, window)
    select_invoice(window, second)
    window.detailPane.refundInvoiceButton.click()
    settle(qtbot, window)
    statuses = {i.number: i.status for i in services.customers.get("CUST-000200").invoices}
    assert statuses == {first: "void", second: "refunded"}
    # Each issued a credit note, and staff were told its number.
    assert [first in t and "AV2026-000001" in t for t in boxes.infos] == [True, False]
    assert second in boxes.infos[1] and "AV2026-000002" in boxes.infos[1]


def test_lift_the_grey_list(qtbot, services, make_window, boxes):
    make_greylisted_customer(services)
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000300")
    assert window.greylistWarning.isVisible()
    assert "5" in window.greylistWarning.text()
    assert window.actionRemoveFromGreylist.isVisible()
    assert "Liste grise" in window.customerModel.index(0, 3).data()
    assert any(
        "liste grise" in window.recentActivityList.item(i).text()
        for i in range(window.recentActivityList.count())
    )

    window.actionRemoveFromGreylist.trigger()
    settle(qtbot, window)
    assert "zéro" in boxes.confirms[0]
    assert not services.customers.get("CUST-000300").greylisted
    assert not window.greylistWarning.isVisible()
    assert not window.actionRemoveFromGreylist.isVisible()
    qtbot.waitUntil(
        lambda: "Liste grise" not in (window.customerModel.index(0, 3).data() or ""), timeout=10000
    )


def test_refusing_the_confirmation_changes_nothing(qtbot, services, make_window, boxes):
    make_greylisted_customer(services)
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000300")
    boxes.confirm_answer = False
    window.actionRemoveFromGreylist.trigger()
    settle(qtbot, window)
    assert services.customers.get("CUST-000300").greylisted
    assert window.greylistWarning.isVisible()


def test_delete_and_anonymise_refused_with_the_reason(qtbot, services, make_window):
    detail = make_sepa_customer(services)
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000200")
    assert not window.actionDelete.isEnabled()
    count = len(detail.invoices)
    assert count == 2
    assert "has 2 invoices, which are legal records" in window.actionDelete.toolTip()
    assert not window.actionAnonymize.isEnabled()
    assert "still due" in window.actionAnonymize.toolTip()
    assert "(s)" not in window.actionDelete.toolTip() + window.actionAnonymize.toolTip()


def test_refusal_reasons_are_translated(qtbot, services, make_window):
    make_sepa_customer(services)
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000200")
    assert not window.actionDelete.isEnabled()
    assert "2 factures" in window.actionDelete.toolTip()
    assert "anonymisez" in window.actionDelete.toolTip()
    assert "2 factures" in window.actionAnonymize.toolTip()


def test_delete_a_customer_without_invoices(qtbot, services, customer, make_window, boxes):
    services.customers.create(
        customer_input(reference="CUST-000124", name="Paul Durand", email="paul@example.fr")
    )
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000123")
    assert window.actionDelete.isEnabled()
    window.actionDelete.trigger()
    settle(qtbot, window)
    assert "permanently" in boxes.confirms[0] and "CUST-000123" in boxes.confirms[0]
    window.customerSearch.setText("")
    model = window.customerModel
    # The list may still show the search for CUST-000123 (one row) until the new one answers.
    qtbot.waitUntil(
        lambda: (
            model.rowCount() == 1
            and model.row_at(0) is not None
            and model.row_at(0).reference == "CUST-000124"
        ),
        timeout=10000,
    )
    assert window.customerDetail.detail() is None


def test_anonymise_a_settled_company(qtbot, services, make_window, boxes):
    detail = services.customers.create(
        customer_input(reference="CUST-000500", company="Atelier Roux SARL")
    )
    sub = services.billing.add_subscription(
        detail.id, label="Abonnement", amount_cents=1000, period="monthly", start="2026-11-01"
    )
    services.billing.run()
    invoice = services.customers.get(detail.id).invoices[0]
    services.billing.record_payment(invoice.id, method="bank_transfer", paid_on="2026-11-10")
    services.billing.terminate_subscription(sub.id)
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000500")
    assert window.actionAnonymize.isEnabled()
    window.actionAnonymize.trigger()
    settle(qtbot, window)
    assert "Atelier Roux SARL" in boxes.confirms[0] and "cannot be undone" in boxes.confirms[0]
    after = services.customers.get("CUST-000500")
    assert after.anonymized and after.email == ""
    assert window.customerDetail.detail().name == "Atelier Roux SARL"
    assert not window.actionEdit.isEnabled()
    assert window.invoiceTable.model().rowCount() == 1


@on_both_backends
def test_revoke_links(qtbot, services, customer, make_window, boxes):
    services.payments.create_link(customer.id, "card")
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000123")
    assert window.actionRevokeLinks.isEnabled()
    window.actionRevokeLinks.trigger()
    settle(qtbot, window)
    assert "Carte bancaire" in boxes.confirms[0]
    assert services.customers.get(customer.id).pending_link is None
    assert not window.actionRevokeLinks.isEnabled()


@on_both_backends
def test_live_refresh_when_the_customer_registers(qtbot, services, customer, make_window):
    link = services.payments.create_link(customer.id, "card")
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000123")
    assert "Awaiting customer" in window.customerModel.index(0, 3).data()
    token = link.url.rsplit("/", 1)[1]
    services.registration.register_card(
        token, holder="Élodie Martin", card_number=GOOD_CARD, exp_month=12, exp_year=2030, cvc="123"
    )
    qtbot.waitUntil(lambda: "4242" in window.paymentMethodSummary.text(), timeout=15000)
    assert "registered a payment method" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.customerModel.index(0, 3).data() == "", timeout=10000)
    assert window.customerModel.index(0, 2).data() == "Card"


def test_core_refusal_is_a_short_message(
    qtbot, services, customer, make_window, boxes, monkeypatch
):
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000123")
    boxes.choice = "sepa_debit"
    # No creditor identifier configured: the core refuses a SEPA link with a clear rule.
    ctx = window._services.payments.ctx
    monkeypatch.setattr(ctx, "settings", replace(ctx.settings, creditor_id=""))
    window.actionNewPaymentLink.trigger()
    settle(qtbot, window)
    assert len(boxes.errors) == 1 and "creditor" in boxes.errors[0]
    assert "Traceback" not in boxes.errors[0]


@on_both_backends
def test_record_deleted_elsewhere_closes(qtbot, services, customer, make_window):
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000123")
    services.customers.delete(customer.id)  # another desk, or the command line
    qtbot.waitUntil(lambda: window.customerDetail.detail() is None, timeout=15000)
    qtbot.waitUntil(lambda: window.customerModel.rowCount() == 0, timeout=10000)
    assert not window.actionEdit.isEnabled()


@on_both_backends
def test_refusal_from_a_race_is_said_in_french(qtbot, services, clock, make_window, drive, boxes):
    # Another desk records the payment while this one still shows the invoice as due.
    detail = make_sepa_customer(services)
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000200")
    number = detail.invoices[-1].number
    select_invoice(window, number)
    services.billing.record_payment(number, method="cash", paid_on=clock().date())

    def driver(dialog):
        dialog.paymentKindCombo.setCurrentIndex(dialog.paymentKindCombo.findData("cheque"))
        return dialog.value()

    drive(OfflinePaymentDialog, driver)
    window.recordPaymentButton.click()
    settle(qtbot, window)
    assert len(boxes.errors) == 1
    message = boxes.errors[0]
    assert number in message and "honorée" in message and "only a due invoice" not in message
