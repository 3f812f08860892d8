"""Invoices and credit notes for the accountant: CSV (ISO dates, header row) or XLSX."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from core import validation as v
from core.errors import ValidationError
from core.models import CreditNote, Customer, Invoice
from core.services.context import ServiceContext

COLUMNS = (
    "document", "number", "invoice", "issued_on", "due_on", "customer_reference",
    "customer_name", "label", "status", "collection", "vat_rate", "net_cents", "tax_cents",
    "amount_cents", "currency", "paid_on",
)  # fmt: skip


@dataclass(frozen=True)
class ExportRow:
    document: str  # invoice | credit_note
    number: str
    invoice: str
    issued_on: date
    due_on: date | None
    customer_reference: str
    customer_name: str
    label: str
    status: str
    collection: str
    vat_rate: float
    net_cents: int
    tax_cents: int
    amount_cents: int
    currency: str
    paid_on: date | None


def export_rows(ctx: ServiceContext, start: date | str, end: date | str) -> list[ExportRow]:
    """Every invoice and credit note issued from ``start`` to ``end``, in number order.
    A credit note's amounts are negative, so a column sums to what is owed."""
    first, last = v.parse_date("from", start), v.parse_date("to", end)
    if last < first:
        raise ValidationError("to", "before_from", start=first)
    with ctx.read() as session:
        invoices = session.execute(
            select(Invoice, Customer.reference, Customer.name)
            .join(Customer, Customer.id == Invoice.customer_id)
            .where(Invoice.issued_on >= first, Invoice.issued_on <= last)
            .order_by(Invoice.number)
        ).all()
        notes = session.execute(
            select(CreditNote, Invoice, Customer.reference, Customer.name)
            .join(Invoice, Invoice.id == CreditNote.invoice_id)
            .join(Customer, Customer.id == CreditNote.customer_id)
            .where(CreditNote.issued_on >= first, CreditNote.issued_on <= last)
            .order_by(CreditNote.number)
        ).all()
    rows = [
        ExportRow("invoice", inv.number, inv.number, inv.issued_on, inv.due_on, ref, name,
                  inv.label, inv.status, inv.collection, inv.vat_rate_bp / 100, inv.net_cents,
                  inv.tax_cents, inv.amount_cents, inv.currency, inv.paid_on)
        for inv, ref, name in invoices
    ]  # fmt: skip
    rows += [
        ExportRow("credit_note", note.number, inv.number, note.issued_on, None, ref, name,
                  inv.label, note.kind, "", note.vat_rate_bp / 100, -note.net_cents,
                  -note.tax_cents, -note.amount_cents, note.currency, None)
        for note, inv, ref, name in notes
    ]  # fmt: skip
    return rows


def write_export(rows: list[ExportRow], output: str | Path) -> None:
    """By the file's suffix: .csv or .xlsx; never over an existing file."""
    path = Path(output)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError("output", "one_of", choices=[".csv", ".xlsx"])
    data = _csv(rows) if suffix == ".csv" else _xlsx(rows)
    try:
        with path.open("xb") as f:
            f.write(data)
    except FileExistsError:
        raise ValidationError("output", "file_exists", path=str(path)) from None
    except OSError as exc:
        raise ValidationError("output", "cannot_write", path=str(path), why=exc.strerror) from None


def _values(row: ExportRow) -> list[object]:
    return [getattr(row, c) for c in COLUMNS]


def _csv(rows: list[ExportRow]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(
            [
                x.isoformat() if isinstance(x, date) else ("" if x is None else x)
                for x in _values(row)
            ]
        )
    return buffer.getvalue().encode("utf-8")


def _xlsx(rows: list[ExportRow]) -> bytes:
    from openpyxl import Workbook  # only the export needs it

    book = Workbook()
    sheet = book.active
    sheet.title = "invoices"
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append(_values(row))
    for cell in sheet[1]:
        cell.style = "Headline 4"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
