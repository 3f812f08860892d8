"""Desk fixtures: no blocking dialogs, a temp QSettings, a window over a real database
(a SQLite file; also a PostgreSQL database for tests marked ``on_both_backends``)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

from tests.conftest import customer_input

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

VALID_IBAN = "FR7630006000011234567890189"
DECLINED_CARD = "4000000000000002"
GOOD_CARD = "4242424242424242"

# The desk's main path runs on PostgreSQL too (several workstations share one server).
on_both_backends = pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


def pytest_collection_modifyitems(items):
    # The offscreen platform warns about a feature it lacks; that is not the desk's fault.
    for item in items:
        if "tests/desktop/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
            )


def _blocked(*_args, **_kwargs):
    raise AssertionError("a test would block on a modal dialog or message box")


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):
    """Any exec() of a dialog, menu or static message box fails the test instead of hanging."""
    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog):
        monkeypatch.setattr(cls, "exec", _blocked)
    monkeypatch.setattr(QMenu, "exec", _blocked)
    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, _blocked)
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, _blocked)
    for name in ("getText", "getItem", "getInt", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, _blocked)


@pytest.fixture(autouse=True)
def quiet_portal_health(request, monkeypatch):
    """Windows do not ask the payment form whether it answers (its state stays "checking"),
    so no test depends on what holds port 8765 on this machine; ``live_portal_health``
    lets the window ask for real."""
    if "live_portal_health" in request.fixturenames:
        return
    from desktop.portal_health import PortalHealth

    monkeypatch.setattr(PortalHealth, "start", lambda self: None)


@pytest.fixture
def live_portal_health():
    """Ask for it to let windows check the payment form's health (see quiet_portal_health)."""
    return True


@pytest.fixture(autouse=True)
def temp_qsettings_path(tmp_path):
    """Even a default-constructed QSettings writes under tmp_path, never in the real profile."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    yield


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


@dataclass
class Boxes:
    """Answers and records what the desk asks through desktop.msgbox."""

    confirm_answer: bool = True
    choice: str | None = None
    confirms: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)


@pytest.fixture
def boxes(monkeypatch):
    from desktop import msgbox

    record = Boxes()

    def confirm(_parent, _title, text, _label, **_kw):
        record.confirms.append(text)
        return record.confirm_answer

    monkeypatch.setattr(msgbox, "confirm", confirm)
    monkeypatch.setattr(msgbox, "error", lambda _p, _t, text: record.errors.append(text))
    monkeypatch.setattr(msgbox, "information", lambda _p, _t, text: record.infos.append(text))
    monkeypatch.setattr(msgbox, "choose", lambda _p, _t, text, _c: record.choice)
    return record


@pytest.fixture
def drive(monkeypatch, qtbot):
    """Replace ``Dialog.ask`` so the dialog is built, driven by ``driver`` and never exec()'d.

    ``drive(Dialog, driver)`` returns the list of dialogs built, for inspection after the flow.
    """

    def install(dialog_class, driver):
        built: list = []

        def fake_ask(cls, parent, **kwargs):
            dialog = cls(parent, **kwargs)
            qtbot.addWidget(dialog)
            built.append(dialog)
            dialog.show()
            return driver(dialog)

        monkeypatch.setattr(dialog_class, "ask", classmethod(fake_ask))
        return built

    return install


@pytest.fixture
def make_window(qtbot, settings, clock, qsettings):
    """Build the real window over the test database (same clock as the ``services`` fixture)."""
    from desktop.app import build_window

    windows = []

    def make(language: str = "fr", *, settings_store=None):
        window = build_window(
            settings.database,
            operator="alice",
            settings=settings,
            language=language,
            qsettings=settings_store or qsettings,
            clock=clock,
        )
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitUntil(lambda: not window.customerModel.is_busy(), timeout=15000)
        return window

    yield make
    for window in windows:
        window.shutdown()


def settle(qtbot, window, timeout: int = 15000) -> None:
    """Wait until every operation the window started (changes, reads of the record) has answered."""
    qtbot.waitUntil(lambda: not window.is_working(), timeout=timeout)


def select_customer(qtbot, window, reference: str) -> None:
    """Search for the reference, then select its row (as staff would)."""
    window.customerSearch.setText(reference)
    qtbot.waitUntil(
        lambda: (
            window.customerModel.rowCount() >= 1
            and window.customerModel.row_at(0).reference == reference
            and not window.customerModel.is_busy()
        ),
        timeout=15000,
    )
    window.customerTable.selectRow(0)
    qtbot.waitUntil(lambda: window.customerReferenceLabel.text() == reference, timeout=10000)
    settle(qtbot, window)


def select_invoice(window, number: str) -> None:
    model = window.detailPane.invoiceModel
    for row in range(model.rowCount()):
        if model.invoice_at(row).number == number:
            window.invoiceTable.selectRow(row)
            return
    raise AssertionError(f"no invoice {number}")


def make_sepa_customer(services, reference="CUST-000200", **overrides):
    """A customer paying by SEPA (registered through a link) with two automatic due invoices."""
    # Several of these beside the ``customer`` fixture share its email, knowingly.
    detail = services.customers.create(
        customer_input(reference=reference, **overrides), allow_duplicate_email=True
    )
    link = services.payments.create_link(detail.id, "sepa_debit")
    token = link.url.rsplit("/", 1)[1]
    services.registration.register_sepa(
        token, holder="Élodie Martin", iban=VALID_IBAN, bic="", consent=True
    )
    services.billing.add_subscription(
        detail.id,
        label="Abonnement mensuel",
        amount_cents=2990,
        period="monthly",
        start="2026-10-05",
    )
    services.billing.run()
    return services.customers.get(detail.id)


def make_greylisted_customer(services, reference="CUST-000300", threshold=5):
    detail = services.customers.create(
        customer_input(reference=reference, name="Bruno Gris", email="bruno@example.fr")
    )
    link = services.payments.create_link(detail.id, "card")
    token = link.url.rsplit("/", 1)[1]
    from core.errors import RegistrationRefused

    for _ in range(threshold):
        try:
            services.registration.register_card(
                token,
                holder="Bruno Gris",
                card_number=DECLINED_CARD,
                exp_month=12,
                exp_year=2030,
                cvc="123",
            )
        except RegistrationRefused:
            pass
    detail = services.customers.get(detail.id)
    assert detail.greylisted
    return detail
