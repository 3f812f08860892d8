"""Helpers of the payment form tests: links, forms, headers."""

from __future__ import annotations

import re
import warnings

from starlette.exceptions import StarletteDeprecationWarning

with warnings.catch_warnings():
    # Starlette 1.x asks for the httpx2 fork at import time; httpx is what the project ships.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

__all__ = ["TestClient"]

CSRF_FIELD = re.compile(r'name="csrf" value="([^"]+)"')
SECURITY_HEADERS = {
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
}
GOOD_CARD = "4242 4242 4242 4242"
DECLINED_CARD = "4000 0000 0000 0002"
RESTRICTED_FR = "Votre accès au formulaire de paiement a été restreint"
RESTRICTED_EN = "Your access to the payment form has been restricted"


class FakeTime:
    """Seconds since the epoch that a test moves by hand (throttle window, CSRF age)."""

    def __init__(self, start: float = 1_790_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def link_path(url: str) -> str:
    """The path part of a link URL, as the browser requests it."""
    return "/m/" + url.split("/m/", 1)[1]


def token_of(path: str) -> str:
    return path.rsplit("/", 1)[1]


def csrf_of(html: str) -> str:
    match = CSRF_FIELD.search(html)
    assert match, "the form carries no CSRF field"
    return match.group(1)


def submit(client, path: str, **fields: str):
    """Open the form like a browser, then post it with the CSRF value it carried."""
    page = client.get(path)
    assert page.status_code == 200, page.text
    return client.post(path, data={"csrf": csrf_of(page.text), **fields})


def sepa_fields(**overrides: str) -> dict[str, str]:
    fields = {
        "holder": "Élodie Martin",
        "iban": "FR76 3000 6000 0112 3456 7890 189",
        "bic": "",
        "consent": "yes",
    }
    fields.update(overrides)
    return fields


def card_fields(number: str = GOOD_CARD, **overrides: str) -> dict[str, str]:
    fields = {
        "holder": "Élodie Martin",
        "card_number": number,
        "exp_month": "12",
        "exp_year": "30",
        "cvc": "123",
    }
    fields.update(overrides)
    return fields


def assert_security_headers(response) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, f"{name} on {response.request.url.path}"
    csp = response.headers.get("content-security-policy", "")
    assert "frame-ancestors 'none'" in csp
    assert "default-src 'self'" in csp
