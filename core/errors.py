"""Errors the core raises; front ends translate them, never show tracebacks."""

from __future__ import annotations


class GuichetError(Exception):
    """Base of every error a front end may show to a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(GuichetError):
    """Input refused; ``field`` names the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.detail = message


class NotFound(GuichetError):
    """The thing asked for does not exist."""


class ConflictError(GuichetError):
    """The record changed since it was read: nothing was overwritten."""


class RuleViolation(GuichetError):
    """A business rule forbids the action; ``rule`` names it."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(message)
        self.rule = rule


class DatabaseVersionError(GuichetError):
    """The database was made by a newer Guichet."""


class LinkUnavailable(GuichetError):
    """A payment link that cannot be used: ``reason`` is unknown, expired, revoked or used."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"payment link {reason}")
        self.reason = reason


class AccessRestricted(GuichetError):
    """The customer is grey-listed: the payment form refuses them."""

    def __init__(self, language: str = "fr") -> None:
        super().__init__("access to the payment form restricted (grey list)")
        self.language = language


class RegistrationRefused(GuichetError):
    """The customer's IBAN or card was refused; counts towards the grey list."""

    def __init__(self, field: str, reason: str, *, greylisted: bool = False) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
        self.greylisted = greylisted


class Busy(GuichetError):
    """Another writer held the database past the wait: nothing was changed, try again."""

    def __init__(self) -> None:
        super().__init__(
            "The database is busy (another workstation or a billing run is writing); "
            "nothing was changed. Try again in a moment."
        )
