"""Engine, sessions and automatic migrations (Alembic) for SQLite or PostgreSQL."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from core.errors import DatabaseVersionError

MIGRATIONS = Path(__file__).with_name("migrations")


def database_url(database: str) -> str:
    """A SQLAlchemy URL, or a plain path taken as a SQLite file."""
    if "://" in database:
        return database
    return f"sqlite:///{Path(database).expanduser()}"


def sqlite_file_missing(database: str) -> str | None:
    """The path of a SQLite database file that does not exist yet, else None."""
    url = make_url(database_url(database))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return None if Path(url.database).exists() else url.database


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _head_revision(cfg: Config) -> str:
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def make_engine(database: str, *, migrate: bool = True) -> Engine:
    """Open the database, creating or upgrading its schema when needed."""
    url = database_url(database)
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    if is_sqlite:
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # hide_parameters: a failed statement's message must not carry names or IBANs into logs.
        engine = create_engine(url, connect_args={"timeout": 10}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)

        # pysqlite's own transaction handling defers BEGIN; a write transaction takes the
        # write lock at once instead, so two writers queue up rather than fail half-way,
        # while reads (WAL) go on beside a writer.
        @event.listens_for(engine, "connect")
        def _no_pysqlite_begin(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn):  # type: ignore[no-untyped-def]
            write = conn.get_execution_options().get("guichet_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
    else:
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    if migrate:
        upgrade(engine, url)
    return engine


def upgrade(engine: Engine, url: str) -> None:
    cfg = _alembic_config()
    head = _head_revision(cfg)
    script = ScriptDirectory.from_config(cfg)
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        has_tables = bool(inspect(conn).get_table_names())
    if current == head:
        return
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseVersionError(
            "This database was made by a newer version of Guichet "
            f"(schema {current}); install that version to open it."
        )
    if current is not None or has_tables:
        _copy_aside(url, current)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _copy_aside(url: str, revision: str | None) -> None:
    """Keep a copy of a SQLite file before its schema is upgraded."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return
    source = Path(parsed.database)
    if not source.exists():
        return
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.name}.before-{revision or 'schema'}-{stamp}.bak")
    import sqlite3

    # The SQLite backup API copies a consistent image even with a WAL beside it.
    with sqlite3.connect(str(source)) as src, sqlite3.connect(str(target)) as dst:
        src.backup(dst)
    shutil.copymode(source, target)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for reading."""
    return sessionmaker(engine, expire_on_commit=False)


def make_write_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for one user action that writes (SQLite: BEGIN IMMEDIATE)."""
    return sessionmaker(engine.execution_options(guichet_write=True), expire_on_commit=False)
