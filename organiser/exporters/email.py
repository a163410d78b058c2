"""MIME messages as mail clients expect them: text and HTML, iTIP calendars, attachments."""

from __future__ import annotations

import base64
import datetime as dt
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import HeaderParser
from email.utils import format_datetime, make_msgid

from organiser.core.addresses import address_problem, wire_address
from organiser.core.errors import InputError
from organiser.core.text import clean_line

# Built 7-bit clean (quoted-printable or base64 where needed), so the bytes go through any
# server and any .eml reader unchanged; serialised with CRLF line ends as SMTP wants them.
# Headers carrying people's text are encoded here (see `_phrase`) and stored as they go out:
# refold_source="none" keeps Python from re-parsing them, which would decode encoded words
# a name or title contains and write the decoded text (line breaks included) into the header.
BUILD_POLICY = policy.default.clone(cte_type="7bit", refold_source="none")
WIRE_POLICY = policy.SMTP.clone(cte_type="7bit", refold_source="none")

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u0085]+")
_URL = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:!?)])")
_FOLDED_AT_NAME = re.compile(rb"(?m)^([A-Za-z][A-Za-z0-9-]*):\r\n[ \t]+")
CALENDAR_METHODS = ("REQUEST", "CANCEL", "PUBLISH", "REPLY", "COUNTER", "DECLINECOUNTER")
_METHOD_LINE = re.compile(rb"^METHOD:([A-Za-z-]+)\r?$", re.MULTILINE)


def calendar_params(data: bytes, method: str = "") -> dict[str, str]:
    """charset and method for a calendar part or .ics attachment (RFC 5545 §8.1: `method`
    must be given when the calendar has a METHOD, and must match it)."""
    params = {"charset": "utf-8"}
    found = _METHOD_LINE.search(data)
    value = found.group(1).decode("ascii").upper() if found else method.upper()
    if value:
        params["method"] = value
    return params


@dataclass(frozen=True)
class Attachment:
    """A file carried by a message."""

    filename: str
    data: bytes
    mime_type: str = "application/octet-stream"


@dataclass(frozen=True)
class Mailbox:
    """A person's name and address, checked: safe to put in a header."""

    name: str
    address: str

    def header_value(self) -> Address:
        local, _, domain = self.address.rpartition("@")
        return Address(display_name=self.name, username=local, domain=domain)

    def header_text(self) -> str:
        """The mailbox as header text whose display name reads back as exactly self.name."""
        if not self.name:
            return self.address
        phrase = _phrase(header_name(self.name))
        gap = "\n " if len(phrase) + len(self.address) > 70 else " "
        return f"{phrase}{gap}<{self.address}>"

    def __str__(self) -> str:
        return f"{self.name} <{self.address}>" if self.name else self.address


def _needs_encoding(text: str) -> bool:
    """Text a header cannot carry as it is: non-ASCII, long, or an encoded word lookalike.

    "=?utf-8?q?...?=" typed into a name or title is the name's text: written bare, every
    mail reader (Python's included, even inside quotes) would decode it into other text,
    a line break and a Bcc: header, or another address.
    """
    return (not text.isascii() or not text.isprintable() or "=?" in text
            or len(text) > _MAX_BARE)


_MAX_BARE = 60  # longer text is encoded, which folds it into lines of at most 76


def _encoded_words(text: str, first_line_used: int = 0) -> str:
    """RFC 2047 encoded words (UTF-8), folded; decoding them gives back exactly `text`."""
    header = Header(text, "utf-8", maxlinelen=76, header_name="x" * max(first_line_used - 2, 0))
    return header.encode(linesep="\n")


def _phrase(name: str) -> str:
    """A display name as header text: plain or quoted ASCII, else one encoded word.

    One word, not several: RFC 2047 readers join adjacent encoded words directly while
    Python's address parser puts a space between them, so a split name would read back
    differently in different clients.
    """
    if _needs_encoding(name):
        return "=?utf-8?b?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="
    formatted = str(Address(display_name=name, addr_spec="a@b.example"))
    return formatted[: formatted.rindex(" <")]


