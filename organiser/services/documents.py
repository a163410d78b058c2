"""An event's documents (minutes, agenda, sign-in sheet, dot-vote sheet): the event read in
one session into plain values (`exporters.pdf.eventdata`), then set by the pure PDF exporter."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core.enums import Reply, Role
from organiser.core.models import (
    Attendance,
    Board,
    Event,
    Idea,
    Invitation,
    LineOfAction,
    NextStep,
    Person,
    Theme,
)
from organiser.core.storage import Database
from organiser.exporters.pdf import check_kind, render_event_document
from organiser.exporters.pdf.eventdata import (
    AgendaLine,
    BoardLine,
    DecisionLine,
    EventData,
    IdeaLine,
    NextStepLine,
    PersonLine,
    RevisionLine,
    ThemeLine,
)
from organiser.services.records import required


def render_document(db: Database, kind: str, event_id: int, **options: Any) -> bytes:
    """The PDF bytes of one document of an event, in the event's language.

    `kind` is one of `exporters.pdf.DOCUMENT_KINDS`. Options: agenda
    `second_timezone="America/New_York"`; signin `blank_rows=12`; votes `boxes=12`,
    `blank_ideas=10`.
    """
    import dataclasses

    from organiser.core.settings import COORDINATOR_NAME, Settings

    check_kind(kind)
    data = dataclasses.replace(load_event(db, event_id),
                               author=Settings(strict=False).get(COORDINATOR_NAME).strip())
    return render_event_document(data, kind, **options)


def load_event(db: Database, event_id: int) -> EventData:
    """Read one event with its people, agenda, outcomes and sign-off (raises NotFoundError)."""
    with db.session() as session:
        event = required(session, Event, event_id, "event", "EVENT", options=[
            selectinload(Event.programme),
            selectinload(Event.invitations).selectinload(Invitation.person)
            .selectinload(Person.organisation),
            selectinload(Event.attendances).selectinload(Attendance.person)
            .selectinload(Person.organisation),
            selectinload(Event.agenda_items),
            selectinload(Event.decisions),
            selectinload(Event.boards).selectinload(Board.themes)
            .selectinload(Theme.ideas).selectinload(Idea.votes),
            selectinload(Event.boards).selectinload(Board.ideas).selectinload(Idea.votes),
            selectinload(Event.minutes_revisions),
        ])
        zone = ZoneInfo(event.timezone)

        def local(value: dt.datetime | None) -> dt.datetime | None:
            return value.astimezone(zone) if value is not None else None

        lines = {loa.id: loa.name for loa in session.scalars(select(LineOfAction))}
        data = EventData(
            id=event.id, title=event.title, kind=event.kind.value,
            programme=event.programme.name if event.programme else "",
            start=event.start.astimezone(zone), end=event.end.astimezone(zone),
            timezone=event.timezone, venue=event.venue, address=event.address,
            online_url=event.online_url, description=event.description,
            minutes_status=event.minutes_status, language=event.language or "en",
        )
        attendance = {a.person_id: a for a in event.attendances}
        seen: set[int] = set()
        for inv in event.invitations:
            att = attendance.get(inv.person_id)
            data.people.append(_person_line(inv.person, inv.role, inv.reply, att))
            seen.add(inv.person_id)
        for att in event.attendances:
            if att.person_id not in seen:
                data.people.append(_person_line(att.person, None, None, att))
        items = {}
        for item in event.agenda_items:
            items[item.id] = item.title
            planned = local(item.planned_start)
            data.agenda.append(AgendaLine(
                day=item.day, title=item.title, kind=item.kind.value, planned_start=planned,
                planned_end=planned + dt.timedelta(minutes=item.duration_minutes)
                if planned is not None else None,
                actual_start=local(item.actual_start), actual_end=local(item.actual_end),
                presenter=item.presenter.name if item.presenter else item.presenter_text,
                notes=item.notes, minutes=item.minutes,
            ))
        for number, decision in enumerate(event.decisions, start=1):
            data.decisions.append(DecisionLine(
                number=number, text=decision.text,
                line_of_action=lines.get(decision.line_of_action_id or -1, ""),
                agenda_item=items.get(decision.agenda_item_id or -1, ""),
            ))
        for board in event.boards:
            data.boards.append(_board_line(board, lines))
        steps = session.scalars(
            select(NextStep).where(NextStep.event_id == event_id)
            .order_by(NextStep.due_date.is_(None), NextStep.due_date, NextStep.id)
        ).all()
        for number, step in enumerate(steps, start=1):
            data.next_steps.append(NextStepLine(
                number=number, text=step.text, owner=step.owner_name, due=step.due_date,
                line_of_action=lines.get(step.line_of_action_id or -1, ""),
                status=step.status.value,
            ))
        for revision in event.minutes_revisions:
            data.revisions.append(RevisionLine(
                number=revision.number, approved_by=revision.approved_by,
                approved_at=revision.approved_at.astimezone(zone),
                change_note=revision.change_note,
            ))
        return data


def _person_line(person: Person, role: Role | None, reply: Reply | None,
                 attendance: Attendance | None) -> PersonLine:
    org = person.organisation
    return PersonLine(
        person_id=person.id, name=person.name,
        organisation=org.name if org else "",
        job_title=person.job_title, role=role, reply=reply,
        attendance=attendance.status if attendance else None,
        walk_in=bool(attendance and attendance.walk_in) or (role is None),
        note=attendance.note if attendance else "",
    )


def _board_line(board: Board, lines: dict[int, str]) -> BoardLine:
    def idea_line(idea: Idea) -> IdeaLine:
        return IdeaLine(text=idea.text, votes=sum(v.count for v in idea.votes),
                        line_of_action=lines.get(idea.line_of_action_id or -1, ""),
                        author="")

    themes = []
    for theme in board.themes:
        ideas = sorted((idea_line(i) for i in theme.ideas), key=lambda i: -i.votes)
        themes.append(ThemeLine(title=theme.title,
                                line_of_action=lines.get(theme.line_of_action_id or -1, ""),
                                ideas=ideas))
    loose = [idea_line(i) for i in board.ideas if i.theme_id is None]
    themes.sort(key=lambda t: -t.votes)
    if loose:
        themes.append(ThemeLine(title="Ideas not grouped in a theme", line_of_action="",
                                ideas=sorted(loose, key=lambda i: -i.votes), ranked=False))
    return BoardLine(title=board.title, votes_per_person=board.votes_per_person, themes=themes)
