"""Opening a database for a person: its name, whether it may be written, read-only when it may not."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from core.bootstrap import Services, open_services
from core.clock import utc_now
from core.config import Settings
from core.db import (
    BUSY_TIMEOUT_SECONDS,
    _alembic_config,
    backend_and_name,
    current_revision,
    database_url,
    make_engine,
    sqlite_file,
    sqlite_up_to_date,
)
from core.db import schema_head as _schema_head
from core.errors import DatabaseVersionError, GuichetError

if TYPE_CHECKING:
    from sqlalchemy import Engine

_SIDE_FILES = ("-wal", "-shm")


def guichet_version() -> str:
    """This program's version, as installed ("0.1.0")."""
    import importlib.metadata  # only when asked (About, the command line): not for a start

    try:
        return importlib.metadata.version("guichet")
    except importlib.metadata.PackageNotFoundError:
        return "?"


def schema_head() -> str:
    """The newest database schema this program knows (its last migration)."""
    return _schema_head() or "?"


def database_label(database: str) -> str:
    """What the window title calls the database: the file's name, or host/database (no password)."""
    backend, name = backend_and_name(database)
    if backend == "sqlite":
        if not name or name == ":memory:":
            return ":memory:"
        return Path(name).name
    from sqlalchemy.engine import make_url

    url = make_url(database_url(database))
    return f"{url.host or 'localhost'}/{url.database or ''}"


def sqlite_path(database: str) -> Path | None:
    """The file of a SQLite database, None for a server or an in-memory database."""
    path = sqlite_file(database)
    return None if path is None else Path(path)


def _writable(path: Path) -> bool:
    """We may write it, and it is not marked read-only for everyone (even for root)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def sqlite_read_only(database: str) -> bool:
    """True when the SQLite file exists but cannot be written: the file, or its folder
    where SQLite must make its WAL and shared-memory files beside it."""
    path = sqlite_path(database)
    if path is None or not path.exists():
        return False
    if not _writable(path):
        return True
    if _writable(path.parent):
        return False
    sides = [path.with_name(path.name + suffix) for suffix in _SIDE_FILES]
    return not all(side.exists() and _writable(side) for side in sides)


@dataclass
class Opened:
    """The services over the database, and whether it was opened read-only."""

    services: Services
    read_only: bool


def open_for_desk(settings: Settings, *, clock: Callable[[], datetime] = utc_now) -> Opened:
    """Open the settings' database for the desk: read-only when it may not be written.

    A database from a newer Guichet raises ``DatabaseVersionError``; a read-only file that
    cannot be read either raises ``GuichetError("database_read_only")``; a server that
    cannot be reached (or a missing driver) raises ``GuichetError("cannot_connect")``
    (``"driver_missing"``).
    """
    if sqlite_read_only(settings.database):
        return Opened(open_read_only(settings, clock=clock), read_only=True)
    path = sqlite_file(settings.database)
    if path is not None and sqlite_up_to_date(path):
        # The usual start: a file at this schema, checked with plain sqlite3. The engine
        # (and the ORM behind the services) is made when first used, off the GUI thread,
        # so the window is there before SQLAlchemy is even imported.
        database = settings.database
        return Opened(
            Services(settings, engine=lambda: make_engine(database, migrate=False), clock=clock),
            read_only=False,
        )
    try:
        return Opened(open_services(settings, clock=clock), read_only=False)
    except Exception as exc:
        from sqlalchemy.exc import DBAPIError, NoSuchModuleError

        if isinstance(exc, (NoSuchModuleError, ModuleNotFoundError)):
            raise GuichetError("driver_missing") from None
        if not isinstance(exc, DBAPIError):
            raise
        if sqlite_path(settings.database) is None:
            from core.dbadmin import describe

            # A server that does not answer, refuses the login or lacks the database.
            raise GuichetError(
                "cannot_connect", database=describe(settings.database), why=_first_line(exc.orig)
            ) from None
        if "readonly" not in str(exc.orig).replace("read-only", "readonly").lower():
            raise
    # The file looked writable but SQLite may not write it (a read-only mount, a file of
    # another user): read what can be read.
    return Opened(open_read_only(settings, clock=clock), read_only=True)


def _first_line(exc: BaseException | None) -> str:
    """The driver's reason in one line (psycopg adds hints on further lines)."""
    lines = [line.strip() for line in str(exc or "").splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; ``immutable`` when SQLite cannot make its shared-memory file."""
    base = "file:" + quote(str(path.resolve()))
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(
            f"{base}?{query}", uri=True, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False
        )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            conn.close()
            last = exc
            continue
        return conn
    assert last is not None
    raise last


def read_only_engine(database: str) -> Engine:
    """An engine over a SQLite file that never writes to it (nor beside it, when it cannot)."""
    from sqlalchemy import create_engine, event

    path = sqlite_path(database)
    if path is None:
        raise ValueError("read-only opening is for SQLite files")
    try:
        _connect_read_only(path).close()
    except sqlite3.Error as exc:
        raise GuichetError("database_read_only", path=str(path)) from exc
    engine = create_engine(
        f"sqlite:///{path}", creator=lambda: _connect_read_only(path), hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        # A write (BEGIN IMMEDIATE) is refused by SQLite itself: nothing can change the file.
        write = conn.get_execution_options().get("guichet_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def check_schema(engine: Engine, database: str) -> None:
    """A read-only database must already be at this program's schema: it cannot be upgraded."""
    with engine.connect() as conn:
        current = current_revision(conn)
    if current is not None and current == _schema_head():
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseVersionError(current)
    raise GuichetError("read_only_needs_upgrade", path=str(sqlite_path(database) or database))


def open_read_only(settings: Settings, *, clock: Callable[[], datetime] = utc_now) -> Services:
    """Services over a SQLite file opened read-only; every write is refused by SQLite."""
    from sqlalchemy.exc import DBAPIError

    engine = read_only_engine(settings.database)
    try:
        check_schema(engine, settings.database)
    except DBAPIError as exc:
        engine.dispose()
        raise GuichetError("database_read_only", path=settings.database) from exc
    except GuichetError:
        engine.dispose()
        raise
    return open_services(settings, clock=clock, engine=engine)


def port_in_use(port: int) -> GuichetError:
    """The error said when the payment form's port is held by another program."""
    return GuichetError("port_in_use", port=port)
