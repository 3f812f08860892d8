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
        # As a database of the version before: without 0007's index.
        conn.execute(text("DROP INDEX ix_customers_city"))
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
