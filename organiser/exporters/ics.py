"""iCalendar files: iTIP REQUEST and CANCEL per event (RFC 5546), the PUBLISH programme feed.

A multi-day workshop is ONE VEVENT from the first morning to the last evening: iTIP allows one
UID per message, so one VEVENT means one invitation, one Accept/Decline per person, one update
and one cancellation that every client links together; one VEVENT per day would need a message
and a reply per day (and a partial acceptance the coordinator cannot act on). The day-by-day
programme goes in DESCRIPTION, from the agenda.

Pure: events come in (loaded with their invitations, people and agenda), bytes come out; the use
cases that read them and the coordinator's identity are in `services.calendar_files`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from organiser import APP_NAME, __version__
from organiser.core.addresses import wire_address
from organiser.core.enums import EventStatus, Reply, Role
from organiser.core.errors import InputError
from organiser.core.models import Event, Invitation, utcnow
from organiser.core.text import clean_line, clean_text, email_key

if TYPE_CHECKING:
    from icalendar import Calendar
    from icalendar import Event as VEvent

PRODID = f"-//{APP_NAME}//{APP_NAME} {__version__}//EN"

Organiser = tuple[str, str]  # the coordinator's name and address (services.calendar_files)

ROLE_TO_ICAL = {
    Role.CHAIR: "CHAIR",
    Role.PARTICIPANT: "REQ-PARTICIPANT",
    Role.OPTIONAL: "OPT-PARTICIPANT",
    Role.OBSERVER: "NON-PARTICIPANT",
}
REPLY_TO_PARTSTAT = {
    Reply.NEEDS_ACTION: "NEEDS-ACTION",
    Reply.ACCEPTED: "ACCEPTED",
    Reply.TENTATIVE: "TENTATIVE",
    Reply.DECLINED: "DECLINED",
    Reply.DELEGATED: "DELEGATED",
}
PARTSTAT_TO_REPLY = {v: k for k, v in REPLY_TO_PARTSTAT.items()}


def _calendar(method: str) -> Calendar:
    from icalendar import Calendar

    cal = Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    if method:
        cal.add("METHOD", method)
    return cal


def _add_timezones(cal: Calendar, events: Sequence[Event]) -> None:
    """One VTIMEZONE per zone used, covering the events' years (DST rules included)."""
    from icalendar import Timezone

    spans: dict[str, tuple[dt.date, dt.date]] = {}
    for event in events:
        if event.timezone == "UTC":
            continue
        # clamped: an event stored before dates were bounded must not stop the whole feed
        first = dt.date(max(event.start.year - 1, dt.MINYEAR), 1, 1)
        last = dt.date(min(event.end.year + 2, dt.MAXYEAR), 1, 1)
        if event.timezone in spans:
            old = spans[event.timezone]
            first, last = min(first, old[0]), max(last, old[1])
        spans[event.timezone] = (first, last)
    for position, (zone, (first, last)) in enumerate(sorted(spans.items())):
        cal.subcomponents.insert(position, Timezone.from_tzid(zone, first_date=first,
                                                              last_date=last))


def _local(value: dt.datetime, zone: str) -> dt.datetime:
    if zone == "UTC":
        return value.astimezone(dt.UTC)
    return value.astimezone(ZoneInfo(zone))


def location_text(event: Event) -> str:
    address = ", ".join(line.strip() for line in event.address.splitlines() if line.strip())
    parts = [p for p in (event.venue, address) if p]
    if not parts and event.online_url:
        return event.online_url
    return ", ".join(parts)


def agenda_summary(event: Event) -> str:
    """The day-by-day programme, in the event's own wall time."""
    items = list(event.agenda_items)
    if not items:
        return ""
    days = sorted({item.day for item in items})
    lines = ["Agenda"]
    for day in days:
        if len(days) > 1:
            lines.append(f"Day {day}")
        for item in (i for i in items if i.day == day):
            when = (_local(item.planned_start, event.timezone).strftime("%H:%M")
                    if item.planned_start else "")
            who = item.presenter.name if item.presenter else item.presenter_text
            text = f"{when}  {item.title}" if when else item.title
            lines.append(f"{text} ({who})" if who else text)
    return "\n".join(lines)


def description_text(event: Event) -> str:
    parts = [event.description.strip()]
    if event.online_url:
        parts.append(f"Join online: {event.online_url}")
    agenda = agenda_summary(event)
    if agenda:
        parts.append(agenda)
    return "\n\n".join(p for p in parts if p)


