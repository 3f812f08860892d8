"""Payment methods, payment links, registration through a link, and the grey list."""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
import sqlite3
import threading
import urllib.parse
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Engine, Select, bindparam, func, select
from sqlalchemy.orm import Session

from core import rules
from core import validation as v
from core.codes import ActorKind, Collection, LinkState, Method
from core.dto import ChangeImpact, LinkInfo, LinkView, NewLink, RegistrationResult
from core.errors import (
    AccessRestricted,
    Busy,
    LinkUnavailable,
    NotFound,
    RegistrationRefused,
    RuleViolation,
    ValidationError,
)
from core.gateway import CardGateway, TestGateway, luhn_ok
from core.models import Customer, Invoice, PaymentLink, PaymentMethod
from core.services.context import ServiceContext, check_version, get_customer, record, touch
from core.services.views import (
    debit_candidate_ids,
    default_method,
    link_info,
    link_state,
    live_link_filter,
    method_info,
)

log = logging.getLogger("guichet.core")

# The gateway's reasons for refusing a card, as validation codes the form can say.
_DECLINE_CODES = {
    "declined": "card_declined",
    "card_number": "card_number_invalid",
    "expiry": "card_expired",
    "cvc": "cvc_invalid",
}

_CARD_FAILURES = {code: reason for reason, code in _DECLINE_CODES.items()}
# A card number, expiry or CVC that fails its check counts towards the grey list (DOMAIN);
# an empty field or letters in the expiry mean nothing was tried yet.
_COUNTED_CARD_CODES = frozenset({"card_number_invalid", "card_expired", "cvc_invalid"})


def _checked(problems: list[ValidationError], check: Callable[..., str], *args: Any) -> str:
    """``check(*args)``, or "" with its refusal added to ``problems``."""
    try:
        return check(*args)
    except ValidationError as exc:
        problems.append(exc)
        return ""


def _all_of(problems: list[ValidationError]) -> ValidationError:
    """The first refusal, carrying the others."""
    first = problems[0]
    first.others = tuple(problems[1:])
    return first


def _expiry(exp_month: str | int, exp_year: str | int) -> tuple[int, int]:
    month = int(str(exp_month).strip())
    year = int(str(exp_year).strip())
    return month, year + 2000 if year < 100 else year


def _card_problems(
    holder: str,
    card_number: str,
    exp_month: str | int,
    exp_year: str | int,
    cvc: str,
    today: date,
) -> list[ValidationError]:
    """What is wrong with a card form, every field, before the gateway is asked.

    The gateway checks again (and may decline): these are the checks any card passes.
    """
    problems: list[ValidationError] = []
    _checked(problems, v.required, "holder", holder)
    digits = "".join(ch for ch in str(card_number) if ch.isdigit())
    if not str(card_number).strip():
        problems.append(ValidationError("card_number", "required"))
    elif (
        not (12 <= len(digits) <= 19) or not luhn_ok(digits) or re.search(r"[^\d\s-]", card_number)
    ):
        problems.append(ValidationError("card_number", "card_number_invalid"))
    if not (str(exp_month).strip() or str(exp_year).strip()):
        problems.append(ValidationError("exp_month", "required"))
    else:
        try:
            month, year = _expiry(exp_month, exp_year)
        except ValueError:
            problems.append(ValidationError("exp_month", "expiry_not_numbers"))
        else:
            if not (1 <= month <= 12) or (year, month) < (today.year, today.month):
                problems.append(ValidationError("exp_month", "card_expired"))
    code = str(cvc).strip()
    if not code:
        problems.append(ValidationError("cvc", "required"))
    elif not (code.isdigit() and len(code) in (3, 4)):
        problems.append(ValidationError("cvc", "cvc_invalid"))
    return problems


def _postal_address(customer: Customer) -> tuple[str, ...]:
    """The customer's address lines (the debtor's on a mandate), without the name."""
    from core.documents.model import Party
    from core.documents.pdf import address_lines

    party = Party(
        name=customer.name,
        address_lines=(customer.address_line1, customer.address_line2),
        postal_code=customer.postal_code,
        city=customer.city,
        country=customer.country or "FR",
        company=customer.company,
    )
    if not (customer.address_line1 or customer.postal_code or customer.city):
        return ()
    return tuple(address_lines(party, language=customer.language)[1:])


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def default_method_code(session: Session, customer_id: int) -> str | None:
    return session.scalar(
        select(PaymentMethod.method).where(
            PaymentMethod.customer_id == customer_id, PaymentMethod.status == "default"
        )
    )


