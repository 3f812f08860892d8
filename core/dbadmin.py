"""Looking after the database itself: create, upgrade, back up, restore, copy to PostgreSQL.

The command line's ``guichet db …`` commands call these; they print nothing themselves.
SQLite files are handled with the ``sqlite3`` module (online backup API, integrity
check); PostgreSQL with ``pg_dump``/``pg_restore`` when they are installed. Every file
written holds personal data: it is made owner-only (0600) before a byte goes into it, and
gets its final name only once it is complete.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, String, Table, func, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from core import db
from core.errors import DatabaseVersionError, GuichetError, ValidationError
from core.models import Base

_PRIVATE_FILE = 0o600
_SQLITE_MAGIC = b"SQLite format 3\x00"
# Rows read and written per round trip when copying.
COPY_BATCH = 5000

Progress = Callable[[str], None]


def _quiet(_line: str) -> None:
    pass


# --- where the database is, and which schema it has ----------------------------------------


def is_sqlite(database: str) -> bool:
    return make_url(db.database_url(database)).get_backend_name() == "sqlite"


def sqlite_path(database: str) -> Path:
    url = make_url(db.database_url(database))
    if not url.database or url.database == ":memory:":
        raise GuichetError("database_not_a_file", database=database)
    return Path(url.database)


def describe(database: str) -> str:
    """The database as people say it: the file, or host/database (never a password)."""
    url = make_url(db.database_url(database))
    if url.get_backend_name() == "sqlite":
        return url.database or database
    where = url.host or "localhost"
    if url.port:
        where += f":{url.port}"
    return f"{where}/{url.database or ''}"


def revisions() -> list[str]:
    """Every schema revision this version knows, oldest first."""
    script = ScriptDirectory.from_config(db._alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    return revisions()[-1]


def _revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _check_known(revision: str | None) -> None:
    if revision is not None and revision not in revisions():
        raise DatabaseVersionError(revision, head=head_revision())


def _open(database: str) -> Engine:
    """An engine on the database as it is: no schema change, no new file."""
    try:
        return db.make_engine(database, migrate=False)
    except (NoSuchModuleError, ModuleNotFoundError):
        raise GuichetError("driver_missing") from None
    except ArgumentError as exc:
        raise ValidationError("database", "url_invalid", value=database, why=str(exc)) from None


@contextlib.contextmanager
def _connected(database: str) -> Iterator[Engine]:
    engine = _open(database)
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        engine.dispose()
        raise GuichetError(
            "cannot_connect", database=describe(database), why=_first_line(exc.orig)
        ) from None
    try:
        yield engine
    finally:
        engine.dispose()


def _refuse_missing_file(database: str) -> None:
    """Opening a SQLite path makes the file: a mistyped path must not leave one behind."""
    missing = db.sqlite_file_missing(database)
    if missing:
        raise ValidationError("database", "file_missing", path=missing)


def _first_line(exc: BaseException | None) -> str:
    lines = [line.strip() for line in str(exc or "").splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


# --- db init / db upgrade -------------------------------------------------------------------


def init_database(database: str) -> str:
    """Create a new database at ``database``; refuse one that already holds tables.

    Returns the schema revision of the new database.
    """
    if is_sqlite(database):
        path = sqlite_path(database)
        if path.exists():
            tables = _sqlite_tables_of_file(path)
            if tables:
                raise GuichetError("database_exists", database=str(path), count=len(tables))
    else:
        with _connected(database) as engine:
            tables = inspect(engine).get_table_names()
        if tables:
            raise GuichetError("database_exists", database=describe(database), count=len(tables))
    engine = db.make_engine(database, migrate=True)
    engine.dispose()
    return head_revision()


def _sqlite_tables_of_file(path: Path) -> list[str]:
    """Tables of a SQLite file, read without changing it; a non-SQLite file counts as full."""
    if path.stat().st_size == 0:
        return []
    if not _has_sqlite_header(path):
        return ["?"]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    except sqlite3.DatabaseError:
        return ["?"]
    finally:
        conn.close()
    return [r[0] for r in rows]


@dataclass(frozen=True)
class Upgrade:
    before: str | None  # None: the database had no schema yet
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def upgrade_database(database: str) -> Upgrade:
    """Bring the schema to this version's; a SQLite file is copied aside first (core.db)."""
    _refuse_missing_file(database)
    with _connected(database) as engine:
        with engine.connect() as conn:
            before = _revision(conn)
        _check_known(before)
        db.upgrade(engine, db.database_url(database))
    return Upgrade(before, head_revision())


