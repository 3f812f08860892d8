"""Invoice operations: offline payments, credit notes, one invoice whole, the invoices page and its export."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from core.bootstrap import Services
from core.errors import ValidationError
from desktop.operations import Change, ChangeKind, Read, Write

if TYPE_CHECKING:
    from core.dto import (
        ActivityItem,
        CreditNoteInfo,
        InvoiceInfo,
        InvoiceList,
        InvoiceQuery,
        InvoiceRow,
    )
    from desktop.offline_payment_dialog import OfflinePayment

# The accountant's columns: codes and ISO dates, as the command line's export writes them.
EXPORT_COLUMNS = (
    "number", "issued_on", "due_on", "customer_reference", "customer_name", "label", "status",
    "overdue", "collection", "vat_rate", "net_cents", "tax_cents", "amount_cents", "currency",
    "paid_on", "credit_notes",
)  # fmt: skip
# Every row of the selection goes into the export, not only the rows the page shows.
EXPORT_LIMIT = 10_000_000


@dataclass(frozen=True)
class InvoiceDetails:
    """One invoice whole, what happened to it, and whose it is (the invoice dialog)."""

    invoice: InvoiceInfo
    history: tuple[ActivityItem, ...]


def move_to_debit(services: Services, customer_id: int, numbers: list[str]) -> Write[list[str]]:
    """A signed mandate takes over these open offline invoices; returns the numbers moved."""
    return Write(
        lambda: services.payments.move_invoices_to_debit(customer_id, numbers),
        lambda _moved: Change(ChangeKind.UPDATED, customer_id),
    )


def record_payment(
    services: Services, customer_id: int, invoice_id: int, payment: OfflinePayment
) -> Write[list[InvoiceInfo]]:
    return record_payments(services, customer_id, [invoice_id], payment)


def record_payments(
    services: Services, customer_id: int, invoice_ids: list[int], payment: OfflinePayment
) -> Write[list[InvoiceInfo]]:
    """One payment (one cheque, one transfer) for one or more due invoices of one customer."""

    def job() -> list[InvoiceInfo]:
        return services.billing.record_payments(
            list(invoice_ids),
            method=payment.method,
            paid_on=payment.paid_on,
            reference=payment.reference,
            notes=payment.notes,
        )

    return Write(job, lambda _invoices: Change(ChangeKind.UPDATED, customer_id))


def void(
    services: Services, customer_id: int, invoice_id: int, reason: str
) -> Write[CreditNoteInfo]:
    return Write(
        lambda: services.billing.void(invoice_id, reason=reason),
        lambda _note: Change(ChangeKind.UPDATED, customer_id),
    )


def refund(
    services: Services, customer_id: int, invoice_id: int, reason: str
) -> Write[CreditNoteInfo]:
    return Write(
        lambda: services.billing.refund(invoice_id, reason=reason),
        lambda _note: Change(ChangeKind.UPDATED, customer_id),
    )


def details(services: Services, number: str) -> Read[InvoiceDetails]:
    def job() -> InvoiceDetails:
        invoice = services.billing.invoice(number)
        return InvoiceDetails(invoice, tuple(services.billing.invoice_history(number)))

    return Read(job)


def pdf(services: Services, number: str) -> Read[bytes]:
    """The invoice or credit note as its Factur-X PDF (the same file as ``invoice pdf``)."""
    return Read(lambda: services.documents.invoice_pdf(number))


def invoice_list(services: Services, query: InvoiceQuery) -> Read[InvoiceList]:
    return Read(lambda: services.billing.invoices(query))


def export(services: Services, query: InvoiceQuery, path: str) -> Read[int]:
    """Writes every invoice of the selection to ``path`` (.csv or .xlsx); returns how many."""

    def job() -> int:
        rows = services.billing.invoices(replace(query, limit=EXPORT_LIMIT)).rows
        write_rows(rows, path)
        return len(rows)

    return Read(job)


def _values(row: InvoiceRow) -> list[object]:
    inv = row.invoice
    return [
        inv.number, inv.issued_on, inv.due_on, row.customer_reference, row.customer_name,
        inv.label, inv.status, inv.overdue, inv.collection, inv.vat_rate_bp / 100,
        inv.net_cents, inv.tax_cents, inv.amount_cents, inv.currency, inv.paid_on,
        " ".join(note.number for note in inv.credit_notes),
    ]  # fmt: skip


def write_rows(rows: tuple[InvoiceRow, ...] | list[InvoiceRow], path: str) -> None:
    """By the file's suffix: CSV (header row, ISO dates) or XLSX; the save dialog asked
    before replacing a file."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError("output", "one_of", choices=[".csv", ".xlsx"])
    if suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(EXPORT_COLUMNS)
        for row in rows:
            writer.writerow(
                [
                    x.isoformat() if isinstance(x, date) else ("" if x is None else x)
                    for x in _values(row)
                ]
            )
        data = buffer.getvalue().encode("utf-8")
    else:
        from openpyxl import Workbook  # only the export needs it

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "invoices"
        sheet.append(list(EXPORT_COLUMNS))
        for row in rows:
            sheet.append(_values(row))
        for cell in sheet[1]:
            cell.style = "Headline 4"
        out = io.BytesIO()
        book.save(out)
        data = out.getvalue()
    try:
        with open(path, "wb") as f:
            f.write(data)
    except OSError as exc:
        raise ValidationError("output", "cannot_write", path=path, why=exc.strerror) from None
