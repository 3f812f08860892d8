"""ISO 20022 reason codes of rejected and returned SEPA debits, and what each one allows."""

from __future__ import annotations

from core import texts

# The labels live with every other sentence (core.texts), said by ``label``.
REASONS = texts.BANK_REASONS

# The debtor's account or mandate can no longer be debited: later invoices go offline and
# the customer is asked for a new mandate.
MANDATE_UNUSABLE: frozenset[str] = frozenset({"AC01", "AC04", "AC06", "MD01", "MD07"})

# Worth one more try in a later batch: the account and mandate are fine, the money was not.
REPRESENTABLE: frozenset[str] = frozenset({"AM04", "MS03"})


def normalize(code: str | None) -> str | None:
    """A reason code as banks write it (upper case, no spaces), or None when there is none."""
    cleaned = (code or "").strip().upper()
    return cleaned or None


def is_known(code: str | None) -> bool:
    return normalize(code) in REASONS


def makes_mandate_unusable(code: str | None) -> bool:
    return normalize(code) in MANDATE_UNUSABLE


def allows_representation(code: str | None) -> bool:
    return normalize(code) in REPRESENTABLE


def label(code: str | None, language: str) -> str:
    """The label of a reason code in ``language``; an unknown code is shown as it came."""
    from core import i18n  # the catalogue is loaded on first use, not at import

    key = normalize(code)
    if key is None:
        return "—"
    if key not in REASONS:
        return key
    return i18n.say("bank_reason", key, None, language)
