"""Finding 6 (end): bidi overrides, isolates, zero-width and control characters never reach
a header, an .ics property, a PDF or a CSV cell; importers say which field lost them."""

from __future__ import annotations

import csv
import subprocess
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import text

from organiser.core.text import clean_line, clean_text, removed_characters
from tests.services.mail_support import configure, free_port

INVISIBLE = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u2060\ufeff\x07\x9b"


def _has_invisible(value: str) -> bool:
    return any(ch in value for ch in INVISIBLE)


def test_clean_line_removes_overrides_isolates_and_stray_zero_width() -> None:
    assert clean_line("\u202eanna\u202c Petrova\u200b") == "anna Petrova"
    assert clean_line("\u2067محمد\u2069") == "محمد"
    assert clean_text("line one\u2028line\x85two\u202e") == "line one\nline\ntwo"
    # joiners between letters are spelling (Persian, Hindi, emoji): kept
    assert clean_line("می\u200cخواهم") == "می\u200cخواهم"
    assert clean_line("\u200dx\u200c ") == "x"
    assert removed_characters("a\u202eb") is not None and removed_characters("Zoë") is None


def test_import_warns_naming_the_field_and_stores_clean_names(cli, db, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,E-mail,Organisation\n"
                    "\u202eAnna\u200b Petrova,anna@partner.example,Min\u2066istry\u2069\n",
                    encoding="utf-8")
    result = cli("contacts", "import", str(path))
    assert result.code == 0, result.err
    assert f"{path}:2:" in result.err and "name: bidirectional override" in result.err
    assert "zero-width" in result.err and "organisation: bidirectional" in result.err
    [person] = cli("contacts", "list", "--json").json()  # type: ignore[misc]
    assert person["name"] == "Anna Petrova"  # type: ignore[index]


def test_exporters_strip_what_an_old_database_still_holds(cli, db, tmp_path: Path) -> None:
    configure(free_port())
    event = cli("events", "add", "--title", "Workshop", "--kind", "workshop", "--start",
                "2027-03-01T09:00", "--end", "2027-03-01T17:00", "--tz", "Europe/Paris",
                "--venue", "Hall")
    assert event.code == 0, event.err
    event_id = event.out.strip()
    assert cli("invite", event_id, "--email", "anna@partner.example").code == 0
    # written behind the services' back, as an older version or another tool could have
    with db.transaction() as session:  # type: ignore[attr-defined]
        session.execute(text("UPDATE event SET title = :t, venue = :v"),
                        {"t": "Work\u202eshop\u200b\x07", "v": "Ha\u2066ll\u2069"})
        session.execute(text("UPDATE person SET display_name = :n, given_name = '', "
                             "family_name = ''"), {"n": "\u202eAnna\u200b Petrova"})
    ics = tmp_path / "invite.ics"
    assert cli("ics", event_id, "-o", str(ics)).code == 0
    unfolded = ics.read_bytes().decode("utf-8").replace("\r\n ", "")
    assert "SUMMARY:Workshop" in unfolded and 'CN="Anna Petrova"' in unfolded
    assert not _has_invisible(unfolded)
    from organiser.services.calendar_files import declinecounter_calendar

    declined = declinecounter_calendar(db, int(event_id), "anna@partner.example",
                                       "\u202eAnna", "Not that\u2066 day\x07")
    unfolded = declined.decode("utf-8").replace("\r\n ", "")
    assert "SUMMARY:Workshop" in unfolded and "COMMENT:Not that day" in unfolded
    assert not _has_invisible(unfolded)

    out = tmp_path / "mail"
    assert cli("mail", event_id, "--what", "invitations", "-o", str(out)).code == 0
    [eml] = out.glob("*.eml")
    parsed = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert parsed["To"].addresses[0].display_name == "Anna Petrova"
    assert not _has_invisible(str(parsed["Subject"]))

    exported = tmp_path / "people.csv"
    assert cli("contacts", "export", str(exported)).code == 0
    cells = [c for row in csv.reader(exported.read_text(encoding="utf-8-sig").splitlines())
             for c in row]
    assert "Anna Petrova" in cells and not any(_has_invisible(c) for c in cells)

    pdf = tmp_path / "signin.pdf"
    signed = cli("pdf", "signin", event_id, "-o", str(pdf))
    assert signed.code == 0, signed.err
    printed = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                             capture_output=True, text=True).stdout
    assert "Anna Petrova" in printed and "Workshop" in printed
    assert not _has_invisible(printed)


@pytest.mark.parametrize("field", ["--title", "--venue", "--description"])
def test_events_add_cleans_free_text(cli, db, field: str) -> None:
    args = ["events", "add", "--title", "T", "--kind", "workshop", "--start",
            "2027-03-01T09:00", "--end", "2027-03-01T17:00", "--tz", "Europe/Paris"]
    args += [field, "A\u202eB\u200b"]
    result = cli(*args)
    assert result.code == 0, result.err
    assert f"organiser: warning: {field.strip('-')}: bidirectional override" in result.err
    details = cli("events", "show", result.out.strip(), "--json").json()
    assert not any(_has_invisible(str(v)) for v in details.values())  # type: ignore[union-attr]
