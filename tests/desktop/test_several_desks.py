"""Several workstations on one database: what one desk saves shows on the other within
2 seconds, and two desks editing one record lose nothing.

Each window opens its own services over the database (its own connections, its own
listener), as two desks on two machines do; on PostgreSQL the second desk hears of the
first one's change through LISTEN/NOTIFY.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy.engine import make_url

from desktop.customer_edit_dialog import CustomerEditDialog
from tests.desktop.conftest import on_both_backends, select_customer, settle


def _save_and_wait(qtbot, dialog):
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.is_saving(), timeout=15000)
    return dialog.save_result()


def _database_label(db_path) -> str:
    if isinstance(db_path, str) and "://" in db_path:
        url = make_url(db_path)
        return f"{url.host}/{url.database}"
    return Path(db_path).name


def _listening(qtbot, window, backend) -> None:
    qtbot.waitUntil(window.liveRefresh.listening, timeout=15000)
    assert window.liveRefresh.kind() == ("notify" if backend == "postgresql" else "poll")


def _two_desks(qtbot, make_window, backend):
    first, second = make_window("en"), make_window("en")
    assert first._services is not second._services  # two workstations, two connections
    for window in (first, second):
        _listening(qtbot, window, backend)
        select_customer(qtbot, window, "CUST-000123")
    return first, second


@on_both_backends
def test_an_edit_saved_at_one_desk_shows_at_the_other_within_two_seconds(
    qtbot, services, customer, make_window, drive, db_path, backend
):
    first, second = _two_desks(qtbot, make_window, backend)
    label = _database_label(db_path)
    assert first.windowTitle() == f"{label} — Guichet · alice"
    assert "password" not in second.windowTitle()

    def driver(dialog):
        dialog.nameEdit.setText("Élodie Martin-Roux")
        dialog.cityEdit.setText("Paris")
        return _save_and_wait(qtbot, dialog)

    drive(CustomerEditDialog, driver)
    first.actionEdit.trigger()
    settle(qtbot, first)
    assert services.customers.get(customer.id).city == "Paris"  # committed

    qtbot.waitUntil(lambda: "Paris" in second.detailPane.addressSummary.text(), timeout=10000)
    qtbot.waitUntil(
        lambda: second.customerModel.row_at(0).name == "Élodie Martin-Roux", timeout=10000
    )
    assert "updated elsewhere" in second.statusBar().currentMessage()
    # The desk that saved says so, and does not take its own change for someone else's.
    assert first.statusBar().currentMessage() == "Customer CUST-000123 saved."
    qtbot.waitUntil(
        lambda: first.liveRefresh.heard() == services.customers.latest_change(), timeout=10000
    )
    settle(qtbot, first)
    assert first.statusBar().currentMessage() == "Customer CUST-000123 saved."


@on_both_backends
def test_two_desks_editing_one_record_the_second_save_is_refused(
    qtbot, services, customer, make_window, drive, boxes, backend
):
    first, second = _two_desks(qtbot, make_window, backend)
    version = services.customers.get(customer.id).version
    assert first.current_detail().version == second.current_detail().version == version
    seen = {}

    def driver(dialog):
        if dialog.parent() is first:
            # The first desk's dialog is open; the second desk opens the same record too.
            dialog.cityEdit.setText("Paris")
            seen["first"] = dialog
            second.actionEdit.trigger()
            return dialog.save_result()
        # The second desk's dialog: the first desk saves, then this one.
        dialog.cityEdit.setText("Marseille")
        dialog.phoneEdit.setText("07 98 76 54 32")
        assert _save_and_wait(qtbot, seen["first"]) is not None
        assert services.customers.get(customer.id).city == "Paris"
        seen["second_result"] = _save_and_wait(qtbot, dialog)
        seen["second_open"] = dialog.isVisible()
        seen["second_city"] = dialog.cityEdit.text()  # reloaded: the first desk's version
        return seen["second_result"]

    drive(CustomerEditDialog, driver)
    first.actionEdit.trigger()
    settle(qtbot, first)
    settle(qtbot, second)

    assert seen["second_result"] is None and seen["second_open"]
    assert len(boxes.confirms) == 1 and "changed this customer" in boxes.confirms[0]
    assert seen["second_city"] == "Paris"
    saved = services.customers.get(customer.id)
    assert saved.city == "Paris"  # nothing overwritten
    assert saved.phone == customer.phone
    assert saved.version == version + 1
    qtbot.waitUntil(lambda: "Paris" in second.detailPane.addressSummary.text(), timeout=10000)


def _listening_threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "guichet-live" and t.is_alive())


def _listening_connections(db_path) -> int:
    import psycopg

    url = make_url(db_path).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND query LIKE 'LISTEN%'"
        ).fetchone()
    return row[0]


@on_both_backends
def test_closing_the_window_stops_listening(qtbot, services, make_window, db_path, backend):
    before = _listening_threads()
    window = make_window("en")
    _listening(qtbot, window, backend)
    assert _listening_threads() == before + 1
    if backend == "postgresql":
        assert _listening_connections(db_path) == 1
    window.close()
    assert _listening_threads() == before  # stopped before the database was closed
    if backend == "postgresql":
        qtbot.waitUntil(lambda: _listening_connections(db_path) == 0, timeout=10000)
