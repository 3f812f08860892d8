"""Customers: create, edit (with conflict detection), search, delete and anonymise."""

from __future__ import annotations

from array import array
from collections.abc import Collection, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    delete,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import addresses, rules
from core import validation as v
from core.cancel import Cancel
from core.codes import AUTOMATIC_METHODS
from core.dto import CustomerDetail, CustomerInput, CustomerPage, CustomerRow, SaveResult
from core.errors import DuplicateEmail, RuleViolation, ValidationError
from core.models import (
    ActivityEvent,
    Counter,
    Customer,
    DebitTransaction,
    Invoice,
    PaymentLink,
    PaymentMethod,
    RetiredReference,
)
from core.services import payments
from core.services.context import (
    ServiceContext,
    check_version,
    get_customer,
    mark_changed,
    next_counter,
    record,
    touch,
)
from core.services.views import (
    anonymize_blocker,
    customer_detail,
    delete_blocker,
    live_link_filter,
)

SORT_KEYS: dict[str, Any] = {
    "reference": Customer.reference,
    "name": Customer.sort_name,
    "email": Customer.email,
    "company": Customer.company,
    "city": Customer.city,
}
# The list's quick filters; several at once narrow the list together (each must hold).
QUICK_FILTERS = ("greylisted", "offline", "unusable", "overdue")
_EDITABLE = (
    "name",
    "email",
    "language",
    "status",
    "note",
    "company",
    "first_name",
    "last_name",
    "address_line1",
    "address_line2",
    "postal_code",
    "city",
    "region",
    "country",
    "phone",
    "vat_number",
)
# Shown as old → new in the activity log; the others are only named.
_SHOWN_FIELDS = {"name", "language", "status", "country", "company", "city"}


def clean_input(data: CustomerInput) -> dict[str, str]:
    """Validate every field; the first bad one raises with its name. Nothing is saved."""
    country = v.country(data.country)
    status = (data.status or "active").strip()
    if status not in ("active", "suspended"):
        raise ValidationError("status", "status_invalid")
    return {
        "name": v.required("name", data.name),
        "email": v.email(data.email),
        "language": v.language(data.language),
        "status": status,
        "note": v.optional("note", data.note, max_length=2000),
        "company": v.optional("company", data.company),
        "first_name": v.optional("first_name", data.first_name, max_length=100),
        "last_name": v.optional("last_name", data.last_name, max_length=100),
        "address_line1": v.optional("address_line1", data.address_line1),
        "address_line2": v.optional("address_line2", data.address_line2),
        "postal_code": addresses.postal_code(data.postal_code, country),
        "city": v.optional("city", data.city, max_length=100),
        "region": v.optional("region", data.region, max_length=100),
        "country": country,
        "phone": v.phone(data.phone, country),
        "vat_number": v.vat_number(data.vat_number, country),
    }


def search_key(values: Mapping[str, Any]) -> str:
    parts = (
        values.get("reference"),
        values.get("name"),
        values.get("email"),
        values.get("company"),
        values.get("first_name"),
        values.get("last_name"),
        values.get("city"),
    )
    return v.normalize_text(" ".join(p for p in parts if p))


_ID_BATCH = 20_000
# A first page walks the display order from the start over this many customers, then up to
# _HEAD_MOST when its matches are sparse; rarer words go to the search index.
_HEAD_FIRST = 4_000
_HEAD_MOST = 150_000
_HEAD_FEWEST = 12  # matches in the first _HEAD_FIRST customers worth walking further for
# Every id of a query that matches at least _DENSE of the first _PROBE customers is read by
# walking the sort index rather than by sorting the matches.
_PROBE = 2_000
_DENSE = 0.2


