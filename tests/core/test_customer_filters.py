"""The customer list's quick filters and its city column, answered in SQL on both databases.

A small book holds one customer of each kind (and the near misses beside them); each
filter finds exactly its customers, alone or with the searched text, in every order, by
every path the list reads (the first page, every id, the count).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core import rules
from core.errors import ValidationError
from core.models import Customer, PaymentMethod
from core.services import customers as module
from core.services.customers import QUICK_FILTERS
from tests.conftest import customer_input

# reference → (city, what is true of the customer)
BOOK = {
    "K-PLAIN": ("Lyon", set()),
    "K-GREY": ("Paris", {"greylisted"}),
    "K-CHEQUE": ("Nantes", {"offline"}),
    "K-CASH-GREY": ("Lyon", {"offline", "greylisted"}),
    "K-CARD-OK": ("Brest", set()),  # expires this month: still good
    "K-CARD-OLD": ("Lille", {"unusable"}),  # expired last month
    "K-SEPA-OK": ("Dijon", set()),  # signed 36 months ago tomorrow
    "K-SEPA-LAPSED": ("Lyon", {"unusable"}),  # signed 36 months ago today
    "K-SEPA-REJECTED": ("Arras", {"unusable"}),  # the bank rejected the mandate
    "K-OVERDUE": ("Lyon", {"overdue"}),  # due 2026-10-31: past the grace days
    "K-DUE": ("Caen", set()),  # due 2026-11-10: today is the last day of grace
}


def _method(customer_id: int, method: str, **values) -> PaymentMethod:
    return PaymentMethod(
        customer_id=customer_id,
        method=method,
        status="default",
        created_at=datetime(2023, 1, 5, 10, 0),
        created_by="test",
        **values,
    )


@pytest.fixture
def book(services, clock):
    """One customer of each kind; today is 2026-11-20, with 10 grace days."""
    ids: dict[str, int] = {}
    for n, (reference, (city, _kinds)) in enumerate(BOOK.items()):
        made = services.customers.create(
            customer_input(
                reference=reference,
                name=f"Client {reference[2:].title()}",
                email=f"k{n}@example.fr",
                city=city,
            )
        )
        ids[reference] = made.id
    services.payments.set_offline_method(ids["K-CHEQUE"], "cheque")
    services.payments.set_offline_method(ids["K-CASH-GREY"], "cash")
    # Overdue and merely due invoices, issued by billing runs (no method: offline, due 30
    # days after issue).
    today = clock.now
    clock.now = datetime(2026, 10, 1, 9, 30)
    services.billing.add_subscription(
        ids["K-OVERDUE"], label="Club", amount_cents=1000, period="monthly", start="2026-10-01"
    )
    services.billing.run("2026-10-01")
    clock.now = datetime(2026, 10, 11, 9, 30)
    services.billing.add_subscription(
        ids["K-DUE"], label="Club", amount_cents=1000, period="monthly", start="2026-10-11"
    )
    services.billing.run("2026-10-11")
    clock.now = today
    with services.customers.ctx.transaction() as session:
        for reference in ("K-GREY", "K-CASH-GREY"):
            session.get(Customer, ids[reference]).greylisted = True
        session.add_all(
            [
                _method(ids["K-CARD-OK"], "card", card_exp_month=11, card_exp_year=2026),
                _method(ids["K-CARD-OLD"], "card", card_exp_month=10, card_exp_year=2026),
                _method(ids["K-SEPA-OK"], "sepa_debit", mandate_signed_on=date(2023, 11, 21)),
                _method(ids["K-SEPA-LAPSED"], "sepa_debit", mandate_signed_on=date(2023, 11, 20)),
                _method(
                    ids["K-SEPA-REJECTED"],
                    "sepa_debit",
                    mandate_signed_on=date(2026, 6, 1),
                    unusable_reason="mandate_rejected",
                ),
            ]
        )
    return ids


def _references(services, ids) -> list[str]:
    return [r.reference for r in services.customers.rows(list(ids))]


def _expected(kinds: set[str], query_city: str | None = None) -> list[str]:
    return sorted(
        ref
        for ref, (city, has) in BOOK.items()
        if kinds <= has and (query_city is None or city == query_city)
    )


def test_the_book_follows_the_rules(services, book):
    # The near misses are near: the rules draw the line between them.
    today = services.customers.ctx.today()
    assert today == date(2026, 11, 20)
    assert rules.mandate_lapses_on(None, date(2023, 11, 20), date(2023, 1, 5)) == today
    detail = services.customers.get(book["K-OVERDUE"])
    assert [(i.due_on, i.overdue) for i in detail.invoices] == [(date(2026, 10, 31), True)]
    detail = services.customers.get(book["K-DUE"])
    assert [(i.due_on, i.overdue) for i in detail.invoices] == [(date(2026, 11, 10), False)]


@pytest.mark.parametrize("kind", QUICK_FILTERS)
def test_each_filter_finds_exactly_its_customers(services, book, kind):
    customers = services.customers
    expected = _expected({kind})
    assert expected  # the book has some of each kind
    assert _references(services, customers.search_ids("", filters=[kind])) == expected
    page = customers.first_page("", limit=100, filters=[kind])
    assert [r.reference for r in page] == expected
    assert customers.count("", filters=[kind]) == len(expected)
    assert customers.search("", filters=[kind]).total == len(expected)


def test_filters_narrow_together_and_with_the_text(services, book):
    customers = services.customers
    both = customers.search_ids("", filters=["offline", "greylisted"])
    assert _references(services, both) == ["K-CASH-GREY"]
    assert customers.count("lyon", filters=["unusable"]) == 1
    for kind in QUICK_FILTERS:
        ids = customers.search_ids("lyon", filters=[kind])
        assert _references(services, ids) == _expected({kind}, "Lyon"), kind
        page = customers.first_page("lyon", filters=[kind])
        assert [r.reference for r in page] == _expected({kind}, "Lyon"), kind
        assert customers.count("lyon", filters=[kind]) == len(_expected({kind}, "Lyon"))
    # A short word (the start of a name) with a filter.
    assert [r.reference for r in customers.first_page("cl", filters=["overdue"])] == ["K-OVERDUE"]


@pytest.mark.parametrize("walk", [(4000, 150_000, 2000), (2, 4, 3)], ids=["usual", "short"])
def test_every_path_answers_as_the_plain_query(services, book, monkeypatch, walk):
    # "short" makes eleven customers look like many: the first page walks part of the list,
    # then further or asks the indexes; every id is read by walking the sort index.
    head_first, head_most, probe = walk
    monkeypatch.setattr(module, "_HEAD_FIRST", head_first)
    monkeypatch.setattr(module, "_HEAD_MOST", head_most)
    monkeypatch.setattr(module, "_PROBE", probe)
    customers = services.customers
    for filters in ([], ["greylisted"], ["offline"], ["unusable"], ["overdue"]):
        for query in ("", "lyon", "client", "k-"):
            for sort, descending in (("reference", False), ("city", False), ("name", True)):
                ids = list(
                    customers.search_ids(query, sort=sort, descending=descending, filters=filters)
                )
                assert ids == [
                    r.id
                    for r in customers.search(
                        query, sort=sort, descending=descending, filters=filters, limit=1000
                    ).rows
                ]
                first = customers.first_ids(
                    query, limit=2, sort=sort, descending=descending, filters=filters
                )
                assert first == ids[:2], (filters, query, sort)


def test_the_list_shows_and_sorts_by_city(services, book):
    customers = services.customers
    rows = customers.first_page("", limit=100, sort="city")
    cities = [r.city for r in rows]
    assert cities == sorted(city for city, _ in BOOK.values())
    assert cities[0] == "Arras" and cities[-1] == "Paris"
    down = customers.search_ids("", sort="city", descending=True)
    assert [r.city for r in customers.rows(list(down))] == cities[::-1]
    # Ties (four in Lyon) keep the id order, so pages never repeat or skip a customer.
    lyon = [r.reference for r in rows if r.city == "Lyon"]
    assert lyon == ["K-PLAIN", "K-CASH-GREY", "K-SEPA-LAPSED", "K-OVERDUE"]


def test_an_unknown_filter_is_refused(services, book):
    with pytest.raises(ValidationError) as err:
        services.customers.search_ids("", filters=["vip"])
    assert err.value.field == "filters"
