"""Measure the payment form and the CLI while a catch-up billing run writes to the same SQLite file."""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import random
import re
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CREDITOR_ID = "FR72ZZZ123456"  # the demo creditor id: SEPA links need one
CARD_NUMBER = "4242424242424242"  # accepted by the built-in test gateway
IBAN = "FR7630006000011234567890189"
BIC = "AGRIFRPPXXX"  # the bank of IBAN above
CSRF_FIELD = re.compile(r'name="csrf" value="([^"]+)"')
LOCK_WORDS = ("locked", "busy")

# Load while the run goes on: a few customers on the form, one desk's worth of CLI work.
# Short pauses keep the load steady on a small machine instead of starving the run of CPU.
GET_THREADS = 2
GET_PAUSE = 0.1
POST_PAUSE = 0.2
# The form answers 429 to every link for a whole minute once a client has asked for 30
# unknown ones: stay under that, and ask from another loopback address when possible so
# a throttle could never spill over onto the known-link requests.
UNKNOWN_EVERY = 2.5
UNKNOWN_SOURCE = "127.0.0.2"
GET_POOL = 6  # links opened again and again
WRITE_TARGETS = 100  # customers whose offline method the CLI keeps changing
HTTP_TIMEOUT = 60.0
CLI_TIMEOUT = 120.0

K_GET = "form GET /m/<token>"
K_UNKNOWN = "form GET unknown token"
K_POST = "form POST (register method)"
K_SET = "cli payment-method set"
K_ADD = "cli customer add"
K_SHOW = "cli customer show --json"
K_LINK = "cli link create"
KINDS = (K_GET, K_UNKNOWN, K_POST, K_SET, K_ADD, K_SHOW, K_LINK)
HTTP_KINDS = (K_GET, K_UNKNOWN, K_POST)


class SetupFailed(Exception):
    """The bench could not be prepared: nothing was measured."""


@dataclass
class Sample:
    status: str
    ms: float
    locked: bool = False


@dataclass
class Bench:
    """What every load thread shares."""

    exe: str
    env: dict[str, str]
    database: str
    port: int
    all_refs: list[str]
    get_tokens: list[str]
    write_refs: list[str]
    post_links: deque[tuple[str, str]]  # (method, token) made during setup
    post_spare: deque[str]  # customers without a link yet, for links made during the run
    unknown_source: tuple[str, int] | None
    stop: threading.Event = field(default_factory=threading.Event)
    samples: dict[str, list[Sample]] = field(default_factory=lambda: defaultdict(list))
    # Shared across phases: a reference added in the baseline must not be added again later.
    new_customers: itertools.count = field(default_factory=lambda: itertools.count(1))
    method_sets: itertools.count = field(default_factory=lambda: itertools.count(0))
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _pool_lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, sample: Sample) -> None:
        with self._lock:
            self.samples[kind].append(sample)


# --- clients -------------------------------------------------------------------------------


def http_call(
    port: int,
    method: str,
    path: str,
    *,
    fields: dict[str, str] | None = None,
    source: tuple[str, int] | None = None,
) -> tuple[str, str, float]:
    """(status, body, milliseconds); a fresh connection each time, like a phone would."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=HTTP_TIMEOUT, source_address=source
    )
    headers = {"Accept-Language": "fr"}
    body = None
    if fields is not None:
        body = urlencode(fields)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        status = str(response.status)
    except TimeoutError:
        status, text = "timeout", ""
    except (OSError, http.client.HTTPException) as exc:
        status, text = f"error {type(exc).__name__}", ""
    finally:
        conn.close()
    return status, text, (time.perf_counter() - started) * 1000


def run_guichet(bench: Bench, *args: str) -> tuple[str, str, str, float]:
    """(exit status, stdout, stderr, milliseconds) of one `guichet` command on the bench file."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [bench.exe, *args, "--database", bench.database],
            env=bench.env,
            capture_output=True,
            text=True,
            timeout=CLI_TIMEOUT,
        )
        status, out, err = f"exit {done.returncode}", done.stdout, done.stderr
    except subprocess.TimeoutExpired:
        status, out, err = "timeout", "", ""
    return status, out, err, (time.perf_counter() - started) * 1000


