"""Calendar files of the events: the event read from the database and the coordinator's
identity from the settings, then written by the pure iCalendar exporter (`exporters.ics`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser import APP_NAME
from organiser.core.errors import InputError
from organiser.core.models import AgendaItem, Event, Invitation, Person, Programme
from organiser.core.storage import Database
from organiser.exporters.ics import (
    FEED_STATUSES,
    cancel_ics,
    declinecounter_ics,
    feed_ics,
    request_ics,
)
from organiser.services.records import required


def coordinator() -> tuple[str, str]:
    """The organiser of every invitation: name and address from the settings.

    Without an address, replies would go nowhere (or to a made-up address), so it is an
    error that says where to give it rather than a silent default.
    """
    from organiser.core.settings import COORDINATOR_EMAIL, COORDINATOR_NAME, Settings

    settings = Settings(strict=False)
    name = settings.get(COORDINATOR_NAME).strip()
    address = settings.get(COORDINATOR_EMAIL).strip()
    if not address or "@" not in address:
        raise InputError(
            "is not set: invitations need it for the replies (give it in Preferences, "
            "Identity)", field="your e-mail address")
    return name, address


def _load(db: Database, event_id: int) -> Event:
    """The event with its invitations (people, delegates, addresses) and agenda."""
    with db.session() as session:
        return required(session, Event, event_id, "event", "EVENT", options=[
            selectinload(Event.invitations).selectinload(Invitation.person)
            .selectinload(Person.emails),
            selectinload(Event.invitations).selectinload(Invitation.delegate)
            .selectinload(Person.emails),
            selectinload(Event.agenda_items).selectinload(AgendaItem.presenter),
            selectinload(Event.removed_invitees),
        ])


def request_calendar(db: Database, event_id: int, *, now: dt.datetime | None = None) -> bytes:
    """The invitation as it stands (METHOD:REQUEST), or the CANCEL of a cancelled event."""
    event = _load(db, event_id)
    return request_ics(event, coordinator(), now=now)


def cancel_calendar(db: Database, event_id: int, emails: list[str] | None = None, *,
                    now: dt.datetime | None = None) -> bytes:
    """METHOD:CANCEL for the removed invitees named (or, without names, for everyone)."""
    event = _load(db, event_id)
    return cancel_ics(event, coordinator(), emails, now=now)


def declinecounter_calendar(db: Database, event_id: int, email: str, name: str = "",
                            comment: str = "", *, now: dt.datetime | None = None) -> bytes:
    """METHOD:DECLINECOUNTER (RFC 5546 §3.2.8): the proposed time is declined; the event
    stays as it is, at its current SEQUENCE."""
    event = _load(db, event_id)
    return declinecounter_ics(event, coordinator(), email, name, comment, now=now)


def feed_calendar(db: Database, *, now: dt.datetime | None = None) -> bytes:
    """The programme feed (METHOD:PUBLISH): every planned event, held ones, and cancellations.

    Drafts stay out; invitees stay out too (a feed is shared, the invitation list is not).
    """
    with db.session() as session:
        events = list(session.scalars(
            select(Event).where(Event.status.in_(FEED_STATUSES))
            .options(selectinload(Event.agenda_items).selectinload(AgendaItem.presenter))
            .order_by(Event.start, Event.id)).all())
        programme = session.scalars(select(Programme).order_by(Programme.id)).first()
        title = programme.name if programme else APP_NAME
    try:
        organiser: tuple[str, str] | None = coordinator()
    except InputError:
        organiser = None  # a feed is readable without an organiser
    return feed_ics(events, title, organiser, now=now)