def header_name(name: str) -> str:
    """The display name as it goes into a header: cut (with an ellipsis) at 600 UTF-8 bytes
    so that its line stays under the 998 characters mail allows."""
    name = clean_header_text(name)
    if len(name.encode("utf-8")) <= _MAX_NAME_BYTES:
        return name
    cut = name.encode("utf-8")[: _MAX_NAME_BYTES - 3].decode("utf-8", "ignore")
    return cut.rstrip() + "…"


_MAX_NAME_BYTES = 600


def _unstructured(name: str, text: str) -> str:
    if not _needs_encoding(text):
        return text
    return _encoded_words(text, len(name) + 2)


def _set_text_header(message: EmailMessage, name: str, value: str) -> None:
    """Store a header as it will be written (never re-parsed, so never decoded on the way)."""
    del message[name]
    message.set_raw(name, value)


def _check_headers(message: EmailMessage, subject: str,
                   expected: dict[str, list[tuple[str, str]]]) -> None:
    """Read the headers back as a mail client would: the same text, the same recipients.

    A header that reads back as anything else (an injected header, one address more) is a
    bug in this module; nothing is written or sent.
    """
    block = "".join(message.policy.fold(n, v) for n, v in message.raw_items())
    parsed = HeaderParser(policy=policy.default).parsestr(block, headersonly=True)
    names = [n.lower() for n in parsed]
    problems = []
    if len(names) != len(set(names)):
        problems.append(f"duplicated headers {sorted(names)}")
    if str(parsed["Subject"]) != subject:
        problems.append(f"Subject reads back as {str(parsed['Subject'])!r}")
    for header, mailboxes in expected.items():
        found = [(a.display_name, a.addr_spec) for a in parsed[header].addresses] \
            if parsed[header] is not None else []
        if found != mailboxes:
            problems.append(f"{header} reads back as {found!r}, not {mailboxes!r}")
    if problems:
        raise RuntimeError("message headers would not read back as written: "
                           + "; ".join(problems))


def clean_header_text(value: str) -> str:
    """One line: line breaks and control characters (header injection) become spaces;
    bidirectional overrides and stray zero-width characters go."""
    return clean_line(_CONTROL.sub(" ", value))


def validate_address(address: str, *, field: str = "address") -> str:
    """The address as it can go into a header and an SMTP envelope, or an InputError.

    International domains are turned into their ASCII (IDNA) form; a non-ASCII local part
    needs SMTPUTF8, which many servers lack, so it is refused with a message (the rule of
    core.addresses, which every way in applies too).
    """
    raw = address
    address = address.strip()
    if not address:
        raise InputError("no e-mail address", field=field)
    if _CONTROL.search(raw.strip()) or any(c.isspace() for c in address):
        raise InputError(f"'{clean_header_text(raw)}' is not an e-mail address "
                         "(spaces or line breaks in it)", field=field)
    if address.count("@") != 1:
        raise InputError(f"'{address}' is not an e-mail address (needs one @)", field=field)
    problem = address_problem(address)
    if problem is not None:
        raise InputError(problem, field=field)
    return wire_address(address)


def mailbox(name: str, address: str, *, field: str = "address") -> Mailbox:
    return Mailbox(clean_header_text(name), validate_address(address, field=field))


