"""Engine, sessions and automatic migrations (Alembic) for SQLite or PostgreSQL."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from core.config import user_data_dir
from core.errors import DatabaseVersionError

if TYPE_CHECKING:
    # SQLAlchemy is imported when an engine is made, Alembic only when a schema is made or
    # upgraded: the desk shows its window on an up-to-date SQLite file before either.
    from alembic.config import Config
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")
# Pre-migration copies kept beside a database; older ones are removed.
KEEP_BACKUPS = 3
_PRIVATE_FILE, _PRIVATE_DIR = 0o600, 0o700
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
# How long a writer waits for another one before answering "busy, try again". Bulk jobs
# commit in slices well under a second, so only a stuck writer makes anyone wait this long.
BUSY_TIMEOUT_SECONDS = 10.0


def database_url(database: str) -> str:
    """A SQLAlchemy URL, or a plain path taken as a SQLite file.

    PostgreSQL is reached with psycopg 3 (the ``postgresql`` extra): a plain
    ``postgresql://`` or ``postgres://`` URL means ``postgresql+psycopg://``.
    """
    if "://" in database:
        scheme, rest = database.split("://", 1)
        if scheme in ("postgresql", "postgres"):
            return f"postgresql+psycopg://{rest}"
        return database
    return f"sqlite:///{Path(database).expanduser()}"


def backend_and_name(database: str) -> tuple[str, str | None]:
    """The backend ("sqlite", "postgresql"…) and the URL's database part (a SQLite file's
    path); a plain path is read without SQLAlchemy."""
    if "://" not in database:
        return "sqlite", str(Path(database).expanduser())
    from sqlalchemy.engine import make_url

    url = make_url(database_url(database))
    return url.get_backend_name(), url.database


def sqlite_file(database: str) -> str | None:
    """The file of a SQLite database; None for a server or an in-memory database."""
    backend, name = backend_and_name(database)
    if backend != "sqlite" or not name or name == ":memory:":
        return None
    return name


def sqlite_file_missing(database: str) -> str | None:
    """The path of a SQLite database file that does not exist yet, else None."""
    path = sqlite_file(database)
    if path is None:
        return None
    return None if Path(path).exists() else path


def make_private(path: Path) -> None:
    """Owner-only database, side files and backups (they hold names, emails and IBANs).

    The file is made 0600 before SQLite first opens it (SQLite gives its WAL and SHM
    the mode of the database), and every opening puts the modes right again. A folder
    Guichet makes, and the user data folder, are 0700; a folder chosen by the user
    elsewhere keeps its own mode.
    """
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=_PRIVATE_DIR)
        folder.chmod(_PRIVATE_DIR)  # mkdir's mode is filtered by the umask
    elif folder.resolve() == user_data_dir().resolve():
        _chmod(folder, _PRIVATE_DIR)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, _PRIVATE_FILE))
    for file in (path, *(path.with_name(path.name + s) for s in _SQLITE_SIDE_FILES)):
        _chmod(file, _PRIVATE_FILE)
    for backup in _backups(path):
        _chmod(backup, _PRIVATE_FILE)
    _remove_half_made_backups(path)


def _chmod(path: Path, mode: int) -> None:
    # A file we cannot chmod (not ours, gone meanwhile) is left as it is.
    with contextlib.suppress(OSError):
        if path.exists() and (path.stat().st_mode & 0o777) != mode:
            path.chmod(mode)


def _backups(path: Path) -> list[Path]:
    """Finished pre-migration copies of ``path``, oldest first (the name holds the time)."""
    found = path.parent.glob(f"{path.name}.before-*.bak")
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def _remove_half_made_backups(path: Path) -> None:
    """An upgrade killed while copying leaves a partial copy: it is useless, and private."""
    for partial in path.parent.glob(f"{path.name}.before-*.bak.partial"):
        with contextlib.suppress(OSError):
            partial.unlink()


def _sqlite_pragma_statements() -> tuple[str, ...]:
    # The wait is read when a connection is made (tests shorten it).
    return (
        "PRAGMA foreign_keys=ON",
        f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}",
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
    )


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    for pragma in _sqlite_pragma_statements():
        cursor.execute(pragma)
    cursor.close()


def sqlite_up_to_date(path: str) -> bool:
    """True when the SQLite file at ``path`` exists, opens as the engine opens it, and is
    at this program's schema; read with plain sqlite3, without SQLAlchemy or Alembic.

    False for anything else (no file, an older or newer schema, a file SQLite may not
    write…): the caller then opens it the long way, which says what is wrong.
    """
    if not Path(path).is_file():
        return False
    make_private(Path(path))
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error:
        return False
    try:
        for pragma in _sqlite_pragma_statements():
            conn.execute(pragma)
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return len(rows) == 1 and rows[0][0] == schema_head()


def _postgresql_session(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # A writer that waits on a row or table lock past the wait gets lock_not_available
    # (55P03), said as "busy, try again" like SQLite's busy timeout.
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True
    cursor = dbapi_connection.cursor()
    cursor.execute(f"SET lock_timeout = {max(int(BUSY_TIMEOUT_SECONDS * 1000), 1)}")
    cursor.execute("SET TIME ZONE 'UTC'")
    cursor.close()
    dbapi_connection.autocommit = autocommit


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _head_revision(cfg: Config) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


_REVISION = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*["']([^"']+)["']""", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=]*=\s*(.+)$", re.M)


