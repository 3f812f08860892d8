"""Subscriptions, the billing run, and what staff do with invoices."""

from __future__ import annotations

import functools
import logging
import secrets
import time
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Row, and_, bindparam, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session

from core import i18n, rules
from core import validation as v
from core.codes import Collection, InvoiceStatus, Method, MethodStatus, SubscriptionStatus
from core.config import Settings
from core.dto import (
    ActivityItem,
    CreditNoteInfo,
    InvoiceInfo,
    InvoiceList,
    InvoiceQuery,
    InvoiceRow,
    SubscriptionInfo,
)
from core.errors import AlreadyRunning, Busy, NotFound, PartialRun, RuleViolation, ValidationError
from core.gateway import CardGateway, TestGateway
from core.models import (
    ActivityEvent,
    CreditNote,
    Customer,
    DebitBatch,
    DebitTransaction,
    Invoice,
    OfflinePayment,
    PaymentMethod,
    Subscription,
)
from core.services.context import (
    BILLING_RUN_LOCK,
    ServiceContext,
    get_customer,
    mark_changed,
    next_counter,
    record,
    reserve_counter,
    touch,
)
from core.services.views import (
    credit_note_info,
    default_method,
    invoice_credit_notes,
    invoice_info,
    invoice_payments,
    latest_debits,
    subscription_info,
)

log = logging.getLogger("guichet.core")
_NUMBER_SLOT = "\x00number\x00"  # where an invoice's number goes in a summary made ahead

PERIODS = ("monthly", "yearly")
LIVE_BATCH_STATUSES = ("prepared", "sent")  # debit batches the bank may still act on
# Times a billing slice is tried again when another writer kept the database too long.
BUSY_RETRIES = 5
_ADDRESS_FIELDS = (
    "name",
    "company",
    "first_name",
    "last_name",
    "address_line1",
    "address_line2",
    "postal_code",
    "city",
    "region",
    "country",
    "vat_number",
)


# The billing run's statements, built once (Core: no ORM objects, no autoflush).
_subscriptions = Subscription.metadata.tables["subscriptions"]
_invoices = Invoice.metadata.tables["invoices"]
_methods = PaymentMethod.metadata.tables["payment_methods"]
_customers = Customer.metadata.tables["customers"]
_billed = _invoices.alias("billed")
# What is due: each subscription with its customer's address and default method (None
# when it has none), and whether its period was billed already; earliest period first.
_DUE = (
    select(
        _subscriptions.c.id,
        _subscriptions.c.customer_id,
        _subscriptions.c.label,
        _subscriptions.c.amount_cents,
        _subscriptions.c.currency,
        _subscriptions.c.period,
        _subscriptions.c.start_on,
        _subscriptions.c.next_billing_on,
        _subscriptions.c.vat_rate_bp,
        exists()
        .where(
            _billed.c.subscription_id == _subscriptions.c.id,
            _billed.c.period_start == _subscriptions.c.next_billing_on,
        )
        .label("billed"),
        *(_customers.c[f] for f in _ADDRESS_FIELDS),
        _methods.c.id.label("method_id"),
        _methods.c.method,
        _methods.c.unusable_reason,
        _methods.c.card_exp_month,
        _methods.c.card_exp_year,
        _methods.c.mandate_last_used_on,
        _methods.c.mandate_signed_on,
        _methods.c.created_at,
    )
    .join(_customers, _customers.c.id == _subscriptions.c.customer_id)
    .outerjoin(
        _methods,
        and_(
            _methods.c.customer_id == _subscriptions.c.customer_id,
            _methods.c.status == MethodStatus.DEFAULT,
        ),
    )
    .where(
        _subscriptions.c.next_billing_on <= bindparam("limit"),
        or_(
            _subscriptions.c.status == SubscriptionStatus.ACTIVE,
            and_(
                _subscriptions.c.status == SubscriptionStatus.TERMINATED,
                _subscriptions.c.next_billing_on < _subscriptions.c.terminated_on,
            ),
        ),
    )
    .order_by(_subscriptions.c.next_billing_on, _subscriptions.c.id)
    .limit(bindparam("chunk"))
    # Only the subscriptions are locked (PostgreSQL); another run skips them.
    .with_for_update(of=_subscriptions, skip_locked=True)
)
_ADDRESS_SLICE = slice(10, 10 + len(_ADDRESS_FIELDS))  # where _DUE's address columns are
assert [c.name for c in _DUE.selected_columns][_ADDRESS_SLICE] == list(_ADDRESS_FIELDS)
_MOVE_ON = (
    update(_subscriptions)
    .where(_subscriptions.c.id == bindparam("sub_id"))
    .values(next_billing_on=bindparam("following"))
)
_MARK_UNUSABLE = (
    update(_methods)
    .where(_methods.c.id == bindparam("method_id"))
    .values(unusable_reason=bindparam("reason"))
)
_ISSUE = insert(_invoices).returning(_invoices.c.number, _invoices.c.id)
_RECORD = insert(ActivityEvent.metadata.tables["activity_events"])


