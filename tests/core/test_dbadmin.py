"""`guichet db …`: init, upgrade, backup while desks write, restore that checks first, copy
to PostgreSQL that compares every table.

The PostgreSQL tests run on the session's server (tests/conftest.py: the server named by
``GUICHET_TEST_POSTGRESQL_URL``, or a throw-away cluster); each makes its own database.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sqlite3
import threading
from contextlib import closing

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from core import dbadmin
from core.bootstrap import open_services
from core.cli import main
from core.db import _alembic_config, make_engine
from core.demo import add_demo_customers
from core.errors import DatabaseVersionError, GuichetError
from tests.conftest import customer_input
from tests.core.conftest import dump

# The database the commands start from is a SQLite file; the PostgreSQL side of copy, backup and
# restore is the session server's (``postgresql_database``).
pytestmark = pytest.mark.sqlite_only


def _references(path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn, conn:
        return {r[0] for r in conn.execute("SELECT reference FROM customers")}


def _integrity(path) -> str:
    with closing(sqlite3.connect(path)) as conn, conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _folder(path) -> list[str]:
    return sorted(p.name for p in path.iterdir())


@pytest.fixture
def filled(settings, clock, db_path):
    """A database with every kind of row: methods, links, invoices paid and voided, events."""
    s = open_services(settings, clock=clock)
    try:
        add_demo_customers(s, 40, seed=3)
        c = s.customers.create(customer_input(reference="CUST-ETE", note="Ligne 1\nLigne 2 ✓"))
        s.billing.add_subscription(
            c.id, label="Adhésion", amount_cents=2990, period="monthly", start="2026-08-31"
        )
        s.billing.add_subscription(
            c.id,
            label="Cours",
            amount_cents=1234,
            period="yearly",
            start="2026-01-15",
            vat_rate="5.5",
        )
        first, second, *_ = s.billing.run("2026-11-20")
        s.billing.record_payment(first.id, method="cheque", paid_on="2026-11-20", reference="n°7")
        s.billing.void(second.id, reason="Erreur de saisie")
        s.payments.create_link(c.id, "sepa_debit")
    finally:
        s.close()
    return db_path


# --- init and upgrade -------------------------------------------------------------------------


def test_init_creates_a_database_and_refuses_one_that_exists(cli, db_path):
    code, _out, err = cli("db", "init")
    assert code == 0 and "created" in err
    assert _integrity(db_path) == "ok"
    before = dump(db_path)
    code, _out, err = cli("db", "init")
    assert code == 2
    assert err.count("\n") == 1 and "already holds a database" in err
    assert dump(db_path) == before


def test_upgrade_of_a_missing_file_creates_nothing(cli, db_path):
    code, _out, err = cli("db", "upgrade")
    assert code == 2 and "does not exist" in err
    assert not db_path.exists()


def _database_at(path, revision: str) -> None:
    """A database as an older Guichet left it: the schema up to ``revision``."""
    engine = make_engine(str(path), migrate=False)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def test_upgrade_says_from_which_schema_to_which_and_keeps_a_copy(cli, db_path):
    _database_at(db_path, "0004")
    code, _out, err = cli("db", "upgrade")
    assert code == 0, err
    assert f"0004 -> {dbadmin.head_revision()}" in err
    assert len(list(db_path.parent.glob("guichet.sqlite3.before-0004-*.bak"))) == 1
    code, _out, err = cli("db", "upgrade")
    assert code == 0 and "already current" in err


def test_a_newer_database_is_refused_naming_both_schemas(cli, db_path):
    make_engine(str(db_path)).dispose()
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    before = dump(db_path)
    code, _out, err = cli("db", "upgrade")
    assert code == 2 and err.count("\n") == 1
    assert "0099" in err and dbadmin.head_revision() in err
    assert dump(db_path) == before
    with pytest.raises(DatabaseVersionError):
        dbadmin.upgrade_database(str(db_path))


# --- backup -----------------------------------------------------------------------------------


def test_backup_while_a_desk_writes_then_restore_keeps_every_customer(
    cli, settings, db_path, tmp_path
):
    writer = open_services(settings)
    add_demo_customers(writer, 200, seed=1)
    stop = threading.Event()
    written: list[str] = []
    failures: list[BaseException] = []

    def keep_writing() -> None:
        try:
            n = 0
            while not stop.is_set():
                n += 1
                made = writer.customers.create(
                    customer_input(reference=f"LIVE-{n:05d}", email=f"live{n}@example.fr")
                )
                written.append(made.reference)
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            failures.append(exc)

    thread = threading.Thread(target=keep_writing)
    thread.start()
    backups = []
    try:
        # Several backups while the writer goes on: each is a consistent image.
        while len(backups) < 4 or len(written) < 20:
            seen_before = set(written)
            out = tmp_path / f"backup-{len(backups)}.sqlite3"
            code, _out, err = cli("db", "backup", "--output", str(out))
            assert code == 0, err
            backups.append((out, seen_before))
            if len(backups) > 50:
                break
    finally:
        stop.set()
        thread.join()
        writer.close()
    assert not failures
    assert len(written) >= 20  # the desk really wrote between the backups
    for out, seen_before in backups:
        assert oct(out.stat().st_mode & 0o777) == "0o600"
        assert _integrity(out) == "ok"
        assert seen_before <= _references(out)
    assert not list(tmp_path.glob("*.partial"))

    everyone = _references(db_path)
    last, seen_before = backups[-1]
    code, _out, err = cli("db", "restore", str(last), "--yes")
    assert code == 0, err
    assert _integrity(db_path) == "ok"
    restored = _references(db_path)
    assert seen_before <= restored <= everyone
    assert len(restored) >= 200 + len(seen_before)
    # The replaced database is kept aside, private, with every customer it had.
    kept = list(tmp_path.glob("guichet.sqlite3.replaced-*"))
    assert len(kept) == 1 and oct(kept[0].stat().st_mode & 0o777) == "0o600"
    assert _references(kept[0]) == everyone
    # The restored database opens and serves as usual.
    code, out, _err = cli("customer", "show", "LIVE-00001")
    assert code == 0 and "LIVE-00001" in out


def test_backup_to_a_bad_path_writes_nothing(cli, filled, tmp_path):
    missing_folder = tmp_path / "no" / "such" / "folder" / "b.sqlite3"
    before = _folder(tmp_path)
    code, out, err = cli("db", "backup", "--output", str(missing_folder))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "cannot be written" in err
    assert _folder(tmp_path) == before

    existing = tmp_path / "keep.sqlite3"
    existing.write_bytes(b"mine")
    code, _out, err = cli("db", "backup", "--output", str(existing))
    assert code == 2 and "already exists" in err and err.count("\n") == 1
    assert existing.read_bytes() == b"mine"
    assert not list(tmp_path.glob(".*partial"))


def test_backup_of_a_damaged_database_leaves_no_file(cli, filled, tmp_path):
    _damage(filled)
    out = tmp_path / "b.sqlite3"
    code, _out, err = cli("db", "backup", "--output", str(out))
    assert code == 2 and err.count("\n") == 1 and "damaged" in err
    assert not out.exists() and not list(tmp_path.glob(".*partial"))


def _damage(path) -> None:
    """Scribble over the pages after the first two: the structure SQLite checks breaks."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    for offset in range(page * 2, len(data), page):
        data[offset : offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


# --- restore ----------------------------------------------------------------------------------


@pytest.fixture
def backup_file(cli, filled, tmp_path):
    out = tmp_path / "backup.sqlite3"
    code, _out, err = cli("db", "backup", "--output", str(out))
    assert code == 0, err
    return out


def test_restore_without_yes_says_what_it_would_replace(cli, db_path, backup_file, tmp_path):
    before, files = dump(db_path), _folder(tmp_path)
    code, _out, err = cli("db", "restore", str(backup_file))
    assert code == 2 and err.count("\n") == 1
    assert "would replace" in err and str(db_path) in err and "--yes" in err
    assert dump(db_path) == before and _folder(tmp_path) == files


@pytest.mark.parametrize("kind", ["corrupt", "not_sqlite", "not_guichet", "newer", "missing"])
def test_restore_refuses_a_bad_file_and_changes_nothing(cli, db_path, backup_file, tmp_path, kind):
    bad = tmp_path / "bad.sqlite3"
    expected = {
        "corrupt": "damaged",
        "not_sqlite": "not a SQLite database",
        "not_guichet": "not a Guichet database",
        "newer": "newer version of Guichet",
        "missing": "cannot be read",
    }[kind]
    if kind == "corrupt":
        bad.write_bytes(backup_file.read_bytes())
        _damage(bad)
    elif kind == "not_sqlite":
        bad.write_text("reference;name\nCUST-1;Élodie\n", encoding="utf-8")
    elif kind == "not_guichet":
        with closing(sqlite3.connect(bad)) as conn, conn:
            conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
            conn.execute("INSERT INTO notes (body) VALUES ('hello')")
    elif kind == "newer":
        bad.write_bytes(backup_file.read_bytes())
        with closing(sqlite3.connect(bad)) as conn, conn:
            conn.execute("UPDATE alembic_version SET version_num = '0099'")
    before, files = dump(db_path), _folder(tmp_path)
    code, out, err = cli("db", "restore", str(bad), "--yes")
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert expected in err
    assert dump(db_path) == before
    assert _folder(tmp_path) == files


def test_restore_of_an_older_backup_upgrades_it_after(cli, db_path, tmp_path):
    old = tmp_path / "old.sqlite3"
    _database_at(old, "0004")
    engine = make_engine(str(old), migrate=False)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (reference, name, email, language, status, note, company,"
                " first_name, last_name, address_line1, address_line2, postal_code, city,"
                " region, country, phone, vat_number, search_text, sort_name, greylisted,"
                " failed_attempts, created_at, updated_at, version) VALUES ('OLD-1', 'Ancien',"
                " 'a@example.fr', 'fr', 'active', '', '', '', '', '', '', '', '', '', 'FR', '',"
                " '', 'ancien', 'ancien', 0, 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
            )
        )
    engine.dispose()
    make_engine(str(db_path)).dispose()
    code, _out, err = cli("db", "restore", str(old), "--yes")
    assert code == 0, err
    assert f"0004 -> {dbadmin.head_revision()}" in err
    with closing(sqlite3.connect(db_path)) as conn, conn:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert version == dbadmin.head_revision()
    assert _references(db_path) == {"OLD-1"}


