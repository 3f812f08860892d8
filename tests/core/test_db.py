"""Storage: migrations on open, copy aside before upgrade, newer schema refused, WAL, FKs."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import text

from core.bootstrap import open_services
from core.db import make_engine
from core.errors import DatabaseVersionError
from tests.conftest import hold_write_lock

HEAD = "0008"


@pytest.mark.sqlite_only
def test_new_database_is_migrated_with_wal_and_foreign_keys(db_path):
    engine = make_engine(str(db_path))
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    engine.dispose()
    assert not list(db_path.parent.glob("*.bak"))


def test_database_from_newer_guichet_is_refused(settings, db_path):
    engine = make_engine(str(db_path))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(DatabaseVersionError) as err:
        open_services(settings)
    assert "newer version of Guichet" in str(err.value)


@pytest.mark.sqlite_only
def test_older_database_is_copied_aside_before_upgrade(settings, db_path):
    # An unversioned file with tables (as from an older build) is kept before upgrading.
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("CREATE TABLE legacy (id INTEGER)")
    services = open_services(settings)
    services.close()
    backups = list(db_path.parent.glob("guichet.sqlite3.before-*.bak"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as conn, conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name='legacy'").fetchone()


def test_two_desks_editing_one_customer_detect_each_other(settings, clock):
    from tests.conftest import customer_input

    one = open_services(settings, clock=clock)
    two = open_services(settings, clock=clock)
    c = one.customers.create(customer_input())
    seen_by_two = two.customers.get(c.id)
    one.customers.update(c.id, customer_input(city="Paris"), expected_version=c.version)
    from core.errors import ConflictError

    with pytest.raises(ConflictError):
        two.customers.update(
            c.id, customer_input(city="Nice"), expected_version=seen_by_two.version
        )
    assert one.customers.get(c.id).city == "Paris"
    one.close()
    two.close()


def test_reads_go_on_while_another_desk_writes(settings, db_path):
    services = open_services(settings)
    writer = hold_write_lock(db_path)
    try:
        assert services.customers.count() == 0
        assert services.healthy()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        services.close()


def test_local_business_day_not_utc(settings, monkeypatch):
    import time
    from datetime import datetime

    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        services = open_services(settings, clock=lambda: datetime(2026, 11, 30, 23, 30))
        assert services.billing.ctx.today().isoformat() == "2026-12-01"
        services.close()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
