"""Time to make invoice PDFs (Factur-X: XML built and XSD-checked, pages drawn, PDF/A-3 made).

Usage: python scripts/bench_documents.py [--invoices 1000] [--database PATH]

Makes a throw-away database with that many invoices (one subscription each, one billing
run), then makes every invoice's PDF through the same service the command line and the
desk use, and prints the total, the rate, and the share of each step on a sample.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.bootstrap import open_services  # noqa: E402
from core.config import Settings  # noqa: E402
from core.dto import CustomerInput  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--database", default="")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="guichet-bench-docs-"))
    database = args.database or str(folder / "docs.sqlite3")
    settings = Settings(
        database=database,
        business_name="Club Bench",
        creditor_id="FR72ZZZ123456",
        creditor_iban="FR7630006000011234567890189",
        creditor_bic="AGRIFRPP",
        operator="bench",
        business_address="8 rue des Acacias\n69003 Lyon",
        business_siret="123 456 782 00010",
        business_vat_number="FR11123456782",
    )
    services = open_services(settings, clock=lambda: datetime(2026, 11, 2, 9, 0))
    started = time.perf_counter()
    for i in range(args.invoices):
        ref = f"BENCH-{i:06d}"
        services.customers.create(
            CustomerInput(
                reference=ref,
                name=f"Client {i}",
                email=f"client{i}@example.fr",
                language="fr" if i % 3 else "en",
                address_line1=f"{i} rue de la Paix",
                postal_code="75002",
                city="Paris",
                country="FR",
                company="Société Exemple" if i % 5 == 0 else "",
            )
        )
        services.billing.add_subscription(
            ref, label="Abonnement mensuel", amount_cents=1990 + i % 500, period="monthly",
            start=date(2026, 11, 1),
        )  # fmt: skip
    issued = services.billing.run(date(2026, 11, 1))
    numbers = [inv.number for inv in issued]
    print(f"set-up: {len(numbers)} invoices in {time.perf_counter() - started:.1f} s")

    from core.documents.facturx_xml import build_xml
    from core.documents.pdf import invoice_pdf
    from core.services.documents import embed_facturx

    services.documents.invoice_pdf(numbers[0])  # imports and fonts, once, as a desk would
    sizes = []
    started = time.perf_counter()
    for number in numbers:
        sizes.append(len(services.documents.invoice_pdf(number)))
    total = time.perf_counter() - started
    print(
        f"{len(numbers)} invoice PDFs in {total:.1f} s: {total / len(numbers) * 1000:.1f} ms "
        f"each, {len(numbers) / total:.0f} per second; median size {statistics.median(sizes):,.0f} "
        "bytes"
    )
    steps: dict[str, list[float]] = {"read": [], "xml": [], "pages": [], "embed": []}
    for number in numbers[:50]:
        t0 = time.perf_counter()
        doc = services.documents.invoice_document(number)
        t1 = time.perf_counter()
        xml = build_xml(doc)
        t2 = time.perf_counter()
        pages = invoice_pdf(doc)
        t3 = time.perf_counter()
        embed_facturx(pages, xml, doc)
        t4 = time.perf_counter()
        for name, value in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            steps[name].append(value * 1000)
    print("median per step (ms): " + ", ".join(
        f"{name} {statistics.median(values):.1f}" for name, values in steps.items()))  # fmt: skip
    services.close()


if __name__ == "__main__":
    main()
