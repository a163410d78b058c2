"""Events: listing, the full picture of one event (the `events show --json` contract), and
creating, editing, duplicating and cancelling events.

What an edit does to SEQUENCE and to the answers is decided in one place,
`organiser.core.invitation_state` (the rules, with their RFC references, are its docstring).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from organiser.core import limits
from organiser.core.enums import EventKind, EventStatus, Reply, parse_choice
from organiser.core.errors import InputError, NotFoundError
from organiser.core.locking import check_version
from organiser.core.models import (
    AgendaItem,
    Attendance,
    Board,
    Event,
    Idea,
    Invitation,
    NextStep,
    Person,
)
from organiser.core.storage import Database
from organiser.core.text import clean_line, clean_text
from organiser.services.event_list import EventRow as EventRow
from organiser.services.event_list import event_list_row as event_list_row
from organiser.services.event_list import list_events as list_events
from organiser.services.records import required
from organiser.services.serialise import iso


def get_event(session: Session, event_id: int) -> Event:
    return required(session, Event, event_id, "event", "EVENT")


def event_details(db: Database, event_id: int) -> dict[str, Any]:
    """Everything known about one event, JSON-ready, times with the event's offset."""
    with db.session() as session:
        event = session.scalars(
            select(Event)
            .where(Event.id == event_id)
            .options(
                selectinload(Event.invitations)
                .selectinload(Invitation.person)
                .selectinload(Person.emails),
                selectinload(Event.invitations).selectinload(Invitation.delegate)
                .selectinload(Person.emails),
                selectinload(Event.agenda_items),
                selectinload(Event.attendances).selectinload(Attendance.person),
                selectinload(Event.boards).selectinload(Board.ideas).selectinload(Idea.votes),
                selectinload(Event.boards).selectinload(Board.themes),
                selectinload(Event.decisions),
            )
        ).one_or_none()
        if event is None:
            raise NotFoundError(f"no event with id {event_id}", field="EVENT")
        tz = event.timezone
        next_steps = session.scalars(
            select(NextStep).where(NextStep.event_id == event_id).order_by(NextStep.id)
        ).all()
        from organiser.services.counters import counter_rows

        counters = counter_rows(session, event)
        by_id = {inv.id: inv for inv in event.invitations}
        delegates = {inv.delegated_from_id: inv for inv in event.invitations
                     if inv.delegated_from_id is not None}
        return {
            "id": event.id,
            "title": event.title,
            "kind": event.kind.value,
            "status": event.status.value,
            "start": iso(event.start, tz),
            "end": iso(event.end, tz),
            "timezone": tz,
            "venue": event.venue,
            "address": event.address,
            "online_url": event.online_url,
            "description": event.description,
            "language": event.language,
            "uid": event.uid,
            "sequence": event.sequence,
            "minutes_status": event.minutes_status.value,
            "invitations": [_invitation_json(i, delegates.get(i.id), by_id)
                            for i in sorted(event.invitations, key=lambda i: i.id)],
            "counter_proposals": [c.as_json() for c in counters],
            "agenda": [_agenda_json(a, tz) for a in event.agenda_items],
            "attendance": [_attendance_json(a, tz) for a in
                           sorted(event.attendances, key=lambda a: a.id)],
            "ideas": [_idea_json(idea) for board in event.boards for idea in board.ideas],
            "decisions": [
                {"id": d.id, "text": d.text, "agenda_item_id": d.agenda_item_id,
                 "line_of_action_id": d.line_of_action_id}
                for d in event.decisions
            ],
            "next_steps": [_next_step_json(n) for n in next_steps],
        }


def _invitation_json(inv: Invitation, delegate: Invitation | None,
                     by_id: dict[int, Invitation]) -> dict[str, Any]:
    delegated_to = ""
    if delegate is not None:
        delegated_to = delegate.email or delegate.person.primary_email
    elif inv.reply is Reply.DELEGATED and inv.delegate is not None:
        delegated_to = inv.delegate.primary_email
    source = by_id.get(inv.delegated_from_id or 0)
    return {
        "id": inv.id,
        "person_id": inv.person_id,
        "name": inv.person.name,
        "email": inv.email or inv.person.primary_email,
        "role": inv.role.value,
        "reply": inv.reply.value,
        "comment": inv.reply_comment,
        "replied_at": iso(inv.replied_at),
        "reply_sequence": inv.reply_sequence,
        "delegated_from_id": inv.delegated_from_id,
        "delegated_from": (source.email or source.person.primary_email) if source else "",
        "delegated_to": delegated_to,
    }


