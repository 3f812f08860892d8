"""The edges a working day finds: a busy database, odd bytes, closed pipes, strict input."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

import core.db
from core.bootstrap import open_services
from core.errors import Busy, ValidationError
from tests.conftest import customer_input, hold_write_lock
from tests.core.conftest import ENV, dump, scalar


@pytest.fixture
def held_write_lock(db_path, monkeypatch):
    """Another process's writer holds the database; our wait is cut short for the test."""
    monkeypatch.setattr(core.db, "BUSY_TIMEOUT_SECONDS", 0.2)

    return lambda: hold_write_lock(db_path)


# --- busy, not broken -----------------------------------------------------------------------
def test_a_write_blocked_past_the_wait_says_busy_and_changes_nothing(
    settings, clock, db_path, held_write_lock
):
    services = open_services(settings, clock=clock)
    customer = services.customers.create(customer_input(reference="CUST-000123"))
    other = held_write_lock()
    try:
        with pytest.raises(Busy) as err:
            services.payments.set_offline_method(customer.reference, "cheque")
        assert "busy" in str(err.value) and "nothing was changed" in str(err.value)
        # Reads go on beside the writer.
        assert services.customers.get(customer.reference).payment_method is None
    finally:
        other.execute("ROLLBACK")
        other.close()
    services.payments.set_offline_method(customer.reference, "cheque")
    assert services.customers.get(customer.reference).payment_method.method == "cheque"
    services.close()


def test_cli_write_while_locked_exits_2_with_one_busy_line(cli, db_path, held_write_lock):
    assert (
        cli("customer", "add", "--reference", "CUST-1", "--name", "A B", "--email", "a@b.fr")[0]
        == 0
    )
    before = dump(db_path)
    other = held_write_lock()
    try:
        code, out, err = cli("payment-method", "set", "CUST-1", "--method", "cash")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "busy" in err and "Traceback" not in err
    assert dump(db_path) == before


def test_cli_reads_go_on_while_another_process_writes(cli, held_write_lock):
    assert (
        cli("customer", "add", "--reference", "CUST-1", "--name", "A B", "--email", "a@b.fr")[0]
        == 0
    )
    other = held_write_lock()
    try:
        code, out, err = cli("customer", "show", "CUST-1", "--json")
        listed = cli("customer", "list", "--search", "CUST", "--json")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 0 and '"CUST-1"' in out and err == ""
    assert listed[0] == 0 and "CUST-1" in listed[1]


def test_showing_the_form_is_a_read_once_the_link_was_opened(
    settings, clock, db_path, held_write_lock
):
    services = open_services(settings, clock=clock)
    customer = services.customers.create(customer_input(reference="CUST-000123"))
    token = services.payments.create_link(customer.reference, "card").url.rsplit("/", 1)[1]
    services.registration.open(token)  # first view: marks the link opened
    other = held_write_lock()
    try:
        view = services.registration.open(token)  # a writer holds the lock: still shown
        assert view.customer_reference == "CUST-000123"
    finally:
        other.execute("ROLLBACK")
        other.close()
    services.close()


# --- files readable by the owner only ---------------------------------------------------------
def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_database_side_files_and_new_folder_are_private(tmp_path, clock):
    from core.config import Settings

    db = tmp_path / "new-folder" / "guichet.sqlite3"
    services = open_services(Settings(database=str(db), operator="alice"), clock=clock)
    services.customers.create(customer_input())
    assert _mode(db.parent) == 0o700
    assert _mode(db) == 0o600
    for side in ("-wal", "-shm"):
        assert _mode(str(db) + side) == 0o600
    services.close()


@pytest.mark.sqlite_only
def test_an_existing_world_readable_database_is_made_private_when_opened(settings, db_path):
    open_services(settings).close()
    os.chmod(db_path, 0o644)
    open_services(settings).close()
    assert _mode(db_path) == 0o600


@pytest.mark.sqlite_only
def test_backups_are_private_only_the_last_few_kept_and_half_made_ones_removed(settings, db_path):
    open_services(settings).close()
    url = core.db.database_url(str(db_path))
    for _ in range(core.db.KEEP_BACKUPS + 3):
        core.db._copy_aside(url, "0002")
    half = db_path.with_name(db_path.name + ".before-0002-20260101-000000-0.bak.partial")
    half.write_bytes(b"half a copy")
    backups = sorted(db_path.parent.glob("guichet.sqlite3.before-*.bak"))
    assert len(backups) == core.db.KEEP_BACKUPS
    assert all(_mode(b) == 0o600 for b in backups)
    open_services(settings).close()
    assert not half.exists()


# --- strict input -------------------------------------------------------------------------------
def _subscribe(cli, db_path, *, amount: str = "1000", start: str = "2026-01-01"):
    """Add a customer, then try a subscription; returns the answer and the rows before it."""
    assert (
        cli("customer", "add", "--reference", "CUST-1", "--name", "A B", "--email", "a@b.fr")[0]
        == 0
    )
    before = dump(db_path)
    answer = cli(
        "subscription", "add", "CUST-1", "--label", "Club", "--amount-cents", amount,
        "--period", "monthly", "--start", start,
    )  # fmt: skip
    return answer, before


@pytest.mark.parametrize("amount", ["١٢٣", "1_000", "+5", " 12 3", "12.5", "0x10"])
def test_cli_amounts_are_plain_ascii_digits(cli, db_path, amount):
    (code, _out, err), before = _subscribe(cli, db_path, amount=amount)
    assert code == 2 and "amount" in err.lower()
    assert dump(db_path) == before


