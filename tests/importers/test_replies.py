"""Replies from real mail clients, filled in from an invitation the app exported, read back."""

from __future__ import annotations

import base64
import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest

from tests.exporters.ics_support import COORDINATOR, set_coordinator
from tests.importers.reply_support import REPLIES, exported_values, fill, fill_eml, reply_ics


@pytest.fixture(autouse=True)
def coordinator() -> None:
    set_coordinator()


@pytest.fixture
def event(demo_db: Any) -> int:
    from organiser.services.events import create_event
    from organiser.services.invitations import invite

    event_id = create_event(demo_db, title="Réunion d'information, Paris", kind="consultation",
                            start="2026-12-08T13:00", end="2026-12-08T15:00",
                            timezone="Europe/Paris", venue="OECD Conference Centre")
    invite(demo_db, event_id, emails=["elodie.marchand@oecd-dac.example",
                                      "h.ostergard@oecd-dac.example", "k.asante@itag.example"])
    return event_id


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def invitation(db: Any, event_id: int, email: str) -> dict[str, Any]:
    from organiser.services.events import event_details

    return next(i for i in event_details(db, event_id)["invitations"] if i["email"] == email)


def test_outlook_accept_with_a_windows_time_zone(demo_db: Any, event: int,
                                                 tmp_path: Path) -> None:
    from organiser.services.replies import import_replies

    values = exported_values(demo_db, event, "elodie.marchand@oecd-dac.example",
                             "Élodie Marchand")
    assert values["ORGANIZER_EMAIL"] == COORDINATOR[1]
    text = fill((REPLIES / "outlook_accept.ics.tmpl").read_text(encoding="utf-8"), values)
    (result,) = import_replies(demo_db, [write(tmp_path, "accept.ics", text)])
    assert result.applied, result.line
    assert result.line.endswith(
        "elodie.marchand@oecd-dac.example accepted Réunion d'information, Paris")
    inv = invitation(demo_db, event, "elodie.marchand@oecd-dac.example")
    assert inv["reply"] == "accepted"
    assert inv["comment"] == "Je serai là, merci."
    assert inv["replied_at"] == "2026-11-25T10:15:00+00:00"
    assert inv["reply_sequence"] == int(values["SEQUENCE"])


def test_windows_zone_names_map_to_iana(demo_db: Any) -> None:
    from organiser.importers.replies import parse_reply

    values = exported_values(demo_db, 4, "x@example.org", "X")
    text = fill((REPLIES / "outlook_accept.ics.tmpl").read_text(encoding="utf-8"), values)
    parsed = parse_reply(text.encode("utf-8"), "accept.ics")
    # the demo's 8 December 13:00 Paris is 12:00 UTC; W. Europe Standard Time agrees
    assert parsed.start == dt.datetime(2026, 12, 8, 12, 0, tzinfo=dt.UTC)
    from organiser.services.events import check_timezone

    assert check_timezone("W. Europe Standard Time") == "Europe/Berlin"
    assert check_timezone("Eastern Standard Time") == "America/New_York"
    assert check_timezone("E. South America Standard Time") == "America/Sao_Paulo"


@pytest.mark.parametrize("base64_inline", [False, True])
def test_gmail_decline_mail(demo_db: Any, event: int, tmp_path: Path,
                            base64_inline: bool) -> None:
    from organiser.services.replies import import_replies

    values = exported_values(demo_db, event, "H.Ostergard@OECD-DAC.example", "Henrik Østergård")
    data = fill_eml(values)
    if base64_inline:  # the calendar base64-encoded inside multipart/alternative
        text = data.decode("utf-8")
        start = text.index("BEGIN:VCALENDAR")
        end = text.index("END:VCALENDAR") + len("END:VCALENDAR\n")
        calendar = text[start:end].replace("\n", "\r\n").encode("utf-8")
        text = (text[:start].replace("Content-Transfer-Encoding: 7bit",
                                     "Content-Transfer-Encoding: base64")
                + base64.encodebytes(calendar).decode("ascii") + text[end:])
        text = text.replace('Content-Type: application/ics; name="invite.ics"',
                            'Content-Type: application/octet-stream; name="other.bin"')
        text = text.replace('filename="invite.ics"', 'filename="other.bin"')
        data = text.encode("utf-8")
    (result,) = import_replies(demo_db, [write(tmp_path, "decline.eml", data)])
    assert result.applied, result.line
    assert "declined" in result.line
    inv = invitation(demo_db, event, "h.ostergard@oecd-dac.example")  # case ignored
    assert inv["reply"] == "declined"
    assert inv["comment"] == "Sorry, I am travelling that week. My deputy will attend."


