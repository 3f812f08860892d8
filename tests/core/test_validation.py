"""Property tests for the validators (IBAN, RUM, email, VAT, amounts)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from schwifty import IBAN

from core import validation as v
from core.errors import ValidationError

# DOMAIN.md: A-Z a-z 0-9 / - ? : ( ) . , ' + (no space).
RUM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-?:().,'+"


@given(st.text(alphabet=RUM_ALPHABET, min_size=1, max_size=35))
def test_rum_accepts_exactly_the_epc_rule(value):
    ok = not (value.startswith("/") or value.endswith("/") or "//" in value)
    if ok:
        assert v.mandate_reference(value) == value
    else:
        with pytest.raises(ValidationError):
            v.mandate_reference(value)


@given(st.text(min_size=0, max_size=40))
def test_rum_refuses_other_characters_and_lengths(value):
    valid = bool(re.fullmatch(r"[A-Za-z0-9/\-?:().,'+]{1,35}", value)) and not (
        value.startswith("/") or value.endswith("/") or "//" in value
    )
    if not valid:
        with pytest.raises(ValidationError) as err:
            v.mandate_reference(value)
        assert err.value.field == "mandate_reference"


@given(st.integers(min_value=0, max_value=10**11 - 1), st.sampled_from(["30006", "30004", "20041"]))
def test_generated_french_ibans_are_valid_and_a_changed_digit_is_not(account, bank):
    iban = IBAN.generate("FR", bank_code=bank, account_code=f"{account:011d}")
    assert v.iban(str(iban)).compact == iban.compact
    digits = list(iban.compact)
    digits[10] = str((int(digits[10]) + 1) % 10)
    with pytest.raises(ValidationError):
        v.iban("".join(digits))


def _with_mod97(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def test_iban_national_check_digits_not_only_mod97():
    good = _with_mod97("FR", "30006000011234567890189")
    assert v.iban(good).compact == "FR7630006000011234567890189"
    # Same account with a wrong RIB key but a correct mod-97: must still be refused.
    bad = _with_mod97("FR", "30006000011234567890188")
    with pytest.raises(ValidationError) as err:
        v.iban(bad)
    assert err.value.field == "iban"


@given(st.emails())
def test_valid_emails_accepted(address):
    try:
        v.email(address)
    except (
        ValidationError
    ) as exc:  # hypothesis emails may use reserved TLDs email-validator refuses
        assert exc.field == "email"


@given(st.text(max_size=30).filter(lambda s: "@" not in s))
def test_email_without_at_refused(value):
    with pytest.raises(ValidationError) as err:
        v.email(value)
    assert err.value.field == "email"


@given(st.integers(min_value=1_000_000, max_value=99_999_999))
def test_vat_from_siren_key(base):
    from stdnum import luhn

    siren = f"{base:08d}"
    siren += luhn.calc_check_digit(siren)
    key = (12 + 3 * (int(siren) % 97)) % 97
    assert v.vat_number(f"FR{key:02d}{siren}", "FR") == f"FR{key:02d}{siren}"
    with pytest.raises(ValidationError):
        v.vat_number(f"FR{(key + 1) % 97:02d}{siren}", "FR")


@given(st.one_of(st.integers(max_value=0), st.text().filter(lambda s: not s.strip().isdigit())))
def test_bad_amounts_refused(value):
    with pytest.raises(ValidationError):
        v.amount_cents(value)


@given(st.integers(min_value=1, max_value=10**9))
def test_good_amounts_kept(value):
    assert v.amount_cents(value) == value


def test_rum_refuses_space():
    with pytest.raises(ValidationError):
        v.mandate_reference("AB CD")


def test_iban_masking():
    assert v.mask_iban("FR7630006000011234567890189") == "FR76 •••• •••• •••• •••• •••0 189"
