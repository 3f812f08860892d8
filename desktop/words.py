"""Words shared by several widgets: names of codes (from the core's catalogue) and badges."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from core import i18n

if TYPE_CHECKING:
    from core.dto import CustomerDetail

_language = ["en"]


def use_language(language: str) -> None:
    """The desk's language, for the names of codes said through the core's catalogue."""
    _language[0] = i18n.normalize(language)


def current_language() -> str:
    return _language[0]


def invoice_status(code: str) -> str:
    return i18n.status_name(code, _language[0])


def collection(code: str) -> str:
    return i18n.collection_name(code, _language[0])


def link_state(code: str) -> str:
    return i18n.link_state_name(code, _language[0])


def batch_status(code: str) -> str:
    return i18n.name("batch_status", code, _language[0])


def debit_status(code: str) -> str:
    return i18n.name("debit_status", code, _language[0])


def bank_reason(code: str | None) -> str:
    """The bank's code, then what it means, e.g. 'AM04 — provision insuffisante'."""
    if not code:
        return ""
    label = i18n.say("bank_reason", code, None, _language[0])
    return code if label == code else f"{code} — {label}"


def unusable_reason(code: str) -> str:
    """Why the default method can no longer be charged (the core's code, named for staff)."""
    return i18n.name("unusable_reason", code, _language[0])


def subscription_status(code: str) -> str:
    return i18n.name("subscription_status", code, _language[0])


def period(code: str) -> str:
    return i18n.name("period", code, _language[0])


def overdue() -> str:
    return QCoreApplication.translate("Words", "Overdue")


def invoice_state(status: str, overdue_: bool) -> str:
    """The status as the invoice tables show it: "Due · Overdue" once past its grace days."""
    name = invoice_status(status)
    return f"{name} · {overdue()}" if overdue_ else name


def vat_rate(rate_bp: int) -> str:
    """20 %, 5,5 % in the desk's language."""
    from babel.numbers import format_percent

    return format_percent(
        rate_bp / 10000, locale=i18n.locale_for(_language[0]), decimal_quantization=False
    )


def credit_note() -> str:
    return QCoreApplication.translate("Words", "Credit note")


def badge_greylisted() -> str:
    return QCoreApplication.translate("Words", "Grey list")


def badge_awaiting() -> str:
    return QCoreApplication.translate("Words", "Awaiting customer")


def badge_offline() -> str:
    return QCoreApplication.translate("Words", "Offline payment")


def language_name(code: str) -> str:
    return i18n.language_name(code, _language[0])


def field_label(field: str) -> str:
    """The name of a core field, to say which field a core error is about."""
    return i18n.field_name(field, _language[0])


def delete_blocker(detail: CustomerDetail) -> str | None:
    """Why delete is refused, in the desk's language (None when allowed)."""
    if detail.delete_blocker is None:
        return None
    return i18n.error_text(detail.delete_blocker, _language[0])


def anonymize_blocker(detail: CustomerDetail) -> str | None:
    """Why anonymising is refused, in the desk's language (None when allowed)."""
    if detail.anonymize_blocker is None:
        return None
    return i18n.error_text(detail.anonymize_blocker, _language[0])
