"""Field validation with the libraries made for each job; errors name the field."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from core import codes
from core.errors import ValidationError

if TYPE_CHECKING:
    from schwifty import IBAN

# The checking libraries (schwifty, phonenumbers, email-validator, python-stdnum) are
# imported by the check that needs them: importing them all costs more than a start
# of the desk or a command that checks none of these fields.

LANGUAGES = ("fr", "en")
AUTOMATIC_METHODS = tuple(str(m) for m in codes.AUTOMATIC_METHODS)
OFFLINE_METHODS = tuple(str(m) for m in codes.OFFLINE_METHODS)
METHODS = AUTOMATIC_METHODS + OFFLINE_METHODS
OFFLINE_PAYMENT_KINDS = OFFLINE_METHODS
CURRENCIES = ("EUR", "USD", "GBP", "CHF")

_RUM_CHARS = re.compile(r"^[A-Za-z0-9/\-?:().,'+]{1,35}$")
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}


@cache
def _countries() -> frozenset[str]:
    from babel import Locale

    return frozenset(
        str(code)
        for code in Locale("en").territories
        if isinstance(code, str)
        and len(code) == 2
        and code.isalpha()
        and code not in _NOT_COUNTRIES
    )


def search_query(value: str, *, max_length: int = 200) -> str:
    """What was typed in a search box, without control characters (a NUL, a tab…)."""
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in value or "")
    return cleaned[:max_length]


def normalize_text(value: str) -> str:
    """Lower-case, accent-free text used for search and sort keys."""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def required(field: str, value: str | None, *, max_length: int = 200) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError(field, "required")
    if len(cleaned) > max_length:
        raise ValidationError(field, "too_long", max_length=max_length)
    return cleaned


def optional(field: str, value: str | None, *, max_length: int = 200) -> str:
    cleaned = (value or "").strip()
    if len(cleaned) > max_length:
        raise ValidationError(field, "too_long", max_length=max_length)
    return cleaned


def reference(value: str | None) -> str:
    cleaned = required("reference", value, max_length=40)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", cleaned):
        raise ValidationError("reference", "reference_characters")
    return cleaned


def email(value: str | None, *, field: str = "email") -> str:
    from email_validator import EmailNotValidError, validate_email

    cleaned = required(field, value, max_length=254)
    try:
        result = validate_email(cleaned, check_deliverability=False)
    except EmailNotValidError:
        raise ValidationError(field, "email_invalid") from None
    return result.normalized


def language(value: str | None) -> str:
    cleaned = (value or "fr").strip().lower()
    if cleaned not in LANGUAGES:
        raise ValidationError("language", "language_invalid")
    return cleaned


def country(value: str | None, *, field: str = "country") -> str:
    cleaned = (value or "").strip().upper()
    if cleaned not in _countries():
        raise ValidationError(field, "country_invalid", value=value)
    return cleaned


def country_codes() -> frozenset[str]:
    return _countries()


def phone(value: str | None, country_code: str) -> str:
    """E.164 form of a phone number valid for the given country (or international)."""
    import phonenumbers

    cleaned = (value or "").strip()
    if not cleaned:
        return ""
    try:
        parsed = phonenumbers.parse(cleaned, country_code)
    except phonenumbers.NumberParseException:
        raise ValidationError("phone", "phone_not_a_number", value=cleaned) from None
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError(
            "phone", "phone_invalid_for_country", value=cleaned, country=country_code
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def vat_number(value: str | None, country_code: str) -> str:
    """A French or EU VAT number, checked with its national check digits."""
    from stdnum import vatin
    from stdnum.exceptions import ValidationError as StdnumError

    cleaned = re.sub(r"[\s.\-]", "", (value or "")).upper()
    if not cleaned:
        return ""
    if not cleaned[:2].isalpha():
        cleaned = ("EL" if country_code == "GR" else country_code) + cleaned
    try:
        return vatin.validate(cleaned)
    except StdnumError:
        raise ValidationError("vat_number", "vat_invalid", value=value) from None


def iban(value: str | None) -> IBAN:
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError("iban", "required")
    try:
        # validate_bban=True checks the national check digits, not only mod-97.
        return IBAN(cleaned, validate_bban=True)
    except SchwiftyException:
        raise ValidationError("iban", "iban_invalid") from None


def bic(value: str | None, account: IBAN | None = None) -> str:
    from schwifty import BIC
    from schwifty.exceptions import SchwiftyException

    cleaned = (value or "").strip().upper().replace(" ", "")
    if not cleaned:
        if account is not None and account.bic is not None:
            return str(account.bic)
        raise ValidationError("bic", "bic_unknown_bank")
    try:
        parsed = BIC(cleaned)
    except SchwiftyException:
        raise ValidationError("bic", "bic_invalid") from None
    if account is not None:
        known = account.bic
        same_bank = known is not None and str(known)[:6] == str(parsed)[:6]
        if not same_bank and bank_area(parsed.country_code) != bank_area(account.country_code):
            raise ValidationError(
                "bic",
                "bic_other_country",
                bic=str(parsed),
                bic_country=parsed.country_code,
                iban_country=account.country_code,
            )
    return str(parsed)


# Territories whose banks use the IBAN of another country (e.g. a Réunion bank, FR IBAN).
_BANK_AREAS = {
    **dict.fromkeys(("GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "MC"), "FR"),
    **dict.fromkeys(("GG", "JE", "IM"), "GB"),
}


def bank_area(country_code: str) -> str:
    return _BANK_AREAS.get(country_code, country_code)


def mandate_reference(value: str | None) -> str:
    """A SEPA mandate reference (RUM) per the EPC rules."""
    cleaned = value or ""
    if not _RUM_CHARS.fullmatch(cleaned):
        raise ValidationError("mandate_reference", "mandate_reference_characters")
    if cleaned.startswith("/") or cleaned.endswith("/") or "//" in cleaned:
        raise ValidationError("mandate_reference", "mandate_reference_slashes")
    return cleaned


def creditor_id(value: str | None) -> str:
    from stdnum.eu import at_02
    from stdnum.exceptions import ValidationError as StdnumError

    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError("creditor_id", "creditor_id_missing")
    try:
        return at_02.validate(cleaned)
    except StdnumError:
        raise ValidationError("creditor_id", "creditor_id_invalid", value=cleaned) from None


def not_in_future(field: str, value: date, today: date) -> date:
    if value > today:
        raise ValidationError(field, "in_future")
    return value


_ASCII_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


def amount_cents(value: object, *, field: str = "amount_cents") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        # Plain ASCII digits only: int() would also take "١٢٣", "1_000" and "+5".
        text = str(value).strip()
        if not _ASCII_DIGITS.fullmatch(text):
            raise ValidationError(field, "not_whole_cents")
        value = int(text)
    if value <= 0:
        raise ValidationError(field, "not_positive")
    if value > 100_000_000_00:
        raise ValidationError(field, "too_large")
    return value


def currency(value: str | None) -> str:
    cleaned = (value or "EUR").strip().upper()
    if cleaned not in CURRENCIES:
        raise ValidationError("currency", "one_of", choices=list(CURRENCIES))
    return cleaned


def method(value: str | None, allowed: tuple[str, ...] = METHODS, *, field: str = "method") -> str:
    cleaned = (value or "").strip()
    if cleaned not in allowed:
        raise ValidationError(field, "one_of", choices=list(allowed))
    return cleaned


def parse_date(field: str, value: str | date | None) -> date:
    if isinstance(value, date):
        return value
    text = (value or "").strip()
    try:
        # YYYY-MM-DD only: fromisoformat would also take "20261101" and "2026-W44-1".
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, "not_a_date", value=value) from None


def mask_iban(value: str | None) -> str:
    """FR76 •••• •••• •••• •••• •••0 189: country, check digits and last 4 only."""
    if not value:
        return ""
    compact = value.replace(" ", "").upper()
    masked = compact[:4] + "•" * (len(compact) - 8) + compact[-4:]
    return " ".join(masked[i : i + 4] for i in range(0, len(masked), 4))
