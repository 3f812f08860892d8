"""Turn ORM rows into the plain objects the front ends receive."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from core import rules
from core.codes import LIVE_LINK_STATES
from core.dto import (
    CreditNoteInfo,
    CustomerDetail,
    DebitState,
    InvoiceInfo,
    LinkInfo,
    PaymentInfo,
    PaymentMethodInfo,
    SubscriptionInfo,
)
from core.errors import RuleViolation
from core.models import (
    CreditNote,
    Customer,
    DebitBatch,
    DebitTransaction,
    Invoice,
    OfflinePayment,
    PaymentLink,
    PaymentMethod,
    Subscription,
)
from core.validation import AUTOMATIC_METHODS, mask_iban


def method_info(pm: PaymentMethod, today: date | None = None) -> PaymentMethodInfo:
    """``today`` also tells whether a card has expired or a mandate lapsed by then."""
    return PaymentMethodInfo(
        id=pm.id,
        method=pm.method,
        automatic=pm.method in AUTOMATIC_METHODS,
        status=pm.status,
        created_at=pm.created_at,
        created_by=pm.created_by,
        holder=pm.holder,
        iban_masked=mask_iban(pm.iban) or None,
        bic=pm.bic,
        mandate_reference=pm.mandate_reference,
        mandate_signed_on=pm.mandate_signed_on,
        creditor_id=pm.creditor_id,
        card_brand=pm.card_brand,
        card_last4=pm.card_last4,
        card_exp_month=pm.card_exp_month,
        card_exp_year=pm.card_exp_year,
        superseded_at=pm.superseded_at,
        unusable_reason=pm.unusable_reason
        if today is None
        else rules.unusable_reason(
            pm.method,
            on=today,
            stored=pm.unusable_reason,
            mandate_lapses=mandate_lapses_on(pm) if pm.method == "sepa_debit" else None,
            card_exp_month=pm.card_exp_month,
            card_exp_year=pm.card_exp_year,
        ),
    )


def link_state(link: PaymentLink, now: datetime) -> str:
    return str(rules.link_state(link.state, link.expires_at, now))


def live_link_filter(now: datetime) -> ColumnElement[bool]:
    """SQL for "the customer can still use this link" (rules.link_is_live)."""
    return and_(PaymentLink.state.in_(LIVE_LINK_STATES), PaymentLink.expires_at > now)


def link_info(link: PaymentLink, now: datetime) -> LinkInfo:
    return LinkInfo(
        id=link.id,
        method=link.method,
        state=link_state(link, now),
        created_at=link.created_at,
        created_by=link.created_by,
        expires_at=link.expires_at,
        opened_at=link.opened_at,
        completed_at=link.completed_at,
        revoked_at=link.revoked_at,
    )


def invoice_info(
    inv: Invoice,
    debit: DebitState | None = None,
    *,
    today: date | None = None,
    grace_days: int = 10,
    payments: tuple[PaymentInfo, ...] = (),
    credit_notes: tuple[CreditNoteInfo, ...] = (),
) -> InvoiceInfo:
    return InvoiceInfo(
        id=inv.id,
        number=inv.number,
        label=inv.label,
        status=inv.status,
        collection=inv.collection,
        amount_cents=inv.amount_cents,
        currency=inv.currency,
        issued_on=inv.issued_on,
        paid_on=inv.paid_on,
        reason=inv.status_reason,
        version=inv.version,
        period_start=inv.period_start,
        debit_on=inv.debit_on,
        reason_code=inv.reason_code,
        debit=debit,
        vat_rate_bp=inv.vat_rate_bp,
        net_cents=inv.net_cents,
        tax_cents=inv.tax_cents,
        due_on=inv.due_on,
        overdue=today is not None and rules.is_overdue(inv.status, inv.due_on, today, grace_days),
        payments=payments,
        credit_notes=credit_notes,
    )


def credit_note_info(note: CreditNote, invoice_number: str) -> CreditNoteInfo:
    return CreditNoteInfo(
        number=note.number,
        invoice=invoice_number,
        kind=note.kind,
        amount_cents=note.amount_cents,
        net_cents=note.net_cents,
        tax_cents=note.tax_cents,
        currency=note.currency,
        issued_on=note.issued_on,
        reason=note.reason,
    )


def invoice_payments(
    session: Session, invoice_ids: list[int]
) -> dict[int, tuple[PaymentInfo, ...]]:
    """Each invoice's payments; a payment shared by several invoices names them all."""
    if not invoice_ids:
        return {}
    rows = session.execute(
        select(OfflinePayment).where(OfflinePayment.invoice_id.in_(invoice_ids))
        .order_by(OfflinePayment.id)
    ).scalars().all()  # fmt: skip
    keys = {p.payment_key for p in rows if p.payment_key}
    shared: dict[str, list[str]] = {}
    if keys:
        for key, number in session.execute(
            select(OfflinePayment.payment_key, Invoice.number)
            .join(Invoice, Invoice.id == OfflinePayment.invoice_id)
            .where(OfflinePayment.payment_key.in_(keys))
            .order_by(Invoice.number)
        ):
            shared.setdefault(key or "", []).append(number)
    numbers = dict(
        session.execute(select(Invoice.id, Invoice.number).where(Invoice.id.in_(invoice_ids))).all()
    )
    found: dict[int, list[PaymentInfo]] = {}
    for p in rows:
        found.setdefault(p.invoice_id, []).append(
            PaymentInfo(
                method=p.method,
                paid_on=p.paid_on,
                reference=p.reference,
                notes=p.notes,
                recorded_by=p.recorded_by,
                recorded_at=p.recorded_at,
                invoices=tuple(shared.get(p.payment_key or "", [numbers[p.invoice_id]])),
            )
        )
    return {k: tuple(v) for k, v in found.items()}