def _lapsed_if_last_used_by(today: date) -> date:
    """The latest day a mandate may have been last used (or signed) and be lapsed by ``today``
    (``rules.mandate_lapses_on``; month ends make it a day or two off a plain subtraction)."""
    day = rules.add_months(today, -rules.MANDATE_LAPSE_MONTHS)
    while rules.add_months(day, rules.MANDATE_LAPSE_MONTHS) > today:
        day -= timedelta(days=1)
    while rules.add_months(day + timedelta(days=1), rules.MANDATE_LAPSE_MONTHS) <= today:
        day += timedelta(days=1)
    return day


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_terms(query: str) -> list[str]:
    return [f"%{_escape_like(t)}%" for t in v.normalize_text(query).split()]


def email_owner_query(email: str, except_id: int | None) -> Select[Customer]:
    """The first other customer with this email, in any case: a lookup in the
    ``lower(email)`` index (migration 0008), not a scan of every customer."""
    query = select(Customer).where(func.lower(Customer.email) == email.lower())
    if except_id is not None:
        query = query.where(Customer.id != except_id)
    return query.order_by(Customer.id).limit(1)


def _email_owner(session: Session, email: str, except_id: int | None) -> Customer | None:
    return session.scalars(email_owner_query(email, except_id)).first()


def _refuse_duplicate_email(session: Session, email: str, except_id: int | None) -> None:
    other = _email_owner(session, email, except_id)
    if other is not None:
        raise DuplicateEmail(email, name=other.name, reference=other.reference)


