"""Example IBANs shown on the form: of the customer's country, so the shape is familiar."""

from __future__ import annotations

from functools import cache
from random import Random

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from core import validation

# The examples of the IBAN registry, as banks print them in their own leaflets.
REGISTRY_EXAMPLES = {
    "AT": "AT611904300234573201",
    "BE": "BE68539007547034",
    "CH": "CH9300762011623852957",
    "DE": "DE89370400440532013000",
    "ES": "ES9121000418450200051332",
    "FR": "FR1420041010050500013M02606",
    "GB": "GB29NWBK60161331926819",
    "IE": "IE29AIBK93115212345678",
    "IT": "IT60X0542811101000000123456",
    "LU": "LU280019400644750000",
    "NL": "NL91ABNA0417164300",
    "PT": "PT50000201231234567890154",
}
FALLBACK_COUNTRY = "FR"


@cache
def example_iban(country: str | None) -> str:
    """An example IBAN of ``country``, grouped by four; France's when it has none.

    Overseas territories whose banks use another country's IBAN get that one's (Réunion:
    FR). Other IBAN countries get one made by schwifty, the same on every call.
    """
    code = validation.bank_area((country or "").strip().upper()) or FALLBACK_COUNTRY
    if code in REGISTRY_EXAMPLES:
        return IBAN(REGISTRY_EXAMPLES[code]).formatted
    try:
        return IBAN.random(country_code=code, random=Random(code)).formatted
    except SchwiftyException:
        return IBAN(REGISTRY_EXAMPLES[FALLBACK_COUNTRY]).formatted