# --- db backup ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    customers: int | None  # None when not counted (PostgreSQL dump)


def backup_database(database: str, output: str) -> BackupResult:
    """Write a consistent copy of the database to ``output`` (never over an existing file)."""
    target = _new_output(output)
    if is_sqlite(database):
        _refuse_missing_file(database)
        source = sqlite_path(database)
        with _partial_beside(target) as partial:
            _sqlite_copy(source, partial, field="database")
            _check_integrity(partial, shown=str(source))
            customers = _count_customers(partial)
            _publish(partial, target)
    else:
        tool = _pg_tool("pg_dump")
        with _partial_beside(target) as partial:
            _run_pg(tool, ["--format=custom", "--no-owner", f"--file={partial}"], database)
            customers = None
            _publish(partial, target)
    return BackupResult(target, target.stat().st_size, customers)


def _new_output(output: str) -> Path:
    target = Path(output).expanduser()
    if target.exists() or target.is_symlink():
        raise ValidationError("--output", "file_exists", path=output)
    if not target.parent.is_dir():
        raise ValidationError(
            "--output", "cannot_write", path=output, why="no such folder: " + str(target.parent)
        )
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise ValidationError("--output", "cannot_write", path=output, why="permission denied")
    return target


@contextlib.contextmanager
def _partial_beside(target: Path) -> Iterator[Path]:
    """A private, empty file in the target's folder; removed unless it was published."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(fd)  # mkstemp makes it 0600
    partial = Path(name)
    try:
        yield partial
    finally:
        for leftover in (partial, *_side_files(partial)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _publish(partial: Path, target: Path) -> None:
    """Give a finished file its name, never replacing a file that appeared meanwhile."""
    os.chmod(partial, _PRIVATE_FILE)
    try:
        os.link(partial, target)
    except FileExistsError:
        raise ValidationError("--output", "file_exists", path=str(target)) from None
    except OSError:
        # A file system without hard links: rename, having just checked the name is free.
        if target.exists():
            raise ValidationError("--output", "file_exists", path=str(target)) from None
        os.replace(partial, target)


def _sqlite_copy(source: Path, target: Path, *, field: str) -> None:
    """A consistent image of ``source`` into ``target`` (the SQLite online backup API).

    One step: in WAL mode the copy reads one snapshot while desks go on writing. The copy
    is left in rollback-journal mode, a single self-contained file.
    """
    try:
        src = _open_read_only(source)
    except sqlite3.OperationalError as exc:
        raise ValidationError(field, "cannot_read", path=str(source), why=str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise GuichetError("backup_damaged", path=str(source), detail=str(exc)) from None
    dst = sqlite3.connect(str(target))
    try:
        try:
            src.backup(dst)
        except sqlite3.DatabaseError as exc:
            raise GuichetError("backup_damaged", path=str(source), detail=str(exc)) from None
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=db.BUSY_TIMEOUT_SECONDS)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        # A WAL file in a folder we may not write: read it as a file nobody changes.
        conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def _check_integrity(path: Path, *, shown: str) -> None:
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise GuichetError("backup_damaged", path=shown, detail=str(exc)) from None
    finally:
        conn.close()
    if [r[0] for r in rows] != ["ok"]:
        raise GuichetError("backup_damaged", path=shown, detail=str(rows[0][0]))


def _count_customers(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return int(conn.execute("SELECT count(*) FROM customers").fetchone()[0])
    except sqlite3.DatabaseError:
        return 0
    finally:
        conn.close()


def _has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC


# --- PostgreSQL client tools ----------------------------------------------------------------


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise GuichetError("pg_tool_missing", tool=name)
    return found


def _libpq(database: str) -> tuple[str, dict[str, str]]:
    """A libpq connection string without the password, and the environment that carries it."""
    url = make_url(db.database_url(database))
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    plain = URL.create(
        "postgresql",
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return plain.render_as_string(hide_password=False), env


def _run_pg(tool: str, arguments: Sequence[str], database: str) -> str:
    dsn, env = _libpq(database)
    done = subprocess.run(
        [tool, *arguments, f"--dbname={dsn}"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        why = lines[0] if lines else f"exit status {done.returncode}"
        raise GuichetError("pg_tool_failed", tool=Path(tool).name, why=why)
    return done.stdout


# --- db restore -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    database: str
    replaced_kept: Path | None  # where the replaced database was kept
    before: str | None  # the backup's schema
    after: str
    customers: int | None


@dataclass(frozen=True)
class _Checked:
    revision: str
    customers: int


def restore_database(database: str, backup: str, *, confirmed: bool) -> RestoreResult:
    """Put the backup ``backup`` in place of the database, once it is checked.

    Nothing changes unless the file is a sound Guichet database this version can read;
    without ``confirmed`` the function only says what would be replaced.
    """
    source = Path(backup).expanduser()
    if not source.is_file() or not os.access(source, os.R_OK):
        why = "no such file" if not source.exists() else "not a readable file"
        raise ValidationError("FILE", "cannot_read", path=backup, why=why)
    if is_sqlite(database):
        return _restore_sqlite(sqlite_path(database), source, confirmed=confirmed)
    return _restore_postgresql(database, source, confirmed=confirmed)


def _restore_sqlite(target: Path, source: Path, *, confirmed: bool) -> RestoreResult:
    if not _has_sqlite_header(source):
        raise GuichetError("backup_not_sqlite", path=str(source))
    if not target.parent.exists():
        target.parent.mkdir(parents=True, mode=0o700)
    with _partial_beside(target) as partial:
        _sqlite_copy(source, partial, field="FILE")
        checked = _check_backup_file(partial, shown=str(source))
        if not confirmed:
            now = _count_customers(target) if target.exists() else 0
            raise GuichetError(
                "restore_needs_yes",
                database=str(target),
                path=str(source),
                count=now,
                backup_count=checked.customers,
            )
        kept = _swap_in(partial, target)
    # An older backup is upgraded now, with the usual copy aside (core.db).
    engine = db.make_engine(str(target), migrate=True)
    engine.dispose()
    return RestoreResult(str(target), kept, checked.revision, head_revision(), checked.customers)


def _check_backup_file(path: Path, *, shown: str) -> _Checked:
    _check_integrity(path, shown=shown)
    conn = sqlite3.connect(str(path))
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = [t for t in ("alembic_version", "customers") if t not in tables]
        if missing:
            raise GuichetError("backup_not_guichet", path=shown, table=missing[0])
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        customers = int(conn.execute("SELECT count(*) FROM customers").fetchone()[0])
    finally:
        conn.close()
    if row is None:
        raise GuichetError("backup_not_guichet", path=shown, table="alembic_version")
    revision = str(row[0])
    if revision not in revisions():
        raise GuichetError(
            "backup_newer_schema", path=shown, revision=revision, head=head_revision()
        )
    return _Checked(revision, customers)


def _swap_in(partial: Path, target: Path) -> Path | None:
    """Replace ``target`` by ``partial`` in one rename; the old file is kept aside.

    The replaced database must be closed everywhere: its WAL would otherwise be replayed
    into the new file. Switching it out of WAL mode succeeds only when no one else has it
    open, and the exclusive lock held meanwhile keeps desks out until the swap is done.
    """
    if not target.exists():
        os.replace(partial, target)
        return None
    conn = sqlite3.connect(str(target), timeout=2.0, isolation_level=None)
    try:
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            conn.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError:
            mode = "busy"
        except sqlite3.DatabaseError:
            mode = "damaged"  # the very case for a restore: replace it all the same
        if str(mode).lower() not in ("delete", "damaged"):
            raise GuichetError("database_in_use", database=str(target))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = target.with_name(f"{target.name}.replaced-{stamp}")
        n = 1
        while kept.exists():
            n += 1
            kept = target.with_name(f"{target.name}.replaced-{stamp}-{n}")
        try:
            os.link(target, kept)
        except OSError:
            shutil.copyfile(target, kept)
        os.chmod(kept, _PRIVATE_FILE)
        os.chmod(partial, _PRIVATE_FILE)
        # The old file's journal belongs with it (a damaged one may hold the last changes);
        # left here, SQLite would play it into the restored file.
        for suffix in ("-wal", "-journal"):
            side = target.with_name(target.name + suffix)
            if side.exists() and side.stat().st_size:
                os.replace(side, kept.with_name(kept.name + suffix))
            else:
                with contextlib.suppress(FileNotFoundError):
                    side.unlink()
        with contextlib.suppress(FileNotFoundError):
            target.with_name(target.name + "-shm").unlink()
        os.replace(partial, target)
    finally:
        conn.close()
    return kept


def _restore_postgresql(database: str, source: Path, *, confirmed: bool) -> RestoreResult:
    pg_restore = _pg_tool("pg_restore")
    listing = _run_pg_file(pg_restore, ["--list", str(source)], source)
    if " TABLE public customers " not in listing and " TABLE public alembic_version " not in (
        listing
    ):
        raise GuichetError("backup_not_guichet", path=str(source), table="customers")
    data = _run_pg_file(
        pg_restore, ["--data-only", "--table=alembic_version", "--file=-", str(source)], source
    )
    revision = _copy_data_first_value(data)
    if revision is None:
        raise GuichetError("backup_not_guichet", path=str(source), table="alembic_version")
    if revision not in revisions():
        raise GuichetError(
            "backup_newer_schema", path=str(source), revision=revision, head=head_revision()
        )
    if not confirmed:
        raise GuichetError("restore_needs_yes_pg", database=describe(database), path=str(source))
    with _connected(database):
        pass
    # The replaced database is kept as a dump beside the backup, when pg_dump is there.
    kept: Path | None = None
    if shutil.which("pg_dump"):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = source.with_name(f"replaced-{make_url(database).database}-{stamp}.dump")
        with _partial_beside(kept) as partial:
            _run_pg(_pg_tool("pg_dump"), ["--format=custom", f"--file={partial}"], database)
            _publish(partial, kept)
    _run_pg(
        pg_restore,
        ["--clean", "--if-exists", "--no-owner", "--single-transaction", str(source)],
        database,
    )
    result = upgrade_database(database)
    return RestoreResult(describe(database), kept, revision, result.after, None)


def _run_pg_file(tool: str, arguments: Sequence[str], source: Path) -> str:
    done = subprocess.run([tool, *arguments], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise GuichetError("backup_not_pg_dump", path=str(source))
    return done.stdout


def _copy_data_first_value(script: str) -> str | None:
    """The first value of the first COPY block of a SQL script (pg_restore's output)."""
    lines = iter(script.splitlines())
    for line in lines:
        if line.startswith("COPY "):
            value = next(lines, "\\.")
            return None if value == "\\." else value.split("\t")[0]
    return None


# --- db copy --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableCopy:
    table: str
    source_rows: int
    target_rows: int
    source_sum: str
    target_sum: str

    @property
    def equal(self) -> bool:
        return self.source_rows == self.target_rows and self.source_sum == self.target_sum


@dataclass
class CopyReport:
    target: str
    tables: list[TableCopy] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(t.target_rows for t in self.tables)

    @property
    def differing(self) -> list[str]:
        return [t.table for t in self.tables if not t.equal]


def copy_database(source: str, target: str, progress: Progress = _quiet) -> CopyReport:
    """Copy every row of the SQLite ``source`` into the empty PostgreSQL ``target``.

    The target's schema is made by the migrations; the rows go in one transaction, table
    by table in dependency order, in batches; the sequences are set past the highest id;
    then counts and a checksum per table are compared inside that same transaction, which
    is committed only when everything is equal. The source is read in one snapshot, so
    desks may stay open (their later changes are not in the copy).
    """
    started = time.monotonic()
    if not is_sqlite(source):
        raise GuichetError("copy_needs_sqlite", database=describe(source))
    _refuse_missing_file(source)
    try:
        target_url = make_url(target)
    except ArgumentError:
        raise ValidationError("--to", "url_invalid", value=target, why="not a URL") from None
    if target_url.get_backend_name() != "postgresql":
        raise ValidationError("--to", "not_postgresql_url", value=describe(target))
    shown = describe(target)
    with _connected(target) as engine:
        _check_empty_target(engine, shown)
    progress(f"schema: creating the tables in {shown}")
    db.make_engine(target, migrate=True).dispose()

    source_engine = db.make_engine(source, migrate=True)  # an older file is upgraded first
    target_engine = db.make_engine(target, migrate=False)
    report = CopyReport(shown)
    try:
        with source_engine.connect() as src, target_engine.connect() as dst:
            with src.begin(), dst.begin() as transaction:
                _check_empty_target_rows(dst, shown)
                tables = _tables_to_copy(src)
                for table in tables:
                    _copy_rows(src, dst, table, progress)
                _set_sequences(dst, tables)
                progress("comparing counts and checksums")
                report.tables = _compare(src, dst, tables)
                if report.differing:
                    transaction.rollback()
    except DBAPIError as exc:
        raise GuichetError("copy_failed", target=shown, why=_first_line(exc.orig)) from None
    finally:
        source_engine.dispose()
        target_engine.dispose()
    report.seconds = time.monotonic() - started
    return report


def compare_databases(source: str, target: str) -> list[TableCopy]:
    """Rows and checksum of every Guichet table on both sides, as ``db copy`` checks them."""
    with _connected(source) as one, _connected(target) as other:
        with one.connect() as src, other.connect() as dst:
            return _compare(src, dst, _tables_to_copy(src))


def _compare(src: Connection, dst: Connection, tables: Sequence[Table]) -> list[TableCopy]:
    compared = []
    for table in tables:
        count_a, sum_a = _checksum(src, table)
        count_b, sum_b = _checksum(dst, table)
        compared.append(TableCopy(table.name, count_a, count_b, sum_a, sum_b))
    return compared


def _check_empty_target(engine: Engine, shown: str) -> None:
    """Empty: no table at all, or Guichet's schema (at any known revision) with no row."""
    with engine.connect() as conn:
        names = inspect(conn).get_table_names()
        if not names:
            return
        ours = set(Base.metadata.tables) | {"alembic_version"}
        strange = sorted(set(names) - ours)
        if strange:
            raise GuichetError("copy_target_not_empty", target=shown, table=strange[0])
        _check_known(_revision(conn))
        _check_empty_target_rows(conn, shown)


def _check_empty_target_rows(conn: Connection, shown: str) -> None:
    present = set(inspect(conn).get_table_names())
    for table in Base.metadata.sorted_tables:
        if table.name in present and conn.execute(select(table).limit(1)).first() is not None:
            raise GuichetError("copy_target_not_empty", target=shown, table=table.name)


def _tables_to_copy(src: Connection) -> list[Table]:
    present = set(inspect(src).get_table_names())
    return [t for t in Base.metadata.sorted_tables if t.name in present]


def _ordered(table: Table, dialect: str) -> Any:
    keys = list(table.primary_key.columns) or list(table.columns)
    order: list[Any] = []
    for col in keys:
        # Text keys in byte order on both sides (SQLite's BINARY is PostgreSQL's "C").
        if isinstance(col.type, String) and dialect == "postgresql":
            order.append(col.collate("C"))
        else:
            order.append(col)
    return select(table).order_by(*order)


def _copy_rows(src: Connection, dst: Connection, table: Table, progress: Progress) -> None:
    total = src.execute(select(func.count()).select_from(table)).scalar_one()
    if not total:
        return
    done, last_said = 0, 0.0
    result = src.execution_options(yield_per=COPY_BATCH).execute(_ordered(table, "sqlite"))
    for batch in result.mappings().partitions(COPY_BATCH):
        dst.execute(table.insert(), [dict(row) for row in batch])
        done += len(batch)
        now = time.monotonic()
        if done == total or now - last_said >= 2.0:
            progress(f"{table.name}: {done:,}/{total:,} rows")
            last_said = now


def _set_sequences(dst: Connection, tables: Sequence[Table]) -> None:
    """Ids given by the database go on after the highest copied one."""
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        name, column = table.name, pk[0].name
        sequence = dst.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": name, "c": column}
        ).scalar()
        if sequence is None:
            continue
        highest = dst.execute(select(func.max(pk[0]))).scalar()
        if highest is None:
            dst.execute(text("SELECT setval(:s, 1, false)"), {"s": sequence})
        else:
            dst.execute(text("SELECT setval(:s, :v, true)"), {"s": sequence, "v": int(highest)})


def _checksum(conn: Connection, table: Table) -> tuple[int, str]:
    """Rows and a SHA-256 over every row in key order, values written the same on both sides."""
    digest = hashlib.sha256()
    count = 0
    query = _ordered(table, conn.dialect.name)
    for row in conn.execution_options(yield_per=COPY_BATCH).execute(query):
        count += 1
        for value in row:
            token = _normal(value)
            digest.update(f"{len(token)}:".encode())
            digest.update(token.encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
    return count, digest.hexdigest()


def _normal(value: Any) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)
