"""Minutes sign-off: a draft is approved (who, when) and becomes read-only; a new version
reopens it as a draft and is issued with a note of what changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from organiser.core.enums import MinutesStatus
from organiser.core.errors import InputError
from organiser.core.models import Event, MinutesRevision, utcnow
from organiser.core.storage import Database
from organiser.core.text import clean_line, clean_text
from organiser.services.records import required
from organiser.services.serialise import iso


@dataclass(frozen=True)
class Revision:
    number: int
    approved_by: str
    approved_at: dt.datetime
    change_note: str

    def as_json(self, tz: str | None = None) -> dict[str, Any]:
        return {"number": self.number, "approved_by": self.approved_by,
                "approved_at": iso(self.approved_at, tz), "change_note": self.change_note}


@dataclass(frozen=True)
class MinutesState:
    event_id: int
    status: MinutesStatus
    revisions: list[Revision]

    @property
    def approved(self) -> bool:
        return self.status is MinutesStatus.APPROVED

    @property
    def editable(self) -> bool:
        return not self.approved

    @property
    def next_number(self) -> int:
        return (self.revisions[-1].number if self.revisions else 0) + 1

    def describe(self) -> str:
        if self.approved and self.revisions:
            last = self.revisions[-1]
            return (f"Approved (version {last.number}) by {last.approved_by} on "
                    f"{last.approved_at:%d %b %Y}")
        if self.revisions:
            return f"Draft of version {self.next_number}"
        return "Draft"


def _event(session: Session, event_id: int) -> Event:
    return required(session, Event, event_id, "event", "EVENT")


def _state(session: Session, event: Event) -> MinutesState:
    revisions = session.scalars(select(MinutesRevision)
                                .where(MinutesRevision.event_id == event.id)
                                .order_by(MinutesRevision.number)).all()
    return MinutesState(event.id, event.minutes_status,
                        [Revision(r.number, r.approved_by, r.approved_at, r.change_note)
                         for r in revisions])


def minutes_state(db: Database, event_id: int) -> MinutesState:
    with db.session() as session:
        return _state(session, _event(session, event_id))


def ensure_minutes_editable(session: Session, event_id: int) -> None:
    """Call before changing what the minutes record (item minutes, decisions, next steps of
    the event): approved minutes are read-only until a new version is started."""
    event = _event(session, event_id)
    if event.minutes_status is MinutesStatus.APPROVED:
        raise InputError("the minutes are approved and read-only; start a new version to "
                         "change them", field="minutes")


def approve_minutes(db: Database, event_id: int, approved_by: str, *, change_note: str = "",
                    when: dt.datetime | None = None) -> MinutesState:
    """Approve the draft; a second or later version must say what changed."""
    who = clean_line(approved_by)
    note = clean_text(change_note).strip()
    if not who:
        raise InputError("say who approves the minutes", field="approved by")
    with db.transaction() as session:
        event = _event(session, event_id)
        if event.minutes_status is MinutesStatus.APPROVED:
            raise InputError("the minutes are already approved; start a new version first",
                             field="minutes")
        state = _state(session, event)
        if state.revisions and not note:
            raise InputError(f"version {state.next_number} needs a note of what changed",
                             field="change note")
        session.add(MinutesRevision(event_id=event.id, number=state.next_number,
                                    approved_by=who, approved_at=when or utcnow(),
                                    change_note=note))
        event.minutes_status = MinutesStatus.APPROVED
        session.flush()
        return _state(session, event)


def start_new_version(db: Database, event_id: int) -> MinutesState:
    """Reopen approved minutes as the draft of the next version."""
    with db.transaction() as session:
        event = _event(session, event_id)
        if event.minutes_status is not MinutesStatus.APPROVED:
            raise InputError("the minutes are already a draft", field="minutes")
        event.minutes_status = MinutesStatus.DRAFT
        session.flush()
        return _state(session, event)
