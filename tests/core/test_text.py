"""Text rules shared by search, storage and exports."""

from __future__ import annotations

import unicodedata

import pytest

from organiser.core.text import clean_line, email_key, fold, nfc, sort_key


def test_fold_ignores_case_and_accents_in_every_script() -> None:
    assert fold("José") == fold("jose")
    assert fold("Müller") == "muller"
    assert fold("Олег") == fold("олег")
    assert fold("Østergård") == "ostergard"
    assert fold("王芳") == "王芳"


def test_nfc_stores_one_form() -> None:
    decomposed = unicodedata.normalize("NFD", "Hélène")
    assert nfc(decomposed) == "Hélène" and len(nfc(decomposed)) == 6


def test_clean_line_removes_header_injection() -> None:
    assert clean_line("Bob\r\nBcc: x@y") == "Bob Bcc: x@y"
    assert "\x07" not in clean_line("a\x07b")


def test_sort_key_puts_latin_first_then_other_scripts() -> None:
    names = ["Шевченко", "Araújo", "王", "Zhang", "Ångström"]
    ordered = sorted(names, key=sort_key)
    assert ordered[:3] == ["Ångström", "Araújo", "Zhang"]
    assert set(ordered[3:]) == {"Шевченко", "王"}


def test_email_key_ignores_case() -> None:
    assert email_key(" JUERGEN.Mueller@OECD-dac.example ") == "juergen.mueller@oecd-dac.example"


def test_every_text_column_is_stored_nfc(db) -> None:
    from sqlalchemy import text as sql

    from organiser.core.models import Organisation, Person

    decomposed = unicodedata.normalize("NFD", "Hélène Lefèvre")
    with db.transaction() as session:
        org = Organisation(name=unicodedata.normalize("NFD", "Agence de régulation"))
        session.add(Person(given_name=decomposed, family_name="", organisation=org))
    with db.engine.connect() as connection:
        stored = connection.execute(sql("SELECT given_name FROM person")).scalar()
        org_name = connection.execute(sql("SELECT name FROM organisation")).scalar()
    assert stored == "Hélène Lefèvre" and unicodedata.is_normalized("NFC", stored)
    assert unicodedata.is_normalized("NFC", org_name)


@pytest.mark.parametrize(("value", "shown"), [
    ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("-2+3", "'-2+3"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\n=1+1"),  # line ends as \n in every file
    ("\u202e=1+1", "'=1+1"),  # a bidi override never reaches a file
    ("+33 1 42 68 53 00", "+33 1 42 68 53 00"),  # a phone number stays as typed
    ("-150000.00", "-150000.00"),
    ("Ana Lima", "Ana Lima"),
    ("", ""),
])
def test_one_spreadsheet_rule_for_every_csv(value: str, shown: str) -> None:
    from organiser.core.text import spreadsheet_text
    from organiser.exporters.contacts import safe_cell
    from organiser.exporters.next_steps_csv import next_steps_csv

    assert spreadsheet_text(value) == shown
    assert safe_cell(value) == shown
    import csv
    import io

    rows = list(csv.reader(io.StringIO(next_steps_csv([{"text": value}]).decode("utf-8-sig"),
                                       newline="")))
    assert rows[1][2] == shown


def test_numbers_in_names_sort_by_value() -> None:
    """Issue 14: organisations sorted "Org 0, 1, 10, 100" instead of 0, 1, 2, … 10."""
    from organiser.core.text import sort_key

    names = [f"Org {n}" for n in (100, 10, 2, 1, 0, 11)] + ["Org 007", "Org"]
    assert sorted(names, key=sort_key) == ["Org", "Org 0", "Org 1", "Org 2", "Org 007",
                                           "Org 10", "Org 11", "Org 100"]
    assert sorted(["Éva 2", "eva 10", "Zoë"], key=sort_key) == ["Éva 2", "eva 10", "Zoë"]
