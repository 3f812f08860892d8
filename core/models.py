"""SQLAlchemy 2.0 models: customers, payment methods, links, subscriptions, invoices, activity."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# The condition of the partial index that allows one default method per customer.
ONE_DEFAULT_WHERE = "status = 'default'"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Counter(Base):
    """Monotonic counters (invoice numbers, customer references): never reused."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class RetiredReference(Base):
    """References of deleted customers: never given to anyone again (nor their RUMs)."""

    __tablename__ = "retired_references"
    reference: Mapped[str] = mapped_column(String(40), primary_key=True)
    retired_at: Mapped[datetime] = mapped_column(DateTime)


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    language: Mapped[str] = mapped_column(String(2), default="fr")
    status: Mapped[str] = mapped_column(String(12), default="active")
    note: Mapped[str] = mapped_column(Text, default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    address_line1: Mapped[str] = mapped_column(String(200), default="")
    address_line2: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FR")
    phone: Mapped[str] = mapped_column(String(40), default="")
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    # Lower-cased, accent-free copies so search and sort run in SQL on any backend.
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(String(200), default="", index=True)
    greylisted: Mapped[bool] = mapped_column(Boolean, default=False)
    greylisted_at: Mapped[datetime | None] = mapped_column(DateTime)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    anonymized_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_customers_email", "email"),
        Index("ix_customers_company", "company"),
        Index("ix_customers_city", "city"),  # the list sorts by city
        # The duplicate-email check of a save compares lower(email) (migration 0008).
        Index("ix_customers_email_lower", text("lower(email)")),
    )

    payment_methods: Mapped[list[PaymentMethod]] = relationship(
        back_populates="customer", passive_deletes=True
    )


class PaymentMethod(Base):
    __tablename__ = "payment_methods"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default="default")  # default|superseded
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime)
    holder: Mapped[str | None] = mapped_column(String(200))
    iban: Mapped[str | None] = mapped_column(String(40))
    bic: Mapped[str | None] = mapped_column(String(11))
    mandate_reference: Mapped[str | None] = mapped_column(String(35))
    mandate_signed_on: Mapped[date | None] = mapped_column(Date)
    mandate_last_used_on: Mapped[date | None] = mapped_column(Date)
    creditor_id: Mapped[str | None] = mapped_column(String(35))
    card_brand: Mapped[str | None] = mapped_column(String(20))
    card_last4: Mapped[str | None] = mapped_column(String(4))
    card_exp_month: Mapped[int | None] = mapped_column(Integer)
    card_exp_year: Mapped[int | None] = mapped_column(Integer)
    gateway_token: Mapped[str | None] = mapped_column(String(100))
    # expired_card | lapsed_mandate | mandate_rejected: it can no longer be charged.
    unusable_reason: Mapped[str | None] = mapped_column(String(20))

    customer: Mapped[Customer] = relationship(back_populates="payment_methods")

    __table_args__ = (
        # At most one default method per customer, enforced by the database itself.
        # PostgreSQL's condition is the same (see with_postgresql_options): named here, it
        # would load SQLAlchemy's whole PostgreSQL dialect on every start, SQLite included.
        Index(
            "uq_payment_methods_one_default",
            "customer_id",
            unique=True,
            sqlite_where=text(ONE_DEFAULT_WHERE),
        ),
        UniqueConstraint("creditor_id", "mandate_reference", name="uq_payment_methods_rum"),
        Index("ix_payment_methods_customer", "customer_id"),
    )


class PaymentLink(Base):
    __tablename__ = "payment_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    method: Mapped[str] = mapped_column(String(20))
    # pending|opened|completed|revoked; "expired" is derived from expires_at.
    state: Mapped[str] = mapped_column(String(12), default="pending")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    opened_at: Mapped[datetime | None] = mapped_column(DateTime)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_by: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (Index("ix_payment_links_customer", "customer_id", "state"),)


class Subscription(Base):
    __tablename__ = "subscriptions"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(200))
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    period: Mapped[str] = mapped_column(String(10))  # monthly|yearly
    start_on: Mapped[date] = mapped_column(Date)
    next_billing_on: Mapped[date] = mapped_column(Date, index=True)
    # active|suspended|terminated
    status: Mapped[str] = mapped_column(String(12), default="active")
    terminated_on: Mapped[date | None] = mapped_column(Date)
    vat_rate_bp: Mapped[int | None] = mapped_column(Integer)  # None: the business's default

    __table_args__ = (Index("ix_subscriptions_customer", "customer_id"),)


