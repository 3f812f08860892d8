"""The SQLite customer search index (migration 0002) during a bulk load.

Fed row by row by a trigger, the FTS5 trigram index costs a bulk load most of its time;
built once at the end it costs a fraction of that. So a bulk load pauses the insert
trigger and, when it ends, rebuilds the index and puts the trigger back in the same
transaction: no row can slip between the two, and the index ends exactly as if every
row had gone through the trigger.

Meanwhile the rows added (by the load, or by a desk) are not found by a 3+-letter word
yet; every other search, and every write, works as usual.

A load that dies (killed, power cut) leaves the trigger missing: the next opening of the
database rebuilds the index once it sees that the load has not said it was alive for
``STALE_SECONDS`` (a counters row holds the time of its last batch). A load that is
interrupted in the usual ways (Ctrl-C, an error) rebuilds before it stops.

PostgreSQL's pg_trgm index (migration 0006) is kept by the database itself: nothing to do.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import Engine, delete, insert, select, text, update
from sqlalchemy.orm import Session

from core.models import Counter

log = logging.getLogger("guichet.core")

INSERT_TRIGGER = "customers_search_ai"
# Exactly migration 0002's trigger (a test compares them).
INSERT_TRIGGER_SQL = (
    "CREATE TRIGGER customers_search_ai AFTER INSERT ON customers BEGIN "
    "INSERT INTO customer_search(rowid, search_text) VALUES (new.id, new.search_text); END"
)
# A counters row: the Unix time of the paused load's last sign of life.
PAUSE_MARK = "search-index-paused"
STALE_SECONDS = 120


def has_fts(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite" and bool(
        session.scalar(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'customer_search'")
        )
    )


def _trigger_present(session: Session) -> bool:
    return bool(
        session.scalar(
            text("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": INSERT_TRIGGER},
        )
    )


def pause(session: Session) -> bool:
    """In a write transaction: stop feeding the index row by row. True when paused (SQLite
    with the index); the caller must call ``resume`` when its load ends."""
    if not has_fts(session):
        return False
    now = int(time.time())
    found = session.execute(
        update(Counter).where(Counter.name == PAUSE_MARK).values(value=now)
    ).rowcount  # type: ignore[attr-defined]
    if not found:
        session.execute(insert(Counter).values(name=PAUSE_MARK, value=now))
    session.execute(text(f"DROP TRIGGER IF EXISTS {INSERT_TRIGGER}"))
    return True


def alive(session: Session) -> None:
    """In each of the load's transactions: the load is still running."""
    session.execute(
        update(Counter).where(Counter.name == PAUSE_MARK).values(value=int(time.time()))
    )


def resume(session: Session) -> None:
    """In a write transaction: rebuild the index from the table and feed it row by row again."""
    session.execute(text("INSERT INTO customer_search(customer_search) VALUES ('rebuild')"))
    if not _trigger_present(session):
        session.execute(text(INSERT_TRIGGER_SQL))
    session.execute(delete(Counter).where(Counter.name == PAUSE_MARK))


def repair_abandoned(engine: Engine) -> bool:
    """On opening: a load that died left the index paused; rebuild it. True when repaired.

    A load still running (it said it was alive less than ``STALE_SECONDS`` ago) is left alone.
    """
    if engine.dialect.name != "sqlite":
        return False
    with Session(engine) as session:
        if not has_fts(session) or _trigger_present(session):
            return False
    writer = engine.execution_options(guichet_write=True)
    with Session(writer) as session, session.begin():
        if _trigger_present(session):
            return False  # put back meanwhile
        mark = session.scalar(select(Counter.value).where(Counter.name == PAUSE_MARK))
        if mark is not None and time.time() - mark < STALE_SECONDS:
            return False
        log.warning("customer search index left paused by a stopped load: rebuilding it")
        resume(session)
    return True
