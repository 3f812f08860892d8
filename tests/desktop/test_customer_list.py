"""The customer list: live search, paging, sorting, selection, model conformance."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
    qtbot.waitUntil(lambda: window.customerModel.rowCount() == 1, timeout=3000)
    assert window.customerModel.row_at(0).reference == "CUST-000002"

    window.customerSearch.setText("zoe")  # accent-insensitive, in SQL
    qtbot.waitUntil(
        lambda: (
            window.customerModel.rowCount() == 1
            and window.customerModel.row_at(0).reference == "CUST-000003"
        ),
        timeout=3000,
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


def test_pages_load_on_demand_and_sort_in_sql(qtbot, services, qtmodeltester):
    for n in range(1, 131):
        services.customers.create(
            customer_input(
                reference=f"CUST-{n:06d}", name=f"Client {n:03d}", email=f"c{n}@example.fr"
            )
        )
    model = CustomerTableModel(services.customers, language="fr", page_size=50)
    try:
        model.reload()
        qtbot.waitUntil(lambda: not model.is_busy(), timeout=3000)
        assert model.rowCount() == 50
        assert model.total() == 130
        assert model.canFetchMore()
        with qtbot.waitSignal(model.loaded, timeout=3000):
            model.fetchMore()
        assert model.rowCount() == 100
        qtmodeltester.check(model)

        model.sort(1, Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda: not model.is_busy(), timeout=3000)
        assert model.row_at(0).name == "Client 130"
        assert model.rowCount() == 50

        def scrolled_to_end():
            if model.canFetchMore():
                model.fetchMore()  # as the view does when scrolled to the bottom
            return model.rowCount() == 130 and not model.is_busy()

        qtbot.waitUntil(scrolled_to_end, timeout=5000)
        assert model.row_at(129).name == "Client 001"
        assert not model.canFetchMore()
        qtmodeltester.check(model)
    finally:
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
    qtbot.waitUntil(lambda: window.customerReferenceLabel.text() == "CUST-000002", timeout=3000)
    # Selecting already shows the record; Enter takes the keyboard into it.
    qtbot.waitUntil(window.actionsButton.hasFocus, timeout=3000)


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
    qtbot.waitUntil(lambda: window.customerModel.row_at(0).name == "Albert Camus", timeout=3000)
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
    qtbot.waitUntil(lambda: window.customerModel.rowCount() == 1, timeout=3000)
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
    qtbot.waitUntil(lambda: first.customerModel.row_at(0).name == "Zoé Petit", timeout=3000)
    first.close()

    from core.services.customers import CustomerService

    searches = []
    original = CustomerService.search_ids
    monkeypatch.setattr(
        CustomerService,
        "search_ids",
        lambda self, *a, **k: searches.append(k) or original(self, *a, **k),
    )
    again = make_window("en")
    assert searches == [{"sort": "name", "descending": True}]
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
    qtbot.waitUntil(lambda: window.customerReferenceLabel.text() == "CUST-000001")
    qtbot.keyClick(window.customerTable, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(built) == 2 and built[1].nameEdit.text() == "Élodie Martin"
