"""Visits of the form after the first one only read: no write, so visitors never queue."""

from __future__ import annotations

from sqlalchemy import event

from tests.conftest import customer_input


def _statements(services):
    seen: list[str] = []

    def remember(_conn, _cursor, statement, *_args):  # noqa: ANN001
        seen.append(statement.strip().split(None, 1)[0].upper())

    event.listen(services.engine, "before_cursor_execute", remember)
    return seen, lambda: event.remove(services.engine, "before_cursor_execute", remember)


def _state(services, reference: str) -> str:
    return services.payments.links(reference)[0].state


def test_the_first_visit_marks_the_link_opened_and_later_visits_write_nothing(
    client, services, customer, card_link
):
    assert client.get(card_link).status_code == 200
    assert _state(services, customer.reference) == "opened"
    seen, stop = _statements(services)
    try:
        for _ in range(3):
            page = client.get(card_link)
            assert page.status_code == 200
            assert 'name="csrf"' in page.text
    finally:
        stop()
    assert seen, "the visit read the link"
    assert not {"INSERT", "UPDATE", "DELETE"} & set(seen)
    assert "BEGIN IMMEDIATE" not in " ".join(seen)


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
