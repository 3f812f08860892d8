"""Settings: guichet.toml in the user config directory, overridden by GUICHET_* variables."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

from core.errors import ValidationError

APP_NAME = "guichet"
DEMO_BUSINESS_NAME = "Club Demo Guichet"
DEMO_CREDITOR_ID = "FR72ZZZ123456"
DEMO_CREDITOR_IBAN = "FR7630006000011234567890189"
DEMO_CREDITOR_BIC = "AGRIFRPP"
# The business's own details, printed on invoices and letters (the demo's are made up but valid).
DEMO_BUSINESS = {
    "business_address": "8 rue des Acacias\n69003 Lyon",
    "business_siret": "12345678200010",
    "business_vat_number": "FR11123456782",
    "business_email": "accueil@club-demo.example",
    "business_phone": "+33 4 78 00 00 00",
}


@dataclass(frozen=True)
class Settings:
    database: str
    portal_url: str = "http://127.0.0.1:8765"
    link_ttl_hours: int = 168
    greylist_threshold: int = 5
    business_name: str = ""
    creditor_id: str = ""
    operator: str = ""
    upcoming_hours: int = 72
    language: str = ""
    creditor_iban: str = ""
    creditor_bic: str = ""
    sepa_pain_version: str = "pain.008.001.02"
    debit_notice_days: int = 3
    debit_lead_days: int = 2
    vat_rate: str = "20"  # percent, one of the French rates
    vat_exempt: bool = False  # franchise en base: "TVA non applicable, art. 293 B du CGI"
    payment_terms_days: int = 30
    overdue_grace_days: int = 10
    business_address: str = ""  # lines separated by newlines (or ";"), postal code and city last
    business_siret: str = ""  # SIRET (14 digits) or SIREN (9 digits)
    business_vat_number: str = ""
    business_email: str = ""
    business_phone: str = ""

    def with_overrides(self, **values: object) -> Settings:
        clean = {k: v for k, v in values.items() if v is not None}
        return replace(self, **clean)  # type: ignore[arg-type]


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def config_path() -> Path:
    explicit = os.environ.get("GUICHET_CONFIG")
    if explicit:
        return Path(explicit)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "guichet.toml"


def default_operator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers): still name the actor
        return "staff"


_INT_KEYS = {
    "link_ttl_hours",
    "greylist_threshold",
    "upcoming_hours",
    "debit_notice_days",
    "debit_lead_days",
    "payment_terms_days",
    "overdue_grace_days",
}
_BOOL_KEYS = {"vat_exempt"}
_TRUE, _FALSE = ("true", "1", "yes", "oui"), ("false", "0", "no", "non", "")
PAIN_VERSIONS = ("pain.008.001.02", "pain.008.001.08")
_KEYS = (
    "database",
    "portal_url",
    "link_ttl_hours",
    "greylist_threshold",
    "business_name",
    "creditor_id",
    "operator",
    "upcoming_hours",
    "language",
    "creditor_iban",
    "creditor_bic",
    "sepa_pain_version",
    "debit_notice_days",
    "debit_lead_days",
    "vat_rate",
    "vat_exempt",
    "payment_terms_days",
    "overdue_grace_days",
    "business_address",
    "business_siret",
    "business_vat_number",
    "business_email",
    "business_phone",
)


def load_settings(
    *,
    demo: bool = False,
    environ: dict[str, str] | None = None,
    overrides: dict[str, object] | None = None,
) -> Settings:
    """The one place settings are assembled: the file, then the environment, then
    ``overrides`` (command-line options; None values are ignored); ``demo`` fills demo
    defaults. An unknown key in the file is refused by name, so a typo is not ignored."""
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    path = config_path()
    if path.is_file():
        import tomllib  # only when there is a file to read

        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except tomllib.TOMLDecodeError as exc:
            raise ValidationError("config", "not_toml", path=str(path), why=str(exc)) from None
        for key in values:
            if key not in _KEYS:
                raise ValidationError("config", "unknown_setting", key=key, path=str(path))
    for key in _KEYS:
        env_value = env.get(f"GUICHET_{key.upper()}")
        if env_value:
            values[key] = env_value
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    for key in _INT_KEYS:
        if key in values:
            try:
                values[key] = int(values[key])  # type: ignore[call-overload]
            except (TypeError, ValueError):
                raise ValidationError(key, "not_whole_number") from None
            zero_ok = key in ("debit_notice_days", "overdue_grace_days", "payment_terms_days")
            if int(values[key]) < (0 if zero_ok else 1):  # type: ignore[call-overload]
                raise ValidationError(key, "not_positive")
    for key in _BOOL_KEYS:
        if key in values and not isinstance(values[key], bool):
            text = str(values[key]).strip().lower()
            if text not in _TRUE + _FALSE:
                raise ValidationError(key, "boolean_invalid")
            values[key] = text in _TRUE
    if "vat_rate" in values:
        from core.rules import vat_rate_bp  # the French rates are a rule

        values["vat_rate"] = str(values["vat_rate"]).strip()
        vat_rate_bp(str(values["vat_rate"]))
    if values.get("sepa_pain_version", PAIN_VERSIONS[0]) not in PAIN_VERSIONS:
        raise ValidationError("sepa_pain_version", "one_of", choices=list(PAIN_VERSIONS))
    if demo:
        values.setdefault("database", str(user_data_dir() / "demo.sqlite3"))
        values.setdefault("business_name", DEMO_BUSINESS_NAME)
        values.setdefault("creditor_id", DEMO_CREDITOR_ID)
        values.setdefault("creditor_iban", DEMO_CREDITOR_IBAN)
        values.setdefault("creditor_bic", DEMO_CREDITOR_BIC)
        for demo_key, demo_value in DEMO_BUSINESS.items():
            values.setdefault(demo_key, demo_value)
    values.setdefault("database", str(user_data_dir() / "guichet.sqlite3"))
    values.setdefault("operator", default_operator())
    values.setdefault("business_name", "Guichet")
    for key, value in values.items():
        if key in _KEYS and key not in _INT_KEYS | _BOOL_KEYS and not isinstance(value, str):
            raise ValidationError(key, "not_text")
    _check_business(values)
    return Settings(**{k: v for k, v in values.items() if k in _KEYS})  # type: ignore[arg-type]


def _check_business(values: dict[str, object]) -> None:
    """The business's identifiers go on every invoice: a typo is refused when settings are read,
    and each is kept in its usual written form. The checkers load only for what is set."""
    number = "".join(str(values.get("business_siret") or "").split())
    if number:
        from stdnum.fr import siren, siret

        if not (siret.is_valid(number) or siren.is_valid(number)):
            raise ValidationError("business_siret", "siret_invalid", value=number)
        values["business_siret"] = (
            siret.format(number) if len(number) == 14 else siren.format(number)
        )
    vat = "".join(str(values.get("business_vat_number") or "").split()).upper()
    if vat:
        from stdnum.fr import tva

        if not tva.is_valid(vat):
            raise ValidationError("business_vat_number", "vat_invalid", value=vat)
        compact = tva.compact(vat)  # without "FR"
        if number and compact[2:].isdigit() and compact[-9:] != number[:9]:
            raise ValidationError("business_vat_number", "vat_other_siren", value=vat)
        values["business_vat_number"] = "FR" + compact
    email = str(values.get("business_email") or "").strip()
    if email:
        from email_validator import EmailNotValidError, validate_email

        try:
            values["business_email"] = validate_email(email, check_deliverability=False).normalized
        except EmailNotValidError:
            raise ValidationError("business_email", "email_invalid") from None
    phone = str(values.get("business_phone") or "").strip()
    if phone:
        import phonenumbers

        try:
            parsed = phonenumbers.parse(phone, "FR")
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is None or not phonenumbers.is_valid_number(parsed):
            raise ValidationError("business_phone", "phone_not_a_number", value=phone)
        french = phonenumbers.region_code_for_number(parsed) == "FR"
        style = phonenumbers.PhoneNumberFormat
        values["business_phone"] = phonenumbers.format_number(
            parsed, style.NATIONAL if french else style.INTERNATIONAL
        )
    address = str(values.get("business_address") or "")
    if address:
        lines = [ln.strip() for ln in address.replace(";", "\n").splitlines() if ln.strip()]
        values["business_address"] = "\n".join(lines)


def business_address_lines(settings: Settings) -> list[str]:
    return [ln for ln in settings.business_address.splitlines() if ln.strip()]