@pytest.mark.parametrize("day", ["20261101", "2026-W44-1", "2026-11-1", "٢٠٢٦-١١-٠١", "2026-306"])
def test_cli_dates_are_yyyy_mm_dd_only(cli, db_path, day):
    (code, _out, err), before = _subscribe(cli, db_path, start=day)
    assert code == 2 and "start" in err and "YYYY-MM-DD" in err
    assert dump(db_path) == before


def test_search_with_a_nul_byte_finds_without_an_sql_error(services):
    services.customers.create(customer_input(reference="CUST-000123"))
    for query in ("Mar\x00tin", "\x00\x00\x00", "Martin\x00", "lyo\x00n"):
        services.customers.search(query, limit=10)  # no error, whatever it finds
    # A control character separates words, like a space.
    assert [r.reference for r in services.customers.search("Mar\x00tin", limit=10).rows] == [
        "CUST-000123"
    ]
    assert [r.reference for r in services.customers.search("Martin\x00", limit=10).rows] == [
        "CUST-000123"
    ]


def test_cli_bytes_that_are_not_utf8_name_the_option(cli, db_path):
    assert (
        cli("customer", "add", "--reference", "CUST-1", "--name", "A B", "--email", "a@b.fr")[0]
        == 0
    )
    before = dump(db_path)
    bad = b"Caf\xe9".decode("utf-8", "surrogateescape")  # what Python makes of Latin-1 bytes
    code, _out, err = cli(
        "customer", "add", "--reference", "CUST-2", "--name", bad, "--email", "c@d.fr"
    )
    assert code == 2 and err.startswith("guichet: --name:") and "UTF-8" in err
    code, _out, err = cli("customer", "list", f"--search={bad}")
    assert code == 2 and "--search" in err
    assert dump(db_path) == before


def test_an_existing_customer_cannot_be_saved_without_its_version(services, customer):
    with pytest.raises(TypeError):
        services.customers.save(customer.id, customer_input(city="Paris"))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        services.customers.save(customer.id, customer_input(city="Paris"), expected_version=None)
    assert services.customers.get(customer.id).city == "Lyon"


def test_invalid_amount_and_date_in_the_service_name_the_field(services, customer):
    with pytest.raises(ValidationError) as err:
        services.billing.add_subscription(
            customer.id, label="Club", amount_cents="1_000", period="monthly", start="2026-01-01"
        )
    assert err.value.field == "amount_cents"


# --- a closed pipe after the work is done --------------------------------------------------------
def test_bill_into_a_closed_pipe_exits_0_quietly_after_committing(tmp_path, db_path, cli):
    assert (
        cli("customer", "add", "--reference", "CUST-1", "--name", "A B", "--email", "a@b.fr")[0]
        == 0
    )
    for n in range(40):
        assert (
            cli(
                "subscription",
                "add",
                "CUST-1",
                "--label",
                f"Club {n}",
                "--amount-cents",
                "1000",
                "--period",
                "monthly",
                "--start",
                "2025-01-01",
            )[0]
            == 0
        )
    env = {**os.environ, **ENV, "GUICHET_CONFIG": str(tmp_path / "none.toml")}
    # Like `guichet bill | head -3`: the reader stops after three lines.
    bill = subprocess.Popen(
        [sys.executable, "-m", "core.cli", "bill", "--database", str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert bill.stdout is not None
    for _ in range(3):
        bill.stdout.readline()
    bill.stdout.close()
    _out, err = bill.communicate(timeout=120)
    assert bill.returncode == 0, err
    assert err == b""
    assert scalar(db_path, "SELECT count(*) FROM invoices") > 400


@pytest.mark.parametrize("value", ["١٢", "+3", "1_0", " 5", "-1"])
def test_cli_counts_are_plain_ascii_digits(cli, value):
    code, _out, err = cli("demo-data", "--customers", value)
    assert code == 2 and "--customers" in err and err.count("\n") == 1


def test_a_billing_run_stopped_by_a_busy_database_says_what_it_kept(settings, clock, monkeypatch):
    """Exit 2 promises that nothing changed; a run that issued some invoices says exit 3."""
    from core.errors import PartialRun
    from core.services import billing as billing_module

    services = open_services(settings, clock=clock)
    c = services.customers.create(customer_input(reference="CUST-000123"))
    for n in range(3):
        services.billing.add_subscription(
            c.id, label=f"Club {n}", amount_cents=1000, period="monthly", start="2026-11-01"
        )
    calls = {"n": 0}
    real = services.billing._bill_slice

    def slice_then_busy(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > 1:  # the first slice commits, then another writer holds on
            raise Busy()
        return real(*args, **kwargs)

    monkeypatch.setattr(services.billing, "_bill_slice", slice_then_busy)
    monkeypatch.setattr(billing_module, "BUSY_RETRIES", 1)
    monkeypatch.setattr(billing_module.time, "sleep", lambda _s: None)
    with pytest.raises(PartialRun) as stopped:
        services.billing.run(chunk=1, slice_seconds=0)
    assert stopped.value.params["count"] == 1 and "run the billing again" in str(stopped.value)
    monkeypatch.undo()
    assert len(services.billing.run()) == 2  # the rest, nothing twice
    services.close()


def test_no_display_is_one_clear_line_not_an_abort(tmp_path):
    from desktop.__main__ import display_problem

    assert "DISPLAY" in display_problem({})
    assert "no X server" in display_problem({"DISPLAY": ":99", "QT_QPA_PLATFORM": "xcb"})
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="", GUICHET_CONFIG=str(tmp_path / "none.toml"),
               XDG_DATA_HOME=str(tmp_path))  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--database", str(tmp_path / "x.sqlite3")],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "no display" in done.stderr and not (tmp_path / "x.sqlite3").exists()
