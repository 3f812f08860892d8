"""Saying a code in the reader's language: one gettext catalogue per language, and Babel formats.

The sentences are in ``core.texts`` (English msgids); the French and English catalogues
are ``resources/locale/<lang>/LC_MESSAGES/guichet.po``, compiled to ``.mo`` (see
``scripts/messages.py``). Parameters are shown in the reader's language too: a method
code becomes its name, cents become money, ISO dates become dates.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from core import texts

LOCALE_DIR = Path(__file__).resolve().parent.parent / "resources" / "locale"
DOMAIN = "guichet"
LANGUAGES = ("fr", "en")
_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``language``; English sentences if it is missing."""
    try:
        return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def normalize(language: str | None) -> str:
    return language if language in LANGUAGES else "en"


def locale_for(language: str) -> str:
    return _LOCALES.get(language, "en_GB")


def entry(table: str, code: str) -> texts.Entry | None:
    return texts.TABLES[table].get(code)


def say(table: str, code: str, params: Mapping[str, Any] | None, language: str) -> str:
    """The sentence of ``code`` in ``table``, in ``language``, its placeholders filled."""
    found = entry(table, code)
    if found is None:
        return code  # an unknown code stays visible rather than failing the screen
    return _fill(found, params or {}, language)


def _fill(found: texts.Entry, params: Mapping[str, Any], language: str) -> str:
    cat = catalogue(normalize(language))
    if isinstance(found, tuple):
        template = cat.ngettext(found[0], found[1], int(params.get("count", 1)))
    else:
        template = cat.gettext(found)
    values = present(params, language)
    try:
        # An event recorded before a sentence gained a placeholder shows "—" there.
        return template.format_map(_Missing(values))
    except (IndexError, ValueError):
        return template


