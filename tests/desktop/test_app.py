"""The composition root: languages, translations, run_desk, and the last-resort error handler."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import app as desk_app
from tests.desktop.conftest import make_sepa_customer, select_customer, select_invoice

TRANSLATED = desk_app.TRANSLATIONS


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_translations_are_shipped(lang):
    assert (TRANSLATED / f"guichet_{lang}.ts").is_file()
    assert (TRANSLATED / f"guichet_{lang}.qm").is_file()


@pytest.mark.parametrize(
    ("lang", "paid", "nav", "amount"),
    [("fr", "Honorée", "Abonnés", "29,90\u00a0€"), ("en", "Paid", "Customers", "€29.90")],
)
def test_language_switch(qtbot, services, make_window, lang, paid, nav, amount):
    detail = make_sepa_customer(services)
    services.billing.record_payment(detail.invoices[0].id, method="cheque", paid_on="2026-11-19")
    window = make_window(lang)
    select_customer(qtbot, window, "CUST-000200")
    select_invoice(window, detail.invoices[0].number)
    model = window.invoiceTable.model()
    row = window.detailPane.selected_invoice()
    index = model.row_of(row.id)
    assert model.index(index, 4).data() == paid
    assert model.index(index, 3).data() == amount
    assert window.sectionList.item(0).text() == nav
    header = window.customerModel.headerData(0, Qt.Orientation.Horizontal)
    assert header == ("Référence" if lang == "fr" else "Reference")


def test_language_follows_settings_then_system(monkeypatch):
    assert desk_app.choose_language("fr") == "fr"
    assert desk_app.choose_language("en") == "en"
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(
        QLocale,
        "system",
        staticmethod(lambda: QLocale(QLocale.Language.French, QLocale.Country.France)),
    )
    assert desk_app.choose_language("") == "fr"
    monkeypatch.setattr(
        QLocale,
        "system",
        staticmethod(lambda: QLocale(QLocale.Language.German, QLocale.Country.Germany)),
    )
    assert desk_app.choose_language(None) == "en"


def test_unexpected_error_is_logged_and_staff_see_one_apology(tmp_path, monkeypatch, caplog, qapp):
    from desktop import msgbox

    shown = []
    monkeypatch.setattr(msgbox, "error", lambda _p, title, text: shown.append((title, text)))
    hook = desk_app.make_excepthook(tmp_path / "guichet.log")
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR, logger="guichet.desktop"):
            hook(type(exc), exc, exc.__traceback__)
    assert "ZeroDivisionError" in caplog.text  # the traceback goes to the log...
    title, text = shown[0]
    assert str(tmp_path / "guichet.log") in text  # ...staff see where it is, not the traceback
    assert "Traceback" not in text and "boom" not in text


def test_known_errors_show_their_short_message(monkeypatch, qapp, tmp_path):
    from core.errors import RuleViolation
    from desktop import msgbox

    shown = []
    monkeypatch.setattr(msgbox, "error", lambda _p, title, text: shown.append(text))
    hook = desk_app.make_excepthook(tmp_path / "guichet.log")
    exc = RuleViolation("void_only_due", number="F2026-000001", status="paid")
    hook(RuleViolation, exc, None)
    assert shown == ["Rule 'void only a due invoice': invoice F2026-000001 is paid."]
    french = desk_app.make_excepthook(tmp_path / "guichet.log", "fr")
    french(RuleViolation, exc, None)
    assert shown[-1] == (
        "Règle « annuler seulement une facture à régler » : la facture F2026-000001 est honorée."
    )


def test_run_desk_in_demo_starts_and_stops_the_payment_form(monkeypatch, settings, tmp_path, qapp):
    started = {}

    class Handle:
        url = "http://127.0.0.1:8765"

        def stop(self):
            started["stopped"] = True

    def start_in_thread(cfg, *, host, port):
        started.update(host=host, port=port, database=cfg.database)
        return Handle()

    fake = SimpleNamespace(start_in_thread=start_in_thread)
    monkeypatch.setitem(sys.modules, "core.portal.server", fake)
    monkeypatch.setattr(desk_app, "log_file", lambda: tmp_path / "logs" / "guichet.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen = {}

    def fake_exec():
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w.isVisible()
        )
        seen["portal"] = window.portalLabel.text()
        seen["visible"] = window.isVisible()
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert desk_app.run_desk(settings, demo=True) == 0
    assert started == {
        "host": "127.0.0.1",
        "port": 8765,
        "database": settings.database,
        "stopped": True,
    }
    assert "http://127.0.0.1:8765" in seen["portal"]
    assert seen["visible"]
    assert sys.excepthook is not sys.__excepthook__
    logging.getLogger("guichet").handlers.clear()


def _sources(ts_path):
    import xml.etree.ElementTree as ET

    root = ET.parse(ts_path).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if (msg.find("translation").get("type") or "") not in ("vanished", "obsolete")
    }, root


def test_french_translation_is_complete_and_current(tmp_path):
    import shutil
    import subprocess

    sources, root = _sources(TRANSLATED / "guichet_fr.ts")
    unfinished = [
        msg.findtext("source")
        for msg in root.iter("message")
        if msg.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    lupdate = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (TRANSLATED.parent.parent / "desktop").rglob("*.py"))
    subprocess.run([lupdate, *files, "-ts", str(fresh)], check=True, capture_output=True)
    extracted, _ = _sources(fresh)
    assert extracted - sources == set(), "run pyside6-lupdate: strings missing from guichet_fr.ts"


def test_build_window_with_the_contract_arguments_only(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("GUICHET_CONFIG", str(tmp_path / "absent.toml"))
    window = desk_app.build_window(str(tmp_path / "fresh.sqlite3"), operator="bob")
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: not window.customerModel.is_busy(), timeout=15000)
        assert "bob" in window.windowTitle()
        assert window.customerModel.rowCount() == 0
    finally:
        window.shutdown()
