"""Pictures of the documents: an invoice, a credit note and a payment letter, in French and English.

Usage: python scripts/document_pages.py [OUT_DIR] [--install]
Renders the first page of each PDF at 100 dpi; --install copies them to resources/screenshots/.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pypdfium2 as pdfium  # noqa: E402

from core.bootstrap import open_services  # noqa: E402
from core.config import Settings  # noqa: E402
from core.dto import CustomerInput  # noqa: E402

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
OUT = Path(ARGS[0] if ARGS else "/tmp/document-pages")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="guichet-pages-"))
    settings = Settings(
        database=str(folder / "pages.sqlite3"),
        business_name="Club Demo Guichet",
        creditor_id="FR72ZZZ123456",
        creditor_iban="FR7630006000011234567890189",
        creditor_bic="AGRIFRPP",
        operator="alice",
        business_address="8 rue des Acacias\n69003 Lyon",
        business_siret="123 456 782 00010",
        business_vat_number="FR11123456782",
        business_email="accueil@club-demo.example",
        business_phone="04 78 00 00 00",
    )
    svc = open_services(settings, clock=lambda: datetime(2026, 11, 2, 9, 0))
    people = {
        "fr": CustomerInput(
            reference="CUST-000130", name="Claire Fontaine", email="claire@tilleuls.example",
            language="fr", company="Association Les Tilleuls", address_line1="14 allée des Tilleuls",
            postal_code="69007", city="Lyon", country="FR", vat_number="FR40303265045",
        ),
        "en": CustomerInput(
            reference="CUST-000131", name="Samuel Wright", email="samuel@example.co.uk",
            language="en", address_line1="10 Downing Street", postal_code="SW1A 1AA",
            city="London", country="GB",
        ),
    }  # fmt: skip
    made = []
    for lang, person in people.items():
        svc.customers.create(person)
        svc.billing.add_subscription(
            person.reference, label="Adhésion club — formule famille" if lang == "fr"
            else "Club membership — family plan", amount_cents=4500, period="monthly",
            start=date(2026, 11, 1),
        )  # fmt: skip
        invoice = svc.billing.run(date(2026, 11, 1))[0]
        made.append((f"invoice-{lang}", svc.documents.invoice_pdf(invoice.number)))
        note = svc.billing.void(invoice.number, reason="Doublon" if lang == "fr" else "Duplicate")
        made.append((f"credit-note-{lang}", svc.documents.invoice_pdf(note.number)))
        _link, letter = svc.documents.letter(person.reference, "sepa_debit")
        made.append((f"letter-{lang}", letter))
    for name, pdf in made:
        (OUT / f"{name}.pdf").write_bytes(pdf)
        page = pdfium.PdfDocument(pdf)[0]
        page.render(scale=100 / 72).to_pil().save(OUT / f"{name}.png", optimize=True)
    svc.close()
    print(f"pages in {OUT}")
    if "--install" in sys.argv:
        target = Path(__file__).resolve().parent.parent / "resources" / "screenshots"
        for name, _pdf in made:
            shutil.copy(OUT / f"{name}.png", target / f"document-{name}.png")


if __name__ == "__main__":
    main()
