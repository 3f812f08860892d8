"""A SEPA mandate signed while invoices are open offline: they can move to the debit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.bootstrap import open_services
from core.errors import RuleViolation
from core.sepa import calendar as target2
from tests.conftest import VALID_IBAN, customer_input


@pytest.fixture
def services(settings, clock):
    """The business can send debits to its bank (creditor account set)."""
    settings = settings.__class__(
        **{**settings.__dict__, "creditor_iban": VALID_IBAN, "creditor_bic": "AGRIFRPP"}
    )
    svc = open_services(settings, clock=clock)
    yield svc
    svc.close()


def _cheque_customer_with_invoices(services):
    """Pays by cheque; three monthly invoices issued offline, the first one paid."""
    detail = services.customers.save(
        None,
        customer_input(reference="CUST-000400"),
        expected_version=None,
        payment_method="cheque",
    ).customer
    services.billing.add_subscription(
        detail.id, label="Club", amount_cents=2990, period="monthly", start="2026-09-05"
    )
    issued = sorted(services.billing.run(), key=lambda inv: inv.number)
    assert [inv.collection for inv in issued] == ["offline"] * 3
    services.billing.record_payment(issued[0].id, method="cheque", paid_on="2026-09-10")
    return detail, issued


def _sign_mandate(services, customer_id):
    link = services.payments.create_link(customer_id, "sepa_debit")
    services.registration.register_sepa(
        link.url.rsplit("/", 1)[1], holder="Élodie Martin", iban=VALID_IBAN, bic="", consent=True
    )


def test_nothing_to_offer_without_a_mandate(services):
    detail, _issued = _cheque_customer_with_invoices(services)
    assert services.customers.get(detail.id).debit_candidates == ()
    with pytest.raises(RuleViolation) as err:
        services.payments.move_invoices_to_debit(detail.id)
    assert err.value.code == "no_mandate_to_debit"


def test_signed_mandate_offers_the_open_offline_invoices_and_moves_them(services, clock):
    detail, issued = _cheque_customer_with_invoices(services)
    _sign_mandate(services, detail.id)
    after = services.customers.get(detail.id)
    # The paid one is not offered; the two due ones are.
    assert [inv.number for inv in after.debit_candidates] == [issued[1].number, issued[2].number]

    moved = services.payments.move_invoices_to_debit(detail.id)

    assert moved == [issued[1].number, issued[2].number]
    now = services.customers.get(detail.id)
    by_number = {inv.number: inv for inv in now.invoices}
    today = clock.now.date()
    for number in moved:
        assert by_number[number].collection == "automatic"
        assert by_number[number].debit_on == today + timedelta(days=3)  # the notice period
    assert by_number[issued[0].number].status == "paid"
    assert by_number[issued[0].number].collection == "offline"
    assert now.debit_candidates == ()
    entry = services.activity.recent(detail.id)[0]
    assert entry.kind == "invoices_to_debit"
    assert issued[1].number in entry.text("en") and "CUST-000400-M01" in entry.text("en")
    assert "prélèvement" in entry.text("fr")

    # The next batch collects from them; asking again finds nothing more to move.
    day = target2.target2_day_on_or_after(
        max(services.debits.earliest_collection_date(), today + timedelta(days=3))
    )
    batch = services.debits.prepare(day)
    # The first debit on a new mandate goes alone (FRST); the other follows in a later batch.
    assert batch is not None and batch.count == 1 and batch.frst == 1
    with pytest.raises(RuleViolation) as err:
        services.payments.move_invoices_to_debit(detail.id)
    assert err.value.code == "no_invoice_to_debit"


def test_only_the_invoices_named_move(services):
    detail, issued = _cheque_customer_with_invoices(services)
    _sign_mandate(services, detail.id)
    moved = services.payments.move_invoices_to_debit(detail.id, [issued[2].number, "F2026-999999"])
    assert moved == [issued[2].number]
    left = services.customers.get(detail.id).debit_candidates
    assert [inv.number for inv in left] == [issued[1].number]


def test_invoices_in_another_currency_stay_offline(services):
    detail, issued = _cheque_customer_with_invoices(services)
    services.billing.add_subscription(
        detail.id,
        label="UK club",
        amount_cents=1500,
        period="yearly",
        start="2026-11-01",
        currency="GBP",
    )
    services.billing.run()
    _sign_mandate(services, detail.id)
    offered = services.customers.get(detail.id).debit_candidates
    assert {inv.currency for inv in offered} == {"EUR"}
    assert date(2026, 11, 1) not in {inv.period_start for inv in offered}
