"""Text rules shared by search, storage and exports."""

from __future__ import annotations

import unicodedata

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
