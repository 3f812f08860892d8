"""Composition root of the core: settings → engine → services, built on demand."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from core.clock import business_day, utc_now
from core.config import Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from core.gateway import CardGateway
    from core.services.activity import ActivityService
    from core.services.billing import BillingService
    from core.services.context import ServiceContext
    from core.services.customers import CustomerService
    from core.services.debits import DebitService
    from core.services.documents import DocumentService
    from core.services.payments import PaymentService, RegistrationService

_T = TypeVar("_T")
log = logging.getLogger("guichet.core")


class Services:
    """Everything a front end needs, wired to one database.

    The engine and each service are built the first time they are asked for (once, even
    from several threads): a command that makes a payment link does not import the
    billing, debit and document machinery, and the desk shows its window before the ORM
    is loaded.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        engine: Callable[[], Engine],
        clock: Callable[[], datetime] = utc_now,
        gateway: CardGateway | None = None,
        repair_index: bool = True,
    ) -> None:
        """``repair_index``: finish a search index a dead bulk load left paused, when the
        database is first used (not for one opened read-only)."""
        self.settings = settings
        self._repair_index = repair_index
        self.clock = clock
        self._make_engine = engine
        self._gateway = gateway
        self._built: dict[str, Any] = {}
        self._lock = threading.RLock()

    def _once(self, name: str, build: Callable[[], _T]) -> _T:
        try:
            return self._built[name]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with self._lock:
            if name not in self._built:
                self._built[name] = build()
            return self._built[name]  # type: ignore[no-any-return]

    @property
    def engine(self) -> Engine:
        return self._once("engine", self._make_engine)

    @engine.setter
    def engine(self, engine: Engine) -> None:
        with self._lock:
            self._built["engine"] = engine

    def today(self) -> date:
        """The business day where the desk is (see ServiceContext.today), without the ORM."""
        return business_day(self.clock)

    @property
    def ctx(self) -> ServiceContext:
        return self._once("ctx", self._build_ctx)

    def _build_ctx(self) -> ServiceContext:
        from sqlalchemy import inspect

        from core.db import make_session_factory, make_write_session_factory
        from core.services.context import ServiceContext

        engine = self.engine
        customer_fts = "customer_search" in inspect(engine).get_table_names()
        if customer_fts and self._repair_index:
            _repair_search_index(engine)
        return ServiceContext(
            make_session_factory(engine),
            self.settings,
            self.clock,
            customer_fts=customer_fts,
            write_factory=make_write_session_factory(engine),
            dialect=engine.dialect.name,
        )

    @property
    def gateway(self) -> CardGateway:
        def build() -> CardGateway:
            if self._gateway is not None:
                return self._gateway
            from core.gateway import TestGateway

            return TestGateway()

        return self._once("gateway", build)

    @property
    def customers(self) -> CustomerService:
        def build() -> CustomerService:
            from core.services.customers import CustomerService

            return CustomerService(self.ctx)

        return self._once("customers", build)

    @property
    def payments(self) -> PaymentService:
        def build() -> PaymentService:
            from core.services.payments import PaymentService

            return PaymentService(self.ctx)

        return self._once("payments", build)

    @property
    def registration(self) -> RegistrationService:
        def build() -> RegistrationService:
            from core.services.payments import RegistrationService

            return RegistrationService(self.ctx, self.gateway)

        return self._once("registration", build)

    @property
    def billing(self) -> BillingService:
        def build() -> BillingService:
            from core.services.billing import BillingService

            return BillingService(self.ctx, self.gateway)

        return self._once("billing", build)

    @property
    def activity(self) -> ActivityService:
        def build() -> ActivityService:
            from core.services.activity import ActivityService

            return ActivityService(self.ctx)

        return self._once("activity", build)

    @property
    def debits(self) -> DebitService:
        def build() -> DebitService:
            from core.services.debits import DebitService

            return DebitService(self.ctx)

        return self._once("debits", build)

    @property
    def documents(self) -> DocumentService:
        def build() -> DocumentService:
            from core.services.documents import DocumentService

            return DocumentService(self.ctx, self.payments)

        return self._once("documents", build)

    def healthy(self) -> bool:
        from sqlalchemy import text

        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False

    def close(self) -> None:
        registration = self._built.get("registration")
        if registration is not None:
            registration.close()
        engine = self._built.get("engine")
        if engine is not None:
            engine.dispose()


def open_services(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = utc_now,
    gateway: CardGateway | None = None,
    engine: Engine | None = None,
) -> Services:
    """``engine``: one already open (e.g. read-only, see core.opening), else the settings' own.

    The settings' database is opened (and its schema made or upgraded) here, so a database
    that cannot be opened is said at once; the services themselves are built when first used.
    """
    given = engine is not None
    if engine is None:
        from core.db import make_engine

        engine = make_engine(settings.database)
    opened = engine
    return Services(
        settings, engine=lambda: opened, clock=clock, gateway=gateway, repair_index=not given
    )


def _repair_search_index(engine: Engine) -> None:
    """A bulk load that died left the search index paused: finish it (core.search_index)."""
    from sqlalchemy.exc import DBAPIError

    from core import search_index

    try:
        search_index.repair_abandoned(engine)
    except DBAPIError:  # busy, or not writable: the next opening does it
        log.warning("customer search index left paused: not indexed now", exc_info=True)
