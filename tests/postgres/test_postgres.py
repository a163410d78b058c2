"""The database suite on a real PostgreSQL server: schema, demo, CLI, conflicts, copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from organiser.core.db import Base
from organiser.core.storage import current_revision, integrity_check, open_database
from organiser.migrations import HEAD_REVISION

# initdb and the server start run inside the first test that asks for them
pytestmark = pytest.mark.timeout(300)


def test_migrations_from_empty_give_exactly_the_models(pg_db) -> None:
    assert pg_db.url.get_backend_name() == "postgresql"
    assert current_revision(pg_db.engine) == HEAD_REVISION
    with pg_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []
    assert integrity_check(pg_db) == []


def test_reopening_a_migrated_server_database_changes_nothing(pg_db, pg_url: str) -> None:
    again = open_database(pg_url)
    try:
        assert current_revision(again.engine) == HEAD_REVISION
    finally:
        again.close()


def test_demo_and_listings_through_the_cli(cli, pg_url: str) -> None:
    made = cli("demo", db=pg_url)
    assert made.code == 0, made.err
    events = cli("events", "list", "--json", db=pg_url)
    assert events.code == 0, events.err
    rows = events.json()
    assert rows[0]["title"] == "Consultation with OPCPR: a common agenda"
    assert len(rows) == 6
    assert rows[0]["start"] == "2026-10-06T14:00:00-04:00"
    workshop = next(r for r in rows if r["kind"] == "workshop")
    assert workshop["invited"] == 28
    contacts = cli("contacts", "list", "--json", db=pg_url)
    assert contacts.code == 0, contacts.err
    people = contacts.json()
    assert len(people) == 28
    assert any("Шевченко" in str(p) for p in people)
    assert any("أحمد" in str(p) for p in people)
    detail = cli("events", "show", str(workshop["id"]), "--json", db=pg_url)
    assert detail.code == 0 and detail.json()["timezone"] == "Europe/Istanbul"


def test_budget_on_the_server(cli, pg_url: str) -> None:
    assert cli("demo", db=pg_url).code == 0
    result = cli("programme", "budget", "--json", db=pg_url)
    assert result.code == 0, result.err
    budget = result.json()
    assert budget["totals"] == {"USD": "430000.00"}
    assert [s["agrees"] for s in budget["stated_totals"]] == [False, False, False]


def test_second_save_of_the_same_event_is_told_not_silently_lost(pg_url: str) -> None:
    from tests.services.test_locking import SCENARIOS

    for scenario in SCENARIOS:
        scenario(pg_url)


def test_deleting_or_cancelling_what_a_colleague_changed_is_refused(pg_url: str) -> None:
    from tests.services.test_delete_conflicts import SCENARIOS

    for scenario in SCENARIOS:
        scenario(pg_url)


def test_two_laptops_at_the_door_on_the_server(pg_url: str) -> None:
    from tests.services.test_checkin_versions import SCENARIOS

    for scenario in SCENARIOS:
        scenario(pg_url)


def test_one_organisation_per_name_on_the_server(pg_url: str) -> None:
    from tests.services.test_organisation_names import SCENARIOS

    for scenario in SCENARIOS:
        scenario(pg_url)


def test_a_cli_change_in_another_process_is_noticed_on_the_server(pg_url: str) -> None:
    from tests.services.test_locking import cli_change_in_another_process

    cli_change_in_another_process(pg_url)


def test_copy_sqlite_to_postgresql_and_back_gives_equal_data(cli, demo_db, db_path: Path,
                                                             pg_url: str, tmp_path: Path) -> None:
    from organiser.services.transfer import table_contents

    to_server = cli("copy", "--from", str(db_path), "--to", pg_url, db=None)
    assert to_server.code == 0, to_server.err
    back = tmp_path / "back.sqlite"
    to_file = cli("copy", "--from", pg_url, "--to", str(back), db=None)
    assert to_file.code == 0, to_file.err
    server = open_database(pg_url)
    returned = open_database(back)
    try:
        original = table_contents(demo_db)
        assert sum(len(rows) for rows in original.values()) > 250
        assert table_contents(server) == original
        assert table_contents(returned) == original
        # the server's id counters continue after the copied ids
        with server.transaction() as session:
            new_id = session.execute(text(
                "INSERT INTO tag (name) VALUES ('After the copy') RETURNING id")).scalar()
        assert new_id == max(r[0] for r in original["tag"]) + 1
    finally:
        server.close()
        returned.close()


def test_copy_refuses_a_server_database_that_holds_data(cli, demo_db, db_path: Path,
                                                        pg_url: str) -> None:
    assert cli("demo", db=pg_url).code == 0
    result = cli("copy", "--from", str(db_path), "--to", pg_url, db=None)
    assert result.code == 1
    assert result.err.startswith("organiser: error:")
    assert "already holds data" in result.err


@pytest.mark.parametrize("target", ["postgresql+psycopg://nobody@127.0.0.1:1/none"])
def test_unreachable_server_is_one_line_error(cli, target: str) -> None:
    result = cli("events", "list", db=target)
    assert result.code == 1
    assert result.err.startswith("organiser: error:")
    assert "Traceback" not in result.err


def test_the_window_notices_commits_on_the_server(pg_url: str) -> None:
    from tests.core.test_changes import another_process_and_this_one

    another_process_and_this_one(pg_url, quiet_when_unchanged=False)


def test_plain_reads_give_the_same_rows_on_the_server(pg_db, demo_db) -> None:
    """The bulk reads (services/bulk.py: the driver's own values, no result type processing)
    give the same rows from psycopg's objects as from SQLite's text: dates, instants, enums."""
    import datetime as dt

    from organiser.services.demo import build_demo
    from organiser.services.nextsteps import list_next_steps
    from organiser.services.people import list_people
    from organiser.services.programme import lines_of_action
    from organiser.services.sync import record
    from organiser.services.sync_state import sync_status

    build_demo(pg_db)
    today = dt.date(2026, 11, 20)

    def steps(db):  # type: ignore[no-untyped-def]
        return [(r.text, r.owner_name, r.organisation_name, r.event_title, r.event_start,
                 r.line_of_action, r.due_date, r.status, r.search_key)
                for r in list_next_steps(db, today=today)]

    server, local = steps(pg_db), steps(demo_db)
    assert server == local and server
    assert all(isinstance(r[4], dt.datetime) and r[4].tzinfo is dt.UTC for r in server if r[4])
    assert [(p.name, p.emails, p.tags, p.search_key) for p in list_people(pg_db)] == \
        [(p.name, p.emails, p.tags, p.search_key) for p in list_people(demo_db)]
    assert [(line.name, line.done, line.open, line.overdue)
            for line in lines_of_action(pg_db, today=today)] == \
        [(line.name, line.done, line.open, line.overdue)
         for line in lines_of_action(demo_db, today=today)]
    record(pg_db, "fetch", "3 replies", reached=False)
    status = sync_status(pg_db)
    assert status.online is False and status.last_fetch is not None
    assert status.last_fetch.summary == "3 replies" and status.last_fetch.at.tzinfo is not None


def test_the_split_read_of_next_steps_gives_the_same_rows_on_the_server(pg_db, demo_db) -> None:
    """read_next_steps reads each table on its own and joins in Python: on the server too, its
    rows, choices and owners are the five-join query's and the reads' before it, and the
    same as SQLite's for the same data (psycopg's dates and instants, not SQLite's text)."""
    import dataclasses

    from organiser.services.demo import build_demo
    from organiser.services.nextsteps import NextStepRow, read_next_steps
    from tests.services.nextsteps_data import add_every_kind
    from tests.services.test_nextsteps_read import assert_same_as_reference, every_field

    build_demo(pg_db)
    for db in (pg_db, demo_db):
        add_every_kind(db)
        assert_same_as_reference(db)
    server, local = read_next_steps(pg_db), read_next_steps(demo_db)

    def written_alike(row):  # type: ignore[no-untyped-def]
        return tuple(v for n, v in zip(fields, every_field(row), strict=True)
                     if n != "updated_at")  # (when each database was written)

    fields = [f.name for f in dataclasses.fields(NextStepRow)]
    assert [written_alike(r) for r in server.steps] == [written_alike(r) for r in local.steps]
    assert server.choices == local.choices and server.owners == local.owners