def test_restore_is_refused_while_a_desk_has_the_database_open(
    settings, db_path, backup_file, tmp_path
):
    desk = open_services(settings)
    try:
        desk.customers.search("", limit=5)
        before, files = _references(db_path), _folder(tmp_path)
        with pytest.raises(GuichetError) as err:
            dbadmin.restore_database(str(db_path), str(backup_file), confirmed=True)
        assert err.value.code == "database_in_use"
        assert _references(db_path) == before and _folder(tmp_path) == files
    finally:
        desk.close()


@pytest.mark.parametrize("how", ["garbage", "scribbled"])
def test_restore_replaces_a_damaged_database_and_keeps_it_aside(
    cli, db_path, backup_file, tmp_path, how
):
    if how == "garbage":
        db_path.write_bytes(b"\x00not a database any more" * 1000)
    else:
        _damage(db_path)
    damaged = db_path.read_bytes()
    code, _out, err = cli("db", "restore", str(backup_file), "--yes")
    assert code == 0, err
    assert _integrity(db_path) == "ok"
    assert _references(db_path) == _references(backup_file)
    (kept,) = tmp_path.glob("guichet.sqlite3.replaced-*[0-9]")
    assert kept.read_bytes() == damaged


def test_restore_into_a_new_place(tmp_path, backup_file):
    target = tmp_path / "elsewhere" / "guichet.sqlite3"
    done = dbadmin.restore_database(str(target), str(backup_file), confirmed=True)
    assert done.replaced_kept is None
    assert _integrity(target) == "ok"
    assert _references(target) == _references(backup_file)
    assert oct(target.stat().st_mode & 0o777) == "0o600"


