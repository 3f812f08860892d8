"""Registering a SEPA mandate or a card through the form: success, refusals, the grey list."""

from __future__ import annotations

import re
from datetime import date

from tests.portal.helpers import (
    DECLINED_CARD,
    GOOD_CARD,
    RESTRICTED_FR,
    card_fields,
    csrf_of,
    sepa_fields,
    submit,
)


def _problem_of(html: str, field: str) -> str:
    match = re.search(rf'id="{field}-problem">([^<]*)<', html)
    return match.group(1) if match else ""


def _value_of(html: str, name: str) -> str | None:
    """What a field shows: an input's value, or the text of a textarea (the IBAN)."""
    box = re.search(rf'<textarea[^>]*name="{name}"[^>]*>([^<]*)</textarea>', html, re.S)
    if box:
        return box.group(1)
    match = re.search(rf'<input[^>]*name="{name}"[^>]*?value="([^"]*)"', html, re.S)
    return match.group(1) if match else None


def test_a_sepa_mandate_signed_on_the_form_becomes_the_default_method(
    client, services, customer, sepa_link, clock
):
    page = submit(client, sepa_link, **sepa_fields())

    assert page.status_code == 200
    assert "C&#39;est enregistré" in page.text
    assert "CUST-000123-M01" in page.text
    assert "FR76 •••• •••• •••• •••• •••0 189" in page.text
    assert "FR7630006000011234567890189" not in page.text
    method = services.customers.get(customer.reference).payment_method
    assert method.method == "sepa_debit"
    assert method.mandate_reference == "CUST-000123-M01"
    assert method.mandate_signed_on == clock.now.date() == date(2026, 11, 20)
    assert method.bic == "AGRIFRPPXXX"  # filled from the IBAN: the field was left empty
    assert method.holder == "Élodie Martin"
    assert services.payments.links(customer.reference)[0].state == "completed"


def test_an_invalid_iban_shows_the_form_again_with_the_reason_and_counts(
    client, services, customer, sepa_link
):
    page = submit(client, sepa_link, **sepa_fields(iban="FR76 3000 6000 0112 3456 7890 180"))

    assert page.status_code == 422
    assert "IBAN n&#39;est pas valide" in _problem_of(page.text, "iban")
    assert 'aria-invalid="true"' in page.text
    # What was typed stays, so the customer corrects rather than retypes.
    assert _value_of(page.text, "holder") == "Élodie Martin"
    assert _value_of(page.text, "iban") == "FR76 3000 6000 0112 3456 7890 180"
    assert "checked" in re.search(r'<input id="consent"[^>]*>', page.text).group(0)
    detail = services.customers.get(customer.reference)
    assert detail.failed_attempts == 1
    assert detail.payment_method is None


def test_a_missing_consent_is_refused_without_counting(client, services, customer, sepa_link):
    page = submit(client, sepa_link, **sepa_fields(consent=""))

    assert page.status_code == 422
    assert "Cochez la case" in _problem_of(page.text, "consent")
    assert services.customers.get(customer.reference).failed_attempts == 0
    assert services.customers.get(customer.reference).payment_method is None


def test_a_missing_holder_is_refused(client, services, customer, sepa_link):
    page = submit(client, sepa_link, **sepa_fields(holder="  "))

    assert page.status_code == 422
    assert "titulaire" in _problem_of(page.text, "holder")


def test_an_invalid_bic_is_refused_next_to_the_bic(client, services, customer, sepa_link):
    page = submit(client, sepa_link, **sepa_fields(iban="DE89370400440532013000", bic="XX"))

    assert page.status_code == 422
    assert "BIC n&#39;est pas valide" in _problem_of(page.text, "bic")
    assert _value_of(page.text, "bic") == "XX"
    assert services.customers.get(customer.reference).payment_method is None


def test_a_card_registered_with_the_test_card_becomes_the_default(
    client, services, customer, card_link
):
    page = submit(client, card_link, **card_fields(GOOD_CARD))

    assert page.status_code == 200
    assert "Visa •••• 4242" in page.text
    assert "4242 4242 4242 4242" not in page.text and "4242424242424242" not in page.text
    method = services.customers.get(customer.reference).payment_method
    assert method.method == "card"
    assert (method.card_brand, method.card_last4) == ("Visa", "4242")
    assert (method.card_exp_month, method.card_exp_year) == (12, 2030)


