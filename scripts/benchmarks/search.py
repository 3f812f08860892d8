"""The customer list on a big database: keystroke → first page, jump to the last row, memory.

    python3 scripts/benchmarks/search.py --database /tmp/guichet-bench-1m.sqlite3

For every kind of query, each search is timed from the keystroke (``set_query``) to its
first page painted by a real QTableView, and compared with the same first-page SQL run by
plain sqlite3 on the same file in the same run. Searches follow each other as when typing:
the next one starts as soon as the previous one's first page is on screen, while that one
is still reading its ids in the background.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_ROOT = Path(__file__).resolve().parents[2]
for _entry in (str(_ROOT), str(_ROOT / "scripts")):
    if _entry not in sys.path:
        sys.path.insert(0, _entry)

from benchmarks.common import Row, p95, rss_mib  # noqa: E402

PAGE = 100  # the model's first page
REPEAT = 5  # each query is searched this many times (plus a warm-up)

# What staff type, by kind (the demo data's names, cities, companies, references).
QUERIES: dict[str, list[str]] = {
    "1 letter": ["m", "l", "b", "j", "t", "s"],
    "2 letters": ["ma", "du", "le", "sm", "ro", "ga"],
    "3+ letters": ["martin", "dupont", "bernard", "lefe", "gabriel", "thompson"],
    "accented": ["hélène", "lefèvre", "zoé", "châtelain", "noël", "anaïs"],
    "reference": ["CUST-000042", "cust-0999", "CUST-500000", "CUST-98765"],
    "email": ["jade.martin", "lucas.petit.12", "example.co.uk", "@example.fr"],
    "city": ["lyon", "marseille", "grenoble", "edinburgh"],
    "company": ["boulangerie", "pharmacie dupont", "traiteur", "menuiserie"],
    "matches most rows": ["c", "cu", "cust", "example"],
    "matches none": ["zzqx", "xyzzy", "qqqq", "wxw"],
}
FIRST_PAGE_GOAL_MS = 50.0
FIRST_PAGE_GOAL_RATIO = 3.0
JUMP_GOAL_ROWS = 1000
JUMP_GOAL_MS = 200.0
RSS_GOAL_MIB = 200.0


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _raw_first_page(services, connection: sqlite3.Connection) -> Callable[[str], float]:  # noqa: ANN001
    """Milliseconds plain sqlite3 takes to run the SQL behind Guichet's first page of a query.

    The statements are the ones Guichet runs for that query (caught once as they go to the
    driver), replayed on a plain sqlite3 connection to the same file.
    """
    from sqlalchemy import event

    engine = services.customers.ctx.session_factory.kw["bind"]
    caught: dict[str, list[tuple[str, tuple]]] = {}
    catching: list[tuple[str, tuple]] = []

    def catch(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if statement.split(None, 1)[0].upper() not in ("BEGIN", "COMMIT", "ROLLBACK"):
            catching.append((statement, tuple(parameters or ())))

    def run(query: str) -> float:
        statements = caught.get(query)
        if statements is None:
            catching.clear()
            event.listen(engine, "before_cursor_execute", catch)
            try:
                services.customers.first_page(query, limit=PAGE)
            finally:
                event.remove(engine, "before_cursor_execute", catch)
            statements = caught[query] = list(catching)
        began = time.perf_counter()
        for sql, args in statements:
            connection.execute(sql, args).fetchall()
        return (time.perf_counter() - began) * 1000.0

    return run


def _raw_rows(services, connection: sqlite3.Connection, ids: list[int]) -> float:  # noqa: ANN001
    """Milliseconds plain sqlite3 takes to read the rows of ``ids`` with Guichet's row SQL."""
    from sqlalchemy.dialects import sqlite

    from core.models import Customer

    stmt = services.customers._row_select().where(Customer.id.in_(ids))
    compiled = stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"render_postcompile": True})
    args = tuple(compiled.params[name] for name in compiled.positiontup or ())
    began = time.perf_counter()
    connection.execute(str(compiled), args).fetchall()
    return (time.perf_counter() - began) * 1000.0


