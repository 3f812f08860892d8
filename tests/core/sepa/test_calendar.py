"""TARGET2 business days: ECB closing days, weekends, and the earliest collection date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.sepa.calendar import (
    add_target2_days,
    earliest_collection_date,
    is_target2_day,
    is_valid_collection_date,
    next_target2_day,
    previous_target2_day,
    target2_day_on_or_after,
)

DAYS = st.dates(min_value=date(2001, 1, 1), max_value=date(2060, 12, 31))


@pytest.mark.parametrize(
    "closed",
    [
        date(2025, 12, 25),  # Christmas, a Thursday
        date(2025, 12, 26),  # 26 December, a Friday
        date(2025, 4, 18),  # Good Friday
        date(2025, 4, 21),  # Easter Monday
        date(2025, 5, 1),  # Labour Day, a Thursday
        date(2026, 1, 1),  # New Year's Day, a Thursday
        date(2026, 4, 3),
        date(2026, 4, 6),
        date(2026, 5, 1),
        date(2026, 12, 25),
        date(2027, 3, 26),
        date(2027, 3, 29),
        date(2030, 1, 1),
    ],
)
def test_ecb_closing_days_are_closed(closed):
    assert not is_target2_day(closed)


@pytest.mark.parametrize(
    "open_day",
    [
        date(2026, 5, 8),  # French public holidays: TARGET2 stays open
        date(2026, 5, 14),  # Ascension
        date(2026, 5, 25),  # Whit Monday
        date(2026, 7, 14),
        date(2026, 11, 11),
        date(2025, 12, 24),
        date(2025, 12, 31),
        date(2026, 11, 20),
    ],
)
def test_national_holidays_and_ordinary_weekdays_are_open(open_day):
    assert is_target2_day(open_day)


@given(DAYS)
def test_weekends_are_closed(day):
    if day.weekday() >= 5:
        assert not is_target2_day(day)


def test_closed_year_round_counts_fit_the_calendar():
    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]
    weekdays = [d for d in days if d.weekday() < 5]
    # 2026: 1 Jan, Good Friday, Easter Monday, 1 May and 25 Dec fall on weekdays; 26 Dec is a Saturday.
    assert len([d for d in days if is_target2_day(d)]) == len(weekdays) - 5


def test_moving_between_open_days():
    assert next_target2_day(date(2026, 4, 2)) == date(2026, 4, 7)  # over Easter
    assert previous_target2_day(date(2026, 4, 7)) == date(2026, 4, 2)
    assert next_target2_day(date(2026, 11, 20)) == date(2026, 11, 23)  # Friday → Monday
    assert target2_day_on_or_after(date(2026, 11, 20)) == date(2026, 11, 20)
    assert target2_day_on_or_after(date(2026, 11, 21)) == date(2026, 11, 23)
    assert target2_day_on_or_after(date(2025, 12, 25)) == date(2025, 12, 29)


def test_adding_business_days():
    assert add_target2_days(date(2026, 11, 21), 1) == date(2026, 11, 23)  # from a Saturday
    assert add_target2_days(date(2026, 11, 20), 2) == date(2026, 11, 24)
    assert add_target2_days(date(2025, 12, 23), 2) == date(2025, 12, 29)  # over Christmas
    assert add_target2_days(date(2026, 4, 2), 1) == date(2026, 4, 7)
    assert add_target2_days(date(2026, 4, 7), -1) == date(2026, 4, 2)
    assert add_target2_days(date(2026, 11, 21), 0) == date(2026, 11, 23)
    assert add_target2_days(date(2026, 11, 20), 0) == date(2026, 11, 20)


def test_earliest_collection_date():
    assert earliest_collection_date(date(2026, 11, 20), 2) == date(2026, 11, 24)
    assert earliest_collection_date(date(2026, 11, 21), 2) == date(2026, 11, 24)
    assert earliest_collection_date(date(2025, 12, 23), 2) == date(2025, 12, 29)
    assert earliest_collection_date(date(2026, 12, 31), 1) == date(2027, 1, 4)  # over 1 January
    assert earliest_collection_date(date(2026, 11, 21), 0) == date(2026, 11, 23)
    with pytest.raises(ValueError):
        earliest_collection_date(date(2026, 11, 20), -1)


@given(DAYS, st.integers(min_value=1, max_value=10))
def test_earliest_collection_date_is_lead_days_open_days_later(today, lead_days):
    found = earliest_collection_date(today, lead_days)
    assert is_target2_day(found)
    between = [today + timedelta(days=n) for n in range(1, (found - today).days + 1)]
    assert sum(is_target2_day(d) for d in between) == lead_days


def test_valid_collection_dates():
    today = date(2026, 11, 20)
    assert is_valid_collection_date(date(2026, 11, 24), today, 2)
    assert is_valid_collection_date(date(2026, 12, 24), today, 2)
    assert not is_valid_collection_date(date(2026, 11, 23), today, 2)  # too soon
    assert not is_valid_collection_date(date(2026, 12, 25), today, 2)  # closed
    assert not is_valid_collection_date(date(2026, 11, 28), today, 2)  # Saturday
