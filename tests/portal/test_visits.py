"""Visits of the form after the first one only read: no write, so visitors never queue."""

from __future__ import annotations

import pytest

from core.errors import RegistrationRefused
from tests.conftest import customer_input, hold_write_lock
from tests.portal.helpers import DECLINED_CARD, RESTRICTED_FR, card_fields, submit


def _link(services, reference: str):
    return services.payments.links(reference)[0]


def test_the_first_visit_marks_the_link_opened_and_later_visits_write_nothing(
    client, services, customer, card_link, db_path
):
    assert client.get(card_link).status_code == 200
    opened = _link(services, customer.reference)
    assert opened.state == "opened" and opened.opened_at is not None
    # Another writer holds the database: a visit that wrote would wait for it, then fail.
    other = hold_write_lock(db_path)
    try:
        for _ in range(3):
            page = client.get(card_link)
            assert page.status_code == 200
            assert 'name="csrf"' in page.text
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _link(services, customer.reference) == opened


def test_each_visit_gets_its_own_form_with_the_customers_words(client, services, fake_time):
    services.customers.create(
        customer_input(reference="CUST-000777", name="Ann Lee", language="en")
    )
    path = "/m/" + services.payments.create_link("CUST-000777", "card").url.rsplit("/", 1)[1]
    first = client.get(path)
    fake_time.advance(5)
    second = client.get(path)
    assert first.status_code == second.status_code == 200
    assert "Ann Lee" in second.text and 'lang="en"' in second.text

    def csrf(text: str) -> str:
        return text.split('name="csrf" value="', 1)[1].split('"', 1)[0]

    assert csrf(first.text) != csrf(second.text)  # issued per visit, not kept with the page


def test_a_link_revoked_after_a_visit_is_refused_at_the_next_one(
    client, services, customer, card_link
):
    assert client.get(card_link).status_code == 200
    assert client.get(card_link).status_code == 200
    services.payments.revoke_links(customer.reference)
    assert client.get(card_link).status_code == 410


def test_a_link_that_expired_after_a_visit_is_refused_at_the_next_one(
    client, services, customer, card_link, clock
):
    assert client.get(card_link).status_code == 200
    clock.advance(hours=24 * 30)
    assert client.get(card_link).status_code == 410


def test_a_link_used_after_a_visit_is_refused_at_the_next_one(client, customer, card_link):
    assert client.get(card_link).status_code == 200
    assert submit(client, card_link, **card_fields()).status_code == 200
    assert client.get(card_link).status_code == 410


def test_a_customer_grey_listed_after_a_visit_is_refused_at_the_next_one(
    client, services, customer, card_link
):
    assert client.get(card_link).status_code == 200
    for _ in range(services.settings.greylist_threshold):
        with pytest.raises(RegistrationRefused):
            services.registration.register_card(
                card_link.rsplit("/", 1)[1], holder="E M", card_number=DECLINED_CARD,
                exp_month=12, exp_year=2030, cvc="123",
            )  # fmt: skip
    page = client.get(card_link)
    assert page.status_code == 403
    assert RESTRICTED_FR in page.text