def measure(database: str, customers: int) -> list[Row]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    from core.bootstrap import open_services
    from core.config import Settings
    from desktop.customer_table_model import CustomerTableModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings(
        database=database, business_name="Bench", creditor_id="FR72ZZZ123456", operator="bench"
    )
    services = open_services(settings)
    raw_connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    raw_first_page = _raw_first_page(services, raw_connection)
    view = QTableView()
    model = CustomerTableModel(services.customers, language="fr", page_size=PAGE)
    view.setModel(model)
    # As the desk's customer table (desktop/main_window.py).
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.resize(1000, 700)
    view.show()

    def wait_for(condition: Callable[[], bool], timeout_s: float = 120.0) -> None:
        deadline = time.perf_counter() + timeout_s
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(1)
        poll.timeout.connect(lambda: condition() and loop.quit())
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the table did not answer")
            poll.start()
            loop.exec()
            poll.stop()

    def painted() -> None:
        app.processEvents()  # the view lays out and paints what arrived, as the event loop does

    def keystroke(query: str) -> float:
        """Milliseconds from the search to its first page painted."""
        began = time.perf_counter()
        model.set_query(query)
        wait_for(lambda: not model.is_busy())
        painted()
        return (time.perf_counter() - began) * 1000.0

    rows: list[Row] = []
    try:
        began = time.perf_counter()
        model.reload()
        wait_for(lambda: not model.is_busy())
        painted()
        first = (time.perf_counter() - began) * 1000.0
        wait_for(model.is_complete)
        every = (time.perf_counter() - began) * 1000.0
        total = model.total()
        _log(
            f"{total:,} customers: first page {first:.0f} ms, every id and the count {every:.0f} ms"
        )

        for kind, queries in QUERIES.items():
            for query in queries:  # warm-up: compile caches, the file's pages in memory
                keystroke(query)
                raw_first_page(query)
            ours: list[float] = []
            raw: list[float] = []
            for _ in range(REPEAT):
                for query in queries:
                    ours.append(keystroke(query))
                    raw.append(raw_first_page(query))
            mine, theirs = p95(ours), p95(raw)
            met = mine <= FIRST_PAGE_GOAL_MS and mine <= FIRST_PAGE_GOAL_RATIO * theirs
            _log(f"  {kind:<18} p95 {mine:6.1f} ms, raw {theirs:6.1f} ms ({len(ours)} searches)")
            rows.append(
                Row(
                    measure=f"search {kind}: keystroke → first page, p95",
                    guichet=mine,
                    baseline=theirs,
                    unit="ms",
                    goal=f"≤ {FIRST_PAGE_GOAL_MS:.0f} ms and ≤ {FIRST_PAGE_GOAL_RATIO:.0f}× raw",
                    met=met,
                )
            )

        # Every customer listed, then the scroll bar dragged to the end.
        model.set_query("x")  # something else first, so the empty search is a new one
        wait_for(model.is_complete)
        began = time.perf_counter()
        model.set_query("")
        wait_for(model.is_complete)
        counted = (time.perf_counter() - began) * 1000.0
        painted()
        raw_began = time.perf_counter()
        raw_connection.execute("SELECT id FROM customers ORDER BY reference, id").fetchall()
        raw_counted = (time.perf_counter() - raw_began) * 1000.0
        _log(
            f"  every id and the count, no filter: {counted:.0f} ms ({model.total():,}), "
            f"raw {raw_counted:.0f} ms"
        )
        rows.append(
            Row(
                measure="search, no filter: every id and the exact count (background)",
                guichet=counted,
                baseline=raw_counted,
                unit="ms",
                goal="after the first page, typing never waits for it",
                met=model.is_complete(),
            )
        )
        bar = view.verticalScrollBar()
        span_ok = bar.maximum() >= model.total() - 100
        before = model.rows_fetched()
        began = time.perf_counter()
        view.scrollToBottom()
        last = model.rowCount() - 1

        def shown() -> bool:
            painted()
            top = max(view.rowAt(0), 0)
            bottom = view.rowAt(view.viewport().height() - 1)
            bottom = last if bottom < 0 else bottom
            return all(model.row_at(r) is not None for r in range(top, bottom + 1))

        wait_for(shown)
        jump_ms = (time.perf_counter() - began) * 1000.0
        loaded = model.rows_fetched() - before
        shown_ids = [model.id_at(r) for r in range(max(view.rowAt(0), 0), last + 1)]
        raw_jump = _raw_rows(services, raw_connection, [i for i in shown_ids if i is not None])
        _log(
            f"  jump to the last row: {loaded} rows read in {jump_ms:.0f} ms "
            f"(raw rows query {raw_jump:.1f} ms), scroll bar spans the list: {span_ok}"
        )
        rows.append(
            Row(
                measure="jump to the last row: rows read",
                guichet=float(loaded),
                baseline=None,
                unit="rows",
                goal=f"≤ {JUMP_GOAL_ROWS:,} rows, scroll bar right from the start",
                met=loaded <= JUMP_GOAL_ROWS and span_ok,
            )
        )
        rows.append(
            Row(
                measure="jump to the last row: time to rows on screen",
                guichet=jump_ms,
                baseline=raw_jump,
                unit="ms",
                goal=f"≤ {JUMP_GOAL_MS:.0f} ms",
                met=jump_ms <= JUMP_GOAL_MS,
            )
        )
        rss = rss_mib()
        _log(f"  RSS with the table open and scrolled to the end: {rss:.0f} MiB")
        rows.append(
            Row(
                measure="RSS, customer table open and scrolled to the end",
                guichet=rss,
                baseline=None,
                unit="MiB",
                goal=f"≤ {RSS_GOAL_MIB:.0f} MiB",
                met=rss <= RSS_GOAL_MIB,
            )
        )
    finally:
        model.shutdown()
        view.close()
        view.setModel(None)
        raw_connection.close()
        app.processEvents()
        services.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", default="/tmp/guichet-bench-1m.sqlite3")
    parser.add_argument("--customers", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    for row in measure(args.database, args.customers):
        baseline = "" if row.baseline is None else f" (raw {row.baseline:.1f} {row.unit})"
        verdict = "met" if row.met else "NOT met"
        print(f"{row.measure}: {row.guichet:.1f} {row.unit}{baseline} — {row.goal}: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
