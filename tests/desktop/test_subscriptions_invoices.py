"""Subscriptions in the record, the invoice dialog, one payment for several invoices, credit notes, the invoices page."""

from __future__ import annotations

import csv
import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QGroupBox, QLabel, QPushButton

from desktop.invoice_dialog import InvoiceDialog
from desktop.offline_payment_dialog import OfflinePaymentDialog
from desktop.reason_dialog import ReasonDialog
from desktop.subscription_dialog import (
    NewSubscriptionDialog,
    SubscriptionPriceDialog,
    TerminateSubscriptionDialog,
)
from tests.conftest import customer_input
from tests.desktop.conftest import select_customer, select_invoice, settle
from tests.desktop.test_french_desk import _english_in, _shown_texts

# English words of these screens that the shared check of the French desk does not know.
MORE_ENGLISH = re.compile(
    r"\b(subscriptions?|suspend(ed)?|resume|terminated?|monthly|yearly|overdue|credit|"
    r"net|vat|total|search|details|open|history|none|lines|method|also|settled)\b",
    re.IGNORECASE,
)


def _offline_customer(services, clock, reference: str, name: str, method: str = "cheque"):
    """A customer paying by ``method``, billed monthly since September: three due invoices,
    September's issued on 2026-09-21 (now overdue), the two others today."""
    clock.advance(days=-60)
    detail = services.customers.create(
        customer_input(reference=reference, name=name, email=f"{reference.lower()}@example.fr")
    )
    services.customers.save(
        detail.id, detail.as_input(), payment_method=method, expected_version=detail.version
    )
    services.billing.add_subscription(
        detail.id, label="Cotisation mensuelle", amount_cents=2990, period="monthly",
        start="2026-09-05",
    )  # fmt: skip
    services.billing.run()
    clock.advance(days=60)
    services.billing.run()
    return services.customers.get(detail.id)


def _rows(model) -> list[list[str]]:
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _open_invoice(qtbot, window, drive, number: str) -> InvoiceDialog:
    """Enter on the invoice in the record's table, as staff do; the dialog is returned."""
    shown: list[InvoiceDialog] = []
    drive(InvoiceDialog, lambda dialog: shown.append(dialog))
    select_invoice(window, number)
    window.invoiceTable.setFocus()
    qtbot.keyClick(window.invoiceTable, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=15000)
    return shown[0]


def _dialog_text(dialog: InvoiceDialog) -> str:
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    history = [
        dialog.invoiceHistoryList.item(i).text() for i in range(dialog.invoiceHistoryList.count())
    ]
    return labels + " " + " ".join(history)


def _open_invoices_page(qtbot, window):
    window.sectionList.setCurrentRow(1)
    page = window.invoicesPage
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(page.is_loaded, timeout=15000)
    settle(qtbot, window)
    return page


def _wait_page(qtbot, window, page) -> None:
    qtbot.waitUntil(page.is_loaded, timeout=15000)
    settle(qtbot, window)


