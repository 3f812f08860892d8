"""The customer list: live search, paging, sorting, selection, model conformance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.customer_table_model import CustomerTableModel
from tests.conftest import customer_input
from tests.desktop.conftest import (
    make_greylisted_customer,
    make_sepa_customer,
    on_both_backends,
    select_customer,
)


@on_both_backends
def test_typing_filters_the_table(qtbot, services, make_window):
    services.customers.create(customer_input(reference="CUST-000001", name="Élodie Martin"))
    services.customers.create(
        customer_input(reference="CUST-000002", name="Paul Durand", email="paul@example.fr")
    )
    services.customers.create(
        customer_input(reference="CUST-000003", name="Zoé Petit", email="zoe@example.fr")
    )
    window = make_window()
    assert window.customerModel.rowCount() == 3

    window.customerSearch.setText("dura")
    qtbot.waitUntil(lambda: window.customerModel.rowCount() == 1, timeout=10000)
    assert window.customerModel.row_at(0).reference == "CUST-000002"

    window.customerSearch.setText("zoe")  # accent-insensitive, in SQL
    qtbot.waitUntil(
        lambda: (
            window.customerModel.rowCount() == 1
            and window.customerModel.row_at(0).reference == "CUST-000003"
        ),
        timeout=10000,
    )
    assert "1" in window.countLabel.text()


@on_both_backends
def test_selecting_a_row_opens_the_record(qtbot, services, make_window):
    make_sepa_customer(services, reference="CUST-000200")
    window = make_window()
    select_customer(qtbot, window, "CUST-000200")
    assert window.customerDetail.isVisible()
    assert "FR76" in window.paymentMethodSummary.text()
    assert "189" in window.paymentMethodSummary.text()
    assert "CUST-000200-M01" in window.paymentMethodSummary.text()  # RUM
    assert window.invoiceTable.model().rowCount() == 2
    assert window.recentActivityList.count() > 0
    assert not window.greylistWarning.isVisible()


def test_badges_in_the_list(qtbot, services, make_window):
    make_greylisted_customer(services, reference="CUST-000300")
    services.customers.save(
        None,
        customer_input(reference="CUST-000301", email="cheque@example.fr"),
        expected_version=None,
        payment_method="cheque",
    )
    waiting = services.customers.create(
        customer_input(reference="CUST-000302", email="waiting@example.fr")
    )
    services.payments.create_link(waiting.id, "card")
    window = make_window("en")
    model = window.customerModel
    badges = {model.row_at(r).reference: model.index(r, 3).data() for r in range(model.rowCount())}
    assert "Grey list" in badges["CUST-000300"]
    assert badges["CUST-000301"] == "Offline payment"
    assert badges["CUST-000302"] == "Awaiting customer"


def _client_customers(services, count: int) -> None:
    for n in range(1, count + 1):
        services.customers.create(
            customer_input(
                reference=f"CUST-{n:06d}", name=f"Client {n:03d}", email=f"c{n}@example.fr"
            )
        )


def _table(model, qtbot, *, height: int = 400) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def _shown(model, view) -> list[str]:
    """The references the view shows (empty while a row is being read)."""
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    return [model.index(r, 0).data() or "" for r in range(max(first, 0), last + 1)]


def test_ids_only_model_sorts_in_sql_and_passes_the_model_tester(qtbot, services, qtmodeltester):
    _client_customers(services, 130)
    model = CustomerTableModel(services.customers, language="fr", page_size=50)
    try:
        model.reload()
        qtbot.waitUntil(lambda: model.is_complete() and not model.is_busy(), timeout=15000)
        # One row per match from the start; rows are read when shown, not beforehand.
        assert model.rowCount() == model.total() == 130
        assert model.cached_rows() == 50  # the first page
        assert model.index(129, 0).data() is None  # not read yet: asked for
        qtbot.waitUntil(lambda: model.index(129, 0).data() == "CUST-000130", timeout=10000)
        qtmodeltester.check(model)

        model.sort(1, Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda: model.is_complete() and not model.is_busy(), timeout=10000)
        assert model.row_at(0).name == "Client 130"
        assert model.id_at(129) is not None
        qtbot.waitUntil(lambda: model.index(129, 1).data() == "Client 001", timeout=10000)
        qtmodeltester.check(model)
    finally:
        model.shutdown()


def test_scrolling_to_the_end_reads_only_the_rows_shown_there(qtbot, services):
    from core.demo import add_demo_customers

    add_demo_customers(services, 3000)
    model = CustomerTableModel(services.customers, language="fr", page_size=100)
    view = _table(model, qtbot)
    try:
        model.reload()
        qtbot.waitUntil(model.is_complete, timeout=10000)
        # The scroll bar spans every customer as soon as they are counted.
        assert model.rowCount() == 3000
        assert view.verticalScrollBar().maximum() > 2900  # one step per row
        before = model.rows_fetched()
        view.scrollToBottom()
        qtbot.waitUntil(lambda: all(_shown(model, view)), timeout=15000)
        assert _shown(model, view)[-1] == model.row_at(2999).reference
        read = model.rows_fetched() - before
        visible = len(_shown(model, view))
        assert 0 < read <= visible + 2 * max(20, 100 // 2) + 1  # the screenful and a margin
        assert model.cached_rows() < 400  # nothing like the 3,000 rows
    finally:
        model.shutdown()


def test_first_page_shows_before_the_count_and_typing_is_never_held_up(
    qtbot, services, monkeypatch
):
    """Every id (and so the count) may take a while: the first page does not wait for it."""
    import threading

    from core.services.customers import CustomerService

    _client_customers(services, 30)
    release = threading.Event()
    original = CustomerService.search_ids

    def slow_ids(self, *args, **kwargs):
        release.wait(10)  # a million ids to read
        return original(self, *args, **kwargs)

    monkeypatch.setattr(CustomerService, "search_ids", slow_ids)
    model = CustomerTableModel(services.customers, language="fr", page_size=10)
    counts: list[int] = []
    model.counted.connect(counts.append)
    try:
        model.set_query("client")
        qtbot.waitUntil(lambda: not model.is_busy(), timeout=10000)
        assert [model.row_at(r).reference for r in range(3)] == [
            "CUST-000001",
            "CUST-000002",
            "CUST-000003",
        ]
        assert model.rowCount() == 10
        assert not model.is_complete() and model.total() == -1 and counts == []

        model.set_query("client 02")  # the next keystroke: its first page comes all the same
        qtbot.waitUntil(lambda: not model.is_busy(), timeout=10000)
        assert model.row_at(0).reference == "CUST-000002"
        assert model.rowCount() == 10 and counts == []

        release.set()  # CUST-000002, CUST-000020…029
        qtbot.waitUntil(lambda: counts != [], timeout=15000)
        assert counts == [11] and model.total() == 11 and model.rowCount() == 11
        assert model.row_at(0).reference == "CUST-000002"
    finally:
        release.set()
        model.shutdown()


def test_the_count_follows_the_first_page_without_moving_it(qtbot, services, monkeypatch):
    import threading

    from core.services.customers import CustomerService

    _client_customers(services, 130)
    release = threading.Event()
    original = CustomerService.search_ids
    monkeypatch.setattr(
        CustomerService,
        "search_ids",
        lambda self, *a, **k: release.wait(10) and original(self, *a, **k),
    )
    model = CustomerTableModel(services.customers, language="fr", page_size=50)
    view = _table(model, qtbot)
    counts: list[int] = []
    model.counted.connect(counts.append)
    try:
        model.set_query("client")
        qtbot.waitUntil(lambda: not model.is_busy(), timeout=15000)
        view.setCurrentIndex(model.index(3, 0))  # staff already went down the first page
        resets: list[bool] = []
        model.modelReset.connect(lambda: resets.append(True))
        release.set()
        qtbot.waitUntil(lambda: counts == [130], timeout=15000)
        assert model.rowCount() == 130 and resets == []
        assert view.currentIndex().row() == 3
        assert model.index(3, 0).data() == "CUST-000004"
        qtbot.wait(100)
        assert counts == [130]  # counted once
    finally:
        release.set()
        model.shutdown()


def test_window_models_pass_the_model_tester(qtbot, services, make_window, qtmodeltester):
    make_sepa_customer(services)
    window = make_window()
    qtmodeltester.check(window.customerModel)
    select_customer(qtbot, window, "CUST-000200")
    qtmodeltester.check(window.invoiceTable.model())


def test_enter_on_a_row_opens_it(qtbot, services, make_window):
    services.customers.create(customer_input(reference="CUST-000001"))
    services.customers.create(
        customer_input(reference="CUST-000002", name="Paul Durand", email="paul@example.fr")
    )
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.customerTable.setFocus()
    window.customerTable.setCurrentIndex(window.customerModel.index(1, 0))
    qtbot.keyClick(window.customerTable, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.customerReferenceLabel.text() == "CUST-000002", timeout=10000)
    # Selecting already shows the record; Enter takes the keyboard into it.
    qtbot.waitUntil(window.actionsButton.hasFocus, timeout=10000)


def test_shortcuts(qtbot, services, make_window):
    window = make_window()
    assert window.actionFind.shortcut().toString() == "Ctrl+F"
    assert window.actionNewCustomer.shortcut().toString() == "Ctrl+N"
    assert window.actionEdit.shortcut().toString() == "Ctrl+E"
    window.customerSearch.setText("abc")
    window.actionFind.trigger()
    assert window.customerSearch.selectedText() == "abc"


def test_window_remembers_splitter_and_columns(qtbot, services, make_window, qsettings):
    window = make_window()
    window.splitter.setSizes([400, 730])
    window.customerTable.setColumnWidth(1, 234)
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    assert again.customerTable.columnWidth(1) == 234
    restored = again.splitter.sizes()
    # The offscreen screen is smaller than the window, so compare proportions.
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.01


@on_both_backends
def test_header_click_sorts_in_sql_and_ignores_unsortable_columns(qtbot, services, make_window):
    services.customers.create(
        customer_input(reference="CUST-000001", name="Zoé Petit", email="zoe@example.fr")
    )
    services.customers.create(
        customer_input(reference="CUST-000002", name="Albert Camus", email="albert@example.fr")
    )
    window = make_window("en")
    header = window.customerTable.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # what a click on "Name" does
    qtbot.waitUntil(lambda: window.customerModel.row_at(0).name == "Albert Camus", timeout=10000)
    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # badges: not sortable
    assert header.sortIndicatorSection() == 1
    assert window.customerModel.row_at(0).name == "Albert Camus"


def test_typing_searches_once_typing_pauses(qtbot, services, make_window):
    services.customers.create(customer_input(reference="CUST-000001"))
    services.customers.create(
        customer_input(reference="CUST-000002", name="Paul Durand", email="paul@example.fr")
    )
    window = make_window("en")
    resets = []
    window.customerModel.modelReset.connect(lambda: resets.append(window.customerModel.query()))
    qtbot.keyClicks(window.customerSearch, "durand")  # six keystrokes, well within 250 ms
    qtbot.waitUntil(lambda: window.customerModel.rowCount() == 1, timeout=10000)
    qtbot.wait(400)
    assert resets == ["durand"]


def test_window_opens_with_one_search_in_the_remembered_order(
    qtbot, services, make_window, monkeypatch
):
    services.customers.create(
        customer_input(reference="CUST-000001", name="Zoé Petit", email="zoe@example.fr")
    )
    services.customers.create(
        customer_input(reference="CUST-000002", name="Albert Camus", email="albert@example.fr")
    )
    first = make_window("en")
    first.customerTable.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: first.customerModel.row_at(0).name == "Zoé Petit", timeout=10000)
    first.close()

    from core.services.customers import CustomerService

    searches = []
    for name in ("first_page", "search_ids"):
        original = getattr(CustomerService, name)
        monkeypatch.setattr(
            CustomerService,
            name,
            lambda self, *a, _o=original, _n=name, **k: (
                searches.append((_n, k["sort"], k["descending"])) or _o(self, *a, **k)
            ),
        )
    again = make_window("en")
    # One search: its first page holds both customers, so no ids are read after it.
    assert searches == [("first_page", "name", True)]
    assert again.customerModel.row_at(0).name == "Zoé Petit"
    assert again.customerTable.horizontalHeader().sortIndicatorSection() == 1


def test_ctrl_n_and_ctrl_e_open_the_edit_dialog(qtbot, services, make_window, drive):
    from desktop.customer_edit_dialog import CustomerEditDialog

    services.customers.create(customer_input(reference="CUST-000001"))
    window = make_window("en")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    built = drive(CustomerEditDialog, lambda dialog: None)  # staff cancel
    qtbot.keyClick(window.customerTable, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(built) == 1 and built[0].nameEdit.text() == ""
    built[0].close()  # what exec() returning does
    window.activateWindow()
    window.customerTable.setCurrentIndex(window.customerModel.index(0, 0))
    qtbot.waitUntil(lambda: window.customerReferenceLabel.text() == "CUST-000001", timeout=10000)
    qtbot.keyClick(window.customerTable, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(built) == 2 and built[1].nameEdit.text() == "Élodie Martin"
