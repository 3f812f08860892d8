"""The customer payment form: a small Starlette app behind each payment link."""

from core.portal.app import create_app

__all__ = ["create_app"]
