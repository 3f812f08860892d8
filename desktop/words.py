"""Translated words shared by several widgets: statuses, collections, badges, link states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.dto import CustomerDetail


def invoice_status(code: str) -> str:
    names = {
        "due": QCoreApplication.translate("Words", "Due"),
        "paid": QCoreApplication.translate("Words", "Paid"),
        "problem": QCoreApplication.translate("Words", "Unpaid"),
        "void": QCoreApplication.translate("Words", "Void"),
        "refunded": QCoreApplication.translate("Words", "Refunded"),
    }
    return names.get(code, code)


def collection(code: str) -> str:
    names = {
        "automatic": QCoreApplication.translate("Words", "Automatic debit"),
        "offline": QCoreApplication.translate("Words", "Offline"),
    }
    return names.get(code, code)


def link_state(code: str) -> str:
    names = {
        "pending": QCoreApplication.translate("Words", "pending"),
        "opened": QCoreApplication.translate("Words", "opened by the customer"),
        "completed": QCoreApplication.translate("Words", "completed"),
        "expired": QCoreApplication.translate("Words", "expired"),
        "revoked": QCoreApplication.translate("Words", "revoked"),
    }
    return names.get(code, code)


def badge_greylisted() -> str:
    return QCoreApplication.translate("Words", "Grey list")


def badge_awaiting() -> str:
    return QCoreApplication.translate("Words", "Awaiting customer")


def badge_offline() -> str:
    return QCoreApplication.translate("Words", "Offline payment")


def language_name(code: str) -> str:
    names = {
        "fr": QCoreApplication.translate("Words", "French"),
        "en": QCoreApplication.translate("Words", "English"),
    }
    return names.get(code, code)


def field_label(field: str) -> str:
    """The form label of a core field name, to say which field a core error is about."""
    names = {
        "name": QCoreApplication.translate("Words", "Name"),
        "email": QCoreApplication.translate("Words", "Email"),
        "language": QCoreApplication.translate("Words", "Language"),
        "company": QCoreApplication.translate("Words", "Company"),
        "first_name": QCoreApplication.translate("Words", "First name"),
        "last_name": QCoreApplication.translate("Words", "Last name"),
        "address_line1": QCoreApplication.translate("Words", "Address"),
        "address_line2": QCoreApplication.translate("Words", "Address (line 2)"),
        "postal_code": QCoreApplication.translate("Words", "Postal code"),
        "city": QCoreApplication.translate("Words", "City"),
        "country": QCoreApplication.translate("Words", "Country"),
        "phone": QCoreApplication.translate("Words", "Phone"),
        "vat_number": QCoreApplication.translate("Words", "VAT number"),
        "payment_method": QCoreApplication.translate("Words", "Payment method"),
        "reason": QCoreApplication.translate("Words", "Reason"),
        "date": QCoreApplication.translate("Words", "Payment date"),
        "reference": QCoreApplication.translate("Words", "Reference"),
        "notes": QCoreApplication.translate("Words", "Notes"),
        "creditor_id": QCoreApplication.translate("Words", "Creditor identifier (ICS)"),
    }
    return names.get(field, field)


def delete_blocker(detail: CustomerDetail) -> str | None:
    """The core's reason why delete is refused, said in the UI language (None when allowed)."""
    if detail.delete_blocker is None:
        return None
    count = len(detail.invoices)
    if not count:
        return detail.delete_blocker
    return QCoreApplication.translate(
        "Words",
        "Rule 'delete only without invoices': this customer has %n invoice(s), "
        "which are legal records; anonymise instead.",
        "",
        count,
    )


def anonymize_blocker(detail: CustomerDetail) -> str | None:
    """The core's reason why anonymising is refused, in the UI language (None when allowed)."""
    if detail.anonymize_blocker is None:
        return None
    if detail.anonymized:
        return QCoreApplication.translate(
            "Words", "Rule 'anonymise once': this customer is already anonymised."
        )
    open_count = sum(1 for inv in detail.invoices if inv.status in ("due", "problem"))
    if open_count:
        return QCoreApplication.translate(
            "Words",
            "Rule 'anonymise only when settled': %n invoice(s) are still due or in problem.",
            "",
            open_count,
        )
    active = sum(1 for sub in detail.subscriptions if sub.status == "active")
    if active:
        return QCoreApplication.translate(
            "Words",
            "Rule 'anonymise only when settled': %n subscription(s) are not terminated.",
            "",
            active,
        )
    return detail.anonymize_blocker
