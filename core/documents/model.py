"""What a document says, as plain data: the services gather it, the PDF and the XML show it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Party:
    """The seller or the buyer, as printed and as put in the Factur-X XML."""

    name: str
    address_lines: tuple[str, ...] = ()  # street lines only
    postal_code: str = ""
    city: str = ""
    country: str = "FR"
    region: str = ""
    company: str = ""
    siret: str = ""
    vat_number: str = ""
    email: str = ""
    phone: str = ""

    @property
    def is_business(self) -> bool:
        """A company or a VAT-registered buyer: the B2B mentions apply."""
        return bool(self.company or self.vat_number)


@dataclass(frozen=True)
class Line:
    label: str
    net_cents: int
    vat_rate_bp: int
    period_start: date | None = None
    period_end: date | None = None


@dataclass(frozen=True)
class Payment:
    """How the document is (or was) paid, for the payment block and BT-81."""

    method: str | None  # sepa_debit | card | an offline code | None
    automatic: bool
    debit_on: date | None = None
    mandate_reference: str = ""
    creditor_id: str = ""
    creditor_iban: str = ""
    creditor_bic: str = ""


@dataclass(frozen=True)
class InvoiceDocument:
    kind: str  # invoice | credit_note
    number: str
    language: str
    issued_on: date
    currency: str
    seller: Party
    buyer: Party
    customer_reference: str
    lines: tuple[Line, ...]
    net_cents: int
    tax_cents: int
    total_cents: int
    vat_rate_bp: int
    vat_exempt: bool
    payment: Payment
    due_on: date | None = None
    paid_cents: int = 0
    paid_on: date | None = None
    payment_terms_days: int = 30
    preceding_number: str = ""  # credit notes: the invoice they cancel
    preceding_issued_on: date | None = None
    reason: str = ""
    status: str = "due"

    @property
    def due_cents(self) -> int:
        return max(self.total_cents - self.paid_cents, 0)


@dataclass(frozen=True)
class LetterDocument:
    language: str
    seller: Party
    buyer: Party
    url: str
    method: str
    expires_at: datetime
    written_on: date
    notes: tuple[str, ...] = field(default_factory=tuple)