class CustomerService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reading -------------------------------------------------------------------------
    def _filter(self, query: str, cols: Any = Customer, *, indexed: bool = True) -> list[Any]:
        """SQL conditions for a typed query: every word must appear somewhere.

        The same meaning on every database: a word of 3+ letters is found anywhere in the
        reference, name, email, company or city (SQLite: its trigram index; PostgreSQL:
        LIKE over pg_trgm's GIN index); shorter queries match the start of the name, the
        email or the reference (indexed).

        ``cols``: the customers table or a subquery of it; ``indexed=False`` tests each row
        with LIKE instead of asking SQLite's trigram index (the same answers: the index
        finds the rows whose accent-free, lower-case search text contains each word).
        """
        query = v.search_query(query)
        terms = v.normalize_text(query).split()
        if not terms:
            return []
        long_terms = [t for t in terms if len(t) >= 3]
        short_terms = [t for t in terms if len(t) < 3]
        conditions: list[Any] = []
        if long_terms:
            if self.ctx.customer_fts and indexed:
                match = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
                conditions.append(
                    cols.id.in_(
                        select(literal_column("rowid"))
                        .select_from(text("customer_search"))
                        .where(text("customer_search MATCH :match").bindparams(match=match))
                    )
                )
            else:
                conditions += [
                    cols.search_text.like(p, escape="\\") for p in _like_terms(" ".join(long_terms))
                ]
            conditions += [
                cols.search_text.like(p, escape="\\") for p in _like_terms(" ".join(short_terms))
            ]
        else:
            prefix = " ".join(short_terms)
            upper = prefix.upper()
            if self.ctx.dialect == "sqlite":
                conditions.append(
                    or_(
                        and_(cols.sort_name >= prefix, cols.sort_name < prefix + "\uffff"),
                        and_(cols.email >= prefix, cols.email < prefix + "\uffff"),
                        and_(cols.reference >= upper, cols.reference < upper + "\uffff"),
                    )
                )
            else:
                # Comparisons follow the collation there; LIKE 'x%' is a plain prefix
                # (the text_pattern_ops indexes of migration 0006).
                conditions.append(
                    or_(
                        cols.sort_name.like(_escape_like(prefix) + "%", escape="\\"),
                        cols.email.like(_escape_like(prefix) + "%", escape="\\"),
                        cols.reference.like(_escape_like(upper) + "%", escape="\\"),
                    )
                )
        return conditions

    def _quick(self, filters: Collection[str], cols: Any = Customer) -> list[Any]:
        """SQL conditions for the list's quick filters (``QUICK_FILTERS``), all to hold.

        - greylisted: the form refuses the customer;
        - offline: their default method is an offline one (the list's "offline" badge);
        - unusable: their default method can no longer be charged (``rules.unusable_reason``:
          a reason stored by billing or the bank, a card past its expiry month, a mandate
          unused for 36 months);
        - overdue: an invoice due and past its due date plus the grace days (``rules.is_overdue``).
        """
        unknown = [f for f in filters if f not in QUICK_FILTERS]
        if unknown:
            raise ValidationError("filters", "one_of", choices=list(QUICK_FILTERS))
        conditions: list[Any] = []
        default = and_(PaymentMethod.customer_id == cols.id, PaymentMethod.status == "default")
        today = self.ctx.today()
        if "greylisted" in filters:
            conditions.append(cols.greylisted.is_(True))
        if "offline" in filters:
            # Plain comparisons, not IN (): every id is read with the driver's own cursor.
            offline = [PaymentMethod.method != str(m) for m in AUTOMATIC_METHODS]
            conditions.append(exists().where(default, *offline))
        if "unusable" in filters:
            lapsed = _lapsed_if_last_used_by(today)
            conditions.append(
                exists().where(
                    default,
                    or_(
                        and_(
                            PaymentMethod.unusable_reason.is_not(None),
                            PaymentMethod.unusable_reason != "",
                        ),
                        and_(
                            PaymentMethod.method == "card",
                            PaymentMethod.card_exp_month > 0,
                            PaymentMethod.card_exp_year > 0,
                            or_(
                                PaymentMethod.card_exp_year < today.year,
                                and_(
                                    PaymentMethod.card_exp_year == today.year,
                                    PaymentMethod.card_exp_month < today.month,
                                ),
                            ),
                        ),
                        and_(
                            PaymentMethod.method == "sepa_debit",
                            or_(
                                PaymentMethod.mandate_last_used_on <= lapsed,
                                and_(
                                    PaymentMethod.mandate_last_used_on.is_(None),
                                    PaymentMethod.mandate_signed_on <= lapsed,
                                ),
                                and_(
                                    PaymentMethod.mandate_last_used_on.is_(None),
                                    PaymentMethod.mandate_signed_on.is_(None),
                                    # Created on or before that day (a date: both
                                    # databases compare it with a time of day).
                                    PaymentMethod.created_at < lapsed + timedelta(days=1),
                                ),
                            ),
                        ),
                    ),
                )
            )
        if "overdue" in filters:
            grace = self.ctx.settings.overdue_grace_days
            conditions.append(
                exists().where(
                    Invoice.customer_id == cols.id,
                    Invoice.status == "due",
                    Invoice.due_on < today - timedelta(days=grace),
                )
            )
        return conditions

    def _where(self, query: str, filters: Collection[str], cols: Any = Customer) -> list[Any]:
        return self._filter(query, cols) + self._quick(filters, cols)

    def count(self, query: str = "", *, filters: Collection[str] = ()) -> int:
        with self.ctx.read() as session:
            return (
                session.scalar(
                    select(func.count()).select_from(Customer).where(*self._where(query, filters))
                )
                or 0
            )

    def _order(self, sort: str, descending: bool, cols: Any = Customer) -> list[Any]:
        if sort not in SORT_KEYS:
            raise ValidationError("sort", "one_of", choices=list(SORT_KEYS))
        key = getattr(cols, SORT_KEYS[sort].key)
        if descending:
            return [key.desc(), cols.id.desc()]
        return [key.asc(), cols.id.asc()]

    def _head(
        self,
        query: str,
        rows: int,
        sort: str,
        descending: bool,
        filters: Collection[str] = (),
    ) -> Select[Any]:
        """The matches among the first ``rows`` customers in display order, in that order.

        Walks the sort key's index and tests each row, so it costs ``rows`` however many
        customers there are; when it finds a page, that page is the search's first page.
        """
        head = (
            select(
                Customer.id,
                Customer.reference,
                Customer.sort_name,
                Customer.email,
                Customer.company,
                Customer.city,
                Customer.search_text,
                Customer.greylisted,
            )
            .order_by(*self._order(sort, descending))
            .limit(rows)
            .subquery("head")
        )
        return (
            select(head.c.id)
            .where(*self._filter(query, head.c, indexed=False), *self._quick(filters, head.c))
            .order_by(*self._order(sort, descending, head.c))
        )

    def first_ids(
        self,
        query: str = "",
        *,
        limit: int = 100,
        sort: str = "reference",
        descending: bool = False,
        filters: Collection[str] = (),
    ) -> list[int]:
        """The ids of the first ``limit`` matches in display order, read fast at any size.

        Dense matches (a letter, a common name) are found by walking the sort index from
        the start; sparse ones by the search index. Same answers as ``search_ids(...)[:limit]``.
        """
        with self.ctx.read() as session:
            return self._first_ids(session.connection(), query, limit, sort, descending, filters)

    def first_page(
        self,
        query: str = "",
        *,
        limit: int = 100,
        sort: str = "reference",
        descending: bool = False,
        filters: Collection[str] = (),
    ) -> list[CustomerRow]:
        """The rows of the first ``limit`` matches, for a table's first page on screen."""
        with self.ctx.read() as session:
            connection = session.connection()
            ids = self._first_ids(connection, query, limit, sort, descending, filters)
            return self._rows(connection, ids)

    def _first_ids(
        self,
        connection: Any,
        query: str,
        limit: int,
        sort: str,
        descending: bool,
        filters: Collection[str] = (),
    ) -> list[int]:
        limit = max(min(limit, 1000), 1)
        order = self._order(sort, descending)
        quick = self._quick(filters)
        if not v.normalize_text(v.search_query(query)).split() and not quick:
            return list(connection.scalars(select(Customer.id).order_by(*order).limit(limit)))
        # max(id) bounds the number of customers: a head that long holds every match.
        bound = connection.scalar(select(func.max(Customer.id))) or 0
        rows = _HEAD_FIRST
        while True:
            head = self._head(query, rows, sort, descending, filters)
            ids = list(connection.scalars(head.limit(limit)))
            if len(ids) >= limit or rows >= bound:
                return ids
            if len(ids) * _HEAD_FIRST < rows * _HEAD_FEWEST:
                break  # few near the start: a rare word, the search index is quicker
            # As dense further on as at the start: walk far enough to fill a page.
            rows = min(bound, max(2 * rows, rows * limit * 3 // (2 * len(ids))))
            if rows > _HEAD_MOST:
                break
        return list(
            connection.scalars(
                select(Customer.id)
                .where(*self._filter(query), *quick)
                .order_by(*order)
                .limit(limit)
            )
        )

    def search_ids(
        self,
        query: str = "",
        *,
        sort: str = "reference",
        descending: bool = False,
        cancel: Cancel | None = None,
        filters: Collection[str] = (),
    ) -> array[int] | None:
        """Every matching id in display order: a table holds these and asks for rows lazily.

        A million ids take a few megabytes as a packed array (a list would take ~40). With
        ``cancel``, another thread can stop the search (a newer one replaced it): the running
        statement is interrupted and the answer is None.
        """
        with self.ctx.read() as session:
            connection = session.connection()
            dbapi = connection.connection
            if cancel is not None and not cancel.watch(dbapi.driver_connection):
                return None
            try:
                stmt = self._ids_statement(connection, query, sort, descending, filters)
                ids = self._fetched_ids(dbapi, stmt, connection.dialect, cancel)
            except Exception:
                if cancel is not None and cancel.is_set():
                    return None  # interrupted on purpose (the read is rolled back)
                raise
            finally:
                if cancel is not None:
                    cancel.unwatch()
        return None if cancel is not None and cancel.is_set() else ids

    def _ids_statement(
        self,
        connection: Any,
        query: str,
        sort: str,
        descending: bool,
        filters: Collection[str] = (),
    ) -> Select[Any]:
        order = self._order(sort, descending)
        conditions = self._where(query, filters)
        if not conditions:
            return select(Customer.id).order_by(*order)
        if self.ctx.dialect == "sqlite":
            # A query most customers match (a letter, "example"): walking the sort index once
            # beats collecting the matches from the indexes and sorting them all.
            probe = len(
                list(connection.scalars(self._head(query, _PROBE, sort, descending, filters)))
            )
            if probe >= _PROBE * _DENSE:
                bound = connection.scalar(select(func.max(Customer.id))) or 0
                return self._head(query, max(bound, 1), sort, descending, filters)
        return select(Customer.id).where(*conditions).order_by(*order)

    @staticmethod
    def _fetched_ids(
        dbapi: Any, stmt: Select[Any], dialect: Any, cancel: Cancel | None
    ) -> array[int]:
        """The driver's tuples, a batch at a time, without the ORM (little memory on the way)."""
        compiled = stmt.compile(dialect=dialect)
        params = compiled.params
        if dialect.name == "sqlite":
            # As SQLAlchemy stores them (the driver's own date adapter is deprecated).
            params = {k: p.isoformat() if type(p) is date else p for k, p in params.items()}
        args: Any = (
            tuple(params[name] for name in compiled.positiontup or ())
            if compiled.positional
            else params
        )
        ids: array[int] = array("q")
        cursor = dbapi.cursor()
        try:
            cursor.execute(str(compiled), args)
            while batch := cursor.fetchmany(_ID_BATCH):
                ids.extend([row[0] for row in batch])
                if cancel is not None and cancel.is_set():
                    break
        finally:
            cursor.close()
        return ids

    def _row_select(self):  # type: ignore[no-untyped-def]
        pending = exists().where(
            PaymentLink.customer_id == Customer.id,
            live_link_filter(self.ctx.now()),
        )
        return select(
            Customer.id,
            Customer.reference,
            Customer.name,
            Customer.company,
            Customer.email,
            Customer.city,
            PaymentMethod.method,
            Customer.greylisted,
            pending.label("awaiting"),
        ).outerjoin(
            PaymentMethod,
            and_(PaymentMethod.customer_id == Customer.id, PaymentMethod.status == "default"),
        )

    @staticmethod
    def _to_row(r: Any) -> CustomerRow:
        return CustomerRow(
            id=r.id,
            reference=r.reference,
            name=r.name,
            company=r.company,
            email=r.email or "",
            city=r.city or "",
            payment_method=r.method,
            greylisted=bool(r.greylisted),
            awaiting_customer=bool(r.awaiting),
        )

    def rows(self, ids: Sequence[int]) -> list[CustomerRow]:
        """The rows for these ids, in the same order (missing ids are skipped)."""
        if not ids:
            return []
        with self.ctx.read() as session:
            return self._rows(session.connection(), ids)

    def _rows(self, connection: Any, ids: Sequence[int]) -> list[CustomerRow]:
        wanted = list(ids)[:1000]
        if not wanted:
            return []
        statement = self._row_select().where(Customer.id.in_(wanted))
        found = {r.id: self._to_row(r) for r in connection.execute(statement)}
        return [found[i] for i in wanted if i in found]

    def page_statement(
        self,
        query: str = "",
        *,
        offset: int = 0,
        limit: int = 100,
        sort: str = "reference",
        descending: bool = False,
        filters: Collection[str] = (),
    ) -> Select[Any]:
        """The ordered, LIMITed query behind one page.

        The page's ids first, then their rows: the method and the waiting link are looked up
        for the rows shown, not for every match before sorting.
        """
        page = (
            select(Customer.id)
            .where(*self._where(query, filters))
            .order_by(*self._order(sort, descending))
            .offset(max(offset, 0))
            .limit(max(min(limit, 1000), 1))
            .subquery("page")
        )
        return (
            self._row_select()
            .join(page, page.c.id == Customer.id)
            .order_by(*self._order(sort, descending))
        )

    def search(
        self,
        query: str = "",
        *,
        offset: int = 0,
        limit: int = 100,
        sort: str = "reference",
        descending: bool = False,
        with_total: bool = True,
        filters: Collection[str] = (),
    ) -> CustomerPage:
        """One page of matches, searched and sorted in SQL (case- and accent-insensitive)."""
        stmt = self.page_statement(
            query, offset=offset, limit=limit, sort=sort, descending=descending, filters=filters
        )
        with self.ctx.read() as session:
            rows = tuple(self._to_row(r) for r in session.connection().execute(stmt))
        total = self.count(query, filters=filters) if with_total else -1
        return CustomerPage(rows=rows, total=total)

    def get(self, customer_id: int | str) -> CustomerDetail:
        with self.ctx.read() as session:
            return customer_detail(
                session,
                get_customer(session, customer_id),
                self.ctx.now(),
                grace_days=self.ctx.settings.overdue_grace_days,
            )

    def latest_change(self) -> int:
        """A marker that moves whenever anything is recorded (the desk polls it)."""
        with self.ctx.read() as session:
            return session.scalar(select(Counter.value).where(Counter.name == "changes")) or 0

    # --- writing -------------------------------------------------------------------------
    def create(self, data: CustomerInput, *, allow_duplicate_email: bool = False) -> CustomerDetail:
        return self.save(
            None, data, expected_version=None, allow_duplicate_email=allow_duplicate_email
        ).customer

    def update(
        self,
        customer_id: int | str,
        data: CustomerInput,
        *,
        expected_version: int,
        allow_duplicate_email: bool = False,
    ) -> CustomerDetail:
        return self.save(
            customer_id,
            data,
            expected_version=expected_version,
            allow_duplicate_email=allow_duplicate_email,
        ).customer

    def email_owner(self, email: str, *, except_id: int | None = None) -> CustomerRow | None:
        """Another customer who already has ``email`` (case ignored), or None."""
        cleaned = (email or "").strip()
        if not cleaned:
            return None
        with self.ctx.read() as session:
            found = _email_owner(session, cleaned, except_id)
            return self.rows([found.id])[0] if found is not None else None

    def save(
        self,
        customer_id: int | str | None,
        data: CustomerInput,
        *,
        expected_version: int | None,
        payment_method: str | None = None,
        allow_duplicate_email: bool = False,
    ) -> SaveResult:
        """The edit dialog's one call: identity, address and payment method in one transaction.

        ``payment_method`` None or equal to the current one changes nothing; an offline
        code takes effect now; an automatic code makes a payment link. A new or changed
        email that another customer already has is refused (``DuplicateEmail``, naming
        them) unless ``allow_duplicate_email``: staff were told and chose to save anyway.
        """
        if customer_id is not None and expected_version is None:
            # No lost update: every change to an existing record says what it was made from.
            raise TypeError("save() of an existing customer needs expected_version")
        values = clean_input(data)
        if payment_method is not None:
            v.method(payment_method, field="payment_method")
        now = self.ctx.now()
        link = None
        with self.ctx.transaction() as session:
            if customer_id is None:
                ref = v.reference(data.reference) if data.reference else None
                if ref is None:
                    ref = f"CUST-{next_counter(session, 'customer'):06d}"
                    while session.scalar(
                        select(Customer.id).where(Customer.reference == ref)
                    ) or session.get(RetiredReference, ref):
                        ref = f"CUST-{next_counter(session, 'customer'):06d}"
                elif session.scalar(select(Customer.id).where(Customer.reference == ref)):
                    raise ValidationError("reference", "reference_taken", value=ref)
                elif session.get(RetiredReference, ref) is not None:
                    raise ValidationError("reference", "reference_retired", value=ref)
                if not allow_duplicate_email:
                    _refuse_duplicate_email(session, values["email"], None)
                customer = Customer(
                    reference=ref,
                    created_at=now,
                    updated_at=now,
                    sort_name=v.normalize_text(values["name"]),
                    search_text=search_key({**values, "reference": ref}),
                    **values,
                )
                session.add(customer)
                try:
                    session.flush()
                except IntegrityError:
                    raise ValidationError("reference", "reference_taken", value=ref) from None
                record(session, self.ctx, customer, "customer_created")
            else:
                customer = get_customer(session, customer_id)
                check_version(customer, expected_version)
                if customer.anonymized_at is not None:
                    raise RuleViolation("anonymised_edit")
                changed = [f for f in _EDITABLE if getattr(customer, f) != values[f]]
                # An email kept as it was is not asked about again at every save.
                if "email" in changed and not allow_duplicate_email:
                    _refuse_duplicate_email(session, values["email"], customer.id)
                if changed:
                    # Structured, so the summary is written in the reader's language.
                    diff = [
                        {"field": f, "old": getattr(customer, f), "new": values[f]}
                        if f in _SHOWN_FIELDS
                        else {"field": f}
                        for f in changed
                    ]
                    for f in changed:
                        setattr(customer, f, values[f])
                    customer.sort_name = v.normalize_text(values["name"])
                    customer.search_text = search_key({**values, "reference": customer.reference})
                    touch(customer, self.ctx)
                    record(
                        session,
                        self.ctx,
                        customer,
                        "customer_updated",
                        {"diff": diff, "fields": changed},
                    )
            if payment_method is not None:
                current = payments.default_method_code(session, customer.id)
                if payment_method != current:
                    if payment_method in v.OFFLINE_METHODS:
                        payments.apply_offline_method(session, self.ctx, customer, payment_method)
                    else:
                        link = payments.make_link(session, self.ctx, customer, payment_method)
            session.flush()
            detail = customer_detail(session, customer, now)
        return SaveResult(customer=detail, link=link)

    def delete(self, customer_id: int | str) -> str:
        """Permanent; only for a customer without any invoice. Returns the reference."""
        with self.ctx.transaction() as session:
            customer = get_customer(session, customer_id)
            blocker = delete_blocker(session, customer)
            if blocker is not None:
                raise blocker
            reference = customer.reference
            session.add(RetiredReference(reference=reference, retired_at=self.ctx.now()))
            session.delete(customer)
            mark_changed(session)
        return reference

    def anonymize(self, customer_id: int | str) -> CustomerDetail:
        """GDPR erasure that keeps the legal records (reference, invoices)."""
        with self.ctx.transaction() as session:
            customer = get_customer(session, customer_id)
            blocker = anonymize_blocker(session, customer)
            if blocker is not None:
                raise blocker
            is_company = bool(customer.company.strip())
            session.execute(delete(ActivityEvent).where(ActivityEvent.customer_id == customer.id))
            session.execute(delete(PaymentLink).where(PaymentLink.customer_id == customer.id))
            # The bank files keep only what the law needs: the debtor's details go.
            session.execute(
                update(DebitTransaction)
                .where(
                    DebitTransaction.invoice_id.in_(
                        select(Invoice.id).where(Invoice.customer_id == customer.id)
                    )
                )
                .values(debtor_name="", debtor_iban="", debtor_bic="")
            )
            for pm in session.scalars(
                select(PaymentMethod).where(PaymentMethod.customer_id == customer.id)
            ):
                pm.holder = pm.iban = pm.bic = pm.gateway_token = None
                pm.card_last4 = pm.card_brand = None
            customer.email = None
            customer.phone = ""
            customer.note = ""
            customer.first_name = customer.last_name = ""
            if is_company:
                customer.name = customer.company
            else:
                customer.name = f"Anonyme {customer.reference}"
                customer.company = ""
                customer.address_line1 = customer.address_line2 = ""
                customer.postal_code = customer.city = customer.region = ""
                customer.vat_number = ""
            customer.greylisted = False
            customer.failed_attempts = 0
            customer.anonymized_at = self.ctx.now()
            # DOMAIN rule 5: one entry survives, saying when and by whom.
            record(
                session,
                self.ctx,
                customer,
                "customer_anonymised",
                {"date_iso": self.ctx.today().isoformat(), "actor": self.ctx.settings.operator},
            )
            customer.sort_name = v.normalize_text(customer.name)
            customer.search_text = search_key(
                {
                    "reference": customer.reference,
                    "name": customer.name,
                    "company": customer.company,
                }
            )
            touch(customer, self.ctx)
            session.flush()
            return customer_detail(session, customer, self.ctx.now())
