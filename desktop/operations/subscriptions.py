"""Subscription operations on the open record: add, change the price, suspend, resume, terminate."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from core.bootstrap import Services
from desktop.operations import Change, ChangeKind, Write

if TYPE_CHECKING:
    from core.dto import SubscriptionInfo


def add(
    services: Services,
    customer_id: int,
    *,
    label: str,
    amount_cents: int,
    period: str,
    start: date,
    vat_rate: str | None,
) -> Write[SubscriptionInfo]:
    return Write(
        lambda: services.billing.add_subscription(
            customer_id,
            label=label,
            amount_cents=amount_cents,
            period=period,
            start=start,
            vat_rate=vat_rate,
        ),
        lambda _sub: Change(ChangeKind.UPDATED, customer_id),
    )


def change_price(
    services: Services, customer_id: int, subscription_id: int, amount_cents: int
) -> Write[SubscriptionInfo]:
    return Write(
        lambda: services.billing.change_subscription(subscription_id, amount_cents=amount_cents),
        lambda _sub: Change(ChangeKind.UPDATED, customer_id),
    )


def suspend(services: Services, customer_id: int, subscription_id: int) -> Write[SubscriptionInfo]:
    return Write(
        lambda: services.billing.suspend_subscription(subscription_id),
        lambda _sub: Change(ChangeKind.UPDATED, customer_id),
    )


def resume(services: Services, customer_id: int, subscription_id: int) -> Write[SubscriptionInfo]:
    return Write(
        lambda: services.billing.resume_subscription(subscription_id),
        lambda _sub: Change(ChangeKind.UPDATED, customer_id),
    )


def terminate(
    services: Services, customer_id: int, subscription_id: int, on: date
) -> Write[SubscriptionInfo]:
    return Write(
        lambda: services.billing.terminate_subscription(subscription_id, on=on),
        lambda _sub: Change(ChangeKind.UPDATED, customer_id),
    )
