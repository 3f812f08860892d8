"""Opening a database safely: asked before made, read-only when it must be, the newer refused,
named in the title; and whether the payment form answers, in the status bar and when a link is made."""

from __future__ import annotations

import logging
import socket
import sqlite3
import sys
from contextlib import closing

import pytest
from PySide6.QtWidgets import QApplication

from core.opening import database_label, guichet_version, schema_head
from core.portal.server import start_in_thread
from desktop import app as desk_app
from desktop.payment_link_dialog import PaymentLinkDialog
from tests.conftest import customer_input
from tests.desktop.conftest import make_sepa_customer, select_customer, select_invoice, settle


@pytest.fixture
def desk_run(monkeypatch, tmp_path, qapp):
    """run_desk without an event loop: the shown window is kept, then closed."""
    monkeypatch.setattr(desk_app, "log_file", lambda: tmp_path / "logs" / "guichet.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: dict = {}

    def fake_exec():
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w.isVisible()
        )
        seen["title"] = window.windowTitle()
        seen["portal"] = window.portalLabel.text()
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    yield seen
    logging.getLogger("guichet").handlers.clear()


def _closed_port() -> int:
    """A port nothing listens on (bound, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _make_database(settings) -> None:
    from core.bootstrap import open_services

    services = open_services(settings)
    services.customers.create(customer_input(reference="CUST-000123"))
    services.close()


# --- a database that does not exist -------------------------------------------------------------
def test_a_mistyped_path_is_not_made_when_staff_say_no(desk_run, boxes, settings, db_path):
    boxes.confirm_answer = False
    typo = db_path.with_name("guichte.sqlite3")

    code = desk_app.run_desk(settings.with_overrides(database=str(typo), language="en"))

    assert code == 0
    assert boxes.confirms == [f"No database at {typo}; create a new one?"]
    assert not typo.exists()
    assert list(typo.parent.glob("guichte*")) == []
    assert "title" not in desk_run  # no window opened


def test_a_new_database_is_made_when_staff_say_yes_and_the_title_names_it(
    desk_run, boxes, settings, db_path
):
    boxes.confirm_answer = True

    code = desk_app.run_desk(settings.with_overrides(language="fr"))

    assert code == 0
    assert boxes.confirms == [f"Aucune base de données à {db_path} ; en créer une nouvelle ?"]
    assert db_path.exists()
    assert desk_run["title"].startswith("guichet.sqlite3 — Guichet")
    assert "alice" in desk_run["title"]


def test_an_existing_database_opens_without_a_question(desk_run, boxes, settings):
    _make_database(settings)

    assert desk_app.run_desk(settings.with_overrides(language="en")) == 0

    assert boxes.confirms == []
    assert desk_run["title"] == "guichet.sqlite3 — Guichet · alice"


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_server_database_opens_without_a_question_and_the_title_names_it(
    desk_run, boxes, settings, db_path
):
    from sqlalchemy.engine import make_url

    url = make_url(db_path)
    assert desk_app.run_desk(settings.with_overrides(language="en")) == 0

    assert boxes.confirms == [] and boxes.errors == []
    assert desk_run["title"] == f"{url.host}/{url.database} — Guichet · alice"


def test_a_server_that_does_not_answer_is_said_plainly(desk_run, boxes, settings):
    port = _closed_port()
    database = f"postgresql+psycopg://guichet:s3cret@127.0.0.1:{port}/guichet"

    code = desk_app.run_desk(settings.with_overrides(database=database, language="en"))

    assert code == 2
    assert boxes.confirms == []  # a server database is never "made" by the desk
    assert len(boxes.errors) == 1
    assert boxes.errors[0].startswith(f"Cannot connect to 127.0.0.1:{port}/guichet: ")
    assert "s3cret" not in boxes.errors[0] and "Traceback" not in boxes.errors[0]
    assert "title" not in desk_run  # no window opened


def test_the_title_names_a_server_database_without_its_password():
    label = database_label("postgresql+psycopg://guichet:s3cret@db.office.lan:5432/guichet")
    assert label == "db.office.lan/guichet"
    assert database_label("/srv/data/club.sqlite3") == "club.sqlite3"


# --- a database from a newer Guichet ----------------------------------------------------------
def test_a_database_from_a_newer_guichet_is_refused_with_both_versions(
    desk_run, boxes, settings, db_path
):
    _make_database(settings)
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")

    code = desk_app.run_desk(settings.with_overrides(language="en"))

    assert code == 2
    assert len(boxes.errors) == 1
    text = boxes.errors[0]
    assert "newer version of Guichet" in text
    assert "9999_future" in text
    assert f"Guichet {guichet_version()}" in text
    assert schema_head() in text
    assert "title" not in desk_run


# --- a read-only database ------------------------------------------------------------------------
@pytest.fixture
def read_only_file(settings, db_path):
    services = make_services(settings)
    detail = make_sepa_customer(services, reference="CUST-000200")
    services.close()
    db_path.chmod(0o444)
    yield detail
    db_path.chmod(0o644)


def make_services(settings):
    from core.bootstrap import open_services

    return open_services(settings)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_read_only_file_opens_read_only_with_a_banner_and_no_edit(
    qtbot, make_window, read_only_file, language
):
    window = make_window(language)

    assert window.readOnlyBanner.isVisible()
    banner = {"fr": "lecture seule", "en": "read-only"}[language]
    assert banner in window.readOnlyBanner.text()
    assert banner in window.windowTitle()
    assert "guichet.sqlite3" in window.windowTitle()

    # Looking things up still works…
    select_customer(qtbot, window, "CUST-000200")
    select_invoice(window, window.detailPane.invoiceModel.invoice_at(0).number)
    # …changing anything does not.
    for name in (
        "actionEdit",
        "actionNewPaymentLink",
        "actionRevokeLinks",
        "actionRemoveFromGreylist",
        "actionAnonymize",
        "actionDelete",
    ):
        assert not getattr(window, name).isEnabled(), name
    assert not window.newCustomerButton.isEnabled()
    assert not window.actionNewCustomer.isEnabled()
    pane = window.detailPane
    for button in (
        pane.recordPaymentButton,
        pane.voidInvoiceButton,
        pane.refundInvoiceButton,
        pane.addSubscriptionButton,
        pane.changeSubscriptionButton,
        pane.suspendSubscriptionButton,
        pane.resumeSubscriptionButton,
        pane.terminateSubscriptionButton,
    ):
        assert not button.isEnabled(), button.objectName() or button.text()
    assert pane.openInvoiceButton.isEnabled()  # reading an invoice is fine

    window.show_section("debits")
    qtbot.waitUntil(window.debitsPage.is_loaded, timeout=15000)
    page = window.debitsPage
    for button in (
        page.newDebitBatchButton,
        page.importBankReturnButton,
        page.exportDebitBatchButton,
        page.settleDebitBatchButton,
        page.cancelDebitBatchButton,
    ):
        assert not button.isEnabled(), button.objectName()


def test_a_write_that_still_gets_through_is_refused_in_words(
    qtbot, make_window, read_only_file, boxes
):
    window = make_window("en")
    select_customer(qtbot, window, "CUST-000200")
    # A shortcut or a stale button: the operation itself is refused, with a sentence.
    from desktop.operations import links

    window.operations.run(links.revoke_links(window._services, read_only_file.id))
    settle(qtbot, window)
    assert boxes.errors == ["This database is open read-only: nothing can be changed in it."]


def test_a_folder_guichet_may_not_write_opens_the_database_read_only(
    qtbot, make_window, settings, db_path
):
    _make_database(settings)
    assert not db_path.with_name(db_path.name + "-wal").exists()
    db_path.parent.chmod(0o555)  # SQLite could not make its WAL beside the file
    try:
        window = make_window("en")
        assert window.readOnlyBanner.isVisible()
        assert window.customerModel.rowCount() == 1
        assert not window.newCustomerButton.isEnabled()
        window.shutdown()
    finally:
        db_path.parent.chmod(0o755)


def test_a_writable_database_shows_no_banner(make_window, settings):
    _make_database(settings)
    window = make_window("en")
    assert not window.readOnlyBanner.isVisible()
    assert "read-only" not in window.windowTitle()
    assert window.newCustomerButton.isEnabled()


def test_a_read_only_file_that_cannot_be_read_is_said_plainly(desk_run, boxes, settings, db_path):
    db_path.write_bytes(b"not a database at all, and nobody may write it" * 100)
    db_path.chmod(0o444)
    try:
        code = desk_app.run_desk(settings.with_overrides(language="en"))
    finally:
        db_path.chmod(0o644)

    assert code == 2
    assert len(boxes.errors) == 1
    assert boxes.errors[0].startswith(f"The database {db_path} is read-only")
    assert "Traceback" not in boxes.errors[0]


def test_a_read_only_database_of_an_older_version_says_it_needs_upgrading(
    desk_run, boxes, settings, db_path
):
    _make_database(settings)
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
    db_path.chmod(0o444)
    try:
        code = desk_app.run_desk(settings.with_overrides(language="fr"))
    finally:
        db_path.chmod(0o644)

    assert code == 2
    assert len(boxes.errors) == 1
    assert "lecture seule" in boxes.errors[0]
    assert "version plus ancienne" in boxes.errors[0]
    with closing(sqlite3.connect(db_path)) as conn, conn:  # nothing was upgraded
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"


# --- the payment form's health -----------------------------------------------------------------
@pytest.fixture
def portal(settings):
    handle = start_in_thread(settings, port=0)
    yield handle
    handle.stop()


def _window_on(qtbot, settings, clock, qsettings, portal_url, language="en"):
    window = desk_app.build_window(
        settings.database,
        operator="alice",
        settings=settings.with_overrides(portal_url=portal_url),
        language=language,
        qsettings=qsettings,
        clock=clock,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.customerModel.is_busy(), timeout=15000)
    return window


def test_the_status_bar_says_whether_the_form_answers(
    qtbot, live_portal_health, services, settings, clock, qsettings, portal
):
    window = _window_on(qtbot, settings, clock, qsettings, portal.url)
    try:
        qtbot.waitUntil(lambda: window.portal_answers() is True, timeout=15000)
        assert window.portalLabel.text() == f"● Payment form answering at {portal.url}"

        portal.stop()  # the form stops: the next check says so
        window.portalHealth.check()
        qtbot.waitUntil(lambda: window.portal_answers() is False, timeout=15000)
        assert window.portalLabel.text() == f"● Payment form not answering at {portal.url}"
    finally:
        window.shutdown()


def test_the_french_status_bar_says_the_form_does_not_answer(
    qtbot, live_portal_health, services, settings, clock, qsettings
):
    url = f"http://127.0.0.1:{_closed_port()}"
    window = _window_on(qtbot, settings, clock, qsettings, url, language="fr")
    try:
        qtbot.waitUntil(lambda: window.portal_answers() is False, timeout=15000)
        assert window.portalLabel.text() == f"● Le formulaire de paiement ne répond pas à {url}"
        assert window.portalLabel.isVisible()
    finally:
        window.shutdown()


def test_a_link_made_while_the_form_does_not_answer_warns_and_is_still_made(
    qtbot, live_portal_health, services, settings, clock, qsettings, boxes, drive
):
    services.customers.create(customer_input(reference="CUST-000123"))
    url = f"http://127.0.0.1:{_closed_port()}"
    window = _window_on(qtbot, settings, clock, qsettings, url)
    try:
        qtbot.waitUntil(lambda: window.portal_answers() is False, timeout=15000)
        select_customer(qtbot, window, "CUST-000123")
        boxes.choice = "card"
        dialogs = drive(PaymentLinkDialog, lambda dialog: None)
        window.actionNewPaymentLink.trigger()
        qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=15000)
        settle(qtbot, window)

        assert len(boxes.errors) == 1
        assert f"does not answer at {url}" in boxes.errors[0]
        assert "will work as soon as the form runs" in boxes.errors[0]
        assert dialogs[0].paymentLinkText.text().startswith(f"{url}/m/")
    finally:
        window.shutdown()


def test_a_link_made_while_the_form_answers_comes_without_a_warning(
    qtbot, live_portal_health, services, settings, clock, qsettings, boxes, drive, portal
):
    services.customers.create(customer_input(reference="CUST-000123"))
    window = _window_on(qtbot, settings, clock, qsettings, portal.url)
    try:
        qtbot.waitUntil(lambda: window.portal_answers() is True, timeout=15000)
        select_customer(qtbot, window, "CUST-000123")
        boxes.choice = "sepa_debit"
        dialogs = drive(PaymentLinkDialog, lambda dialog: None)
        window.actionNewPaymentLink.trigger()
        qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=15000)
        settle(qtbot, window)
        assert boxes.errors == []
    finally:
        window.shutdown()


def test_demo_names_a_port_already_taken(desk_run, boxes, settings, capsys):
    _make_database(settings)
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        port = other.getsockname()[1]
        demo = settings.with_overrides(portal_url=f"http://127.0.0.1:{port}", language="en")

        assert desk_app.run_desk(demo, demo=True) == 0

    assert boxes.errors == [
        f"The payment form cannot start: port {port} is already used by another program. "
        "Close that program, or set portal_url to another port."
    ]
    err = capsys.readouterr().err
    assert f"port {port} is already used by another program" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
