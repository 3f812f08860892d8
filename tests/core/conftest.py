"""Fixtures of the command-line tests: run `guichet` in-process, and the database as text."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from sqlalchemy import MetaData, create_engine, select, text

from core.cli import main
from core.db import database_url

ENV = {
    "GUICHET_CREDITOR_ID": "FR72ZZZ123456",
    "GUICHET_BUSINESS_NAME": "Club CLI",
    "GUICHET_OPERATOR": "bob",
}


@pytest.fixture
def cli(db_path, monkeypatch, capsys, tmp_path):
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("GUICHET_CONFIG", str(tmp_path / "none.toml"))

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--database", str(db_path)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def dump(db_path) -> list[str]:
    """Every table's rows, in order: equal before and after means nothing changed.

    Works on both backends (``db_path`` is a SQLite file or a PostgreSQL URL).
    """
    engine = create_engine(database_url(str(db_path)))
    try:
        meta = MetaData()
        with engine.connect() as conn, warnings.catch_warnings():
            # SQLite's reflection skips expression indexes (lower(email)) with a warning;
            # only the rows are compared here.
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression")
            meta.reflect(conn)
            lines: list[str] = []
            for name in sorted(meta.tables):
                table = meta.tables[name]
                rows = sorted(repr(tuple(row)) for row in conn.execute(select(table)))
                lines += [f"{name}: {row}" for row in rows]
        return lines
    finally:
        engine.dispose()


def scalar(db_path, sql: str, **params: Any) -> Any:
    """One value read with plain SQL from the test's database (either backend)."""
    engine = create_engine(database_url(str(db_path)))
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()
    finally:
        engine.dispose()
