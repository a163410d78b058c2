"""Calendar files: iTIP REQUEST and CANCEL, the PUBLISH feed, parsed back by two parsers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.exporters.ics_support import COORDINATOR, lines, radicale_server, set_coordinator


@pytest.fixture(autouse=True)
def coordinator() -> None:
    set_coordinator()


def _icalendar(data: bytes) -> Any:
    from icalendar import Calendar

    return Calendar.from_ical(data)


def _vobject(data: bytes) -> Any:
    import vobject

    return vobject.readOne(data.decode("utf-8"))


def _workshop(db: Any, **extra: Any) -> int:
    from organiser.services.events import create_event

    values: dict[str, Any] = {
        "title": "Information sharing; institutes, \"curriculum\"", "kind": "information sharing",
        "start": "2026-12-08T13:00", "end": "2026-12-08T15:00", "timezone": "Europe/Paris",
        "venue": "OECD Conference Centre", "address": "2 rue André Pascal\n75016 Paris",
        "online_url": "https://meet.example/institutes",
        "description": "Line one.\nLine two, with a comma; and a semicolon \\ backslash.",
    }
    values.update(extra)
    return create_event(db, **values)


def _invite_demo_people(db: Any, event_id: int) -> None:
    from organiser.services.invitations import invite

    invite(db, event_id, emails=["s.whitfield@bank.example"], role="chair")
    invite(db, event_id, tags=["Regional institutes network"])
    invite(db, event_id, emails=["k.asante@itag.example"], role="optional")
    invite(db, event_id, emails=["mc.reyes@pwn.example"], role="observer")


def test_request_carries_everything_a_client_needs(demo_db: Any) -> None:
    from organiser.services.calendar_files import request_calendar
    from organiser.services.events import event_details

    event_id = _workshop(demo_db)
    _invite_demo_people(demo_db, event_id)
    details = event_details(demo_db, event_id)
    data = request_calendar(demo_db, event_id)

    cal = _icalendar(data)
    assert cal["METHOD"] == "REQUEST"
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["UID"]) == details["uid"]
    assert vevent["SEQUENCE"] == details["sequence"]
    assert "DTSTAMP" in vevent
    assert vevent["DTSTART"].params["TZID"] == "Europe/Paris"
    assert vevent.decoded("DTSTART") == dt.datetime(2026, 12, 8, 13, 0,
                                                    tzinfo=ZoneInfo("Europe/Paris"))
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert str(vevent["URL"]) == "https://meet.example/institutes"
    assert str(vevent["LOCATION"]) == "OECD Conference Centre, 2 rue André Pascal, 75016 Paris"
    assert str(vevent["SUMMARY"]) == "Information sharing; institutes, \"curriculum\""
    assert "Line two, with a comma; and a semicolon \\ backslash." in str(vevent["DESCRIPTION"])
    organizer = vevent["ORGANIZER"]
    assert str(organizer) == f"mailto:{COORDINATOR[1]}"
    assert organizer.params["CN"] == COORDINATOR[0]

    attendees = vevent["ATTENDEE"]
    by_address = {str(a).removeprefix("mailto:"): a for a in attendees}
    invited = {i["email"]: i for i in details["invitations"]}
    assert set(by_address) == set(invited)
    assert len(attendees) == len(invited) == 21
    for address, attendee in by_address.items():
        assert attendee.params["RSVP"] == "TRUE"
        assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"
        assert attendee.params["CN"] == invited[address]["name"]  # UTF-8 names intact
    roles = {a: by_address[a].params["ROLE"] for a in ("s.whitfield@bank.example",
             "k.asante@itag.example", "mc.reyes@pwn.example", "an.nguyen@vnpi.example")}
    assert roles == {"s.whitfield@bank.example": "CHAIR",
                     "k.asante@itag.example": "OPT-PARTICIPANT",
                     "mc.reyes@pwn.example": "NON-PARTICIPANT",
                     "an.nguyen@vnpi.example": "REQ-PARTICIPANT"}
    assert by_address["o.shevchenko@kipz.example"].params["CN"] == "Олена Шевченко"
    assert by_address["ahmed.hassan@aip.example"].params["CN"] == "أحمد حسن"

    # the second, independent parser reads the same thing
    vcal = _vobject(data)
    assert vcal.method.value == "REQUEST"
    vev = vcal.vevent
    assert vev.uid.value == details["uid"]
    assert vev.dtstart.value.astimezone(dt.UTC) == dt.datetime(2026, 12, 8, 12, 0, tzinfo=dt.UTC)
    assert vev.summary.value == "Information sharing; institutes, \"curriculum\""
    assert {a.value.removeprefix("mailto:") for a in vev.attendee_list} == set(invited)
    cns = {a.params["CN"][0] for a in vev.attendee_list}
    assert {"王芳", "김민준", "Aïssatou Ndiaye"} <= cns
    assert vev.description.value.startswith("Line one.\nLine two, with a comma;")


def test_lines_are_folded_at_75_octets_with_crlf_and_utf8_intact(demo_db: Any) -> None:
    from organiser.services.calendar_files import request_calendar

    long_title = "Консультация по реформе государственных закупок — " * 4 + "汉字" * 20
    event_id = _workshop(demo_db, title=long_title)
    _invite_demo_people(demo_db, event_id)
    data = request_calendar(demo_db, event_id)
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    physical = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in physical) <= 75
    for line in physical:
        line.decode("utf-8")  # no multi-byte character cut by a fold
    assert any(line.startswith(b" ") for line in physical)
    assert str(_icalendar(data).walk("VEVENT")[0]["SUMMARY"]) == long_title.strip()
    assert _vobject(data).vevent.summary.value == long_title.strip()
    summary = next(line for line in lines(data) if line.startswith(b"SUMMARY"))
    assert summary.decode("utf-8") == f"SUMMARY:{long_title.strip()}"
    escaped = next(line for line in lines(request_calendar(demo_db, _workshop(demo_db)))
                   if line.startswith(b"DESCRIPTION"))
    assert b"Line one.\\nLine two\\, with a comma\\; and a semicolon \\\\ backslash." in escaped


def test_sequence_grows_for_time_place_and_attendees_but_not_for_the_description(
        demo_db: Any) -> None:
    from organiser.services.calendar_files import request_calendar
    from organiser.services.events import update_event
    from organiser.services.invitations import invite

    event_id = _workshop(demo_db)
    invite(demo_db, event_id, emails=["s.whitfield@bank.example"])

    def sequence() -> int:
        data = request_calendar(demo_db, event_id)
        assert b"METHOD:REQUEST" in data and b"METHOD:CANCEL" not in data
        return int(_icalendar(data).walk("VEVENT")[0]["SEQUENCE"])

    first = sequence()
    change = update_event(demo_db, event_id, description="A better description.")
    assert not change.bumped and sequence() == first
    update_event(demo_db, event_id, title="A clearer title")
    assert sequence() == first
    assert update_event(demo_db, event_id, start="2026-12-08T14:00").bumped
    assert sequence() == first + 1
    update_event(demo_db, event_id, venue="Bank office, Paris")
    assert sequence() == first + 2
    invite(demo_db, event_id, emails=["elodie.marchand@oecd-dac.example"])
    assert sequence() == first + 3
    update_event(demo_db, event_id, start="2026-12-08T14:00")  # no change at all
    assert sequence() == first + 3


def test_removed_invitee_gets_a_cancel_of_their_own(demo_db: Any) -> None:
    from organiser.services.calendar_files import cancel_calendar, request_calendar
    from organiser.services.invitations import invite, uninvite

    event_id = _workshop(demo_db)
    invite(demo_db, event_id, emails=["s.whitfield@bank.example", "l.quispe@bank.example"])
    before = int(_icalendar(request_calendar(demo_db, event_id)).walk("VEVENT")[0]["SEQUENCE"])
    removed = uninvite(demo_db, event_id, ["L.Quispe@Bank.example"])  # case ignored
    assert [r.email for r in removed] == ["l.quispe@bank.example"]

    cancel = cancel_calendar(demo_db, event_id, ["l.quispe@bank.example"])
    cal = _icalendar(cancel)
    assert cal["METHOD"] == "CANCEL"
    (vevent,) = cal.walk("VEVENT")
    attendees = vevent["ATTENDEE"]
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [str(a) for a in attendees] == ["mailto:l.quispe@bank.example"]
    assert attendees[0].params["CN"] == "Lucía Quispe"
    assert vevent["STATUS"] == "CANCELLED"
    assert vevent["SEQUENCE"] > before
    assert _vobject(cancel).vevent.uid.value == str(vevent["UID"])

    request = request_calendar(demo_db, event_id)
    assert b"l.quispe@bank.example" not in request
    assert b"METHOD:REQUEST" in request
    assert int(_icalendar(request).walk("VEVENT")[0]["SEQUENCE"]) == vevent["SEQUENCE"]


def test_cancelled_event_gives_a_cancel_for_everyone(demo_db: Any) -> None:
    from organiser.services.calendar_files import request_calendar
    from organiser.services.events import cancel_event, event_details

    event_id = _workshop(demo_db)
    _invite_demo_people(demo_db, event_id)
    cancel_event(demo_db, event_id)
    data = request_calendar(demo_db, event_id)
    cal = _icalendar(data)
    assert cal["METHOD"] == "CANCEL"
    vevent = cal.walk("VEVENT")[0]
    assert vevent["STATUS"] == "CANCELLED"
    assert len(vevent["ATTENDEE"]) == len(event_details(demo_db, event_id)["invitations"])
    assert _vobject(data).vevent.status.value == "CANCELLED"


def test_feed_publishes_planned_events_without_invitees(demo_db: Any) -> None:
    from organiser.services.calendar_files import feed_calendar
    from organiser.services.events import list_events

    data = feed_calendar(demo_db)
    cal = _icalendar(data)
    assert cal["METHOD"] == "PUBLISH"
    uids = {str(v["UID"]) for v in cal.walk("VEVENT")}
    rows = list_events(demo_db)
    assert len(uids) == sum(1 for r in rows if r.status.value != "draft")
    assert b"ATTENDEE" not in data
    zones = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    assert zones == {"America/New_York", "Europe/Paris", "Europe/Istanbul"}
    assert len(list(_vobject(data).vevent_list)) == len(uids)
    workshop = next(v for v in cal.walk("VEVENT") if "Brainstorming" in str(v["SUMMARY"]))
    # one VEVENT for the two days, the day-by-day agenda in the description
    assert workshop.decoded("DTEND") - workshop.decoded("DTSTART") == dt.timedelta(hours=32)
    assert "Day 2" in str(workshop["DESCRIPTION"])
    assert "09:00  Registration and coffee" in str(workshop["DESCRIPTION"])


def test_daylight_saving_paris_and_sao_paulo(db: Any) -> None:
    from organiser.core.errors import InputError
    from organiser.services.calendar_files import request_calendar
    from organiser.services.events import create_event
    from organiser.services.invitations import invite

    # Paris: a three-day workshop across the end of summer time (25 October 2026)
    paris = create_event(db, title="Paris workshop", kind="workshop",
                         start="2026-10-24T09:00", end="2026-10-26T17:00",
                         timezone="Europe/Paris")
    # São Paulo, 2018: the clocks went forward at midnight on 4 November
    sao = create_event(db, title="Oficina", kind="workshop", start="2018-11-03T10:00",
                       end="2018-11-05T10:00", timezone="America/Sao_Paulo")
    for event_id in (paris, sao):
        invite(db, event_id, emails=["someone@example.org"])
    for event_id, start, end, hours in (
            (paris, "20261024T090000", "20261026T170000", 57),
            (sao, "20181103T100000", "20181105T100000", 47)):
        data = request_calendar(db, event_id)
        assert b"DTSTART;TZID=" in data
        assert start.encode() in data and end.encode() in data  # wall times as typed
        vevent = _icalendar(data).walk("VEVENT")[0]
        span = vevent.decoded("DTEND").astimezone(dt.UTC) - \
            vevent.decoded("DTSTART").astimezone(dt.UTC)
        assert span == dt.timedelta(hours=hours)
        vev = _vobject(data).vevent
        assert vev.dtend.value.astimezone(dt.UTC) - vev.dtstart.value.astimezone(dt.UTC) == span
        zone = _icalendar(data).walk("VTIMEZONE")[0]
        offsets = {c.decoded("TZOFFSETTO") for c in zone.subcomponents}
        assert len(offsets) == 2  # both sides of the change are described
    sao_start = _icalendar(request_calendar(db, sao)).walk("VEVENT")[0].decoded("DTSTART")
    assert sao_start.astimezone(dt.UTC) == dt.datetime(2018, 11, 3, 13, 0, tzinfo=dt.UTC)
    with pytest.raises(InputError, match="does not exist in America/Sao_Paulo"):
        create_event(db, title="x", kind="workshop", start="2018-11-04T00:30",
                     end="2018-11-04T10:00", timezone="America/Sao_Paulo")
    with pytest.raises(InputError, match="happens twice in Europe/Paris"):
        create_event(db, title="x", kind="workshop", start="2026-10-25T02:30",
                     end="2026-10-25T10:00", timezone="Europe/Paris")


def test_without_the_coordinator_address_the_error_says_where_to_give_it(
        demo_db: Any) -> None:
    from organiser.core.errors import InputError
    from organiser.services.calendar_files import feed_calendar, request_calendar

    path = set_coordinator("", "")
    with pytest.raises(InputError) as caught:
        request_calendar(demo_db, 4)
    # in words (issue 14): no internal key, no settings path
    assert "Preferences" in str(caught.value) and str(path) not in str(caught.value)
    assert b"METHOD:PUBLISH" in feed_calendar(demo_db)  # the feed needs no organiser


@pytest.mark.slow
def test_a_real_caldav_server_accepts_the_event(demo_db: Any, tmp_path: Path) -> None:
    from organiser.services.calendar_files import request_calendar
    from organiser.services.events import update_event

    event_id = _workshop(demo_db)
    _invite_demo_people(demo_db, event_id)
    with radicale_server(tmp_path) as server:
        assert server.request("MKCOL", "/coordinator/")[0] == 201
        assert server.request("MKCALENDAR", "/coordinator/programme/")[0] == 201
        first = int(_icalendar(request_calendar(demo_db, event_id)).walk("VEVENT")[0]["SEQUENCE"])
        for expected_sequence in (first, first + 1):
            data = request_calendar(demo_db, event_id)
            status, _ = server.request("PUT", "/coordinator/programme/event.ics", data,
                                       {"Content-Type": "text/calendar; charset=utf-8"})
            assert status in (201, 204)
            status, body = server.request("GET", "/coordinator/programme/event.ics")
            assert status == 200
            sent, stored = (_icalendar(x).walk("VEVENT")[0] for x in (data, body))
            for name in ("UID", "SEQUENCE", "SUMMARY", "LOCATION", "DESCRIPTION", "URL"):
                assert str(stored[name]) == str(sent[name]), name
            assert stored.decoded("DTSTART") == sent.decoded("DTSTART")
            assert stored.decoded("DTEND") == sent.decoded("DTEND")
            assert [(str(a), dict(a.params)) for a in stored["ATTENDEE"]] == \
                [(str(a), dict(a.params)) for a in sent["ATTENDEE"]]
            assert int(stored["SEQUENCE"]) == expected_sequence
            update_event(demo_db, event_id, start="2026-12-08T14:00")
