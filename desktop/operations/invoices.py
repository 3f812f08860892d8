"""Invoice operations on the open record: record an offline payment, void, refund."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.bootstrap import Services
from core.dto import CreditNoteInfo, InvoiceInfo
from desktop.operations import Change, ChangeKind, Write

if TYPE_CHECKING:
    from desktop.offline_payment_dialog import OfflinePayment


def record_payment(
    services: Services, customer_id: int, invoice_id: int, payment: OfflinePayment
) -> Write[InvoiceInfo]:
    def job() -> InvoiceInfo:
        return services.billing.record_payment(
            invoice_id,
            method=payment.method,
            paid_on=payment.paid_on,
            reference=payment.reference,
            notes=payment.notes,
        )

    return Write(job, lambda _invoice: Change(ChangeKind.UPDATED, customer_id))


def void(
    services: Services, customer_id: int, invoice_id: int, reason: str
) -> Write[CreditNoteInfo]:
    return Write(
        lambda: services.billing.void(invoice_id, reason=reason),
        lambda _invoice: Change(ChangeKind.UPDATED, customer_id),
    )


def refund(
    services: Services, customer_id: int, invoice_id: int, reason: str
) -> Write[CreditNoteInfo]:
    return Write(
        lambda: services.billing.refund(invoice_id, reason=reason),
        lambda _invoice: Change(ChangeKind.UPDATED, customer_id),
    )
