"""The desk in French says everything in French: errors, activity, names of codes, no "(s)"."""

from __future__ import annotations

import re
import sqlite3

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QTableView

import core.db
from tests.desktop.conftest import make_sepa_customer, select_customer, settle

# Words of English sentences the core and the desk say; none belongs in the French desk.
ENGLISH = re.compile(
    r"\b(the|is|are|was|has|invoice|invoices|payment|customer|link|links|rule|due|paid|"
    r"offline|expires|issued|record|changed|busy|nothing|someone|try|again)\b|\(s\)",
    re.IGNORECASE,
)


def _shown_texts(window) -> list[str]:
    """What staff read in the window: labels, list entries and table cells."""
    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    for widget in window.findChildren(QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        root = QModelIndex()
        for row in range(min(model.rowCount(root), 20)):
            columns = view.horizontalHeader().count() if isinstance(view, QTableView) else 1
            for column in range(columns):
                value = model.index(row, column).data()
                if isinstance(value, str):
                    texts.append(value)
    texts += [a.toolTip() for a in window.actions() if a.toolTip()]
    return texts


def _english_in(texts: list[str]) -> list[str]:
    # Addresses and names of the test data are not sentences of the desk.
    cleaned = [re.sub(r"\S+@\S+|CUST-\d+|F\d{4}-\d+|https?://\S+", "", t) for t in texts]
    return [t for t in cleaned if ENGLISH.search(re.sub(r"<[^>]+>", " ", t))]


def test_the_french_desk_shows_no_english_on_the_record_nor_on_its_errors(
    qtbot, services, make_window, boxes, monkeypatch, db_path
):
    monkeypatch.setattr(core.db, "BUSY_TIMEOUT_SECONDS", 0.5)
    make_sepa_customer(services)  # two automatic invoices, a registered mandate, activity
    services.payments.create_link("CUST-000200", "card")  # a pending link to revoke
    window = make_window("fr")
    select_customer(qtbot, window, "CUST-000200")
    settle(qtbot, window)

    shown = _shown_texts(window)
    assert any("Prélèvement SEPA" in t for t in shown)
    assert any("2 factures" in t for t in shown)  # the delete blocker, with a real plural
    assert _english_in(shown) == []

    # A write that waits too long for another workstation: the refusal is French too.
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        window.actionRevokeLinks.trigger()
        settle(qtbot, window)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert len(boxes.errors) == 1 and "occupée" in boxes.errors[0]

    # Done for real: the status bar and the activity say it in French, in the singular.
    window.actionRevokeLinks.trigger()
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "1 lien de paiement révoqué."
    shown = _shown_texts(window) + boxes.errors + boxes.confirms + boxes.infos
    assert _english_in(shown) == []
    assert any("révoqué" in t for t in _shown_texts(window))


def test_qt_own_dialogs_speak_french(qapp):
    from PySide6.QtCore import QCoreApplication

    from desktop.app import install_translator

    try:
        install_translator(qapp, "fr")
        # What QFileDialog and the standard buttons say: Qt's own catalogue, qtbase_fr.
        assert QCoreApplication.translate("QFileDialog", "Save As") == "Enregistrer sous"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        install_translator(qapp, "en")
