"""Demo data: realistic French and English customers, fast enough for a million rows."""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from datetime import time as dtime
from typing import Any, TypeVar

from schwifty import IBAN
from sqlalchemy import Connection, Engine, func, insert, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from stdnum import luhn

from core import search_index
from core.bootstrap import Services, open_services
from core.config import Settings
from core.dto import CustomerInput
from core.errors import Busy, RegistrationRefused
from core.models import Customer, PaymentMethod
from core.services.context import is_busy, mark_changed, reserve_counter
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
_T = TypeVar("_T")
GB_BANKS = ("NWBK601613", "BARC200000", "LOYD309634")  # bank code + sort code
FR_BANKS = ("30006", "30004", "30003", "10278", "20041", "11315")


def _pick(draw: Callable[[], float], choices: Sequence[_T]) -> _T:
    """One of ``choices``, uniformly. Random's own choice(), randint() and randrange() are
    the largest cost of a million rows; one draw of random() each is several times faster."""
    return choices[int(draw() * len(choices))]


def _between(draw: Callable[[], float], low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` included, uniformly."""
    return low + int(draw() * (high - low + 1))


def _siren(draw: Callable[[], float]) -> str:
    base = f"{_between(draw, 10_000_000, 99_999_998)}"
    return base + luhn.calc_check_digit(base)


def _fr_vat(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


@functools.cache
def _fold_word(value: str) -> str:
    return normalize_text(value)


def _fold(value: str) -> str:
    """normalize_text, fast: ASCII text only needs lower-casing; the few words of the
    demo vocabularies are normalised once."""
    return value.lower() if value.isascii() else _fold_word(value)


_IBAN_LETTERS = str.maketrans({chr(c): str(c - 55) for c in range(ord("A"), ord("Z") + 1)})


def _iban_digits(text: str) -> int:
    return int(text.translate(_IBAN_LETTERS))


def _iban(country: str, bban: str) -> str:
    """ISO 13616 check digits (mod 97), as schwifty computes them."""
    check = 98 - _iban_digits(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def _fr_iban(bank: str, account: str) -> str:
    """A French IBAN: bank, branch 00000, account, and the RIB key (what schwifty makes)."""
    branch = "00000"
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return _iban("FR", f"{bank}{branch}{account}{key:02d}")


@functools.cache
def _bank_bic(country: str, bank_code: str) -> str:
    """The BIC schwifty's bank registry gives a bank code (looked up once per bank)."""
    account = "0" * (11 if country == "FR" else 8)
    bic = IBAN.generate(country, bank_code=bank_code, account_code=account).bic
    return str(bic) if bic else "AGRIFRPPXXX"


def demo_customer(rng: random.Random, number: int) -> dict[str, Any]:
    """One realistic customer row (valid phone, VAT number, address for its country)."""
    draw = rng.random
    english = draw() < 0.2
    if english:
        first, last = _pick(draw, EN_FIRST), _pick(draw, EN_LAST)
        postal, city = _pick(draw, GB_CITIES)
        street = f"{_between(draw, 1, 250)} {_pick(draw, GB_STREETS)}"
        phone = f"+44207946{_between(draw, 0, 9999):04d}"
        country, language, domain = "GB", "en", "example.co.uk"
    else:
        first, last = _pick(draw, FR_FIRST), _pick(draw, FR_LAST)
        postal, city = _pick(draw, FR_CITIES)
        street = f"{_between(draw, 1, 120)} {_pick(draw, FR_STREETS)}"
        phone = f"+336{_pick(draw, '0124578')}{_between(draw, 0, 9_999_999):07d}"
        country, language, domain = "FR", "fr", "example.fr"
    company = vat = ""
    if not english and draw() < 0.2:
        company = f"{_pick(draw, COMPANIES)} {last}"
        vat = _fr_vat(_siren(draw))
    name = company or f"{first} {last}"
    reference = f"CUST-{number:06d}"
    email = f"{_fold(first)}.{_fold(last)}.{number}@{domain}".replace(" ", "")
    sort_name = _fold(name)
    # search_key(row), part by part: normalising words joined by spaces is joining the
    # normalised words (core/services/customers.py is the reference; a test compares).
    # The reference and the email are plain ASCII, lower-cased by _fold.
    parts = [reference.lower(), sort_name, email.lower()]
    if company:
        parts.append(_fold(company))
    parts += [_fold(first), _fold(last), _fold(city)]
    return {
        "reference": reference,
        "name": name,
        "email": email,
        "language": language,
        "status": "active" if draw() < 0.97 else "suspended",
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
        "sort_name": sort_name,
        "search_text": " ".join(parts),
    }


def demo_method(
    rng: random.Random, customer_id: int, row: dict, number: int, creditor: str, now: datetime
) -> dict | None:
    draw = rng.random
    roll = draw()
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
            bank = _pick(draw, GB_BANKS)
            iban = _iban("GB", f"{bank}{_between(draw, 0, 10**8 - 1):08d}")
            bic = _bank_bic("GB", bank)
        else:
            bank = _pick(draw, FR_BANKS)
            iban = _fr_iban(bank, f"{_between(draw, 0, 10**10 - 1):011d}")
            bic = _bank_bic("FR", bank)
        signed = now.date() - timedelta(days=_between(draw, 10, 900))
        base.update(
            method="sepa_debit",
            holder=f"{row['first_name']} {row['last_name']}",
            iban=iban,
            bic=bic,
            mandate_reference=f"{row['reference']}-M01",
            mandate_signed_on=signed,
            creditor_id=creditor,
        )
    elif roll < 0.65:
        base.update(
            method="card",
            card_brand=_pick(draw, ("Visa", "Mastercard")),
            card_last4=f"{_between(draw, 0, 9999):04d}",
            card_exp_month=_between(draw, 1, 12),
            card_exp_year=now.year + _between(draw, 0, 4),
            gateway_token=f"tok_demo_{number}",
        )
    elif roll < 0.92:
        base.update(method=_pick(draw, ("bank_transfer", "cheque", "cash", "bank_transfer")))
    else:
        return None
    return base


BATCH = 2000  # rows per transaction: some tens of milliseconds of write lock each
# SQLite, for the loading connection only: a page cache that holds the indexes being
# filled (random keys: email, sort name), and a WAL checkpointed every ~400 MB instead of
# every 4 MB, so that a page rewritten by many batches is copied into the file once.
LOAD_CACHE_KIB = 200_000
LOAD_CHECKPOINT_PAGES = 100_000
BUSY_RETRIES = 5  # a batch is tried again when another writer held the database too long


def add_demo_customers(
    services: Services,
    count: int,
    *,
    seed: int = 0,
    batch: int = BATCH,
    progress: Callable[[int], object] | None = None,
) -> int:
    """Bulk-insert ``count`` customers (and their default methods) in short transactions.

    Rows are made outside any transaction; each write holds the lock only for one batch's
    inserts (Core executemany of uniform rows, no ORM), so the desks and the form get
    their turn between batches. On SQLite the search index is built once at the end
    instead of row by row (core.search_index), also when the load is interrupted.
    ``progress`` is told the number of customers of each committed batch.
    """
    if count <= 0:
        return 0
    rng = random.Random(seed)
    ctx = services.customers.ctx
    creditor = services.settings.creditor_id
    size = min(batch, count)
    with ctx.transaction() as session:
        paused = search_index.pause(session)
        # A block of references at once: never reused, even after deletes.
        start = _reserve_references(session, size)
    made = 0
    try:
        with _loading_connection(services.engine) as conn:
            try:
                while size:
                    rows, methods = _demo_rows(rng, start, size, creditor, ctx.now())
                    following = min(batch, count - made - size)
                    start = _insert_batch(conn, rows, methods, following, paused)
                    made += size
                    size = following
                    if progress is not None:
                        progress(len(rows))
            finally:
                # The search index finds every new row again (also after Ctrl-C).
                if paused:
                    search_index.catch_up(functools.partial(_write, conn))
    finally:
        if made:  # the desks refresh once
            with ctx.transaction() as session:
                mark_changed(session)
    return made


def _insert_batch(
    conn: Connection,
    rows: list[dict[str, Any]],
    methods: list[dict[str, Any]],
    following: int,
    paused: bool,
) -> int:
    """One batch in one short transaction (tried again when the database is busy); takes
    the references of the following batch and returns the one before its first."""
    waits = 0
    while True:
        try:
            with _write(conn) as session:
                ids = _new_customer_ids(session, len(rows))
                session.execute(insert(_CUSTOMERS), [{**row, "id": ids[row["id"]]} for row in rows])
                if methods:
                    session.execute(
                        insert(_METHODS),
                        [{**m, "customer_id": ids[m["customer_id"]]} for m in methods],
                    )
                start = _reserve_references(session, following) if following else 0
                if paused:
                    search_index.alive(session)
            return start
        except Busy:
            waits += 1
            if waits > BUSY_RETRIES:
                raise
            time.sleep(1.0)


@contextmanager
def _write(conn: Connection) -> Iterator[Session]:
    """One write transaction on the loading connection; "busy" as ``Busy``."""
    try:
        with Session(bind=conn, autoflush=False) as session, session.begin():
            yield session
    except OperationalError as exc:
        if is_busy(exc):
            raise Busy() from None
        raise


@contextmanager
def _loading_connection(engine: Engine) -> Iterator[Connection]:
    """The connection a load writes with (SQLite: BEGIN IMMEDIATE, and the loading
    settings above, put back as they were before it returns to the pool)."""
    conn = engine.connect().execution_options(guichet_write=True)
    usual: dict[str, int] = {}
    try:
        if engine.dialect.name == "sqlite":
            usual = {name: _pragma(conn, name) for name in ("cache_size", "wal_autocheckpoint")}
            _pragma(conn, "cache_size", -LOAD_CACHE_KIB)
            _pragma(conn, "wal_autocheckpoint", LOAD_CHECKPOINT_PAGES)
        yield conn
    finally:
        try:
            for name, value in usual.items():
                _pragma(conn, name, value)
        except Exception:
            conn.invalidate()  # never back in the pool with the loading settings
        finally:
            conn.close()


def _pragma(conn: Connection, name: str, value: int | None = None) -> int:
    """Read or set a SQLite setting of this connection (outside any transaction)."""
    driver = conn.connection.dbapi_connection
    assert driver is not None
    statement = f"PRAGMA {name}" if value is None else f"PRAGMA {name} = {int(value)}"
    row = driver.execute(statement).fetchone()  # type: ignore[attr-defined]
    return int(row[0]) if row else 0


def _demo_rows(
    rng: random.Random, start: int, size: int, creditor: str, now: datetime
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """One batch of customers numbered after ``start``, and their methods; ``id`` and
    ``customer_id`` hold the position in the batch until the ids are known."""
    rows = []
    methods = []
    for i in range(size):
        number = start + i + 1
        row = demo_customer(rng, number)
        row["id"] = i
        row["created_at"] = row["updated_at"] = now
        rows.append(row)
        method = demo_method(rng, i, row, number, creditor, now)
        if method:
            methods.append(method)
    return rows, methods


def _reserve_references(session: Session, count: int) -> int:
    """Take ``count`` customer numbers at once; returns the one before the first."""
    return reserve_counter(session, "customer", count) - 1


_CUSTOMERS = Customer.metadata.tables["customers"]
_METHODS = PaymentMethod.metadata.tables["payment_methods"]


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
