"""Reading contact files: the shared samples, encodings, delimiters, vCards and bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from organiser.core.errors import InputError
from organiser.importers.contacts_csv import header_field, read_contacts_csv
from organiser.importers.vcard import read_vcards
from tests.importers.contact_files import BAD_FILES, SAMPLES, BadFile


def _by_family(records):
    return {r.family_name: r for r in records}


def test_outlook_export() -> None:
    table = read_contacts_csv(SAMPLES / "outlook_export.csv")
    assert (table.encoding, table.delimiter, table.header_line) == ("utf-8-sig", ",", 1)
    people = _by_family(table.records())
    assert len(people) == 6 and all(not r.errors and not r.warnings for r in people.values())
    assert people["Коваленко"].given_name == "Олег"
    assert people["Коваленко"].organisation == "Київський інститут публічних закупівель"
    assert people["الزهراء"].notes == "Prefers Arabic documents"
    assert people["Zhang (张伟)"].emails == ["zhang.wei@apptc.example",
                                           "wei.zhang@personal.example"]
    perez = people["Pérez"]
    assert perez.given_name == "José María" and perez.country == "Perú"
    assert perez.notes == 'Notes with a comma, and a "quote"'
    assert people["Dubois"].job_title == "Directrice"


def test_google_export_splits_addresses_and_reads_labels() -> None:
    table = read_contacts_csv(SAMPLES / "google_export.csv")
    people = _by_family(table.records())
    assert people["Lan"].emails == ["lan.nguyen@vnpi.example", "lan@home.example"]
    assert people["Lan"].given_name == "Nguyễn Thị"
    assert people["Bekova"].tags == ["Regional institutes"]  # not Google's "* myContacts"
    assert people["Bekova"].phone == "+7 701 000 0000"
    assert people["Mensah"].tags == ["ITAG"]
    assert people["Müller"].emails == ["JUERGEN.MUELLER@oecd-dac.example"]


def test_excel_french_semicolon_windows_1252() -> None:
    table = read_contacts_csv(SAMPLES / "excel_semicolon_cp1252.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.mapping == ["family_name", "given_name", "organisation", "job_title", "country",
                             "email"]
    people = _by_family(table.records())
    assert people["Lefèvre"].given_name == "Hélène"
    assert people["Ndiaye"].job_title == "Directeur; Formation"
    assert people["Gonçalves"].country == "Moçambique"


def test_with_errors_sample() -> None:
    records = read_contacts_csv(SAMPLES / "with_errors.csv").records()
    by_line = {r.line: r for r in records}
    assert sorted(by_line) == [2, 3, 4, 5, 6, 8]  # the record on line 6 spans line 7
    assert "malformed e-mail address" in by_line[3].errors[0]
    assert by_line[4].warnings == ["no e-mail address: kept, but cannot be invited"]
    assert not by_line[4].errors
    assert "row has 5 fields" in by_line[5].errors[0]
    assert by_line[6].organisation == "China Public Procurement Institute"
    assert not by_line[6].errors and not by_line[6].warnings
    assert by_line[8].emails == ["MARIA.ROSSI@itaca.example"]


def test_utf16_tab_separated_as_excel_writes_it(tmp_path: Path) -> None:
    text = "Prénom\tNom\tCourriel\r\nOlena\tШевченко\to.shevchenko@kipz.example\r\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    table = read_contacts_csv(path)
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    [record] = table.records()
    assert (record.given_name, record.family_name) == ("Olena", "Шевченко")


def test_utf8_without_bom_and_a_title_line_before_the_header(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Participants 2026\nFull name,E-mail,Country\nLi Ming,li@x.example,China\n",
                    encoding="utf-8")
    table = read_contacts_csv(path)
    assert table.header_line == 2
    [record] = table.records()
    assert (record.given_name, record.family_name, record.line) == ("Li", "Ming", 3)


def test_localised_headers() -> None:
    assert header_field("Prénom") == "given_name"
    assert header_field("Courriel") == "email"
    assert header_field("Correo electrónico") == "email"
    assert header_field("E-mail 3 - Value") == "email"
    assert header_field("E-mail 1 - Label") == ""
    assert header_field("Business Country/Region") == "country"
    assert header_field("Фамилия") == "family_name"


def test_remapping_a_column(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Who,Address,Where\nAna Lima,ana@tb.example,Brazil\n", encoding="utf-8")
    table = read_contacts_csv(path)  # headers we do not know: guessed from the values
    assert table.header_line == 1 and table.mapping == ["display_name", "email", ""]
    [record] = table.records(["display_name", "email", "country"])
    assert record.emails == ["ana@tb.example"] and record.country == "Brazil"


VCARD_30 = """BEGIN:VCARD\r
VERSION:3.0\r
N:Шевченко;Олена;;;\r
FN:Олена Шевченко\r
ORG:Київський інститут публічних закупівель;Навчання\r
TITLE:Директорка\r
EMAIL;TYPE=INTERNET,WORK:o.shevchenko@kipz.example\r
EMAIL;TYPE=INTERNET,HOME:olena@home.example\r
CATEGORIES:Regional institutes network,ITAG\r
NOTE:Line one\\nline two\\, with comma\r
ADR;TYPE=WORK:;;вул. Хрещатик\\, 1;Київ;;01001;Україна\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:Kwame Asante\r
N:Asante;Kwame;;;\r
EMAIL:k.asante@itag.exa\r
 mple\r
