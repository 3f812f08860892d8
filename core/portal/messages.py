"""The payment form's words: from the one catalogue (``core.texts`` PORTAL), and the language."""

from __future__ import annotations

from core import i18n, texts
from core.errors import ValidationError

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


def normalize(language: str | None) -> str:
    """A supported language code; anything else falls back to French, the business's own."""
    code = (language or "").strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def text(language: str, key: str, **values: object) -> str:
    """The message ``key`` in ``language``, with ``{name}`` placeholders filled in."""
    if key not in texts.PORTAL:
        raise KeyError(key)
    return i18n.say("portal", key, values, normalize(language))


def accept_language(header: str | None) -> str | None:
    """The preferred supported language of an Accept-Language header, or None if it names none."""
    best: tuple[float, int, str] | None = None
    for position, part in enumerate((header or "").split(",")[:20]):
        pieces = part.strip().split(";")
        code = pieces[0].strip().lower()[:2]
        if code not in LANGUAGES:
            continue
        quality = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        # Highest quality wins; between equals, the one listed first.
        candidate = (quality, -position, code)
        if best is None or candidate > best:
            best = candidate
    return best[2] if best else None


# A refusal's code (core.texts VALIDATION) → the form's own wording, by field.
_PROBLEMS = {
    ("holder", "required"): "problem.holder.required",
    ("holder", "too_long"): "problem.holder.too_long",
    ("iban", "required"): "problem.iban.required",
    ("bic", "bic_unknown_bank"): "problem.bic.required",
    ("bic", "bic_other_country"): "problem.bic.other_country",
    ("consent", "consent_missing"): "problem.consent.required",
    ("card_number", "card_declined"): "problem.card_number.declined",
    ("card_number", "required"): "problem.card_number.required",
    ("exp_month", "required"): "problem.expiry.required",
    ("cvc", "required"): "problem.cvc.required",
}
# Where a refusal of each field shows on the form, and its message when no code matches.
_FIELDS = {
    "holder": ("holder", "problem.holder.required"),
    "iban": ("iban", "problem.iban.invalid"),
    "bic": ("bic", "problem.bic.invalid"),
    "consent": ("consent", "problem.consent.required"),
    "card_number": ("card_number", "problem.card_number.invalid"),
    "exp_month": ("expiry", "problem.expiry.invalid"),
    "exp_year": ("expiry", "problem.expiry.invalid"),
    "expiry": ("expiry", "problem.expiry.invalid"),
    "cvc": ("cvc", "problem.cvc.invalid"),
}


def problem_key(field: str, code: str) -> tuple[str, str]:
    """Map a core refusal (field and code) to (form field, message key), by code, not by words."""
    where, fallback = _FIELDS.get(field, ("general", "problem.general"))
    return where, _PROBLEMS.get((field, code), fallback)


def problem_params(problem: ValidationError, language: str) -> dict[str, object]:
    """A refusal's parameters as the customer reads them: countries by their name."""
    values = dict(problem.params)
    for key in ("bic_country", "iban_country"):
        if isinstance(values.get(key), str):
            values[key] = i18n.country_name(values[key], normalize(language))
    return values
