"""A creditor and a batch like those the services hand to the pain.008 builder."""

from __future__ import annotations

from datetime import date, datetime

from core.sepa.pain008 import Batch, Creditor, Debit

CREDITOR = Creditor(
    name="Club Guichet — Équipe Lyon",
    iban="FR76 3000 6000 0112 3456 7890 189",
    bic="AGRIFRPP",
    creditor_id="FR72ZZZ123456",
)


def debit(number: int, amount_cents: int = 2990, sequence: str = "RCUR", **overrides) -> Debit:
    values = dict(
        end_to_end_id=f"F2026-{number:06d}",
        amount_cents=amount_cents,
        mandate_reference=f"CUST-{number:06d}-M01",
        mandate_signed_on=date(2025, 3, 14),
        sequence=sequence,
        debtor_name="Élodie Martin",
        debtor_iban="FR1420041010050500013M02606",
        debtor_bic="PSSTFRPPXXX",
        remittance=f"F2026-{number:06d} Abonnement mensuel « Premium »",
    )
    values.update(overrides)
    return Debit(**values)


def sample_batch(**overrides) -> Batch:
    values = dict(
        message_id="REM-2026-000013",
        created_at=datetime(2026, 11, 24, 9, 15, 42),
        collection_date=date(2026, 11, 27),
    )
    values.update(overrides)
    return Batch(**values)


def sample_debits() -> tuple[Debit, ...]:
    """Two first debits and three recurring ones, one without a BIC, given out of order."""
    return (
        debit(142, 2990),
        debit(140, 4990, "FRST", debtor_name="Jürgen Weiß", debtor_iban="DE89370400440532013000",
              debtor_bic=None),
        debit(139, 2990),
        debit(141, 1000, "FRST", debtor_name="Zoë O'Brien & Fils"),
        debit(143, 123456, remittance="F2026-000143 Cotisation annuelle 2027 — 12 mois"),
    )  # fmt: skip
