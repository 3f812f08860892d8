"""Payment-link operations: make a link, revoke the live ones, lift the grey list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.bootstrap import Services
from desktop.operations import Change, ChangeKind, Read, Write

if TYPE_CHECKING:
    from core.dto import NewLink


def create_link(services: Services, customer_id: int, method: str) -> Write[NewLink]:
    """The new link's full URL exists only in the result: show it from ``success``."""
    return Write(
        lambda: services.payments.create_link(customer_id, method),
        lambda _link: Change(ChangeKind.UPDATED, customer_id),
    )


def revoke_links(services: Services, customer_id: int) -> Write[int]:
    """Returns how many links stopped working."""
    return Write(
        lambda: services.payments.revoke_links(customer_id),
        lambda _count: Change(ChangeKind.UPDATED, customer_id),
    )


def lift_greylist(services: Services, customer_id: int) -> Write[None]:
    return Write(
        lambda: services.payments.lift_greylist(customer_id),
        lambda _none: Change(ChangeKind.UPDATED, customer_id),
    )


def letter(services: Services, link: NewLink) -> Read[bytes]:
    """The letter of a link just made: its URL, its QR code, the customer's address."""
    return Read(lambda: services.documents.letter_for(link))