def test_a_subscription_from_adding_to_terminating_then_the_customer_is_anonymised(
    qtbot, services, clock, make_window, drive, boxes, qtmodeltester
):
    customer = services.customers.create(customer_input(reference="CUST-000700"))
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000700")
    pane = window.detailPane
    assert pane.subscriptionModel.rowCount() == 0
    assert pane.addSubscriptionButton.isEnabled()
    assert not pane.suspendSubscriptionButton.isEnabled()

    seen = {}

    def add(dialog):
        ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        seen["empty_ok"] = ok.isEnabled()
        dialog.subscriptionLabelEdit.setText("Adhésion mensuelle")
        dialog.subscriptionAmountSpin.setValue(29.90)
        dialog.subscriptionStartEdit.setDate(QDate(2026, 12, 1))
        seen["impact"] = dialog.subscriptionImpactLabel.text()
        return dialog.value()

    drive(NewSubscriptionDialog, add)
    pane.addSubscriptionButton.click()
    qtbot.waitUntil(lambda: pane.subscriptionModel.rowCount() == 1, timeout=15000)
    settle(qtbot, window)
    assert not seen["empty_ok"]
    assert "1 déc. 2026" in seen["impact"] and "chaque mois" in seen["impact"]
    qtmodeltester.check(pane.subscriptionModel)
    assert _rows(pane.subscriptionModel) == [
        ["Adhésion mensuelle", "29,90\u00a0€", "Mensuel", "1 déc. 2026", "Actif"]
    ]
    # Anonymising waits for the subscription to end.
    assert not window.actionAnonymize.isEnabled()

    # Suspended: the table says so, and a billing run issues nothing for it.
    pane.subscriptionTable.selectRow(0)
    pane.suspendSubscriptionButton.click()
    settle(qtbot, window)
    assert "1 déc. 2026" in boxes.confirms[-1] and "jamais facturées" in boxes.confirms[-1]
    assert _rows(pane.subscriptionModel)[0][3:] == ["—", "Suspendu"]
    clock.advance(days=56)  # 2027-01-15: December and January would have been billed
    assert services.billing.run() == []
    assert services.customers.get(customer.id).invoices == ()
    assert not pane.suspendSubscriptionButton.isEnabled()
    assert pane.resumeSubscriptionButton.isEnabled()

    pane.resumeSubscriptionButton.click()
    settle(qtbot, window)
    assert _rows(pane.subscriptionModel)[0][4] == "Actif"
    # The suspended months are not billed: the next invoice is February's.
    assert "prochaine facture le 1 févr. 2027" in window.statusBar().currentMessage()
    assert _rows(pane.subscriptionModel)[0][3] == "1 févr. 2027"

    # A new price, from the next invoice.
    def price(dialog):
        dialog.subscriptionAmountSpin.setValue(34.90)
        seen["price_impact"] = dialog.subscriptionImpactLabel.text()
        return dialog.value()

    drive(SubscriptionPriceDialog, price)
    pane.changeSubscriptionButton.click()
    settle(qtbot, window)
    assert "34,90\u00a0€ au lieu de 29,90\u00a0€" in seen["price_impact"]
    assert _rows(pane.subscriptionModel)[0][1] == "34,90\u00a0€"

    # Terminated from today: not before its start, and nothing more will be billed.
    def terminate(dialog):
        seen["minimum"] = dialog.terminateDateEdit.minimumDate()
        seen["terminate_impact"] = dialog.subscriptionImpactLabel.text()
        return dialog.value()

    drive(TerminateSubscriptionDialog, terminate)
    pane.terminateSubscriptionButton.click()
    settle(qtbot, window)
    assert seen["minimum"] == QDate(2026, 12, 1)
    assert "Aucune autre facture" in seen["terminate_impact"]
    assert _rows(pane.subscriptionModel)[0][3:] == ["—", "Résilié à partir du 15 janv. 2027"]
    assert not pane.terminateSubscriptionButton.isEnabled()
    assert services.billing.subscriptions(customer.id)[0].status == "terminated"

    # Now the customer can be anonymised from the desk.
    assert window.actionAnonymize.isEnabled()
    window.actionAnonymize.trigger()
    settle(qtbot, window)
    assert services.customers.get(customer.id).anonymized
    assert not pane.addSubscriptionButton.isEnabled()


def test_one_cheque_for_three_invoices_shows_on_each_of_them(
    qtbot, services, clock, make_window, drive, boxes, qtmodeltester
):
    detail = _offline_customer(services, clock, "CUST-000710", "Jean Roux")
    numbers = sorted(inv.number for inv in detail.invoices)
    assert len(numbers) == 3
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000710")
    model = window.detailPane.invoiceModel
    qtmodeltester.check(model)
    # September's invoice is past its due date and the grace days: flagged in the record.
    statuses = {row[0]: row[4] for row in _rows(model)}
    assert statuses[numbers[0]] == "À régler · En retard"
    assert statuses[numbers[2]] == "À régler"

    seen = {}

    def pay(dialog):
        seen["kind"] = dialog.paymentKindCombo.currentData()
        seen["summary"] = dialog.findChild(QLabel, "invoiceSummaryLabel").text()
        dialog.paymentReferenceEdit.setText("Chèque 0012345")
        dialog.paymentNotesEdit.setPlainText("Remis au guichet")
        dialog.paymentDateEdit.setDate(QDate(2026, 11, 19))
        return dialog.value()

    drive(OfflinePaymentDialog, pay)
    window.invoiceTable.setFocus()
    window.invoiceTable.selectAll()
    assert window.recordPaymentButton.isEnabled()
    assert not window.detailPane.voidInvoiceButton.isEnabled()  # one invoice at a time
    window.recordPaymentButton.click()
    settle(qtbot, window)
    assert seen["kind"] == "cheque"  # the customer's own offline method
    assert "3 factures, 89,70\u00a0€ au total" in seen["summary"]
    assert window.statusBar().currentMessage().startswith("3 factures marquées honorées")
    assert {row[4] for row in _rows(model)} == {"Honorée"}

    for number in numbers:
        dialog = _open_invoice(qtbot, window, drive, number)
        payments = dialog.invoicePaymentsLabel.text()
        assert "Chèque 0012345" in payments and "Remis au guichet" in payments
        assert "19 nov. 2026" in payments and "alice" in payments
        others = [n for n in numbers if n != number]
        assert all(other in payments for other in others)
        assert "Jean Roux (CUST-000710)" in dialog.invoiceTitleLabel.text()
        assert any(
            "honorée" in dialog.invoiceHistoryList.item(i).text().lower()
            for i in range(dialog.invoiceHistoryList.count())
        )
        assert dialog.buttonBox.button(QDialogButtonBox.StandardButton.Close).text() == "Fermer"


