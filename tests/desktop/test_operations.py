"""Desk operations: changes run off the GUI thread, say what changed once, and fail in one message."""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

import core.db
from core.services.payments import PaymentService
from desktop import msgbox
from desktop.customer_edit_dialog import CustomerEditDialog
from desktop.operations import ChangeKind
from tests.conftest import customer_input
from tests.desktop.conftest import select_customer, settle

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def _hold_write_lock(db_path) -> sqlite3.Connection:
    """Another process's writer: it holds the database's write lock until rolled back."""
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    return blocker


def test_a_write_blocked_by_another_writer_leaves_the_window_live(
    qtbot, services, customer, make_window, boxes, monkeypatch, db_path
):
    monkeypatch.setattr(core.db, "BUSY_TIMEOUT_SECONDS", 1.0)  # read when the desk connects
    services.payments.create_link(customer.id, "card")
    services.customers.create(
        customer_input(reference="CUST-000124", name="Paul Durand", email="paul@example.fr")
    )
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000123")
    assert window.actionRevokeLinks.isEnabled()

    ticks_while_writing = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks_while_writing.append(window.operations.writing()))
    loaded_while_writing = []
    window.customerModel.loaded.connect(
        lambda: loaded_while_writing.append(
            window.operations.writing() and window.customerModel.query() == "durand"
        )
    )

    blocker = _hold_write_lock(db_path)
    try:
        timer.start()
        window.actionRevokeLinks.trigger()  # returns at once: the write waits in the pool
        assert window.operations.writing()
        assert not window.detailPane.isEnabled()
        assert QGuiApplication.overrideCursor() is not None
        # Meanwhile the window answers: staff search, and the list follows.
        window.customerSearch.setText("durand")
        qtbot.keyClick(window.customerSearch, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: any(loaded_while_writing), timeout=10000)
        assert window.customerModel.row_at(0).reference == "CUST-000124"
        qtbot.waitUntil(lambda: not window.operations.writing(), timeout=15000)
        settle(qtbot, window)
        timer.stop()
        assert sum(ticks_while_writing) >= 5  # ~1 s of waiting, a tick every 50 ms
        assert len(boxes.errors) == 1
        assert "database is busy" in boxes.errors[0]
        assert services.customers.get(customer.id).pending_link is not None  # nothing changed
        # The busy state is over: the record (Enter opened the search's best match) can be used.
        assert window.customerReferenceLabel.text() == "CUST-000124"
        assert window.detailPane.isEnabled()
        assert window.actionEdit.isEnabled()
        assert QGuiApplication.overrideCursor() is None
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()

    select_customer(qtbot, window, "CUST-000123")
    assert window.actionRevokeLinks.isEnabled()
    window.actionRevokeLinks.trigger()
    settle(qtbot, window)
    assert len(boxes.errors) == 1
    assert services.customers.get(customer.id).pending_link is None
    assert not window.actionRevokeLinks.isEnabled()
    assert window.statusBar().currentMessage() == "1 payment link revoked."


