"""An event's whole life through the command line (issue 13, one test per finding): replies in
any order, reschedules, SEQUENCEs never sent, the minutes mail, counters, removed invitees,
delegation, a reply sent by someone else, errors on stderr. Every calendar the app writes is
read back with icalendar and vobject."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from tests.exporters.ics_support import set_coordinator
from tests.importers.reply_support import REPLIES, exported_values, fill, fill_eml, reply_ics

INFO = 4  # Information sharing with the regional training institutes (planned, Paris)
WORKSHOP = 5  # Brainstorming workshop (planned, Istanbul, 28 invited)
HELD = 3  # Information sharing with the OECD/DAC Task Force and ITAG (held, with attendance)
DRAFT = 6  # Formation of the global network (draft)


@pytest.fixture(autouse=True)
def coordinator() -> None:
    set_coordinator()


def both_parsers(data: bytes) -> tuple[Any, Any]:
    """The calendar as icalendar and vobject read it (both must accept it)."""
    import vobject
    from icalendar import Calendar

    return Calendar.from_ical(data), vobject.readOne(data.decode("utf-8"))


def shown(cli: Any, event: int) -> dict[str, Any]:
    result = cli("events", "show", str(event), "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert isinstance(data, dict)
    return data


def answer(cli: Any, event: int, email: str) -> dict[str, Any]:
    return next(i for i in shown(cli, event)["invitations"] if i["email"] == email)


def write(tmp_path: Path, name: str, data: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def mails(folder: Path) -> list[EmailMessage]:
    parsed = []
    for path in sorted(folder.glob("*.eml")):
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert isinstance(message, EmailMessage)
        parsed.append(message)
    return parsed


def calendar_parts(message: EmailMessage) -> list[tuple[EmailMessage, bytes]]:
    parts = []
    for part in message.walk():
        if part.get_content_type() in ("text/calendar", "application/ics") \
                or (part.get_filename() or "").endswith(".ics"):
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            parts.append((part, payload))  # type: ignore[arg-type]
    return parts


# 1 -------------------------------------------------------------------------------------------
def test_1_an_older_reply_never_overwrites_a_newer_one(demo_db: Any, cli: Any,
                                                       tmp_path: Path) -> None:
    jose = "jose.martinez@ilcp.example"
    old = exported_values(demo_db, INFO, jose, "José Martínez")  # SEQUENCE 0
    assert cli("invite", str(INFO), "--email", "new.person@bank.example").code == 0
    new = exported_values(demo_db, INFO, jose, "José Martínez")  # SEQUENCE 1, same meeting
    assert (old["SEQUENCE"], new["SEQUENCE"]) == ("0", "1")
    a = write(tmp_path, "A.ics", reply_ics(new, partstat="ACCEPTED", stamp="20261127T090000Z"))
    b = write(tmp_path, "B.ics", reply_ics(old, partstat="TENTATIVE",
                                           stamp="20261126T090000Z"))
    result = cli("replies", "import", a, b)
    assert result.code == 1
    assert result.out.splitlines() == [f"{a}: {jose} accepted Information sharing with the "
                                       "regional training institutes"]
    (error,) = result.err.splitlines()
    assert error.startswith(f"organiser: error: {b}: {jose} tentative")
    assert "stale, not applied: a later answer (accepted, to SEQUENCE 1)" in error
    recorded = answer(cli, INFO, jose)
    assert (recorded["reply"], recorded["reply_sequence"]) == ("accepted", 1)
    # the other order gives the same headcount: folder order decides nothing
    assert cli("replies", "import", b).code == 1
    assert answer(cli, INFO, jose)["reply"] == "accepted"
    # the same file twice is "already recorded", not an error
    again = cli("replies", "import", a)
    assert again.code == 0 and "already recorded" in again.out


# 2 -------------------------------------------------------------------------------------------
def test_2_a_reschedule_asks_every_answer_again(demo_db: Any, cli: Any, tmp_path: Path) -> None:
    from organiser.services.invitations import list_invitations, set_reply

    before = shown(cli, WORKSHOP)
    replies = [i["reply"] for i in before["invitations"]]
    assert replies.count("accepted") >= 16 and replies.count("declined") == 3
    # an answer typed by hand in the invitations dialog, too
    row = next(r for r in list_invitations(demo_db, WORKSHOP) if r.reply.value == "needs action")
    set_reply(demo_db, row.id, "accepted", "said yes on the phone")
    old_values = exported_values(demo_db, WORKSHOP, "wang.fang@cgpt.example", "Wang Fang")

    result = cli("events", "edit", str(WORKSHOP), "--start", "2027-02-10T09:00")
    assert result.code == 0, result.err
    assert "start: 2027-02-09 09:00 → 2027-02-10 09:00" in result.out
    assert "end: 2027-02-10 17:00 → 2027-02-11 17:00" in result.out  # the length is kept
    assert f"SEQUENCE rose to {before['sequence'] + 1}" in result.out
    assert "25 answer(s) reset to needs action" in result.out

    after = shown(cli, WORKSHOP)
    assert after["sequence"] == before["sequence"] + 1
    assert {i["reply"] for i in after["invitations"]} == {"needs action"}
    assert all(i["reply_sequence"] is None and i["comment"] == "" for i in after["invitations"])

    out = tmp_path / "update.ics"
    assert cli("ics", str(WORKSHOP), "-o", str(out)).code == 0
    ical, vcal = both_parsers(out.read_bytes())
    vevent = ical.walk("VEVENT")[0]
    assert int(vevent["SEQUENCE"]) == after["sequence"]
    assert {a.params["PARTSTAT"] for a in vevent["ATTENDEE"]} == {"NEEDS-ACTION"}
    assert {a.params["PARTSTAT"][0] for a in vcal.vevent.contents["attendee"]} == {
        "NEEDS-ACTION"}

    # the shared templates filled from the new REQUEST apply; from the old one, stale
    new_values = exported_values(demo_db, WORKSHOP, "wang.fang@cgpt.example", "Wang Fang")
    template = (REPLIES / "outlook_accept.ics.tmpl").read_text(encoding="utf-8")
    stale = write(tmp_path, "old.ics", fill(template, old_values))
    fresh = write(tmp_path, "new.ics", fill(template, new_values))
    result = cli("replies", "import", stale)
    assert result.code == 1 and "before the time or place changed" in result.err
    assert answer(cli, WORKSHOP, "wang.fang@cgpt.example")["reply"] == "needs action"
    result = cli("replies", "import", fresh)
    assert result.code == 0, result.err
    assert answer(cli, WORKSHOP, "wang.fang@cgpt.example")["reply"] == "accepted"
    henrik = ("h.ostergard@oecd-dac.example", "Henrik Østergård")
    old_mail = write(tmp_path, "old.eml", fill_eml(
        dict(old_values, ATTENDEE_EMAIL=henrik[0], ATTENDEE_NAME=henrik[1])))
    new_mail = write(tmp_path, "new.eml", fill_eml(
        dict(new_values, ATTENDEE_EMAIL=henrik[0], ATTENDEE_NAME=henrik[1])))
    assert cli("replies", "import", old_mail).code == 1
    assert cli("replies", "import", new_mail).code == 0
    assert answer(cli, WORKSHOP, henrik[0])["reply"] == "declined"


def test_2_description_only_keeps_sequence_and_answers(demo_db: Any, cli: Any) -> None:
    before = shown(cli, WORKSHOP)
    result = cli("events", "edit", str(WORKSHOP), "--description", "Bring your notes.")
    assert result.code == 0, result.err
    assert f"SEQUENCE stays {before['sequence']}" in result.out and "answers kept" in result.out
    after = shown(cli, WORKSHOP)
    assert [i["reply"] for i in after["invitations"]] == [
        i["reply"] for i in before["invitations"]]
    result = cli("events", "edit", str(WORKSHOP), "--venue", "Another hotel")
    assert "answer(s) reset" in result.out
    assert cli("events", "edit", str(WORKSHOP)).code == 1  # nothing to change: said so


# 3 -------------------------------------------------------------------------------------------
def test_3_a_sequence_never_sent_is_refused(demo_db: Any, cli: Any, tmp_path: Path) -> None:
    values = exported_values(demo_db, INFO, "jose.martinez@ilcp.example", "José Martínez")
    forged = write(tmp_path, "seven.ics", reply_ics(dict(values, SEQUENCE="7")))
    result = cli("replies", "import", forged)
    assert result.code == 1
    assert "SEQUENCE 7, which was never sent (the event is at SEQUENCE 0)" in result.err
    assert answer(cli, INFO, "jose.martinez@ilcp.example")["reply"] == "needs action"


# 4 and 5 -------------------------------------------------------------------------------------
def test_4_5_minutes_mail_attaches_planned_events_with_charset_and_method(
        demo_db: Any, cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    result = cli("mail", str(HELD), "--what", "minutes", "-o", str(folder),
                 "--no-mark-sent")
    assert result.code == 0, result.err
    messages = mails(folder)
    assert messages
    draft_uid = shown(cli, DRAFT)["uid"]
    planned = {shown(cli, e)["uid"] for e in (INFO, WORKSHOP)}
    attached = set()
    for message in messages:
        for part, payload in calendar_parts(message):
            assert part.get_param("charset") == "utf-8", part["Content-Type"]
            assert part.get_param("method") == "REQUEST", part["Content-Type"]
            ical, vcal = both_parsers(payload)
            assert str(ical["METHOD"]) == "REQUEST" and vcal.method.value == "REQUEST"
            uid = str(ical.walk("VEVENT")[0]["UID"])
            assert uid != draft_uid
            attached.add(uid)
            text = payload.decode("utf-8")
            assert "Martínez" in text or "Peña" in text  # UTF-8, said so by charset
    assert attached and attached <= planned
    assert b"Formation of the global network" not in b"".join(
        p.read_bytes() for p in folder.glob("*.eml"))


def test_5_invitation_mail_parts_carry_charset_and_method(demo_db: Any, cli: Any,
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "inv"
    assert cli("mail", str(INFO), "-o", str(folder), "--no-mark-sent").code == 0
    for message in mails(folder):
        parts = calendar_parts(message)
        assert [p.get_content_type() for p, _ in parts] == ["text/calendar", "application/ics"]
        for part, payload in parts:
            assert (part.get_param("charset"), part.get_param("method")) == ("utf-8", "REQUEST")
            both_parsers(payload)


# 6 -------------------------------------------------------------------------------------------
def test_6_counter_proposals_are_stored_accepted_and_declined(demo_db: Any, cli: Any,
                                                              tmp_path: Path) -> None:
    values = exported_values(demo_db, INFO, "jose.martinez@ilcp.example", "José Martínez")
    proposal = dict(values, DTSTART_UTC="20261209T090000Z", DTEND_UTC="20261209T110000Z")
    counter = write(tmp_path, "counter.ics", reply_ics(
        proposal, method="COUNTER", partstat="TENTATIVE",
        extra="COMMENT:Could we meet on Wednesday morning?\r\n"))
    result = cli("replies", "import", counter)
    assert result.code == 0, result.err  # stored: the README says a COUNTER exits 0
    assert "stored as a proposal" in result.out
    (stored,) = shown(cli, INFO)["counter_proposals"]
    assert stored["email"] == "jose.martinez@ilcp.example"
    assert (stored["start"], stored["end"]) == ("2026-12-09T10:00:00+01:00",
                                                "2026-12-09T12:00:00+01:00")
    assert stored["comment"] == "Could we meet on Wednesday morning?"
    assert stored["status"] == "open" and stored["received"]
    assert answer(cli, INFO, "jose.martinez@ilcp.example")["reply"] == "needs action"
    assert "already recorded" in cli("replies", "import", counter).out

    # a second proposal, declined: the DECLINECOUNTER as a file and as a queued message
    other = write(tmp_path, "counter2.ics", reply_ics(
        dict(values, ATTENDEE_EMAIL="luiza.araujo@ibcp.example",
             ATTENDEE_NAME="Luíza Araújo", DTSTART_UTC="20261210T090000Z",
             DTEND_UTC="20261210T100000Z"), method="COUNTER", stamp="20261127T080000Z"))
    assert cli("replies", "import", other).code == 0
    second = shown(cli, INFO)["counter_proposals"][1]
    declined = tmp_path / "declined.ics"
    result = cli("counters", "decline", str(second["id"]), "--comment", "The room is booked.",
                 "-o", str(declined), "--queue")
    assert result.code == 0, result.err
    ical, vcal = both_parsers(declined.read_bytes())
    assert str(ical["METHOD"]) == "DECLINECOUNTER" and vcal.method.value == "DECLINECOUNTER"
    vevent = ical.walk("VEVENT")[0]
    assert str(vevent["ATTENDEE"]) == "mailto:luiza.araujo@ibcp.example"
    assert str(vevent["COMMENT"]) == "The room is booked."
    assert str(vevent["UID"]) == values["UID"]
    queued = cli("outbox", "list", "--json").json()
    assert [m["recipient"] for m in queued] == ["luiza.araujo@ibcp.example"]  # type: ignore[union-attr]

    # accepting the first reschedules: new SEQUENCE, everyone asked again
    before = shown(cli, INFO)
    result = cli("counters", "accept", str(stored["id"]))
    assert result.code == 0, result.err
    after = shown(cli, INFO)
    assert after["start"] == "2026-12-09T10:00:00+01:00"
    assert after["sequence"] == before["sequence"] + 1
    assert {i["reply"] for i in after["invitations"]} <= {"needs action", "delegated"}
    assert [c["status"] for c in after["counter_proposals"]] == ["accepted", "declined"]
    assert cli("counters", "accept", str(stored["id"])).code == 1  # decided once


# 7 -------------------------------------------------------------------------------------------
def test_7_removed_invitees_get_their_own_cancellation(demo_db: Any, cli: Any,
                                                       tmp_path: Path) -> None:
    sent = tmp_path / "sent"
    assert cli("mail", str(INFO), "-o", str(sent)).code == 0  # the invitations went out
    result = cli("uninvite", str(INFO), "--email", "jose.martinez@ilcp.example",
                 "--email", "luiza.araujo@ibcp.example")
    assert result.code == 0 and "--what cancellations" in result.out
    # the update to the others reminds that two people still need their cancellation
    update = cli("mail", str(INFO), "-o", str(tmp_path / "update"), "--no-mark-sent")
    assert update.out.count("removed from the event, still needs the cancellation") == 2
    folder = tmp_path / "cancel"
    result = cli("mail", str(INFO), "--what", "cancellations", "-o", str(folder))
    assert result.code == 0, result.err
    messages = mails(folder)
    assert sorted(m["To"].addresses[0].addr_spec for m in messages) == [
        "jose.martinez@ilcp.example", "luiza.araujo@ibcp.example"]
    for message in messages:
        (inline, attached) = calendar_parts(message)
        assert inline[0].get_param("method") == "CANCEL"
        ical, vcal = both_parsers(attached[1])
        assert str(ical["METHOD"]) == "CANCEL" and vcal.method.value == "CANCEL"
        attendees = ical.walk("VEVENT")[0]["ATTENDEE"]
        attendees = attendees if isinstance(attendees, list) else [attendees]
        # each their own: only the recipient is named
        assert [str(a) for a in attendees] == [f"mailto:{message['To'].addresses[0].addr_spec}"]
    # sent once: a second run has nobody left to tell
    again = cli("mail", str(INFO), "--what", "cancellations", "-o", str(tmp_path / "again"))
    assert again.code == 0 and "no message to prepare" in again.out
    # nobody removed, not cancelled: said so
    refused = cli("mail", str(WORKSHOP), "--what", "cancellations", "-o", str(tmp_path / "x"))
    assert refused.code == 1 and "nobody needs a cancellation" in refused.err


def test_7_a_cancelled_event_tells_invitees_and_removed_people(demo_db: Any, cli: Any,
                                                               tmp_path: Path) -> None:
    assert cli("mail", str(INFO), "-o", str(tmp_path / "sent")).code == 0
    assert cli("uninvite", str(INFO), "--email", "jose.martinez@ilcp.example").code == 0
    assert cli("events", "cancel", str(INFO)).code == 0
    folder = tmp_path / "cancel"
    assert cli("mail", str(INFO), "--what", "cancellations", "-o", str(folder)).code == 0
    recipients = [m["To"].addresses[0].addr_spec for m in mails(folder)]
    assert "jose.martinez@ilcp.example" in recipients
    assert len(recipients) == len(shown(cli, INFO)["invitations"]) + 1


# 8 -------------------------------------------------------------------------------------------
def test_8_a_delegator_keeps_receiving_updates(demo_db: Any, cli: Any, tmp_path: Path) -> None:
    assert cli("mail", str(INFO), "-o", str(tmp_path / "sent")).code == 0
    values = exported_values(demo_db, INFO, "jose.martinez@ilcp.example", "José Martínez")
    attendees = (
        "ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO=\"mailto:deputy@ilcp.example\";"
        "CN=José Martínez:mailto:jose.martinez@ilcp.example\r\n"
        "ATTENDEE;PARTSTAT=NEEDS-ACTION;DELEGATED-FROM=\"mailto:jose.martinez@ilcp.example\";"
        "CN=Ana Pérez:mailto:deputy@ilcp.example\r\n")
    assert cli("replies", "import", write(tmp_path, "d.ics",
                                          reply_ics(values, attendees=attendees))).code == 0
    jose = answer(cli, INFO, "jose.martinez@ilcp.example")
    assert (jose["reply"], jose["delegated_to"]) == ("delegated", "deputy@ilcp.example")
    deputy = answer(cli, INFO, "deputy@ilcp.example")
    assert deputy["delegated_from"] == "jose.martinez@ilcp.example"

    assert cli("events", "edit", str(INFO), "--start", "2026-12-08T14:00").code == 0
    assert answer(cli, INFO, "jose.martinez@ilcp.example")["reply"] == "delegated"
    folder = tmp_path / "update"
    assert cli("mail", str(INFO), "-o", str(folder)).code == 0
    by_recipient = {m["To"].addresses[0].addr_spec: m for m in mails(folder)}
    update = by_recipient["jose.martinez@ilcp.example"]
    assert update["Subject"].startswith("Updated invitation")
    assert "You delegated this invitation to Ana Pérez" in update.get_body(
        ("plain",)).get_content()  # type: ignore[union-attr]
    ical, _ = both_parsers(calendar_parts(update)[1][1])
    out = {str(a): a.params for a in ical.walk("VEVENT")[0]["ATTENDEE"]}
    assert out["mailto:jose.martinez@ilcp.example"]["PARTSTAT"] == "DELEGATED"
    assert out["mailto:jose.martinez@ilcp.example"]["RSVP"] == "FALSE"
    assert out["mailto:deputy@ilcp.example"]["PARTSTAT"] == "NEEDS-ACTION"
    assert "deputy@ilcp.example" in by_recipient


# 9 -------------------------------------------------------------------------------------------
def test_9_a_reply_sent_by_someone_else_is_applied_with_a_warning(demo_db: Any, cli: Any,
                                                                  tmp_path: Path) -> None:
    values = exported_values(demo_db, WORKSHOP, "wang.fang@cgpt.example", "Wang Fang")
    data = fill_eml(values).replace(b"From: ", b"From: Mallory <mallory@elsewhere.example>\n"
                                    b"X-Old-From: ", 1)
    result = cli("replies", "import", write(tmp_path, "m.eml", data))
    assert result.code == 0, result.err
    assert "wang.fang@cgpt.example declined" in result.out
    assert (f"organiser: warning: {tmp_path / 'm.eml'}: sent by mallory@elsewhere.example "
            "for wang.fang@cgpt.example") in result.err
    # the attendee's own address (in another case) is no warning
    own = fill_eml(dict(values, ATTENDEE_EMAIL="Wang.Fang@CGPT.example"))
    own = own.replace(b"From: ", b"From: <wang.fang@cgpt.example>\nX-Old-From: ", 1)
    result = cli("replies", "import", write(tmp_path, "own.eml", own))
    assert "warning" not in result.err


# 10 ------------------------------------------------------------------------------------------
def test_10_failed_lines_go_to_stderr_with_the_prefix(demo_db: Any, cli: Any,
                                                      tmp_path: Path) -> None:
    values = exported_values(demo_db, INFO, "jose.martinez@ilcp.example", "José Martínez")
    good = write(tmp_path, "good.ics", reply_ics(values))
    bad = write(tmp_path, "bad.ics", "not a calendar")
    result = cli("replies", "import", bad, good)
    assert result.code == 1
    assert result.out.splitlines() == [f"{good}: jose.martinez@ilcp.example accepted Information "
                                       "sharing with the regional training institutes"]
    assert result.err.splitlines() == [f"organiser: error: {bad}: is not an iCalendar file (no "
                                       "BEGIN:VCALENDAR) or an e-mail"]


def test_events_edit_refuses_bad_input_with_the_field(demo_db: Any, cli: Any) -> None:
    result = cli("events", "edit", str(INFO), "--start", "next tuesday")
    assert result.code == 1 and "start" in result.err and "not a date and time" in result.err
    result = cli("events", "edit", str(INFO), "--end", "2026-12-08T12:00")
    assert result.code == 1 and "must be after the start" in result.err
    result = cli("events", "edit", str(INFO), "--title", "T" * 300)
    assert result.code == 1 and "title: is 300 characters long (at most 254)" in result.err
    result = cli("events", "edit", str(INFO), "--start", "9999-01-01T10:00")
    assert result.code == 1 and "start: 9999-01-01T10:00:00 is outside the years" in result.err
    result = cli("events", "edit", str(INFO), "--online-url", "ftp://x.example")
    assert result.code == 1 and "is not a web address" in result.err
    assert shown(cli, INFO)["sequence"] == 0

