"""The command line: contract outputs, exit 2 with one line, and nothing changed on error."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from tests.core.conftest import dump


@pytest.fixture
def populated(cli):
    assert (
        cli(
            "customer",
            "add",
            "--reference",
            "CUST-000001",
            "--name",
            "Jean Dupont",
            "--email",
            "jean@example.fr",
        )[0]
        == 0
    )
    assert (
        cli(
            "subscription",
            "add",
            "CUST-000001",
            "--label",
            "Club",
            "--amount-cents",
            "2990",
            "--period",
            "monthly",
            "--start",
            "2026-10-01",
        )[0]
        == 0
    )
    assert cli("bill", "--until", "2026-11-01")[0] == 0
    return cli


def test_contract_flow(populated, db_path):
    cli = populated
    code, out, err = cli("link", "create", "CUST-000001", "--method", "sepa_debit")
    assert code == 0 and out.count("\n") == 1 and "/m/" in out
    code, out, _ = cli("customer", "show", "CUST-000001", "--json")
    shown = json.loads(out)
    assert shown["links"][0]["state"] == "pending"
    assert [i["status"] for i in shown["invoices"]] == ["due", "due"]
    assert shown["payment_method"] is None and shown["greylisted"] is False
    assert cli("payment-method", "set", "CUST-000001", "--method", "cheque")[0] == 0
    assert (
        cli(
            "invoice",
            "pay",
            shown["invoices"][1]["number"],
            "--method",
            "cheque",
            "--date",
            "2026-10-05",
            "--reference",
            "CHQ-1",
        )[0]
        == 0
    )
    shown = json.loads(cli("customer", "show", "CUST-000001", "--json")[1])
    assert (
        shown["payment_method"]["method"] == "cheque"
        and shown["payment_method"]["automatic"] is False
    )
    assert shown["links"][0]["state"] == "revoked"
    assert sorted(i["status"] for i in shown["invoices"]) == ["due", "paid"]
    listed = json.loads(cli("customer", "list", "--search", "dupont", "--json")[1])
    assert listed == [
        {
            "reference": "CUST-000001",
            "name": "Jean Dupont",
            "email": "jean@example.fr",
            "company": "",
            "payment_method": "cheque",
            "greylisted": False,
        }
    ]
    assert cli("bill", "--until", "2026-11-01")[1].startswith("0 invoice")
    assert cli("link", "revoke", "CUST-000001")[0] == 0


@pytest.mark.parametrize(
    "args",
    [
        (
            "customer",
            "add",
            "--reference",
            "CUST-000001",
            "--name",
            "Dup",
            "--email",
            "d@example.fr",
        ),
        ("customer", "add", "--reference", "X2", "--name", "N", "--email", "bad"),
        (
            "customer",
            "add",
            "--reference",
            "X2",
            "--name",
            "N",
            "--email",
            "n@example.fr",
            "--country",
            "ZZ",
        ),
        ("customer", "show", "NOPE", "--json"),
        ("link", "create", "CUST-000001", "--method", "cash"),
        ("link", "create", "NOPE", "--method", "card"),
        ("payment-method", "set", "CUST-000001", "--method", "card"),
        ("invoice", "pay", "F2026-000001", "--method", "cheque", "--date", "2999-01-01"),
        ("invoice", "pay", "F2026-000001", "--method", "cheque", "--date", "yesterday"),
        ("invoice", "pay", "F1999-000001", "--method", "cheque", "--date", "2026-01-01"),
        (
            "subscription",
            "add",
            "CUST-000001",
            "--label",
            "L",
            "--amount-cents",
            "-3",
            "--period",
            "monthly",
            "--start",
            "2026-01-01",
        ),
        ("customer", "delete", "CUST-000001", "--yes"),
        ("customer", "anonymize", "CUST-000001", "--yes"),
        ("bill", "--until", "soon"),
        ("demo-data", "--customers", "0"),
        ("nonsense",),
    ],
)
def test_bad_input_exit_2_one_line_nothing_changed(populated, db_path, args):
    before = dump(db_path)
    code, out, err = populated(*args)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("guichet: ") and "Traceback" not in err
    assert dump(db_path) == before


def test_demo_data_is_valid(cli, db_path):
    assert cli("demo-data", "--customers", "200", "--seed", "3")[0] == 0
    from core import validation as v
    from core.bootstrap import open_services
    from core.config import Settings

    services = open_services(Settings(database=str(db_path), creditor_id="FR72ZZZ123456"))
    page = services.customers.search("", limit=200)
    assert page.total == 200
    languages = set()
    for row in page.rows[:200]:
        c = services.customers.get(row.id)
        languages.add(c.language)
        v.email(c.email)
        assert v.phone(c.phone, c.country) == c.phone
        if c.vat_number:
            assert v.vat_number(c.vat_number, c.country) == c.vat_number
    assert languages == {"fr", "en"}
    from sqlalchemy import select

    from core.models import Customer, PaymentMethod

    with services.customers.ctx.read() as session:
        rows = session.execute(
            select(PaymentMethod.iban, PaymentMethod.bic, Customer.country)
            .join(Customer, Customer.id == PaymentMethod.customer_id)
            .where(PaymentMethod.method == "sepa_debit")
        ).all()
    assert len(rows) > 40
    for iban, bic, country in rows:
        account = v.iban(iban)  # national check digits included
        assert account.country_code == country and v.bic(bic, account)
    services.close()


def test_a_customer_added_after_demo_data_and_more_demo_data_all_fit(cli, services):
    """Bulk-inserted ids leave room for the next customer, on either database."""
    from tests.conftest import customer_input

    assert cli("demo-data", "--customers", "30", "--seed", "1")[0] == 0
    added = services.customers.create(customer_input(email="apres@demo.fr"))
    assert added.reference == "CUST-000031"
    assert cli("demo-data", "--customers", "30", "--seed", "2")[0] == 0
    assert services.customers.count() == 61
    assert services.customers.get(added.id).email == "apres@demo.fr"


def test_read_command_on_missing_database_creates_nothing(cli, tmp_path, capsys):
    missing = tmp_path / "typo.sqlite3"
    code = main(["customer", "show", "X", "--json", "--database", str(missing)])
    err = capsys.readouterr().err
    assert code == 2 and "does not exist" in err
    assert not missing.exists()
