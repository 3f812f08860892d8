"""The billing run on a fixed book gives exactly what it gave before it was made fast.

tests/core/data/billing_scenario.json was written by the row-by-row billing run (one ORM
invoice at a time) on this scenario: every invoice (number, period, dates, amounts, VAT,
collection, status, address), every method made unusable, every activity event of the
runs, the card charges, the counters. The bulk run must give the same, on both databases.
Regenerate only on purpose: GUICHET_WRITE_BILLING_SCENARIO=1.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from sqlalchemy import select

from core.demo import add_demo_customers
from core.models import ActivityEvent, Counter, Customer, Invoice, PaymentMethod
from tests.conftest import customer_input

GOLDEN = Path(__file__).with_name("data") / "billing_scenario.json"


def _card_customer(services, reference: str, card: str) -> None:
    created = services.customers.create(
        customer_input(reference=reference, email=f"{reference.lower()}@example.fr")
    )
    link = services.payments.create_link(created.id, "card")
    services.registration.register_card(
        link.url.rsplit("/", 1)[1],
        holder="E Martin",
        card_number=card,
        exp_month=12,
        exp_year=2027,
        cvc="123",
    )


def _book(services) -> None:
    add_demo_customers(services, 20, seed=4)
    _card_customer(services, "CUST-CARD01", "4242424242424242")  # charges go through
    _card_customer(services, "CUST-CARD02", "4000000000000341")  # charges are declined
    subscriptions = []
    references = sorted(r.reference for r in services.customers.search("", limit=100).rows)
    for i, reference in enumerate(references):
        sub = services.billing.add_subscription(
            reference,
            label=f"Abonnement {i}",
            amount_cents=1000 + 37 * i,
            period="yearly" if i % 4 == 0 else "monthly",
            start=date(2025, 1 + i % 12, 1 + (i * 3) % 28),
            vat_rate="5.5" if i % 5 == 0 else ("10" if i % 7 == 0 else None),
        )
        subscriptions.append(sub.id)
    services.billing.terminate_subscription(subscriptions[3], on="2026-03-15")
    services.billing.suspend_subscription(subscriptions[6])


def _address(snapshot: dict, addresses: list) -> int:
    """The invoice's address snapshot, as its place in the list of distinct ones."""
    if snapshot not in addresses:
        addresses.append(snapshot)
    return addresses.index(snapshot)


def _outcome(services) -> dict:
    addresses: list[dict] = []
    with services.billing.ctx.read() as session:
        ref = dict(session.execute(select(Customer.id, Customer.reference)).all())
        invoices = [
            [
                inv.number, ref[inv.customer_id], inv.label, str(inv.period_start),
                str(inv.issued_on), inv.amount_cents, inv.net_cents, inv.tax_cents,
                inv.vat_rate_bp, inv.currency, inv.collection, str(inv.debit_on),
                str(inv.due_on), inv.status, inv.status_reason, str(inv.paid_on),
                _address(inv.billing_address, addresses), inv.version,
            ]
            for inv in session.scalars(select(Invoice).order_by(Invoice.number))
        ]  # fmt: skip
        unusable = sorted(
            [ref[m.customer_id], m.method, m.unusable_reason]
            for m in session.scalars(
                select(PaymentMethod).where(PaymentMethod.unusable_reason.is_not(None))
            )
        )
        events = [
            [str(e.at), ref.get(e.customer_id or 0), e.actor_kind, e.actor, e.kind, e.summary,
             e.params]
            for e in session.scalars(
                select(ActivityEvent)
                .where(ActivityEvent.kind.in_((
                    "invoice_issued", "card_charged", "card_declined", "invoices_to_offline",
                )))
                .order_by(ActivityEvent.at, ActivityEvent.id)
            )
        ]  # fmt: skip
        counters = {
            name: value
            for name, value in session.execute(select(Counter.name, Counter.value))
            if name.startswith("invoice-")
        }
    return {
        "invoices": invoices,
        "addresses": addresses,
        "unusable": unusable,
        "events": events,
        "counters": counters,
    }


def _write(outcome: dict) -> None:
    """One row a line: a difference shows as a few lines."""
    parts = []
    for key, value in outcome.items():
        if isinstance(value, list):
            rows = ",\n".join(json.dumps(v, ensure_ascii=False) for v in value)
            parts.append(f"{json.dumps(key)}: [\n{rows}\n]")
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text("{\n" + ",\n".join(parts) + "\n}\n", encoding="utf-8")


def _said(issued) -> list:
    return [[i.number, str(i.period_start), i.collection, i.amount_cents] for i in issued]


def test_billing_gives_what_it_gave_before(services, clock):
    _book(services)
    runs = []
    # The recording was made one subscription per transaction; numbering must not depend
    # on how a run is sliced, so the runs here take their usual slices.
    runs.append(_said(services.billing.run()))  # a catch-up of about two years
    runs.append(_said(services.billing.run()))  # nothing twice
    runs.append(list(services.billing.last_charges))
    clock.advance(days=20)  # card invoices come due: charged or declined
    runs.append(_said(services.billing.run(chunk=7, slice_seconds=0, pause_seconds=0)))
    runs.append(list(services.billing.last_charges))
    clock.advance(days=500)  # mandates lapse, cards expire
    runs.append(_said(services.billing.run(chunk=50)))
    runs.append(list(services.billing.last_charges))
    got = {"runs": runs, **_outcome(services)}
    if os.environ.get("GUICHET_WRITE_BILLING_SCENARIO"):
        _write(got)
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert got["runs"] == expected["runs"]
    assert got["counters"] == expected["counters"]
    assert got["unusable"] == expected["unusable"]
    assert got["invoices"] == expected["invoices"]
    assert got["addresses"] == expected["addresses"]
    assert got["events"] == expected["events"]
