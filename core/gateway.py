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


class CardGateway(Protocol):
    """What a real gateway adapter implements: tokenize a card, never keep its number."""

    name: str
    is_test: bool

    def register_card(
        self, number: str, exp_month: int, exp_year: int, cvc: str, today: date
    ) -> CardResult: ...


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
        return CardResult(
            approved=True,
            brand=card_brand(digits),
            last4=digits[-4:],
            exp_month=exp_month,
            exp_year=exp_year,
            token="tok_test_" + secrets.token_hex(12),
        )
