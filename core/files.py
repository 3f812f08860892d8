"""Files the core writes for staff (documents, exports): whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from core.errors import ValidationError


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write to a temporary file beside ``path``, then rename it: never a half-written file."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ValidationError("output", "cannot_write", path=str(target), why="is a folder")
    try:
        fd, partial = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".partial")
    except OSError as exc:
        raise ValidationError("output", "cannot_write", path=str(target),
                              why=exc.strerror or str(exc)) from None  # fmt: skip
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(partial, 0o644)
        os.replace(partial, target)
    except OSError as exc:
        Path(partial).unlink(missing_ok=True)
        raise ValidationError("output", "cannot_write", path=str(target),
                              why=exc.strerror or str(exc)) from None  # fmt: skip
    return target


def check_writable(path: str | Path) -> None:
    """Refuse at once an output that cannot be written (before any work is done)."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ValidationError("output", "cannot_write", path=str(target), why="is a folder")
    if not folder.is_dir():
        raise ValidationError("output", "cannot_write", path=str(target),
                              why="no such folder")  # fmt: skip
    if not os.access(folder, os.W_OK):
        raise ValidationError("output", "cannot_write", path=str(target),
                              why="permission denied")  # fmt: skip