def invoice_credit_notes(
    session: Session, invoice_ids: list[int]
) -> dict[int, tuple[CreditNoteInfo, ...]]:
    if not invoice_ids:
        return {}
    found: dict[int, list[CreditNoteInfo]] = {}
    for note, number in session.execute(
        select(CreditNote, Invoice.number)
        .join(Invoice, Invoice.id == CreditNote.invoice_id)
        .where(CreditNote.invoice_id.in_(invoice_ids))
        .order_by(CreditNote.id)
    ):
        found.setdefault(note.invoice_id, []).append(credit_note_info(note, number))
    return {k: tuple(v) for k, v in found.items()}


def subscription_info(sub: Subscription) -> SubscriptionInfo:
    return SubscriptionInfo(
        id=sub.id,
        label=sub.label,
        amount_cents=sub.amount_cents,
        currency=sub.currency,
        period=sub.period,
        next_billing_on=sub.next_billing_on,
        status=sub.status,
        start_on=sub.start_on,
        terminated_on=sub.terminated_on,
        vat_rate_bp=sub.vat_rate_bp,
    )


def mandate_lapses_on(pm: PaymentMethod) -> date:
    return rules.mandate_lapses_on(
        pm.mandate_last_used_on, pm.mandate_signed_on, pm.created_at.date()
    )


def default_method(session: Session, customer_id: int) -> PaymentMethod | None:
    return session.scalar(
        select(PaymentMethod).where(
            PaymentMethod.customer_id == customer_id, PaymentMethod.status == "default"
        )
    )


def delete_blocker(session: Session, customer: Customer) -> RuleViolation | None:
    count = session.scalar(
        select(func.count()).select_from(Invoice).where(Invoice.customer_id == customer.id)
    )
    return rules.delete_blocker(count or 0)


def anonymize_blocker(session: Session, customer: Customer) -> RuleViolation | None:
    open_count = session.scalar(
        select(func.count())
        .select_from(Invoice)
        .where(Invoice.customer_id == customer.id, Invoice.status.in_(("due", "problem")))
    )
    active = session.scalar(
        select(func.count())
        .select_from(Subscription)
        .where(Subscription.customer_id == customer.id, Subscription.status != "terminated")
    )
    return rules.anonymize_blocker(
        anonymised=customer.anonymized_at is not None,
        open_invoices=open_count or 0,
        active_subscriptions=active or 0,
    )


def latest_debits(session: Session, invoice_ids: list[int]) -> dict[int, DebitState]:
    """Each invoice's latest SEPA debit (a re-presented one has two)."""
    found: dict[int, DebitState] = {}
    if not invoice_ids:
        return found
    rows = session.execute(
        select(DebitTransaction, DebitBatch)
        .join(DebitBatch, DebitBatch.id == DebitTransaction.batch_id)
        .where(DebitTransaction.invoice_id.in_(invoice_ids), DebitBatch.status != "cancelled")
        .order_by(DebitTransaction.id)
    ).all()
    for t, b in rows:
        found[t.invoice_id] = DebitState(
            batch=b.reference,
            batch_status=b.status,
            collection_date=b.collection_date,
            sequence=t.sequence,
            status=t.status,
            reason_code=t.reason_code,
        )
    return found


