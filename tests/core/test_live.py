"""Live between desks: a desk learns that another one (or the form, or the command line)
changed something, without asking again and again on PostgreSQL."""

from __future__ import annotations

import pytest

from core.bootstrap import open_services
from core.live import open_change_listener
from tests.conftest import customer_input


def test_a_save_on_another_desk_wakes_the_listener_with_the_new_marker(settings, clock, backend):
    here = open_services(settings, clock=clock)
    there = open_services(settings, clock=clock)
    listener = open_change_listener(here)
    try:
        assert listener.kind == ("notify" if backend == "postgresql" else "poll")
        before = listener.marker
        assert listener.wait(0.3) is None  # nothing happened
        created = there.customers.create(customer_input(reference="CUST-000001"))
        marker = listener.wait(30)
        assert marker is not None and marker > before
        assert marker == here.customers.latest_change() == listener.marker
        # The change is there to be read by the desk that was told.
        assert here.customers.get("CUST-000001").name == created.name
        assert listener.wait(0.3) is None  # told once
        there.customers.update(
            created.id, customer_input(city="Paris"), expected_version=created.version
        )
        assert listener.wait(30) == here.customers.latest_change() > marker
    finally:
        listener.close()
        here.close()
        there.close()


@pytest.mark.postgresql_only
def test_many_changes_at_once_are_one_answer_with_the_last_marker(cli, settings, clock):
    here = open_services(settings, clock=clock)
    listener = open_change_listener(here)
    try:
        for n in range(3):
            assert (
                cli(
                    "customer",
                    "add",
                    "--reference",
                    f"CUST-{n}",
                    "--name",
                    "A B",
                    "--email",
                    f"c{n}@b.fr",
                )[0]
                == 0
            )
        # Three commits from the command line: the desk hears the last marker, in one answer
        # as a rule (notifications that come close together are gathered), and in any case
        # in no more answers than commits, each newer than the one before, then nothing more.
        last = here.customers.latest_change()
        answers: list[int] = []
        while listener.marker != last and len(answers) < 3:
            marker = listener.wait(30)
            assert marker is not None
            answers.append(marker)
        assert answers[-1] == last
        assert answers == sorted(set(answers))
        assert listener.wait(0.3) is None
    finally:
        listener.close()
        here.close()


@pytest.mark.postgresql_only
def test_nothing_is_heard_from_a_write_that_was_refused(settings, clock):
    from core.errors import ValidationError

    here = open_services(settings, clock=clock)
    there = open_services(settings, clock=clock)
    there.customers.create(customer_input(reference="CUST-000001"))
    listener = open_change_listener(here)
    try:
        with pytest.raises(ValidationError):
            there.customers.create(customer_input(reference="CUST-000001"))
        assert listener.wait(0.5) is None
    finally:
        listener.close()
        here.close()
        there.close()


@pytest.mark.postgresql_only
def test_the_listener_hears_again_after_its_connection_was_cut(settings, clock, db_path):
    from sqlalchemy import create_engine, text

    from core.db import database_url

    here = open_services(settings, clock=clock)
    there = open_services(settings, clock=clock)
    listener = open_change_listener(here)
    admin = create_engine(database_url(str(db_path)))
    try:
        with admin.begin() as conn:  # the server ends the listening session
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()"
                )
            )
        assert listener.wait(0.3) is None  # lost: said as nothing new, not an error
        there.customers.create(customer_input(reference="CUST-000002"))
        # Listening again, it reads the marker: the change made meanwhile is not lost.
        assert listener.wait(30) == here.customers.latest_change()
    finally:
        admin.dispose()
        listener.close()
        here.close()
        there.close()
