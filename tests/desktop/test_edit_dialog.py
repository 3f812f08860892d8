"""The edit dialog: validation as staff type, payment-method impact, save, conflicts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from core.errors import ValidationError
from desktop.customer_edit_dialog import CustomerEditDialog
from desktop.payment_link_dialog import PaymentLinkDialog
from tests.conftest import customer_input
from tests.desktop.conftest import make_sepa_customer, on_both_backends, select_customer, settle


def _save(dialog):
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def _save_and_wait(qtbot, dialog):
    """Save, then wait for the core's answer (the save runs off the GUI thread)."""
    _save(dialog)
    qtbot.waitUntil(lambda: not dialog.is_saving(), timeout=15000)
    return dialog.save_result()


@on_both_backends
def test_switch_to_cheque_says_what_happens_then_saves(qtbot, services, make_window, drive):
    make_sepa_customer(services)
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000200")
    seen = {}

    def driver(dialog):
        combo = dialog.paymentMethodCombo
        assert combo.findData(None) == -1  # no "none" entry: the customer has a method
        combo.setCurrentIndex(combo.findData("cheque"))
        qtbot.waitUntil(lambda: dialog.paymentImpactLabel.text() != "", timeout=15000)
        seen["impact"] = dialog.paymentImpactLabel.text()
        return _save_and_wait(qtbot, dialog)

    drive(CustomerEditDialog, driver)
    window.actionEdit.trigger()
    settle(qtbot, window)

    assert "2 factures en attente" in seen["impact"]
    assert "59,80" in seen["impact"]
    assert "hors ligne" in seen["impact"]
    assert "Chèque" in window.paymentMethodSummary.text()
    model = window.invoiceTable.model()
    collections = {model.index(r, 5).data() for r in range(model.rowCount())}
    assert collections == {"Hors ligne"}
    detail = services.customers.get("CUST-000200")
    assert {inv.collection for inv in detail.invoices} == {"offline"}
    assert detail.payment_method.method == "cheque"


def test_fields_validate_as_staff_type(qtbot, services, customer, make_window, drive, boxes):
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000123")
    seen = {}

    def driver(dialog):
        qtbot.keyClicks(dialog.emailEdit, "@@")
        seen["email"] = dialog.field_error("email")
        seen["email_invalid"] = dialog.emailEdit.property("invalid")
        dialog.phoneEdit.clear()
        qtbot.keyClicks(dialog.phoneEdit, "12")
        seen["phone"] = dialog.field_error("phone")
        dialog.phoneEdit.clear()
        qtbot.keyClicks(dialog.phoneEdit, "06 12 34 56 78")
        seen["phone_ok"] = dialog.field_error("phone")
        qtbot.keyClicks(dialog.vatEdit, "FR00123456789")
        seen["vat"] = dialog.field_error("vat_number")
        _save(dialog)  # refused before any core call: the email is wrong
        seen["still_open"] = dialog.isVisible()
        return dialog.save_result()

    drive(CustomerEditDialog, driver)
    window.actionEdit.trigger()
    assert seen["email"] and seen["email_invalid"] is True
    assert "phone" in seen["phone"].lower()
    assert seen["phone_ok"] == ""
    assert "VAT" in seen["vat"]
    assert seen["still_open"]
    assert services.customers.get("CUST-000123").email == "elodie.martin@example.fr"


def test_core_validation_error_points_at_the_field(qtbot, services, customer):
    def submit(_form, _saved, failed):
        failed(ValidationError("city", "is too long (at most 100 characters)"))

    dialog = CustomerEditDialog(
        None, language="en", submit=submit, detail=services.customers.get(customer.id)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _save(dialog)
    assert dialog.isVisible() and not dialog.is_saving()
    assert dialog.buttonBox.isEnabled()
    assert dialog.cityEdit.property("invalid") is True
    assert "too long" in dialog.field_error("city")


@on_both_backends
def test_stale_save_reports_conflict_and_reloads(
    qtbot, services, customer, make_window, drive, boxes
):
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000123")
    seen = {}

    def driver(dialog):
        # Someone else saves the same customer while the dialog is open.
        services.customers.save(
            customer.id,
            customer_input(name="Élodie Martin-Roux"),
            expected_version=customer.version,
        )
        dialog.cityEdit.setText("Paris")
        result = _save_and_wait(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["name"] = dialog.nameEdit.text()
        return result

    drive(CustomerEditDialog, driver)
    window.actionEdit.trigger()
    assert seen["open"]
    assert "changed this customer" in boxes.confirms[0]
    assert seen["name"] == "Élodie Martin-Roux"  # reloaded
    assert services.customers.get(customer.id).city == "Lyon"  # nothing overwritten


@on_both_backends
def test_new_customer_with_cheque(qtbot, services, make_window, drive):
    window = make_window("en")
    seen = {}

    def driver(dialog):
        assert dialog.paymentMethodCombo.currentData() is None  # "No payment method" entry
        dialog.nameEdit.setText("Nadia Benali")
        dialog.emailEdit.setText("nadia@example.fr")
        dialog.countryCombo.setCurrentIndex(dialog.countryCombo.findData("BE"))
        dialog.paymentMethodCombo.setCurrentIndex(dialog.paymentMethodCombo.findData("cheque"))
        seen["impact"] = dialog.paymentImpactLabel.text()
        seen["country"] = dialog.countryCombo.currentText()
        return _save_and_wait(qtbot, dialog)

    drive(CustomerEditDialog, driver)
    window.newCustomerButton.click()
    assert "without automatic debit" in seen["impact"]
    assert seen["country"] == "Belgium"
    qtbot.waitUntil(lambda: window.customerModel.rowCount() == 1, timeout=10000)
    settle(qtbot, window)
    assert window.customerDetail.detail().name == "Nadia Benali"
    assert "Cheque" in window.paymentMethodSummary.text()


def test_country_names_follow_the_language(qtbot, services, customer):
    detail = services.customers.get(customer.id)
    fr = CustomerEditDialog(None, language="fr", submit=lambda *a: None, detail=detail)
    qtbot.addWidget(fr)
    fr.countryCombo.setCurrentIndex(fr.countryCombo.findData("DE"))
    assert fr.countryCombo.currentText() == "Allemagne"
    assert fr.countryCombo.findData("FR") >= 0


@on_both_backends
def test_choosing_sepa_in_edit_makes_a_link(qtbot, services, customer, make_window, drive):
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000123")

    def driver(dialog):
        dialog.paymentMethodCombo.setCurrentIndex(dialog.paymentMethodCombo.findData("sepa_debit"))
        qtbot.waitUntil(lambda: "payment link" in dialog.paymentImpactLabel.text(), timeout=15000)
        return _save_and_wait(qtbot, dialog)

    drive(CustomerEditDialog, driver)
    links = drive(PaymentLinkDialog, lambda dialog: None)
    window.actionEdit.trigger()
    settle(qtbot, window)
    assert len(links) == 1
    assert links[0].paymentLinkText.text().startswith("http://127.0.0.1:8765/m/")
    assert "Awaiting customer" in window.customerDetail.badgesLabel.text()