def html_from_text(text: str) -> str:
    """A plain, readable HTML version of a text body (paragraphs, line breaks, links)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    parts = []
    for paragraph in paragraphs:
        pieces = []
        for index, piece in enumerate(_URL.split(paragraph)):
            escaped = html.escape(piece)
            pieces.append(f'<a href="{escaped}">{escaped}</a>' if index % 2 else escaped)
        parts.append("<p>" + "".join(pieces).replace("\n", "<br>\n") + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family: sans-serif; line-height: 1.4\">\n"
            + "\n".join(parts) + "\n</body></html>\n")


def safe_filename(name: str, default: str = "file") -> str:
    """A file name every mail client and file system accepts (no paths, no quotes)."""
    cleaned = re.sub(r"\s*:\s*", " - ", clean_header_text(name))
    cleaned = re.sub(r'[\x00-\x1f\x7f/\\:*?"<>|]+', "-", cleaned).strip(" .-")
    return cleaned[:120] or default


def build_message(
    *,
    sender: Mailbox,
    to: Sequence[Mailbox],
    subject: str,
    text: str,
    html_body: str | None = None,
    calendar: bytes | None = None,
    calendar_method: str = "REQUEST",
    calendar_filename: str = "invite.ics",
    attachments: Sequence[Attachment] = (),
    date: dt.datetime | None = None,
    reply_to: Mailbox | None = None,
) -> EmailMessage:
    """One standard message.

    Structure (what Outlook, Gmail, Apple Mail and Thunderbird show as an invitation):
    multipart/mixed [ multipart/alternative [ text/plain, text/html,
    text/calendar; method=M ], application/ics invite.ics, other attachments ].
    Without a calendar or attachments the message is simply the alternative part.
    """
    if not to:
        raise InputError("a message needs at least one recipient", field="to")
    method = calendar_method.upper()
    if calendar is not None and method not in CALENDAR_METHODS:
        raise InputError(f"unknown calendar method {calendar_method!r}", field="method")
    message = EmailMessage(policy=BUILD_POLICY)
    subject_text = clean_header_text(subject)[:900] or "(no subject)"
    _set_text_header(message, "Subject", _unstructured("Subject", subject_text))
    expected = {"From": [sender], "To": list(to)}
    if reply_to is not None:
        expected["Reply-To"] = [reply_to]
    for header, mailboxes in expected.items():
        _set_text_header(message, header, ",\n ".join(m.header_text() for m in mailboxes))
    _check_headers(message, subject_text, {
        header: [(header_name(m.name), m.address) for m in mailboxes]
        for header, mailboxes in expected.items()})
    message["Date"] = format_datetime(date or dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid(domain=sender.address.rpartition("@")[2])
    message["MIME-Version"] = "1.0"

    message.set_content(text if text.endswith("\n") else text + "\n", charset="utf-8")
    message.add_alternative(html_body or html_from_text(text), subtype="html", charset="utf-8")
    if calendar is not None:
        calendar_text = calendar.decode("utf-8")
        message.add_alternative(calendar_text, subtype="calendar", charset="utf-8",
                                params={"method": method})
    if calendar is not None or attachments:
        message.make_mixed()
    if calendar is not None:
        message.add_attachment(calendar, maintype="application", subtype="ics",
                               filename=safe_filename(calendar_filename, "invite.ics"),
                               params=calendar_params(calendar, method))
    for attachment in attachments:
        maintype, _, subtype = attachment.mime_type.partition("/")
        calendar_like = attachment.mime_type in ("text/calendar", "application/ics") \
            or attachment.filename.lower().endswith(".ics")
        message.add_attachment(attachment.data, maintype=maintype or "application",
                               subtype=subtype or "octet-stream",
                               filename=safe_filename(attachment.filename),
                               params=calendar_params(attachment.data) if calendar_like
                               else None)
    for part in message.walk():
        if part is not message:
            del part["MIME-Version"]
    return message


def message_bytes(message: EmailMessage) -> bytes:
    """The message as it goes on the wire and into an .eml file (CRLF, 7-bit).

    Python's folder moves a value that just misses the first line whole onto a continuation
    line ("Subject:" CRLF SP value), which some clients show with a leading space; such a
    value goes back beside its name (a longer line, still far below the 998 limit).
    """
    data = message.as_bytes(policy=WIRE_POLICY)
    head, sep, body = data.partition(b"\r\n\r\n")
    head = _FOLDED_AT_NAME.sub(rb"\1: ", head)
    return head + sep + body


def draft_bytes(message: EmailMessage) -> bytes:
    """The message as an .eml file to open and send from a mail client: `X-Unsent: 1` makes
    Outlook (Windows and Mac) open it as an editable draft rather than as received mail.

    Only files get it: a message sent with the header would open as a draft for its recipient.
    """
    data = message_bytes(message)
    return b"X-Unsent: 1\r\n" + data


def parse_message(data: bytes) -> EmailMessage:
    from email import message_from_bytes

    parsed = message_from_bytes(data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


__all__ = [
    "Attachment",
    "Mailbox",
    "build_message",
    "calendar_params",
    "clean_header_text",
    "draft_bytes",
    "html_from_text",
    "mailbox",
    "message_bytes",
    "parse_message",
    "safe_filename",
    "validate_address",
]
