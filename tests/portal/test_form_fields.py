"""The form's fields: every refused field said at once, the example IBAN, the BIC's country."""

from __future__ import annotations

import re

import pytest

from tests.conftest import customer_input
from tests.portal.helpers import card_fields, link_path, sepa_fields, submit


def _problems(html: str) -> dict[str, str]:
    """Each field's message, as the page shows it next to the field."""
    return dict(re.findall(r'id="(\w+)-problem">([^<]*)<', html))


def _placeholder_of_iban(html: str) -> str:
    match = re.search(r'<textarea[^>]*name="iban"[^>]*placeholder="([^"]*)"', html, re.S)
    assert match, "the IBAN box has no example"
    return match.group(1)


def test_a_card_with_a_past_expiry_and_a_short_cvc_is_told_both(
    client, services, customer, card_link
):
    page = submit(client, card_link, **card_fields(exp_month="01", exp_year="20", cvc="12"))

    assert page.status_code == 422
    problems = _problems(page.text)
    assert "expiration" in problems["expiry"]
    assert "cryptogramme" in problems["cvc"]
    # One submit is one attempt towards the grey list, however many fields fail.
    assert services.customers.get(customer.reference).failed_attempts == 1


def test_an_empty_card_form_names_every_field_and_counts_nothing(
    client, services, customer, card_link
):
    page = submit(client, card_link, holder="", card_number="", exp_month="", exp_year="", cvc="")

    assert page.status_code == 422
    problems = _problems(page.text)
    assert set(problems) == {"holder", "card_number", "expiry", "cvc"}
    assert problems["card_number"] == "Indiquez le numéro de la carte."
    assert problems["expiry"] == "Indiquez la date d&#39;expiration (mois et année)."
    assert problems["cvc"] == "Indiquez le cryptogramme."
    assert services.customers.get(customer.reference).failed_attempts == 0


def test_a_bad_card_number_with_other_mistakes_is_told_with_them(client, card_link):
    page = submit(
        client, card_link, **card_fields("4242 4242 4242 4241", holder="", exp_month="13")
    )

    assert set(_problems(page.text)) == {"holder", "card_number", "expiry"}


def test_a_sepa_form_names_holder_iban_and_consent_together_and_counts_once(
    client, services, customer, sepa_link
):
    page = submit(
        client,
        sepa_link,
        **sepa_fields(holder="", iban="FR76 3000 6000 0112 3456 7890 180", bic="XX", consent=""),
    )

    assert page.status_code == 422
    problems = _problems(page.text)
    assert set(problems) == {"holder", "iban", "bic", "consent"}
    assert "IBAN n&#39;est pas valide" in problems["iban"]
    assert "BIC n&#39;est pas valide" in problems["bic"]
    assert services.customers.get(customer.reference).failed_attempts == 1


def test_an_empty_sepa_form_asks_for_what_is_missing_without_counting(
    client, services, customer, sepa_link
):
    page = submit(client, sepa_link, holder="", iban="", bic="", consent="")

    # No BIC is asked for: an IBAN of a known bank fills it in.
    assert set(_problems(page.text)) == {"holder", "iban", "consent"}
    assert services.customers.get(customer.reference).failed_attempts == 0


def test_the_form_leaves_the_checks_to_the_server_so_all_are_said_at_once(client, sepa_link):
    # A browser checking "required" itself stops at the first empty field.
    page = client.get(sepa_link)

    assert re.search(r"<form [^>]*novalidate", page.text)


def test_a_bic_of_another_country_says_which_countries(client, services, customer, sepa_link):
    page = submit(client, sepa_link, **sepa_fields(bic="DEUTDEFF"))

    assert page.status_code == 422
    assert _problems(page.text)["bic"] == (
        "La banque DEUTDEFF est dans un autre pays (Allemagne) que votre IBAN (France) :"
        " vérifiez le BIC ou laissez-le vide."
    )
    assert services.customers.get(customer.reference).failed_attempts == 0


def test_a_bic_of_another_country_in_english(client, services):
    james = services.customers.create(
        customer_input(name="James O'Connor", email="j@example.com", language="en", country="GB",
                       address_line1="1 Harbourside", postal_code="BS1 4DJ", city="Bristol",
                       phone="")
    )  # fmt: skip
    path = link_path(services.payments.create_link(james.reference, "sepa_debit").url)

    page = submit(
        client, path, **sepa_fields(holder="James O'Connor", iban="GB29NWBK60161331926819",
                                    bic="DEUTDEFF")
    )  # fmt: skip

    assert _problems(page.text)["bic"] == (
        "DEUTDEFF is a bank in Germany, not in United Kingdom: check the BIC, or leave it empty."
    )


@pytest.mark.parametrize(
    ("country", "language", "example"),
    [
        ("GB", "en", "GB29 NWBK 6016 1331 9268 19"),
        ("FR", "fr", "FR14 2004 1010 0505 0001 3M02 606"),
        ("DE", "fr", "DE89 3704 0044 0532 0130 00"),
        ("RE", "fr", "FR14 2004 1010 0505 0001 3M02 606"),  # Réunion banks use French IBANs
        ("US", "en", "FR14 2004 1010 0505 0001 3M02 606"),  # no IBAN there: the business's
    ],
)
def test_the_example_iban_is_of_the_customer_s_country(
    client, services, country, language, example
):
    postal = {"GB": "SW1A 1AA", "RE": "97400", "US": "10001", "DE": "10115"}.get(country, "69003")
    someone = services.customers.create(
        customer_input(
            email=f"{country.lower()}@example.com", language=language, country=country, phone="",
            postal_code=postal, city="Town",
        )
    )  # fmt: skip
    path = link_path(services.payments.create_link(someone.reference, "sepa_debit").url)

    page = client.get(path)

    assert _placeholder_of_iban(page.text) == example
    assert example.replace(" ", "\xa0") in page.text  # the hint under the box says it too


def test_every_example_iban_is_a_valid_one():
    from schwifty import IBAN

    from core.portal.examples import REGISTRY_EXAMPLES, example_iban

    for country in (*REGISTRY_EXAMPLES, "PL", "GP", "JE", "ZZ", ""):
        shown = example_iban(country)
        assert IBAN(shown, validate_bban=True).formatted == shown, country


def test_an_iban_typed_over_two_lines_is_read_as_one(client, services, customer, sepa_link):
    page = submit(client, sepa_link, **sepa_fields(iban="FR76 3000 6000 0112\r\n3456 7890 189"))

    assert page.status_code == 200
    assert services.customers.get(customer.reference).payment_method.method == "sepa_debit"
