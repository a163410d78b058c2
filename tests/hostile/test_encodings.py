"""Finding 2: legacy encodings are detected (and said to be a guess), any codec can be given,
and a UTF-8 file with a stray byte is an error naming the line, never a silent re-decode."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.core.errors import InputError
from organiser.importers.contacts_csv import read_contacts_csv
from organiser.importers.encoding import decode_text
from organiser.importers.vcard import read_vcard_file
from tests.conftest import REPO

SAMPLES = REPO / "tests" / "data" / "contacts"


def test_windows_1251_russian_names(cli, db) -> None:
    table = read_contacts_csv(SAMPLES / "excel_russian_cp1251.csv")
    assert (table.encoding, table.encoding_guessed) == ("cp1251", True)
    names = {(r.given_name, r.family_name) for r in table.records()}
    assert ("Олена", "Шевченко") in names and ("Мария", "Соловьёва") in names
    result = cli("contacts", "import", str(SAMPLES / "excel_russian_cp1251.csv"))
    assert result.code == 0, result.err
    assert "read as Windows-1251 (Cyrillic) (a guess" in result.err
    people = cli("contacts", "list", "--json").json()
    assert {p["family_name"] for p in people} >= {"Шевченко", "Иванов"}  # type: ignore[union-attr,index]


def test_windows_1256_arabic_names(cli, db) -> None:
    result = cli("contacts", "import", str(SAMPLES / "outlook_arabic_cp1256.csv"))
    assert result.code == 0, result.err
    assert "read as Windows-1256 (Arabic)" in result.err
    names = {p["name"] for p in cli("contacts", "list", "--json").json()}  # type: ignore[union-attr,index]
    assert "أحمد المصري" in names and "فاطمة الزهراء بنعلي" in names


def test_windows_1254_turkish_names(cli, db) -> None:
    """Turkish read as Windows-1252 gave 'Þükrü Aðaoðlu', 'Kamu Ýhale Eðitim Enstitüsü'."""
    table = read_contacts_csv(SAMPLES / "excel_turkish_cp1254.csv")
    assert (table.encoding, table.encoding_guessed) == ("cp1254", True)
    assert table.encoding_alternatives == ()  # 'Büyükþehir', 'Þükrü' mix two alphabets
    records = {(r.given_name, r.family_name): r for r in table.records()}
    assert set(records) >= {("Şükrü", "Ağaoğlu"), ("Işıl", "Yılmaz"), ("İbrahim", "Çelik")}
    assert records[("Şükrü", "Ağaoğlu")].organisation == "Kamu İhale Eğitim Enstitüsü"
    assert records[("Işıl", "Yılmaz")].job_title == "Uzman"  # the Turkish headers are known
    result = cli("contacts", "import", str(SAMPLES / "excel_turkish_cp1254.csv"))
    assert result.code == 0, result.err
    assert "read as Windows-1254 (Turkish) (a guess" in result.err
    people = cli("contacts", "list", "--json").json()
    assert {p["name"] for p in people} >= {"Şükrü Ağaoğlu", "Işıl Yılmaz"}  # type: ignore[union-attr,index]


SHORT_TURKISH = "Ad;Soyad;E-posta\r\nIşıl;Yılmaz;isil@kihee.example\r\n"


def test_an_uncertain_guess_says_what_the_other_encodings_would_read() -> None:
    """Two Turkish names alone read as well in Windows-1252 ('Iþýl Yýlmaz' could be
    Icelandic): the guess says so, with the names as each encoding reads them."""
    decoded = decode_text(SHORT_TURKISH.encode("cp1254"), "f.csv")
    assert decoded.guessed and decoded.uncertain
    assert decoded.encoding == "cp1252"  # the order of preference, nothing in the names
    assert ("cp1254", "Iþýl", "Işıl") in decoded.alternatives
    assert "Windows-1254 (Turkish) reads “Iþýl” as “Işıl”" in decoded.doubt()
    # a list that says which it is is not in doubt (test_windows_1254_turkish_names)


def test_a_western_european_list_is_not_in_doubt(cli, db, tmp_path: Path) -> None:
    """Windows-1250 reads 'Lefèvre' as a possible Czech 'Lefčvre': the preference for
    Windows-1252 decides, as it should, and the import goes ahead."""
    text = "Nom;Prénom;Courriel\r\nLefèvre;Hélène;h@x.example\r\nGonçalves;João;j@x.example\r\n"
    decoded = decode_text(text.encode("cp1252"), "f.csv")
    assert (decoded.encoding, decoded.text, decoded.alternatives) == ("cp1252", text, ())
    path = tmp_path / "fr.csv"
    path.write_bytes(text.encode("cp1252"))
    result = cli("contacts", "import", str(path))
    assert result.code == 0, result.err


def test_cli_refuses_an_uncertain_guess_and_takes_the_encoding_given(
        cli, db, tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes(SHORT_TURKISH.encode("cp1254"))
    result = cli("contacts", "import", str(path))
    assert result.code == 1
    assert f"{path}: not UTF-8, and the encoding is uncertain: read as " in result.err
    assert "“Işıl”" in result.err and "nothing was imported" in result.err
    assert "--encoding cp1254" in result.err
    assert cli("contacts", "list", "--json").json() == []
    result = cli("contacts", "import", str(path), "--encoding", "cp1254")
    assert result.code == 0, result.err
    assert cli("contacts", "list", "--json").json()[0]["name"] == "Işıl Yılmaz"  # type: ignore[index]


def test_vcard_in_windows_1251() -> None:
    records, decoded = read_vcard_file(SAMPLES / "russian_cp1251.vcf")
    assert decoded.encoding == "cp1251" and decoded.guessed
    assert (records[0].given_name, records[0].family_name) == ("Олена", "Шевченко")
    assert records[0].organisation == "Киевский институт закупок"


def test_encoding_takes_any_codec_name(cli, db, tmp_path: Path) -> None:
    path = tmp_path / "koi8.csv"
    path.write_bytes("Name,E-mail\nОлег Петров,oleg@x.example\n".encode("koi8_r"))
    result = cli("contacts", "import", str(path), "--encoding", "KOI8-R")
    assert result.code == 0, result.err
    assert "a guess" not in result.err
    assert cli("contacts", "list", "--json").json()[0]["name"] == "Олег Петров"  # type: ignore[index]
    vcf = SAMPLES / "russian_cp1251.vcf"
    assert cli("contacts", "import", str(vcf), "--encoding", "windows-1251").code == 0


def test_unknown_codec_is_a_usage_error(cli, db, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Name,E-mail\nA,a@x.example\n", encoding="utf-8")
    result = cli("contacts", "import", str(path), "--encoding", "klingon-8")
    assert result.code == 2 and "unknown encoding 'klingon-8'" in result.err


def test_wrong_codec_names_the_line(cli, db, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"Name,E-mail\nA,a@x.example\nJ\x81se,j@x.example\n")
    result = cli("contacts", "import", str(path), "--encoding", "cp1252")
    assert result.code == 1
    assert f"{path}:3: cannot be read as Windows-1252" in result.err


def test_utf8_with_one_stray_latin1_byte_is_an_error_naming_the_line(
        cli, db, tmp_path: Path) -> None:
    rows = "".join(f"Hélène Lefèvre {i},h{i}@x.example\n" for i in range(20))
    path = tmp_path / "list.csv"
    path.write_bytes(("Name,E-mail\n" + rows).encode("utf-8") + b"Jos\xe9 Ortiz,j@x.example\n")
    result = cli("contacts", "import", str(path))
    assert result.code == 1
    assert f"{path}:22: the file is UTF-8 but byte 0xe9 here is not" in result.err
    assert cli("contacts", "list", "--json").json() == []


@pytest.mark.parametrize(("text", "codec"), [
    ("Nom;Prénom\nLefèvre;Hélène\nGonçalves;João\n", "cp1252"),
    ("Imię;Nazwisko\nŁukasz;Żółkiewski\nGrzegorz;Brzęczyszczykiewicz\n", "cp1250"),
    ("Имя,Фамилия\nОлена,Шевченко\nАлексей,Иванов\n", "koi8_r"),
    ("Όνομα,Email\nΓιώργος Παπαδόπουλος,g@x.example\n", "cp1253"),
    ("名前,メール\n山田太郎,t@x.example\n佐藤花子,h@x.example\n", "shift_jis"),
    ("姓名,邮箱\n王芳,w@x.example\n李明,l@x.example\n", "gb18030"),
    ("姓名,郵箱\n王芳,w@x.example\n陳大文,c@x.example\n", "big5"),
    ("이름,이메일\n김민준,k@x.example\n이서연,l@x.example\n", "euc_kr"),
    ("Nom,Email\nLefèvre Hélène,h@x.example\nGonçalves João,j@x.example\n", "mac_roman"),
    ("Ad;Soyad;Kurum\nŞükrü;Ağaoğlu;İzmir Büyükşehir Belediyesi\nGökçe;Öztürk;Müdürlüğü\n",
     "cp1254"),
    # the same bytes the other way round: Icelandic stays Windows-1252 ('Guğrún' mixes two)
    ("Nafn;Netfang\nGuðrún Sigurðardóttir;g@x.example\nÞórður Ólafsson;t@x.example\n",
     "cp1252"),
    ("Jméno;Příjmení\nJiří;Dvořák\nPetr;Novák\n", "cp1250"),
])
def test_detector_reads_the_partners_encodings(text: str, codec: str) -> None:
    decoded = decode_text(text.encode(codec), "f.csv")
    assert decoded.text == text and decoded.guessed


def test_wizard_shows_an_uncertain_guess_with_both_readings(main_window, tmp_path: Path
                                                            ) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes(SHORT_TURKISH.encode("cp1254"))
    main_window.open_files([path])
    wizard = main_window.area("Contacts").import_wizard
    assert wizard is not None and wizard.isVisible()
    page = wizard.columns_page
    assert page.doubt.isVisible()
    assert "Windows-1254 (Turkish) reads “Iþýl” as “Işıl”" in page.doubt.text()
    assert "If the names below look wrong, choose the encoding" in page.doubt.text()
    assert page.doubt.accessibleName() == page.doubt.text()
    page.encoding.setCurrentIndex(page.encoding.findData("cp1254"))
    assert not page.doubt.isVisible()  # chosen, no longer a guess
    assert {(r.given_name, r.family_name) for r in wizard.records} == {("Işıl", "Yılmaz")}
    wizard.reject()


def test_boms_are_trusted_and_checked() -> None:
    assert decode_text("\ufeffName\n".encode("utf-8"), "f").encoding == "utf-8-sig"
    assert decode_text("Name\n".encode("utf-32"), "f").text == "Name\n"
    with pytest.raises(InputError, match="the file is damaged"):
        decode_text(b"\xef\xbb\xbfName\n\xff\n", "f")


def test_wizard_shows_the_guess_and_offers_the_others(main_window, qtbot) -> None:
    main_window.open_files([SAMPLES / "excel_russian_cp1251.csv"])
    wizard = main_window.area("Contacts").import_wizard
    assert wizard is not None and wizard.isVisible()
    page = wizard.columns_page
    assert "Windows-1251 (Cyrillic)" in page.detected.text()
    assert {r.family_name for r in wizard.records} >= {"Шевченко", "Соловьёва"}
    assert page.encoding.findData("cp1256") >= 0 and page.encoding.findData("koi8_r") >= 0
    page.encoding.setCurrentIndex(page.encoding.findData("cp1256"))
    assert "Windows-1256 (Arabic)" in page.detected.text()
    assert "Шевченко" not in {r.family_name for r in wizard.records}
    page.encoding.setCurrentIndex(page.encoding.findData("cp1251"))
    assert "Шевченко" in {r.family_name for r in wizard.records}
    wizard.reject()
