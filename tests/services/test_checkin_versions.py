"""Check-in carries a version (migration 0011): two laptops at the door, or the app and a
colleague's window on the same database, never overwrite each other's check-in unseen.

Checking in is idempotent: two people checking in the same person agree, and the first time
stays. Marking another status over a change the screen did not show, and an undo of a mark a
colleague changed since, are refused with the one conflict message. The same scenarios run on
PostgreSQL (tests/postgres).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from organiser.core.enums import AttendanceStatus
from organiser.core.errors import ConflictError
from organiser.core.locking import FIRST_VERSION, conflict_message
from organiser.core.models import Attendance, Person
from organiser.core.storage import Database
from organiser.services import live
from tests.services.test_locking import REFUSED, _workshop, two_coordinators

AT_NINE = dt.datetime(2027, 2, 9, 6, 0, tzinfo=dt.UTC)


def _stored(db: Database, event_id: int, person_id: int) -> tuple[object, object, int] | None:
    with db.session() as session:
        att = session.scalars(select(Attendance).where(
            Attendance.event_id == event_id, Attendance.person_id == person_id)).one_or_none()
        return (att.status, att.checked_in_at, att.version) if att else None


def _refused(call: Callable[[], object], name: str) -> None:
    with pytest.raises(ConflictError) as info:
        call()
    assert str(info.value) == conflict_message(f"check-in of “{name}”")
    assert REFUSED in str(info.value)


def two_laptops_at_the_door(target: str) -> None:
    with two_coordinators(target) as (a, b):
        event_id = _workshop(a)
        ana, kwame, *_ = live.roster(a, event_id)  # both laptops show nobody checked in
        assert ana.version == live.NO_ROW and ana.status is None
        # both check Ana in: the same fact, no conflict; the first time stays
        first = live.mark(a, event_id, ana.person_id, AttendanceStatus.PRESENT, now=AT_NINE,
                          expected_version=ana.version)
        again = live.mark(b, event_id, ana.person_id, AttendanceStatus.PRESENT,
                          now=AT_NINE + dt.timedelta(minutes=3), expected_version=ana.version)
        assert first.version == again.version == FIRST_VERSION
        assert again.previous == (AttendanceStatus.PRESENT, AT_NINE)
        assert _stored(a, event_id, ana.person_id) == (AttendanceStatus.PRESENT, AT_NINE,
                                                       FIRST_VERSION)
        # B's undo of its (idempotent) check-in does not take back A's
        live.restore_status(b, event_id, ana.person_id, *again.previous,
                            expected_version=again.version)
        assert _stored(a, event_id, ana.person_id) is not None

        # A's laptop still shows Kwame as not here; B has checked him in: A's "apologies"
        # from that stale line is refused (he came), and the screen reads him again
        live.mark(b, event_id, kwame.person_id, AttendanceStatus.LATE, now=AT_NINE)
        _refused(lambda: live.mark(a, event_id, kwame.person_id, AttendanceStatus.APOLOGIES,
                                   expected_version=kwame.version), kwame.name)
        assert _stored(a, event_id, kwame.person_id)[0] is AttendanceStatus.LATE  # type: ignore[index]
        shown = live.roster_row(a, event_id, kwame.person_id)
        assert shown is not None and shown.status is AttendanceStatus.LATE
        # another status decided on the line A now shows goes through
        live.mark(a, event_id, kwame.person_id, AttendanceStatus.PRESENT,
                  expected_version=shown.version)


def undo_over_a_colleagues_change(target: str) -> None:
    with two_coordinators(target) as (a, b):
        event_id = _workshop(a)
        ana = live.roster(a, event_id)[0]
        done = live.mark(a, event_id, ana.person_id, AttendanceStatus.PRESENT, now=AT_NINE,
                         expected_version=ana.version)
        # B sees her leave at noon
        seen = live.roster_row(b, event_id, ana.person_id)
        assert seen is not None
        live.mark(b, event_id, ana.person_id, AttendanceStatus.LEFT_EARLY,
                  expected_version=seen.version)
        # A's Ctrl+Z (meant for the check-in A just made) would make her "not here"
        _refused(lambda: live.restore_status(a, event_id, ana.person_id, *done.previous,
                                             expected_version=done.version), ana.name)
        stored = _stored(a, event_id, ana.person_id)
        assert stored is not None and stored[:2] == (AttendanceStatus.LEFT_EARLY, AT_NINE)

        # a walk-in added by A, marked left early by B, then A's undo of the walk-in
        person_id = live.add_walk_in(a, event_id, "Nadia Benali", "Procurement Watch Network",
                                     "nadia@pwn.example")
        row = live.roster_row(b, event_id, person_id)
        assert row is not None and row.version == FIRST_VERSION
        live.mark(b, event_id, person_id, AttendanceStatus.LEFT_EARLY,
                  expected_version=row.version)
        _refused(lambda: live.remove_walk_in(a, event_id, person_id,
                                             expected_version=FIRST_VERSION), "Nadia Benali")
        with a.session() as session:
            assert session.get(Person, person_id) is not None
        assert _stored(a, event_id, person_id)[0] is AttendanceStatus.LEFT_EARLY  # type: ignore[index]


def race_inside_one_transaction(target: str) -> None:
    """B commits between A's read and A's write in one unit of work: the UPDATE ... WHERE
    version = ? matches nothing and A's transaction is refused, naming the check-in."""
    with two_coordinators(target) as (a, b):
        event_id = _workshop(a)
        ana = live.roster(a, event_id)[0]
        live.mark(a, event_id, ana.person_id, AttendanceStatus.PRESENT, now=AT_NINE)
        with pytest.raises(ConflictError) as info, a.transaction() as mine:
            att = mine.scalars(select(Attendance).where(
                Attendance.event_id == event_id,
                Attendance.person_id == ana.person_id)).one()
            with b.transaction() as theirs:
                other = theirs.scalars(select(Attendance).where(
                    Attendance.event_id == event_id,
                    Attendance.person_id == ana.person_id)).one()
                other.status = AttendanceStatus.LEFT_EARLY
            att.status = AttendanceStatus.ABSENT
        assert REFUSED in str(info.value)
        assert _stored(a, event_id, ana.person_id)[0] is AttendanceStatus.LEFT_EARLY  # type: ignore[index]


SCENARIOS = [two_laptops_at_the_door, undo_over_a_colleagues_change,
             race_inside_one_transaction]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
def test_on_one_sqlite_file(scenario: Callable[[str], None], db_path: Path) -> None:
    scenario(str(db_path))


def test_marking_without_a_version_still_moves_it(demo_db: Database) -> None:
    """Marks made with no version (None: not checked) still move it, so an open laptop
    notices them; marking what is already stored does not."""
    event_id = _workshop(demo_db)
    ana = live.roster(demo_db, event_id)[0]
    live.set_status(demo_db, event_id, ana.person_id, AttendanceStatus.PRESENT)
    live.set_status(demo_db, event_id, ana.person_id, AttendanceStatus.PRESENT)
    assert _stored(demo_db, event_id, ana.person_id)[2] == FIRST_VERSION  # type: ignore[index]
    live.set_status(demo_db, event_id, ana.person_id, AttendanceStatus.LATE)
    assert _stored(demo_db, event_id, ana.person_id)[2] == FIRST_VERSION + 1  # type: ignore[index]
    row = live.roster_row(demo_db, event_id, ana.person_id)
    assert row is not None and row.version == FIRST_VERSION + 1
