"""Words and activity summaries in French and English, for the CLI, the portal and the desk."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from babel import Locale
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


def _change_text(item: dict, language: str) -> str:
    label = field_name(item["field"], language)
    if "old" not in item:
        return label
    old, new = item["old"], item["new"]
    if item["field"] == "language":
        old, new = LANGUAGE_NAMES[language].get(old, old), LANGUAGE_NAMES[language].get(new, new)
    elif item["field"] == "country":
        old, new = country_name(old, language), country_name(new, language)
    return f"{label} « {old} » → « {new} »" if language == "fr" else f"{label} '{old}' → '{new}'"


LANGUAGE_NAMES = {
    "fr": {"fr": "français", "en": "anglais"},
    "en": {"fr": "French", "en": "English"},
}


def country_name(code: str, language: str) -> str:
    return Locale.parse(locale_for(language)).territories.get(code, code)


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
    if isinstance(values.get("diff"), list):
        separator = " ; " if language == "fr" else "; "
        values["changes"] = separator.join(_change_text(i, language) for i in values["diff"])
    if isinstance(values.get("numbers"), list):
        values["numbers"] = ", ".join(values["numbers"])
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


# Core errors are raised in English (scripts, logs); people read them in their language.
FIELD_NAMES_FR = {
    "name": "Nom",
    "email": "E-mail",
    "language": "Langue",
    "status": "Statut",
    "note": "Note",
    "company": "Société",
    "first_name": "Prénom",
    "last_name": "Nom de famille",
    "address_line1": "Adresse",
    "address_line2": "Complément d'adresse",
    "postal_code": "Code postal",
    "city": "Ville",
    "region": "Région",
    "country": "Pays",
    "phone": "Téléphone",
    "vat_number": "N° de TVA",
    "reference": "Référence",
    "payment_method": "Moyen de paiement",
    "method": "Moyen de paiement",
    "date": "Date",
    "notes": "Notes",
    "reason": "Motif",
    "label": "Libellé",
    "amount_cents": "Montant",
    "currency": "Devise",
    "period": "Périodicité",
    "start": "Début",
    "until": "Jusqu'au",
    "iban": "IBAN",
    "bic": "BIC",
    "holder": "Titulaire",
    "consent": "Consentement",
    "creditor_id": "Identifiant créancier SEPA (ICS)",
    "mandate_reference": "Référence de mandat (RUM)",
    "database": "Base de données",
}

_DETAILS_FR: list[tuple[str, str]] = [
    (
        r"is required \(the bank of this IBAN is not known\)",
        "est obligatoire (la banque de cet IBAN est inconnue)",
    ),
    (r"is required", "est obligatoire"),
    (r"is too long \(at most (\d+) characters\)", r"est trop long (\1 caractères au plus)"),
    (r"is too large", "est trop grand"),
    (r"cannot be in the future", "ne peut pas être dans le futur"),
    (r"is not a valid email address.*", "n'est pas une adresse e-mail valide"),
    (
        r"'(.*)' is not a valid phone number for (\w+)",
        r"« \1 » n'est pas un numéro valide pour ce pays (\2)",
    ),
    (r"'(.*)' is not a phone number", r"« \1 » n'est pas un numéro de téléphone"),
    (r"'(.*)' is not a valid VAT number", r"« \1 » n'est pas un numéro de TVA valide"),
    (r"'(.*)' is not an ISO 3166-1 alpha-2 country code", r"« \1 » n'est pas un code pays ISO"),
    (r"'(.*)' is not a date \(YYYY-MM-DD\)", r"« \1 » n'est pas une date (AAAA-MM-JJ)"),
    (
        r"'(.*)' is already used by another customer",
        r"« \1 » est déjà utilisée par un autre abonné",
    ),
    (r"'(.*)' is already used", r"« \1 » est déjà utilisée"),
    (
        r"'(.*)' belonged to a deleted customer and is never reused",
        r"« \1 » appartenait à un abonné supprimé et n'est jamais réutilisée",
    ),
    (
        r"may hold only letters, digits, '-', '_' and '\.'",
        "ne peut contenir que des lettres, chiffres, « - », « _ » et « . »",
    ),
    (r"must be 'fr' or 'en'", "doit être « fr » ou « en »"),
    (r"must be 'active' or 'suspended'", "doit être « actif » ou « suspendu »"),
    (r"must be 'monthly' or 'yearly'", "doit être mensuelle ou annuelle"),
    (r"must be a whole number of cents", "doit être un nombre entier de centimes"),
    (r"must be a whole number", "doit être un nombre entier"),
    (r"must be greater than zero", "doit être supérieur à zéro"),
    (r"must be one of (.*)", r"doit être l'un de : \1"),
    (r"is not a valid IBAN.*", "n'est pas un IBAN valide"),
    (r"is not a valid BIC.*", "n'est pas un BIC valide"),
    (r"(\S+) is a bank in (\w+), not in (\w+)", r"\1 est une banque du pays \2, pas \3"),
    (
        r"'(.*)' is not a valid SEPA creditor identifier",
        r"« \1 » n'est pas un identifiant créancier SEPA valide",
    ),
    (
        r"is not set: configure the SEPA creditor identifier",
        "n'est pas configuré : renseignez l'identifiant créancier SEPA",
    ),
    (r"the mandate must be accepted", "le mandat doit être accepté"),
    (
        r"must be 1 to 35 characters.*",
        "doit compter 1 à 35 caractères parmi A-Z a-z 0-9 / - ? : ( ) . , ' +",
    ),
    (
        r"must not start or end with '/' nor hold '//'",
        "ne doit ni commencer ni finir par « / » ni contenir « // »",
    ),
    (r"(.*) does not exist", r"\1 n'existe pas"),
]

_MESSAGES_FR: list[tuple[str, str]] = [
    (
        r"Customer (\S+) was changed by someone else.*",
        r"L'abonné \1 a été modifié par quelqu'un d'autre entre-temps : rien n'a été enregistré. Rechargez la fiche pour voir ses changements.",
    ),
    (
        r"Someone else changed this record meanwhile.*",
        "Quelqu'un d'autre a modifié cette fiche entre-temps : rechargez-la et recommencez.",
    ),
    (
        r"An anonymised customer cannot be edited\.",
        "Un abonné anonymisé ne peut plus être modifié.",
    ),
    (
        r"An anonymised customer cannot receive a payment link\.",
        "Un abonné anonymisé ne peut pas recevoir de lien de paiement.",
    ),
    (
        r"An anonymised customer cannot subscribe\.",
        "Un abonné anonymisé ne peut pas souscrire d'abonnement.",
    ),
    (
        r"An anonymised customer's payment method cannot change\.",
        "Le moyen de paiement d'un abonné anonymisé ne peut plus changer.",
    ),
    (r"This customer is not grey-listed\.", "Cet abonné n'est pas en liste grise."),
    (r"This subscription is already terminated\.", "Cet abonnement est déjà résilié."),
    (
        r"The payment method is already (\w+)\.",
        r"C'est déjà le moyen de paiement de cet abonné (\1).",
    ),
    (r"This link is already (\w+)\.", r"Ce lien n'est plus actif (\1)."),
    (
        r"Invoice (\S+) is (\w+): only a due invoice can be paid\.",
        r"La facture \1 n'est pas à régler (\2) : seul un règlement sur une facture à régler peut être enregistré.",
    ),
    (
        r"Invoice (\S+) is (\w+): only a (\w+) invoice can become (\w+)\.",
        r"La facture \1 est « \2 » : cette opération n'est possible que sur une facture « \3 ».",
    ),
    (
        r"The database is busy .*",
        "La base de données est occupée (un autre poste ou une facturation est en train d'écrire) : rien n'a été modifié. Réessayez dans un instant.",
    ),
    (r"No customer (.*)", r"Aucun abonné \1"),
    (r"No invoice (.*)", r"Aucune facture \1"),
    (r"No payment link (.*)", r"Aucun lien de paiement \1"),
    (r"No subscription (.*)", r"Aucun abonnement \1"),
    (
        r"This database was made by a newer version of Guichet.*",
        "Cette base de données a été créée par une version plus récente de Guichet : installez cette version pour l'ouvrir.",
    ),
]


STATUS_NAMES = {
    "fr": {
        "due": "à régler",
        "paid": "honorée",
        "problem": "en incident",
        "void": "annulée",
        "refunded": "remboursée",
    },
    "en": {
        "due": "due",
        "paid": "paid",
        "problem": "problem",
        "void": "void",
        "refunded": "refunded",
    },
}


def _translate(text: str, table: list[tuple[str, str]]) -> str:
    for pattern, replacement in table:
        match = re.fullmatch(pattern, text, flags=re.DOTALL)
        if match:
            result = match.expand(replacement)
            for code, word in STATUS_NAMES["fr"].items():
                result = result.replace(f"« {code} »", f"« {word} »").replace(
                    f"({code})", f"({word})"
                )
            return result
    return text


def error_detail(detail: str, language: str) -> str:
    """A validation detail ("is required") in the reader's language."""
    return _translate(detail, _DETAILS_FR) if language == "fr" else detail


def field_name(field: str, language: str) -> str:
    if language == "fr":
        return FIELD_NAMES_FR.get(field, field)
    return field.replace("_", " ").capitalize()


def error_text(exc: Exception, language: str) -> str:
    """The one line a person sees for a core error, in their language."""
    field = getattr(exc, "field", None)
    detail = getattr(exc, "detail", None)
    if field is not None and detail is not None:
        return f"{field_name(field, language)}{' :' if language == 'fr' else ':'} {error_detail(detail, language)}"
    message = getattr(exc, "message", str(exc))
    return _translate(message, _MESSAGES_FR) if language == "fr" else message
