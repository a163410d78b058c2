"""Minutes sign-off: draft, approved (who, when), read-only, a new version with a note."""

from __future__ import annotations

import datetime as dt

import pytest

from organiser.core.enums import MinutesStatus
from organiser.core.errors import InputError, NotFoundError
from organiser.core.storage import Database
from organiser.services.minutes import (
    approve_minutes,
    ensure_minutes_editable,
    minutes_state,
    start_new_version,
)


def test_draft_then_approved_then_a_new_version(demo_db: Database) -> None:
    state = minutes_state(demo_db, 1)
    assert state.status is MinutesStatus.DRAFT and state.editable and state.revisions == []
    when = dt.datetime(2026, 10, 8, 15, 0, tzinfo=dt.UTC)
    state = approve_minutes(demo_db, 1, "  Sarah\nWhitfield ", when=when)
    assert state.approved and not state.editable
    assert [(r.number, r.approved_by, r.approved_at) for r in state.revisions] == [
        (1, "Sarah Whitfield", when)]
    assert state.describe() == "Approved (version 1) by Sarah Whitfield on 08 Oct 2026"
    with demo_db.session() as session, pytest.raises(InputError, match="read-only"):
        ensure_minutes_editable(session, 1)
    with pytest.raises(InputError, match="already approved"):
        approve_minutes(demo_db, 1, "Someone else")

    state = start_new_version(demo_db, 1)
    assert state.status is MinutesStatus.DRAFT and state.next_number == 2
    with demo_db.session() as session:
        ensure_minutes_editable(session, 1)  # editable again
    with pytest.raises(InputError, match="version 2 needs a note") as info:
        approve_minutes(demo_db, 1, "Sarah Whitfield")
    assert info.value.field == "change note"
    state = approve_minutes(demo_db, 1, "Rafael Ortiz Peña",
                            change_note="Decision 1 reworded after OPCPR comments")
    assert [r.number for r in state.revisions] == [1, 2]
    assert state.revisions[-1].change_note == "Decision 1 reworded after OPCPR comments"


def test_refusals(demo_db: Database) -> None:
    with pytest.raises(InputError, match="who approves"):
        approve_minutes(demo_db, 1, "   ")
    with pytest.raises(InputError, match="already a draft"):
        start_new_version(demo_db, 1)
    with pytest.raises(NotFoundError):
        minutes_state(demo_db, 999)


def test_approved_minutes_refuse_every_live_change(demo_db: Database) -> None:
    from organiser.services import live
    from organiser.services.events import event_details

    first_item = event_details(demo_db, 1)["agenda"][0]["id"]
    decision = live.add_decision(demo_db, 1, "Agreed before approval")
    step = live.add_next_step(demo_db, 1, "Do it", owner_name="OPCPR")
    approve_minutes(demo_db, 1, "Sarah Whitfield")
    for change in (lambda: live.save_minutes(demo_db, first_item, "changed"),
                   lambda: live.add_decision(demo_db, 1, "late"),
                   lambda: live.delete_decision(demo_db, decision),
                   lambda: live.add_next_step(demo_db, 1, "late"),
                   lambda: live.delete_next_step(demo_db, step)):
        with pytest.raises(InputError, match="approved"):
            change()
    start_new_version(demo_db, 1)
    live.delete_decision(demo_db, decision)
