"""Shared fixtures: a real SQLite file per test, settings, services and a movable clock."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Shared, noisy machines: a slow example is not a failure (timings are measured elsewhere).
hypothesis_settings.register_profile("guichet", deadline=None, print_blob=True)
hypothesis_settings.load_profile("guichet")

from core.bootstrap import Services, open_services  # noqa: E402
from core.config import Settings  # noqa: E402
from core.dto import CustomerInput  # noqa: E402

CREDITOR_ID = "FR72ZZZ123456"
VALID_IBAN = "FR7630006000011234567890189"


class Clock:
    """A clock tests can move; starts at a fixed instant (naive UTC)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 20, 9, 30))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "guichet.sqlite3"


@pytest.fixture
def settings(db_path) -> Settings:
    return Settings(
        database=str(db_path),
        portal_url="http://127.0.0.1:8765",
        business_name="Club Test",
        creditor_id=CREDITOR_ID,
        operator="alice",
    )


@pytest.fixture
def services(settings, clock) -> Services:
    svc = open_services(settings, clock=clock)
    yield svc
    svc.close()


def customer_input(**overrides) -> CustomerInput:
    values = dict(
        name="Élodie Martin",
        email="elodie.martin@example.fr",
        language="fr",
        first_name="Élodie",
        last_name="Martin",
        address_line1="12 rue des Lilas",
        postal_code="69003",
        city="Lyon",
        country="FR",
        phone="06 12 34 56 78",
    )
    values.update(overrides)
    return CustomerInput(**values)


@pytest.fixture
def customer(services):
    return services.customers.create(customer_input(reference="CUST-000123"))