def _event_identity(event: Event, *, stamp: dt.datetime) -> VEvent:
    """What every VEVENT of ours says: which meeting, which version of it, when, and its title."""
    from icalendar import Event as VEvent

    vevent = VEvent()
    vevent.add("UID", event.uid)
    vevent.add("DTSTAMP", stamp)
    vevent.add("SEQUENCE", event.sequence)
    vevent.add("DTSTART", _local(event.start, event.timezone))
    vevent.add("DTEND", _local(event.end, event.timezone))
    vevent.add("SUMMARY", clean_line(event.title))
    return vevent


def _vevent(event: Event, *, stamp: dt.datetime, status: str) -> VEvent:
    vevent = _event_identity(event, stamp=stamp)
    location = location_text(event)
    if location:
        vevent.add("LOCATION", clean_text(location))
    description = description_text(event)
    if description:
        vevent.add("DESCRIPTION", clean_text(description))
    if event.online_url:
        vevent.add("URL", event.online_url)
    vevent.add("STATUS", status)
    vevent.add("TRANSP", "OPAQUE")
    vevent.add("CREATED", event.created_at)
    vevent.add("LAST-MODIFIED", event.updated_at)
    # Outlook compares its own copy of the sequence; keeping both equal avoids lost updates.
    vevent.add("X-MICROSOFT-CDO-APPT-SEQUENCE", str(event.sequence))
    return vevent


def cn_text(name: str) -> str:
    """A name as a CN parameter: one clean line; a backslash (which readers such as
    icalendar take as escaping the closing quote, garbling every parameter after it) is
    written as the full-width reverse solidus that looks the same."""
    return clean_line(name).replace("\\", "\uff3c")


def _organizer(vevent: VEvent, name: str, address: str) -> None:
    from icalendar import vCalAddress

    organizer = vCalAddress(f"mailto:{wire_address(address)}")
    if cn_text(name):
        organizer.params["CN"] = cn_text(name)
    vevent.add("ORGANIZER", organizer, encode=False)


def _attendee(address: str, name: str, *, role: Role, partstat: str, rsvp: bool,
              delegated_to: str = "", delegated_from: str = "") -> Any:
    from icalendar import vCalAddress

    attendee = vCalAddress(f"mailto:{wire_address(address)}")
    attendee.params["CUTYPE"] = "INDIVIDUAL"
    attendee.params["ROLE"] = ROLE_TO_ICAL[role]
    attendee.params["PARTSTAT"] = partstat
    attendee.params["RSVP"] = "TRUE" if rsvp else "FALSE"
    if cn_text(name):
        attendee.params["CN"] = cn_text(name)
    if delegated_to:
        attendee.params["DELEGATED-TO"] = f"mailto:{wire_address(delegated_to)}"
    if delegated_from:
        attendee.params["DELEGATED-FROM"] = f"mailto:{wire_address(delegated_from)}"
    return attendee


def _address(inv: Invitation) -> str:
    return inv.email or inv.person.primary_email


def _partstat(event: Event, inv: Invitation) -> str:
    """The known answer, unless it answered an older time or place (then it is asked again)."""
    from organiser.core.invitation_state import time_place_sequence

    # answers are reset when the time or place changes (core.invitation_state); this guards
    # databases written before that rule. A delegation is not an answer to the date.
    if inv.reply is not Reply.DELEGATED and inv.reply_sequence is not None \
            and inv.reply_sequence < time_place_sequence(event):
        return "NEEDS-ACTION"
    return REPLY_TO_PARTSTAT[inv.reply]


def _attendees(event: Event) -> list[tuple[Invitation, str]]:
    listed = []
    for inv in sorted(event.invitations, key=lambda i: i.id):
        address = _address(inv)
        if address:
            listed.append((inv, address))
    return listed


def _to_bytes(cal: Calendar) -> bytes:
    data: bytes = cal.to_ical()
    return data


def request_ics(event: Event, organiser: Organiser, *, now: dt.datetime | None = None) -> bytes:
    """The invitation as it stands (METHOD:REQUEST), or the CANCEL of a cancelled event."""
    if event.status is EventStatus.CANCELLED:
        return cancel_ics(event, organiser, None, now=now)
    name, address = organiser
    stamp = (now or utcnow()).astimezone(dt.UTC)
    cal = _calendar("REQUEST")
    vevent = _vevent(event, stamp=stamp, status="CONFIRMED")
    _organizer(vevent, name, address)
    by_id = {inv.id: inv for inv in event.invitations}
    for inv, to in _attendees(event):
        delegated_to = ""
        if inv.reply is Reply.DELEGATED and inv.delegate is not None:
            delegated_to = inv.delegate.primary_email
        source = by_id.get(inv.delegated_from_id or 0)
        # a delegator stays on the list, kept informed, with no answer expected
        vevent.add("ATTENDEE", _attendee(
            to, inv.person.name, role=inv.role, partstat=_partstat(event, inv),
            rsvp=inv.reply is not Reply.DELEGATED,
            delegated_to=delegated_to, delegated_from=_address(source) if source else ""),
            encode=False)
    cal.add_component(vevent)
    _add_timezones(cal, [event])
    return _to_bytes(cal)


