"""Time preparing and exporting one batch of N SEPA debits through the real service.

    python3 scripts/bench_debits.py --debits 100000

Setup (not timed): demo customers (about 45 % pay by SEPA), one due automatic invoice each
for the SEPA ones, inserted in bulk. Then ``DebitService.prepare`` and ``export`` are timed
as staff run them, and the file is checked against the XSD as part of the export.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from core.bootstrap import open_services
from core.config import DEMO_CREDITOR_BIC, DEMO_CREDITOR_IBAN, DEMO_CREDITOR_ID, Settings
from core.demo import add_demo_customers
from core.models import Invoice, PaymentMethod
from core.sepa import calendar as target2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debits", type=int, default=100_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="guichet-bench-debits-"))
    os.environ["GUICHET_CONFIG"] = str(work / "none.toml")
    settings = Settings(
        database=str(work / "bench.sqlite3"),
        business_name="Club Bench",
        creditor_id=DEMO_CREDITOR_ID,
        creditor_iban=DEMO_CREDITOR_IBAN,
        creditor_bic=DEMO_CREDITOR_BIC,
        operator="bench",
    )
    services = open_services(settings)
    started = time.perf_counter()
    payers = 0
    seed = 0
    while payers < args.debits:
        add_demo_customers(services, max(1000, (args.debits - payers) * 2 + 1000), seed=seed)
        seed += 1
        with services.billing.ctx.read() as session:
            payers = len(
                session.scalars(
                    select(PaymentMethod.id).where(PaymentMethod.method == "sepa_debit")
                ).all()
            )
    today = services.billing.ctx.today()
    now = datetime.now()
    with services.billing.ctx.transaction() as session:
        payers = session.scalars(
            select(PaymentMethod.customer_id)
            .where(PaymentMethod.method == "sepa_debit")
            .order_by(PaymentMethod.customer_id)
            .limit(args.debits)
        ).all()
        rows = [
            {"number": f"F{today.year}-{n + 1:06d}", "customer_id": cid, "label": "Abonnement",
             "amount_cents": 2990, "currency": "EUR", "status": "due", "collection": "automatic",
             "issued_on": today, "debit_on": today, "billing_address": {}, "status_reason": "",
             "updated_at": now, "version": 1}
            for n, cid in enumerate(payers)
        ]  # fmt: skip
        for start in range(0, len(rows), 5000):
            session.execute(insert(Invoice), rows[start : start + 5000])
    setup = time.perf_counter() - started
    day = target2.earliest_collection_date(today, settings.debit_lead_days)
    day = max(day, target2.target2_day_on_or_after(today + timedelta(days=1)))

    t0 = time.perf_counter()
    batch = services.debits.prepare(day)
    t1 = time.perf_counter()
    assert batch is not None
    out = work / f"prelevements-{day.isoformat()}.xml"
    services.debits.export(batch.reference, out)
    t2 = time.perf_counter()
    services.close()
    print(f"setup (not timed): {setup:.1f} s; batch of {batch.count:,} debits for {day}")
    print(f"prepare: {t1 - t0:.2f} s")
    print(f"export (build, XSD check, write {out.stat().st_size / 1e6:.0f} MB): {t2 - t1:.2f} s")
    print(f"prepare + export: {t2 - t0:.2f} s (goal: under 15 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
