"""TARGET2 business days, from the ECB calendar of the ``holidays`` package."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

_DAY = timedelta(days=1)


@cache
def _closed_days(year: int) -> frozenset[date]:
    # One frozen set per year: a HolidayBase grows as it is asked about new years, which
    # makes a shared instance unsafe to read from several threads. Imported here: the
    # package's calendars take longer to import than the desk takes to start.
    import holidays

    return frozenset(holidays.financial_holidays("ECB", years=year))


def is_target2_day(day: date) -> bool:
    """True when TARGET2 settles on ``day``: a weekday that is not an ECB closing day."""
    return day.weekday() < 5 and day not in _closed_days(day.year)


def target2_day_on_or_after(day: date) -> date:
    """``day`` itself when TARGET2 is open, else the first open day after it."""
    while not is_target2_day(day):
        day += _DAY
    return day


def next_target2_day(day: date) -> date:
    """The first TARGET2 business day strictly after ``day``."""
    return target2_day_on_or_after(day + _DAY)


def previous_target2_day(day: date) -> date:
    """The last TARGET2 business day strictly before ``day``."""
    day -= _DAY
    while not is_target2_day(day):
        day -= _DAY
    return day


def add_target2_days(day: date, count: int) -> date:
    """The ``count``-th TARGET2 business day after ``day`` (before it when negative).

    ``day`` itself need not be open: from a Saturday, one business day later is the
    Monday. ``count`` 0 gives ``day`` when open, else the next open day.
    """
    if count == 0:
        return target2_day_on_or_after(day)
    step = next_target2_day if count > 0 else previous_target2_day
    for _ in range(abs(count)):
        day = step(day)
    return day


def earliest_collection_date(today: date, lead_days: int) -> date:
    """The first TARGET2 business day at least ``lead_days`` TARGET2 business days after today."""
    if lead_days < 0:
        raise ValueError("lead_days must not be negative")
    return add_target2_days(today, lead_days)


def is_valid_collection_date(collection_date: date, today: date, lead_days: int) -> bool:
    """True when a batch may be collected on ``collection_date`` if prepared ``today``."""
    return is_target2_day(collection_date) and collection_date >= earliest_collection_date(
        today, lead_days
    )
