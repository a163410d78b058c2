"""Messages for an event: invitations, updates, cancellations, and the minutes afterwards."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core.enums import AttendanceStatus, EventStatus, MailPurpose, Reply
from organiser.core.errors import InputError
from organiser.core.files import write_atomic
from organiser.core.models import Attendance, Event, Invitation, Person
from organiser.core.storage import Database
from organiser.core.text import email_key
from organiser.exporters.email import (
    Attachment,
    Mailbox,
    build_message,
    draft_bytes,
    mailbox,
    message_bytes,
    safe_filename,
)
from organiser.services.records import required

WHAT = ("invitations", "cancellations", "minutes")
PRESENT = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY)

CalendarProvider = Callable[[Database, int], bytes]
CancelProvider = Callable[[Database, int, "list[str] | None"], bytes]
PdfProvider = Callable[[Database, int], bytes]


@dataclass(frozen=True)
class PreparedMessage:
    """One message to one person, ready to be written as .eml or queued for sending."""

    purpose: MailPurpose
    event_id: int | None
    recipient: str
    recipient_name: str
    subject: str
    message: EmailMessage
    invitation_id: int | None = None

    @property
    def data(self) -> bytes:
        return message_bytes(self.message)

    @property
    def draft(self) -> bytes:
        """The bytes of an .eml file that mail clients open as a draft ready to send."""
        return draft_bytes(self.message)

    @property
    def sender(self) -> str:
        return str(self.message["From"].addresses[0].addr_spec)


@dataclass
class MailBatch:
    """What was prepared, and who was left out and why (no address, a bad address...)."""

    messages: list[PreparedMessage] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def coordinator(settings: Any = None) -> Mailbox:
    """The sender: the coordinator named in the preferences."""
    from organiser.core.settings import COORDINATOR_EMAIL, COORDINATOR_NAME, Settings

    settings = settings or Settings(strict=False)
    address = settings.get(COORDINATOR_EMAIL)
    if not address:
        raise InputError("is not set: give it in Preferences → Identity before sending mail",
                         field="your e-mail address")
    return mailbox(settings.get(COORDINATOR_NAME), address, field="your e-mail address")


# --- the calendar and PDF exporters (loaded on use: icalendar and reportlab are heavy) ---

def default_request_calendar(db: Database, event_id: int) -> bytes:
    from organiser.services.calendar_files import request_calendar

    return request_calendar(db, event_id)


def default_cancel_calendar(db: Database, event_id: int, emails: list[str] | None) -> bytes:
    from organiser.services.calendar_files import cancel_calendar

    return cancel_calendar(db, event_id, emails)


def default_minutes_pdf(db: Database, event_id: int) -> bytes:
    from organiser.services.documents import render_document

    return render_document(db, "minutes", event_id)


# --- wording ----------------------------------------------------------------------------

def _zone(name: str) -> ZoneInfo | None:
    from organiser.core.zones import zone

    return zone(name)


def _offset(moment: dt.datetime) -> str:
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _day(moment: dt.datetime) -> str:
    """English names whatever the process locale (Qt sets it from the system)."""
    return f"{_DAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def when_text(start: dt.datetime, end: dt.datetime, zone_name: str) -> str:
    """'Tuesday 3 March 2026, 09:00–17:00 (Europe/Paris, UTC+01:00)', over days when needed."""
    zone = _zone(zone_name) or dt.UTC
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    if local_start.date() == local_end.date():
        span = f"{_day(local_start)}, {local_start:%H:%M}–{local_end:%H:%M}"
    else:
        span = (f"{_day(local_start)} {local_start:%H:%M} – "
                f"{_day(local_end)} {local_end:%H:%M}")
    return f"{span} ({zone_name or 'UTC'}, {_offset(local_start)})"


def _event_lines(event: Event, person: Person | None) -> list[str]:
    lines = [f"When:   {when_text(event.start, event.end, event.timezone)}"]
    if person is not None and person.timezone and person.timezone != event.timezone \
            and _zone(person.timezone) is not None:
        lines.append(f"        your time: {when_text(event.start, event.end, person.timezone)}")
    where = ", ".join(p for p in (event.venue, " ".join(event.address.split())) if p)
    if where:
        lines.append(f"Where:  {where}")
    if event.online_url:
        lines.append(f"Online: {event.online_url}")
    return lines


def _greeting(name: str) -> str:
    return f"Dear {name}," if name else "Hello,"


def _signature(sender: Mailbox) -> str:
    return f"Best regards,\n{sender.name or sender.address}"


# --- preparing --------------------------------------------------------------------------

def _load_event(session: Any, event_id: int) -> Event:
    return required(session, Event, event_id, "event", "EVENT", options=[
        selectinload(Event.invitations).selectinload(Invitation.person)
        .selectinload(Person.emails),
        selectinload(Event.attendances).selectinload(Attendance.person)
        .selectinload(Person.emails),
    ])


def _recipient(person: Person, address: str, batch: MailBatch) -> Mailbox | None:
    if not address:
        batch.skipped.append(f"{person.name}: no e-mail address")
        return None
    try:
        return mailbox(person.name, address, field=person.name or "address")
    except InputError as exc:
        batch.skipped.append(str(exc))
        return None


def prepare_invitations(
    db: Database, event_id: int, *, sender: Mailbox | None = None,
    person_ids: Iterable[int] | None = None,
    request_calendar: CalendarProvider | None = None,
    cancel_calendar: CancelProvider | None = None,
) -> MailBatch:
    """An invitation to each invitee (an update once invitations went out; a cancellation
    when the event is cancelled), each with the inline iTIP part and the .ics attached."""
    sender = sender or coordinator()
    wanted = set(person_ids) if person_ids is not None else None
    batch = MailBatch()
    with db.session() as session:
        event = _load_event(session, event_id)
        if event.status == EventStatus.CANCELLED:
            return _cancellations(db, event, sender, wanted, cancel_calendar, batch)
        calendar = (request_calendar or default_request_calendar)(db, event_id)
        if wanted is None:
            from organiser.services.invitations import removed_entries

            batch.skipped.extend(
                f"{r.name or r.email}: removed from the event, still needs the cancellation "
                "(mail the cancellations)" for r in removed_entries(event) if r.needs_cancel)
        for invitation in sorted(event.invitations, key=lambda i: (i.person.latin_name
                                                                   or i.person.name, i.id)):
            person = invitation.person
            if wanted is not None and person.id not in wanted:
                continue
            to = _recipient(person, invitation.email or person.primary_email, batch)
            if to is None:
                continue
            update = invitation.sent_at is not None
            delegated = invitation.reply == Reply.DELEGATED
            subject = (f"Updated invitation: {event.title}" if update
                       else f"Invitation: {event.title}")
            intro = ("The details of this meeting have changed; the calendar entry below "
                     "replaces the earlier one." if update else
                     f"You are invited to {event.title}.")
            body = [_greeting(person.name), "", intro, "", *_event_lines(event, person)]
            if event.description:
                body += ["", event.description.strip()]
            if delegated:
                # RFC 5546 §3.2.2.3: the delegator stays on the list and is kept informed
                delegate = next((i for i in event.invitations
                                 if i.delegated_from_id == invitation.id), None)
                whom = delegate.person.name if delegate is not None else "someone else"
                body += ["", f"You delegated this invitation to {whom}; this copy keeps you "
                             "informed, no answer is needed.", "", _signature(sender)]
            else:
                body += ["", f"Your role: {invitation.role.value}.",
                         "Please answer with your calendar's Accept, Tentative or Decline, or "
                         "by replying to this message.", "", _signature(sender)]
            message = build_message(
                sender=sender, to=[to], subject=subject, text="\n".join(body),
                calendar=calendar, calendar_method="REQUEST",
                calendar_filename=f"{safe_filename(event.title, 'invite')}.ics",
            )
            batch.messages.append(PreparedMessage(
                MailPurpose.UPDATE if update else MailPurpose.INVITATION, event.id, to.address,
                to.name, subject, message, invitation.id))
    return batch


def _cancellations(db: Database, event: Event, sender: Mailbox, wanted: set[int] | None,
                   cancel_calendar: CancelProvider | None, batch: MailBatch) -> MailBatch:
    calendar = (cancel_calendar or default_cancel_calendar)(db, event.id, None)
    for invitation in sorted(event.invitations, key=lambda i: i.id):
        person = invitation.person
        if wanted is not None and person.id not in wanted:
            continue
        if invitation.sent_at is None:
            batch.skipped.append(f"{person.name}: was never sent the invitation")
            continue
        to = _recipient(person, invitation.email or person.primary_email, batch)
        if to is None:
            continue
        subject = f"Cancelled: {event.title}"
        body = [_greeting(person.name), "", f"{event.title} is cancelled.", "",
                *_event_lines(event, person), "",
                "Your calendar removes the entry when you open this message.", "",
                _signature(sender)]
        message = build_message(
            sender=sender, to=[to], subject=subject, text="\n".join(body),
            calendar=calendar, calendar_method="CANCEL",
            calendar_filename=f"{safe_filename(event.title, 'cancel')}.ics",
        )
        batch.messages.append(PreparedMessage(MailPurpose.CANCELLATION, event.id, to.address,
                                              to.name, subject, message, invitation.id))
    return batch


def prepare_cancellations(
    db: Database, event_id: int, emails: Sequence[str] | None = None, *,
    sender: Mailbox | None = None, cancel_calendar: CancelProvider | None = None,
) -> MailBatch:
    """Each person taken off the event gets their own CANCEL (RFC 5546 §3.2.5: the
    ATTENDEE is them alone). Without `emails`, everyone removed who was sent the invitation
    and not yet the cancellation."""
    from organiser.services.invitations import removed_entries

    sender = sender or coordinator()
    batch = MailBatch()
    with db.session() as session:
        event = _load_event(session, event_id)
        entries = {email_key(r.email): r for r in removed_entries(event)}
        if emails is None:
            for entry in entries.values():
                if not entry.needs_cancel:
                    batch.skipped.append(f"{entry.name or entry.email}: removed, and never "
                                         "sent the invitation or already sent the "
                                         "cancellation")
            targets = [(r.email, r.name) for r in entries.values() if r.needs_cancel]
        else:
            targets = [(address, entries[email_key(address)].name
                        if email_key(address) in entries else "") for address in emails]
        for address, name in targets:
            try:
                to = mailbox(name, address, field=name or "address")
            except InputError as exc:
                batch.skipped.append(str(exc))
                continue
            calendar = (cancel_calendar or default_cancel_calendar)(db, event_id, [address])
            subject = f"Cancelled for you: {event.title}"
            body = [_greeting(name), "",
                    f"You are no longer expected at {event.title}.", "",
                    *_event_lines(event, None), "",
                    "Your calendar removes the entry when you open this message.", "",
                    _signature(sender)]
            message = build_message(sender=sender, to=[to], subject=subject,
                                    text="\n".join(body), calendar=calendar,
                                    calendar_method="CANCEL",
                                    calendar_filename=f"{safe_filename(event.title, 'cancel')}"
                                                      ".ics")
            batch.messages.append(PreparedMessage(MailPurpose.CANCELLATION, event.id, to.address,
                                                  to.name, subject, message))
    return batch


def prepare_declinecounter(db: Database, declined: Any, comment: str = "", *,
                           sender: Mailbox | None = None) -> MailBatch:
    """The DECLINECOUNTER to the person whose proposal of another time was declined."""
    sender = sender or coordinator()
    batch = MailBatch()
    with db.session() as session:
        event = _load_event(session, declined.event_id)
        to = mailbox(declined.name, declined.email, field=declined.name or "address")
        subject = f"Time kept: {event.title}"
        body = [_greeting(declined.name), "",
                f"Thank you for proposing another time for {event.title}. The meeting stays "
                "as planned:", "", *_event_lines(event, None)]
        if comment.strip():
            body += ["", comment.strip()]
        body += ["", _signature(sender)]
        message = build_message(
            sender=sender, to=[to], subject=subject, text="\n".join(body),
            calendar=declined.calendar, calendar_method="DECLINECOUNTER",
            calendar_filename=f"{safe_filename(event.title, 'event')}.ics")
        batch.messages.append(PreparedMessage(MailPurpose.DECLINE_COUNTER, event.id,
                                              to.address, to.name, subject, message))
    return batch


def follow_up_events(session: Any, event: Event, person_id: int) -> list[Event]:
    """Later events of the programme the person is invited to: planned ones only (a draft
    is not an invitation yet, a cancelled one is no meeting; the feed leaves both out too)."""
    query = (
        select(Event).join(Invitation, Invitation.event_id == Event.id)
        .where(Invitation.person_id == person_id, Event.start >= event.end,
               Event.status == EventStatus.PLANNED, Event.id != event.id)
        .order_by(Event.start)
    )
    if event.programme_id is not None:
        query = query.where(Event.programme_id == event.programme_id)
    return list(session.scalars(query))


def prepare_minutes(
    db: Database, event_id: int, *, sender: Mailbox | None = None,
    pdf: bytes | None = None, request_calendar: CalendarProvider | None = None,
    minutes_pdf: PdfProvider | None = None,
) -> MailBatch:
    """The minutes PDF to each attendee, with the .ics of the follow-up events they are
    invited to."""
    sender = sender or coordinator()
    batch = MailBatch()
    calendars: dict[int, bytes] = {}
    calendar_of = request_calendar or default_request_calendar
    with db.session() as session:
        event = _load_event(session, event_id)
        attendees = sorted((a for a in event.attendances if a.status in PRESENT),
                           key=lambda a: (a.person.latin_name or a.person.name, a.id))
        if not attendees:
            raise InputError("nobody is recorded as present; check people in first",
                             field="attendance")
        if pdf is None:
            pdf = (minutes_pdf or default_minutes_pdf)(db, event_id)
        pdf_name = f"Minutes - {safe_filename(event.title, 'event')}.pdf"
        invitation_email = {i.person_id: i.email for i in event.invitations}
        for attendance in attendees:
            person = attendance.person
            to = _recipient(person, invitation_email.get(person.id) or person.primary_email,
                            batch)
            if to is None:
                continue
            attachments = [Attachment(pdf_name, pdf, "application/pdf")]
            follow_ups = follow_up_events(session, event, person.id)
            for later in follow_ups:
                if later.id not in calendars:
                    calendars[later.id] = calendar_of(db, later.id)
                attachments.append(Attachment(f"{safe_filename(later.title, 'event')}.ics",
                                              calendars[later.id], "text/calendar"))
            subject = f"Minutes: {event.title}"
            body = [_greeting(person.name), "",
                    f"Thank you for taking part in {event.title} "
                    f"({when_text(event.start, event.end, event.timezone)}).",
                    "", f"The minutes are attached ({pdf_name})."]
            if follow_ups:
                body += ["", "The calendar entries of the next meetings are attached too:"]
                body += [f"- {later.title}: {when_text(later.start, later.end, later.timezone)}"
                         for later in follow_ups]
            body += ["", _signature(sender)]
            message = build_message(sender=sender, to=[to], subject=subject,
                                    text="\n".join(body), attachments=attachments)
            batch.messages.append(PreparedMessage(MailPurpose.MINUTES, event.id, to.address,
                                                  to.name, subject, message))
    return batch


def prepare(db: Database, event_id: int, what: str, **options: Any) -> MailBatch:
    """`invitations` (updates and cancellations follow from the event), `minutes`."""
    if what == "invitations":
        return prepare_invitations(db, event_id, **options)
    if what == "cancellations":
        with db.session() as session:
            status = _load_event(session, event_id).status
        batch = (prepare_invitations(db, event_id, **options)
                 if status == EventStatus.CANCELLED else MailBatch())
        removed = prepare_cancellations(
            db, event_id, sender=options.get("sender"),
            cancel_calendar=options.get("cancel_calendar"))
        batch.messages.extend(removed.messages)
        batch.skipped.extend(removed.skipped)
        if not batch.messages and status != EventStatus.CANCELLED and not removed.skipped:
            raise InputError("nobody needs a cancellation: the event is not cancelled and "
                             "nobody was removed from it", field="EVENT")
        return batch
    if what == "minutes":
        return prepare_minutes(db, event_id, **options)
    raise InputError(f"unknown kind of message {what!r} (one of {', '.join(WHAT)})",
                     field="--what")


# --- the two ways out: .eml files, and the outbox (organiser.services.outbox) ---------

def eml_name(message: PreparedMessage, index: int) -> str:
    local = safe_filename(message.recipient.replace("@", " at "), "recipient")
    return f"{index:03d}-{message.purpose}-{local}.eml".replace(" ", "_")


def write_eml(messages: Sequence[PreparedMessage], directory: str | Path) -> list[Path]:
    """One .eml per message (Outlook, Thunderbird, Apple Mail open them); private files."""
    folder = Path(directory).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder: {exc.strerror}", file=str(folder)) from exc
    written = []
    for index, message in enumerate(messages, start=1):
        path = folder / eml_name(message, index)
        written.append(write_atomic(path, message.draft, mode=0o600))
    return written


def mark_sent(db: Database, messages: Sequence[PreparedMessage],
              when: dt.datetime | None = None) -> int:
    """Record on each invitation that its message went out (later ones become updates), and
    on the event that a removed invitee was sent their cancellation."""
    moment = when or dt.datetime.now(dt.UTC)
    ids = [m.invitation_id for m in messages if m.invitation_id is not None
           and m.purpose in (MailPurpose.INVITATION, MailPurpose.UPDATE)]
    removed = [m for m in messages
               if m.purpose == MailPurpose.CANCELLATION and m.invitation_id is None]
    if not ids and not removed:
        return 0
    with db.transaction() as session:
        if ids:
            for invitation in session.scalars(select(Invitation).where(
                    Invitation.id.in_(ids))):
                invitation.sent_at = moment
        for event_id in {m.event_id for m in removed}:
            event = session.get(Event, event_id)
            if event is None:
                continue
            told = {email_key(m.recipient) for m in removed if m.event_id == event_id}
            for entry in event.removed_invitees:
                if entry.email_key in told:
                    entry.cancelled_at = moment
    return len(ids) + len(removed)


__all__ = [
    "WHAT",
    "MailBatch",
    "PreparedMessage",
    "coordinator",
    "mark_sent",
    "prepare",
    "prepare_cancellations",
    "prepare_declinecounter",
    "prepare_invitations",
    "prepare_minutes",
    "when_text",
    "write_eml",
]
