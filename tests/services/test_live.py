"""Live service: check-in by folded search, walk-ins, the timer shifting the day, outcomes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from organiser.core.enums import AttendanceStatus, MinutesStatus, NextStepStatus
from organiser.core.errors import InputError
from organiser.core.models import Attendance, Event, Invitation, NextStep, Person
from organiser.services import agenda, live

WORKSHOP = 5
IST = ZoneInfo("Europe/Istanbul")


def test_search_ignores_accents_case_and_script(demo_db) -> None:
    rows = live.roster(demo_db, WORKSHOP)
    assert len(rows) == 28
    assert [r.name for r in live.search(rows, "ostergard")] == ["Henrik Østergård"]
    assert [r.name for r in live.search(rows, "ELODIE mar")] == ["Élodie Marchand"]
    assert [r.name for r in live.search(rows, "tanaka")] == ["田中明子"]
    assert [r.name for r in live.search(rows, "олен")] == ["Олена Шевченко"]
    assert len(live.search(rows, "")) == 28


def test_status_walk_in_and_counts(demo_db) -> None:
    rows = live.roster(demo_db, WORKSHOP)
    olena = live.search(rows, "shevchenko")[0]
    assert live.set_status(demo_db, WORKSHOP, olena.person_id, AttendanceStatus.PRESENT) == \
        (None, None)
    assert live.counts(demo_db, WORKSHOP).label() == "1 present of 28 invited"
    previous = live.set_status(demo_db, WORKSHOP, olena.person_id, AttendanceStatus.LATE)
    assert previous[0] is AttendanceStatus.PRESENT and previous[1] is not None
    person_id = live.add_walk_in(demo_db, WORKSHOP, "Nadia Benali", "Procurement Watch Network",
                                 "nadia@pwn.example")
    counts = live.counts(demo_db, WORKSHOP)
    assert (counts.present, counts.walk_ins) == (2, 1)
    walk_in = next(r for r in live.roster(demo_db, WORKSHOP) if r.person_id == person_id)
    assert walk_in.walk_in and walk_in.organisation == "Procurement Watch Network"
    assert not walk_in.invited
    with pytest.raises(InputError, match="already"):
        live.add_walk_in(demo_db, WORKSHOP, "N. Benali", email="NADIA@pwn.example")
    with pytest.raises(InputError, match="name"):
        live.add_walk_in(demo_db, WORKSHOP, "   ")
    live.remove_walk_in(demo_db, WORKSHOP, person_id)
    with demo_db.session() as session:
        assert session.get(Person, person_id) is None
    live.restore_status(demo_db, WORKSHOP, olena.person_id, None, None)
    assert live.counts(demo_db, WORKSHOP).present == 0


def test_timer_records_real_times_and_shifts_the_day(demo_db) -> None:
    day1 = agenda.get_agenda(demo_db, WORKSHOP).day_items(1)
    t0 = dt.datetime(2027, 2, 9, 9, 5, tzinfo=IST)
    assert live.next_item(demo_db, WORKSHOP, now=t0) == day1[0].id
    t1 = t0 + dt.timedelta(minutes=45)  # registration over-ran by 15 minutes
    assert live.next_item(demo_db, WORKSHOP, now=t1) == day1[1].id
    view = agenda.get_agenda(demo_db, WORKSHOP)
    first, second, third = view.day_items(1)[:3]
    assert first.actual_start == t0 and first.actual_end == t1
    assert second.running and second.actual_start == t1
    assert third.forecast_start.astimezone(IST).strftime("%H:%M") == "10:20"
    assert third.start.astimezone(IST).strftime("%H:%M") == "10:00"  # the plan stays
    assert view.day_items(1)[-1].forecast_end.astimezone(IST).strftime("%H:%M") == "16:50"
    assert not view.day_items(1)[-1].expected_overruns_day
    live.next_item(demo_db, WORKSHOP, now=t1 + dt.timedelta(minutes=45))  # 15 more minutes
    last = agenda.get_agenda(demo_db, WORKSHOP).day_items(1)[-1]
    assert last.expected_overruns_day and not last.overruns_day  # ends 17:05, planned 16:30
    state = live.timer_state(demo_db, WORKSHOP)
    live.start_item(demo_db, view.day_items(1)[5].id, now=t1 + dt.timedelta(minutes=50))
    live.restore_timer(demo_db, WORKSHOP, state)
    assert agenda.get_agenda(demo_db, WORKSHOP).day_items(1)[2].running


def test_minutes_decisions_next_steps(demo_db) -> None:
    item = agenda.get_agenda(demo_db, WORKSHOP).items[3]
    live.save_minutes(demo_db, item.id, "Grace opened.\r\nKenya and Ghana spoke.")
    assert agenda.get_agenda(demo_db, WORKSHOP).items[3].minutes == \
        "Grace opened.\nKenya and Ghana spoke."
    owners = live.owner_choices(demo_db, WORKSHOP)
    akiko = next(o for o in owners if o.person_id and "tanaka" in o.key)
    step_id = live.add_next_step(demo_db, WORKSHOP, "Map e-procurement pilots", owner=akiko,
                                 due_date=live.parse_due_date("2027-03-31"),
                                 agenda_item_id=item.id)
    decision_id = live.add_decision(demo_db, WORKSHOP, "Curriculum first",
                                    agenda_item_id=item.id)
    with demo_db.session() as session:
        step = session.get(NextStep, step_id)
        assert step.owner_name == "田中明子" and step.due_date == dt.date(2027, 3, 31)
        assert [(h.old_status, h.new_status) for h in step.history] == [
            (None, NextStepStatus.OPEN)]
    assert [o.kind for o in live.outcomes(demo_db, WORKSHOP)] == ["decision", "next step"]
    live.delete_decision(demo_db, decision_id)
    with demo_db.transaction() as session:
        session.scalars(select(Event).where(Event.id == WORKSHOP)).one().minutes_status = \
            MinutesStatus.APPROVED
    with pytest.raises(InputError, match="approved"):
        live.save_minutes(demo_db, item.id, "changed")


@pytest.mark.parametrize(("text", "expected"), [
    ("2027-03-31", dt.date(2027, 3, 31)), ("31/03/2027", dt.date(2027, 3, 31)),
    ("31.3.2027", dt.date(2027, 3, 31)), ("31 March 2027", dt.date(2027, 3, 31)),
    ("Mar 31, 2027", dt.date(2027, 3, 31)), ("", None)])
def test_due_dates(text: str, expected: dt.date | None) -> None:
    assert live.parse_due_date(text) == expected


def test_bad_due_dates() -> None:
    with pytest.raises(InputError, match="due date"):
        live.parse_due_date("2027-02-30")
    with pytest.raises(InputError, match="2027-03-31"):
        live.parse_due_date("next week")


def test_live_mode_never_rewrites_the_planned_agenda(demo_db, tmp_path) -> None:
    """F9 at any time of day (here a rehearsal a day early) leaves the plan as it was."""
    from organiser.services.documents import render_document
    from tests.exporters.pdf_support import normalise, pdf_text

    before = agenda.get_agenda(demo_db, WORKSHOP)
    planned = [(i.id, i.start, i.end) for i in before.items]
    overrun = before.overrun_days()
    clock = dt.datetime(2027, 2, 8, 12, 50, tzinfo=IST)
    for _ in range(3):
        live.next_item(demo_db, WORKSHOP, now=clock)
        clock += dt.timedelta(minutes=1)
    after = agenda.get_agenda(demo_db, WORKSHOP)
    assert [(i.id, i.start, i.end) for i in after.items] == planned
    assert after.overrun_days() == overrun
    starts = [i.start for i in after.day_items(1)]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)  # no overlap
    assert after.day_items(1)[0].actual_start == dt.datetime(2027, 2, 8, 12, 50, tzinfo=IST)
    # the agenda PDF and the minutes' "Planned" column print the plan
    first = after.day_items(1)[0]
    plan = f"{first.start.astimezone(IST):%H:%M}–{first.end.astimezone(IST):%H:%M}"
    third = after.day_items(1)[2]
    plan3 = f"{third.start.astimezone(IST):%H:%M}–{third.end.astimezone(IST):%H:%M}"
    for kind in ("agenda", "minutes"):
        text = normalise(pdf_text(render_document(demo_db, kind, WORKSHOP), tmp_path))
        assert plan in text and plan3 in text, kind
        assert "13:52" not in text and "13:22" not in text, kind


def test_a_line_read_after_a_check_in_is_the_line_of_the_roster(demo_db) -> None:
    """One person's line and the counts, read together after a check-in, are those a whole
    read of the roster gives: invited or not, checked in or not, a walk-in, off the list."""
    rows = live.roster(demo_db, WORKSHOP)
    olena = live.search(rows, "shevchenko")[0]
    live.set_status(demo_db, WORKSHOP, olena.person_id, AttendanceStatus.LATE)
    live.set_status(demo_db, WORKSHOP, rows[1].person_id, AttendanceStatus.APOLOGIES)
    walk_in = live.add_walk_in(demo_db, WORKSHOP, "Nadia Benali", "Procurement Watch Network",
                               "nadia@pwn.example")
    rows = live.roster(demo_db, WORKSHOP)
    counts = live.counts(demo_db, WORKSHOP)
    assert (counts.present, counts.walk_ins, counts.apologies) == (2, 1, 1)
    for row in rows:
        line, now = live.person_now(demo_db, WORKSHOP, row.person_id)
        assert line is not None
        assert (line, line.version, line.order) == (row, row.version, row.order)
        assert now == counts
    assert {r.person_id for r in rows} >= {olena.person_id, walk_in}
    with demo_db.session() as session:
        other = session.scalars(select(Invitation.event_id).where(
            Invitation.event_id.not_in(select(Attendance.event_id)))
            .order_by(Invitation.event_id)).first()
    assert other is not None
    empty = live.counts(demo_db, other)  # nobody marked: the invitations are still counted
    assert empty.present == 0 and empty.invited == len(live.roster(demo_db, other)) > 0
    elsewhere = live.add_walk_in(demo_db, other, "Ingrid Solberg", "", "ingrid@example.org")
    assert live.person_now(demo_db, WORKSHOP, elsewhere) == (None, counts)
