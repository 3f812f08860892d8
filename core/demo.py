"""Demo data: realistic French and English customers, fast enough for a million rows."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as dtime
from typing import Any

from schwifty import IBAN
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session
from stdnum import luhn

from core.bootstrap import Services, open_services
from core.config import Settings
from core.dto import CustomerInput
from core.errors import RegistrationRefused
from core.models import Counter, Customer, PaymentMethod
from core.services.customers import search_key
from core.validation import normalize_text

FR_FIRST = "Élodie Camille Léa Chloé Manon Inès Jade Louise Zoé Lucie Hélène Margaux Noémie Anaïs Théo Lucas Hugo Louis Gabriel Raphaël Arthur Jules Mathéo Nathan Étienne Benoît Jérôme François Gaëlle Maëlle Océane Rémi Sébastien Thaïs".split()
FR_LAST = "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefebvre Mercier Dupont Lambert Bonnet François Martinez Légaré Bérard Châtelain Gérard Nöel".split()
EN_FIRST = "Oliver Amelia George Isla Harry Ava Jack Mia Jacob Emily Noah Grace Charlie Sophie Thomas Lily Oscar Freya William Ella James Chloe Henry Evie".split()
EN_LAST = "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Patel Hughes Edwards Turner".split()
FR_CITIES = [
    ("75011", "Paris"),
    ("69003", "Lyon"),
    ("13006", "Marseille"),
    ("31000", "Toulouse"),
    ("33000", "Bordeaux"),
    ("59000", "Lille"),
    ("44000", "Nantes"),
    ("67000", "Strasbourg"),
    ("35000", "Rennes"),
    ("34000", "Montpellier"),
    ("06000", "Nice"),
    ("21000", "Dijon"),
    ("38000", "Grenoble"),
    ("29200", "Brest"),
    ("74000", "Annecy"),
    ("64200", "Biarritz"),
]
GB_CITIES = [
    ("SW1A 1AA", "London"),
    ("M1 1AE", "Manchester"),
    ("EH1 1YZ", "Edinburgh"),
    ("BS1 4DJ", "Bristol"),
]
FR_STREETS = "rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|rue de la République|place du Marché|chemin des Vignes|rue Victor Hugo|allée des Érables".split(
    "|"
)
GB_STREETS = "High Street|Station Road|Church Lane|Victoria Road|Park Avenue|Mill Lane".split("|")
COMPANIES = "Boulangerie|Cabinet|Atelier|Studio|Garage|Pharmacie|Librairie|Conseil|Menuiserie|Traiteur".split(
    "|"
)
GB_BANKS = ("NWBK601613", "BARC200000", "LOYD309634")  # bank code + sort code
FR_BANKS = ("30006", "30004", "30003", "10278", "20041", "11315")


def _siren(rng: random.Random) -> str:
    base = f"{rng.randrange(10_000_000, 99_999_999)}"
    return base + luhn.calc_check_digit(base)


def _fr_vat(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def demo_customer(rng: random.Random, number: int) -> dict[str, Any]:
    """One realistic customer row (valid phone, VAT number, address for its country)."""
    english = rng.random() < 0.2
    if english:
        first, last = rng.choice(EN_FIRST), rng.choice(EN_LAST)
        postal, city = rng.choice(GB_CITIES)
        street = f"{rng.randint(1, 250)} {rng.choice(GB_STREETS)}"
        phone = f"+44207946{rng.randint(0, 9999):04d}"
        country, language, domain = "GB", "en", "example.co.uk"
    else:
        first, last = rng.choice(FR_FIRST), rng.choice(FR_LAST)
        postal, city = rng.choice(FR_CITIES)
        street = f"{rng.randint(1, 120)} {rng.choice(FR_STREETS)}"
        phone = f"+336{rng.choice('0124578')}{rng.randint(0, 9_999_999):07d}"
        country, language, domain = "FR", "fr", "example.fr"
    company = vat = ""
    if not english and rng.random() < 0.2:
        company = f"{rng.choice(COMPANIES)} {last}"
        vat = _fr_vat(_siren(rng))
    name = company or f"{first} {last}"
    reference = f"CUST-{number:06d}"
    email = f"{normalize_text(first)}.{normalize_text(last)}.{number}@{domain}".replace(" ", "")
    row: dict[str, Any] = {
        "reference": reference,
        "name": name,
        "email": email,
        "language": language,
        "status": "active" if rng.random() < 0.97 else "suspended",
        "note": "",
        "company": company,
        "first_name": first,
        "last_name": last,
        "address_line1": street,
        "address_line2": "",
        "postal_code": postal,
        "city": city,
        "region": "",
        "country": country,
        "phone": phone,
        "vat_number": vat,
        "greylisted": False,
        "failed_attempts": 0,
        "version": 1,
    }
    row["sort_name"] = normalize_text(name)
    row["search_text"] = search_key(row)
    return row


def demo_method(
    rng: random.Random, customer_id: int, row: dict, number: int, creditor: str, now: datetime
) -> dict | None:
    roll = rng.random()
    base = {
        "customer_id": customer_id,
        "status": "default",
        "created_at": now,
        "created_by": "demo",
        "holder": None,
        "iban": None,
        "bic": None,
        "mandate_reference": None,
        "mandate_signed_on": None,
        "creditor_id": None,
        "card_brand": None,
        "card_last4": None,
        "card_exp_month": None,
        "card_exp_year": None,
        "gateway_token": None,
    }
    if roll < 0.45 and creditor:
        if row["country"] == "GB":
            iban = IBAN.generate(
                "GB", bank_code=rng.choice(GB_BANKS), account_code=f"{rng.randrange(10**8):08d}"
            )
        else:
            iban = IBAN.generate(
                "FR", bank_code=rng.choice(FR_BANKS), account_code=f"{rng.randrange(10**10):011d}"
            )
        signed = now.date() - timedelta(days=rng.randint(10, 900))
        base.update(
            method="sepa_debit",
            holder=f"{row['first_name']} {row['last_name']}",
            iban=iban.compact,
            bic=str(iban.bic) if iban.bic else "AGRIFRPPXXX",
            mandate_reference=f"{row['reference']}-M01",
            mandate_signed_on=signed,
            creditor_id=creditor,
        )
    elif roll < 0.65:
        base.update(
            method="card",
            card_brand=rng.choice(("Visa", "Mastercard")),
            card_last4=f"{rng.randint(0, 9999):04d}",
            card_exp_month=rng.randint(1, 12),
            card_exp_year=now.year + rng.randint(0, 4),
            gateway_token=f"tok_demo_{number}",
        )
    elif roll < 0.92:
        base.update(method=rng.choice(("bank_transfer", "cheque", "cash", "bank_transfer")))
    else:
        return None
    return base


def add_demo_customers(services: Services, count: int, *, seed: int = 0, batch: int = 500) -> int:
    """Bulk-insert ``count`` customers (and their default methods) in short transactions.

    Rows are made outside any transaction; each write holds the lock only for one batch's
    inserts, so the desks and the form get their turn between batches.
    """
    rng = random.Random(seed)
    ctx = services.customers.ctx
    creditor = services.settings.creditor_id
    made = 0
    while made < count:
        size = min(batch, count - made)
        now = ctx.now()
        with ctx.transaction() as session:
            # Reserve a block of references at once: never reused, even after deletes.
            start = session.scalar(select(Counter.value).where(Counter.name == "customer"))
            if start is None:
                session.add(Counter(name="customer", value=0))
                session.flush()
                start = 0
            session.execute(
                update(Counter).where(Counter.name == "customer").values(value=start + size)
            )
        rows = []
        methods = []
        for i in range(size):
            number = start + i + 1
            row = demo_customer(rng, number)
            row["id"] = i  # made absolute below, once the highest id is known
            row["created_at"] = row["updated_at"] = now
            rows.append(row)
            method = demo_method(rng, i, row, number, creditor, now)
            if method:
                methods.append(method)
        with ctx.transaction() as session:
            ids = _new_customer_ids(session, size)
            for row in rows:
                row["id"] = ids[row["id"]]
            for method in methods:
                method["customer_id"] = ids[method["customer_id"]]
            session.execute(insert(Customer), rows)
            if methods:
                session.execute(insert(PaymentMethod), methods)
        made += size
    return made


def _new_customer_ids(session: Session, count: int) -> list[int]:
    """Ids for ``count`` new customers, inside the inserting transaction.

    PostgreSQL: taken from the table's sequence, so a desk adding a customer meanwhile
    (which draws from it too) never collides, and the sequence stays past every id.
    SQLite: after the highest id (the write lock is held until the insert commits).
    """
    if session.get_bind().dialect.name == "postgresql":
        return list(
            session.scalars(
                text(
                    "SELECT nextval(pg_get_serial_sequence('customers', 'id')) "
                    "FROM generate_series(1, :n)"
                ),
                {"n": count},
            )
        )
    taken = session.scalar(select(func.max(Customer.id))) or 0
    return list(range(taken + 1, taken + count + 1))


Progress = Callable[[int, int], None]  # (steps done, steps in all)


def ensure_demo_database(settings: Settings, progress: Progress | None = None) -> bool:
    """Make the demo database on first use; returns True when it was made now.

    ``progress`` hears how far the making is (called from the thread that makes it)."""
    services = open_services(settings)
    try:
        if services.customers.count() > 0:
            return False
        populate_demo(services, progress)
        return True
    finally:
        services.close()


DEMO_WEEKS = 20  # billing is replayed week by week over this many weeks


def _bill_week_by_week(
    services: Services, first: date, today: date, step: Callable[[], None] = lambda: None
) -> None:
    """Run billing as if it had run every week since ``first``: invoices dated over time."""
    ctx = services.billing.ctx
    real_clock = ctx.clock
    day = first
    try:
        while day < today:
            ctx.clock = lambda d=day: datetime.combine(d, dtime(12))  # type: ignore[misc]
            services.billing.run(day, pause_seconds=0)
            step()
            day += timedelta(days=7)
    finally:
        ctx.clock = real_clock
    services.billing.run(today, pause_seconds=0)


def populate_demo(services: Services, progress: Progress | None = None) -> None:
    """A small, varied book: every invoice status, a grey-listed customer, a pending link."""
    total = DEMO_WEEKS + 4
    done = 0

    def step() -> None:
        nonlocal done
        done = min(done + 1, total - 1)
        if progress is not None:
            progress(done, total)

    step()
    today = services.customers.ctx.today()
    add_demo_customers(services, 150, seed=7)
    step()
    billing, payments = services.billing, services.payments
    page = services.customers.search("", limit=40).rows
    for i, row in enumerate(page[:30]):
        start = today.replace(day=1) - timedelta(days=70 + i)
        billing.add_subscription(
            row.reference,
            label="Abonnement Club" if i % 3 else "Cotisation annuelle",
            amount_cents=2990 if i % 3 else 24000,
            period="monthly" if i % 3 else "yearly",
            start=start,
        )
    step()
    _bill_week_by_week(services, today - timedelta(days=7 * DEMO_WEEKS), today, step)
    invoices = [inv for row in page[:30] for inv in services.customers.get(row.reference).invoices]
    due = [inv for inv in invoices if inv.status == "due"]
    for inv in due[:12]:
        billing.record_payment(
            inv.id,
            method="bank_transfer",
            paid_on=inv.issued_on if inv.issued_on <= today else today,
            reference="VIR-" + inv.number,
        )
    billing.void(due[12].id, reason="Erreur de tarif")
    billing.mark_problem(due[13].id, reason="Prélèvement rejeté (AM04)")
    billing.refund(due[0].id, reason="Résiliation anticipée")
    # A customer who keeps failing on the form: grey-listed.
    grey = services.customers.create(
        CustomerInput(
            reference="CUST-GRIS01",
            name="Bastien Lenoir",
            email="bastien.lenoir@example.fr",
            first_name="Bastien",
            last_name="Lenoir",
            address_line1="3 rue du Port",
            postal_code="29200",
            city="Brest",
            phone="+33698765432",
        )
    )
    link = payments.create_link(grey.id, "card")
    token = link.url.rsplit("/", 1)[1]
    for _ in range(services.settings.greylist_threshold):
        try:
            services.registration.register_card(
                token,
                holder="B Lenoir",
                card_number="4000000000000002",
                exp_month=12,
                exp_year=today.year + 1,
                cvc="123",
            )
        except RegistrationRefused:
            pass  # each refusal counts towards the grey list: that is the point here
    # A customer waiting to register a SEPA mandate: a pending link.
    waiting = services.customers.create(
        CustomerInput(
            reference="CUST-ATTENTE",
            name="Camille Rousseau",
            email="camille.rousseau@example.fr",
            first_name="Camille",
            last_name="Rousseau",
            address_line1="8 place Bellecour",
            postal_code="69002",
            city="Lyon",
            phone="+33611223344",
        )
    )
    payments.create_link(waiting.id, "sepa_debit")
    services.customers.create(
        CustomerInput(
            reference="CUST-UK0001",
            name="Oliver Smith",
            email="oliver.smith@example.co.uk",
            language="en",
            first_name="Oliver",
            last_name="Smith",
            address_line1="10 High Street",
            postal_code="BS1 4DJ",
            city="Bristol",
            country="GB",
            phone="+442079460123",
        )
    )
    if progress is not None:
        progress(total, total)