def vat_rate_for(settings: Settings, subscription_rate_bp: int | None) -> int:
    """The VAT rate of a new invoice, in basis points."""
    if settings.vat_exempt:
        return 0  # franchise en base de TVA
    if subscription_rate_bp is not None:
        return subscription_rate_bp
    return _default_rate_bp(settings.vat_rate)


@functools.lru_cache(maxsize=8)
def _default_rate_bp(rate: str) -> int:
    return rules.vat_rate_bp(rate)


def _in_period_order(due: Sequence[Row[Any]], limit: date) -> list[tuple[Row[Any], date]]:
    """The longest head of ``due`` (in next-billing-date order) that can be billed in one go
    with every period still numbered in date order, each with its following billing date.

    A subscription billed here may be due again within the run (a catch-up) before the
    later ones in the list: its next period must then be numbered first, so the batch
    stops there and the next query picks it up in order. Numbers thus never depend on
    how the run is sliced.
    """
    batch: list[tuple[Row[Any], date]] = []
    horizon: tuple[date, int] | None = None
    for sub in due:
        if horizon is not None and (sub.next_billing_on, sub.id) > horizon:
            break
        following = rules.next_billing_date(sub.next_billing_on, sub.period, sub.start_on.day)
        batch.append((sub, following))
        if following <= limit and (horizon is None or (following, sub.id) < horizon):
            horizon = (following, sub.id)
    return batch


def _new_collection(
    method: dict[str, Any] | None, issued_on: date
) -> tuple[Collection, str | None]:
    """How a new invoice is collected, following the customer's default method right now
    (its columns by name, or None), and why that method cannot be charged."""
    if method is None:
        return rules.new_invoice_collection(None, issued_on=issued_on), None
    lapses = (
        rules.mandate_lapses_on(
            method["mandate_last_used_on"],
            method["mandate_signed_on"],
            method["created_at"].date(),
        )
        if method["method"] == Method.SEPA_DEBIT
        else None  # only a mandate lapses
    )
    unusable = rules.unusable_reason(
        method["method"],
        on=issued_on,
        stored=method["unusable_reason"],
        mandate_lapses=lapses,
        card_exp_month=method["card_exp_month"],
        card_exp_year=method["card_exp_year"],
    )
    collection = rules.new_invoice_collection(
        method["method"], issued_on=issued_on, mandate_lapses=lapses, unusable=unusable
    )
    return collection, unusable


def release_from_prepared_batch(session: Session, invoice: Invoice, *, rule: str) -> None:
    """Before an invoice is paid by hand or voided: a sent batch holds it (refused), a
    prepared one lets it go (its line leaves the batch)."""
    row = session.execute(
        select(DebitTransaction, DebitBatch)
        .join(DebitBatch, DebitBatch.id == DebitTransaction.batch_id)
        .where(
            DebitTransaction.invoice_id == invoice.id,
            DebitTransaction.status == "pending",
            DebitBatch.status.in_(LIVE_BATCH_STATUSES),
        )
    ).first()
    if row is None:
        return
    transaction, batch = row
    if batch.status == "sent":
        raise RuleViolation(rule, number=invoice.number, batch=batch.reference)
    batch.count -= 1
    batch.total_cents -= transaction.amount_cents
    session.delete(transaction)


def held_by_bank(session: Session, invoice_id: int) -> bool:
    """The invoice is in a batch already sent: the bank holds its debit."""
    return (
        session.scalar(
            select(DebitTransaction.id)
            .join(DebitBatch, DebitBatch.id == DebitTransaction.batch_id)
            .where(
                DebitTransaction.invoice_id == invoice_id,
                DebitTransaction.status == "pending",
                DebitBatch.status == "sent",
            )
        )
        is not None
    )


