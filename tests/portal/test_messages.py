"""The form's catalogue: both languages complete, language choice, refusal wording."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.portal import messages
from core.portal.app import ERROR_KINDS, RESOURCES


def test_french_and_english_hold_the_same_keys_and_placeholders():
    fr, en = messages.MESSAGES["fr"], messages.MESSAGES["en"]

    assert fr.keys() == en.keys()
    for key in fr:
        assert set(re.findall(r"{(\w+)}", fr[key])) == set(re.findall(r"{(\w+)}", en[key])), key


def test_every_key_the_pages_use_exists_in_both_languages():
    used: set[str] = set()
    for template in (RESOURCES / "templates").glob("*.html"):
        # Literal keys only: keys built with ~ end in "." and are checked below.
        found = re.findall(r'\bt\("([\w.]+)"', template.read_text(encoding="utf-8"))
        used |= {key for key in found if not key.endswith(".")}
    for method in ("card", "sepa_debit"):
        used |= {f"form.method.{method}", f"form.intro.{method}", f"submit.{method}"}
        used |= {f"form.privacy.{method}", f"done.{method}"}
    kinds = set(ERROR_KINDS.values()) | {"unknown", "expired", "revoked", "used", "restricted"}
    used |= {f"error.{kind}.{part}" for kind in kinds for part in ("title", "body")}
    used |= {messages.problem_key(field, "")[1] for field in ("holder", "iban", "bic", "x")}

    assert len(used) > 40
    for language in messages.LANGUAGES:
        assert used <= messages.MESSAGES[language].keys(), language


@pytest.mark.parametrize(
    "header, expected",
    [
        ("fr-FR,fr;q=0.9,en;q=0.8", "fr"),
        ("en-GB,en;q=0.9", "en"),
        ("de-DE,de;q=0.9,en;q=0.5", "en"),
        ("en;q=0.2,fr;q=0.8", "fr"),
        ("fr;q=0, en", "en"),
        ("de, es", None),
        ("", None),
        (None, None),
    ],
)
def test_accept_language_picks_a_supported_language(header, expected):
    assert messages.accept_language(header) == expected


@given(st.text(max_size=200))
def test_accept_language_never_fails_on_odd_headers(header):
    assert messages.accept_language(header) in (None, "fr", "en")


@pytest.mark.parametrize(
    "field, detail, where, key",
    [
        ("iban", "is not a valid IBAN (Invalid checksum digits)", "iban", "problem.iban.invalid"),
        ("iban", "is required", "iban", "problem.iban.required"),
        ("bic", "is required (the bank of this IBAN is not known)", "bic", "problem.bic.required"),
        ("card_number", "declined", "card_number", "problem.card_number.declined"),
        ("card_number", "card_number", "card_number", "problem.card_number.invalid"),
        ("exp_month", "expiry", "expiry", "problem.expiry.invalid"),
        ("cvc", "cvc", "cvc", "problem.cvc.invalid"),
        ("creditor_id", "is not set", "general", "problem.general"),
    ],
)
def test_core_refusals_map_to_a_translated_message_next_to_the_field(field, detail, where, key):
    assert messages.problem_key(field, detail) == (where, key)


def test_the_css_is_local_and_loads_nothing_from_outside():
    css = Path(RESOURCES / "static" / "portal.css").read_text(encoding="utf-8")

    assert "url(" not in css and "@import" not in css
