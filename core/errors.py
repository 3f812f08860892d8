"""Errors the core raises, as a code with parameters; front ends say them, never tracebacks.

``str(error)`` is the English sentence, for logs and the command line; a person reads
``core.i18n.error_text(error, language)``. The codes and their sentences are in
``core.texts``.
"""

from __future__ import annotations

from typing import Any


class GuichetError(Exception):
    """Base of every error a front end may show to a person."""

    table = "error"

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    @property
    def message(self) -> str:
        return str(self)

    def __str__(self) -> str:
        from core import i18n  # the catalogue is loaded on first use, not at import

        return i18n.error_text(self, "en")


class ValidationError(GuichetError):
    """Input refused; ``field`` names the offending field, ``code`` says why."""

    table = "validation"

    def __init__(self, field: str, code: str, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.field = field
        # Other fields refused by the same check of a form, so that all are said at once.
        self.others: tuple[ValidationError, ...] = ()

    @property
    def problems(self) -> tuple[ValidationError, ...]:
        """This refusal and every other one found in the same input."""
        return (self, *self.others)

    @property
    def detail(self) -> str:
        """Why, in English, without the field's name."""
        from core import i18n

        return i18n.say(self.table, self.code, self.params, "en")

    def __str__(self) -> str:
        # Scripts and logs get the field as the code names it ("amount_cents: …").
        return f"{self.field}: {self.detail}"


class NotFound(GuichetError):
    """The thing asked for does not exist (``key`` names it)."""


class ConflictError(GuichetError):
    """The record changed since it was read: nothing was overwritten."""


class RuleViolation(GuichetError):
    """A business rule forbids the action; ``code`` (also ``rule``) names the rule."""

    table = "rule"

    @property
    def rule(self) -> str:
        return self.code


class DuplicateEmail(RuleViolation):
    """Another customer already has this email; saving anyway is the caller's explicit choice
    (``allow_duplicate_email``). ``name`` and ``reference`` say who the other customer is."""

    def __init__(self, email: str, *, name: str, reference: str) -> None:
        super().__init__("duplicate_email", email=email, name=name, reference=reference)
        self.email = email
        self.other_name = name
        self.other_reference = reference


class DatabaseVersionError(GuichetError):
    """The database was made by a newer Guichet."""

    def __init__(
        self,
        revision: str,
        head: str | None = None,
        *,
        supported: str | None = None,
        version: str | None = None,
    ) -> None:
        supported = supported or head
        if supported is None or version is None:
            from core.opening import guichet_version, schema_head  # the migrations, on demand

            supported = supported or schema_head()
            version = version or guichet_version()
        # Both sides are named: the schema that made the file, and what this program reads.
        super().__init__("newer_schema", revision=revision, supported=supported, version=version)
        self.revision = revision


class Busy(GuichetError):
    """Another writer held the database past the wait: nothing was changed, try again."""

    def __init__(self) -> None:
        super().__init__("busy")


class AlreadyRunning(GuichetError):
    """Another workstation is running the same job right now (one billing run at a time):
    nothing was done here; once it has finished, running it again is safe."""

    def __init__(self, job: str = "billing") -> None:
        super().__init__(f"{job}_running")


class LinkUnavailable(GuichetError):
    """A payment link that cannot be used: ``reason`` is unknown, expired, revoked or used."""

    def __init__(self, reason: str) -> None:
        super().__init__("link_unavailable", state=reason)
        self.reason = reason


class AccessRestricted(GuichetError):
    """The customer is grey-listed: the payment form refuses them."""

    def __init__(self, language: str = "fr") -> None:
        super().__init__("access_restricted")
        self.language = language


class RegistrationRefused(ValidationError):
    """The customer's IBAN or card was refused; counts towards the grey list."""

    def __init__(
        self,
        field: str,
        code: str,
        *,
        greylisted: bool = False,
        others: tuple[ValidationError, ...] = (),
    ) -> None:
        super().__init__(field, code)
        self.greylisted = greylisted
        self.others = others

    @property
    def reason(self) -> str:
        return self.code


class PartialRun(GuichetError):
    """A long job stopped part-way (the database stayed busy): what it did is kept, and
    running it again finishes it (it never does anything twice)."""

    def __init__(self, done: int) -> None:
        super().__init__("partial_run", count=done)
