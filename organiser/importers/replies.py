"""Replies to invitations: iTIP REPLY and COUNTER read from .ics files or whole .eml messages.

A pure reader: bytes in, a checked `ParsedReply` out (or an InputError naming the file and the
problem). Applying what was read is a use case, `organiser.services.replies`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from organiser.core.enums import Reply
from organiser.core.errors import InputError
from organiser.core.text import clean_line, clean_text

if TYPE_CHECKING:
    from icalendar import Calendar

MAX_BYTES = 25 * 1024 * 1024  # a reply is a few kB; mails with attachments stay well below
CALENDAR_TYPES = ("text/calendar", "application/ics", "text/x-vcalendar")
REPLY_SUFFIXES = (".ics", ".eml", ".ical", ".ifb", ".vcs", ".msg")
PARTSTATS = {
    "ACCEPTED": Reply.ACCEPTED,
    "DECLINED": Reply.DECLINED,
    "TENTATIVE": Reply.TENTATIVE,
    "DELEGATED": Reply.DELEGATED,
    "NEEDS-ACTION": Reply.NEEDS_ACTION,
}


@dataclass(frozen=True)
class Attendee:
    email: str
    name: str
    partstat: str
    delegated_to: str = ""
    delegated_from: str = ""


@dataclass(frozen=True)
class ParsedReply:
    """What one reply file says, before it is matched to an invitation."""

    method: str
    uid: str
    sequence: int
    attendees: tuple[Attendee, ...]
    comment: str
    stamp: dt.datetime | None
    start: dt.datetime | None
    end: dt.datetime | None
    summary: str
    sender: str = ""  # the From address of a mail (empty for a bare .ics)

    @property
    def replier(self) -> Attendee:
        """The attendee who answers: the delegator when there is one, else the only one."""
        for attendee in self.attendees:
            if attendee.partstat == "DELEGATED" or attendee.delegated_to:
                return attendee
        return self.attendees[0]


# --- reading --------------------------------------------------------------------------


def looks_like_reply(path: Path) -> bool:
    return path.suffix.lower() in REPLY_SUFFIXES


def read_calendar_text(data: bytes, where: str) -> str:
    """The iCalendar text of a file: the file itself, or the calendar part of a mail."""
    return _read(data, where)[0]


def _read(data: bytes, where: str) -> tuple[str, str]:
    """The iCalendar text and, for a mail, the sender's address."""
    if len(data) > MAX_BYTES:
        raise InputError(f"is {len(data) / 1e6:.0f} MB, too large for a calendar reply "
                         f"(limit {MAX_BYTES // (1024 * 1024)} MB)", file=where)
    if not data.strip():
        raise InputError("is empty", file=where)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:15].upper() == b"BEGIN:VCALENDAR":
        return _decode(head, where), ""
    if b"\x00" in data[:4096]:
        raise InputError("is not an iCalendar file or an e-mail (binary content; an Outlook "
                         ".msg must be saved as .eml or .ics first)", file=where)
    first_line = head.split(b"\n", 1)[0]
    if b":" not in first_line or b"BEGIN:" in first_line.upper():
        raise InputError("is not an iCalendar file (no BEGIN:VCALENDAR) or an e-mail",
                         file=where)
    return _calendar_from_mail(data, where)


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # iCalendar is UTF-8 by definition; some old clients write Latin-1 anyway
        return data.decode("latin-1")


