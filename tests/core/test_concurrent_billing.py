"""Two workstations starting the billing run at once: each invoice is issued once."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from core.bootstrap import open_services
from core.errors import AlreadyRunning
from tests.conftest import customer_input

CUSTOMERS = 15


def _subscribe_everyone(services) -> None:
    for n in range(CUSTOMERS):
        c = services.customers.create(
            customer_input(reference=f"CUST-7{n:05d}", email=f"c{n}@example.fr")
        )
        # From January: each subscription has eleven periods to catch up on.
        services.billing.add_subscription(
            c.id, label="Club", amount_cents=1000 + n, period="monthly", start=date(2026, 1, 2)
        )


def _all_invoices(services) -> list[tuple[str, str, date]]:
    """(number, customer reference, period) of every invoice in the database."""
    found = []
    for row in services.customers.search("", limit=1000).rows:
        for inv in services.customers.get(row.reference).invoices:
            found.append((inv.number, row.reference, inv.period_start))
    return found


def test_two_runs_started_together_issue_each_invoice_once(settings, clock):
    first = open_services(settings, clock=clock)
    second = open_services(settings, clock=clock)
    try:
        _subscribe_everyone(first)
        start = threading.Barrier(2)
        issued: dict[str, list] = {}
        refused: dict[str, AlreadyRunning] = {}
        crashed: list[BaseException] = []

        def run(name: str, services) -> None:
            try:
                start.wait(timeout=30)
                issued[name] = services.billing.run(slice_seconds=0, pause_seconds=0, chunk=3)
            except AlreadyRunning as exc:
                refused[name] = exc
            except BaseException as exc:  # reported below, not lost in the thread
                crashed.append(exc)

        threads = [
            threading.Thread(target=run, args=(name, svc))
            for name, svc in (("one", first), ("two", second))
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=240)
        assert not crashed, crashed
        assert issued, "neither run issued anything"
        invoices = _all_invoices(first)
        expected = CUSTOMERS * 11  # January to November, for every customer
        # Every period invoiced exactly once, every number given once, nothing skipped.
        assert len(invoices) == expected
        assert len({(ref, period) for _n, ref, period in invoices}) == expected
        numbers = sorted(n for n, _ref, _p in invoices)
        assert numbers == [f"F2026-{i:06d}" for i in range(1, expected + 1)]
        # What the runs said they issued is what was issued, once.
        said = [inv.number for got in issued.values() for inv in got]
        assert sorted(said) == numbers
        for exc in refused.values():
            assert "already under way" in str(exc)
        # Afterwards a run finds nothing left, on either workstation.
        assert first.billing.run() == [] and second.billing.run() == []
    finally:
        first.close()
        second.close()


@pytest.mark.postgresql_only  # SQLite's writers take turns: two runs there share the work
def test_a_second_run_while_one_is_under_way_says_so_and_issues_nothing(
    settings, clock, monkeypatch
):
    first = open_services(settings, clock=clock)
    second = open_services(settings, clock=clock)
    try:
        _subscribe_everyone(first)
        inside = threading.Event()
        go_on = threading.Event()
        real = first.billing._run

        def held_run(*args, **kwargs):
            inside.set()  # the first run holds the billing lock now
            assert go_on.wait(timeout=60)
            return real(*args, **kwargs)

        monkeypatch.setattr(first.billing, "_run", held_run)
        result: list = []
        worker = threading.Thread(target=lambda: result.append(first.billing.run()))
        worker.start()
        try:
            assert inside.wait(timeout=60)
            with pytest.raises(AlreadyRunning) as refused:
                second.billing.run()
            assert "already under way on another workstation" in str(refused.value)
            assert _all_invoices(second) == []  # nothing issued by the refused run
        finally:
            go_on.set()
            worker.join(timeout=240)
        assert len(result[0]) == CUSTOMERS * 11
        # Once the first has finished, a run on the other workstation goes ahead.
        assert second.billing.run() == []
    finally:
        first.close()
        second.close()


@pytest.mark.postgresql_only
def test_the_command_line_says_a_run_is_under_way_in_one_line(cli, db_path):
    from sqlalchemy import create_engine, text

    from core.db import database_url
    from core.services.context import BILLING_RUN_LOCK, LOCK_NAMESPACE

    assert cli("customer", "list")[0] == 0
    holder = create_engine(database_url(str(db_path)))
    conn = holder.connect()
    try:
        # Another workstation's run holds the lock.
        conn.execute(
            text("SELECT pg_advisory_lock(:ns, :key)"),
            {"ns": LOCK_NAMESPACE, "key": BILLING_RUN_LOCK},
        )
        code, out, err = cli("bill")
    finally:
        conn.close()
        holder.dispose()
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "already under way" in err
    assert cli("bill")[0] == 0
