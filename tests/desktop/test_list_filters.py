"""The customer list's City column, its quick filters and its default widths.

The book is the core tests' one: one customer of each kind beside its near misses.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from desktop.customer_table_model import CustomerTableModel
from tests.core.test_customer_filters import BOOK, book  # noqa: F401  (a fixture)
from tests.desktop.conftest import on_both_backends

BUTTONS = {
    "greylisted": "quickFilterGreylisted",
    "offline": "quickFilterOffline",
    "unusable": "quickFilterUnusable",
    "overdue": "quickFilterOverdue",
}


def _all_rows(qtbot, model) -> list[str]:
    """Every reference the list holds, in order (rows are read as the view asks)."""
    qtbot.waitUntil(lambda: model.is_complete() and not model.is_busy(), timeout=15000)
    for r in range(model.rowCount()):
        model.index(r, 0).data()
    qtbot.waitUntil(
        lambda: all(model.row_at(r) is not None for r in range(model.rowCount())), timeout=15000
    )
    return [model.row_at(r).reference for r in range(model.rowCount())]


def _expected(kind: str, city: str | None = None) -> list[str]:
    return sorted(
        ref for ref, (c, has) in BOOK.items() if kind in has and (city is None or c == city)
    )


def _click(qtbot, window, kind: str) -> QPushButton:
    button = window.findChild(QPushButton, BUTTONS[kind])
    assert button is not None and button.isVisible() and button.isCheckable()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return button


def test_city_column_shows_and_sorts_in_sql(qtbot, services, book, qtmodeltester):  # noqa: F811
    model = CustomerTableModel(services.customers, language="fr", page_size=4)
    try:
        model.reload()
        qtbot.waitUntil(lambda: model.is_complete() and not model.is_busy(), timeout=15000)
        city = CustomerTableModel.COLUMNS.index("city")
        assert model.headerData(city, Qt.Orientation.Horizontal) == "City"
        assert city in CustomerTableModel.SORT_KEYS
        model.sort(city, Qt.SortOrder.AscendingOrder)
        _all_rows(qtbot, model)
        cities = [model.index(r, city).data() for r in range(model.rowCount())]
        assert cities == sorted(c for c, _ in BOOK.values())
        qtmodeltester.check(model)
        model.sort(city, Qt.SortOrder.DescendingOrder)
        _all_rows(qtbot, model)
        assert [model.index(r, city).data() for r in range(model.rowCount())] == cities[::-1]
        model.set_filters(["greylisted"])
        assert _all_rows(qtbot, model) == ["K-GREY", "K-CASH-GREY"]  # Paris, Lyon
        qtmodeltester.check(model)
    finally:
        model.shutdown()


def test_header_click_on_city_sorts_the_window_list(qtbot, services, book, make_window):  # noqa: F811
    window = make_window("fr")
    header = window.customerTable.horizontalHeader()
    city = CustomerTableModel.COLUMNS.index("city")
    assert window.customerModel.headerData(city, Qt.Orientation.Horizontal) == "Ville"
    header.setSortIndicator(city, Qt.SortOrder.AscendingOrder)  # what a click does
    qtbot.waitUntil(lambda: window.customerModel.row_at(0).city == "Arras", timeout=10000)
    assert header.sortIndicatorSection() == city


@on_both_backends
@pytest.mark.parametrize("kind", list(BUTTONS))
def test_each_quick_filter_shows_exactly_its_customers(
    qtbot,
    services,
    book,  # noqa: F811
    make_window,
    kind,
):
    window = make_window("en")
    model = window.customerModel
    assert len(_all_rows(qtbot, model)) == len(BOOK)
    assert window.countLabel.text() == f"{len(BOOK)} customers"
    button = _click(qtbot, window, kind)
    assert button.isChecked()
    expected = _expected(kind)
    qtbot.waitUntil(lambda: model.filters() == (kind,), timeout=10000)
    assert _all_rows(qtbot, model) == expected
    qtbot.waitUntil(
        lambda: window.countLabel.text().startswith(f"{len(expected)} customer"), timeout=10000
    )
    # Off again: everyone.
    _click(qtbot, window, kind)
    assert _all_rows(qtbot, model) == sorted(BOOK)
    qtbot.waitUntil(lambda: window.countLabel.text() == f"{len(BOOK)} customers", timeout=10000)


def test_filters_combine_with_the_text_and_each_other(qtbot, services, book, make_window):  # noqa: F811
    window = make_window("en")
    model = window.customerModel
    _click(qtbot, window, "unusable")
    window.customerSearch.setFocus()
    qtbot.keyClicks(window.customerSearch, "lyon")
    qtbot.waitUntil(lambda: model.query() == "lyon", timeout=10000)
    assert _all_rows(qtbot, model) == ["K-SEPA-LAPSED"]
    qtbot.waitUntil(lambda: window.countLabel.text() == "1 customer", timeout=10000)
    _click(qtbot, window, "unusable")
    _click(qtbot, window, "overdue")
    assert _all_rows(qtbot, model) == ["K-OVERDUE"]
    window.customerSearch.clear()
    qtbot.waitUntil(lambda: model.query() == "", timeout=10000)
    assert _all_rows(qtbot, model) == ["K-OVERDUE"]  # the filter alone
    _click(qtbot, window, "offline")  # both at once: offline customers with overdue invoices
    assert _all_rows(qtbot, model) == []
    qtbot.waitUntil(lambda: window.countLabel.text() == "0 customers", timeout=10000)
    _click(qtbot, window, "overdue")
    assert _all_rows(qtbot, model) == ["K-CASH-GREY", "K-CHEQUE"]


def test_keyboard_still_works_with_a_filter_on(qtbot, services, book, make_window):  # noqa: F811
    window = make_window("en")
    model = window.customerModel
    window.customerSearch.setFocus()
    _click(qtbot, window, "greylisted")
    # A click on a filter leaves the focus in the search box.
    assert window.customerSearch.hasFocus()
    assert _all_rows(qtbot, model) == ["K-CASH-GREY", "K-GREY"]
    # Enter with an empty search opens the best match of the filter alone.
    qtbot.keyClick(window.customerSearch, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.customerReferenceLabel.text() == "K-CASH-GREY", timeout=15000)
    # With text: the best match of both.
    window.customerSearch.setFocus()
    qtbot.keyClicks(window.customerSearch, "paris")
    qtbot.keyClick(window.customerSearch, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.customerReferenceLabel.text() == "K-GREY", timeout=15000)
    # Down from the search box goes into the results.
    window.customerSearch.setFocus()
    window.customerSearch.clear()
    qtbot.waitUntil(lambda: model.query() == "" and not model.is_busy(), timeout=10000)
    qtbot.keyClick(window.customerSearch, Qt.Key.Key_Down)
    assert window.customerTable.hasFocus()
    assert window.customerTable.currentIndex().row() == 0
    qtbot.waitUntil(lambda: window.customerReferenceLabel.text() == "K-CASH-GREY", timeout=15000)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_status_is_not_cut_at_the_usual_window_size(
    qtbot,
    services,
    book,  # noqa: F811
    make_window,
    language,
):
    window = make_window(language)
    window.resize(1440, 880)
    window._size_to_screen()  # what a first start on a 1440×880 screen gives
    window.resize(1440, 880)
    qtbot.wait(50)
    view = window.customerTable
    model = window.customerModel
    status = CustomerTableModel.COLUMNS.index("badges")
    row = next(r for r in range(model.rowCount()) if model.row_at(r).reference == "K-CASH-GREY")
    text = model.index(row, status).data()
    assert " · " in text  # "Liste grise · Paiement hors ligne"
    needed = view.fontMetrics().horizontalAdvance(text) + 8
    assert view.columnWidth(status) >= needed
    # The whole column is on screen without scrolling sideways.
    right = view.columnViewportPosition(status) + view.columnWidth(status)
    assert right <= view.viewport().width()
    record = window.detailPane.mapTo(window, QPoint(0, 0)).x()
    assert view.viewport().mapTo(window, QPoint(right, 0)).x() < record
