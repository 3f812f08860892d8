"""What a customer sees when opening a link in each of its states, in their language."""

from __future__ import annotations

from core.dto import CustomerInput
from tests.conftest import customer_input
from tests.portal.helpers import (
    RESTRICTED_EN,
    RESTRICTED_FR,
    card_fields,
    csrf_of,
    link_path,
    sepa_fields,
    submit,
)


def _state(services, customer) -> str:
    return services.payments.links(customer.reference)[0].state


def test_opening_a_pending_sepa_link_shows_the_mandate_form_and_marks_it_opened(
    client, services, customer, sepa_link
):
    assert _state(services, customer) == "pending"

    page = client.get(sepa_link)

    assert page.status_code == 200
    assert _state(services, customer) == "opened"
    html = page.text
    assert '<html lang="fr">' in html
    assert "Élodie Martin" in html and "Club Test" in html
    for name in ("holder", "iban", "bic", "consent", "csrf"):
        assert f'name="{name}"' in html
    assert "FR72ZZZ123456" in html  # the creditor identifier
    assert "CUST-000123-M01" in html  # the RUM the mandate will carry
    assert "8 semaines" in html  # the EPC mandate wording
    assert "déduit de l&#39;IBAN" in html  # BIC is optional: the hint says why
    assert '<meta name="referrer" content="no-referrer">' in html
    assert 'name="viewport"' in html


def test_the_form_holds_no_outgoing_link_no_script_and_not_the_token(client, sepa_link):
    html = client.get(sepa_link).text

    assert "http://" not in html and "https://" not in html
    assert "<script" not in html
    assert sepa_link.rsplit("/", 1)[1] not in html  # the form posts back to its own URL
    assert 'href="/static/portal.css"' in html


def test_a_card_link_shows_the_test_gateway_banner_and_card_fields(client, card_link):
    html = client.get(card_link).text

    assert "Passerelle de TEST — aucun paiement réel" in html
    assert "4242\u00a04242\u00a04242\u00a04242" in html
    for name in ("holder", "card_number", "exp_month", "exp_year", "cvc"):
        assert f'name="{name}"' in html
    assert 'name="iban"' not in html


def test_an_english_customer_reads_the_form_in_english(client, services):
    james = services.customers.create(
        customer_input(name="James Carter", email="james@example.com", language="en")
    )
    path = link_path(services.payments.create_link(james.reference, "card").url)

    html = client.get(path).text

    assert '<html lang="en">' in html
    assert "TEST gateway — no real payment" in html
    assert "Hello James Carter" in html


def test_an_unknown_link_is_404_and_says_what_to_do(client):
    page = client.get("/m/this-is-not-a-token")

    assert page.status_code == 404
    assert "n&#39;est pas valide" in page.text and "is not valid" in page.text


def test_an_unknown_link_follows_the_browser_language_when_it_can(client):
    english = client.get("/m/nope", headers={"Accept-Language": "en-GB,en;q=0.9,fr;q=0.5"})
    french = client.get("/m/nope", headers={"Accept-Language": "fr-FR"})

    assert "This payment link is not valid" in english.text
    assert "Ce lien de paiement" not in english.text
    assert "Ce lien de paiement n&#39;est pas valide" in french.text
    assert "This payment link" not in french.text


def test_a_completed_link_is_410_and_names_nobody(client, services, customer, sepa_link):
    assert submit(client, sepa_link, **sepa_fields()).status_code == 200

    again = client.get(sepa_link)

    assert again.status_code == 410
    assert "déjà été utilisé" in again.text
    assert "Élodie" not in again.text and "Martin" not in again.text
    assert "CUST-000123" not in again.text
    assert _state(services, customer) == "completed"


def test_an_expired_link_is_410(client, services, customer, sepa_link, clock):
    clock.advance(hours=services.settings.link_ttl_hours, minutes=1)

    page = client.get(sepa_link)

    assert page.status_code == 410
    assert "a expiré" in page.text
    assert "Élodie" not in page.text
    assert _state(services, customer) == "expired"


