"""The edit dialog's full record, a duplicate email, addresses per country, a signed mandate
taking over open invoices, a payment date out of range, and the record's payment history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop.app import install_translator
from desktop.customer_edit_dialog import CustomerEditDialog
from desktop.offline_payment_dialog import OfflinePaymentDialog
from tests.conftest import customer_input
from tests.desktop.conftest import VALID_IBAN, select_customer, settle


@pytest.fixture
def speak(qapp):
    """``speak(language)``: the desk's words in that language for a dialog built alone."""
    yield lambda language: install_translator(qapp, language)
    install_translator(qapp, "en")


def _save_and_wait(qtbot, dialog):
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.is_saving(), timeout=15000)
    return dialog.save_result()


# --- 1. the edit dialog: status, note, region, reference, required fields ----------------------
@pytest.mark.parametrize(
    ("language", "required", "legend"),
    [("en", "Required", "* required"), ("fr", "Obligatoire", "* obligatoire")],
)
def test_required_fields_are_marked_before_any_save(
    qtbot, services, speak, language, required, legend
):
    speak(language)
    dialog = CustomerEditDialog(None, language=language, submit=lambda *a: None)
    qtbot.addWidget(dialog)
    dialog.show()
    for name in ("nameEdit", "emailEdit"):
        label = dialog.findChild(QLabel, f"{name}Label")
        assert label.text().endswith(" *"), name
        assert getattr(dialog, name).accessibleDescription() == required
    for name in ("phoneEdit", "cityEdit", "referenceEdit"):
        label = dialog.findChild(QLabel, f"{name}Label")
        assert not label.text().endswith("*"), name
        assert getattr(dialog, name).accessibleDescription() == ""
    assert dialog.requiredLegend.text() == legend
    assert dialog.field_error("name") == ""  # nothing refused yet


def test_new_customer_with_its_reference_status_note_and_region(
    qtbot, services, make_window, drive
):
    window = make_window("en")
    seen = {}

    def driver(dialog):
        seen["editable"] = not dialog.referenceEdit.isReadOnly()
        dialog.referenceEdit.setText("ABO-0042")
        dialog.nameEdit.setText("Nadia Benali")
        dialog.emailEdit.setText("nadia@example.fr")
        dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("suspended"))
        dialog.noteEdit.setPlainText("Calls after 6 pm.")
        dialog.regionEdit.setText("Auvergne-Rhône-Alpes")
        dialog.postalCodeEdit.setText("69003")
        dialog.cityEdit.setText("Lyon")
        return _save_and_wait(qtbot, dialog)

    drive(CustomerEditDialog, driver)
    window.newCustomerButton.click()
    settle(qtbot, window)
    assert seen["editable"]
    saved = services.customers.get("ABO-0042")
    assert (saved.name, saved.status, saved.note, saved.region) == (
        "Nadia Benali",
        "suspended",
        "Calls after 6 pm.",
        "Auvergne-Rhône-Alpes",
    )
    assert "Suspended" in window.customerDetail.badgesLabel.text()


def test_existing_customer_shows_its_reference_and_edits_status_note_region(
    qtbot, services, customer, make_window, drive
):
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000123")
    seen = {}

    def driver(dialog):
        seen["reference"] = dialog.referenceEdit.text()
        seen["read_only"] = dialog.referenceEdit.isReadOnly()
        seen["status"] = dialog.statusCombo.currentText()
        dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("suspended"))
        dialog.noteEdit.setPlainText("Préfère le courrier.")
        dialog.regionEdit.setText("Rhône")
        return _save_and_wait(qtbot, dialog)

    drive(CustomerEditDialog, driver)
    window.actionEdit.trigger()
    settle(qtbot, window)
    assert seen == {"reference": "CUST-000123", "read_only": True, "status": "Actif"}
    saved = services.customers.get(customer.id)
    assert (saved.reference, saved.status, saved.note, saved.region) == (
        "CUST-000123",
        "suspended",
        "Préfère le courrier.",
        "Rhône",
    )