END:VCARD\r
"""

VCARD_40 = """BEGIN:VCARD
VERSION:4.0
FN:田中明子
N;SORT-AS="Tanaka,Akiko":田中;明子;;;
EMAIL;PREF=1:a.tanaka@itag.example
TZ:Asia/Tokyo
LANG:ja
END:VCARD
"""


def test_vcard_30_and_40(tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_text(VCARD_30 + VCARD_40, encoding="utf-8")
    olena, kwame, akiko = read_vcards(path)
    assert (olena.given_name, olena.family_name, olena.line) == ("Олена", "Шевченко", 1)
    assert olena.organisation == "Київський інститут публічних закупівель"
    assert olena.emails == ["o.shevchenko@kipz.example", "olena@home.example"]
    assert olena.tags == ["Regional institutes network", "ITAG"]
    assert olena.notes == "Line one\nline two, with comma"
    assert olena.country == "Україна" and olena.display_name == ""
    assert kwame.emails == ["k.asante@itag.example"] and kwame.line == 13
    assert akiko.display_name == "田中明子" and akiko.latin_name == "Tanaka Akiko"
    assert (akiko.timezone, akiko.language) == ("Asia/Tokyo", "ja")


def test_no_header_at_all(tmp_path: Path) -> None:
    path = tmp_path / "bare.csv"
    path.write_text("Ana Lima;ana@tb.example\nBo Li;bo@li.example\n", encoding="utf-8")
    table = read_contacts_csv(path)
    assert table.header_line is None and len(table.records()) == 2
    path.write_text("Names\nAna Lima\nBo Li\n", encoding="utf-8")  # a bare list of names
    records = read_contacts_csv(path).records()
    assert [r.family_name for r in records] == ["Lima", "Li"]
    assert all("no e-mail address" in r.warnings[0] for r in records)


def test_not_a_vcard(tmp_path: Path) -> None:
    path = tmp_path / "x.vcf"
    path.write_text("hello\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a vCard file"):
        read_vcards(path)


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.name for b in BAD_FILES])
def test_bad_input(bad: BadFile, tmp_path: Path) -> None:
    path = bad.write(tmp_path)
    if bad.fatal and bad.line is None:
        with pytest.raises(InputError, match=bad.message.replace(".", r"\.")) as caught:
            read_contacts_csv(path)
        assert caught.value.file == str(path)
        return
    records = read_contacts_csv(path).records()
    [record] = [r for r in records if r.line == bad.line]
    messages = record.errors if bad.fatal else record.warnings
    assert any(bad.message in m for m in messages), messages
    for r in records:
        for value in (r.given_name, r.family_name, r.display_name):
            assert "\r" not in value and "\n" not in value and "\x07" not in value
