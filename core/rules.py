"""The business rules as pure functions: values in, a decision out; no session, no clock.

The services own the transactions and apply these decisions; tests check them without a
database. A refusal is a ``RuleViolation`` (a code and its parameters), returned rather
than raised where the desk needs to know it before the action (to grey out a menu entry).
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from core.codes import LIVE_LINK_STATES, Collection, LinkState, Method, Period
from core.errors import RuleViolation, ValidationError
from core.sepa import reasons


def delete_blocker(invoice_count: int) -> RuleViolation | None:
    """Invoices are legal records: only a customer without any may be deleted."""
    if invoice_count:
        return RuleViolation("delete_without_invoices", count=invoice_count)
    return None


def anonymize_blocker(
    *, anonymised: bool, open_invoices: int, active_subscriptions: int
) -> RuleViolation | None:
    """Anonymise once, and only when nothing is owed and nothing will be billed."""
    if anonymised:
        return RuleViolation("anonymise_once")
    if open_invoices:
        return RuleViolation("anonymise_open_invoices", count=open_invoices)
    if active_subscriptions:
        return RuleViolation("anonymise_active_subscriptions", count=active_subscriptions)
    return None


# --- payment links ---------------------------------------------------------------------------
def link_state(stored: str, expires_at: datetime, now: datetime) -> LinkState:
    """A live link whose time is up is expired, whatever its stored state says."""
    state = LinkState(stored)
    if state in LIVE_LINK_STATES and expires_at <= now:
        return LinkState.EXPIRED
    return state


def link_is_live(stored: str, expires_at: datetime, now: datetime) -> bool:
    """The customer can still use it: pending or opened, and not expired."""
    return link_state(stored, expires_at, now) in LIVE_LINK_STATES


def revoke_refusal(stored: str, expires_at: datetime, now: datetime) -> RuleViolation | None:
    """Only a live link can be revoked."""
    state = link_state(stored, expires_at, now)
    if state not in LIVE_LINK_STATES:
        return RuleViolation("revoke_live_only", state=str(state))
    return None


# --- dates -----------------------------------------------------------------------------------------
def add_months(day: date, months: int, anchor_day: int | None = None) -> date:
    """``months`` later, on ``anchor_day`` (default: the same day) where the month has it."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    wanted = anchor_day if anchor_day is not None else day.day
    if wanted > 28:  # only then can the month be too short
        wanted = min(wanted, calendar.monthrange(year, month)[1])
    return date(year, month, wanted)


def next_billing_date(day: date, period: str, anchor_day: int) -> date:
    """The next period's start, keeping the subscription's day of month where it exists."""
    return add_months(day, 1 if Period(period) == Period.MONTHLY else 12, anchor_day)


# --- SEPA mandates and the collection of a new invoice -------------------------------------
MANDATE_LAPSE_MONTHS = 36


def mandate_lapses_on(last_used: date | None, signed_on: date | None, created_on: date) -> date:
    """A SEPA mandate unused for 36 months lapses (from its last use, else its signature)."""
    return add_months(last_used or signed_on or created_on, MANDATE_LAPSE_MONTHS)


def new_invoice_collection(
    method: str | None,
    *,
    issued_on: date,
    mandate_lapses: date | None = None,
    unusable: str | None = None,
) -> Collection:
    """DOMAIN: a new invoice follows the customer's default method at that moment; no method,
    an offline method, a lapsed mandate or an unusable method make it offline."""
    if unusable:
        return Collection.OFFLINE
    if method == Method.CARD:
        return Collection.AUTOMATIC
    if method == Method.SEPA_DEBIT and mandate_lapses is not None and mandate_lapses > issued_on:
        return Collection.AUTOMATIC
    return Collection.OFFLINE


# --- the grey list -----------------------------------------------------------------------------
def greylisted_after(failed_attempts: int, threshold: int) -> bool:
    """Consecutive failed registrations reach the threshold: the form refuses the customer."""
    return failed_attempts >= threshold


# --- what can still be charged ---------------------------------------------------------------
# Bank reasons that make a SEPA mandate unusable: later invoices are offline, a new link is due.
MANDATE_KILLING_REASONS = reasons.MANDATE_UNUSABLE
# Bank reasons after which an invoice may go into one later batch again.
REPRESENTABLE_REASONS = reasons.REPRESENTABLE
MAX_PRESENTATIONS = 2


def card_expired(exp_month: int | None, exp_year: int | None, on: date) -> bool:
    """A card is good until the end of its expiry month."""
    if not exp_month or not exp_year:
        return False
    return (exp_year, exp_month) < (on.year, on.month)


def unusable_reason(
    method: str | None,
    *,
    on: date,
    stored: str | None = None,
    mandate_lapses: date | None = None,
    card_exp_month: int | None = None,
    card_exp_year: int | None = None,
) -> str | None:
    """Why the default method can no longer be charged on ``on`` (None: it can)."""
    if stored:
        return stored
    if method == Method.CARD and card_expired(card_exp_month, card_exp_year, on):
        return "expired_card"
    if method == Method.SEPA_DEBIT and mandate_lapses is not None and mandate_lapses <= on:
        return "lapsed_mandate"
    return None


def sequence_type(earlier_debits_on_mandate: int) -> str:
    """FRST for the first debit on a mandate (none yet kept by the bank), RCUR after."""
    return "RCUR" if earlier_debits_on_mandate else "FRST"


def can_represent(reason_code: str | None, presentations: int) -> bool:
    """A reject for lack of funds may be presented once more; after that, offline only."""
    return reason_code in REPRESENTABLE_REASONS and presentations < MAX_PRESENTATIONS


# --- VAT, due dates ------------------------------------------------------------------------------
FRENCH_VAT_RATES_BP = (2000, 1000, 550, 210, 0)  # 20 %, 10 %, 5.5 %, 2.1 %, 0


def vat_rate_bp(rate: str | float | int, field: str = "vat_rate") -> int:
    """A VAT rate in percent ("20", "5.5", "5,5") as basis points; only the French rates."""
    text = str(rate).strip().replace(",", ".").rstrip("%").strip()
    try:
        exact = float(text) * 100
    except ValueError:
        raise ValidationError(field, "vat_rate_invalid", value=str(rate)) from None
    bp = round(exact)
    if bp not in FRENCH_VAT_RATES_BP or abs(exact - bp) > 1e-6:
        raise ValidationError(field, "vat_rate_invalid", value=str(rate))
    return bp


def vat_split(total_cents: int, rate_bp: int) -> tuple[int, int]:
    """(net, VAT) of a VAT-included total: net = total / (1 + rate), rounded half up to the
    cent; VAT = total - net, so the two always add up to the total."""
    net = (total_cents * 10000 * 2 + (10000 + rate_bp)) // ((10000 + rate_bp) * 2)
    return net, total_cents - net


def due_date(issued_on: date, *, debit_on: date | None, payment_terms_days: int) -> date:
    """Offline invoices: the payment terms after issue; automatic ones: the debit date."""
    if debit_on is not None:
        return debit_on
    return issued_on + timedelta(days=payment_terms_days)


def is_overdue(status: str, due_on: date | None, today: date, grace_days: int) -> bool:
    """A due invoice is overdue once today is past its due date plus the grace days."""
    return status == "due" and due_on is not None and today > due_on + timedelta(days=grace_days)
