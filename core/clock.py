"""The core's clock: naive UTC times, and the business day where the desk is (no imports)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def business_day(clock: Callable[[], datetime]) -> date:
    """Times are UTC, dates are local: the day it is where the desk runs."""
    return clock().replace(tzinfo=UTC).astimezone().date()