def live_links(session: Session, customer_id: int, now: datetime) -> list[PaymentLink]:
    return list(
        session.scalars(
            select(PaymentLink).where(PaymentLink.customer_id == customer_id, live_link_filter(now))
        )
    )


def revoke_live_links(
    session: Session,
    ctx: ServiceContext,
    customer: Customer,
    *,
    log_each: bool = True,
    keep: PaymentLink | None = None,
    by: str | None = None,
) -> int:
    """The one way links are revoked: every live link of the customer (but ``keep``)."""
    now = ctx.now()
    links = [link for link in live_links(session, customer.id, now) if link is not keep]
    for link in links:
        revoke(session, ctx, customer, link, by=by, log=log_each)
    return len(links)


def revoke(
    session: Session,
    ctx: ServiceContext,
    customer: Customer,
    link: PaymentLink,
    *,
    by: str | None = None,
    log: bool = True,
) -> None:
    link.state = LinkState.REVOKED
    link.revoked_at = ctx.now()
    link.revoked_by = by or ctx.settings.operator
    if log:
        actor_kind = ActorKind.SYSTEM if by == "system" else ActorKind.STAFF
        record(
            session, ctx, customer, "link_revoked", {"method": link.method}, actor_kind=actor_kind
        )


def _automatic_open_invoices(session: Session, customer_id: int) -> list[Invoice]:
    return list(
        session.scalars(
            select(Invoice)
            .where(
                Invoice.customer_id == customer_id,
                Invoice.status == "due",
                Invoice.collection == "automatic",
            )
            .order_by(Invoice.id)
        )
    )


def _install_default(
    session: Session, ctx: ServiceContext, customer: Customer, new: PaymentMethod
) -> str | None:
    """Supersede the current default (kept as history) and make ``new`` the default."""
    now = ctx.now()
    current = default_method(session, customer.id)
    old_code = None
    if current is not None:
        old_code = current.method
        current.status = "superseded"
        current.superseded_at = now
        session.flush()  # the partial unique index allows one default at a time
    new.customer_id = customer.id
    new.status = "default"
    new.created_at = now
    session.add(new)
    touch(customer, ctx)
    return old_code


def apply_offline_method(
    session: Session, ctx: ServiceContext, customer: Customer, method: str
) -> None:
    """DOMAIN: an offline default switches open automatic invoices and revokes pending links."""
    v.method(method, v.OFFLINE_METHODS)
    if customer.anonymized_at is not None:
        raise RuleViolation("anonymised_method")
    old = _install_default(
        session, ctx, customer, PaymentMethod(method=method, created_by=ctx.settings.operator)
    )
    record(session, ctx, customer, "method_offline", {"old": old, "new": method})
    from core.services.billing import switch_open_invoices_offline

    switch_open_invoices_offline(session, ctx, customer)
    revoke_live_links(session, ctx, customer)


def make_link(session: Session, ctx: ServiceContext, customer: Customer, method: str) -> NewLink:
    """A new link: 256-bit token shown once; only its SHA-256 is stored."""
    v.method(method, v.AUTOMATIC_METHODS)
    if customer.anonymized_at is not None:
        raise RuleViolation("anonymised_link")
    if method == Method.SEPA_DEBIT:
        v.creditor_id(ctx.settings.creditor_id)
    revoke_live_links(session, ctx, customer)
    now = ctx.now()
    token = secrets.token_urlsafe(32)
    link = PaymentLink(
        customer_id=customer.id,
        token_hash=hash_token(token),
        method=method,
        state="pending",
        created_at=now,
        created_by=ctx.settings.operator,
        expires_at=now + timedelta(hours=ctx.settings.link_ttl_hours),
    )
    session.add(link)
    session.flush()
    touch(customer, ctx)
    record(
        session,
        ctx,
        customer,
        "link_created",
        {"method": method, "expires_at": link.expires_at.isoformat()},
    )
    return NewLink(
        link_id=link.id,
        url=f"{ctx.settings.portal_url.rstrip('/')}/m/{token}",
        method=method,
        expires_at=link.expires_at,
        customer_reference=customer.reference,
        customer_name=customer.name,
        customer_email=customer.email or "",
        customer_language=customer.language,
    )


