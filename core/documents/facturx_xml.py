"""The EN 16931 (Factur-X) XML of an invoice or a credit note, built by the factur-x library.

The library writes the Cross Industry Invoice from a dictionary keyed by the EN 16931
business terms (BT-…, BG-…) and checks it against the Factur-X XSD; the same library
later embeds it into the PDF and makes that a PDF/A-3.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from core.documents.model import InvoiceDocument, Party

# UNTDID 1001: 380 commercial invoice, 381 credit note.
TYPE_CODES = {"invoice": "380", "credit_note": "381"}
# UNTDID 4461 payment means.
_MEANS = {
    "sepa_debit": "59",  # SEPA direct debit
    "card": "48",  # bank card
    "bank_transfer": "58",  # SEPA credit transfer
    "cheque": "20",
    "cash": "10",
}
_VAT_EXEMPT_TEXT = "TVA non applicable, art. 293 B du CGI"


def _amount(cents: int) -> str:
    return str(Decimal(cents).scaleb(-2).quantize(Decimal("0.01")))


def _rate(bp: int) -> str:
    return str(Decimal(bp).scaleb(-2).quantize(Decimal("0.01")))


def _party(party: Party, *, seller: bool) -> dict[str, Any]:
    found: dict[str, Any] = {
        "name": party.company or party.name,
        "country_code": party.country or "FR",
    }
    lines = list(party.address_lines)
    for key, value in zip(("addr_l1", "addr_l2", "addr_l3"), lines, strict=False):
        found[key] = value
    if party.postal_code:
        found["postcode"] = party.postal_code
    if party.city:
        found["city"] = party.city
    if party.vat_number:
        found["vat_identifier"] = party.vat_number
    if seller and party.siret:
        # ISO 6523 0002: the SIREN identifies a French company (the legal registration).
        found["legal_identifier"] = party.siret.replace(" ", "")[:9]
        found["legal_identifier_schemeid"] = "0002"
    if party.email:
        found["einvoicing_addr"] = party.email
        found["einvoicing_addr_schemeid"] = "EM"
    return found


def data_dict(doc: InvoiceDocument) -> dict[str, Any]:
    category = "E" if doc.vat_exempt else ("S" if doc.vat_rate_bp else "Z")
    lines = []
    for i, line in enumerate(doc.lines, start=1):
        item: dict[str, Any] = {
            "BT-126": str(i),
            "BT-129": "1",
            "BT-130": "C62",  # one (unit)
            "BT-131": _amount(line.net_cents),
            "BT-146": _amount(line.net_cents),
            "BT-151": category,
            "BT-152": _rate(line.vat_rate_bp),
            "BT-153": line.label or doc.number,
        }
        if line.period_start:
            item["BT-134"] = line.period_start
        if line.period_end:
            item["BT-135"] = line.period_end
        lines.append(item)
    breakdown: dict[str, Any] = {
        "BT-116": _amount(doc.net_cents),
        "BT-117": _amount(doc.tax_cents),
        "BT-118": category,
        "BT-119": _rate(doc.vat_rate_bp),
    }
    if doc.vat_exempt:
        breakdown["BT-120"] = _VAT_EXEMPT_TEXT
        breakdown["BT-121"] = "VATEX-FR-FRANCHISE"
    found: dict[str, Any] = {
        "BT-1": doc.number,
        "BT-2": doc.issued_on,
        "BT-3": TYPE_CODES[doc.kind],
        "BT-5": doc.currency,
        "BT-10": doc.customer_reference,
        "BT-24": "urn:cen.eu:en16931:2017",
        "BG-4": _party(doc.seller, seller=True),
        "BG-7": _party(doc.buyer, seller=False),
        "BG-23": [breakdown],
        "BG-25": lines,
        "BT-106": _amount(doc.net_cents),
        "BT-109": _amount(doc.net_cents),
        "BT-110": _amount(doc.tax_cents),
        "BT-112": _amount(doc.total_cents),
        "BT-113": _amount(min(doc.paid_cents, doc.total_cents)),
        "BT-115": _amount(doc.due_cents),
    }
    period_starts = [ln.period_start for ln in doc.lines if ln.period_start]
    period_ends = [ln.period_end for ln in doc.lines if ln.period_end]
    if period_starts and period_ends:
        found["BT-73"] = min(period_starts)
        found["BT-74"] = max(period_ends)
    # The service is delivered from the start of the period billed (the XSD also wants the
    # delivery block not to be empty).
    found["BT-72"] = min(period_starts) if period_starts else doc.issued_on
    if doc.due_on:
        found["BT-9"] = doc.due_on
    notes = []
    if doc.seller.is_business or doc.buyer.is_business:
        notes.append(
            {
                "BT-21": "PMT",
                "BT-22": "Indemnité forfaitaire pour frais de recouvrement : 40 €",
            }
        )
        notes.append(
            {"BT-21": "PMD", "BT-22": "Pénalités de retard : trois fois le taux d'intérêt légal"}
        )
    notes.append({"BT-21": "AAB", "BT-22": "Pas d'escompte pour paiement anticipé"})
    found["BG-1"] = notes
    found["BT-20"] = f"{doc.payment_terms_days} jours"
    pay = doc.payment
    if doc.kind == "invoice":
        means = _MEANS.get(pay.method or "", "1") if pay.automatic or pay.method else "1"
        if not pay.automatic and pay.creditor_iban:
            means = "58"
        found["BT-81"] = means
        found["BT-83"] = doc.number
        if means == "58" and pay.creditor_iban:
            found["BT-84"] = pay.creditor_iban.replace(" ", "")
        if means == "59":
            if pay.mandate_reference:
                found["BT-89"] = pay.mandate_reference
            if pay.creditor_id:
                found["BT-90"] = pay.creditor_id
    if doc.kind == "credit_note" and doc.preceding_number:
        ref: dict[str, Any] = {"BT-25": doc.preceding_number}
        if doc.preceding_issued_on:
            ref["BT-26"] = doc.preceding_issued_on
        found["BG-3"] = [ref]
    return found


def build_xml(doc: InvoiceDocument) -> bytes:
    """The CII XML, checked against the Factur-X EN 16931 XSD (an error raises)."""
    from facturx import generate_xml  # deferred: lxml and the XSDs only when a PDF is made

    xml = generate_xml(data_dict(doc), flavor="factur-x", level="en16931", check_xsd=True,
                       check_schematron=False)  # fmt: skip
    return xml if isinstance(xml, bytes) else str(xml).encode("utf-8")