def test_a_link_still_works_just_before_it_expires(client, services, sepa_link, clock):
    clock.advance(hours=services.settings.link_ttl_hours, minutes=-1)

    assert client.get(sepa_link).status_code == 200


def test_a_revoked_link_is_410(client, services, customer, sepa_link):
    services.payments.revoke_links(customer.reference)

    page = client.get(sepa_link)

    assert page.status_code == 410
    assert "annulé" in page.text
    assert "Élodie" not in page.text


def test_a_link_replaced_by_a_newer_one_is_410(client, services, customer, sepa_link):
    newer = link_path(services.payments.create_link(customer.reference, "card").url)

    assert client.get(sepa_link).status_code == 410
    assert client.get(newer).status_code == 200


def test_error_pages_of_a_known_link_use_the_customers_language(client, services):
    james = services.customers.create(
        CustomerInput(name="James Carter", email="james@example.com", language="en")
    )
    path = link_path(services.payments.create_link(james.reference, "card").url)
    services.payments.revoke_links(james.reference)

    page = client.get(path, headers={"Accept-Language": "fr"})

    assert page.status_code == 410
    assert '<html lang="en">' in page.text
    assert "This payment link has been cancelled" in page.text
    assert "James" not in page.text


def test_a_grey_listed_customer_gets_the_restricted_page_on_get_and_post(
    client, services, customer, card_link
):
    for _ in range(services.settings.greylist_threshold):
        submit(client, card_link, **card_fields("4000000000000002"))

    shown = client.get(card_link)
    posted = client.post(card_link, data=card_fields())

    assert shown.status_code == 403 and posted.status_code == 403
    assert RESTRICTED_FR in shown.text and RESTRICTED_FR in posted.text
    assert "Élodie" not in shown.text


def test_the_restricted_page_of_an_english_customer_is_in_english(client, services):
    james = services.customers.create(
        CustomerInput(name="James Carter", email="james@example.com", language="en")
    )
    path = link_path(services.payments.create_link(james.reference, "card").url)
    for _ in range(services.settings.greylist_threshold):
        submit(client, path, **card_fields("4000000000000002"))

    page = client.get(path)

    assert page.status_code == 403
    assert RESTRICTED_EN in page.text


def test_healthz_answers_200_while_the_database_answers(client):
    page = client.get("/healthz")

    assert page.status_code == 200
    assert page.text == "ok"


def test_healthz_answers_503_when_the_database_does_not(client, services, tmp_path):
    from sqlalchemy import create_engine

    healthy_engine = services.engine
    # A database file in a directory that does not exist: every connection fails.
    services.engine = create_engine(f"sqlite:///{tmp_path / 'missing' / 'db.sqlite3'}")
    try:
        page = client.get("/healthz")
    finally:
        services.engine.dispose()
        services.engine = healthy_engine

    assert page.status_code == 503


def test_other_paths_get_a_404_page_not_a_traceback(client):
    page = client.get("/admin")

    assert page.status_code == 404
    assert "Page introuvable" in page.text or "Page not found" in page.text


def test_a_wrong_method_on_a_link_is_405_with_allow(client, sepa_link):
    page = client.put(sepa_link)

    assert page.status_code == 405
    assert "GET" in page.headers.get("allow", "")


def test_a_database_held_by_another_writer_answers_503_with_retry_after(
    client, services, customer, db_path, monkeypatch
):
    """A first view must mark the link opened; when the lock stays taken: 503, never 500."""
    import core.db
    from tests.conftest import hold_write_lock
    from tests.portal.helpers import assert_security_headers

    monkeypatch.setattr(core.db, "BUSY_TIMEOUT_SECONDS", 0.2)
    services.close()  # new connections pick up the short wait
    path = link_path(services.payments.create_link(customer.reference, "card").url)
    other = hold_write_lock(db_path)
    try:
        form = client.get(path)  # the form still shows: marking it opened waits for later
        assert form.status_code == 200
        answer = client.post(path, data={"csrf": csrf_of(form.text), **card_fields()})
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "5"
    assert_security_headers(answer)
    assert "Réessayez" in answer.text or "Try again" in answer.text
    assert "Martin" not in answer.text