def test_a_declined_card_is_refused_counted_and_never_echoed(client, services, customer, card_link):
    page = submit(client, card_link, **card_fields("4000000000000002"))

    assert page.status_code == 422
    assert "refusée" in _problem_of(page.text, "card_number")
    assert "4000000000000002" not in page.text
    assert _value_of(page.text, "card_number") is None  # the number is never put back
    assert _value_of(page.text, "cvc") is None
    assert _value_of(page.text, "holder") == "Élodie Martin"
    assert _value_of(page.text, "exp_month") == "12"
    assert _value_of(page.text, "exp_year") == "30"
    detail = services.customers.get(customer.reference)
    assert detail.failed_attempts == 1
    assert detail.payment_method is None


def test_a_past_expiry_is_refused_next_to_the_expiry(client, card_link):
    page = submit(client, card_link, **card_fields(exp_month="01", exp_year="20"))

    assert page.status_code == 422
    assert "expiration" in _problem_of(page.text, "expiry")


def test_a_wrong_cvc_is_refused_next_to_the_cvc(client, card_link):
    page = submit(client, card_link, **card_fields(cvc="12"))

    assert page.status_code == 422
    assert "cryptogramme" in _problem_of(page.text, "cvc")


def test_the_grey_list_is_reached_at_the_threshold_and_lifted_by_staff(
    client, services, customer, card_link
):
    threshold = services.settings.greylist_threshold
    assert threshold == 5
    for attempt in range(1, threshold):
        page = submit(client, card_link, **card_fields(DECLINED_CARD))
        assert page.status_code == 422, f"attempt {attempt}"

    last = submit(client, card_link, **card_fields(DECLINED_CARD))

    assert last.status_code == 403
    assert RESTRICTED_FR in last.text
    assert services.customers.get(customer.reference).greylisted
    assert client.get(card_link).status_code == 403

    services.payments.lift_greylist(customer.reference)

    assert client.get(card_link).status_code == 200
    done = submit(client, card_link, **card_fields(GOOD_CARD))
    assert done.status_code == 200
    assert services.customers.get(customer.reference).payment_method.method == "card"


def test_a_success_resets_the_failure_count(client, services, customer, card_link):
    submit(client, card_link, **card_fields(DECLINED_CARD))
    submit(client, card_link, **card_fields(GOOD_CARD))

    assert services.customers.get(customer.reference).failed_attempts == 0


def test_a_post_without_a_valid_csrf_value_saves_and_counts_nothing(
    client, services, customer, card_link
):
    client.get(card_link)
    missing = client.post(card_link, data=card_fields(DECLINED_CARD))
    forged = client.post(card_link, data={"csrf": "1790000000.deadbeef", **card_fields()})
    odd = client.post(card_link, data={"csrf": "1790000000.\u00e9\u00e9", **card_fields()})

    for page in (missing, forged, odd):
        assert page.status_code == 403
        assert "Rien n&#39;a été enregistré" in page.text
        assert csrf_of(page.text)  # a fresh value: submitting again works
    detail = services.customers.get(customer.reference)
    assert detail.failed_attempts == 0
    assert detail.payment_method is None


def test_a_csrf_value_of_another_link_is_refused(client, services, customer, card_link):
    from tests.conftest import customer_input
    from tests.portal.helpers import link_path

    other = services.customers.create(customer_input(name="Paul Durand", email="p@example.fr"))
    other_link = link_path(services.payments.create_link(other.reference, "card").url)
    foreign = csrf_of(client.get(other_link).text)

    page = client.post(card_link, data={"csrf": foreign, **card_fields()})

    assert page.status_code == 403
    assert services.customers.get(customer.reference).payment_method is None


def test_a_form_left_open_too_long_must_be_submitted_again(
    client, services, customer, card_link, fake_time
):
    value = csrf_of(client.get(card_link).text)
    fake_time.advance(13 * 3600)

    stale = client.post(card_link, data={"csrf": value, **card_fields()})
    fresh = client.post(card_link, data={"csrf": csrf_of(stale.text), **card_fields()})

    assert stale.status_code == 403
    assert fresh.status_code == 200


def test_a_link_is_single_use_even_when_posted_twice(client, services, customer, card_link):
    value = csrf_of(client.get(card_link).text)

    first = client.post(card_link, data={"csrf": value, **card_fields()})
    second = client.post(card_link, data={"csrf": value, **card_fields()})

    assert first.status_code == 200
    assert second.status_code == 410


def test_a_bic_that_cannot_be_worked_out_is_asked_for_next_to_the_bic(client, sepa_link):
    # A valid IBAN of a bank the BIC registry does not know: the core cannot fill the BIC.
    page = submit(client, sepa_link, **sepa_fields(iban="FR7612345123450000000000109", bic=""))

    assert page.status_code == 422
    assert "Indiquez le BIC" in _problem_of(page.text, "bic")
    assert _value_of(page.text, "iban") == "FR7612345123450000000000109"
