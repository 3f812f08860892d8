"""Customer operations: open a record, save or create one, delete, anonymise, and the edit dialog's reads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.bootstrap import Services
from desktop.operations import Change, ChangeKind, Read, Write

if TYPE_CHECKING:
    from core.dto import ActivityItem, ChangeImpact, CustomerDetail, SaveResult, UpcomingItem
    from desktop.customer_edit_dialog import CustomerForm


@dataclass(frozen=True)
class Record:
    """One customer as the record pane shows them."""

    detail: CustomerDetail
    recent: list[ActivityItem]
    upcoming: list[UpcomingItem]


def open_record(services: Services, customer_id: int) -> Read[Record]:
    def job() -> Record:
        return Record(
            detail=services.customers.get(customer_id),
            recent=services.activity.recent(customer_id),
            upcoming=services.activity.upcoming(customer_id),
        )

    return Read(job)


def reload(services: Services, customer_id: int) -> Read[CustomerDetail]:
    """The record as saved now (the edit dialog, after someone else saved it first)."""
    return Read(lambda: services.customers.get(customer_id))


def preview_change(services: Services, customer_id: int, method: str) -> Read[ChangeImpact]:
    return Read(lambda: services.payments.preview_change(customer_id, method))


def save(services: Services, customer_id: int | None, form: CustomerForm) -> Write[SaveResult]:
    """The edit dialog's Save; ``customer_id`` None creates the customer."""

    def job() -> SaveResult:
        return services.customers.save(
            customer_id,
            form.data,
            expected_version=form.expected_version,
            payment_method=form.payment_method,
            allow_duplicate_email=form.allow_duplicate_email,
        )

    def changed(result: SaveResult) -> Change:
        kind = ChangeKind.CREATED if customer_id is None else ChangeKind.UPDATED
        return Change(kind, result.customer.id)

    return Write(job, changed)


def delete(services: Services, customer_id: int) -> Write[str]:
    """Returns the deleted customer's reference."""
    return Write(
        lambda: services.customers.delete(customer_id),
        lambda _reference: Change(ChangeKind.DELETED, customer_id),
    )


def anonymise(services: Services, customer_id: int) -> Write[CustomerDetail]:
    return Write(
        lambda: services.customers.anonymize(customer_id),
        lambda _detail: Change(ChangeKind.ANONYMISED, customer_id),
    )
