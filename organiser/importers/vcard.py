"""vCard 2.1, 3.0 and 4.0 files (one or many cards) read into contact records."""

from __future__ import annotations

import quopri
import re
from pathlib import Path

from organiser.core.errors import InputError
from organiser.core.limits import VCARD_LINE_CHARS, read_input_file
from organiser.importers.contacts_common import MAX_FILE_BYTES, ContactRecord
from organiser.importers.contacts_csv import decode
from organiser.importers.encoding import Decoded


def read_vcards(path: str | Path) -> list[ContactRecord]:
    """Every card of a .vcf file; a card's line is the line of its BEGIN:VCARD."""
    return read_vcard_file(path)[0]


def read_vcard_file(path: str | Path, encoding: str | None = None
                    ) -> tuple[list[ContactRecord], Decoded]:
    """The cards and how the file was decoded (a guessed legacy encoding is worth saying)."""
    where = str(path)
    data = read_input_file(path, MAX_FILE_BYTES, what="contact file")
    if not data:
        raise InputError("the file is empty", file=where)
    decoded = decode(data, where, encoding)
    return parse_vcards(decoded.text, where), decoded


def _unfold(text: str) -> list[tuple[int, str]]:
    """Content lines with their first physical line number (folded lines joined).

    Linear in the file: pieces are collected and joined once (a 19 MB folded PHOTO joined by
    repeated concatenation took minutes); a property longer than limits.VCARD_LINE_CHARS is
    cut there (photos, logos and sounds are not imported; a name that long is refused by
    the record's own checks).
    """
    lines: list[tuple[int, str]] = []
    pieces: list[str] = []
    first = 0
    size = 0
    quoted_printable = False

    def flush() -> None:
        if pieces:
            lines.append((first, "".join(pieces)))

    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"),
                                 start=1):
        if raw[:1] in (" ", "\t") and pieces:
            piece = raw[1:]
        elif pieces and quoted_printable and pieces[-1].endswith("="):
            pieces[-1] = pieces[-1][:-1]
            piece = "=\n" + raw  # vCard 2.1 soft line break
        else:
            flush()
            pieces, size = [], 0
            if not raw.strip():
                continue
            first = number
            quoted_printable = "QUOTED-PRINTABLE" in raw.split(":", 1)[0].upper()
            piece = raw
        if size + len(piece) > VCARD_LINE_CHARS:
            piece = piece[: max(VCARD_LINE_CHARS - size, 0)]
        size += len(piece)
        if piece:
            pieces.append(piece)
    flush()
    return lines


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}


def _split_value(value: str, separator: str) -> list[str]:
    """Split on unescaped separators, then unescape each part."""
    parts, current, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            current.append(_ESCAPES.get(value[i + 1], value[i + 1]))
            i += 2
            continue
        if ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def _unescape(value: str) -> str:
    return _split_value(value, "\0")[0]


def _parse_line(content: str) -> tuple[str, dict[str, str], str]:
    # name;param=value;param:value  (a colon inside a quoted parameter does not end the name)
    in_quotes = False
    for index, ch in enumerate(content):
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == ":" and not in_quotes:
            head, value = content[:index], content[index + 1:]
            break
    else:
        raise ValueError("no colon")
    pieces = head.split(";")
    name = pieces[0].split(".")[-1].upper()  # drop a group prefix ("item1.EMAIL")
    params: dict[str, str] = {}
    for piece in pieces[1:]:
        key, _, val = piece.partition("=")
        if not _:
            params.setdefault("TYPE", "")
            params["TYPE"] += ("," if params["TYPE"] else "") + key  # vCard 2.1 bare types
        else:
            params[key.upper()] = val.strip('"')
    if params.get("ENCODING", "").upper() in ("QUOTED-PRINTABLE", "QP"):
        charset = params.get("CHARSET", "utf-8")
        try:
            value = quopri.decodestring(value.encode("latin-1", "replace")).decode(charset,
                                                                                   "replace")
        except LookupError:
            value = quopri.decodestring(value.encode("latin-1", "replace")).decode("utf-8",
                                                                                   "replace")
    return name, params, value


def parse_vcards(text: str, where: str = "vCard") -> list[ContactRecord]:
    records: list[ContactRecord] = []
    current: ContactRecord | None = None
    saw_begin = False
    for number, content in _unfold(text):
        try:
            name, params, value = _parse_line(content)
        except ValueError:
            if current is not None:
                current.errors.append(f"line {number}: not a vCard property: {content[:40]!r}")
                continue
            raise InputError("not a vCard file (expected BEGIN:VCARD)", file=where,
                             line=number) from None
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if current is not None:
                current.errors.append("card not closed by END:VCARD")
                current.finish()
                records.append(current)
            current = ContactRecord(line=number)
            saw_begin = True
            continue
        if current is None:
            if not saw_begin:
                raise InputError("not a vCard file (expected BEGIN:VCARD)", file=where,
                                 line=number)
            continue
        if name == "END":
            current.finish()
            records.append(current)
            current = None
            continue
        _apply(current, name, params, value)
    if current is not None:
        current.errors.append("card not closed by END:VCARD")
        current.finish()
        records.append(current)
    if not records:
        raise InputError("no contacts in the file (no BEGIN:VCARD)", file=where)
    return records


def _apply(record: ContactRecord, name: str, params: dict[str, str], value: str) -> None:
    if name == "N":
        parts = _split_value(value, ";") + [""] * 5
        family, given, additional = parts[0], parts[1], parts[2]
        record.set_field("family_name", family.replace(",", " "))
        record.set_field("given_name", given.replace(",", " "))
        if additional:
            record.set_field("middle_name", additional.replace(",", " "))
        sort_as = params.get("SORT-AS", "")
        if sort_as and not record.latin_name:
            record.set_field("latin_name", sort_as.replace(",", " "))
    elif name == "FN":
        record.set_field("display_name", _unescape(value))
    elif name == "EMAIL":
        address = _unescape(value).strip()
        if address.lower().startswith("mailto:"):
            address = address[7:]
        if "pref" in params.get("TYPE", "").lower() or params.get("PREF") == "1":
            before = list(record.emails)
            record.set_field("email", address)
            added = [e for e in record.emails if e not in before]
            record.emails = added + before
        else:
            record.set_field("email", address)
    elif name == "ORG":
        record.set_field("organisation", _split_value(value, ";")[0])
    elif name == "TITLE":
        record.set_field("job_title", _unescape(value))
    elif name == "TEL" and not record.phone:
        number = _unescape(value)
        record.set_field("phone", number[4:] if number.lower().startswith("tel:") else number)
    elif name == "NOTE":
        record.set_field("notes", _unescape(value))
    elif name == "ADR" and not record.country:
        parts = _split_value(value, ";") + [""] * 7
        if parts[6]:
            record.set_field("country", parts[6])
    elif name == "CATEGORIES":
        record.set_field("tags", ";".join(_split_value(value, ",")))
    elif name == "TZ":
        zone = _unescape(value)
        if re.fullmatch(r"[A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)+|UTC", zone):
            record.set_field("timezone", zone)
    elif name == "LANG":
        record.set_field("language", _unescape(value))
    elif name == "X-ORGANISER-LATIN-NAME":
        record.latin_name = ""
        record.set_field("latin_name", _unescape(value))
    elif name == "X-ORGANISER-COUNTRY":
        record.country = ""
        record.set_field("country", _unescape(value))
