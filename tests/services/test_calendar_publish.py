"""The programme on a real CalDAV server (Radicale), read back with the `caldav` client library."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from organiser.core.enums import EventStatus
from organiser.core.models import Event
from organiser.core.settings import CALDAV_URL, CALDAV_USER, Settings
from tests.exporters.ics_support import radicale_server, set_coordinator
from tests.services.mail_support import MemoryKeyring, use_keyring

USER, PASSWORD = "coordinator", "kalender-Ünïcode-7"


@pytest.fixture
def server(tmp_path: Path) -> Any:
    with use_keyring(MemoryKeyring()), radicale_server(tmp_path, {USER: PASSWORD}) as dav:
        yield dav


def dav_client(server: Any) -> Any:
    from caldav.davclient import DAVClient

    # no DNS discovery (RFC 6764) and plain HTTP on 127.0.0.1: the tests never leave the machine
    return DAVClient(url=server.base + "/", username=USER, password=PASSWORD,
                            enable_rfc6764=False, require_tls=False)


def make_calendar(server: Any) -> str:
    with dav_client(server) as client:
        calendar = client.principal().make_calendar(name="Programme", cal_id="programme")
        return str(calendar.url)


def configure(url: str) -> None:
    from organiser.services.calendar_publish import CalDavConfig

    set_coordinator()
    settings = Settings()
    settings.set(CALDAV_URL, url)
    settings.set(CALDAV_USER, USER)
    settings.save()
    CalDavConfig.from_settings().set_password(PASSWORD)


def on_server(server: Any, url: str) -> dict[str, tuple[int, str, str]]:
    """What the server holds: UID -> (SEQUENCE, SUMMARY, STATUS), read with `caldav`."""
    from caldav.collection import Calendar as DavCalendar

    with dav_client(server) as client:
        calendar = DavCalendar(client=client, url=url)
        found = {}
        for item in calendar.events():
            vevent = Calendar.from_ical(item.data).walk("VEVENT")[0]
            found[str(vevent["UID"])] = (int(str(vevent["SEQUENCE"])), str(vevent["SUMMARY"]),
                                         str(vevent["STATUS"]))
        return found


def in_database(db: Any) -> dict[str, tuple[int, str, str]]:
    with db.session() as session:
        return {e.uid: (e.sequence, e.title, "CONFIRMED") for e in session.query(Event)
                if e.status in (EventStatus.PLANNED, EventStatus.HELD)}


def test_publish_then_cancel_leaves_the_calendar_matching_the_database(
        demo_db: Any, server: Any) -> None:
    from organiser.services.calendar_files import request_calendar
    from organiser.services.calendar_publish import publish_calendar
    from organiser.services.events import cancel_event, list_events, update_event
    from organiser.services.sync import sync_status

    url = make_calendar(server)
    configure(url)
    report = publish_calendar(demo_db)
    assert not report.error and not report.conflicts and not report.failed, report.summary()
    expected = in_database(demo_db)
    assert len(expected) >= 3 and len(report.put) == len(expected)
    assert on_server(server, url) == expected  # drafts and cancelled events stay off

    planned = [e for e in list_events(demo_db) if e.status == EventStatus.PLANNED]
    invitation = Calendar.from_ical(request_calendar(demo_db, planned[0].id)).walk("VEVENT")[0]
    held = on_server(server, url)[str(invitation["UID"])]
    assert held[0] == int(str(invitation["SEQUENCE"]))  # the invitations' own UID and SEQUENCE

    again = publish_calendar(demo_db)
    assert again.put == [] and again.unchanged == len(expected)  # nothing sent twice

    cancel_event(demo_db, planned[0].id)
    update_event(demo_db, planned[1].id, start="2027-01-12T10:00", end="2027-01-12T12:00")
    third = publish_calendar(demo_db)
    assert third.deleted == [planned[0].title]
    assert len(third.put) == 1 and third.unchanged == len(expected) - 2
    assert on_server(server, url) == in_database(demo_db)
    moved = on_server(server, url)
    assert max(seq for seq, _, _ in moved.values()) >= 1  # the moved event's new SEQUENCE

    status = sync_status(demo_db)
    assert status.last_publish is not None and status.last_publish.reached
    assert status.last_publish.summary.startswith("1 event published")


def test_removed_event_is_deleted_and_server_edits_are_never_overwritten_silently(
        demo_db: Any, server: Any) -> None:
    from caldav.collection import Calendar as DavCalendar

    from organiser.services.calendar_publish import publish_calendar
    from organiser.services.events import list_events, update_event

    url = make_calendar(server)
    configure(url)
    publish_calendar(demo_db)
    planned = [e for e in list_events(demo_db) if e.status == EventStatus.PLANNED]
    with demo_db.session() as session:
        target = session.get(Event, planned[0].id)
        assert target is not None
        target_uid = target.uid
    # someone edits the entry in their calendar app
    with dav_client(server) as client:
        item = DavCalendar(client=client, url=url).event_by_uid(target_uid)
        cal = Calendar.from_ical(item.data)
        cal.walk("VEVENT")[0]["SUMMARY"] = "Edited on the server"
        item.data = cal.to_ical()
        item.save()
    update_event(demo_db, planned[0].id, venue="Another room")
    report = publish_calendar(demo_db)
    assert len(report.conflicts) == 1 and "changed on the calendar" in report.conflicts[0]
    assert on_server(server, url)[target_uid][1] == "Edited on the server"
    forced = publish_calendar(demo_db, force=True)
    assert not forced.conflicts
    assert on_server(server, url) == in_database(demo_db)

    # an event that leaves the programme (here deleted outright) leaves the calendar
    with demo_db.transaction() as session:
        gone = session.get(Event, planned[1].id)
        assert gone is not None
        removed_uid = gone.uid
        session.delete(gone)
    removed = publish_calendar(demo_db)
    assert removed.deleted == [f"an event no longer in the database (UID {removed_uid})"]
    assert on_server(server, url) == in_database(demo_db)


def test_a_server_that_is_down_changes_nothing(demo_db: Any, server: Any, cli: Any,
                                              tmp_path: Path) -> None:
    from organiser.core.models import CalendarEntry
    from organiser.services.calendar_publish import publish_calendar
    from organiser.services.sync import sync_status

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    configure(f"http://127.0.0.1:{port}/coordinator/programme/")
    report = publish_calendar(demo_db)
    assert "refused the connection" in report.error and not report.reached
    with demo_db.session() as session:
        assert session.query(CalendarEntry).count() == 0
    assert sync_status(demo_db).online is False
    result = cli("calendar", "publish")
    assert result.code == 1 and "refused the connection" in result.err


def test_wrong_password_and_missing_calendar_are_clear(demo_db: Any, server: Any) -> None:
    from organiser.services.calendar_publish import (
        CalDavConfig,
        publish_calendar,
    )

    url = make_calendar(server)
    configure(url)
    CalDavConfig.from_settings().set_password("wrong")
    report = publish_calendar(demo_db)
    assert "refused the login" in report.error and report.reached
    configure(url.replace("programme", "nothing-here"))
    report = publish_calendar(demo_db)
    assert "no calendar at" in report.error
    from organiser.core.errors import InputError

    with pytest.raises(InputError, match="use https://"):
        CalDavConfig("http://cloud.example.org/dav/programme/", USER).check()
    CalDavConfig("https://cloud.example.org/dav/programme/", USER).check()


def test_cli_publish_json(demo_db: Any, server: Any, cli: Any) -> None:
    url = make_calendar(server)
    configure(url)
    result = cli("calendar", "publish", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["published"] and data["error"] == "" and data["removed"] == []
    text = cli("calendar", "publish")
    assert text.code == 0 and "0 events published" in text.out
    feed = cli("calendar")
    assert feed.code == 1 and "-o FILE" in feed.err
