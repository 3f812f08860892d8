"""SEPA debits for real: bill, prepare, export (valid file), bank returns, settle; card charges."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from core.bootstrap import open_services
from core.errors import RuleViolation, ValidationError
from core.sepa import pain008
from tests.conftest import customer_input

SAMPLES = Path(__file__).parent / "sepa" / "samples"
IBANS = ["FR1420041010050500013M02606", "FR7630006000011234567890189", "DE89370400440532013000"]


@pytest.fixture
def debit_services(settings, clock):
    settings = settings.__class__(
        **{**settings.__dict__, "creditor_iban": "FR7630006000011234567890189",
           "creditor_bic": "AGRIFRPP"}
    )  # fmt: skip
    svc = open_services(settings, clock=clock)
    yield svc
    svc.close()


def _sepa_customer(services, n: int, iban: str):
    """A customer who signed a SEPA mandate on the form, with a monthly subscription."""
    customer = services.customers.create(
        customer_input(reference=f"CUST-{n:06d}", email=f"c{n}@example.fr", name=f"Abonné {n}")
    )
    token = services.payments.create_link(customer.id, "sepa_debit").url.rsplit("/", 1)[1]
    services.registration.register_sepa(
        token, holder=f"Abonné {n}", iban=iban, bic="", consent=True
    )
    services.billing.add_subscription(
        customer.id, label="Abonnement mensuel", amount_cents=2990 + n, period="monthly",
        start="2026-11-20",
    )  # fmt: skip
    return customer


def _from_sample(name: str, **replace: str) -> bytes:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    for old, new in replace.items():
        text = text.replace(old, new)
    return text.encode("utf-8")


def test_a_mandate_signed_on_the_form_is_debited_rejected_settled_and_returned(
    debit_services, clock, tmp_path
):
    s = debit_services
    customers = [_sepa_customer(s, n, iban) for n, iban in enumerate(IBANS, start=1)]
    issued = s.billing.run()  # today, 2026-11-20 (a Friday)
    assert {i.collection for i in issued} == {"automatic"}
    assert {i.debit_on for i in issued} == {date(2026, 11, 23)}  # 3 days' notice

    # A date that is not a TARGET2 day, or too soon, is refused with the next good one.
    with pytest.raises(ValidationError) as err:
        s.debits.prepare("2026-11-21")  # a Saturday
    assert err.value.field == "collection_date" and "2026" in str(err.value)
    with pytest.raises(ValidationError) as err:
        s.debits.prepare("2026-11-23")  # Monday: less than 2 TARGET2 days from Friday
    assert err.value.code == "collection_too_soon" and err.value.params["next"] == date(
        2026, 11, 24
    )

    preview = s.debits.preview("2026-11-24")  # what it will hold, nothing written
    assert (preview.count, preview.frst, preview.rcur, preview.waiting) == (3, 3, 0, 0)
    assert s.debits.batches() == []
    batch = s.debits.prepare("2026-11-24")
    assert batch is not None and batch.count == 3 and batch.frst == 3 and batch.rcur == 0
    assert batch.total_cents == preview.total_cents
    assert batch.total_cents == sum(2990 + n for n in (1, 2, 3))
    assert s.debits.prepare("2026-11-24") is None  # nothing left: no second batch

    out = tmp_path / "prelevements-2026-11-24.xml"
    s.debits.export(batch.reference, out)
    data = out.read_bytes()
    pain008.validate_pain008(data)  # the official XSD
    doc = etree.fromstring(data)
    ns = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"}
    assert doc.findtext(".//p:GrpHdr/p:NbOfTxs", namespaces=ns) == "3"
    assert doc.findtext(".//p:GrpHdr/p:CtrlSum", namespaces=ns) == "89.76"
    assert doc.findtext(".//p:SeqTp", namespaces=ns) == "FRST"
    assert doc.findtext(".//p:CdtrSchmeId//p:Othr/p:Id", namespaces=ns) == "FR72ZZZ123456"
    assert {e.text for e in doc.iterfind(".//p:DbtrAcct/p:Id/p:IBAN", namespaces=ns)} == set(IBANS)
    assert doc.findtext(".//p:MndtId", namespaces=ns).endswith("-M01")
    # Exported: the bank holds the order; the same file again is the same bytes, never over a file.
    assert s.debits.file_bytes(batch.reference) == data
    with pytest.raises(ValidationError) as err:
        s.debits.export(batch.reference, out)
    assert err.value.code == "file_exists"
    first = s.customers.get(customers[0].id).invoices[0]
    with pytest.raises(RuleViolation) as rule:
        s.billing.record_payment(first.number, method="cheque", paid_on="2026-11-20")
    assert rule.value.code == "bank_holds_order"
    assert s.customers.get(customers[0].id).payment_method.mandate_signed_on is not None

    # The bank rejects one debit (pain.002): exactly that invoice becomes unpaid, with its code.
    rejected = s.customers.get(customers[1].id).invoices[0]
    reject = _from_sample(
        "pain002_transaction_reject.xml",
        **{"REM-2026-000013": batch.message_id, "F2026-000142": rejected.number},
    )
    preview = s.debits.read_return(reject)
    assert [(c.invoice, c.reason_code, c.kind) for c in preview.changes] == [
        (rejected.number, "AM04", "reject")
    ]
    s.debits.import_return(reject)
    again = s.debits.import_return(reject)
    assert again.already_imported  # the same file twice changes nothing
    after = s.customers.get(customers[1].id).invoices[0]
    assert after.status == "problem" and after.reason_code == "AM04"
    assert after.debit is not None and after.debit.status == "rejected"
    assert "AM04 — provision insuffisante" in s.activity.recent(customers[1].id)[0].text("fr")
    [todo] = [u for u in s.activity.upcoming(customers[1].id) if u.kind == "invoice_rejected"]
    assert "AM04 — insufficient funds" in todo.text("en")

    # Settling: the others are paid on the collection date.
    s.debits.settle(batch.reference)
    paid = [s.customers.get(c.id).invoices[0] for c in (customers[0], customers[2])]
    assert {(i.status, i.paid_on) for i in paid} == {("paid", date(2026, 11, 24))}
    assert s.customers.get(customers[1].id).invoices[0].status == "problem"

    # A return after settlement (camt.054, MD06): a paid invoice becomes unpaid.
    returned = paid[0]
    camt = _from_sample(
        "camt054_return_md06.xml",
        **{"REM-2026-000013": batch.message_id, "F2026-000139": returned.number},
    )
    s.debits.import_return(camt)
    back = s.customers.get(customers[0].id).invoices[0]
    assert back.status == "problem" and back.reason_code == "MD06"

    # Next month: a new batch carries RCUR for the mandates already debited, and the AM04
    # invoice goes in once more.
    clock.advance(days=31)
    s.billing.run()
    nxt = s.debits.prepare("2026-12-28")  # after 24 Dec, the debit date; 25-26 are closed
    assert nxt is not None
    lines = s.debits.batch(nxt.reference).lines
    sequences = {line.customer_reference: line.sequence for line in lines if line.presentation == 1}
    # Debited mandates go on with RCUR; the one whose first debit was rejected starts again
    # with FRST, alone: its older, rejected invoice first, this month's in a later batch.
    assert sequences == {"CUST-000001": "RCUR", "CUST-000003": "RCUR"}
    [again] = [line for line in lines if line.presentation == 2]
    assert (again.invoice, again.sequence) == (rejected.number, "FRST")


def test_unknown_or_foreign_returns_change_nothing(debit_services, tmp_path):
    s = debit_services
    _sepa_customer(s, 1, IBANS[0])
    s.billing.run()
    batch = s.debits.prepare("2026-11-24")
    s.debits.export(batch.reference, tmp_path / "out.xml")
    unknown = _from_sample(
        "pain002_transaction_reject.xml", **{"REM-2026-000013": batch.message_id}
    )  # names F2026-000142, which was never sent
    with pytest.raises(ValidationError) as err:
        s.debits.import_return(unknown)
    assert err.value.code == "unknown_transaction"
    with pytest.raises(ValidationError):
        s.debits.import_return((SAMPLES / "malformed.xml").read_bytes())
    with pytest.raises(ValidationError):
        s.debits.import_return((tmp_path / "out.xml").read_bytes())  # a pain.008, not a return
    assert s.customers.get("CUST-000001").invoices[0].status == "due"


def test_a_prepared_batch_can_be_cancelled_or_lose_an_invoice_paid_by_hand(debit_services):
    s = debit_services
    a, b = (_sepa_customer(s, n, iban) for n, iban in ((1, IBANS[0]), (2, IBANS[1])))
    s.billing.run()
    batch = s.debits.prepare("2026-11-24")
    invoice = s.customers.get(a.id).invoices[0]
    s.billing.record_payment(invoice.number, method="cheque", paid_on="2026-11-20")
    assert s.debits.batch(batch.reference).batch.count == 1
    s.debits.cancel(batch.reference)
    with pytest.raises(RuleViolation) as rule:
        s.debits.settle(batch.reference)
    assert rule.value.code == "settle_only_sent"
    again = s.debits.prepare("2026-11-24")  # the cancelled batch's invoice is free again
    assert again is not None and [line.customer_reference for line in
                                  s.debits.batch(again.reference).lines] == [b.reference]  # fmt: skip


def _card_customer(services, n: int, number: str, exp_year: int = 2028):
    customer = services.customers.create(
        customer_input(reference=f"CUST-{n:06d}", email=f"k{n}@example.fr")
    )
    token = services.payments.create_link(customer.id, "card").url.rsplit("/", 1)[1]
    services.registration.register_card(
        token, holder="K", card_number=number, exp_month=12, exp_year=exp_year, cvc="123"
    )
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=1500, period="monthly", start="2026-11-20"
    )
    return customer


def test_cards_are_charged_on_their_debit_date_and_an_expired_card_is_unusable(
    debit_services, clock
):
    s = debit_services
    good = _card_customer(s, 1, "4242424242424242")
    failing = _card_customer(s, 2, "4000000000000341")
    expiring = _card_customer(s, 3, "4242424242424242", exp_year=2026)  # ends Dec 2026
    s.billing.run()
    assert {i.status for c in (good, failing) for i in s.customers.get(c.id).invoices} == {"due"}
    clock.advance(days=3)  # the debit date
    s.billing.run()
    assert s.billing.last_charges == (2, 1)
    assert s.customers.get(good.id).invoices[0].status == "paid"
    assert s.customers.get(failing.id).invoices[0].status == "problem"
    # In January the card of December 2026 has expired: shown unusable, invoices offline.
    clock.advance(days=45)
    issued = s.billing.run()
    expired = s.customers.get(expiring.id)
    assert expired.payment_method.unusable_reason == "expired_card"
    assert not expired.payment_method.usable
    assert [i.collection for i in issued if i.number in {x.number for x in expired.invoices}] == [
        "offline"
    ]


def test_a_large_batch_is_settled_in_slices_and_can_be_finished_again(
    debit_services, tmp_path, monkeypatch
):
    from core.services import debits as debits_module

    s = debit_services
    customers = [_sepa_customer(s, n, iban) for n, iban in enumerate(IBANS, start=1)]
    s.billing.run()
    batch = s.debits.prepare("2026-11-24")
    s.debits.export(batch.reference, tmp_path / "out.xml")
    monkeypatch.setattr(debits_module, "SETTLE_SLICE", 1)
    real = s.debits._settle_slice
    calls = {"n": 0}

    def stop_after_two(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("stopped")  # as if the process were killed
        return real(*args, **kwargs)

    monkeypatch.setattr(s.debits, "_settle_slice", stop_after_two)
    with pytest.raises(RuntimeError):
        s.debits.settle(batch.reference)
    statuses = [s.customers.get(c.id).invoices[0].status for c in customers]
    assert statuses.count("paid") == 2 and s.debits.batch(batch.reference).batch.status == "sent"
    monkeypatch.setattr(s.debits, "_settle_slice", real)
    assert s.debits.settle(batch.reference).status == "settled"
    assert {s.customers.get(c.id).invoices[0].status for c in customers} == {"paid"}
    paid_events = [
        e for c in customers for e in s.activity.recent(c.id) if e.kind == "invoice_paid_by_debit"
    ]
    assert len(paid_events) == 3  # nothing twice
