"""Every bound on what Organiser reads and stores, stated once (issue 12).

A hostile or broken file must give a one-line error in well under two seconds and a few
hundred megabytes, never a hang, a traceback or a silent truncation; the command line, the
services and the windows check the same numbers.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

from organiser.core.errors import InputError

MB = 1024 * 1024

# --- files --------------------------------------------------------------------------------
CONTACT_FILE_BYTES = 20 * MB  # a contact list of 100,000 people is under 20 MB
REPLY_FILE_BYTES = 25 * MB  # a reply is a few kB; a mail with attachments stays below
REPLY_CALENDAR_BYTES = 1 * MB  # the calendar of a reply (in the file or the mail's part)
VCARD_LINE_CHARS = 1 * MB  # one unfolded vCard property (a PHOTO of ~750 kB in base64)

# --- mail (replies read from .eml files) --------------------------------------------------
MIME_MULTIPARTS = 20  # multipart sections in one message (nested or side by side)
MIME_PARTS = 500  # parts in one message (a reply has two or three)

# --- iCalendar ------------------------------------------------------------------------------
VTIMEZONES = 20  # time zones defined in one calendar file
VTIMEZONE_RULES = 100  # STANDARD/DAYLIGHT blocks in all of them
# A time zone changes its offset at most a few times a year: its rules repeat yearly, and each
# BY... part of such a rule lists at most a month's worth of values.
VTIMEZONE_BY_VALUES = 31

# --- values --------------------------------------------------------------------------------
ID_MAX = 2**63 - 1  # record ids: SQLite and PostgreSQL bigint
SEQUENCE_MAX = 2**31 - 1  # iCalendar SEQUENCE (an integer in RFC 5545)
FIRST_YEAR = 1900
LAST_YEAR = 2200
EMAIL_CHARS = 254  # RFC 5321 path limit
EMAIL_LOCAL_CHARS = 64
NAME_CHARS = 254  # a person's or organisation's name, a tag
TITLE_CHARS = 254  # an event's title, a venue
ADDRESS_CHARS = 1000  # a postal address (several lines)
DESCRIPTION_CHARS = 20_000  # an event's description, notes (a few pages)
URL_CHARS = 2000


def size_text(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB / 10 else f"{size} bytes"


def read_input_file(path: str | Path, max_bytes: int, *, what: str = "file") -> bytes:
    """The bytes of a regular file of at most `max_bytes`, or an InputError naming it.

    Only regular files: a FIFO would block forever, /dev/zero (or a link to it) never ends,
    a folder is a mistake. The size is checked before reading and the read stops one byte
    past the limit, so a file that grows while read cannot exhaust memory either.
    """
    where = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError("no such file", file=where) from None
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}", file=where) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a folder, not a file", file=where)
    if not stat.S_ISREG(info.st_mode):
        raise InputError("is not a regular file (a device, a pipe or a socket); nothing "
                         "was read", file=where)
    if info.st_size > max_bytes:
        raise InputError(f"is {size_text(info.st_size)}; a {what} over "
                         f"{size_text(max_bytes)} is not read (is it the right file?)",
                         file=where)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}", file=where) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped since the stat above
            raise InputError("is not a regular file; nothing was read", file=where)
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}", file=where) from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise InputError(f"grew past {size_text(max_bytes)} while being read; not read",
                         file=where)
    return data


def check_id(value: int, *, what: str = "id") -> int:
    """An id a database can hold (a 20-digit number is nobody's id)."""
    if not 0 < value <= ID_MAX:
        raise InputError(f"{value} is not a valid {what} (a positive number below 2^63)",
                         field=what)
    return value


def check_year(value: dt.datetime | dt.date, *, field: str) -> None:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InputError(f"{value.isoformat()} is outside the years {FIRST_YEAR}–{LAST_YEAR} "
                         "Organiser plans events in", field=field)


def check_length(value: str, limit: int, *, field: str) -> str:
    if len(value) > limit:
        raise InputError(f"is {len(value)} characters long (at most {limit})", field=field)
    return value


__all__ = [
    "ADDRESS_CHARS", "CONTACT_FILE_BYTES", "DESCRIPTION_CHARS", "EMAIL_CHARS",
    "EMAIL_LOCAL_CHARS", "FIRST_YEAR", "ID_MAX", "LAST_YEAR", "MIME_MULTIPARTS", "MIME_PARTS",
    "NAME_CHARS", "REPLY_CALENDAR_BYTES", "REPLY_FILE_BYTES", "SEQUENCE_MAX", "TITLE_CHARS",
    "URL_CHARS",
    "VCARD_LINE_CHARS", "VTIMEZONES", "VTIMEZONE_BY_VALUES", "VTIMEZONE_RULES",
    "check_id", "check_length", "check_year", "read_input_file", "size_text",
]