def test_stale_reply_is_reported_not_applied(demo_db: Any, event: int, tmp_path: Path) -> None:
    from organiser.services.events import update_event
    from organiser.services.invitations import invite
    from organiser.services.replies import Outcome, import_replies

    values = exported_values(demo_db, event, "k.asante@itag.example", "Kwame Asante")
    # someone added: the meeting is the same, an answer to the older SEQUENCE still counts
    invite(demo_db, event, emails=["g.wanjiru@bank.example"])
    (result,) = import_replies(demo_db, [write(tmp_path, "a.ics", reply_ics(values))])
    assert result.applied, result.line
    assert "answers version" in result.line and "time and place are unchanged" in result.line
    # the time moves: the answer is asked again, answers to the earlier invitation are stale
    update_event(demo_db, event, start="2026-12-08T14:00", end="2026-12-08T16:00")
    assert invitation(demo_db, event, "k.asante@itag.example")["reply"] == "needs action"
    declined = reply_ics(values, partstat="DECLINED")
    (result,) = import_replies(demo_db, [write(tmp_path, "b.ics", declined)])
    assert result.outcome is Outcome.STALE and "stale" in result.line
    assert "before the time or place changed" in result.line
    assert invitation(demo_db, event, "k.asante@itag.example")["reply"] == "needs action"
    fresh = exported_values(demo_db, event, "k.asante@itag.example", "Kwame Asante")
    (result,) = import_replies(demo_db, [write(tmp_path, "c.ics",
                                               reply_ics(fresh, partstat="TENTATIVE"))])
    assert result.applied
    assert invitation(demo_db, event, "k.asante@itag.example")["reply"] == "tentative"


def test_delegation_adds_the_delegate(demo_db: Any, event: int, tmp_path: Path) -> None:
    from icalendar import Calendar

    from organiser.services.calendar_files import request_calendar
    from organiser.services.events import event_details
    from organiser.services.replies import import_replies

    values = exported_values(demo_db, event, "k.asante@itag.example", "Kwame Asante")
    attendees = (
        "ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO=\"mailto:deputy@itag.example\";"
        "CN=Kwame Asante:mailto:k.asante@itag.example\r\n"
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;DELEGATED-FROM=\"mailto:k.asante@itag.example\";"
        "CN=Ama Mensah:mailto:deputy@itag.example\r\n")
    path = write(tmp_path, "delegate.ics", reply_ics(values, attendees=attendees))
    before = len(event_details(demo_db, event)["invitations"])
    (result,) = import_replies(demo_db, [path])
    assert result.applied and "delegated to deputy@itag.example" in result.line
    invitations = event_details(demo_db, event)["invitations"]
    assert len(invitations) == before + 1
    assert invitation(demo_db, event, "k.asante@itag.example")["reply"] == "delegated"
    deputy = invitation(demo_db, event, "deputy@itag.example")
    assert deputy["name"] == "Ama Mensah" and deputy["reply"] == "needs action"
    attendees_out = Calendar.from_ical(request_calendar(demo_db, event)).walk("VEVENT")[0][
        "ATTENDEE"]
    out = {str(a): a.params for a in attendees_out}
    assert out["mailto:deputy@itag.example"]["DELEGATED-FROM"] == "mailto:k.asante@itag.example"
    assert out["mailto:k.asante@itag.example"]["DELEGATED-TO"] == "mailto:deputy@itag.example"
    # importing it again adds nobody twice
    import_replies(demo_db, [path])
    assert len(event_details(demo_db, event)["invitations"]) == before + 1


def test_counter_proposal_is_shown_not_applied(demo_db: Any, event: int,
                                               tmp_path: Path) -> None:
    from organiser.services.replies import Outcome, import_replies

    values = exported_values(demo_db, event, "k.asante@itag.example", "Kwame Asante")
    values.update(DTSTART_UTC="20261209T090000Z", DTEND_UTC="20261209T110000Z")
    text = reply_ics(values, method="COUNTER", partstat="TENTATIVE",
                     extra="COMMENT:Could we meet on Wednesday morning?\r\n")
    (result,) = import_replies(demo_db, [write(tmp_path, "counter.ics", text)])
    assert result.outcome is Outcome.COUNTER
    assert "proposes 2026-12-09 10:00–2026-12-09 12:00 (Europe/Paris)" in result.line
    assert "Wednesday morning" in result.line
    assert invitation(demo_db, event, "k.asante@itag.example")["reply"] == "needs action"


def test_unknown_event_or_attendee_is_never_applied(demo_db: Any, event: int,
                                                    tmp_path: Path) -> None:
    from organiser.services.replies import import_replies

    values = exported_values(demo_db, event, "stranger@example.org", "Stranger")
    unknown_attendee = write(tmp_path, "stranger.ics", reply_ics(values))
    values_uid = dict(values, UID="no-such-uid@elsewhere", ATTENDEE_EMAIL="k.asante@itag.example")
    unknown_uid = write(tmp_path, "uid.ics", reply_ics(values_uid))
    good = write(tmp_path, "good.ics", reply_ics(dict(values,
                                                      ATTENDEE_EMAIL="k.asante@itag.example")))
    results = import_replies(demo_db, [unknown_attendee, unknown_uid, good])
    assert [r.applied for r in results] == [False, False, True]
    assert "stranger@example.org is not invited" in results[0].line
    assert "unknown event (UID no-such-uid@elsewhere)" in results[1].line
    # the same person invited to another event is not touched
    assert invitation(demo_db, 4, "s.whitfield@bank.example")["reply"] == "accepted"


