"""Replies filled in from the REQUEST the app exports (the templates of tests/data/replies)."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from tests.conftest import DATA

REPLIES = DATA / "replies"


def exported_values(db: Any, event_id: int, email: str, name: str) -> dict[str, str]:
    """The template values, read from the REQUEST the app writes (not from the database)."""
    from icalendar import Calendar

    from organiser.services.calendar_files import request_calendar

    vevent = Calendar.from_ical(request_calendar(db, event_id)).walk("VEVENT")[0]
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    return {
        "UID": str(vevent["UID"]), "SEQUENCE": str(vevent["SEQUENCE"]),
        "SUMMARY": vevent["SUMMARY"].to_ical().decode(),
        "LOCATION": vevent["LOCATION"].to_ical().decode(),
        "ORGANIZER_EMAIL": str(vevent["ORGANIZER"]).removeprefix("mailto:"),
        "ORGANIZER_NAME": vevent["ORGANIZER"].params["CN"],
        "ATTENDEE_EMAIL": email, "ATTENDEE_NAME": name,
        "DTSTART_LOCAL": start.strftime("%Y%m%dT%H%M%S"),
        "DTEND_LOCAL": end.strftime("%Y%m%dT%H%M%S"),
        "DTSTART_UTC": start.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ"),
        "DTEND_UTC": end.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ"),
    }


def fill(template: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        template = template.replace("{{" + key + "}}", value)
    assert "{{" not in template
    return template


def fill_eml(values: dict[str, str]) -> bytes:
    """The Gmail message, its base64 attachment filled in too."""
    text = (REPLIES / "gmail_decline.eml.tmpl").read_text(encoding="utf-8")
    blocks = text.split("Content-Transfer-Encoding: base64\n\n")
    last = blocks[-1]
    encoded, _, tail = last.partition("\n--")
    attachment = base64.b64decode(encoded)
    filled = fill(attachment.decode("utf-8"), values).encode("utf-8")
    wrapped = base64.encodebytes(filled).decode("ascii").rstrip("\n")
    blocks[-1] = wrapped + "\n--" + tail
    return fill("Content-Transfer-Encoding: base64\n\n".join(blocks), values).encode("utf-8")


def reply_ics(values: dict[str, str], *, method: str = "REPLY", partstat: str = "ACCEPTED",
              attendees: str | None = None, extra: str = "",
              stamp: str = "20261126T080000Z") -> str:
    attendee = attendees if attendees is not None else (
        f"ATTENDEE;PARTSTAT={partstat};CN={values['ATTENDEE_NAME']}:"
        f"mailto:{values['ATTENDEE_EMAIL']}\r\n")
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//iPhone OS 17//EN\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:{values['UID']}\r\n"
        f"SEQUENCE:{values['SEQUENCE']}\r\nDTSTAMP:{stamp}\r\n"
        f"DTSTART:{values['DTSTART_UTC']}\r\nDTEND:{values['DTEND_UTC']}\r\n"
        f"ORGANIZER:mailto:{values['ORGANIZER_EMAIL']}\r\n{attendee}{extra}"
        "END:VEVENT\r\nEND:VCALENDAR\r\n")
