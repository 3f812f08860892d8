"""Bulk writes: `demo-data` and the billing run, each against plain sqlite3 doing the same rows.

    python3 scripts/benchmarks/bulk.py --customers 20000      # a quick run
    python3 scripts/bench.py --only bulk                       # in the one table

demo-data: ``customers`` customers (and their payment methods) into a new database, by
Guichet (core.demo.add_demo_customers, as `guichet demo-data` does) and by a plain sqlite3
script inserting the same rows, made by the same generator, into the same schema, in one
transaction, with the search index built once at the end.

billing: a database of min(50,000, customers) customers with one monthly subscription
each, all due; Guichet's billing run (as `guichet bill` runs it) against plain sqlite3
inserting the same invoice and activity rows and moving the same subscriptions on.

Both work on databases of their own in a temporary folder: the shared bench database is
only read for nothing. Times are wall-clock on a shared machine: compare the ratios.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for entry in (str(ROOT), str(ROOT / "scripts")):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from benchmarks.common import Row  # noqa: E402

# The billing book has SEPA mandates too (a creditor id is set). demo-data is measured as
# `guichet demo-data` runs without a configuration (scripts/bench.py builds its database
# so): no creditor id, so no mandates; with one, 45% of customers also get an IBAN.
CREDITOR = "FR72ZZZ123456"
DEMO_CREDITOR = ""
BILLING_SUBSCRIPTIONS = 50_000


def _settings(path: Path, creditor: str = CREDITOR):  # type: ignore[no-untyped-def]
    from core.config import Settings

    return Settings(database=str(path), creditor_id=creditor, operator="bench")


def _new_database(path: Path) -> None:
    """An empty database with Guichet's schema (its migrations)."""
    from core.db import make_engine

    make_engine(str(path)).dispose()


def _raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _sql_value(value: object) -> object:
    # As SQLAlchemy stores them on SQLite.
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


# --- demo-data ---------------------------------------------------------------------------------
def guichet_demo(path: Path, customers: int) -> float:
    from core.bootstrap import open_services
    from core.demo import add_demo_customers

    _new_database(path)
    services = open_services(_settings(path, DEMO_CREDITOR))
    try:
        began = time.perf_counter()
        made = add_demo_customers(services, customers, seed=1)
        seconds = time.perf_counter() - began
    finally:
        services.close()
    assert made == customers
    return seconds


def raw_demo(path: Path, customers: int, batch: int = 1000) -> float:
    """The same rows by plain sqlite3: one transaction, the search index built at the end."""
    from core.demo import _demo_rows

    _new_database(path)
    conn = _raw_connection(path)
    try:
        began = time.perf_counter()
        rng = random.Random(1)
        now = datetime.utcnow()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TRIGGER customers_search_ai")
        customer_sql = method_sql = ""
        made = 0
        while made < customers:
            size = min(batch, customers - made)
            rows, methods = _demo_rows(rng, made, size, DEMO_CREDITOR, now)
            for row in rows:
                row["id"] += made + 1
            for method in methods:
                method["customer_id"] += made + 1
            if not customer_sql:
                customer_sql = _insert_sql("customers", rows[0])
            conn.executemany(customer_sql, [tuple(map(_sql_value, r.values())) for r in rows])
            if methods:
                method_sql = method_sql or _insert_sql("payment_methods", methods[0])
                conn.executemany(method_sql, [tuple(map(_sql_value, m.values())) for m in methods])
            made += size
        conn.execute("INSERT INTO counters (name, value) VALUES ('customer', ?)", (made,))
        conn.execute("INSERT INTO customer_search(customer_search) VALUES ('rebuild')")
        from core.search_index import trigger_sql

        conn.execute(trigger_sql("customers_search_ai"))
        conn.execute("COMMIT")
        return time.perf_counter() - began
    finally:
        conn.close()


def _insert_sql(table: str, row: dict) -> str:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return f"INSERT INTO {table} ({columns}) VALUES ({marks})"


def _same_search(guichet: Path, raw: Path) -> bool:
    """Both indexes find the same customers for a few words (a sanity check of the run)."""
    words = ("mart", "lyon", "cust-0001", "boulangerie", "example.co.uk")
    found = []
    for path in (guichet, raw):
        with closing(sqlite3.connect(str(path))) as conn, conn:
            found.append(
                [
                    conn.execute(
                        "SELECT count(*) FROM customer_search WHERE customer_search MATCH ?",
                        (f'"{w}"',),
                    ).fetchone()[0]
                    for w in words
                ]
            )
    return found[0] == found[1]


def measure_demo(folder: Path, customers: int) -> list[Row]:
    guichet_db, raw_db = folder / "demo-guichet.sqlite3", folder / "demo-raw.sqlite3"
    print(f"bulk: demo-data, {customers:,} customers …", file=sys.stderr, flush=True)
    raw = raw_demo(raw_db, customers)
    guichet = guichet_demo(guichet_db, customers)
    print(
        f"bulk: demo-data {guichet:.1f} s, raw sqlite3 {raw:.1f} s"
        f" (same search answers: {_same_search(guichet_db, raw_db)})",
        file=sys.stderr,
        flush=True,
    )
    for path in (guichet_db, raw_db):
        path.unlink()
    return [
        Row(
            measure=f"demo-data --customers {customers:,}",
            guichet=guichet,
            baseline=raw,
            unit="s",
            goal="≤ 120 s and ≤ 1.5× raw",
            met=guichet <= 120 and guichet <= 1.5 * raw,
        )
    ]