def debit_candidate_ids(session: Session, customer_id: int, today: date) -> list[int]:
    """Open offline invoices in euros that the customer's SEPA mandate could collect now:
    none unless the default method is a usable mandate; never one that is paid or already
    in a prepared or sent batch."""
    default = default_method(session, customer_id)
    if default is None or default.method != "sepa_debit":
        return []
    if method_info(default, today).unusable_reason is not None:
        return []
    in_live_batch = (
        select(DebitTransaction.invoice_id)
        .join(DebitBatch, DebitBatch.id == DebitTransaction.batch_id)
        .where(
            DebitTransaction.status == "pending",
            DebitBatch.status.in_(("prepared", "sent")),
        )
    )
    return list(
        session.scalars(
            select(Invoice.id)
            .where(
                Invoice.customer_id == customer_id,
                Invoice.status == "due",
                Invoice.collection == "offline",
                Invoice.currency == "EUR",  # SEPA debits are in euros
                Invoice.id.not_in(in_live_batch),
            )
            .order_by(Invoice.issued_on, Invoice.id)
        )
    )


def customer_detail(
    session: Session, customer: Customer, now: datetime, *, grace_days: int = 10
) -> CustomerDetail:
    methods = session.scalars(
        select(PaymentMethod)
        .where(PaymentMethod.customer_id == customer.id)
        .order_by(PaymentMethod.created_at.desc(), PaymentMethod.id.desc())
    ).all()
    links = session.scalars(
        select(PaymentLink)
        .where(PaymentLink.customer_id == customer.id)
        .order_by(PaymentLink.created_at.desc(), PaymentLink.id.desc())
    ).all()
    invoices = session.scalars(
        select(Invoice)
        .where(Invoice.customer_id == customer.id)
        .order_by(Invoice.issued_on.desc(), Invoice.id.desc())
    ).all()
    subs = session.scalars(
        select(Subscription)
        .where(Subscription.customer_id == customer.id)
        .order_by(Subscription.id)
    ).all()
    default = next((m for m in methods if m.status == "default"), None)
    ids = [inv.id for inv in invoices]
    debits = latest_debits(session, ids)
    payments = invoice_payments(session, ids)
    notes = invoice_credit_notes(session, ids)
    today = now.date()
    candidates = set(debit_candidate_ids(session, customer.id, today))
    shown = tuple(
        invoice_info(
            inv,
            debits.get(inv.id),
            today=today,
            grace_days=grace_days,
            payments=payments.get(inv.id, ()),
            credit_notes=notes.get(inv.id, ()),
        )
        for inv in invoices
    )
    return CustomerDetail(
        id=customer.id,
        reference=customer.reference,
        name=customer.name,
        email=customer.email or "",
        language=customer.language,
        status=customer.status,
        note=customer.note,
        company=customer.company,
        first_name=customer.first_name,
        last_name=customer.last_name,
        address_line1=customer.address_line1,
        address_line2=customer.address_line2,
        postal_code=customer.postal_code,
        city=customer.city,
        region=customer.region,
        country=customer.country,
        phone=customer.phone,
        vat_number=customer.vat_number,
        greylisted=customer.greylisted,
        failed_attempts=customer.failed_attempts,
        anonymized=customer.anonymized_at is not None,
        version=customer.version,
        payment_method=method_info(default, now.date()) if default else None,
        method_history=tuple(method_info(m) for m in methods if m.status != "default"),
        links=tuple(link_info(link, now) for link in links),
        invoices=shown,
        debit_candidates=tuple(
            sorted((i for i in shown if i.id in candidates), key=lambda i: (i.issued_on, i.id))
        ),
        credit_notes=tuple(
            sorted((n for inv in invoices for n in notes.get(inv.id, ())), key=lambda n: n.number)
        ),
        subscriptions=tuple(subscription_info(s) for s in subs),
        delete_blocker=delete_blocker(session, customer),
        anonymize_blocker=anonymize_blocker(session, customer),
    )