def _calendar_from_mail(data: bytes, where: str) -> tuple[str, str]:
    import email
    import email.policy
    from email.message import EmailMessage

    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise InputError("is not an iCalendar file or an e-mail", file=where)
    found: list[tuple[int, bytes]] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        filename = (part.get_filename() or "").lower()
        if ctype in CALENDAR_TYPES or filename.endswith(".ics"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                # the inline text/calendar is what the client meant; attachments are copies
                found.append((0 if ctype == "text/calendar" else 1, payload))
    if not found:
        raise InputError("is an e-mail without a calendar reply in it (no text/calendar or "
                         ".ics part)", file=where)
    found.sort(key=lambda item: item[0])
    sender = ""
    from_header = message.get("From")
    addresses = getattr(from_header, "addresses", ()) if from_header is not None else ()
    if addresses:
        sender = str(addresses[0].addr_spec or "")
    return read_calendar_text(found[0][1], where), sender


def parse_reply(data: bytes, where: str) -> ParsedReply:
    """Parse and check a reply completely; raises InputError naming the file and the problem."""
    text, sender = _read(data, where)
    stripped = text.rstrip()
    if not stripped.upper().endswith("END:VCALENDAR"):
        raise InputError("is truncated (no END:VCALENDAR at the end)", file=where)
    from icalendar import Calendar

    try:
        cal = Calendar.from_ical(stripped)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise InputError(f"is not valid iCalendar ({str(exc).splitlines()[0][:120]})",
                         file=where) from exc
    method = str(cal.get("METHOD", "")).strip().upper()
    if method in ("REQUEST", "CANCEL", "PUBLISH", "ADD", "REFRESH", "DECLINECOUNTER"):
        raise InputError(f"is not a reply but METHOD:{method} (an invitation or an update, "
                         "not an answer to one)", file=where)
    if method not in ("REPLY", "COUNTER"):
        raise InputError("has no METHOD:REPLY (not an answer to an invitation)", file=where)
    events = cal.walk("VEVENT")
    if not events:
        raise InputError("holds no VEVENT", file=where)
    if len(events) > 1:
        uids = {str(e.get("UID", "")) for e in events}
        raise InputError(f"holds {len(events)} VEVENTs ({len(uids)} UIDs); a reply answers "
                         "exactly one event", file=where)
    vevent = events[0]
    uid = str(vevent.get("UID", "")).strip()
    if not uid:
        raise InputError("has no UID", file=where, field="UID")
    try:
        sequence = int(str(vevent.get("SEQUENCE", "0")).strip() or 0)
    except ValueError as exc:
        raise InputError(f"{vevent.get('SEQUENCE')!r} is not a number", file=where,
                         field="SEQUENCE") from exc
    attendees = _attendees(vevent, where)
    start = _when(cal, vevent, "DTSTART", where)
    end = _when(cal, vevent, "DTEND", where)
    stamp = _when(cal, vevent, "DTSTAMP", where)
    comment = vevent.get("COMMENT", "")
    if isinstance(comment, list):
        comment = "\n".join(str(c) for c in comment)
    return ParsedReply(
        method=method, uid=uid, sequence=sequence, attendees=attendees,
        comment=clean_text(str(comment)).strip(), stamp=stamp, start=start, end=end,
        summary=clean_line(str(vevent.get("SUMMARY", ""))), sender=sender,
    )


def _address(value: Any) -> str:
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip()


def _attendees(vevent: Any, where: str) -> tuple[Attendee, ...]:
    raw = vevent.get("ATTENDEE")
    if raw is None:
        raise InputError("has no ATTENDEE (a reply must say who answers)", file=where,
                         field="ATTENDEE")
    values = raw if isinstance(raw, list) else [raw]
    attendees = []
    for value in values:
        params = getattr(value, "params", {})
        address = _address(value)
        if "@" not in address:
            raise InputError(f"{str(value)!r} is not an e-mail address", file=where,
                             field="ATTENDEE")
        partstat = str(params.get("PARTSTAT", "NEEDS-ACTION")).upper()
        attendees.append(Attendee(
            email=address, name=clean_line(str(params.get("CN", ""))), partstat=partstat,
            delegated_to=_address(params.get("DELEGATED-TO", "")),
            delegated_from=_address(params.get("DELEGATED-FROM", ""))))
    return tuple(attendees)


def _when(cal: Calendar, vevent: Any, name: str, where: str) -> dt.datetime | None:
    """An instant; Windows zone names are mapped to IANA, unknown zones are refused."""
    from organiser.core.zones import windows_zone, zone

    prop = vevent.get(name)
    if prop is None:
        return None
    value = getattr(prop, "dt", None)
    if not isinstance(value, dt.datetime):
        return None  # a date (all-day) carries no instant
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    if tzid:
        known = zone(windows_zone(str(tzid)) or str(tzid))
        if known is not None:
            return value.replace(tzinfo=known).astimezone(dt.UTC)
        defined = {str(tz.get("TZID", "")) for tz in cal.walk("VTIMEZONE")}
        if str(tzid) in defined and value.tzinfo is not None:
            return value.astimezone(dt.UTC)
        raise InputError(f"time zone {tzid!r} is neither defined in the file (no VTIMEZONE) "
                         "nor a known zone name", file=where, field=name)
    if value.tzinfo is None:
        return None  # floating time: no instant
    return value.astimezone(dt.UTC)


def reply_partstat(parsed: ParsedReply, where: str) -> Reply:
    """The answer a REPLY gives (the replier's PARTSTAT), or an InputError."""
    partstat = parsed.replier.partstat
    if partstat not in PARTSTATS:
        raise InputError(f"PARTSTAT {partstat!r} is not an answer", file=where,
                         field="ATTENDEE")
    return PARTSTATS[partstat]
