"""Invoices as legal records: VAT that adds up, due dates and overdue, credit notes, one
payment for several invoices."""

from __future__ import annotations

import json
from datetime import date

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from core import rules
from core.bootstrap import open_services
from core.db import _alembic_config, make_engine
from core.errors import RuleViolation, ValidationError
from tests.conftest import customer_input


@pytest.mark.parametrize(
    "total, rate", [(2990, 2000), (100, 550), (1, 2000), (999, 1000), (7, 210)]
)
def test_net_and_vat_add_up_to_the_cent(total, rate):
    net, tax = rules.vat_split(total, rate)
    assert net + tax == total
    assert abs(net * (10000 + rate) - total * 10000) <= (10000 + rate) // 2  # rounded, not cut


@pytest.mark.parametrize("rate", ["19.6", "7", "abc", "-20", "20.00001"])
def test_only_french_vat_rates(rate):
    with pytest.raises(ValidationError) as err:
        rules.vat_rate_bp(rate)
    assert err.value.code == "vat_rate_invalid"
    assert rules.vat_rate_bp("5,5") == 550 and rules.vat_rate_bp(0) == 0


def test_an_offline_invoice_is_due_after_the_terms_and_overdue_after_the_grace(
    services, customer, clock
):
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=2990, period="monthly", start="2026-11-20"
    )
    [issued] = services.billing.run()
    shown = services.billing.invoice(issued.number)
    assert (shown.net_cents, shown.tax_cents, shown.vat_rate_bp) == (2492, 498, 2000)
    assert shown.due_on == date(2026, 12, 20) and not shown.overdue
    clock.advance(days=30 + 10)  # due date + grace days: not yet
    assert not services.billing.invoice(issued.number).overdue
    clock.advance(days=1)
    assert services.billing.invoice(issued.number).overdue
    assert services.customers.get(customer.id).invoices[0].overdue
    [late] = [u for u in services.activity.upcoming(customer.id) if u.kind == "invoice_overdue"]
    assert "en retard" in late.text("fr") and issued.number in late.text("en")


def test_one_cheque_for_three_invoices_shows_on_each(services, customer):
    services.billing.add_subscription(
        customer.id, label="Club", amount_cents=1000, period="monthly", start="2026-08-20"
    )
    issued = services.billing.run()
    assert len(issued) == 4
    numbers = [i.number for i in issued[:3]]
    services.billing.record_payments(
        numbers, method="cheque", paid_on="2026-11-19", reference="CHQ 0042117", notes="Banque X"
    )
    for number in numbers:
        inv = services.billing.invoice(number)
        assert inv.status == "paid"
        [payment] = inv.payments
        assert payment.reference == "CHQ 0042117" and payment.recorded_by == "alice"
        assert list(payment.invoices) == sorted(numbers)
    assert services.billing.invoice(issued[3].number).status == "due"


def test_one_payment_cannot_cover_two_customers_nor_a_paid_invoice(services, customer):
    other = services.customers.create(customer_input(reference="CUST-000999", email="o@x.fr"))
    for c in (customer, other):
        services.billing.add_subscription(
            c.id, label="Club", amount_cents=1000, period="monthly", start="2026-11-20"
        )
    a, b = services.billing.run()
    with pytest.raises(RuleViolation) as rule:
        services.billing.record_payments([a.number, b.number], method="cash", paid_on="2026-11-20")
    assert rule.value.code == "one_customer_per_payment"
    assert services.billing.invoice(a.number).status == "due"  # nothing saved
    with pytest.raises(ValidationError) as err:
        services.billing.record_payments([a.number], method="cash", paid_on="2026-11-21")
    assert err.value.field == "date"


def test_cli_pays_several_prints_credit_notes_and_shows_an_invoice(cli, db_path, settings):
    services = open_services(settings)
    c = services.customers.create(customer_input(reference="CUST-000001"))
    today = services.billing.ctx.today()
    services.billing.add_subscription(
        c.id, label="Club", amount_cents=1200, period="monthly",
        start=date(today.year, today.month, 1) if today.day > 1 else today,
    )  # fmt: skip
    services.billing.add_subscription(
        c.id, label="Cours", amount_cents=3000, period="yearly", start=today
    )
    a, b = (i.number for i in services.billing.run())
    services.close()
    code, out, _ = cli("invoice", "pay", a, b, "--method", "cheque",
                       "--date", today.isoformat(), "--reference", "CHQ 7")  # fmt: skip
    assert code == 0
    shown = json.loads(cli("invoice", "show", a, "--json")[1])
    assert shown["status"] == "paid" and shown["payments"][0]["invoices"] == sorted([a, b])
    assert shown["net_cents"] + shown["tax_cents"] == shown["amount_cents"] == 1200
    assert shown["vat_rate"] == 20.0 and shown["due_on"] and shown["overdue"] is False
    code, out, _ = cli("invoice", "refund", a, "--reason", "Départ")
    assert code == 0 and out.strip() == f"AV{today.year}-000001"
    customer = json.loads(cli("customer", "show", "CUST-000001", "--json")[1])
    assert customer["credit_notes"][0]["invoice"] == a
    code, _out, err = cli("invoice", "show", "F1999-000001", "--json")
    assert code == 2 and err.count("\n") == 1


