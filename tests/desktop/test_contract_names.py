"""CONTRACT.md "Desktop" object names are found by name, as black-box tests and stylesheets do."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from core.dto import NewLink
from desktop.customer_edit_dialog import CustomerEditDialog
from desktop.offline_payment_dialog import OfflinePaymentDialog
from desktop.payment_link_dialog import PaymentLinkDialog
from tests.desktop.conftest import make_sepa_customer, select_customer

MAIN = {
    "customerSearch": QLineEdit,
    "customerTable": QTableView,
    "customerDetail": QWidget,
    "customerReferenceLabel": QLabel,
    "paymentMethodSummary": QLabel,
    "greylistWarning": QLabel,
    "actionsButton": QToolButton,
    "newCustomerButton": QPushButton,
    "invoiceTable": QTableView,
    "recordPaymentButton": QPushButton,
    "recentActivityList": QListWidget,
    "upcomingActivityList": QListWidget,
}
ACTIONS = (
    "actionEdit",
    "actionNewPaymentLink",
    "actionRevokeLinks",
    "actionRemoveFromGreylist",
    "actionAnonymize",
    "actionDelete",
)


def test_main_window_names(qtbot, services, make_window):
    make_sepa_customer(services)
    window = make_window()
    assert isinstance(window, QMainWindow)
    select_customer(qtbot, window, "CUST-000200")
    for name, kind in MAIN.items():
        assert window.findChild(kind, name) is not None, name
    menu_actions = {
        a.objectName() for a in window.findChild(QToolButton, "actionsButton").menu().actions()
    }
    for name in ACTIONS:
        assert window.findChild(QAction, name) is not None, name
        assert name in menu_actions
    button = window.findChild(QToolButton, "actionsButton")
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    assert not window.findChild(QAction, "actionRemoveFromGreylist").isVisible()


def test_dialog_names(qtbot, services, customer, clock):
    detail = services.customers.get(customer.id)
    edit = CustomerEditDialog(None, language="fr", submit=lambda *a: None, detail=detail)
    qtbot.addWidget(edit)
    assert edit.objectName() == "customerEditDialog"
    for name in (
        "nameEdit",
        "emailEdit",
        "companyEdit",
        "firstNameEdit",
        "lastNameEdit",
        "addressLine1Edit",
        "addressLine2Edit",
        "postalCodeEdit",
        "cityEdit",
        "phoneEdit",
        "vatEdit",
    ):
        assert edit.findChild(QLineEdit, name) is not None, name
    for name in ("languageCombo", "countryCombo", "paymentMethodCombo"):
        assert edit.findChild(QComboBox, name) is not None, name
    assert edit.findChild(QLabel, "paymentImpactLabel") is not None
    assert edit.findChild(QDialogButtonBox, "buttonBox") is not None
    methods = edit.findChild(QComboBox, "paymentMethodCombo")
    codes = [methods.itemData(i) for i in range(methods.count())]
    assert codes == [None, "card", "sepa_debit", "bank_transfer", "cheque", "cash", "other"]

    link = NewLink(
        1,
        "http://127.0.0.1:8765/m/abc",
        "card",
        clock(),
        "CUST-000123",
        "Élodie",
        "e@example.fr",
        "fr",
    )
    dialog = PaymentLinkDialog(None, link=link, language="fr")
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "paymentLinkDialog"
    assert dialog.findChild(QLineEdit, "paymentLinkText").text() == link.url
    for name in ("copyLinkButton", "saveQrButton", "emailLinkButton", "printLetterButton"):
        assert dialog.findChild(QPushButton, name) is not None, name
    for name in ("paymentLinkQr", "linkExpiryLabel"):
        assert dialog.findChild(QLabel, name) is not None, name

    detail = make_sepa_customer(services, reference="CUST-000201")
    offline = OfflinePaymentDialog(
        None, invoice=detail.invoices[0], language="fr", today=clock().date()
    )
    qtbot.addWidget(offline)
    assert offline.objectName() == "offlinePaymentDialog"
    assert offline.findChild(QComboBox, "paymentKindCombo") is not None
    date_edit = offline.findChild(QDateEdit, "paymentDateEdit")
    # Starts on today; a later date is shown refused (paymentDateError), not clamped away.
    assert date_edit.date() == QDate(2026, 11, 20)
    assert offline.findChild(QLabel, "paymentDateError") is not None
    assert offline.findChild(QLineEdit, "paymentReferenceEdit") is not None
    assert offline.findChild(QWidget, "paymentNotesEdit") is not None
    assert offline.findChild(QDialogButtonBox, "buttonBox") is not None
