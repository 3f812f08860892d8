"""Customers: validation naming the field, search in SQL, conflicts, references."""

from __future__ import annotations

import pytest

from core.errors import ConflictError, ValidationError
from tests.conftest import customer_input


def test_create_normalises_and_generates_reference(services):
    a = services.customers.create(customer_input(reference=None, phone="06 12 34 56 78"))
    b = services.customers.create(customer_input(reference=None, email="b@example.fr"))
    assert a.reference == "CUST-000001" and b.reference == "CUST-000002"
    assert a.phone == "+33612345678"


def test_reference_never_reused_after_delete(services):
    a = services.customers.create(customer_input(reference=None))
    services.customers.delete(a.id)
    b = services.customers.create(customer_input(reference=None))
    assert b.reference != a.reference


@pytest.mark.parametrize(
    ("field", "overrides"),
    [
        ("name", {"name": "  "}),
        ("email", {"email": "not-an-email"}),
        ("country", {"country": "XX"}),
        ("phone", {"phone": "12"}),
        ("vat_number", {"vat_number": "FR00123456789"}),
        ("language", {"language": "de"}),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(services, field, overrides):
    with pytest.raises(ValidationError) as err:
        services.customers.create(customer_input(**overrides))
    assert err.value.field == field
    assert services.customers.count() == 0


def test_phone_checked_for_the_country(services):
    # A valid French mobile number is not a valid British one when written nationally.
    with pytest.raises(ValidationError) as err:
        services.customers.create(
            customer_input(country="GB", postal_code="BS1 4DJ", phone="06 12 34 56 78")
        )
    assert err.value.field == "phone"


def test_eu_vat_number_with_check_digits(services):
    c = services.customers.create(customer_input(company="ACME", vat_number="DE 136 695 976"))
    assert c.vat_number == "DE136695976"


def test_duplicate_reference_refused(services, customer):
    with pytest.raises(ValidationError) as err:
        services.customers.create(customer_input(reference=customer.reference))
    assert err.value.field == "reference"


def test_search_is_case_and_accent_insensitive(services):
    services.customers.create(customer_input(name="Hélène Châtelain", email="h@example.fr"))
    services.customers.create(
        customer_input(name="Bob Smith", email="bob@example.co.uk", company="Zèbre SARL")
    )
    assert [r.name for r in services.customers.search("HELENE chat").rows] == ["Hélène Châtelain"]
    assert [r.name for r in services.customers.search("zebre").rows] == ["Bob Smith"]
    assert [r.name for r in services.customers.search("bob@example").rows] == ["Bob Smith"]
    assert services.customers.search("100%").rows == ()


def test_search_pages_and_sorts_in_sql(services):
    for i in range(25):
        services.customers.create(customer_input(name=f"Client {i:02d}", email=f"c{i}@example.fr"))
    first = services.customers.search("client", offset=0, limit=10, sort="name")
    second = services.customers.search("client", offset=10, limit=10, sort="name")
    assert first.total == 25
    assert [r.name for r in first.rows] == [f"Client {i:02d}" for i in range(10)]
    assert [r.name for r in second.rows] == [f"Client {i:02d}" for i in range(10, 20)]
    desc = services.customers.search("client", limit=1, sort="name", descending=True)
    assert desc.rows[0].name == "Client 24"


def test_stale_edit_is_refused_not_overwritten(services, customer):
    v1 = customer.version
    services.customers.update(
        customer.id, customer_input(reference=None, city="Paris"), expected_version=v1
    )
    with pytest.raises(ConflictError):
        services.customers.update(
            customer.id, customer_input(reference=None, city="Nice"), expected_version=v1
        )
    assert services.customers.get(customer.id).city == "Paris"


def test_billing_address_change_keeps_issued_invoice_snapshot(services, customer):
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=1000, period="monthly", start="2026-11-01"
    )
    services.billing.run("2026-11-01")
    current = services.customers.get(customer.id)
    services.customers.update(
        customer.id, customer_input(address_line1="1 quai Neuf"), expected_version=current.version
    )
    from core.models import Invoice

    with services.customers.ctx.read() as session:
        inv = session.query(Invoice).one()
        assert inv.billing_address["address_line1"] == "12 rue des Lilas"


def test_search_index_follows_edits_and_deletes(services):
    a = services.customers.create(customer_input(name="Anaïs Légaré", email="a@example.fr"))
    assert [r.id for r in services.customers.search("egar").rows] == [a.id]  # inside a word
    services.customers.update(
        a.id, customer_input(name="Anaïs Dupuis", email="a@example.fr"), expected_version=a.version
    )
    assert services.customers.search("egar").rows == ()
    assert [r.id for r in services.customers.search("dupu").rows] == [a.id]
    services.customers.delete(a.id)
    assert services.customers.search("dupu").rows == ()


def test_short_query_matches_starts_of_name_email_reference(services):
    services.customers.create(
        customer_input(reference="ZX-1", name="Bob Smith", email="bob@example.co.uk")
    )
    services.customers.create(
        customer_input(reference="AB-2", name="Léa Roux", email="lea@example.fr")
    )
    assert [r.reference for r in services.customers.search("le").rows] == ["AB-2"]
    assert [r.reference for r in services.customers.search("zx").rows] == ["ZX-1"]
    assert [r.reference for r in services.customers.search("bo").rows] == ["ZX-1"]


def test_search_ids_then_rows_in_display_order(services):
    made = [
        services.customers.create(customer_input(name=n, email=f"{i}@example.fr"))
        for i, n in enumerate(["Chloé", "Alice", "Bérénice"])
    ]
    ids = services.customers.search_ids("", sort="name")
    assert [r.name for r in services.customers.rows(ids)] == ["Alice", "Bérénice", "Chloé"]
    assert services.customers.search_ids("", sort="name", descending=True) == ids[::-1]
    assert [r.id for r in services.customers.rows([made[2].id, made[0].id])] == [
        made[2].id,
        made[0].id,
    ]


@pytest.mark.postgresql_only
def test_search_on_postgresql_is_served_by_its_indexes(services):
    """A word anywhere: pg_trgm's GIN index; a short start: the pattern indexes."""
    from sqlalchemy import func, select

    from core.models import Customer

    services.customers.create(customer_input(reference="AB-2", name="Léa Roux"))

    def plan(query: str) -> str:
        stmt = select(func.count()).select_from(Customer).where(*services.customers._filter(query))
        with services.customers.ctx.read() as session:
            session.connection().exec_driver_sql("SET LOCAL enable_seqscan = off")
            compiled = stmt.compile(dialect=session.get_bind().dialect)
            rows = session.connection().exec_driver_sql(f"EXPLAIN {compiled}", compiled.params)
            return "\n".join(r[0] for r in rows)

    assert "ix_customers_search_trgm" in plan("roux")
    assert "_prefix" in plan("le")
    assert [r.reference for r in services.customers.search("oux").rows] == ["AB-2"]