def test_migration_gives_existing_invoices_net_and_vat_at_the_default_rate(tmp_path):
    db = tmp_path / "old.sqlite3"
    url = f"sqlite:///{db}"
    engine = create_engine(url)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        conn.execute(text(
            "INSERT INTO customers (id, reference, name, email, language, status, note, company, "
            "first_name, last_name, address_line1, address_line2, postal_code, city, region, "
            "country, phone, vat_number, greylisted, failed_attempts, created_at, updated_at, "
            "version, sort_name, search_text) VALUES (1, 'C1', 'A', 'a@b.fr', 'fr', 'active', '', "
            "'', '', '', '', '', '', '', '', 'FR', '', '', 0, 0, '2026-01-01', '2026-01-01', 1, "
            "'a', 'a')"
        ))  # fmt: skip
        conn.execute(text(
            "INSERT INTO invoices (number, customer_id, label, amount_cents, currency, status, "
            "collection, issued_on, billing_address, status_reason, updated_at, version) VALUES "
            "('F2025-000001', 1, 'Club', 2990, 'EUR', 'paid', 'offline', '2025-05-01', '{}', '', "
            "'2025-05-01', 1)"
        ))  # fmt: skip
    engine.dispose()
    make_engine(str(db)).dispose()  # opening upgrades to the head
    with create_engine(url).connect() as conn:
        row = conn.execute(
            text("SELECT vat_rate_bp, net_cents, tax_cents, due_on FROM invoices")
        ).one()
    assert tuple(row) == (2000, 2492, 498, "2025-05-01")


def test_export_for_the_accountant_in_csv_and_xlsx(cli, db_path, settings, tmp_path):
    import csv

    from openpyxl import load_workbook

    services = open_services(settings)
    c = services.customers.create(customer_input(reference="CUST-000001"))
    today = services.billing.ctx.today()
    services.billing.add_subscription(
        c.id, label="Club", amount_cents=1200, period="yearly", start=today
    )
    [inv] = services.billing.run()
    note = services.billing.void(inv.number, reason="Erreur")
    services.close()
    span = ("--from", today.replace(day=1).isoformat(), "--to", today.isoformat())
    assert cli("export", "invoices", *span, "--output", str(tmp_path / "f.csv"))[0] == 0
    with (tmp_path / "f.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["document"], r["number"], r["amount_cents"]) for r in rows] == [
        ("invoice", inv.number, "1200"),
        ("credit_note", note.number, "-1200"),
    ]
    assert rows[0]["issued_on"] == today.isoformat()
    assert int(rows[0]["net_cents"]) + int(rows[0]["tax_cents"]) == 1200
    assert cli("export", "invoices", *span, "--output", str(tmp_path / "f.xlsx"))[0] == 0
    sheet = load_workbook(tmp_path / "f.xlsx").active
    assert [c.value for c in sheet[1]][:2] == ["document", "number"]
    assert sheet.cell(row=3, column=2).value == note.number
    code, _out, err = cli("export", "invoices", *span, "--output", str(tmp_path / "f.csv"))
    assert code == 2 and "already exists" in err
    code, _out, err = cli("export", "invoices", "--from", "2026-12-01", "--to", "2026-11-01",
                          "--output", str(tmp_path / "g.csv"))  # fmt: skip
    assert code == 2 and err.startswith("guichet: to:")


def test_the_invoices_list_filters_and_totals_the_selection(services, customer, clock):
    from core.dto import InvoiceQuery

    other = services.customers.create(
        customer_input(reference="CUST-000777", email="z@x.fr", name="Zoé Blanc", city="Brest")
    )
    for c, amount in ((customer, 1200), (other, 3000)):
        services.billing.add_subscription(
            c.id, label="Cotisation", amount_cents=amount, period="monthly", start="2026-10-20"
        )
    issued = services.billing.run()
    assert len(issued) == 4
    paid = [i for i in issued if i.amount_cents == 1200][0]
    services.billing.record_payment(paid.number, method="cash", paid_on="2026-11-20")
    everything = services.billing.invoices()
    assert everything.count == 4 and everything.amount_cents == 2 * 1200 + 2 * 3000
    assert everything.net_cents + everything.tax_cents == everything.amount_cents
    due = services.billing.invoices(InvoiceQuery(status="due"))
    assert due.count == 3 and paid.number not in {r.invoice.number for r in due.rows}
    brest = services.billing.invoices(InvoiceQuery(text="brest"))
    assert {r.customer_reference for r in brest.rows} == {"CUST-000777"}
    clock.advance(days=45)
    late = services.billing.invoices(InvoiceQuery(overdue=True))
    assert late.count == 3 and all(r.invoice.overdue for r in late.rows)
    history = services.billing.invoice_history(paid.number)
    assert [h.kind for h in history] == ["invoice_issued", "invoice_paid"]
    with pytest.raises(ValidationError):
        services.billing.invoices(InvoiceQuery(status="unknown"))