def _rum_base(reference: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9\-]", "-", reference).strip("-") or "M"
    return cleaned[:29]


def next_mandate_reference(session: Session, customer: Customer, creditor_id: str) -> str:
    """CUST-000123-M01, M02…: unique for the creditor."""
    count = (
        session.scalar(
            select(func.count())
            .select_from(PaymentMethod)
            .where(
                PaymentMethod.customer_id == customer.id, PaymentMethod.method == Method.SEPA_DEBIT
            )
        )
        or 0
    )
    n = count + 1
    while True:
        rum = v.mandate_reference(f"{_rum_base(customer.reference)}-M{n:02d}")
        taken = session.scalar(
            select(PaymentMethod.id).where(
                PaymentMethod.creditor_id == creditor_id, PaymentMethod.mandate_reference == rum
            )
        )
        if not taken:
            return rum
        n += 1


class PaymentService:
    """What staff do about how a customer pays."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def preview_change(self, customer_id: int | str, method: str) -> ChangeImpact:
        from core.services.billing import held_by_bank  # billing loads only where it is used

        v.method(method, field="payment_method")
        now = self.ctx.now()
        with self.ctx.read() as session:
            customer = get_customer(session, customer_id)
            current = default_method_code(session, customer.id)
            links = live_links(session, customer.id, now)
            link = link_info(links[0], now) if links else None
            automatic = method in v.AUTOMATIC_METHODS
            if method == current:
                return ChangeImpact(
                    current, method, automatic, True, 0, (), (), None, customer.greylisted
                )
            invoices = (
                []
                if automatic
                else [
                    inv
                    for inv in _automatic_open_invoices(session, customer.id)
                    if not held_by_bank(session, inv.id)  # the bank has it: it stays
                ]
            )
            totals: dict[str, int] = defaultdict(int)
            for inv in invoices:
                totals[inv.currency] += inv.amount_cents
            return ChangeImpact(
                current_method=current,
                new_method=method,
                automatic=automatic,
                unchanged=False,
                open_invoice_count=len(invoices),
                open_invoice_numbers=tuple(inv.number for inv in invoices),
                open_amounts=tuple(sorted(totals.items())),
                link_to_revoke=link,
                greylisted=customer.greylisted,
            )

    def set_offline_method(
        self, customer_id: int | str, method: str, *, expected_version: int | None = None
    ) -> None:
        v.method(method, v.OFFLINE_METHODS)
        with self.ctx.transaction() as session:
            customer = get_customer(session, customer_id)
            check_version(customer, expected_version)
            if default_method_code(session, customer.id) == method:
                raise RuleViolation("no_change", method=method)
            apply_offline_method(session, self.ctx, customer, method)

    def move_invoices_to_debit(
        self, customer_id: int | str, numbers: Sequence[str] | None = None
    ) -> list[str]:
        """The customer signed a SEPA mandate: their open offline invoices (those of
        ``numbers``, or all) are collected by direct debit from now on, in one transaction.

        Each is debited after the notice period from today (the day the customer is told);
        a paid invoice, or one already in a prepared or sent batch, is never touched.
        Returns the numbers moved.
        """
        today = self.ctx.today()
        with self.ctx.transaction() as session:
            customer = get_customer(session, customer_id)
            mandate = default_method(session, customer.id)
            if (
                mandate is None
                or mandate.method != Method.SEPA_DEBIT
                or method_info(mandate, today).unusable_reason is not None
            ):
                raise RuleViolation("no_mandate_to_debit")
            ids = debit_candidate_ids(session, customer.id, today)
            invoices = list(
                session.scalars(select(Invoice).where(Invoice.id.in_(ids)).order_by(Invoice.id))
            )
            if numbers is not None:
                wanted = {n.strip() for n in numbers}
                invoices = [inv for inv in invoices if inv.number in wanted]
            if not invoices:
                raise RuleViolation("no_invoice_to_debit")
            notice = timedelta(days=self.ctx.settings.debit_notice_days)
            for inv in invoices:
                inv.collection = Collection.AUTOMATIC
                inv.debit_on = max(today, inv.issued_on) + notice
                inv.updated_at = self.ctx.now()
            moved = [inv.number for inv in invoices]
            touch(customer, self.ctx)
            record(
                session,
                self.ctx,
                customer,
                "invoices_to_debit",
                {"numbers": moved, "count": len(moved), "rum": mandate.mandate_reference},
            )
            return moved

    def create_link(self, customer_id: int | str, method: str) -> NewLink:
        with self.ctx.transaction() as session:
            return make_link(session, self.ctx, get_customer(session, customer_id), method)

    def revoke_link(self, link_id: int) -> None:
        now = self.ctx.now()
        with self.ctx.transaction() as session:
            link = session.get(PaymentLink, link_id)
            if link is None:
                raise NotFound("link_not_found", key=link_id)
            refusal = rules.revoke_refusal(link.state, link.expires_at, now)
            if refusal is not None:
                raise refusal
            customer = get_customer(session, link.customer_id)
            revoke(session, self.ctx, customer, link)
            touch(customer, self.ctx)

    def revoke_links(self, customer_id: int | str) -> int:
        """ "Révoquer les liens": every live link of the customer stops working at once."""
        with self.ctx.transaction() as session:
            customer = get_customer(session, customer_id)
            count = revoke_live_links(session, self.ctx, customer, log_each=False)
            if count:  # nothing revoked: nothing changed, no false conflict for others
                touch(customer, self.ctx)
                record(session, self.ctx, customer, "links_revoked", {"count": count})
            return count

    def lift_greylist(self, customer_id: int | str) -> None:
        with self.ctx.transaction() as session:
            customer = get_customer(session, customer_id)
            if not customer.greylisted:
                raise RuleViolation("greylist_lift_only_listed")
            customer.greylisted = False
            customer.greylisted_at = None
            customer.failed_attempts = 0
            touch(customer, self.ctx)
            record(session, self.ctx, customer, "greylist_lifted")

    def links(self, customer_id: int | str) -> list[LinkInfo]:
        now = self.ctx.now()
        with self.ctx.read() as session:
            customer = get_customer(session, customer_id)
            rows = session.scalars(
                select(PaymentLink)
                .where(PaymentLink.customer_id == customer.id)
                .order_by(PaymentLink.created_at.desc())
            )
            return [link_info(link, now) for link in rows]


@cache
def _visit_query() -> Select:  # type: ignore[type-arg]
    """What a visit of the form reads, built once (building a statement costs more than
    SQLite takes to answer it)."""
    return (
        select(
            PaymentLink.state,
            PaymentLink.expires_at,
            PaymentLink.method,
            Customer.language,
            Customer.name,
            Customer.reference,
            Customer.greylisted,
        )
        .join(Customer, Customer.id == PaymentLink.customer_id)
        .where(PaymentLink.token_hash == bindparam("token_hash"))
    )


class _VisitReader:
    """The visit's SELECT as the database driver takes it, with SQLAlchemy's own conversions
    of the columns: a later visit costs the query and little else.

    ``read`` goes through the engine's pool (it may wait there, so it runs in a worker
    thread). ``read_at_once`` is for a caller that must never wait, the form's event loop:
    SQLite only, on a connection of its own that gives up at once instead of waiting for a
    lock (``timeout=0``: no busy handler), opened read-only.
    """

    def __init__(self, engine: Engine) -> None:
        dialect = engine.dialect
        query = _visit_query()
        compiled = query.compile(dialect=dialect)
        self.sql = compiled.string
        self.positional = bool(compiled.positional)
        if self.positional and list(compiled.positiontup or ()) != ["token_hash"]:
            raise RuntimeError("unexpected parameters in the visit query")
        self.convert = [
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in query.selected_columns
        ]
        self.engine = engine
        self.errors: type[Exception] = engine.dialect.loaded_dbapi.Error
        path = engine.url.database if dialect.name == "sqlite" else None
        # A plain file only: an in-memory database is not shared with another connection,
        # and a URL with options may not be a path at all.
        plain = path and path != ":memory:" and not engine.url.query
        self.uri = f"file:{urllib.parse.quote(path)}?mode=ro" if plain and path else None
        self._own = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def _params(self, token: str) -> Any:
        token_hash = hash_token(token)
        return (token_hash,) if self.positional else {"token_hash": token_hash}

    def _row(self, rows: Sequence[Any]) -> tuple[Any, ...] | None:
        if len(rows) != 1:
            return None
        return tuple(
            value if convert is None else convert(value)
            for value, convert in zip(rows[0], self.convert, strict=True)
        )

    def read(self, token: str) -> tuple[Any, ...] | None:
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute(self.sql, self._params(token))
            rows = cursor.fetchall()
            cursor.close()
        finally:
            raw.close()  # back to the pool, its transaction rolled back
        return self._row(rows)

    def read_at_once(self, token: str) -> tuple[Any, ...] | None:
        if self.uri is None:
            raise sqlite3.OperationalError("no connection of its own")
        conn: sqlite3.Connection | None = getattr(self._own, "conn", None)
        if conn is None:
            # Read-only: it can neither write nor create the file.
            conn = sqlite3.connect(
                self.uri, uri=True, timeout=0, isolation_level=None, check_same_thread=False
            )
            with self._lock:
                self._opened.append(conn)
            self._own.conn = conn
        # fetchall runs the statement to its end, which ends its read transaction: nothing
        # holds an old snapshot between visits (each visit reads what is committed now).
        return self._row(conn.execute(self.sql, self._params(token)).fetchall())

    def close(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for conn in opened:
            conn.close()


class RegistrationService:
    """What the payment form does on behalf of the customer who opened a link."""

    def __init__(self, ctx: ServiceContext, gateway: CardGateway | None = None) -> None:
        self.ctx = ctx
        self.gateway: CardGateway = gateway or TestGateway()
        self._reader: _VisitReader | None = None

    def _visit_reader(self) -> _VisitReader:
        if self._reader is None:
            self._reader = _VisitReader(self.ctx.session_factory.kw["bind"])
        return self._reader

    def close(self) -> None:
        """Close the connections that ``open_at_once`` keeps (the engine's are the caller's)."""
        reader, self._reader = self._reader, None  # a later visit opens them again
        if reader is not None:
            reader.close()

    def _visit_view(self, row: tuple[Any, ...] | None) -> LinkView | None:
        """A later visit's view from the visit row; None when the full checks are needed."""
        if row is None:
            return None
        state, expires_at, method, language, name, reference, greylisted = row
        if state != LinkState.OPENED or method == Method.SEPA_DEBIT or greylisted:
            return None
        if rules.link_state(state, expires_at, self.ctx.now()) != LinkState.OPENED:
            return None
        return LinkView(
            method=method,
            language=language,
            customer_name=name,
            customer_reference=reference,
            business_name=self.ctx.settings.business_name,
            creditor_id="",
            mandate_reference="",
            expires_at=expires_at,
        )

    def open_at_once(self, token: str) -> LinkView | None:
        """``open`` for a later visit, for a caller that must not wait (an event loop).

        SQLite only, and only what ``open`` answers from its one SELECT; None for anything
        else, or when the database would make it wait (a lock, a file it cannot read now):
        the caller then calls ``open`` where waiting is harmless. Nothing is remembered
        between visits: each one reads the link and its customer as they are now.
        """
        if not token or len(token) > 200 or self.ctx.dialect != "sqlite":
            return None
        reader = self._visit_reader()
        if reader.uri is None:
            return None
        try:
            return self._visit_view(reader.read_at_once(token))
        except sqlite3.Error:
            return None

    def _usable_link(
        self, session: Session, token: str, *, for_update: bool = True
    ) -> tuple[PaymentLink, Customer]:
        if not token or len(token) > 200:
            raise LinkUnavailable("unknown")
        query = select(PaymentLink).where(PaymentLink.token_hash == hash_token(token))
        if for_update:
            # Two submits of one link on PostgreSQL queue up; the second sees "used".
            query = query.with_for_update()
        link = session.scalar(query)
        if link is None:
            raise LinkUnavailable("unknown")
        state = link_state(link, self.ctx.now())
        if state == "completed":
            raise LinkUnavailable("used")
        if state in ("expired", "revoked"):
            raise LinkUnavailable(state)
        customer = get_customer(session, link.customer_id)
        if customer.greylisted:
            raise AccessRestricted(customer.language)
        return link, customer

    def language_of(self, token: str) -> str | None:
        """The customer's language for an error page, without revealing anything else."""
        with self.ctx.read() as session:
            link = session.scalar(
                select(PaymentLink).where(PaymentLink.token_hash == hash_token(token))
            )
            if link is None:
                return None
            return session.scalar(select(Customer.language).where(Customer.id == link.customer_id))

    def open(self, token: str) -> LinkView:
        """The form is shown: a read; the link becomes ``opened`` the first time only.

        Every visit after the first is one SELECT over the link and its customer, without
        ORM objects or a write: the form of a link that was sent out is read far more often
        than anything on it changes.
        """
        if token and len(token) <= 200:
            reader = self._visit_reader()
            try:
                view = self._visit_view(reader.read(token))
            except reader.errors:
                view = None  # the full path below says what is wrong (busy, …)
            if view is not None:
                return view
        # The first visit, a SEPA link (its mandate reference is read too), or a link that
        # cannot be used (the full checks say why).
        with self.ctx.read() as session:
            link, customer = self._usable_link(session, token, for_update=False)
            first_time = link.state == "pending"
            creditor = self.ctx.settings.creditor_id if link.method == Method.SEPA_DEBIT else ""
            rum = (
                next_mandate_reference(session, customer, creditor)
                if link.method == Method.SEPA_DEBIT
                else ""
            )
            view = LinkView(
                method=link.method,
                language=customer.language,
                customer_name=customer.name,
                customer_reference=customer.reference,
                business_name=self.ctx.settings.business_name,
                creditor_id=creditor,
                mandate_reference=rum,
                expires_at=link.expires_at,
                customer_country=customer.country or "FR",
                customer_address=_postal_address(customer),
            )
        if first_time:
            self._mark_opened(token)
        return view

    def _mark_opened(self, token: str) -> None:
        """Write ``opened`` once; showing the form matters more than this mark."""
        try:
            with self.ctx.transaction() as session:
                link, customer = self._usable_link(session, token)
                if link.state == "pending":
                    link.state = "opened"
                    link.opened_at = self.ctx.now()
                    record(session, self.ctx, customer, "link_opened", actor_kind="customer")
        except Busy:
            log.warning("link_opened not recorded: database busy")

    def _fail(
        self,
        token: str,
        field: str,
        code: str,
        why: str,
        others: tuple[ValidationError, ...] = (),
    ) -> RegistrationRefused:
        """Count a failed attempt in its own transaction; grey-list at the threshold.

        ``others`` are the other fields refused in the same submit: one attempt, one count.
        """
        with self.ctx.transaction() as session:
            _link, customer = self._usable_link(session, token)
            customer.failed_attempts += 1
            count = customer.failed_attempts
            record(
                session,
                self.ctx,
                customer,
                "registration_failed",
                {"failure": why, "count": count},
                actor_kind="customer",
            )
            greylisted = rules.greylisted_after(count, self.ctx.settings.greylist_threshold)
            if greylisted:
                customer.greylisted = True
                customer.greylisted_at = self.ctx.now()
                record(
                    session, self.ctx, customer, "greylisted", {"count": count}, actor_kind="system"
                )
            touch(customer, self.ctx)
        return RegistrationRefused(field, code, greylisted=greylisted, others=others)

    def _complete(
        self, session: Session, link: PaymentLink, customer: Customer, new: PaymentMethod
    ) -> RegistrationResult:
        now = self.ctx.now()
        new.created_by = "customer (link)"
        old = _install_default(session, self.ctx, customer, new)
        link.state = "completed"
        link.completed_at = now
        customer.failed_attempts = 0
        # Any other live link of this customer is now pointless (an expired one keeps its
        # history as expired).
        revoke_live_links(session, self.ctx, customer, keep=link, by="system")
        session.flush()
        record(
            session,
            self.ctx,
            customer,
            "method_registered",
            {"old": old, "new": new.method},
            actor_kind="customer",
        )
        return RegistrationResult(method=method_info(new), language=customer.language)

    def register_sepa(
        self, token: str, *, holder: str, iban: str, bic: str, consent: bool
    ) -> RegistrationResult:
        """Every field is checked before anything is refused, so the form says all at once."""
        with self.ctx.read() as session:
            link, _customer = self._usable_link(session, token, for_update=False)
            if link.method != Method.SEPA_DEBIT:
                raise ValidationError("method", "link_wants_card")
        problems: list[ValidationError] = []
        holder_clean = _checked(problems, v.required, "holder", holder)
        account = None
        iban_refused: ValidationError | None = None
        if not (iban or "").strip():
            problems.append(ValidationError("iban", "required"))  # nothing typed: not counted
        else:
            try:
                account = v.iban(iban)
            except ValidationError as exc:
                iban_refused = exc
                problems.append(exc)
        bic_clean = ""
        if account is not None or (bic or "").strip():
            # Without a valid IBAN only the BIC's own form is checked: the IBAN may fill it.
            bic_clean = _checked(problems, v.bic, bic, account)
        if not consent:
            problems.append(ValidationError("consent", "consent_missing"))
        if iban_refused is not None:
            # DOMAIN: a rejected IBAN counts towards the grey list; a BIC typo does not.
            others = tuple(p for p in problems if p is not iban_refused)
            raise self._fail(
                token, iban_refused.field, iban_refused.code, "rejected IBAN", others
            ) from None
        if problems:
            raise _all_of(problems)
        assert account is not None
        creditor = v.creditor_id(self.ctx.settings.creditor_id)
        with self.ctx.transaction() as session:
            link, customer = self._usable_link(session, token)
            rum = next_mandate_reference(session, customer, creditor)
            today = self.ctx.today()
            new = PaymentMethod(
                method=Method.SEPA_DEBIT,
                holder=holder_clean,
                iban=account.compact,
                bic=bic_clean,
                mandate_reference=rum,
                mandate_signed_on=v.not_in_future("mandate_signed_on", today, today),
                creditor_id=creditor,
            )
            return self._complete(session, link, customer, new)

    def register_card(
        self,
        token: str,
        *,
        holder: str,
        card_number: str,
        exp_month: str | int,
        exp_year: str | int,
        cvc: str,
    ) -> RegistrationResult:
        with self.ctx.read() as session:
            link, _customer = self._usable_link(session, token, for_update=False)
            if link.method != Method.CARD:
                raise ValidationError("method", "link_wants_sepa")
        problems = _card_problems(holder, card_number, exp_month, exp_year, cvc, self.ctx.today())
        counted = [p for p in problems if p.code in _COUNTED_CARD_CODES]
        if counted:
            # One submit is one attempt, however many of its fields fail.
            first = counted[0]
            others = tuple(p for p in problems if p is not first)
            why = f"card {_CARD_FAILURES[first.code]}"
            raise self._fail(token, first.field, first.code, why, others)
        if problems:
            raise _all_of(problems)
        month, year = _expiry(exp_month, exp_year)
        result = self.gateway.register_card(
            card_number, month, year, str(cvc).strip(), self.ctx.today()
        )
        if not result.approved:
            field = {"expiry": "exp_month", "cvc": "cvc"}.get(result.decline_reason, "card_number")
            code = _DECLINE_CODES.get(result.decline_reason, "card_declined")
            raise self._fail(token, field, code, f"card {result.decline_reason}")
        with self.ctx.transaction() as session:
            link, customer = self._usable_link(session, token)
            new = PaymentMethod(
                method=Method.CARD,
                holder=holder.strip(),
                card_brand=result.brand,
                card_last4=result.last4,
                card_exp_month=result.exp_month,
                card_exp_year=result.exp_year,
                gateway_token=result.token,
            )
            return self._complete(session, link, customer, new)