# --- billing -----------------------------------------------------------------------------------
def billing_database(path: Path, subscriptions: int, today: date) -> None:
    """``subscriptions`` customers with a monthly subscription each, all due today."""
    from sqlalchemy import insert

    from core.bootstrap import open_services
    from core.demo import add_demo_customers
    from core.models import Subscription

    _new_database(path)
    services = open_services(_settings(path))
    try:
        add_demo_customers(services, subscriptions, seed=2)
        start = today - timedelta(days=3)
        rows = [
            {
                "customer_id": customer_id,
                "label": "Abonnement Club" if customer_id % 3 else "Cotisation",
                "amount_cents": 2990 + customer_id % 7 * 100,
                "currency": "EUR",
                "period": "monthly",
                "start_on": start,
                "next_billing_on": start,
                "status": "active",
                "vat_rate_bp": 550 if customer_id % 10 == 0 else None,
            }
            for customer_id in range(1, subscriptions + 1)
        ]
        with services.billing.ctx.transaction() as session:
            session.execute(insert(Subscription), rows)
    finally:
        services.close()


def guichet_billing(path: Path, today: date) -> tuple[int, float]:
    from core.bootstrap import open_services

    services = open_services(_settings(path))
    try:
        began = time.perf_counter()
        issued = services.billing.run(today)
        return len(issued), time.perf_counter() - began
    finally:
        services.close()


def raw_billing(path: Path, today: date) -> tuple[int, float]:
    """The same run as a plain sqlite3 script: one query for what is due (subscription,
    address, default method), the same rules and texts in Python, executemany inserts of
    the invoices and activity rows, the subscriptions moved on, the counter, one transaction."""
    import json

    from core import rules
    from core.config import Settings
    from core.services.billing import _ADDRESS_FIELDS, _new_collection, vat_rate_for

    settings = Settings(database="")
    address_sql = ", ".join(f"c.{f}" for f in _ADDRESS_FIELDS)
    conn = _raw_connection(path)
    conn.row_factory = sqlite3.Row
    try:
        began = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        due = conn.execute(
            f"SELECT s.id, s.customer_id, s.label, s.amount_cents, s.currency, s.period,"
            f" s.start_on, s.next_billing_on, s.vat_rate_bp, {address_sql},"
            f" m.id AS method_id, m.method, m.unusable_reason, m.card_exp_month,"
            f" m.card_exp_year, m.mandate_last_used_on, m.mandate_signed_on, m.created_at"
            f" FROM subscriptions s JOIN customers c ON c.id = s.customer_id"
            f" LEFT JOIN payment_methods m ON m.customer_id = s.customer_id"
            f" AND m.status = 'default'"
            f" WHERE s.next_billing_on <= ? AND s.status = 'active'"
            f" ORDER BY s.next_billing_on, s.id",
            (today.isoformat(),),
        ).fetchall()
        year = today.year
        first = (
            conn.execute(
                "SELECT value FROM counters WHERE name = ?", (f"invoice-{year}",)
            ).fetchone()
            or (0,)
        )[0] + 1
        now = datetime.utcnow().isoformat(" ")
        invoices, events, moves = [], [], []
        summaries: dict[tuple, str] = {}
        from core import i18n

        for n, sub in enumerate(due):
            method = None
            if sub["method_id"] is not None:
                method = {
                    "method": sub["method"],
                    "unusable_reason": sub["unusable_reason"],
                    "card_exp_month": sub["card_exp_month"],
                    "card_exp_year": sub["card_exp_year"],
                    "mandate_last_used_on": _date(sub["mandate_last_used_on"]),
                    "mandate_signed_on": _date(sub["mandate_signed_on"]),
                    "created_at": datetime.fromisoformat(sub["created_at"]),
                }
            collection, _unusable = _new_collection(method, today)
            debit_on = (
                today + timedelta(days=settings.debit_notice_days)
                if collection == "automatic"
                else None
            )
            rate = vat_rate_for(settings, sub["vat_rate_bp"])
            net, tax = rules.vat_split(sub["amount_cents"], rate)
            number = f"F{year}-{first + n:06d}"
            due_on = rules.due_date(
                today, debit_on=debit_on, payment_terms_days=settings.payment_terms_days
            )
            address = {f: sub[f] or "" for f in _ADDRESS_FIELDS}
            invoices.append(
                (number, sub["customer_id"], sub["id"], sub["next_billing_on"], sub["label"],
                 sub["amount_cents"], sub["currency"], "due", "", str(collection),
                 today.isoformat(), debit_on and debit_on.isoformat(), due_on.isoformat(),
                 rate, net, tax, json.dumps(address), now, 1)
            )  # fmt: skip
            key = (sub["amount_cents"], sub["currency"], collection)
            if key not in summaries:
                summaries[key] = i18n.summary(
                    "invoice_issued",
                    {"number": "\0", "amount_cents": key[0], "currency": key[1],
                     "collection": collection},
                    "en",
                )  # fmt: skip
            params = {"number": number, "amount_cents": sub["amount_cents"],
                      "currency": sub["currency"], "collection": str(collection)}  # fmt: skip
            events.append(
                (sub["customer_id"], now, "system", "system", "invoice_issued",
                 summaries[key].replace("\0", number), json.dumps(params))
            )  # fmt: skip
            following = rules.next_billing_date(
                date.fromisoformat(sub["next_billing_on"]),
                sub["period"],
                date.fromisoformat(sub["start_on"]).day,
            )
            moves.append((following.isoformat(), sub["id"]))
        conn.executemany(
            "INSERT INTO invoices (number, customer_id, subscription_id, period_start, label,"
            " amount_cents, currency, status, status_reason, collection, issued_on, debit_on,"
            " due_on, vat_rate_bp, net_cents, tax_cents, billing_address, updated_at, version)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            invoices,
        )
        conn.executemany(
            "INSERT INTO activity_events (customer_id, at, actor_kind, actor, kind, summary,"
            " params) VALUES (?, ?, ?, ?, ?, ?, ?)",
            events,
        )
        conn.executemany("UPDATE subscriptions SET next_billing_on = ? WHERE id = ?", moves)
        conn.execute(
            "INSERT OR REPLACE INTO counters (name, value) VALUES (?, ?)",
            (f"invoice-{year}", first + len(invoices) - 1),
        )
        conn.execute("COMMIT")
        return len(invoices), time.perf_counter() - began
    finally:
        conn.close()


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def raw_inserts(done: Path, path: Path) -> float:
    """For the record: only inserting the rows Guichet made (already made), in plain SQL."""
    with closing(sqlite3.connect(str(done))) as source, source:
        invoices = source.execute("SELECT * FROM invoices ORDER BY id").fetchall()
        events = source.execute(
            "SELECT * FROM activity_events WHERE kind = 'invoice_issued' ORDER BY id"
        ).fetchall()
    conn = _raw_connection(path)
    try:
        began = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            f"INSERT INTO invoices VALUES ({', '.join('?' * len(invoices[0]))})", invoices
        )
        conn.executemany(
            f"INSERT INTO activity_events VALUES ({', '.join('?' * len(events[0]))})", events
        )
        conn.execute("COMMIT")
        return len(invoices) / (time.perf_counter() - began)
    finally:
        conn.close()


