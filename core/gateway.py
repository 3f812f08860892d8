"""Card gateways. The built-in one is a TEST gateway: it never moves money."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from typing import Protocol


@dataclass(frozen=True)
class CardResult:
    approved: bool
    brand: str = ""
    last4: str = ""
    exp_month: int = 0
    exp_year: int = 0
    token: str = ""
    decline_reason: str = ""  # card_number|expiry|cvc|declined


@dataclass(frozen=True)
class ChargeResult:
    approved: bool
    decline_reason: str = ""  # the gateway's reason, e.g. "declined", "expired_card"
    transaction_id: str = ""


class CardGateway(Protocol):
    """What a real gateway adapter implements: tokenize a card, never keep its number;
    charge a registered card through its token."""

    name: str
    is_test: bool

    def register_card(
        self, number: str, exp_month: int, exp_year: int, cvc: str, today: date
    ) -> CardResult: ...

    def charge(
        self, token: str, amount_cents: int, currency: str, *, idempotency_key: str
    ) -> ChargeResult: ...


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_brand(digits: str) -> str:
    if digits.startswith("4"):
        return "Visa"
    if digits[:2] in {"51", "52", "53", "54", "55"} or "2221" <= digits[:4] <= "2720":
        return "Mastercard"
    if digits[:2] in {"34", "37"}:
        return "Amex"
    return "Card"


# The public test numbers documented by card gateways: these decline.
TEST_DECLINES = {
    "4000000000000002": "declined",
    "4000000000009995": "declined",  # insufficient funds
    "4000000000009987": "declined",  # lost card
    "4000000000000069": "expiry",  # expired card
    "4000000000000127": "cvc",  # incorrect CVC
}
# Registers fine, but every later charge is declined (as gateways document it).
TEST_CHARGE_DECLINES = {"4000000000000341"}
_DECLINING_TOKEN = "tok_test_decline_"


class TestGateway:
    """Accepts public test card numbers (e.g. 4242 4242 4242 4242); declines the documented ones."""

    name = "test"
    is_test = True

    def register_card(
        self, number: str, exp_month: int, exp_year: int, cvc: str, today: date
    ) -> CardResult:
        digits = "".join(ch for ch in number if ch.isdigit())
        if not (12 <= len(digits) <= 19) or not luhn_ok(digits):
            return CardResult(approved=False, decline_reason="card_number")
        if not (1 <= exp_month <= 12) or (exp_year, exp_month) < (today.year, today.month):
            return CardResult(approved=False, decline_reason="expiry")
        if not (cvc.isdigit() and len(cvc) in (3, 4)):
            return CardResult(approved=False, decline_reason="cvc")
        reason = TEST_DECLINES.get(digits)
        if reason:
            return CardResult(approved=False, decline_reason=reason)
        # The token is all the gateway keeps; the test one carries how later charges go.
        prefix = _DECLINING_TOKEN if digits in TEST_CHARGE_DECLINES else "tok_test_"
        return CardResult(
            approved=True,
            brand=card_brand(digits),
            last4=digits[-4:],
            exp_month=exp_month,
            exp_year=exp_year,
            token=prefix + secrets.token_hex(12),
        )

    def charge(
        self, token: str, amount_cents: int, currency: str, *, idempotency_key: str
    ) -> ChargeResult:
        if not token.startswith("tok_test_") or amount_cents <= 0:
            return ChargeResult(approved=False, decline_reason="invalid_token")
        if token.startswith(_DECLINING_TOKEN):
            return ChargeResult(approved=False, decline_reason="declined")
        return ChargeResult(approved=True, transaction_id="ch_test_" + secrets.token_hex(8))
