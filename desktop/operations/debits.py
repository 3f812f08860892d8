"""Direct-debit operations: batches (prepare, export, cancel, settle) and bank return files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from core.bootstrap import Services
from core.errors import ValidationError
from desktop.operations import Change, ChangeKind, Read, Write

if TYPE_CHECKING:
    from core.services.debits import BatchDetail, BatchInfo, BatchPreview, ReturnPreview

# A bank return is a few kilobytes per debit; this is far above any real one.
MAX_RETURN_BYTES = 20_000_000


@dataclass(frozen=True)
class BankReturnFile:
    """A bank return as read from disk, and what importing it would change."""

    path: str
    data: bytes
    preview: ReturnPreview


def _changed(_result: object) -> Change:
    return Change(ChangeKind.DEBITS)


def earliest_collection_date(services: Services) -> Read[date]:
    return Read(services.debits.earliest_collection_date)


def batches(services: Services) -> Read[list[BatchInfo]]:
    return Read(services.debits.batches)


def batch(services: Services, reference: str) -> Read[BatchDetail]:
    return Read(lambda: services.debits.batch(reference))


def preview(services: Services, collection_date: date) -> Read[BatchPreview]:
    return Read(lambda: services.debits.preview(collection_date))


def prepare(services: Services, collection_date: date) -> Write[BatchInfo | None]:
    """None when no invoice is to be collected on that date (nothing was made)."""
    return Write(lambda: services.debits.prepare(collection_date), _changed)


def export(services: Services, reference: str, path: str) -> Write[BatchInfo]:
    """Writes the pain.008 (never over a file) and marks a prepared batch sent."""
    return Write(lambda: services.debits.export(reference, path), _changed)


def cancel(services: Services, reference: str) -> Write[BatchInfo]:
    return Write(lambda: services.debits.cancel(reference), _changed)


def settle(services: Services, reference: str) -> Write[BatchInfo]:
    return Write(lambda: services.debits.settle(reference), _changed)


def read_return_file(services: Services, path: str) -> Read[BankReturnFile]:
    """Reads the file once: the import applies these bytes, whatever happens to the file."""

    def job() -> BankReturnFile:
        try:
            with open(path, "rb") as f:
                data = f.read(MAX_RETURN_BYTES)
        except OSError as exc:
            raise ValidationError(
                "bank_return", "cannot_read", path=path, why=exc.strerror or str(exc)
            ) from None
        return BankReturnFile(path, data, services.debits.read_return(data))

    return Read(job)


def import_return(services: Services, data: bytes) -> Write[ReturnPreview]:
    """All or nothing; a file imported before changes nothing (``already_imported``)."""
    return Write(lambda: services.debits.import_return(data), _changed)