def measure_billing(folder: Path, customers: int) -> list[Row]:
    count = min(BILLING_SUBSCRIPTIONS, customers)
    today = date.today()
    before, guichet_db, raw_db, inserts_db = (
        folder / f"billing-{n}.sqlite3" for n in ("before", "guichet", "raw", "inserts")
    )
    print(
        f"bulk: billing, {count:,} subscriptions (making the database) …",
        file=sys.stderr,
        flush=True,
    )
    billing_database(before, count, today)
    for copy in (guichet_db, raw_db, inserts_db):
        _copy(before, copy)
    raw_issued, raw_seconds = raw_billing(raw_db, today)
    issued, seconds = guichet_billing(guichet_db, today)
    inserts_only = raw_inserts(guichet_db, inserts_db)
    assert issued == raw_issued == count, (issued, raw_issued, count)
    rate, raw_rate = issued / seconds, raw_issued / raw_seconds
    print(
        f"bulk: billing {issued:,} invoices in {seconds:.1f} s ({rate:,.0f}/s),"
        f" raw SQL {raw_seconds:.2f} s ({raw_rate:,.0f}/s);"
        f" only inserting the rows made: {inserts_only:,.0f}/s",
        file=sys.stderr,
        flush=True,
    )
    return [
        Row(
            measure=f"billing run, {count:,} subscriptions",
            guichet=rate,
            baseline=raw_rate,
            unit="invoices/s",
            goal="≥ 3,000/s and ≤ 3× raw",
            met=rate >= 3000 and raw_rate <= 3 * rate,
        )
    ]


def _copy(source: Path, target: Path) -> None:
    with closing(sqlite3.connect(str(source))) as src, closing(sqlite3.connect(str(target))) as dst:
        src.backup(dst)


def measure(database: str, customers: int) -> list[Row]:
    """``database`` (the shared bench file) is not used: each measure makes its own."""
    folder = Path(tempfile.mkdtemp(prefix="guichet-bulk-"))
    try:
        return measure_demo(folder, customers) + measure_billing(folder, customers)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--only", choices=("demo", "billing"))
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="guichet-bulk-"))
    try:
        rows = []
        if args.only != "billing":
            rows += measure_demo(folder, args.customers)
        if args.only != "demo":
            rows += measure_billing(folder, args.customers)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for row in rows:
        base = "" if row.baseline is None else f" | raw {row.baseline:,.2f} {row.unit}"
        print(
            f"{row.measure} | {row.guichet:,.2f} {row.unit}{base} | {row.goal} | {'met' if row.met else 'NOT met'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
