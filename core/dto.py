"""Plain, frozen result and input objects that cross the core's boundary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from core import i18n
from core.codes import AUTOMATIC_METHODS, Method
from core.errors import RuleViolation


@dataclass(frozen=True)
class CustomerInput:
    """What staff type in the edit dialog (or a script passes)."""

    name: str
    email: str
    language: str = "fr"
    status: str = "active"
    note: str = ""
    company: str = ""
    first_name: str = ""
    last_name: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = "FR"
    phone: str = ""
    vat_number: str = ""
    reference: str | None = None  # only on create; None makes the next CUST-nnnnnn


@dataclass(frozen=True)
class CustomerRow:
    id: int
    reference: str
    name: str
    company: str
    email: str
    payment_method: str | None
    greylisted: bool
    awaiting_customer: bool
    city: str = ""

    @property
    def offline(self) -> bool:
        return self.payment_method is not None and self.payment_method not in AUTOMATIC_METHODS


@dataclass(frozen=True)
class CustomerPage:
    rows: tuple[CustomerRow, ...]
    total: int


@dataclass(frozen=True)
class PaymentMethodInfo:
    id: int
    method: str
    automatic: bool
    status: str
    created_at: datetime
    created_by: str
    holder: str | None = None
    iban_masked: str | None = None
    bic: str | None = None
    mandate_reference: str | None = None
    mandate_signed_on: date | None = None
    creditor_id: str | None = None
    card_brand: str | None = None
    card_last4: str | None = None
    card_exp_month: int | None = None
    card_exp_year: int | None = None
    # expired_card | lapsed_mandate | mandate_rejected: it can no longer be charged.
    unusable_reason: str | None = None
    superseded_at: datetime | None = None  # when a later method replaced it (history)

    @property
    def usable(self) -> bool:
        return self.unusable_reason is None

    def label(self, language: str) -> str:
        name = i18n.method_name(self.method, language)
        if self.method == Method.SEPA_DEBIT and self.iban_masked:
            return f"{name} · {self.iban_masked}"
        if self.method == Method.CARD and self.card_last4:
            exp = f"{self.card_exp_month:02d}/{self.card_exp_year}" if self.card_exp_month else ""
            return f"{name} · {self.card_brand} •••• {self.card_last4} · {exp}".rstrip(" ·")
        return name


@dataclass(frozen=True)
class LinkInfo:
    id: int
    method: str
    state: str  # pending|opened|completed|expired|revoked
    created_at: datetime
    created_by: str
    expires_at: datetime
    opened_at: datetime | None
    completed_at: datetime | None
    revoked_at: datetime | None

    @property
    def live(self) -> bool:
        return self.state in ("pending", "opened")


@dataclass(frozen=True)
class InvoiceInfo:
    id: int
    number: str
    label: str
    status: str
    collection: str
    amount_cents: int
    currency: str
    issued_on: date
    paid_on: date | None
    reason: str
    version: int
    period_start: date | None = None  # the period billed; the invoice is dated when issued
    debit_on: date | None = None  # automatic invoices: when the debit or charge is due
    reason_code: str | None = None  # the bank's reason when a debit came back
    debit: DebitState | None = None  # its latest SEPA debit, if any
    vat_rate_bp: int = 0
    net_cents: int = 0
    tax_cents: int = 0
    due_on: date | None = None
    overdue: bool = False
    payments: tuple[PaymentInfo, ...] = ()
    credit_notes: tuple[CreditNoteInfo, ...] = ()


@dataclass(frozen=True)
class PaymentInfo:
    """A payment recorded by hand; several invoices may share one (one cheque)."""

    method: str
    paid_on: date
    reference: str
    notes: str
    recorded_by: str
    recorded_at: datetime
    invoices: tuple[str, ...]  # every invoice this payment settled


@dataclass(frozen=True)
class CreditNoteInfo:
    number: str
    invoice: str
    kind: str  # void|refund
    amount_cents: int
    net_cents: int
    tax_cents: int
    currency: str
    issued_on: date
    reason: str


@dataclass(frozen=True)
class DebitState:
    """Where an invoice's SEPA debit stands: its batch, and what the bank said."""

    batch: str
    batch_status: str
    collection_date: date
    sequence: str
    status: str  # pending|rejected|settled
    reason_code: str | None


