"""Plain, frozen result and input objects that cross the core's boundary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from core import i18n


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

    @property
    def offline(self) -> bool:
        return self.payment_method is not None and self.payment_method not in (
            "card",
            "sepa_debit",
        )


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

    def label(self, language: str) -> str:
        name = i18n.method_name(self.method, language)
        if self.method == "sepa_debit" and self.iban_masked:
            return f"{name} · {self.iban_masked}"
        if self.method == "card" and self.card_last4:
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


@dataclass(frozen=True)
class SubscriptionInfo:
    id: int
    label: str
    amount_cents: int
    currency: str
    period: str
    next_billing_on: date
    status: str


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
    delete_blocker: str | None  # why "delete" is refused, or None
    anonymize_blocker: str | None

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
        fr = language == "fr"
        if self.unchanged:
            return "Pas de changement." if fr else "No change."
        name = i18n.method_name(self.new_method, language)
        parts: list[str] = []
        if self.automatic:
            parts.append(
                "Un lien de paiement sera créé : le client enregistrera lui-même son moyen "
                f"de paiement ({name}). "
                "Le moyen actuel reste en place jusque-là."
                if fr
                else f"A payment link will be made: the customer registers their payment method "
                f"({name}) themselves. The current method stays until then."
            )
            if self.greylisted:
                parts.append(
                    "Attention : ce client est en liste grise, le formulaire le refusera."
                    if fr
                    else "Warning: this customer is grey-listed; the form will refuse them."
                )
        else:
            parts.append(
                f"{name} : les prochaines factures seront émises sans prélèvement automatique ; "
                "vous enregistrerez chaque règlement à réception."
                if fr
                else f"{name}: future invoices are issued without automatic debit; "
                "you record each payment when it arrives."
            )
            if self.open_invoice_count:
                amounts = ", ".join(
                    i18n.money(cents, cur, language) for cur, cents in self.open_amounts
                )
                parts.append(
                    f"{self.open_invoice_count} facture(s) en attente de prélèvement "
                    f"({amounts}) passeront en règlement hors ligne."
                    if fr
                    else f"{self.open_invoice_count} open invoice(s) awaiting debit "
                    f"({amounts}) switch to offline collection."
                )
        if self.link_to_revoke is not None:
            expires = i18n.short_datetime(self.link_to_revoke.expires_at, language)
            method = i18n.method_name(self.link_to_revoke.method, language)
            parts.append(
                f"Le lien en attente ({method}, expire le {expires}) sera révoqué."
                if fr
                else f"The pending link ({method}, expires {expires}) will be revoked."
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
        if self.actor_kind == "customer":
            return "Client (via lien)" if language == "fr" else "Customer (via link)"
        if self.actor_kind == "system":
            return "Système" if language == "fr" else "System"
        return self.actor


@dataclass(frozen=True)
class UpcomingItem:
    at: datetime
    kind: str  # invoice|link_expiry|card_expiry|mandate_lapse|no_method
    params: dict = field(default_factory=dict)

    def text(self, language: str) -> str:
        fr = language == "fr"
        p = self.params
        if self.kind == "invoice":
            amount = i18n.money(p["amount_cents"], p["currency"], language)
            coll = i18n.COLLECTION_NAMES["fr" if fr else "en"][p["collection"]]
            return (
                f"Facture à émettre : {p['label']}, {amount} ({coll})"
                if fr
                else f"Invoice to issue: {p['label']}, {amount} ({coll})"
            )
        if self.kind == "link_expiry":
            method = i18n.method_name(p["method"], language)
            return (
                f"Le lien de paiement ({method}) expire"
                if fr
                else f"Payment link ({method}) expires"
            )
        if self.kind == "card_expiry":
            return (
                f"La carte {p['brand']} •••• {p['last4']} expire ce mois-ci"
                if fr
                else f"Card {p['brand']} •••• {p['last4']} expires this month"
            )
        if self.kind == "mandate_lapse":
            return (
                f"Le mandat SEPA {p['rum']} devient caduc (36 mois sans prélèvement)"
                if fr
                else f"SEPA mandate {p['rum']} lapses (36 months unused)"
            )
        if self.kind == "no_method":
            return (
                "Aucun moyen de paiement : la prochaine facture sera hors ligne"
                if fr
                else "No payment method: the next invoice will be offline"
            )
        return self.kind


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


@dataclass(frozen=True)
class RegistrationResult:
    method: PaymentMethodInfo
    language: str