# --- copy to PostgreSQL ---------------------------------------------------------------------


@pytest.fixture
def postgresql_database(empty_postgresql_database):
    """A fresh, empty PostgreSQL database for one test (the session's server), dropped after it."""
    return empty_postgresql_database


def test_copy_to_postgresql_gives_equal_counts_and_checksums(
    cli, filled, postgresql_database, settings
):
    code, out, err = cli("db", "copy", "--to", postgresql_database)
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[-1].startswith("copied ") and "counts and checksums equal" in lines[-1]
    summary = {line.split("\t")[0]: line.split("\t") for line in lines[:-1]}
    assert summary["customers"][1] == summary["customers"][2] == "41"
    assert all(row[4] == "equal" for row in summary.values())
    assert int(summary["invoices"][1]) >= 2 and int(summary["activity_events"][1]) > 0

    # The copy serves as the database: same customers, and new ids go on after the copied.
    code, out, err = cli("customer", "show", "CUST-ETE", "--json")
    code_pg = _run_on(postgresql_database, "customer", "show", "CUST-ETE", "--json")
    assert code == 0 and code_pg == (0, out)
    added = _run_on(
        postgresql_database,
        "customer",
        "add",
        "--reference",
        "NEW-1",
        "--name",
        "Nouveau",
        "--email",
        "n@example.fr",
    )
    assert added == (0, "NEW-1\n")


