"""The first demo start makes its database behind a progress window that moves, in the desk's language."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from core.config import Settings
from desktop.app import install_translator
from desktop.demo_progress import DemoPreparation


@pytest.fixture
def french(qapp):
    install_translator(qapp, "fr")
    yield
    install_translator(qapp, "en")


def _customers(path) -> int:
    with closing(sqlite3.connect(path)) as conn, conn:
        return conn.execute("SELECT count(*) FROM customers").fetchone()[0]


def test_first_demo_start_shows_progress_then_the_second_start_does_not(qtbot, tmp_path, french):
    path = tmp_path / "demo.sqlite3"
    settings = Settings(database=str(path), business_name="Club Demo", creditor_id="FR72ZZZ123456",
                        operator="alice")  # fmt: skip
    first = DemoPreparation(settings)
    assert "base de démonstration" in first.dialog.labelText()
    assert first.run() is None
    assert first.made and _customers(path) >= 150
    # The making reports every step (customers, subscriptions, each week of billing), in order,
    # and the bar ends full.
    done = [d for d, _total in first.steps]
    assert len(done) >= 20 and done == sorted(done) and done[-1] == first.steps[-1][1]
    assert first.values[-1] == 100 and first.values == sorted(first.values)

    second = DemoPreparation(settings)
    assert second.run() is None
    assert not second.made
    assert not second.dialog.isVisible()
