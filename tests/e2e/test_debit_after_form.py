"""A mandate signed in a real browser is debited: bill, prepare, export, reject, settle."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from core.sepa import calendar as target2
from core.sepa import pain008
from tests.e2e.test_payment_form import _fill, _heading, _submit_and_wait

pytestmark = pytest.mark.e2e
SAMPLES = Path(__file__).resolve().parents[1] / "core" / "sepa" / "samples"


def test_a_mandate_signed_on_the_form_reaches_the_bank_file(
    guichet, portal, browser, env, tmp_path
):
    env.update(GUICHET_CREDITOR_IBAN="FR7630006000011234567890189", GUICHET_CREDITOR_BIC="AGRIFRPP")
    today = date.today()
    guichet("customer", "add", "--reference", "E2E-010", "--name", "Léa Morel",
            "--email", "lea.morel@example.fr")  # fmt: skip
    url = guichet("link", "create", "E2E-010", "--method", "sepa_debit").strip()
    browser.get(url)
    _fill(browser, holder="Léa Morel", iban="FR1420041010050500013M02606")
    browser.find_element(By.NAME, "consent").click()
    _submit_and_wait(browser)
    assert "C'est enregistré" in _heading(browser)

    guichet("subscription", "add", "E2E-010", "--label", "Cotisation", "--amount-cents", "4500",
            "--period", "monthly", "--start", (today - timedelta(days=2)).isoformat())  # fmt: skip
    guichet("bill")
    [invoice] = json.loads(guichet("customer", "show", "E2E-010", "--json"))["invoices"]
    assert invoice["collection"] == "automatic"
    day = target2.target2_day_on_or_after(
        max(target2.earliest_collection_date(today, 2), date.fromisoformat(invoice["debit_on"]))
    )
    batch = guichet("debit", "prepare", "--collection-date", day.isoformat()).strip()
    out = tmp_path / f"prelevements-{day.isoformat()}.xml"
    guichet("debit", "export", batch, "--output", str(out))
    data = out.read_bytes()
    pain008.validate_pain008(data)
    text = data.decode("utf-8")
    assert "FR1420041010050500013M02606" in text and "E2E-010-M01" in text
    assert "<SeqTp>FRST</SeqTp>" in text and '<InstdAmt Ccy="EUR">45.00</InstdAmt>' in text

    shown = json.loads(guichet("debit", "show", batch, "--json"))
    reject = tmp_path / "retour.xml"
    reject.write_text(
        (SAMPLES / "pain002_transaction_reject.xml")
        .read_text(encoding="utf-8")
        .replace("REM-2026-000013", shown["message_id"])
        .replace("F2026-000142", invoice["number"]),
        encoding="utf-8",
    )
    assert "1 rejected" in guichet("debit", "import", str(reject))
    guichet("debit", "settle", batch)
    [after] = json.loads(guichet("customer", "show", "E2E-010", "--json"))["invoices"]
    assert after["status"] == "problem" and after["debit"]["reason_code"] == "AM04"
