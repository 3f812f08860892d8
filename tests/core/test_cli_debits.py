"""`guichet debit …`: the contract's outputs, one line on refusal, nothing changed."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from core.bootstrap import open_services
from core.config import Settings
from core.sepa import calendar as target2
from tests.conftest import customer_input
from tests.core.conftest import dump

SAMPLES = Path(__file__).parent / "sepa" / "samples"


def test_prepare_export_show_import_through_the_command_line(
    cli, db_path, backend, tmp_path, monkeypatch
):
    monkeypatch.setenv("GUICHET_CREDITOR_IBAN", "FR7630006000011234567890189")
    monkeypatch.setenv("GUICHET_CREDITOR_BIC", "AGRIFRPP")
    if backend == "sqlite":
        assert cli("customer", "list")[0] == 2  # no database file yet: refused, nothing made
    services = open_services(
        Settings(database=str(db_path), creditor_id="FR72ZZZ123456", business_name="Club")
    )
    c = services.customers.create(customer_input(reference="CUST-000001"))
    token = services.payments.create_link(c.id, "sepa_debit").url.rsplit("/", 1)[1]
    services.registration.register_sepa(
        token, holder="Élodie Martin", iban="FR1420041010050500013M02606", bic="", consent=True
    )
    today = services.billing.ctx.today()
    services.billing.add_subscription(
        c.id, label="Club", amount_cents=2990, period="monthly", start=today - timedelta(days=5)
    )
    services.close()
    assert cli("bill")[0] == 0
    day = target2.target2_day_on_or_after(
        max(target2.earliest_collection_date(today, 2), today + timedelta(days=3))
    )

    before = dump(db_path)
    code, out, err = cli("debit", "prepare", "--collection-date", "2026-13-01")
    assert code == 2 and out == "" and err.count("\n") == 1 and "collection_date" in err
    saturday = day + timedelta(days=(5 - day.weekday()) % 7 or 7)
    code, _out, err = cli("debit", "prepare", "--collection-date", saturday.isoformat())
    assert code == 2 and "TARGET2" in err
    assert dump(db_path) == before

    code, out, _err = cli("debit", "prepare", "--collection-date", day.isoformat())
    reference = out.strip()
    assert code == 0 and reference == f"R{day.year}-000001"
    assert cli("debit", "prepare", "--collection-date", day.isoformat())[1] == ""  # nothing left

    target = tmp_path / f"prelevements-{day.isoformat()}.xml"
    assert cli("debit", "export", reference, "--output", str(target))[0] == 0
    code, _out, err = cli("debit", "export", reference, "--output", str(target))
    assert code == 2 and "already exists" in err

    code, out, _err = cli("debit", "show", reference, "--json")
    shown = json.loads(out)
    assert shown["status"] == "sent" and shown["count"] == 1 and shown["total_cents"] == 2990
    assert shown["collection_date"] == day.isoformat() and shown["message_id"]
    [line] = shown["transactions"]
    assert line["sequence"] == "FRST" and line["mandate_reference"] == "CUST-000001-M01"
    assert line["status"] == "pending" and line["reason_code"] is None
    assert json.loads(cli("debit", "list", "--json")[1])[0]["reference"] == reference

    invoice = line["invoice"]
    sample = (SAMPLES / "pain002_transaction_reject.xml").read_text(encoding="utf-8")
    returned = tmp_path / "retour.xml"
    returned.write_text(
        sample.replace("REM-2026-000013", shown["message_id"]).replace("F2026-000142", invoice),
        encoding="utf-8",
    )
    code, out, _err = cli("debit", "import", str(returned), "--dry-run")
    assert code == 0 and "would change" in out
    code, out, _err = cli("debit", "import", str(returned))
    assert code == 0 and out.strip() == "pain.002: 1 rejected, 0 returned; 1 invoice changed"
    code, out, _err = cli("debit", "import", str(returned))
    assert code == 0 and "already imported" in out
    customer = json.loads(cli("customer", "show", "CUST-000001", "--json")[1])
    [inv] = customer["invoices"]
    assert inv["status"] == "problem"
    assert inv["debit"] == {
        "batch": reference,
        "collection_date": day.isoformat(),
        "sequence": "FRST",
        "status": "rejected",
        "reason_code": "AM04",
    }
    assert customer["payment_method"]["usable"] is True
