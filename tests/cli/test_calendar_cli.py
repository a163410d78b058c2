"""`organiser events add/cancel`, `invite`, `uninvite`, `ics`, `calendar`, `replies import`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.exporters.ics_support import set_coordinator


@pytest.fixture(autouse=True)
def coordinator() -> None:
    set_coordinator()


def test_a_whole_invitation_round_from_the_command_line(cli: Any, tmp_path: Path) -> None:
    from icalendar import Calendar

    assert cli("demo").code == 0
    added = cli("events", "add", "--title", "Consultation с партнёрами", "--kind",
                "consultation", "--start", "2027-03-27T10:00", "--end", "2027-03-29T12:00",
                "--tz", "Europe/Paris", "--venue", "Salle Ö")
    assert added.code == 0, added.err
    event = added.out.strip()
    assert event.isdigit()

    result = cli("invite", event, "--tag", "ITAG", "--email", "S.Whitfield@bank.example",
                 "--email", "guest@partner.example", "--role", "optional")
    assert result.code == 0, result.err
    assert "4 invited" in result.out
    result = cli("invite", event, "--org", "3", "--person", "1", "--role", "chair")
    assert result.code == 0 and "already invited" in result.out

    shown = cli("events", "show", event, "--json").json()
    assert isinstance(shown, dict)
    assert {"uid", "sequence", "invitations"} <= set(shown)
    emails = {i["email"]: i for i in shown["invitations"]}
    assert emails["guest@partner.example"]["role"] == "optional"
    assert {"email", "name", "role", "reply", "comment"} <= set(emails["k.asante@itag.example"])

    request = tmp_path / "request.ics"
    assert cli("ics", event, "-o", str(request)).code == 0
    cal = Calendar.from_ical(request.read_bytes())
    assert cal["METHOD"] == "REQUEST"
    assert str(cal.walk("VEVENT")[0]["UID"]) == shown["uid"]

    assert cli("uninvite", event, "--email", "GUEST@partner.example").code == 0
    cancel = tmp_path / "cancel.ics"
    result = cli("ics", event, "--cancel-for", "guest@partner.example", "-o", str(cancel))
    assert result.code == 0
    data = cancel.read_bytes()
    assert b"METHOD:CANCEL" in data and b"mailto:guest@partner.example" in data
    assert data.count(b"ATTENDEE") == 1

    reply = tmp_path / "reply.ics"
    vevent = cal.walk("VEVENT")[0]
    reply.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar "
        "V1.1//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
        f"UID:{vevent['UID']}\r\nSEQUENCE:{vevent['SEQUENCE']}\r\nDTSTAMP:20270301T090000Z\r\n"
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:K.Asante@ITAG.example\r\n"
        "COMMENT:Looking forward to it\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    junk = tmp_path / "junk.ics"
    junk.write_text("not a calendar", encoding="utf-8")
    result = cli("replies", "import", str(reply), str(junk))
    assert result.code == 1
    # the file was exported before the uninvite above: the line says it answers version N-1
    assert result.out.splitlines()[0].startswith(
        f"{reply}: k.asante@itag.example accepted Consultation с партнёрами (answers version")
    assert result.err.splitlines() == [
        f"organiser: error: {junk}: is not an iCalendar file (no BEGIN:VCALENDAR) or an e-mail"]
    shown = cli("events", "show", event, "--json").json()
    assert isinstance(shown, dict)
    kwame = next(i for i in shown["invitations"] if i["email"] == "k.asante@itag.example")
    assert (kwame["reply"], kwame["comment"]) == ("accepted", "Looking forward to it")

    assert cli("events", "cancel", event).code == 0
    result = cli("ics", event, "-o", str(tmp_path / "cancelled.ics"))
    assert "CANCEL for everyone" in result.out
    assert b"STATUS:CANCELLED" in (tmp_path / "cancelled.ics").read_bytes()

    feed = tmp_path / "feed.ics"
    assert cli("calendar", "-o", str(feed)).code == 0
    assert Calendar.from_ical(feed.read_bytes())["METHOD"] == "PUBLISH"


@pytest.mark.parametrize(("args", "message"), [
    (("events", "add", "--title", "T", "--kind", "party", "--start", "2027-01-01T10:00",
      "--end", "2027-01-01T11:00", "--tz", "Europe/Paris"), "kind: 'party' is not one of"),
    (("events", "add", "--title", "T", "--kind", "workshop", "--start", "2027-01-01T10:00",
      "--end", "2027-01-01T09:00", "--tz", "Europe/Paris"), "end: must be after the start"),
    (("events", "add", "--title", "T", "--kind", "workshop", "--start", "tomorrow",
      "--end", "2027-01-01T09:00", "--tz", "Europe/Paris"), "start: 'tomorrow' is not a date"),
    (("events", "add", "--title", "T", "--kind", "workshop", "--start", "2027-01-01T10:00",
      "--end", "2027-01-01T11:00", "--tz", "Mars/Olympus"), "unknown time zone 'Mars/Olympus'"),
    (("invite", "4", "--tag", "Nobody"), "no tag 'Nobody'"),
    (("invite", "4", "--email", "not-an-address"), "is not an e-mail address"),
    (("invite", "4", "--email", "a@b.example", "--role", "boss"), "role: 'boss' is not one"),
    (("invite", "4"), "say whom to invite"),
    (("uninvite", "4", "--email", "nobody@example.org"), "not invited"),
    (("ics", "999", "-o", "x.ics"), "no event with id 999"),
    (("events", "cancel", "999"), "no event with id 999"),
])
def test_errors_are_one_line(cli: Any, args: tuple[str, ...], message: str) -> None:
    assert cli("demo").code == 0
    result = cli(*args)
    assert result.code == 1, result.out
    assert result.err.startswith("organiser: error: ")
    assert message in result.err
    assert result.err.count("\n") == 1


def test_ics_without_coordinator_says_where_to_set_it(cli: Any, tmp_path: Path) -> None:
    path = set_coordinator("", "")
    assert cli("demo").code == 0
    result = cli("ics", "4", "-o", str(tmp_path / "x.ics"))
    # in words a coordinator understands (Preferences), not a key or a settings path
    assert result.code == 1 and "Preferences, Identity" in result.err
    assert str(path) not in result.err
    assert not (tmp_path / "x.ics").exists()
