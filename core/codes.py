"""The codes of the outside contract (CONTRACT.md, "Codes") as StrEnums: stored and shown as is."""

from __future__ import annotations

from enum import StrEnum


class Method(StrEnum):
    CARD = "card"
    SEPA_DEBIT = "sepa_debit"
    BANK_TRANSFER = "bank_transfer"
    CHEQUE = "cheque"
    CASH = "cash"
    OTHER = "other"

    @property
    def automatic(self) -> bool:
        return self in AUTOMATIC_METHODS


AUTOMATIC_METHODS = (Method.CARD, Method.SEPA_DEBIT)
OFFLINE_METHODS = (Method.BANK_TRANSFER, Method.CHEQUE, Method.CASH, Method.OTHER)


class MethodStatus(StrEnum):
    DEFAULT = "default"
    SUPERSEDED = "superseded"


class InvoiceStatus(StrEnum):
    DUE = "due"
    PAID = "paid"
    PROBLEM = "problem"
    VOID = "void"
    REFUNDED = "refunded"


OPEN_INVOICE_STATUSES = (InvoiceStatus.DUE, InvoiceStatus.PROBLEM)


class Collection(StrEnum):
    AUTOMATIC = "automatic"
    OFFLINE = "offline"


class LinkState(StrEnum):
    PENDING = "pending"
    OPENED = "opened"
    COMPLETED = "completed"
    EXPIRED = "expired"
    REVOKED = "revoked"


# A link the customer can still use, unless its time is up (see rules.link_state).
LIVE_LINK_STATES = (LinkState.PENDING, LinkState.OPENED)


class SubscriptionStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class Period(StrEnum):
    MONTHLY = "monthly"
    YEARLY = "yearly"


class CustomerStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


class ActorKind(StrEnum):
    STAFF = "staff"
    SYSTEM = "system"
    CUSTOMER = "customer"
