"""Composition root of the core: settings → engine → services, built on demand."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from core import search_index
from core.config import Settings
from core.db import make_engine, make_session_factory, make_write_session_factory
from core.gateway import CardGateway, TestGateway
from core.services.activity import ActivityService
from core.services.billing import BillingService
from core.services.context import ServiceContext, utc_now
from core.services.customers import CustomerService
from core.services.debits import DebitService
from core.services.documents import DocumentService
from core.services.payments import PaymentService, RegistrationService

log = logging.getLogger("guichet.core")


@dataclass
class Services:
    """Everything a front end needs, wired to one database."""

    settings: Settings
    engine: Engine
    customers: CustomerService
    payments: PaymentService
    registration: RegistrationService
    billing: BillingService
    activity: ActivityService
    debits: DebitService
    documents: DocumentService

    def healthy(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False

    def close(self) -> None:
        self.engine.dispose()


def _repair_search_index(engine: Engine) -> None:
    """A bulk load that died left the search index paused: finish it (core.search_index)."""
    try:
        search_index.repair_abandoned(engine)
    except DBAPIError:  # busy, or not writable: the next opening does it
        log.warning("customer search index left paused: not indexed now", exc_info=True)


def open_services(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = utc_now,
    gateway: CardGateway | None = None,
    engine: Engine | None = None,
) -> Services:
    """``engine``: one already open (e.g. read-only, see core.opening), else the settings' own."""
    given = engine is not None
    if engine is None:
        engine = make_engine(settings.database)
    customer_fts = "customer_search" in inspect(engine).get_table_names()
    if customer_fts and not given:  # one opened read-only could not write the index anyway
        _repair_search_index(engine)
    ctx = ServiceContext(
        make_session_factory(engine),
        settings,
        clock,
        customer_fts=customer_fts,
        write_factory=make_write_session_factory(engine),
        dialect=engine.dialect.name,
    )
    card_gateway = gateway or TestGateway()
    payments = PaymentService(ctx)
    return Services(
        settings=settings,
        engine=engine,
        customers=CustomerService(ctx),
        payments=payments,
        registration=RegistrationService(ctx, card_gateway),
        billing=BillingService(ctx, card_gateway),
        activity=ActivityService(ctx),
        debits=DebitService(ctx),
        documents=DocumentService(ctx, payments),
    )