class _Missing(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "—"


def name(table: str, code: str | None, language: str) -> str:
    """The name of a code (a method, a status…), or "—" for none."""
    if not code:
        return "—"
    return say(table, code, None, language)


# --- names of codes ---------------------------------------------------------------------------
def method_name(code: str | None, language: str) -> str:
    return name("method", code, language)


def status_name(code: str | None, language: str) -> str:
    return name("invoice_status", code, language)


def collection_name(code: str | None, language: str) -> str:
    return name("collection", code, language)


def link_state_name(code: str | None, language: str) -> str:
    return name("link_state", code, language)


def language_name(code: str | None, language: str) -> str:
    return name("language", code, language)


def field_name(field: str, language: str) -> str:
    if entry("field", field) is None:
        return field.replace("_", " ").lstrip("-").capitalize()
    return say("field", field, None, language)


def actor_name(kind: str, actor: str, language: str) -> str:
    return say("actor", kind, None, language) if kind in texts.ACTORS else actor


# Babel and its locale data load with the first name or figure shown, not with the program.
def country_name(code: str, language: str) -> str:
    from babel import Locale

    return Locale.parse(locale_for(language)).territories.get(code, code)


# --- formats --------------------------------------------------------------------------------------
def money(amount_cents: int, currency: str, language: str) -> str:
    from babel.numbers import format_currency

    return format_currency(amount_cents / 100, currency, locale=locale_for(language))


def short_date(value: date | None, language: str) -> str:
    if value is None:
        return ""
    from babel.dates import format_date

    return format_date(value, format="medium", locale=locale_for(language))


def local_time(value: datetime) -> datetime:
    """Stored times are naive UTC; people read them in the workstation's time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def short_datetime(value: datetime | None, language: str) -> str:
    if value is None:
        return ""
    from babel.dates import format_datetime

    return format_datetime(local_time(value), format="short", locale=locale_for(language))


def quoted(value: str, language: str) -> str:
    return f"« {value} »" if language == "fr" else f"'{value}'"


def separator(language: str) -> str:
    """Between items of one line: the French typography puts a space before a semicolon."""
    return " ; " if language == "fr" else "; "


# --- parameters in the reader's language ------------------------------------------------------
_METHOD_KEYS = ("method", "old", "new")
_STATUS_KEYS = ("status",)


def present(params: Mapping[str, Any], language: str) -> dict[str, Any]:
    """Parameters as the reader reads them: names for codes, money, dates, lists."""
    values: dict[str, Any] = dict(params)
    for key in _METHOD_KEYS:
        if key in values and (values[key] is None or values[key] in texts.METHODS):
            values[key] = method_name(values[key], language)
    for key in _STATUS_KEYS:
        if isinstance(values.get(key), str) and values[key] in texts.INVOICE_STATUSES:
            values[key] = status_name(values[key], language).lower()
    if isinstance(values.get("batch_status"), str):
        values["batch_status"] = name("batch_status", values["batch_status"], language)
    if isinstance(values.get("state"), str):
        values["state"] = link_state_name(values["state"], language)
    if isinstance(values.get("collection"), str):
        values["collection"] = collection_name(values["collection"], language).lower()
    if isinstance(values.get("old_cents"), int):
        values["old"] = money(values["old_cents"], values.get("currency", "EUR"), language)
    if "amount_cents" in values:
        values["amount"] = money(values["amount_cents"], values.get("currency", "EUR"), language)
    if isinstance(values.get("expires_at"), str):
        values["expires"] = short_datetime(datetime.fromisoformat(values["expires_at"]), language)
    if isinstance(values.get("date_iso"), str):
        values["date"] = short_date(date.fromisoformat(values["date_iso"]), language)
    if isinstance(values.get("code"), str):
        code = values["code"]
        known = code in texts.BANK_REASONS
        values["reason"] = f"{code} — {say('bank_reason', code, None, language)}" if known else code
    if isinstance(values.get("failure"), str):
        values["reason"] = say("failure", values["failure"], None, language)
    if isinstance(values.get("diff"), list):
        values["changes"] = separator(language).join(
            _change_text(item, language) for item in values["diff"]
        )
    if isinstance(values.get("numbers"), list | tuple):
        values["numbers"] = ", ".join(values["numbers"])
    if isinstance(values.get("choices"), list | tuple):
        values["choices"] = ", ".join(values["choices"])
    if isinstance(values.get("country"), str) and len(values["country"]) == 2:
        values["country"] = country_name(values["country"], language)
    for key, value in list(values.items()):
        if isinstance(value, datetime):
            values[key] = short_datetime(value, language)
        elif isinstance(value, date):
            values[key] = short_date(value, language)
    return values


def _change_text(item: Mapping[str, Any], language: str) -> str:
    label = field_name(item["field"], language)
    if "old" not in item:
        return label
    old, new = item["old"], item["new"]
    if item["field"] == "language":
        old, new = language_name(old, language), language_name(new, language)
    elif item["field"] == "country":
        old, new = country_name(old, language), country_name(new, language)
    return f"{label} {quoted(old or '', language)} → {quoted(new or '', language)}"


# --- what people read -----------------------------------------------------------------------------
def summary(kind: str, params: Mapping[str, Any], language: str) -> str:
    """An activity event's one-line summary in the reader's language."""
    values = dict(params)
    if kind == "registration_failed" and "reason" in values and "failure" not in values:
        values["failure"] = values.pop("reason")  # events stored before the catalogue
    if kind == "invoice_paid" and values.get("debit_cancelled"):
        kind = "invoice_paid_debit_cancelled"
    if kind == "invoices_to_offline" and "count" not in values:
        values["count"] = len(values.get("numbers") or ())
    if texts.ACTIVITY.get(kind) is None:
        return str(values.get("text", kind))
    return say("activity", kind, values, language)


def error_text(exc: Exception, language: str) -> str:
    """The one line a person sees for a core error, in their language."""
    from core.errors import GuichetError, ValidationError

    if isinstance(exc, ValidationError):
        colon = " :" if language == "fr" else ":"
        detail = say(exc.table, exc.code, exc.params, language)
        return f"{field_name(exc.field, language)}{colon} {detail}"
    if isinstance(exc, GuichetError):
        return say(exc.table, exc.code, exc.params, language)
    return str(exc)


def mail_draft(language: str, **params: Any) -> tuple[str, str]:
    """Subject and body of the mail that carries a payment link, in the customer's language."""
    return say("mail", "subject", params, language), say("mail", "body", params, language)
