"""The desk as staff use it all day: keyboard in the search, stale records, long names, dialogs."""

from __future__ import annotations

import os

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog

from core.dto import NewLink
from desktop.customer_edit_dialog import CustomerEditDialog
from desktop.payment_link_dialog import PaymentLinkDialog
from desktop.plain_text import tooltip
from tests.conftest import customer_input
from tests.desktop.conftest import select_customer, settle


def _three_customers(services):
    services.customers.create(customer_input(reference="CUST-000001", name="Zoé Petit"))
    services.customers.create(
        customer_input(reference="CUST-000002", name="Albert Durand", email="a@example.fr")
    )
    services.customers.create(
        customer_input(reference="CUST-000003", name="Paul Durand", email="p@example.fr")
    )


def _active(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10000)


def test_search_box_has_the_focus_when_the_window_opens(qtbot, services, make_window):
    window = make_window("en")
    _active(qtbot, window)
    qtbot.waitUntil(window.customerSearch.hasFocus, timeout=10000)


def test_down_in_the_search_box_goes_into_the_results(qtbot, services, make_window):
    _three_customers(services)
    window = make_window("en")
    _active(qtbot, window)
    window.customerSearch.setFocus()
    qtbot.keyClick(window.customerSearch, Qt.Key.Key_Down)
    assert window.customerTable.hasFocus()
    assert window.customerTable.currentIndex().row() == 0
    qtbot.waitUntil(lambda: window.customerReferenceLabel.text() == "CUST-000001", timeout=10000)


def test_enter_in_the_search_box_opens_the_first_row_as_shown(qtbot, services, make_window):
    _three_customers(services)
    window = make_window("en")
    _active(qtbot, window)
    # Sorted by name, descending: of the Durands, Paul shows first, not the lowest reference.
    window.customerTable.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: window.customerModel.row_at(0).name == "Zoé Petit", timeout=10000)
    window.customerSearch.setFocus()
    window.customerSearch.setText("durand")
    qtbot.keyClick(window.customerSearch, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.customerReferenceLabel.text() == "CUST-000003", timeout=10000)
    assert window.customerTable.currentIndex().row() == 0


def _search(qtbot, window, text):
    window.customerSearch.setText(text)
    qtbot.waitUntil(
        lambda: window.customerModel.query() == text and not window.customerModel.is_busy(),
        timeout=10000,
    )
    settle(qtbot, window)


def test_a_new_search_without_the_open_customer_closes_the_record(qtbot, services, make_window):
    _three_customers(services)
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000001")
    assert window.actionEdit.isEnabled()

    _search(qtbot, window, "durand")
    assert window.customerModel.rowCount() == 2
    assert window.current_detail() is None
    assert window.customerDetail.currentIndex() == 0  # the empty state
    assert not window.actionEdit.isEnabled()


def test_a_search_with_no_result_closes_the_record(qtbot, services, make_window, drive):
    _three_customers(services)
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000002")
    built = drive(CustomerEditDialog, lambda dialog: None)

    _search(qtbot, window, "nobody-here")
    assert window.customerModel.rowCount() == 0
    assert window.current_detail() is None
    _active(qtbot, window)
    qtbot.keyClick(window.customerSearch, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    window.actionEdit.trigger()
    assert built == []


def test_a_search_that_keeps_the_open_customer_keeps_the_record(qtbot, services, make_window):
    _three_customers(services)
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000002")
    _search(qtbot, window, "durand")
    assert window.current_detail() is not None
    assert window.customerReferenceLabel.text() == "CUST-000002"


def _within_view(window, widget) -> bool:
    """The widget shows, its right edge inside the record pane and the window."""
    pane = window.detailPane
    right = widget.mapTo(pane, widget.rect().topRight()).x()
    in_window = widget.mapTo(window, widget.rect().topRight()).x()
    return widget.isVisible() and right <= pane.width() and in_window <= window.width()


def test_a_very_long_name_leaves_modifier_and_actions_on_screen(qtbot, services, make_window):
    name = ("Association sportive et culturelle des " * 6)[:200]
    services.customers.create(customer_input(reference="CUST-000900", name=name))
    window = make_window("fr")
    window.resize(1280, 800)
    select_customer(qtbot, window, "CUST-000900")
    qtbot.waitUntil(lambda: window.detailPane.nameLabel.isVisible(), timeout=10000)
    QApplication.processEvents()
    assert _within_view(window, window.detailPane.editButton)
    assert _within_view(window, window.actionsButton)
    label = window.detailPane.nameLabel
    assert label.full_text() == name
    assert label.toolTip() == tooltip(name)  # the whole name, shown as text


def test_a_wide_saved_list_cannot_hide_the_record_buttons(qtbot, services, make_window, qsettings):
    services.customers.create(customer_input(reference="CUST-000001"))
    first = make_window("fr")
    first.resize(1280, 800)
    first.splitter.setSizes([5000, 10])
    first.close()

    again = make_window("fr", settings_store=qsettings)
    again.resize(1280, 800)
    select_customer(qtbot, again, "CUST-000001")
    QApplication.processEvents()
    assert again.detailPane.width() >= again.detailPane.minimumWidth() > 0
    assert _within_view(again, again.detailPane.editButton)
    assert _within_view(again, again.actionsButton)


def _edit_dialog(qtbot, services, customer):
    dialog = CustomerEditDialog(
        None,
        language="fr",
        submit=lambda *_a: None,
        detail=services.customers.get(customer.id),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_escape_with_typed_changes_asks_before_discarding(qtbot, services, customer, boxes):
    dialog = _edit_dialog(qtbot, services, customer)
    dialog.cityEdit.setText("Lyon 7e")
    boxes.confirm_answer = False  # staff keep editing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(boxes.confirms) == 1
    assert dialog.isVisible()
    assert dialog.cityEdit.text() == "Lyon 7e"

    boxes.confirm_answer = True  # now they let the changes go
    dialog.buttonBox.rejected.emit()
    assert len(boxes.confirms) == 2
    assert not dialog.isVisible()


def test_escape_without_changes_closes_at_once(qtbot, services, customer, boxes):
    dialog = _edit_dialog(qtbot, services, customer)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert boxes.confirms == []
    assert not dialog.isVisible()


def _link(clock):
    return NewLink(
        1,
        "http://127.0.0.1:8765/m/abc",
        "card",
        clock(),
        "CUST-000123",
        "Élodie",
        "e@example.fr",
        "fr",
    )


def test_save_qr_proposes_the_pictures_folder_and_the_reference(
    qtbot, clock, monkeypatch, tmp_path
):
    asked = {}

    def fake(_parent, _caption, suggested, _filter):
        asked["path"] = suggested
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    dialog = PaymentLinkDialog(None, link=_link(clock), language="fr")
    qtbot.addWidget(dialog)
    dialog.saveQrButton.click()
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.PicturesLocation
    ) or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert folder
    assert os.path.dirname(asked["path"]) == folder
    assert "CUST-000123" in os.path.basename(asked["path"])


def test_email_without_a_mail_program_says_so(qtbot, clock, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    said = []
    dialog = PaymentLinkDialog(None, link=_link(clock), language="fr", notify=said.append)
    qtbot.addWidget(dialog)
    dialog.emailLinkButton.click()
    assert len(said) == 1 and said[0].strip()