def _bad_inputs(values: dict[str, str]) -> dict[str, tuple[bytes, str]]:
    good = reply_ics(values)
    two = good.replace("END:VEVENT\r\n", "END:VEVENT\r\n" + good[good.index("BEGIN:VEVENT"):
                                                              good.index("END:VCALENDAR")], 1)
    no_vtimezone = good.replace(f"DTSTART:{values['DTSTART_UTC']}",
                                "DTSTART;TZID=Central Atlantis Time:20261208T130000")
    return {
        "not ical": (b"Hello, I will come.\r\nBest, Kwame\r\n", "not an iCalendar file"),
        "binary": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "binary content"),
        "empty": (b"", "is empty"),
        "truncated": (good[: len(good) // 2].encode(), "truncated"),
        "no attendee": (reply_ics(values, attendees="").encode(), "has no ATTENDEE"),
        "two vevents": (two.encode(), "holds 2 VEVENTs"),
        "no vtimezone": (no_vtimezone.encode(), "'Central Atlantis Time' is neither defined"),
        "request": (good.replace("METHOD:REPLY", "METHOD:REQUEST").encode(),
                    "not a reply but METHOD:REQUEST"),
        "no method": (good.replace("METHOD:REPLY\r\n", "").encode(), "has no METHOD:REPLY"),
        "bad partstat": (reply_ics(values, partstat="MAYBE").encode(), "PARTSTAT 'MAYBE'"),
        "mail without calendar": (b"From: a@b.example\r\nSubject: hi\r\n\r\nSee you!\r\n",
                                  "without a calendar reply"),
    }


def test_bad_files_each_get_a_clear_message_and_change_nothing(
        demo_db: Any, event: int, tmp_path: Path, cli: Any) -> None:
    values = exported_values(demo_db, event, "k.asante@itag.example", "Kwame Asante")
    paths = []
    for index, (name, (data, _)) in enumerate(_bad_inputs(values).items()):
        paths.append(write(tmp_path, f"{index}-{name.replace(' ', '_')}.ics", data))
    result = cli("replies", "import", *map(str, paths), db=demo_db.path)
    assert result.code == 1
    assert result.out == ""
    out = result.err.splitlines()
    assert len(out) == len(paths)
    assert all(line.startswith("organiser: error: ") for line in out)
    for line, (name, (_, expected)) in zip(out, _bad_inputs(values).items(), strict=True):
        assert expected in line, (name, line)
    assert invitation(demo_db, event, "k.asante@itag.example")["reply"] == "needs action"


def test_delegation_to_a_bad_address_applies_nothing(demo_db: Any, event: int,
                                                     tmp_path: Path) -> None:
    from organiser.services.replies import import_replies

    values = exported_values(demo_db, event, "k.asante@itag.example", "Kwame Asante")
    attendees = ("ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO=\"mailto:not an address\":"
                 "mailto:k.asante@itag.example\r\n")
    (result,) = import_replies(demo_db, [write(tmp_path, "d.ics",
                                               reply_ics(values, attendees=attendees))])
    assert not result.applied and "not an e-mail address" in result.line
    assert invitation(demo_db, event, "k.asante@itag.example")["reply"] == "needs action"


@pytest.mark.slow
def test_a_20_mb_mail_is_read_in_reasonable_time(demo_db: Any, event: int, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from organiser.importers import replies as reader
    from organiser.services import replies

    values = exported_values(demo_db, event, "elodie.marchand@oecd-dac.example", "É M")
    mail = fill_eml(values).decode("utf-8")
    boundary = "--000000000000a1b2c3--"
    blob = base64.encodebytes(b"\x89PNG" + bytes(range(256)) * (15 * 4096)).decode("ascii")
    attachment = ("--000000000000a1b2c3\nContent-Type: image/png; name=\"scan.png\"\n"
                  "Content-Disposition: attachment; filename=\"scan.png\"\n"
                  "Content-Transfer-Encoding: base64\n\n" + blob + "\n")
    big = mail.replace(boundary, attachment + boundary).encode("utf-8")
    assert len(big) > 20_000_000
    path = write(tmp_path, "big.eml", big)
    started = time.perf_counter()
    (result,) = replies.import_replies(demo_db, [path])
    assert result.applied, result.line
    assert time.perf_counter() - started < 10
    monkeypatch.setattr(reader, "MAX_BYTES", 10_000_000)
    (result,) = replies.import_replies(demo_db, [path])
    assert not result.applied and "too large" in result.line
