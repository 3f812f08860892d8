"""Billing run, offline payments, void and refund, each with its rule."""

from __future__ import annotations

from datetime import date

import pytest

from core.errors import RuleViolation, ValidationError


def test_billing_run_is_idempotent_and_catches_up(services, customer):
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=2990, period="monthly", start="2026-08-31"
    )
    first = services.billing.run("2026-11-20")
    # Each invoice covers its own period but is dated the day it was issued.
    assert [i.period_start for i in first] == [
        date(2026, 8, 31),
        date(2026, 9, 30),
        date(2026, 10, 31),
    ]
    assert {i.issued_on for i in first} == {date(2026, 11, 20)}
    assert services.billing.run("2026-11-20") == []
    numbers = [i.number for i in first]
    assert numbers == sorted(numbers) and len(set(numbers)) == 3


def test_catch_up_over_many_subscriptions_numbers_in_date_order(services, clock):
    """French invoices form one chronological sequence: number order is date order."""
    from tests.conftest import customer_input

    for n in range(12):
        c = services.customers.create(
            customer_input(reference=f"CUST-9{n:05d}", email=f"c{n}@example.fr")
        )
        services.billing.add_subscription(
            c.id,
            label="Club",
            amount_cents=1000 + n,
            period="monthly",
            start=date(2026, 1 + n % 6, 1 + n),
        )
    issued = []
    # Runs on several days, each a catch-up of several periods per subscription; tiny
    # slices so the run commits many times in between.
    for _ in range(3):
        issued += services.billing.run(slice_seconds=0, pause_seconds=0, chunk=5)
        clock.advance(days=9)
    issued += services.billing.run(slice_seconds=0, pause_seconds=0, chunk=5)
    assert len(issued) > 60
    rows = [
        (inv.number, inv.issued_on)
        for c in services.customers.search("", limit=100).rows
        for inv in services.customers.get(c.reference).invoices
    ]
    by_number = [day for _number, day in sorted(rows)]
    assert by_number == sorted(by_number)
    assert len({d for _n, d in rows}) > 1  # several days, so the check is not trivial
    # Within one run, older periods get the lower numbers.
    first_run = [i for i in issued if i.issued_on == issued[0].issued_on]
    starts = [i.period_start for i in sorted(first_run, key=lambda i: i.number)]
    assert starts == sorted(starts)


def test_customer_without_method_gets_offline_invoice_and_warning(services, customer, clock):
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=1000, period="yearly", start="2026-11-21"
    )
    upcoming = services.activity.upcoming(customer.id)
    kinds = [u.kind for u in upcoming]
    assert "invoice" in kinds and "no_method" in kinds
    with pytest.raises(ValidationError) as err:  # not issued ahead of its date
        services.billing.run("2026-11-21")
    assert err.value.field == "until"
    clock.advance(days=1)
    issued = services.billing.run()
    assert [(i.issued_on, i.collection) for i in issued] == [(date(2026, 11, 21), "offline")]


def test_record_offline_payment_only_on_due(services, customer):
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=1500, period="monthly", start="2026-11-01"
    )
    inv = services.billing.run("2026-11-01")[0]
    with pytest.raises(ValidationError) as err:
        services.billing.record_payment(inv.id, method="cheque", paid_on="2026-11-21")
    assert err.value.field == "date"
    with pytest.raises(ValidationError):
        services.billing.record_payment(inv.id, method="card", paid_on="2026-11-19")
    paid = services.billing.record_payment(
        inv.number, method="cheque", paid_on="2026-11-19", reference="CHQ 4411"
    )
    assert paid.status == "paid" and paid.paid_on == date(2026, 11, 19)
    with pytest.raises(RuleViolation) as rule:
        services.billing.record_payment(inv.id, method="cash", paid_on="2026-11-19")
    assert rule.value.rule == "record_payment_only_on_due"
    assert "honorée" in services.activity.recent(customer.id)[0].text("fr")


def test_payment_by_hand_cancels_pending_debit(services, customer):
    link = services.payments.create_link(customer.id, "card")
    services.registration.register_card(
        link.url.rsplit("/", 1)[1],
        holder="E",
        card_number="4242424242424242",
        exp_month=1,
        exp_year=2031,
        cvc="123",
    )
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=1500, period="monthly", start="2026-11-01"
    )
    inv = services.billing.run("2026-11-01")[0]
    assert inv.collection == "automatic"
    paid = services.billing.record_payment(inv.id, method="bank_transfer", paid_on="2026-11-10")
    assert (paid.status, paid.collection) == ("paid", "offline")


def test_void_and_refund_rules(services, customer):
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=1500, period="monthly", start="2026-10-01"
    )
    a, b = services.billing.run("2026-11-01")
    with pytest.raises(ValidationError):
        services.billing.void(a.id, reason=" ")
    with pytest.raises(RuleViolation):
        services.billing.refund(a.id, reason="x")
    voided = services.billing.void(a.id, reason="Erreur")
    assert (voided.number, voided.invoice, voided.kind) == ("AV2026-000001", a.number, "void")
    assert voided.amount_cents == 1500 and voided.net_cents + voided.tax_cents == 1500
    with pytest.raises(RuleViolation):
        services.billing.void(a.id, reason="again")
    services.billing.record_payment(b.id, method="cash", paid_on="2026-11-02")
    refunded = services.billing.refund(b.id, reason="Départ")
    assert refunded.number == "AV2026-000002" and refunded.kind == "refund"
    # Nothing is deleted: the invoices stay, each with its credit note.
    invoices = {i.number: i for i in services.customers.get(customer.id).invoices}
    assert invoices[a.number].status == "void" and invoices[b.number].status == "refunded"
    assert [n.number for n in invoices[a.number].credit_notes] == ["AV2026-000001"]
    assert [n.number for n in services.customers.get(customer.id).credit_notes] == [
        "AV2026-000001",
        "AV2026-000002",
    ]


@pytest.mark.parametrize("amount", [0, -5, "abc", "12.5"])
def test_subscription_amount_validated(services, customer, amount):
    with pytest.raises(ValidationError) as err:
        services.billing.add_subscription(
            customer.id, label="Club", amount_cents=amount, period="monthly", start="2026-11-01"
        )
    assert err.value.field == "amount_cents"