def cancel_ics(event: Event, organiser: Organiser, emails: Iterable[str] | None, *,
               now: dt.datetime | None = None) -> bytes:
    """METHOD:CANCEL for the removed invitees named (or, without names, for everyone)."""
    name, address = organiser
    stamp = (now or utcnow()).astimezone(dt.UTC)
    cal = _calendar("CANCEL")
    vevent = _vevent(event, stamp=stamp, status="CANCELLED")
    _organizer(vevent, name, address)
    known: dict[str, tuple[str, str, Role]] = {}
    for removed in event.removed_invitees:
        known[removed.email_key] = (removed.email, removed.name, Role.PARTICIPANT)
    for inv, to in _attendees(event):
        known[email_key(to)] = (to, inv.person.name, inv.role)
        for extra in inv.person.emails:
            known.setdefault(extra.address_key, (to, inv.person.name, inv.role))
    if emails is None:
        targets = [(to, inv.person.name, inv.role) for inv, to in _attendees(event)]
    else:
        targets = []
        for given in emails:
            addr = given.strip()
            if not addr:
                continue
            target = known.get(email_key(addr))
            if target is None:
                raise InputError(f"{clean_line(addr)[:254]!r} was never invited to "
                                 f"'{event.title}' (nor removed from it): no CANCEL to send",
                                 field="--cancel-for")
            targets.append(target)
        if not targets:
            raise InputError("no address given to cancel for", field="--cancel-for")
    for to, person_name, role in targets:
        vevent.add("ATTENDEE", _attendee(to, person_name, role=role, partstat="NEEDS-ACTION",
                                         rsvp=False), encode=False)
    cal.add_component(vevent)
    _add_timezones(cal, [event])
    return _to_bytes(cal)


def declinecounter_ics(event: Event, organiser: Organiser, email: str, name: str = "",
                       comment: str = "", *, now: dt.datetime | None = None) -> bytes:
    """METHOD:DECLINECOUNTER (RFC 5546 §3.2.8): the proposed time is declined; the event
    stays as it is, at its current SEQUENCE."""
    organiser_name, organiser_address = organiser
    stamp = (now or utcnow()).astimezone(dt.UTC)
    cal = _calendar("DECLINECOUNTER")
    vevent = _event_identity(event, stamp=stamp)
    _organizer(vevent, organiser_name, organiser_address)
    role = next((inv.role for inv, to in _attendees(event) if email_key(to) == email_key(email)),
                Role.PARTICIPANT)
    vevent.add("ATTENDEE", _attendee(email, name, role=role, partstat="NEEDS-ACTION",
                                     rsvp=False), encode=False)
    if comment:
        vevent.add("COMMENT", clean_text(comment))
    cal.add_component(vevent)
    _add_timezones(cal, [event])
    return _to_bytes(cal)


FEED_STATUSES = (EventStatus.PLANNED, EventStatus.HELD, EventStatus.CANCELLED)


def feed_ics(events: Sequence[Event], title: str, organiser: Organiser | None, *,
             now: dt.datetime | None = None) -> bytes:
    """The programme feed (METHOD:PUBLISH) of the events given (planned, held and cancelled
    ones: FEED_STATUSES), named `title`; without an organiser, the events have none.

    Invitees stay out (a feed is shared, the invitation list is not).
    """
    stamp = (now or utcnow()).astimezone(dt.UTC)
    cal = _calendar("PUBLISH")
    cal.add("X-WR-CALNAME", title)
    cal.add("NAME", title)
    for event in events:
        status = {EventStatus.CANCELLED: "CANCELLED"}.get(event.status, "CONFIRMED")
        vevent = _vevent(event, stamp=stamp, status=status)
        if organiser:
            _organizer(vevent, *organiser)
        cal.add_component(vevent)
    _add_timezones(cal, events)
    return _to_bytes(cal)


def event_resource(event: Event, organiser_identity: Organiser | None) -> bytes:
    """One event as a CalDAV calendar object: no METHOD, one VEVENT with the UID and SEQUENCE
    of its invitations, no attendees (a shared calendar is not the invitation list, and a
    server that schedules would otherwise mail them). Stamped with the event's last change, so
    the same event always gives the same bytes (unchanged events are not sent again)."""
    cal = _calendar("")
    vevent = _vevent(event, stamp=event.updated_at.astimezone(dt.UTC), status="CONFIRMED")
    if organiser_identity:
        _organizer(vevent, *organiser_identity)
    cal.add_component(vevent)
    _add_timezones(cal, [event])
    return _to_bytes(cal)
