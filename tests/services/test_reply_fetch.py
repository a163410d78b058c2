"""Replies fetched from a real Dovecot: the shared samples applied once, other mail untouched."""

from __future__ import annotations

from email.header import decode_header, make_header
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from organiser.core.settings import (
    IMAP_AFTER,
    IMAP_HOST,
    IMAP_PORT,
    IMAP_SECURITY,
    IMAP_USER,
    Settings,
)
from tests.importers.test_replies import (
    REPLIES,
    exported_values,
    fill,
    fill_eml,
    invitation,
    reply_ics,
)
from tests.services.imap_support import Dovecot, dovecot_server, stop
from tests.services.mail_support import MemoryKeyring, use_keyring

ORGANISER = "coordinator@bank.example"


@pytest.fixture
def imap() -> Any:
    with dovecot_server() as server:
        yield server


@pytest.fixture
def keyring_backend() -> Any:
    with use_keyring(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def event(demo_db: Any) -> int:
    from tests.exporters.ics_support import set_coordinator

    set_coordinator()
    from organiser.services.events import create_event
    from organiser.services.invitations import invite

    event_id = create_event(demo_db, title="Réunion d'information, Paris", kind="consultation",
                            start="2026-12-08T13:00", end="2026-12-08T15:00",
                            timezone="Europe/Paris", venue="OECD Conference Centre")
    invite(demo_db, event_id, emails=["elodie.marchand@oecd-dac.example",
                                      "h.ostergard@oecd-dac.example", "k.asante@itag.example",
                                      "l.okafor@bank.example"])
    return event_id


def configure(server: Dovecot, *, after: str = "move") -> None:
    from organiser.services.reply_fetch import ImapConfig

    settings = Settings()
    settings.set(IMAP_HOST, server.host)
    settings.set(IMAP_PORT, server.port)
    settings.set(IMAP_SECURITY, "none")
    settings.set(IMAP_USER, server.user)
    settings.set(IMAP_AFTER, after)
    settings.save()
    ImapConfig.from_settings().set_password(server.password)


def outlook_message(values: dict[str, str]) -> bytes:
    """Outlook's shape: multipart/alternative, the REPLY inline as base64 text/calendar."""
    calendar = fill((REPLIES / "outlook_accept.ics.tmpl").read_text(encoding="utf-8"), values)
    message = EmailMessage()
    message["From"] = f"{values['ATTENDEE_NAME']} <{values['ATTENDEE_EMAIL']}>"
    message["To"] = values["ORGANIZER_EMAIL"]
    message["Subject"] = f"Accepté: {values['SUMMARY']}"
    message["Thread-Topic"] = values["SUMMARY"]
    message["X-MS-Has-Attach"] = ""
    message.set_content("Je serai là, merci.\n")
    message.add_alternative("<html><body><p>Je serai là, merci.</p></body></html>",
                            subtype="html")
    message.add_alternative(calendar.replace("\n", "\r\n").encode("utf-8"), maintype="text",
                            subtype="calendar", params={"method": "REPLY",
                                                        "charset": "utf-8"},
                            cte="base64")
    return bytes(message)


def attached_reply(values: dict[str, str], partstat: str, *, method: str = "REPLY",
                   sender: str = "") -> bytes:
    """Apple Mail's and Thunderbird's shape: a note and the reply as an .ics attachment."""
    message = EmailMessage()
    message["From"] = sender or values["ATTENDEE_EMAIL"]
    message["To"] = values["ORGANIZER_EMAIL"]
    message["Subject"] = f"{partstat.title()}: {values['SUMMARY']}"
    message.set_content("See the attached calendar reply.\n")
    message.add_attachment(reply_ics(values, partstat=partstat, method=method).encode(),
                           maintype="application", subtype="octet-stream",
                           filename="iCal-20261126-080000.ics")
    return bytes(message)


def plain_mail(subject: str, attachment: tuple[str, bytes, str] | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Partner <partner@ngo.example>"
    message["To"] = ORGANISER
    message["Subject"] = subject
    message.set_content("Dear coordinator,\nplease find our comments.\n")
    if attachment:
        name, data, mime = attachment
        maintype, _, subtype = mime.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(message)


def foreign_calendar(method: str, uid: str) -> bytes:
    """An invitation from someone else, or a reply to someone else's meeting."""
    calendar = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
                f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:0\r\n"
                "DTSTAMP:20261126T080000Z\r\nDTSTART:20261210T090000Z\r\n"
                "DTEND:20261210T100000Z\r\nSUMMARY:Board meeting\r\n"
                "ORGANIZER:mailto:chair@other.example\r\n"
                f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{ORGANISER}\r\n"
                "END:VEVENT\r\nEND:VCALENDAR\r\n")
    message = EmailMessage()
    message["From"] = "chair@other.example"
    message["To"] = ORGANISER
    message["Subject"] = f"{method.title()}: Board meeting"
    message.set_content("Board meeting\n")
    message.add_alternative(calendar.encode(), maintype="text", subtype="calendar",
                            params={"method": method})
    return bytes(message)


def seed(server: Dovecot, messages: list[bytes]) -> None:
    with server.client() as client:
        for data in messages:
            client.append("INBOX", data)


def folder_contents(server: Dovecot) -> dict[str, list[tuple[str, set[str]]]]:
    """Every folder's messages: (subject, flags)."""
    contents: dict[str, list[tuple[str, set[str]]]] = {}
    with server.client() as client:
        for flags, _delimiter, name in client.list_folders():
            if b"\\Noselect" in flags:
                continue
            info = client.select_folder(name, readonly=True)
            if info.get(b"EXISTS", 0) == 0:
                contents[name] = []
                continue
            rows = client.fetch(client.search("ALL"),
                                ["FLAGS", "BODY.PEEK[HEADER.FIELDS (SUBJECT)]"])
            contents[name] = sorted(
                (str(make_header(decode_header(row[b"BODY[HEADER.FIELDS (SUBJECT)]"].decode()
                                                .strip().removeprefix("Subject: ")))),
                 {f.decode() for f in row[b"FLAGS"]} - {"\\Recent"})  # per session
                for row in rows.values())
    return contents


def samples(db: Any, event: int) -> dict[str, bytes]:
    gmail = fill_eml(exported_values(db, event, "h.ostergard@oecd-dac.example",
                                     "Henrik Østergård"))
    outlook = outlook_message(exported_values(db, event, "elodie.marchand@oecd-dac.example",
                                              "Élodie Marchand"))
    apple = attached_reply(exported_values(db, event, "k.asante@itag.example", "Kwame Asante"),
                           "TENTATIVE")
    counter = attached_reply(exported_values(db, event, "l.okafor@bank.example", "Lola Okafor"),
                             "ACCEPTED", method="COUNTER")
    stranger = attached_reply(exported_values(db, event, "someone@else.example", "Someone"),
                              "ACCEPTED")
    return {"gmail": gmail, "outlook": outlook, "apple": apple, "counter": counter,
            "stranger": stranger}


OTHERS = [
    plain_mail("Comments on the draft charter"),
    plain_mail("Signed agreement", ("agreement.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")),
    foreign_calendar("REQUEST", "board-2026-12@other.example"),
    foreign_calendar("REPLY", "board-2026-11@other.example"),
]


def test_fetch_applies_each_reply_once_moves_it_and_leaves_other_mail_alone(
        demo_db: Any, event: int, imap: Dovecot, keyring_backend: Any) -> None:
    from organiser.services.reply_fetch import fetch_replies
    from organiser.services.sync import sync_status

    configure(imap)
    replies = samples(demo_db, event)
    seed(imap, [OTHERS[0], replies["gmail"], OTHERS[1], replies["outlook"], OTHERS[2],
                replies["apple"], replies["counter"], OTHERS[3], replies["stranger"]])
    before = folder_contents(imap)["INBOX"]

    report = fetch_replies(demo_db)
    assert not report.error, report.error
    assert sorted(m.outcome for m in report.handled) == [
        "applied", "applied", "applied", "counter", "failed"]
    assert report.left_alone == 4
    assert invitation(demo_db, event, "h.ostergard@oecd-dac.example")["reply"] == "declined"
    elodie = invitation(demo_db, event, "elodie.marchand@oecd-dac.example")
    assert elodie["reply"] == "accepted" and elodie["comment"] == "Je serai là, merci."
    assert invitation(demo_db, event, "k.asante@itag.example")["reply"] == "tentative"
    assert invitation(demo_db, event, "l.okafor@bank.example")["reply"] == "needs action"
    stranger = next(m for m in report.handled if m.outcome == "failed")
    assert "someone@else.example is not invited" in stranger.message

    after = folder_contents(imap)
    # Dovecot's maildir uses "." between levels: the folders follow the server's separator
    assert set(after) == {"INBOX", "Organiser.Applied", "Organiser.Not applied"}
    others = [s for s in before if not any(w in s[0] for w in ("Réunion", "Reunion"))]
    assert after["INBOX"] == others  # untouched: same messages, same flags (still unread)
    assert all("\\Seen" not in flags for _, flags in after["INBOX"])
    # the counter-proposal is stored in the app (accepted or declined there): handled
    assert len(after["Organiser.Applied"]) == 4
    assert all("\\Seen" in flags for _, flags in after["Organiser.Applied"])
    assert len(after["Organiser.Not applied"]) == 1  # unread: the coordinator looks at it
    assert all("\\Seen" not in flags for _, flags in after["Organiser.Not applied"])

    second = fetch_replies(demo_db)
    assert second.handled == [] and second.left_alone == 0 and not second.error
    assert folder_contents(imap) == after

    late = attached_reply(exported_values(demo_db, event, "elodie.marchand@oecd-dac.example",
                                          "Élodie Marchand"), "DECLINED")
    seed(imap, [late])
    third = fetch_replies(demo_db)
    assert [m.outcome for m in third.handled] == ["applied"] and third.left_alone == 0
    assert invitation(demo_db, event, "elodie.marchand@oecd-dac.example")["reply"] == "declined"

    status = sync_status(demo_db)
    assert status.online is True and status.last_fetch is not None
    assert status.last_fetch.summary.startswith("1 reply applied, 0 not applied")


def test_a_server_without_move_gets_copy_and_expunge(demo_db: Any, event: int,
                                                     keyring_backend: Any) -> None:
    from organiser.services.reply_fetch import fetch_replies

    no_move = ("imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE "
               "LITERAL+ NAMESPACE UIDPLUS CHILDREN")
    with dovecot_server(no_move) as server:
        with server.client() as client:
            assert not client.has_capability("MOVE")
        configure(server)
        seed(server, [samples(demo_db, event)["gmail"], OTHERS[0]])
        report = fetch_replies(demo_db)
        assert [m.outcome for m in report.handled] == ["applied"]
        after = folder_contents(server)
        assert [s for s, _ in after["INBOX"]] == ["Comments on the draft charter"]
        assert len(after["Organiser.Applied"]) == 1


def test_a_renumbered_folder_is_read_again(demo_db: Any, event: int, imap: Dovecot,
                                           keyring_backend: Any) -> None:
    from organiser.core.models import MailFolderState
    from organiser.services.reply_fetch import fetch_replies

    configure(imap)
    seed(imap, [OTHERS[0]])
    assert fetch_replies(demo_db).left_alone == 1
    # as after the server rebuilt its index: a new UIDVALIDITY, old UIDs meaningless
    with demo_db.transaction() as session:
        session.execute(update(MailFolderState).values(uidvalidity=1, last_uid=999_999))
    seed(imap, [samples(demo_db, event)["gmail"]])
    report = fetch_replies(demo_db)
    assert [m.outcome for m in report.handled] == ["applied"]
    assert report.left_alone == 1  # the other mail is seen again, and left alone again
    assert any("renumbered INBOX" in note for note in report.notes)
    assert folder_contents(imap)["INBOX"][0][1] == set()


def test_flag_mode_keeps_messages_in_place_and_never_reads_them_twice(
        demo_db: Any, event: int, imap: Dovecot, keyring_backend: Any) -> None:
    from organiser.core.models import MailFolderState
    from organiser.services.reply_fetch import fetch_replies

    configure(imap, after="flag")
    replies = samples(demo_db, event)
    seed(imap, [replies["gmail"], replies["counter"], replies["stranger"], OTHERS[0]])
    report = fetch_replies(demo_db)
    assert sorted(m.outcome for m in report.handled) == ["applied", "counter", "failed"]
    assert set(folder_contents(imap)) == {"INBOX"}
    flags = sorted((flags for _, flags in folder_contents(imap)["INBOX"]), key=sorted)
    assert flags == [set(), {"$OrganiserApplied", "\\Seen"}, {"$OrganiserApplied", "\\Seen"},
                     {"$OrganiserNotApplied", "\\Flagged"}]
    # even read from the start again (a lost position), the marked ones are not re-applied
    with demo_db.transaction() as session:
        session.execute(update(MailFolderState).values(last_uid=0))
    again = fetch_replies(demo_db)
    assert again.handled == [] and again.left_alone == 4


def test_a_server_that_is_down_changes_nothing_and_says_so(
        demo_db: Any, event: int, imap: Dovecot, keyring_backend: Any, cli: Any,
        db_path: Path) -> None:
    from organiser.services.reply_fetch import fetch_replies
    from organiser.services.sync import sync_status

    configure(imap)
    seed(imap, [samples(demo_db, event)["gmail"]])
    stop(imap)
    report = fetch_replies(demo_db)
    assert "refused the connection" in report.error and not report.reached
    assert invitation(demo_db, event, "h.ostergard@oecd-dac.example")["reply"] == "needs action"
    status = sync_status(demo_db)
    assert status.online is False
    assert status.last_fetch is not None and not status.last_fetch.reached
    result = cli("replies", "fetch")
    assert result.code == 1
    assert "organiser: error:" in result.err and "refused the connection" in result.err
    state = cli("sync", "status", "--json").json()
    assert state["online"] is False and state["waiting"] == 0
    assert state["last_fetch"]["reached"] is False
    assert "refused the connection" in cli("sync", "log").out


def test_a_wrong_password_is_a_clear_message(demo_db: Any, event: int, imap: Dovecot,
                                             keyring_backend: Any) -> None:
    from organiser.services.reply_fetch import ImapConfig, fetch_replies

    configure(imap)
    ImapConfig.from_settings().set_password("wrong")
    report = fetch_replies(demo_db)
    assert report.error.startswith("the server refused the login")
    assert report.reached  # the laptop is online; the password is what is wrong


def test_cli_fetch_json(demo_db: Any, event: int, imap: Dovecot, keyring_backend: Any,
                        cli: Any) -> None:
    configure(imap)
    seed(imap, [samples(demo_db, event)["gmail"], OTHERS[0]])
    result = cli("replies", "fetch", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["applied"] == 1 and data["left_alone"] == 1 and data["error"] == ""
    (handled,) = data["handled"]
    assert handled["outcome"] == "applied" and handled["moved_to"] == "Organiser.Applied"
    assert handled["from"].startswith("Henrik")
    text = cli("replies", "fetch")
    assert text.code == 0 and "0 replies applied" in text.out


def test_no_password_in_clear_beyond_this_machine() -> None:
    from organiser.core.errors import InputError
    from organiser.services.reply_fetch import ImapConfig

    with pytest.raises(InputError, match="unencrypted"):
        ImapConfig("imap.example.org", 143, "none", "me").check()
    ImapConfig("imap.example.org", 143, "starttls", "me").check()
    ImapConfig("127.0.0.1", 1143, "none", "me").check()


def test_the_structure_decides_what_is_downloaded() -> None:
    from imapclient.response_types import BodyData

    from organiser.services.reply_fetch import has_calendar_part

    plain = BodyData.create((b"text", b"plain", (b"charset", b"utf-8"), None, None, b"7bit",
                             10, 1))
    calendar = BodyData.create((b"text", b"calendar", (b"method", b"REPLY"), None, None,
                                b"7bit", 100, 5))
    ics = BodyData.create((b"application", b"octet-stream", (b"name", b"reply.ics"), None,
                           None, b"base64", 300, None, (b"attachment",
                                                        (b"filename", b"reply.ics")), None))
    pdf = BodyData.create((b"application", b"pdf", (b"name", b"a.pdf"), None, None, b"base64",
                           300))
    assert not has_calendar_part(plain)
    assert has_calendar_part(calendar)
    assert has_calendar_part(ics)
    assert not has_calendar_part(BodyData.create(([plain, pdf], b"mixed")))
    assert has_calendar_part(BodyData.create(([BodyData.create(([plain, calendar],
                                                                 b"alternative")), pdf],
                                               b"mixed")))
