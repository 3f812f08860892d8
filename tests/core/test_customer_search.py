"""The customer list's reads at any size: the first page, every id, stopping a long search.

However a search is served (walking the sort index from the start, the search index,
pages of ids), it answers the same customers in the same order as the plain query.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core import validation as v
from core.models import Customer
from core.services import customers as module
from core.services.customers import Cancel
from tests.conftest import customer_input

QUERIES = [
    "",
    "m",  # one letter: the start of a name, an email or a reference
    "ma",
    "CU",  # every reference
    "martin",  # a word anywhere
    "dupont",
    "hélène",  # accents do not matter
    "HELENE",
    "lyon",  # a city
    "boulangerie",  # a company
    "example",  # nearly everyone
    "cust-0000",
    "jade.martin",
    "martin ly",  # a word and a short one
    "zzqx",  # no one
    "100%",  # LIKE's wildcards are plain characters
    "a_b",
]
SORTS = [("reference", False), ("name", False), ("name", True), ("email", False), ("company", True)]


@pytest.fixture
def crowd(services):
    """A few hundred demo customers, and some with the characters searches trip on."""
    from core.demo import add_demo_customers

    add_demo_customers(services, 600)
    for n, (name, email) in enumerate(
        [("Hélène Châtelain", "helene@example.fr"), ("A_B 100%", "ab@example.fr")]
    ):
        services.customers.create(
            customer_input(reference=f"ZZ-{n}", name=name, email=email, company="")
        )
    return services


def plain_ids(services, query: str, sort: str, descending: bool) -> list[int]:
    """The straightforward query: every match, sorted (what the list showed before)."""
    customers = services.customers
    stmt = (
        select(Customer.id)
        .where(*customers._filter(query))
        .order_by(*customers._order(sort, descending))
    )
    with customers.ctx.read() as session:
        return list(session.scalars(stmt))


def meaning(services, query: str) -> set[int]:
    """What a search means, in Python: every word of 3+ letters anywhere (accent- and
    case-insensitive); a query of short words only, the start of the name, email or reference."""
    terms = v.normalize_text(query).split()
    with services.customers.ctx.read() as session:
        rows = session.execute(
            select(
                Customer.id,
                Customer.search_text,
                Customer.sort_name,
                Customer.email,
                Customer.reference,
            )
        ).all()
    if not terms:
        return {r.id for r in rows}
    if any(len(t) >= 3 for t in terms):
        return {r.id for r in rows if all(t in r.search_text for t in terms)}
    prefix = " ".join(terms)
    return {
        r.id
        for r in rows
        if r.sort_name.startswith(prefix)
        or (r.email or "").startswith(prefix)
        or r.reference.startswith(prefix.upper())
    }


@pytest.mark.parametrize("walk", [(4000, 150_000, 2000), (40, 200, 50)], ids=["usual", "short"])
def test_first_page_and_every_id_answer_as_the_plain_query(crowd, monkeypatch, walk):
    # "short" makes a few hundred customers look like a million: the first page walks part
    # of the list, then walks further or asks the search index; every id is read by walking.
    head_first, head_most, probe = walk
    monkeypatch.setattr(module, "_HEAD_FIRST", head_first)
    monkeypatch.setattr(module, "_HEAD_MOST", head_most)
    monkeypatch.setattr(module, "_PROBE", probe)
    customers = crowd.customers
    for query in QUERIES:
        expected_set = meaning(crowd, query)
        for sort, descending in SORTS:
            expected = plain_ids(crowd, query, sort, descending)
            assert set(expected) == expected_set, query
            ids = customers.search_ids(query, sort=sort, descending=descending)
            assert list(ids) == expected, (query, sort, descending)
            first = customers.first_ids(query, limit=25, sort=sort, descending=descending)
            assert first == expected[:25], (query, sort, descending)
            page = customers.first_page(query, limit=25, sort=sort, descending=descending)
            assert [r.id for r in page] == expected[:25]
    assert len(meaning(crowd, "martin")) > 5  # the crowd has what the queries look for
    assert len(meaning(crowd, "example")) > 500


def test_a_page_by_offset_is_the_same_slice(crowd):
    expected = plain_ids(crowd, "ma", "name", False)
    page = crowd.customers.search("ma", offset=10, limit=20, sort="name")
    assert [r.id for r in page.rows] == expected[10:30]
    assert page.total == len(expected)


def test_a_cancelled_search_answers_nothing(crowd):
    cancel = Cancel()
    cancel.set()
    assert crowd.customers.search_ids("", cancel=cancel) is None
    # Cancelling one search leaves the next one (on the same pooled connection) whole.
    assert len(crowd.customers.search_ids("", cancel=Cancel())) == crowd.customers.count()
