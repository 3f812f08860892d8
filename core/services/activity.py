"""Recent activity (what happened) and upcoming activity (what falls due soon)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from core import rules
from core.codes import InvoiceStatus, Method
from core.dto import ActivityItem, UpcomingItem
from core.models import ActivityEvent, Invoice, PaymentLink, PaymentMethod, Subscription
from core.services.context import ServiceContext, get_customer
from core.services.payments import default_method_code
from core.services.views import live_link_filter, mandate_lapses_on
from core.validation import AUTOMATIC_METHODS

# A lapsing mandate must be seen early enough to act on it, so it is shown this long ahead.
MANDATE_WARNING_DAYS = 30
CARD_WARNING_DAYS = 30


class ActivityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def recent(self, customer_id: int | str, *, limit: int = 50) -> list[ActivityItem]:
        with self.ctx.read() as session:
            customer = get_customer(session, customer_id)
            events = session.scalars(
                select(ActivityEvent)
                .where(ActivityEvent.customer_id == customer.id)
                .order_by(ActivityEvent.at.desc(), ActivityEvent.id.desc())
                .limit(limit)
            )
            return [
                ActivityItem(
                    at=e.at,
                    actor_kind=e.actor_kind,
                    actor=e.actor,
                    kind=e.kind,
                    params=e.params or {},
                )
                for e in events
            ]

    def upcoming(self, customer_id: int | str, *, hours: int | None = None) -> list[UpcomingItem]:
        now = self.ctx.now()
        horizon = now + timedelta(hours=hours or self.ctx.settings.upcoming_hours)
        items: list[UpcomingItem] = []
        with self.ctx.read() as session:
            customer = get_customer(session, customer_id)
            method = default_method_code(session, customer.id)
            pm = session.scalar(
                select(PaymentMethod).where(
                    PaymentMethod.customer_id == customer.id, PaymentMethod.status == "default"
                )
            )
            usable = pm is not None and pm.unusable_reason is None
            collection = "automatic" if method in AUTOMATIC_METHODS and usable else "offline"
            subs = session.scalars(
                select(Subscription).where(
                    Subscription.customer_id == customer.id,
                    Subscription.status == "active",
                    Subscription.next_billing_on <= horizon.date(),
                )
            )
            for sub in subs:
                items.append(
                    UpcomingItem(
                        at=datetime.combine(sub.next_billing_on, time()),
                        kind="invoice",
                        params={
                            "label": sub.label,
                            "amount_cents": sub.amount_cents,
                            "currency": sub.currency,
                            "collection": collection,
                        },
                    )
                )
                if method is None:
                    items.append(
                        UpcomingItem(
                            at=datetime.combine(sub.next_billing_on, time()), kind="no_method"
                        )
                    )
            links = session.scalars(
                select(PaymentLink).where(
                    PaymentLink.customer_id == customer.id,
                    live_link_filter(now),
                    PaymentLink.expires_at <= horizon,
                )
            )
            for link in links:
                items.append(
                    UpcomingItem(
                        at=link.expires_at, kind="link_expiry", params={"method": link.method}
                    )
                )
            today = self.ctx.today()
            if pm is not None and pm.method == Method.CARD and pm.card_exp_year:
                # DOMAIN: a card that expires within 30 days shows; an expired one too.
                last_day = rules.add_months(date(pm.card_exp_year, pm.card_exp_month or 12, 1), 1)
                if last_day <= today + timedelta(days=CARD_WARNING_DAYS):
                    items.append(
                        UpcomingItem(
                            at=now,
                            kind="card_expired" if last_day <= today else "card_expiry",
                            params={"brand": pm.card_brand, "last4": pm.card_last4},
                        )
                    )
            # Something to do: an unpaid invoice, and the debits about to be taken.
            for inv in session.scalars(
                select(Invoice).where(
                    Invoice.customer_id == customer.id,
                    Invoice.status.in_((InvoiceStatus.PROBLEM, InvoiceStatus.DUE)),
                )
            ):
                if inv.status == InvoiceStatus.PROBLEM:
                    items.append(
                        UpcomingItem(
                            at=now,
                            kind="invoice_rejected" if inv.reason_code else "invoice_problem",
                            params={
                                "number": inv.number,
                                "code": inv.reason_code or "",
                                "amount_cents": inv.amount_cents,
                                "currency": inv.currency,
                            },
                        )  # fmt: skip
                    )
                elif rules.is_overdue(
                    inv.status, inv.due_on, today, self.ctx.settings.overdue_grace_days
                ):
                    items.append(
                        UpcomingItem(
                            at=now,
                            kind="invoice_overdue",
                            params={
                                "number": inv.number,
                                "amount_cents": inv.amount_cents,
                                "currency": inv.currency,
                                "date_iso": inv.due_on.isoformat() if inv.due_on else "",
                            },
                        )  # fmt: skip
                    )
                elif (
                    inv.collection == "automatic"
                    and inv.debit_on is not None
                    and pm is not None
                    and pm.unusable_reason is None
                ):
                    if inv.debit_on <= horizon.date():
                        items.append(
                            UpcomingItem(
                                at=datetime.combine(inv.debit_on, time()),
                                kind="debit_due",
                                params={
                                    "number": inv.number,
                                    "amount_cents": inv.amount_cents,
                                    "currency": inv.currency,
                                },
                            )  # fmt: skip
                        )
            if pm is not None and pm.method == Method.SEPA_DEBIT and pm.mandate_signed_on:
                lapse = mandate_lapses_on(pm)
                if lapse <= max(
                    horizon.date(), (now + timedelta(days=MANDATE_WARNING_DAYS)).date()
                ):
                    items.append(
                        UpcomingItem(
                            at=datetime.combine(lapse, time()),
                            kind="mandate_lapse",
                            params={"rum": pm.mandate_reference},
                        )
                    )
        items.sort(key=lambda item: item.at)
        return items
