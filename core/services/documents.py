"""Invoices and credit notes as Factur-X PDF, and payment-link letters.

Each document is gathered from the database in one read, checked for the business
settings its legal mentions need, then drawn; nothing is written to the database except
the new link of a letter (its own transaction, made only once the letter can be drawn).
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import rules
from core.config import Settings
from core.documents.model import InvoiceDocument, LetterDocument, Line, Party, Payment
from core.dto import NewLink
from core.errors import NotFound, ValidationError
from core.files import check_writable, write_atomically
from core.models import CreditNote, Customer, Invoice, Subscription
from core.services.context import ServiceContext, get_customer
from core.services.payments import PaymentService
from core.services.views import default_method

_POSTAL_CITY = re.compile(r"^(\d{4,5}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\s+(.+)$")
_ENV = {
    "business_address": "BUSINESS_ADDRESS",
    "business_siret": "BUSINESS_SIRET",
    "business_vat_number": "BUSINESS_VAT_NUMBER",
}


def seller_party(settings: Settings, *, document: str) -> Party:
    """The business as its documents show it; a setting a legal mention needs must be set."""
    needed = ["business_address", "business_siret"]
    if document == "invoice" and not settings.vat_exempt:
        needed.append("business_vat_number")
    for key in needed:
        if not getattr(settings, key).strip():
            raise ValidationError(key, f"setting_needed_{document}", key=key, env=_ENV[key])
    lines = [ln.strip() for ln in settings.business_address.splitlines() if ln.strip()]
    postal = city = ""
    if lines and (found := _POSTAL_CITY.match(lines[-1])):
        postal, city = found.group(1), found.group(2)
        lines = lines[:-1]
    return Party(
        name=settings.business_name,
        address_lines=tuple(lines),
        postal_code=postal,
        city=city,
        country="FR",
        siret=settings.business_siret,
        vat_number=settings.business_vat_number,
        email=settings.business_email,
        phone=settings.business_phone,
    )


def buyer_party(address: dict[str, str], customer: Customer) -> Party:
    """The customer as on the invoice's address snapshot (or the record, for a letter)."""

    def get(key: str) -> str:
        return str(address.get(key) or getattr(customer, key, "") or "")

    return Party(
        name=get("name") or customer.name,
        company=get("company"),
        address_lines=tuple(x for x in (get("address_line1"), get("address_line2")) if x),
        postal_code=get("postal_code"),
        city=get("city"),
        region=get("region"),
        country=get("country") or "FR",
        vat_number=get("vat_number"),
    )


