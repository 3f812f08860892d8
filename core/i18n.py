"""Words and activity summaries in French and English, for the CLI, the portal and the desk."""

from __future__ import annotations

from datetime import UTC, date, datetime

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency

METHOD_NAMES = {
    "fr": {
        "card": "Carte bancaire",
        "sepa_debit": "Prélèvement SEPA",
        "bank_transfer": "Virement",
        "cheque": "Chèque",
        "cash": "Espèces",
        "other": "Autre",
    },
    "en": {
        "card": "Card",
        "sepa_debit": "SEPA Direct Debit",
        "bank_transfer": "Bank transfer",
        "cheque": "Cheque",
        "cash": "Cash",
        "other": "Other",
    },
}

_LOCALES = {"fr": "fr_FR", "en": "en_GB"}

# Activity summaries by kind; params are filled in at display time in the reader's language.
_SUMMARIES = {
    "customer_created": ("Fiche créée", "Record created"),
    "customer_updated": ("Fiche modifiée : {changes}", "Record changed: {changes}"),
    "method_offline": (
        "Moyen de paiement : {old} → {new}",
        "Payment method: {old} → {new}",
    ),
    "invoices_to_offline": (
        "Factures passées en règlement hors ligne : {numbers}",
        "Invoices switched to offline collection: {numbers}",
    ),
    "link_created": (
        "Lien de paiement créé ({method}), expire le {expires}",
        "Payment link made ({method}), expires {expires}",
    ),
    "link_revoked": ("Lien de paiement révoqué ({method})", "Payment link revoked ({method})"),
    "links_revoked": ("{count} lien(s) de paiement révoqué(s)", "{count} payment link(s) revoked"),
    "link_opened": ("Lien de paiement ouvert par le client", "Payment link opened by the customer"),
    "method_registered": (
        "Moyen de paiement enregistré via le lien : {old} → {new}",
        "Payment method registered via link: {old} → {new}",
    ),
    "registration_failed": (
        "Échec d'enregistrement ({reason}), {count} d'affilée",
        "Registration failed ({reason}), {count} in a row",
    ),
    "greylisted": (
        "Client placé en liste grise après {count} échecs",
        "Customer grey-listed after {count} failures",
    ),
    "greylist_lifted": ("Sorti de la liste grise", "Removed from the grey list"),
    "invoice_issued": (
        "Facture {number} émise : {amount} ({collection})",
        "Invoice {number} issued: {amount} ({collection})",
    ),
    "invoice_paid": (
        "Facture {number} honorée ({method}, {date})",
        "Invoice {number} paid ({method}, {date})",
    ),
    "invoice_voided": ("Facture {number} annulée : {reason}", "Invoice {number} voided: {reason}"),
    "invoice_refunded": (
        "Facture {number} remboursée : {reason}",
        "Invoice {number} refunded: {reason}",
    ),
    "subscription_terminated": ("Abonnement résilié : {label}", "Subscription terminated: {label}"),
    "invoice_problem": (
        "Facture {number} en incident : {reason}",
        "Invoice {number} marked as a problem: {reason}",
    ),
    "subscription_added": (
        "Abonnement ajouté : {label}, {amount}",
        "Subscription added: {label}, {amount}",
    ),
}

FAILURE_REASONS = {
    "fr": {
        "rejected IBAN": "IBAN refusé",
        "card declined": "carte refusée",
        "card card_number": "numéro de carte invalide",
        "card expiry": "carte expirée",
        "card cvc": "cryptogramme invalide",
    },
}

COLLECTION_NAMES = {
    "fr": {"automatic": "prélèvement automatique", "offline": "hors ligne"},
    "en": {"automatic": "automatic debit", "offline": "offline"},
}


def locale_for(language: str) -> str:
    return _LOCALES.get(language, "en_GB")


def method_name(code: str | None, language: str) -> str:
    if not code:
        return "—"
    return METHOD_NAMES.get(language, METHOD_NAMES["en"]).get(code, code)


def money(amount_cents: int, currency: str, language: str) -> str:
    return format_currency(amount_cents / 100, currency, locale=locale_for(language))


def short_date(value: date | None, language: str) -> str:
    if value is None:
        return ""
    return format_date(value, format="medium", locale=locale_for(language))


def local_time(value: datetime) -> datetime:
    """Stored times are naive UTC; people read them in the workstation's time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def short_datetime(value: datetime | None, language: str) -> str:
    if value is None:
        return ""
    return format_datetime(local_time(value), format="short", locale=locale_for(language))


def summary(kind: str, params: dict, language: str) -> str:
    """Render an activity event's one-line summary in the reader's language."""
    templates = _SUMMARIES.get(kind)
    if templates is None:
        return params.get("text", kind)
    template = templates[0] if language == "fr" else templates[1]
    values = dict(params)
    for key in ("old", "new", "method"):
        if key in values and values[key] in METHOD_NAMES["en"]:
            values[key] = method_name(values[key], language)
        elif key in values and values[key] is None:
            values[key] = "—"
    if "collection" in values:
        values["collection"] = COLLECTION_NAMES[language if language == "fr" else "en"].get(
            values["collection"], values["collection"]
        )
    if "amount_cents" in values:
        values["amount"] = money(values["amount_cents"], values.get("currency", "EUR"), language)
    if "expires_at" in values:
        values["expires"] = short_datetime(datetime.fromisoformat(values["expires_at"]), language)
    if "date_iso" in values:
        values["date"] = short_date(date.fromisoformat(values["date_iso"]), language)
    if "reason" in values and kind == "registration_failed":
        values["reason"] = FAILURE_REASONS.get(language, {}).get(values["reason"], values["reason"])
    if isinstance(values.get("numbers"), list):
        values["numbers"] = ", ".join(values["numbers"])
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template