def mentions_lock(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in LOCK_WORDS)


def token_of(url: str) -> str:
    return urlsplit(url.strip()).path.rsplit("/m/", 1)[1]


# --- load loops ----------------------------------------------------------------------------


def loop_form_get(bench: Bench, offset: int) -> None:
    i = offset
    while not bench.stop.is_set():
        token = bench.get_tokens[i % len(bench.get_tokens)]
        status, _text, ms = http_call(bench.port, "GET", f"/m/{token}")
        bench.add(K_GET, Sample(status, ms))
        i += 1
        bench.stop.wait(GET_PAUSE)


def loop_unknown(bench: Bench) -> None:
    while not bench.stop.is_set():
        token = secrets.token_urlsafe(32)
        status, _text, ms = http_call(bench.port, "GET", f"/m/{token}", source=bench.unknown_source)
        bench.add(K_UNKNOWN, Sample(status, ms))
        bench.stop.wait(UNKNOWN_EVERY)


def next_post_link(bench: Bench, n: int) -> tuple[str, str] | None:
    """A link nobody has opened: from the setup pool, else made now with the CLI."""
    with bench._pool_lock:
        if bench.post_links:
            return bench.post_links.popleft()
        if not bench.post_spare:
            return None
        ref = bench.post_spare.popleft()
    method = "card" if n % 2 == 0 else "sepa_debit"
    status, out, err, ms = run_guichet(bench, "link", "create", ref, "--method", method)
    bench.add(K_LINK, Sample(status, ms, mentions_lock(err)))
    if status != "exit 0":
        return None
    return method, token_of(out)


def form_fields(method: str) -> dict[str, str]:
    if method == "card":
        return {
            "holder": "Camille Martin",
            "card_number": CARD_NUMBER,
            "exp_month": "12",
            "exp_year": str((date.today().year + 3) % 100),
            "cvc": "123",
        }
    return {"holder": "Camille Martin", "iban": IBAN, "bic": BIC, "consent": "yes"}


def loop_form_post(bench: Bench) -> None:
    n = 0
    while not bench.stop.is_set():
        link = next_post_link(bench, n)
        n += 1
        if link is None:
            bench.stop.wait(1.0)
            continue
        method, token = link
        # Like a browser: the form first (it carries the CSRF value), then the submit.
        status, text, ms = http_call(bench.port, "GET", f"/m/{token}")
        bench.add(K_GET, Sample(status, ms))
        match = CSRF_FIELD.search(text)
        if status != "200" or match is None:
            continue
        fields = {"csrf": match.group(1), **form_fields(method)}
        status, _text, ms = http_call(bench.port, "POST", f"/m/{token}", fields=fields)
        bench.add(K_POST, Sample(status, ms))
        bench.stop.wait(POST_PAUSE)


