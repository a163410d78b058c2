"""Counter-proposals (iTIP COUNTER, RFC 5546 §3.2.7): listed, accepted or declined.

Accepting one reschedules the event to the proposed time (a significant change: SEQUENCE
rises and everyone is asked again, `core.invitation_state`); declining one gives the
DECLINECOUNTER (§3.2.8) to send to the proposer, as a file or a message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from organiser.core.enums import CounterStatus
from organiser.core.errors import InputError, NotFoundError
from organiser.core.models import CounterProposal, Event, utcnow
from organiser.core.storage import Database
from organiser.services.events import EventChange, edit_event
from organiser.services.serialise import iso


@dataclass(frozen=True)
class CounterRow:
    id: int
    event_id: int
    email: str
    name: str
    start: dt.datetime | None
    end: dt.datetime | None
    comment: str
    sequence: int
    received: dt.datetime
    status: CounterStatus
    timezone: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "email": self.email, "name": self.name,
            "start": iso(self.start, self.timezone), "end": iso(self.end, self.timezone),
            "comment": self.comment, "sequence": self.sequence,
            "received": iso(self.received, self.timezone), "status": self.status.value,
        }


def counter_rows(session: Any, event: Event) -> list[CounterRow]:
    proposals = session.scalars(select(CounterProposal).where(
        CounterProposal.event_id == event.id).order_by(CounterProposal.id)).all()
    return [CounterRow(p.id, p.event_id, p.email, p.name, p.proposed_start, p.proposed_end,
                       p.comment, p.sequence, p.received_at, p.status, event.timezone)
            for p in proposals]


def list_counters(db: Database, event_id: int) -> list[CounterRow]:
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFoundError(f"no event with id {event_id}", field="EVENT")
        return counter_rows(session, event)


def _open_proposal(session: Any, counter_id: int) -> CounterProposal:
    proposal = session.get(CounterProposal, counter_id)
    if proposal is None:
        raise NotFoundError(f"no counter-proposal with id {counter_id}", field="COUNTER")
    if proposal.status is not CounterStatus.OPEN:
        raise InputError(f"is already {proposal.status.value}; only an open proposal can be "
                         "accepted or declined", field=f"counter-proposal {counter_id}")
    return proposal


def accept_counter(db: Database, counter_id: int) -> EventChange:
    """Move the event to the proposed time (everyone is asked again, the proposer too)."""
    with db.transaction() as session:
        proposal = _open_proposal(session, counter_id)
        if proposal.proposed_start is None or proposal.proposed_end is None:
            raise InputError("proposes no time (no DTSTART and DTEND); change the event by "
                             "hand", field=f"counter-proposal {counter_id}")
        change = edit_event(session, proposal.event, {
            "start": proposal.proposed_start, "end": proposal.proposed_end})
        proposal.status = CounterStatus.ACCEPTED
        proposal.decided_at = utcnow()
        return change


@dataclass(frozen=True)
class Declined:
    event_id: int
    email: str
    name: str
    calendar: bytes


def decline_counter(db: Database, counter_id: int, comment: str = "") -> Declined:
    """Record the decline; returns the DECLINECOUNTER to send to the proposer."""
    from organiser.core.text import clean_text
    from organiser.services.calendar_files import declinecounter_calendar

    with db.session() as session:
        proposal = _open_proposal(session, counter_id)
        event_id, email, name = proposal.event_id, proposal.email, proposal.name
    calendar = declinecounter_calendar(db, event_id, email, name, clean_text(comment).strip())
    with db.transaction() as session:
        proposal = _open_proposal(session, counter_id)
        proposal.status = CounterStatus.DECLINED
        proposal.decided_at = utcnow()
    return Declined(event_id, email, name, calendar)


__all__ = ["CounterRow", "Declined", "accept_counter", "decline_counter", "list_counters"]