def _agenda_json(item: AgendaItem, tz: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "day": item.day,
        "position": item.position,
        "start": iso(item.planned_start, tz),
        "duration_minutes": item.duration_minutes,
        "title": item.title,
        "kind": item.kind.value,
        "presenter": item.presenter.name if item.presenter else item.presenter_text,
        "notes": item.notes,
        "minutes": item.minutes,
        "actual_start": iso(item.actual_start, tz),
        "actual_end": iso(item.actual_end, tz),
    }


def _attendance_json(att: Attendance, tz: str) -> dict[str, Any]:
    return {
        "person_id": att.person_id,
        "name": att.person.name,
        "status": att.status.value,
        "checked_in_at": iso(att.checked_in_at, tz),
        "walk_in": att.walk_in,
    }


def _idea_json(idea: Idea) -> dict[str, Any]:
    return {
        "id": idea.id,
        "board_id": idea.board_id,
        "text": idea.text,
        "theme": idea.theme.title if idea.theme else None,
        "votes": sum(v.count for v in idea.votes),
        "line_of_action_id": idea.line_of_action_id,
    }


def _next_step_json(step: NextStep) -> dict[str, Any]:
    return {
        "id": step.id,
        "text": step.text,
        "owner": step.owner_name,
        "owner_person_id": step.owner_person_id,
        "owner_organisation_id": step.owner_organisation_id,
        "due_date": iso(step.due_date),
        "status": step.status.value,
        "line_of_action_id": step.line_of_action_id,
    }


# --- creating and editing ---------------------------------------------------------------

EDITABLE_FIELDS = ("title", "kind", "start", "end", "timezone", "venue", "address",
                   "online_url", "description", "language", "status")


def check_timezone(name: str, *, field: str = "time zone") -> str:
    """An IANA zone name ('Europe/Paris'); Windows names are accepted and mapped."""
    text = (name or "").strip()
    if not text:
        raise InputError("is empty (give an IANA zone such as Europe/Paris)", field=field)
    from organiser.core.zones import windows_zone, zone

    mapped = windows_zone(text) or text
    if zone(mapped) is None:
        raise InputError(f"unknown time zone {text!r} (give an IANA zone such as "
                         "Europe/Paris)", field=field)
    return mapped


def local_instant(value: dt.datetime, zone: str, *, field: str) -> dt.datetime:
    """The UTC instant of a wall time in `zone` (aware values are taken as they are).

    A wall time that does not exist (clocks go forward) or exists twice (clocks go back)
    is refused: guessing would put the meeting an hour off for everyone.
    """
    if value.tzinfo is not None:
        return value.astimezone(dt.UTC)
    tz = ZoneInfo(zone)
    first = value.replace(tzinfo=tz, fold=0)
    second = value.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset():
        back = first.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None)
        if back != value:
            raise InputError(f"{value:%Y-%m-%d %H:%M} does not exist in {zone} (the clocks go "
                             "forward then)", field=field)
        raise InputError(f"{value:%Y-%m-%d %H:%M} happens twice in {zone} (the clocks go back "
                         "then); choose another time", field=field)
    return first.astimezone(dt.UTC)


def parse_when(text: str, *, field: str) -> dt.datetime:
    """ISO 8601 from the command line or a form: '2026-12-08T13:00' (wall time) or with offset."""
    try:
        return dt.datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InputError(f"{text!r} is not a date and time (use 2026-12-08T13:00)",
                         field=field) from exc


@dataclass(frozen=True)
class EventChange:
    """What an edit did to the calendar identity of the event (and its new version)."""

    event_id: int
    sequence: int
    bumped: bool
    changed: tuple[str, ...]
    answers_reset: int = 0
    version: int = 0


# Longest accepted text per field (core.limits; never above the column's length).
FIELD_CHARS = {"venue": limits.TITLE_CHARS, "online_url": min(limits.URL_CHARS, 1000),
               "language": 20, "address": limits.ADDRESS_CHARS,
               "description": limits.DESCRIPTION_CHARS}


