"""Property tests of the readers: whatever the bytes, a reader returns what it read or raises
the project's InputError (one line naming the file), never anything else, and an import that
fails writes nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from organiser.core.errors import InputError
from tests.fuzz.strategies import ENCODINGS, encode, examples, hostile_text

# --- CSV ------------------------------------------------------------------------------------

HEADERS = ["Name", "E-mail", "Organisation", "Time zone", "Notes", "Tags", "First Name"]


@st.composite
def csv_files(draw: Any) -> bytes:
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=600))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    width = draw(st.integers(1, len(HEADERS)))
    header = draw(st.permutations(HEADERS))[:width]
    rows = draw(st.lists(st.lists(hostile_text, min_size=0, max_size=width + 1), max_size=6))
    quote = draw(st.booleans())

    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if quote else value

    lines = [delimiter.join(header)] + [delimiter.join(cell(v) for v in row) for row in rows]
    text = draw(st.sampled_from(["\r\n", "\n", "\r"])).join(lines)
    return encode(text, draw(st.sampled_from(ENCODINGS)))


@examples(200)
@given(data=csv_files())
def test_csv_reader_never_raises_anything_else(data: bytes) -> None:
    from organiser.importers.contacts_csv import read_contacts_csv

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "people.csv"
        path.write_bytes(data)
        try:
            table = read_contacts_csv(path)
            records = table.records()
        except InputError as exc:
            assert str(path) in str(exc)
            return
        for record in records:
            for value in (record.name, record.organisation, *record.emails):
                assert "\n" not in value and "\u202e" not in value


def test_a_failed_import_writes_nothing(tmp_path: Path) -> None:
    from organiser.core.storage import open_database

    db = open_database(tmp_path / "fuzz.sqlite")
    try:
        _import_property(db, tmp_path)
    finally:
        db.close()


def _import_property(db: Any, folder: Path) -> None:
    from sqlalchemy import func, select

    from organiser.core.models import Person
    from organiser.importers.contacts_csv import read_contacts_csv
    from organiser.services.contacts_import import apply_import

    def people() -> int:
        with db.session() as session:
            return int(session.scalar(select(func.count(Person.id))) or 0)

    @examples(40)
    @given(data=csv_files())
    def prop(data: bytes) -> None:
        path = folder / "import.csv"
        path.write_bytes(data)
        before = people()
        try:
            records = read_contacts_csv(path).records()
            apply_import(db, records, str(path))
        except InputError:
            assert people() == before, "a refused import changed the database"

    prop()


# --- vCard ----------------------------------------------------------------------------------

@st.composite
def vcard_files(draw: Any) -> bytes:
    if draw(st.integers(0, 5)) == 0:
        return draw(st.binary(max_size=600))
    cards = []
    for _ in range(draw(st.integers(1, 3))):
        props = draw(st.lists(st.sampled_from(
            ["FN", "N", "EMAIL", "ORG", "TITLE", "TEL", "NOTE", "ADR", "CATEGORIES", "TZ",
             "PHOTO;ENCODING=b", "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=klingon",
             "EMAIL;TYPE=pref", "item1.EMAIL", "X-ORGANISER-LATIN-NAME"]), max_size=8))
        lines = ["BEGIN:VCARD", draw(st.sampled_from(["VERSION:2.1", "VERSION:3.0",
                                                      "VERSION:4.0", ""]))]
        lines += [f"{p}:{draw(hostile_text)}" for p in props]
        if draw(st.booleans()):
            lines.append("END:VCARD")
        cards.append(lines)
    text = "\r\n".join(line for card in cards for line in card)
    if draw(st.booleans()):  # folded at random places
        step = draw(st.integers(1, 75))
        text = "\r\n ".join(text[i:i + step] for i in range(0, len(text), step))
    return encode(text, draw(st.sampled_from(ENCODINGS)))


@examples(200)
@given(data=vcard_files())
def test_vcard_reader_never_raises_anything_else(data: bytes) -> None:
    from organiser.importers.vcard import read_vcards

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cards.vcf"
        path.write_bytes(data)
        try:
            records = read_vcards(path)
        except InputError as exc:
            assert str(path) in str(exc)
            return
        for record in records:
            assert "\n" not in record.name and "\u202e" not in record.name


# --- replies (.ics and .eml) -------------------------------------------------------------------

REPLY = [
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fuzz//EN", "METHOD:REPLY",
    "BEGIN:VTIMEZONE", "TZID:Custom", "BEGIN:STANDARD", "DTSTART:16010101T030000",
    "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
    "END:STANDARD", "END:VTIMEZONE",
    "BEGIN:VEVENT", "UID:organiser-1@programme.example", "SEQUENCE:1",
    "DTSTAMP:20261126T080000Z", "DTSTART;TZID=Custom:20261208T130000",
    "DTEND:20261208T150000Z", "ORGANIZER:mailto:me@programme.example",
    "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ana:mailto:ana@partner.example", "COMMENT:Thanks",
    "END:VEVENT", "END:VCALENDAR",
]
VALUES = ["20270230T060000Z", "20261208T250000Z", "99999-12-08", "99999999999999999999", "-1",
          "FREQ=SECONDLY", "FREQ=YEARLY;BYSECOND=" + ",".join(map(str, range(60))),
          "mailto:", "", "TENTATIVE", "DELEGATED", "x" * 200]


@st.composite
def reply_files(draw: Any) -> bytes:
    lines = list(REPLY)
    for _ in range(draw(st.integers(0, 4))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.integers(0, 4))
        if action == 0:
            del lines[index]
        elif action == 1:
            name = lines[index].partition(":")[0]
            value = draw(st.one_of(st.sampled_from(VALUES), hostile_text))
            lines[index] = f"{name}:{value}"
        elif action == 2:
            lines.insert(index, draw(hostile_text))
        elif action == 3:
            lines.insert(index, lines[index])
        else:
            lines = lines[:index]
    text = "\r\n".join(lines) + "\r\n"
    data = encode(text, draw(st.sampled_from(["utf-8", "utf-8", "latin-1", "utf-16"])))
    if draw(st.booleans()):
        depth = draw(st.integers(0, 40))
        head = b"From: Ana <ana@partner.example>\r\nSubject: Accepted\r\nMIME-Version: 1.0\r\n"
        opening = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n'
                           % (i, i) for i in range(depth))
        closing = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
        ctype = draw(st.sampled_from([b"text/calendar; method=REPLY", b"application/ics",
                                      b"text/plain"]))
        cte = draw(st.sampled_from([b"", b"Content-Transfer-Encoding: base64\r\n",
                                    b"Content-Transfer-Encoding: quoted-printable\r\n"]))
        data = head + opening + b"Content-Type: " + ctype + b"\r\n" + cte + b"\r\n" + data \
            + closing
    if draw(st.integers(0, 6)) == 0:
        data = draw(st.binary(max_size=400))
    return data


@examples(300)
@given(data=reply_files())
def test_reply_reader_never_raises_anything_else(data: bytes) -> None:
    from organiser.importers.replies import parse_reply

    try:
        parsed = parse_reply(data, "reply.eml")
    except InputError as exc:
        assert "reply.eml" in str(exc)
        return
    assert parsed.uid and parsed.attendees
    assert 0 <= parsed.sequence < 2**31
    for when in (parsed.start, parsed.end, parsed.stamp):
        assert when is None or 1900 <= when.year <= 2200
