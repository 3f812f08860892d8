"""Offline methods, impact preview, history, and the one-default rule."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from core.errors import RuleViolation, ValidationError
from core.models import PaymentMethod
from tests.conftest import VALID_IBAN


def register_sepa(services, customer_id):
    link = services.payments.create_link(customer_id, "sepa_debit")
    token = link.url.rsplit("/", 1)[1]
    services.registration.register_sepa(
        token, holder="Élodie Martin", iban=VALID_IBAN, bic="", consent=True
    )


def test_offline_method_switches_open_automatic_invoices(services, customer, clock):
    register_sepa(services, customer.id)
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=2990, period="monthly", start="2026-10-20"
    )
    issued = services.billing.run("2026-11-20")
    assert {i.collection for i in issued} == {"automatic"}
    impact = services.payments.preview_change(customer.id, "cheque")
    assert impact.open_invoice_count == 2
    assert impact.open_amounts == (("EUR", 5980),)
    assert "2 factures en attente" in impact.text("fr") and "59,80" in impact.text("fr")

    services.payments.set_offline_method(customer.id, "cheque")
    detail = services.customers.get(customer.id)
    assert detail.payment_method.method == "cheque"
    assert {i.collection for i in detail.invoices} == {"offline"}
    assert [m.method for m in detail.method_history] == ["sepa_debit"]
    assert detail.method_history[0].status == "superseded"
    texts = [a.text("en") for a in services.activity.recent(customer.id)]
    assert any("switched to offline collection" in t and issued[0].number in t for t in texts)

    # Every later invoice is issued without automatic debit.
    clock.advance(days=30)
    later = services.billing.run("2026-12-20")
    assert [i.collection for i in later] == ["offline"]


def test_offline_method_revokes_pending_link_and_preview_says_so(services, customer):
    services.payments.create_link(customer.id, "card")
    impact = services.payments.preview_change(customer.id, "cash")
    assert impact.link_to_revoke is not None
    assert "will be revoked" in impact.text("en")
    services.payments.set_offline_method(customer.id, "cash")
    assert [link.state for link in services.customers.get(customer.id).links] == ["revoked"]


def test_unchanged_method_is_refused(services, customer):
    services.payments.set_offline_method(customer.id, "cheque")
    with pytest.raises(RuleViolation):
        services.payments.set_offline_method(customer.id, "cheque")


def test_staff_cannot_set_an_automatic_method_directly(services, customer):
    with pytest.raises(ValidationError):
        services.payments.set_offline_method(customer.id, "sepa_debit")


def test_database_allows_only_one_default(services, customer):
    services.payments.set_offline_method(customer.id, "cheque")
    ctx = services.customers.ctx
    with pytest.raises(IntegrityError), ctx.transaction() as session:
        session.add(
            PaymentMethod(
                customer_id=customer.id, method="cash", status="default", created_at=ctx.now()
            )
        )


def test_save_with_automatic_method_makes_a_link(services, customer):
    result = services.customers.save(
        customer.id, customer.as_input(), expected_version=customer.version, payment_method="card"
    )
    assert result.link is not None and result.link.url.startswith("http://127.0.0.1:8765/m/")
    assert result.customer.payment_method is None  # unchanged until the customer registers
    assert result.customer.pending_link.method == "card"
