"""What a start loads: the desk shows its window before SQLAlchemy, never loads Alembic on an
up-to-date database, and a command loads only what it uses."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core.bootstrap import open_services
from core.config import Settings
from core.db import make_engine
from tests.conftest import customer_input

ROOT = Path(__file__).resolve().parent.parent.parent


def _run(code: str, *args: str, tmp_path: Path) -> str:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["GUICHET_CONFIG"] = str(tmp_path / "none.toml")
    for kind in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{kind}_HOME"] = str(tmp_path / kind.lower())
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def database(tmp_path) -> str:
    path = str(tmp_path / "guichet.sqlite3")
    services = open_services(Settings(database=path, business_name="Test"))
    services.customers.create(customer_input(reference="CUST-000001"))
    services.close()
    return path


def test_opening_an_up_to_date_file_for_the_desk_loads_neither_sqlalchemy_nor_alembic(
    database, tmp_path
):
    out = _run(
        """
        import sys
        from core.config import Settings
        from core.opening import open_for_desk
        opened = open_for_desk(Settings(database=sys.argv[1]))
        print(sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic"}))
        print(opened.services.customers.count(""))
        print(sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic"}))
        """,
        database,
        tmp_path=tmp_path,
    )
    before, count, after = out.split("\n")[:3]
    assert before == "[]"
    assert count == "1"  # the services work once asked
    assert after == "['sqlalchemy']"


def test_the_desk_started_on_an_up_to_date_database_never_imports_alembic(database, tmp_path):
    out = _run(
        """
        import sys
        import desktop.app as desk
        from desktop.__main__ import main
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        made = desk.build_window

        def build_window(*args, **kwargs):
            window = made(*args, **kwargs)

            def first_page():
                if window.customerModel.rowCount() > 0:
                    print("rows", window.customerModel.rowCount())
                    QApplication.instance().quit()
                else:
                    QTimer.singleShot(10, first_page)

            QTimer.singleShot(0, first_page)
            QTimer.singleShot(60_000, QApplication.instance().quit)
            return window

        desk.build_window = build_window
        code = main(["--database", sys.argv[1]])
        print("alembic" in sys.modules, "qrcode" in sys.modules, "holidays" in sys.modules)
        sys.exit(code)
        """,
        database,
        tmp_path=tmp_path,
    )
    assert "rows 1" in out
    assert out.strip().endswith("False False False")


def test_an_older_database_is_still_upgraded_when_the_desk_opens_it(tmp_path):
    from sqlalchemy import text

    path = str(tmp_path / "old.sqlite3")
    engine = make_engine(path)
    with engine.begin() as conn:
        # As a database of an earlier version: without 0007's and 0008's indexes.
        conn.execute(text("DROP INDEX ix_customers_city"))
        conn.execute(text("DROP INDEX ix_customers_email_lower"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0006'"))
    engine.dispose()
    out = _run(
        """
        import sys, sqlite3
        from core.config import Settings
        from core.opening import open_for_desk
        open_for_desk(Settings(database=sys.argv[1]))
        print(sqlite3.connect(sys.argv[1]).execute("SELECT version_num FROM alembic_version").fetchone()[0])
        """,
        path,
        tmp_path=tmp_path,
    )
    from core.db import schema_head

    assert out.strip() == schema_head()


def test_link_create_loads_neither_the_form_nor_documents_nor_alembic(database, tmp_path):
    out = _run(
        """
        import sys
        from desktop.__main__ import main
        code = main(["link", "create", "CUST-000001", "--method", "card", "--database", sys.argv[1]])
        heavy = {"alembic", "starlette", "uvicorn", "jinja2", "fpdf", "facturx", "pypdfium2",
                 "qrcode", "holidays", "lxml", "openpyxl", "PySide6"}
        print(sorted({m.split(".")[0] for m in sys.modules} & heavy))
        sys.exit(code)
        """,
        database,
        tmp_path=tmp_path,
    )
    url, loaded = out.strip().split("\n")[-2:]
    assert "/m/" in url
    assert loaded == "[]"


# What the desk's GUI thread must not load before its window is made: the database
# machinery (the first page is read on a worker thread), pages and dialogs not shown at start,
# and the libraries only they, or a record once opened, use.
NOT_BEFORE_THE_WINDOW = (
    "sqlalchemy",
    "alembic",
    "core.models",
    "core.services",
    "core.dto",
    "babel",
    "phonenumbers",
    "stdnum",
    "schwifty",
    "email_validator",
    "qrcode",
    "fpdf",
    "pypdfium2",
    "starlette",
    "httpx",
    "uvicorn",
    "importlib.metadata",
    "PySide6.QtNetwork",
    "PySide6.QtPrintSupport",
    "desktop.invoices_page",
    "desktop.debits_page",
    "desktop.customer_edit_dialog",
    "desktop.invoice_dialog",
    "desktop.offline_payment_dialog",
    "desktop.payment_link_dialog",
    "desktop.subscription_dialog",
    "desktop.documents",
    "logging.handlers",
    "core.cli",
    "tomllib",
)


def test_the_desk_makes_its_window_without_loading_what_the_start_does_not_show(database, tmp_path):
    out = _run(
        """
        import sys, threading

        loaded = []

        class Spy:
            # Sees each module the first time it is imported, and by which thread.
            def find_spec(self, name, path=None, target=None):
                if threading.current_thread() is threading.main_thread():
                    loaded.append(name)
                return None

        sys.meta_path.insert(0, Spy())
        import desktop.app as desk
        from desktop.__main__ import main
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        made = desk.build_window
        before = []

        def build_window(*args, **kwargs):
            window = made(*args, **kwargs)
            before.extend(loaded)

            def first_page():
                if window.customerModel.rowCount() > 0:
                    QApplication.instance().quit()
                else:
                    QTimer.singleShot(10, first_page)

            QTimer.singleShot(0, first_page)
            QTimer.singleShot(60_000, QApplication.instance().quit)
            return window

        desk.build_window = build_window
        code = main(["--database", sys.argv[1]])
        print(" ".join(before))
        sys.exit(code)
        """,
        database,
        tmp_path=tmp_path,
    )
    before = set(out.split())
    assert "desktop.main_window" in before  # the spy saw the window being made
    early = sorted(
        name
        for name in before
        if any(name == heavy or name.startswith(heavy + ".") for heavy in NOT_BEFORE_THE_WINDOW)
    )
    assert early == []


def test_build_window_gives_every_page_and_its_named_widgets(make_window):
    from PySide6.QtWidgets import QWidget

    window = make_window("en")
    for name in (
        "customersPage",
        "invoicesPage",
        "debitsPage",
        "debitBatchTable",
        "newDebitBatchButton",
        "exportDebitBatchButton",
        "importBankReturnButton",
        "settleDebitBatchButton",
    ):
        assert window.findChild(QWidget, name) is not None, name
    assert window.current_section() == "customers"


def test_the_invoices_and_debits_pages_are_made_when_first_opened(
    qtbot, settings, clock, qsettings
):
    from PySide6.QtWidgets import QWidget

    from desktop.app import build_window

    # As the desk's own start makes it.
    window = build_window(
        settings.database,
        operator="alice",
        settings=settings,
        language="en",  # English, as the tests after this one expect of the application
        qsettings=qsettings,
        clock=clock,
        pages_when_opened=True,
    )
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.current_section() == "customers"
        assert window.findChild(QWidget, "invoicesPage") is None
        assert window.findChild(QWidget, "debitsPage") is None

        window.show_section("invoices")
        page = window.findChild(QWidget, "invoicesPage")
        assert page is not None and window.pages.currentWidget() is page
        assert window.invoicesPage is page  # made once, whichever way it is reached
        window.show_section("debits")
        assert window.pages.currentWidget() is window.findChild(QWidget, "debitsPage")
        window.show_section("invoices")
        assert window.pages.currentWidget() is page
        assert window.pages.count() == 3
    finally:
        window.shutdown()


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["--database", "x.sqlite3"],
        ["--demo"],
        ["-d", "link", "link", "create", "CUST-000001", "--method", "card"],
        ["link", "create", "CUST-000001", "--method", "card", "--database", "x"],
        ["customer", "add", "--reference", "C1", "--name", "N", "--email", "a@b.c"],
        ["invoice", "pay", "F1", "F2", "--method", "cash", "--date", "2026-01-02"],
        ["subscription", "suspend", "3"],
        ["debit", "import", "f.xml", "--dry-run"],
        ["db", "backup", "--output", "b.sqlite3"],
        ["export", "invoices", "--from", "2026-01-01", "--to", "2026-01-31", "--output", "a.csv"],
    ],
)
def test_the_command_line_reads_words_as_the_whole_parser_does(words):
    from core import cli

    assert cli.parse(words) == cli.build_parser().parse_args(words)


@pytest.mark.parametrize(
    "words",
    [["link"], ["link", "create"], ["bogus"], ["--database"], ["customer", "add", "--name", "N"]],
)
def test_the_command_line_refuses_words_as_the_whole_parser_does(words):
    from core import cli

    with pytest.raises(cli.UsageError) as lean:
        cli.parse(words)
    with pytest.raises(cli.UsageError) as whole:
        cli.build_parser().parse_args(words)
    assert str(lean.value) == str(whole.value)


def test_every_command_is_named_in_commands():
    import argparse

    from core import cli

    sub = next(
        action
        for action in cli.build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    assert tuple(sub.choices) == cli.COMMANDS


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["--demo"],
        ["--database", "x.sqlite3"],
        ["-d", "x.sqlite3", "--demo"],
        ["--database=postgresql://u@h/db"],
        ["--database", "a", "--database", "b"],
        ["--demo", "--demo", "-d", "link"],
    ],
)
def test_a_plain_start_of_the_desk_is_read_as_the_command_line_reads_it(words):
    from core import cli
    from desktop.__main__ import desk_words

    plain = desk_words(words)
    parsed = cli.parse(words)
    assert plain is not None
    assert (plain.command, plain.database, plain.demo) == (
        parsed.command,
        parsed.database,
        parsed.demo,
    )


@pytest.mark.parametrize(
    "words",
    [
        ["link", "create", "X", "--method", "card"],
        ["--help"],
        ["--database"],
        ["-d", "--demo"],
        ["--data", "x"],
        ["-dx.sqlite3"],
        ["--database="],
        ["--", "x"],
        ["x.sqlite3"],
    ],
)
def test_anything_else_is_left_to_the_command_line(words):
    from desktop.__main__ import desk_words

    assert desk_words(words) is None
