"""One catalogue per language: complete, compiled, and covering every code the core can say."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from core import i18n, texts
from core.errors import RuleViolation, ValidationError

CORE = Path(__file__).resolve().parents[2] / "core"
LANGUAGES = ("fr", "en")


def _catalogue(language: str):
    with (i18n.LOCALE_DIR / language / "LC_MESSAGES" / "guichet.po").open("rb") as f:
        return read_po(f, locale=language)


def _msgids() -> set[str]:
    ids: set[str] = set()
    for table in texts.TABLES.values():
        for entry in table.values():
            ids.add(entry[0] if isinstance(entry, tuple) else entry)
    return ids


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_has_a_text_no_empty_no_fuzzy(language):
    catalogue = _catalogue(language)
    for msgid in _msgids():
        message = catalogue.get(msgid)
        assert message is not None, f"{language}: {msgid!r} is not in the catalogue"
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"{language}: {msgid!r} has no text"
        assert not message.fuzzy, f"{language}: {msgid!r} is fuzzy"
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = set(re.findall(r"{(\w+)}", ids[0]))
        for text in strings:
            assert set(re.findall(r"{(\w+)}", text)) == wanted, f"{language}: {msgid!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_the_current_one(language):
    """The .mo shipped beside each .po says exactly what the .po says (run scripts/messages.py)."""
    with (i18n.LOCALE_DIR / language / "LC_MESSAGES" / "guichet.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for message in _catalogue(language):
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            for n, form in ((1, 0), (2, -1)):
                expected = message.string[form]
                assert compiled.ngettext(message.id[0], message.id[1], n) == expected
        else:
            assert compiled.gettext(message.id) == message.string, message.id


def test_french_uses_real_plurals_never_parenthesised_ones():
    for message in _catalogue("fr"):
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert not any("(s)" in s for s in strings), message.id
    assert i18n.say("activity", "links_revoked", {"count": 1}, "fr") == "1 lien de paiement révoqué"
    assert (
        i18n.say("activity", "links_revoked", {"count": 4}, "fr") == "4 liens de paiement révoqués"
    )


def _calls(name: str) -> list[ast.Call]:
    found = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if called == name:
                    found.append(node)
    return found


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def test_every_code_the_core_raises_or_records_has_a_sentence():
    checks = {
        "ValidationError": (1, texts.VALIDATION),
        "RegistrationRefused": (1, texts.VALIDATION),
        "RuleViolation": (0, texts.RULES),
        "NotFound": (0, texts.ERRORS),
        "ConflictError": (0, texts.ERRORS),
        "GuichetError": (0, texts.ERRORS),
        "record": (3, texts.ACTIVITY),
    }
    seen = 0
    for name, (position, table) in checks.items():
        for call in _calls(name):
            if len(call.args) > position:
                code = _literal(call.args[position])
                if code is not None:
                    seen += 1
                    assert code in table, f"{name}({code!r}) has no sentence"
    for call in _calls("UpcomingItem"):
        for keyword in call.keywords:
            if keyword.arg == "kind" and (code := _literal(keyword.value)):
                seen += 1
                assert code in texts.UPCOMING, code
    assert seen > 60  # the scan found the core's codes, so the check means something


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_renders_in_each_language_with_any_parameters(language):
    params = {
        "count": 2, "number": "F2026-000001", "status": "due", "method": "card", "state": "revoked",
        "value": "x", "country": "FR", "max_length": 5, "choices": ["a", "b"], "bic": "B",
        "bic_country": "DE", "iban_country": "FR", "path": "/p", "why": "w", "key": "k",
        "reference": "R", "revision": "9", "action": "delete", "label": "L", "amount_cents": 100,
        "currency": "EUR", "collection": "offline", "reason": "r", "numbers": ["1"], "old": None,
        "new": "cash", "expires_at": "2026-11-20T10:00:00", "date_iso": "2026-11-20", "rum": "M",
        "brand": "Visa", "last4": "4242", "customer": "C", "business": "B", "url": "u",
        "expires": "e", "amounts": "1 €", "actor": "alice", "date": "d", "changes": "c",
        "status_code": 500, "version": "pain.008.001.02", "line": 3, "detail": "d",
        "element": "GrpHdr", "next": "2026-12-01", "code": "AM04", "batch": "R2026-000001",
        "batch_status": "sent",
    }  # fmt: skip
    for table_name, table in texts.TABLES.items():
        for code in table:
            said = i18n.say(table_name, code, params, language)
            assert said and "{" not in said, (table_name, code, said)


def test_errors_say_their_english_sentence_and_the_reader_gets_theirs():
    error = RuleViolation("delete_without_invoices", count=3)
    assert str(error).startswith("Rule 'delete only without invoices'") and "3 invoices" in str(
        error
    )
    assert "3 factures" in i18n.error_text(error, "fr")
    refused = ValidationError("amount_cents", "not_positive")
    assert str(refused) == "amount_cents: must be greater than zero"
    assert i18n.error_text(refused, "fr") == "Montant : doit être supérieur à zéro"
