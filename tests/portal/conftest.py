"""Fixtures of the payment form tests: the app over the real services, a client, links."""

from __future__ import annotations

import pytest

from core.portal.app import create_app
from tests.portal.helpers import FakeTime, TestClient, link_path


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def app(services, fake_time):
    return create_app(services, clock=fake_time)


@pytest.fixture
def client(app):
    # Server errors become responses, as a browser would see them, so 500 pages can be checked.
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def sepa_link(services, customer) -> str:
    return link_path(services.payments.create_link(customer.reference, "sepa_debit").url)


@pytest.fixture
def card_link(services, customer) -> str:
    return link_path(services.payments.create_link(customer.reference, "card").url)
