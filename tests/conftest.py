"""Shared fixtures: a real database per test (a SQLite file, or a PostgreSQL database),
settings, services and a movable clock.

The core, command-line and payment-form tests (tests/core, tests/portal) that use the
database run once per backend: ``test_x[sqlite]`` and ``test_x[postgresql]``. A test about
the SQLite file itself is marked ``sqlite_only``; one about PostgreSQL alone
(its locks, LISTEN/NOTIFY) is marked ``postgresql_only``. Without a PostgreSQL server the
PostgreSQL half is skipped, except in CI (env CI set), where it fails.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Shared, noisy machines: a slow example is not a failure (timings are measured elsewhere).
hypothesis_settings.register_profile("guichet", deadline=None, print_blob=True)
hypothesis_settings.load_profile("guichet")

from core.bootstrap import Services, open_services  # noqa: E402
from core.config import Settings  # noqa: E402
from core.dto import CustomerInput  # noqa: E402
from tests import postgresql  # noqa: E402

CREDITOR_ID = "FR72ZZZ123456"
VALID_IBAN = "FR7630006000011234567890189"


class Clock:
    """A clock tests can move; starts at a fixed instant (naive UTC)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 20, 9, 30))


BACKENDS = ("sqlite", "postgresql")
_BOTH_BACKENDS = ("tests/core/", "tests/portal/")


def pytest_generate_tests(metafunc):
    """Every core, CLI and portal test that opens the database runs on both backends."""
    if "backend" not in metafunc.fixturenames:
        return
    path = str(metafunc.definition.path).replace("\\", "/")
    if not any(folder in path for folder in _BOTH_BACKENDS):
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if metafunc.definition.get_closest_marker("postgresql_only"):
        metafunc.parametrize("backend", ["postgresql"], indirect=True)
        return
    metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request) -> str:
    """The backend of the test: SQLite, unless the test is run on both."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def postgresql_server():
    """The admin URL of a PostgreSQL server (may CREATE DATABASE), for the whole session."""
    url, cluster, why = postgresql.find_server()
    if url is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI runs every test on PostgreSQL too: {why}", pytrace=False)
        pytest.skip(why)
    try:
        yield url
    finally:
        if cluster is not None:
            cluster.stop()


@pytest.fixture(scope="session")
def postgresql_template(postgresql_server):
    """A database migrated once; each test's database is a copy of it."""
    name = postgresql.make_template(postgresql_server)
    yield name
    postgresql.drop_template(postgresql_server, name)


@pytest.fixture
def postgresql_database(postgresql_server, postgresql_template):
    """The URL of a fresh PostgreSQL database at the newest schema, dropped after the test."""
    name = postgresql.new_database(postgresql_server, postgresql_template)
    yield postgresql.database_url(postgresql_server, name)
    postgresql.drop_database(postgresql_server, name)


@pytest.fixture
def empty_postgresql_database(postgresql_server):
    """The URL of a fresh, empty PostgreSQL database (no schema), dropped after the test."""
    name = postgresql.new_database(postgresql_server, None)
    yield postgresql.database_url(postgresql_server, name)
    postgresql.drop_database(postgresql_server, name)


@pytest.fixture
def db_path(backend, tmp_path, request):
    """The database of the test: a SQLite file path, or a PostgreSQL URL (a str)."""
    if backend == "postgresql":
        return request.getfixturevalue("postgresql_database")
    return tmp_path / "guichet.sqlite3"


@pytest.fixture
def settings(db_path) -> Settings:
    return Settings(
        database=str(db_path),
        portal_url="http://127.0.0.1:8765",
        business_name="Club Test",
        creditor_id=CREDITOR_ID,
        operator="alice",
    )


@pytest.fixture
def services(settings, clock) -> Services:
    svc = open_services(settings, clock=clock)
    yield svc
    svc.close()


def customer_input(**overrides) -> CustomerInput:
    values = dict(
        name="Élodie Martin",
        email="elodie.martin@example.fr",
        language="fr",
        first_name="Élodie",
        last_name="Martin",
        address_line1="12 rue des Lilas",
        postal_code="69003",
        city="Lyon",
        country="FR",
        phone="06 12 34 56 78",
    )
    values.update(overrides)
    return CustomerInput(**values)


@pytest.fixture
def customer(services):
    return services.customers.create(customer_input(reference="CUST-000123"))


def hold_write_lock(db_path):
    """Another process's writer holding the database (reads go on beside it).

    SQLite: BEGIN IMMEDIATE on the file. PostgreSQL: every table locked in EXCLUSIVE
    mode, which lets reads through and makes every write wait. The caller ends it with
    ``execute("ROLLBACK")`` and ``close()``.
    """
    if isinstance(db_path, str) and "://" in db_path:
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(db_path).set(drivername="postgresql").render_as_string(hide_password=False)
        other = psycopg.connect(url)
        tables = [
            row[0]
            for row in other.execute(
                "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'"
            )
        ]
        other.execute(f"LOCK TABLE {', '.join(tables)} IN EXCLUSIVE MODE")
        return other
    import sqlite3

    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    return conn