def test_void_issues_a_credit_note_seen_in_the_record_the_dialog_and_the_invoices_page(
    qtbot, services, clock, make_window, drive, boxes
):
    detail = _offline_customer(services, clock, "CUST-000720", "Paul Durand")
    number = detail.invoices[0].number
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000720")
    assert window.detailPane.voidInvoiceButton.text() == "Annuler (avoir)…"
    select_invoice(window, number)
    buttons = {}

    def give_reason(dialog):
        buttons["ok"] = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text()
        buttons["close"] = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text()
        dialog.reasonEdit.setPlainText("Facture en double")
        return dialog.value()

    drive(ReasonDialog, give_reason)
    window.detailPane.voidInvoiceButton.click()
    settle(qtbot, window)
    # The buttons say what they do; there is no second "Annuler".
    assert buttons == {"ok": "Émettre l’avoir", "close": "Fermer"}
    assert boxes.infos == [f"Avoir AV2026-000001 émis pour la facture {number} (29,90\u00a0€)."]
    row = next(r for r in _rows(window.detailPane.invoiceModel) if r[0] == number)
    assert row[4] == "Annulée · AV2026-000001"
    assert len(services.customers.get(detail.id).invoices) == 3  # nothing is deleted

    dialog = _open_invoice(qtbot, window, drive, number)
    notes = dialog.invoiceCreditNotesLabel.text()
    assert "AV2026-000001" in notes and "Facture en double" in notes and "Annulation" in notes
    assert any(
        "alice" in dialog.invoiceHistoryList.item(i).text()
        for i in range(dialog.invoiceHistoryList.count())
    )

    page = _open_invoices_page(qtbot, window)
    listed = {r[0]: r for r in _rows(page.invoiceListModel)}
    assert listed[number][8] == "Annulée" and listed[number][9] == "AV2026-000001"


def test_the_invoices_page_filters_totals_exports_and_opens_the_customer(
    qtbot, services, clock, make_window, drive, boxes, monkeypatch, tmp_path, qtmodeltester
):
    first = _offline_customer(services, clock, "CUST-000730", "Jean Roux")
    _offline_customer(services, clock, "CUST-000731", "Zoé Petit", method="bank_transfer")
    paid = max(inv.number for inv in first.invoices)  # November's; September's stays overdue
    services.billing.record_payment(paid, method="cheque", paid_on="2026-11-19")
    window = make_window("en")
    page = _open_invoices_page(qtbot, window)
    qtmodeltester.check(page.invoiceListModel)
    assert page.invoiceListModel.rowCount() == 6
    assert page.invoiceTotalsLabel.text() == ("6 invoices: net €149.52, VAT €29.88, total €179.40")

    page.invoiceStatusFilter.setCurrentIndex(page.invoiceStatusFilter.findData("due"))
    _wait_page(qtbot, window, page)
    assert page.invoiceListModel.rowCount() == 5
    page.invoiceOverdueCheck.setChecked(True)
    _wait_page(qtbot, window, page)
    overdue = _rows(page.invoiceListModel)
    assert len(overdue) == 2 and {r[8] for r in overdue} == {"Due · Overdue"}
    assert page.invoiceTotalsLabel.text().startswith("2 invoices:")
    page.invoiceOverdueCheck.setChecked(False)
    page.invoiceSearch.setText("Zoé")
    _wait_page(qtbot, window, page)
    assert {r[3] for r in _rows(page.invoiceListModel)} == {"Zoé Petit (CUST-000731)"}
    assert page.invoiceTotalsLabel.text() == "3 invoices: net €74.76, VAT €14.94, total €89.70"
    page.invoicePeriodFilter.setCurrentIndex(page.invoicePeriodFilter.findData("this_month"))
    _wait_page(qtbot, window, page)
    assert [r[1] for r in _rows(page.invoiceListModel)] == ["20 Nov 2026", "20 Nov 2026"]
    page.invoicePeriodFilter.setCurrentIndex(page.invoicePeriodFilter.findData("last_month"))
    _wait_page(qtbot, window, page)
    assert page.invoiceListModel.rowCount() == 0
    page.invoicePeriodFilter.setCurrentIndex(page.invoicePeriodFilter.findData("all"))
    page.invoiceCollectionFilter.setCurrentIndex(page.invoiceCollectionFilter.findData("automatic"))
    _wait_page(qtbot, window, page)
    assert page.invoiceTotalsLabel.text() == "No invoice matches these filters."
    assert not page.exportInvoicesButton.isEnabled()
    page.invoiceCollectionFilter.setCurrentIndex(0)
    _wait_page(qtbot, window, page)

    # Export what the filters select, as CSV then as XLSX, from a save dialog.
    asked = []

    def save_as(_parent, _title, suggested, _filter, **_kw):
        asked.append(suggested)
        return str(tmp_path / ("out.csv" if len(asked) == 1 else "out.xlsx")), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    page.exportInvoicesButton.click()
    qtbot.waitUntil(lambda: len(boxes.infos) == 1, timeout=15000)
    assert asked[0].endswith("factures-2026-11-20.csv")
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as f:
        exported = list(csv.DictReader(f))
    assert [r["customer_reference"] for r in exported] == ["CUST-000731"] * 3
    assert sorted(r["issued_on"] for r in exported) == ["2026-09-21", "2026-11-20", "2026-11-20"]
    assert [r["overdue"] for r in exported].count("True") == 1
    assert {(r["net_cents"], r["tax_cents"], r["amount_cents"]) for r in exported} == {
        ("2492", "498", "2990")
    }
    assert "3 invoices saved in" in boxes.infos[0]
    page.exportInvoicesButton.click()
    qtbot.waitUntil(lambda: len(boxes.infos) == 2, timeout=15000)
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet.max_row == 4 and sheet["A1"].value == "number"

    # From a row to its invoice, and to its customer's record.
    page.invoiceSearch.clear()
    page.invoiceStatusFilter.setCurrentIndex(0)
    _wait_page(qtbot, window, page)
    page.select_invoice(paid)
    assert page.selected_row().invoice.number == paid
    shown = []
    drive(InvoiceDialog, lambda dialog: shown.append(dialog))
    page.invoiceListTable.setFocus()
    qtbot.keyClick(page.invoiceListTable, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=15000)
    assert "Jean Roux (CUST-000730)" in shown[0].invoiceTitleLabel.text()
    assert "Cheque" in shown[0].invoicePaymentsLabel.text()
    page.openInvoiceCustomerButton.click()
    assert window.pages.currentWidget() is window.customersPage
    qtbot.waitUntil(lambda: window.customerReferenceLabel.text() == "CUST-000730", timeout=15000)
    settle(qtbot, window)
    qtbot.waitUntil(
        lambda: window.customerTable.selectionModel().selectedRows() != [], timeout=15000
    )
    row = window.customerTable.selectionModel().selectedRows()[0].row()
    assert window.customerModel.row_at(row).reference == "CUST-000730"


