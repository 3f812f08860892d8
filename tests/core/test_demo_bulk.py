"""demo-data in bulk: the search index built once at the end answers as the trigger-fed
one did, also after an interrupted or killed load; desks keep working meanwhile; the
progress bar shows on a terminal only."""

from __future__ import annotations

import io
import random
import time
from datetime import datetime

import pytest
from sqlalchemy import select, text, update

from core import search_index
from core.bootstrap import open_services
from core.cli import progress_bar
from core.demo import _demo_rows, add_demo_customers
from core.models import Counter, Customer, PaymentMethod
from core.services.customers import search_key
from core.validation import normalize_text
from tests.conftest import customer_input

QUERIES = [
    "mar", "martin", "lyon", "élodie", "ELODIE", "lefèvre", "lefevre", "noel", "cust-0001",
    "cust-000150", "example.co.uk", "boulangerie", "smith bristol", "jean", "thomas paris",
    "bénard", "zzz", "ch", "é", "lu", "gérard", "annecy", "studio", "oliver", "e.r",
]  # fmt: skip


def _answers(services) -> dict[str, list[str]]:
    return {
        q: [r.reference for r in services.customers.search(q, limit=2000).rows] for q in QUERIES
    }


def _sql(services, statement: str):
    with services.customers.ctx.read() as session:
        return session.execute(text(statement)).all()


def _index_sound(services) -> bool:
    """FTS5's own check: the index matches the table's rows exactly."""
    with services.customers.ctx.transaction() as session:
        session.execute(
            text("INSERT INTO customer_search(customer_search, rank) VALUES ('integrity-check', 1)")
        )
    return True


@pytest.mark.sqlite_only
def test_index_built_at_the_end_answers_as_the_trigger_fed_one(
    settings, clock, tmp_path, monkeypatch
):
    monkeypatch.setattr(search_index, "CHUNK", 250)  # indexed in three chunks afterwards
    bulk = open_services(settings, clock=clock)
    fed = open_services(
        settings.with_overrides(database=str(tmp_path / "fed.sqlite3")), clock=clock
    )
    try:
        assert add_demo_customers(bulk, 700, seed=3, batch=160) == 700
        with monkeypatch.context() as m:  # as before: every row through the trigger
            m.setattr(search_index, "pause", lambda session: False)
            assert add_demo_customers(fed, 700, seed=3, batch=160) == 700
        assert _answers(bulk) == _answers(fed)
        assert all(_answers(bulk)[q] for q in ("mar", "lyon", "élodie", "cust-0001"))
        # The same schema afterwards: the trigger is back as migration 0002 made it.
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
        assert _sql(bulk, schema) == _sql(fed, schema)
        assert _sql(bulk, "SELECT 1 FROM counters WHERE name LIKE 'search-index-%'") == []
        assert _index_sound(bulk)
        # A customer added afterwards is found at once (the trigger feeds the index again).
        later = bulk.customers.create(customer_input(name="Zéphyrin Quist", email="zq@example.fr"))
        assert [r.id for r in bulk.customers.search("zephyrin").rows] == [later.id]
    finally:
        bulk.close()
        fed.close()


made_names = ("customers_search_ad", "customers_search_ai", "customers_search_au")


def test_the_trigger_sql_is_the_migrations(settings, clock):
    """core.search_index puts back exactly the trigger migration 0002 made."""
    services = open_services(settings, clock=clock)
    try:
        if services.engine.dialect.name != "sqlite":
            assert not services.customers.ctx.customer_fts  # nothing paused there
            return
        made = _sql(
            services, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        )
        assert made == [(name, search_index.trigger_sql(name)) for name in sorted(made_names)]
    finally:
        services.close()


@pytest.mark.sqlite_only
def test_an_interrupted_load_still_leaves_a_whole_index(services):
    batches = []

    def stop_after_two(count: int) -> None:
        batches.append(count)
        if len(batches) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        add_demo_customers(services, 1000, seed=5, batch=100, progress=stop_after_two)
    assert services.customers.count() == 200  # the committed batches stay
    by_index = {r.reference for r in services.customers.search("cust", limit=1000).rows}
    assert len(by_index) == 200
    assert (
        _sql(services, "SELECT count(*) FROM sqlite_master WHERE name = 'customers_search_ai'")[0][
            0
        ]
        == 1
    )
    assert _index_sound(services)