class Invoice(Base):
    __tablename__ = "invoices"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    subscription_id: Mapped[int | None] = mapped_column(
        ForeignKey("subscriptions.id", ondelete="SET NULL")
    )
    period_start: Mapped[date | None] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(200), default="")
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    status: Mapped[str] = mapped_column(String(10), default="due")
    collection: Mapped[str] = mapped_column(String(10), default="offline")
    issued_on: Mapped[date] = mapped_column(Date)
    billing_address: Mapped[dict] = mapped_column(JSON, default=dict)
    paid_on: Mapped[date | None] = mapped_column(Date)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    # Automatic invoices: the day the debit is due (issue day + notice); the invoice says it.
    debit_on: Mapped[date | None] = mapped_column(Date)
    reason_code: Mapped[str | None] = mapped_column(String(8))  # the bank's, when unpaid
    # VAT in basis points (2000 = 20 %); net + tax = amount, to the cent.
    vat_rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    net_cents: Mapped[int] = mapped_column(Integer, default=0)
    tax_cents: Mapped[int] = mapped_column(Integer, default=0)
    due_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # A billing run can never issue the same period of a subscription twice.
        UniqueConstraint("subscription_id", "period_start", name="uq_invoices_period"),
        Index("ix_invoices_customer", "customer_id", "status"),
        Index("ix_invoices_debit", "status", "collection", "debit_on"),
    )


class OfflinePayment(Base):
    __tablename__ = "offline_payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String(20))
    paid_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    payment_key: Mapped[str | None] = mapped_column(String(32))  # one payment, several invoices


class ActivityEvent(Base):
    __tablename__ = "activity_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor_kind: Mapped[str] = mapped_column(String(10))  # staff|system|customer
    actor: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)  # English, for logs and scripts
    params: Mapped[dict] = mapped_column(JSON, default=dict)  # to render in fr/en


class DebitBatch(Base):
    """A "remise": the SEPA debits sent to the bank in one pain.008 file."""

    __tablename__ = "debit_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(30), unique=True)
    message_id: Mapped[str] = mapped_column(String(35), unique=True)
    collection_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12))  # prepared|sent|settled|cancelled
    pain_version: Mapped[str] = mapped_column(String(20))
    count: Mapped[int] = mapped_column(Integer)
    total_cents: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    exported_at: Mapped[datetime | None] = mapped_column(DateTime)
    settled_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}


class DebitTransaction(Base):
    """One invoice in a batch, with what the file says about it (kept, so a re-export is
    the same file byte for byte)."""

    __tablename__ = "debit_transactions"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("debit_batches.id", ondelete="CASCADE"))
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"))
    end_to_end_id: Mapped[str] = mapped_column(String(35))
    sequence: Mapped[str] = mapped_column(String(4))  # FRST|RCUR
    presentation: Mapped[int] = mapped_column(Integer, default=1)
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    mandate_reference: Mapped[str] = mapped_column(String(35))
    mandate_signed_on: Mapped[date] = mapped_column(Date)
    payment_method_id: Mapped[int | None] = mapped_column(
        ForeignKey("payment_methods.id", ondelete="SET NULL")
    )
    debtor_name: Mapped[str] = mapped_column(String(140))
    debtor_iban: Mapped[str] = mapped_column(String(40))
    debtor_bic: Mapped[str] = mapped_column(String(11))
    remittance: Mapped[str] = mapped_column(String(140))
    status: Mapped[str] = mapped_column(String(10))  # pending|rejected|settled
    reason_code: Mapped[str | None] = mapped_column(String(8))
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_debit_transactions_batch", "batch_id"),
        Index("ix_debit_transactions_invoice", "invoice_id"),
        Index("ix_debit_transactions_e2e", "end_to_end_id"),
    )


class BankReturn(Base):
    """A bank return file once imported: the same file twice changes nothing."""

    __tablename__ = "bank_returns"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    imported_by: Mapped[str] = mapped_column(String(100), default="")
    changes: Mapped[int] = mapped_column(Integer, default=0)


class CreditNote(Base):
    """An avoir: an issued invoice is never edited nor deleted; voiding or refunding it
    issues one of these, for the full amount, in its own sequence."""

    __tablename__ = "credit_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id", ondelete="RESTRICT"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(10))  # void|refund
    amount_cents: Mapped[int] = mapped_column(Integer)
    net_cents: Mapped[int] = mapped_column(Integer)
    tax_cents: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    issued_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_credit_notes_invoice", "invoice_id"),)


def with_postgresql_options() -> None:
    """Give the schema its PostgreSQL-only options (the one-default index's condition), for
    what reads the schema from these classes on PostgreSQL (the migrations' comparison).
    Once is enough; again changes nothing."""
    table = Base.metadata.tables["payment_methods"]
    for index in table.indexes:
        if index.name == "uq_payment_methods_one_default":
            index.dialect_options["postgresql"]["where"] = text(ONE_DEFAULT_WHERE)
