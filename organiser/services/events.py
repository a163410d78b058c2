"""Events: listing and the full picture of one event (the `events show --json` contract)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from organiser.core.enums import EventKind, EventStatus
from organiser.core.errors import NotFoundError
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
from organiser.services.serialise import iso


@dataclass(frozen=True)
class EventRow:
    """One line of the events list."""

    id: int
    title: str
    kind: EventKind
    status: EventStatus
    start: dt.datetime
    end: dt.datetime
    timezone: str
    venue: str
    invited: int

    @property
    def local_start(self) -> dt.datetime:
        return self.start.astimezone(ZoneInfo(self.timezone))

    @property
    def local_end(self) -> dt.datetime:
        return self.end.astimezone(ZoneInfo(self.timezone))

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind.value,
            "status": self.status.value,
            "start": iso(self.start, self.timezone),
            "end": iso(self.end, self.timezone),
            "timezone": self.timezone,
            "venue": self.venue,
            "invited": self.invited,
        }


def list_events(db: Database) -> list[EventRow]:
    """Every event in date order with its number of invitations (one query)."""
    invited = (
        select(Invitation.event_id, func.count(Invitation.id).label("n"))
        .group_by(Invitation.event_id)
        .subquery()
    )
    query = (
        select(
            Event.id, Event.title, Event.kind, Event.status, Event.start, Event.end,
            Event.timezone, Event.venue, func.coalesce(invited.c.n, 0),
        )
        .outerjoin(invited, invited.c.event_id == Event.id)
        .order_by(Event.start, Event.id)
    )
    with db.session() as session:
        return [EventRow(*row) for row in session.execute(query).all()]


def get_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(f"no event with id {event_id}", field="EVENT")
    return event


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
            "invitations": [_invitation_json(i) for i in
                            sorted(event.invitations, key=lambda i: i.id)],
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


def _invitation_json(inv: Invitation) -> dict[str, Any]:
    return {
        "id": inv.id,
        "person_id": inv.person_id,
        "name": inv.person.name,
        "email": inv.email or inv.person.primary_email,
        "role": inv.role.value,
        "reply": inv.reply.value,
        "comment": inv.reply_comment,
        "replied_at": iso(inv.replied_at),
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