def _coerce(event: Event | None, changes: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise edited fields (wall times are read in the event's zone)."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise InputError(f"cannot be edited: {', '.join(sorted(unknown))}", field="event")
    values: dict[str, Any] = {}
    zone = event.timezone if event is not None else ""
    if "timezone" in changes:
        zone = check_timezone(changes["timezone"])
        values["timezone"] = zone
    if "title" in changes:
        title = clean_line(changes["title"])
        if not title:
            raise InputError("is empty", field="title")
        values["title"] = limits.check_length(title, limits.TITLE_CHARS, field="title")
    if "kind" in changes:
        values["kind"] = parse_choice(EventKind, changes["kind"], "kind")
    if "status" in changes:
        try:
            values["status"] = EventStatus(changes["status"])
        except ValueError as exc:
            raise InputError(f"{changes['status']!r} is not an event status",
                             field="status") from exc
    for name in ("start", "end"):
        if name in changes:
            value = changes[name]
            if isinstance(value, str):
                value = parse_when(value, field=name)
            if not isinstance(value, dt.datetime):
                raise InputError("is not a date and time", field=name)
            limits.check_year(value, field=name)
            values[name] = local_instant(value, zone or "UTC", field=name)
            limits.check_year(values[name], field=name)
        elif "timezone" in changes and event is not None:
            # the wall times stay; the instants move with the new zone
            wall = getattr(event, name).astimezone(ZoneInfo(event.timezone)).replace(tzinfo=None)
            values[name] = local_instant(wall, zone, field=name)
    for name in ("venue", "online_url", "language"):
        if name in changes:
            values[name] = limits.check_length(clean_line(changes[name]), FIELD_CHARS[name],
                                               field=name.replace("_", " "))
    for name in ("address", "description"):
        if name in changes:
            values[name] = limits.check_length(clean_text(changes[name]), FIELD_CHARS[name],
                                               field=name)
    url = values.get("online_url", "")
    if url and not url.lower().startswith(("https://", "http://")):
        raise InputError(f"{url!r} is not a web address (https://...)", field="online link")
    return values


def _check_times(start: dt.datetime, end: dt.datetime) -> None:
    if end <= start:
        raise InputError("must be after the start", field="end")
    if end - start > dt.timedelta(days=31):
        raise InputError("is more than 31 days after the start", field="end")


def create_event(db: Database, *, title: str, kind: str | EventKind,
                 start: dt.datetime | str, end: dt.datetime | str, timezone: str,
                 venue: str = "", address: str = "", online_url: str = "",
                 description: str = "", language: str = "en",
                 status: str | EventStatus = EventStatus.PLANNED) -> int:
    """A new event; naive start/end are wall times in `timezone`. Returns its id."""
    values = _coerce(None, {
        "title": title, "kind": kind, "timezone": timezone, "start": start, "end": end,
        "venue": venue, "address": address, "online_url": online_url,
        "description": description, "language": language, "status": status,
    })
    if values["status"] not in (EventStatus.DRAFT, EventStatus.PLANNED):
        raise InputError(f"a new event is a draft or planned, not {values['status'].value} "
                         "(cancel an event once it exists; it is held once it took place)",
                         field="status")
    _check_times(values["start"], values["end"])
    with db.transaction() as session:
        from organiser.core.models import Programme

        programme = session.scalars(select(Programme).order_by(Programme.id)).first()
        event = Event(programme=programme, sequence=0, time_place_sequence=0,
                      **values)
        session.add(event)
        session.flush()
        return event.id


def update_event(db: Database, event_id: int, *, expected_version: int | None = None,
                 **changes: Any) -> EventChange:
    """Edit an event; a change of time or place raises SEQUENCE and asks everyone again
    (`core.invitation_state`).

    `expected_version` is the version the editor was filled from: someone else's change
    since then is refused (ConflictError), never overwritten.
    """
    with db.transaction() as session:
        event = get_event(session, event_id)
        check_version(event, expected_version)
        return edit_event(session, event, changes)


def edit_event(session: Session, event: Event, changes: dict[str, Any]) -> EventChange:
    """The edit inside a caller's transaction (accepting a counter-proposal uses it too)."""
    from organiser.core.enums import CounterStatus
    from organiser.core.invitation_state import SIGNIFICANT, classify, record_edits
    from organiser.core.models import CounterProposal

    values = _coerce(event, changes)
    changed = tuple(name for name, value in values.items() if getattr(event, name) != value)
    start = values.get("start", event.start)
    end = values.get("end", event.end)
    if "start" in changed or "end" in changed:
        _check_times(start, end)
    old_start, old_zone, old_status = event.start, event.timezone, event.status
    old_sequence = event.sequence
    for name in changed:
        setattr(event, name, values[name])
    if {"start", "end", "timezone"} & set(changed) and event.agenda_items:
        from organiser.services.agenda import follow_event_times

        follow_event_times(session, event, old_start, old_zone)
    edits = classify(set(changed), old_status=old_status.value, new_status=event.status.value)
    reset = record_edits(event, edits)
    if SIGNIFICANT & set(edits):
        # proposals of another time answered the meeting as it was
        for proposal in session.scalars(select(CounterProposal).where(
                CounterProposal.event_id == event.id,
                CounterProposal.status == CounterStatus.OPEN)):
            proposal.status = CounterStatus.OUTDATED
    session.flush()
    return EventChange(event.id, event.sequence, event.sequence != old_sequence, changed,
                       reset, event.version)


def cancel_event(db: Database, event_id: int, *,
                 expected_version: int | None = None) -> EventChange:
    """Mark the event cancelled; its calendar becomes a CANCEL for everyone."""
    with db.transaction() as session:
        event = get_event(session, event_id)
        check_version(event, expected_version)
        if event.status is EventStatus.CANCELLED:
            raise InputError("is already cancelled", field=f"event {event_id}")
        from organiser.core.invitation_state import Edit, record_edits

        event.status = EventStatus.CANCELLED
        record_edits(event, [Edit.CANCEL])
        session.flush()
        return EventChange(event.id, event.sequence, True, ("status",), version=event.version)


def duplicate_event(db: Database, event_id: int, *, start: dt.datetime | str | None = None,
                    title: str | None = None) -> int:
    """A draft copy (new UID, SEQUENCE 0) with the same invitees, none of them answered yet.

    `start` (wall time in the event's zone) moves the copy; the agenda moves with it.
    """
    with db.transaction() as session:
        source = get_event(session, event_id)
        shift = dt.timedelta(0)
        if start is not None:
            if isinstance(start, str):
                start = parse_when(start, field="start")
            shift = local_instant(start, source.timezone, field="start") - source.start
        copy = Event(
            programme_id=source.programme_id, title=clean_line(title) or f"{source.title} (copy)",
            kind=source.kind, start=source.start + shift, end=source.end + shift,
            timezone=source.timezone, venue=source.venue, address=source.address,
            online_url=source.online_url, description=source.description,
            language=source.language, status=EventStatus.DRAFT, sequence=0,
            time_place_sequence=0,
        )
        for inv in sorted(source.invitations, key=lambda i: i.id):
            copy.invitations.append(Invitation(person_id=inv.person_id, role=inv.role,
                                               reply=Reply.NEEDS_ACTION, email=inv.email))
        for item in source.agenda_items:
            copy.agenda_items.append(AgendaItem(
                day=item.day, position=item.position,
                planned_start=item.planned_start + shift if item.planned_start else None,
                duration_minutes=item.duration_minutes, title=item.title, kind=item.kind,
                presenter_id=item.presenter_id, presenter_text=item.presenter_text,
                notes=item.notes))
        session.add(copy)
        session.flush()
        return copy.id


def event_form_values(db: Database, event_id: int) -> dict[str, Any]:
    """The editable fields of an event, wall times in its zone (for the editor)."""
    with db.session() as session:
        event = get_event(session, event_id)
        tz = ZoneInfo(event.timezone)
        return {
            "title": event.title, "kind": event.kind, "timezone": event.timezone,
            "start": event.start.astimezone(tz).replace(tzinfo=None),
            "end": event.end.astimezone(tz).replace(tzinfo=None),
            "venue": event.venue, "address": event.address, "online_url": event.online_url,
            "description": event.description, "language": event.language,
            "status": event.status, "sequence": event.sequence, "uid": event.uid,
            "version": event.version,
        }
