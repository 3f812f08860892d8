"""Shared plumbing of the services: sessions, clock, settings, activity writing."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, event, insert, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from core import i18n
from core.clock import business_day, utc_now
from core.config import Settings
from core.errors import Busy, ConflictError, NotFound
from core.live import CHANGES_CHANNEL
from core.models import ActivityEvent, Counter, Customer

log = logging.getLogger("guichet.core")

# Advisory locks of Guichet's jobs on PostgreSQL: (LOCK_NAMESPACE, one key per job).
LOCK_NAMESPACE = 0x47554943  # "GUIC"
BILLING_RUN_LOCK = 1


@dataclass
class ServiceContext:
    session_factory: sessionmaker[Session]
    settings: Settings
    clock: Callable[[], datetime] = utc_now  # naive UTC
    customer_fts: bool = False  # SQLite trigram index present (migration 0002)
    write_factory: sessionmaker[Session] | None = None
    dialect: str = "sqlite"  # the engine's dialect name: "sqlite" or "postgresql"

    def __post_init__(self) -> None:
        if self.dialect == "postgresql":
            # Every write transaction that moved the change marker tells the listening
            # desks once, at commit (NOTIFY is transactional: a rollback says nothing).
            event.listen(self.write_factory or self.session_factory, "before_commit", _notify)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """The business day where the desk is: times are UTC, dates are local."""
        return business_day(self.clock)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit on success, roll back on any error."""
        try:
            with (self.write_factory or self.session_factory).begin() as session:
                yield session
        except StaleDataError:
            raise ConflictError("record_changed") from None
        except OperationalError as exc:
            if is_busy(exc):
                raise Busy() from None
            raise

    @contextmanager
    def exclusive(self, key: int) -> Iterator[bool]:
        """Held for a whole job, across its transactions: True when this process has it,
        False when another one (another workstation) holds it now.

        PostgreSQL: a session advisory lock on a connection kept for the job (released
        when the job ends, or by the server if the process dies). SQLite: always True
        (its writers take turns, and the jobs never do anything twice).
        """
        if self.dialect != "postgresql":
            yield True
            return
        engine = self.session_factory.kw["bind"]
        conn = engine.connect()
        try:
            got = bool(
                conn.execute(
                    text("SELECT pg_try_advisory_lock(:ns, :key)"),
                    {"ns": LOCK_NAMESPACE, "key": key},
                ).scalar()
            )
            conn.commit()
        except OperationalError as exc:
            conn.close()
            if is_busy(exc):
                raise Busy() from None
            raise
        try:
            yield got
        finally:
            try:
                if got:
                    conn.execute(
                        text("SELECT pg_advisory_unlock(:ns, :key)"),
                        {"ns": LOCK_NAMESPACE, "key": key},
                    )
                    conn.commit()
            except Exception:
                conn.invalidate()  # never back in the pool holding the lock
            finally:
                conn.close()

    @contextmanager
    def read_rows(self) -> Iterator[Connection]:
        """A read of a few columns with SQLAlchemy Core: no ORM session to set up, which
        costs more than a small indexed SELECT itself. Never takes the write lock."""
        try:
            with self.session_factory.kw["bind"].connect() as conn:
                yield conn
        except OperationalError as exc:
            if is_busy(exc):
                raise Busy() from None
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read: never takes the write lock (SQLite: deferred BEGIN under WAL)."""
        try:
            with self.session_factory() as session:
                yield session
        except OperationalError as exc:
            if is_busy(exc):
                raise Busy() from None
            raise


# PostgreSQL: lock_not_available (lock_timeout, NOWAIT), deadlock_detected,
# serialization_failure: the transaction was rolled back, nothing changed, try again.
_BUSY_SQLSTATES = {"55P03", "40P01", "40001"}


def is_busy(exc: OperationalError) -> bool:
    """The database refused because another writer held it past our wait."""
    if getattr(exc.orig, "sqlstate", None) in _BUSY_SQLSTATES:
        return True
    text = str(exc.orig).lower()
    # SQLite: "database is locked"; PostgreSQL: lock_timeout / statement_timeout.
    return "locked" in text or "lock timeout" in text or "busy" in text


def get_customer(session: Session, customer_id: int | str) -> Customer:
    """By id, or by reference when given a string."""
    if isinstance(customer_id, str):
        customer = session.scalar(select(Customer).where(Customer.reference == customer_id))
    else:
        customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound("customer_not_found", key=customer_id)
    return customer


def next_counter(session: Session, name: str) -> int:
    """Increment and read a counter inside the caller's transaction (portable, race-free)."""
    return reserve_counter(session, name, 1)


