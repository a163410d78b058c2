"""Creating, editing, duplicating and cancelling events; invitation lists and counts."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest


def _event(db: Any) -> int:
    from organiser.services.events import create_event

    return create_event(db, title="  Consultation\nwith  partners ", kind="consultation",
                        start=dt.datetime(2026, 12, 8, 13, 0), end="2026-12-08T15:00",
                        timezone="Europe/Paris", venue="Paris")


def test_create_stores_instants_and_keeps_wall_times(demo_db: Any) -> None:
    from organiser.services.events import event_details, event_form_values

    event_id = _event(demo_db)
    details = event_details(demo_db, event_id)
    assert details["title"] == "Consultation with partners"
    assert details["start"] == "2026-12-08T13:00:00+01:00"
    assert details["sequence"] == 0 and details["uid"].endswith("@organiser")
    form = event_form_values(demo_db, event_id)
    assert form["start"] == dt.datetime(2026, 12, 8, 13, 0)


def test_changing_the_zone_keeps_the_wall_time(demo_db: Any) -> None:
    from organiser.services.events import event_details, update_event

    event_id = _event(demo_db)
    change = update_event(demo_db, event_id, timezone="America/Sao_Paulo")
    assert change.bumped and set(change.changed) == {"timezone", "start", "end"}
    assert event_details(demo_db, event_id)["start"] == "2026-12-08T13:00:00-03:00"


def test_duplicate_makes_a_fresh_draft_with_the_same_invitees(demo_db: Any) -> None:
    from organiser.services.events import duplicate_event, event_details

    copy_id = duplicate_event(demo_db, 5, start="2027-05-11T09:00")
    source, copy = event_details(demo_db, 5), event_details(demo_db, copy_id)
    assert copy["uid"] != source["uid"] and copy["sequence"] == 0
    assert copy["status"] == "draft" and copy["title"].endswith("(copy)")
    assert copy["start"] == "2027-05-11T09:00:00+03:00"
    assert [i["email"] for i in copy["invitations"]] == \
        [i["email"] for i in source["invitations"]]
    assert {i["reply"] for i in copy["invitations"]} == {"needs action"}
    assert len(copy["agenda"]) == len(source["agenda"])
    first = dt.datetime.fromisoformat(copy["agenda"][0]["start"])
    assert first.astimezone(ZoneInfo("Europe/Istanbul")).strftime("%H:%M") == "09:00"


def test_cancel_twice_is_refused(demo_db: Any) -> None:
    from organiser.core.errors import InputError
    from organiser.services.events import cancel_event

    event_id = _event(demo_db)
    assert cancel_event(demo_db, event_id).sequence == 1
    with pytest.raises(InputError, match="already cancelled"):
        cancel_event(demo_db, event_id)


def test_invitation_list_counts_and_local_times(demo_db: Any) -> None:
    from organiser.core.enums import Reply, Role
    from organiser.services.invitations import (
        count_invitations,
        invite,
        list_invitations,
        set_reply,
        set_role,
    )

    event_id = _event(demo_db)
    invite(demo_db, event_id, tags=["ITAG"])
    invite(demo_db, event_id, emails=["luiza.araujo@ibcp.example"], role="chair")
    rows = {r.email: r for r in list_invitations(demo_db, event_id)}
    # 13:00 in Paris is 21:00 in Tokyo and 09:00 in São Paulo
    assert rows["a.tanaka@itag.example"].local_start.strftime("%H:%M %Z") == "21:00 JST"
    assert rows["luiza.araujo@ibcp.example"].local_start.strftime("%H:%M") == "09:00"
    set_reply(demo_db, rows["k.asante@itag.example"].id, "accepted", "Yes")
    set_role(demo_db, rows["k.asante@itag.example"].id, "observer")
    counts = count_invitations(list_invitations(demo_db, event_id))
    assert counts.total == 3
    assert counts.by_reply[Reply.ACCEPTED] == 1 and counts.by_reply[Reply.NEEDS_ACTION] == 2
    assert counts.by_role[Role.CHAIR] == 1 and counts.by_role[Role.OBSERVER] == 1
    assert "1 accepted" in counts.summary() and "1 chair" in counts.summary()


def test_removed_then_invited_again_is_no_longer_removed(demo_db: Any) -> None:
    from organiser.services.invitations import invite, removed_invitees, uninvite

    event_id = _event(demo_db)
    invite(demo_db, event_id, emails=["k.asante@itag.example", "a.tanaka@itag.example"])
    uninvite(demo_db, event_id, ["k.asante@itag.example"])
    assert [r.email for r in removed_invitees(demo_db, event_id)] == ["k.asante@itag.example"]
    invite(demo_db, event_id, emails=["K.Asante@itag.example"])
    assert removed_invitees(demo_db, event_id) == []