class DocumentService:
    def __init__(self, ctx: ServiceContext, payments: PaymentService) -> None:
        self.ctx = ctx
        self.payments = payments

    # --- invoices and credit notes --------------------------------------------------------
    def invoice_document(self, number: str) -> InvoiceDocument:
        number = number.strip()
        settings = self.ctx.settings
        seller = seller_party(settings, document="invoice")
        with self.ctx.read() as session:
            if number.upper().startswith("AV"):
                note = session.scalar(select(CreditNote).where(CreditNote.number == number))
                if note is None:
                    raise NotFound("invoice_not_found", key=number)
                return self._credit_note(session, note, seller)
            invoice = session.scalar(select(Invoice).where(Invoice.number == number))
            if invoice is None:
                raise NotFound("invoice_not_found", key=number)
            return self._invoice(session, invoice, seller)

    def invoice_pdf(self, number: str) -> bytes:
        from core.documents.facturx_xml import build_xml
        from core.documents.pdf import invoice_pdf

        doc = self.invoice_document(number)
        return embed_facturx(invoice_pdf(doc), build_xml(doc), doc)

    def write_invoice_pdf(self, number: str, output: str | Path) -> Path:
        check_writable(output)
        return write_atomically(output, self.invoice_pdf(number))

    def _line(self, session: Session, inv: Invoice, net: int) -> Line:
        end = None
        if inv.subscription_id and inv.period_start:
            sub = session.get(Subscription, inv.subscription_id)
            if sub is not None:
                end = rules.next_billing_date(inv.period_start, sub.period,
                                              sub.start_on.day) - timedelta(days=1)  # fmt: skip
        return Line(label=inv.label, net_cents=net, vat_rate_bp=inv.vat_rate_bp,
                    period_start=inv.period_start, period_end=end)  # fmt: skip

    def _invoice(self, session: Session, inv: Invoice, seller: Party) -> InvoiceDocument:
        settings = self.ctx.settings
        customer = session.get(Customer, inv.customer_id)
        assert customer is not None
        method = default_method(session, customer.id)
        automatic = inv.collection == "automatic"
        payment = Payment(
            method=method.method if method is not None else None,
            automatic=automatic,
            debit_on=inv.debit_on,
            mandate_reference=(method.mandate_reference or "") if method is not None else "",
            creditor_id=(
                (method.creditor_id if method is not None else None) or settings.creditor_id
            ),  # fmt: skip
            creditor_iban=settings.creditor_iban,
            creditor_bic=settings.creditor_bic,
        )
        paid = inv.amount_cents if inv.status in ("paid", "refunded") else 0
        return InvoiceDocument(
            kind="invoice",
            number=inv.number,
            language=customer.language or "fr",
            issued_on=inv.issued_on,
            currency=inv.currency,
            seller=seller,
            buyer=buyer_party(inv.billing_address or {}, customer),
            customer_reference=customer.reference,
            lines=(self._line(session, inv, inv.net_cents),),
            net_cents=inv.net_cents,
            tax_cents=inv.tax_cents,
            total_cents=inv.amount_cents,
            vat_rate_bp=inv.vat_rate_bp,
            vat_exempt=settings.vat_exempt and inv.vat_rate_bp == 0,
            payment=payment,
            due_on=inv.due_on,
            paid_cents=paid,
            paid_on=inv.paid_on,
            payment_terms_days=settings.payment_terms_days,
            status=inv.status,
        )

    def _credit_note(self, session: Session, note: CreditNote, seller: Party) -> InvoiceDocument:
        settings = self.ctx.settings
        inv = session.get(Invoice, note.invoice_id)
        customer = session.get(Customer, note.customer_id)
        assert inv is not None and customer is not None
        return InvoiceDocument(
            kind="credit_note",
            number=note.number,
            language=customer.language or "fr",
            issued_on=note.issued_on,
            currency=note.currency,
            seller=seller,
            buyer=buyer_party(inv.billing_address or {}, customer),
            customer_reference=customer.reference,
            lines=(self._line(session, inv, note.net_cents),),
            net_cents=note.net_cents,
            tax_cents=note.tax_cents,
            total_cents=note.amount_cents,
            vat_rate_bp=note.vat_rate_bp,
            vat_exempt=settings.vat_exempt and note.vat_rate_bp == 0,
            payment=Payment(method=None, automatic=False),
            payment_terms_days=settings.payment_terms_days,
            preceding_number=inv.number,
            preceding_issued_on=inv.issued_on,
            reason=note.reason,
            status="issued",
        )

    # --- the payment letter ------------------------------------------------------------------
    def letter(self, customer_id: int | str, method: str) -> tuple[NewLink, bytes]:
        """A new link (as ``link create``) written into a one-page letter."""
        seller_party(self.ctx.settings, document="letter")  # before a link is made for nothing
        link = self.payments.create_link(customer_id, method)
        return link, self.letter_for(link)

    def letter_for(self, link: NewLink) -> bytes:
        """The letter of a link just made (its URL exists only in ``link``)."""
        from core.documents.pdf import letter_pdf

        seller = seller_party(self.ctx.settings, document="letter")
        with self.ctx.read() as session:
            buyer = buyer_party({}, get_customer(session, link.customer_reference))
        return letter_pdf(
            LetterDocument(
                language=link.customer_language or "fr",
                seller=seller,
                buyer=buyer,
                url=link.url,
                method=link.method,
                expires_at=link.expires_at,
                written_on=self.ctx.today(),
            )
        )

    def write_letter(self, customer_id: int | str, method: str, output: str | Path) -> NewLink:
        check_writable(output)
        link, data = self.letter(customer_id, method)
        write_atomically(output, data)
        return link


def embed_facturx(pdf: bytes, xml: bytes, doc: InvoiceDocument) -> bytes:
    """The PDF/A-3 with its Factur-X XML attached (XSD already checked when built)."""
    from facturx import generate_from_binary

    metadata = {
        "author": doc.seller.name,
        "keywords": "Factur-X",
        "title": f"{doc.seller.name}: {doc.number}",
        "subject": doc.number,
    }
    return bytes(
        generate_from_binary(
            pdf,
            xml,
            flavor="factur-x",
            level="en16931",
            check_xsd=False,
            pdf_metadata=metadata,
            lang="fr-FR" if doc.language == "fr" else "en-GB",
        )  # fmt: skip
    )
