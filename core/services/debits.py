"""SEPA direct debits: batches ("remises"), the pain.008 file, bank returns, settling."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.orm import Session

from core import i18n, rules
from core import validation as v
from core.codes import ActorKind, Collection, InvoiceStatus, Method, MethodStatus
from core.errors import ConflictError, NotFound, RuleViolation, ValidationError
from core.models import (
    ActivityEvent,
    BankReturn,
    Customer,
    DebitBatch,
    DebitTransaction,
    Invoice,
    PaymentMethod,
)
from core.sepa import calendar as target2
from core.sepa import pain008, returns
from core.services.billing import LIVE_BATCH_STATUSES, switch_open_invoices_offline
from core.services.context import ServiceContext, get_customer, mark_changed, next_counter, record

# Invoices settled per transaction: a large batch never holds the write lock for long.
SETTLE_SLICE = 2000


@dataclass(frozen=True)
class DebitLine:
    invoice: str
    customer_reference: str
    end_to_end_id: str
    sequence: str
    mandate_reference: str
    amount_cents: int
    status: str
    reason_code: str | None
    presentation: int


@dataclass(frozen=True)
class BatchInfo:
    reference: str
    status: str
    collection_date: date
    count: int
    total_cents: int
    message_id: str
    created_at: datetime
    exported_at: datetime | None
    settled_at: datetime | None
    frst: int
    rcur: int
    version: int


@dataclass(frozen=True)
class BatchPreview:
    """What a new batch on that date would hold (nothing is written)."""

    collection_date: date
    count: int
    frst: int
    rcur: int
    total_cents: int
    represented: int  # rejected for lack of funds, presented once more
    waiting: int  # further debits on a mandate whose first debit goes now: next batch


@dataclass(frozen=True)
class BatchDetail:
    batch: BatchInfo
    lines: tuple[DebitLine, ...]


@dataclass(frozen=True)
class ReturnChange:
    invoice: str
    customer_reference: str
    reason_code: str
    kind: str  # reject (before settling) | return (after)
    already: bool  # this return was applied before: nothing changes


@dataclass(frozen=True)
class ReturnPreview:
    kind: str  # the file's kind, e.g. pain.002 or camt.054
    changes: tuple[ReturnChange, ...]
    already_imported: bool

    @property
    def new_changes(self) -> int:
        return sum(1 for c in self.changes if not c.already)


def _sequence_counts(session: Session, batch_ids: list[int]) -> dict[tuple[int, str], int]:
    """FRST and RCUR per batch, counted by the database (a batch may hold 100,000 debits)."""
    if not batch_ids:
        return {}
    rows = session.execute(
        select(DebitTransaction.batch_id, DebitTransaction.sequence, func.count())
        .where(DebitTransaction.batch_id.in_(batch_ids))
        .group_by(DebitTransaction.batch_id, DebitTransaction.sequence)
    ).all()
    return {(batch_id, sequence): n for batch_id, sequence, n in rows}


def batch_info(
    session: Session, batch: DebitBatch, counts: dict[tuple[int, str], int] | None = None
) -> BatchInfo:
    tally = counts if counts is not None else _sequence_counts(session, [batch.id])
    return BatchInfo(
        reference=batch.reference,
        status=batch.status,
        collection_date=batch.collection_date,
        count=batch.count,
        total_cents=batch.total_cents,
        message_id=batch.message_id,
        created_at=batch.created_at,
        exported_at=batch.exported_at,
        settled_at=batch.settled_at,
        frst=tally.get((batch.id, "FRST"), 0),
        rcur=tally.get((batch.id, "RCUR"), 0),
        version=batch.version,
    )


@dataclass(frozen=True)
class _Candidate:
    invoice_id: int
    number: str
    label: str
    amount_cents: int
    currency: str
    method_id: int
    mandate_reference: str
    mandate_signed_on: date
    holder: str | None
    iban: str
    bic: str | None
    presentation: int


def _candidate(fields: Any, presentation: int) -> _Candidate:
    values: list[Any] = [*fields, presentation]
    return _Candidate(*values)


class DebitService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reading -------------------------------------------------------------------------------
    def earliest_collection_date(self) -> date:
        return target2.earliest_collection_date(self.ctx.today(), self.ctx.settings.debit_lead_days)

    def batches(self) -> list[BatchInfo]:
        with self.ctx.read() as session:
            found = session.scalars(
                select(DebitBatch).order_by(DebitBatch.collection_date.desc(), DebitBatch.id.desc())
            ).all()
            counts = _sequence_counts(session, [b.id for b in found])
            return [batch_info(session, b, counts) for b in found]

    def batch(self, reference: str) -> BatchDetail:
        with self.ctx.read() as session:
            batch = self._batch(session, reference)
            rows = session.execute(
                select(DebitTransaction, Invoice.number, Customer.reference)
                .join(Invoice, Invoice.id == DebitTransaction.invoice_id)
                .join(Customer, Customer.id == Invoice.customer_id)
                .where(DebitTransaction.batch_id == batch.id)
                .order_by(DebitTransaction.sequence, DebitTransaction.id)
            ).all()
            lines = tuple(
                DebitLine(
                    invoice=number,
                    customer_reference=customer,
                    end_to_end_id=t.end_to_end_id,
                    sequence=t.sequence,
                    mandate_reference=t.mandate_reference,
                    amount_cents=t.amount_cents,
                    status=t.status,
                    reason_code=t.reason_code,
                    presentation=t.presentation,
                )
                for t, number, customer in rows
            )
            return BatchDetail(batch_info(session, batch), lines)

    def _batch(self, session: Session, reference: str) -> DebitBatch:
        batch = session.scalar(select(DebitBatch).where(DebitBatch.reference == reference))
        if batch is None:
            raise NotFound("batch_not_found", key=reference)
        return batch

    # --- preparing -------------------------------------------------------------------------------
    def _check_collection_date(self, day: date) -> None:
        earliest = self.earliest_collection_date()
        if not target2.is_target2_day(day):
            raise ValidationError(
                "collection_date",
                "not_target2_day",
                next=max(target2.next_target2_day(day), earliest),
            )
        if day < earliest:
            raise ValidationError("collection_date", "collection_too_soon", next=earliest)

    def prepare(self, collection_date: date | str) -> BatchInfo | None:
        """A batch of every due SEPA invoice whose debit date is on or before the collection
        date and that is in no live batch; None when there is nothing to collect."""
        day = v.parse_date("collection_date", collection_date)
        self._check_collection_date(day)
        creditor = self.ctx.settings
        v.creditor_id(creditor.creditor_id)
        if not creditor.creditor_iban:
            raise ValidationError("creditor_iban", "required")
        v.iban(creditor.creditor_iban)
        with self.ctx.transaction() as session:
            # Plain rows, not ORM objects: a batch may hold a hundred thousand debits.
            candidates = self._candidates(session, day)
            if not candidates:
                return None
            year = day.year
            number = next_counter(session, f"batch-{year}")
            reference = f"R{year}-{number:06d}"
            batch = DebitBatch(
                reference=reference,
                message_id=f"GUICHET-{reference}",
                collection_date=day,
                status="prepared",
                pain_version=creditor.sepa_pain_version,
                count=0,
                total_cents=0,
                created_at=self.ctx.now(),
                created_by=creditor.operator,
            )
            session.add(batch)
            session.flush()
            candidates, kept, _waiting = self._choose(session, candidates)
            rows = [
                {
                    "batch_id": batch.id,
                    "invoice_id": c.invoice_id,
                    "end_to_end_id": c.number,
                    "sequence": rules.sequence_type(kept.get(c.mandate_reference, 0)),
                    "presentation": c.presentation,
                    "amount_cents": c.amount_cents,
                    "currency": c.currency,
                    "mandate_reference": c.mandate_reference,
                    "mandate_signed_on": c.mandate_signed_on,
                    "payment_method_id": c.method_id,
                    "debtor_name": pain008.sepa_text(c.holder or "", 70),
                    "debtor_iban": c.iban,
                    "debtor_bic": c.bic or "",
                    "remittance": pain008.sepa_text(f"{c.number} {c.label}", 140),
                    "status": "pending",
                }
                for c in candidates
            ]
            batch.count = len(rows)
            batch.total_cents = sum(c.amount_cents for c in candidates)
            for start in range(0, len(rows), 5000):
                session.execute(insert(DebitTransaction), rows[start : start + 5000])
            again = [c.invoice_id for c in candidates if c.presentation > 1]
            if again:  # back from "unpaid" for one more try
                session.execute(
                    update(Invoice)
                    .where(Invoice.id.in_(again))
                    .values(status=InvoiceStatus.DUE, collection=Collection.AUTOMATIC,
                            version=Invoice.version + 1)
                )  # fmt: skip
            record(
                session,
                self.ctx,
                None,
                "batch_prepared",
                {"batch": reference, "count": len(rows), "amount_cents": batch.total_cents,
                 "currency": "EUR", "date_iso": day.isoformat()},
            )  # fmt: skip
            session.flush()
            return batch_info(session, batch)

    def preview(self, collection_date: date | str) -> BatchPreview:
        """What ``prepare`` would put in a batch on that date, without writing anything."""
        day = v.parse_date("collection_date", collection_date)
        self._check_collection_date(day)
        with self.ctx.read() as session:
            chosen, kept, waiting = self._choose(session, self._candidates(session, day))
            sequences = [rules.sequence_type(kept.get(c.mandate_reference, 0)) for c in chosen]
            return BatchPreview(
                collection_date=day,
                count=len(chosen),
                frst=sequences.count("FRST"),
                rcur=sequences.count("RCUR"),
                total_cents=sum(c.amount_cents for c in chosen),
                represented=sum(1 for c in chosen if c.presentation > 1),
                waiting=waiting,
            )

    def _choose(
        self, session: Session, candidates: list[_Candidate]
    ) -> tuple[list[_Candidate], dict[str, int], int]:
        """The debits that go in, what the bank holds per mandate, and how many wait.

        A mandate's first debit (FRST) goes alone: the mandate's other invoices wait for a
        later batch, where they are RCUR. The oldest invoice goes first (a re-presented one
        before this month's).
        """
        kept = self._debits_kept_by_bank(session, {c.method_id for c in candidates})
        candidates.sort(key=lambda c: c.invoice_id)
        first_seen: set[str] = set()
        chosen = []
        for c in candidates:
            if not kept.get(c.mandate_reference, 0):
                if c.mandate_reference in first_seen:
                    continue
                first_seen.add(c.mandate_reference)
            chosen.append(c)
        return chosen, kept, len(candidates) - len(chosen)

    def _candidates(self, session: Session, day: date) -> list[_Candidate]:
        in_live_batch = (
            select(DebitTransaction.invoice_id)
            .join(DebitBatch, DebitBatch.id == DebitTransaction.batch_id)
            .where(
                DebitBatch.status.in_(LIVE_BATCH_STATUSES),
                DebitTransaction.status == "pending",
            )
        )
        usable_mandate = and_(
            PaymentMethod.customer_id == Invoice.customer_id,
            PaymentMethod.status == MethodStatus.DEFAULT,
            PaymentMethod.method == Method.SEPA_DEBIT,
            PaymentMethod.unusable_reason.is_(None),
        )
        columns = (
            Invoice.id, Invoice.number, Invoice.label, Invoice.amount_cents, Invoice.currency,
            PaymentMethod.id, PaymentMethod.mandate_reference, PaymentMethod.mandate_signed_on,
            PaymentMethod.holder, PaymentMethod.iban, PaymentMethod.bic,
        )  # fmt: skip
        due = session.execute(
            select(*columns)
            .join(PaymentMethod, usable_mandate)
            .where(
                Invoice.status == InvoiceStatus.DUE,
                Invoice.collection == Collection.AUTOMATIC,
                Invoice.currency == "EUR",
                Invoice.debit_on <= day,
                Invoice.id.not_in(in_live_batch),
            )
            .order_by(Invoice.id)
        ).all()
        found = [_candidate(row, 1) for row in due]
        # DOMAIN: an invoice rejected for lack of funds goes into one later batch again.
        again = session.execute(
            select(*columns, Invoice.reason_code, func.count(DebitTransaction.id))
            .join(PaymentMethod, usable_mandate)
            .join(DebitTransaction, DebitTransaction.invoice_id == Invoice.id)
            .join(DebitBatch, DebitBatch.id == DebitTransaction.batch_id)
            .where(
                DebitBatch.status.in_(("sent", "settled")),  # a cancelled one did not count
                Invoice.status == InvoiceStatus.PROBLEM,
                Invoice.currency == "EUR",
                Invoice.reason_code.in_(rules.REPRESENTABLE_REASONS),
                Invoice.id.not_in(in_live_batch),
            )
            .group_by(*columns, Invoice.reason_code)
            .order_by(Invoice.id)
        ).all()
        for row in again:
            *fields, reason_code, presentations = row
            if rules.can_represent(reason_code, presentations):
                found.append(_candidate(fields, presentations + 1))
        return found

    def _debits_kept_by_bank(self, session: Session, method_ids: set[int]) -> dict[str, int]:
        """Per mandate, the debits already sent and not rejected: FRST only for the first."""
        if not method_ids:
            return {}
        rows = session.execute(
            select(DebitTransaction.mandate_reference, func.count())
            .join(DebitBatch, DebitBatch.id == DebitTransaction.batch_id)
            .where(
                DebitBatch.status.in_(("prepared", "sent", "settled")),
                DebitTransaction.status != "rejected",
                DebitTransaction.payment_method_id.in_(method_ids),
            )
            .group_by(DebitTransaction.mandate_reference)
        ).all()
        return {rum: n for rum, n in rows}

    # --- the file ---------------------------------------------------------------------------------
    def file_bytes(self, reference: str) -> bytes:
        """The pain.008 of a batch, valid against its XSD; the same bytes every time."""
        with self.ctx.read() as session:
            batch = self._batch(session, reference)
            if batch.status == "cancelled":
                raise RuleViolation("batch_state", batch=reference, batch_status=batch.status)
            return self._build(session, batch)

    def _build(self, session: Session, batch: DebitBatch) -> bytes:
        settings = self.ctx.settings
        t = DebitTransaction
        rows = session.execute(
            select(t.end_to_end_id, t.amount_cents, t.mandate_reference, t.mandate_signed_on,
                   t.sequence, t.debtor_name, t.debtor_iban, t.debtor_bic, t.remittance)
            .where(t.batch_id == batch.id)
            .order_by(t.id)
        ).all()  # fmt: skip
        creditor = pain008.Creditor(
            name=settings.business_name,
            iban=settings.creditor_iban,
            bic=settings.creditor_bic,
            creditor_id=settings.creditor_id,
        )
        return pain008.build(
            creditor,
            pain008.Batch(
                message_id=batch.message_id,
                created_at=batch.created_at,
                collection_date=batch.collection_date,
                version=batch.pain_version,
            ),
            [
                pain008.Debit(
                    end_to_end_id=e2e,
                    amount_cents=amount,
                    mandate_reference=rum,
                    mandate_signed_on=signed,
                    sequence=sequence,
                    debtor_name=name,
                    debtor_iban=iban,
                    debtor_bic=bic,
                    remittance=remittance,
                )
                for e2e, amount, rum, signed, sequence, name, iban, bic, remittance in rows
            ],
        )

    def export(self, reference: str, output: str | Path) -> BatchInfo:
        """Write the file (never over an existing one) and mark the batch sent: the bank holds
        the order from now on. Exporting a sent batch again writes the same bytes.

        The file is built and checked in a read (it takes seconds for a large batch); the
        write that marks the batch sent is short and checks nobody changed the batch since.
        """
        path = Path(output)
        self._settle_sequences(reference)
        with self.ctx.read() as session:
            batch = self._batch(session, reference)
            if batch.status not in LIVE_BATCH_STATUSES:
                raise RuleViolation("batch_state", batch=reference, batch_status=batch.status)
            seen_version = batch.version
            data = self._build(session, batch)
        _write_new_file(path, data)
        try:
            with self.ctx.transaction() as session:
                batch = self._batch(session, reference)
                if batch.version != seen_version:
                    raise ConflictError("record_changed")
                if batch.status == "prepared":
                    batch.status = "sent"
                    batch.exported_at = self.ctx.now()
                    # DOMAIN rule 3: a mandate is used when it is debited.
                    session.execute(
                        update(PaymentMethod)
                        .where(
                            PaymentMethod.id.in_(
                                select(DebitTransaction.payment_method_id).where(
                                    DebitTransaction.batch_id == batch.id
                                )
                            )
                        )
                        .values(mandate_last_used_on=batch.collection_date)
                    )
                    record(session, self.ctx, None, "batch_exported", {"batch": reference})
                return batch_info(session, batch)
        except Exception:
            path.unlink(missing_ok=True)  # a file for a batch that did not become "sent"
            raise

    def _settle_sequences(self, reference: str) -> None:
        """FRST or RCUR is decided for good when a batch goes to the bank, from what the bank
        already holds: a FRST in a batch cancelled since must not leave an RCUR alone."""
        with self.ctx.transaction() as session:
            batch = self._batch(session, reference)
            if batch.status != "prepared":
                return
            rums = session.execute(
                select(DebitTransaction.mandate_reference, func.count())
                .join(DebitBatch, DebitBatch.id == DebitTransaction.batch_id)
                .where(
                    DebitBatch.status.in_(("sent", "settled")),
                    DebitTransaction.status != "rejected",
                    DebitTransaction.mandate_reference.in_(
                        select(DebitTransaction.mandate_reference).where(
                            DebitTransaction.batch_id == batch.id
                        )
                    ),
                )
                .group_by(DebitTransaction.mandate_reference)
            ).all()
            kept = {rum for rum, _n in rums}
            for sequence, condition in (
                ("RCUR", DebitTransaction.mandate_reference.in_(kept)),
                ("FRST", DebitTransaction.mandate_reference.not_in(kept)),
            ):
                session.execute(
                    update(DebitTransaction)
                    .where(DebitTransaction.batch_id == batch.id, condition)
                    .values(sequence=sequence)
                )

    # --- cancelling, settling --------------------------------------------------------------------
    def cancel(self, reference: str) -> BatchInfo:
        """A prepared batch can be cancelled: its invoices can go into another one."""
        with self.ctx.transaction() as session:
            batch = self._batch(session, reference)
            if batch.status != "prepared":
                raise RuleViolation(
                    "cancel_only_prepared", batch=reference, batch_status=batch.status
                )
            batch.status = "cancelled"
            batch.cancelled_at = self.ctx.now()
            record(session, self.ctx, None, "batch_cancelled", {"batch": reference})
            return batch_info(session, batch)

    def settle(self, reference: str) -> BatchInfo:
        """The bank credited the batch: its invoices not rejected become paid on the
        collection date.

        A large batch is settled in slices (the write lock is never held for long); the
        batch becomes "settled" with the last one. Stopped half-way, it is still "sent" and
        settling it again finishes the work: paid invoices are not touched twice.
        """
        while True:
            with self.ctx.transaction() as session:
                batch = self._batch(session, reference)
                if batch.status != "sent":
                    raise RuleViolation(
                        "settle_only_sent", batch=reference, batch_status=batch.status
                    )
                pending = session.execute(
                    select(DebitTransaction.id, Invoice.id, Invoice.number, Invoice.customer_id,
                           Invoice.amount_cents, Invoice.currency)
                    .join(Invoice, Invoice.id == DebitTransaction.invoice_id)
                    .where(DebitTransaction.batch_id == batch.id,
                           DebitTransaction.status == "pending")
                    .order_by(DebitTransaction.id)
                    .limit(SETTLE_SLICE)
                ).all()  # fmt: skip
                now = self.ctx.now()
                if not pending:
                    batch.status = "settled"
                    batch.settled_at = now
                    record(session, self.ctx, None, "batch_settled", {"batch": reference})
                    mark_changed(session)
                    return batch_info(session, batch)
                self._settle_slice(session, batch, pending, now)

    def _settle_slice(
        self, session: Session, batch: DebitBatch, pending: Sequence[Any], now: datetime
    ) -> None:
        reference = batch.reference
        session.execute(
            update(DebitTransaction)
            .where(DebitTransaction.id.in_([row[0] for row in pending]))
            .values(status="settled")
        )
        # Only a due invoice becomes paid (one paid meanwhile by other means stays as it is).
        due = set(
            session.scalars(
                select(Invoice.id).where(
                    Invoice.id.in_([row[1] for row in pending]),
                    Invoice.status == InvoiceStatus.DUE,
                )
            )
        )
        paid = [row for row in pending if row[1] in due]
        if not paid:
            return
        session.execute(
            update(Invoice)
            .where(Invoice.id.in_([row[1] for row in paid]))
            .values(status=InvoiceStatus.PAID, paid_on=batch.collection_date,
                    updated_at=now, version=Invoice.version + 1)
        )  # fmt: skip
        events = []
        for _t, _i, number, customer_id, amount, currency in paid:
            params = {"number": number, "amount_cents": amount, "currency": currency,
                      "batch": reference, "date_iso": batch.collection_date.isoformat()}  # fmt: skip
            events.append(
                {
                    "customer_id": customer_id,
                    "at": now,
                    "actor_kind": ActorKind.STAFF,
                    "actor": self.ctx.settings.operator,
                    "kind": "invoice_paid_by_debit",
                    "summary": i18n.summary("invoice_paid_by_debit", params, "en"),
                    "params": params,
                }  # fmt: skip
            )
        session.execute(insert(ActivityEvent), events)
        session.execute(
            update(Customer)
            .where(Customer.id.in_({row[3] for row in paid}))
            .values(updated_at=now, version=Customer.version + 1)
        )
        mark_changed(session)

    # --- bank returns ------------------------------------------------------------------------------
    def read_return(self, data: bytes) -> ReturnPreview:
        """What importing this file would change, without changing anything."""
        parsed = returns.parse(data)
        with self.ctx.read() as session:
            already = session.scalar(
                select(BankReturn.id).where(BankReturn.sha256 == _sha256(data))
            )
            changes = self._match(session, parsed)
            return ReturnPreview(parsed.kind, tuple(c for c, _t in changes), already is not None)

    def _match(
        self, session: Session, parsed: returns.ReturnFile
    ) -> list[tuple[ReturnChange, DebitTransaction]]:
        """Each refused debit of the file, matched to what Guichet sent; a debit the file
        names that Guichet never sent refuses the whole import."""
        base = (
            select(DebitTransaction, DebitBatch, Invoice, Customer.reference)
            .join(DebitBatch, DebitBatch.id == DebitTransaction.batch_id)
            .join(Invoice, Invoice.id == DebitTransaction.invoice_id)
            .join(Customer, Customer.id == Invoice.customer_id)
            .where(DebitBatch.status.in_(("sent", "settled")))
        )
        # A later, more precise item (a transaction under a rejected block) wins.
        chosen: dict[int, tuple[str, tuple[DebitTransaction, DebitBatch, Invoice, str]]] = {}
        for item in parsed.items:
            query = base
            if item.original_message_id:
                query = query.where(DebitBatch.message_id == item.original_message_id)
            if item.scope == "transaction":
                query = query.where(DebitTransaction.end_to_end_id == item.end_to_end_id)
                rows = session.execute(query.order_by(DebitTransaction.id.desc()).limit(1)).all()
            else:
                if not item.original_message_id:
                    rows = []
                elif item.scope == "payment_info":
                    sequence = (item.original_payment_info_id or "").rsplit("-", 1)[-1]
                    rows = session.execute(query.where(DebitTransaction.sequence == sequence)).all()
                else:
                    rows = session.execute(query).all()
            if not rows:
                key = (
                    item.end_to_end_id or item.original_payment_info_id or item.original_message_id
                )
                raise ValidationError("bank_return", "unknown_transaction", key=key or "?")
            for row in rows:
                chosen[row[0].id] = (item.reason_code or "NARR", tuple(row))  # type: ignore[assignment]
        found: list[tuple[ReturnChange, DebitTransaction]] = []
        for code, (transaction, batch, invoice, customer) in chosen.values():
            settled = batch.status == "settled" or transaction.status == "settled"
            already = transaction.returned_at is not None and transaction.reason_code == code
            change = ReturnChange(
                invoice.number, customer, code, "return" if settled else "reject", already
            )
            found.append((change, transaction))
        return found

    def import_return(self, data: bytes, *, dry_run: bool = False) -> ReturnPreview:
        """Apply a pain.002 or camt.054: all or nothing; the same file twice changes nothing."""
        parsed = returns.parse(data)
        digest = _sha256(data)
        if dry_run:
            return self.read_return(data)
        with self.ctx.transaction() as session:
            if session.scalar(select(BankReturn.id).where(BankReturn.sha256 == digest)):
                changes = self._match(session, parsed)
                return ReturnPreview(parsed.kind, tuple(c for c, _t in changes), True)
            matched = self._match(session, parsed)
            now = self.ctx.now()
            applied = 0
            for change, transaction in matched:
                if change.already:
                    continue
                applied += 1
                # A debit returned after settlement (e.g. MD06) stays "settled": it went
                # through the mandate, so the next one is RCUR; its reason says it came back.
                if change.kind == "reject":
                    transaction.status = "rejected"
                transaction.reason_code = change.reason_code
                transaction.returned_at = now
                invoice = session.get(Invoice, transaction.invoice_id)
                assert invoice is not None
                customer = get_customer(session, invoice.customer_id)
                if invoice.status not in (InvoiceStatus.DUE, InvoiceStatus.PAID):
                    # Voided or refunded meanwhile: its credit note stands; say it came back.
                    record(
                        session, self.ctx, customer, "debit_returned_after_credit",
                        {"number": invoice.number, "code": change.reason_code},
                        actor_kind=ActorKind.SYSTEM,
                    )  # fmt: skip
                    continue
                invoice.status = InvoiceStatus.PROBLEM
                invoice.reason_code = change.reason_code
                invoice.status_reason = change.reason_code
                invoice.paid_on = None
                invoice.updated_at = now
                if (
                    change.reason_code in rules.MANDATE_KILLING_REASONS
                    and transaction.payment_method_id
                ):
                    method = session.get(PaymentMethod, transaction.payment_method_id)
                    if method is not None and method.unusable_reason is None:
                        method.unusable_reason = "mandate_rejected"
                        switch_open_invoices_offline(session, self.ctx, customer)
                record(
                    session,
                    self.ctx,
                    customer,
                    "debit_rejected" if change.kind == "reject" else "debit_returned",
                    {"number": invoice.number, "code": change.reason_code},
                    actor_kind=ActorKind.SYSTEM,
                )
                customer.updated_at = now
            session.add(
                BankReturn(
                    sha256=digest,
                    kind=parsed.kind,
                    imported_at=now,
                    imported_by=self.ctx.settings.operator,
                    changes=applied,
                )
            )
            mark_changed(session)
            return ReturnPreview(parsed.kind, tuple(c for c, _t in matched), False)


def _write_new_file(path: Path, data: bytes) -> None:
    """Owner-only, and never over an existing file (a bank file is not overwritten by accident)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ValidationError("output", "file_exists", path=str(path)) from None
    except OSError as exc:
        raise ValidationError("output", "cannot_write", path=str(path), why=exc.strerror) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise ValidationError("output", "cannot_write", path=str(path), why=exc.strerror) from None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
