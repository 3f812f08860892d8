"""GDPR delete and anonymise, recent and upcoming activity."""

from __future__ import annotations

import logging

import pytest

from core.errors import RuleViolation
from tests.conftest import VALID_IBAN, customer_input


def test_delete_only_without_invoices(services, customer):
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=1000, period="monthly", start="2026-11-01"
    )
    services.billing.run("2026-11-01")
    with pytest.raises(RuleViolation) as err:
        services.customers.delete(customer.id)
    assert err.value.rule == "delete_without_invoices"
    other = services.customers.create(customer_input(email="o@example.fr"))
    services.payments.create_link(other.id, "card")
    services.customers.delete(other.id)
    assert services.customers.count() == 1


def test_anonymise_rules_individual_and_company(services, customer):
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=1000, period="monthly", start="2026-11-01"
    )
    inv = services.billing.run("2026-11-01")[0]
    with pytest.raises(RuleViolation):
        services.customers.anonymize(customer.id)
    services.billing.record_payment(inv.id, method="cash", paid_on="2026-11-05")
    with pytest.raises(RuleViolation):  # subscription still active
        services.customers.anonymize(customer.id)
    sub = services.customers.get(customer.id).subscriptions[0]
    services.billing.terminate_subscription(sub.id)
    services.payments.create_link(customer.id, "card")
    done = services.customers.anonymize(customer.id)
    assert (
        done.email == "" and done.phone == "" and done.address_line1 == "" and done.country == "FR"
    )
    assert "Martin" not in done.name and done.reference == "CUST-000123"
    assert done.links == ()
    # Only one entry survives, and it holds nothing personal.
    [left] = services.activity.recent(customer.id)
    assert left.text("fr") == "Anonymisé le 20 nov. 2026 par alice"
    assert left.text("en") == "Anonymised on 20 Nov 2026 by alice"
    assert [i.number for i in done.invoices] == [inv.number]

    company = services.customers.create(
        customer_input(email="c@example.fr", company="Boulangerie Martin")
    )
    done = services.customers.anonymize(company.id)
    assert (
        done.name == "Boulangerie Martin"
        and done.address_line1 == "12 rue des Lilas"
        and done.email == ""
    )


def test_recent_activity_masks_and_names_actor(services, customer):
    link = services.payments.create_link(customer.id, "sepa_debit")
    services.registration.register_sepa(
        link.url.rsplit("/", 1)[1], holder="E", iban=VALID_IBAN, bic="", consent=True
    )
    services.payments.set_offline_method(customer.id, "cheque")
    items = services.activity.recent(customer.id)
    actors = {i.actor_text("en") for i in items}
    assert {"alice", "Customer (via link)"} <= actors
    assert all(VALID_IBAN not in i.text("fr") for i in items)
    assert items[0].text("fr").startswith("Moyen de paiement : Prélèvement SEPA → Chèque")


def test_upcoming_links_cards_mandates(services, customer, clock):
    link = services.payments.create_link(customer.id, "card")
    clock.advance(hours=100)
    assert [u.kind for u in services.activity.upcoming(customer.id)] == ["link_expiry"]
    services.registration.register_card(
        link.url.rsplit("/", 1)[1],
        holder="E",
        card_number="4242424242424242",
        exp_month=11,
        exp_year=2026,
        cvc="123",
    )
    assert "card_expiry" in [u.kind for u in services.activity.upcoming(customer.id)]
    other = services.customers.create(customer_input(email="m@example.fr"))
    link = services.payments.create_link(other.id, "sepa_debit")
    services.registration.register_sepa(
        link.url.rsplit("/", 1)[1], holder="E", iban=VALID_IBAN, bic="", consent=True
    )
    assert "mandate_lapse" not in [u.kind for u in services.activity.upcoming(other.id)]
    clock.advance(days=365 * 3 - 20)
    assert "mandate_lapse" in [u.kind for u in services.activity.upcoming(other.id)]


def test_logs_hold_no_personal_data_or_token(services, caplog):
    caplog.set_level(logging.DEBUG)
    c = services.customers.create(customer_input(email="secret.person@example.fr"))
    link = services.payments.create_link(c.id, "sepa_debit")
    token = link.url.rsplit("/", 1)[1]
    services.registration.register_sepa(
        token, holder="Secret Holder", iban=VALID_IBAN, bic="", consent=True
    )
    text = caplog.text
    for secret in (token, "secret.person", "Secret Holder", VALID_IBAN, "Élodie"):
        assert secret not in text
    assert "method_registered" in text


def test_every_change_moves_the_marker_the_desk_polls(services, customer):
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=1000, period="monthly", start="2026-11-01"
    )
    inv = services.billing.run()[0]
    marks = [services.customers.latest_change()]
    services.billing.mark_problem(inv.id, reason="Rejet")
    marks.append(services.customers.latest_change())
    services.billing.terminate_subscription(services.customers.get(customer.id).subscriptions[0].id)
    marks.append(services.customers.latest_change())
    other = services.customers.create(customer_input(email="x@example.fr"))
    marks.append(services.customers.latest_change())
    services.customers.delete(other.id)
    marks.append(services.customers.latest_change())
    assert marks == sorted(set(marks)), marks
    texts = [a.text("fr") for a in services.activity.recent(customer.id)]
    assert any("impayée" in t for t in texts) and any("résilié" in t for t in texts)


def test_anonymised_customer_is_frozen(services, customer):
    services.customers.anonymize(customer.id)
    with pytest.raises(RuleViolation):
        services.payments.set_offline_method(customer.id, "cash")
    with pytest.raises(RuleViolation):
        services.payments.create_link(customer.id, "card")


def test_explicit_reference_of_deleted_customer_is_never_reused(services, customer):
    from core.errors import ValidationError

    services.customers.delete(customer.id)
    with pytest.raises(ValidationError) as err:
        services.customers.create(customer_input(reference=customer.reference))
    assert err.value.field == "reference"


def test_edit_summary_and_errors_in_the_readers_language(services, customer):
    from core import i18n
    from core.errors import ValidationError

    services.customers.update(
        customer.id,
        customer_input(city="Arcachon", postal_code="1000", country="BE", phone=""),
        expected_version=customer.version,
    )
    item = services.activity.recent(customer.id)[0]
    assert (
        item.text("fr")
        == "Fiche modifiée : Code postal ; Ville « Lyon » → « Arcachon » ; Pays « France » → « Belgique » ; "
        "Téléphone"
    )
    assert (
        item.text("en")
        == "Record changed: Postal code; City 'Lyon' → 'Arcachon'; Country 'France' → 'Belgium'; "
        "Phone"
    )
    with pytest.raises(ValidationError) as err:
        services.customers.create(customer_input(phone="12"))
    assert (
        i18n.error_text(err.value, "fr")
        == "Téléphone : « 12 » n'est pas un numéro valide pour ce pays (France)"
    )
    with pytest.raises(RuleViolation) as rule:
        services.payments.lift_greylist(customer.id)
    assert i18n.error_text(rule.value, "fr") == "Cet abonné n'est pas en liste grise."