def test_the_french_desk_says_subscriptions_invoices_and_credit_notes_in_french(
    qtbot, services, clock, make_window, drive, boxes
):
    detail = _offline_customer(services, clock, "CUST-000740", "Jean Roux")
    services.billing.void(detail.invoices[0].number, reason="Doublon")
    services.billing.record_payment(
        detail.invoices[1].number, method="cheque", paid_on="2026-11-19", reference="0012345"
    )
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000740")
    window.detailPane.subscriptionTable.selectRow(0)
    texts = _shown_texts(window)
    for button in window.detailPane.findChildren(QPushButton):
        texts += [button.text(), button.toolTip()]
    for model in (window.detailPane.subscriptionModel, window.detailPane.invoiceModel):
        texts += [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        for row in range(model.rowCount()):
            texts += [
                model.index(row, c).data(Qt.ItemDataRole.ToolTipRole) or ""
                for c in range(model.columnCount())
            ]
    titles = [box.title() for box in window.detailPane.findChildren(QGroupBox)]
    assert "Abonnements" in titles
    texts += titles
    for number in (detail.invoices[0].number, detail.invoices[1].number):
        dialog = _open_invoice(qtbot, window, drive, number)
        texts.append(_dialog_text(dialog))
        texts.append(dialog.windowTitle())
    page = _open_invoices_page(qtbot, window)
    texts += _shown_texts(window)
    for widget in page.findChildren(QPushButton):
        texts += [widget.text(), widget.toolTip()]
    for combo in (page.invoiceStatusFilter, page.invoiceCollectionFilter, page.invoicePeriodFilter):
        texts += [combo.itemText(i) for i in range(combo.count())]
    texts += [page.invoiceOverdueCheck.text(), page.invoiceSearch.placeholderText()]
    texts += [
        page.invoiceListModel.headerData(c, Qt.Orientation.Horizontal)
        for c in range(page.invoiceListModel.columnCount())
    ]
    texts = [t for t in texts if t]
    assert _english_in(texts) == []
    cleaned = [re.sub(r"\S+@\S+|CUST-\d+|F\d{4}-\d+|AV\d{4}-\d+", "", t) for t in texts]
    assert [t for t in cleaned if MORE_ENGLISH.search(re.sub(r"<[^>]+>", " ", t))] == []
    assert any("TVA (20\u00a0%)" in t for t in texts) and any("En retard" in t for t in texts)
    assert any(t.startswith("3 factures : HT") for t in texts)