def test_a_save_blocked_by_another_writer_keeps_the_dialog_open(
    qtbot, services, customer, make_window, drive, boxes, monkeypatch, db_path
):
    monkeypatch.setattr(core.db, "BUSY_TIMEOUT_SECONDS", 1.0)
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000123")
    seen = {}

    def driver(dialog):
        dialog.cityEdit.setText("Paris")
        blocker = _hold_write_lock(db_path)
        try:
            dialog.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
            seen["buttons_while_saving"] = dialog.buttonBox.isEnabled()
            dialog.reject()  # Escape: refused while the core may be saving
            seen["open_while_saving"] = dialog.isVisible()
            qtbot.waitUntil(lambda: not dialog.is_saving(), timeout=15000)
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        seen["error"] = dialog.formErrorLabel.text()
        seen["open_after"] = dialog.isVisible()
        # The same Save once the other writer is done.
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda: not dialog.is_saving(), timeout=15000)
        return dialog.save_result()

    drive(CustomerEditDialog, driver)
    window.actionEdit.trigger()
    settle(qtbot, window)
    assert seen["buttons_while_saving"] is False
    assert seen["open_while_saving"] and seen["open_after"]
    assert "database is busy" in seen["error"]
    assert boxes.errors == []  # said in the dialog, not in a second box
    assert services.customers.get(customer.id).city == "Paris"
    assert "Paris" in window.detailPane.addressSummary.text()
    assert window.statusBar().currentMessage() == "Customer CUST-000123 saved."


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)
def test_one_change_signal_per_operation_then_the_record_then_the_status(
    qtbot, services, customer, make_window, boxes, monkeypatch
):
    services.payments.create_link(customer.id, "card")
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000123")
    assert "Awaiting customer" in window.customerDetail.badgesLabel.text()
    order = []
    changes = []
    window.events.changed.connect(changes.append)
    window.events.changed.connect(lambda change: order.append(f"changed {change.kind}"))
    window.recordShown.connect(
        lambda _before, after, cause: order.append(
            f"record {'with' if after.pending_link else 'without'} link, {cause.kind}"
        )
    )

    def confirm(_parent, _title, text, _label, **_kw):
        order.append("confirm")
        return True

    monkeypatch.setattr(msgbox, "confirm", confirm)
    status = window.show_status
    monkeypatch.setattr(
        window, "show_status", lambda text, *a: (order.append(f"status {text}"), status(text, *a))
    )

    with qtbot.waitSignal(window.events.changed, timeout=15000):
        window.actionRevokeLinks.trigger()
    settle(qtbot, window)

    assert [(c.kind, c.customer_id) for c in changes] == [(ChangeKind.UPDATED, customer.id)]
    assert changes[0].marker == services.customers.latest_change()
    assert order == [
        "confirm",
        "changed updated",
        "status 1 payment link revoked.",
        "record without link, updated",
    ]
    assert window.current_detail().pending_link is None
    assert "Awaiting customer" not in window.customerDetail.badgesLabel.text()
    assert not window.actionRevokeLinks.isEnabled()

    # The live refresh does not take our own change for someone else's, once it has heard it.
    ours = services.customers.latest_change()
    qtbot.waitUntil(lambda: window.liveRefresh.heard() == ours, timeout=10000)
    settle(qtbot, window)
    assert len(changes) == 1
    # Someone else's change is one "changed" too, and the record follows it.
    services.payments.create_link(customer.id, "sepa_debit")
    qtbot.waitUntil(lambda: len(changes) == 2, timeout=10000)
    settle(qtbot, window)
    assert [c.kind for c in changes] == [ChangeKind.UPDATED, ChangeKind.ELSEWHERE]
    assert window.current_detail().pending_link is not None
    assert "updated elsewhere" in window.statusBar().currentMessage()


def test_the_keyboard_comes_back_where_it_was_after_a_change(
    qtbot, services, customer, make_window, boxes
):
    services.payments.create_link(customer.id, "card")
    window = make_window("en")
    qtbot.waitExposed(window)
    window.activateWindow()
    select_customer(qtbot, window, "CUST-000123")
    window.actionsButton.setFocus()
    qtbot.waitUntil(window.actionsButton.hasFocus, timeout=10000)
    window.actionRevokeLinks.trigger()
    assert not window.actionsButton.hasFocus()  # the record is off while the core works
    settle(qtbot, window)
    assert window.actionsButton.hasFocus()


def test_an_unexpected_failure_is_logged_and_staff_see_one_apology(
    qtbot, services, customer, make_window, boxes, monkeypatch, caplog
):
    services.payments.create_link(customer.id, "card")
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000123")
    changes = []
    window.events.changed.connect(changes.append)

    def broken(_self, _customer_id):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(PaymentService, "revoke_links", broken)
    with caplog.at_level(logging.ERROR, logger="guichet.desktop"):
        window.actionRevokeLinks.trigger()
        settle(qtbot, window)
    assert "ZeroDivisionError: boom" in caplog.text  # the traceback goes to the log...
    assert len(boxes.errors) == 1  # ...staff read one short apology
    assert "still open" in boxes.errors[0]
    assert "boom" not in boxes.errors[0] and "Traceback" not in boxes.errors[0]
    assert changes == []
    assert window.detailPane.isEnabled() and window.actionRevokeLinks.isEnabled()
    assert QGuiApplication.overrideCursor() is None


def test_only_operations_call_the_services():
    """Slots and widgets reach the core through desktop/operations only (and the list's worker)."""
    call = re.compile(r"\.(customers|payments|billing|activity|registration|debits)\.\w+\(")
    offenders = [
        f"{path.relative_to(DESKTOP)}:{number}: {line.strip()}"
        for path in sorted(DESKTOP.rglob("*.py"))
        if "operations" not in path.relative_to(DESKTOP).parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if call.search(line)
    ]
    assert offenders == []