def _run_on(database: str, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([*args, "--database", database])
    return code, out.getvalue()


def test_the_comparison_sees_one_changed_value(filled, postgresql_database):
    report = dbadmin.copy_database(str(filled), postgresql_database)
    assert not report.differing and report.rows > 41
    engine = create_engine(postgresql_database)
    with engine.begin() as conn:
        conn.execute(text("UPDATE customers SET city = 'Lyon ' WHERE reference = 'CUST-ETE'"))
    engine.dispose()
    compared = dbadmin.compare_databases(str(filled), postgresql_database)
    differing = [t for t in compared if not t.equal]
    assert [t.table for t in differing] == ["customers"]
    assert differing[0].source_rows == differing[0].target_rows


def test_copy_refuses_a_target_that_is_not_empty(cli, filled, postgresql_database):
    code, _out, err = cli("db", "copy", "--to", postgresql_database)
    assert code == 0, err
    engine = create_engine(postgresql_database)
    with engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM customers")).scalar()
    code, out, err = cli("db", "copy", "--to", postgresql_database)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "is not empty" in err
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM customers")).scalar() == before
    engine.dispose()


def test_copy_refuses_a_database_holding_other_tables(cli, filled, postgresql_database):
    engine = create_engine(postgresql_database)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE accounts (id integer)"))
    engine.dispose()
    code, _out, err = cli("db", "copy", "--to", postgresql_database)
    assert code == 2 and "accounts" in err and err.count("\n") == 1


def test_copy_into_a_database_made_by_db_init(cli, filled, postgresql_database):
    assert _run_on(postgresql_database, "db", "init")[0] == 0
    code, _out, err = cli("db", "copy", "--to", postgresql_database)
    assert code == 0, err


def test_copy_wants_a_postgresql_target(cli, filled, tmp_path):
    code, _out, err = cli("db", "copy", "--to", f"sqlite:///{tmp_path / 'other.sqlite3'}")
    assert code == 2 and "not a PostgreSQL database" in err
    assert not (tmp_path / "other.sqlite3").exists()


def test_backup_and_restore_on_postgresql(filled, postgresql_database, tmp_path):
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump and pg_restore are not installed")
    dbadmin.copy_database(str(filled), postgresql_database)
    out = tmp_path / "pg.dump"
    made = dbadmin.backup_database(postgresql_database, str(out))
    assert made.path == out and oct(out.stat().st_mode & 0o777) == "0o600"
    engine = create_engine(postgresql_database)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM activity_events"))
    with pytest.raises(GuichetError) as err:
        dbadmin.restore_database(postgresql_database, str(out), confirmed=False)
    assert err.value.code == "restore_needs_yes_pg"
    done = dbadmin.restore_database(postgresql_database, str(out), confirmed=True)
    assert done.replaced_kept is not None and done.replaced_kept.exists()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM activity_events")).scalar() > 0
        assert conn.execute(text("SELECT count(*) FROM customers")).scalar() == 41
    engine.dispose()


def test_postgresql_backup_without_pg_dump_says_so(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("GUICHET_CONFIG", str(tmp_path / "none.toml"))
    out = tmp_path / "b.dump"
    code = main(
        ["db", "backup", "--output", str(out), "--database", "postgresql+psycopg://u@db.lan/g"]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "pg_dump is not installed" in err
    assert _folder(tmp_path) == []