def switch_open_invoices_offline(
    session: Session, ctx: ServiceContext, customer: Customer
) -> list[str]:
    """DOMAIN: open automatic invoices of a customer whose method can no longer be charged
    are collected offline; one already sent to the bank stays with it."""
    invoices = session.scalars(
        select(Invoice)
        .where(
            Invoice.customer_id == customer.id,
            Invoice.status == InvoiceStatus.DUE,
            Invoice.collection == Collection.AUTOMATIC,
        )
        .order_by(Invoice.id)
    ).all()
    switched = []
    for inv in invoices:
        if held_by_bank(session, inv.id):
            continue
        release_from_prepared_batch(session, inv, rule="bank_holds_order")
        inv.collection = Collection.OFFLINE
        inv.updated_at = ctx.now()
        switched.append(inv.number)
    if switched:
        record(
            session,
            ctx,
            customer,
            "invoices_to_offline",
            {"numbers": switched, "count": len(switched)},
            actor_kind="system",
        )
    return switched


class BillingService:
    def __init__(self, ctx: ServiceContext, gateway: CardGateway | None = None) -> None:
        self.ctx = ctx
        self.gateway: CardGateway = gateway or TestGateway()
        self.last_charges: tuple[int, int] = (0, 0)  # (paid, declined) of the last run
        self._summaries: dict[tuple[int, str, str], str] = {}

    def add_subscription(
        self,
        customer_id: int | str,
        *,
        label: str,
        amount_cents: int | str,
        period: str,
        start: date | str,
        currency: str = "EUR",
        vat_rate: str | float | None = None,
    ) -> SubscriptionInfo:
        label_clean = v.required("label", label)
        cents = v.amount_cents(amount_cents)
        if period not in PERIODS:
            raise ValidationError("period", "period_invalid")
        start_on = v.parse_date("start", start)
        cur = v.currency(currency)
        with self.ctx.transaction() as session:
            customer = get_customer(session, customer_id)
            if customer.anonymized_at is not None:
                raise RuleViolation("anonymised_subscribe")
            sub = Subscription(
                customer_id=customer.id,
                label=label_clean,
                amount_cents=cents,
                currency=cur,
                period=period,
                start_on=start_on,
                next_billing_on=start_on,
                status="active",
                vat_rate_bp=rules.vat_rate_bp(vat_rate) if vat_rate is not None else None,
            )
            session.add(sub)
            session.flush()
            touch(customer, self.ctx)
            record(
                session,
                self.ctx,
                customer,
                "subscription_added",
                {"label": label_clean, "amount_cents": cents, "currency": cur},
            )
            return subscription_info(sub)

    def subscriptions(self, customer_id: int | str) -> list[SubscriptionInfo]:
        with self.ctx.read() as session:
            customer = get_customer(session, customer_id)
            subs = session.scalars(
                select(Subscription)
                .where(Subscription.customer_id == customer.id)
                .order_by(Subscription.id)
            )
            return [subscription_info(sub) for sub in subs]

    def _subscription(self, session: Session, subscription_id: int | str) -> Subscription:
        try:
            key = int(subscription_id)
        except (TypeError, ValueError):
            raise NotFound("subscription_not_found", key=subscription_id) from None
        sub = session.get(Subscription, key)
        if sub is None:
            raise NotFound("subscription_not_found", key=subscription_id)
        return sub

    def terminate_subscription(
        self, subscription_id: int | str, on: date | str | None = None
    ) -> SubscriptionInfo:
        """Nothing is billed from ``on`` (default today); periods before it still are."""
        day = v.parse_date("on", on) if on is not None else self.ctx.today()
        with self.ctx.transaction() as session:
            sub = self._subscription(session, subscription_id)
            if sub.status == SubscriptionStatus.TERMINATED:
                raise RuleViolation("terminate_once")
            if day < sub.start_on:
                raise ValidationError("on", "before_start", start=sub.start_on)
            sub.status = SubscriptionStatus.TERMINATED
            sub.terminated_on = day
            customer = get_customer(session, sub.customer_id)
            touch(customer, self.ctx)
            record(
                session, self.ctx, customer, "subscription_terminated",
                {"label": sub.label, "date_iso": day.isoformat()},
            )  # fmt: skip
            return subscription_info(sub)

    def suspend_subscription(self, subscription_id: int | str) -> SubscriptionInfo:
        """Not billed while suspended."""
        with self.ctx.transaction() as session:
            sub = self._subscription(session, subscription_id)
            if sub.status != SubscriptionStatus.ACTIVE:
                raise RuleViolation("suspend_only_active", label=sub.label)
            sub.status = SubscriptionStatus.SUSPENDED
            customer = get_customer(session, sub.customer_id)
            touch(customer, self.ctx)
            record(session, self.ctx, customer, "subscription_suspended", {"label": sub.label})
            return subscription_info(sub)

    def resume_subscription(self, subscription_id: int | str) -> SubscriptionInfo:
        """Billing starts again with the next period; the suspended ones are not billed."""
        today = self.ctx.today()
        with self.ctx.transaction() as session:
            sub = self._subscription(session, subscription_id)
            if sub.status != SubscriptionStatus.SUSPENDED:
                raise RuleViolation("resume_only_suspended", label=sub.label)
            while sub.next_billing_on < today:
                sub.next_billing_on = rules.next_billing_date(
                    sub.next_billing_on, sub.period, sub.start_on.day
                )
            sub.status = SubscriptionStatus.ACTIVE
            customer = get_customer(session, sub.customer_id)
            touch(customer, self.ctx)
            record(
                session, self.ctx, customer, "subscription_resumed",
                {"label": sub.label, "date_iso": sub.next_billing_on.isoformat()},
            )  # fmt: skip
            return subscription_info(sub)

    def change_subscription(
        self, subscription_id: int | str, *, amount_cents: int | str
    ) -> SubscriptionInfo:
        """A new price applies from the next invoice; issued ones keep theirs."""
        cents = v.amount_cents(amount_cents)
        with self.ctx.transaction() as session:
            sub = self._subscription(session, subscription_id)
            if sub.status == SubscriptionStatus.TERMINATED:
                raise RuleViolation("terminated_is_final", label=sub.label)
            old = sub.amount_cents
            sub.amount_cents = cents
            customer = get_customer(session, sub.customer_id)
            touch(customer, self.ctx)
            record(
                session, self.ctx, customer, "subscription_changed",
                {"label": sub.label, "old_cents": old, "amount_cents": cents,
                 "currency": sub.currency},
            )  # fmt: skip
            return subscription_info(sub)

    def run(
        self,
        until: date | str | None = None,
        *,
        slice_seconds: float = 0.2,
        pause_seconds: float = 0.05,
        chunk: int = 500,
    ) -> list[InvoiceInfo]:
        """Issue every invoice due up to ``until``; a second run issues nothing twice.

        Invoices are dated the day they are issued (the period they cover is kept apart),
        and numbered in issue order, so numbers and dates grow together. The run commits
        in slices of about ``slice_seconds`` and pauses between them, so the form, the
        desks and the command line get the write lock in turn and never wait long.
        """
        today = self.ctx.today()
        limit = v.parse_date("until", until) if until is not None else today
        # DOMAIN: invoices are issued when their billing date comes, not ahead of it.
        v.not_in_future("until", limit, today)
        # DOMAIN: one billing run at a time, whichever workstation starts it.
        with self.ctx.exclusive(BILLING_RUN_LOCK) as mine:
            if not mine:
                raise AlreadyRunning("billing")
            return self._run(limit, slice_seconds, pause_seconds, chunk)

    def _run(
        self, limit: date, slice_seconds: float, pause_seconds: float, chunk: int
    ) -> list[InvoiceInfo]:
        issued: list[InvoiceInfo] = []
        waits = 0
        while True:
            try:
                done = self._bill_slice(limit, issued, slice_seconds, chunk)
            except Busy:
                # Someone else held the lock past the wait: this slice changed nothing, and
                # the run is idempotent, so try again a few times before giving up.
                waits += 1
                if waits > BUSY_RETRIES:
                    if issued:
                        raise PartialRun(len(issued)) from None
                    raise
                time.sleep(1.0)
                continue
            if done:
                self.last_charges = self.charge_cards()
                return issued
            # Let a waiting writer in: SQLite's busy handler polls, it does not queue.
            time.sleep(pause_seconds)

    def charge_cards(self) -> tuple[int, int]:
        """Charge every due card invoice whose debit date has come: paid, or unpaid with the
        gateway's reason. Returns (paid, declined).

        The gateway is called outside any transaction (it may be slow, and the write lock
        must not wait for it); the invoice number is the charge's idempotency key, so a run
        that stopped between the charge and its record cannot charge twice.
        """
        today = self.ctx.today()
        with self.ctx.read() as session:
            rows = session.execute(
                select(Invoice.id, Invoice.number, Invoice.amount_cents, Invoice.currency,
                       PaymentMethod.gateway_token, PaymentMethod.card_exp_month,
                       PaymentMethod.card_exp_year)
                .join(PaymentMethod, and_(
                    PaymentMethod.customer_id == Invoice.customer_id,
                    PaymentMethod.status == MethodStatus.DEFAULT,
                    PaymentMethod.method == Method.CARD,
                ))
                .where(
                    Invoice.status == InvoiceStatus.DUE,
                    Invoice.collection == Collection.AUTOMATIC,
                    Invoice.debit_on <= today,
                )
                .order_by(Invoice.id)
            ).all()  # fmt: skip
        paid = declined = 0
        for invoice_id, number, amount, currency, token, exp_month, exp_year in rows:
            if rules.card_expired(exp_month, exp_year, today):
                self._card_expired(invoice_id)
                continue
            result = self.gateway.charge(token or "", amount, currency, idempotency_key=number)
            with self.ctx.transaction() as session:
                inv = session.get(Invoice, invoice_id)
                if inv is None or inv.status != InvoiceStatus.DUE:
                    continue  # paid by hand meanwhile
                customer = get_customer(session, inv.customer_id)
                inv.updated_at = self.ctx.now()
                if result.approved:
                    inv.status, inv.paid_on = InvoiceStatus.PAID, today
                    record(session, self.ctx, customer, "card_charged",
                           {"number": number, "amount_cents": amount, "currency": currency},
                           actor_kind="system")  # fmt: skip
                    paid += 1
                else:
                    inv.status = InvoiceStatus.PROBLEM
                    inv.status_reason = result.decline_reason
                    record(session, self.ctx, customer, "card_declined",
                           {"number": number, "failure": f"card {result.decline_reason}"},
                           actor_kind="system")  # fmt: skip
                    declined += 1
                touch(customer, self.ctx)
        return paid, declined

    def _card_expired(self, invoice_id: int) -> None:
        """An expired card is not charged: the method shows as unusable and the customer's
        open invoices are collected offline (the desk offers a new link)."""
        with self.ctx.transaction() as session:
            inv = session.get(Invoice, invoice_id)
            if inv is None:
                return
            method = default_method(session, inv.customer_id)
            if method is not None and method.unusable_reason is None:
                method.unusable_reason = "expired_card"
            customer = get_customer(session, inv.customer_id)
            switch_open_invoices_offline(session, self.ctx, customer)
            touch(customer, self.ctx)

    def _bill_slice(
        self, limit: date, issued: list[InvoiceInfo], slice_seconds: float, chunk: int
    ) -> bool:
        """One short transaction of the run, ``chunk`` subscriptions at a time for about
        ``slice_seconds``; True when nothing was left to bill."""
        started = time.monotonic()
        made: list[InvoiceInfo] = []
        finished = False
        with self.ctx.transaction() as session:
            while True:
                due = session.execute(_DUE, {"limit": limit, "chunk": chunk}).all()
                if not due:
                    finished = True
                    break
                made += self._bill_periods(session, _in_period_order(due, limit))
                if time.monotonic() - started > slice_seconds:
                    break
        issued.extend(made)  # only once committed
        return finished

    def _bill_periods(
        self, session: Session, due: list[tuple[Row[Any], date]]
    ) -> list[InvoiceInfo]:
        """Invoice the next period of each subscription (unless already done) and move each
        on one period: a few statements for the whole batch, whatever its size."""
        ctx = self.ctx
        settings = ctx.settings
        issued_on = ctx.today()
        now = ctx.now()
        session.execute(
            _MOVE_ON,
            [{"sub_id": sub.id, "following": following} for sub, following in due],
        )
        todo = [sub for sub, _f in due if not sub.billed]
        if not todo:
            return []
        # The default methods as this batch leaves them (one may become unusable).
        methods: dict[int, dict[str, Any] | None] = {}
        for sub in todo:
            if sub.customer_id not in methods:
                methods[sub.customer_id] = (
                    None
                    if sub.method_id is None
                    else {
                        "id": sub.method_id,
                        "method": sub.method,
                        "unusable_reason": sub.unusable_reason,
                        "card_exp_month": sub.card_exp_month,
                        "card_exp_year": sub.card_exp_year,
                        "mandate_last_used_on": sub.mandate_last_used_on,
                        "mandate_signed_on": sub.mandate_signed_on,
                        "created_at": sub.created_at,
                    }
                )
        # DOMAIN: numbers follow issue order without gaps; the block is taken in this
        # transaction, so a rollback gives it back.
        first = reserve_counter(session, f"invoice-{issued_on.year}", len(todo))
        invoices: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        unusable_now: dict[int, str] = {}
        for n, sub in enumerate(todo):
            method = methods.get(sub.customer_id)
            collection, unusable = _new_collection(method, issued_on)
            if method is not None and unusable and method["unusable_reason"] != unusable:
                # Shown as such; the desk offers a new link.
                unusable_now[method["id"]] = unusable
                method["unusable_reason"] = unusable
            # DOMAIN: an automatic invoice is debited after the notice period; the invoice
            # says when. (A mandate counts as used when it is debited, not when invoiced.)
            debit_on = (
                issued_on + timedelta(days=settings.debit_notice_days)
                if collection == Collection.AUTOMATIC
                else None
            )
            rate_bp = vat_rate_for(settings, sub.vat_rate_bp)
            net, tax = rules.vat_split(sub.amount_cents, rate_bp)
            number = f"F{issued_on.year}-{first + n:06d}"
            invoices.append(
                {
                    "number": number,
                    "customer_id": sub.customer_id,
                    "subscription_id": sub.id,
                    "period_start": sub.next_billing_on,
                    "label": sub.label,
                    "amount_cents": sub.amount_cents,
                    "currency": sub.currency,
                    "status": InvoiceStatus.DUE,
                    "status_reason": "",
                    "collection": collection,
                    "issued_on": issued_on,
                    "debit_on": debit_on,
                    "due_on": rules.due_date(
                        issued_on,
                        debit_on=debit_on,
                        payment_terms_days=settings.payment_terms_days,
                    ),
                    "vat_rate_bp": rate_bp,
                    "net_cents": net,
                    "tax_cents": tax,
                    "billing_address": dict(
                        zip(_ADDRESS_FIELDS, [v or "" for v in sub[_ADDRESS_SLICE]], strict=True)
                    ),
                    "updated_at": now,
                    "version": 1,
                }
            )
            events.append(
                {
                    "customer_id": sub.customer_id,
                    "at": now,
                    "actor_kind": "system",
                    "actor": "system",
                    "kind": "invoice_issued",
                    "summary": self._issued_summary(
                        number, sub.amount_cents, sub.currency, collection
                    ),
                    "params": {
                        "number": number,
                        "amount_cents": sub.amount_cents,
                        "currency": sub.currency,
                        "collection": collection,
                    },
                }
            )
        ids: dict[str, int] = {
            number: invoice_id for number, invoice_id in session.execute(_ISSUE, invoices)
        }
        session.execute(_RECORD, events)
        if unusable_now:
            session.execute(
                _MARK_UNUSABLE,
                [{"method_id": k, "reason": v} for k, v in unusable_now.items()],
            )
        mark_changed(session)
        if log.isEnabledFor(logging.INFO):
            # Only the event kind and the internal id: no names, emails, IBANs or tokens.
            for sub in todo:
                log.info("invoice_issued customer_id=%s actor_kind=system", sub.customer_id)
        return [
            InvoiceInfo(
                id=ids[row["number"]],
                number=row["number"],
                label=row["label"],
                status=row["status"],
                collection=row["collection"],
                amount_cents=row["amount_cents"],
                currency=row["currency"],
                issued_on=issued_on,
                paid_on=None,
                reason="",
                version=1,
                period_start=row["period_start"],
                debit_on=row["debit_on"],
                vat_rate_bp=row["vat_rate_bp"],
                net_cents=row["net_cents"],
                tax_cents=row["tax_cents"],
                due_on=row["due_on"],
            )
            for row in invoices
        ]

    def _issued_summary(
        self, number: str, amount_cents: int, currency: str, collection: Collection
    ) -> str:
        """The English summary of an issued invoice: formatted once per amount, currency
        and collection (money formatting is slow), then given each number."""
        key = (amount_cents, currency, collection)
        template = self._summaries.get(key)
        if template is None:
            params = {
                "number": _NUMBER_SLOT,
                "amount_cents": amount_cents,
                "currency": currency,
                "collection": collection,
            }
            template = i18n.summary("invoice_issued", params, "en")
            if len(self._summaries) < 10_000:
                self._summaries[key] = template
        return template.replace(_NUMBER_SLOT, number)

    # --- invoices --------------------------------------------------------------------------
    def invoices(self, query: InvoiceQuery | None = None) -> InvoiceList:
        """Every invoice matching the filters, newest first, with the totals of the selection
        (the invoices page; ``limit`` rows at most, the totals over all of them)."""
        q = query or InvoiceQuery()
        today = self.ctx.today()
        grace = self.ctx.settings.overdue_grace_days
        conditions: list[Any] = []
        if q.status:
            if q.status not in {str(x) for x in InvoiceStatus}:
                raise ValidationError("status", "one_of", choices=[str(x) for x in InvoiceStatus])
            conditions.append(Invoice.status == q.status)
        if q.collection:
            conditions.append(Invoice.collection == q.collection)
        if q.overdue:
            conditions += [
                Invoice.status == InvoiceStatus.DUE,
                Invoice.due_on < today - timedelta(days=grace),
            ]
        if q.start is not None:
            conditions.append(Invoice.issued_on >= v.parse_date("from", q.start))
        if q.end is not None:
            conditions.append(Invoice.issued_on <= v.parse_date("to", q.end))
        words = v.normalize_text(v.search_query(q.text)).split()
        for word in words:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conditions.append(
                or_(
                    func.lower(Invoice.number).like(pattern, escape="\\"),
                    Customer.search_text.like(pattern, escape="\\"),
                    func.lower(Invoice.label).like(pattern, escape="\\"),
                )
            )
        with self.ctx.read() as session:
            base = (
                select(Invoice, Customer.reference, Customer.name)
                .join(Customer, Customer.id == Invoice.customer_id)
                .where(*conditions)
            )
            totals = session.execute(
                select(
                    func.count(Invoice.id),
                    func.coalesce(func.sum(Invoice.net_cents), 0),
                    func.coalesce(func.sum(Invoice.tax_cents), 0),
                    func.coalesce(func.sum(Invoice.amount_cents), 0),
                )
                .select_from(Invoice)
                .join(Customer, Customer.id == Invoice.customer_id)
                .where(*conditions)
            ).one()
            rows = session.execute(
                base.order_by(Invoice.issued_on.desc(), Invoice.id.desc()).limit(q.limit)
            ).all()
            ids = [inv.id for inv, _r, _n in rows]
            notes = invoice_credit_notes(session, ids)
            debits = latest_debits(session, ids)
            found = tuple(
                InvoiceRow(
                    invoice=invoice_info(
                        inv, debits.get(inv.id), today=today, grace_days=grace,
                        credit_notes=notes.get(inv.id, ()),
                    ),
                    customer_id=inv.customer_id,
                    customer_reference=reference,
                    customer_name=name,
                )
                for inv, reference, name in rows
            )  # fmt: skip
            count, net, tax, total = totals
            return InvoiceList(found, int(count), int(net), int(tax), int(total))

    def invoice_history(self, number: str) -> list[ActivityItem]:
        """What happened to one invoice, with who and when (from the activity log)."""
        with self.ctx.read() as session:
            inv = self._invoice(session, number)
            events = session.scalars(
                select(ActivityEvent)
                .where(ActivityEvent.customer_id == inv.customer_id)
                .order_by(ActivityEvent.at, ActivityEvent.id)
            ).all()
            return [
                ActivityItem(
                    at=e.at, actor_kind=e.actor_kind, actor=e.actor, kind=e.kind,
                    params=e.params or {},
                )
                for e in events
                if (e.params or {}).get("number") == inv.number
                or inv.number in ((e.params or {}).get("numbers") or ())
            ]  # fmt: skip

    def invoice(self, number: str) -> InvoiceInfo:
        """One invoice whole: VAT, due date, its payments, credit notes and debit."""
        with self.ctx.read() as session:
            inv = self._invoice(session, number)
            return invoice_info(
                inv,
                latest_debits(session, [inv.id]).get(inv.id),
                today=self.ctx.today(),
                grace_days=self.ctx.settings.overdue_grace_days,
                payments=invoice_payments(session, [inv.id]).get(inv.id, ()),
                credit_notes=invoice_credit_notes(session, [inv.id]).get(inv.id, ()),
            )

    def _invoice(self, session: Session, invoice: int | str) -> Invoice:
        if isinstance(invoice, str):
            found = session.scalar(select(Invoice).where(Invoice.number == invoice))
        else:
            found = session.get(Invoice, invoice)
        if found is None:
            raise NotFound("invoice_not_found", key=invoice)
        return found

    def record_payment(
        self,
        invoice: int | str,
        *,
        method: str,
        paid_on: date | str,
        reference: str = "",
        notes: str = "",
    ) -> InvoiceInfo:
        """An offline payment arrived: the invoice becomes ``paid`` ("Honorée")."""
        return self.record_payments(
            [invoice], method=method, paid_on=paid_on, reference=reference, notes=notes
        )[0]

    def record_payments(
        self,
        invoices: Sequence[int | str],
        *,
        method: str,
        paid_on: date | str,
        reference: str = "",
        notes: str = "",
    ) -> list[InvoiceInfo]:
        """One payment (one cheque, one transfer) for one or more due invoices of one
        customer: each becomes paid, and each shows the same payment."""
        kind = v.method(method, v.OFFLINE_PAYMENT_KINDS)
        day = v.not_in_future("date", v.parse_date("date", paid_on), self.ctx.today())
        ref = v.optional("reference", reference, max_length=100)
        note = v.optional("notes", notes, max_length=2000)
        if not invoices:
            raise ValidationError("number", "required")
        key = secrets.token_hex(8) if len(invoices) > 1 else None
        with self.ctx.transaction() as session:
            found = [self._invoice(session, i) for i in invoices]
            if len({inv.customer_id for inv in found}) > 1:
                raise RuleViolation("one_customer_per_payment")
            if len({inv.id for inv in found}) != len(found):
                raise ValidationError("number", "sepa_id_repeated", value=found[0].number)
            customer = get_customer(session, found[0].customer_id)
            paid = []
            for inv in found:
                if inv.status != "due":
                    raise RuleViolation(
                        "record_payment_only_on_due", number=inv.number, status=inv.status
                    )
                release_from_prepared_batch(session, inv, rule="bank_holds_order")
                was_automatic = inv.collection == "automatic"
                inv.status = "paid"
                inv.paid_on = day
                # Recording it by hand cancels any automatic debit still planned.
                inv.collection = "offline"
                inv.updated_at = self.ctx.now()
                session.add(
                    OfflinePayment(
                        invoice_id=inv.id,
                        method=kind,
                        paid_on=day,
                        reference=ref,
                        notes=note,
                        recorded_by=self.ctx.settings.operator,
                        recorded_at=self.ctx.now(),
                        payment_key=key,
                    )
                )
                record(
                    session,
                    self.ctx,
                    customer,
                    "invoice_paid",
                    {
                        "number": inv.number,
                        "method": kind,
                        "date_iso": day.isoformat(),
                        "debit_cancelled": was_automatic,
                    },
                )
                paid.append(inv)
            touch(customer, self.ctx)
            session.flush()
            return [invoice_info(inv) for inv in paid]

    def void(self, invoice: int | str, *, reason: str) -> CreditNoteInfo:
        """Cancel a due invoice: it stays in the books, and a credit note cancels it."""
        return self._credit(invoice, reason, "due", "void", "void_only_due", "invoice_voided")

    def refund(self, invoice: int | str, *, reason: str) -> CreditNoteInfo:
        """Full refund of a paid invoice, by a credit note for the full amount."""
        return self._credit(
            invoice, reason, "paid", "refunded", "refund_only_paid", "invoice_refunded"
        )

    def _credit(
        self, invoice: int | str, reason: str, required: str, new: str, rule: str, kind: str
    ) -> CreditNoteInfo:
        why = v.required("reason", reason, max_length=500)
        with self.ctx.transaction() as session:
            inv = self._invoice(session, invoice)
            if inv.status != required:
                raise RuleViolation(rule, number=inv.number, status=inv.status)
            if inv.status == InvoiceStatus.DUE:
                release_from_prepared_batch(session, inv, rule="bank_holds_order")
            today = self.ctx.today()
            seq = next_counter(session, f"credit-{today.year}")
            note = CreditNote(
                number=f"AV{today.year}-{seq:06d}",
                invoice_id=inv.id,
                customer_id=inv.customer_id,
                kind="void" if new == "void" else "refund",
                amount_cents=inv.amount_cents,
                net_cents=inv.net_cents,
                tax_cents=inv.tax_cents,
                vat_rate_bp=inv.vat_rate_bp,
                currency=inv.currency,
                issued_on=today,
                reason=why,
                created_by=self.ctx.settings.operator,
                created_at=self.ctx.now(),
            )
            session.add(note)
            inv.status = new
            inv.status_reason = why
            inv.updated_at = self.ctx.now()
            customer = get_customer(session, inv.customer_id)
            touch(customer, self.ctx)
            record(
                session,
                self.ctx,
                customer,
                kind,
                {"number": inv.number, "reason": why, "credit_note": note.number},
            )
            session.flush()
            return credit_note_info(note, inv.number)

    def mark_problem(self, invoice: int | str, *, reason: str) -> InvoiceInfo:
        """An unpaid or disputed invoice (e.g. a debit bounced)."""
        return self._settle(
            invoice, reason, "due", "problem", "problem_only_due", "invoice_problem"
        )

    def _settle(
        self, invoice: int | str, reason: str, required: str, new: str, rule: str, kind: str
    ) -> InvoiceInfo:
        """Move an invoice from ``required`` to ``new`` status, with a reason, in one transaction."""
        why = v.required("reason", reason, max_length=500)
        with self.ctx.transaction() as session:
            inv = self._invoice(session, invoice)
            if inv.status != required:
                raise RuleViolation(rule, number=inv.number, status=inv.status)
            if inv.status == InvoiceStatus.DUE:
                release_from_prepared_batch(session, inv, rule="bank_holds_order")
            inv.status = new
            inv.status_reason = why
            inv.updated_at = self.ctx.now()
            customer = get_customer(session, inv.customer_id)
            touch(customer, self.ctx)
            record(session, self.ctx, customer, kind, {"number": inv.number, "reason": why})
            session.flush()
            return invoice_info(inv)
