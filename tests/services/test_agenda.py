"""Agenda service: start times from the day's start and durations, reorder, overrun, copies."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from organiser.core.enums import AgendaKind
from organiser.core.errors import InputError
from organiser.services import agenda

WORKSHOP = 5
IST = ZoneInfo("Europe/Istanbul")


def _local(instant: dt.datetime) -> str:
    return instant.astimezone(IST).strftime("%d %H:%M")


def test_demo_workshop_times_follow_durations(demo_db) -> None:
    view = agenda.get_agenda(demo_db, WORKSHOP)
    assert view.days == 2
    day1 = view.day_items(1)
    assert [_local(i.start) for i in day1[:4]] == ["09 09:00", "09 09:30", "09 10:00", "09 10:30"]
    assert _local(view.day_items(2)[0].start) == "10 09:00"
    assert view.overrun_days() == []


def test_reorder_move_and_overrun(demo_db) -> None:
    view = agenda.get_agenda(demo_db, WORKSHOP)
    day1 = [i.id for i in view.day_items(1)]
    agenda.reorder(demo_db, WORKSHOP, 1, [day1[1], day1[0], *day1[2:]])
    view = agenda.get_agenda(demo_db, WORKSHOP)
    assert [i.id for i in view.day_items(1)][:2] == [day1[1], day1[0]]
    assert _local(view.day_items(1)[0].start) == "09 09:00"
    assert _local(view.day_items(1)[1].start) == "09 09:30"
    # move the last item of day 2 to day 1: day 1 now runs past 17:00
    last = view.day_items(2)[-1]
    agenda.move_item(demo_db, last.id, 1, 0)
    view = agenda.get_agenda(demo_db, WORKSHOP)
    assert view.day_items(1)[0].id == last.id
    assert view.overrun_days() == []  # 450 + 30 = 480 minutes: ends exactly at 17:00
    agenda.add_item(demo_db, WORKSHOP, "Extra panel", kind=AgendaKind.DISCUSSION,
                    duration_minutes=45, day=1, position=3)
    view = agenda.get_agenda(demo_db, WORKSHOP)
    assert view.day_items(1)[3].title == "Extra panel"
    assert view.overrun_days() == [1]
    assert view.day_items(1)[-1].overruns_day
    with pytest.raises(InputError, match="every item"):
        agenda.reorder(demo_db, WORKSHOP, 1, [last.id])


def test_review_of_actions_lists_open_steps_of_earlier_events(demo_db) -> None:
    item_id = agenda.add_item(demo_db, 4, "Review of actions", kind=AgendaKind.REVIEW_OF_ACTIONS)
    row = agenda.get_agenda(demo_db, 4).item(item_id)
    texts = [a.text for a in row.actions]
    assert "Collect regional priorities in one table" in texts
    assert "Draft the indicative strategy note" not in texts  # done
    assert "Circulate the list of regional training institutes" in texts  # in progress
    workshop_review = next(i for i in agenda.get_agenda(demo_db, WORKSHOP).items
                           if i.kind is AgendaKind.REVIEW_OF_ACTIONS)
    assert len(workshop_review.actions) == 6


def test_copy_and_templates(demo_db) -> None:
    n = agenda.copy_agenda(demo_db, WORKSHOP, 6)
    view = agenda.get_agenda(demo_db, 6)
    assert n == 14 and len(view.items) == 14
    assert view.items[1].presenter == "Sarah Whitfield"
    assert view.items[0].start.astimezone(ZoneInfo("Europe/Paris")).hour == 9
    template = agenda.save_template(demo_db, WORKSHOP, "Two-day gathering")
    assert agenda.list_templates(demo_db) == [(template, "Two-day gathering", 14)]
    with pytest.raises(InputError, match="exists already"):
        agenda.save_template(demo_db, WORKSHOP, "Two-day gathering")
    agenda.apply_template(demo_db, template, 4)
    assert [i.title for i in agenda.get_agenda(demo_db, 4).items][:2] == [
        "Registration and coffee", "Welcome and objectives of the gathering"]
    # an agenda with minutes is not replaced
    with pytest.raises(InputError, match="minutes"):
        agenda.copy_agenda(demo_db, WORKSHOP, 1)


def test_delete_and_restore(demo_db) -> None:
    item = agenda.get_agenda(demo_db, WORKSHOP).day_items(1)[2]
    saved = agenda.delete_item(demo_db, item.id)
    assert item.id not in [i.id for i in agenda.get_agenda(demo_db, WORKSHOP).items]
    new_id = agenda.restore_item(demo_db, saved)
    assert agenda.get_agenda(demo_db, WORKSHOP).day_items(1)[2].id == new_id
    with pytest.raises(InputError, match="title"):
        agenda.update_item(demo_db, new_id, title="  ")
    agenda.update_item(demo_db, new_id, duration_minutes=60)
    assert _local(agenda.get_agenda(demo_db, WORKSHOP).day_items(1)[3].start) == "09 11:00"


def test_a_day_keeps_its_own_start_time_through_edits(demo_db) -> None:
    from organiser.services import events

    agenda.set_day_start(demo_db, WORKSHOP, 2, dt.time(8, 30))
    view = agenda.get_agenda(demo_db, WORKSHOP)
    day2 = view.day_items(2)
    assert [_local(i.start) for i in day2[:2]] == ["10 08:30", "10 10:00"]  # 90 minutes
    assert _local(view.day_starts[2]) == "10 08:30"
    assert _local(view.day_items(1)[0].start) == "09 09:00"  # day 1 is the event's start
    # the day's first item moves away, an item is added before all, one is deleted:
    # the day still starts at 08:30
    agenda.move_item(demo_db, day2[0].id, 1, 10_000)
    assert _local(agenda.get_agenda(demo_db, WORKSHOP).day_items(2)[0].start) == "10 08:30"
    new = agenda.add_item(demo_db, WORKSHOP, "Recap of day 1", day=2, position=0)
    assert _local(agenda.get_agenda(demo_db, WORKSHOP).day_items(2)[0].start) == "10 08:30"
    agenda.delete_item(demo_db, new)
    assert _local(agenda.get_agenda(demo_db, WORKSHOP).day_items(2)[0].start) == "10 08:30"
    # the event starting later moves day 1, not the day that has its own start
    events.update_event(demo_db, WORKSHOP, start=dt.datetime(2027, 2, 9, 9, 30))
    view = agenda.get_agenda(demo_db, WORKSHOP)
    assert _local(view.day_items(1)[0].start) == "09 09:30"
    assert _local(view.day_items(2)[0].start) == "10 08:30"
    with pytest.raises(InputError, match="day 1 starts when the event starts"):
        agenda.set_day_start(demo_db, WORKSHOP, 1, dt.time(8, 0))
    with pytest.raises(InputError, match="day 3 has no items"):
        agenda.set_day_start(demo_db, WORKSHOP, 3, dt.time(8, 0))


def test_days_without_their_own_start_follow_the_event(demo_db) -> None:
    from organiser.services import events

    events.update_event(demo_db, WORKSHOP, start=dt.datetime(2027, 2, 9, 9, 30))
    view = agenda.get_agenda(demo_db, WORKSHOP)
    assert _local(view.day_items(1)[1].start) == "09 10:00"
    assert _local(view.day_items(2)[0].start) == "10 09:30"


def test_snapshot_restore_brings_back_items_ids_links_and_order(demo_db) -> None:
    from organiser.services import live

    before = agenda.snapshot(demo_db, WORKSHOP)
    view = agenda.get_agenda(demo_db, WORKSHOP)
    first = view.items[0]
    decision = live.add_decision(demo_db, WORKSHOP, "Agreed", agenda_item_id=first.id)
    before = agenda.snapshot(demo_db, WORKSHOP)
    agenda.delete_item(demo_db, first.id)
    agenda.move_item(demo_db, view.items[1].id, 2, 0)
    agenda.set_day_start(demo_db, WORKSHOP, 2, dt.time(8, 0))
    after = agenda.snapshot(demo_db, WORKSHOP)
    agenda.restore(demo_db, WORKSHOP, before)
    assert agenda.snapshot(demo_db, WORKSHOP) == before
    assert [o.agenda_item_id for o in live.outcomes(demo_db, WORKSHOP)
            if o.id == decision] == [first.id]
    agenda.restore(demo_db, WORKSHOP, after)
    assert agenda.snapshot(demo_db, WORKSHOP) == after
    assert _local(agenda.get_agenda(demo_db, WORKSHOP).day_items(2)[0].start) == "10 08:00"
