"""Addresses per country (postal codes, layout) and a second customer with the same email."""

from __future__ import annotations

import pytest

from core import addresses
from core.documents.model import Party
from core.documents.pdf import address_lines
from core.errors import DuplicateEmail, ValidationError
from tests.conftest import customer_input
from tests.core.conftest import dump


# --- postal codes ---------------------------------------------------------------------------
def test_french_postal_code_of_four_digits_is_refused_naming_the_field(services):
    with pytest.raises(ValidationError) as err:
        services.customers.create(customer_input(postal_code="7500"))
    assert err.value.field == "postal_code"
    assert "7500" in str(err.value) and "France" in str(err.value)
    assert services.customers.count() == 0


def test_postal_code_is_checked_for_the_chosen_country(services):
    # Five digits are French, not Belgian; a British code is written in capitals.
    with pytest.raises(ValidationError) as err:
        services.customers.create(customer_input(country="BE", postal_code="75001"))
    assert err.value.field == "postal_code"
    uk = services.customers.create(
        customer_input(
            country="GB", postal_code="bs1  4dj", city="Bristol", phone="", email="uk@example.co.uk"
        )
    )
    assert uk.postal_code == "BS1 4DJ"


def test_postal_code_refusal_reads_in_french():
    from core import i18n

    with pytest.raises(ValidationError) as err:
        addresses.postal_code("7500", "FR")
    text = i18n.error_text(err.value, "fr")
    assert "7500" in text and "France" in text and "Code postal" in text


def test_empty_postal_code_and_countries_without_one_are_accepted():
    assert addresses.postal_code("", "FR") == ""
    assert addresses.postal_code("  ", "GB") == ""
    assert addresses.postal_code("anything", "IC") == "ANYTHING"  # not in the address data


# --- layout -----------------------------------------------------------------------------------
UK = {
    "name": "Jane Smith",
    "address_line1": "1 Broad Quay",
    "postal_code": "BS1 4DJ",
    "city": "Bristol",
    "country": "GB",
}


def test_uk_address_puts_the_town_above_the_postcode():
    lines = addresses.address_lines(UK, language="en")
    assert "\n".join(lines) == "Jane Smith\n1 Broad Quay\nBristol\nBS1 4DJ\nUnited Kingdom"
    assert "BS1 4DJ Bristol" not in "\n".join(lines)


def test_french_address_and_the_home_country_left_out():
    lines = addresses.address_lines(
        {
            "name": "Élodie Martin",
            "company": "ACME",
            "address_line1": "12 rue des Lilas",
            "address_line2": "Bâtiment B",
            "postal_code": "69003",
            "city": "Lyon",
            "country": "FR",
        },
        language="fr",
        home_country="FR",
    )
    assert lines == ["ACME", "Élodie Martin", "12 rue des Lilas", "Bâtiment B", "69003 Lyon"]


def test_region_where_the_country_writes_it():
    lines = addresses.address_lines(
        {
            "name": "Jo Doe",
            "address_line1": "1 Main St",
            "postal_code": "62701",
            "city": "Springfield",
            "region": "IL",
            "country": "US",
        },
        language="fr",
        home_country="FR",
        country_upper=True,
    )
    assert lines[-2:] == ["Springfield, IL 62701", "ÉTATS-UNIS"]


def test_documents_use_the_same_layout():
    party = Party(
        name="Jane Smith",
        address_lines=("1 Broad Quay",),
        postal_code="BS1 4DJ",
        city="Bristol",
        country="GB",
    )
    assert address_lines(party, seller_country="FR", language="en") == [
        "Jane Smith",
        "1 Broad Quay",
        "Bristol",
        "BS1 4DJ",
        "UNITED KINGDOM",
    ]


# --- a second customer with the same email ------------------------------------------------------
def test_duplicate_email_is_refused_naming_the_other_customer(services, customer):
    with pytest.raises(DuplicateEmail) as err:
        services.customers.create(
            customer_input(
                reference="CUST-000124", name="Paul Martin", email="Elodie.Martin@example.fr"
            )
        )
    assert err.value.other_reference == "CUST-000123"
    assert err.value.other_name == "Élodie Martin"
    assert "CUST-000123" in str(err.value) and "Élodie Martin" in str(err.value)
    assert services.customers.count() == 1


def test_save_anyway_saves(services, customer):
    again = services.customers.create(
        customer_input(reference="CUST-000124", name="Paul Martin"), allow_duplicate_email=True
    )
    assert again.email == customer.email
    assert services.customers.count() == 2


def test_changing_to_a_taken_email_is_refused_keeping_one_is_not(services, customer):
    other = services.customers.create(
        customer_input(reference="CUST-000124", name="Paul Durand", email="paul@example.fr")
    )
    with pytest.raises(DuplicateEmail):
        services.customers.update(
            other.id,
            customer_input(name="Paul Durand", email="elodie.martin@example.fr"),
            expected_version=other.version,
        )
    assert services.customers.get(other.id).email == "paul@example.fr"
    shared = services.customers.update(
        other.id,
        customer_input(name="Paul Durand", email="elodie.martin@example.fr"),
        expected_version=other.version,
        allow_duplicate_email=True,
    )
    # Saved anyway once; later edits of that record (email unchanged) are not asked again.
    renamed = services.customers.update(
        other.id,
        customer_input(name="Paul Durand-Roux", email="elodie.martin@example.fr"),
        expected_version=shared.version,
    )
    assert renamed.name == "Paul Durand-Roux"
    owner = services.customers.email_owner("ELODIE.martin@example.fr", except_id=other.id)
    assert owner is not None and owner.reference == "CUST-000123"


def test_the_duplicate_email_check_is_an_index_lookup(services, customer, backend):
    """At a million customers a save must not read every row to find a taken email."""
    from sqlalchemy import text

    from core.services.customers import email_owner_query

    query = email_owner_query("ELODIE.martin@example.fr", except_id=None)
    sql = query.compile(services.engine, compile_kwargs={"literal_binds": True})
    with services.engine.connect() as conn:
        if backend == "postgresql":
            # Two rows: the planner would rather scan; forbid that to see whether it can look up.
            conn.execute(text("SET enable_seqscan = off"))
            plan = " ".join(r[0] for r in conn.execute(text(f"EXPLAIN {sql}")))
        else:
            plan = " ".join(r[-1] for r in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
    assert "ix_customers_email_lower" in plan
    owner = services.customers.email_owner("ELODIE.martin@example.fr")
    assert owner is not None and owner.reference == customer.reference


def test_cli_refuses_a_duplicate_email_with_one_line(cli, db_path):
    base = ("customer", "add", "--name", "Jean Dupont", "--email", "jean@example.fr")
    assert cli(*base, "--reference", "CUST-000001")[0] == 0
    before = dump(db_path)
    code, out, err = cli(*base, "--reference", "CUST-000002")
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert "CUST-000001" in err and "--allow-duplicate-email" in err
    assert dump(db_path) == before
    code, out, _ = cli(*base, "--reference", "CUST-000002", "--allow-duplicate-email")
    assert code == 0 and out.strip() == "CUST-000002"


def test_cli_refuses_a_bad_postal_code(cli, db_path):
    code, _out, err = cli(
        "customer",
        "add",
        "--reference",
        "CUST-000001",
        "--name",
        "Jean Dupont",
        "--email",
        "jean@example.fr",
        "--postal-code",
        "7500",
    )
    assert code == 2 and "postal_code" in err and err.count("\n") == 1
