"""Fixtures of the command-line tests: run `guichet` in-process, and the database as text."""

from __future__ import annotations

import sqlite3

import pytest

from core.cli import main

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
    """Every row and schema line: equal before and after means nothing changed."""
    with sqlite3.connect(db_path) as conn:
        return list(conn.iterdump())