def reserve_counter(session: Session, name: str, count: int) -> int:
    """Take ``count`` consecutive numbers of a counter in one statement, inside the caller's
    transaction; returns the first. The row stays locked until the transaction ends, so the
    block is never shared, and a rollback gives it back (numbers stay without gaps)."""
    with session.no_autoflush:
        value = _bump(session, name, count)
        if value is None:
            try:
                with session.begin_nested():
                    session.execute(insert(Counter).values(name=name, value=count))
                return 1
            except IntegrityError:  # made meanwhile by another transaction
                value = _bump(session, name, count)
    assert value is not None
    return value - count + 1


def _bump(session: Session, name: str, count: int) -> int | None:
    """The counter's new value once moved on by ``count``; None when it does not exist yet."""
    stmt = update(Counter).where(Counter.name == name).values(value=Counter.value + count)
    if session.get_bind().dialect.update_returning:
        return session.scalar(stmt.returning(Counter.value))
    if not session.execute(stmt).rowcount:  # type: ignore[attr-defined]
        return None
    return session.scalar(select(Counter.value).where(Counter.name == name))


def record(
    session: Session,
    ctx: ServiceContext,
    customer: Customer | None,
    kind: str,
    params: dict | None = None,
    *,
    actor: str | None = None,
    actor_kind: str = "staff",
) -> None:
    """Write one activity event; its English summary also goes to the log, without personal data."""
    params = params or {}
    who = actor if actor is not None else ctx.settings.operator
    if actor_kind == "customer":
        who = "customer"
    elif actor_kind == "system":
        who = "system"
    summary = i18n.summary(kind, params, "en")
    mark_changed(session)
    session.add(
        ActivityEvent(
            customer_id=customer.id if customer is not None else None,
            at=ctx.now(),
            actor_kind=actor_kind,
            actor=who,
            kind=kind,
            summary=summary,
            params=params,
        )
    )
    # Only the event kind and the internal id: no names, emails, IBANs or tokens in logs.
    log.info("%s customer_id=%s actor_kind=%s", kind, customer.id if customer else "-", actor_kind)


def check_version(customer: Customer, expected_version: int | None) -> None:
    """No lost update: a change made from a stale view of the record is refused."""
    if expected_version is not None and customer.version != expected_version:
        raise ConflictError("customer_changed", reference=customer.reference)


def mark_changed(session: Session) -> None:
    """Move the change marker the desks poll (monotonic, unlike ids after a delete).

    On PostgreSQL the desks listening on CHANGES_CHANNEL are also told, once per
    transaction, when it commits (see core.live).
    """
    next_counter(session, "changes")
    session.info["guichet_changed"] = True


def _notify(session: Session) -> None:
    """before_commit on PostgreSQL: NOTIFY the marker the transaction leaves."""
    if not session.info.pop("guichet_changed", False):
        return
    marker = session.scalar(select(Counter.value).where(Counter.name == "changes"))
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": CHANGES_CHANNEL, "payload": str(marker or 0)},
    )


def touch(customer: Customer, ctx: ServiceContext) -> None:
    """Bump the record's version so a dialog opened before this change detects it."""
    customer.updated_at = ctx.now()
    flag_modified(customer, "updated_at")  # a frozen test clock must still bump the version