# --- 2. a second customer with the same email ----------------------------------------------------
@pytest.mark.parametrize("answer", [True, False])
def test_duplicate_email_names_the_other_customer_and_save_anyway_saves(
    qtbot, services, customer, make_window, drive, boxes, answer
):
    boxes.confirm_answer = answer
    window = make_window("en")
    seen = {}

    def driver(dialog):
        dialog.nameEdit.setText("Paul Martin")
        dialog.emailEdit.setText("elodie.martin@example.fr")
        result = _save_and_wait(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        return result

    drive(CustomerEditDialog, driver)
    window.newCustomerButton.click()
    settle(qtbot, window)
    [question] = boxes.confirms
    assert "Élodie Martin" in question and "CUST-000123" in question
    assert "elodie.martin@example.fr" in question
    names = {row.name for row in services.customers.search("martin").rows}
    if answer:  # "Save anyway"
        assert names == {"Élodie Martin", "Paul Martin"}
        assert not seen["open"]
    else:  # Cancel: back to the form, nothing saved
        assert names == {"Élodie Martin"}
        assert seen["open"]


# --- 3. addresses per country ----------------------------------------------------------------------
def test_french_postal_code_of_four_digits_refused_as_typed(
    qtbot, services, customer, speak, boxes
):
    speak("fr")
    dialog = CustomerEditDialog(
        None, language="fr", submit=lambda *a: None, detail=services.customers.get(customer.id)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.postalCodeEdit.clear()
    qtbot.keyClicks(dialog.postalCodeEdit, "7500")
    assert "7500" in dialog.field_error("postal_code")
    assert "France" in dialog.field_error("postal_code")
    assert dialog.postalCodeEdit.property("invalid") is True
    qtbot.keyClicks(dialog.postalCodeEdit, "1")
    assert dialog.field_error("postal_code") == ""


def test_uk_address_shows_the_town_above_the_postcode(qtbot, services, make_window):
    services.customers.create(
        customer_input(
            reference="CUST-000500",
            name="Oliver Smith",
            first_name="Oliver",
            last_name="Smith",
            email="oliver@example.co.uk",
            address_line1="1 Broad Quay",
            postal_code="BS1 4DJ",
            city="Bristol",
            country="GB",
            phone="",
        )
    )
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000500")
    shown = window.detailPane.address_text()
    assert "Bristol\nBS1 4DJ" in shown
    assert "BS1 4DJ Bristol" not in shown
    assert shown == "Oliver Smith\n1 Broad Quay\nBristol\nBS1 4DJ\nUnited Kingdom"


# --- 4. a signed mandate takes over the open offline invoices ---------------------------------------
def _cheque_customer_who_signs_a_mandate(services):
    detail = services.customers.save(
        None,
        customer_input(reference="CUST-000400"),
        expected_version=None,
        payment_method="cheque",
    ).customer
    services.billing.add_subscription(
        detail.id, label="Club", amount_cents=2990, period="monthly", start="2026-10-05"
    )
    issued = services.billing.run()
    link = services.payments.create_link(detail.id, "sepa_debit")
    services.registration.register_sepa(
        link.url.rsplit("/", 1)[1], holder="Élodie Martin", iban=VALID_IBAN, bic="", consent=True
    )
    return detail, sorted(inv.number for inv in issued)


def test_signed_mandate_offers_to_move_the_open_invoices(qtbot, services, make_window, boxes):
    detail, numbers = _cheque_customer_who_signs_a_mandate(services)
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000400")
    pane = window.detailPane
    assert pane.moveToDebitButton.isVisible()
    assert pane.moveToDebitButton.text() == "Move 2 open invoices to direct debit"
    assert all(n in pane.debitOfferLabel.text() for n in numbers)
    assert "59.80" in pane.debitOfferLabel.text()

    pane.moveToDebitButton.click()
    settle(qtbot, window)

    [question] = boxes.confirms
    assert "CUST-000400-M01" in question and all(n in question for n in numbers)
    after = services.customers.get(detail.id)
    assert {inv.collection for inv in after.invoices} == {"automatic"}
    qtbot.waitUntil(lambda: not pane.moveToDebitButton.isVisible(), timeout=10000)
    recent = [
        window.recentActivityList.item(i).text() for i in range(window.recentActivityList.count())
    ]
    assert any("moved to direct debit" in line for line in recent)


def test_clerk_can_keep_them_offline(qtbot, services, make_window, boxes):
    detail, _numbers = _cheque_customer_who_signs_a_mandate(services)
    boxes.confirm_answer = False
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000400")
    assert window.detailPane.moveToDebitButton.text() == (
        "Passer 2 factures en attente en prélèvement"
    )
    window.detailPane.moveToDebitButton.click()
    settle(qtbot, window)
    assert {inv.collection for inv in services.customers.get(detail.id).invoices} == {"offline"}


# --- 5. a payment date out of range says why --------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "future", "early"),
    [
        ("en", "cannot be in the future", "before the invoice's issue date"),
        ("fr", "ne peut pas être dans le futur", "avant la date d'émission"),
    ],
)
def test_payment_date_out_of_range_shows_the_reason_and_holds_ok(
    qtbot, services, customer, clock, speak, language, future, early
):
    speak(language)
    services.customers.save(
        customer.id, customer_input(), expected_version=customer.version, payment_method="cheque"
    )
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=2990, period="monthly", start="2026-11-05"
    )
    [invoice] = services.billing.run()
    today = clock().date()
    dialog = OfflinePaymentDialog(None, invoice=invoice, language=language, today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.date_error() == ""

    tomorrow = today + timedelta(days=1)
    dialog.paymentDateEdit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert dialog.paymentDateEdit.date() == QDate(tomorrow.year, tomorrow.month, tomorrow.day)
    assert future in dialog.date_error().lower()
    assert dialog.paymentDateError.isVisible()
    assert not ok.isEnabled()

    early_day = invoice.issued_on - timedelta(days=3)
    dialog.paymentDateEdit.setDate(QDate(early_day.year, early_day.month, early_day.day))
    assert early in dialog.date_error()
    assert not ok.isEnabled()

    issued = invoice.issued_on
    dialog.paymentDateEdit.setDate(QDate(issued.year, issued.month, issued.day))
    assert dialog.date_error() == "" and not dialog.paymentDateError.isVisible()
    assert ok.isEnabled()
    assert dialog.value().paid_on == issued


# --- 6. the record's history of links and methods -----------------------------------------------------
def test_record_shows_every_link_and_earlier_methods(qtbot, services, customer, clock, make_window):
    services.payments.create_link(customer.id, "card")
    clock.advance(hours=1)
    link = services.payments.create_link(customer.id, "sepa_debit")  # revokes the card link
    clock.advance(hours=1)
    services.registration.register_sepa(
        link.url.rsplit("/", 1)[1], holder="Élodie Martin", iban=VALID_IBAN, bic="", consent=True
    )
    clock.advance(days=2)
    now = services.customers.get(customer.id)
    services.customers.save(
        customer.id, now.as_input(), expected_version=now.version, payment_method="cheque"
    )
    clock.advance(hours=1)
    services.payments.create_link(customer.id, "card")  # pending

    window = make_window("en")
    select_customer(qtbot, window, "CUST-000123")
    history = window.detailPane.paymentHistoryList
    lines = [history.item(i).text() for i in range(history.count())]
    assert len(lines) == 5  # two methods, three links
    assert lines[0].startswith("Payment link (Card)") and "pending" in lines[0]
    assert lines[1].startswith("Cheque — in use since")
    assert "SEPA Direct Debit · FR76" in lines[2] and " to " in lines[2]
    assert "the customer, through a link" in lines[2]
    assert "Payment link (SEPA Direct Debit)" in lines[3] and "completed" in lines[3]
    assert "Payment link (Card)" in lines[4] and "revoked" in lines[4]
