"""Property tests of the exporters: hostile names and titles come out as literal text (mail
headers, calendar properties, PDF text, CSV cells), never as markup, headers or formulas."""

from __future__ import annotations

import csv
import subprocess
import tempfile
from email import message_from_bytes, policy
from pathlib import Path
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from organiser.core.text import clean_line, clean_text
from tests.fuzz.strategies import examples, hostile_text

INVISIBLE = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u2060\ufeff"
                "\x00\x07\x1b\x7f\x85\x9b")


def visible(text: str) -> bool:
    return not (set(text) & INVISIBLE)


# --- mail headers ---------------------------------------------------------------------------

@examples(150)
@given(name=hostile_text, other=hostile_text, subject=hostile_text)
def test_mail_headers_read_back_as_the_literal_text(name: str, other: str, subject: str) -> None:
    from organiser.exporters.email import (
        build_message,
        clean_header_text,
        header_name,
        mailbox,
        message_bytes,
    )

    to = [mailbox(name, "ana@partner.example"), mailbox(other, "bob@partner.example")]
    message = build_message(sender=mailbox(other, "me@programme.example"), to=to,
                            subject=subject, text="Hello")
    parsed = message_from_bytes(message_bytes(message), policy=policy.default)
    assert sorted(parsed.keys()) == sorted(
        ["Subject", "From", "To", "Date", "Message-ID", "MIME-Version", "Content-Type"])
    assert [(a.display_name, a.addr_spec) for a in parsed["To"].addresses] == [
        (header_name(name), "ana@partner.example"), (header_name(other), "bob@partner.example")]
    assert [a.addr_spec for a in parsed["From"].addresses] == ["me@programme.example"]
    assert str(parsed["Subject"]) == (clean_header_text(subject)[:900] or "(no subject)")
    assert visible(str(parsed["Subject"])) and visible(str(parsed["To"]))


# --- calendar properties and PDF text, from a real database ----------------------------------

class _Programme:
    """One database and one invited person for a whole property (examples change them)."""

    def __init__(self, folder: Path) -> None:
        from organiser.core.settings import COORDINATOR_EMAIL, COORDINATOR_NAME, Settings
        from organiser.core.storage import open_database
        from organiser.services.events import create_event
        from organiser.services.invitations import invite

        settings = Settings()
        settings.set(COORDINATOR_EMAIL, "me@programme.example")
        settings.set(COORDINATOR_NAME, "Coordinator")
        settings.save()
        self.db = open_database(folder / "fuzz.sqlite")
        self.event = create_event(self.db, title="T", kind="workshop", start="2027-03-01T09:00",
                                  end="2027-03-01T17:00", timezone="Europe/Paris", venue="V")
        invite(self.db, self.event, emails=["ana@partner.example"])

    def set(self, title: str, name: str, venue: str) -> None:
        """Written behind the services' back: what an older version may have stored."""
        from sqlalchemy import text

        with self.db.transaction() as session:
            session.execute(text("UPDATE event SET title = :t, venue = :v"),
                            {"t": title or "x", "v": venue})
            session.execute(text("UPDATE person SET display_name = :n, given_name = '', "
                                 "family_name = ''"), {"n": name})


def test_calendar_properties_are_literal(tmp_path: Path) -> None:
    from icalendar import Calendar

    from organiser.exporters.ics import cn_text
    from organiser.services.calendar_files import request_calendar

    programme = _Programme(tmp_path)

    @examples(60)
    @given(title=hostile_text, name=hostile_text, venue=hostile_text)
    def prop(title: str, name: str, venue: str) -> None:
        programme.set(title, name, venue)
        data = request_calendar(programme.db, programme.event)
        [vevent] = Calendar.from_ical(data).walk("VEVENT")
        assert len(Calendar.from_ical(data).walk("VEVENT")) == 1
        assert str(vevent["SUMMARY"]) == clean_line(title or "x")
        if clean_line(venue):
            assert str(vevent["LOCATION"]) == clean_text(venue)
        attendees = vevent.get("ATTENDEE")
        attendees = attendees if isinstance(attendees, list) else [attendees]
        assert [str(a) for a in attendees] == ["mailto:ana@partner.example"]
        cn = str(attendees[0].params.get("CN", ""))
        assert cn == cn_text(name) == clean_line(name).replace("\\", "\uff3c"), (cn, name)
        assert visible(data.decode("utf-8"))

    try:
        prop()
    finally:
        programme.db.close()


PDF_TEXT = st.text(alphabet=st.sampled_from(list(
    "abcXYZ éßŁЖж<>&\"'=?:;@#%[]{}\u202e\u2066\u2069\u200b\ufeff\x07")), min_size=1, max_size=30)


def test_pdf_text_is_literal(tmp_path: Path) -> None:
    from organiser.services.documents import render_document

    programme = _Programme(tmp_path)

    @examples(4, heavy=True)
    @given(title=PDF_TEXT, name=PDF_TEXT)
    def prop(title: str, name: str) -> None:
        title, name = "Tt " + title + " tT", "Nn " + name + " nN"
        programme.set(title, name, "")
        data = render_document(programme.db, "signin", programme.event)
        with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
            pdf.write(data)
            pdf.flush()
            printed = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf.name, "-"], check=True,
                                     capture_output=True, text=True).stdout
        flat = " ".join(printed.split())
        assert " ".join(clean_line(title).split()) in flat
        assert " ".join(clean_line(name).split()) in flat
        assert visible(printed)

    try:
        prop()
    finally:
        programme.db.close()


# --- CSV cells ----------------------------------------------------------------------------------

@examples(150)
@given(values=st.lists(hostile_text, min_size=13, max_size=13))
def test_csv_cells_are_literal_text(values: list[str]) -> None:
    from organiser.exporters.contacts import contacts_csv
    from organiser.importers.contacts_common import looks_like_formula

    person = SimpleNamespace(
        name=values[2] or values[0], given_name=values[0], family_name=values[1],
        display_name=values[2], latin_name=values[3], emails=[values[4]],
        organisation=values[5], job_title=values[6], country=values[7], timezone=values[8],
        language=values[9], phone=values[10], notes=values[11], tags=[values[12]])
    data = contacts_csv([person])  # type: ignore[list-item]
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(keepends=True)))
    assert len(rows) == 2, "one header and one row: no value breaks the row"
    for cell in rows[1]:
        assert visible(cell)
        assert not looks_like_formula(cell), "a spreadsheet would run it"
        assert cell == clean_text(cell)
