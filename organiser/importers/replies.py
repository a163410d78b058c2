"""Replies to invitations: iTIP REPLY and COUNTER read from .ics files or whole .eml messages.

A pure reader: bytes in, a checked `ParsedReply` out (or an InputError naming the file and the
problem). Applying what was read is a use case, `organiser.services.replies`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from organiser.core import limits
from organiser.core.enums import Reply
from organiser.core.errors import InputError
from organiser.core.text import clean_line, clean_text

if TYPE_CHECKING:
    from icalendar import Calendar

MAX_BYTES = limits.REPLY_FILE_BYTES
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
        raise InputError(f"is {limits.size_text(len(data))}, too large for a calendar reply "
                         f"(limit {limits.size_text(MAX_BYTES)})", file=where)
    if not data.strip():
        raise InputError("is empty", file=where)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:15].upper() == b"BEGIN:VCALENDAR":
        if len(head) > limits.REPLY_CALENDAR_BYTES:
            raise InputError(f"holds a calendar of {limits.size_text(len(head))}; a reply's "
                             f"calendar is a few kB (at most "
                             f"{limits.size_text(limits.REPLY_CALENDAR_BYTES)} are read)",
                             file=where)
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
    except UnicodeDecodeError as exc:
        # iCalendar is UTF-8 by definition (RFC 5545 3.1.4); a few old clients wrote
        # Latin-1, which is only taken when no byte of the file is UTF-8
        if not re.search(rb"[\xc2-\xf4][\x80-\xbf]", data):
            return data.decode("cp1252", "replace")
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"is not valid UTF-8 (byte 0x{data[exc.start]:02x}); iCalendar "
                         "files are UTF-8", file=where, line=line) from None


def _check_mime(data: bytes, where: str) -> None:
    """Refuse a message nested or split past reason before Python's parser reads it (its
    walk recurses once per level; 100,000 parts take a minute)."""
    multiparts = len(_MULTIPART.findall(data))
    if multiparts > limits.MIME_MULTIPARTS:
        raise InputError(f"is an e-mail with {multiparts} multipart sections (at most "
                         f"{limits.MIME_MULTIPARTS} are read; a reply has one or two)",
                         file=where)
    parts = len(_PART_HEADER.findall(data))
    if parts > limits.MIME_PARTS:
        raise InputError(f"is an e-mail with {parts} parts (at most {limits.MIME_PARTS} are "
                         "read; a reply has two or three)", file=where)


_MULTIPART = re.compile(rb"(?im)^content-type:[ \t]*multipart/")
_PART_HEADER = re.compile(rb"(?im)^content-type:")


def _walk(message: Any, where: str) -> list[Any]:
    """The leaf parts, depth first, without recursion."""
    leaves, stack = [], [(message, 0)]
    while stack:
        part, depth = stack.pop()
        if depth > limits.MIME_MULTIPARTS:
            raise InputError("is an e-mail nested too deep", file=where)
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack.extend((child, depth + 1) for child in reversed(payload))
        else:
            leaves.append(part)
        if len(leaves) > limits.MIME_PARTS:
            raise InputError(f"is an e-mail with more than {limits.MIME_PARTS} parts",
                             file=where)
    return leaves


def _calendar_from_mail(data: bytes, where: str) -> tuple[str, str]:
    import email
    import email.policy
    from email.message import EmailMessage

    _check_mime(data, where)
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise InputError("is not an iCalendar file or an e-mail", file=where)
    found: list[tuple[int, bytes]] = []
    for part in _walk(message, where):
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
    """Parse and check a reply completely; raises InputError naming the file and the problem.

    Whatever the bytes, nothing else escapes: the iCalendar and mail libraries raise many
    kinds of errors on broken input, and each becomes "is not a valid reply (why)".
    """
    try:
        return _parse_reply(data, where)
    except InputError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise InputError(f"is too complex to read ({exc.__class__.__name__})",
                         file=where) from None
    except Exception as exc:
        reason = (str(exc).splitlines() or [exc.__class__.__name__])[0][:160]
        raise InputError(f"is not a valid reply ({reason})", file=where) from None


def _parse_reply(data: bytes, where: str) -> ParsedReply:
    text, sender = _read(data, where)
    stripped = text.rstrip()
    if not stripped.upper().endswith("END:VCALENDAR"):
        raise InputError("is truncated (no END:VCALENDAR at the end)", file=where)
    check_timezones(stripped, where)
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
    raw_sequence = str(vevent.get("SEQUENCE", "0")).strip()[:40]
    try:
        sequence = int(raw_sequence or 0)
    except ValueError as exc:
        raise InputError(f"{raw_sequence!r} is not a number", file=where,
                         field="SEQUENCE") from exc
    if not 0 <= sequence <= limits.SEQUENCE_MAX:
        raise InputError(f"{raw_sequence} is not a revision number (0 to "
                         f"{limits.SEQUENCE_MAX})", file=where, field="SEQUENCE")
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
    try:
        value = prop.dt
    except Exception as exc:  # icalendar's BrokenCalendarProperty: 30 February, hour 25...
        raw = getattr(prop, "to_ical", lambda: b"")()
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
        raise InputError(f"{text[:40] or 'the value'} is not a valid date and time",
                         file=where, field=name) from exc
    if isinstance(value, dt.date):
        try:
            limits.check_year(value, field=name)
        except InputError as exc:
            raise InputError(exc.message, file=where, field=name) from None
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


_BEGIN_TZ = re.compile(r"(?im)^BEGIN:VTIMEZONE\s*$")
_TZ_RULE = re.compile(r"(?im)^BEGIN:(STANDARD|DAYLIGHT)\s*$")
_RRULE = re.compile(r"(?im)^RRULE[;:](.*)$")


def check_timezones(text: str, where: str) -> None:
    """Refuse time zones built to make a reader expand them without end, before parsing.

    A real zone changes offset at most a few times a year: its rules repeat YEARLY with a
    month, a day and a handful of candidate days. RRULE:FREQ=SECONDLY from 1601 in a
    600-byte file would otherwise be expanded (in some icalendar and dateutil versions)
    into billions of instants.
    """
    zones = len(_BEGIN_TZ.findall(text))
    if not zones:
        return
    if zones > limits.VTIMEZONES:
        raise InputError(f"defines {zones} time zones (at most {limits.VTIMEZONES} are read)",
                         file=where, field="VTIMEZONE")
    rules = len(_TZ_RULE.findall(text))
    if rules > limits.VTIMEZONE_RULES:
        raise InputError(f"defines {rules} time zone rules (at most "
                         f"{limits.VTIMEZONE_RULES} are read)", file=where, field="VTIMEZONE")
    for block in re.findall(r"(?is)BEGIN:VTIMEZONE(.*?)END:VTIMEZONE", text):
        unfolded = re.sub(r"\r?\n[ \t]", "", block)
        for rule in _RRULE.findall(unfolded):
            parts = dict(p.partition("=")[::2] for p in rule.upper().split(";"))
            freq = parts.get("FREQ", "").strip()
            if freq != "YEARLY":
                how = freq.lower() or "without a frequency"
                raise InputError(f"has a time zone rule repeating {how} (RRULE:"
                                 f"{rule.strip()[:40]}); time zones change yearly; refused",
                                 file=where, field="VTIMEZONE")
            for key, value in parts.items():
                if key.startswith("BY") and len(value.split(",")) > limits.VTIMEZONE_BY_VALUES:
                    raise InputError(f"has a time zone rule with {len(value.split(','))} "
                                     f"{key} values; refused", file=where, field="VTIMEZONE")
                if key in ("BYHOUR", "BYMINUTE", "BYSECOND") and "," in value:
                    raise InputError(f"has a time zone rule changing several times a day "
                                     f"({key}={value[:20]}); refused", file=where,
                                     field="VTIMEZONE")


def reply_partstat(parsed: ParsedReply, where: str) -> Reply:
    """The answer a REPLY gives (the replier's PARTSTAT), or an InputError."""
    partstat = parsed.replier.partstat
    if partstat not in PARTSTATS:
        raise InputError(f"PARTSTAT {partstat!r} is not an answer", file=where,
                         field="ATTENDEE")
    return PARTSTATS[partstat]
