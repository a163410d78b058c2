"""`organiser contacts import/export/list`: summaries, FILE:LINE errors, nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.core.storage import open_database
from tests.importers.contact_files import BAD_FILES, SAMPLES, BadFile


@pytest.fixture(autouse=True)
def _database(db: object) -> None:
    """The CLI creates no database (only `demo` does): every test starts from an empty one."""


def test_import_each_sample(cli) -> None:
    expected = {
        "outlook_export.csv": "imported 6 people, 6 organisations; 0 duplicates skipped; "
                              "0 warnings",
        "google_export.csv": "imported 3 people, 3 organisations; 1 duplicates skipped; "
                             "0 warnings",
        "excel_semicolon_cp1252.csv": "imported 3 people, 2 organisations; 0 duplicates "
                                      "skipped; 0 warnings",
    }
    for name, summary in expected.items():
        result = cli("contacts", "import", str(SAMPLES / name))
        # a legacy encoding is a guess, and said so
        guess = (f"{SAMPLES / name}: not UTF-8; read as Windows-1252 (Western European) (a "
                 "guess: if names look wrong, give the encoding with --encoding, e.g. "
                 "--encoding cp1251)\n") if "cp1252" in name else ""
        assert (result.code, result.out.strip(), result.err) == (0, summary, guess)
    people = cli("contacts", "list", "--json").json()
    assert len(people) == 12
    muller = next(p for p in people if p["family_name"] == "Müller")
    assert muller["emails"] == ["juergen.mueller@oecd-dac.example"]
    assert muller["country"] == "France" and muller["tags"] == []
    families = [p["family_name"] for p in people]
    assert families.index("Müller") < families.index("Коваленко") < families.index("الزهراء")
    assert families[:3] == ["Bekova", "Dubois", "Gonçalves"]


def test_sample_with_errors_writes_nothing(cli) -> None:
    path = str(SAMPLES / "with_errors.csv")
    result = cli("contacts", "import", path)
    assert result.code == 1 and result.out == ""
    lines = result.err.splitlines()
    assert lines[0] == (f"{path}:3: malformed e-mail address 'peter.smith@@example.org' "
                        "(needs exactly one @)")
    assert lines[1].startswith(f"{path}:5: row has 5 fields, the header has 4")
    assert f"{path}:4: warning: no e-mail address" in result.err
    assert lines[-1].startswith(f"organiser: error: {path}: 2 rows with errors; nothing was "
                                "imported")
    assert cli("contacts", "list", "--json").json() == []
    skipped = cli("contacts", "import", "--skip-errors", path)
    assert skipped.code == 0
    assert skipped.out.strip() == ("imported 3 people, 3 organisations; 1 duplicates skipped; "
                                   "1 warnings; 2 rows with errors left out")


def test_dry_run_and_json(cli) -> None:
    path = str(SAMPLES / "google_export.csv")
    dry = cli("contacts", "import", "--dry-run", path)
    assert dry.code == 0 and dry.out.startswith("would import 4 people, 4 organisations")
    assert cli("contacts", "list", "--json").json() == []
    report = cli("contacts", "import", "--json", path).json()
    assert report["written"] is True and report["people"] == 4 and not report["dry_run"]
    assert [r["outcome"] for r in report["rows"]] == ["new"] * 4
    again = cli("contacts", "import", "--json", "--dry-run", path).json()
    assert [r["outcome"] for r in again["rows"]] == ["duplicate"] * 4
    assert again["rows"][1]["emails"] == ["lan.nguyen@vnpi.example", "lan@home.example"]


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.name for b in BAD_FILES])
def test_bad_input(cli, tmp_path: Path, bad: BadFile) -> None:
    path = bad.write(tmp_path)
    result = cli("contacts", "import", str(path))
    listed = cli("contacts", "list", "--json").json()
    assert "Traceback" not in result.err
    if bad.fatal:
        assert result.code == 1 and listed == []
        where = f"{path}:{bad.line}: " if bad.line else f"organiser: error: {path}: "
        assert any(line.startswith(where) and bad.message in line
                   for line in result.err.splitlines()), result.err
        assert result.err.splitlines()[-1].startswith("organiser: error: ")
    else:
        assert result.code == 0 and len(listed) == 1
        assert f"{path}:{bad.line}: warning: " in result.err and bad.message in result.err
        name = listed[0]["name"]
        assert "\r" not in name and "\n" not in name and "\x07" not in name


def test_formula_is_stored_as_text_and_never_exported_live(cli, tmp_path: Path) -> None:
    bad = next(b for b in BAD_FILES if b.name == "formula cell")
    cli("contacts", "import", str(bad.write(tmp_path)))
    [person] = cli("contacts", "list", "--json").json()
    assert person["name"] == '=HYPERLINK("http://evil.example","click")'
    out = tmp_path / "out.csv"
    assert cli("contacts", "export", str(out)).code == 0
    text = out.read_bytes().decode("utf-8-sig")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text and "\n=HYPERLINK" not in text


def test_export_and_import_again_gives_the_same_people(cli, tmp_path: Path) -> None:
    cli("demo")
    before = cli("contacts", "list", "--json").json()
    for suffix in (".csv", ".vcf"):
        out = tmp_path / f"all{suffix}"
        exported = cli("contacts", "export", str(out))
        assert exported.code == 0 and exported.out.startswith(f"exported {len(before)} people")
        other = tmp_path / f"other{suffix}.sqlite"
        open_database(other).close()  # a new, empty database (the CLI creates none)
        imported = cli("contacts", "import", str(out), db=other)
        assert imported.code == 0, imported.err
        after = cli("contacts", "list", "--json", db=other).json()
        assert [{k: v for k, v in p.items() if k != "id"} for p in after] == \
               [{k: v for k, v in p.items() if k != "id"} for p in before]


def test_export_by_tag_and_bad_extension(cli, tmp_path: Path) -> None:
    cli("demo")
    out = tmp_path / "itag.vcf"
    assert cli("contacts", "export", "--tag", "ITAG", str(out)).out.startswith("exported 2 ")
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 2
    assert "VERSION:4.0" in out.read_text(encoding="utf-8")
    wrong = cli("contacts", "export", str(tmp_path / "x.xlsx"))
    assert wrong.code == 1 and "export to .csv or .vcf" in wrong.err


def test_duplicates_and_merge(cli) -> None:
    cli("contacts", "import", str(SAMPLES / "outlook_export.csv"))
    people = cli("contacts", "list", "--json").json()
    muller = next(p["id"] for p in people if p["family_name"] == "Müller")
    assert cli("contacts", "duplicates").out.strip() == "no likely duplicates"
    merged = cli("contacts", "merge", str(muller), "999")
    assert merged.code == 1 and "no person with id 999" in merged.err


def _organisations(db) -> dict[str, str]:
    from sqlalchemy import select

    from organiser.core.models import Organisation

    with db.session() as session:
        return {o.name: o.country for o in session.scalars(select(Organisation))}


def test_near_duplicate_organisation_is_matched_and_new_ones_get_their_country(
        cli, db, tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    first.write_text("Name,E-mail,Organisation,Country\n"
                     "Ana Lima,ana@acme.example,Acmé Trading,Brazil\n", encoding="utf-8")
    assert cli("contacts", "import", str(first)).code == 0
    second = tmp_path / "second.csv"
    second.write_text("Name,E-mail,Organisation,Country\n"
                      "Bo Chen,bo@acme.example,\"The ACME Trading Ltd.\",China\n"
                      "Sara Nile,sara@nile.example,Nile Partners,Egypt\n"
                      "Omar Nile,omar@nile.example,Nile Partners,Egypt\n"
                      "Kim Mixed,kim@mixed.example,Mixed Group,Korea\n"
                      "Lee Mixed,lee@mixed.example,Mixed Group,Japan\n", encoding="utf-8")
    result = cli("contacts", "import", str(second))
    assert result.code == 0
    # matched to the existing organisation, and said so with the line
    assert (f"{second}:2: warning: organisation 'The ACME Trading Ltd.' taken as the "
            "organisation 'Acmé Trading'") in result.err
    assert result.out.startswith("imported 5 people, 2 organisations")
    people = {p["name"]: p for p in cli("contacts", "list", "--json").json()}
    assert people["Bo Chen"]["organisation"] == "Acmé Trading"
    orgs = _organisations(db)
    assert set(orgs) == {"Acmé Trading", "Nile Partners", "Mixed Group"}
    # every row creating Nile Partners says Egypt; Mixed Group's rows disagree: left blank
    assert orgs["Nile Partners"] == "Egypt" and orgs["Mixed Group"] == ""
