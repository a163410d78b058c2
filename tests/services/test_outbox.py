"""Mail out of the app: prepared messages, .eml files, and the outbox through a real SMTP server."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from keyring.backends import fail
from sqlalchemy import update

from organiser.core.enums import EventStatus, OutboxStatus
from organiser.core.errors import InputError
from organiser.core.models import Invitation
from organiser.core.storage import open_database
from organiser.exporters.email import parse_message
from organiser.services import mail, outbox
from organiser.services.events import list_events
from tests.services.mail_support import (
    COORDINATOR,
    Handler,
    MemoryKeyring,
    configure,
    free_port,
    smtp_server,
    use_keyring,
)


def _event_id(db, status: EventStatus) -> int:
    return next(e.id for e in list_events(db) if e.status == status)


@pytest.fixture
def planned(demo_db):
    configure(free_port())
    return _event_id(demo_db, EventStatus.PLANNED)


def test_invitations_one_per_invitee_with_a_real_request_calendar(demo_db, planned) -> None:
    batch = mail.prepare(demo_db, planned, "invitations")
    invited = next(e for e in list_events(demo_db) if e.id == planned).invited
    assert len(batch.messages) + len(batch.skipped) == invited
    assert len({m.recipient for m in batch.messages}) == len(batch.messages)
    first = parse_message(batch.messages[0].data)
    assert first["From"].addresses[0].display_name == COORDINATOR[0]
    assert [a.addr_spec for a in first["To"].addresses] == [batch.messages[0].recipient]
    inline = next(p for p in first.walk() if p.get_content_type() == "text/calendar")
    assert inline.get_param("method") == "REQUEST"
    calendar = Calendar.from_ical(inline.get_content())
    assert calendar["METHOD"] == "REQUEST"
    attendees = {str(a).lower().removeprefix("mailto:")
                 for a in calendar.walk("VEVENT")[0].get("ATTENDEE")}
    assert batch.messages[0].recipient.lower() in attendees
    ics = next(first.iter_attachments())
    assert ics.get_filename().endswith(".ics")
    assert ics.get_content() == inline.get_content().encode()


def test_invitations_need_the_coordinator_address(demo_db) -> None:
    event_id = _event_id(demo_db, EventStatus.PLANNED)
    with pytest.raises(InputError, match="Preferences"):
        mail.prepare(demo_db, event_id, "invitations")


def test_second_round_is_an_update_and_cancelled_event_sends_cancel(demo_db, planned) -> None:
    planned = _event_id(demo_db, EventStatus.DRAFT)
    with demo_db.transaction() as session:  # the demo marks every invitation sent: unsend
        session.execute(update(Invitation).where(Invitation.event_id == planned)
                        .values(sent_at=None))
    first = mail.prepare(demo_db, planned, "invitations")
    assert {m.purpose for m in first.messages} == {"invitation"}
    mail.mark_sent(demo_db, first.messages)
    second = mail.prepare(demo_db, planned, "invitations")
    assert {m.purpose for m in second.messages} == {"update"}
    assert second.messages[0].subject.startswith("Updated invitation:")

    from organiser.services.events import cancel_event

    cancel_event(demo_db, planned)
    cancelled = mail.prepare(demo_db, planned, "cancellations")
    assert len(cancelled.messages) == len(first.messages)
    message = parse_message(cancelled.messages[0].data)
    inline = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    assert inline.get_param("method") == "CANCEL"
    assert Calendar.from_ical(inline.get_content())["METHOD"] == "CANCEL"


def test_minutes_to_attendees_with_pdf_and_follow_up_calendars(demo_db) -> None:
    configure(free_port())
    held = _event_id(demo_db, EventStatus.HELD)
    batch = mail.prepare(demo_db, held, "minutes")
    details = demo_db and __import__("organiser.services.events", fromlist=["x"]).event_details(
        demo_db, held)
    present = [a for a in details["attendance"]
               if a["status"] in ("present", "late", "left early")]
    assert len(batch.messages) + len(batch.skipped) == len(present)
    message = parse_message(batch.messages[0].data)
    attachments = list(message.iter_attachments())
    pdf = attachments[0]
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_content().startswith(b"%PDF")
    assert pdf.get_filename().startswith("Minutes - ")
    follow_ups = [a for a in attachments if a.get_content_type() == "text/calendar"]
    assert follow_ups, "the demo's first attendees are invited to later events"
    for ics in follow_ups:
        assert Calendar.from_ical(ics.get_content())["METHOD"] == "REQUEST"
    assert "minutes are attached" in message.get_body(("plain",)).get_content()


def test_eml_files_open_as_the_same_messages(demo_db, planned, tmp_path: Path) -> None:
    batch = mail.prepare(demo_db, planned, "invitations")
    paths = mail.write_eml(batch.messages, tmp_path / "out")
    assert len(paths) == len(batch.messages)
    assert all(p.suffix == ".eml" and p.stat().st_mode & 0o077 == 0 for p in paths)
    for path, prepared in zip(paths, batch.messages, strict=True):
        parsed = parse_message(path.read_bytes())
        assert parsed["To"].addresses[0].addr_spec == prepared.recipient
        assert parsed["Subject"] == prepared.subject
        # Outlook opens the file as a draft ready to send, not as received mail
        assert parsed.get_all("X-Unsent") == ["1"]
        assert not parsed.defects


def test_only_eml_files_are_drafts_never_the_messages_sent(demo_db, planned) -> None:
    batch = mail.prepare(demo_db, planned, "invitations")
    outbox.queue_messages(demo_db, batch.messages[:1])
    handler = Handler()
    with smtp_server(handler) as port:
        configure(port)
        assert outbox.send_outbox(demo_db).sent
    received = parse_message(handler.received[0].data)
    assert received["X-Unsent"] is None  # the recipient's Outlook would open it as a draft
    assert b"X-Unsent" not in batch.messages[0].data


def test_outbox_sends_through_a_real_smtp_server(demo_db, planned) -> None:
    batch = mail.prepare(demo_db, planned, "invitations")
    ids = outbox.queue_messages(demo_db, batch.messages[:3])
    handler = Handler()
    with smtp_server(handler) as port:
        configure(port)
        report = outbox.send_outbox(demo_db)
    assert report.sent == ids and not report.failed and not report.queued
    assert [r.rcpt_tos for r in handler.received] == [[m.recipient] for m in batch.messages[:3]]
    assert all(r.mail_from == COORDINATOR[1] for r in handler.received)
    received = parse_message(handler.received[0].data)
    assert received["Subject"] == batch.messages[0].subject
    assert received["To"].addresses[0].display_name == batch.messages[0].recipient_name
    kinds = [p.get_content_type() for p in received.walk()]
    assert kinds == ["multipart/mixed", "multipart/alternative", "text/plain", "text/html",
                     "text/calendar", "application/ics"]
    rows = outbox.list_outbox(demo_db)
    assert [r.status for r in rows] == [OutboxStatus.SENT] * 3
    assert all(r.sent_at is not None and r.attempts == 1 for r in rows)
    assert outbox.send_outbox(demo_db).sent == []  # nothing is sent twice


def test_refusing_server_marks_failed_with_its_answer_and_keeps_try_later(demo_db,
                                                                         planned) -> None:
    batch = mail.prepare(demo_db, planned, "invitations")
    ids = outbox.queue_messages(demo_db, batch.messages[:3])
    refused = batch.messages[1].recipient
    handler = Handler(refuse_rcpt={refused: f"550 5.1.1 <{refused}>: no such user"})
    with smtp_server(handler) as port:
        configure(port)
        report = outbox.send_outbox(demo_db)
        assert report.sent == [ids[0], ids[2]]
        assert report.failed[0][0] == ids[1]
        row = {r.id: r for r in outbox.list_outbox(demo_db)}[ids[1]]
        assert row.status == OutboxStatus.FAILED
        assert row.last_error.startswith("550 5.1.1") and "no such user" in row.last_error

        handler.refuse_data = "451 4.3.0 mailbox busy, try later"
        handler.refuse_rcpt.clear()
        assert outbox.retry(demo_db, [ids[1]]) == 1
        later = outbox.send_outbox(demo_db)
        assert later.queued == [ids[1]] and not later.sent
        row = {r.id: r for r in outbox.list_outbox(demo_db)}[ids[1]]
        assert row.status == OutboxStatus.QUEUED and row.last_error.startswith("451")

        handler.refuse_data = ""
        assert outbox.send_outbox(demo_db).sent == [ids[1]]
    assert len(handler.received) == 3


def test_down_server_keeps_everything_queued_across_restarts(demo_db, planned,
                                                             db_path: Path) -> None:
    batch = mail.prepare(demo_db, planned, "invitations")
    ids = outbox.queue_messages(demo_db, batch.messages[:2])
    configure(free_port())  # nothing listens there
    report = outbox.send_outbox(demo_db)
    assert report.queued == ids and not report.sent
    assert "refused the connection" in report.error
    from organiser.services.sync import sync_status

    status = sync_status(demo_db)  # the status bar: offline, both messages waiting
    assert status.online is False and status.waiting == 2
    assert status.last_send is not None and not status.last_send.reached
    assert "2 still queued" in status.last_send.summary
    demo_db.close()

    reopened = open_database(db_path)
    try:
        rows = outbox.list_outbox(reopened)
        assert [r.status for r in rows] == [OutboxStatus.QUEUED] * 2
        assert all(r.attempts == 1 and "refused" in r.last_error for r in rows)
        handler = Handler()
        with smtp_server(handler) as port:
            configure(port)
            assert outbox.send_outbox(reopened).sent == ids
        status = sync_status(reopened)
        assert status.online is True and status.waiting == 0
        assert status.last_send is not None and status.last_send.summary == "2 sent"
        assert [parse_message(r.data)["Subject"] for r in handler.received] == \
            [m.subject for m in batch.messages[:2]]
    finally:
        reopened.close()


def test_starttls_missing_on_server_is_a_clear_message(demo_db, planned) -> None:
    batch = mail.prepare(demo_db, planned, "invitations")
    outbox.queue_messages(demo_db, batch.messages[:1])
    with smtp_server(Handler()) as port:
        configure(port, security="starttls")
        report = outbox.send_outbox(demo_db)
    assert "does not offer STARTTLS" in report.error
    assert outbox.list_outbox(demo_db)[0].status == OutboxStatus.QUEUED


def test_login_uses_the_keyring_and_the_password_is_stored_nowhere_else(
        demo_db, planned, db_path: Path) -> None:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    logins: list[tuple[str, str]] = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        assert isinstance(auth_data, LoginPassword)
        logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=auth_data.password == "s3cret-pässword".encode())

    batch = mail.prepare(demo_db, planned, "invitations")
    outbox.queue_messages(demo_db, batch.messages[:1])
    with use_keyring(MemoryKeyring()), smtp_server(Handler(), authenticator=authenticator,
                                                   auth_require_tls=False) as port:
        settings = configure(port, user="coordinator")
        config = outbox.SmtpConfig.from_settings()
        with pytest.raises(InputError, match="no password is stored"):
            outbox.send_outbox(demo_db)
        config.set_password("s3cret-pässword")
        report = outbox.send_outbox(demo_db)
    assert report.sent and logins == [("coordinator", "s3cret-pässword")]
    demo_db.close()
    for path in (settings.path, db_path):
        assert b"s3cret" not in path.read_bytes()


def test_no_keyring_backend_is_explained_and_nothing_is_lost(demo_db, planned) -> None:
    batch = mail.prepare(demo_db, planned, "invitations")
    outbox.queue_messages(demo_db, batch.messages[:1])
    configure(free_port(), user="coordinator")
    with use_keyring(fail.Keyring()):
        config = outbox.SmtpConfig.from_settings()
        with pytest.raises(outbox.PasswordStoreError, match="no system keyring"):
            config.set_password("x")
        with pytest.raises(outbox.PasswordStoreError, match="ORGANISER_SMTP_PASSWORD"):
            outbox.send_outbox(demo_db)
    assert outbox.list_outbox(demo_db)[0].status == OutboxStatus.QUEUED