@cache
def schema_head() -> str:
    """The newest schema this program knows (its last migration's revision).

    Read from the migration files' own ``revision``/``down_revision`` lines, which costs
    a few file reads; Alembic, which takes longer to import than the rest of a start,
    is asked only when the files do not say it plainly (a merge, an unusual layout).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return _head_revision(_alembic_config())
        revisions.add(revision.group(1))
        parents.update(re.findall(r"""["']([^"']+)["']""", down.group(1)))
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions:
        return _head_revision(_alembic_config())
    return heads.pop()


def current_revision(conn: Connection) -> str | None:
    """The schema revision recorded in the database; None when it has none (new, or not ours)."""
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def make_engine(database: str, *, migrate: bool = True) -> Engine:
    """Open the database, creating or upgrading its schema when needed."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url

    url = database_url(database)
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    if is_sqlite:
        path = make_url(url).database
        if path and path != ":memory:":
            make_private(Path(path))
        # hide_parameters: a failed statement's message must not carry names or IBANs into logs.
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS}, hide_parameters=True
        )
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
        is_postgresql = make_url(url).get_backend_name() == "postgresql"
        engine = create_engine(
            url,
            pool_pre_ping=True,
            hide_parameters=True,
            connect_args={"connect_timeout": 10} if is_postgresql else {},
        )
        if is_postgresql:
            event.listen(engine, "connect", _postgresql_session)
    if migrate:
        upgrade(engine, url)
    return engine


def upgrade(engine: Engine, url: str) -> None:
    from sqlalchemy import inspect

    with engine.connect() as conn:
        current = current_revision(conn)
        if current is not None and current == schema_head():
            return  # the usual case: one cheap query, no Alembic
        has_tables = bool(inspect(conn).get_table_names())
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _alembic_config()
    head = _head_revision(cfg)
    script = ScriptDirectory.from_config(cfg)
    if current == head:
        return
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseVersionError(current, head=head)
    if current is not None or has_tables:
        _copy_aside(url, current)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _copy_aside(url: str, revision: str | None) -> None:
    """Keep a private copy of a SQLite file before its schema is upgraded, and the last few."""
    backend, name = backend_and_name(url)
    if backend != "sqlite" or not name:
        return
    source = Path(name)
    if not source.exists():
        return
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = source.with_name(f"{source.name}.before-{revision or 'schema'}-{stamp}.bak")
    partial = target.with_name(target.name + ".partial")
    os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, _PRIVATE_FILE))
    # The SQLite backup API copies a consistent image even with a WAL beside it.
    src, dst = sqlite3.connect(str(source)), sqlite3.connect(str(partial))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    # Only a finished copy gets the name of a backup.
    os.replace(partial, target)
    for old in _backups(source)[:-KEEP_BACKUPS]:
        with contextlib.suppress(OSError):
            old.unlink()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for reading."""
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


def make_write_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for one user action that writes (SQLite: BEGIN IMMEDIATE)."""
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine.execution_options(guichet_write=True), expire_on_commit=False)
