"""A name is text: markup typed into it is shown as typed, never rendered or fetched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.plain_text import tooltip
from tests.conftest import customer_input
from tests.desktop.conftest import select_customer

MARKUP = '<h1>Big</h1><img src="file:///etc/guichet.png">'


def test_a_name_with_markup_shows_literally_in_the_record_and_the_list(
    qtbot, services, make_window
):
    services.customers.create(customer_input(reference="CUST-000777", name=MARKUP))
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000777")
    name_label = window.findChild(QLabel, "customerNameLabel")
    assert name_label.full_text() == MARKUP
    # Shortened to fit ("…"), but never rendered.
    assert MARKUP.startswith(name_label.text().removesuffix("…"))
    assert name_label.textFormat() == Qt.TextFormat.PlainText
    # Every label left to guess its format shows plain text; markup labels escape what they insert.
    for label in window.findChildren(QLabel):
        assert label.textFormat() != Qt.TextFormat.AutoText, label.objectName()
        if label.textFormat() == Qt.TextFormat.RichText:
            assert "<h1>" not in label.text(), label.objectName()
    # The list's tooltip shows the name as text too.
    model = window.customerModel
    name_column = model.COLUMNS.index("name")
    tip = model.data(model.index(0, name_column), Qt.ItemDataRole.ToolTipRole)
    assert "<h1>" not in tip and "&lt;h1&gt;" in tip


def test_tooltip_escapes_and_keeps_empty_text():
    assert tooltip("") == ""
    assert tooltip("a < b & c") == "<qt>a &lt; b &amp; c</qt>"
