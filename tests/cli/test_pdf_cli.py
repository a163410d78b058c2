"""`organiser pdf minutes|agenda|signin|votes EVENT -o FILE.pdf` and `organiser minutes ...`."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.core.storage import Database
from tests.exporters.pdf_support import normalise, pdf_text


@pytest.mark.parametrize("kind,expected", [
    ("minutes", "A training curriculum is developed with the regional institutes."),
    ("agenda", "Potential lines of action"),
    ("signin", "Signature"),
    ("votes", "Dot-vote sheet"),
])
def test_each_document_is_written(cli, demo_db: Database, tmp_path: Path, kind: str,
                                  expected: str) -> None:
    target = tmp_path / f"{kind}.pdf"
    result = cli("pdf", kind, "3", "-o", str(target))
    assert result.code == 0, result.err
    assert result.out.startswith(f"wrote {target}")
    text = normalise(pdf_text(target.read_bytes(), tmp_path))
    assert expected in text and "Page 1 of" in text


def test_agenda_second_zone_and_errors(cli, demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "agenda.pdf"
    assert cli("pdf", "agenda", "5", "--second-tz", "Asia/Tokyo", "-o", str(target)).code == 0
    assert "Asia/Tokyo" in normalise(pdf_text(target.read_bytes(), tmp_path))
    missing = cli("pdf", "minutes", "999", "-o", str(target))
    assert missing.code == 1 and missing.err == "organiser: error: EVENT: no event with id 999\n"
    nowhere = cli("pdf", "minutes", "3", "-o", str(tmp_path / "no" / "such" / "m.pdf"))
    assert nowhere.code == 1 and "the folder does not exist" in nowhere.err
    assert cli("pdf", "brochure", "3", "-o", str(target)).code == 2


def test_minutes_sign_off_commands(cli, demo_db: Database, tmp_path: Path) -> None:
    assert cli("minutes", "status", "3").out.strip() == "Draft"
    approved = cli("minutes", "approve", "3", "--by", "Henrik Østergård")
    assert approved.code == 0 and approved.out.startswith("Approved (version 1) by Henrik")
    again = cli("minutes", "approve", "3", "--by", "X")
    assert again.code == 1 and "already approved" in again.err
    assert cli("minutes", "new-version", "3").code == 0
    no_note = cli("minutes", "approve", "3", "--by", "Henrik Østergård")
    assert no_note.code == 1 and "needs a note of what changed" in no_note.err
    assert cli("minutes", "approve", "3", "--by", "Henrik Østergård", "--note",
               "Attendance corrected").code == 0
    state = cli("minutes", "status", "3", "--json").json()
    assert state["status"] == "approved"
    assert [r["number"] for r in state["revisions"]] == [1, 2]
    target = tmp_path / "m.pdf"
    cli("pdf", "minutes", "3", "-o", str(target))
    text = normalise(pdf_text(target.read_bytes(), tmp_path))
    assert "Approved by Henrik Østergård" in text and "Attendance corrected" in text
