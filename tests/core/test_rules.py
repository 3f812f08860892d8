"""The business rules as pure functions: no database, no clock, just values and decisions."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import rules
from core.codes import Collection, LinkState

NOW = datetime(2026, 11, 20, 9, 30)


@pytest.mark.parametrize(
    "stored, expires, expected",
    [
        ("pending", datetime(2026, 11, 21), LinkState.PENDING),
        ("opened", datetime(2026, 11, 21), LinkState.OPENED),
        ("pending", NOW, LinkState.EXPIRED),  # expiring this very instant: no longer usable
        ("opened", datetime(2026, 11, 1), LinkState.EXPIRED),
        ("completed", datetime(2026, 11, 1), LinkState.COMPLETED),  # history keeps the outcome
        ("revoked", datetime(2026, 11, 21), LinkState.REVOKED),
    ],
)
def test_link_state_and_liveness(stored, expires, expected):
    assert rules.link_state(stored, expires, NOW) == expected
    assert rules.link_is_live(stored, expires, NOW) == (expected in ("pending", "opened"))
    refusal = rules.revoke_refusal(stored, expires, NOW)
    assert (refusal is None) == (expected in ("pending", "opened"))
    if refusal is not None:
        assert refusal.code == "revoke_live_only" and refusal.params["state"] == expected


@pytest.mark.parametrize(
    "day, months, anchor, expected",
    [
        (date(2026, 1, 31), 1, 31, date(2026, 2, 28)),
        (date(2026, 2, 28), 1, 31, date(2026, 3, 31)),  # back to the anchor day
        (date(2024, 1, 31), 1, 31, date(2024, 2, 29)),
        (date(2026, 11, 30), 3, None, date(2027, 2, 28)),
        (date(2023, 2, 28), 36, None, date(2026, 2, 28)),
    ],
)
def test_month_arithmetic_keeps_the_day_where_the_month_has_it(day, months, anchor, expected):
    assert rules.add_months(day, months, anchor) == expected


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)), st.integers(1, 31))
def test_next_billing_date_is_always_later_and_in_the_right_month(day, anchor):
    monthly = rules.next_billing_date(day, "monthly", anchor)
    yearly = rules.next_billing_date(day, "yearly", anchor)
    assert monthly > day and yearly > monthly
    assert (monthly.year * 12 + monthly.month) - (day.year * 12 + day.month) == 1
    assert yearly.month == day.month and yearly.year == day.year + 1


def test_mandate_lapses_36_months_after_last_use_else_signature():
    created = date(2020, 1, 1)
    assert rules.mandate_lapses_on(None, date(2023, 5, 10), created) == date(2026, 5, 10)
    assert rules.mandate_lapses_on(date(2025, 1, 3), date(2023, 5, 10), created) == date(2028, 1, 3)
    assert rules.mandate_lapses_on(None, None, created) == date(2023, 1, 1)


@pytest.mark.parametrize(
    "method, lapses, expected",
    [
        (None, None, Collection.OFFLINE),
        ("cheque", None, Collection.OFFLINE),
        ("card", None, Collection.AUTOMATIC),
        ("sepa_debit", date(2027, 1, 1), Collection.AUTOMATIC),
        ("sepa_debit", date(2026, 11, 20), Collection.OFFLINE),  # lapses the day it is issued
        ("sepa_debit", None, Collection.OFFLINE),
    ],
)
def test_collection_of_a_new_invoice(method, lapses, expected):
    issued = date(2026, 11, 20)
    assert rules.new_invoice_collection(method, issued_on=issued, mandate_lapses=lapses) == expected


def test_blockers_name_their_rule_and_count():
    assert rules.delete_blocker(0) is None
    blocked = rules.delete_blocker(3)
    assert blocked is not None and blocked.code == "delete_without_invoices"
    assert blocked.params == {"count": 3}
    none = dict(anonymised=False, open_invoices=0, active_subscriptions=0)
    assert rules.anonymize_blocker(**none) is None
    assert rules.anonymize_blocker(**{**none, "anonymised": True}).code == "anonymise_once"
    assert rules.anonymize_blocker(**{**none, "open_invoices": 2}).code == "anonymise_open_invoices"
    assert (
        rules.anonymize_blocker(**{**none, "active_subscriptions": 1}).code
        == "anonymise_active_subscriptions"
    )


@pytest.mark.parametrize("failures, threshold, listed", [(4, 5, False), (5, 5, True), (6, 5, True)])
def test_grey_list_at_the_threshold(failures, threshold, listed):
    assert rules.greylisted_after(failures, threshold) is listed