def loop_cli_write(bench: Bench) -> None:
    n = 0
    while not bench.stop.is_set():
        if n % 2 == 0:
            visit = next(bench.method_sets)
            ref = bench.write_refs[visit % len(bench.write_refs)]
            # "other" first: no demo customer has it, so every set is a real change.
            method = ("other", "cheque")[(visit // len(bench.write_refs)) % 2]
            status, _out, err, ms = run_guichet(
                bench, "payment-method", "set", ref, "--method", method
            )
            bench.add(K_SET, Sample(status, ms, mentions_lock(err)))
        else:
            number = next(bench.new_customers)
            status, _out, err, ms = run_guichet(
                bench,
                "customer",
                "add",
                "--reference",
                f"BENCH-{number:06d}",
                "--name",
                f"Client Banc {number}",
                "--email",
                f"client.banc.{number}@example.fr",
            )
            bench.add(K_ADD, Sample(status, ms, mentions_lock(err)))
        n += 1


def loop_cli_show(bench: Bench) -> None:
    rng = random.Random(7)
    while not bench.stop.is_set():
        ref = rng.choice(bench.all_refs)
        status, out, err, ms = run_guichet(bench, "customer", "show", ref, "--json")
        if status == "exit 0" and not out.lstrip().startswith("{"):
            status = "exit 0 (no JSON)"
        bench.add(K_SHOW, Sample(status, ms, mentions_lock(err)))


# --- setup ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def unknown_source() -> tuple[str, int] | None:
    try:
        with socket.socket() as probe:
            probe.bind((UNKNOWN_SOURCE, 0))
    except OSError:
        return None
    return (UNKNOWN_SOURCE, 0)


def bench_env(work: Path, port: int) -> dict[str, str]:
    """Nothing from or into the user's profile: config, data, cache and state stay in ``work``."""
    env = dict(os.environ)
    env.update(
        GUICHET_CONFIG=str(work / "absent-guichet.toml"),
        GUICHET_PORTAL_URL=f"http://127.0.0.1:{port}",
        GUICHET_CREDITOR_ID=CREDITOR_ID,
        GUICHET_BUSINESS_NAME="Club Banc d'essai",
        GUICHET_OPERATOR="bench",
        XDG_CONFIG_HOME=str(work / "xdg-config"),
        XDG_DATA_HOME=str(work / "xdg-data"),
        XDG_CACHE_HOME=str(work / "xdg-cache"),
        XDG_STATE_HOME=str(work / "xdg-state"),
        # The `guichet` commands run the same code as this script, even from another checkout.
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
    )
    env.pop("GUICHET_DATABASE", None)  # --database is passed to every command
    return env


def months_back(today: date, months: int) -> date:
    index = today.year * 12 + today.month - 1 - months
    # Day 28 at most: every month has it, so each subscription bills exactly months + 1 times.
    return date(index // 12, index % 12 + 1, min(today.day, 28))


def build_database(database: str, count: int, months: int, port: int, links: int) -> dict:
    """Customers (demo generator), one monthly subscription each, and unopened links."""
    from core.bootstrap import open_services
    from core.config import Settings
    from core.demo import add_demo_customers

    settings = Settings(
        database=database,
        portal_url=f"http://127.0.0.1:{port}",
        business_name="Club Banc d'essai",
        creditor_id=CREDITOR_ID,
        operator="bench",
    )
    services = open_services(settings)
    try:
        add_demo_customers(services, count, seed=11)
        refs = [row[0] for row in _refs(database)]
        if len(refs) != count:
            raise SetupFailed(f"expected {count} customers, found {len(refs)}")
        start = months_back(services.customers.ctx.today(), months)
        for i, ref in enumerate(refs):
            services.billing.add_subscription(
                ref,
                label="Abonnement mensuel",
                amount_cents=1990 + 100 * (i % 5),
                period="monthly",
                start=start,
            )
        # Distinct customers per role: a new link, a registration or an offline method
        # revokes the customer's other live links, which would turn a pool's GETs into 410s.
        get_refs = refs[:GET_POOL]
        write_refs = refs[GET_POOL : GET_POOL + WRITE_TARGETS]
        post_refs = refs[GET_POOL + WRITE_TARGETS :]
        post_links = deque()
        for i, ref in enumerate(post_refs[:links]):
            method = "card" if i % 2 == 0 else "sepa_debit"
            post_links.append((method, token_of(services.payments.create_link(ref, method).url)))
        return {
            "refs": refs,
            "get_refs": get_refs,
            "write_refs": write_refs,
            "post_links": post_links,
            "post_spare": deque(post_refs[links:]),
            "start": start,
        }
    finally:
        services.close()


def _refs(database: str) -> list[tuple[str]]:
    with closing(sqlite3.connect(database)) as conn, conn:
        return conn.execute("SELECT reference FROM customers ORDER BY id").fetchall()


def wait_healthy(process: subprocess.Popen, port: int, log_path: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        if process.poll() is not None:
            raise SetupFailed(f"guichet portal exited:\n{tail(log_path)}")
        status, _text, _ms = http_call(port, "GET", "/healthz")
        if status == "200":
            return
        if time.monotonic() > deadline:
            raise SetupFailed(
                f"guichet portal did not answer /healthz within 30 s:\n{tail(log_path)}"
            )
        time.sleep(0.2)


def tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


# --- figures -------------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


LOG_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", re.MULTILINE)


def scan_portal_log(path: Path) -> dict[str, int]:
    """Unhandled errors of the form (tracebacks) and the log lines that mention a lock."""
    text = path.read_text(errors="replace") if path.exists() else ""
    starts = [m.start() for m in LOG_RECORD.finditer(text)] + [len(text)]
    found: Counter[str] = Counter()
    for begin, end in zip(starts, starts[1:], strict=False):
        record = text[begin:end]
        unhandled = re.search(r"unhandled error on (\w+)", record)
        if unhandled:
            method = unhandled.group(1)
            found[f"unhandled {method}"] += 1
            if mentions_lock(record):
                found[f"unhandled {method} locked/busy"] += 1
        elif mentions_lock(record) and (" WARNING " in record or " ERROR " in record):
            found["handled locked/busy"] += 1
    return found


def print_table(title: str, samples: dict[str, list[Sample]]) -> tuple[int, int, int]:
    """One table of figures; returns (HTTP 500s, form "busy" answers, CLI lock failures)."""
    print()
    print(title)
    header = (
        f"{'request':<30} {'count':>6} {'500s':>5} {'locked':>6} "
        f"{'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  statuses"
    )
    print(header)
    print("-" * len(header))
    total_500 = http_busy = cli_locked = 0
    for kind in KINDS:
        rows = samples.get(kind, [])
        if not rows and kind == K_LINK:
            continue  # only made when the setup pool of links ran out
        statuses = Counter(s.status for s in rows)
        histogram = " ".join(f"{k}×{v}" for k, v in sorted(statuses.items()))
        errors_500 = statuses.get("500", 0)
        total_500 += errors_500
        if kind in HTTP_KINDS:
            # An HTTP answer has no stderr: the form's "busy, try again" page (503) is its
            # lock failure; lock errors that became 500s are counted from the portal log.
            locked = statuses.get("503", 0)
            http_busy += locked
        else:
            locked = sum(s.locked for s in rows)
            cli_locked += locked
        ms = [s.ms for s in rows]
        p50, p95, top = (
            (percentile(ms, 0.5), percentile(ms, 0.95), max(ms)) if ms else (0.0, 0.0, 0.0)
        )
        print(
            f"{kind:<30} {len(rows):>6} {errors_500:>5} {locked:>6} "
            f"{p50:>8.0f} {p95:>8.0f} {top:>8.0f}  {histogram or '-'}"
        )
    return total_500, http_busy, cli_locked


def report(
    baseline: dict[str, list[Sample]],
    during: dict[str, list[Sample]],
    *,
    bill_seconds: float,
    bill_status: str,
    bill_stdout: str,
    bill_stderr: str,
    invoices_in_db: int,
    portal_log: dict[str, int],
) -> None:
    first = bill_stdout.splitlines()[0] if bill_stdout else "(no output)"
    print()
    print(f"billing run: {bill_status}, {bill_seconds:.1f} s wall (CLI start included), {first}")
    print(f"invoices in the database afterwards: {invoices_in_db:,}")
    bill_locked = mentions_lock(bill_stderr)
    if bill_status != "exit 0":
        print(f"billing run stderr: {bill_stderr.strip()[-500:]}")
    if baseline:
        print_table("same load WITHOUT a billing run (baseline):", baseline)
    total_500, http_busy, cli_locked = print_table("DURING the billing run:", during)
    portal_locked = portal_log.get("unhandled GET locked/busy", 0) + portal_log.get(
        "unhandled POST locked/busy", 0
    )
    print()
    print(
        "portal log (whole session): unhandled errors "
        f"GET {portal_log.get('unhandled GET', 0)} "
        f"({portal_log.get('unhandled GET locked/busy', 0)} locked/busy), "
        f"POST {portal_log.get('unhandled POST', 0)} "
        f"({portal_log.get('unhandled POST locked/busy', 0)} locked/busy); "
        f"other warnings/errors mentioning locked/busy: {portal_log.get('handled locked/busy', 0)}"
    )
    locked_total = cli_locked + http_busy + portal_locked + int(bill_locked)
    verdict = "PROBLEMS SEEN" if total_500 or locked_total else "none seen"
    print(
        f"SUMMARY: {verdict} during the run: {total_500} HTTP 500 answer(s); {locked_total} "
        f"'database is locked'/'busy' failure(s) (CLI {cli_locked}, form 503 {http_busy}, "
        f"portal log {portal_locked}, billing run {int(bill_locked)})"
    )


def run_load(bench: Bench, wait: Callable[[], None]) -> dict[str, list[Sample]]:
    """Run every load loop until ``wait()`` returns; the samples of that phase."""
    bench.stop = threading.Event()
    bench.samples = defaultdict(list)
    loops = [threading.Thread(target=loop_form_get, args=(bench, i)) for i in range(GET_THREADS)]
    loops += [
        threading.Thread(target=target, args=(bench,))
        for target in (loop_unknown, loop_form_post, loop_cli_write, loop_cli_show)
    ]
    for loop in loops:
        loop.start()
    try:
        wait()
    finally:
        bench.stop.set()
        for loop in loops:
            loop.join()
    return bench.samples


# --- main ----------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--subscriptions", type=int, default=20000, help="customers, one subscription each"
    )
    parser.add_argument(
        "--months", type=int, default=6, help="catch-up depth: invoices per subscription minus one"
    )
    parser.add_argument(
        "--database", help="new SQLite file to build (default: in a temporary folder)"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary folder (database, logs)"
    )
    parser.add_argument(
        "--baseline",
        type=float,
        default=10.0,
        help="seconds of the same load before the run, for comparison (0: none)",
    )
    parser.add_argument(
        "--links", type=int, default=300, help="unopened links made beforehand for the form POSTs"
    )
    args = parser.parse_args(argv)
    minimum = GET_POOL + WRITE_TARGETS + 10
    if args.subscriptions < minimum:
        parser.error(f"--subscriptions: at least {minimum}")
    if not 1 <= args.months <= 120:
        parser.error("--months: between 1 and 120")
    if args.links < 0:
        parser.error("--links: zero or more")
    if args.baseline < 0:
        parser.error("--baseline: zero or more seconds")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    exe = shutil.which("guichet")
    if exe is None:
        print(
            "setup failed: the `guichet` command is not on PATH (pip install -e .)", file=sys.stderr
        )
        return 1
    if args.database and Path(args.database).exists():
        # Never bill, nor load, a database someone may care about.
        print(f"setup failed: {args.database} exists: give the path of a new file", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="guichet-bench-billing-"))
    database = str(Path(args.database).resolve()) if args.database else str(work / "bench.sqlite3")
    port = free_port()
    env = bench_env(work, port)
    os.environ.update({k: v for k, v in env.items() if k.startswith(("GUICHET_", "XDG_"))})
    portal_log_path = work / "portal.log"
    portal: subprocess.Popen | None = None
    keep = args.keep
    try:
        print(f"code: {ROOT}; database: {database}; work folder: {work}")
        # Wall times only mean something next to how busy the machine was otherwise.
        print(f"CPUs: {os.cpu_count()}; load average now: {load_average()}")
        started = time.perf_counter()
        built = build_database(database, args.subscriptions, args.months, port, args.links)
        print(
            f"setup: {args.subscriptions:,} customers with a monthly subscription from "
            f"{built['start']} ({args.months + 1} invoices each due), {len(built['post_links'])} "
            f"links, in {time.perf_counter() - started:.1f} s"
        )
        with open(portal_log_path, "wb") as log:
            portal = subprocess.Popen(
                [exe, "portal", "--database", database, "--host", "127.0.0.1", "--port", str(port)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_healthy(portal, port, portal_log_path)
        bench = Bench(
            exe=exe,
            env=env,
            database=database,
            port=port,
            all_refs=built["refs"],
            get_tokens=[],
            write_refs=built["write_refs"],
            post_links=built["post_links"],
            post_spare=built["post_spare"],
            unknown_source=unknown_source(),
        )
        # The links opened again and again come from the CLI, as staff would make them.
        for i, ref in enumerate(built["get_refs"]):
            method = "card" if i % 2 == 0 else "sepa_debit"
            status, out, err, _ms = run_guichet(bench, "link", "create", ref, "--method", method)
            if status != "exit 0":
                raise SetupFailed(f"guichet link create {ref}: {status} {err.strip()}")
            bench.get_tokens.append(token_of(out))
        status, text, _ms = http_call(port, "GET", f"/m/{bench.get_tokens[0]}")
        if status != "200" or not CSRF_FIELD.search(text):
            raise SetupFailed(
                f"the form did not open a fresh link: {status}\n{tail(portal_log_path)}"
            )
        if bench.unknown_source is None:
            print(f"note: cannot send from {UNKNOWN_SOURCE}; unknown-token GETs share 127.0.0.1")
    except SetupFailed as exc:
        print(f"setup failed: {exc}", file=sys.stderr)
        stop_portal(portal)
        print(f"kept for inspection: {work}", file=sys.stderr)
        return 1
    except Exception as exc:  # a broken setup must say so and exit 1, never look like figures
        print(f"setup failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        stop_portal(portal)
        print(f"kept for inspection: {work}", file=sys.stderr)
        return 1

    try:
        baseline: dict[str, list[Sample]] = {}
        if args.baseline > 0:
            print(f"baseline: {args.baseline:g} s of the same load, no billing run …", flush=True)
            baseline = run_load(bench, lambda: time.sleep(args.baseline))
        bill_out_path, bill_err_path = work / "bill.out", work / "bill.err"
        print(f"billing run started, same load beside it (portal on port {port}) …", flush=True)
        bill: dict[str, float] = {}

        def billing_run() -> None:
            with open(bill_out_path, "wb") as out, open(bill_err_path, "wb") as err:
                started = time.perf_counter()
                process = subprocess.Popen(
                    [exe, "bill", "--database", database], env=env, stdout=out, stderr=err
                )
                try:
                    bill["code"] = process.wait()
                except BaseException:  # Ctrl+C: the run must not go on writing unattended
                    process.terminate()
                    process.wait(timeout=30)
                    raise
                bill["seconds"] = time.perf_counter() - started

        during = run_load(bench, billing_run)
        print(f"load average at the end of the run: {load_average()}")
        stop_portal(portal)  # flushes its log before it is read
        with closing(sqlite3.connect(database)) as conn, conn:
            invoices = conn.execute("SELECT count(*) FROM invoices").fetchone()[0]
        report(
            baseline,
            during,
            bill_seconds=bill["seconds"],
            bill_status=f"exit {bill['code']:g}",
            bill_stdout=bill_out_path.read_text(errors="replace"),
            bill_stderr=bill_err_path.read_text(errors="replace"),
            invoices_in_db=invoices,
            portal_log=scan_portal_log(portal_log_path),
        )
    finally:
        stop_portal(portal)
        if keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def stop_portal(portal: subprocess.Popen | None) -> None:
    if portal is None or portal.poll() is not None:
        return
    portal.terminate()  # uvicorn shuts down cleanly on SIGTERM
    try:
        portal.wait(timeout=15)
    except subprocess.TimeoutExpired:
        portal.kill()
        portal.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
