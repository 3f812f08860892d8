"""The SQLite customer search index (migration 0002) during a bulk load.

Fed row by row by triggers, the FTS5 trigram index costs a bulk load most of its time;
filled in large chunks at the end it costs a fraction of that. So a bulk load *pauses*
the index: the triggers then only keep the rows up to a mark (``THROUGH``, the highest id
when the load began), and the rows above it are indexed afterwards, a chunk of ids per
short transaction, the mark moving up with each chunk; the last chunk puts the triggers
back as the migration made them, in the same transaction, so no row can slip between.
The index then holds exactly what the triggers would have put in it.

Meanwhile the rows above the mark (the load's, or a desk's) are not found by a 3+-letter
word yet; every other search, and every write, works as usual, and an edit or a delete
of such a row simply waits for its chunk (which reads the row as it is then).

A load interrupted in the usual ways (Ctrl-C, an error) indexes its rows before it stops.
One that dies (killed, power cut) leaves the mark behind: the next opening of the database
finishes the work once the load has not said it was alive for ``STALE_SECONDS`` (a
counters row holds the time of its last batch).

PostgreSQL's pg_trgm index (migration 0006) is kept by the database itself: nothing to do.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy import Engine, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from core.models import Counter, Customer

log = logging.getLogger("guichet.core")

# Exactly migration 0002's triggers (a test compares them), by name: (event, body).
_TRIGGERS = {
    "customers_search_ai": (
        "AFTER INSERT ON customers",
        "new",
        "INSERT INTO customer_search(rowid, search_text) VALUES (new.id, new.search_text);",
    ),
    "customers_search_ad": (
        "AFTER DELETE ON customers",
        "old",
        "INSERT INTO customer_search(customer_search, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text);",
    ),
    "customers_search_au": (
        "AFTER UPDATE OF search_text ON customers",
        "old",
        "INSERT INTO customer_search(customer_search, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO customer_search(rowid, search_text) VALUES (new.id, new.search_text);",
    ),
}
# counters rows: the highest id the index holds while paused; the Unix time the paused
# load last said it was alive.
THROUGH = "search-index-through"
PAUSE_MARK = "search-index-paused"
STALE_SECONDS = 120
CHUNK = 25_000  # rows indexed per transaction afterwards: a fraction of a second each


def trigger_sql(name: str, through: int | None = None) -> str:
    """The trigger as migration 0002 made it, or kept to the rows up to ``through``."""
    when_, row, body = _TRIGGERS[name]
    guard = "" if through is None else f" WHEN {row}.id <= {int(through)}"
    return f"CREATE TRIGGER {name} {when_}{guard} BEGIN {body} END"


def has_fts(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite" and bool(
        session.scalar(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'customer_search'")
        )
    )


def _set_triggers(session: Session, through: int | None) -> None:
    for name in _TRIGGERS:
        session.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        session.execute(text(trigger_sql(name, through)))


def _counter(session: Session, name: str) -> int | None:
    return session.scalar(select(Counter.value).where(Counter.name == name))


def _put(session: Session, name: str, value: int) -> None:
    if session.execute(update(Counter).where(Counter.name == name).values(value=value)).rowcount:  # type: ignore[attr-defined]
        return
    session.execute(insert(Counter).values(name=name, value=value))


def pause(session: Session) -> bool:
    """In a write transaction: index the rows above the current highest id later, in bulk.
    True when paused (SQLite with the index); the caller must then ``catch_up``."""
    if not has_fts(session):
        return False
    if _counter(session, THROUGH) is None:  # else another load paused it: keep its mark
        through = session.scalar(select(func.max(Customer.id))) or 0
        _put(session, THROUGH, through)
        _set_triggers(session, through)
    _put(session, PAUSE_MARK, int(time.time()))
    return True


def alive(session: Session) -> None:
    """In each of the load's transactions: the load is still running."""
    session.execute(
        update(Counter).where(Counter.name == PAUSE_MARK).values(value=int(time.time()))
    )


def _index_next(session: Session, chunk: int) -> bool:
    """In a write transaction: index the next chunk of rows above the mark; True when
    none is left (the triggers are then as the migration made them)."""
    through = _counter(session, THROUGH)
    if through is None:
        return True  # not paused, or another load finished the work
    top = session.scalar(select(func.max(Customer.id))) or 0
    upto = min(through + chunk, top)
    if upto > through:
        session.execute(
            text(
                "INSERT INTO customer_search(rowid, search_text) "
                "SELECT id, search_text FROM customers WHERE id > :low AND id <= :high"
            ),
            {"low": through, "high": upto},
        )
    if upto >= top:
        _set_triggers(session, None)
        session.execute(delete(Counter).where(Counter.name.in_((THROUGH, PAUSE_MARK))))
        return True
    _set_triggers(session, upto)
    _put(session, THROUGH, upto)
    alive(session)
    return False


def catch_up(
    transaction: Callable[[], AbstractContextManager[Session]], chunk: int | None = None
) -> None:
    """Index every row above the mark, one short write transaction per chunk (``CHUNK``
    rows), and put the triggers back. ``transaction`` opens one write transaction."""
    done = False
    while not done:
        with transaction() as session:
            done = _index_next(session, chunk or CHUNK)


def repair_abandoned(engine: Engine) -> bool:
    """On opening: a load that died left the index paused; finish its work. True when it
    did. A load still running (alive less than ``STALE_SECONDS`` ago) is left alone."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as conn:
        marks: dict[str, int] = {
            name: value
            for name, value in conn.execute(
                text("SELECT name, value FROM counters WHERE name IN (:through, :seen)"),
                {"through": THROUGH, "seen": PAUSE_MARK},
            )
        }
    if THROUGH not in marks:
        return False
    seen = marks.get(PAUSE_MARK)
    if seen is not None and time.time() - seen < STALE_SECONDS:
        return False
    log.warning("customer search index left paused by a stopped load: indexing its rows")
    writer = engine.execution_options(guichet_write=True)

    @contextmanager
    def transaction() -> Iterator[Session]:
        with Session(writer) as session, session.begin():
            yield session

    catch_up(transaction)
    return True