@pytest.mark.sqlite_only
def test_a_killed_load_is_repaired_when_the_database_is_next_opened(settings, clock):
    services = open_services(settings, clock=clock)
    add_demo_customers(services, 50, seed=1)
    # A load that died after pausing the index: rows were added without the trigger.
    with services.customers.ctx.transaction() as session:
        assert search_index.pause(session)
    lost = services.customers.create(customer_input(name="Anatole Oubli", email="ao@example.fr"))
    assert services.customers.search("anatole").rows == ()  # not indexed yet
    services.close()

    # Still alive a moment ago: another opening leaves the running load alone.
    running = open_services(settings, clock=clock)
    assert running.customers.search("anatole").rows == ()
    running.close()

    # Silent for longer than STALE_SECONDS: the next opening rebuilds.
    stale = int(time.time()) - search_index.STALE_SECONDS - 5
    reopened = open_services(settings, clock=clock)
    try:
        with reopened.customers.ctx.transaction() as session:
            session.execute(
                update(Counter).where(Counter.name == search_index.PAUSE_MARK).values(value=stale)
            )
        reopened.close()
        reopened = open_services(settings, clock=clock)
        assert [r.id for r in reopened.customers.search("anatole").rows] == [lost.id]
        assert _index_sound(reopened)
        assert _sql(reopened, "SELECT 1 FROM counters WHERE name LIKE 'search-index-%'") == []
    finally:
        reopened.close()


@pytest.mark.sqlite_only
def test_desk_edits_during_a_load_end_up_in_the_index(services, monkeypatch):
    """Rows edited or deleted at a desk while the index is paused, above the mark or below
    it, are found as they are afterwards, and the index checks out whole."""
    monkeypatch.setattr(search_index, "CHUNK", 150)  # several chunks afterwards
    old = services.customers.create(customer_input(name="Ancien Zorglub", email="z@example.fr"))
    seen = []

    def desk(count: int) -> None:
        seen.append(count)
        if len(seen) != 1:
            return
        loaded = services.customers.get("CUST-000002")  # the load's first row
        services.customers.update(
            loaded.id,
            customer_input(name="Renommée Pendant", email=loaded.email),
            expected_version=loaded.version,
        )
        services.customers.delete("CUST-000003")
        before = services.customers.get(old.id)
        services.customers.update(
            old.id,
            customer_input(name="Nouveau Zorglub", email="z@example.fr"),
            expected_version=before.version,
        )

    add_demo_customers(services, 900, seed=2, batch=200, progress=desk)
    found = {q: [r.reference for r in services.customers.search(q).rows] for q in (
        "renommee", "ancien", "nouveau zorglub", "cust-000003", "cust-000002",
    )}  # fmt: skip
    assert found == {
        "renommee": ["CUST-000002"],
        "ancien": [],
        "nouveau zorglub": [old.reference],
        "cust-000003": [],
        "cust-000002": ["CUST-000002"],
    }
    assert services.customers.search("cust-0009").total == 2  # CUST-000900, CUST-000901
    assert _index_sound(services)


def test_demo_data_on_either_database_while_a_desk_adds_customers(services):
    """Short transactions: a desk adds customers between batches; nothing collides, and
    every customer is found afterwards (PostgreSQL: ids from the sequence)."""
    added = []

    def desk_adds(count: int) -> None:
        if len(added) < 2:
            added.append(
                services.customers.create(
                    customer_input(
                        name=f"Désirée Guichet{len(added)}", email=f"d{len(added)}@example.fr"
                    )
                )
            )

    assert add_demo_customers(services, 1200, seed=9, batch=500, progress=desk_adds) == 1200
    assert services.customers.count() == 1202
    with services.customers.ctx.read() as session:
        references = session.scalars(select(Customer.reference)).all()
        methods = session.scalar(select(PaymentMethod.id).limit(1))
    assert len(set(references)) == 1202 and methods is not None
    # Numbers taken in blocks: the desk's customers got theirs between the demo's.
    numbers = sorted(int(r.removeprefix("CUST-")) for r in references)
    assert numbers == list(range(1, 1203))
    for desk in added:
        assert [r.id for r in services.customers.search("guichet" + desk.name[-1]).rows] == [
            desk.id
        ]
    assert services.customers.search("cust-0011").total == 100
    # Another customer after the load: the next number and a free id.
    after = services.customers.create(customer_input(email="apres@example.fr"))
    assert after.reference == "CUST-001203"


def test_demo_rows_carry_the_search_keys_the_service_would_make():
    rows, methods = _demo_rows(random.Random(4), 0, 3000, "FR72ZZZ123456", datetime(2026, 1, 2))
    for row in rows:
        assert row["search_text"] == search_key(row)
        assert row["sort_name"] == normalize_text(row["name"])
    assert len({m["iban"] for m in methods if m["iban"]}) > 1000


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_only():
    shown = _Terminal()
    with progress_bar(300, "customer", stream=shown) as bar:
        for _ in range(3):
            bar.update(100)
        bar.refresh()  # what the terminal shows at the next tick
    assert "customer/s" in shown.getvalue() and "100%" in shown.getvalue()
    quiet = io.StringIO()
    with progress_bar(300, "customer", stream=quiet) as bar:
        bar.update(300)
    assert quiet.getvalue() == ""


def test_demo_data_command_says_one_final_line_when_not_on_a_terminal(cli):
    code, out, err = cli("demo-data", "--customers", "1200")
    assert code == 0 and out == ""
    assert err.startswith("added 1200 customers in ") and err.count("\n") == 1
