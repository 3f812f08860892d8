"""The business on the form: its contact on every error page, creditor and debtor on the mandate."""

from __future__ import annotations

import dataclasses
import re

import pytest

from core.bootstrap import open_services
from core.errors import RegistrationRefused
from core.portal.app import create_app
from tests.portal.helpers import (
    DECLINED_CARD,
    TestClient,
    card_fields,
    link_path,
    sepa_fields,
    submit,
)

EMAIL = "accueil@club-test.example"
PHONE = "04 78 00 00 00"


@pytest.fixture
def settings(settings):
    return dataclasses.replace(
        settings,
        business_address="8 rue des Acacias\n69003 Lyon",
        business_email=EMAIL,
        business_phone=PHONE,
    )


def _contact(html: str) -> str:
    match = re.search(r'<section class="contact".*?</section>', html, re.S)
    return match.group(0) if match else ""


def _error_pages(client, services, customer, clock) -> dict[str, object]:
    """One page of each kind a customer may land on instead of the form."""
    pages = {}
    used = link_path(services.payments.create_link(customer.reference, "card").url)
    submit(client, used, **card_fields())
    pages["used"] = client.get(used)
    revoked = link_path(services.payments.create_link(customer.reference, "card").url)
    services.payments.create_link(customer.reference, "sepa_debit")
    pages["revoked"] = client.get(revoked)
    expired = link_path(services.payments.create_link(customer.reference, "card").url)
    clock.advance(hours=24 * 30)
    pages["expired"] = client.get(expired)
    pages["unknown"] = client.get("/m/no-such-link")
    pages["not found"] = client.get("/elsewhere")
    restricted = services.payments.create_link(customer.reference, "card").url
    for _ in range(services.settings.greylist_threshold):
        with pytest.raises(RegistrationRefused):
            services.registration.register_card(
                restricted.rsplit("/", 1)[1], holder="E M", card_number=DECLINED_CARD,
                exp_month=12, exp_year=2030, cvc="123",
            )  # fmt: skip
    pages["restricted"] = client.get(link_path(restricted))
    return pages


def test_every_error_page_gives_the_business_s_email_and_phone(client, services, customer, clock):
    pages = _error_pages(client, services, customer, clock)

    assert {kind: page.status_code for kind, page in pages.items()} == {
        "used": 410, "revoked": 410, "expired": 410, "unknown": 404, "not found": 404,
        "restricted": 403,
    }  # fmt: skip
    for kind, page in pages.items():
        contact = _contact(page.text)
        assert "Club Test" in contact, kind
        assert f'href="mailto:{EMAIL}">{EMAIL}</a>' in contact, kind
        assert f'href="tel:+33478000000">{PHONE}</a>' in contact, kind
        assert "Élodie" not in page.text, kind  # still nothing about the customer
    assert "Pour joindre Club Test" in _contact(pages["used"].text)


def test_an_english_customer_s_error_page_says_how_to_reach_the_business_in_english(
    client, services, customer, clock
):
    services.customers.update(
        customer.reference,
        dataclasses.replace(services.customers.get(customer.reference).as_input(), language="en"),
        expected_version=services.customers.get(customer.reference).version,
    )
    link = link_path(services.payments.create_link(customer.reference, "card").url)
    clock.advance(hours=24 * 30)

    contact = _contact(client.get(link).text)

    assert "To reach Club Test" in contact
    assert "Email" in contact and "Phone" in contact


def test_without_email_nor_phone_no_contact_box_is_shown(settings, clock):
    bare = dataclasses.replace(settings, business_email="", business_phone="")
    services = open_services(bare, clock=clock)
    try:
        with TestClient(create_app(services), raise_server_exceptions=False) as client:
            page = client.get("/m/no-such-link")
    finally:
        services.close()

    assert page.status_code == 404
    assert 'class="contact"' not in page.text
    assert "mailto:" not in page.text and "tel:" not in page.text


def test_the_mandate_names_creditor_and_debtor_with_their_addresses(
    client, services, customer, sepa_link
):
    page = client.get(sepa_link)

    creditor = re.search(r'id="mandate-creditor">(.*?)</dd>', page.text, re.S).group(1)
    debtor = re.search(r'id="mandate-debtor">(.*?)</dd>', page.text, re.S).group(1)
    assert re.findall(r"<span>([^<]*)</span>", creditor) == [
        "Club Test", "8 rue des Acacias", "69003 Lyon",
    ]  # fmt: skip
    assert re.findall(r"<span>([^<]*)</span>", debtor) == [
        "Élodie Martin", "12 rue des Lilas", "69003 Lyon",
    ]  # fmt: skip
    assert "FR72ZZZ123456" in page.text  # the creditor identifier


def test_a_debtor_abroad_has_the_country_in_the_address(client, services):
    from tests.conftest import customer_input

    james = services.customers.create(
        customer_input(name="James O'Connor", email="j@example.com", language="en", country="GB",
                       address_line1="1 Harbourside", postal_code="BS1 4DJ", city="Bristol",
                       phone="")
    )  # fmt: skip
    page = client.get(link_path(services.payments.create_link(james.reference, "sepa_debit").url))

    debtor = re.search(r'id="mandate-debtor">(.*?)</dd>', page.text, re.S).group(1)
    lines = re.findall(r"<span>([^<]*)</span>", debtor)
    assert lines[0] == "James O&#39;Connor"
    assert "1 Harbourside" in lines and "UNITED KINGDOM" in lines
    assert "Debtor" in page.text and "Creditor" in page.text


def test_the_mandate_signed_with_the_addresses_still_registers(
    client, services, customer, sepa_link
):
    page = submit(client, sepa_link, **sepa_fields())

    assert page.status_code == 200
    assert services.customers.get(customer.reference).payment_method.method == "sepa_debit"
