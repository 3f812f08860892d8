# ruff: noqa: E402, B023  (a linear script: Qt must be configured before the imports)
"""Screenshots of the desk (main window, subscriptions, invoices and debits pages, invoice, link, edit and payment dialogs) in French and English.

Usage: python scripts/take_screenshots.py [OUT_DIR]   (default /tmp/desk-shots); then look at
them, and copy the chosen ones to resources/screenshots/.
"""

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
OUT = Path(ARGS[0] if ARGS else "/tmp/desk-shots")
OUT.mkdir(parents=True, exist_ok=True)
from datetime import date, datetime, timedelta

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core.bootstrap import open_services
from core.config import Settings
from core.dto import CustomerInput
from core.errors import RegistrationRefused
from core.sepa import calendar as target2

app = QApplication([])
db = str(OUT / "shots.sqlite3")
for p in (db, db + "-wal", db + "-shm"):
    if os.path.exists(p):
        os.remove(p)
s = Settings(
    database=db,
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
svc = open_services(s)
today = date.today()
soon = today + timedelta(days=2)
m = soon.month - 2
start = date(soon.year + (m - 1) // 12, (m - 1) % 12 + 1, min(soon.day, 28))

# Direct debits first, five weeks ago (a clock of its own): a batch prepared, sent, one debit
# rejected by the bank, then settled. Later billing runs give the batch prepared today.
past = datetime.combine(today - timedelta(days=35), datetime.min.time()).replace(hour=9)
then = open_services(s, clock=lambda: past)
debtors = []
for n, (name, iban, amount) in enumerate(
    [
        ("Marie Lefèvre", "FR1420041010050500013M02606", 2990),
        ("Jürgen Weiß", "DE89370400440532013000", 4990),
        ("Camille Roussel", "FR7630001007941234567890185", 1990),
        ("Thomas Girard", "FR7630004000031234567890143", 2990),
    ],
    start=1,
):
    person = then.customers.create(
        CustomerInput(
            reference=f"CUST-00012{n}",
            name=name,
            email=f"debiteur{n}@example.fr",
            city="Lyon",
            postal_code="69002",
            country="FR",
            address_line1=f"{n} place Bellecour",
        )
    )
    then.registration.register_sepa(
        then.payments.create_link(person.id, "sepa_debit").url.rsplit("/", 1)[1],
        holder=name,
        iban=iban,
        bic="",
        consent=True,
    )
    then.billing.add_subscription(
        person.id,
        label="Abonnement mensuel",
        amount_cents=amount,
        period="monthly",
        start=(past.date() - timedelta(days=10 * n)).isoformat(),
    )
    debtors.append(person)
then.billing.run()
# The invoices' debit date is 3 days after issue: collect on the first TARGET2 day from then.
first_batch = then.debits.prepare(
    target2.target2_day_on_or_after(
        max(then.debits.earliest_collection_date(), past.date() + timedelta(days=3))
    )
)
then.debits.export(first_batch.reference, OUT / "first-batch.xml")
rejected = then.customers.get(debtors[0].id).invoices[0].number
sample = (
    Path(__file__).resolve().parent.parent
    / "tests/core/sepa/samples/pain002_transaction_reject.xml"
)
then.debits.import_return(
    sample.read_text(encoding="utf-8")
    .replace("REM-2026-000013", first_batch.message_id)
    .replace("F2026-000142", rejected)
    .encode("utf-8")
)
then.debits.settle(first_batch.reference)
then.close()


# A member paying by cheque, billed since long ago: one cheque for two invoices, one voided
# (credit note), one overdue; a second subscription suspended.
older = datetime.combine(today - timedelta(days=50), datetime.min.time()).replace(hour=9)
back = open_services(s, clock=lambda: older)
member = back.customers.create(
    CustomerInput(
        reference="CUST-000130",
        name="Association Les Tilleuls",
        email="tresorier@tilleuls.example.fr",
        company="Association Les Tilleuls",
        address_line1="7 allée des Tilleuls",
        postal_code="31000",
        city="Toulouse",
        country="FR",
    )
)
back.customers.save(
    member.id,
    back.customers.get(member.id).as_input(),
    payment_method="cheque",
    expected_version=back.customers.get(member.id).version,
)
back.billing.add_subscription(
    member.id,
    label="Adhésion club — formule famille",
    amount_cents=4500,
    period="monthly",
    start=(older.date() - timedelta(days=100)).isoformat(),
)
yoga = back.billing.add_subscription(
    member.id,
    label="Cours de yoga (annuel)",
    amount_cents=18000,
    period="yearly",
    start=(older.date() + timedelta(days=200)).isoformat(),
    vat_rate="5.5",
)
back.billing.run()
member_invoices = sorted(back.customers.get(member.id).invoices, key=lambda i: i.number)
back.billing.record_payments(
    [member_invoices[0].number, member_invoices[1].number],
    method="cheque",
    paid_on=(older.date() - timedelta(days=2)).isoformat(),
    reference="Chèque n° 0012345",
    notes="Remis par le trésorier au guichet",
)
back.billing.void(member_invoices[2].number, reason="Facturée en double")
back.billing.suspend_subscription(yoga.id)
back.close()


def mk(ref, name, email, **kw):
    return svc.customers.create(CustomerInput(reference=ref, name=name, email=email, **kw))


def tok(link):
    return link.url.rsplit("/", 1)[1]


a = mk(
    "CUST-000101",
    "Élodie Martin",
    "elodie.martin@example.fr",
    first_name="Élodie",
    last_name="Martin",
    address_line1="12 rue des Lilas",
    postal_code="69003",
    city="Lyon",
    country="FR",
    phone="06 12 34 56 78",
)
svc.registration.register_sepa(
    tok(svc.payments.create_link(a.id, "sepa_debit")),
    holder="Élodie Martin",
    iban="FR7630006000011234567890189",
    bic="",
    consent=True,
)
svc.billing.add_subscription(
    a.id,
    label="Abonnement Premium mensuel",
    amount_cents=2990,
    period="monthly",
    start=start.isoformat(),
)
svc.billing.run()
inv = svc.customers.get(a.id).invoices
svc.billing.record_payment(
    inv[-1].id, method="cheque", paid_on=today.isoformat(), reference="Chèque 0012345"
)

b = mk(
    "CUST-000102",
    "Atelier Roux SARL",
    "compta@atelier-roux.fr",
    company="Atelier Roux SARL",
    first_name="Jean",
    last_name="Roux",
    address_line1="4 avenue Foch",
    postal_code="75016",
    city="Paris",
    country="FR",
    vat_number="FR40303265045",
    phone="01 42 68 53 00",
    language="fr",
)
svc.customers.save(
    b.id,
    svc.customers.get(b.id).as_input(),
    payment_method="bank_transfer",
    expected_version=svc.customers.get(b.id).version,
)
svc.billing.add_subscription(
    b.id,
    label="Abonnement annuel",
    amount_cents=34900,
    period="yearly",
    start=(today - timedelta(days=3)).isoformat(),
)
svc.billing.run()

c = mk(
    "CUST-000103",
    "Bruno Gris",
    "bruno.gris@example.fr",
    city="Nantes",
    postal_code="44000",
    country="FR",
    address_line1="9 quai de la Fosse",
)
t = tok(svc.payments.create_link(c.id, "card"))
for _ in range(5):
    try:
        svc.registration.register_card(
            t,
            holder="Bruno Gris",
            card_number="4000000000000002",
            exp_month=12,
            exp_year=2030,
            cvc="123",
        )
    except RegistrationRefused:
        pass

d = mk(
    "CUST-000104",
    "Samuel Wright",
    "sam.wright@example.co.uk",
    language="en",
    city="London",
    postal_code="SW1A 1AA",
    country="GB",
    address_line1="10 Downing Street",
)
link_d = svc.payments.create_link(d.id, "card")

e = mk(
    "CUST-000105",
    "Chloé Lefèvre",
    "chloe.lefevre@example.fr",
    city="Bordeaux",
    postal_code="33000",
    country="FR",
    address_line1="3 cours de l'Intendance",
)
svc.registration.register_card(
    tok(svc.payments.create_link(e.id, "card")),
    holder="Chloé Lefèvre",
    card_number="4242424242424242",
    exp_month=4,
    exp_year=2028,
    cvc="123",
)
svc.billing.add_subscription(
    e.id, label="Abonnement mensuel", amount_cents=1490, period="monthly", start=start.isoformat()
)
svc.billing.run()
for i, (n, city) in enumerate(
    [
        ("Paul Durand", "Lille"),
        ("Zoé Petit", "Rennes"),
        ("Hugo Bernard", "Nice"),
        ("Léa Moreau", "Dijon"),
        ("Nadia Benali", "Bruxelles"),
    ]
):
    mk(
        f"CUST-00011{i}",
        n,
        f"client{i}@example.fr",
        city=city,
        country="BE" if city == "Bruxelles" else "FR",
    )

svc.billing.run()
svc.debits.prepare(
    target2.target2_day_on_or_after(
        max(svc.debits.earliest_collection_date(), today + timedelta(days=3))
    )
)

from desktop.app import build_window
from desktop.customer_edit_dialog import CustomerEditDialog
from desktop.payment_link_dialog import PaymentLinkDialog


def wait(ms=300):
    import time

    end = time.time() + ms / 1000
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


for lang in ("fr", "en"):
    qs = QSettings(f"{OUT}/{lang}.ini", QSettings.IniFormat)
    qs.clear()
    w = build_window(db, operator="alice", settings=s, language=lang, qsettings=qs)
    w.resize(1440, 880)
    w.show()
    w.set_portal_url("http://127.0.0.1:8765")
    wait(500)
    w.resize(1440, 880)
    for ref, tag in (
        ("CUST-000101", "sepa"),
        ("CUST-000103", "grey"),
        ("CUST-000104", "pending"),
        ("CUST-000102", "transfer"),
    ):
        row = next(
            r
            for r in range(w.customerModel.rowCount())
            if w.customerModel.row_at(r).reference == ref
        )
        w.customerTable.selectRow(row)
        wait(200)
        w.grab().save(f"{OUT}/main-{lang}-{tag}.png")
    row = next(
        r
        for r in range(w.customerModel.rowCount())
        if w.customerModel.row_at(r).reference == debtors[0].reference
    )
    w.customerTable.selectRow(row)
    wait(200)
    w.grab().save(f"{OUT}/main-{lang}-rejected.png")
    row = next(
        r
        for r in range(w.customerModel.rowCount())
        if w.customerModel.row_at(r).reference == "CUST-000130"
    )
    w.customerTable.selectRow(row)
    wait(300)
    w.detailPane.subscriptionTable.selectRow(0)
    w.grab().save(f"{OUT}/main-{lang}-subscriptions.png")
    w.show_section("debits")
    wait(400)
    w.grab().save(f"{OUT}/debits-{lang}.png")
    w.show_section("invoices")
    wait(500)
    w.invoicesPage.invoiceListTable.selectRow(0)
    w.grab().save(f"{OUT}/invoices-{lang}.png")
    w.show_section("customers")
    from desktop.invoice_dialog import InvoiceDialog
    from desktop.operations.invoices import InvoiceDetails

    for tag, number in (("paid", member_invoices[0].number), ("void", member_invoices[2].number)):
        idlg = InvoiceDialog(
            w,
            details=InvoiceDetails(
                svc.billing.invoice(number), tuple(svc.billing.invoice_history(number))
            ),
            customer="Association Les Tilleuls (CUST-000130)",
            language=lang,
            document=lambda number, then: then(svc.documents.invoice_pdf(number)),
        )
        idlg.show()
        wait(200)
        idlg.grab().save(f"{OUT}/invoice-{lang}-{tag}.png")
        idlg.close()
    # link dialog
    link = svc.payments.create_link(
        d.id if lang == "en" else a.id, "card" if lang == "en" else "sepa_debit"
    )
    dlg = PaymentLinkDialog(
        w,
        link=link,
        language=lang,
        business_name=s.business_name,
        notify=w.show_status,
        letter=lambda lk, then: then(svc.documents.letter_for(lk)),
    )
    dlg.setStyleSheet(w.styleSheet())
    dlg.show()
    wait(200)
    dlg.grab().save(f"{OUT}/link-{lang}.png")
    from desktop.documents import LetterDialog

    letter = LetterDialog(
        dlg,
        pdf=svc.documents.letter_for(link),
        title=f"Letter {link.customer_name}",
        file_name="letter.pdf",
        language=lang,
    )
    letter.show()
    wait(200)
    letter.grab().save(f"{OUT}/letter-dialog-{lang}.png")
    letter.close()
    dlg.close()
    detail = svc.customers.get("CUST-000101")
    ed = CustomerEditDialog(
        w,
        language=lang,
        submit=lambda *a: None,
        detail=detail,
        preview=lambda m, show, _failed: show(svc.payments.preview_change(detail.id, m).text(lang)),
    )
    ed.show()
    wait(100)
    ed.paymentMethodCombo.setCurrentIndex(ed.paymentMethodCombo.findData("cheque"))
    ed.emailEdit.setText("elodie@@")
    ed.emailEdit.textEdited.emit("x")
    wait(200)
    ed.grab().save(f"{OUT}/edit-{lang}.png")
    ed.hide()  # close() would ask whether to discard the typed changes
    from desktop.offline_payment_dialog import OfflinePaymentDialog

    op = OfflinePaymentDialog(w, invoice=detail.invoices[0], language=lang, today=today)
    op.show()
    wait(100)
    op.grab().save(f"{OUT}/offline-{lang}.png")
    op.close()
    w.shutdown()
    w.close()
print(f"screenshots in {OUT}")
if "--install" in sys.argv:
    target = Path(__file__).resolve().parent.parent / "resources" / "screenshots"
    for lang in ("fr", "en"):
        shutil.copy(OUT / f"main-{lang}-sepa.png", target / f"desk-{lang}.png")
        shutil.copy(OUT / f"link-{lang}.png", target / f"link-dialog-{lang}.png")
        shutil.copy(
            OUT / f"main-{lang}-subscriptions.png", target / f"desk-{lang}-subscriptions.png"
        )
        shutil.copy(OUT / f"invoice-{lang}-paid.png", target / f"invoice-dialog-{lang}.png")
        shutil.copy(OUT / f"invoices-{lang}.png", target / f"desk-{lang}-invoices.png")
        shutil.copy(OUT / f"letter-dialog-{lang}.png", target / f"letter-dialog-{lang}.png")
    shutil.copy(OUT / "main-fr-grey.png", target / "desk-fr-greylist.png")
    shutil.copy(OUT / "debits-fr.png", target / "desk-fr-debits.png")
