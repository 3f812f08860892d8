"""The form's catalogue: both languages complete, language choice, refusal wording."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import texts
from core.portal import messages
from core.portal.app import ERROR_KINDS, RESOURCES


def test_french_and_english_say_every_key_with_the_same_placeholders():
    for key in texts.PORTAL:
        fr, en = messages.text("fr", key), messages.text("en", key)
        assert fr and en, key
        assert set(re.findall(r"{(\w+)}", fr)) == set(re.findall(r"{(\w+)}", en)), key
    assert messages.text("fr", "error.busy.title") != messages.text("en", "error.busy.title")


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
    assert used <= texts.PORTAL.keys()


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
    "field, code, where, key",
    [
        ("iban", "iban_invalid", "iban", "problem.iban.invalid"),
        ("iban", "required", "iban", "problem.iban.required"),
        ("bic", "bic_unknown_bank", "bic", "problem.bic.required"),
        ("card_number", "card_declined", "card_number", "problem.card_number.declined"),
        ("card_number", "card_number_invalid", "card_number", "problem.card_number.invalid"),
        ("exp_month", "card_expired", "expiry", "problem.expiry.invalid"),
        ("cvc", "cvc_invalid", "cvc", "problem.cvc.invalid"),
        ("creditor_id", "creditor_id_missing", "general", "problem.general"),
    ],
)
def test_core_refusals_map_to_a_translated_message_next_to_the_field(field, code, where, key):
    assert messages.problem_key(field, code) == (where, key)


def test_the_css_is_local_and_loads_nothing_from_outside():
    css = Path(RESOURCES / "static" / "portal.css").read_text(encoding="utf-8")

    assert "url(" not in css and "@import" not in css
