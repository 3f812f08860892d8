"""Benchmark the pain.008 export: build and validate one file of many debits, print the seconds."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.sepa.pain008 import (  # noqa: E402
    VERSIONS,
    Batch,
    Creditor,
    Debit,
    build,
    validate_pain008,
)

CREDITOR = Creditor("Club Bench", "FR7630006000011234567890189", "AGRIFRPP", "FR72ZZZ123456")
NAMES = ["Élodie Martin", "Jürgen Weiß", "Zoë O'Brien & Fils", "Łukasz Nowak", "Marie Lefèvre"]


def debits(count: int) -> list[Debit]:
    return [
        Debit(
            end_to_end_id=f"F2026-{n:07d}",
            amount_cents=990 + n % 10_000,
            mandate_reference=f"CUST-{n:07d}-M01",
            mandate_signed_on=date(2025, 3, 14),
            sequence="FRST" if n % 12 == 0 else "RCUR",
            debtor_name=NAMES[n % len(NAMES)],
            debtor_iban="FR1420041010050500013M02606",
            debtor_bic=None if n % 7 == 0 else "PSSTFRPPXXX",
            remittance=f"F2026-{n:07d} Abonnement mensuel « Premium » — été {n % 12 + 1}/2026",
        )
        for n in range(count)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--version", choices=VERSIONS, default=VERSIONS[0])
    args = parser.parse_args()
    batch = Batch(
        "REM-BENCH-000001", datetime(2026, 11, 24, 9, 0), date(2026, 11, 27), args.version
    )
    rows = debits(args.count)
    started = time.perf_counter()
    xml = build(CREDITOR, batch, rows)  # validates before returning
    built = time.perf_counter()
    validate_pain008(xml)  # once more from the bytes, as a bank portal would read them
    checked = time.perf_counter()
    print(
        f"{args.count:,} debits, {args.version}, {len(xml) / 1e6:.1f} MB: "
        f"built and validated in {built - started:.2f} s; "
        f"bytes re-parsed and validated in {checked - built:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
