"""The payment form's web app: request → one registration service call → page."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
import phonenumbers
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

import core
from core import i18n
from core.bootstrap import Services
from core.codes import Method
from core.config import business_address_lines
from core.dto import LinkView, RegistrationResult
from core.errors import (
    AccessRestricted,
    Busy,
    ConflictError,
    LinkUnavailable,
    RegistrationRefused,
    ValidationError,
)
from core.portal import messages
from core.portal.examples import example_iban
from core.portal.middleware import PortalShield
from core.portal.security import CsrfSigner, UnknownLinkThrottle

RESOURCES = Path(core.__file__).resolve().parent.parent / "resources" / "portal"
MAX_BODY = 16 * 1024
# What a form field may hold once read: longer input is cut rather than passed on.
MAX_FIELD = 200
SEPA_FIELDS = ("holder", "iban", "bic")
CARD_FIELDS = ("holder", "exp_month", "exp_year")  # card number and CVC are never re-shown

# Errors that are not about a link, and the message kind of their page.
ERROR_KINDS = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    429: "throttled",
    500: "server",
    503: "busy",
}
# Seconds a client is asked to wait when the database stayed locked past our wait.
BUSY_RETRY_AFTER = 5
# Where a cached blank form takes the visit's anti-forgery value (no template text has it).
_CSRF_SLOT = "csrf-slot-" + secrets.token_hex(16)
_BLANK_FORMS_KEPT = 1000
_LINK_STATUS = {"unknown": 404, "expired": 410, "revoked": 410, "used": 410}


@dataclass(frozen=True)
class Contact:
    """How a customer reaches the business, on every page that tells them to."""

    email: str = ""
    phone: str = ""
    address: tuple[str, ...] = ()

    @property
    def phone_href(self) -> str:
        """The phone as a tel: link wants it, international and without spaces."""
        try:
            number = phonenumbers.parse(self.phone, "FR")
        except phonenumbers.NumberParseException:
            return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(RESOURCES / "templates"),
        autoescape=jinja2.select_autoescape(["html"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class PaymentForm:
    """The endpoints, with what they depend on injected by ``create_app``."""

    def __init__(
        self,
        services: Services,
        *,
        csrf: CsrfSigner,
        throttle: UnknownLinkThrottle,
    ) -> None:
        self.services = services
        self.registration = services.registration
        settings = services.settings
        self.business = settings.business_name or "Guichet"
        self.contact = Contact(
            email=settings.business_email.strip(),
            phone=settings.business_phone.strip(),
            address=tuple(business_address_lines(settings)),
        )
        self.csrf = csrf
        self.throttle = throttle
        self.templates = _environment()
        # Blank forms as rendered for a link's view (its words do not change between
        # visits): a visit only puts its own anti-forgery value in. Oldest dropped first.
        self._blank_forms: dict[tuple[LinkView, str, date], tuple[bytes, bytes]] = {}

    # Rendering ----------------------------------------------------------------

    def _render(self, name: str, status_code: int, **context: Any) -> HTMLResponse:
        html = self.templates.get_template(name).render(
            business=self.business, contact=self.contact, **context
        )
        return HTMLResponse(html, status_code=status_code)

    def error_page(self, status: int, kind: str, languages: list[str]) -> HTMLResponse:
        """A page that says what went wrong and what to do; it never names the customer."""
        return self._render(
            "error.html",
            status,
            languages=languages,
            kind=kind,
            status=status,
            tr=messages.text,
        )

    def error_page_for_scope(self, scope: Scope, status: int) -> Response:
        """The last-resort page of the outer middleware: it must not fail in turn."""
        try:
            return self.error_page(
                status, ERROR_KINDS.get(status, "server"), _languages(Request(scope))
            )
        except Exception:
            fallback = " / ".join(
                messages.text(lang, f"error.{ERROR_KINDS.get(status, 'server')}.title")
                for lang in messages.LANGUAGES
            )
            return PlainTextResponse(fallback, status_code=status)

    def _restricted(self, language: str) -> HTMLResponse:
        return self.error_page(403, "restricted", [messages.normalize(language)])

    async def _link_error(self, request: Request, token: str, exc: LinkUnavailable) -> HTMLResponse:
        if exc.reason == "unknown":
            self.throttle.record_unknown(_client(request))
            return self.error_page(404, "unknown", _languages(request))
        # The link exists: speak the customer's language, and say nothing else about them.
        language = await run_in_threadpool(self.registration.language_of, token)
        languages = [messages.normalize(language)] if language else _languages(request)
        return self.error_page(_LINK_STATUS.get(exc.reason, 410), exc.reason, languages)

    def _form(
        self,
        token: str,
        view: LinkView,
        *,
        status: int = 200,
        values: dict[str, str] | None = None,
        consent: bool = False,
        problems: dict[str, str] | None = None,
        notice: str | None = None,
    ) -> HTMLResponse:
        lang = messages.normalize(view.language)
        example = example_iban(view.customer_country)
        today = self.registration.ctx.today()
        csrf = self.csrf.issue(token)
        blank = not (values or consent or problems or notice) and status == 200
        key = (view, lang, today)
        if blank and key in self._blank_forms:
            # The same page as last time but for its anti-forgery value, which is per visit:
            # the page is kept encoded, in the two halves around that value.
            head, tail = self._blank_forms[key]
            return HTMLResponse(head + csrf.encode("ascii") + tail, status_code=status)
        context = dict(
            lang=lang,
            t=partial(messages.text, lang),
            view=view,
            values=values or {},
            consent=consent,
            problems=problems or {},
            notice=notice,
            test_gateway=bool(getattr(self.registration.gateway, "is_test", False)),
            expires=i18n.short_datetime(view.expires_at, lang),
            signed_on=i18n.short_date(today, lang),
            iban_example=example,
            iban_hint_example=example.replace(" ", "\xa0"),  # the hint keeps it on one line
        )
        if blank:
            html = self.templates.get_template("form.html").render(
                business=self.business, contact=self.contact, csrf=_CSRF_SLOT, **context
            )
            if html.count(_CSRF_SLOT) == 1:
                if len(self._blank_forms) >= _BLANK_FORMS_KEPT:
                    self._blank_forms.pop(next(iter(self._blank_forms)))
                before, _, after = html.partition(_CSRF_SLOT)
                self._blank_forms[key] = (before.encode("utf-8"), after.encode("utf-8"))
            return HTMLResponse(html.replace(_CSRF_SLOT, csrf), status_code=status)
        return self._render("form.html", status, csrf=csrf, **context)

    def _done(self, view: LinkView, result: RegistrationResult) -> HTMLResponse:
        lang = messages.normalize(result.language or view.language)
        method = result.method
        return self._render(
            "done.html",
            200,
            lang=lang,
            t=partial(messages.text, lang),
            method=method,
            signed_on=i18n.short_date(method.mandate_signed_on, lang),
        )

    # Endpoints ----------------------------------------------------------------

    async def _open(self, request: Request) -> tuple[str, LinkView | Response]:
        """Throttle, then look the link up; either the link's view or the page to answer with."""
        token = request.path_params["token"]
        if self.throttle.blocked(_client(request)):
            return token, self.error_page(429, "throttled", _languages(request))
        # A later visit of an opened link is answered here when the database can say it
        # without making the event loop wait; anything else goes to a worker thread.
        view = self.registration.open_at_once(token)
        if view is not None:
            return token, view
        try:
            view = await run_in_threadpool(self.registration.open, token)
        except LinkUnavailable as exc:
            return token, await self._link_error(request, token, exc)
        except AccessRestricted as exc:
            return token, self._restricted(exc.language)
        return token, view

    async def show(self, request: Request) -> Response:
        token, opened = await self._open(request)
        if isinstance(opened, Response):
            return opened
        return self._form(token, opened)

    async def submit(self, request: Request) -> Response:
        token, opened = await self._open(request)
        if isinstance(opened, Response):
            return opened
        view = opened
        form = await request.form(max_files=0, max_fields=30)
        keep = SEPA_FIELDS if view.method == Method.SEPA_DEBIT else CARD_FIELDS
        values = {name: _field(form, name) for name in keep}
        if "iban" in values:  # a textarea: a line break typed in it is a space
            values["iban"] = " ".join(values["iban"].split())
        consent = _field(form, "consent").lower() in ("on", "yes", "true", "1")
        if not self.csrf.verify(token, _field(form, "csrf")):
            # Nothing is counted nor saved: the customer sees the form again and resubmits.
            return self._form(
                token, view, status=403, values=values, consent=consent, notice="form.stale"
            )
        try:
            if view.method == Method.SEPA_DEBIT:
                call = partial(
                    self.registration.register_sepa,
                    token,
                    holder=values["holder"],
                    iban=values["iban"],
                    bic=values["bic"],
                    consent=consent,
                )
            else:
                call = partial(
                    self.registration.register_card,
                    token,
                    holder=values["holder"],
                    card_number=_field(form, "card_number", 40),
                    exp_month=values["exp_month"],
                    exp_year=values["exp_year"],
                    cvc=_field(form, "cvc", 8),
                )
            result = await run_in_threadpool(call)
        except RegistrationRefused as exc:
            if exc.greylisted:
                return self._restricted(view.language)
            return self._refused(token, view, values, consent, exc)
        except ValidationError as exc:
            return self._refused(token, view, values, consent, exc)
        except LinkUnavailable as exc:  # used up or revoked between the two steps
            return await self._link_error(request, token, exc)
        except ConflictError:
            # Another submit of this link won the race (PostgreSQL row lock): it is used now.
            return await self._link_error(request, token, LinkUnavailable("used"))
        except AccessRestricted as exc:
            return self._restricted(exc.language)
        return self._done(view, result)

    def _refused(
        self,
        token: str,
        view: LinkView,
        values: dict[str, str],
        consent: bool,
        refusal: ValidationError,
    ) -> HTMLResponse:
        """The form again, with every refused field's reason next to it."""
        lang = messages.normalize(view.language)
        problems: dict[str, str] = {}
        for problem in refusal.problems:
            where, key = messages.problem_key(problem.field, problem.code)
            if where not in problems:  # month and year share one message
                params = messages.problem_params(problem, lang)
                problems[where] = messages.text(lang, key, business=self.business, **params)
        return self._form(
            token,
            view,
            status=422,
            values=values,
            consent=consent,
            problems=problems,
            notice="form.errors_summary",
        )

    async def healthz(self, request: Request) -> Response:
        if await run_in_threadpool(self.services.healthy):
            return PlainTextResponse("ok")
        return PlainTextResponse("database unavailable", status_code=503)

    async def busy(self, request: Request, exc: Exception) -> Response:
        """Another writer held the database too long: 503 and a time to come back, not 500."""
        response = self.error_page(503, "busy", _languages(request))
        response.headers["Retry-After"] = str(BUSY_RETRY_AFTER)
        return response

    async def http_error(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        response = self.error_page(status, ERROR_KINDS.get(status, "server"), _languages(request))
        if isinstance(exc, HTTPException) and exc.headers:
            response.headers.update(exc.headers)  # e.g. Allow on 405
        return response


async def _no_favicon(request: Request) -> Response:
    # Browsers ask for it on their own; an empty answer keeps the 404 page out of the way.
    return Response(status_code=204)


async def _robots(request: Request) -> Response:
    return PlainTextResponse("User-agent: *\nDisallow: /\n")


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _languages(request: Request) -> list[str]:
    """No customer known: the browser's preference, else French and English side by side."""
    preferred = messages.accept_language(request.headers.get("accept-language"))
    return [preferred] if preferred else list(messages.LANGUAGES)


def _field(form: FormData, name: str, limit: int = MAX_FIELD) -> str:
    value = form.get(name)
    return value[:limit] if isinstance(value, str) else ""


def create_app(
    services: Services,
    *,
    csrf_secret: bytes | None = None,
    clock: Callable[[], float] = time.time,
    unknown_link_limit: int = 30,
    unknown_link_window: float = 60.0,
    max_body: int = MAX_BODY,
) -> Starlette:
    """The payment form as an ASGI app over ``services`` (the caller owns and closes them).

    ``csrf_secret`` defaults to random bytes per process: after a restart, a form that was
    open is answered 403 with a fresh form to submit again (nothing is saved or counted).
    ``clock`` drives the throttle window and the CSRF ages, so tests need not sleep.
    """
    csrf = CsrfSigner(csrf_secret, clock=clock)
    throttle = UnknownLinkThrottle(
        clock=clock, limit=unknown_link_limit, window=unknown_link_window
    )
    form = PaymentForm(services, csrf=csrf, throttle=throttle)
    app = Starlette(
        routes=[
            Route("/m/{token}", form.show, methods=["GET"]),
            Route("/m/{token}", form.submit, methods=["POST"]),
            Route("/healthz", form.healthz, methods=["GET"]),
            Route("/favicon.ico", _no_favicon, methods=["GET"]),
            Route("/robots.txt", _robots, methods=["GET"]),
            Mount("/static", StaticFiles(directory=RESOURCES / "static"), name="static"),
        ],
        middleware=[
            Middleware(PortalShield, max_body=max_body, error_page=form.error_page_for_scope)
        ],
        exception_handlers={HTTPException: form.http_error, Busy: form.busy},
    )
    app.state.throttle = throttle
    app.state.csrf = csrf
    return app