@dataclass(frozen=True)
class SubscriptionInfo:
    id: int
    label: str
    amount_cents: int
    currency: str
    period: str
    next_billing_on: date
    status: str
    start_on: date | None = None
    terminated_on: date | None = None
    vat_rate_bp: int | None = None  # None: the business's default rate


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    reference: str
    name: str
    email: str
    language: str
    status: str
    note: str
    company: str
    first_name: str
    last_name: str
    address_line1: str
    address_line2: str
    postal_code: str
    city: str
    region: str
    country: str
    phone: str
    vat_number: str
    greylisted: bool
    failed_attempts: int
    anonymized: bool
    version: int
    payment_method: PaymentMethodInfo | None
    method_history: tuple[PaymentMethodInfo, ...]
    links: tuple[LinkInfo, ...]
    invoices: tuple[InvoiceInfo, ...]
    subscriptions: tuple[SubscriptionInfo, ...]
    delete_blocker: RuleViolation | None  # why "delete" is refused, or None
    anonymize_blocker: RuleViolation | None
    credit_notes: tuple[CreditNoteInfo, ...] = ()
    # Open offline invoices a usable SEPA mandate could now collect (the desk offers to move
    # them to direct debit); empty when there is none or no such mandate.
    debit_candidates: tuple[InvoiceInfo, ...] = ()

    @property
    def pending_link(self) -> LinkInfo | None:
        return next((link for link in self.links if link.live), None)

    def as_input(self) -> CustomerInput:
        return CustomerInput(
            name=self.name,
            email=self.email,
            language=self.language,
            status=self.status,
            note=self.note,
            company=self.company,
            first_name=self.first_name,
            last_name=self.last_name,
            address_line1=self.address_line1,
            address_line2=self.address_line2,
            postal_code=self.postal_code,
            city=self.city,
            region=self.region,
            country=self.country,
            phone=self.phone,
            vat_number=self.vat_number,
        )


@dataclass(frozen=True)
class ChangeImpact:
    """What changing the default method to ``new_method`` would do, said before saving."""

    current_method: str | None
    new_method: str
    automatic: bool
    unchanged: bool
    open_invoice_count: int
    open_invoice_numbers: tuple[str, ...]
    open_amounts: tuple[tuple[str, int], ...]  # (currency, cents) of invoices that switch
    link_to_revoke: LinkInfo | None
    greylisted: bool

    def text(self, language: str) -> str:
        if self.unchanged:
            return i18n.say("impact", "unchanged", None, language)
        method = i18n.method_name(self.new_method, language)
        parts: list[str] = []
        if self.automatic:
            parts.append(i18n.say("impact", "automatic", {"method": method}, language))
            if self.greylisted:
                parts.append(i18n.say("impact", "greylisted", None, language))
        else:
            parts.append(i18n.say("impact", "offline", {"method": method}, language))
            if self.open_invoice_count:
                amounts = ", ".join(
                    i18n.money(cents, cur, language) for cur, cents in self.open_amounts
                )
                parts.append(
                    i18n.say(
                        "impact",
                        "open_invoices",
                        {"count": self.open_invoice_count, "amounts": amounts},
                        language,
                    )
                )
        if self.link_to_revoke is not None:
            link = self.link_to_revoke
            parts.append(
                i18n.say(
                    "impact",
                    "link_revoked",
                    {
                        "method": link.method,
                        "expires": i18n.short_datetime(link.expires_at, language),
                    },
                    language,
                )
            )
        return " ".join(parts)


@dataclass(frozen=True)
class NewLink:
    """A freshly made link: the only moment its full URL exists."""

    link_id: int
    url: str
    method: str
    expires_at: datetime
    customer_reference: str
    customer_name: str
    customer_email: str
    customer_language: str


@dataclass(frozen=True)
class SaveResult:
    customer: CustomerDetail
    link: NewLink | None = None


@dataclass(frozen=True)
class ActivityItem:
    at: datetime
    actor_kind: str  # staff|system|customer
    actor: str
    kind: str
    params: dict = field(default_factory=dict)

    def text(self, language: str) -> str:
        return i18n.summary(self.kind, self.params, language)

    def actor_text(self, language: str) -> str:
        return i18n.actor_name(self.actor_kind, self.actor, language)


@dataclass(frozen=True)
class UpcomingItem:
    at: datetime
    kind: str  # invoice|link_expiry|card_expiry|mandate_lapse|no_method
    params: dict = field(default_factory=dict)

    def text(self, language: str) -> str:
        return i18n.say("upcoming", self.kind, self.params, language)


@dataclass(frozen=True)
class LinkView:
    """What the payment form may know about an open link."""

    method: str
    language: str
    customer_name: str
    customer_reference: str
    business_name: str
    creditor_id: str
    mandate_reference: str  # the RUM the mandate will carry (SEPA)
    expires_at: datetime
    customer_country: str = "FR"  # where the customer lives: the example IBAN shown is of it
    customer_address: tuple[str, ...] = ()  # the debtor's postal address, as the post reads it


@dataclass(frozen=True)
class RegistrationResult:
    method: PaymentMethodInfo
    language: str


@dataclass(frozen=True)
class InvoiceQuery:
    """The invoices page's filters; empty ones do not filter."""

    status: str = ""
    collection: str = ""
    overdue: bool = False
    start: date | str | None = None
    end: date | str | None = None
    text: str = ""  # number, label, customer reference, name, email, company, city
    limit: int = 1000


@dataclass(frozen=True)
class InvoiceRow:
    invoice: InvoiceInfo
    customer_id: int
    customer_reference: str
    customer_name: str


@dataclass(frozen=True)
class InvoiceList:
    rows: tuple[InvoiceRow, ...]
    count: int  # all matching invoices (rows holds at most the query's limit)
    net_cents: int
    tax_cents: int
    amount_cents: int
