"""Subscriptions as staff handle them: suspend, resume, change the price, terminate on a date."""

from __future__ import annotations

import json
from datetime import date

import pytest

from core.errors import NotFound, RuleViolation, ValidationError


@pytest.fixture
def sub(services, customer):
    return services.billing.add_subscription(
        customer.id, label="Club", amount_cents=2000, period="monthly", start="2026-09-20"
    )


def test_a_suspended_subscription_issues_nothing_and_resumes_with_the_next_period(
    services, sub, clock
):
    services.billing.suspend_subscription(sub.id)
    assert services.billing.run() == []
    with pytest.raises(RuleViolation) as rule:
        services.billing.suspend_subscription(sub.id)
    assert rule.value.code == "suspend_only_active"
    clock.advance(days=10)  # 30 November
    resumed = services.billing.resume_subscription(sub.id)
    assert resumed.status == "active" and resumed.next_billing_on == date(2026, 12, 20)
    assert services.billing.run() == []  # the suspended months are not billed


def test_a_price_change_shows_on_the_next_invoice_only(services, sub, clock):
    first = services.billing.run()
    services.billing.change_subscription(sub.id, amount_cents=2500)
    clock.advance(days=31)
    later = services.billing.run()
    assert {i.amount_cents for i in first} == {2000} and [i.amount_cents for i in later] == [2500]


def test_terminated_on_a_date_bills_the_periods_before_it_then_nothing(
    services, customer, sub, clock
):
    services.billing.terminate_subscription(sub.id, on="2026-10-25")
    with pytest.raises(RuleViolation) as rule:
        services.billing.terminate_subscription(sub.id)
    assert rule.value.code == "terminate_once"
    issued = services.billing.run()
    assert [i.period_start for i in issued] == [date(2026, 9, 20), date(2026, 10, 20)]
    clock.advance(days=60)
    assert services.billing.run() == []
    # Ended and settled: the customer can now be anonymised.
    for inv in issued:
        services.billing.record_payment(inv.number, method="cash", paid_on="2026-11-20")
    assert services.customers.get(customer.id).anonymize_blocker is None


def test_bad_input_names_the_field_and_changes_nothing(services, customer, sub):
    with pytest.raises(ValidationError) as err:
        services.billing.terminate_subscription(sub.id, on="2026-01-01")
    assert err.value.field == "on"
    with pytest.raises(ValidationError) as err:
        services.billing.add_subscription(
            customer.id, label="X", amount_cents=100, period="monthly", start="2026-11-01",
            vat_rate="19.6",
        )  # fmt: skip
    assert err.value.field == "vat_rate"
    with pytest.raises(NotFound):
        services.billing.suspend_subscription(99999)
    assert [s.status for s in services.billing.subscriptions(customer.id)] == ["active"]


def test_cli_subscription_commands(cli, db_path):
    assert (
        cli("customer", "add", "--reference", "CUST-1", "--name", "A B", "--email", "a@b.fr")[0]
        == 0
    )
    code, out, _ = cli("subscription", "add", "CUST-1", "--label", "Club", "--amount-cents",
                       "1990", "--period", "monthly", "--start", "2026-01-05",
                       "--vat-rate", "5.5")  # fmt: skip
    ident = out.strip()
    assert code == 0 and ident.isdigit()
    assert cli("subscription", "suspend", ident)[0] == 0
    assert cli("subscription", "resume", ident)[0] == 0
    assert cli("subscription", "change", ident, "--amount-cents", "2190")[0] == 0
    assert cli("subscription", "terminate", ident, "--on", "2026-06-05")[0] == 0
    code, _out, err = cli("subscription", "terminate", ident)
    assert code == 2 and "terminate once" in err
    [shown] = json.loads(cli("subscription", "list", "CUST-1", "--json")[1])
    assert shown["status"] == "terminated" and shown["terminated_on"] == "2026-06-05"
    assert shown["amount_cents"] == 2190 and shown["vat_rate"] == 5.5
    assert shown["id"] == int(ident)
