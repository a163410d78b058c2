"""A database from before check-ins had a version (the migration after BEFORE): check-ins
and a walk-in as they were stored, and what the app must find once it is upgraded (used on
SQLite and on PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from organiser import migrations

BEFORE = "0010"  # the revision the attendance migration upgrades from
NOW = "2026-11-01 09:00:00"
PEOPLE = {1: ("Олена", "Шевченко"), 2: ("Kwame", "Mensah"), 3: ("Nadia", "Benali")}
# (id, person, status, checked in at, walk-in)
ATTENDANCE = [
    (1, 1, "present", "2026-12-08 08:55:00", False),
    (2, 2, "apologies", None, False),
    (3, 3, "left early", "2026-12-08 09:20:00", True),
]


def fill_before(connection: Connection) -> None:
    """Migrate an empty database to BEFORE and store the rows above."""
    migrations.upgrade(connection, BEFORE)
    connection.execute(sa.text(
        "INSERT INTO event (id, title, kind, start, \"end\", timezone, venue, address, "
        "online_url, description, language, status, uid, sequence, minutes_status, version, "
        "created_at, updated_at, time_place_sequence) VALUES (1, 'Workshop', 'workshop', "
        "'2026-12-08 09:00:00', '2026-12-08 17:00:00', 'Europe/Istanbul', '', '', '', '', "
        "'en', 'held', 'legacy-1@organiser', 0, 'draft', 1, :now, :now, 0)"), {"now": NOW})
    connection.execute(sa.text(
        "INSERT INTO person (id, given_name, family_name, display_name, latin_name, job_title, "
        "country, timezone, language, phone, notes, version, created_at, updated_at) VALUES "
        "(:id, :given, :family, '', '', '', '', '', '', '', '', 1, :now, :now)"),
        [{"id": pid, "given": given, "family": family, "now": NOW}
         for pid, (given, family) in PEOPLE.items()])
    connection.execute(sa.text(
        "INSERT INTO attendance (id, event_id, person_id, status, checked_in_at, walk_in, note) "
        "VALUES (:id, 1, :person, :status, :at, :walk_in, '')"),
        [{"id": i, "person": p, "status": s, "at": at, "walk_in": w}
         for i, p, s, at, w in ATTENDANCE])


def check_upgraded(db: Any) -> None:
    """Every stored check-in is at version 1 with nothing else changed; marks then work as on
    a new database: idempotent, versioned, refused over a change not seen."""
    from organiser.core.enums import AttendanceStatus
    from organiser.core.errors import ConflictError
    from organiser.services import live

    with db.engine.connect() as connection:
        rows = connection.execute(sa.text(
            "SELECT id, person_id, status, walk_in, version FROM attendance ORDER BY id")).all()
    assert [(r[0], r[1], r[2], bool(r[3]), r[4]) for r in rows] == [
        (i, p, s, w, 1) for i, p, s, _at, w in ATTENDANCE]
    roster = {r.person_id: r for r in live.roster(db, 1)}
    assert roster[1].status is AttendanceStatus.PRESENT and roster[1].version == 1
    first_time = dt.datetime(2026, 12, 8, 8, 55, tzinfo=dt.UTC)
    again = live.mark(db, 1, 1, AttendanceStatus.PRESENT, expected_version=roster[1].version)
    assert again.version == 1 and again.previous == (AttendanceStatus.PRESENT, first_time)
    moved = live.mark(db, 1, 2, AttendanceStatus.LATE, expected_version=roster[2].version)
    assert moved.version == 2
    with pytest.raises(ConflictError):
        live.mark(db, 1, 2, AttendanceStatus.ABSENT, expected_version=roster[2].version)


def check_downgraded(connection: Connection) -> None:
    columns = {c["name"] for c in sa.inspect(connection).get_columns("attendance")}
    assert "version" not in columns
    assert connection.execute(sa.text("SELECT count(*) FROM attendance")).scalar_one() == 3
